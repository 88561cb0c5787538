#include "connectionoverview.h"

#include "connectionsmodel.h"
#include "flowlayout.h"
#include "healthbadge.h"
#include "healthbadgedelegate.h"
#include "messagelabel.h"
#include "runsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

// The health badge in the form, painted like the table's.
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
        setAccessibleDescription(badge.meaning());
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

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

ConnectionOverview::ConnectionOverview(const ConnectionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_attention(new QFrame(this))
    , m_attentionText(new MessageLabel(m_attention))
    , m_attentionAction(new QPushButton(m_attention))
    , m_sync(new QPushButton(tr("Sync now"), this))
    , m_reconnect(new QPushButton(tr("Reconnect…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_disconnect(new QPushButton(tr("Disconnect…"), this))
    , m_whyBox(new QGroupBox(tr("Why this badge?"), this))
    , m_why(new QLabel(m_whyBox))
    , m_whyAction(new QPushButton(m_whyBox))
    , m_export(new QPushButton(tr("Export support bundle…"), m_whyBox))
    , m_badge(new BadgeLabel(this))
    , m_status(new QLabel(this))
    , m_connector(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_owner(new QLabel(this))
    , m_account(new QLabel(this))
    , m_lastSynced(new QLabel(this))
    , m_nextSync(new QLabel(this))
    , m_syncing(new QLabel(this))
    , m_created(new QLabel(this))
    , m_id(new QLabel(this))
    , m_runStatus(new QLabel(this))
    , m_runTrigger(new QLabel(this))
    , m_runStarted(new QLabel(this))
    , m_runDuration(new QLabel(this))
    , m_runStreams(new QLabel(this))
    , m_runRecords(new QLabel(this))
    , m_runReason(new QLabel(this))
    , m_lastError(new QPlainTextEdit(this))
    , m_copyError(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("overview"));
    auto *body = new QVBoxLayout(this);
    body->setContentsMargins(0, 0, 0, 0);

    // What needs doing: the attention rule's rows, and the one action that fits.
    m_attention->setObjectName(QStringLiteral("attentionBanner"));
    m_attention->setFrameShape(QFrame::StyledPanel);
    // The action under the text, so that the text keeps the pane's width
    // and a long translation never widens the pane.
    auto *attention = new QVBoxLayout(m_attention);
    m_attentionText->setObjectName(QStringLiteral("attentionText"));
    m_attentionAction->setObjectName(QStringLiteral("attentionAction"));
    attention->addWidget(m_attentionText);
    attention->addWidget(m_attentionAction, 0, Qt::AlignLeft);
    body->addWidget(m_attention);

    // The actions, wrapping onto a second row when the pane is narrow.
    auto *actions = new FlowLayout;
    for (const auto &[button, name] :
        {std::pair{m_sync, "actionSync"}, {m_reconnect, "actionReconnect"}, {m_edit, "actionEdit"},
            {m_disconnect, "actionDisconnect"}}) {
        button->setObjectName(QLatin1String(name));
        actions->addWidget(button);
    }
    body->addLayout(actions);

    // Why this badge? The inputs behind the health, and the action that fits.
    auto *whyLayout = new QVBoxLayout(m_whyBox);
    m_why->setObjectName(QStringLiteral("whyText"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_whyAction->setObjectName(QStringLiteral("whyAction"));
    m_export->setObjectName(QStringLiteral("actionExport"));
    whyLayout->addWidget(m_why);
    // What to do, as a sentence that wraps (a button's text never does), and
    // the action itself under a short name.
    m_whyAdvice = new QLabel(m_whyBox);
    m_whyAdvice->setObjectName(QStringLiteral("whyAdvice"));
    m_whyAdvice->setWordWrap(true);
    m_whyAdvice->setTextFormat(Qt::PlainText);
    whyLayout->addWidget(m_whyAdvice);
    auto *whyActions = new FlowLayout;
    whyActions->addWidget(m_whyAction);
    whyActions->addWidget(m_export);
    whyLayout->addLayout(whyActions);
    body->addWidget(m_whyBox);

    const auto prepare = [](QFormLayout *form, const QString &label, QWidget *value,
                             const char *name) {
        value->setObjectName(QLatin1String(name));
        if (auto *l = qobject_cast<QLabel *>(value)) {
            l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            l->setWordWrap(true);
            l->setTextFormat(Qt::PlainText);
        }
        form->addRow(label, value);
    };
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Health"), m_badge);
    prepare(form, tr("Status"), m_status, "detailStatus");
    prepare(form, tr("Connector"), m_connector, "detailConnector");
    prepare(form, tr("Scope"), m_scope, "detailScope");
    prepare(form, tr("Owner"), m_owner, "detailOwner");
    prepare(form, tr("Account"), m_account, "detailAccount");
    prepare(form, tr("Last synced"), m_lastSynced, "detailLastSynced");
    prepare(form, tr("Next sync"), m_nextSync, "detailNextSync");
    prepare(form, tr("Syncing now"), m_syncing, "detailSyncing");
    prepare(form, tr("Created"), m_created, "detailCreated");
    prepare(form, tr("Id"), m_id, "detailId");
    body->addLayout(form);

    auto *runBox = new QGroupBox(tr("Last run"), this);
    auto *runForm = new QFormLayout(runBox);
    runForm->setLabelAlignment(Qt::AlignRight);
    runForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    prepare(runForm, tr("Outcome"), m_runStatus, "runStatus");
    prepare(runForm, tr("Triggered by"), m_runTrigger, "runTrigger");
    prepare(runForm, tr("Started"), m_runStarted, "runStarted");
    prepare(runForm, tr("Duration"), m_runDuration, "runDuration");
    prepare(runForm, tr("Streams"), m_runStreams, "runStreams");
    prepare(runForm, tr("Records written"), m_runRecords, "runRecords");
    prepare(runForm, tr("Error reason"), m_runReason, "runReason");
    body->addWidget(runBox);

    auto *errorBox = new QGroupBox(tr("Last error"), this);
    auto *errorLayout = new QVBoxLayout(errorBox);
    m_lastError->setReadOnly(true);
    m_lastError->setObjectName(QStringLiteral("detailLastError"));
    m_lastError->setAccessibleName(tr("Last error"));
    m_lastError->setMaximumHeight(110);
    m_lastError->setPlaceholderText(tr("No error."));
    m_copyError->setObjectName(QStringLiteral("copyLastError"));
    m_copyError->setToolTip(tr("Copy the full error to the clipboard"));
    m_copyError->setAccessibleName(tr("Copy the last error"));
    errorLayout->addWidget(m_lastError);
    errorLayout->addWidget(m_copyError, 0, Qt::AlignRight);
    body->addWidget(errorBox);
    body->addStretch(1);

    // Every action connected once; what the explanation's button does follows m_action.
    connect(m_sync, &QPushButton::clicked, this, &ConnectionOverview::syncRequested);
    connect(m_reconnect, &QPushButton::clicked, this, &ConnectionOverview::reconnectRequested);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionOverview::editRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionOverview::disconnectRequested);
    connect(m_export, &QPushButton::clicked, this, &ConnectionOverview::exportRequested);
    connect(m_whyAction, &QPushButton::clicked, this, &ConnectionOverview::runExplanationAction);
    connect(
        m_attentionAction, &QPushButton::clicked, this, &ConnectionOverview::runExplanationAction);
    connect(m_copyError, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_lastError->toPlainText()); });
    m_cooldown.setInterval(1000);
    connect(&m_cooldown, &QTimer::timeout, this, [this] {
        if (--m_cooldownLeft <= 0) {
            m_cooldown.stop();
            m_sync->setText(tr("Sync now"));
            updateWriteState();
            return;
        }
        m_sync->setText(tr("Sync now (%1 s)").arg(m_cooldownLeft));
    });
}

void ConnectionOverview::runExplanationAction()
{
    switch (m_action) {
    case HealthExplanation::Action::Reconnect:
        Q_EMIT reconnectRequested();
        break;
    case HealthExplanation::Action::SyncNow:
    case HealthExplanation::Action::CheckConfiguration:
        Q_EMIT syncRequested();
        break;
    case HealthExplanation::Action::WaitForRateLimit:
    case HealthExplanation::Action::None:
        break;
    }
}

void ConnectionOverview::setConnection(const Connection &c)
{
    m_connection = c;
    const HealthBadge badge(c.health);
    m_badge->setBadge(badge);
    m_status->setText(orDash(c.statusText()));
    m_connector->setText(orDash(m_model->connectorName(c.connectorType)));
    m_scope->setText(c.isPersonal() ? tr("Personal") : tr("Workspace"));
    m_owner->setText(orDash(c.isPersonal()
            ? (c.ownerUserId().isEmpty() ? tr("No owner") : m_model->ownerName(c.ownerUserId()))
            : QString()));
    m_account->setText(
        orDash(c.handle().isEmpty() ? QString() : tr("@%1 (%2)").arg(c.handle(), c.displayName())));
    m_lastSynced->setText(c.lastSyncedAtMs > 0
            ? tr("%1 — %2").arg(ConnectionsModel::relativeTime(c.lastSyncedAtMs, m_model->now()),
                m_model->exactTime(c.lastSyncedAtMs))
            : tr("Never"));
    m_nextSync->setText(orDash(nextSyncText(c)));
    m_syncing->setText(c.isSyncing ? tr("Yes") : tr("No"));
    m_created->setText(orDash(c.createdAtMs > 0 ? m_model->exactTime(c.createdAtMs) : QString()));
    m_id->setText(orDash(c.id));
    if (c.lastRun) {
        const SyncRun &r = *c.lastRun;
        m_runStatus->setText(orDash(r.statusText));
        m_runTrigger->setText(orDash(r.triggeredBy));
        m_runStarted->setText(
            orDash(r.startedAtMs > 0 ? m_model->exactTime(r.startedAtMs) : QString()));
        m_runDuration->setText(orDash(RunsModel::durationText(r, m_model->now())));
        m_runStreams->setText(tr("%1 failed of %2").arg(r.streamsFailed).arg(r.streamsTotal));
        m_runRecords->setText(QLocale().toString(r.recordsWritten));
        m_runReason->setText(orDash(r.errorReason));
    } else {
        m_runStatus->setText(tr("Never ran"));
        for (QLabel *l :
            {m_runTrigger, m_runStarted, m_runDuration, m_runStreams, m_runRecords, m_runReason})
            l->setText(orDash(QString()));
    }

    const HealthExplanation why
        = HealthExplanation::explain(c, m_model->now(), m_cadences.value(c.connectorType));
    m_action = why.action;
    m_why->setText(why.summary + QStringLiteral("\n\n• ") + why.facts.join(QStringLiteral("\n• ")));
    const bool actionable = why.action == HealthExplanation::Action::Reconnect
        || why.action == HealthExplanation::Action::SyncNow
        || why.action == HealthExplanation::Action::CheckConfiguration;
    m_whyAdvice->setText(tr("What to do: %1").arg(why.actionText));
    m_whyAction->setText(
        why.action == HealthExplanation::Action::Reconnect ? tr("Reconnect…") : tr("Sync now"));
    m_whyAction->setVisible(actionable);
    // The attention rule: what F8 walks to shows what is wrong and its fix.
    m_attention->setVisible(badge.needsAttention());
    m_attentionText->showMessage(why.summary, StatusPalette::toneOf(c.health));
    m_attentionAction->setVisible(actionable);
    m_attentionAction->setText(
        why.action == HealthExplanation::Action::Reconnect ? tr("Reconnect…") : tr("Sync now"));
    m_lastError->setPlainText(c.lastError);
    m_copyError->setEnabled(!c.lastError.isEmpty());
    updateWriteState();
}

void ConnectionOverview::updateWriteState()
{
    const bool actionable = m_action == HealthExplanation::Action::Reconnect
        || m_action == HealthExplanation::Action::SyncNow
        || m_action == HealthExplanation::Action::CheckConfiguration;
    for (QPushButton *b : {m_sync, m_reconnect, m_edit, m_disconnect, m_attentionAction}) {
        b->setEnabled(m_canWrite);
        b->setToolTip(m_canWrite ? QString() : m_readOnlyReason);
    }
    m_whyAction->setEnabled(actionable && m_canWrite);
    m_whyAction->setToolTip(m_canWrite || !actionable ? QString() : m_readOnlyReason);
    m_disconnect->setEnabled(m_canWrite && m_connection.status != ConnectionStatus::Disconnected);
    if (m_cooldownLeft > 0)
        m_sync->setEnabled(false);
}

void ConnectionOverview::setCanWrite(bool canWrite, const QString &reason)
{
    m_canWrite = canWrite;
    m_readOnlyReason = reason;
    updateWriteState();
}

void ConnectionOverview::startSyncCooldown(int seconds)
{
    m_cooldownLeft = qMax(0, seconds);
    if (m_cooldownLeft == 0) {
        m_cooldown.stop();
        m_sync->setText(tr("Sync now"));
        updateWriteState();
        return;
    }
    m_sync->setEnabled(false);
    m_sync->setText(tr("Sync now (%1 s)").arg(m_cooldownLeft));
    m_cooldown.start();
}

void ConnectionOverview::setCadences(const QHash<QString, qint64> &secondsByType)
{
    m_cadences = secondsByType;
    setConnection(m_connection);
}

QString ConnectionOverview::nextSyncText(const Connection &c) const
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

} // namespace cc
