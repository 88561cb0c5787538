// libFuzzer target: the sandbox's return_to check. Whatever it accepts must
// be what the contract allows: plain http to 127.0.0.1 or [::1], no user info.
#include "returnto.h"

#include <QHostAddress>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString candidate
        = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl accepted = sandbox::firstPartyReturnTo(candidate);
    if (accepted.isEmpty())
        return 0;
    if (accepted.scheme() != u"http" || !accepted.userInfo().isEmpty())
        std::abort();
    const QHostAddress host(accepted.host());
    if (host != QHostAddress(QHostAddress::LocalHost)
        && host != QHostAddress(QHostAddress::LocalHostIPv6))
        std::abort();
    return 0;
}
