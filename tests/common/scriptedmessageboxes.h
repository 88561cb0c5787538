#pragma once

#include "messageboxes.h"

#include <QList>
#include <QStringList>

// The MessageBoxes seam for GUI tests: answers come from queues the test
// fills, in order, so no test ever blocks on a modal dialog. A question or
// save dialog the test did not expect is answered Cancel / empty and counted
// in `unexpected`, so the test can fail on it.
class ScriptedMessageBoxes : public cc::MessageBoxes
{
public:
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
        const QString &filter) override;
    bool confirmByTyping(QWidget *parent, const QString &title, const QString &text,
        const QString &expected, const QString &acceptText) override;

    QList<QMessageBox::StandardButton> answers; // next question's answer first
    QStringList savePaths; // next save dialog's choice first ("" = cancelled)
    QStringList questions; // the text of every question asked
    QStringList suggestedPaths; // what every save dialog suggested
    QStringList typed; // what the user types into the next confirm-by-typing dialog
    QStringList confirmations; // the text of every confirm-by-typing dialog
    int unexpected = 0;
};
