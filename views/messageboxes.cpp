#include "messageboxes.h"

#include <QFileDialog>

namespace cc {

MessageBoxes::~MessageBoxes() = default;

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QString MessageBoxes::saveFileName(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace cc
