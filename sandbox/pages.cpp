#include "pages.h"

namespace sandbox {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString page(const QString &title, const QString &bodyHtml)
{
    return QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1</title><style>"
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        "background:#f4f5f7;color:#1d2433;margin:0;display:flex;min-height:100vh;"
        "align-items:center;justify-content:center}"
        "main{background:#fff;border:1px solid #d8dce3;border-radius:10px;padding:32px 36px;"
        "max-width:520px;box-shadow:0 2px 12px rgba(0,0,0,.06)}"
        "h1{font-size:20px;margin:0 0 8px}p{line-height:1.5}"
        ".tag{display:inline-block;font-size:12px;background:#eef1f6;color:#4a5568;"
        "border-radius:4px;padding:2px 8px;margin-bottom:14px}"
        "ul{padding-left:20px}label{display:block;margin:6px 0}"
        ".actions{display:flex;gap:12px;margin-top:22px}"
        "button{font-size:15px;padding:9px 20px;border-radius:6px;border:1px solid #b8c0cc;"
        "background:#fff;cursor:pointer}"
        "button.primary{background:#2457d6;border-color:#2457d6;color:#fff}"
        ".ok{color:#1e7b34}.err{color:#b3261e}"
        "code{background:#eef1f6;padding:1px 5px;border-radius:4px}"
        "</style></head><body><main><div class=\"tag\">Connections sandbox — a local "
        "practice platform</div>%2</main></body></html>")
        .arg(escaped(title), bodyHtml);
}

} // namespace sandbox
