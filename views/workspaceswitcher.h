#pragma once

#include <QComboBox>
#include <QStyledItemDelegate>

namespace cc {

class WorkspacesModel;

// The workspace switcher in the identity bar: every workspace the identity
// can reach, each with its environment as a badge (production / staging /
// development, in the status palette's tones). With more than a handful it
// is searchable: typing filters by any part of the name. Choosing one asks
// for the switch (switchRequested); the console decides how (a held
// credential, or the browser sign-in).
class WorkspaceSwitcher : public QComboBox
{
    Q_OBJECT

public:
    // From this many workspaces on, the switcher takes typed text as a search.
    static constexpr int kSearchableFrom = 8;

    explicit WorkspaceSwitcher(WorkspacesModel *model, QWidget *parent = nullptr);

    // Shows the current workspace again (after a refused or cancelled switch).
    void showCurrent();
    // File ▸ Switch workspace…: focus and the list open.
    void openList();
    // The list as wide as its widest name and badge, never elided.
    void showPopup() override;

Q_SIGNALS:
    void switchRequested(const QString &workspaceId, const QString &name);

protected:
    // Arrow keys on the closed switcher open the list instead of switching
    // at each step (a switch signs in to another workspace).
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void modelChanged();

    WorkspacesModel *const m_model;
};

// Paints the name and the environment badge on the right.
class WorkspaceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cc
