#pragma once

#include <QString>
#include <QUrl>

namespace cc {

// Opens a URL in "the system browser" (RFC 8252 §6: the user's own browser,
// never an embedded one). The flows that need a browser (console sign-in,
// connector consent) receive a BrowserLauncher; the composition root passes
// SystemBrowser, tests pass a ProgramBrowser running headless chromium.
//
// Promise: open() hands over only https links, or http links to a loopback IP
// literal, without control characters (isSafeToOpen()); anything else is
// refused with the reason and nothing is started. It returns false with the
// reason when nothing could be opened, so the caller can show the link with a
// Copy button instead.
class BrowserLauncher
{
public:
    BrowserLauncher() = default;
    virtual ~BrowserLauncher();
    BrowserLauncher(const BrowserLauncher &) = delete;
    BrowserLauncher &operator=(const BrowserLauncher &) = delete;

    static bool isSafeToOpen(const QUrl &url, QString *why = nullptr);
    bool open(const QUrl &url, QString *error = nullptr);

protected:
    // Called with a URL isSafeToOpen() accepted.
    virtual bool launch(const QUrl &url, QString *error) = 0;
};

// The user's browser. $BROWSER when it is set: the first program of its
// colon-separated list that starts, with the URL as its only argument (the
// convention of xdg-open and Python's webbrowser). Otherwise the desktop's
// default browser: QDesktopServices in a GUI, xdg-open on a display without
// one (connections-console --sign-in in a terminal). With no display and no
// $BROWSER there is no browser, and open() says so.
class SystemBrowser final : public BrowserLauncher
{
protected:
    bool launch(const QUrl &url, QString *error) override;
};

// One given program, started with the URL as its only argument.
class ProgramBrowser final : public BrowserLauncher
{
public:
    explicit ProgramBrowser(const QString &program)
        : m_program(program)
    { }

protected:
    bool launch(const QUrl &url, QString *error) override;

private:
    const QString m_program;
};

} // namespace cc
