// Issue 12's figures on a large inventory, each beside the console's previous
// behaviour doing the same work in the same run, with the ratio. It measures
// and prints; it never passes or fails on time.
//
//   export CONNECTIONS_SANDBOX=build/release/sandbox/connections-sandbox
//   build/release/tests/bench/bench_inventory [rows…] [--window SECONDS] [--loads-only]
//
// For each size (default 10,000 and 100,000) it starts the sandbox on a
// database kept in the temp directory (seeded once, reused: seeding 100,000
// rows takes a minute), with a slow clock so that no scheduled sync starts
// during a window, and measures, through a byte-counting proxy:
//  - connect to the first rows painted, and to the whole inventory: ours
//    pages (250 rows, then 5000 at a time) and paints the first page; the
//    previous console fetched the single list, then decoded and painted it;
//  - bytes and requests per minute, settled (nothing in flight) and with ten
//    rows in flight: ours is the poller as the console runs it (a delta per
//    interval, a background refresh every 60 s); the previous console listed
//    everything every max(2 s, twice the last request) whenever a row was in
//    flight, and the scale workspace always has pending rows, which it
//    counted as in flight, so it never stopped.
#include "connectionpoller.h"
#include "connectionsmodel.h"
#include "countingproxy.h"
#include "httpclient.h"
#include "platformclient.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace cc;

namespace {

const QString kKey = QStringLiteral("bench-inventory-key");

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct LoadTimes
{
    double firstMs = 0;
    double wholeMs = 0;
};

// One load into a fresh model shown in a table: paged (ours) or the single list.
LoadTimes load(QNetworkAccessManager *nam, const QString &origin, bool paged)
{
    PlatformClient client(nam);
    client.setServer(QUrl(origin));
    client.setTokenProvider([] { return kKey; });
    ConnectionsModel model;
    QTableView view;
    view.resize(1200, 700);
    view.setModel(&model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the table was never exposed\n");
    LoadTimes out;
    bool done = false;
    QElapsedTimer t;
    t.start();
    PlatformClient::Progress progress;
    if (paged) {
        progress = [&](const QVector<Connection> &page, qint64, qint64) {
            model.mergeConnections(page);
            if (out.firstMs == 0) {
                view.viewport()->repaint();
                out.firstMs = double(t.nsecsElapsed()) / 1e6;
            }
        };
    }
    client.fetchConnections(
        &view,
        [&](const QVector<Connection> &rows, const ApiError &error) {
            if (error.isError())
                std::fprintf(stderr, "load failed: %s\n", qPrintable(error.detail));
            model.applyConnections(rows);
            view.viewport()->repaint();
            out.wholeMs = double(t.nsecsElapsed()) / 1e6;
            if (out.firstMs == 0)
                out.firstMs = out.wholeMs;
            done = true;
        },
        std::move(progress));
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        std::fprintf(stderr, "the load never finished\n");
    return out;
}

struct Traffic
{
    double bytesPerMin = 0;
    double requestsPerMin = 0;
};

qsizetype requestsIn(const QByteArray &log)
{
    return log.count(" -> ");
}

// Ours: the console's poller, over `windowS` seconds.
Traffic ours(QNetworkAccessManager *nam, SandboxProcess &sb, CountingProxy &proxy, int windowS,
    const QStringList &inFlight)
{
    PlatformClient client(nam);
    client.setServer(QUrl(proxy.origin()));
    client.setTokenProvider([] { return kKey; });
    ConnectionPoller poller(&client);
    poller.setBackgroundIntervalMs(60000);
    bool done = false;
    QVector<Connection> rows;
    client.fetchConnections(
        &poller,
        [&](const QVector<Connection> &r, const ApiError &) {
            rows = r;
            done = true;
        },
        [](const QVector<Connection> &, qint64, qint64) {});
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        std::fprintf(stderr, "the load never finished\n");
    poller.watchRows(rows);
    for (const QString &id : inFlight)
        poller.watchId(id); // started from this console
    proxy.reset();
    const qsizetype mark = sb.log().size();
    QTest::qWait(windowS * 1000); // the measurement window
    poller.stop();
    const double perMin = 60.0 / windowS;
    return {double(proxy.bytesDown() + proxy.bytesUp()) * perMin,
        double(requestsIn(sb.log().mid(mark))) * perMin};
}

// The previous console: the whole list again, every max(2 s, twice the last
// request), with no conditional request.
Traffic previous(QNetworkAccessManager *nam, SandboxProcess &sb, CountingProxy &proxy, int windowS)
{
    proxy.reset();
    const qsizetype mark = sb.log().size();
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < windowS * 1000) {
        PlatformClient client(nam); // holds nothing from the last poll
        client.setServer(QUrl(proxy.origin()));
        client.setTokenProvider([] { return kKey; });
        QElapsedTimer took;
        took.start();
        bool done = false;
        client.fetchConnections(
            &client, [&](const QVector<Connection> &, const ApiError &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            std::fprintf(stderr, "a poll never finished\n");
        const qint64 wait = std::max<qint64>(2000, 2 * took.elapsed());
        if (window.elapsed() + wait >= windowS * 1000)
            break;
        QTest::qWait(int(wait)); // the old poller's interval
    }
    const double perMin = 60000.0 / double(window.elapsed());
    return {double(proxy.bytesDown() + proxy.bytesUp()) * perMin,
        double(requestsIn(sb.log().mid(mark))) * perMin};
}

void row(const char *what, double oursV, double prevV, const char *unit, const char *target)
{
    std::printf("| %-44s | %12.1f %s | %12.1f %s | %7.1f× | %s |\n", what, oursV, unit, prevV, unit,
        oursV > 0 ? prevV / oursV : 0.0, target);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (SandboxProcess::executable().isEmpty()) {
        std::fprintf(stderr, "Set CONNECTIONS_SANDBOX to the connections-sandbox executable.\n");
        return 2;
    }
    QList<int> sizes;
    int windowS = 60;
    bool loadsOnly = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--loads-only")
            loadsOnly = true;
        else if (args.at(i) == u"--window" && i + 1 < args.size())
            windowS = std::max(5, args.at(++i).toInt());
        else if (args.at(i).toInt() > 0)
            sizes << args.at(i).toInt();
    }
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    QNetworkAccessManager nam;
    for (const int n : std::as_const(sizes)) {
        const QString db
            = QDir::temp().filePath(QStringLiteral("cc-bench-inventory-%1.sqlite").arg(n));
        std::printf("\n## %d connections (database %s)\n", n, qPrintable(db));
        SandboxProcess sb({QStringLiteral("--workspace"), QStringLiteral("bench=") + kKey,
            QStringLiteral("--seed"), QStringLiteral("scale:%1").arg(n),
            QStringLiteral("--database"), db, QStringLiteral("--time-scale"),
            QStringLiteral("0.0001")});
        sb.setStartTimeout(600000);
        QString error;
        if (!sb.start(&error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
        HttpClient http;
        // Warm the sandbox (its row cache fills after start) and measure one list.
        const QUrl list = sb.api(QStringLiteral("/connections"));
        QElapsedTimer t;
        std::vector<double> serve;
        qint64 listBytes = 0;
        for (int i = 0; i < 4; ++i) {
            t.start();
            listBytes = http.send("GET", list, kKey, {}, "application/json", 120000).body.size();
            if (i > 0)
                serve.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("sandbox serves the whole list (%.1f MB): median of 3 %.0f ms\n",
            double(listBytes) / 1e6, median(serve));

        std::vector<double> firstOurs, wholeOurs, prev;
        for (int i = 0; i < 3; ++i) {
            const LoadTimes o = load(&nam, sb.origin(), true);
            const LoadTimes p = load(&nam, sb.origin(), false);
            firstOurs.push_back(o.firstMs);
            wholeOurs.push_back(o.wholeMs);
            prev.push_back(p.wholeMs);
        }
        if (loadsOnly) {
            std::printf("first rows painted: ours %.1f ms, previous %.1f ms; whole inventory: ours "
                        "%.1f ms, previous %.1f ms (medians of 3)\n",
                median(firstOurs), median(prev), median(wholeOurs), median(prev));
            continue;
        }
        CountingProxy proxy(quint16(QUrl(sb.origin()).port()));
        proxy.listen();
        std::printf("measuring traffic over %d s windows…\n", windowS);
        // Settled, the traffic is one refresh per background interval (60 s):
        // a window of two intervals and a second, so that it holds two.
        const Traffic settled = ours(&nam, sb, proxy, std::max(windowS, 121), {});
        QStringList inFlight;
        for (int i = 0; i < 10; ++i) {
            const HttpResult c = http.postJson(sb.api(QStringLiteral("/connections")), kKey,
                {{QStringLiteral("connector_type"), QStringLiteral("fathom")},
                    {QStringLiteral("api_key"), QStringLiteral("slow_bench-%1").arg(i)}});
            const QString id
                = c.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
            http.send("POST",
                sb.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync")), kKey);
            inFlight << id;
        }
        const Traffic busy = ours(&nam, sb, proxy, windowS, inFlight);
        const Traffic old = previous(&nam, sb, proxy, std::max(10, windowS / 3));
        for (const QString &id : std::as_const(inFlight)) // the database stays as seeded
            http.send("DELETE", sb.url(QStringLiteral("/api/sandbox/connections/") + id), kKey);

        std::printf(
            "\n| figure | ours | previous console | ratio | target |\n|---|---|---|---|---|\n");
        row("connect to first rows painted (median of 3)", median(firstOurs), median(prev), "ms",
            "≤ 500 ms");
        row("connect to the whole inventory (median of 3)", median(wholeOurs), median(prev), "ms",
            "≤ 2 s");
        row("bytes per minute, nothing in flight", settled.bytesPerMin / 1e3, old.bytesPerMin / 1e3,
            "kB", "≤ 1 % of one list");
        row("bytes per minute, 10 rows in flight", busy.bytesPerMin / 1e3, old.bytesPerMin / 1e3,
            "kB", "≤ 1 % of one list");
        row("requests per minute, nothing in flight", settled.requestsPerMin, old.requestsPerMin,
            "  ", "bounded, not by size");
        row("requests per minute, 10 rows in flight", busy.requestsPerMin, old.requestsPerMin, "  ",
            "bounded, not by size");
        std::printf("one full list: %.1f kB; 1 %% of it: %.1f kB; ours, settled: %.3f %% of it per "
                    "minute, 10 in flight: %.3f %%\n",
            double(listBytes) / 1e3, double(listBytes) / 1e5,
            100.0 * settled.bytesPerMin / double(listBytes),
            100.0 * busy.bytesPerMin / double(listBytes));
    }
    return 0;
}
