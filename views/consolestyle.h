#pragma once

#include <QProxyStyle>

namespace cc {

// The console's small corrections to whatever style it runs on (Fusion for
// Light and Dark, the platform's for System):
//  - focus is always visible: an item view (a table, a tree, the page list)
//    that has the focus draws its frame in the highlight colour, two pixels
//    wide, where Fusion draws the same frame focused or not;
//  - dialog buttons carry text, not icons: Fusion's generic icons (a black
//    "Close" cross) are unreadable on the dark palette, and the text says it.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of base, as QProxyStyle does.
    explicit ConsoleStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr, QStyleHintReturn *returnData = nullptr) const override;

    // The name of the style it corrects ("fusion").
    QString baseName() const;

private:
    QString m_baseName;
};

} // namespace cc
