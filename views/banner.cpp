#include "banner.h"

#include "statuspalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>

namespace cc {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // a server's words are never markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setFlat(true);
    m_close->setText(tr("Dismiss"));
    // The buttons sit right of the text, or under it when the strip is
    // narrow (a detail pane, a long translation): the text always wraps.
    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_action);
    buttons->addWidget(m_close);
    m_grid->addWidget(m_icon, 0, 0, Qt::AlignTop);
    m_grid->addWidget(m_text, 0, 1);
    m_grid->setColumnStretch(1, 1);
    placeButtons(false);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void Banner::show(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_close->setVisible(kind != Kind::Offline);
    QStyle::StandardPixmap sp = QStyle::SP_MessageBoxInformation;
    StatusPalette::Tone tone = StatusPalette::Tone::Running;
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Warning:
        sp = QStyle::SP_MessageBoxWarning;
        tone = StatusPalette::Tone::Warning;
        break;
    case Kind::Error:
        sp = QStyle::SP_MessageBoxCritical;
        tone = StatusPalette::Tone::Error;
        break;
    case Kind::Offline:
        sp = QStyle::SP_MessageBoxWarning;
        tone = StatusPalette::Tone::Neutral;
        break;
    }
    m_tone = tone;
    applyTint();
    m_icon->setPixmap(style()->standardIcon(sp).pixmap(20, 20));
    QWidget::show();
}

void Banner::placeButtons(bool below)
{
    m_below = below;
    m_grid->removeWidget(m_buttons);
    if (below)
        m_grid->addWidget(m_buttons, 1, 1, Qt::AlignLeft);
    else
        m_grid->addWidget(m_buttons, 0, 2, Qt::AlignVCenter);
}

void Banner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // Beside the text only while the text keeps room for some 30 characters.
    const int room
        = event->size().width() - m_buttons->sizeHint().width() - m_icon->sizeHint().width() - 40;
    const bool below = room < fontMetrics().averageCharWidth() * 30;
    if (below != m_below)
        placeButtons(below);
}

void Banner::applyTint()
{
    // The tone's tint of the scheme the parent shows (light or dark).
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : palette();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, StatusPalette::forPalette(inherited).tint(m_tone));
    m_applying = true;
    setPalette(pal);
    m_applying = false;
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTint();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace cc
