#pragma once

#include "records.h"

#include <QByteArray>
#include <QDate>

namespace cc {

// One day of a connection's runs, in UTC, for the support bundle.
struct DailyRunTotals
{
    QDate date;
    int runs = 0;
    int completed = 0;
    int partial = 0;
    int failed = 0;
    int rateLimited = 0;
    qint64 recordsWritten = 0;
};

// What support staff attach to a ticket about one connection: its state, its
// runs, the days with runs and the failures among them. Built only from what
// the platform shows about the connection: no credential, no token and no
// header is ever part of these records.
struct SupportBundle
{
    Connection connection;
    QVector<SyncRun> runs; // newest first
    QVector<DailyRunTotals> daysUtc; // days with runs only
    qint64 generatedAtMs = 0;
    QString generator; // "Connections Console 0.1.0"
};

namespace json {
// The bundle as JSON (bundle_version 1): connection, runs, daily_utc, failures
// (failed runs, and completed runs with failed streams).
QByteArray encodeSupportBundle(const SupportBundle &bundle);
// The runs as CSV (RFC 4180), one header line then one line per run. A field
// that a spreadsheet would run as a formula (= + - @ at the start) is
// prefixed with a ' (OWASP's CSV injection advice).
QByteArray encodeRunsCsv(const QVector<SyncRun> &runs);
} // namespace json

} // namespace cc
