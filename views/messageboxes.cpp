#include "messageboxes.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cc {

MessageBoxes::~MessageBoxes() = default;

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    // The question itself leads, in the text as well as the title (a title
    // bar may not show it at all), and the explanation follows.
    QMessageBox box(QMessageBox::Question, title, title, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal)); // names are never markup
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBoxes::confirmByTyping(QWidget *parent, const QString &title, const QString &text,
    const QString &expected, const QString &acceptText)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    auto *prompt = new QLabel(
        QCoreApplication::translate("MessageBoxes", "Type “%1” to confirm:").arg(expected),
        &dialog);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto *field = new QLineEdit(&dialog);
    field->setAccessibleName(prompt->text());
    prompt->setBuddy(field);
    layout->addWidget(field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::DestructiveRole);
    accept->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    // Enter confirms once the text matches; until then it cancels.
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    QObject::connect(
        field, &QLineEdit::textChanged, accept, [accept, cancel, expected](const QString &t) {
            accept->setEnabled(t == expected);
            accept->setDefault(t == expected);
            cancel->setDefault(t != expected);
        });
    QObject::connect(accept, &QPushButton::clicked, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted && field->text() == expected;
}

QString MessageBoxes::saveFileName(
    QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace cc
