#pragma once

#include "statuspalette.h"

#include <QLabel>

namespace cc {

// A label for a message in a status tone — an inline error under a form, a
// success line — coloured from the StatusPalette of the scheme it is shown
// in, and recoloured when the palette changes (View ▸ Appearance). Plain
// text only: a server's words are never rendered as rich text. Word-wrapped.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MessageLabel(QWidget *parent = nullptr);

    // Tone::Unknown: the palette's ordinary text colour.
    void setTone(StatusPalette::Tone tone);
    StatusPalette::Tone tone() const { return m_tone; }
    // Text in a tone, shown.
    void showMessage(const QString &text, StatusPalette::Tone tone = StatusPalette::Tone::Error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    StatusPalette::Tone m_tone = StatusPalette::Tone::Unknown;
    bool m_applying = false;
};

} // namespace cc
