#include "browserlauncher.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>

namespace cc {

bool BrowserLauncher::isSafeToOpen(const QUrl &url, QString *why)
{
    auto refuse = [why](const char *text) {
        if (why)
            *why = QCoreApplication::translate("BrowserLauncher", text);
        return false;
    };
    const QString raw = url.toString(QUrl::FullyEncoded);
    // Decoded, so an encoded %0A is caught as well as a raw one.
    const QString parts = url.host() + url.path(QUrl::FullyDecoded) + url.query(QUrl::FullyDecoded)
        + url.fragment(QUrl::FullyDecoded) + url.userName(QUrl::FullyDecoded)
        + url.password(QUrl::FullyDecoded);
    for (const QChar c : parts) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return refuse(
                QT_TRANSLATE_NOOP("BrowserLauncher", "The link contains control characters."));
    }
    if (!url.isValid() || raw.isEmpty() || url.host().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("BrowserLauncher", "The link is not a valid web address."));
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() == u"http") {
        const QHostAddress address(url.host());
        if (!address.isNull() && address.isLoopback())
            return true;
        return refuse(QT_TRANSLATE_NOOP(
            "BrowserLauncher", "Only https links, or http links to this computer, are opened."));
    }
    return refuse(QT_TRANSLATE_NOOP("BrowserLauncher", "Only web links are opened."));
}

bool BrowserLauncher::open(const QUrl &url, QString *error)
{
    if (!isSafeToOpen(url, error))
        return false;
    const QString browser = qEnvironmentVariable("BROWSER");
    if (!browser.isEmpty()) {
        // Like xdg-open: the first entry of the colon-separated list that exists.
        for (const QString &candidate : browser.split(u':', Qt::SkipEmptyParts)) {
            const QString program = QStandardPaths::findExecutable(candidate).isEmpty()
                ? candidate
                : QStandardPaths::findExecutable(candidate);
            if (QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)}))
                return true;
        }
        if (error)
            *error = QCoreApplication::translate(
                "BrowserLauncher", "The browser in $BROWSER (%1) could not be started.")
                         .arg(browser);
        return false;
    }
    if (QDesktopServices::openUrl(url))
        return true;
    if (error)
        *error = QCoreApplication::translate("BrowserLauncher", "No web browser could be opened.");
    return false;
}

} // namespace cc
