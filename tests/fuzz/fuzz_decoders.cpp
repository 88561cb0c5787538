// libFuzzer target: every other JSON decoder in api/ (the first byte picks
// one), and the error-body parser with its Retry-After header. Under ASan and
// UBSan: no crash, no undefined behaviour, whatever the server sends.
#include "apierror.h"
#include "jsoncodec.h"
#include "oauthwire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    using namespace cc;
    json::Error error;
    switch (data[0] % 14) {
    case 0: {
        QVector<SyncRun> runs;
        json::decodeRuns(body, &runs, &error);
        break;
    }
    case 1: {
        QVector<Connector> catalog;
        json::decodeCatalog(body, &catalog, &error);
        break;
    }
    case 2: {
        Me me;
        json::decodeMe(body, &me, &error);
        break;
    }
    case 3: {
        QVector<Member> members;
        json::decodeMembers(body, &members, &error);
        break;
    }
    case 4: {
        ConnectionState state;
        json::decodeState(body, &state, &error);
        break;
    }
    case 5: {
        SyncAck ack;
        json::decodeSyncAck(body, &ack, &error);
        break;
    }
    case 6: {
        ConnectResult result;
        json::decodeConnectResult(body, &result, &error);
        break;
    }
    case 7: {
        ResolvedHandle handle;
        json::decodeResolvedHandle(body, &handle, &error);
        break;
    }
    case 8: {
        Connection c;
        json::decodeConnectionBody(body, &c, &error);
        break;
    }
    case 9: {
        AuthServerMetadata meta;
        json::decodeAuthServerMetadata(body, &meta);
        break;
    }
    case 10:
        json::decodeTokenResponse(body);
        break;
    case 11: {
        StoredCredential credential;
        json::decodeStoredCredential(QString::fromUtf8(body), &credential);
        break;
    }
    case 12: {
        // The body, and its last line as a Retry-After header.
        const qsizetype nl = body.lastIndexOf('\n');
        const ApiError e = ApiError::fromResponse(400 + (size % 200), nl < 0 ? body : body.left(nl),
            nl < 0 ? QByteArray() : body.mid(nl + 1));
        (void)e.message();
        break;
    }
    case 13:
        json::cadenceSeconds(QString::fromUtf8(body));
        json::parseTimestamp(QString::fromUtf8(body));
        break;
    }
    return 0;
}
