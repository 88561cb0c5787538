#include "oidcprovider.h"

#include <QDeadlineTimer>
#include <QFileInfo>

OidcProvider::~OidcProvider()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool OidcProvider::start(const QStringList &arguments, QString *error)
{
    const QString script = qEnvironmentVariable("CC_OIDC_SERVER");
    if (!QFileInfo::exists(script)) {
        *error = QStringLiteral("CC_OIDC_SERVER (%1) does not exist").arg(script);
        return false;
    }
    if (!QFileInfo::exists(
            QFileInfo(script).absolutePath() + QStringLiteral("/node_modules/oidc-provider"))) {
        *error
            = QStringLiteral("oidc-provider is not installed next to %1 (scripts/install-deps.sh "
                             "runs npm ci there)")
                  .arg(script);
        return false;
    }
    m_process.setProgram(QStringLiteral("node"));
    m_process.setArguments(QStringList{script} + arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: ") + m_process.errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        m_log += m_process.readAllStandardError();
        const qsizetype at = out.indexOf("listening ");
        const qsizetype nl = out.indexOf('\n', at);
        if (at >= 0 && nl > at) {
            m_issuer = QUrl(QString::fromUtf8(out.mid(at + 10, nl - at - 10).trimmed()));
            return m_issuer.isValid();
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("the provider did not start: ") + QString::fromUtf8(m_log + out);
    return false;
}

QByteArray OidcProvider::log()
{
    m_log += m_process.readAllStandardError() + m_process.readAllStandardOutput();
    return m_log;
}
