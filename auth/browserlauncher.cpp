#include "browserlauncher.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>

namespace cc {

namespace {

bool startProgram(const QString &program, const QUrl &url)
{
    const QString found = QStandardPaths::findExecutable(program);
    return QProcess::startDetached(
        found.isEmpty() ? program : found, {url.toString(QUrl::FullyEncoded)});
}

} // namespace

BrowserLauncher::~BrowserLauncher() = default;

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
    return launch(url, error);
}

bool SystemBrowser::launch(const QUrl &url, QString *error)
{
    const QString browser = qEnvironmentVariable("BROWSER");
    if (!browser.isEmpty()) {
        for (const QString &candidate : browser.split(u':', Qt::SkipEmptyParts)) {
            if (startProgram(candidate, url))
                return true;
        }
        if (error)
            *error = QCoreApplication::translate(
                "BrowserLauncher", "The browser in $BROWSER (%1) could not be started.")
                         .arg(browser);
        return false;
    }
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (QDesktopServices::openUrl(url))
            return true;
    } else if (!qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        // No GUI in this process (the command line), but a desktop to open it on.
        if (startProgram(QStringLiteral("xdg-open"), url))
            return true;
    } else {
        if (error)
            *error = QCoreApplication::translate("BrowserLauncher",
                "There is no display to open a browser on. Open this link in a browser on this "
                "computer, or set $BROWSER.");
        return false;
    }
    if (error)
        *error = QCoreApplication::translate("BrowserLauncher", "No web browser could be opened.");
    return false;
}

bool ProgramBrowser::launch(const QUrl &url, QString *error)
{
    if (startProgram(m_program, url))
        return true;
    if (error)
        *error
            = QCoreApplication::translate("BrowserLauncher", "The browser %1 could not be started.")
                  .arg(m_program);
    return false;
}

} // namespace cc
