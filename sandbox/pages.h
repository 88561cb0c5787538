#pragma once

#include <QString>

namespace sandbox {

// Self-contained HTML pages (no external resources) for the sandbox's consent
// and result screens. Every dynamic value passes through escaped().
QString escaped(const QString &text);
QString page(const QString &title, const QString &bodyHtml);

} // namespace sandbox
