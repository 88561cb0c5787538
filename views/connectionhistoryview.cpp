#include "connectionhistoryview.h"

#include "dailyaggregation.h"
#include "dailybarschart.h"
#include "dailybucketsmodel.h"
#include "durationchart.h"
#include "runsdayfilter.h"
#include "runsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cc {

ConnectionHistoryView::ConnectionHistoryView(RunsModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_buckets(new DailyBucketsModel(this))
    , m_dayFilter(new RunsDayFilter(this))
    , m_range(new QComboBox(this))
    , m_chart(new DailyBarsChart(this))
    , m_durations(new DurationChart(this))
    , m_runsTable(new QTableView(this))
    , m_runDetails(new QPlainTextEdit(this))
    , m_copyDetails(new QPushButton(tr("Copy details"), this))
{
    setObjectName(QStringLiteral("historyView"));
    // Charts above, runs below, with a splitter between: on a short screen
    // the runs can have the room.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("historySplitter"));
    split->setChildrenCollapsible(false);
    outer->addWidget(split);
    auto *charts = new QWidget(split);
    auto *layout = new QVBoxLayout(charts);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *rangeRow = new QHBoxLayout;
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_range->setAccessibleName(tr("History range"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch(1);
    layout->addLayout(rangeRow);
    m_chart->setModel(m_buckets);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_durations, 2);
    split->addWidget(charts);
    auto *runsPart = new QWidget(split);
    auto *runsLayout = new QVBoxLayout(runsPart);
    runsLayout->setContentsMargins(6, 0, 6, 6);

    m_dayFilter->setSourceModel(runs);
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    m_runsTable->setAccessibleName(tr("Runs"));
    m_runsTable->setModel(m_dayFilter);
    m_runsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsTable->setTabKeyNavigation(false);
    m_runsTable->verticalHeader()->hide();
    m_runsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_runsTable->horizontalHeader()->setStretchLastSection(true);
    m_runsTable->setAlternatingRowColors(true);
    m_runsTable->setWordWrap(false);
    m_runDetails->setObjectName(QStringLiteral("runDetails"));
    m_runDetails->setAccessibleName(tr("Run details"));
    m_runDetails->setReadOnly(true);
    m_runDetails->setMaximumHeight(96);
    m_copyDetails->setObjectName(QStringLiteral("copyRunDetails"));
    runsLayout->addWidget(m_runsTable, 1);
    runsLayout->addWidget(m_runDetails);
    runsLayout->addWidget(m_copyDetails, 0, Qt::AlignRight);
    split->addWidget(runsPart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &ConnectionHistoryView::updateCharts);
    connect(runs, &QAbstractItemModel::modelReset, this, &ConnectionHistoryView::updateCharts);
    connect(runs, &QAbstractItemModel::dataChanged, this, &ConnectionHistoryView::updateCharts);
    connect(m_chart, &DailyBarsChart::daySelected, m_dayFilter, &RunsDayFilter::setDay);
    connect(m_runsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConnectionHistoryView::updateRunDetails);
    connect(runs, &QAbstractItemModel::dataChanged, this, &ConnectionHistoryView::updateRunDetails);
    connect(runs, &QAbstractItemModel::modelReset, m_runDetails, &QPlainTextEdit::clear);
    connect(m_copyDetails, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_runDetails->toPlainText()); });
}

void ConnectionHistoryView::updateRunDetails()
{
    const QModelIndex current = m_dayFilter->mapToSource(m_runsTable->currentIndex());
    m_runDetails->setPlainText(
        current.isValid() ? m_runs->detailsText(current.row(), m_connectionName) : QString());
}

void ConnectionHistoryView::setHistoryLoadedFrom(const QDate &day)
{
    m_loadedFrom = day;
    updateCharts();
}

void ConnectionHistoryView::setUtc(bool utc)
{
    m_utc = utc;
    m_dayFilter->setTimeZone(utc ? QTimeZone::utc() : QTimeZone::systemTimeZone());
    updateCharts();
}

void ConnectionHistoryView::updateCharts()
{
    const int days = m_range->currentData().toInt();
    const QTimeZone zone = m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_chart->setLoadedFrom(m_loadedFrom);
    m_buckets->setBuckets(aggregateDaily(m_runs->runs(), zone, today, days));
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    m_durations->setRuns(m_runs->runs(), to - qint64(days) * 24 * 3600 * 1000, to);
}

void ConnectionHistoryView::selectRun(const QString &runId)
{
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return;
    m_dayFilter->setDay(QDate());
    m_chart->setSelectedDay(QDate());
    m_runsTable->selectionModel()->setCurrentIndex(
        m_dayFilter->mapFromSource(m_runs->index(row, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ConnectionHistoryView::focusRuns()
{
    if (!m_runsTable->currentIndex().isValid() && m_runsTable->model()->rowCount() > 0)
        m_runsTable->setCurrentIndex(m_runsTable->model()->index(0, 0));
    m_runsTable->setFocus(Qt::ShortcutFocusReason);
}

QString ConnectionHistoryView::selectedRunDetails() const
{
    return m_runDetails->toPlainText();
}

} // namespace cc
