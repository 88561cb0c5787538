#pragma once

#include <QString>

namespace cc {

// An action's or a label's text as a list or a dialog shows it: without its
// mnemonic marker ("Show times in &UTC" is "Show times in UTC", "&&" is "&"),
// and, with dropEllipsis, without a trailing "…".
inline QString plainActionText(QString text, bool dropEllipsis = false)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (dropEllipsis && text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace cc
