#include "connectionnotifier.h"

#include "connectionsmodel.h"
#include "healthbadge.h"

#include <QSystemTrayIcon>

namespace cc {

ConnectionNotifier::ConnectionNotifier(ConnectionsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_merge.setSingleShot(true);
    m_merge.setInterval(4000);
    connect(&m_merge, &QTimer::timeout, this, &ConnectionNotifier::flush);
    connect(model, &QAbstractItemModel::modelReset, this, &ConnectionNotifier::snapshot);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConnectionNotifier::snapshot);
    connect(model, &ConnectionsModel::rowsChanged, this, &ConnectionNotifier::changed);
    snapshot();
}

void ConnectionNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_turnedBad.clear();
        m_recovered.clear();
        m_merge.stop();
    }
}

void ConnectionNotifier::snapshot()
{
    // New rows and a fresh workspace are the baseline, not news.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Connection &c = m_model->connectionAt(r);
        if (!m_last.contains(c.id))
            m_last.insert(c.id, c.health);
    }
}

void ConnectionNotifier::changed(const QVector<int> &rows)
{
    for (int r : rows) {
        const Connection &c = m_model->connectionAt(r);
        const Health before = m_last.value(c.id, c.health);
        // Remember the last settled health: syncing is a passage, not a state.
        if (c.health != Health::Syncing)
            m_last.insert(c.id, c.health);
        if (!m_enabled)
            continue;
        // Syncing in between does not count as recovering.
        const bool was = HealthBadge(before).isFailing();
        const bool is = HealthBadge(c.health).isFailing();
        if (!was && is) {
            m_recovered.removeAll(c.name);
            if (!m_turnedBad.contains(c.name))
                m_turnedBad << c.name;
        } else if (was && !is && c.health != Health::Syncing) {
            m_turnedBad.removeAll(c.name);
            if (!m_recovered.contains(c.name))
                m_recovered << c.name;
        }
    }
    if (!m_turnedBad.isEmpty() || !m_recovered.isEmpty())
        m_merge.start(); // restart: a burst becomes one notification
}

void ConnectionNotifier::flush()
{
    if (!m_enabled)
        return;
    auto list = [](const QStringList &names) {
        return names.size() <= 3 ? names.join(QStringLiteral(", "))
                                 : tr("%1 and %2 more")
                                       .arg(names.mid(0, 3).join(QStringLiteral(", ")))
                                       .arg(names.size() - 3);
    };
    QString title;
    QStringList body;
    if (!m_turnedBad.isEmpty()) {
        title = m_turnedBad.size() == 1
            ? tr("“%1” needs attention").arg(m_turnedBad.first())
            : tr("%1 connections need attention").arg(m_turnedBad.size());
        body << tr("Failing or needing re-authorization: %1.").arg(list(m_turnedBad));
    }
    if (!m_recovered.isEmpty()) {
        if (title.isEmpty())
            title = m_recovered.size() == 1
                ? tr("“%1” recovered").arg(m_recovered.first())
                : tr("%1 connections recovered").arg(m_recovered.size());
        body << tr("Recovered: %1.").arg(list(m_recovered));
    }
    m_turnedBad.clear();
    m_recovered.clear();
    const QString text = body.join(u' ');
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10000);
    Q_EMIT notified(title, text);
}

} // namespace cc
