// libFuzzer target: the streaming connections-page reader (the console's
// hottest decoder, fed by the server), under ASan and UBSan, with two
// differential checks on every input:
//  - it calls a body JSON exactly when QJsonDocument does (a syntax error
//    from ours if and only if Qt rejects the body);
//  - when it accepts a page, the QJsonDocument-based decoder accepts it too,
//    with the same rows, field for field, in the same order.
#include "jsoncodec.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parse;
    QJsonDocument::fromJson(body, &parse);
    const bool qtAccepts = parse.error == QJsonParseError::NoError;

    QVector<cc::Connection> rows;
    QString next;
    cc::json::Error error;
    const bool ok = cc::json::decodeConnectionPage(body, &rows, &next, &error);
    const bool syntaxError = !ok && error.message.startsWith(QLatin1String("is not valid JSON"));
    if (qtAccepts == syntaxError) {
        std::fprintf(stderr, "differential: Qt %s, ours %s (%s)\n",
            qtAccepts ? "accepts" : "rejects", qPrintable(error.text()),
            qPrintable(parse.errorString()));
        std::abort();
    }
    if (ok) {
        QVector<cc::Connection> domRows;
        QString domNext;
        cc::json::Error domError;
        if (!cc::json::decodeConnectionPageDom(body, &domRows, &domNext, &domError)) {
            std::fprintf(stderr, "differential: the DOM decoder refuses what ours accepts: %s\n",
                qPrintable(domError.text()));
            std::abort();
        }
        if (domRows.size() != rows.size() || domNext != next) {
            std::fprintf(stderr, "differential: %lld rows against the DOM's %lld\n",
                static_cast<long long>(rows.size()), static_cast<long long>(domRows.size()));
            std::abort();
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            // The fingerprint digests every field the console keeps.
            if (rows.at(i).id != domRows.at(i).id || rows.at(i).name != domRows.at(i).name
                || rows.at(i).fingerprint != domRows.at(i).fingerprint) {
                std::fprintf(stderr, "differential: row %lld differs\n", static_cast<long long>(i));
                std::abort();
            }
        }
    }
    return 0;
}
