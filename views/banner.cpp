#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setFlat(true);
    m_close->setText(tr("Dismiss"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
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
    QColor tint(0xe8, 0xf0, 0xfe);
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Warning:
        sp = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xfd, 0xf3, 0xd8);
        break;
    case Kind::Error:
        sp = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xfd, 0xe4, 0xe2);
        break;
    case Kind::Offline:
        sp = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xee, 0xe6, 0xd6);
        break;
    }
    // Keep the tint readable in dark palettes: blend with the window colour.
    const QColor base = palette().color(QPalette::Window);
    const bool dark = base.lightness() < 128;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, dark ? tint.darker(380) : tint);
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(sp).pixmap(20, 20));
    QWidget::show();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace cc
