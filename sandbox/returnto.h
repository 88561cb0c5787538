#pragma once

#include <QString>
#include <QUrl>

namespace sandbox {

// Whether a connect flow's return_to is first-party for a native app
// (connections-api.md, choice after RFC 8252 §7.3): plain http to a loopback IP
// literal, 127.0.0.1 or [::1], on any port, with no user info. Nothing else —
// not "localhost" (RFC 8252 §8.3 advises against it), not look-alike hosts, not
// scheme-relative or script URLs. Returns an empty QUrl when rejected.
QUrl firstPartyReturnTo(const QString &candidate);

} // namespace sandbox
