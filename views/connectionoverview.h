#pragma once

#include "healthexplanation.h"
#include "records.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc {

class BadgeLabel;
class ConnectionsModel;
class MessageLabel;

// The Overview tab of the selected connection: what needs doing (the one
// attention rule, HealthBadge::needsAttention, with the action that fits),
// the actions, "Why this badge?", every field with "next sync ≈", the last
// run, and the full last error with Copy. It shows the Connection it is given
// and emits what the user asked for; every button is connected once.
class ConnectionOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionOverview(const ConnectionsModel *model, QWidget *parent = nullptr);

    void setConnection(const Connection &connection);
    // A viewer may only read: write actions are disabled, and say why.
    void setCanWrite(bool canWrite, const QString &reason);
    // Sync now is refused for a while (429 / 503): disabled with a countdown.
    void startSyncCooldown(int seconds);
    // The connector types' cadences in seconds ("next sync ≈", rate-limit retries).
    void setCadences(const QHash<QString, qint64> &secondsByType);

Q_SIGNALS:
    void reconnectRequested();
    void syncRequested();
    void editRequested();
    void disconnectRequested();
    void exportRequested();

private:
    QString nextSyncText(const Connection &c) const;
    void runExplanationAction();
    void updateWriteState();

    const ConnectionsModel *const m_model;
    QFrame *const m_attention;
    MessageLabel *const m_attentionText;
    QPushButton *const m_attentionAction;
    QPushButton *const m_sync;
    QPushButton *const m_reconnect;
    QPushButton *const m_edit;
    QPushButton *const m_disconnect;
    QGroupBox *const m_whyBox;
    QLabel *const m_why;
    QPushButton *const m_whyAction;
    QPushButton *const m_export;
    QLabel *m_whyAdvice = nullptr; // what to do, in a sentence
    BadgeLabel *const m_badge;
    QLabel *const m_status;
    QLabel *const m_connector;
    QLabel *const m_scope;
    QLabel *const m_owner;
    QLabel *const m_account;
    QLabel *const m_lastSynced;
    QLabel *const m_nextSync;
    QLabel *const m_syncing;
    QLabel *const m_created;
    QLabel *const m_id;
    QLabel *const m_runStatus;
    QLabel *const m_runTrigger;
    QLabel *const m_runStarted;
    QLabel *const m_runDuration;
    QLabel *const m_runStreams;
    QLabel *const m_runRecords;
    QLabel *const m_runReason;
    QPlainTextEdit *const m_lastError;
    QPushButton *const m_copyError;
    QTimer m_cooldown;
    int m_cooldownLeft = 0;
    QHash<QString, qint64> m_cadences;
    Connection m_connection;
    HealthExplanation::Action m_action = HealthExplanation::Action::None;
    bool m_canWrite = true;
    QString m_readOnlyReason;
};

} // namespace cc
