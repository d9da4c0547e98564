// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoGenerator.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace Bureau
{

namespace
{

struct Place
{
    const char* city;
    const char* country;
    const char* timezone;
    const char* language;
    const char* currency;
    int weight;
    const char* legalForms; // '|'-separated, as companies of that country are named
};

// Most clients are in France; some abroad, in other time zones and currencies.
constexpr std::array kPlaces{
    Place{"Paris", "FR", "Europe/Paris", "fr", "EUR", 14, "SARL|SAS|EURL|SASU|SCI|SCOP"},
    Place{"Lyon", "FR", "Europe/Paris", "fr", "EUR", 8, "SARL|SAS|EURL|SASU|SCI|SCOP"},
    Place{"Nantes", "FR", "Europe/Paris", "fr", "EUR", 6, "SARL|SAS|EURL|SASU|SCI|SCOP"},
    Place{"Bordeaux", "FR", "Europe/Paris", "fr", "EUR", 6, "SARL|SAS|EURL|SASU|SCI|SCOP"},
    Place{"Lille", "FR", "Europe/Paris", "fr", "EUR", 4, "SARL|SAS|EURL|SASU|SCI|SCOP"},
    Place{"Marseille", "FR", "Europe/Paris", "fr", "EUR", 4, "SARL|SAS|EURL|SASU|SCI|SCOP"},
    Place{"Saint-Denis", "RE", "Indian/Reunion", "fr", "EUR", 2, "SARL|SAS|EURL"},
    Place{"Bruxelles", "BE", "Europe/Brussels", "fr", "EUR", 3, "SRL|SA|SC"},
    Place{"Genève", "CH", "Europe/Zurich", "fr", "CHF", 2, "Sàrl|SA"},
    Place{"Montréal", "CA", "America/Montreal", "fr", "CAD", 4, "Inc.|Ltée|S.E.N.C."},
    Place{"New York", "US", "America/New_York", "en", "USD", 3, "LLC|Inc.|Corp."},
    Place{"London", "GB", "Europe/London", "en", "GBP", 3, "Ltd|LLP"},
    Place{"Berlin", "DE", "Europe/Berlin", "en", "EUR", 2, "GmbH|UG|KG"},
    Place{"Dakar", "SN", "Africa/Dakar", "fr", "EUR", 1, "SARL|SA|SUARL"},
};

constexpr std::array kCompanyStems{
    "Atelier Lumière", "Cabinet Dufresne", "Boulangerie Marchand", "Studio Azur", "Les Jardins d’Élise",
    "Maison Berthelot", "Agence Horizon", "Pharmacie du Marché", "Éditions du Quai", "Cœur de Lin",
    "Northwind Consulting", "Maple Leaf Realty", "Bright Path Coaching", "Harbour & Co", "Greenfield Analytics",
    "Cabinet Nguyen", "Ostéo Santé", "Menuiserie Roux", "Yoga Sérénité", "Traiteur Saveurs d’Ici",
    "Immobilière Saint-Clair", "Conseil & Stratégie", "Vignobles Delmas", "Écurie des Trois Chênes",
    "Blue Harbor Media", "Kite & Key Events", "Librairie Papyrus", "Clinique Vétérinaire des Alpes",
};
constexpr std::array kFirstNames{
    "Élodie", "Jean-Baptiste", "Camille", "Léa", "Hugo", "Chloé", "Mathis", "Inès", "Noémie", "François",
    "Zoé", "Émile", "Margaux", "Thibault", "Anaïs", "Sarah", "David", "Emily", "James", "Olivia",
    "Yasmine", "Karim", "Aminata", "Ngoc Lan", "Sébastien", "Hélène", "Gaëlle", "Loïc", "Maëlys", "Océane",
};
constexpr std::array kLastNames{
    "Marchand", "Moreau", "Lefèvre", "Dubois", "Girard", "Roussel", "Nguyen", "Fontaine", "Bonnet", "Chevalier",
    "Benali", "Diallo", "Martin", "Bernard", "Petit", "O’Connor", "Smith", "Tremblay", "Gagnon", "Müller",
    "García", "Lemaire", "Faure", "Perrin", "Caron", "Rivière", "Lacroix", "Barbier", "Renaud", "Collin",
};
constexpr std::array kRoles{"Gérante", "Directeur général", "Assistante de direction", "Office manager",
                            "Founder",  "Head of Operations", "Comptable", "Responsable commercial"};
constexpr std::array kNotes{
    "Préfère être contactée par e-mail le matin.",
    "Relance mensuelle des factures fournisseurs.",
    "Gestion de l’agenda et des déplacements.",
    "Prefers a short weekly summary on Fridays.",
    "Permanence téléphonique les mardis et jeudis.",
    "",
    "Tri de la boîte mail et réponses types.",
    "Saisie comptable et préparation TVA.",
};

QString ascii(const QString& text)
{
    // An e-mail-friendly slug: "Élodie Lefèvre" → "elodie.lefevre".
    QString folded = text.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == u'œ' || c == u'Œ')
            out += QStringLiteral("oe");
        else if (c == u'æ' || c == u'Æ')
            out += QStringLiteral("ae");
        else if (c == u' ' || c == u'-' || c == u'’')
            out += u'.';
    }
    return out;
}

} // namespace

DemoGenerator::DemoGenerator(Database& database, quint32 seed)
    : m_db(database)
    , m_seed(seed)
{
}

Result<DemoGenerator::Size> DemoGenerator::parseSize(const QString& text)
{
    if (text == QLatin1String("small"))
        return Size::Small;
    if (text == QLatin1String("large"))
        return Size::Large;
    return Error::make(Error::Kind::Invalid, tr("Unknown demo size “%1”: use small or large.").arg(text));
}

Result<DemoGenerator::Summary> DemoGenerator::generate(Size size, const Progress& progress)
{
    {
        QSqlQuery count(m_db.connection());
        count.setForwardOnly(true);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM clients")) || !count.next())
            return Database::sqlError(tr("The database cannot be read."), count.lastError());
        if (count.value(0).toLongLong() > 0)
            return Error::make(Error::Kind::Conflict,
                               tr("This database already holds clients: demo data goes into a new database only."));
    }

    const int clientCount = size == Size::Large ? 300 : 12;
    QRandomGenerator random(m_seed);
    int totalWeight = 0;
    for (const Place& place : kPlaces)
        totalWeight += place.weight;
    auto pick = [&](const auto& list) { return QString::fromUtf8(list[random.bounded(int(list.size()))]); };
    auto pickPlace = [&]() -> const Place& {
        int roll = random.bounded(totalWeight);
        for (const Place& place : kPlaces) {
            if (roll < place.weight)
                return place;
            roll -= place.weight;
        }
        return kPlaces.front();
    };

    Summary summary;
    const qint64 now = m_db.clock().nowMs();
    auto written = m_db.write([&]() -> Status {
        QSqlQuery client(m_db.connection());
        client.prepare(QStringLiteral(
            "INSERT INTO clients (name, kind, professional, email, phone, city, country, timezone, language, "
            "currency, hourly_rate_cents, status, notes, archived, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery contact(m_db.connection());
        contact.prepare(QStringLiteral("INSERT INTO contacts (client_id, name, role, email, phone, is_primary, "
                                       "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QSet<QString> usedNames;
        static const std::array statuses{"active", "active", "active", "active", "prospect", "paused", "former"};
        for (int i = 0; i < clientCount; ++i) {
            const Place& place = pickPlace();
            const bool person = random.bounded(100) < 30;
            QString first = pick(kFirstNames);
            QString last = pick(kLastNames);
            // Two private clients with the same name would confuse the user as they would a real one.
            for (int attempt = 0; person && attempt < 8 && usedNames.contains(first + u' ' + last); ++attempt) {
                first = pick(kFirstNames);
                last = pick(kLastNames);
            }
            QString name;
            QString domain;
            if (person) {
                name = first + u' ' + last;
                domain = QStringLiteral("example.net");
            } else {
                const QString stem = QString::fromUtf8(kCompanyStems[i % kCompanyStems.size()]);
                // Past the list, number the branches so names stay distinct and plausible.
                const int branch = i / int(kCompanyStems.size());
                const QStringList forms = QString::fromUtf8(place.legalForms).split(u'|');
                const QString form = forms.at(random.bounded(int(forms.size())));
                name = branch == 0 ? QString(stem + u' ' + form)
                                   : QString(stem + u' ' + QString::fromUtf8(place.city) + u' ' + form);
                domain = ascii(stem).remove(u'.') + QStringLiteral(".example.com");
            }
            const qint64 created = now - qint64(random.bounded(3653)) * 24 * 3600 * 1000;
            const int rate = (35 + random.bounded(30)) * 100;
            const QString phone = QString::fromUtf8(place.country) == QLatin1String("FR")
                                      ? QStringLiteral("+33 6 %1 %2 %3 %4")
                                            .arg(random.bounded(10, 99))
                                            .arg(random.bounded(10, 99))
                                            .arg(random.bounded(10, 99))
                                            .arg(random.bounded(10, 99))
                                      : QStringLiteral("+1 514 555 %1").arg(random.bounded(1000, 9999));
            client.addBindValue(name);
            client.addBindValue(person ? QStringLiteral("person") : QStringLiteral("company"));
            client.addBindValue(person ? random.bounded(100) < 40 : true);
            client.addBindValue(QString(ascii(first + u' ' + last) + u'@' + domain));
            client.addBindValue(phone);
            client.addBindValue(QString::fromUtf8(place.city));
            client.addBindValue(QString::fromUtf8(place.country));
            client.addBindValue(QString::fromUtf8(place.timezone));
            client.addBindValue(QString::fromUtf8(place.language));
            client.addBindValue(QString::fromUtf8(place.currency));
            client.addBindValue(random.bounded(10) == 0 ? QVariant() : QVariant(qint64(rate)));
            client.addBindValue(QString::fromUtf8(statuses[random.bounded(int(statuses.size()))]));
            client.addBindValue(pick(kNotes));
            client.addBindValue(random.bounded(20) == 0);
            client.addBindValue(created);
            client.addBindValue(created);
            if (!client.exec())
                return Database::sqlError(tr("The demo clients cannot be written."), client.lastError());
            usedNames.insert(name);
            const qint64 clientId = client.lastInsertId().toLongLong();
            ++summary.clients;

            const int contacts = person ? 1 : 1 + random.bounded(3);
            for (int c = 0; c < contacts; ++c) {
                const QString contactName = c == 0 && person ? name : QString(pick(kFirstNames) + u' ' + pick(kLastNames));
                contact.addBindValue(clientId);
                contact.addBindValue(contactName);
                contact.addBindValue(person ? QStringLiteral("") : pick(kRoles));
                contact.addBindValue(QString(ascii(contactName) + u'@' + domain));
                contact.addBindValue(phone);
                contact.addBindValue(c == 0);
                contact.addBindValue(QStringLiteral("")); // notes: empty, not NULL
                contact.addBindValue(created);
                if (!contact.exec())
                    return Database::sqlError(tr("The demo contacts cannot be written."), contact.lastError());
                ++summary.contacts;
            }
            if (progress && (i % 10 == 0) && !progress(double(i) / clientCount)) {
                return Error::make(Error::Kind::Generic, tr("Demo generation was cancelled; nothing was written."));
            }
        }
        // The user's own identity on documents: an EI virtual assistant under the VAT franchise.
        return ProfileRepository(m_db).seedDemoInTransaction();
    });
    if (!written)
        return written.error();
    if (progress)
        progress(1.0);
    return summary;
}

} // namespace Bureau
