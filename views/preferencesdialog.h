#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QActionGroup;
class QComboBox;
class QCheckBox;
class QSpinBox;

namespace cc {

// File ▸ Preferences (the platform's Preferences key): the View menu's
// settings in one place. It drives the menu's own actions, which keep the
// settings, so the menu and the dialog can never disagree; a change applies
// at once, as in GNOME's and KDE's instant-apply dialogs.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `appearance`: the exclusive System / Light / Dark actions; `toggles`:
    // checkable actions, one check box each.
    PreferencesDialog(
        QActionGroup *appearance, const QList<QAction *> &toggles, QWidget *parent = nullptr);
    QComboBox *appearanceBox() const { return m_appearance; }
    QList<QCheckBox *> checkBoxes() const { return m_checks; }
    // "Refresh in the background every N s" (0: off).
    void setBackgroundRefresh(int seconds);
    QSpinBox *backgroundRefreshBox() const { return m_refresh; }

Q_SIGNALS:
    void backgroundRefreshChanged(int seconds);

private:
    void syncAppearance();

    QActionGroup *const m_group;
    QComboBox *const m_appearance;
    QList<QCheckBox *> m_checks;
    QSpinBox *m_refresh = nullptr;
};

} // namespace cc
