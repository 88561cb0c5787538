// Issue 14's test-bench targets on a 1 MB FHIR-like raw_response: opening it
// as a tree (first level shown, deeper levels on expand) and diffing two
// 1 MB stages (what the response filter removed). Each figure is printed
// beside a baseline doing the same work in the same run: QJsonDocument plus a
// QStandardItemModel tree built in full, and a recursive QJsonValue diff by
// path. It measures and prints; it never passes or fails on time.
//
//   build/release/tests/bench/bench_jsontree
#include "jsondiff.h"
#include "jsontree.h"
#include "jsontreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cc;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void row(const char *what, double ours, double base, const char *target)
{
    std::printf("%-46s %9.2f ms %9.2f ms %7.2fx   %s\n", what, ours, base,
        ours > 0 ? base / ours : 0, target);
}

// A Bundle of `n` Patient entries; `filtered` keeps only id, name and birthDate.
QByteArray bundle(int n, bool filtered)
{
    QJsonArray entries;
    for (int i = 0; i < n; ++i) {
        QJsonObject resource{{"id", QStringLiteral("p%1").arg(i)},
            {"name",
                QJsonArray{QJsonObject{{"family", QStringLiteral("Family%1").arg(i)},
                    {"given", QJsonArray{QStringLiteral("Given%1").arg(i)}}}}},
            {"birthDate",
                QStringLiteral("19%1-0%2-1%3").arg(50 + i % 50).arg(1 + i % 9).arg(i % 10)}};
        if (!filtered) {
            resource.insert("resourceType", "Patient");
            resource.insert("gender", i % 2 ? "female" : "male");
            resource.insert("identifier",
                QJsonArray{QJsonObject{
                    {"system", "urn:mrn"}, {"value", QStringLiteral("MRN-%1").arg(i)}}});
            resource.insert(
                "meta", QJsonObject{{"versionId", "1"}, {"lastUpdated", "2026-11-30T10:00:00Z"}});
        }
        entries.append(
            QJsonObject{{"fullUrl", QStringLiteral("urn:uuid:%1").arg(i)}, {"resource", resource}});
    }
    QJsonObject root{{"entry", entries}};
    if (!filtered) {
        root.insert("resourceType", "Bundle");
        root.insert("total", n);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void fill(QStandardItem *parent, const QJsonValue &v)
{
    const auto add = [parent](const QString &key, const QJsonValue &child) {
        auto *k = new QStandardItem(key);
        QString text;
        if (child.isObject() || child.isArray())
            text = QStringLiteral("…");
        else
            text = child.toVariant().toString();
        parent->appendRow({k, new QStandardItem(text)});
        fill(k, child);
    };
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

// The baseline diff: walk both values by path; what `before` has and `after`
// lacks is removed, the reverse added, differing scalars changed.
void naiveDiff(const QJsonValue &b, const QJsonValue &a, const QString &path, QStringList *removed,
    QStringList *added, int *changed)
{
    if (b.isObject() && a.isObject()) {
        const QJsonObject bo = b.toObject();
        const QJsonObject ao = a.toObject();
        for (auto it = bo.begin(); it != bo.end(); ++it) {
            const QString p = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!ao.contains(it.key()))
                removed->append(p);
            else
                naiveDiff(it.value(), ao.value(it.key()), p, removed, added, changed);
        }
        for (auto it = ao.begin(); it != ao.end(); ++it) {
            if (!bo.contains(it.key()))
                added->append(path.isEmpty() ? it.key() : path + u'.' + it.key());
        }
    } else if (b.isArray() && a.isArray()) {
        const QJsonArray ba = b.toArray();
        const QJsonArray aa = a.toArray();
        for (qsizetype i = 0; i < std::max(ba.size(), aa.size()); ++i) {
            const QString p = path + QStringLiteral("[%1]").arg(i);
            if (i >= aa.size())
                removed->append(p);
            else if (i >= ba.size())
                added->append(p);
            else
                naiveDiff(ba.at(i), aa.at(i), p, removed, added, changed);
        }
    } else if (b != a) {
        ++*changed;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 1;
    while (bundle(n, false).size() < 1024 * 1024)
        n *= 2;
    // Bisect to about 1 MB.
    int lo = n / 2;
    int hi = n;
    while (hi - lo > 8) {
        const int mid = (lo + hi) / 2;
        (bundle(mid, false).size() < 1024 * 1024 ? lo : hi) = mid;
    }
    const QByteArray raw = bundle(hi, false);
    const QByteArray filtered = bundle(hi, true);
    std::printf("raw_response: %lld bytes, %d entries; after_filter: %lld bytes\n\n",
        qlonglong(raw.size()), hi, qlonglong(filtered.size()));
    std::printf("%-46s %12s %12s %8s\n", "", "ours", "baseline", "ratio");

    constexpr int kRuns = 5;
    std::vector<double> oursWork, oursUi, baseWork, oursDiff, baseDiff, treeBuild;
    for (int run = 0; run < kRuns; ++run) {
        // Ours: parse + flat tree (off the UI thread in the console), then the
        // model and its first level (on it).
        QElapsedTimer t;
        t.start();
        auto tree = std::make_shared<const JsonTree>(
            JsonTree::fromJson(QJsonDocument::fromJson(raw).object()));
        const double built = msSince(t);
        QElapsedTimer ui;
        ui.start();
        JsonTreeModel model;
        model.setTree(tree);
        for (int r = 0; r < model.rowCount(); ++r) {
            (void)model.index(r, 0).data();
            (void)model.index(r, 1).data();
        }
        const double uiMs = msSince(ui);
        oursWork.push_back(built + uiMs);
        oursUi.push_back(uiMs);

        // Baseline: parse and the whole QStandardItemModel tree, as naive code does.
        t.restart();
        QStandardItemModel standard;
        fill(standard.invisibleRootItem(), QJsonDocument::fromJson(raw).object());
        for (int r = 0; r < standard.rowCount(); ++r)
            (void)standard.index(r, 0).data();
        baseWork.push_back(msSince(t));

        // The diff of the two stages, each already decoded for display.
        const JsonTree before = JsonTree::fromJson(QJsonDocument::fromJson(raw).object());
        t.restart();
        const JsonTree after = JsonTree::fromJson(QJsonDocument::fromJson(filtered).object());
        treeBuild.push_back(msSince(t));
        t.restart();
        const JsonDiff diff = JsonDiff::compute(before, after);
        oursDiff.push_back(msSince(t));
        const QJsonValue b = QJsonDocument::fromJson(raw).object();
        const QJsonValue a = QJsonDocument::fromJson(filtered).object();
        QStringList removed;
        QStringList added;
        int changed = 0;
        t.restart();
        naiveDiff(b, a, QString(), &removed, &added, &changed);
        baseDiff.push_back(msSince(t));
        if (run == 0)
            std::printf("(diff: ours %d removals in %d shapes, %d moved; baseline %lld removed "
                        "paths)\n",
                diff.removed, int(diff.removals.size()), diff.renamed, qlonglong(removed.size()));
    }
    row("open 1 MB: all the work to the first level", median(oursWork), median(baseWork), "");
    row("open 1 MB: of it on the UI thread", median(oursUi), median(baseWork), "<= 100 ms");
    row("stage diff of two 1 MB stages", median(oursDiff), median(baseDiff), "<= 200 ms");
    std::printf("(building a stage's tree, done anyway to show it: %.2f ms)\n", median(treeBuild));
    return 0;
}
