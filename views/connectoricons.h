#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QString>

namespace cc {

// A recognisable icon per connector type, drawn (no image files, no network):
// a rounded square in the provider's colour with its initial. Colours and
// initials come from resources/connector-brands.ini; a type not listed there
// gets a colour derived from its name. Icons are made once per type and kept
// here — one ConnectorIcons per window, owned by it (never function-static,
// so nothing outlives the application).
class ConnectorIcons : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorIcons(QObject *parent = nullptr);

    QIcon icon(const QString &type, const QString &name) const;
    // The brand colour of `type` (a derived one when it is not listed).
    QColor colour(const QString &type) const;

private:
    struct Brand
    {
        QColor colour;
        QString letter;
    };
    QHash<QString, Brand> m_brands;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace cc
