// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Bureau
{

Translations::Translations(QObject* parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString Translations::systemDefault()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool Translations::apply(const QString& language)
{
    if (!isSupported(language))
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    // English is the source language; bureau_en.qm holds its plural forms.
    if (m_app->load(QStringLiteral(":/i18n/bureau_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_app.get());
    if (language != QLatin1String("en")
        && m_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const bool changed = m_current != language;
    m_current = language;
    if (changed)
        emit languageChanged(language);
    return true;
}

} // namespace Bureau
