#include "editconnectiondialog.h"

#include "messagelabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

EditConnectionDialog::EditConnectionDialog(
    const Connection &c, const QVector<Member> &members, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(c.name, this))
    , m_owner(new QComboBox(this))
    , m_error(new MessageLabel(this))
{
    setObjectName(QStringLiteral("editConnectionDialog"));
    setWindowTitle(tr("Edit “%1”").arg(c.name));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("renameInput"));
    m_name->setMaxLength(120);
    form->addRow(tr("Name"), m_name);
    m_owner->setObjectName(QStringLiteral("ownerPicker"));
    m_owner->addItem(tr("No owner"), QString());
    for (const Member &m : members)
        m_owner->addItem(m.email.isEmpty() ? m.name : tr("%1 <%2>").arg(m.name, m.email), m.userId);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(c.ownerUserId())));
    if (c.isPersonal())
        form->addRow(tr("Owner"), m_owner);
    else
        m_owner->hide();
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTone(StatusPalette::Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editSave"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString originalName = c.name;
    const QString originalOwner = c.ownerUserId();
    const bool personal = c.isPersonal();
    connect(
        buttons, &QDialogButtonBox::accepted, this, [this, originalName, originalOwner, personal] {
            ConnectionPatch changes;
            const QString name = m_name->text().trimmed();
            if (name.isEmpty()) {
                showError(tr("A connection needs a name."));
                return;
            }
            if (name != originalName)
                changes.name = name;
            const QString owner = m_owner->currentData().toString();
            if (personal && owner != originalOwner)
                changes.ownerUserId = owner; // empty: no owner
            if (changes.isEmpty()) {
                reject();
                return;
            }
            Q_EMIT submitted(changes);
        });
}

void EditConnectionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace cc
