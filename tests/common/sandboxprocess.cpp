#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>

SandboxProcess::SandboxProcess(const QStringList &arguments)
    : m_arguments(arguments)
{
    m_process.setProgram(executable());
    // A test that is killed (a timeout, a closed pipe) takes its sandbox along.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return qEnvironmentVariable("CONNECTIONS_SANDBOX");
}

bool SandboxProcess::start(QString *error)
{
    QStringList args = m_arguments;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    if (!args.contains(QStringLiteral("--database")))
        args << QStringLiteral("--database") << QStringLiteral(":memory:");
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_origin.clear();
    m_apiKey.clear();
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("could not start %1: %2")
                         .arg(executable(), m_process.errorString());
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(m_startTimeoutMs);
    // Read until "listening" (and "api-key" when no --workspace was given).
    const bool wantKey = !args.contains(QStringLiteral("--workspace"));
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        out += m_process.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("listening "))
                m_origin = QString::fromLatin1(line.mid(10).trimmed());
            else if (line.startsWith("api-key "))
                m_apiKey = QString::fromLatin1(line.mid(8).trimmed());
        }
        if (!m_origin.isEmpty() && (!wantKey || !m_apiKey.isEmpty()))
            return true;
    }
    if (error) {
        *error
            = QStringLiteral("sandbox did not report listening; stdout: %1 stderr: %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
    }
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_stderr += m_process.readAllStandardError();
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_stderr += m_process.readAllStandardError();
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl SandboxProcess::url(const QString &pathAndQuery) const
{
    return QUrl(m_origin + pathAndQuery);
}

QUrl SandboxProcess::api(const QString &pathAndQuery) const
{
    return QUrl(m_origin + QStringLiteral("/api/platform/v1") + pathAndQuery);
}

QByteArray SandboxProcess::log()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}
