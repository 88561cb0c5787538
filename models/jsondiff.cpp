#include "jsondiff.h"

#include <QHash>

namespace cc {

using Kind = JsonTree::Kind;

JsonDiff JsonDiff::compute(const JsonTree &before, const JsonTree &after)
{
    JsonDiff diff;
    const int nb = int(before.nodes.size());
    const int na = int(after.nodes.size());
    diff.marks.fill(Mark::Added, na);
    diff.movedFrom.fill(-1, na);
    QVector<int> matchOf(na, -1); // after → before, by path
    QVector<bool> kept(nb, false); // before nodes matched by path or moved
    QVector<bool> claimed(nb, false); // before nodes that moved
    if (nb && na) {
        // Pass 1: match by path, top down (a node's children are contiguous).
        matchOf[0] = 0;
        kept[0] = true;
        for (int a = 0; a < na; ++a) {
            const int b = matchOf.at(a);
            if (b < 0)
                continue;
            const JsonTree::Node &an = after.node(a);
            const JsonTree::Node &bn = before.node(b);
            if (an.kind != bn.kind) {
                diff.marks[a] = Mark::Changed;
                continue; // a different kind: its children are new
            }
            diff.marks[a]
                = (an.kind != Kind::Object && an.kind != Kind::Array && an.text != bn.text)
                ? Mark::Changed
                : Mark::Same;
            if (an.kind == Kind::Array) {
                for (int k = 0; k < an.count && k < bn.count; ++k) {
                    matchOf[an.first + k] = bn.first + k;
                    kept[bn.first + k] = true;
                }
            } else if (an.kind == Kind::Object && an.count && bn.count) {
                QHash<QString, int> keys;
                keys.reserve(bn.count);
                for (int c = bn.first; c < bn.first + bn.count; ++c)
                    keys.insert(before.node(c).key, c);
                for (int c = an.first; c < an.first + an.count; ++c) {
                    const int m = keys.value(after.node(c).key, -1);
                    if (m >= 0) {
                        matchOf[c] = m;
                        kept[m] = true;
                    }
                }
            }
        }
        // Pass 2: an unmatched node whose content a lost node of `before` had
        // moved there. Candidates: before nodes not kept, whose parent was
        // kept or is itself a candidate (the top of what lost its place).
        QMultiHash<quint64, int> lost;
        for (int b = 1; b < nb; ++b) {
            if (!kept.at(b))
                lost.insert(before.node(b).hash, b);
        }
        for (int a = 0; a < na; ++a) {
            if (matchOf.at(a) >= 0)
                continue;
            const int parent = after.node(a).parent;
            // Inside something moved: it moved with it (parents come first).
            if (parent >= 0 && diff.marks.at(parent) == Mark::Renamed) {
                diff.marks[a] = Mark::Renamed;
                continue;
            }
            int from = -1;
            for (auto it = lost.constFind(after.node(a).hash);
                 it != lost.cend() && it.key() == after.node(a).hash; ++it) {
                if (!claimed.at(it.value())) {
                    from = it.value();
                    break;
                }
            }
            if (from >= 0) {
                claimed[from] = true;
                diff.marks[a] = Mark::Renamed;
                diff.movedFrom[a] = from;
            }
        }
        for (int b = 0; b < nb; ++b) {
            if (claimed.at(b))
                kept[b] = true;
        }
    }
    // A before node is used when it kept its place, moved, or has a used
    // descendant; the unused ones under a used parent are the removals.
    QVector<bool> used = kept;
    for (int b = nb - 1; b > 0; --b) {
        if (used.at(b))
            used[before.node(b).parent] = true;
    }
    QVector<bool> inMoved(nb, false); // below a moved node: moved too
    for (int b = 1; b < nb; ++b) {
        const int parent = before.node(b).parent;
        inMoved[b] = inMoved.at(parent) || claimed.at(parent);
    }
    QHash<QString, int> removalOf;
    for (int b = 1; b < nb; ++b) {
        const int parent = before.node(b).parent;
        if (used.at(b) || !used.at(parent) || inMoved.at(b))
            continue;
        ++diff.removed;
        const QString shape = before.shape(b);
        const auto it = removalOf.constFind(shape);
        if (it != removalOf.cend()) {
            ++diff.removals[it.value()].count;
            continue;
        }
        removalOf.insert(shape, int(diff.removals.size()));
        diff.removals.append(Removal{shape, before.path(b), 1});
    }
    for (int a = 0; a < na; ++a) {
        switch (diff.marks.at(a)) {
        case Mark::Added:
            ++diff.added;
            break;
        case Mark::Changed:
            ++diff.changed;
            break;
        case Mark::Renamed:
            if (diff.movedFrom.at(a) >= 0)
                ++diff.renamed;
            break;
        case Mark::Same:
            break;
        }
    }
    return diff;
}

} // namespace cc
