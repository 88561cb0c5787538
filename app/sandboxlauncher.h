#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace cc {

// Starts connections-sandbox --seed demo as a child on an ephemeral loopback
// port, reads its "listening" and "api-key" lines, and stops it when the
// console exits — on Linux even when the console crashes (PR_SET_PDEATHSIG).
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // $CONNECTIONS_SANDBOX, else next to the console, else the build tree.
    static QString findExecutable();
    void start(const QStringList &extraArguments = {});
    void stop();
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void ready(const QUrl &origin, const QString &apiKey);
    void failed(const QString &reason);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_origin;
    bool m_reported = false;
};

} // namespace cc
