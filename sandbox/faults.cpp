#include "faults.h"

#include <QStringList>

namespace sandbox {

namespace {

bool parseRate(const QString &v, double *out)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || d < 0 || d > 1)
        return false;
    *out = d;
    return true;
}

} // namespace

bool FaultSpec::parse(const QString &text, FaultSpec *out, QString *error)
{
    FaultSpec spec;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        const QString key = eq < 0 ? part : part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == u"latency") {
            QString v = value;
            int factor = 1;
            if (v.endsWith(u"ms")) {
                v.chop(2);
            } else if (v.endsWith(u's')) {
                v.chop(1);
                factor = 1000;
            }
            const int n = v.toInt(&ok);
            ok = ok && n >= 0 && n <= 600000 / factor;
            spec.latencyMs = ok ? n * factor : 0; // checked first: no overflow (fuzz_faults)
        } else if (key == u"5xx") {
            ok = parseRate(value, &spec.serverErrorRate);
        } else if (key == u"burst429") {
            const QStringList nm = value.split(u'/');
            bool a = false;
            bool b = false;
            if (nm.size() == 2) {
                spec.burst429Count = nm[0].toInt(&a);
                spec.burst429Period = nm[1].toInt(&b);
            }
            ok = a && b && spec.burst429Count > 0 && spec.burst429Period >= spec.burst429Count;
        } else if (key == u"retry-after") {
            spec.retryAfterSeconds = value.toInt(&ok);
            ok = ok && spec.retryAfterSeconds >= 0 && spec.retryAfterSeconds <= 86400;
        } else if (key == u"malformed") {
            ok = parseRate(value, &spec.malformedRate);
        } else if (key == u"truncated") {
            ok = parseRate(value, &spec.truncatedRate);
        } else if (key == u"runner") {
            ok = value == u"down" || value == u"up";
            spec.runnerDown = value == u"down";
        } else {
            *error = QStringLiteral("unknown fault \"%1\"").arg(key);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("bad value for fault \"%1\": \"%2\"").arg(key, value);
            return false;
        }
    }
    *out = spec;
    return true;
}

QString FaultSpec::toString() const
{
    QStringList parts;
    if (latencyMs > 0)
        parts << QStringLiteral("latency=%1ms").arg(latencyMs);
    if (serverErrorRate > 0)
        parts << QStringLiteral("5xx=%1").arg(serverErrorRate);
    if (burst429Count > 0)
        parts << QStringLiteral("burst429=%1/%2").arg(burst429Count).arg(burst429Period)
              << QStringLiteral("retry-after=%1").arg(retryAfterSeconds);
    if (malformedRate > 0)
        parts << QStringLiteral("malformed=%1").arg(malformedRate);
    if (truncatedRate > 0)
        parts << QStringLiteral("truncated=%1").arg(truncatedRate);
    if (runnerDown)
        parts << QStringLiteral("runner=down");
    return parts.join(u',');
}

bool FaultSpec::isEmpty() const
{
    return toString().isEmpty();
}

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed)
{ }

void FaultInjector::setSpec(const FaultSpec &spec)
{
    m_spec = spec;
    m_requestCount = 0;
}

bool FaultInjector::nextIsRateLimited()
{
    const quint64 index = m_requestCount++;
    if (m_spec.burst429Count <= 0)
        return false;
    return index % quint64(m_spec.burst429Period) < quint64(m_spec.burst429Count);
}

int FaultInjector::nextServerError()
{
    if (m_spec.serverErrorRate <= 0 || m_rng.generateDouble() >= m_spec.serverErrorRate)
        return 0;
    static const int codes[] = {500, 502, 503};
    return codes[m_rng.bounded(3)];
}

FaultInjector::Body FaultInjector::nextBodyFault()
{
    if (m_spec.malformedRate > 0 && m_rng.generateDouble() < m_spec.malformedRate)
        return Body::Malformed;
    if (m_spec.truncatedRate > 0 && m_rng.generateDouble() < m_spec.truncatedRate)
        return Body::Truncated;
    return Body::Intact;
}

} // namespace sandbox
