#include "datasourcespage.h"

#include "banner.h"
#include "connectionsmodel.h"
#include "connectoricons.h"
#include "currentfollowsselection.h"
#include "dailybarschart.h"
#include "dailybucketsmodel.h"
#include "datasourcebadge.h"
#include "datasourcesmodel.h"
#include "healthbadgedelegate.h"
#include "jsontext.h"
#include "jsontreeview.h"
#include "messagelabel.h"
#include "multichoicemenu.h"
#include "syncfailuresmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc {

namespace {

const QString kGroup = QStringLiteral("dataSources/");
constexpr int kDebounceMs = 300;

// The type column carries an icon per source_type.
class TypeColumnDelegate : public HealthBadgeDelegate
{
public:
    TypeColumnDelegate(const ConnectorIcons *icons, QObject *parent)
        : HealthBadgeDelegate(parent)
        , m_icons(icons)
    {
        setBadgeColumn(DataSourcesModel::HealthColumn);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        HealthBadgeDelegate::initStyleOption(option, index);
        if (index.column() == DataSourcesModel::TypeColumn) {
            option->icon = m_icons->icon(
                index.data(DataSourcesModel::SourceTypeRole).toString(), option->text);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(16, 16);
        }
    }

private:
    const ConnectorIcons *const m_icons;
};

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // the server's words, never markup
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return l;
}

QString yesNo(bool v)
{
    return v ? DataSourcesPage::tr("yes") : DataSourcesPage::tr("no");
}

} // namespace

DataSourcesPage::DataSourcesPage(DataSourcesModel *list, DailyBucketsModel *days,
    SyncFailuresModel *failures, const ConnectorIcons *icons, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_failures(failures)
    , m_settings(settings)
    , m_search(new QLineEdit(this))
    , m_active(new QComboBox(this))
    , m_types(new QToolButton(this))
    , m_create(new QPushButton(tr("&New data source…"), this))
    , m_progress(new QLabel(this))
    , m_banner(new Banner(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_debounce(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("dataSourcesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("dataSourceSearch"));
    m_search->setPlaceholderText(tr("Search names, ids, types and sync status…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search data sources"));
    bar->addWidget(m_search, 1);
    m_active->setObjectName(QStringLiteral("dataSourceActiveFilter"));
    m_active->addItem(tr("Active and inactive"));
    m_active->addItem(tr("Active only"), true);
    m_active->addItem(tr("Inactive only"), false);
    m_active->setAccessibleName(tr("Active filter"));
    bar->addWidget(m_active);
    m_types->setObjectName(QStringLiteral("dataSourceTypeFilter"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    m_types->setAccessibleName(tr("Source types"));
    // Several types at once: the menu stays open while they are ticked.
    auto *typeMenu = new MultiChoiceMenu(m_types);
    for (const QString &type : datasourceenums::sourceTypes()) {
        QAction *a = typeMenu->addAction(DataSourcesModel::sourceTypeName(type));
        a->setCheckable(true);
        a->setData(type);
    }
    m_types->setMenu(typeMenu);
    bar->addWidget(m_types);
    m_create->setObjectName(QStringLiteral("createDataSource"));
    bar->addWidget(m_create);
    layout->addLayout(bar);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_table->setObjectName(QStringLiteral("dataSourcesTable"));
    m_table->setModel(list);
    m_table->setItemDelegate(new TypeColumnDelegate(icons, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false); // the server's order
    m_table->verticalHeader()->hide();
    // The name takes what is left; the short columns fit their usual text.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DataSourcesModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    // A column fits its usual text and its header (in every language).
    const auto fit = [&fm, header](int column, const QString &sample) {
        header->resizeSection(column,
            qMax(fm.horizontalAdvance(sample) + 2 * fm.height(), header->sectionSizeHint(column)));
    };
    // The longest type name, after its 16 px icon.
    int typeWidth = 0;
    for (const QString &type : datasourceenums::sourceTypes())
        typeWidth = qMax(typeWidth, fm.horizontalAdvance(DataSourcesModel::sourceTypeName(type)));
    header->resizeSection(DataSourcesModel::TypeColumn,
        qMax(typeWidth + 16 + 2 * fm.height(),
            header->sectionSizeHint(DataSourcesModel::TypeColumn)));
    fit(DataSourcesModel::StrategyColumn, QStringLiteral("scheduled (every 1h)"));
    // The badge: glyph, padding and the longest of its words.
    int badge = 0;
    for (const auto &b :
        {dataSourceBadge(false, false, {}, {}), dataSourceBadge(true, true, {}, {}),
            dataSourceBadge(true, false, DataSource::Health::Degraded, {}),
            dataSourceBadge(true, false, DataSource::Health::Healthy, {}),
            dataSourceBadge(true, false, {}, {})})
        badge = qMax(badge, fm.horizontalAdvance(b.text()));
    header->resizeSection(DataSourcesModel::HealthColumn,
        qMax(badge + fm.height() + 34, header->sectionSizeHint(DataSourcesModel::HealthColumn)));
    // The name (which takes what is left) never narrower than a few words:
    // a narrow window scrolls the table sideways instead.
    header->setMinimumSectionSize(qMax(fm.horizontalAdvance(QLatin1Char('M')) * 6,
        header->sectionSizeHint(DataSourcesModel::NameColumn)));
    fit(DataSourcesModel::LastSyncColumn, tr("59 min ago"));
    fit(DataSourcesModel::LastStatusColumn, QStringLiteral("success"));
    fit(DataSourcesModel::EventsColumn, tr("Events"));
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setAccessibleName(tr("Data sources"));
    m_table->setTabKeyNavigation(false);
    // A long name wraps onto a second line of its row instead of being cut
    // (the name column is what is left beside the detail pane at 1366×768).
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 12); // one line, airy
    // An empty list says why and offers the way on: the first data source,
    // or back from filters that match nothing.
    auto *listSide = new QStackedWidget(m_splitter);
    listSide->setObjectName(QStringLiteral("dataSourceListStack"));
    listSide->addWidget(m_table);
    auto *empty = new QWidget(listSide);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyLabel = new QLabel(empty);
    m_emptyLabel->setObjectName(QStringLiteral("dataSourcesEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyCreate = new QPushButton(tr("New data source…"), empty);
    m_emptyCreate->setObjectName(QStringLiteral("emptyCreateDataSource"));
    m_emptyClear = new QPushButton(tr("Clear search and filters"), empty);
    m_emptyClear->setObjectName(QStringLiteral("emptyClearFilters"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyCreate, 0, Qt::AlignCenter);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    listSide->addWidget(empty);
    m_listStack = listSide;
    m_splitter->addWidget(listSide);
    connect(m_emptyCreate, &QPushButton::clicked, this, &DataSourcesPage::createRequested);
    connect(m_emptyClear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_active->setCurrentIndex(0);
        const auto actions = m_types->menu()->actions();
        for (QAction *a : actions)
            a->setChecked(false);
        m_types->setText(tr("All types"));
        m_debounce->stop();
        saveState();
        Q_EMIT filterChanged();
        m_search->setFocus();
    });

    // The selected source's name and actions stay above both tabs, so Sync
    // now (Alt+Y, Ctrl+Shift+S) works while its history is on screen. Built
    // before the tabs: the Tab order is the reading order (the actions, the
    // tab bar, the tab).
    auto *detailSide = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    buildHead(detailSide, detailLayout);
    m_tabs = new QTabWidget(detailSide);

    auto *overviewScroll = new QScrollArea(m_tabs);
    // Not a Tab stop of its own (it showed no focus): Tab goes to what it
    // holds, and the window scrolls that into view.
    overviewScroll->setFocusPolicy(Qt::NoFocus);
    overviewScroll->setAccessibleName(tr("Data source overview"));
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A vertical bar that comes and goes would change the width the fields
    // were wrapped for, and clip their right edge.
    overviewScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    auto *overview = new QWidget(overviewScroll);
    buildDetail(overview);
    overviewScroll->setWidget(overview);
    m_tabs->addTab(overviewScroll, tr("&Overview"));
    auto *history = new QWidget(m_tabs);
    buildHistory(history);
    m_tabs->addTab(history, tr("Hi&story"));
    m_tabs->setObjectName(QStringLiteral("dataSourceTabs"));
    m_tabs->setAccessibleName(tr("Data source details"));
    detailLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(detailSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 420});
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_progress->setObjectName(QStringLiteral("dataSourceProgress"));
    layout->addWidget(m_progress);

    // Typing (and ticking types) waits for a pause; the other choices apply at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        saveState();
        Q_EMIT filterChanged();
    });
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        saveState();
        Q_EMIT filterChanged();
    });
    const auto changedNow = [this] {
        m_debounce->stop();
        saveState();
        Q_EMIT filterChanged();
    };
    connect(m_active, &QComboBox::activated, this, changedNow);
    // Ticks in quick succession make one request, as typing does.
    connect(typeMenu, &QMenu::triggered, this, [this] {
        const int n = int(filter().sourceTypes.size());
        m_types->setText(n == 0 ? tr("All types") : tr("%n type(s)", nullptr, n));
        m_debounce->start();
    });
    connect(typeMenu, &QMenu::aboutToHide, this, [this] {
        if (m_debounce->isActive()) { // closed: no reason to wait
            m_debounce->stop();
            saveState();
            Q_EMIT filterChanged();
        }
    });
    m_types->setText(tr("All types"));
    // Room for the longest label and the menu arrow, which an instant-popup
    // button would otherwise draw over its text.
    m_types->setMinimumWidth(m_types->sizeHint().width()
        + style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_types)
        + m_types->fontMetrics().horizontalAdvance(u' '));
    connect(m_create, &QPushButton::clicked, this, &DataSourcesPage::createRequested);
    connect(m_banner, &Banner::actionTriggered, this, &DataSourcesPage::retryRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT selectionChanged(selectedId()); });
    makeCurrentFollowSelection(m_table);
    connect(list, &QAbstractItemModel::modelReset, this, [this] { showDetail(nullptr); });
    connect(list, &QAbstractItemModel::rowsRemoved, this, &DataSourcesPage::showEmptyState);
    connect(list, &QAbstractItemModel::rowsInserted, this, &DataSourcesPage::showEmptyState);
    connect(
        m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveState(); });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { saveState(); });

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_retryLeft <= 0) {
            m_retryLeft = 0;
            m_countdown->stop();
            m_syncResult->clear(); // the wait is over: nothing stands in the way
        }
        updateButtons();
    });
    m_chart->setModel(days);
    // Another source's or range's history starts with every day shown.
    connect(days, &QAbstractItemModel::modelReset, this, [this] {
        m_chart->setSelectedDay({});
        m_failures->setDay({});
        m_allDays->setEnabled(false);
        explainFailures();
    });
    restoreState();
    showDetail(nullptr);
}

DataSourcesPage::~DataSourcesPage() = default;

void DataSourcesPage::buildHead(QWidget *side, QVBoxLayout *v)
{
    m_title = new QLabel(side);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    v->addWidget(m_title);

    auto *buttons = new QHBoxLayout;
    m_sync = new QPushButton(tr("S&ync now"), side);
    m_sync->setObjectName(QStringLiteral("syncDataSource"));
    m_edit = new QPushButton(tr("Ed&it…"), side);
    m_edit->setObjectName(QStringLiteral("editDataSource"));
    m_delete = new QPushButton(tr("&Delete…"), side);
    m_delete->setObjectName(QStringLiteral("deleteDataSource"));
    buttons->addWidget(m_sync);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_syncResult = new MessageLabel(side);
    m_syncResult->setWordWrap(true);
    m_syncResult->setTextFormat(Qt::PlainText);
    m_syncResult->setObjectName(QStringLiteral("syncResult"));
    v->addWidget(m_syncResult);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            Q_EMIT syncRequested(selectedId());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            Q_EMIT editRequested(selectedId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            Q_EMIT deleteRequested(selectedId());
    });

    // The window's Connection menu acts on connections; here the same keys
    // act on the selected data source.
    const auto shortcut = [this](const QKeySequence &keys, QPushButton *button) {
        auto *a = new QAction(button->text(), this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->animateClick();
        });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_sync);
    shortcut(QKeySequence(Qt::Key_F2), m_edit);
}

void DataSourcesPage::buildDetail(QWidget *overview)
{
    auto *v = new QVBoxLayout(overview);
    m_counts = valueLabel(overview);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    v->addWidget(m_counts);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("health"), tr("Health")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("display_name"), tr("Display name")},
        {QStringLiteral("id"), tr("Id")},
        {QStringLiteral("source_type"), tr("Type")},
        {QStringLiteral("sync_strategy"), tr("Strategy")},
        {QStringLiteral("sync_schedule"), tr("Schedule")},
        {QStringLiteral("is_active"), tr("Active")},
        {QStringLiteral("is_stale"), tr("Stale")},
        {QStringLiteral("health_status"), tr("Health status")},
        {QStringLiteral("last_sync_at"), tr("Last sync")},
        {QStringLiteral("last_sync_status"), tr("Last status")},
        {QStringLiteral("last_sync_event_count"), tr("Events in last poll")},
        {QStringLiteral("last_health_check"), tr("Last health check")},
        {QStringLiteral("entity_types"), tr("Entity types")},
        {QStringLiteral("discovered_by"), tr("Discovered by")},
        {QStringLiteral("workspace_id"), tr("Workspace")},
        {QStringLiteral("created_at"), tr("Created")},
        {QStringLiteral("updated_at"), tr("Updated")},
    };
    for (const auto &[field, label] : rows) {
        QLabel *value = valueLabel(overview);
        value->setObjectName(QStringLiteral("field_") + field);
        value->setAccessibleName(label);
        //: A field's label in the data source's overview ("Name:"); French puts a space before the
        //: colon
        form->addRow(tr("%1:").arg(label), value);
        m_fields.insert(field, value);
    }
    v->addLayout(form);
    m_config = new JsonTreeView(tr("Connection config"), overview);
    m_config->setObjectName(QStringLiteral("connectionConfig"));
    m_mappings = new JsonTreeView(tr("Field mappings"), overview);
    m_mappings->setObjectName(QStringLiteral("fieldMappings"));
    v->addWidget(m_config);
    v->addWidget(m_mappings);
    v->addStretch(1);
}

void DataSourcesPage::buildHistory(QWidget *history)
{
    auto *v = new QVBoxLayout(history);
    auto *top = new QHBoxLayout;
    m_range = new QComboBox(history);
    m_range->setObjectName(QStringLiteral("historyRange"));
    for (int d : {7, 30, 90})
        m_range->addItem(tr("Last %n days", nullptr, d), d);
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("History range"));
    top->addWidget(m_range);
    m_onset = valueLabel(history);
    m_onset->setObjectName(QStringLiteral("failureOnset"));
    top->addWidget(m_onset, 1);
    v->addLayout(top);
    m_historyState = valueLabel(history);
    m_historyState->setObjectName(QStringLiteral("historyState"));
    v->addWidget(m_historyState);
    m_chart = new DailyBarsChart(history);
    m_chart->setObjectName(QStringLiteral("dataSourceChart"));
    m_chart->setSeries(DailyChartLayout::Series::Events);
    m_chart->setToolTip(tr("Click a day, or use the arrow keys, to list its failures"));
    v->addWidget(m_chart, 2);

    auto *row = new QHBoxLayout;
    m_failuresCaption = new QLabel(tr("Failed events"), history);
    m_failuresCaption->setObjectName(QStringLiteral("failuresCaption"));
    QFont bold = m_failuresCaption->font();
    bold.setBold(true);
    m_failuresCaption->setFont(bold);
    row->addWidget(m_failuresCaption, 1);
    m_allDays = new QPushButton(tr("&All days"), history);
    m_allDays->setObjectName(QStringLiteral("allDays"));
    m_allDays->setToolTip(tr("Show the failures of every day in the range"));
    m_copy = new QPushButton(tr("Co&py"), history);
    m_copy->setObjectName(QStringLiteral("copyFailures"));
    m_copy->setToolTip(tr("Copy the selected failed events (Ctrl+C): as text for a ticket, and as "
                          "tab-separated values for a spreadsheet"));
    row->addWidget(m_allDays);
    row->addWidget(m_copy);
    v->addLayout(row);
    m_failuresTable = new QTableView(history);
    m_failuresTable->setObjectName(QStringLiteral("syncFailuresTable"));
    m_failuresTable->setModel(m_failures);
    m_failuresTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failuresTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_failuresTable->verticalHeader()->hide();
    // Time and error first (what a ticket needs), the error taking the room;
    // the model's (and the copied TSV's) column order stays as it is.
    QHeaderView *failuresHeader = m_failuresTable->horizontalHeader();
    failuresHeader->moveSection(failuresHeader->visualIndex(SyncFailuresModel::ErrorColumn), 1);
    failuresHeader->setSectionResizeMode(
        SyncFailuresModel::TimeColumn, QHeaderView::ResizeToContents);
    // Time, then the error across the rest of what is visible (what a
    // ticket needs first); the other columns fit their contents after it,
    // a horizontal scroll away, and every column can be widened.
    failuresHeader->setSectionResizeMode(QHeaderView::Interactive);
    failuresHeader->setSectionResizeMode(
        SyncFailuresModel::TimeColumn, QHeaderView::ResizeToContents);
    connect(m_failures, &QAbstractItemModel::modelReset, this, &DataSourcesPage::fitFailureColumns);
    m_failuresTable->viewport()->installEventFilter(this);
    failuresHeader->setMinimumSectionSize(60);
    failuresHeader->setStretchLastSection(false);
    m_failuresTable->setAccessibleName(tr("Failed events"));
    m_failuresTable->setTabKeyNavigation(false);
    // A long error wraps within its row, whole, instead of being cut.
    m_failuresTable->setWordWrap(true);
    m_failuresTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failuresTable->verticalHeader()->setMinimumSectionSize(
        fontMetrics().height() + 12); // one line, airy
    v->addWidget(m_failuresTable, 3);
    auto *copy = new QAction(tr("Copy"), m_failuresTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_failuresTable->addAction(copy);
    connect(copy, &QAction::triggered, this, &DataSourcesPage::copySelectedFailures);
    connect(m_copy, &QPushButton::clicked, this, &DataSourcesPage::copySelectedFailures);

    m_failuresNote = valueLabel(history);
    m_failuresNote->setObjectName(QStringLiteral("failuresNote"));
    m_failuresNote->hide();
    v->insertWidget(v->indexOf(m_failuresTable), m_failuresNote);
    connect(m_chart, &DailyBarsChart::daySelected, this, [this](const QDate &day) {
        m_failures->setDay(day);
        m_allDays->setEnabled(day.isValid());
        explainFailures();
    });
    connect(m_allDays, &QPushButton::clicked, this, [this] {
        m_chart->setSelectedDay({});
        m_failures->setDay({});
        m_allDays->setEnabled(false);
        explainFailures();
    });
    connect(m_failures, &QAbstractItemModel::modelReset, this, &DataSourcesPage::explainFailures);
    m_allDays->setEnabled(false);
    connect(m_range, &QComboBox::activated, this, [this] {
        saveState();
        Q_EMIT historyRangeChanged(historyDays());
    });
}

void DataSourcesPage::fitFailureColumns()
{
    for (int c : {SyncFailuresModel::EventTypeColumn, SyncFailuresModel::ResourceTypeColumn,
             SyncFailuresModel::ResourceIdColumn, SyncFailuresModel::EventIdColumn})
        m_failuresTable->resizeColumnToContents(c);
    fitErrorColumn();
}

void DataSourcesPage::fitErrorColumn()
{
    const int em = m_failuresTable->fontMetrics().horizontalAdvance(u'M');
    const int room = m_failuresTable->viewport()->width()
        - m_failuresTable->columnWidth(SyncFailuresModel::TimeColumn);
    m_failuresTable->setColumnWidth(SyncFailuresModel::ErrorColumn, qMax(16 * em, room));
}

bool DataSourcesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_failuresTable->viewport() && event->type() == QEvent::Resize)
        fitErrorColumn();
    return QWidget::eventFilter(watched, event);
}

void DataSourcesPage::explainFailures()
{
    // The platform lists only its newest failed events: say so whenever the
    // chart counts more failures than the table (and Copy) has.
    QString note;
    const QDate day = m_failures->day();
    // The day chosen in the chart is named where its failures are listed.
    m_failuresCaption->setText(day.isValid()
            ? tr("Failed events on %1").arg(QLocale().toString(day, QLocale::LongFormat))
            : tr("Failed events"));
    int failed = 0;
    for (const DayBucket &b : m_chart->days()) {
        if (!day.isValid() || b.date == day)
            failed += b.failed;
    }
    const int listed = m_failures->rowCount();
    if (day.isValid() && listed == 0) {
        note = failed > 0
            ? tr("%n failed event(s) on this day, but the platform lists only its %1 newest "
                 "failures, and this day's are older.",
                nullptr, failed)
                  .arg(m_failures->totalCount())
            : tr("No failed events on this day.");
    } else if (failed > listed) {
        note = day.isValid()
            ? tr("Listed: %1 of this day's %n failed event(s). The platform lists only its %2 "
                 "newest failures; Copy copies the rows listed.",
                nullptr, failed)
                  .arg(listed)
                  .arg(m_failures->totalCount())
            : tr("The platform lists its %1 newest failed events; the chart counts %n in these "
                 "days. Copy copies the rows listed.",
                nullptr, failed)
                  .arg(listed);
    }
    m_failuresNote->setText(note);
    m_failuresNote->setVisible(!note.isEmpty());
}

DataSourceFilter DataSourcesPage::filter() const
{
    DataSourceFilter f;
    f.search = m_search->text().trimmed();
    const QVariant active = m_active->currentData();
    if (active.isValid())
        f.isActive = active.toBool();
    const auto actions = m_types->menu()->actions();
    for (const QAction *a : actions) {
        if (a->isChecked())
            f.sourceTypes << a->data().toString();
    }
    return f;
}

int DataSourcesPage::historyDays() const
{
    return m_range->currentData().toInt();
}

QString DataSourcesPage::selectedId() const
{
    // The current row (a click makes a row current before it selects it).
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(DataSourcesModel::IdRole).toString()
                             : QString();
}

void DataSourcesPage::selectDataSource(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_list->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DataSourcesPage::selectNextNeedingAttention(bool backwards)
{
    const int n = m_list->rowCount();
    if (n == 0)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int start = current.isValid() ? current.row() : (backwards ? 0 : n - 1);
    for (int step = 1; step <= n; ++step) {
        const int row = ((start + (backwards ? -step : step)) % n + n) % n;
        if (m_list->index(row, 0).data(DataSourcesModel::NeedsAttentionRole).toBool()) {
            selectDataSource(m_list->sourceAt(row).id);
            m_table->setFocus();
            return;
        }
    }
}

void DataSourcesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DataSourcesPage::setCanWrite(bool canWrite, const QString &reason)
{
    m_canWrite = canWrite;
    m_whyReadOnly = reason;
    updateButtons();
    showEmptyState();
}

void DataSourcesPage::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    const QString why = m_canWrite ? QString() : m_whyReadOnly;
    m_create->setEnabled(m_canWrite);
    m_create->setToolTip(m_canWrite ? tr("Register a new data source in this workspace") : why);
    m_edit->setEnabled(selected && m_canWrite);
    m_edit->setToolTip(m_canWrite ? tr("Change this data source's settings") : why);
    m_delete->setEnabled(selected && m_canWrite);
    m_delete->setToolTip(m_canWrite ? tr("Delete this data source (asks for its name)") : why);
    if (m_retryLeft > 0) {
        m_sync->setEnabled(false);
        m_sync->setText(tr("S&ync now (in %n s)", nullptr, m_retryLeft));
        m_sync->setToolTip(tr("The platform asked to wait before the next sync request"));
    } else {
        m_sync->setText(tr("S&ync now"));
        m_sync->setEnabled(selected && m_canWrite);
        m_sync->setToolTip(m_canWrite ? tr("Ask the platform to poll this data source now") : why);
    }
}

void DataSourcesPage::showListError(const QString &message)
{
    if (message.isEmpty())
        m_banner->hide();
    else
        m_banner->show(Banner::Kind::Error, message, tr("&Retry"));
    showEmptyState();
}

void DataSourcesPage::showNotice(const QString &message)
{
    m_banner->show(Banner::Kind::Warning, message);
}

void DataSourcesPage::setProgress(int loaded, std::optional<qint64> total, bool loading)
{
    // Whole sentences, so that every language can say them its own way.
    const QLocale locale;
    const QString n = locale.toString(loaded);
    const QString all = total ? locale.toString(*total) : QString();
    QString text;
    if (loading)
        text = total ? tr("%1 of %2 data sources loaded; loading more…").arg(n, all)
                     : tr("%n data source(s) loaded; loading more…", nullptr, loaded);
    else if (m_list->hasMore())
        text = total ? tr("%1 of %2 data sources loaded; scroll down for more").arg(n, all)
                     : tr("%n data source(s) loaded; scroll down for more", nullptr, loaded);
    else
        text = total ? tr("%1 of %2 data sources loaded").arg(n, all)
                     : tr("%n data source(s) loaded", nullptr, loaded);
    m_progress->setText(text);
    showEmptyState();
}

void DataSourcesPage::showEmptyState()
{
    // While loading, or after an error (the banner says it), the table stays.
    const bool empty = m_list->rowCount() == 0 && !m_list->isLoading() && !m_list->hasMore()
        && m_list->hasAnswer() && m_list->lastError().isEmpty();
    const DataSourceFilter f = filter();
    const bool filtered = !f.search.isEmpty() || f.isActive.has_value() || !f.sourceTypes.isEmpty();
    if (empty) {
        m_emptyLabel->setText(filtered
                ? tr("<h3>No data source matches</h3><p>Nothing in this workspace matches the "
                     "search and filters.</p>")
                : tr("<h3>No data sources yet</h3><p>A data source brings an EHR, FHIR or REST "
                     "feed into this workspace. Register one to see its events here.</p>"));
        m_emptyCreate->setVisible(!filtered);
        m_emptyCreate->setEnabled(m_canWrite);
        m_emptyCreate->setToolTip(m_canWrite ? QString() : m_whyReadOnly);
        m_emptyClear->setVisible(filtered);
    }
    const bool hadFocus = m_table->hasFocus();
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    if (empty && hadFocus)
        (filtered ? m_emptyClear : m_emptyCreate)->setFocus();
}

void DataSourcesPage::showDetail(const DataSource *s)
{
    m_tabs->setEnabled(s != nullptr);
    // The same source again (an edit, a poll, the UTC toggle) keeps its
    // counts and the last Sync now answer; another source starts clean.
    const QString id = s ? s->id : QString();
    if (id != m_shownId) {
        m_syncResult->clear();
        m_counts->setText(s ? tr("Loading status…") : QString());
        m_shownId = id;
    }
    m_counts->setVisible(s != nullptr);
    if (!s) {
        m_selectedName.clear();
        m_title->setText(tr("Select a data source to see its fields, status and history."));
        for (QLabel *l : std::as_const(m_fields))
            l->setText(tr("—"));
        m_config->setTree({}, QString());
        m_mappings->setTree({}, QString());
        m_failures->setFailures({});
        m_onset->clear();
        updateButtons();
        return;
    }
    m_selectedName = s->displayName.isEmpty() ? s->name : s->displayName;
    m_title->setText(m_selectedName);
    const HealthBadge badge = dataSourceBadge(*s);
    // An empty value reads "—": never an empty (yet focusable) label.
    const auto set = [this](const QString &field, const QString &text) {
        m_fields.value(field)->setText(text.isEmpty() ? tr("—") : text);
    };
    const auto time = [this](qint64 ms) {
        return ms > 0 ? ConnectionsModel::exactTime(ms, m_utc) : tr("never");
    };
    set(QStringLiteral("health"), badge.text() + QStringLiteral(" — ") + badge.meaning());
    set(QStringLiteral("name"), s->name);
    set(QStringLiteral("display_name"), s->displayName.isEmpty() ? tr("—") : s->displayName);
    set(QStringLiteral("id"), s->id);
    set(QStringLiteral("source_type"),
        DataSourcesModel::sourceTypeName(s->sourceType) + QStringLiteral(" (") + s->sourceType
            + u')');
    set(QStringLiteral("sync_strategy"), s->syncStrategy);
    set(QStringLiteral("sync_schedule"), s->syncSchedule.value_or(tr("—")));
    set(QStringLiteral("is_active"), yesNo(s->isActive));
    set(QStringLiteral("is_stale"), yesNo(s->isStale));
    set(QStringLiteral("health_status"), s->rawHealth);
    set(QStringLiteral("last_sync_at"), time(s->lastSyncAtMs));
    set(QStringLiteral("last_sync_status"),
        s->rawLastSyncStatus.isEmpty() ? tr("—") : s->rawLastSyncStatus);
    set(QStringLiteral("last_sync_event_count"), QLocale().toString(s->lastSyncEventCount));
    set(QStringLiteral("last_health_check"), time(s->lastHealthCheckMs));
    set(QStringLiteral("entity_types"),
        s->entityTypes ? (s->entityTypes->isEmpty() ? tr("none") : s->entityTypes->join(u", "))
                       : tr("—"));
    set(QStringLiteral("discovered_by"), s->discoveredBy.isEmpty() ? tr("—") : s->discoveredBy);
    set(QStringLiteral("workspace_id"), s->workspaceId);
    set(QStringLiteral("created_at"), time(s->createdAtMs));
    set(QStringLiteral("updated_at"), time(s->updatedAtMs));
    m_config->setTree(
        JsonNode::fromObject(s->connectionConfig), JsonObjectText::format(s->connectionConfig));
    m_mappings->setTree(
        JsonNode::fromObject(s->fieldMappings), JsonObjectText::format(s->fieldMappings));
    updateButtons();
}

QString DataSourcesPage::fieldText(const QString &field) const
{
    const QLabel *l = m_fields.value(field);
    return l ? l->text() : QString();
}

void DataSourcesPage::showStatus(const DataSourceStatus &st)
{
    const QLocale locale;
    const double rate
        = st.eventCount > 0 ? 100.0 * double(st.failedCount) / double(st.eventCount) : 0.0;
    m_counts->setText(tr("Events: %1 · synced: %2 · failed: %3 (%4 % failure rate)")
                          .arg(locale.toString(st.eventCount), locale.toString(st.syncedCount),
                              locale.toString(st.failedCount), locale.toString(rate, 'f', 1)));
}

void DataSourcesPage::showStatusError(const QString &message)
{
    m_counts->setText(tr("Status not loaded: %1").arg(message));
}

void DataSourcesPage::setHistoryState(const QString &message)
{
    m_historyState->setText(message);
    m_historyState->setVisible(!message.isEmpty());
}

void DataSourcesPage::setFailureOnset(const FailureOnset &onset, int days)
{
    const QLocale locale;
    const auto percent = [&locale](double rate) {
        return locale.toString(100 * rate, 'f', 1);
    };
    if (onset.day.isValid()) {
        m_onset->setText(tr("Failures rose on %1: %2 % of that day's events failed, against %3 % "
                            "on a typical day.")
                             .arg(locale.toString(onset.day, QLocale::LongFormat),
                                 percent(onset.dayRate), percent(onset.typicalRate)));
    } else if (onset.failedDays > 0) {
        m_onset->setText(tr("About %1 % of events fail on a typical day; no day of the last %n "
                            "days stands out.",
            nullptr, days)
                             .arg(percent(onset.typicalRate)));
    } else {
        m_onset->setText(tr("No failed events in the last %n days.", nullptr, days));
    }
}

void DataSourcesPage::showSyncResult(const QString &message, bool isError, int retryAfterSeconds)
{
    m_syncResult->showMessage(
        message, isError ? StatusPalette::Tone::Error : StatusPalette::Tone::Success);
    m_retryLeft = qMax(0, retryAfterSeconds);
    if (m_retryLeft > 0)
        m_countdown->start();
    updateButtons();
}

void DataSourcesPage::copySelectedFailures()
{
    QList<int> rows;
    const QModelIndexList selected = m_failuresTable->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << i.row();
    if (rows.isEmpty()) { // nothing selected: the rows shown
        for (int r = 0; r < m_failures->rowCount(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    auto *mime = new QMimeData;
    mime->setText(m_failures->toTicketText(rows, m_selectedName));
    mime->setData(QStringLiteral("text/tab-separated-values"), m_failures->toTsv(rows).toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

void DataSourcesPage::saveState() const
{
    if (!m_settings)
        return;
    m_settings->setValue(kGroup + QStringLiteral("search"), m_search->text());
    m_settings->setValue(kGroup + QStringLiteral("active"), m_active->currentIndex());
    m_settings->setValue(kGroup + QStringLiteral("types"), filter().sourceTypes);
    m_settings->setValue(kGroup + QStringLiteral("range"), historyDays());
    m_settings->setValue(
        kGroup + QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    m_settings->setValue(kGroup + QStringLiteral("splitter"), m_splitter->saveState());
}

void DataSourcesPage::restoreState()
{
    if (!m_settings)
        return;
    m_search->setText(m_settings->value(kGroup + QStringLiteral("search")).toString());
    m_active->setCurrentIndex(
        qBound(0, m_settings->value(kGroup + QStringLiteral("active")).toInt(), 2));
    const QStringList types = m_settings->value(kGroup + QStringLiteral("types")).toStringList();
    const auto actions = m_types->menu()->actions();
    for (QAction *a : actions)
        a->setChecked(types.contains(a->data().toString()));
    if (!types.isEmpty())
        m_types->setText(tr("%n type(s)", nullptr, int(filter().sourceTypes.size())));
    const int range = m_range->findData(m_settings->value(kGroup + QStringLiteral("range"), 30));
    if (range >= 0)
        m_range->setCurrentIndex(range);
    m_table->horizontalHeader()->restoreState(
        m_settings->value(kGroup + QStringLiteral("header")).toByteArray());
    m_splitter->restoreState(m_settings->value(kGroup + QStringLiteral("splitter")).toByteArray());
}

} // namespace cc
