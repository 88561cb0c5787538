#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QLineEdit;
class QTreeWidget;

namespace cc {

// One keyboard shortcut as the user finds it: where it works (a menu, or a
// page for the keys that belong to one), what it does, and its keys.
struct ShortcutEntry
{
    QString where;
    QString action;
    QKeySequence keys;
};

// Help ▸ Keyboard shortcuts: every shortcut of the window, grouped by where
// it works, with a search. The entries come from the actions themselves
// (MainWindow::shortcutEntries), so the list cannot drift from the keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *search() const { return m_search; }

private:
    void applyFilter(const QString &text);

    QLineEdit *const m_search;
    QTreeWidget *const m_tree;
};

} // namespace cc
