#pragma once

#include <QMessageBox>

namespace cc {

// The one way views ask a yes/no question. Tests queue the answer with
// setNextAnswer() so no GUI test ever blocks on a message box (KeePassXC's
// seam).
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last question asked (for tests).
    static QString lastText();
};

} // namespace cc
