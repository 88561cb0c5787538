#include "jsontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <cmath>

namespace cc {

namespace {

quint64 mix(quint64 h, quint64 v)
{
    // splitmix64 over the running hash and the next value.
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

QString numberText(double d)
{
    if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

} // namespace

JsonTree JsonTree::fromJson(const QJsonValue &value)
{
    JsonTree tree;
    if (value.isUndefined())
        return tree;
    QVector<QJsonValue> values{value};
    tree.nodes.append(Node{});
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue v = values.at(i);
        const int first = int(tree.nodes.size());
        Node &n = tree.nodes[i];
        switch (v.type()) {
        case QJsonValue::Object: {
            const QJsonObject o = v.toObject();
            n.kind = Kind::Object;
            n.count = int(o.size());
            n.first = n.count ? first : -1;
            for (auto it = o.begin(); it != o.end(); ++it) {
                Node c;
                c.parent = int(i);
                c.key = it.key();
                tree.nodes.append(c);
                values.append(it.value());
            }
            break;
        }
        case QJsonValue::Array: {
            const QJsonArray a = v.toArray();
            n.kind = Kind::Array;
            n.count = int(a.size());
            n.first = n.count ? first : -1;
            for (qsizetype k = 0; k < a.size(); ++k) {
                Node c;
                c.parent = int(i);
                c.index = int(k);
                tree.nodes.append(c);
                values.append(a.at(k));
            }
            break;
        }
        case QJsonValue::Bool:
            n.kind = Kind::Bool;
            n.text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case QJsonValue::Double:
            n.kind = Kind::Number;
            n.text = numberText(v.toDouble());
            break;
        case QJsonValue::String:
            n.kind = Kind::String;
            n.text = v.toString();
            break;
        default:
            n.kind = Kind::Null;
            n.text = QStringLiteral("null");
            break;
        }
    }
    // Children have higher indices than their parent: hash from the leaves up.
    for (qsizetype i = tree.nodes.size() - 1; i >= 0; --i) {
        Node &n = tree.nodes[i];
        quint64 h = mix(0x5bd1e995ULL, quint64(n.kind));
        if (n.kind == Kind::Object || n.kind == Kind::Array) {
            for (int c = n.first; c >= 0 && c < n.first + n.count; ++c) {
                const Node &child = tree.nodes.at(c);
                if (n.kind == Kind::Object)
                    h = mix(h, qHash(child.key));
                h = mix(h, child.hash);
            }
        } else {
            h = mix(h, qHash(n.text));
        }
        n.hash = h;
    }
    if (value.isObject())
        tree.indented = QString::fromUtf8(QJsonDocument(value.toObject()).toJson());
    else if (value.isArray())
        tree.indented = QString::fromUtf8(QJsonDocument(value.toArray()).toJson());
    else if (value.isString())
        tree.indented = value.toString();
    else
        tree.indented = tree.nodes.at(0).text;
    return tree;
}

QString JsonTree::path(int i) const
{
    QStringList parts;
    for (int n = i; n > 0; n = nodes.at(n).parent) {
        const Node &node = nodes.at(n);
        if (nodes.at(node.parent).kind == Kind::Array)
            parts.prepend(QStringLiteral("[%1]").arg(node.index));
        else
            parts.prepend(u'.' + node.key);
    }
    QString out = parts.join(QString());
    if (out.startsWith(u'.'))
        out.remove(0, 1);
    return out;
}

QString JsonTree::shape(int i) const
{
    QStringList parts;
    for (int n = i; n > 0; n = nodes.at(n).parent) {
        const Node &node = nodes.at(n);
        if (nodes.at(node.parent).kind == Kind::Array)
            parts.prepend(QStringLiteral("[]"));
        else
            parts.prepend(u'.' + node.key);
    }
    QString out = parts.join(QString());
    if (out.startsWith(u'.'))
        out.remove(0, 1);
    return out;
}

} // namespace cc
