#pragma once

#include <QtGlobal>

// Every limit the console puts on an HTTP exchange, in one place: what a
// slow, huge or endless answer can cost it. PlatformClient applies them to the
// platform API, SignInFlow to the sign-in server.
namespace cc::limits {

// No byte for this long: the request is abandoned (QNetworkRequest's transfer
// timeout, an idle timer).
inline constexpr int kIdleTimeoutMs = 20000;

// A public image (a handle's avatar): size, whole-exchange deadline.
inline constexpr qint64 kMaxAvatarBytes = 1024 * 1024;
inline constexpr int kAvatarDeadlineMs = 10000;

} // namespace cc::limits
