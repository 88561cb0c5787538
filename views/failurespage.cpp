#include "failurespage.h"

#include "connectionsmodel.h"
#include "connectoricons.h"
#include "currentfollowsselection.h"
#include "failuresmodel.h"
#include "healthbadge.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

FailuresPage::FailuresPage(FailuresModel *failures, ConnectionsModel *connections,
    const ConnectorIcons *icons, QWidget *parent)
    : QWidget(parent)
    , m_failures(failures)
    , m_connections(connections)
    , m_icons(icons)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_range(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_source(new QLabel(this))
    , m_total(new QLabel(this))
    , m_table(new QTableView(this))
    , m_affected(new QListWidget(this))
{
    setObjectName(QStringLiteral("failuresPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Failures"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);
    m_range->setObjectName(QStringLiteral("failuresRange"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    m_progress->setObjectName(QStringLiteral("failuresProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_source->setObjectName(QStringLiteral("failuresSource"));
    m_source->setTextFormat(Qt::PlainText); // can carry a server's error message
    m_source->setEnabled(false);
    m_total->setObjectName(QStringLiteral("failuresTotal"));
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_range);
    header->addWidget(m_total);
    header->addStretch(1);
    header->addWidget(m_source);
    header->addWidget(m_progress);
    layout->addLayout(header);

    m_sorted->setSourceModel(failures);
    m_sorted->setSortRole(FailuresModel::SortRole);
    m_table->setObjectName(QStringLiteral("failuresTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FailuresModel::FailuresColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the affected connections
    m_table->setAccessibleName(tr("Failures by reason and connector"));
    m_table->verticalHeader()->hide();
    // The reason gets the room (it is the text); the numbers take what they need.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        FailuresModel::ReasonColumn, QHeaderView::Stretch);
    // Connector names and times are short: whole, from the header and the rows.
    for (int c : {int(FailuresModel::ConnectorColumn), int(FailuresModel::LastSeenColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The other columns at least as wide as their headers, in every language.
    for (int c = 0; c < m_table->model()->columnCount(); ++c) {
        if (c != FailuresModel::ReasonColumn && c != FailuresModel::LastSeenColumn
            && c != FailuresModel::ConnectorColumn)
            m_table->horizontalHeader()->resizeSection(c,
                qMax(m_table->horizontalHeader()->sectionSize(c),
                    m_table->horizontalHeader()->sectionSizeHint(c)));
    }
    m_table->setAlternatingRowColors(true);
    // A long reason (in German, say) wraps onto a second line of its row
    // instead of being cut: the clusters are few, so every row is measured.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 12); // one line, airy
    m_affected->setObjectName(QStringLiteral("affectedConnections"));
    m_affected->setAccessibleName(tr("Affected connections"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // Wrapped, so that it never holds the pane (and the reasons) narrower.
    auto *affectedLabel
        = new QLabel(tr("Affected connections (Enter or double-click opens one):"), right);
    affectedLabel->setWordWrap(true);
    rightLayout->addWidget(affectedLabel);
    rightLayout->addWidget(m_affected);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this,
        [this] { m_failures->setRangeDays(m_range->currentData().toInt()); });
    makeCurrentFollowSelection(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FailuresPage::showAffected);
    connect(failures, &QAbstractItemModel::modelReset, this, [this] {
        m_total->setText(tr("%1 failed or partial runs").arg(m_failures->totalFailures()));
        m_affected->clear();
        // The biggest cluster is current, so its connections show at once.
        if (m_sorted->rowCount() > 0)
            m_table->setCurrentIndex(m_sorted->index(0, 0));
    });
    connect(m_affected, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openConnectionRequested(item->data(Qt::UserRole).toString());
    });
}

void FailuresPage::showAffected()
{
    m_affected->clear();
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    for (const QString &id : m_failures->connectionsOf(current.row())) {
        const int row = m_connections->rowOf(id);
        auto *item = new QListWidgetItem(m_affected);
        item->setData(Qt::UserRole, id);
        if (row < 0) {
            item->setText(id);
            continue;
        }
        const Connection &c = m_connections->connectionAt(row);
        item->setText(tr("%1 — %2").arg(c.name, HealthBadge(c.health).text()));
        item->setIcon(
            m_icons->icon(c.connectorType, m_connections->connectorName(c.connectorType)));
        item->setToolTip(c.lastError);
    }
}

void FailuresPage::setProgress(int done, int total)
{
    m_progress->setVisible(total > 0 && done < total);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 connections").arg(done).arg(total));
}

void FailuresPage::setSource(const QString &text)
{
    m_source->setText(text);
}

} // namespace cc
