#pragma once

#include "statuspalette.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace cc {

// A strip above the content that says what happened and what to do, with one
// action button (e.g. Retry). Kinds differ by colour and icon, never colour alone.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error, Offline };
    explicit Banner(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text, const QString &actionText = {});
    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTint();
    void placeButtons(bool below);

    Kind m_kind = Kind::Info;
    StatusPalette::Tone m_tone = StatusPalette::Tone::Running;
    bool m_applying = false;
    QLabel *const m_icon;
    QLabel *const m_text;
    QPushButton *const m_action;
    QPushButton *const m_close;
    QWidget *m_buttons = nullptr;
    QGridLayout *m_grid = nullptr;
    bool m_below = false;
};

} // namespace cc
