// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentLanguage.h"

#include "core/i18n/Translations.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTime>
#include <QTranslator>

namespace Bureau
{

namespace
{

/**
 * One translator per language for the whole process, loaded on first use and never installed on
 * the application: documents in French can be written while the interface speaks English.
 */
std::shared_ptr<const QTranslator> catalogue(const QString& code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker locker(&mutex);
    auto found = loaded.constFind(code);
    if (found != loaded.constEnd())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    // English is the source language: without its catalogue (plural forms only) the sources print.
    if (!translator->load(QStringLiteral(":/i18n/bureau_%1.qm").arg(code)))
        translator.reset();
    loaded.insert(code, translator);
    return translator;
}

QLocale localeOf(const QString& code)
{
    return code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

DocumentLanguage::DocumentLanguage()
    : DocumentLanguage(QStringLiteral("en"))
{
}

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(isSupported(code) ? code : QStringLiteral("en"))
    , m_locale(localeOf(m_code))
    , m_translator(catalogue(m_code))
{
}

bool DocumentLanguage::isSupported(const QString& code)
{
    return Translations::isSupported(code);
}

QString DocumentLanguage::translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        const QString number = m_locale.toString(n);
        text.replace(QLatin1String("%Ln"), number);
        text.replace(QLatin1String("%n"), number);
    }
    return text;
}

QString DocumentLanguage::date(const QDate& value) const
{
    return value.isValid() ? m_locale.toString(value, QStringLiteral("d MMMM yyyy")) : QString();
}

QString DocumentLanguage::timeOfDay(int minutes) const
{
    const int inDay = ((minutes % 1440) + 1440) % 1440;
    return m_locale.toString(QTime(inDay / 60, inDay % 60), QLocale::ShortFormat);
}

QString DocumentLanguage::money(const Money& amount) const
{
    return amount.format(m_locale);
}

QString DocumentLanguage::percent(int basisPoints) const
{
    const int decimals = basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2);
    const QString number = m_locale.toString(basisPoints / 100.0, 'f', decimals);
    // French typography puts a no-break space before "%"; English none.
    return m_code == QLatin1String("fr") ? QString(number + QChar(0x00A0) + u'%') : QString(number + u'%');
}

QString DocumentLanguage::weekday(int day) const
{
    return m_locale.dayName(day, QLocale::LongFormat);
}

QString DocumentLanguage::capitalized(const QString& text)
{
    return text.isEmpty() ? text : QString(text.at(0).toUpper() + text.mid(1));
}

} // namespace Bureau
