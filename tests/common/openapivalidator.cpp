#include "openapivalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

int runOpenApiValidator(const QStringList &records, const QStringList &extraArguments,
    const QString &scratchDir, QByteArray *output)
{
    const QString script = qEnvironmentVariable("CC_OPENAPI_VALIDATOR");
    if (script.isEmpty()
        || !QFile::exists(QFileInfo(script).dir().filePath(QStringLiteral("node_modules/ajv")))) {
        *output = "tests/openapi/node_modules is missing: run scripts/install-deps.sh (npm ci)";
        return -1;
    }
    // One record file for the validator.
    static int serial = 0;
    const QString merged
        = QDir(scratchDir).filePath(QStringLiteral("merged-%1.jsonl").arg(++serial));
    QFile out(merged);
    if (!out.open(QIODevice::WriteOnly)) {
        *output = "cannot write " + merged.toUtf8();
        return -1;
    }
    for (const QString &file : records) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly))
            out.write(in.readAll());
    }
    out.close();
    const QString specs = qEnvironmentVariable("CC_SHARED_DIR") + QStringLiteral("/specs/");
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"),
        QStringList{script, merged, specs + QStringLiteral("platform-workspaces.openapi.json"),
            specs + QStringLiteral("platform-data-sources.openapi.json"),
            specs + QStringLiteral("platform-integrations.openapi.json")}
            + extraArguments);
    if (!node.waitForFinished(60000)) {
        *output = "node did not finish: " + node.errorString().toUtf8();
        return -1;
    }
    *output = node.readAll();
    return node.exitCode();
}
