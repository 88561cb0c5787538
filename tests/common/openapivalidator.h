#pragma once

#include <QByteArray>
#include <QStringList>

// Runs the independent OpenAPI validator (tests/openapi/validate.mjs: Ajv and
// ajv-formats from npm, path from $CC_OPENAPI_VALIDATOR) over the response
// records `connections-sandbox --record-responses` wrote, against the three
// platform-API files in shared/specs. Returns node's exit code (0: every
// response valid), or -1 when it could not run; *output is what it printed.
int runOpenApiValidator(const QStringList &records, const QStringList &extraArguments,
    const QString &scratchDir, QByteArray *output);
