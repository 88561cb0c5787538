#pragma once

#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace sandbox {

// The workspace id of a slug: a name-based (v5) UUID, so a workspace keeps its
// id across restarts and the same slug has the same id on every machine.
QString workspaceIdForSlug(const QString &slug);

// A random (v4) UUID from `rng`, lower-case and hyphenated: deterministic for
// a seeded generator.
QString uuidFrom(QRandomGenerator &rng);

// The canonical form of a UUID path parameter: what pydantic accepts (32 hex
// digits, with or without the hyphens of the 8-4-4-4-12 form, any case),
// lower-cased and hyphenated. nullopt for anything else.
std::optional<QString> canonicalUuid(const QString &text);

} // namespace sandbox
