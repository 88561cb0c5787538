#pragma once

#include <QIcon>
#include <QString>

namespace cc {

// A recognisable icon per connector type, drawn (no image files, no network):
// a rounded square in the provider's colour with its initial.
QIcon connectorIcon(const QString &type, const QString &name);

} // namespace cc
