#pragma once

#include "records.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QSet>
#include <QStringMatcher>
#include <vector>

namespace cc {

class ConnectionsModel;

// Search, filters, sorting and health counts in front of ConnectionsModel,
// built for 100,000 rows (QSortFilterProxyModel takes seconds per keystroke
// there). It keeps every source row in sort order once, so a filter change is
// one linear pass plus one model reset (none when the rows stay the same), and
// a search that extends the previous one only narrows the rows already shown,
// checking typed characters where each row matched before. A poll that changes rows in place
// costs a neighbour check per changed row; rows move only when their sort key
// or filter membership changed.
//
// Search covers name, connector type (as spelled by the platform and as
// displayed), id and last error (case-insensitive).
// Filters: health (several at once; none = all), category, connector type and
// scope. Counts per health value cover the rows that pass every filter but the
// health filter, so the summary bar can offer them as one-click filters.
class ConnectionsFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ConnectionsFilterModel(QObject *parent = nullptr);

    void setConnectionsModel(ConnectionsModel *source);
    ConnectionsModel *connectionsModel() const { return m_source; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setHealthFilter(const QSet<Health> &health);
    QSet<Health> healthFilter() const { return m_health; }
    void setCategoryFilter(const QString &category);
    void setConnectorTypeFilter(const QString &type);
    // Scope::Unknown: any scope.
    void setScopeFilter(Scope scope);
    void clearFilters();

    int countFor(Health health) const { return m_counts.value(health, 0); }
    // Rows passing every filter but health.
    int countIgnoringHealth() const { return int(m_base.size()); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QModelIndex indexOfId(const QString &id, int column = 0) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

Q_SIGNALS:
    void countsChanged();

private:
    bool acceptsIgnoringHealth(int sourceRow) const;
    // Category, connector type and scope; not search, not health.
    bool acceptsIgnoringFilters(int sourceRow) const;
    // Where m_needle first occurs in the row's search key at or after
    // `from`, or kTypeOnlyMatch when the row's connector type contains it
    // (a one-character needle looks at the key first, a longer one at the
    // type first), else kNoMatch.
    int matchFrom(int sourceRow, qsizetype from) const;
    // Where m_needle first occurs in `key` at or after `from`, else kNoMatch.
    int keyMatchFrom(QStringView key, qsizetype from) const;
    static constexpr int kNoMatch = -1;
    static constexpr int kTypeOnlyMatch = -2;
    bool acceptsHealth(int sourceRow) const;
    void resortAll();
    // resortAll(), then m_base / m_rows from the new order; the caller brackets it in a
    // reset or a layout change.
    void resortAndFilter();
    // Recomputes m_base / m_rows from m_sorted (or narrows m_base when
    // `narrowOnly`), resetting the model when the visible rows may differ.
    void refilter(bool narrowOnly = false);
    // Resets the model to show `next` (when given) as m_base, with the health
    // filter applied again.
    void showBase(std::vector<int> *next);
    // Computes m_typeHits for m_needle; every filtering pass starts with it.
    void prepareSearch();
    void deriveVisible();
    void rebuildInverse();
    bool inSortedPlace(int sourceRow) const;
    bool lessThan(int a, int b) const;
    // Computes row's sort key; false when a rank column meets a new value.
    bool computeKey(int row);
    QString rankText(int row) const;
    bool isRankColumn() const;
    void sourceReset();
    void sourceRowsChanged(const QVector<int> &rows);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void relayout();

    ConnectionsModel *m_source = nullptr;
    QString m_search;
    QString m_needle; // lower-cased m_search
    std::vector<char> m_typeHits; // per connector type: contains m_needle
    QStringMatcher m_matcher; // m_needle, prepared once per keystroke
    bool m_extendsNeedle = false; // m_needle = the previous one + typed characters
    // Per m_base row: matchFrom(row, 0) for m_needle, when the last search
    // pass kept it (empty otherwise). Lets a typed character check one place.
    std::vector<int> m_matchPos;
    qsizetype m_matchNeedleLength = 0; // m_needle's length when m_matchPos was made
    // Per m_base row: SearchIndex::lookahead(row, match + m_aheadFrom), or 0
    // for a type-only match; kept alongside m_matchPos (empty otherwise).
    std::vector<quint64> m_ahead;
    qsizetype m_aheadFrom = 0;
    std::vector<int> m_scratchRows; // refilter()'s buffers, kept between keystrokes
    std::vector<int> m_scratchPositions;
    QSet<Health> m_health;
    QSet<Health> m_visibleHealth; // the health filter m_rows was derived with
    QString m_category;
    QString m_type;
    Scope m_scope = Scope::Unknown;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_sorted; // every source row, in sort order
    std::vector<int> m_sortedPos; // source row -> position in m_sorted
    std::vector<QString> m_textKeys; // per source row, for free-text sort columns
    QHash<QString, qint64> m_ranks; // distinct key -> rank, for low-cardinality columns
    std::vector<qint64> m_numberKeys; // per source row, for numeric sort columns
    std::vector<int> m_base; // rows passing all filters but health, sorted
    std::vector<int> m_rows; // visible rows, sorted: proxy row -> source row
    std::vector<int> m_inverse; // source row -> proxy row or -1
    QHash<Health, int> m_counts;
};

} // namespace cc
