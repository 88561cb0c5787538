// libFuzzer target: the loopback redirect listener's HTTP request parser
// (auth/loopbacklistener.cpp), the one piece of the console that any local
// process or web page can send bytes to.
#include "loopbacklistener.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    cc::LoopbackListener::Expectation expect;
    expect.path = QStringLiteral("/callback");
    expect.host = "127.0.0.1:45678";
    expect.stateParameter = QStringLiteral("state");
    expect.expectedState = QStringLiteral("s3cr3t-state");
    const cc::LoopbackListener::Verdict v = cc::LoopbackListener::parseRequest(buffer, expect);
    // Invariants: an answer or "need more", never both; a callback only with
    // the exact state, on GET of the path, with the right Host.
    if (v.needMore && v.status != 0)
        std::abort();
    if (!v.needMore && v.status == 0)
        std::abort();
    if (v.isCallback
        && v.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)
            != expect.expectedState)
        std::abort();
    if (v.needMore && size > size_t(expect.maxRequestBytes))
        std::abort();
    if (v.status != 0)
        (void)cc::LoopbackListener::resultPage(v.ok, v.title, v.message);
    return 0;
}
