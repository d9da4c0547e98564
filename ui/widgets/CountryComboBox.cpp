// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/CountryComboBox.h"

#include <QCollator>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace Bureau
{

namespace
{

struct NamedCode
{
    const char* code;
    const char* name;
};

// The EU, Europe's neighbours, the French-speaking world and the countries clients most often
// come from; the rest of the world takes QLocale's names.
constexpr NamedCode kCountries[] = {
    {"FR", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "France")},
    {"DE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Germany")},
    {"AT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Austria")},
    {"BE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Belgium")},
    {"BG", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Bulgaria")},
    {"CY", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Cyprus")},
    {"HR", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Croatia")},
    {"DK", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Denmark")},
    {"ES", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Spain")},
    {"EE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Estonia")},
    {"FI", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Finland")},
    {"GR", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Greece")},
    {"HU", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Hungary")},
    {"IE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Ireland")},
    {"IT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Italy")},
    {"LV", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Latvia")},
    {"LT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Lithuania")},
    {"LU", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Luxembourg")},
    {"MT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Malta")},
    {"NL", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Netherlands")},
    {"PL", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Poland")},
    {"PT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Portugal")},
    {"CZ", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Czechia")},
    {"RO", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Romania")},
    {"SK", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Slovakia")},
    {"SI", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Slovenia")},
    {"SE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Sweden")},
    {"AD", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Andorra")},
    {"CH", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Switzerland")},
    {"GB", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "United Kingdom")},
    {"IS", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Iceland")},
    {"LI", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Liechtenstein")},
    {"MC", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Monaco")},
    {"NO", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Norway")},
    {"US", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "United States")},
    {"CA", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Canada")},
    {"MX", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Mexico")},
    {"BR", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Brazil")},
    {"AR", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Argentina")},
    {"AU", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Australia")},
    {"NZ", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "New Zealand")},
    {"JP", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Japan")},
    {"CN", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "China")},
    {"IN", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "India")},
    {"SG", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Singapore")},
    {"AE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "United Arab Emirates")},
    {"IL", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Israel")},
    {"LB", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Lebanon")},
    {"TR", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Turkey")},
    {"ZA", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "South Africa")},
    {"MA", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Morocco")},
    {"DZ", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Algeria")},
    {"TN", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Tunisia")},
    {"SN", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Senegal")},
    {"CI", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Côte d’Ivoire")},
    {"CM", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Cameroon")},
    {"MG", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Madagascar")},
    {"MU", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Mauritius")},
    {"RE", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Réunion")},
    {"GP", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Guadeloupe")},
    {"MQ", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Martinique")},
    {"GF", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "French Guiana")},
    {"YT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Mayotte")},
    {"NC", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "New Caledonia")},
    {"PF", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "French Polynesia")},
    {"HT", QT_TRANSLATE_NOOP("Bureau::CountryComboBox", "Haiti")},
};

bool isCountryCode(const QString& code)
{
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper())
        return false;
    // Groupings QLocale knows that are not countries.
    static const QStringList notCountries{QStringLiteral("EU"), QStringLiteral("EZ"), QStringLiteral("UN"),
                                          QStringLiteral("QO"), QStringLiteral("XA"), QStringLiteral("XB"),
                                          QStringLiteral("ZZ")};
    return !notCountries.contains(code);
}

} // namespace

CountryComboBox::CountryComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setMaxVisibleItems(16);
    fill();
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = currentData().toString();
        if (code.isEmpty() || code == m_code)
            return;
        m_code = code;
        emit countryChanged(code);
    });
}

QString CountryComboBox::countryName(const QString& code)
{
    for (const NamedCode& country : kCountries) {
        if (country.name && code == QLatin1String(country.code))
            return tr(country.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString CountryComboBox::countryCode() const
{
    return m_code;
}

void CountryComboBox::setCountryCode(const QString& code)
{
    m_code = code.trimmed().toUpper();
    const QSignalBlocker blocker(this);
    int index = findData(m_code);
    if (index < 0 && !m_code.isEmpty()) {
        addItem(m_code, m_code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void CountryComboBox::fill()
{
    QHash<QString, QString> names;
    for (const NamedCode& country : kCountries) {
        if (country.name)
            names.insert(QString::fromLatin1(country.code), tr(country.name));
    }
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (isCountryCode(code) && !names.contains(code))
            names.insert(code, QLocale::territoryToString(territory));
    }
    QList<std::pair<QString, QString>> others; // name, code
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.key() != u"FR")
            others.append({it.value(), it.key()});
    }
    QCollator collator{QLocale()};
    std::sort(others.begin(), others.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });

    const QSignalBlocker blocker(this);
    clear();
    const QString france = QStringLiteral("FR");
    addItem(names.value(france), france);
    insertSeparator(1);
    for (const auto& [name, code] : std::as_const(others))
        addItem(name, code);
    setCountryCode(m_code);
}

void CountryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

} // namespace Bureau
