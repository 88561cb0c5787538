#include "statuspalette.h"

namespace cc {

bool StatusPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

const StatusPalette &StatusPalette::light()
{
    static const StatusPalette palette(false);
    return palette;
}

const StatusPalette &StatusPalette::dark()
{
    static const StatusPalette palette(true);
    return palette;
}

const StatusPalette &StatusPalette::forPalette(const QPalette &palette)
{
    return isDark(palette) ? dark() : light();
}

QColor StatusPalette::color(Tone tone) const
{
    switch (tone) {
    case Tone::Success:
        return m_dark ? QColor(0x5c, 0xc9, 0x82) : QColor(0x23, 0x7a, 0x48);
    case Tone::Stale:
        return m_dark ? QColor(0xe0, 0xc2, 0x5c) : QColor(0x7a, 0x62, 0x14);
    case Tone::Warning:
        return m_dark ? QColor(0xf2, 0xa4, 0x5a) : QColor(0xa3, 0x56, 0x0b);
    case Tone::Error:
        return m_dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Tone::RateLimited:
        return m_dark ? QColor(0xc9, 0x9d, 0xf0) : QColor(0x8e, 0x44, 0xad);
    case Tone::Running:
        return m_dark ? QColor(0x82, 0xb4, 0xff) : QColor(0x1b, 0x63, 0xbb);
    case Tone::NeedsReauth:
        return m_dark ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xad, 0x14, 0x57);
    case Tone::Neutral:
        return m_dark ? QColor(0xa9, 0xb0, 0xbb) : QColor(0x5d, 0x63, 0x70);
    case Tone::Unknown:
        break;
    }
    return m_dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x6e, 0x6e, 0x6e);
}

QColor StatusPalette::tint(Tone tone) const
{
    // The tone mixed into the scheme's background: 12 % on light, 22 % on dark.
    const QColor c = color(tone);
    const QColor base = m_dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xff, 0xff, 0xff);
    const qreal a = m_dark ? 0.22 : 0.12;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + c.redF() * a),
        float(base.greenF() * (1 - a) + c.greenF() * a),
        float(base.blueF() * (1 - a) + c.blueF() * a));
}

StatusPalette::Tone StatusPalette::toneOf(Health health)
{
    switch (health) {
    case Health::Healthy:
        return Tone::Success;
    case Health::Stale:
        return Tone::Stale;
    case Health::Degraded:
        return Tone::Warning;
    case Health::Error:
        return Tone::Error;
    case Health::RateLimited:
        return Tone::RateLimited;
    case Health::Syncing:
        return Tone::Running;
    case Health::NeedsReauth:
        return Tone::NeedsReauth;
    case Health::Disconnected:
        return Tone::Neutral;
    case Health::Unknown:
        break;
    }
    return Tone::Unknown;
}

StatusPalette::Tone StatusPalette::toneOf(const SyncRun &run)
{
    switch (run.status) {
    case RunStatus::Completed:
        return run.streamsFailed > 0 ? Tone::Warning : Tone::Success;
    case RunStatus::Failed:
        return Tone::Error;
    case RunStatus::Running:
    case RunStatus::Pending:
        return Tone::Running;
    case RunStatus::SkippedLocked:
        return Tone::Neutral;
    case RunStatus::Unknown:
        break;
    }
    return Tone::Unknown;
}

} // namespace cc
