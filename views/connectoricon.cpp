#include "connectoricon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace cc {

QIcon connectorIcon(const QString &type, const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(type);
    if (it != cache.constEnd())
        return *it;
    static const QHash<QString, QColor> brand
        = {{QStringLiteral("hubspot"), QColor(0xff, 0x7a, 0x59)},
            {QStringLiteral("salesforce"), QColor(0x00, 0xa1, 0xe0)},
            {QStringLiteral("gong"), QColor(0x8a, 0x3f, 0xfc)},
            {QStringLiteral("gmail"), QColor(0xea, 0x43, 0x35)},
            {QStringLiteral("outlook"), QColor(0x0f, 0x6c, 0xbd)},
            {QStringLiteral("slack"), QColor(0x4a, 0x15, 0x4b)},
            {QStringLiteral("notion"), QColor(0x37, 0x35, 0x30)},
            {QStringLiteral("notion_knowledge_sync"), QColor(0x55, 0x53, 0x4e)},
            {QStringLiteral("pipedrive"), QColor(0x1a, 0x1a, 0x1a)},
            {QStringLiteral("fathom"), QColor(0x5b, 0x3c, 0xc4)},
            {QStringLiteral("granola"), QColor(0x6b, 0x8e, 0x23)},
            {QStringLiteral("fireflies"), QColor(0xe8, 0x3e, 0x8c)},
            {QStringLiteral("grain"), QColor(0xf5, 0xa6, 0x23)},
            {QStringLiteral("aircall"), QColor(0x00, 0xb3, 0x88)},
            {QStringLiteral("pylon"), QColor(0x25, 0x63, 0xeb)},
            {QStringLiteral("twitter"), QColor(0x14, 0x17, 0x1a)},
            {QStringLiteral("linkedin"), QColor(0x0a, 0x66, 0xc2)},
            {QStringLiteral("zendesk"), QColor(0x03, 0x36, 0x3d)},
            {QStringLiteral("circleback"), QColor(0x99, 0x99, 0x99)}};
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const qreal dpr : {1.0, 2.0}) {
            QPixmap pm(int(size * dpr), int(size * dpr));
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor fill
                = brand.value(type, QColor::fromHsv(int(qHash(type) % 360), 140, 170));
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
            QFont f;
            f.setBold(true);
            f.setPixelSize(int(size * 0.58));
            p.setFont(f);
            p.setPen(Qt::white);
            const QString letter
                = type == u"twitter" ? QStringLiteral("X") : name.left(1).toUpper();
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
            p.end();
            icon.addPixmap(pm);
        }
    }
    cache.insert(type, icon);
    return icon;
}

} // namespace cc
