#pragma once

#include <QJsonObject>
#include <QString>

namespace cc {

// What a JSON editor's text says: an object, or where and why it is not one
// ("line 3, column 7: missing comma"). Empty or blank text is an empty object.
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

} // namespace cc
