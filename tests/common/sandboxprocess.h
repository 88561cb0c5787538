#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts the real connections-sandbox executable (path from $CONNECTIONS_SANDBOX)
// on an ephemeral loopback port and reads its "listening" / "api-key" lines.
// Stops it with SIGTERM on destruction. Used by every integration test.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Waits for the "listening" line; false (with the reason) if it never comes
    // within the start timeout (20 s unless set: a large seed takes longer).
    bool start(QString *error = nullptr);
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }
    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL: a crash, no clean shutdown
    bool isRunning() const;

    QString origin() const { return m_origin; }
    QString apiKey() const { return m_apiKey; }
    QUrl url(const QString &pathAndQuery) const; // origin + path
    QUrl api(const QString &pathAndQuery) const; // origin + /api/platform/v1 + path
    // Everything the sandbox wrote to stderr so far (its request log).
    QByteArray log();

    static QString executable();

private:
    QStringList m_arguments;
    QProcess m_process;
    QString m_origin;
    QString m_apiKey;
    QByteArray m_stderr;
    int m_startTimeoutMs = 20000;
};
