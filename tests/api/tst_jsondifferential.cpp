// The streaming connections-page reader against QJsonDocument, the
// independent oracle: on every input it calls a body JSON exactly when Qt
// does, and what it accepts the QJsonDocument-based decoder reads the same. The inputs are the
// fuzzer's corpus in the tree (tests/fuzz/corpus/fuzz_connectionpage) and the edge cases where a
// hand-written JSON reader usually differs from Qt 6.4's.
#include "jsoncodec.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace cc;

class TestJsonDifferential : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQt_data();
    void agreesWithQt();
};

void TestJsonDifferential::agreesWithQt_data()
{
    QTest::addColumn<QByteArray>("body");
    const QDir corpus(QStringLiteral(CC_FUZZ_CORPUS));
    const QStringList files = corpus.entryList(QDir::Files);
    QVERIFY2(files.size() >= 5, qPrintable(corpus.path()));
    for (const QString &name : files) {
        QFile f(corpus.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(QStringLiteral("corpus/") + name)) << f.readAll();
    }
    // Each edge case inside a valid page, so only the syntax decides.
    const auto page = [](const QByteArray &value) -> QByteArray {
        return QByteArray(R"({"connections":[],"x":)") + value + '}';
    };
    const QList<QByteArray> values = {"\"a\tb\"", "\"\\x15\"", "\"\\u+041\"", "\"\\u00\"",
        "\"\\uGGGG\"", "\"\\uD800\"", "\"\\\xC3\xA9\"", "\"\\\xC3\"", "\"\xC0\xAF\"",
        "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xFF\"", "\"\xE2\x82\"",
        QByteArray("\"a\0b\"", 5), "1.", ".5", "-.5", ".", "-", "+1", "01", "-01", "1e", "1e+",
        "1.e5", "1e400", "1E-999", "5e-324", "1.8e308", "9223372036854775808", "--1", "0x10",
        "Infinity", "nul", "[1,]", "{\"a\":1,}", "[\f1]", "[\v1]", "true", "[true false]",
        QByteArray(1024 - 2, '[') + QByteArray(1024 - 2, ']'),
        QByteArray(1025 - 2, '[') + QByteArray(1025 - 2, ']')};
    for (const QByteArray &v : values)
        QTest::newRow(qPrintable(
            QStringLiteral("value ") + QString::fromLatin1(v.left(24).toPercentEncoding())))
            << page(v);
    QTest::newRow("BOM first") << QByteArray("\xEF\xBB\xBF{\"connections\":[]}");
    QTest::newRow("BOM after space") << QByteArray(" \xEF\xBB\xBF{\"connections\":[]}");
    QTest::newRow("NUL then garbage") << QByteArray("{\"connections\":[]}\0zz", 21);
    QTest::newRow("trailing NUL") << QByteArray("{\"connections\":[]}\0", 19);
    QTest::newRow("trailing space") << QByteArray("{\"connections\":[]} \n");
    QTest::newRow("a number at the very end") << QByteArray("{\"connections\":[],\"x\":1");
    QTest::newRow("top-level array") << QByteArray("[]");
    QTest::newRow("top-level number") << QByteArray("42");
    QTest::newRow("contract error, then broken")
        << QByteArray(R"({"connections":[{"id":1}],"x":[})");
    const QByteArray row = R"({"id":"con_%1","connector_type":"hubspot","name":"Row %1",)"
                           R"("status":"connected","health":"healthy"})";
    const auto rowN = [&row](const char *n) {
        return QByteArray(row).replace("%1", n);
    };
    QTest::newRow("a repeated connections key") << QByteArray("{\"connections\":[" + rowN("1") + ","
        + rowN("2") + "],\"connections\":[" + rowN("3") + "]}");
    QTest::newRow("contract error, valid JSON") << QByteArray(R"({"connections":[{"id":1}]})");
    // Qt compares keys after decoding them: an escaped key names the same
    // member as its plain spelling, and a key led by a byte order mark is
    // another key. A repeated last_run counts by its last value.
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("a row key led by a BOM") << QByteArray(
        "{\"connections\":[" + rowN("1").chopped(1) + ",\"" + bom + "name\":\"Renamed\"}]}");
    QTest::newRow("an escaped row key") << QByteArray(
        "{\"connections\":[" + rowN("1").chopped(1) + R"(,"n\u0061me":"Renamed"})" + "]}");
    QTest::newRow("an escaped required key alone")
        << QByteArray(R"({"connections":[{"\u0069d":"con_1","connector_type":"x","name":"n",)"
                      R"("status":"connected"}]})");
    QTest::newRow("the connections key led by a BOM")
        << QByteArray("{\"" + bom + "connections\":[" + rowN("1") + "]}");
    QTest::newRow("an escaped connections key")
        << QByteArray(R"({"connections":[],"c\u006fnnections":[)" + rowN("2") + "]}");
    QTest::newRow("an escaped next_cursor key")
        << QByteArray(R"({"connections":[],"next\u005fcursor":"c2"})");
    QTest::newRow("a key with two BOMs keeps one") << QByteArray(
        "{\"connections\":[" + rowN("1").chopped(1) + ",\"" + bom + bom + "name\":\"Renamed\"}]}");
    QTest::newRow("a repeated last_run, null last") << QByteArray("{\"connections\":["
        + rowN("1").chopped(1) + R"(,"last_run":{"status":"failed","id":"r1"},"last_run":null}]})");
    QTest::newRow("a broken last_run, then a good one")
        << QByteArray("{\"connections\":[" + rowN("1").chopped(1)
               + R"(,"last_run":{"id":"r1"},"last_run":{"status":"failed","id":"r2"}}]})");
    QTest::newRow("an escaped timestamp") << QByteArray("{\"connections\":[" + rowN("1").chopped(1)
        + R"(,"last_synced_at":"2026-12-01T23:24:13.3\48Z"}]})");
    QTest::newRow("a timestamp led by a BOM") << QByteArray("{\"connections\":["
        + rowN("1").chopped(1) + ",\"last_synced_at\":\"" + bom + "2026-12-01T23:24:13.348Z\"}]}");
    QTest::newRow("an escaped last_run key") << QByteArray("{\"connections\":["
        + rowN("1").chopped(1) + R"(,"l\u0061st_run":{"status":"failed","id":"r1"}}]})");
}

void TestJsonDifferential::agreesWithQt()
{
    QFETCH(QByteArray, body);
    QJsonParseError parse;
    QJsonDocument::fromJson(body, &parse);
    const bool qtAccepts = parse.error == QJsonParseError::NoError;
    QVector<Connection> rows;
    QString next;
    json::Error error;
    const bool ok = json::decodeConnectionPage(body, &rows, &next, &error);
    const bool syntaxError = !ok && error.message.startsWith(QLatin1String("is not valid JSON"));
    if (ok) {
        // Accepted: the QJsonDocument-based decoder reads the same rows.
        QVector<Connection> domRows;
        QString domNext;
        json::Error domError;
        QVERIFY2(json::decodeConnectionPageDom(body, &domRows, &domNext, &domError),
            qPrintable(domError.text()));
        QCOMPARE(rows.size(), domRows.size());
        QCOMPARE(next, domNext);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).id, domRows.at(i).id);
            QCOMPARE(rows.at(i).name, domRows.at(i).name);
            // Every field the console keeps, through the row's fingerprint.
            QCOMPARE(rows.at(i).fingerprint, domRows.at(i).fingerprint);
        }
    }
    QVERIFY2(qtAccepts != syntaxError,
        qPrintable(QStringLiteral("Qt: %1; ours: %2")
                       .arg(qtAccepts ? QStringLiteral("accepts") : parse.errorString(),
                           ok ? QStringLiteral("accepts") : error.text())));
}

QTEST_GUILESS_MAIN(TestJsonDifferential)
#include "tst_jsondifferential.moc"
