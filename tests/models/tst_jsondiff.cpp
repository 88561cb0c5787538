// The stage diff of the integrations test bench (models/jsondiff.h) on known
// JSON: what a response filter removed, what a mapping moved (renamed), what
// a template changed or added; every expectation written out by hand.
#include "jsondiff.h"
#include "jsontree.h"
#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

using namespace cc;

namespace {

JsonTree tree(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("tst_jsondiff: bad fixture %s", json);
    return JsonTree::fromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
}

// The index of the node at `path` ("" for the root), -1 when there is none.
int at(const JsonTree &t, const QString &path)
{
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        if (t.path(i) == path)
            return i;
    }
    return -1;
}

const char *const kRaw = R"({"resourceType":"Bundle","total":2,"entry":[
    {"resource":{"id":"p1","gender":"female","name":[{"family":"Doe"}]}},
    {"resource":{"id":"p2","gender":"male","name":[{"family":"Roe"}]}}]})";
const char *const kFiltered = R"({"entry":[
    {"resource":{"id":"p1","name":[{"family":"Doe"}]}},
    {"resource":{"id":"p2","name":[{"family":"Roe"}]}}]})";
const char *const kMapped = R"({"patients":[
    {"id":"p1","name":[{"family":"Doe"}]},{"id":"p2","name":[{"family":"Roe"}]}]})";

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void treeShapeAndPaths()
    {
        const JsonTree t = tree(kRaw);
        // 1 root + 3 keys + 2 entries + 2 resources + 2×(id, gender, name, name[0], family)
        QCOMPARE(t.nodes.size(), 18);
        const int family = at(t, QStringLiteral("entry[1].resource.name[0].family"));
        QVERIFY(family > 0);
        QCOMPARE(t.node(family).text, QStringLiteral("Roe"));
        QCOMPARE(t.node(family).kind, JsonTree::Kind::String);
        QCOMPARE(t.shape(family), QStringLiteral("entry[].resource.name[].family"));
        const int total = at(t, QStringLiteral("total"));
        QCOMPARE(t.node(total).text, QStringLiteral("2"));
        QCOMPARE(t.node(total).kind, JsonTree::Kind::Number);
        QCOMPARE(t.node(0).count, 3);
        QVERIFY(t.indented.contains(QStringLiteral("\"resourceType\": \"Bundle\"")));
        // Equal content, equal hash, wherever it sits; different content differs.
        const JsonTree f = tree(kFiltered);
        const JsonTree m = tree(kMapped);
        QCOMPARE(m.node(at(m, QStringLiteral("patients[0]"))).hash,
            f.node(at(f, QStringLiteral("entry[0].resource"))).hash);
        QVERIFY(m.node(at(m, QStringLiteral("patients[0]"))).hash
            != m.node(at(m, QStringLiteral("patients[1]"))).hash);
        QVERIFY(tree(R"({"a":"1"})").node(1).hash != tree(R"({"a":1})").node(1).hash);
        QVERIFY(tree(R"({"a":1})").node(0).hash != tree(R"({"b":1})").node(0).hash);
    }

    void aFilterRemovesFields()
    {
        const JsonDiff d = JsonDiff::compute(tree(kRaw), tree(kFiltered));
        QCOMPARE(d.removals.size(), 3);
        QCOMPARE(d.removed, 4);
        QCOMPARE(d.added, 0);
        QCOMPARE(d.changed, 0);
        QCOMPARE(d.renamed, 0);
        QStringList shapes;
        for (const JsonDiff::Removal &r : d.removals)
            shapes << QStringLiteral("%1 %2 %3").arg(r.shape, r.firstPath).arg(r.count);
        shapes.sort();
        QCOMPARE(shapes,
            QStringList({QStringLiteral("entry[].resource.gender entry[0].resource.gender 2"),
                QStringLiteral("resourceType resourceType 1"), QStringLiteral("total total 1")}));
        for (JsonDiff::Mark m : d.marks)
            QCOMPARE(m, JsonDiff::Mark::Same);
    }

    void aMappingMovesWithoutRemoving()
    {
        const JsonTree before = tree(kFiltered);
        const JsonTree after = tree(kMapped);
        const JsonDiff d = JsonDiff::compute(before, after);
        QVERIFY(d.removals.isEmpty());
        QCOMPARE(d.removed, 0);
        QCOMPARE(d.renamed, 2);
        QCOMPARE(d.added, 1); // "patients" itself is new
        const int patients = at(after, QStringLiteral("patients"));
        QCOMPARE(d.marks.at(patients), JsonDiff::Mark::Added);
        const int p1 = at(after, QStringLiteral("patients[1]"));
        QCOMPARE(d.marks.at(p1), JsonDiff::Mark::Renamed);
        QCOMPARE(before.path(d.movedFrom.at(p1)), QStringLiteral("entry[1].resource"));
        const int family = at(after, QStringLiteral("patients[0].name[0].family"));
        QCOMPARE(d.marks.at(family), JsonDiff::Mark::Renamed); // moved with its parent
        QCOMPARE(d.movedFrom.at(family), -1);
        QCOMPARE(d.marks.at(0), JsonDiff::Mark::Same);
    }

    void changedAddedAndKindChanges()
    {
        const JsonTree after = tree(R"({"a":2,"b":"x","c":true})");
        const JsonDiff d = JsonDiff::compute(tree(R"({"a":1,"b":"x"})"), after);
        QCOMPARE(d.changed, 1);
        QCOMPARE(d.added, 1);
        QCOMPARE(d.removed, 0);
        QCOMPARE(d.marks.at(at(after, QStringLiteral("a"))), JsonDiff::Mark::Changed);
        QCOMPARE(d.marks.at(at(after, QStringLiteral("b"))), JsonDiff::Mark::Same);
        QCOMPARE(d.marks.at(at(after, QStringLiteral("c"))), JsonDiff::Mark::Added);

        // An array that became a string: changed, and its item is gone.
        const JsonDiff k = JsonDiff::compute(tree(R"({"a":[1]})"), tree(R"({"a":"1"})"));
        QCOMPARE(k.changed, 1);
        QCOMPARE(k.removals.size(), 1);
        QCOMPARE(k.removals.at(0).shape, QStringLiteral("a[]"));
        QCOMPARE(k.removals.at(0).firstPath, QStringLiteral("a[0]"));
    }

    void equalValuesMoveOnceEach()
    {
        const JsonTree before = tree(R"({"a":1,"b":1})");
        const JsonTree after = tree(R"({"c":1,"d":1})");
        const JsonDiff d = JsonDiff::compute(before, after);
        QCOMPARE(d.renamed, 2);
        QVERIFY(d.removals.isEmpty());
        const int c = d.movedFrom.at(at(after, QStringLiteral("c")));
        const int e = d.movedFrom.at(at(after, QStringLiteral("d")));
        QVERIFY(c > 0 && e > 0 && c != e);

        // Three equal values into two places: one is removed.
        const JsonDiff three = JsonDiff::compute(tree(R"({"a":1,"b":1,"x":1})"), after);
        QCOMPARE(three.renamed, 2);
        QCOMPARE(three.removed, 1);
    }

    void theTreeModelShowsAStageAndItsMarks()
    {
        auto before = std::make_shared<const JsonTree>(tree(kFiltered));
        auto after = std::make_shared<const JsonTree>(tree(kMapped));
        auto diff = std::make_shared<const JsonDiff>(JsonDiff::compute(*before, *after));
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setTree(before);
        QCOMPARE(model.rowCount(), 1); // entry
        model.setTree(after, before, diff);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex patients = model.index(0, JsonTreeModel::KeyColumn);
        QCOMPARE(patients.data().toString(), QStringLiteral("patients"));
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(),
            QStringLiteral("[2 items]"));
        QCOMPARE(patients.data(JsonTreeModel::MarkRole).toInt(), int(JsonDiff::Mark::Added));
        QCOMPARE(model.rowCount(patients), 2);
        const QModelIndex second = model.index(1, 0, patients);
        QCOMPARE(second.data().toString(), QStringLiteral("[1]"));
        QCOMPARE(second.data(JsonTreeModel::PathRole).toString(), QStringLiteral("patients[1]"));
        QVERIFY(second.data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("Moved here from entry[1].resource")));
        QCOMPARE(model.parent(second), patients);
        const QModelIndex id = model.index(0, JsonTreeModel::ValueColumn, second);
        QCOMPARE(model.index(0, 0, second).data().toString(), QStringLiteral("id"));
        QCOMPARE(id.data().toString(), QStringLiteral("\"p2\""));
        QCOMPARE(model.parent(id), second.siblingAtColumn(0));
        // indexOfNode finds the same index the view walked to.
        const int node = at(*after, QStringLiteral("patients[1].id"));
        QCOMPARE(model.indexOfNode(node), model.index(0, 0, second));
        // A diff that does not belong to the tree is not shown.
        model.setTree(before, after, diff);
        QCOMPARE(
            model.index(0, 0).data(JsonTreeModel::MarkRole).toInt(), int(JsonDiff::Mark::Same));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void aStageThatDidNotRun()
    {
        const JsonTree none = JsonTree::fromJson(QJsonValue(QJsonValue::Undefined));
        QVERIFY(none.isEmpty());
        const JsonDiff gone = JsonDiff::compute(tree(R"({"a":1})"), none);
        QVERIFY(gone.marks.isEmpty());
        const JsonDiff fresh = JsonDiff::compute(none, tree(R"({"a":1})"));
        QCOMPARE(fresh.added, 2);
        QCOMPARE(JsonDiff::compute(tree(kRaw), tree(kRaw)).isEmpty(), true);
    }
};

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
