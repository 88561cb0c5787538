#pragma once

#include "jsontree.h"

#include <QVector>

namespace cc {

// What one stage of an integration's response pipeline (filter, mapping,
// template) made of the stage before it, as a structural diff of two JSON
// trees (api/wire/jsontree.h):
//  - nodes are matched by path (object keys by name, arrays by index);
//  - a node of `after` with no match whose whole content equals a node of
//    `before` that lost its place is Renamed (moved), with where it came from;
//  - otherwise it is Added; a matched scalar whose value differs is Changed;
//  - a node of `before` that neither kept its place, moved, nor kept anything
//    below it is removed; removals are reported once per shape
//    ("entry[].resource.gender", with how many there were).
// Linear in the two trees (one hash lookup per unmatched node).
struct JsonDiff
{
    enum class Mark : quint8 { Same, Added, Changed, Renamed };
    struct Removal
    {
        QString shape; // "entry[].resource.gender"
        QString firstPath; // "entry[0].resource.gender"
        int count = 0;
    };

    QVector<Mark> marks; // one per node of `after`
    QVector<int> movedFrom; // per node of `after`: the `before` node, or -1
    QVector<Removal> removals; // in the order of `before`
    int added = 0;
    int changed = 0;
    int renamed = 0;
    int removed = 0; // nodes, counting every item of a shape

    static JsonDiff compute(const JsonTree &before, const JsonTree &after);
    bool isEmpty() const { return !added && !changed && !renamed && !removed; }
};

} // namespace cc
