#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cc {

class DailyBarsChart;
class DailyBucketsModel;
class DurationChart;
class RunsDayFilter;
class RunsModel;

// The History tab of the selected connection: a range (7 / 30 / 90 days), the
// runs-per-day chart (choosing a day filters the runs), run durations over
// time, the runs newest first, and everything about the selected run with
// Copy details. Shows what RunsModel holds; never loads anything itself.
class ConnectionHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionHistoryView(RunsModel *runs, QWidget *parent = nullptr);

    // The name the run details start with ("Connection: …").
    void setConnectionName(const QString &name) { m_connectionName = name; }
    // The first day the loaded history covers (days before it are "not loaded").
    void setHistoryLoadedFrom(const QDate &day);
    void setUtc(bool utc);
    // Selects the run (all days shown again, so it is in the table).
    void selectRun(const QString &runId);
    // Keyboard focus to the runs, the newest current when none is.
    void focusRuns();
    QString selectedRunDetails() const;
    DailyBarsChart *chart() const { return m_chart; }

private:
    void updateCharts();
    void updateRunDetails();

    RunsModel *const m_runs;
    DailyBucketsModel *const m_buckets;
    RunsDayFilter *const m_dayFilter;
    QComboBox *const m_range;
    DailyBarsChart *const m_chart;
    DurationChart *const m_durations;
    QTableView *const m_runsTable;
    QPlainTextEdit *const m_runDetails;
    QPushButton *const m_copyDetails;
    QString m_connectionName;
    QDate m_loadedFrom;
    bool m_utc = false;
};

} // namespace cc
