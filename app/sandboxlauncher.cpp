#include "sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace cc {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // The child is told to stop when the console dies, crash included.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_reported) {
            m_reported = true;
            Q_EMIT failed(
                tr("The sandbox could not be started (%1).").arg(m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (!m_reported) {
            m_reported = true;
            Q_EMIT failed(tr("The sandbox stopped before it was ready (exit code %1).").arg(code));
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findExecutable()
{
    const QString fromEnv = qEnvironmentVariable("CONNECTIONS_SANDBOX");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {appDir.filePath(QStringLiteral("connections-sandbox")),
             appDir.filePath(QStringLiteral("../sandbox/connections-sandbox"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("connections-sandbox"));
}

void SandboxLauncher::start(const QStringList &extraArguments)
{
    stop();
    m_reported = false;
    m_buffer.clear();
    m_origin.clear();
    const QString exe = findExecutable();
    if (exe.isEmpty()) {
        m_reported = true;
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("The sandbox program (connections-sandbox) was not found."));
        });
        return;
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QStringList args{QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--database"),
        dataDir + QStringLiteral("/sandbox-demo.sqlite")};
    args << extraArguments;
    m_process.start(exe, args);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_reported = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void SandboxLauncher::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        if (line.startsWith("listening ")) {
            m_origin = QUrl(QString::fromLatin1(line.mid(10)));
        } else if (line.startsWith("api-key ") && m_origin.isValid() && !m_reported) {
            m_reported = true;
            Q_EMIT ready(m_origin, QString::fromLatin1(line.mid(8)));
        }
    }
}

} // namespace cc
