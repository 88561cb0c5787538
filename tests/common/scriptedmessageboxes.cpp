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

bool ScriptedMessageBoxes::confirmByTyping(
    QWidget *, const QString &, const QString &text, const QString &expected, const QString &)
{
    confirmations << text;
    if (typed.isEmpty()) {
        ++unexpected;
        qWarning("ScriptedMessageBoxes: unexpected confirmation: %s", qPrintable(text));
        return false;
    }
    return typed.takeFirst() == expected;
}
