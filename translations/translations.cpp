#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace cc {

Translations::Translations(const QLocale &locale)
    : m_locale(locale)
{ }

QString Translations::installedDirectory()
{
    // <prefix>/bin/connections-console → <prefix>/share/connections-console/translations
    return QCoreApplication::applicationDirPath()
        + QStringLiteral("/../share/connections-console/translations");
}

void Translations::load()
{
    m_tried = true;
    m_qtLoaded = m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The installed file first (a translator's or a distribution's update
    // replaces it without a rebuild), then the one compiled in.
    const QString name = QStringLiteral("connections-console");
    const QString sep = QStringLiteral("_");
    m_ownLoaded = m_own.load(m_locale, name, sep, installedDirectory())
        || m_own.load(m_locale, name, sep, QStringLiteral(":/i18n"))
        || m_own.load(QStringLiteral(":/i18n/connections-console_en.qm"));
}

void Translations::install()
{
    if (!m_tried)
        load();
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
