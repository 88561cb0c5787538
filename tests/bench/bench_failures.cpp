// The Failures page's range change on a workspace like --seed scale:10000 with
// 30 days of runs (issue 12: at most 30 ms, fetching excluded), beside a naive
// baseline that regroups every run through string-keyed maps on each change;
// each side's figure is the worst of the same five changes.
#include "failuresmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <cstdio>

using namespace cc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 now = 1'800'000'000'000LL;
    static const char *const types[]
        = {"hubspot", "salesforce", "gong", "gmail", "slack", "fathom", "notion", "pylon"};
    static const char *const reasons[] = {"transient", "rate_limit", "config", "auth"};
    QVector<WorkspaceRun> runs;
    for (int c = 0; c < 10000; ++c) {
        for (int d = 0; d < 30; ++d) {
            if ((c + d) % 5 != 0)
                continue; // about one run in five failed or was partial
            WorkspaceRun w;
            w.connectionId = QStringLiteral("con_%1").arg(c, 6, 10, QLatin1Char('0'));
            w.connectorType = QString::fromLatin1(types[c % 8]);
            w.run.startedAtMs = now - qint64(d) * 86400000 - (c % 86400) * 1000;
            const bool partial = (c + d) % 3 == 0;
            w.run.status = partial ? RunStatus::Completed : RunStatus::Failed;
            w.run.streamsFailed = partial ? 1 : 4;
            w.run.errorReason = partial ? QString() : QString::fromLatin1(reasons[(c + d) % 4]);
            runs.push_back(w);
        }
    }
    FailuresModel model;
    QElapsedTimer t;
    t.start();
    model.setRuns(runs, now);
    const double ingest = t.nsecsElapsed() / 1e6;
    double worst = 0;
    for (int days : {7, 90, 30, 7, 30}) {
        t.restart();
        model.setRangeDays(days);
        worst = qMax(worst, t.nsecsElapsed() / 1e6);
    }
    double baseline = 0;
    for (int days : {7, 90, 30, 7, 30}) {
        t.restart();
        QMap<QString, QSet<QString>> byCluster;
        QMap<QString, int> counts;
        for (const WorkspaceRun &w : std::as_const(runs)) {
            if (w.run.startedAtMs < now - qint64(days) * 86400000)
                continue;
            const QString key
                = FailuresModel::reasonOf(w.run) + QStringLiteral(" / ") + w.connectorType;
            byCluster[key].insert(w.connectionId);
            ++counts[key];
        }
        baseline = qMax(baseline, t.nsecsElapsed() / 1e6);
    }
    std::printf("Failures page, 10,000 connections x 30 days: %lld failed or partial runs\n",
        qint64(runs.size()));
    std::printf("%-32s %9.2f ms\n", "ingest (once per fetch)", ingest);
    // Both sides: the worst of the same five range changes.
    std::printf("%-32s %9.2f ms   baseline %9.2f ms   ratio %.1fx   target: <= 30 ms and >= 1x\n",
        "range change, worst of 5", worst, baseline, baseline / worst);
    return 0;
}
