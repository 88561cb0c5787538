#pragma once

#include <QString>
#include <QVector>

class QJsonValue;

namespace cc {

// A JSON value as a flat, read-only tree the other layers can walk without a
// JSON type (scripts/check-wire-format.sh): node 0 is the root, and the
// children of a node are contiguous (built breadth first), so a view asks
// for a node's children only when it is expanded and nothing is copied.
// Each node carries a hash of its whole subtree, so two subtrees with the
// same content are found equal in O(1) (models/jsondiff.h). Built once, off
// the UI thread, where a response is decoded.
struct JsonTree
{
    enum class Kind : quint8 { Null, Bool, Number, String, Object, Array };
    struct Node
    {
        int parent = -1;
        int first = -1; // the first child's index, -1 for none
        int count = 0; // how many children
        int index = 0; // its index in an array parent
        Kind kind = Kind::Null;
        QString key; // the key in an object parent; empty in an array
        QString text; // a scalar's text ("null", "true", "3.5", the string)
        quint64 hash = 0; // of kind, text and children (keys included)
    };

    QVector<Node> nodes; // empty: no value (a stage that did not run)
    QString indented; // the whole value as indented JSON (Copy, tickets)

    static JsonTree fromJson(const QJsonValue &value);
    bool isEmpty() const { return nodes.isEmpty(); }
    const Node &node(int i) const { return nodes.at(i); }
    // "entry[0].resource.name"; the root is "" ($ in a sentence).
    QString path(int i) const;
    // The same, with array indices dropped: "entry[].resource.name".
    QString shape(int i) const;
};

} // namespace cc
