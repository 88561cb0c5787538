#include "platformids.h"

#include <QRegularExpression>
#include <QUuid>

namespace sandbox {

namespace {
// A fixed namespace for the sandbox's workspace ids.
const QUuid kWorkspaceNamespace(QStringLiteral("{6f1c2a7e-3b0d-5c84-9e21-5d3c0a7b9f10}"));
} // namespace

QString workspaceIdForSlug(const QString &slug)
{
    return QUuid::createUuidV5(kWorkspaceNamespace, slug).toString(QUuid::WithoutBraces);
}

QString uuidFrom(QRandomGenerator &rng)
{
    quint32 words[4];
    rng.fillRange(words, 4);
    QByteArray bytes(reinterpret_cast<const char *>(words), 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

std::optional<QString> canonicalUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        "|[0-9a-fA-F]{32})$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    QString hex = text.toLower();
    hex.remove(u'-');
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

} // namespace sandbox
