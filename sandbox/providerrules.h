#pragma once

#include <QString>

// The fake providers' rules (connections-api.md, "Sandbox specifics"; the
// profiles are docs/sandbox.md's): which handles resolve, which API keys are
// accepted, and the behaviour a practice key's prefix selects.
namespace sandbox {

// What the fake social provider knows about a public handle.
struct ResolvedHandle
{
    QString externalAccountId;
    QString displayName;
    qint64 followers = 0;
    QString avatarPath;
};
// False for unknown_* handles; the rest resolve, the same way every time.
bool resolveSandboxHandle(const QString &handle, ResolvedHandle *out);
// 2 to 15 letters, digits or underscores.
bool isValidHandle(const QString &handle);
// The fake API-key provider: at least 8 characters, not beginning with "invalid".
bool sandboxAcceptsApiKey(const QString &key);
// Behaviour profile chosen by a practice key's prefix (flaky_, partial_ …).
QString profileForApiKey(const QString &key);

} // namespace sandbox
