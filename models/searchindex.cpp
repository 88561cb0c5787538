#include "searchindex.h"

#include <algorithm>

namespace cc {

namespace {

// Appends the lower-cased `text` to `out`. ASCII (ids, most names) is lowered
// in place; anything else goes through QString::toLower, so it matches the
// needle's lowering exactly (which may change the length).
void appendLower(QString &out, const QString &text)
{
    const qsizetype at = out.size();
    const qsizetype n = text.size();
    out.resize(at + n); // within the reserved capacity: no reallocation
    QChar *dst = out.data() + at;
    const QChar *in = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = in[i].unicode();
        if (u >= 0x80) {
            out.truncate(at);
            out.append(text.toLower());
            return;
        }
        dst[i] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
}

// Writes the lower-cased `text` at `out` and returns the end, or nullptr when
// lowering changed its length (rare special casing: the caller falls back).
QChar *writeLower(QChar *out, const QString &text)
{
    const QChar *in = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = in[i].unicode();
        if (u >= 0x80) {
            const QString lowered = text.toLower();
            if (lowered.size() != n)
                return nullptr;
            return std::copy(lowered.cbegin(), lowered.cend(), out);
        }
        out[i] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return out + n;
}

} // namespace

qsizetype SearchIndex::keyLength(const Connection &c)
{
    return c.name.size() + 1 + c.id.size() + 1 + c.lastError.size();
}

quint16 SearchIndex::typeIndex(const QString &type)
{
    // Decoded types are shared strings: most rows hit by pointer.
    for (const TypeCacheEntry &hit : m_typeCache) {
        if (hit.type.constData() == type.constData() && hit.type.size() == type.size())
            return hit.index;
    }
    auto it = m_typeIndex.constFind(type);
    if (it == m_typeIndex.constEnd()) {
        const auto next = quint16(std::min<size_t>(m_types.size(), 0xffff));
        if (next == m_types.size()) {
            m_types.push_back(type.toLower());
            m_rawTypes.push_back(type);
        }
        it = m_typeIndex.insert(type, next);
    }
    m_typeCache[m_typeCacheNext] = {type, *it};
    m_typeCacheNext = (m_typeCacheNext + 1) % m_typeCache.size();
    return *it;
}

SearchIndex::Entry SearchIndex::append(const Connection &c)
{
    Entry e;
    e.start = quint32(m_text.size());
    e.type = typeIndex(c.connectorType);
    appendLower(m_text, c.name);
    e.nameLength = quint16(std::min<qsizetype>(m_text.size() - e.start, 0xffff));
    m_text.append(u'\n');
    appendLower(m_text, c.id);
    m_text.append(u'\n');
    appendLower(m_text, c.lastError);
    e.length = quint32(m_text.size() - e.start);
    return e;
}

void SearchIndex::rebuild(const QVector<Connection> &rows)
{
    qsizetype total = 0;
    for (const Connection &c : rows)
        total += keyLength(c);
    m_text = QString();
    // Room for the keys of changed rows before the next rebuild.
    m_text.reserve(total + total / 16 + 1024);
    m_entries.clear();
    m_entries.reserve(size_t(rows.size()));
    m_types.clear();
    m_rawTypes.clear();
    m_typeIndex.clear();
    m_typeCache.fill({});

    // Fast path: write every key straight into the sized buffer.
    m_text.resize(total);
    QChar *const begin = m_text.data();
    QChar *out = begin;
    bool lengthsHeld = true;
    for (const Connection &c : rows) {
        Entry e;
        e.start = quint32(out - begin);
        e.type = typeIndex(c.connectorType);
        QChar *p = writeLower(out, c.name);
        if (!p) {
            lengthsHeld = false;
            break;
        }
        e.nameLength = quint16(std::min<qsizetype>(p - out, 0xffff));
        *p++ = u'\n';
        p = writeLower(p, c.id);
        if (!p) {
            lengthsHeld = false;
            break;
        }
        *p++ = u'\n';
        p = writeLower(p, c.lastError);
        if (!p) {
            lengthsHeld = false;
            break;
        }
        e.length = quint32(p - out);
        out = p;
        m_entries.push_back(e);
    }
    if (lengthsHeld)
        return;
    // Some text lowers to a different length: append key by key instead.
    m_text.truncate(0);
    m_entries.clear();
    for (const Connection &c : rows)
        m_entries.push_back(append(c));
}

void SearchIndex::update(int row, const Connection &before, const QVector<Connection> &rows)
{
    const Connection &c = rows.at(row);
    if (size_t(row) >= m_entries.size() || rows.size() != qsizetype(m_entries.size())) {
        rebuild(rows);
        return;
    }
    if (c.name == before.name && c.id == before.id && c.lastError == before.lastError
        && c.connectorType == before.connectorType) {
        return;
    }
    if (m_text.capacity() - m_text.size() < keyLength(c)) {
        rebuild(rows); // the slack is used up: compact
        return;
    }
    m_entries[size_t(row)] = append(c);
}

void SearchIndex::removeAt(int row)
{
    m_entries.erase(m_entries.begin() + row);
}

void SearchIndex::appendRow(const QVector<Connection> &rows)
{
    if (rows.size() != qsizetype(m_entries.size()) + 1
        || m_text.capacity() - m_text.size() < keyLength(rows.last())) {
        rebuild(rows);
        return;
    }
    m_entries.push_back(append(rows.last()));
}

std::vector<char> SearchIndex::typesMatching(
    QStringView needle, const QHash<QString, QString> &displayNames) const
{
    std::vector<char> hits(m_types.size(), 0);
    for (size_t i = 0; i < m_types.size(); ++i) {
        hits[i] = m_types[i].contains(needle)
                || displayNames.value(m_rawTypes[i]).toLower().contains(needle)
            ? 1
            : 0;
    }
    return hits;
}

} // namespace cc
