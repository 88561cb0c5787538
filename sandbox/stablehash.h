#pragma once

#include <QString>

namespace sandbox {

// FNV-1a over (seed, text, index): the same value in every process and on
// every Qt version, unlike qHash. Seeds, handle resolution and simulated
// outcomes rely on it to replay identically.
quint32 stableHash(quint32 seed, const QString &text, quint64 index = 0);

} // namespace sandbox
