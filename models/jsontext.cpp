#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cc {

JsonObjectText JsonObjectText::parse(const QString &text)
{
    JsonObjectText r;
    if (text.trimmed().isEmpty()) {
        r.ok = true;
        return r;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        r.ok = true;
        r.object = doc.object();
        return r;
    }
    // QJsonParseError's offset counts UTF-8 bytes; the editor counts characters.
    const int byteOffset = error.error == QJsonParseError::NoError ? 0 : error.offset;
    r.offset = int(QString::fromUtf8(utf8.left(byteOffset)).size());
    r.line = 1;
    int lineStart = 0;
    for (int i = 0; i < r.offset && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++r.line;
            lineStart = i + 1;
        }
    }
    r.column = r.offset - lineStart + 1;
    const QString why = error.error == QJsonParseError::NoError
        ? QCoreApplication::translate("JsonObjectText", "a JSON object ({…}) is expected here")
        : error.errorString();
    r.message = QCoreApplication::translate("JsonObjectText", "Line %1, column %2: %3")
                    .arg(r.line)
                    .arg(r.column)
                    .arg(why);
    return r;
}

QString JsonObjectText::format(const QJsonObject &object, bool emptyAsBlank)
{
    if (emptyAsBlank && object.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace cc
