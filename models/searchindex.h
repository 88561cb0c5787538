#pragma once

#include "records.h"

#include <QHash>
#include <QString>
#include <QStringMatcher>
#include <QStringView>
#include <algorithm>
#include <array>
#include <vector>

namespace cc {

// What the inventory's search looks at, for every row, in one contiguous
// UTF-16 buffer: the lower-cased name, id and last error of each row, one
// entry after the other. Connector types are few, so they are kept once each
// and rows point at them.
//
// Compared with a lower-cased QString per row this saves the string header
// and allocation per row (issue 3's memory target) and keeps the per-keystroke
// scan in one cache-friendly block. An entry whose text changes is appended
// and the old text left behind; when the slack is used up the buffer is
// rebuilt from the rows.
class SearchIndex
{
public:
    // Builds every entry from `rows` (model order).
    void rebuild(const QVector<Connection> &rows);
    // Row `row` now holds `c`. Cheap when the searchable text did not change
    // (the usual poll: times and statuses move, names and errors rarely do).
    // `rows` already holds the new value at `row`; `before` is the old one.
    void update(int row, const Connection &before, const QVector<Connection> &rows);

    // Row `row` was removed from the model; later rows move up by one.
    void removeAt(int row);
    // `rows` gained one row at the end.
    void appendRow(const QVector<Connection> &rows);

    int size() const { return int(m_entries.size()); }
    // Lower-cased name, id and last error of `row`, separated by '\n'.
    QStringView keyAt(int row) const
    {
        const Entry &e = m_entries[size_t(row)];
        return QStringView(m_text).mid(e.start, e.length);
    }
    // Lower-cased name: the name column's sort key.
    QStringView nameKeyAt(int row) const
    {
        const Entry &e = m_entries[size_t(row)];
        return QStringView(m_text).mid(e.start, e.nameLength);
    }
    // Whether `row`'s key holds `text` at `at` (the typed characters after a
    // known match).
    bool hasAt(int row, qsizetype at, QStringView text) const
    {
        const Entry &e = m_entries[size_t(row)];
        if (at < 0 || at + text.size() > qsizetype(e.length))
            return false;
        const QChar *key = m_text.constData() + e.start + at;
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (key[k] != text[k])
                return false;
        }
        return true;
    }
    // Up to kLookahead characters of `row`'s key from `from`, one byte each,
    // stopping at the key's end or at the first character above U+00FF; how
    // many in the top byte. Lets a search check a typed character without
    // reading the key.
    static constexpr qsizetype kLookahead = 7;
    quint64 lookahead(int row, qsizetype from) const
    {
        const Entry &e = m_entries[size_t(row)];
        const qsizetype end = std::min<qsizetype>(qsizetype(e.length), from + kLookahead);
        const QChar *key = m_text.constData() + e.start;
        quint64 out = 0;
        qsizetype count = 0;
        for (qsizetype at = from; at < end; ++at, ++count) {
            const char16_t u = key[at].unicode();
            if (u > 0xff)
                break;
            out |= quint64(u) << (8 * count);
        }
        return out | (quint64(count) << 56);
    }
    int typeAt(int row) const { return m_entries[size_t(row)].type; }
    // For each connector type (by typeAt), whether it or its display name
    // (`displayNames`: type as the platform spells it -> name) contains `needle`.
    std::vector<char> typesMatching(
        QStringView needle, const QHash<QString, QString> &displayNames) const;
    // Whether `row` matches `needle` (lower-cased, non-empty; a matcher is
    // built once per keystroke) given
    // typesMatching(needle).
    bool matches(int row, const QStringMatcher &needle, const std::vector<char> &typeHits) const
    {
        return typeMatches(row, needle, typeHits) || needle.indexIn(keyAt(row)) >= 0;
    }
    bool typeMatches(int row, const QStringMatcher &needle, const std::vector<char> &typeHits) const
    {
        const auto type = size_t(typeAt(row));
        return type < typeHits.size() ? typeHits[type] != 0 : needle.indexIn(m_types[type]) >= 0;
    }

private:
    struct Entry
    {
        quint32 start = 0;
        quint32 length = 0;
        quint16 nameLength = 0; // capped; only the sort key uses it
        quint16 type = 0;
    };
    // Appends c's key to m_text (which must have the room) and returns its entry.
    Entry append(const Connection &c);
    quint16 typeIndex(const QString &type);
    struct TypeCacheEntry
    {
        QString type; // held, so its buffer cannot be reused by other text
        quint16 index = 0;
    };
    std::array<TypeCacheEntry, 16> m_typeCache{}; // recent types, found by pointer
    size_t m_typeCacheNext = 0;
    static qsizetype keyLength(const Connection &c);

    QString m_text;
    std::vector<Entry> m_entries;
    std::vector<QString> m_types; // lower-cased, by index
    std::vector<QString> m_rawTypes; // as the platform spells them, by index
    QHash<QString, quint16> m_typeIndex; // as the platform spells it
};

} // namespace cc
