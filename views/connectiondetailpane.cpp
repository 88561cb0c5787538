#include "connectiondetailpane.h"

#include "connectionsmodel.h"
#include "dailybarschart.h"
#include "durationchart.h"
#include "healthbadge.h"
#include "healthbadgedelegate.h"
#include "healthexplanation.h"
#include "runsdayfilter.h"
#include "runsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {

class BadgeLabel : public QWidget
{
public:
    explicit BadgeLabel(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumHeight(fontMetrics().height() + 10);
        setObjectName(QStringLiteral("detailHealthBadge"));
    }
    void setBadge(const HealthBadge &badge)
    {
        m_badge = badge;
        setToolTip(badge.meaning());
        setAccessibleName(badge.text());
        update();
    }
    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(m_badge.text()) + 60, fontMetrics().height() + 10};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        HealthBadgeDelegate::paintBadge(
            &p, rect().adjusted(-4, 0, 0, 0), m_badge, palette(), false);
    }

private:
    HealthBadge m_badge;
};

ConnectionDetailPane::ConnectionDetailPane(
    ConnectionsModel *model, RunsModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a connection to see its details."), this))
    , m_body(new QWidget(this))
    , m_lastError(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("detailPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setEnabled(false);
    outer->addWidget(m_title);
    outer->addWidget(m_placeholder, 1);

    m_runs = runs;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(scroll, tr("Overview"));
    // History: the runs, newest first, and everything about the selected one.
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    auto *rangeRow = new QHBoxLayout;
    m_range = new QComboBox(history);
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch(1);
    historyLayout->addLayout(rangeRow);
    m_chart = new DailyBarsChart(history);
    m_buckets = new DailyBucketsModel(this);
    m_chart->setModel(m_buckets);
    historyLayout->addWidget(m_chart);
    m_durations = new DurationChart(history);
    historyLayout->addWidget(m_durations);
    m_dayFilter = new RunsDayFilter(this);
    m_dayFilter->setSourceModel(runs);
    m_runsTable = new QTableView(history);
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    m_runsTable->setModel(m_dayFilter);
    m_runsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runsTable->verticalHeader()->hide();
    m_runsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_runsTable->horizontalHeader()->setStretchLastSection(true);
    m_runsTable->setAlternatingRowColors(true);
    m_runsTable->setWordWrap(false);
    m_runDetails = new QPlainTextEdit(history);
    m_runDetails->setObjectName(QStringLiteral("runDetails"));
    m_runDetails->setReadOnly(true);
    m_runDetails->setMaximumHeight(96);
    auto *copyDetails = new QPushButton(tr("Copy details"), history);
    copyDetails->setObjectName(QStringLiteral("copyRunDetails"));
    historyLayout->addWidget(m_runsTable, 1);
    historyLayout->addWidget(m_runDetails);
    historyLayout->addWidget(copyDetails, 0, Qt::AlignRight);
    m_tabs->addTab(history, tr("History"));
    outer->addWidget(m_tabs, 1);
    auto updateRunDetails = [this] {
        const QModelIndex current = m_dayFilter->mapToSource(m_runsTable->currentIndex());
        m_runDetails->setPlainText(
            current.isValid() ? m_runs->detailsText(current.row(), m_title->text()) : QString());
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, &ConnectionDetailPane::updateChart);
    connect(runs, &QAbstractItemModel::modelReset, this, &ConnectionDetailPane::updateChart);
    connect(runs, &QAbstractItemModel::dataChanged, this, &ConnectionDetailPane::updateChart);
    connect(m_chart, &DailyBarsChart::daySelected, m_dayFilter, &RunsDayFilter::setDay);
    connect(m_runsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        updateRunDetails);
    connect(runs, &QAbstractItemModel::dataChanged, this, updateRunDetails);
    connect(runs, &QAbstractItemModel::modelReset, this, [this] { m_runDetails->clear(); });
    connect(copyDetails, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_runDetails->toPlainText()); });
    m_cooldown = new QTimer(this);
    m_cooldown->setInterval(1000);
    connect(m_cooldown, &QTimer::timeout, this, [this] {
        if (--m_cooldownLeft <= 0) {
            m_cooldown->stop();
            m_syncButton->setText(tr("Sync now"));
            refresh();
            return;
        }
        m_syncButton->setText(tr("Sync now (%1 s)").arg(m_cooldownLeft));
    });
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);

    // "Needs attention": what is wrong and the one action that fixes it.
    m_attention = new QFrame(m_body);
    m_attention->setObjectName(QStringLiteral("attentionBanner"));
    static_cast<QFrame *>(m_attention)->setFrameShape(QFrame::StyledPanel);
    auto *attention = new QHBoxLayout(m_attention);
    m_attentionText = new QLabel(m_attention);
    m_attentionText->setWordWrap(true);
    m_attentionText->setObjectName(QStringLiteral("attentionText"));
    auto *attentionButton = new QPushButton(tr("Reconnect…"), m_attention);
    attentionButton->setObjectName(QStringLiteral("attentionReconnect"));
    attention->addWidget(m_attentionText, 1);
    attention->addWidget(attentionButton);
    body->addWidget(m_attention);
    connect(
        attentionButton, &QPushButton::clicked, this, [this] { Q_EMIT reconnectRequested(m_id); });

    m_actions->setObjectName(QStringLiteral("actionsArea"));
    auto addAction = [this](const QString &text, const char *name,
                         void (ConnectionDetailPane::*signal)(const QString &)) {
        auto *b = new QPushButton(text, m_body);
        b->setObjectName(QLatin1String(name));
        m_actions->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, signal] { Q_EMIT(this->*signal)(m_id); });
        return b;
    };
    m_syncButton = addAction(tr("Sync now"), "actionSync", &ConnectionDetailPane::syncRequested);
    m_reconnectButton
        = addAction(tr("Reconnect…"), "actionReconnect", &ConnectionDetailPane::reconnectRequested);
    m_editButton = addAction(tr("Edit…"), "actionEdit", &ConnectionDetailPane::editRequested);
    m_disconnectButton = addAction(
        tr("Disconnect…"), "actionDisconnect", &ConnectionDetailPane::disconnectRequested);
    m_actions->addStretch(1);
    body->addLayout(m_actions);
    auto *exportButton = new QPushButton(tr("Export support bundle…"), m_body);
    exportButton->setObjectName(QStringLiteral("actionExport"));
    connect(exportButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_id); });

    // Why this badge? The inputs behind the health, and the action that fits.
    auto *whyBox = new QGroupBox(tr("Why this badge?"), m_body);
    auto *whyLayout = new QVBoxLayout(whyBox);
    m_why = new QLabel(whyBox);
    m_why->setObjectName(QStringLiteral("whyText"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_whyAction = new QPushButton(whyBox);
    m_whyAction->setObjectName(QStringLiteral("whyAction"));
    whyLayout->addWidget(m_why);
    whyLayout->addWidget(m_whyAction, 0, Qt::AlignLeft);
    whyLayout->addWidget(exportButton, 0, Qt::AlignLeft);
    body->addWidget(whyBox);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_badge = new BadgeLabel(m_body);
    m_form->addRow(tr("Health"), m_badge);
    addField(tr("Status"), QStringLiteral("detailStatus"));
    addField(tr("Connector"), QStringLiteral("detailConnector"));
    addField(tr("Scope"), QStringLiteral("detailScope"));
    addField(tr("Owner"), QStringLiteral("detailOwner"));
    addField(tr("Account"), QStringLiteral("detailAccount"));
    addField(tr("Last synced"), QStringLiteral("detailLastSynced"));
    addField(tr("Next sync"), QStringLiteral("detailNextSync"));
    addField(tr("Syncing now"), QStringLiteral("detailSyncing"));
    addField(tr("Created"), QStringLiteral("detailCreated"));
    addField(tr("Id"), QStringLiteral("detailId"));
    body->addLayout(m_form);

    auto *runBox = new QGroupBox(tr("Last run"), m_body);
    m_runForm = new QFormLayout(runBox);
    m_runForm->setLabelAlignment(Qt::AlignRight);
    body->addWidget(runBox);
    std::swap(m_form, m_runForm);
    addField(tr("Outcome"), QStringLiteral("runStatus"));
    addField(tr("Triggered by"), QStringLiteral("runTrigger"));
    addField(tr("Started"), QStringLiteral("runStarted"));
    addField(tr("Duration"), QStringLiteral("runDuration"));
    addField(tr("Streams"), QStringLiteral("runStreams"));
    addField(tr("Records written"), QStringLiteral("runRecords"));
    addField(tr("Error reason"), QStringLiteral("runReason"));
    std::swap(m_form, m_runForm);

    auto *errorBox = new QGroupBox(tr("Last error"), m_body);
    auto *errorLayout = new QVBoxLayout(errorBox);
    m_lastError->setReadOnly(true);
    m_lastError->setObjectName(QStringLiteral("detailLastError"));
    m_lastError->setMaximumHeight(110);
    m_copy->setObjectName(QStringLiteral("copyLastError"));
    m_copy->setToolTip(tr("Copy the full error to the clipboard"));
    errorLayout->addWidget(m_lastError);
    errorLayout->addWidget(m_copy, 0, Qt::AlignRight);
    body->addWidget(errorBox);
    body->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_lastError->toPlainText());
        Q_EMIT lastErrorCopied(m_lastError->toPlainText());
    });
    showConnection(QString());
}

QLabel *ConnectionDetailPane::addField(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

QString ConnectionDetailPane::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void ConnectionDetailPane::showConnection(const QString &id)
{
    m_id = id;
    refresh();
}

void ConnectionDetailPane::refresh()
{
    const int row = m_id.isEmpty() ? -1 : m_model->rowOf(m_id);
    m_placeholder->setVisible(row < 0);
    m_tabs->setVisible(row >= 0);
    if (row < 0) {
        m_title->setText(QString());
        return;
    }
    const Connection &c = m_model->connectionAt(row);
    auto set = [this](const char *name, const QString &text) {
        if (auto *l = findChild<QLabel *>(QLatin1String(name)))
            l->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    m_title->setText(c.name);
    m_badge->setBadge(HealthBadge(c.health));
    set("detailStatus", c.statusText());
    set("detailConnector", m_model->connectorName(c.connectorType));
    set("detailScope", c.isPersonal() ? tr("Personal") : tr("Workspace"));
    set("detailOwner",
        c.isPersonal()
            ? (c.ownerUserId().isEmpty() ? tr("No owner") : m_model->ownerName(c.ownerUserId()))
            : QString());
    set("detailAccount",
        c.handle().isEmpty() ? QString()
                             : QStringLiteral("@%1 (%2)").arg(c.handle(), c.displayName()));
    set("detailLastSynced",
        c.lastSyncedAtMs > 0 ? ConnectionsModel::relativeTime(c.lastSyncedAtMs, m_model->now())
                + QStringLiteral(" — ") + m_model->exactTime(c.lastSyncedAtMs)
                             : tr("Never"));
    set("detailNextSync", nextSyncText(c));
    set("detailSyncing", c.isSyncing ? tr("Yes") : tr("No"));
    set("detailCreated", c.createdAtMs > 0 ? m_model->exactTime(c.createdAtMs) : QString());
    set("detailId", c.id);
    if (c.lastRun) {
        const SyncRun &r = *c.lastRun;
        set("runStatus", r.statusText);
        set("runTrigger", r.triggeredBy);
        set("runStarted", r.startedAtMs > 0 ? m_model->exactTime(r.startedAtMs) : QString());
        const qint64 end = r.finishedAtMs > 0 ? r.finishedAtMs : m_model->now();
        const qint64 secs = r.startedAtMs > 0 ? qMax<qint64>(0, (end - r.startedAtMs) / 1000) : 0;
        set("runDuration",
            (secs >= 60 ? tr("%1 min %2 s").arg(secs / 60).arg(secs % 60) : tr("%1 s").arg(secs))
                + (r.finishedAtMs > 0 ? QString() : tr(" (running)")));
        set("runStreams", tr("%1 failed of %2").arg(r.streamsFailed).arg(r.streamsTotal));
        set("runRecords", QLocale().toString(r.recordsWritten));
        set("runReason", r.errorReason);
    } else {
        for (const char *n : {"runStatus", "runTrigger", "runStarted", "runDuration", "runStreams",
                 "runRecords", "runReason"})
            set(n, QString());
        set("runStatus", tr("Never ran"));
    }
    const bool attention = c.health == Health::NeedsReauth || c.health == Health::Error
        || c.health == Health::Disconnected;
    m_attention->setVisible(attention);
    if (attention) {
        m_attentionText->setText(c.health == Health::NeedsReauth
                ? tr("The provider needs you to re-authorize this connection.")
                : c.health == Health::Disconnected
                ? tr("This connection is disconnected; its history is kept.")
                : tr("The last sync failed. Reconnecting refreshes its credentials."));
    }
    for (QPushButton *b : {m_syncButton, m_reconnectButton, m_editButton, m_disconnectButton}) {
        b->setEnabled(m_canWrite);
        b->setToolTip(m_canWrite ? QString() : m_readOnlyReason);
    }
    m_attention->findChild<QPushButton *>(QStringLiteral("attentionReconnect"))
        ->setEnabled(m_canWrite);
    m_disconnectButton->setEnabled(m_canWrite && c.status != ConnectionStatus::Disconnected);
    const HealthExplanation why
        = HealthExplanation::explain(c, m_model->now(), m_cadences.value(c.connectorType));
    m_why->setText(why.summary + QStringLiteral("\n\n• ") + why.facts.join(QStringLiteral("\n• ")));
    m_whyAction->setText(why.actionText);
    m_whyAction->disconnect();
    switch (why.action) {
    case HealthExplanation::Action::Reconnect:
        connect(
            m_whyAction, &QPushButton::clicked, this, [this] { Q_EMIT reconnectRequested(m_id); });
        break;
    case HealthExplanation::Action::SyncNow:
    case HealthExplanation::Action::CheckConfiguration:
        connect(m_whyAction, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested(m_id); });
        break;
    default:
        break;
    }
    const bool actionable = why.action == HealthExplanation::Action::Reconnect
        || why.action == HealthExplanation::Action::SyncNow
        || why.action == HealthExplanation::Action::CheckConfiguration;
    m_whyAction->setEnabled(actionable && m_canWrite);
    m_whyAction->setFlat(!actionable);
    if (m_cooldownLeft > 0)
        m_syncButton->setEnabled(false);
    m_lastError->setPlainText(c.lastError.isEmpty() ? QString() : c.lastError);
    m_lastError->setPlaceholderText(tr("No error."));
    m_copy->setEnabled(!c.lastError.isEmpty());
}

QString ConnectionDetailPane::nextSyncText(const Connection &c) const
{
    const qint64 cadence = m_cadences.value(c.connectorType);
    if (cadence <= 0)
        return QString(); // cadences not loaded (or an unknown preset): say nothing
    const QString every = cadence % 86400 == 0
        ? tr("every %n day(s)", nullptr, int(cadence / 86400))
        : cadence % 3600 == 0
        ? tr("every %n hour(s)", nullptr, int(cadence / 3600))
        : tr("every %n minute(s)", nullptr, int(qMax<qint64>(1, cadence / 60)));
    if (c.status == ConnectionStatus::Disconnected || c.status == ConnectionStatus::Paused
        || c.status == ConnectionStatus::Pending)
        return tr("Not scheduled (%1 when connected)").arg(every);
    if (c.isSyncing)
        return tr("After the running sync (%1)").arg(every);
    // The platform schedules the next run one cadence after the last one started.
    const qint64 from
        = c.lastRun && c.lastRun->startedAtMs > 0 ? c.lastRun->startedAtMs : c.lastSyncedAtMs;
    if (from <= 0)
        return tr("Soon (%1)").arg(every);
    const qint64 next = from + cadence * 1000;
    if (next <= m_model->now())
        return tr("Due now (%1)").arg(every);
    return tr("≈ %1 (%2)").arg(m_model->exactTime(next), every);
}

void ConnectionDetailPane::startSyncCooldown(int seconds)
{
    m_cooldownLeft = qMax(1, seconds);
    m_syncButton->setEnabled(false);
    m_syncButton->setText(tr("Sync now (%1 s)").arg(m_cooldownLeft));
    m_cooldown->start();
}

void ConnectionDetailPane::setCadences(const QHash<QString, qint64> &secondsByType)
{
    m_cadences = secondsByType;
    refresh();
}

void ConnectionDetailPane::setHistoryLoadedFrom(const QDate &day)
{
    m_loadedFrom = day;
    updateChart();
}

void ConnectionDetailPane::setUtc(bool utc)
{
    m_utc = utc;
    m_dayFilter->setTimeZone(utc ? QTimeZone::utc() : QTimeZone::systemTimeZone());
    updateChart();
}

void ConnectionDetailPane::updateChart()
{
    const int days = m_range->currentData().toInt();
    const QTimeZone zone = m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_chart->setLoadedFrom(m_loadedFrom);
    m_buckets->setBuckets(aggregateDaily(m_runs->runs(), zone, today, days));
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    m_durations->setRuns(m_runs->runs(), to - qint64(days) * 24 * 3600 * 1000, to);
}

void ConnectionDetailPane::showHistory()
{
    m_tabs->setCurrentIndex(1);
}

void ConnectionDetailPane::focusRuns()
{
    if (!m_runsTable->currentIndex().isValid() && m_runsTable->model()->rowCount() > 0)
        m_runsTable->setCurrentIndex(m_runsTable->model()->index(0, 0));
    m_runsTable->setFocus(Qt::ShortcutFocusReason);
}

void ConnectionDetailPane::selectRun(const QString &runId, bool showTab)
{
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return;
    if (showTab)
        showHistory();
    // Show all recent runs again so the run is in the table.
    m_dayFilter->setDay(QDate());
    m_chart->setSelectedDay(QDate());
    m_runsTable->selectionModel()->setCurrentIndex(
        m_dayFilter->mapFromSource(m_runs->index(row, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString ConnectionDetailPane::selectedRunDetails() const
{
    return m_runDetails->toPlainText();
}

void ConnectionDetailPane::setCanWrite(bool canWrite, const QString &reason)
{
    m_canWrite = canWrite;
    m_readOnlyReason = reason;
    refresh();
}

} // namespace cc
