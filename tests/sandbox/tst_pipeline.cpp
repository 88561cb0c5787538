// The endpoint test's response pipeline on known data, stage by stage, with
// the expected values written out by hand (docs/sandbox.md, "The endpoint
// test"); and the secret box that keeps integration secrets at rest.
#include "pipeline.h"
#include "secretbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sandbox;

namespace {
QJsonValue parse(const char *json)
{
    const QJsonDocument d = QJsonDocument::fromJson(json);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// A FHIR searchset the way the fake upstream (and real servers) answer.
const char *const kBundle = R"({"resourceType":"Bundle","total":2,"entry":[
  {"resource":{"resourceType":"Patient","id":"p1","name":[{"family":"Lovelace","given":["Ada"]}],"birthDate":"1985-12-10","gender":"female"}},
  {"resource":{"resourceType":"Patient","id":"p2","name":[{"family":"Hopper","given":["Grace","B."]}],"birthDate":"1956-12-09"}}]})";
} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void selectPaths();
    void filterKeepsOnlyThePathsWithTheirStructure();
    void filterAppliesToEachElementOfATopLevelArray();
    void mappingBuildsOneObjectPerValue();
    void templateRendersEachElement();
    void truncationEndsWithAnEllipsis();
    void theWholePipelineOnABundle();
    void paramsAreCheckedAgainstTheInputSchema();
    void secretBoxRoundTripsAndRefusesTampering();
};

void TestPipeline::selectPaths()
{
    const QJsonValue b = parse(kBundle);
    QCOMPARE(pipeline::select(b, "total"), QJsonValue(2));
    QCOMPARE(pipeline::select(b, "entry[1].resource.id"), QJsonValue("p2"));
    QCOMPARE(pipeline::select(b, "entry[].resource.id"), parse(R"(["p1","p2"])"));
    QCOMPARE(pipeline::select(b, "entry[0].resource.name[0].given[0]"), QJsonValue("Ada"));
    QCOMPARE(pipeline::select(b, "entry[5].resource"), QJsonValue(QJsonValue::Null));
    QCOMPARE(pipeline::select(b, "nope.deeper"), QJsonValue(QJsonValue::Null));
    QCOMPARE(pipeline::select(b, "entry[].resource.gender"), parse(R"(["female",null])"));
}

void TestPipeline::filterKeepsOnlyThePathsWithTheirStructure()
{
    const QJsonValue out = pipeline::applyFilter(
        parse(kBundle), {"total", "entry[].resource.id", "entry[].resource.birthDate"});
    QCOMPARE(out,
        parse(
            R"({"total":2,"entry":[{"resource":{"id":"p1","birthDate":"1985-12-10"}},{"resource":{"id":"p2","birthDate":"1956-12-09"}}]})"));
    // A path that is absent adds nothing; no paths leave the value as it is.
    QCOMPARE(pipeline::applyFilter(parse(R"({"a":1})"), {"b.c"}), parse("{}"));
    QCOMPARE(pipeline::applyFilter(parse(R"({"a":1})"), {}), parse(R"({"a":1})"));
}

void TestPipeline::filterAppliesToEachElementOfATopLevelArray()
{
    QCOMPARE(pipeline::applyFilter(parse(R"([{"id":1,"x":2},{"id":3,"y":4}])"), {"id"}),
        parse(R"([{"id":1},{"id":3}])"));
}

void TestPipeline::mappingBuildsOneObjectPerValue()
{
    const QJsonObject mapping
        = parse(R"({"who":"name[0].family","born":"birthDate","missing":"x.y"})").toObject();
    QCOMPARE(pipeline::applyMapping(
                 parse(R"({"name":[{"family":"Turing"}],"birthDate":"1972"})"), mapping),
        parse(R"({"who":"Turing","born":"1972","missing":null})"));
    QCOMPARE(pipeline::applyMapping(parse(R"([{"birthDate":"a"},{"birthDate":"b"}])"),
                 parse(R"({"d":"birthDate"})").toObject()),
        parse(R"([{"d":"a"},{"d":"b"}])"));
    QCOMPARE(pipeline::applyMapping(parse(R"({"k":1})"), {}), parse(R"({"k":1})"));
}

void TestPipeline::templateRendersEachElement()
{
    QCOMPARE(pipeline::applyTemplate(parse(R"({"a":"x","n":3,"t":true,"o":{"k":1},"z":null})"),
                 "{{a}}-{{ n }}-{{t}}-{{o}}-[{{z}}]-{{missing}}", true),
        QStringLiteral("x-3-true-{\"k\":1}-[]-"));
    QCOMPARE(pipeline::applyTemplate(parse(R"([{"a":1},{"a":2}])"), "#{{a}}", true),
        QStringLiteral("#1\n#2"));
    QCOMPARE(
        pipeline::applyTemplate(QJsonValue("plain"), "<{{.}}>", true), QStringLiteral("<plain>"));
    // No template: compact JSON, a string as it is.
    QCOMPARE(pipeline::applyTemplate(parse(R"({"b":[1,2]})"), {}, false),
        QStringLiteral("{\"b\":[1,2]}"));
    QCOMPARE(pipeline::applyTemplate(QJsonValue("text"), {}, false), QStringLiteral("text"));
}

void TestPipeline::truncationEndsWithAnEllipsis()
{
    QCOMPARE(pipeline::truncate(QStringLiteral("abcdefgh"), 5), QStringLiteral("abcd…"));
    QCOMPARE(pipeline::truncate(QStringLiteral("abcde"), 5), QStringLiteral("abcde"));
    QCOMPARE(pipeline::truncate(QStringLiteral("abcdefgh"), 0), QStringLiteral("abcdefgh"));
}

void TestPipeline::theWholePipelineOnABundle()
{
    // The built-in fhir_patient_search endpoint's configuration.
    const QJsonValue filtered = pipeline::applyFilter(parse(kBundle),
        {"entry[].resource.id", "entry[].resource.name", "entry[].resource.birthDate"});
    const QJsonValue mapped
        = pipeline::applyMapping(filtered, parse(R"({"patients":"entry[].resource"})").toObject());
    QCOMPARE(mapped,
        parse(
            R"({"patients":[{"id":"p1","name":[{"family":"Lovelace","given":["Ada"]}],"birthDate":"1985-12-10"},
                              {"id":"p2","name":[{"family":"Hopper","given":["Grace","B."]}],"birthDate":"1956-12-09"}]})"));
    const QJsonValue keyed = pipeline::select(mapped, "patients");
    const QString text = pipeline::applyTemplate(
        keyed, "{{name[0].given[0]}} {{name[0].family}} (born {{birthDate}}, {{id}})", true);
    QCOMPARE(text,
        QStringLiteral("Ada Lovelace (born 1985-12-10, p1)\nGrace Hopper (born 1956-12-09, p2)"));
    QCOMPARE(pipeline::truncate(text, 20), QStringLiteral("Ada Lovelace (born …"));
}

void TestPipeline::paramsAreCheckedAgainstTheInputSchema()
{
    const QJsonObject schema = parse(R"({"type":"object","additionalProperties":false,
        "properties":{"name":{"type":"string","minLength":2},"count":{"type":"integer","minimum":1,"maximum":50},
                      "plan":{"type":"string","enum":["gold","silver"]},"active":{"type":"boolean"}},
        "required":["name"]})")
                                   .toObject();
    fastapi::Errors ok;
    pipeline::validateParams(
        schema, parse(R"({"name":"Ada","count":5,"plan":"gold","active":true})").toObject(), &ok);
    QVERIFY(ok.isEmpty());

    fastapi::Errors bad;
    pipeline::validateParams(schema,
        parse(R"({"count":1.5,"plan":"platinum","active":"yes","extra":1})").toObject(), &bad);
    const QJsonArray items = QJsonDocument::fromJson(bad.reply().body).object()["detail"].toArray();
    QStringList seen;
    for (const QJsonValue &i : items)
        seen << i["loc"][2].toString() + u':' + i["type"].toString();
    seen.sort();
    QCOMPARE(seen,
        QStringList({"active:bool_type", "count:int_type", "extra:extra_forbidden", "name:missing",
            "plan:enum"}));
    fastapi::Errors range;
    pipeline::validateParams(schema, parse(R"({"name":"A","count":51})").toObject(), &range);
    const QByteArray body = range.reply().body;
    QVERIFY2(
        body.contains("string_too_short") && body.contains("less_than_equal"), body.constData());
}

void TestPipeline::secretBoxRoundTripsAndRefusesTampering()
{
    const QByteArray key = SecretBox::generateKey();
    QCOMPARE(key.size(), 32);
    const SecretBox box(key);
    const QByteArray secret = "upstream-demo-secret with ünïcode";
    const QByteArray sealed = box.seal(secret);
    QVERIFY(!sealed.contains("upstream-demo-secret"));
    QCOMPARE(box.open(sealed).value_or(QByteArray()), secret);
    // Two seals of one secret differ (a fresh nonce each time).
    QVERIFY(box.seal(secret) != sealed);
    // One flipped bit anywhere, or another key: refused.
    for (qsizetype i = 3; i < sealed.size(); i += 7) {
        QByteArray altered = sealed;
        altered[i] = char(altered[i] ^ 0x01);
        QVERIFY2(!box.open(altered).has_value(), qPrintable(QString::number(i)));
    }
    QVERIFY(!SecretBox(SecretBox::generateKey()).open(sealed).has_value());
    QVERIFY(!box.open(QByteArray("sb1short")).has_value());
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
