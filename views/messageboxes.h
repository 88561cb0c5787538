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
    // The file the user chose to save to, or empty when they cancelled.
    virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter);
};

} // namespace cc
