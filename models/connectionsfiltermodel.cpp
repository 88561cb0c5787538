#include "connectionsfiltermodel.h"

#include "connectionsmodel.h"
#include "healthbadge.h"

#include <algorithm>

namespace cc {

ConnectionsFilterModel::ConnectionsFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void ConnectionsFilterModel::setConnectionsModel(ConnectionsModel *source)
{
    if (m_source)
        QObject::disconnect(m_source, nullptr, this, nullptr);
    beginResetModel();
    m_source = source;
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, &ConnectionsFilterModel::sourceReset);
    connect(source, &QAbstractItemModel::rowsInserted, this, &ConnectionsFilterModel::sourceReset);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ConnectionsFilterModel::sourceReset);
    connect(
        source, &ConnectionsModel::rowsChanged, this, &ConnectionsFilterModel::sourceRowsChanged);
    connect(
        source, &QAbstractItemModel::dataChanged, this, &ConnectionsFilterModel::sourceDataChanged);
    resortAndFilter();
    endResetModel();
    Q_EMIT countsChanged();
}

bool ConnectionsFilterModel::acceptsIgnoringHealth(int row) const
{
    if (!acceptsIgnoringFilters(row))
        return false;
    return m_needle.isEmpty() || m_source->searchIndex().matches(row, m_matcher, m_typeHits);
}

bool ConnectionsFilterModel::acceptsIgnoringFilters(int row) const
{
    const Connection &c = m_source->connectionAt(row);
    if (!m_type.isEmpty() && c.connectorType != m_type)
        return false;
    if (m_scope != Scope::Unknown && c.scope != m_scope)
        return false;
    return m_category.isEmpty() || m_source->categoryOf(c.connectorType) == m_category;
}

bool ConnectionsFilterModel::acceptsHealth(int row) const
{
    return m_health.isEmpty() || m_health.contains(m_source->connectionAt(row).health);
}

bool ConnectionsFilterModel::lessThan(int a, int b) const
{
    int cmp = 0;
    if (m_sortColumn == ConnectionsModel::NameColumn) {
        const SearchIndex &keys = m_source->searchIndex();
        cmp = keys.nameKeyAt(a).compare(keys.nameKeyAt(b));
    } else if (!m_numberKeys.empty()) {
        const qint64 x = m_numberKeys[size_t(a)];
        const qint64 y = m_numberKeys[size_t(b)];
        cmp = x < y ? -1 : (x > y ? 1 : 0);
    } else {
        cmp = m_textKeys[size_t(a)].compare(m_textKeys[size_t(b)]);
    }
    if (cmp == 0)
        return a < b; // stable, and the same order every time
    return m_sortOrder == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
}

bool ConnectionsFilterModel::isRankColumn() const
{
    return m_sortColumn == ConnectionsModel::ConnectorColumn
        || m_sortColumn == ConnectionsModel::StatusColumn
        || m_sortColumn == ConnectionsModel::OwnerColumn;
}

QString ConnectionsFilterModel::rankText(int row) const
{
    return m_source->data(m_source->index(row, m_sortColumn), ConnectionsModel::SortRole)
        .toString();
}

bool ConnectionsFilterModel::computeKey(int r)
{
    const Connection &c = m_source->connectionAt(r);
    switch (m_sortColumn) {
    case ConnectionsModel::HealthColumn:
        m_numberKeys[size_t(r)] = HealthBadge(c.health).severity();
        return true;
    case ConnectionsModel::LastSyncedColumn:
        m_numberKeys[size_t(r)] = c.lastSyncedAtMs;
        return true;
    case ConnectionsModel::NameColumn:
        return true; // compared straight from the search index
    case ConnectionsModel::LastErrorColumn:
        m_textKeys[size_t(r)] = c.lastError.toLower();
        return true;
    default: {
        const auto it = m_ranks.constFind(rankText(r));
        if (it == m_ranks.constEnd())
            return false;
        m_numberKeys[size_t(r)] = *it;
        return true;
    }
    }
}

void ConnectionsFilterModel::resortAll()
{
    const int n = m_source ? m_source->rowCount() : 0;
    m_textKeys.clear();
    m_numberKeys.clear();
    m_ranks.clear();
    if (n > 0) {
        // The name column compares straight from the search index.
        if (m_sortColumn == ConnectionsModel::LastErrorColumn)
            m_textKeys.resize(size_t(n));
        else if (m_sortColumn != ConnectionsModel::NameColumn)
            m_numberKeys.resize(size_t(n));
        if (isRankColumn()) {
            // Few distinct values (connector names, statuses, owners): sort
            // them once, then sort rows by integer rank. One pass gives each
            // row the slot of its raw value; display keys are made once per slot.
            QHash<QString, int> slotOf; // raw value -> slot
            QStringList keyOfSlot; // slot -> display key
            for (int r = 0; r < n; ++r) {
                const Connection &c = m_source->connectionAt(r);
                const QString raw = m_sortColumn == ConnectionsModel::ConnectorColumn
                    ? c.connectorType
                    : m_sortColumn == ConnectionsModel::StatusColumn
                    ? c.statusText()
                    : c.scopeText() + u'\x1f' + c.ownerUserId();
                auto it = slotOf.constFind(raw);
                if (it == slotOf.constEnd()) {
                    it = slotOf.insert(raw, int(keyOfSlot.size()));
                    keyOfSlot << rankText(r);
                }
                m_numberKeys[size_t(r)] = *it;
            }
            QStringList distinct = keyOfSlot;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            for (qsizetype i = 0; i < distinct.size(); ++i)
                m_ranks.insert(distinct.at(i), i);
            std::vector<qint64> rankOfSlot(size_t(keyOfSlot.size()));
            for (qsizetype slot = 0; slot < keyOfSlot.size(); ++slot)
                rankOfSlot[size_t(slot)] = m_ranks.value(keyOfSlot.at(slot));
            for (int r = 0; r < n; ++r)
                m_numberKeys[size_t(r)] = rankOfSlot[size_t(m_numberKeys[size_t(r)])];
        } else {
            for (int r = 0; r < n; ++r)
                computeKey(r);
        }
    }
    m_sorted.resize(size_t(n));
    for (int r = 0; r < n; ++r)
        m_sorted[size_t(r)] = r;
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return lessThan(a, b); });
    m_sortedPos.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        m_sortedPos[size_t(m_sorted[size_t(i)])] = i;
}

void ConnectionsFilterModel::deriveVisible()
{
    m_visibleHealth = m_health;
    m_rows.clear();
    m_counts.clear();
    for (int r : m_base) {
        const Health h = m_source->connectionAt(r).health;
        ++m_counts[h];
        if (m_health.isEmpty() || m_health.contains(h))
            m_rows.push_back(r);
    }
    rebuildInverse();
}

void ConnectionsFilterModel::rebuildInverse()
{
    m_inverse.assign(size_t(m_source ? m_source->rowCount() : 0), -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_inverse[size_t(m_rows[i])] = int(i);
}

void ConnectionsFilterModel::prepareSearch()
{
    // Type numbers change when the index is rebuilt: recompute per pass.
    m_matcher.setPattern(m_needle);
    m_typeHits = m_needle.isEmpty() || !m_source
        ? std::vector<char>()
        : m_source->searchIndex().typesMatching(m_needle, m_source->connectorNames());
}

void ConnectionsFilterModel::resortAndFilter()
{
    resortAll();
    prepareSearch();
    m_base.clear();
    m_matchPos.clear(); // positions are only kept by the search's own passes
    m_ahead.clear();
    for (int r : m_sorted) {
        if (acceptsIgnoringHealth(r))
            m_base.push_back(r);
    }
    deriveVisible();
}

int ConnectionsFilterModel::matchFrom(int row, qsizetype from) const
{
    const SearchIndex &keys = m_source->searchIndex();
    if (m_needle.size() == 1) {
        // The key first, even when the type matches too: one character is
        // found cheaply, and a known place in the key lets the next typed
        // character be checked there.
        const int at = keyMatchFrom(keys.keyAt(row), from);
        if (at != kNoMatch)
            return at;
        return keys.typeMatches(row, m_matcher, m_typeHits) ? kTypeOnlyMatch : kNoMatch;
    }
    // Longer: the type first, one lookup, and then the key need not be searched.
    if (keys.typeMatches(row, m_matcher, m_typeHits))
        return kTypeOnlyMatch;
    return keyMatchFrom(keys.keyAt(row), from);
}

int ConnectionsFilterModel::keyMatchFrom(QStringView key, qsizetype from) const
{
    if (m_needle.size() != 1) {
        const qsizetype at = m_matcher.indexIn(key, from);
        return at >= 0 ? int(at) : kNoMatch;
    }
    // One character: most keys that hold it hold it early (the first letter
    // of a name), so look there inline before the vectorised search.
    const QChar wanted = m_needle.front();
    const qsizetype early = std::min<qsizetype>(key.size(), from + 16);
    for (qsizetype i = std::max<qsizetype>(from, 0); i < early; ++i) {
        if (key[i] == wanted)
            return int(i);
    }
    const qsizetype at = early < key.size() ? key.indexOf(wanted, early) : -1;
    return at >= 0 ? int(at) : kNoMatch;
}

void ConnectionsFilterModel::refilter(bool narrowOnly)
{
    if (!m_source)
        return;
    prepareSearch();
    // Reused between keystrokes: no fresh pages to fault in per keystroke.
    std::vector<int> &next = m_scratchRows;
    std::vector<int> &positions = m_scratchPositions;
    next.clear();
    positions.clear();
    const SearchIndex &keys = m_source->searchIndex();
    if (narrowOnly && m_extendsNeedle && m_matchPos.size() == m_base.size()
        && m_ahead.size() == m_base.size() && m_matchNeedleLength < m_needle.size()) {
        // The search grew by typed characters and every shown row matched the
        // shorter one at a known place, so only the typed characters need
        // checking there. Otherwise the row can only match further on.
        const QStringView typed = QStringView(m_needle).mid(m_matchNeedleLength);
        const qsizetype typedFrom = m_matchNeedleLength;
        // Each row's look-ahead holds the characters after its match, so the
        // typed ones are checked without reading the row's text, when they
        // fall inside it. Otherwise this pass reads the text and refills the
        // look-ahead after the whole new needle.
        const qsizetype k = m_matchNeedleLength - m_aheadFrom;
        bool fast = k >= 0 && k + typed.size() <= SearchIndex::kLookahead;
        quint64 mask = 0;
        quint64 want = 0;
        for (qsizetype t = 0; fast && t < typed.size(); ++t) {
            const char16_t u = typed[t].unicode();
            fast = u <= 0xff;
            mask |= quint64(0xff) << (8 * (k + t));
            want |= quint64(u & 0xff) << (8 * (k + t));
        }
        const quint64 need = quint64(k + typed.size());
        const qsizetype aheadFrom = fast ? m_aheadFrom : m_needle.size();
        const size_t n = m_base.size();
        // Rows that still match where they did need nothing written. A match
        // that moved is rewritten in place, and the row list is only copied
        // from the first row that no longer matches, so a keystroke that
        // keeps every row is one read-only pass over the look-ahead. The
        // positions and the look-ahead are compacted in place.
        bool dropped = false;
        size_t kept = 0;
        for (size_t i = 0; i < n; ++i) {
            const quint64 ahead = m_ahead[i];
            if (fast && (ahead >> 56) >= need && (ahead & mask) == want) {
                if (dropped) {
                    next.push_back(m_base[i]);
                    m_matchPos[kept] = m_matchPos[i];
                    m_ahead[kept] = ahead;
                }
                ++kept;
                continue;
            }
            const int r = m_base[i];
            const int was = m_matchPos[i];
            int at = kNoMatch;
            if (was >= 0)
                at = keys.hasAt(r, was + typedFrom, typed) ? was : matchFrom(r, was + 1);
            else
                at = matchFrom(r, 0);
            if (at == kNoMatch) {
                if (!dropped) {
                    dropped = true;
                    next.reserve(n);
                    next.assign(m_base.begin(), m_base.begin() + qsizetype(i));
                }
                continue;
            }
            if (dropped)
                next.push_back(r);
            m_matchPos[kept] = at;
            m_ahead[kept] = at >= 0 ? keys.lookahead(r, at + aheadFrom) : 0;
            ++kept;
        }
        m_matchPos.resize(kept);
        m_ahead.resize(kept);
        m_aheadFrom = aheadFrom;
        m_matchNeedleLength = m_needle.size();
        if (!dropped) {
            // The same rows: nothing to tell the view.
            if (m_health != m_visibleHealth)
                showBase(nullptr);
            return;
        }
        showBase(&next);
        return;
    } else {
        const std::vector<int> &from = narrowOnly ? m_base : m_sorted;
        next.reserve(from.size());
        const bool searching = !m_needle.isEmpty();
        m_ahead.clear();
        m_aheadFrom = m_needle.size();
        if (searching) {
            positions.reserve(from.size());
            m_ahead.reserve(from.size());
        }
        for (int r : from) {
            if (!acceptsIgnoringFilters(r))
                continue;
            if (!searching) {
                next.push_back(r);
                continue;
            }
            const int at = matchFrom(r, 0);
            if (at != kNoMatch) {
                next.push_back(r);
                positions.push_back(at);
                m_ahead.push_back(at >= 0 ? keys.lookahead(r, at + m_aheadFrom) : 0);
            }
        }
    }
    m_matchPos.swap(positions);
    m_matchNeedleLength = m_needle.size();
    // The same rows (typing "hubs" after "hub"): tell the view nothing, so
    // the selection, the current row and the scroll position stay.
    if (next == m_base && m_health == m_visibleHealth)
        return;
    showBase(&next);
}

void ConnectionsFilterModel::showBase(std::vector<int> *next)
{
    beginResetModel();
    if (next)
        m_base.swap(*next);
    deriveVisible();
    endResetModel();
    Q_EMIT countsChanged();
}

void ConnectionsFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle) {
        m_search = text; // a space typed after a word: the same search
        return;
    }
    // A longer search can only match rows the shorter one matched.
    const bool narrowOnly = !m_needle.isEmpty() && needle.contains(m_needle);
    m_extendsNeedle = narrowOnly && needle.startsWith(m_needle);
    m_search = text;
    m_needle = needle;
    refilter(narrowOnly);
}

void ConnectionsFilterModel::setHealthFilter(const QSet<Health> &health)
{
    if (health == m_health)
        return;
    m_health = health;
    beginResetModel();
    deriveVisible();
    endResetModel();
    Q_EMIT countsChanged();
}

void ConnectionsFilterModel::setCategoryFilter(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
}

void ConnectionsFilterModel::setConnectorTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    refilter();
}

void ConnectionsFilterModel::setScopeFilter(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    refilter();
}

void ConnectionsFilterModel::clearFilters()
{
    m_search.clear();
    m_needle.clear();
    m_health.clear();
    m_category.clear();
    m_type.clear();
    m_scope = Scope::Unknown;
    refilter();
}

QModelIndex ConnectionsFilterModel::indexOfId(const QString &id, int column) const
{
    if (!m_source)
        return {};
    const int src = m_source->rowOf(id);
    if (src < 0 || size_t(src) >= m_inverse.size() || m_inverse[size_t(src)] < 0)
        return {};
    return index(m_inverse[size_t(src)], column);
}

void ConnectionsFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source || column < 0 || column >= ConnectionsModel::ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

void ConnectionsFilterModel::relayout()
{
    // Moves rows without resetting: selections and the current index follow.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(before.size());
    for (const QModelIndex &i : before)
        sources << mapToSource(i);
    resortAndFilter();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &s : std::as_const(sources))
        after << mapFromSource(s);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT countsChanged();
}

bool ConnectionsFilterModel::inSortedPlace(int row) const
{
    const int pos = m_sortedPos[size_t(row)];
    if (pos > 0 && lessThan(row, m_sorted[size_t(pos - 1)]))
        return false;
    if (size_t(pos + 1) < m_sorted.size() && lessThan(m_sorted[size_t(pos + 1)], row))
        return false;
    return true;
}

void ConnectionsFilterModel::sourceReset()
{
    beginResetModel();
    resortAndFilter();
    endResetModel();
    Q_EMIT countsChanged();
}

void ConnectionsFilterModel::sourceRowsChanged(const QVector<int> &rows)
{
    prepareSearch();
    m_matchPos.clear(); // a changed row's text may have moved its match
    m_ahead.clear();
    bool needLayout = false;
    bool countsMoved = false;
    int lo = INT_MAX;
    int hi = -1;
    for (int r : rows) {
        // Refresh this row's sort key, then check its neighbours.
        if (!computeKey(r)) {
            needLayout = true; // a value the ranks have not seen
            break;
        }
        const bool inBase = std::binary_search(m_base.begin(), m_base.end(), r,
            [this](int a, int b) { return m_sortedPos[size_t(a)] < m_sortedPos[size_t(b)]; });
        const bool wasVisible = m_inverse[size_t(r)] >= 0;
        if (inBase != acceptsIgnoringHealth(r) || !inSortedPlace(r)
            || wasVisible != (acceptsIgnoringHealth(r) && acceptsHealth(r))) {
            needLayout = true;
            break;
        }
        countsMoved = true; // health may have changed within the same rows
        if (wasVisible) {
            lo = std::min(lo, m_inverse[size_t(r)]);
            hi = std::max(hi, m_inverse[size_t(r)]);
        }
    }
    if (needLayout) {
        relayout();
        return;
    }
    if (countsMoved) {
        m_counts.clear();
        for (int r : m_base)
            ++m_counts[m_source->connectionAt(r).health];
        Q_EMIT countsChanged();
    }
    if (hi >= 0)
        Q_EMIT dataChanged(index(lo, 0), index(hi, ConnectionsModel::ColumnCount - 1));
}

void ConnectionsFilterModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Column-wide refreshes (relative times, connector or member names). Row
    // changes arrive through rowsChanged, which knows exactly which rows.
    const bool wholeColumn = topLeft.row() == 0 && bottomRight.row() == m_source->rowCount() - 1
        && topLeft.column() == bottomRight.column();
    if (!wholeColumn)
        return;
    // New connector names: search matches them, so a search on screen is redone.
    if (topLeft.column() == ConnectionsModel::ConnectorColumn && !m_needle.isEmpty())
        refilter();
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(
            index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()));
    }
}

QModelIndex ConnectionsFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_source->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ConnectionsFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_inverse.size())
        return {};
    const int row = m_inverse[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex ConnectionsFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size()
        || column >= ConnectionsModel::ColumnCount) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex ConnectionsFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ConnectionsFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ConnectionsFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : ConnectionsModel::ColumnCount;
}

QVariant ConnectionsFilterModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace cc
