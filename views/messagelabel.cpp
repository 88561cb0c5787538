#include "messagelabel.h"

#include <QApplication>
#include <QEvent>

namespace cc {

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void MessageLabel::setTone(StatusPalette::Tone tone)
{
    m_tone = tone;
    applyTone();
}

void MessageLabel::showMessage(const QString &text, StatusPalette::Tone tone)
{
    setText(text);
    setTone(tone);
    show();
}

void MessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
}

void MessageLabel::applyTone()
{
    // The parent's (or the application's) palette says which scheme is shown.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    QPalette p = palette();
    p.setColor(QPalette::WindowText,
        m_tone == StatusPalette::Tone::Unknown
            ? inherited.color(QPalette::WindowText)
            : StatusPalette::forPalette(inherited).color(m_tone));
    m_applying = true;
    setPalette(p);
    m_applying = false;
}

} // namespace cc
