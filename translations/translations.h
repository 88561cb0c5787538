#pragma once

#include <QLocale>
#include <QTranslator>

namespace cc {

// The console's translations (installed beside it, and compiled in under
// :/i18n) and Qt's own, for a
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
    // Installing twice is harmless. The files are read on the first call:
    // the one installed under <prefix>/share/connections-console/translations
    // when there is one, else the one compiled in.
    void install();
    static QString installedDirectory();
    // Out of the running QCoreApplication (a test changing its language).
    void uninstall();

private:
    void load();

    QLocale m_locale;
    bool m_tried = false;
    QTranslator m_qt;
    QTranslator m_own;
    bool m_qtLoaded = false;
    bool m_ownLoaded = false;
};

} // namespace cc
