#pragma once

#include <QRandomGenerator>
#include <QString>

namespace sandbox {

// Fault injection for the platform API (off by default). Grammar of --faults,
// comma-separated, any order:
//   latency=200ms | latency=2s   delay every API response
//   5xx=0.2                      answer this fraction of API requests with 500/502/503
//   burst429=3/10                the first 3 API requests of every 10 get 429
//   retry-after=5                the Retry-After seconds of those 429s (default 2)
//   malformed=0.5                replace this fraction of JSON bodies with invalid JSON
//   truncated=0.5                cut this fraction of JSON bodies in half
//   runner=down                  POST .../sync answers 503 runner_unavailable
// Rates are 0..1; 1 makes a fault deterministic, which the tests rely on.
struct FaultSpec
{
    int latencyMs = 0;
    double serverErrorRate = 0;
    int burst429Count = 0;
    int burst429Period = 0;
    int retryAfterSeconds = 2;
    double malformedRate = 0;
    double truncatedRate = 0;
    bool runnerDown = false;

    // Parses a spec; on error returns false and says why in *error.
    static bool parse(const QString &text, FaultSpec *out, QString *error);
    QString toString() const;
    bool isEmpty() const;
};

// Decides, request by request, which fault applies. Deterministic for a seed.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed = 1);

    void setSpec(const FaultSpec &spec);
    const FaultSpec &spec() const { return m_spec; }

    enum class Body { Intact, Malformed, Truncated };
    // Called once per API request, in arrival order.
    bool nextIsRateLimited();
    int nextServerError(); // 0 for none, else 500/502/503
    Body nextBodyFault();

private:
    FaultSpec m_spec;
    QRandomGenerator m_rng;
    quint64 m_requestCount = 0;
};

} // namespace sandbox
