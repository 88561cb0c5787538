#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cc {

// What a JSON editor's text says: an object, or where and why it is not one
// ("line 3, column 7: missing comma"). Empty or blank text is an empty object.
// The console's other layers hold no JSON type (scripts/check-wire-format.sh):
// a dialog passes `object` on into a request record without looking inside.
struct JsonObjectText
{
    bool ok = false;
    QJsonObject object;
    int offset = -1; // the error's character offset in the text, -1 when ok
    int line = 0; // 1-based
    int column = 0; // 1-based
    QString message; // a sentence for the user, with line and column

    static JsonObjectText parse(const QString &text);
    // Indented text for an editor or the clipboard ("" for an empty object
    // when `emptyAsBlank`).
    static QString format(const QJsonObject &object, bool emptyAsBlank = false);
};

// A JSON value as plain text for a read-only tree: each node a key (or an
// array index) and a value's text ("[3 items]" for containers), children
// below. Depth is capped; the indented text (JsonObjectText::format) has all.
struct JsonNode
{
    QString key;
    QString value;
    QVector<JsonNode> children;

    static QVector<JsonNode> fromObject(const QJsonObject &object);
};

} // namespace cc
