#include "appearance.h"

#include "consolestyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace cc {

namespace {

struct SystemLook
{
    bool captured = false;
    QString style;
    QPalette palette;
    Appearance::Scheme current = Appearance::Scheme::System;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

QColor rgb(int value)
{
    return QColor::fromRgb(QRgb(value));
}

} // namespace

void Appearance::captureSystem()
{
    SystemLook &look = systemLook();
    if (look.captured)
        return;
    look.captured = true;
    const auto *ours = qobject_cast<const ConsoleStyle *>(QApplication::style());
    look.style = ours ? ours->baseName() : QApplication::style()->name();
    look.palette = QApplication::palette();
}

void Appearance::apply(Scheme scheme)
{
    captureSystem();
    SystemLook &look = systemLook();
    // The console's corrections (focus frames on item views, text-only
    // dialog buttons) over the platform's style or Fusion.
    const QString base = scheme == Scheme::System ? look.style : QStringLiteral("Fusion");
    QApplication::setStyle(new ConsoleStyle(QStyleFactory::create(base)));
    if (scheme == Scheme::System)
        QApplication::setPalette(look.palette);
    else
        QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
    look.current = scheme;
}

Appearance::Scheme Appearance::current()
{
    return systemLook().current;
}

QPalette Appearance::lightPalette()
{
    // Fusion's own light palette, with links and placeholders dark enough for
    // 4.5:1 on white.
    QPalette p(rgb(0xefefef), rgb(0xefefef));
    p.setColor(QPalette::Window, rgb(0xf3f3f3));
    p.setColor(QPalette::WindowText, rgb(0x1b1b1b));
    p.setColor(QPalette::Base, rgb(0xffffff));
    p.setColor(QPalette::AlternateBase, rgb(0xf5f6f8));
    p.setColor(QPalette::Text, rgb(0x1b1b1b));
    p.setColor(QPalette::Button, rgb(0xeaeaea));
    p.setColor(QPalette::ButtonText, rgb(0x1b1b1b));
    p.setColor(QPalette::ToolTipBase, rgb(0xffffdc));
    p.setColor(QPalette::ToolTipText, rgb(0x1b1b1b));
    p.setColor(QPalette::PlaceholderText, rgb(0x6b6b6b));
    p.setColor(QPalette::Highlight, rgb(0x2f65ca));
    p.setColor(QPalette::HighlightedText, rgb(0xffffff));
    p.setColor(QPalette::Link, rgb(0x1a57b8));
    p.setColor(QPalette::LinkVisited, rgb(0x6a3aa8));
    p.setColor(QPalette::BrightText, rgb(0xffffff));
    p.setColor(QPalette::Light, rgb(0xffffff));
    p.setColor(QPalette::Midlight, rgb(0xf6f6f6));
    p.setColor(QPalette::Mid, rgb(0xb8b8b8));
    p.setColor(QPalette::Dark, rgb(0x9f9f9f));
    p.setColor(QPalette::Shadow, rgb(0x767676));
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, rgb(0x8c8c8c));
    p.setColor(QPalette::Disabled, QPalette::Highlight, rgb(0x9cb3dd));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p(rgb(0x353535), rgb(0x2a2a2a));
    p.setColor(QPalette::Window, rgb(0x2a2a2a));
    p.setColor(QPalette::WindowText, rgb(0xe6e6e6));
    p.setColor(QPalette::Base, rgb(0x1e1e1e));
    p.setColor(QPalette::AlternateBase, rgb(0x262626));
    p.setColor(QPalette::Text, rgb(0xe6e6e6));
    p.setColor(QPalette::Button, rgb(0x353535));
    p.setColor(QPalette::ButtonText, rgb(0xe6e6e6));
    p.setColor(QPalette::ToolTipBase, rgb(0x3a3a3a));
    p.setColor(QPalette::ToolTipText, rgb(0xe6e6e6));
    p.setColor(QPalette::PlaceholderText, rgb(0x9e9e9e));
    p.setColor(QPalette::Highlight, rgb(0x2f65ca));
    p.setColor(QPalette::HighlightedText, rgb(0xffffff));
    p.setColor(QPalette::Link, rgb(0x82b4ff));
    p.setColor(QPalette::LinkVisited, rgb(0xc99df0));
    p.setColor(QPalette::BrightText, rgb(0xffffff));
    p.setColor(QPalette::Light, rgb(0x4a4a4a));
    p.setColor(QPalette::Midlight, rgb(0x3e3e3e));
    p.setColor(QPalette::Mid, rgb(0x5a5a5a));
    p.setColor(QPalette::Dark, rgb(0x1a1a1a));
    p.setColor(QPalette::Shadow, rgb(0x0e0e0e));
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, rgb(0x8a8a8a));
    p.setColor(QPalette::Disabled, QPalette::Base, rgb(0x242424));
    p.setColor(QPalette::Disabled, QPalette::Button, rgb(0x303030));
    p.setColor(QPalette::Disabled, QPalette::Highlight, rgb(0x3d4a5e));
    return p;
}

QString Appearance::key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Scheme Appearance::fromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == u"light")
        return Scheme::Light;
    if (key == u"dark")
        return Scheme::Dark;
    if (ok)
        *ok = key == u"system";
    return Scheme::System;
}

} // namespace cc
