#include "workspaceswitcher.h"

#include "statuspalette.h"
#include "workspacesmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace cc {

namespace { } // namespace

WorkspaceSwitcher::WorkspaceSwitcher(WorkspacesModel *model, QWidget *parent)
    : QComboBox(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("workspaceSwitcher"));
    setAccessibleName(tr("Workspace"));
    setAccessibleDescription(tr("Switch to another workspace of this server"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setModel(model);
    setItemDelegate(new WorkspaceItemDelegate(this));
    setInsertPolicy(QComboBox::NoInsert);
    connect(model, &QAbstractItemModel::modelReset, this, &WorkspaceSwitcher::modelChanged);
    connect(this, &QComboBox::activated, this, [this](int row) {
        if (row < 0 || row >= m_model->rowCount())
            return;
        const QModelIndex i = m_model->index(row);
        if (i.data(WorkspacesModel::CurrentRole).toBool())
            return;
        const QString id = i.data(WorkspacesModel::IdRole).toString();
        const QString name = i.data(Qt::DisplayRole).toString();
        showCurrent(); // stays on the current one until the switch has happened
        Q_EMIT switchRequested(id, name);
    });
    modelChanged();
}

void WorkspaceSwitcher::modelChanged()
{
    const bool searchable = m_model->rowCount() >= kSearchableFrom;
    if (searchable != isEditable()) {
        setEditable(searchable);
        if (searchable) {
            lineEdit()->setPlaceholderText(tr("Search workspaces"));
            auto *completer = new QCompleter(m_model, this);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            setCompleter(completer);
        }
    }
    showCurrent();
    setToolTip(m_model->rowCount() > 1 ? tr("Switch workspace (Ctrl+Shift+W)") : QString());
}

void WorkspaceSwitcher::showCurrent()
{
    const int row = m_model->rowOf(m_model->currentId());
    setCurrentIndex(row);
    if (isEditable() && row >= 0)
        lineEdit()->setText(m_model->at(row).name);
}

void WorkspaceSwitcher::keyPressEvent(QKeyEvent *event)
{
    if (!isEditable()
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down
            || event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown
            || event->key() == Qt::Key_Home || event->key() == Qt::Key_End)) {
        showPopup();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void WorkspaceSwitcher::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // scrolling over the identity bar never switches workspace
}

void WorkspaceSwitcher::showPopup()
{
    QStyleOptionViewItem option;
    option.initFrom(view());
    option.font = view()->font();
    int widest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        widest = std::max(widest, itemDelegate()->sizeHint(option, m_model->index(r)).width());
    view()->setMinimumWidth(
        widest + view()->verticalScrollBar()->sizeHint().width() + 2 * view()->frameWidth() + 8);
    QComboBox::showPopup();
}

void WorkspaceSwitcher::openList()
{
    setFocus(Qt::ShortcutFocusReason);
    showPopup();
}

void WorkspaceItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = index.data(WorkspacesModel::EnvironmentLabelRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    const int badgeWidth = fm.horizontalAdvance(badge) + 12;
    opt.rect.setRight(opt.rect.right() - badgeWidth - 8);
    if (index.data(WorkspacesModel::CurrentRole).toBool())
        opt.font.setBold(true);
    QStyledItemDelegate::paint(painter, opt, index);
    // The environment badge, in its tone (the same palette as the health badges).
    const StatusPalette &palette = StatusPalette::forPalette(option.palette);
    const StatusPalette::Tone tone = environmentTone(
        Workspace::Environment(index.data(WorkspacesModel::EnvironmentRole).toInt()));
    QRect r(option.rect.right() - badgeWidth - 4, option.rect.top() + 3, badgeWidth,
        option.rect.height() - 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.tint(tone));
    painter->drawRoundedRect(r, 4, 4);
    painter->setPen(palette.color(tone));
    painter->setFont(option.font);
    painter->drawText(r, Qt::AlignCenter, badge);
    painter->restore();
}

QSize WorkspaceItemDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.rwidth()
        += fm.horizontalAdvance(index.data(WorkspacesModel::EnvironmentLabelRole).toString()) + 24;
    s.setHeight(std::max(s.height(), fm.height() + 10));
    return s;
}

} // namespace cc
