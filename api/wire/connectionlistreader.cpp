#include "connectionlistreader.h"

#include "connectionkeys.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstring>
#include <vector>

namespace cc::json {

namespace {

// Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

// Validates one UTF-8 sequence at p (lead byte >= 0x80), strictly (RFC 3629:
// no overlong form, no surrogate, nothing past U+10FFFF). Returns its length,
// or 0 when it is not valid.
int utf8Sequence(const unsigned char *p, const unsigned char *e)
{
    const unsigned char c = *p;
    int n = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (e - p < n)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return n;
}

// A run of UTF-8 inside an escaped string, keeping a leading U+FEFF. Qt's JSON
// parser reads a string without escapes with QString::fromUtf8, which drops a
// byte order mark at its start, but decodes a string with escapes character
// by character, keeping every U+FEFF; this reader does the same (both found
// by fuzz_connectionpage's differential check).
QString utf8Text(const char *s, qsizetype n)
{
    if (n >= 3 && std::memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        return QChar(char16_t(0xFEFF)) + QString::fromUtf8(s + 3, n - 3);
    return QString::fromUtf8(s, n);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// A JSON reader over raw bytes that accepts exactly what QJsonDocument (Qt
// 6.4) accepts, so that the fast path and the Qt path never disagree about
// what is JSON (tests/api/tst_jsondifferential.cpp, and the fuzz targets,
// check this):
//  - a UTF-8 BOM before the document; whitespace is space, tab, CR and LF;
//  - strings in strict UTF-8; control characters are taken as they are; an
//    escape is \uXXXX with four hex digits or a backslash and any one byte
//    (that byte, as Latin-1);
//  - numbers as Qt scans them ([-] [0 | digits] [. digits] [e [+-] digits]),
//    then converted by QByteArray::toLongLong / toDouble, whose failure
//    (an empty number, an overflow, an underflow) rejects the document;
//  - at most 1024 nested arrays and objects.
class Reader
{
public:
    static constexpr int kMaxDepth = 1024;

    Reader(const char *begin, const char *end)
        : p(begin)
        , e(end)
        , b(begin)
    {
        if (e - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
    }

    const char *p;
    const char *const e;
    const char *const b;
    bool failed = false;
    int depth = 0;
    QString syntaxError;

    void ws()
    {
        while (p < e && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool fail(const char *what)
    {
        if (!failed) {
            failed = true;
            syntaxError = QStringLiteral("is not valid JSON (%1 at byte %2)")
                              .arg(QLatin1String(what))
                              .arg(p - b);
        }
        return false;
    }
    // The next significant byte; '\0' at the end of input (a NUL byte in the
    // input is not the end: atEnd() tells them apart).
    char peek()
    {
        ws();
        return p < e ? *p : '\0';
    }
    bool atEnd()
    {
        ws();
        return p >= e;
    }
    // Past the byte peek() returned; never past the end.
    void step()
    {
        if (p < e)
            ++p;
    }
    bool enter() { return ++depth <= kMaxDepth || fail("too deeply nested"); }
    void leave() { --depth; }
    bool take(char c)
    {
        if (atEnd() || *p != c)
            return fail("unexpected character");
        ++p;
        return true;
    }
    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(e - p) < n || std::memcmp(p, word, n) != 0)
            return fail("illegal value");
        p += n;
        return true;
    }
    // Reads a string starting at '"'. The raw bytes are [*rawBegin, *rawEnd);
    // *hasEscapes says whether they need unescape().
    bool string(const char **rawBegin, const char **rawEnd, bool *hasEscapes)
    {
        if (atEnd() || *p != '"')
            return fail("expected a string");
        ++p;
        *rawBegin = p;
        *hasEscapes = false;
        const auto *u = reinterpret_cast<const unsigned char *>(p);
        const auto *ue = reinterpret_cast<const unsigned char *>(e);
        while (true) {
            // The common case first: plain ASCII.
            while (u < ue && *u != '"' && *u != '\\' && *u < 0x80)
                ++u;
            if (u >= ue) {
                p = e;
                return fail("unterminated string");
            }
            if (*u == '"') {
                *rawEnd = reinterpret_cast<const char *>(u);
                p = *rawEnd + 1;
                return true;
            }
            if (*u == '\\') {
                *hasEscapes = true;
                if (ue - u < 2) {
                    p = e;
                    return fail("unterminated string");
                }
                if (u[1] == 'u') {
                    if (ue - u < 6 || !isHex(char(u[2])) || !isHex(char(u[3])) || !isHex(char(u[4]))
                        || !isHex(char(u[5]))) {
                        p = reinterpret_cast<const char *>(u);
                        return fail("invalid escape sequence");
                    }
                    u += 6;
                } else {
                    u += 2; // any other byte stands for itself, as in Qt
                }
                continue;
            }
            const int n = utf8Sequence(u, ue);
            if (n == 0) {
                p = reinterpret_cast<const char *>(u);
                return fail("invalid UTF-8 in string");
            }
            u += n;
        }
    }
    // The text of a string that string() accepted with escapes.
    static QString unescape(const char *s, const char *end, bool *ok)
    {
        QString out;
        out.reserve(end - s);
        const char *run = s;
        auto flush = [&](const char *upto) {
            if (upto > run)
                out += utf8Text(run, upto - run);
        };
        while (s < end) {
            if (*s != '\\') {
                ++s;
                continue;
            }
            flush(s);
            if (s + 1 >= end) {
                *ok = false;
                return {};
            }
            const char c = s[1];
            s += 2;
            switch (c) {
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                if (end - s < 4 || !isHex(s[0]) || !isHex(s[1]) || !isHex(s[2]) || !isHex(s[3])) {
                    *ok = false;
                    return {};
                }
                const int unit = (hexValue(s[0]) << 12) | (hexValue(s[1]) << 8)
                    | (hexValue(s[2]) << 4) | hexValue(s[3]);
                out += QChar(char16_t(unit)); // surrogate pairs arrive as two units
                s += 4;
                break;
            }
            default:
                // '"', '\\', '/' and any other byte: itself (Latin-1), as Qt does.
                out += QChar(char16_t(static_cast<unsigned char>(c)));
                break;
            }
            run = s;
        }
        flush(end);
        *ok = true;
        return out;
    }
    static bool digit(char c) { return c >= '0' && c <= '9'; }
    bool number(double *out)
    {
        ws();
        const char *start = p;
        bool isInt = true;
        if (p < e && *p == '-')
            ++p;
        if (p < e && *p == '0') {
            ++p;
        } else {
            while (p < e && digit(*p))
                ++p;
        }
        if (p < e && *p == '.') {
            ++p;
            while (p < e && digit(*p)) {
                isInt = isInt && *p == '0';
                ++p;
            }
        }
        if (p < e && (*p == 'e' || *p == 'E')) {
            isInt = false;
            ++p;
            if (p < e && (*p == '-' || *p == '+'))
                ++p;
            while (p < e && digit(*p))
                ++p;
        }
        if (p >= e)
            return fail("document ends in a number");
        const QByteArray text = QByteArray::fromRawData(start, p - start);
        bool ok = false;
        if (isInt) {
            const qlonglong n = text.toLongLong(&ok);
            if (ok) {
                *out = double(n);
                return true;
            }
        }
        *out = text.toDouble(&ok);
        return ok || fail("illegal number");
    }
    bool skipValue()
    {
        const char c = peek();
        if (c == '"') {
            const char *rb;
            const char *re;
            bool esc;
            return string(&rb, &re, &esc);
        }
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++p;
            if (!enter())
                return false;
            if (peek() == close) {
                ++p;
                leave();
                return true;
            }
            while (true) {
                if (c == '{') {
                    const char *rb;
                    const char *re;
                    bool esc;
                    if (!string(&rb, &re, &esc) || !take(':'))
                        return false;
                }
                if (!skipValue())
                    return false;
                if (atEnd())
                    return fail("unterminated array or object");
                const char n = *p++;
                if (n == close) {
                    leave();
                    return true;
                }
                if (n != ',')
                    return fail("expected , or closing bracket");
            }
        }
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        double ignored;
        return number(&ignored);
    }
};

// Shares one QString per distinct value of low-cardinality fields.
class Interner
{
public:
    QString intern(const char *s, qsizetype n)
    {
        for (const auto &entry : m_entries) {
            if (entry.first.size() == n && std::memcmp(entry.first.constData(), s, size_t(n)) == 0)
                return entry.second;
        }
        QString value = QString::fromUtf8(s, n);
        if (m_entries.size() < 256)
            m_entries.emplace_back(QByteArray(s, n), value);
        return value;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_entries;
};

enum class Kind { Missing, String, Null, Other };

struct Field
{
    Kind kind = Kind::Missing;
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
};

bool keyIs(const char *kb, const char *ke, const char *name)
{
    const size_t n = std::strlen(name);
    return size_t(ke - kb) == n && std::memcmp(kb, name, n) == 0;
}

QString text(const Field &f, bool *ok)
{
    *ok = true;
    if (f.kind != Kind::String)
        return {};
    if (!f.escaped)
        return QString::fromUtf8(f.begin, f.end - f.begin);
    return Reader::unescape(f.begin, f.end, ok);
}

qint64 timeOf(const Field &f)
{
    if (f.kind != Kind::String)
        return 0;
    // Escapes, or bytes beyond ASCII (a leading byte order mark is dropped by
    // Qt's decoding), read the text as the QJsonDocument decoder does (both
    // found by fuzz_connectionpage's field-for-field check).
    const bool plain = !f.escaped
        && std::all_of(f.begin, f.end, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!plain) {
        bool ok = true;
        return parseTimestamp(text(f, &ok));
    }
    return parseIsoTimestampFast(f.begin, f.end - f.begin);
}

// Reads the value of one object member into a Field (strings and null kept,
// anything else skipped and marked Other).
bool readField(Reader &r, Field *f)
{
    const char c = r.peek();
    if (c == '"') {
        f->kind = Kind::String;
        return r.string(&f->begin, &f->end, &f->escaped);
    }
    if (c == 'n') {
        f->kind = Kind::Null;
        return r.literal("null");
    }
    f->kind = Kind::Other;
    f->begin = r.p;
    if (!r.skipValue())
        return false;
    f->end = r.p;
    return true;
}

bool fieldNumber(const Field &f, double *out)
{
    if (f.kind != Kind::Other || f.begin == f.end)
        return false;
    const char c = *f.begin;
    if (!(c == '-' || (c >= '0' && c <= '9')))
        return false;
    bool ok = false;
    *out = QByteArray::fromRawData(f.begin, f.end - f.begin).trimmed().toDouble(&ok);
    return ok;
}

QString rowPath(int index)
{
    return QStringLiteral("connections[%1]").arg(index);
}

// The text of a string field; low-cardinality values (types, statuses,
// reasons) shared through the interner when they need no unescaping.
QString internedText(const Field &f, Interner &interner, bool *ok)
{
    if (f.kind == Kind::String && !f.escaped) {
        *ok = true;
        return interner.intern(f.begin, f.end - f.begin);
    }
    return text(f, ok);
}

// Walks the members of an object whose '{' was just consumed: onMember(kb, ke)
// is called with the key and r.p at the value, which it must consume. False
// on a syntax error (r.failed) or when onMember returns false.
template<typename OnMember> bool forEachMember(Reader &r, OnMember &&onMember)
{
    if (!r.enter())
        return false;
    if (r.peek() == '}') {
        ++r.p;
        r.leave();
        return true;
    }
    while (true) {
        const char *kb = nullptr;
        const char *ke = nullptr;
        bool kesc = false;
        if (!r.string(&kb, &ke, &kesc) || !r.take(':'))
            return false;
        // Qt compares keys once decoded: an escaped key names the member its
        // plain spelling does (a byte order mark in a key stays part of it).
        QByteArray decodedKey;
        if (kesc) {
            bool ok = true;
            decodedKey = Reader::unescape(kb, ke, &ok).toUtf8();
            if (!ok)
                return r.fail("bad escape in string");
            kb = decodedKey.constData();
            ke = kb + decodedKey.size();
        }
        if (!onMember(kb, ke))
            return false;
        if (r.atEnd())
            return r.fail("unterminated object");
        const char n = *r.p++;
        if (n == '}') {
            r.leave();
            return true;
        }
        if (n != ',')
            return r.fail("expected , or }");
    }
}

// `index` names the row in an error (connections[N].last_run…); the path is only
// built when there is an error to report.
bool readRun(Reader &r, SyncRun *run, int index, Interner &interner, Error *error)
{
    if (!r.take('{'))
        return false;
    Field status;
    const bool read = forEachMember(r, [&](const char *kb, const char *ke) {
        Field f;
        if (!readField(r, &f))
            return false;
        const keys::RunKey *k = keys::find(keys::kRun, kb, ke);
        if (!k)
            return true; // a key the contract does not name: skipped
        if (k->required) {
            status = f; // checked (and set) after the object
            return true;
        }
        bool ok = true;
        double number = 0;
        switch (k->kind) {
        case keys::Kind::Text:
            keys::setText(run, k->field, text(f, &ok));
            break;
        case keys::Kind::InternedText:
            keys::setText(run, k->field, internedText(f, interner, &ok));
            break;
        case keys::Kind::Time:
            keys::setTime(run, k->field, timeOf(f));
            break;
        case keys::Kind::Number:
            keys::setNumber(run, k->field, fieldNumber(f, &number) ? number : 0);
            break;
        case keys::Kind::Bool:
            break;
        }
        return ok || r.fail("bad escape in string");
    });
    if (!read)
        return false;
    if (status.kind != Kind::String) {
        *error = {rowPath(index) + QStringLiteral(".last_run.status"),
            status.kind == Kind::Missing ? QStringLiteral("is missing")
                                         : QStringLiteral("must be a string")};
        return false;
    }
    bool ok = true;
    keys::setText(run, keys::RunField::Status, internedText(status, interner, &ok));
    return ok || r.fail("bad escape in string");
}

// One element of "connections", r.p at its '{'. False with r.failed on a
// syntax error, or with *error set when the row breaks the contract.
bool readRow(Reader &r, int index, Interner &interner, Connection *out, Error *error)
{
    if (r.peek() != '{') {
        if (r.skipValue())
            *error = {rowPath(index), QStringLiteral("must be an object")};
        return false;
    }
    ++r.p;
    Connection &c = *out;
    // The required keys come first in the table: their values are kept until
    // the object ends, then checked in the table's order.
    constexpr int kRequired = 4;
    static_assert(
        keys::kConnection[kRequired - 1].required && !keys::kConnection[kRequired].required);
    Field required[kRequired];
    Error runError;
    bool runFailed = false;
    const bool read = forEachMember(r, [&](const char *fb, const char *fe) {
        if (keyIs(fb, fe, keys::kLastRun)) {
            // A repeated key: only the last value counts, as in QJsonDocument
            // (found by the differential check on every field).
            c.lastRun.reset();
            runFailed = false;
            if (r.peek() != '{')
                return r.skipValue();
            SyncRun run;
            if (readRun(r, &run, index, interner, &runError))
                c.lastRun = std::move(run);
            else if (r.failed)
                return false;
            else
                runFailed = true;
            return true;
        }
        Field f;
        if (!readField(r, &f))
            return false;
        const keys::ConnectionKey *k = keys::find(keys::kConnection, fb, fe);
        if (!k)
            return true; // a key the contract does not name: skipped
        if (k->required) {
            required[k - keys::kConnection] = f;
            return true;
        }
        bool ok = true;
        switch (k->kind) {
        case keys::Kind::Text:
            keys::setText(&c, k->field, text(f, &ok));
            break;
        case keys::Kind::InternedText:
            keys::setText(&c, k->field, internedText(f, interner, &ok));
            break;
        case keys::Kind::Time:
            keys::setTime(&c, k->field, timeOf(f));
            break;
        case keys::Kind::Bool:
            keys::setBool(&c, k->field,
                f.kind == Kind::Other && f.end - f.begin == 4
                    && std::memcmp(f.begin, "true", 4) == 0);
            break;
        case keys::Kind::Number:
            break;
        }
        return ok || r.fail("bad escape in string");
    });
    if (!read)
        return false;
    for (int i = 0; i < kRequired; ++i) {
        if (required[i].kind != Kind::String) {
            *error = {rowPath(index) + u'.' + QLatin1String(keys::kConnection[i].name),
                required[i].kind == Kind::Missing ? QStringLiteral("is missing")
                                                  : QStringLiteral("must be a string")};
            return false;
        }
    }
    if (runFailed) {
        *error = runError;
        return false;
    }
    bool ok = true;
    for (int i = 0; i < kRequired && ok; ++i) {
        const keys::ConnectionKey &k = keys::kConnection[i];
        keys::setText(&c, k.field,
            k.kind == keys::Kind::InternedText ? internedText(required[i], interner, &ok)
                                               : text(required[i], &ok));
    }
    return ok || r.fail("bad escape in string");
}

} // namespace

qint64 parseIsoTimestampFast(const char *s, qsizetype n)
{
    // YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)
    auto digits = [s](int at, int count, int *out) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char c = s[at + i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, sec;
    if (n < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        || s[13] != ':' || s[16] != ':' || !digits(0, 4, &y) || !digits(5, 2, &mo)
        || !digits(8, 2, &d) || !digits(11, 2, &h) || !digits(14, 2, &mi) || !digits(17, 2, &sec)
        || mo < 1 || mo > 12 || d < 1 || d > 31) {
        const QDateTime dt = QDateTime::fromString(QString::fromLatin1(s, n), Qt::ISODateWithMs);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
    }
    qsizetype i = 19;
    int millis = 0;
    if (i < n && s[i] == '.') {
        ++i;
        int scale = 100;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            millis += (s[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    qint64 offsetMinutes = 0;
    if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i + 6 <= n && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
        int oh, om;
        if (!digits(int(i) + 1, 2, &oh) || !digits(int(i) + 4, 2, &om))
            return 0;
        offsetMinutes = (oh * 60 + om) * (s[i] == '+' ? 1 : -1);
        i += 6;
    } else {
        return 0; // no zone: ambiguous, and the contract always sends one
    }
    if (i != n)
        return 0;
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    return ((days * 24 + h) * 60 + mi) * 60000 + qint64(sec) * 1000 + millis
        - offsetMinutes * 60000;
}

bool readConnectionPage(
    const QByteArray &body, QVector<Connection> *out, QString *nextCursor, Error *error)
{
    Reader r(body.constData(), body.constData() + body.size());
    Interner interner;
    nextCursor->clear();
    auto syntax = [&]() {
        *error = {QString(),
            r.syntaxError.isEmpty() ? QStringLiteral("is not valid JSON") : r.syntaxError};
        return false;
    };
    const char first = r.peek();
    if (first != '{') {
        if (first == '[' && r.skipValue() && r.atEnd()) {
            *error = {QString(), QStringLiteral("is not a JSON object")};
            return false;
        }
        r.fail("expected an object");
        return syntax();
    }
    ++r.p;
    bool sawConnections = false;
    const bool read = forEachMember(r, [&](const char *kb, const char *ke) {
        if (keyIs(kb, ke, "next_cursor")) {
            Field f;
            if (!readField(r, &f))
                return false;
            bool ok = true;
            *nextCursor = text(f, &ok);
            return true;
        }
        if (!keyIs(kb, ke, "connections"))
            return r.skipValue();
        // A repeated key: the last one counts, as in QJsonDocument (found by
        // fuzz_connectionpage's differential check).
        if (sawConnections)
            out->clear();
        sawConnections = true;
        if (r.peek() != '[') {
            // Finish validating the syntax, then name the field.
            if (!r.skipValue())
                return false;
            *error = {QStringLiteral("connections"), QStringLiteral("must be an array")};
            r.p = r.e;
            return false;
        }
        ++r.p;
        if (!r.enter())
            return false;
        if (r.peek() == ']') {
            ++r.p;
            r.leave();
            return true;
        }
        for (int index = 0;; ++index) {
            Connection c;
            if (!readRow(r, index, interner, &c, error))
                return false;
            out->push_back(std::move(c));
            if (r.atEnd())
                return r.fail("unterminated array");
            const char n = *r.p++;
            if (n == ']') {
                r.leave();
                return true;
            }
            if (n != ',')
                return r.fail("expected , or ]");
        }
    });
    if (!read) {
        if (r.failed)
            return syntax();
        // A contract error stopped the reading early: if the rest is not
        // JSON either, that is what to report (the same verdict as Qt's).
        Reader whole(body.constData(), body.constData() + body.size());
        if (!whole.skipValue() || !whole.atEnd()) {
            if (!whole.failed)
                whole.fail("garbage after the document");
            *error = {QString(), whole.syntaxError};
        }
        return false;
    }
    if (!r.atEnd()) {
        r.fail("garbage after the document");
        return syntax();
    }
    if (!sawConnections) {
        *error = {QStringLiteral("connections"), QStringLiteral("is missing")};
        return false;
    }
    out->squeeze(); // growth slack would be a quarter of the row storage
    // Fingerprints cost a good part of the decode: spread them
    // over the thread pool (this thread helps).
    if (out->size() > 2048)
        QtConcurrent::blockingMap(*out, [](Connection &c) { finishConnection(&c); });
    else
        for (Connection &c : *out)
            finishConnection(&c);
    return true;
}

} // namespace cc::json
