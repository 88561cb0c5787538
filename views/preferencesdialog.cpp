#include "preferencesdialog.h"

#include "actiontext.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cc {

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
        m_appearance->addItem(plainActionText(a->text()), QVariant::fromValue(a));
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

    // How often the inventory is refreshed while nothing is syncing (the
    // platform's scheduled syncs, and their failures, appear without F5).
    m_refresh = new QSpinBox(this);
    m_refresh->setObjectName(QStringLiteral("preferencesBackgroundRefresh"));
    m_refresh->setRange(0, 3600);
    m_refresh->setSingleStep(15);
    m_refresh->setSuffix(QStringLiteral(" s")); // the SI symbol, the same in every language
    m_refresh->setSpecialValueText(tr("Off"));
    // Applied when the number is complete (Enter, arrows, leaving the field),
    // not at each digit: typing 120 would otherwise set 1 s, then 12 s.
    m_refresh->setKeyboardTracking(false);
    m_refresh->setAccessibleName(tr("Background refresh interval"));
    m_refresh->setToolTip(tr("While nothing is syncing, the connections are refreshed this often, "
                             "and not while the window is hidden or minimised. 0 turns it off."));
    auto *refreshLabel = new QLabel(tr("&Background refresh:"), this);
    refreshLabel->setBuddy(m_refresh);
    form->addRow(refreshLabel, m_refresh);
    connect(m_refresh, &QSpinBox::valueChanged, this, &PreferencesDialog::backgroundRefreshChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::setBackgroundRefresh(int seconds)
{
    const QSignalBlocker block(m_refresh);
    m_refresh->setValue(seconds);
}

void PreferencesDialog::syncAppearance()
{
    for (int i = 0; i < m_appearance->count(); ++i) {
        if (m_appearance->itemData(i).value<QAction *>()->isChecked())
            m_appearance->setCurrentIndex(i);
    }
}

} // namespace cc
