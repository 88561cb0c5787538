#include "stablehash.h"

namespace sandbox {

quint32 stableHash(quint32 seed, const QString &text, quint64 index)
{
    quint64 h = 1469598103934665603ULL;
    auto feed = [&h](quint64 value, int bytes) {
        for (int i = 0; i < bytes; ++i) {
            h ^= (value >> (8 * i)) & 0xff;
            h *= 1099511628211ULL;
        }
    };
    feed(seed, 4);
    for (const QChar c : text)
        feed(c.unicode(), 2);
    feed(index, 8);
    return quint32(h ^ (h >> 32));
}

} // namespace sandbox
