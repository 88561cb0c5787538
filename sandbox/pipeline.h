#pragma once

#include "platformroutes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sandbox::pipeline {

// The response pipeline of an integration endpoint's test (docs/sandbox.md,
// "The endpoint test"). The files leave the semantics open; these are ours:
//
// Paths name values inside JSON: dot-separated keys, where `key[N]` takes
// element N of an array and `key[]` maps the rest of the path over every
// element (giving an array). "data.items[].id", "entry[0].resource".
//
//  1. response_filter: a list of paths to keep. The result holds only those
//     paths, with the structure around them; a top-level array is filtered
//     element by element. Null or empty: unchanged.
//  2. response_mapping: {"out": "path", …}. The result is an object with one
//     key per entry, the value at its path (null when absent); over an array,
//     an array of such objects. Null: unchanged.
//  3. result_key: a path applied to what mapping produced. Null: unchanged.
//  4. result_template: "{{path}}" placeholders filled from the value ("{{.}}"
//     is the value itself); over an array, one rendering per element, joined
//     with newlines. Strings are inserted as they are, other values as
//     compact JSON, null as nothing. Null: the value as compact JSON (a string
//     value as it is).
//  5. max_result_length: above 0, a longer result is cut to that many
//     characters, the last of which becomes "…".
QJsonValue select(const QJsonValue &root, const QString &path);
QJsonValue applyFilter(const QJsonValue &raw, const QStringList &paths);
QJsonValue applyMapping(const QJsonValue &value, const QJsonObject &mapping);
QString applyTemplate(const QJsonValue &value, const QString &tpl, bool hasTemplate);
QString truncate(const QString &text, int maxLength);

// Checks test `params` against an endpoint's input_schema (a JSON Schema
// subset: type object; properties with type string / number / integer /
// boolean / array / object, enum, minimum, maximum, minLength, maxLength;
// required; additionalProperties: false), adding pydantic-style errors at
// ["body", "params", key].
void validateParams(const QJsonObject &schema, const QJsonObject &params, fastapi::Errors *errors);

} // namespace sandbox::pipeline
