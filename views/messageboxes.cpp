#include "messageboxes.h"

namespace cc {

namespace {
QMessageBox::StandardButton g_next = QMessageBox::NoButton;
QString g_lastText;
} // namespace

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (g_next != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = g_next;
        g_next = QMessageBox::NoButton;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_next = answer;
}

QString MessageBoxes::lastText()
{
    return g_lastText;
}

} // namespace cc
