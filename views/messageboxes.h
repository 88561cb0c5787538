#pragma once

#include <QMessageBox>

namespace cc {

// The one way the console asks the user something in a modal dialog: a
// yes/no question, or where to save a file. The composition root receives
// one; the running console uses this class (real QMessageBox and QFileDialog),
// GUI tests pass a scripted subclass so no test ever blocks on a dialog
// (KeePassXC's seam).
class MessageBoxes
{
public:
    MessageBoxes() = default;
    virtual ~MessageBoxes();
    MessageBoxes(const MessageBoxes &) = delete;
    MessageBoxes &operator=(const MessageBoxes &) = delete;

    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    // A destructive action confirmed by typing `expected` (a name, a slug):
    // true only when the user typed it exactly and pressed `acceptText`.
    virtual bool confirmByTyping(QWidget *parent, const QString &title, const QString &text,
        const QString &expected, const QString &acceptText);
    // The file the user chose to save to, or empty when they cancelled.
    virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter);
};

} // namespace cc
