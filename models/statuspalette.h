#pragma once

#include "records.h"

#include <QColor>
#include <QPalette>

namespace cc {

// The console's one vocabulary of status colours, for light and for dark
// colour schemes: the health badges, the run icons, the charts, the banners
// and the dialogs' error and success messages all take their colour from
// here, and nowhere else writes a status colour. Every tone is readable as
// text on its scheme's window and base colours (WCAG AA, 4.5:1; Appearance's
// palettes, tst_appearance checks it): darker tones on a light window, lighter
// versions of them on a dark one.
class StatusPalette
{
public:
    enum class Tone {
        Success, // healthy, completed
        Stale,
        Warning, // degraded, partial, coming soon
        Error, // error, failed
        RateLimited,
        Running, // syncing, running, pending
        NeedsReauth,
        Neutral, // disconnected, paused
        Unknown,
    };

    // The scheme a palette shows: dark when its window colour is dark.
    static bool isDark(const QPalette &palette);
    static const StatusPalette &forPalette(const QPalette &palette);
    static const StatusPalette &light();
    static const StatusPalette &dark();

    QColor color(Tone tone) const;
    // A quiet background for a banner or a badge of that tone.
    QColor tint(Tone tone) const;

    static Tone toneOf(Health health);
    // Completed, partial (completed with failed streams), failed, running …
    static Tone toneOf(const SyncRun &run);

private:
    explicit StatusPalette(bool dark)
        : m_dark(dark)
    { }
    bool m_dark;
};

} // namespace cc
