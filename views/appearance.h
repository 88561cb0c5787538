#pragma once

#include <QPalette>
#include <QString>

namespace cc {

// View ▸ Appearance: the colour scheme the whole console shows.
//  - System: the style and palette the platform gave the application at
//    start (what the desktop's theme says);
//  - Light and Dark: the Fusion style with the console's own palettes, whose
//    text colours meet WCAG AA contrast (4.5:1) on their backgrounds.
// Everything that draws a status colour asks StatusPalette::forPalette(),
// so badges, charts and banners follow the scheme when it changes.
class Appearance
{
public:
    enum class Scheme { System, Light, Dark };

    // Remembers the platform's style and palette: call once, before the first
    // apply(), with the QApplication constructed.
    static void captureSystem();
    static void apply(Scheme scheme);
    static Scheme current();

    static QPalette lightPalette();
    static QPalette darkPalette();

    // "system", "light", "dark": how the scheme is stored and given on the
    // command line; an unknown name is System.
    static QString key(Scheme scheme);
    static Scheme fromKey(const QString &key, bool *ok = nullptr);
};

} // namespace cc
