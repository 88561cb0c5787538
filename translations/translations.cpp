#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace cc {

Translations::Translations(const QLocale &locale)
{
    m_qtLoaded = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    m_ownLoaded = m_own.load(locale, QStringLiteral("connections-console"), QStringLiteral("_"),
                      QStringLiteral(":/i18n"))
        || m_own.load(QStringLiteral(":/i18n/connections-console_en.qm"));
}

void Translations::install()
{
    // installTranslator() of one already installed would stack it twice.
    if (m_qtLoaded) {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_qt);
    }
    if (m_ownLoaded) {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::installTranslator(&m_own);
    }
}

void Translations::uninstall()
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_own);
}

} // namespace cc
