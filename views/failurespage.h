#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace cc {

class ConnectionsModel;
class ConnectorIcons;
class FailuresModel;

// Failures across the workspace: failed and partial runs of the last 7, 30 or
// 90 days clustered by error reason and connector type, sortable; choosing a
// cluster lists the affected connections; activating one opens it.
class FailuresPage : public QWidget
{
    Q_OBJECT

public:
    FailuresPage(FailuresModel *failures, ConnectionsModel *connections,
        const ConnectorIcons *icons, QWidget *parent = nullptr);

    void setProgress(int done, int total); // total 0: hide
    void setSource(const QString &text);
    QTableView *table() const { return m_table; }
    QListWidget *affected() const { return m_affected; }

Q_SIGNALS:
    void openConnectionRequested(const QString &id);
    void refreshRequested();

private:
    void showAffected();

    FailuresModel *const m_failures;
    ConnectionsModel *const m_connections;
    const ConnectorIcons *const m_icons;
    QSortFilterProxyModel *const m_sorted;
    QComboBox *const m_range;
    QProgressBar *const m_progress;
    QLabel *const m_source;
    QLabel *const m_total;
    QTableView *const m_table;
    QListWidget *const m_affected;
};

} // namespace cc
