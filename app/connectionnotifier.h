#pragma once

#include "records.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QSystemTrayIcon;

namespace cc {

class ConnectionsModel;

// Desktop notifications when a connection turns error or needs_reauth, and
// again when it recovers. Changes that arrive close together are merged into
// one notification; the first load of a workspace never notifies. Shown with
// QSystemTrayIcon where a tray exists; notified() is emitted either way (the
// status bar shows it too). Can be switched off.
class ConnectionNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionNotifier(ConnectionsModel *model, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setMergeWindowMs(int ms) { m_merge.setInterval(ms); }
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }
    // Transitions are waiting out the merge window (a notification will follow).
    bool isPending() const { return m_merge.isActive(); }

Q_SIGNALS:
    void notified(const QString &title, const QString &body);

private:
    void snapshot();
    void changed(const QVector<int> &rows);
    void flush();

    ConnectionsModel *const m_model;
    QHash<QString, Health> m_last;
    QStringList m_turnedBad;
    QStringList m_recovered;
    QTimer m_merge;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
};

} // namespace cc
