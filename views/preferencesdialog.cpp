#include "preferencesdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cc {

namespace {
// "Show times in &UTC" as a dialog shows it: "Show times in UTC".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}
} // namespace

PreferencesDialog::PreferencesDialog(
    QActionGroup *appearance, const QList<QAction *> &toggles, QWidget *parent)
    : QDialog(parent)
    , m_group(appearance)
    , m_appearance(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    m_appearance->setObjectName(QStringLiteral("preferencesAppearance"));
    const auto schemes = m_group->actions();
    for (QAction *a : schemes)
        m_appearance->addItem(plainText(a->text()), QVariant::fromValue(a));
    auto *label = new QLabel(tr("&Appearance:"), this);
    label->setBuddy(m_appearance);
    m_appearance->setAccessibleName(tr("Appearance"));
    form->addRow(label, m_appearance);
    syncAppearance();
    connect(m_appearance, &QComboBox::activated, this, [this](int index) {
        auto *a = m_appearance->itemData(index).value<QAction *>();
        if (a && !a->isChecked())
            a->trigger();
    });
    connect(m_group, &QActionGroup::triggered, this, &PreferencesDialog::syncAppearance);

    for (QAction *a : toggles) {
        auto *box = new QCheckBox(a->text(), this);
        box->setObjectName(QStringLiteral("preferences_") + a->objectName());
        box->setChecked(a->isChecked());
        connect(box, &QCheckBox::toggled, a, [a](bool on) {
            if (a->isChecked() != on)
                a->trigger();
        });
        connect(a, &QAction::toggled, box, [box](bool on) {
            const QSignalBlocker block(box);
            box->setChecked(on);
        });
        form->addRow(QString(), box);
        m_checks << box;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::syncAppearance()
{
    for (int i = 0; i < m_appearance->count(); ++i) {
        if (m_appearance->itemData(i).value<QAction *>()->isChecked())
            m_appearance->setCurrentIndex(i);
    }
}

} // namespace cc
