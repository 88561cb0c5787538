#include "connectiondetailpane.h"

#include "connectionsmodel.h"
#include "healthbadge.h"
#include "healthbadgedelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
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

ConnectionDetailPane::ConnectionDetailPane(ConnectionsModel *model, QWidget *parent)
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

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    outer->addWidget(scroll, 1);
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
    m_body->parentWidget()->parentWidget()->setVisible(row >= 0);
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
    set("detailStatus", c.statusText);
    set("detailConnector", m_model->connectorName(c.connectorType));
    set("detailScope", c.scope == u"personal" ? tr("Personal") : tr("Workspace"));
    set("detailOwner",
        c.scope == u"personal"
            ? (c.ownerUserId.isEmpty() ? tr("No owner") : m_model->ownerName(c.ownerUserId))
            : QString());
    set("detailAccount",
        c.handle.isEmpty() ? QString() : QStringLiteral("@%1 (%2)").arg(c.handle, c.displayName));
    set("detailLastSynced",
        c.lastSyncedAtMs > 0 ? ConnectionsModel::relativeTime(c.lastSyncedAtMs, m_model->now())
                + QStringLiteral(" — ") + m_model->exactTime(c.lastSyncedAtMs)
                             : tr("Never"));
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
    m_lastError->setPlainText(c.lastError.isEmpty() ? QString() : c.lastError);
    m_lastError->setPlaceholderText(tr("No error."));
    m_copy->setEnabled(!c.lastError.isEmpty());
}

void ConnectionDetailPane::setCanWrite(bool canWrite, const QString &reason)
{
    m_canWrite = canWrite;
    m_readOnlyReason = reason;
    refresh();
}

} // namespace cc
