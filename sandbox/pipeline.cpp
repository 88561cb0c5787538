#include "pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox::pipeline {

namespace {

struct Segment
{
    QString key; // empty for a bare index or map on the value itself
    enum class Kind { Key, Index, Map } kind = Kind::Key;
    int index = 0;
};

QList<Segment> parsePath(const QString &path)
{
    QList<Segment> out;
    static const QRegularExpression part(QStringLiteral("^([^\\[\\]]*)(?:\\[(\\d*)\\])?$"));
    for (const QString &piece : path.split(u'.', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = part.match(piece);
        if (!m.hasMatch()) {
            out.push_back({piece, Segment::Kind::Key, 0});
            continue;
        }
        if (!m.captured(1).isEmpty())
            out.push_back({m.captured(1), Segment::Kind::Key, 0});
        if (m.capturedStart(2) >= 0) {
            if (m.captured(2).isEmpty())
                out.push_back({QString(), Segment::Kind::Map, 0});
            else
                out.push_back({QString(), Segment::Kind::Index, m.captured(2).toInt()});
        }
    }
    return out;
}

QJsonValue selectFrom(const QJsonValue &value, const QList<Segment> &segments, qsizetype at)
{
    if (at == segments.size())
        return value;
    const Segment &s = segments.at(at);
    switch (s.kind) {
    case Segment::Kind::Key:
        if (!value.isObject())
            return QJsonValue::Null;
        return selectFrom(value.toObject().value(s.key), segments, at + 1);
    case Segment::Kind::Index:
        if (!value.isArray() || s.index >= value.toArray().size())
            return QJsonValue::Null;
        return selectFrom(value.toArray().at(s.index), segments, at + 1);
    case Segment::Kind::Map: {
        if (!value.isArray())
            return QJsonValue::Null;
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &v : items)
            out.append(selectFrom(v, segments, at + 1));
        return out;
    }
    }
    return QJsonValue::Null;
}

// The value with only `segments` kept; Undefined where the path is absent.
QJsonValue project(const QJsonValue &value, const QList<Segment> &segments, qsizetype at)
{
    if (at == segments.size())
        return value;
    const Segment &s = segments.at(at);
    switch (s.kind) {
    case Segment::Kind::Key: {
        if (!value.isObject() || !value.toObject().contains(s.key))
            return QJsonValue::Undefined;
        const QJsonValue inner = project(value.toObject().value(s.key), segments, at + 1);
        if (inner.isUndefined())
            return QJsonValue::Undefined;
        return QJsonObject{{s.key, inner}};
    }
    case Segment::Kind::Index: {
        if (!value.isArray() || s.index >= value.toArray().size())
            return QJsonValue::Undefined;
        const QJsonValue inner = project(value.toArray().at(s.index), segments, at + 1);
        if (inner.isUndefined())
            return QJsonValue::Undefined;
        return QJsonArray{inner};
    }
    case Segment::Kind::Map: {
        if (!value.isArray())
            return QJsonValue::Undefined;
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &v : items) {
            const QJsonValue inner = project(v, segments, at + 1);
            out.append(inner.isUndefined() ? QJsonValue(QJsonValue::Null) : inner);
        }
        return out;
    }
    }
    return QJsonValue::Undefined;
}

QJsonValue merge(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isUndefined())
        return b;
    if (b.isUndefined())
        return a;
    if (a.isObject() && b.isObject()) {
        QJsonObject out = a.toObject();
        const QJsonObject other = b.toObject();
        for (auto it = other.begin(); it != other.end(); ++it)
            out.insert(it.key(), merge(out.value(it.key()), it.value()));
        return out;
    }
    if (a.isArray() && b.isArray()) {
        QJsonArray out;
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
            const QJsonValue left = i < x.size() ? x.at(i) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue right = i < y.size() ? y.at(i) : QJsonValue(QJsonValue::Undefined);
            out.append(merge(left.isNull() ? QJsonValue(QJsonValue::Undefined) : left,
                right.isNull() ? QJsonValue(QJsonValue::Undefined) : right));
        }
        return out;
    }
    return b;
}

QJsonValue filterOne(const QJsonValue &value, const QStringList &paths)
{
    QJsonValue out = QJsonValue::Undefined;
    for (const QString &p : paths)
        out = merge(out, project(value, parsePath(p), 0));
    return out.isUndefined() ? QJsonValue(QJsonObject{}) : out;
}

QJsonObject mapOne(const QJsonValue &value, const QJsonObject &mapping)
{
    QJsonObject out;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        out.insert(it.key(), select(value, it.value().toString()));
    return out;
}

QString render(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return QString::fromUtf8(v.isArray()
            ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString renderOne(const QJsonValue &value, const QString &tpl)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^}\\s]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(tpl);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += tpl.mid(last, m.capturedStart() - last);
        const QString path = m.captured(1);
        out += render(path == u"." ? value : select(value, path));
        last = m.capturedEnd();
    }
    out += tpl.mid(last);
    return out;
}

} // namespace

QJsonValue select(const QJsonValue &root, const QString &path)
{
    return selectFrom(root, parsePath(path), 0);
}

QJsonValue applyFilter(const QJsonValue &raw, const QStringList &paths)
{
    if (paths.isEmpty())
        return raw;
    if (raw.isArray()) {
        QJsonArray out;
        const QJsonArray items = raw.toArray();
        for (const QJsonValue &v : items)
            out.append(filterOne(v, paths));
        return out;
    }
    return filterOne(raw, paths);
}

QJsonValue applyMapping(const QJsonValue &value, const QJsonObject &mapping)
{
    if (mapping.isEmpty())
        return value;
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &v : items)
            out.append(mapOne(v, mapping));
        return out;
    }
    return mapOne(value, mapping);
}

QString applyTemplate(const QJsonValue &value, const QString &tpl, bool hasTemplate)
{
    if (!hasTemplate)
        return render(value);
    if (value.isArray()) {
        QStringList lines;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &v : items)
            lines << renderOne(v, tpl);
        return lines.join(u'\n');
    }
    return renderOne(value, tpl);
}

QString truncate(const QString &text, int maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    return text.left(maxLength - 1) + QChar(0x2026);
}

void validateParams(const QJsonObject &schema, const QJsonObject &params, fastapi::Errors *errors)
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (const QJsonValue &r : required) {
        if (!params.contains(r.toString())) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("params"), r.toString()},
                QStringLiteral("Field required"), QStringLiteral("missing"), params);
        }
    }
    const bool closed = schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonArray loc{QStringLiteral("body"), QStringLiteral("params"), it.key()};
        if (!properties.contains(it.key())) {
            if (closed)
                errors->add(loc, QStringLiteral("Extra inputs are not permitted"),
                    QStringLiteral("extra_forbidden"), it.value());
            continue;
        }
        const QJsonObject rule = properties.value(it.key()).toObject();
        const QString type = rule.value(QStringLiteral("type")).toString();
        const QJsonValue v = it.value();
        bool ok = true;
        if (type == u"string" && !v.isString()) {
            errors->add(loc, QStringLiteral("Input should be a valid string"),
                QStringLiteral("string_type"), v);
            ok = false;
        } else if (type == u"integer"
            && (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))) {
            errors->add(loc, QStringLiteral("Input should be a valid integer"),
                QStringLiteral("int_type"), v);
            ok = false;
        } else if (type == u"number" && !v.isDouble()) {
            errors->add(loc, QStringLiteral("Input should be a valid number"),
                QStringLiteral("float_type"), v);
            ok = false;
        } else if (type == u"boolean" && !v.isBool()) {
            errors->add(loc, QStringLiteral("Input should be a valid boolean"),
                QStringLiteral("bool_type"), v);
            ok = false;
        } else if (type == u"array" && !v.isArray()) {
            errors->add(loc, QStringLiteral("Input should be a valid list"),
                QStringLiteral("list_type"), v);
            ok = false;
        } else if (type == u"object" && !v.isObject()) {
            errors->add(loc, QStringLiteral("Input should be a valid dictionary"),
                QStringLiteral("dict_type"), v);
            ok = false;
        }
        if (!ok)
            continue;
        const QJsonArray choices = rule.value(QStringLiteral("enum")).toArray();
        if (!choices.isEmpty() && !choices.contains(v)) {
            QStringList names;
            for (const QJsonValue &c : choices)
                names << render(c);
            const QString expected = fastapi::expectedChoices(names);
            errors->add(loc, QStringLiteral("Input should be ") + expected, QStringLiteral("enum"),
                v, QJsonObject{{QStringLiteral("expected"), expected}});
            continue;
        }
        if (v.isString()) {
            const int minLength = rule.value(QStringLiteral("minLength")).toInt(0);
            const int maxLength = rule.value(QStringLiteral("maxLength")).toInt(-1);
            if (v.toString().size() < minLength)
                errors->add(loc,
                    QStringLiteral("String should have at least %1 characters").arg(minLength),
                    QStringLiteral("string_too_short"), v,
                    QJsonObject{{QStringLiteral("min_length"), minLength}});
            else if (maxLength >= 0 && v.toString().size() > maxLength)
                errors->add(loc,
                    QStringLiteral("String should have at most %1 characters").arg(maxLength),
                    QStringLiteral("string_too_long"), v,
                    QJsonObject{{QStringLiteral("max_length"), maxLength}});
        }
        if (v.isDouble()) {
            const QJsonValue min = rule.value(QStringLiteral("minimum"));
            const QJsonValue max = rule.value(QStringLiteral("maximum"));
            if (min.isDouble() && v.toDouble() < min.toDouble())
                errors->add(loc,
                    QStringLiteral("Input should be greater than or equal to %1").arg(render(min)),
                    QStringLiteral("greater_than_equal"), v,
                    QJsonObject{{QStringLiteral("ge"), min}});
            else if (max.isDouble() && v.toDouble() > max.toDouble())
                errors->add(loc,
                    QStringLiteral("Input should be less than or equal to %1").arg(render(max)),
                    QStringLiteral("less_than_equal"), v, QJsonObject{{QStringLiteral("le"), max}});
        }
    }
}

} // namespace sandbox::pipeline
