#pragma once

#include <QString>
#include <QUrl>

namespace cc {

// Opens a URL in the system browser. When $BROWSER is set it runs that program
// with the URL as its only argument (the convention of xdg-open and Python's
// webbrowser); otherwise QDesktopServices::openUrl. Only https, or http to a
// loopback address, is opened; other schemes and URLs with control characters
// are refused. Returns false with the reason when nothing could be opened, so
// the caller can show the link with a Copy button instead.
class BrowserLauncher
{
public:
    static bool isSafeToOpen(const QUrl &url, QString *why = nullptr);
    static bool open(const QUrl &url, QString *error = nullptr);
};

} // namespace cc
