#include "returnto.h"

namespace sandbox {

QUrl firstPartyReturnTo(const QString &candidate)
{
    // Check the raw text first: QUrl is lenient (it accepts backslashes,
    // whitespace and some shorthand IPv4 forms), and the browser that follows
    // the redirect may read the text differently from us.
    for (const QChar c : candidate) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == u'\\')
            return {};
    }
    static const QString prefixes[]
        = {QStringLiteral("http://127.0.0.1:"), QStringLiteral("http://127.0.0.1/"),
            QStringLiteral("http://[::1]:"), QStringLiteral("http://[::1]/")};
    bool prefixOk = false;
    for (const QString &p : prefixes)
        prefixOk = prefixOk || candidate.startsWith(p);
    if (!prefixOk)
        return {};

    const QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || !url.userInfo().isEmpty())
        return {};
    const QString host = url.host();
    if (host != u"127.0.0.1" && host != u"::1")
        return {};
    const QString authority = url.authority(QUrl::FullyEncoded);
    // The authority must be exactly host[:port], nothing folded in by QUrl.
    const QString expectedHost = host == u"::1" ? QStringLiteral("[::1]") : host;
    if (authority != expectedHost && !authority.startsWith(expectedHost + u':'))
        return {};
    return url;
}

} // namespace sandbox
