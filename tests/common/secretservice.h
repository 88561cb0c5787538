#pragma once

#include <QString>
#include <QTest>

// Why no Secret Service (org.freedesktop.secrets) can answer on the session
// bus, asked over D-Bus; empty when one is registered or activatable. The
// keychain tests need one; scripts/test-session.sh starts gnome-keyring.
QString secretServiceMissing();

// The keychain entry for `key` (service "connections-console"), read from
// outside the console with secret-tool; empty when there is none.
QString secretToolLookup(const QString &key);
// One string field of a stored credential's JSON (e.g. "refresh_token").
QString storedCredentialField(const QString &entry, const char *field);

// For the test functions that need the real keychain, and only those: skips
// the function, visibly (CTest shows skips), when there is no Secret
// Service. Under CI (CI=true), which always provides one, it fails instead.
#define CC_REQUIRE_SECRET_SERVICE()                                                                \
    do {                                                                                           \
        const QString ccMissing = secretServiceMissing();                                          \
        if (!ccMissing.isEmpty()) {                                                                \
            if (qEnvironmentVariable("CI") == u"true")                                             \
                QFAIL(qPrintable(ccMissing + QStringLiteral(" (CI must provide one)")));           \
            QSKIP(qPrintable(ccMissing));                                                          \
        }                                                                                          \
    } while (false)
