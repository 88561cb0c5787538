#pragma once

#include <QtGlobal>

// Every limit the console puts on an HTTP exchange, in one place: what a
// slow, huge or endless answer can cost it. PlatformClient applies them to the
// platform API, SignInFlow to the sign-in server.
namespace cc::limits {

// No byte for this long: the request is abandoned (QNetworkRequest's transfer
// timeout, an idle timer).
inline constexpr int kIdleTimeoutMs = 20000;

// The whole exchange, however steadily the bytes trickle in: a server that
// sends one byte every 15 s never trips the idle timeout, but trips this.
inline constexpr int kRequestDeadlineMs = 120000;

// The largest body the console reads: the connections list (it can hold
// 100,000 rows), and any other answer.
inline constexpr qint64 kMaxListBodyBytes = 64LL * 1024 * 1024;
inline constexpr qint64 kMaxBodyBytes = 4LL * 1024 * 1024;

// A listing that follows next_cursor stops with an error after this many
// pages, or at once when the server hands back a cursor it already gave.
inline constexpr int kMaxPagesPerListing = 2000;

// A public image (a handle's avatar): size, whole-exchange deadline.
inline constexpr qint64 kMaxAvatarBytes = 1024 * 1024;
inline constexpr int kAvatarDeadlineMs = 10000;

} // namespace cc::limits
