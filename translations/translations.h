#pragma once

#include <QLocale>
#include <QTranslator>

namespace cc {

// The console's translations (compiled in under :/i18n) and Qt's own, for a
// locale: its language when the console ships one (German, French), English
// otherwise — English carries the plural forms ("1 day", "2 days"), so a
// locale without a translation (C, POSIX, Spanish) still reads right.
class Translations
{
public:
    explicit Translations(const QLocale &locale = QLocale());
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Into the running QCoreApplication; again after a new one was created.
    // Installing twice is harmless.
    void install();
    // Out of the running QCoreApplication (a test changing its language).
    void uninstall();

private:
    QTranslator m_qt;
    QTranslator m_own;
    bool m_qtLoaded = false;
    bool m_ownLoaded = false;
};

} // namespace cc
