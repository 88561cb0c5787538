#include "connectoricons.h"

#include <QPainter>
#include <QPixmap>
#include <QSettings>

namespace cc {

ConnectorIcons::ConnectorIcons(QObject *parent)
    : QObject(parent)
{
    QSettings brands(QStringLiteral(":/connector-brands.ini"), QSettings::IniFormat);
    for (const QString &type : brands.childGroups()) {
        brands.beginGroup(type);
        m_brands.insert(type,
            {QColor(brands.value(QStringLiteral("colour")).toString()),
                brands.value(QStringLiteral("letter")).toString()});
        brands.endGroup();
    }
}

QColor ConnectorIcons::colour(const QString &type) const
{
    const auto it = m_brands.constFind(type);
    if (it != m_brands.constEnd() && it->colour.isValid())
        return it->colour;
    // Stable across runs (qHash is seeded per process): FNV-1a of the type.
    quint32 h = 2166136261u;
    for (const QChar c : type) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return QColor::fromHsv(int(h % 360), 140, 170);
}

QIcon ConnectorIcons::icon(const QString &type, const QString &name) const
{
    const auto cached = m_icons.constFind(type);
    if (cached != m_icons.constEnd())
        return *cached;
    const QColor fill = colour(type);
    const QString listed = m_brands.value(type).letter;
    const QString letter = listed.isEmpty() ? name.left(1).toUpper() : listed;
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const qreal dpr : {1.0, 2.0}) {
            QPixmap pm(int(size * dpr), int(size * dpr));
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
            QFont f;
            f.setBold(true);
            f.setPixelSize(int(size * 0.58));
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
            p.end();
            icon.addPixmap(pm);
        }
    }
    m_icons.insert(type, icon);
    return icon;
}

} // namespace cc
