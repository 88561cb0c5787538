#pragma once

#include "records.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cc {

class ConnectionsModel;

// Everything about the selected connection: every field, the last run's
// summary, and the full last error with a Copy button. actionsLayout() is the
// room the connect / reconnect flows put their buttons in.
class ConnectionDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionDetailPane(ConnectionsModel *model, QWidget *parent = nullptr);

    void showConnection(const QString &id); // empty: nothing selected
    QString connectionId() const { return m_id; }
    QHBoxLayout *actionsLayout() const { return m_actions; }
    QString fieldText(const QString &objectName) const;
    // Refreshes from the model (the row may have changed under a poll).
    void refresh();
    // A viewer may only read: write actions are disabled, and say why.
    void setCanWrite(bool canWrite, const QString &reason = {});

Q_SIGNALS:
    void lastErrorCopied(const QString &text);
    void reconnectRequested(const QString &id);
    void syncRequested(const QString &id);
    void editRequested(const QString &id);
    void disconnectRequested(const QString &id);

private:
    QLabel *addField(const QString &label, const QString &objectName);

    ConnectionsModel *const m_model;
    QString m_id;
    QLabel *const m_title;
    QLabel *const m_placeholder;
    QWidget *const m_body;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_runForm = nullptr;
    QPlainTextEdit *const m_lastError;
    QPushButton *const m_copy;
    QHBoxLayout *const m_actions;
    class BadgeLabel *m_badge = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QWidget *m_attention = nullptr;
    QLabel *m_attentionText = nullptr;
    bool m_canWrite = true;
    QString m_readOnlyReason;
};

} // namespace cc
