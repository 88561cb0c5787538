#pragma once

#include "platformrecords.h"

#include <QAbstractTableModel>
#include <functional>

namespace cc {

// The workspace's data sources as the server lists them, in the server's
// order, fetched a page at a time through Qt's lazy-list idiom: a view asks
// canFetchMore() / fetchMore() as the user scrolls, and the model asks its
// fetcher for the next page — never more than one request in flight.
//
// Every restart() (a new filter, another workspace, F5) starts a new
// generation: the rows go, and a page that answers for an older generation is
// refused by appendPage(), so a superseded search's late answer is never shown.
// The model never talks to the network itself (models/ sees no client): the
// fetcher is the controller's.
class DataSourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        StrategyColumn,
        HealthColumn,
        LastSyncColumn,
        LastStatusColumn,
        EventsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        HealthRole, // a HealthBadge (datasourcebadge.h)
        SourceTypeRole, // the wire value, for the type's icon
        NeedsAttentionRole,
    };

    // Asks for the page after `token` (0: the first) of `generation`; the
    // answer comes back through appendPage() or failPage().
    using Fetcher = std::function<void(quint64 generation, qint64 token)>;

    explicit DataSourcesModel(QObject *parent = nullptr);

    void setFetcher(Fetcher fetcher) { m_fetcher = std::move(fetcher); }
    // Drops every row and starts over (nothing is fetched until fetchMore()).
    void restart();
    // Forgets everything, and fetches nothing until the next restart().
    void clear();
    quint64 generation() const { return m_generation; }

    // false (and nothing changes) when the page is for an older generation.
    bool appendPage(quint64 generation, const PlatformPage<DataSource> &page);
    bool failPage(quint64 generation, const QString &message);
    // Forgets a failed page's error, so the next fetchMore() asks again.
    void retry();

    // Replaces the row with the same id (after an edit, a status or a sync);
    // a row the model has not listed is ignored.
    void update(const DataSource &row);
    void remove(const QString &id);

    bool isLoading() const { return m_inFlight; }
    bool hasMore() const { return m_hasMore; }
    // At least one page of this generation has arrived (an empty list is an
    // answer; a cleared or restarted model has none yet).
    bool hasAnswer() const { return m_answered; }
    QString lastError() const { return m_error; }
    std::optional<qint64> total() const { return m_total; }
    int rowOf(const QString &id) const;
    const DataSource &sourceAt(int row) const { return m_rows.at(row); }

    // "3 h ago" is relative to this clock (ms since epoch); tests pin it.
    void setNow(qint64 nowMs);
    void setUtc(bool utc);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString sourceTypeName(const QString &wire);
    static QString strategyText(const DataSource &s);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page failed: the message says what happened; retry() and fetch again.
    void loadFailed(const QString &message);
    void pageLoaded();

private:
    void reset(bool fetchable);

    QVector<DataSource> m_rows;
    QHash<QString, int> m_rowOf; // id → row, so a page's ids are found at once
    Fetcher m_fetcher;
    quint64 m_generation = 0;
    qint64 m_token = 0;
    std::optional<qint64> m_total;
    bool m_hasMore = false;
    bool m_inFlight = false;
    bool m_answered = false;
    QString m_error;
    qint64 m_nowMs = 0;
    bool m_utc = false;
};

} // namespace cc
