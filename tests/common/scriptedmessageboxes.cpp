#include "scriptedmessageboxes.h"

#include <QtGlobal>

QMessageBox::StandardButton ScriptedMessageBoxes::question(QWidget *, const QString &,
    const QString &text, QMessageBox::StandardButtons, QMessageBox::StandardButton)
{
    questions << text;
    if (answers.isEmpty()) {
        ++unexpected;
        qWarning("ScriptedMessageBoxes: unexpected question: %s", qPrintable(text));
        return QMessageBox::Cancel;
    }
    return answers.takeFirst();
}

QString ScriptedMessageBoxes::saveFileName(
    QWidget *, const QString &title, const QString &suggestedPath, const QString &)
{
    suggestedPaths << suggestedPath;
    if (savePaths.isEmpty()) {
        ++unexpected;
        qWarning("ScriptedMessageBoxes: unexpected save dialog: %s", qPrintable(title));
        return QString();
    }
    return savePaths.takeFirst();
}
