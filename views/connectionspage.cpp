#include "connectionspage.h"

#include "connectiondetailpane.h"
#include "connectionsfiltermodel.h"
#include "connectionsmodel.h"
#include "connectorcatalogmodel.h"
#include "connectoricons.h"
#include "currentfollowsselection.h"
#include "healthbadge.h"
#include "healthbadgedelegate.h"
#include "healthsummarybar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {

enum StatePage { LoadingState, EmptyState, NoResultsState, ErrorState, TableState };

// Adds the connector's icon to the Connector column.
class ConnectorColumnDelegate : public HealthBadgeDelegate
{
public:
    ConnectorColumnDelegate(const ConnectorIcons *icons, QObject *parent)
        : HealthBadgeDelegate(parent)
        , m_icons(icons)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        HealthBadgeDelegate::initStyleOption(option, index);
        if (index.column() == ConnectionsModel::ConnectorColumn) {
            option->icon = m_icons->icon(
                index.data(ConnectionsModel::ConnectorTypeRole).toString(), option->text);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
    }

private:
    const ConnectorIcons *const m_icons;
};

QWidget *centredMessage(QWidget *parent, QLabel *label, QWidget *extra = nullptr)
{
    auto *w = new QWidget(parent);
    auto *l = new QVBoxLayout(w);
    l->addStretch(1);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    l->addWidget(label);
    if (extra)
        l->addWidget(extra, 0, Qt::AlignCenter);
    l->addStretch(2);
    return w;
}

} // namespace

ConnectionsPage::ConnectionsPage(ConnectionsModel *model, ConnectionsFilterModel *proxy,
    RunsModel *runs, const ConnectorIcons *icons, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_icons(icons)
    , m_proxy(proxy)
    , m_refresh(new QToolButton(this))
    , m_add(new QPushButton(tr("Add a connection…"), this))
    , m_search(new QLineEdit(this))
    , m_healthButton(new QPushButton(this))
    , m_category(new QComboBox(this))
    , m_connector(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_clear(new QPushButton(tr("Clear filters"), this))
    , m_summary(new HealthSummaryBar(this))
    , m_errorBanner(new Banner(this))
    , m_offlineBanner(new Banner(this))
    , m_states(new QStackedWidget(this))
    , m_loadingLabel(new QLabel(tr("Loading connections…"), this))
    , m_errorLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_detail(new ConnectionDetailPane(model, runs, this))
    , m_staleMark(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    // Header: title and the primary action.
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Connections"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);
    QPushButton *add = m_add;
    add->setObjectName(QStringLiteral("addConnectionButton"));
    add->setDefault(false);
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    QToolButton *refresh = m_refresh;
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Refresh (F5)"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_staleMark->setObjectName(QStringLiteral("staleMark"));
    m_staleMark->hide();
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_staleMark);
    header->addStretch(1);
    header->addWidget(refresh);
    header->addWidget(add);
    layout->addLayout(header);
    connect(add, &QPushButton::clicked, this, &ConnectionsPage::addConnectionRequested);
    connect(refresh, &QToolButton::clicked, this, &ConnectionsPage::refreshRequested);

    // Search and filters.
    auto *filters = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search connections"));
    m_search->setPlaceholderText(tr("Search name, connector, id or error  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_healthButton->setObjectName(QStringLiteral("healthFilterButton"));
    m_healthButton->setText(tr("Health: all"));
    m_healthButton->setMenu(new QMenu(m_healthButton));
    m_healthButton->setAccessibleName(tr("Health filter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_connector->setObjectName(QStringLiteral("connectorFilter"));
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_category->setAccessibleName(tr("Category filter"));
    m_connector->setAccessibleName(tr("Connector filter"));
    m_scope->setAccessibleName(tr("Scope filter"));
    m_scope->addItem(tr("Any scope"), int(Scope::Unknown));
    m_scope->addItem(tr("Workspace"), int(Scope::Business));
    m_scope->addItem(tr("Personal"), int(Scope::Personal));
    setCatalog({});
    filters->addWidget(m_search, 2);
    filters->addWidget(m_healthButton);
    filters->addWidget(m_category);
    filters->addWidget(m_connector);
    filters->addWidget(m_scope);
    filters->addWidget(m_clear);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    m_summary->setFilterModel(proxy);

    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_errorBanner);
    connect(m_errorBanner, &Banner::actionTriggered, this, [this] {
        const std::function<void()> action = m_bannerAction;
        m_errorBanner->hide();
        if (action)
            action();
    });
    connect(m_offlineBanner, &Banner::actionTriggered, this, &ConnectionsPage::retryRequested);

    // States.
    auto *progress = new QProgressBar(this);
    progress->setRange(0, 0);
    progress->setMaximumWidth(240);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_states->addWidget(centredMessage(this, m_loadingLabel, progress));
    auto *emptyLabel = new QLabel(
        tr("<h3>No connections yet</h3><p>Connect HubSpot, Salesforce, Gmail, Slack and more "
           "to bring their data into this workspace.</p>"),
        this);
    emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    auto *emptyAdd = new QPushButton(tr("Add a connection…"), this);
    connect(emptyAdd, &QPushButton::clicked, this, &ConnectionsPage::addConnectionRequested);
    m_states->addWidget(centredMessage(this, emptyLabel, emptyAdd));
    auto *noResults = new QLabel(
        tr("<h3>No connection matches</h3><p>Try another search or clear the filters.</p>"), this);
    noResults->setObjectName(QStringLiteral("noResultsLabel"));
    auto *noResultsClear = new QPushButton(tr("Clear filters"), this);
    connect(noResultsClear, &QPushButton::clicked, m_clear, &QPushButton::click);
    m_states->addWidget(centredMessage(this, noResults, noResultsClear));
    m_errorLabel->setObjectName(QStringLiteral("errorStateLabel"));
    auto *retry = new QPushButton(tr("Retry"), this);
    retry->setObjectName(QStringLiteral("errorStateRetry"));
    connect(retry, &QPushButton::clicked, this, &ConnectionsPage::retryRequested);
    m_states->addWidget(centredMessage(this, m_errorLabel, retry));

    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setAccessibleName(tr("Connections"));
    m_table->setModel(proxy);
    m_table->setItemDelegate(new ConnectorColumnDelegate(icons, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConnectionsModel::NameColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->verticalHeader()->hide();
    // Fixed row heights and interactive columns: nothing measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    h->setHighlightSections(false);
    // Each column starts as wide as its header and a typical value need (in
    // every language: a header never clipped), the badges as the widest word.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {14 * em, 10 * em, 12 * em, 9 * em, 8 * em, 16 * em, 10 * em};
    int badges = 0;
    for (Health health : allHealthValues())
        badges = qMax(
            badges, HealthBadgeDelegate::badgeWidth(fontMetrics(), HealthBadge(health).text()));
    for (int c = 0; c < ConnectionsModel::ColumnCount; ++c) {
        int width = qMax(widths[c], h->sectionSizeHint(c));
        if (c == ConnectionsModel::HealthColumn)
            width = qMax(width, badges);
        h->resizeSection(c, width);
    }
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(QStringLiteral("connectionsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_states->addWidget(m_splitter);
    layout->addWidget(m_states, 1);

    connect(m_search, &QLineEdit::textChanged, proxy, &ConnectionsFilterModel::setSearchText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setCategoryFilter(m_category->currentData().toString()); });
    connect(m_connector, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setConnectorTypeFilter(m_connector->currentData().toString()); });
    connect(m_scope, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setScopeFilter(Scope(m_scope->currentData().toInt())); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_category->setCurrentIndex(0);
        m_connector->setCurrentIndex(0);
        m_scope->setCurrentIndex(0);
        m_proxy->clearFilters();
    });
    connect(proxy, &ConnectionsFilterModel::countsChanged, this, [this] {
        updateHealthMenu();
        updateState();
    });
    // Once the first rows are on screen, the name and connector columns take
    // the width those rows need (up to a cap), so short inventories show
    // their names whole. Only once: after that the widths are the user's.
    const auto fitSoon = [this] {
        if (!m_columnsFitted && m_proxy->rowCount() > 0)
            QTimer::singleShot(0, this, &ConnectionsPage::fitColumnsToVisibleRows);
    };
    connect(proxy, &QAbstractItemModel::rowsInserted, this, fitSoon);
    connect(proxy, &QAbstractItemModel::modelReset, this, fitSoon);
    // A reset (filter change) loses the selection: restore it by id.
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        const QString id = m_detail->connectionId();
        if (!id.isEmpty())
            selectConnection(id);
    });
    connect(model, &ConnectionsModel::rowsChanged, this, [this] { m_detail->refresh(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_detail->refresh(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConnectionsPage::selectionMoved);
    makeCurrentFollowSelection(m_table);
    connect(m_detail, &ConnectionDetailPane::reconnectRequested, this,
        &ConnectionsPage::reconnectRequested);
    connect(m_detail, &ConnectionDetailPane::syncRequested, this, &ConnectionsPage::syncRequested);
    connect(m_detail, &ConnectionDetailPane::editRequested, this, &ConnectionsPage::editRequested);
    connect(m_detail, &ConnectionDetailPane::disconnectRequested, this,
        &ConnectionsPage::disconnectRequested);
    connect(
        m_detail, &ConnectionDetailPane::exportRequested, this, &ConnectionsPage::exportRequested);
    // The same actions on the row's context menu (Menu key or right click).
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        const QString id = index.data(ConnectionsModel::IdRole).toString();
        QMenu menu(this);
        const auto addItem = [this, &menu, &id](const QString &text,
                                 void (ConnectionsPage::*signal)(const QString &)) {
            QAction *a = menu.addAction(text, this, [this, id, signal] {
                Q_EMIT(this->*signal)
                (id);
            });
            a->setEnabled(m_canWrite);
            a->setToolTip(m_canWrite ? QString() : m_readOnlyReason);
        };
        addItem(tr("Sync now"), &ConnectionsPage::syncRequested);
        addItem(tr("Reconnect…"), &ConnectionsPage::reconnectRequested);
        addItem(tr("Edit…"), &ConnectionsPage::editRequested);
        menu.addSeparator();
        addItem(tr("Disconnect…"), &ConnectionsPage::disconnectRequested);
        menu.addSeparator();
        menu.addAction(
            tr("Export support bundle…"), this, [this, id] { Q_EMIT exportRequested(id); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    updateHealthMenu();
    updateState();
}

void ConnectionsPage::setCatalog(const QVector<Connector> &connectors)
{
    const QString category = m_category->currentData().toString();
    const QString type = m_connector->currentData().toString();
    QSignalBlocker b1(m_category);
    QSignalBlocker b2(m_connector);
    m_category->clear();
    m_connector->clear();
    m_category->addItem(tr("All categories"), QString());
    m_connector->addItem(tr("All connectors"), QString());
    for (const QString &key :
        {QStringLiteral("crm"), QStringLiteral("calls"), QStringLiteral("comms"),
            QStringLiteral("docs"), QStringLiteral("support"), QStringLiteral("social")}) {
        if (std::any_of(connectors.cbegin(), connectors.cend(),
                [&key](const Connector &c) { return c.category == key; }))
            m_category->addItem(ConnectorCatalogModel::categoryTitle(key), key);
    }
    QVector<Connector> sorted = connectors;
    std::sort(sorted.begin(), sorted.end(), [](const Connector &a, const Connector &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const Connector &c : std::as_const(sorted))
        m_connector->addItem(m_icons->icon(c.type, c.name), c.name, c.type);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_connector->setCurrentIndex(qMax(0, m_connector->findData(type)));
}

void ConnectionsPage::updateHealthMenu()
{
    QMenu *menu = m_healthButton->menu();
    menu->clear();
    const QSet<Health> active = m_proxy->healthFilter();
    for (Health h : allHealthValues()) {
        QAction *a
            = menu->addAction(tr("%1 (%2)").arg(HealthBadge(h).text()).arg(m_proxy->countFor(h)));
        a->setCheckable(true);
        a->setChecked(active.contains(h));
        a->setObjectName(QStringLiteral("healthFilter_") + healthToString(h));
        connect(a, &QAction::toggled, this, [this, h](bool on) {
            QSet<Health> f = m_proxy->healthFilter();
            if (on)
                f.insert(h);
            else
                f.remove(h);
            m_proxy->setHealthFilter(f);
        });
    }
    m_healthButton->setText(active.isEmpty()
            ? tr("Health: all")
            : tr("Health: %n selected", nullptr, int(active.size())));
}

void ConnectionsPage::updateState()
{
    int page = TableState;
    if (m_model->rowCount() == 0) {
        if (m_loading)
            page = LoadingState;
        else if (m_lastError.isError() && !m_hasLoaded)
            page = ErrorState;
        else
            page = m_hasLoaded ? EmptyState : LoadingState;
    } else if (m_proxy->rowCount() == 0) {
        page = NoResultsState;
    }
    m_states->setCurrentIndex(page);
}

void ConnectionsPage::setLoading(bool loading)
{
    m_loading = loading;
    if (!loading)
        m_hasLoaded = true;
    updateState();
}

void ConnectionsPage::showLoadError(const ApiError &error)
{
    m_lastError = error;
    m_loading = false;
    QString text = error.message();
    if (!error.detail.isEmpty() && error.kind == ApiError::Kind::Malformed)
        text += QStringLiteral(" (") + error.detail + u')';
    if (m_model->rowCount() == 0 && !m_hasLoaded) {
        m_errorLabel->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                  .arg(tr("Could not load connections"), text.toHtmlEscaped()));
    }
    showNotice(Banner::Kind::Error, text, tr("Retry"), [this] { Q_EMIT retryRequested(); });
    updateState();
}

void ConnectionsPage::showNotice(Banner::Kind kind, const QString &text, const QString &actionText,
    std::function<void()> onAction)
{
    m_bannerAction = actionText.isEmpty() ? std::function<void()>() : std::move(onAction);
    m_errorBanner->show(kind, text, actionText);
}

void ConnectionsPage::clearError()
{
    m_lastError = ApiError();
    m_bannerAction = {};
    m_errorBanner->hide();
    updateState();
}

void ConnectionsPage::setOffline(bool offline, qint64 lastSuccessMs, int retryInSeconds)
{
    m_offline = offline;
    if (!offline) {
        m_offlineBanner->hide();
        m_staleMark->hide();
        m_table->setEnabled(true);
        return;
    }
    const QString when = lastSuccessMs > 0
        ? QDateTime::fromMSecsSinceEpoch(lastSuccessMs).toString(QStringLiteral("HH:mm:ss"))
        : tr("never");
    QString text = tr("Offline: the platform cannot be reached. Showing data last refreshed at %1; "
                      "it may be stale.")
                       .arg(when);
    if (retryInSeconds > 0)
        text += u' ' + tr("Retrying in %n s.", nullptr, retryInSeconds);
    m_offlineBanner->show(Banner::Kind::Offline, text, tr("Retry now"));
    m_staleMark->setText(tr("⚠ possibly stale (as of %1)").arg(when));
    m_staleMark->show();
    m_errorBanner->hide();
}

void ConnectionsPage::setCanWrite(bool canWrite, const QString &reason)
{
    m_canWrite = canWrite;
    m_readOnlyReason = reason;
    m_detail->setCanWrite(canWrite, reason);
    if (auto *add = findChild<QPushButton *>(QStringLiteral("addConnectionButton"))) {
        add->setEnabled(canWrite);
        add->setToolTip(canWrite ? QString() : reason);
    }
}

void ConnectionsPage::selectConnection(const QString &id)
{
    const QModelIndex idx = m_proxy->indexOfId(id);
    if (!idx.isValid()) {
        m_detail->showConnection(id); // still shows it, even when filtered out
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
}

QString ConnectionsPage::selectedConnectionId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ConnectionsModel::IdRole).toString() : QString();
}

void ConnectionsPage::selectionMoved()
{
    const QString id = selectedConnectionId();
    if (id.isEmpty() && m_proxy->rowCount() > 0)
        return; // transient during a reset; restored afterwards
    m_detail->showConnection(id);
    Q_EMIT selectionChanged(id);
}

void ConnectionsPage::selectNextNeedingAttention(bool backwards)
{
    struct Candidate
    {
        int severity;
        QString name;
        QString id;
    };
    QVector<Candidate> list;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Connection &c = m_model->connectionAt(r);
        const HealthBadge badge(c.health);
        if (badge.needsAttention())
            list.push_back({badge.severity(), c.name.toLower(), c.id});
    }
    if (list.isEmpty())
        return;
    std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
        return a.severity != b.severity ? a.severity < b.severity : a.name < b.name;
    });
    const QString current = selectedConnectionId();
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == current)
            at = i;
    }
    const qsizetype n = list.size();
    const qsizetype next = at < 0 ? (backwards ? n - 1 : 0) : ((at + (backwards ? n - 1 : 1)) % n);
    const QString id = list.at(next).id;
    if (!m_proxy->indexOfId(id).isValid())
        m_clear->click(); // filtered out: show everything rather than skip it
    selectConnection(id);
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void ConnectionsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConnectionsPage::fitColumnsToVisibleRows()
{
    if (m_columnsFitted || m_proxy->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *h = m_table->horizontalHeader();
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const auto &[column, cap] : {std::pair{int(ConnectionsModel::NameColumn), 24 * em},
             std::pair{int(ConnectionsModel::ConnectorColumn), 20 * em}}) {
        int needs = h->sectionSize(column);
        for (int r = first; r <= last; ++r)
            needs = qMax(needs, m_table->sizeHintForIndex(m_proxy->index(r, column)).width());
        h->resizeSection(column, qMin(needs, qMax(cap, h->sectionSize(column))));
    }
}

} // namespace cc
