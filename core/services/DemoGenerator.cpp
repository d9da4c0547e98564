// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoGenerator.h"

#include "core/domain/Identifiers.h"

#include "core/Clock.h"
#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/DocumentSnapshot.h"
#include "core/domain/Identifiers.h"
#include "core/domain/InvoiceTotals.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/VatRules.h"
#include "core/services/DocumentChain.h"
#include "core/services/InvoiceIssuer.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/ReceptionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeTotals.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <QHash>

#include <algorithm>
#include <limits>
#include <array>
#include <optional>

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


constexpr std::array kTags{"VIP", "Mensuel", "Administratif", "Comptabilité", "Agenda", "Anglophone", "Urgent",
                           "Recrutement"};
constexpr std::array kStreets{"rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Marché",
                              "place Bellecour", "quai des Chartrons", "rue Nationale", "chemin des Vignes"};

struct Exchange
{
    Interaction::Kind kind;
    const char* summary;
    const char* body;
};
constexpr std::array kExchanges{
    Exchange{Interaction::Kind::Call, "Point sur les relances clients",
             "Trois factures en retard à relancer cette semaine ; le client valide le modèle de courrier."},
    Exchange{Interaction::Kind::Email, "Envoi du compte rendu mensuel", "Compte rendu envoyé, pas de retour pour l’instant."},
    Exchange{Interaction::Kind::Meeting, "Réunion de lancement",
             "Périmètre validé : agenda, boîte mail, saisie des notes de frais. Accès à fournir."},
    Exchange{Interaction::Kind::Note, "Préférences de communication", "Pas d’appel avant 10 h ; SMS pour l’urgent."},
    Exchange{Interaction::Kind::Message, "Demande de devis pour un nouveau volet",
             "Souhaite ajouter la gestion des déplacements à partir du mois prochain."},
    Exchange{Interaction::Kind::Call, "Weekly check-in", "Reviewed open tasks; travel booking for the Lisbon trip."},
    Exchange{Interaction::Kind::Email, "Invoice questions", "Asked for the hours detail of last month; sent the report."},
    Exchange{Interaction::Kind::Meeting, "Bilan trimestriel", "Satisfait ; envisage de passer au forfait 20 h."},
};

struct Job
{
    const char* title;
    const char* included;
    const char* excluded;
};
constexpr std::array kJobs{
    Job{"Assistanat administratif", "Tri du courrier et des e-mails, classement, relances des factures.",
        "Comptabilité, déclarations fiscales."},
    Job{"Gestion de l’agenda", "Prise de rendez-vous, confirmations, organisation des déplacements.",
        "Réservations personnelles."},
    Job{"Permanence téléphonique", "Accueil des appels aux horaires convenus, prise de messages, filtrage.",
        "Démarchage commercial."},
    Job{"Executive assistance", "Inbox triage, calendar, travel, meeting notes.", "Bookkeeping, HR matters."},
    Job{"Saisie comptable", "Saisie des pièces, rapprochement bancaire, préparation pour l’expert-comptable.",
        "Bilan et liasse fiscale."},
};

constexpr std::array kTaskTitles{"Relancer les factures impayées", "Préparer le compte rendu mensuel",
                                 "Réserver le train pour Paris", "Mettre à jour le fichier clients",
                                 "Classer les notes de frais", "Confirm Thursday's meetings",
                                 "Send the weekly summary", "Organiser le séminaire d’équipe"};

QString demoPhone(const QString& country, QRandomGenerator& random)
{
    const auto pair = [&random]() { return QStringLiteral("%1").arg(random.bounded(100), 2, 10, QLatin1Char('0')); };
    if (country == QLatin1String("FR"))
        return QStringLiteral("+33 6 %1 %2 %3 %4").arg(pair(), pair(), pair(), pair());
    if (country == QLatin1String("RE"))
        return QStringLiteral("+262 692 %1 %2 %3").arg(pair(), pair(), pair());
    if (country == QLatin1String("BE"))
        return QStringLiteral("+32 470 %1 %2 %3").arg(pair(), pair(), pair());
    if (country == QLatin1String("CH"))
        return QStringLiteral("+41 79 %1 %2 %3").arg(random.bounded(100, 999)).arg(pair(), pair());
    if (country == QLatin1String("GB"))
        return QStringLiteral("+44 7700 900%1").arg(random.bounded(100, 999));
    if (country == QLatin1String("DE"))
        return QStringLiteral("+49 151 %1 %2").arg(random.bounded(1000, 9999)).arg(random.bounded(1000, 9999));
    if (country == QLatin1String("SN"))
        return QStringLiteral("+221 77 %1 %2 %3").arg(random.bounded(100, 999)).arg(pair(), pair());
    if (country == QLatin1String("US"))
        return QStringLiteral("+1 212 555 %1").arg(random.bounded(1000, 9999));
    return QStringLiteral("+1 514 555 %1").arg(random.bounded(1000, 9999));
}

/** A SIRET with valid Luhn key (SIREN key too), from a seed number. */
QString demoSiret(QRandomGenerator& random)
{
    const auto luhnDigit = [](const QString& body) {
        int sum = 0;
        // Digits from the right of the final number: the key is position 1, so body digits double at odd offsets.
        for (int i = 0; i < body.size(); ++i) {
            int digit = body.at(body.size() - 1 - i).digitValue();
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
        }
        return QString::number((10 - sum % 10) % 10);
    };
    QString siren = QString::number(random.bounded(10000000, 99999999));
    siren += luhnDigit(siren);
    QString nic = QStringLiteral("0001");
    return QString(siren + nic + luhnDigit(siren + nic));
}

QString demoVatNumber(const QString& siren)
{
    const qint64 number = siren.toLongLong();
    return QStringLiteral("FR%1%2").arg((12 + 3 * (number % 97)) % 97, 2, 10, QLatin1Char('0')).arg(siren);
}


// What an assistant logs against a client's time, in French as the demo user writes it.
constexpr std::array kTimeDescriptions{
    "Tri des e-mails", "Relances factures", "Gestion de l’agenda", "Saisie comptable",
    "Prise de rendez-vous", "Organisation d’un déplacement", "Réservation train et hôtel",
    "Permanence téléphonique", "Compte rendu de réunion", "Mise à jour du fichier clients",
    "Préparation des devis", "Classement des notes de frais", "Rapprochement bancaire",
    "Rédaction de courriers", "Mise en forme de documents", "Gestion des réseaux sociaux",
    "Publication LinkedIn", "Relance des devis en attente", "Suivi des commandes fournisseurs",
    "Préparation de la TVA", "Veille documentaire", "Organisation du séminaire",
    "Réponses aux demandes de contact", "Point hebdomadaire avec le client", "Envoi de la newsletter",
    "Saisie des factures fournisseurs", "Archivage numérique", "Tri de la boîte de réception", "Planification des rendez-vous",
    "Notes de réunion", "Réservation d’un déplacement", "Transcription d’un enregistrement",
};
constexpr std::array kTimeNotes{
    "Reste deux relances à faire demain.",
    "Le client valide par e-mail.",
    "En attente de pièces justificatives.",
    "Waiting for the client's answer.",
    "Fait en deux fois, interruption par un appel urgent.",
};

struct TimeClient
{
    qint64 id = 0;
    QDate since;
    /** A former client's last day of work (the end of its last mission); invalid while it works with the user. */
    QDate until;
    int weight = 0;
    struct MissionSpan
    {
        qint64 id = 0;
        QDate starts;
        QDate ends; // invalid: open-ended
        /** A monthly package's minutes, 0 for other missions. */
        qint64 packageMinutes = 0;
    };
    QList<MissionSpan> missions;
    QList<qint64> tasks;
};

/**
 * Time entries for the demo (issue 5), from their own random sequence so that everything written
 * before stays the same for a given seed. @p count finished entries over the working days of
 * [first, last] in the user's zone, 15 min to 4 h each, one after another through the day from
 * about 9:00 (a new run from 8:00 when a day is full, which only the large dataset reaches).
 * Clients are weighted, a few much more than the rest, and get time only once they exist.
 * Written through one prepared statement; the triggers of 0006 keep time_month_totals.
 */
Status writeTimeEntries(Database& db, quint32 seed, QDate first, QDate last, qint64 count, bool runningTimer,
                        qint64 now, const std::function<bool(double)>& progress)
{
    const QString failed = DemoGenerator::tr("The demo time entries cannot be written.");
    const LocalCalendar calendar = LocalCalendar::forDatabase(db);
    QRandomGenerator random(seed);

    // Clients that can have time (not prospects), by the day they arrived.
    QList<TimeClient> clients;
    QHash<qint64, qsizetype> indexOf;
    {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, created_at FROM clients WHERE status <> 'prospect' "
                                       "ORDER BY created_at, id")))
            return Database::sqlError(failed, query.lastError());
        while (query.next()) {
            TimeClient client;
            client.id = query.value(0).toLongLong();
            client.since = calendar.dayOf(query.value(1).toLongLong());
            // Heavy-tailed: most clients a little, a few a lot.
            const int roll = int(random.bounded(100));
            client.weight = roll < 5 ? 40 + int(random.bounded(60)) : roll < 25 ? 8 + int(random.bounded(12))
                                                                                : 1 + int(random.bounded(4));
            indexOf.insert(client.id, clients.size());
            clients << client;
        }
        query.finish();
        if (!query.exec(QStringLiteral("SELECT id, client_id, starts_on, ends_on, "
                                       "CASE WHEN billing_mode = 'package' THEN package_minutes ELSE 0 END "
                                       "FROM missions ORDER BY id")))
            return Database::sqlError(failed, query.lastError());
        while (query.next()) {
            const auto at = indexOf.find(query.value(1).toLongLong());
            if (at == indexOf.end())
                continue;
            clients[*at].missions << TimeClient::MissionSpan{
                query.value(0).toLongLong(), QDate::fromString(query.value(2).toString(), Qt::ISODate),
                query.value(3).isNull() ? QDate() : QDate::fromString(query.value(3).toString(), Qt::ISODate),
                query.value(4).toLongLong()};
        }
        query.finish();
        if (!query.exec(QStringLiteral("SELECT c.id, max(m.ends_on) FROM clients c JOIN missions m ON m.client_id = c.id "
                                       "WHERE c.status = 'former' GROUP BY c.id")))
            return Database::sqlError(failed, query.lastError());
        while (query.next()) {
            const auto at = indexOf.find(query.value(0).toLongLong());
            if (at != indexOf.end())
                clients[*at].until = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        }
        query.finish();
        if (!query.exec(QStringLiteral("SELECT id, client_id FROM tasks WHERE mission_id IS NULL ORDER BY id")))
            return Database::sqlError(failed, query.lastError());
        while (query.next()) {
            const auto at = indexOf.find(query.value(1).toLongLong());
            if (at != indexOf.end())
                clients[*at].tasks << query.value(0).toLongLong();
        }
        query.finish();
    }
    if (clients.isEmpty())
        return {};
    // A client that arrived before the range works from its first day.
    QList<qint64> cumulative;
    qint64 sum = 0;
    for (const TimeClient& client : std::as_const(clients)) {
        sum += client.weight;
        cumulative << sum;
    }

    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            days << day;
    }
    if (days.isEmpty())
        return {};

    QStringList descriptions;
    for (const char* text : kTimeDescriptions)
        descriptions << QString::fromUtf8(text);
    QStringList notes;
    for (const char* text : kTimeNotes)
        notes << QString::fromUtf8(text);
    const QString noNotes = QStringLiteral("");

    // A million rows go in several times faster without their indexes, built once at the end from
    // their own definitions (all inside this transaction: a cancellation rolls the drop back too),
    // and with a page cache that holds the table rather than spilling it to the WAL as it grows.
    QStringList indexes;
    QString insertTrigger;
    std::optional<qint64> cacheSize;
    // The connection's cache goes back to its size however this ends (a pragma is not rolled back).
    struct CacheSizeGuard
    {
        Database& db;
        const std::optional<qint64>& size;
        ~CacheSizeGuard()
        {
            if (size)
                QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*size));
        }
    } cacheGuard{db, cacheSize};
    if (count >= 10000) {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
            return Database::sqlError(failed, query.lastError());
        cacheSize = query.value(0).toLongLong();
        query.finish();
        // Pragmas take no bound values; the number comes from code.
        if (!query.exec(QStringLiteral("PRAGMA cache_size = -65536")))
            return Database::sqlError(failed, query.lastError());
        QStringList names;
        if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                       "AND tbl_name = 'time_entries' AND sql IS NOT NULL ORDER BY name")))
            return Database::sqlError(failed, query.lastError());
        while (query.next()) {
            names << query.value(0).toString();
            indexes << query.value(1).toString();
        }
        query.finish();
        for (const QString& name : std::as_const(names)) {
            // Index names come from the schema, never from input.
            if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return Database::sqlError(failed, query.lastError());
        }
        // Likewise the rollup: summed once at the end rather than upserted a million times.
        if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name = 'time_entries_totals_insert'"))
            || !query.next())
            return Database::sqlError(failed, query.lastError());
        insertTrigger = query.value(0).toString();
        query.finish();
        if (!query.exec(QStringLiteral("DROP TRIGGER time_entries_totals_insert")))
            return Database::sqlError(failed, query.lastError());
    }
    const auto restore = [&]() -> Status {
        QSqlQuery query(db.connection());
        if (!insertTrigger.isEmpty()) {
            // What the trigger would have summed, in one pass over the entries.
            if (Status summed = TimeTotals::rebuildInTransaction(db); !summed)
                return summed;
            if (!query.exec(insertTrigger))
                return Database::sqlError(failed, query.lastError());
        }
        for (const QString& sql : std::as_const(indexes)) {
            if (!query.exec(sql))
                return Database::sqlError(failed, query.lastError());
        }
        return {};
    };

    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO time_entries (client_id, mission_id, task_id, description, notes, started_at, ended_at, "
            "minutes, day, billable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Database::sqlError(failed, insert.lastError());
    const QVariant nullId(QMetaType::fromType<qint64>());
    constexpr qint64 minuteMs = 60 * 1000;

    // Picks the client of an entry among those that exist on the day (a prefix of `clients`).
    // A former client gets no more time after its last mission (a few tries, then whoever came up).
    const auto pickClient = [&](qsizetype eligible, QDate day) -> const TimeClient& {
        const TimeClient* picked = nullptr;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const qint64 roll = qint64(random.bounded(quint64(cumulative.at(eligible - 1))));
            const auto at = std::upper_bound(cumulative.cbegin(), cumulative.cbegin() + eligible, roll);
            picked = &clients.at(at - cumulative.cbegin());
            if (!picked->until.isValid() || day <= picked->until)
                break;
        }
        return *picked;
    };
    // A package’s month fills up to 85–105 % of it (by mission), as packages are sized to the work;
    // the rest of the client's time that month goes without a mission.
    QHash<qint64, std::pair<int, qint64>> packageMonth; // mission → (year × 12 + month, minutes)
    const auto pickMission = [&](const TimeClient& client, QDate day, qint64 minutes) -> qint64 {
        if (client.missions.isEmpty() || random.bounded(10) == 0)
            return 0;
        const TimeClient::MissionSpan& mission = client.missions.at(random.bounded(int(client.missions.size())));
        if (day < mission.starts || (mission.ends.isValid() && day > mission.ends))
            return 0;
        if (mission.packageMinutes > 0) {
            auto& [month, used] = packageMonth[mission.id];
            if (const int key = day.year() * 12 + day.month(); key != month) {
                month = key;
                used = 0;
            }
            const qint64 cap = mission.packageMinutes * (85 + 10 * (mission.id % 3)) / 100;
            if (used + minutes > cap)
                return 0;
            used += minutes;
        }
        return mission.id;
    };

    qsizetype eligible = 0;
    qint64 written = 0;
    const qsizetype dayCount = days.size();
    for (qsizetype d = 0; d < dayCount; ++d) {
        const QDate day = days.at(d);
        while (eligible < clients.size() && clients.at(eligible).since <= day)
            ++eligible;
        // Spread exactly `count` entries over the days.
        const qint64 todays = (d + 1) * count / dayCount - d * count / dayCount;
        if (eligible == 0) {
            // No client yet on this day (only for the oldest days of a small range): the first one's.
            ++eligible;
        }
        const QString dayText = day.toString(Qt::ISODate);
        // Working days have no DST change in the day (Europe changes on Sunday nights): the day's
        // 08:00 and whole minutes after it.
        const qint64 eight = calendar.toUtcMs(day, QTime(8, 0));
        qint64 cursor = 60 + 15 * qint64(random.bounded(5)); // minutes after 08:00
        for (qint64 e = 0; e < todays; ++e) {
            const TimeClient& client = pickClient(eligible, day);
            // 15 min to 4 h by steps of 5 min, most of them short.
            const qint64 minutes = 15 + 5 * std::min(random.bounded(46), random.bounded(46));
            if (cursor + minutes > 11 * 60)
                cursor = 15 * qint64(random.bounded(8));
            const qint64 start = eight + cursor * minuteMs;
            const qint64 end = start + minutes * minuteMs;
            cursor += minutes + 5 * qint64(random.bounded(7));

            const qint64 missionId = pickMission(client, day, minutes);
            const qint64 taskId = !client.tasks.isEmpty() && random.bounded(5) == 0
                                      ? client.tasks.at(random.bounded(int(client.tasks.size())))
                                      : 0;
            insert.bindValue(0, client.id);
            insert.bindValue(1, missionId == 0 ? nullId : QVariant(missionId));
            insert.bindValue(2, taskId == 0 ? nullId : QVariant(taskId));
            insert.bindValue(3, descriptions.at(random.bounded(int(descriptions.size()))));
            insert.bindValue(4, random.bounded(12) == 0 ? notes.at(random.bounded(int(notes.size()))) : noNotes);
            insert.bindValue(5, start);
            insert.bindValue(6, end);
            insert.bindValue(7, minutes);
            insert.bindValue(8, dayText);
            insert.bindValue(9, random.bounded(100) < 85 ? 1 : 0);
            insert.bindValue(10, end);
            insert.bindValue(11, end);
            if (!insert.exec())
                return Database::sqlError(failed, insert.lastError());
            ++written;
        }
        if (progress && d % 64 == 0 && !progress(double(d) / double(dayCount)))
            return Error::make(Error::Kind::Generic,
                               DemoGenerator::tr("Demo generation was cancelled; nothing was written."));
    }

    insert.finish();
    if (Status restored = restore(); !restored)
        return restored;

    if (runningTimer) {
        // The timer the user left running 40 minutes ago, on the busiest client.
        const auto busiest =
            std::max_element(clients.cbegin(), clients.cbegin() + eligible, [](const TimeClient& a, const TimeClient& b) {
                return (a.until.isValid() ? 0 : a.weight) < (b.until.isValid() ? 0 : b.weight);
            });
        const qint64 start = now - 40 * minuteMs - now % minuteMs;
        const qint64 missionId = busiest->missions.isEmpty() ? 0 : busiest->missions.constLast().id;
        insert.bindValue(0, busiest->id);
        insert.bindValue(1, missionId == 0 ? nullId : QVariant(missionId));
        insert.bindValue(2, nullId);
        insert.bindValue(3, descriptions.at(2));
        insert.bindValue(4, noNotes);
        insert.bindValue(5, start);
        insert.bindValue(6, nullId);
        insert.bindValue(7, 0);
        insert.bindValue(8, calendar.dayOf(start).toString(Qt::ISODate));
        insert.bindValue(9, 1);
        insert.bindValue(10, start);
        insert.bindValue(11, start);
        if (!insert.exec())
            return Database::sqlError(failed, insert.lastError());
    }
    insert.finish();
    return {};
}


const std::array kServiceLines{
    "Gestion de l’agenda et des rendez-vous", "Traitement des e-mails", "Saisie comptable et rapprochement bancaire",
    "Relances des impayés", "Organisation de déplacements", "Rédaction de comptes rendus", "Mise à jour du CRM",
    "Préparation des devis", "Classement et archivage numérique", "Gestion des réseaux sociaux",
    "Permanence téléphonique", "Tableau de bord mensuel", "Mise en forme de documents", "Suivi des commandes fournisseurs",
};
const std::array kDisbursementLines{"Frais d’affranchissement", "Lettres recommandées", "Timbres fiscaux"};
const std::array kDocumentTitles{"Assistance administrative", "Secrétariat à distance", "Gestion commerciale",
                                 "Support de direction", "Assistance comptable"};

/** A client that can receive documents, with what issuing decides for it (read once). */
struct DocumentClient
{
    qint64 id = 0;
    QDate since;
    QString currency;
    QString language;
    int termsDays = 30;
    bool prospect = false;
    BillingDocument::VatCase vatCase = BillingDocument::VatCase::Vat;
    /** DocumentSnapshot JSON, captured once for the client. */
    QString snapshot;
    qint64 hourlyCents = 4500;
};

/** One document of the plan, in issue order. */
struct PlannedDocument
{
    BillingDocument::Kind kind = BillingDocument::Kind::Invoice;
    QDate date;
    int client = 0;
    bool draft = false;
    /** Quotes: the stored status once sent. */
    BillingDocument::Status quoteStatus = BillingDocument::Status::Sent;
    /** Credit notes: the index in the plan of the invoice credited; whether partly. */
    int source = -1;
    bool partialCredit = false;
    /** Invoices and deposits: 0 paid in full, 1 partly, 2 unpaid. */
    int payment = 0;
};

/** Euros for one unit of @p currency in millionths, near the rates of the 2020s. */
qint64 demoEurRate(const QString& currency, QRandomGenerator& random)
{
    qint64 base = 1000000;
    if (currency == QLatin1String("USD"))
        base = 921234;
    else if (currency == QLatin1String("GBP"))
        base = 1160000;
    else if (currency == QLatin1String("CHF"))
        base = 1040000;
    else if (currency == QLatin1String("CAD"))
        base = 680000;
    return base + qint64(random.bounded(-30000, 30000));
}

/** Text for a NOT NULL column: a null QString binds as NULL. */
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/** value × numerator / denominator, half away from zero (demo amounts: far from overflowing). */
qint64 roundedRatio(qint64 value, qint64 numerator, qint64 denominator)
{
    const qint64 product = value * numerator;
    const qint64 half = denominator / 2;
    return product >= 0 ? (product + half) / denominator : (product - half) / denominator;
}

/**
 * Quotes, invoices, deposit invoices and credit notes with their payments (issue 6), valid in every
 * respect as InvoiceIssuer and PaymentService would have left them: totals by InvoiceTotals, the
 * client's snapshot by DocumentSnapshot (captured once per client), numbers gapless per series
 * and year in issue order, the SHA-256 chain by DocumentChain, counters and series heads set;
 * balances kept by the triggers (allocations inserted, credit notes numbered by an UPDATE as
 * issuing does). From its own random sequence. @p count documents in [first, last]; the small
 * plan is fixed: a few paid invoices, one overdue, one partly paid, one credited, quotes, a draft.
 */
Result<std::pair<int, int>> writeDocuments(Database& db, quint32 seed, bool large, QDate first, QDate last, qint64 now)
{
    const QString failed = DemoGenerator::tr("The demo invoices cannot be written.");
    QRandomGenerator random(seed);
    const LocalCalendar calendar = LocalCalendar::forDatabase(db);
    const QString dataDir = QFileInfo(db.path()).absolutePath();
    auto profile = ProfileRepository(db).load();
    if (!profile)
        return profile.error();
    if (!profile->has_value())
        return std::pair<int, int>{0, 0};
    const BusinessProfile& seller = profile->value();
    const int defaultVat = seller.vatRegime == BusinessProfile::VatRegime::Franchise ? 0 : 2000;

    // The clients that can be invoiced: those the VAT rules accept, each snapshot captured once.
    QList<DocumentClient> clients;
    {
        QList<std::pair<qint64, QString>> rows;
        QSqlQuery read(db.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, status FROM clients ORDER BY created_at, id")))
            return Database::sqlError(failed, read.lastError());
        while (read.next())
            rows << std::pair{read.value(0).toLongLong(), read.value(1).toString()};
        read.finish();
        ClientRepository repository(db);
        const VatRules::FranchiseTurnover turnover{last.year(), std::numeric_limits<qint64>::max() / 4,
                                                   std::numeric_limits<qint64>::max() / 4, 0};
        for (const auto& [id, status] : std::as_const(rows)) {
            auto client = repository.load(id);
            if (!client)
                return client.error();
            DocumentClient entry;
            entry.id = id;
            entry.since = calendar.dayOf(client->createdAtMs);
            entry.currency = client->currency;
            entry.language = client->language;
            entry.termsDays = std::min(60, client->paymentTermsDays.value_or(seller.paymentTermsDays));
            entry.prospect = status == QLatin1String("prospect");
            if (client->hourlyRate.isValid() && client->hourlyRate.cents() > 0)
                entry.hourlyCents = client->hourlyRate.cents();
            const VatRules::Decision decision = VatRules::decide(seller, *client, entry.termsDays, turnover, 0);
            if (!decision.refusal.isEmpty())
                continue;
            entry.vatCase = decision.vatCase;
            BillingDocument probe;
            probe.clientId = id;
            probe.language = entry.language;
            probe.currency = entry.currency;
            auto snapshot = DocumentSnapshot::capture(db, probe, entry.vatCase, dataDir);
            if (!snapshot)
                return snapshot.error();
            entry.snapshot = snapshot->toJson();
            clients << entry;
        }
    }
    if (clients.isEmpty())
        return std::pair<int, int>{0, 0};
    // Clients in the order they came: the ones a day can bill are a prefix.
    std::stable_sort(clients.begin(), clients.end(),
                     [](const DocumentClient& a, const DocumentClient& b) { return a.since < b.since; });
    auto clientFor = [&](QDate day, bool quote) -> int {
        const auto end = std::upper_bound(clients.cbegin(), clients.cend(), day,
                                          [](QDate d, const DocumentClient& c) { return d < c.since; });
        const int available = std::max(1, int(end - clients.cbegin()));
        for (int attempt = 0; attempt < 16; ++attempt) {
            const int index = random.bounded(available);
            if (quote || !clients.at(index).prospect)
                return index;
        }
        for (int index = 0; index < clients.size(); ++index) {
            if (!clients.at(index).prospect)
                return index;
        }
        return 0;
    };

    // The plan, in issue order.
    QList<PlannedDocument> plan;
    using Kind = BillingDocument::Kind;
    using DocStatus = BillingDocument::Status;
    if (large) {
        const int count = 20000;
        const int span = int(first.daysTo(last));
        QList<QDate> days;
        days.reserve(count);
        for (int i = 0; i < count; ++i)
            days << first.addDays(random.bounded(span + 1));
        std::sort(days.begin(), days.end());
        QList<int> recentInvoices;
        for (int i = 0; i < count; ++i) {
            PlannedDocument document;
            document.date = days.at(i);
            const int roll = random.bounded(100);
            const bool recent = document.date.daysTo(last) < 120;
            if (i >= count - 80) {
                document.draft = true;
                document.kind = i % 4 == 0 ? Kind::Quote : Kind::Invoice;
            } else if (roll < 4 && !recentInvoices.isEmpty()) {
                document.kind = Kind::CreditNote;
                const int pick = recentInvoices.size() - 1 - random.bounded(std::min<int>(40, recentInvoices.size()));
                document.source = recentInvoices.takeAt(pick);
                document.partialCredit = random.bounded(2) == 0;
            } else if (roll < 8) {
                document.kind = Kind::Deposit;
            } else if (roll < 22) {
                document.kind = Kind::Quote;
                const int answer = random.bounded(100);
                document.quoteStatus = document.date.daysTo(last) < 30 ? DocStatus::Sent
                                       : answer < 55                     ? DocStatus::Accepted
                                       : answer < 80                     ? DocStatus::Refused
                                       : answer < 95                     ? DocStatus::Expired
                                                                         : DocStatus::Sent;
            } else {
                document.kind = Kind::Invoice;
            }
            if (document.kind == Kind::CreditNote) {
                document.client = plan.at(document.source).client;
            } else {
                document.client = clientFor(document.date, document.kind == Kind::Quote);
            }
            if (document.kind == Kind::Invoice || document.kind == Kind::Deposit) {
                const int pay = random.bounded(100);
                document.payment = !recent ? (pay < 2 ? 1 : 0) : (pay < 70 ? 0 : pay < 82 ? 1 : 2);
                if (document.kind == Kind::Invoice && !document.draft)
                    recentInvoices << i;
                if (recentInvoices.size() > 400)
                    recentInvoices.removeFirst();
            }
            plan << document;
        }
    } else {
        // Six invoices (three paid, one overdue, one partly paid, one credited), its credit note,
        // two quotes, a deposit and a draft.
        auto add = [&](Kind kind, int daysAgo, int payment) {
            PlannedDocument document;
            document.kind = kind;
            document.date = last.addDays(-daysAgo);
            document.client = clientFor(document.date, kind == Kind::Quote);
            document.payment = payment;
            plan << document;
            return int(plan.size() - 1);
        };
        add(Kind::Invoice, 85, 0);
        add(Kind::Invoice, 70, 0);
        add(Kind::Quote, 65, 0);
        plan.last().quoteStatus = DocStatus::Accepted;
        add(Kind::Invoice, 55, 2); // overdue
        add(Kind::Deposit, 45, 0);
        add(Kind::Invoice, 40, 1); // partly paid
        const int credited = add(Kind::Invoice, 30, 0);
        add(Kind::Invoice, 20, 0);
        PlannedDocument note;
        note.kind = Kind::CreditNote;
        note.date = last.addDays(-18);
        note.source = credited;
        note.client = plan.at(credited).client;
        plan << note;
        add(Kind::Quote, 5, 0);
        add(Kind::Invoice, 0, 0);
        plan.last().draft = true;
    }

    // A page cache that holds the indexes as they grow rather than spilling them to the WAL again
    // and again; back to its size however this ends (a pragma is not rolled back).
    std::optional<qint64> cacheSize;
    struct CacheSizeGuard
    {
        Database& db;
        const std::optional<qint64>& size;
        ~CacheSizeGuard()
        {
            if (size)
                QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*size));
        }
    } cacheGuard{db, cacheSize};
    if (large) {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
            return Database::sqlError(failed, query.lastError());
        cacheSize = query.value(0).toLongLong();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA cache_size = -131072")))
            return Database::sqlError(failed, query.lastError());
    }

    // Statements, prepared once.
    QSqlQuery insertDocument(db.connection());
    insertDocument.prepare(QStringLiteral(
        "INSERT INTO documents (id, kind, series, client_id, status, number, number_year, sequence, issue_date, "
        "issued_at, source_document_id, language, currency, eur_rate_micros, title, purchase_order, service_from, "
        "service_to, payment_terms_days, due_date, discount_basis_points, discount_cents, notes, vat_case, net_cents, "
        "vat_cents, disbursements_cents, total_cents, deducted_cents, due_cents, vat_eur_cents, snapshot, "
        "canonical_version, chain_previous, chain_hash, sent_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"));
    QSqlQuery insertLine(db.connection());
    insertLine.prepare(QStringLiteral(
        "INSERT INTO document_lines (document_id, position, kind, description, quantity_thousandths, unit, "
        "unit_price_cents, vat_basis_points, discount_basis_points, net_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An issued credit note counts against its invoice (what the trigger on numbering does).
    QSqlQuery credit(db.connection());
    credit.prepare(QStringLiteral(
        "INSERT INTO document_balances (document_id, credited_cents) VALUES (?, ?) ON CONFLICT (document_id) "
        "DO UPDATE SET credited_cents = credited_cents + excluded.credited_cents"));
    // Each document is written whole, after its lines (whose trigger refuses lines under a
    // numbered document): the lines' reference to it is checked at commit.
    qint64 nextId = 0;
    {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))
            || !query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM documents")) || !query.next())
            return Database::sqlError(failed, query.lastError());
        nextId = query.value(0).toLongLong();
    }
    QSqlQuery insertPayment(db.connection());
    insertPayment.prepare(QStringLiteral(
        "INSERT INTO payments (client_id, received_on, amount_cents, currency, eur_cents, method, reference, notes, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)"));
    QSqlQuery insertAllocation(db.connection());
    insertAllocation.prepare(
        QStringLiteral("INSERT INTO payment_allocations (payment_id, document_id, amount_cents) VALUES (?, ?, ?)"));

    // The series: patterns, yearly reset, and what is given as we go.
    struct SeriesState
    {
        QString pattern;
        bool yearlyReset = true;
        QString head;
        qint64 length = 0;
        QHash<int, qint64> last; // year (0 without reset) → last number
    };
    QHash<QString, SeriesState> series;
    {
        QSqlQuery read(db.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT series, pattern, yearly_reset, chain_head, chain_length FROM document_series")))
            return Database::sqlError(failed, read.lastError());
        while (read.next()) {
            SeriesState state;
            state.pattern = read.value(1).toString();
            state.yearlyReset = read.value(2).toBool();
            state.head = read.value(3).toString();
            state.length = read.value(4).toLongLong();
            series.insert(read.value(0).toString(), state);
        }
    }

    struct Written
    {
        qint64 id = 0;
        BillingDocument document;
        qint64 creditedCents = 0;
    };
    QList<Written> written;
    written.reserve(plan.size());
    QHash<QDate, int> issuedThatDay;
    int documents = 0;
    int payments = 0;
    static const std::array methods{"transfer", "transfer", "transfer", "transfer", "card", "cheque", "direct_debit",
                                    "paypal"};

    for (const PlannedDocument& planned : std::as_const(plan)) {
        const DocumentClient& client = clients.at(planned.client);
        BillingDocument document;
        document.kind = planned.kind;
        document.clientId = client.id;
        document.language = client.language;
        document.currency = client.currency;
        if (client.currency != QLatin1String("EUR"))
            document.eurRateMicros = demoEurRate(client.currency, random);
        document.paymentTermsDays = client.termsDays;
        const QDate monthStart = LocalCalendar::monthStart(planned.date.addDays(-15));
        document.serviceFrom = monthStart;
        document.serviceTo = monthStart.addMonths(1).addDays(-1);
        if (planned.kind == Kind::CreditNote) {
            const Written& source = written.at(planned.source);
            document.sourceDocumentId = source.id;
            document.currency = source.document.currency;
            document.eurRateMicros = source.document.eurRateMicros;
            document.language = source.document.language;
            document.serviceFrom = source.document.serviceFrom;
            document.serviceTo = source.document.serviceTo;
            document.title = source.document.title;
            for (const DocumentLine& line : source.document.lines) {
                DocumentLine copy = line;
                copy.id = 0;
                copy.netCents = 0;
                document.lines << copy;
                if (planned.partialCredit)
                    break;
            }
        } else {
            document.title = QString::fromUtf8(kDocumentTitles[random.bounded(int(kDocumentTitles.size()))]);
            if (planned.kind == Kind::Deposit) {
                DocumentLine line;
                line.description = QStringLiteral("Acompte de 30 % — %1").arg(document.title);
                line.unit = DocumentLine::Unit::Flat;
                line.unitPriceCents = qint64(random.bounded(3, 30)) * 5000;
                line.vatBasisPoints = defaultVat;
                document.lines << line;
            } else {
                const int lineCount = 1 + std::min(11, int(random.bounded(6)) + int(random.bounded(7)) * int(random.bounded(2)));
                for (int l = 0; l < lineCount; ++l) {
                    DocumentLine line;
                    if (l > 0 && random.bounded(12) == 0) {
                        line.kind = DocumentLine::Kind::Disbursement;
                        line.description = QString::fromUtf8(kDisbursementLines[random.bounded(int(kDisbursementLines.size()))]);
                        line.unit = DocumentLine::Unit::Flat;
                        line.unitPriceCents = qint64(random.bounded(300, 4000));
                    } else {
                        line.description = QString::fromUtf8(kServiceLines[random.bounded(int(kServiceLines.size()))]);
                        line.unit = DocumentLine::Unit::Hour;
                        line.quantityThousandths = qint64(random.bounded(2, 80)) * 250;
                        line.unitPriceCents = client.hourlyCents;
                        line.vatBasisPoints = defaultVat;
                    }
                    document.lines << line;
                }
            }
        }
        const BillingDocument::VatCase vatCase = client.vatCase;
        auto totalled = InvoiceTotals::withTotals(document, vatCase);
        if (!totalled)
            return totalled.error();
        document = *totalled;
        document.vatCase = vatCase;
        const qint64 created = calendar.toUtcMs(planned.date, QTime(9, 0));
        document.createdAtMs = created;
        document.updatedAtMs = created;
        if (!planned.draft) {
            const int sameDay = issuedThatDay[planned.date]++;
            document.issueDate = planned.date;
            document.issuedAtMs = calendar.toUtcMs(planned.date, QTime(10, 0)) + qint64(sameDay) * 1000;
            document.updatedAtMs = document.issuedAtMs;
            document.dueDate = planned.date.addDays(planned.kind == Kind::Quote ? 30 : document.paymentTermsDays);
            document.snapshot = client.snapshot;
            document.canonicalVersion = DocumentChain::kCurrentVersion;
            document.numberYear = planned.date.year();
            if (planned.kind == Kind::Quote) {
                document.status = planned.quoteStatus;
                document.sentAtMs = document.issuedAtMs;
            } else {
                const bool sent = planned.date.daysTo(last) > 3 || random.bounded(2) == 0;
                document.status = sent ? DocStatus::Sent : DocStatus::Issued;
                document.sentAtMs = sent ? document.issuedAtMs + 3600 * 1000 : 0;
            }
        }
        const QString seriesKey = BillingDocument::seriesKey(document.series());
        SeriesState& state = series[seriesKey];
        if (!planned.draft) {
            const int counterYear = state.yearlyReset ? document.numberYear : 0;
            document.sequence = ++state.last[counterYear];
            document.number = InvoiceIssuer::formatNumber(state.pattern, document.numberYear, document.sequence);
        }

        document.id = ++nextId;
        int position = 0;
        for (DocumentLine& line : document.lines) {
            insertLine.addBindValue(document.id);
            insertLine.addBindValue(++position);
            insertLine.addBindValue(BillingDocument::lineKindKey(line.kind));
            insertLine.addBindValue(line.description);
            insertLine.addBindValue(line.quantityThousandths);
            insertLine.addBindValue(BillingDocument::unitKey(line.unit));
            insertLine.addBindValue(line.unitPriceCents);
            insertLine.addBindValue(line.vatBasisPoints);
            insertLine.addBindValue(line.discountBasisPoints);
            insertLine.addBindValue(line.netCents);
            if (!insertLine.exec())
                return Database::sqlError(failed, insertLine.lastError());
            line.id = insertLine.lastInsertId().toLongLong();
        }
        if (!planned.draft) {
            // Numbered as issuing does: the chain link over the document as stored.
            document.chainPrevious = state.head;
            document.chainHash = DocumentChain::link(state.head, DocumentChain::canonical(document, document.canonicalVersion));
            state.head = document.chainHash;
            ++state.length;
        }
        insertDocument.addBindValue(document.id);
        insertDocument.addBindValue(BillingDocument::kindKey(document.kind));
        insertDocument.addBindValue(seriesKey);
        insertDocument.addBindValue(document.clientId);
        insertDocument.addBindValue(BillingDocument::statusKey(document.status));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.number));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.numberYear));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.sequence));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.issueDate.toString(Qt::ISODate)));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.issuedAtMs));
        insertDocument.addBindValue(document.sourceDocumentId == 0 ? QVariant() : QVariant(document.sourceDocumentId));
        insertDocument.addBindValue(notNull(document.language));
        insertDocument.addBindValue(document.currency);
        insertDocument.addBindValue(document.eurRateMicros == 0 ? QVariant() : QVariant(document.eurRateMicros));
        insertDocument.addBindValue(notNull(document.title));
        insertDocument.addBindValue(notNull(document.purchaseOrder));
        insertDocument.addBindValue(document.serviceFrom.toString(Qt::ISODate));
        insertDocument.addBindValue(document.serviceTo.toString(Qt::ISODate));
        insertDocument.addBindValue(document.paymentTermsDays);
        insertDocument.addBindValue(document.dueDate.isValid() ? QVariant(document.dueDate.toString(Qt::ISODate))
                                                               : QVariant());
        insertDocument.addBindValue(document.discountBasisPoints);
        insertDocument.addBindValue(document.discountCents);
        insertDocument.addBindValue(notNull(document.notes));
        insertDocument.addBindValue(BillingDocument::vatCaseKey(vatCase));
        insertDocument.addBindValue(document.netCents);
        insertDocument.addBindValue(document.vatCents);
        insertDocument.addBindValue(document.disbursementsCents);
        insertDocument.addBindValue(document.totalCents);
        insertDocument.addBindValue(document.deductedCents);
        insertDocument.addBindValue(document.dueCents);
        insertDocument.addBindValue(document.vatEurCents ? QVariant(*document.vatEurCents) : QVariant());
        insertDocument.addBindValue(notNull(document.snapshot));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.canonicalVersion));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.chainPrevious));
        insertDocument.addBindValue(planned.draft ? QVariant() : QVariant(document.chainHash));
        insertDocument.addBindValue(document.sentAtMs == 0 ? QVariant() : QVariant(document.sentAtMs));
        insertDocument.addBindValue(document.createdAtMs);
        insertDocument.addBindValue(document.updatedAtMs);
        if (!insertDocument.exec())
            return Database::sqlError(failed, insertDocument.lastError());
        if (planned.kind == Kind::CreditNote && !planned.draft) {
            credit.addBindValue(document.sourceDocumentId);
            credit.addBindValue(document.totalCents);
            if (!credit.exec())
                return Database::sqlError(failed, credit.lastError());
        }
        ++documents;
        if (planned.kind == Kind::CreditNote)
            written[planned.source].creditedCents += document.totalCents;
        written << Written{document.id, document, 0};
    }

    // Payments, once every credit note is known: in full, in part or not at all, never after `last`.
    for (int i = 0; i < plan.size(); ++i) {
        const PlannedDocument& planned = plan.at(i);
        const Written& entry = written.at(i);
        if (planned.draft || (planned.kind != Kind::Invoice && planned.kind != Kind::Deposit))
            continue;
        const qint64 outstanding = entry.document.dueCents - entry.creditedCents;
        if (outstanding <= 0 || planned.payment == 2)
            continue;
        const qint64 amount = planned.payment == 1 ? std::max<qint64>(1, outstanding * random.bounded(30, 71) / 100)
                                                   : outstanding;
        const int delay = random.bounded(0, entry.document.paymentTermsDays + 16);
        QDate received = planned.date.addDays(delay);
        if (received > last) {
            // The most recent ones are simply not paid yet.
            if (planned.payment == 0 && planned.date.daysTo(last) < 10)
                continue;
            received = last;
        }
        const QString& currency = entry.document.currency;
        qint64 eurCents = amount;
        if (currency != QLatin1String("EUR")) {
            const qint64 rate = entry.document.eurRateMicros > 0 ? entry.document.eurRateMicros
                                                                  : demoEurRate(currency, random);
            eurCents = std::max<qint64>(1, roundedRatio(amount, rate + random.bounded(-5000, 5000), 1000000));
        }
        insertPayment.addBindValue(entry.document.clientId);
        insertPayment.addBindValue(received.toString(Qt::ISODate));
        insertPayment.addBindValue(amount);
        insertPayment.addBindValue(currency);
        insertPayment.addBindValue(eurCents);
        insertPayment.addBindValue(QString::fromUtf8(methods[random.bounded(int(methods.size()))]));
        insertPayment.addBindValue(entry.document.number);
        insertPayment.addBindValue(calendar.toUtcMs(received, QTime(12, 0)));
        if (!insertPayment.exec())
            return Database::sqlError(failed, insertPayment.lastError());
        const qint64 paymentId = insertPayment.lastInsertId().toLongLong();
        insertAllocation.addBindValue(paymentId);
        insertAllocation.addBindValue(entry.id);
        insertAllocation.addBindValue(amount);
        if (!insertAllocation.exec())
            return Database::sqlError(failed, insertAllocation.lastError());
        ++payments;
    }

    // Counters and series heads as issuing leaves them.
    QSqlQuery counter(db.connection());
    counter.prepare(QStringLiteral(
        "INSERT INTO document_counters (series, year, last_number) VALUES (?, ?, ?) "
        "ON CONFLICT (series, year) DO UPDATE SET last_number = excluded.last_number"));
    QSqlQuery head(db.connection());
    head.prepare(QStringLiteral("UPDATE document_series SET chain_head = ?, chain_length = ? WHERE series = ?"));
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        for (auto year = it->last.cbegin(); year != it->last.cend(); ++year) {
            counter.addBindValue(it.key());
            counter.addBindValue(year.key());
            counter.addBindValue(year.value());
            if (!counter.exec())
                return Database::sqlError(failed, counter.lastError());
        }
        head.addBindValue(it->head);
        head.addBindValue(it->length);
        head.addBindValue(it.key());
        if (!head.exec())
            return Database::sqlError(failed, head.lastError());
    }
    Q_UNUSED(now);
    return std::pair<int, int>{documents, payments};
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
    // The share of the progress that the clients take; time entries take the rest.
    const double clientShare = size == Size::Large ? 0.3 : 0.8;
    auto written = m_db.write([&]() -> Status {
        QSqlQuery client(m_db.connection());
        client.prepare(QStringLiteral(
            "INSERT INTO clients (name, kind, professional, email, phone, city, country, timezone, language, "
            "currency, hourly_rate_cents, status, notes, archived, created_at, updated_at, legal_form, siret, "
            "vat_number, address, postal_code, website, phone_e164, payment_terms_days, rounding_minutes, "
            "rounding_mode, rounding_scope, archived_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery tag(m_db.connection());
        tag.prepare(QStringLiteral("INSERT INTO client_tags (client_id, tag_id) "
                                   "SELECT ?, id FROM tags WHERE name = ?"));
        QSqlQuery onboardingDone(m_db.connection());
        onboardingDone.prepare(QStringLiteral("UPDATE client_onboarding SET done_at = ? WHERE client_id = ? "
                                              "AND rule = '' AND position < ?"));
        for (const char* name : kTags) {
            QSqlQuery insertTag(m_db.connection());
            insertTag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
            insertTag.addBindValue(QString::fromUtf8(name));
            if (!insertTag.exec())
                return Database::sqlError(tr("The demo clients cannot be written."), insertTag.lastError());
        }
        InteractionRepository interactions(m_db);
        MissionRepository missions(m_db);
        TaskRepository tasks(m_db);
        ReceptionRepository reception(m_db);
        OnboardingRepository onboarding(m_db);
        // Everything added for the client relationship draws from its own sequence, so the clients
        // and contacts above stay the same for a given seed.
        QRandomGenerator extra(m_seed + 1);
        auto pickExtra = [&](const auto& list) { return list[extra.bounded(int(list.size()))]; };
        const QString failedRelationship = tr("The demo client records cannot be written.");
        // Tags, interactions, missions, tasks, reception instructions and the onboarding checklist of a client.
        const auto addRelationship = [&](qint64 clientId, qint64 contactId, qint64 created) -> Status {
            QSqlQuery read(m_db.connection());
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT status, timezone, currency, name FROM clients WHERE id = ?"));
            read.addBindValue(clientId);
            if (!read.exec() || !read.next())
                return Database::sqlError(failedRelationship, read.lastError());
            const QString status = read.value(0).toString();
            const QString zone = read.value(1).toString();
            const QString currency = read.value(2).toString();
            const QString clientName = read.value(3).toString();
            read.finish();

            for (int t = extra.bounded(3); t > 0; --t) {
                tag.addBindValue(clientId);
                tag.addBindValue(QString::fromUtf8(pickExtra(kTags)));
                if (!tag.exec() && !tag.lastError().text().contains(QLatin1String("UNIQUE")))
                    return Database::sqlError(failedRelationship, tag.lastError());
            }

            const qint64 day = 24 * 3600 * 1000;
            const qint64 age = qMax<qint64>(day, now - created);
            const int exchanges = 2 + extra.bounded(6);
            for (int e = 0; e < exchanges; ++e) {
                const Exchange& exchange = pickExtra(kExchanges);
                Interaction interaction;
                interaction.clientId = clientId;
                interaction.kind = exchange.kind;
                // Within the relationship's life, at a round quarter of an hour.
                const qint64 when = now - (qint64(extra.generate64() % quint64(qMin<qint64>(age, 400 * day))));
                interaction.occurredAtMs = when - when % (15 * 60 * 1000);
                interaction.contactId = extra.bounded(3) == 0 ? 0 : contactId;
                interaction.summary = QString::fromUtf8(exchange.summary);
                interaction.body = QString::fromUtf8(exchange.body);
                if (extra.bounded(5) == 0)
                    interaction.followUpOn = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date().addDays(
                        extra.bounded(1, 21));
                if (auto added = interactions.addInTransaction(interaction); !added)
                    return added.error();
                ++summary.interactions;
            }

            if (status != QLatin1String("prospect")) {
                const int count = extra.bounded(10) < 3 ? 2 : 1;
                for (int m = 0; m < count; ++m) {
                    const Job& job = pickExtra(kJobs);
                    Mission mission;
                    mission.clientId = clientId;
                    mission.title = QString::fromUtf8(job.title);
                    mission.scopeIncluded = QString::fromUtf8(job.included);
                    mission.scopeExcluded = QString::fromUtf8(job.excluded);
                    mission.startsOn = QDateTime::fromMSecsSinceEpoch(created, QTimeZone::utc()).date().addDays(m * 90);
                    mission.status = status == QLatin1String("former")   ? Mission::Status::Ended
                                     : status == QLatin1String("paused") ? Mission::Status::Paused
                                                                          : Mission::Status::Active;
                    if (mission.status == Mission::Status::Ended)
                        mission.endsOn = mission.startsOn.addMonths(6 + extra.bounded(18));
                    mission.currency = currency;
                    mission.timeZone = zone;
                    const int mode = extra.bounded(10);
                    if (mode < 5) {
                        mission.billing = Mission::Billing::Hourly;
                        mission.hourlyRate = Money::fromCents((38 + extra.bounded(25)) * 100, currency);
                    } else if (mode < 8) {
                        mission.billing = Mission::Billing::Package;
                        mission.packageMinutes = (5 + 5 * extra.bounded(4)) * 60;
                        mission.packageFee = Money::fromCents(qint64(mission.packageMinutes) / 60 * 42 * 100, currency);
                        mission.overage = extra.bounded(3) == 0 ? Mission::Overage::Carried : Mission::Overage::Billed;
                        if (mission.overage == Mission::Overage::Billed)
                            mission.overageRate = Money::fromCents(48 * 100, currency);
                    } else {
                        mission.billing = Mission::Billing::Fixed;
                        mission.monthlyFee = Money::fromCents((4 + extra.bounded(12)) * 10000, currency);
                    }
                    if (extra.bounded(2) == 0) {
                        for (int weekday = 1; weekday <= 5; ++weekday)
                            mission.workingSlots << WorkingSlot{weekday, 9 * 60, 12 * 60};
                    } else {
                        mission.workingSlots << WorkingSlot{2, 14 * 60, 17 * 60} << WorkingSlot{4, 14 * 60, 17 * 60};
                    }
                    mission.reporting = extra.bounded(2) == 0 ? Mission::Reporting::Monthly : Mission::Reporting::Weekly;
                    if (auto added = missions.addInTransaction(mission); !added)
                        return added.error();
                    ++summary.missions;
                }

                if (extra.bounded(2) == 0) {
                    ReceptionInstructions instructions;
                    instructions.clientId = clientId;
                    instructions.greeting = QStringLiteral("« %1, bonjour, que puis-je pour vous ? »").arg(clientName);
                    instructions.putThrough = QStringLiteral("Clients existants et partenaires : transférer sur le portable. "
                                                             "Fournisseurs : prendre un message.");
                    instructions.filtering = QStringLiteral("Démarchage, sondages et offres de formation : décliner poliment.");
                    instructions.hours = QStringLiteral("Du lundi au vendredi, 9 h – 12 h et 14 h – 17 h.");
                    instructions.urgentContact = QStringLiteral("SMS au 06 12 34 56 78");
                    instructions.answers << ReceptionAnswer{QStringLiteral("Quels sont les délais de livraison ?"),
                                                            QStringLiteral("Sous 10 jours ouvrés en France métropolitaine.")}
                                         << ReceptionAnswer{QStringLiteral("Où envoyer une facture ?"),
                                                            QStringLiteral("Par e-mail à la comptabilité, avec le numéro de commande.")};
                    if (auto saved = reception.saveInTransaction(instructions); !saved)
                        return saved.error();
                }
            }

            for (int t = 1 + extra.bounded(4); t > 0; --t) {
                Task task;
                task.clientId = clientId;
                task.title = QString::fromUtf8(pickExtra(kTaskTitles));
                task.priority = static_cast<Task::Priority>(extra.bounded(4));
                task.dueOn = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date().addDays(extra.bounded(-10, 30));
                const int state = extra.bounded(10);
                task.status = state < 4   ? Task::Status::Done
                              : state < 6 ? Task::Status::InProgress
                              : state < 7 ? Task::Status::WaitingOnClient
                                          : Task::Status::Todo;
                if (task.status == Task::Status::Done)
                    task.completedAtMs = now - qint64(extra.bounded(1, 60)) * day;
                if (auto added = tasks.addInTransaction(task); !added)
                    return added.error();
                ++summary.tasks;
            }

            if (Status started = onboarding.startForClientInTransaction(clientId); !started)
                return started;
            // Older clients are further through their onboarding.
            onboardingDone.addBindValue(created);
            onboardingDone.addBindValue(clientId);
            onboardingDone.addBindValue(age > 180 * day ? 99 : int(extra.bounded(4)));
            if (!onboardingDone.exec())
                return Database::sqlError(failedRelationship, onboardingDone.lastError());
            return {};
        };

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
            QString legalForm;
            if (person) {
                name = first + u' ' + last;
                domain = QStringLiteral("example.net");
            } else {
                const QString stem = QString::fromUtf8(kCompanyStems[i % kCompanyStems.size()]);
                // Past the list, number the branches so names stay distinct and plausible.
                const int branch = i / int(kCompanyStems.size());
                const QStringList forms = QString::fromUtf8(place.legalForms).split(u'|');
                const QString form = forms.at(random.bounded(int(forms.size())));
                legalForm = form;
                name = branch == 0 ? QString(stem + u' ' + form)
                                   : QString(stem + u' ' + QString::fromUtf8(place.city) + u' ' + form);
                domain = ascii(stem).remove(u'.') + QStringLiteral(".example.com");
            }
            const qint64 created = now - qint64(random.bounded(3653)) * 24 * 3600 * 1000;
            const int rate = (35 + random.bounded(30)) * 100;
            // A mobile number as people of that country write it.
            const QString phone = demoPhone(QString::fromUtf8(place.country), random);
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
            const QString country = QString::fromUtf8(place.country);
            const bool french = country == QLatin1String("FR") || country == QLatin1String("RE");
            const QString siret = !person && french ? demoSiret(extra) : QString();
            const bool archived = client.boundValue(13).toBool();
            client.addBindValue(legalForm.isNull() ? QStringLiteral("") : legalForm);
            client.addBindValue(siret.isNull() ? QStringLiteral("") : siret);
            client.addBindValue(siret.isEmpty() ? QStringLiteral("") : demoVatNumber(siret.left(9)));
            client.addBindValue(french ? QString(QString::number(1 + extra.bounded(120)) + u' '
                                                 + QString::fromUtf8(pickExtra(kStreets)))
                                       : QStringLiteral(""));
            client.addBindValue(french ? QString::number(extra.bounded(10, 95) * 1000 + extra.bounded(10) * 10)
                                       : QStringLiteral(""));
            client.addBindValue(person ? QStringLiteral("") : QString(QStringLiteral("https://www.") + domain));
            client.addBindValue(phoneToE164(phone, country));
            client.addBindValue(extra.bounded(3) == 0 ? QVariant() : QVariant(extra.bounded(2) == 0 ? 30 : 45));
            static const std::array steps{0, 0, 5, 6, 10, 15, 15, 30};
            client.addBindValue(pickExtra(steps));
            client.addBindValue(extra.bounded(3) == 0 ? QStringLiteral("nearest") : QStringLiteral("up"));
            client.addBindValue(extra.bounded(4) == 0 ? QStringLiteral("line") : QStringLiteral("entry"));
            client.addBindValue(archived ? QVariant(now) : QVariant());
            if (!client.exec())
                return Database::sqlError(tr("The demo clients cannot be written."), client.lastError());
            usedNames.insert(name);
            const qint64 clientId = client.lastInsertId().toLongLong();
            ++summary.clients;

            const int contacts = person ? 1 : 1 + random.bounded(3);
            qint64 firstContactId = 0;
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
                if (c == 0)
                    firstContactId = contact.lastInsertId().toLongLong();
                ++summary.contacts;
            }
            if (Status added = addRelationship(clientId, firstContactId, created); !added)
                return added;
            if (progress && (i % 10 == 0) && !progress(clientShare * i / clientCount)) {
                return Error::make(Error::Kind::Generic, tr("Demo generation was cancelled; nothing was written."));
            }
        }
        // Folded names and the search index of the clients written above, in the same transaction.
        if (auto indexed = ClientRepository(m_db).reindexMissingInTransaction(); !indexed)
            return indexed.error();
        // The user's own identity on documents: an EI virtual assistant under the VAT franchise.
        if (Status seeded = ProfileRepository(m_db).seedDemoInTransaction(); !seeded)
            return seeded;
        if (size == Size::Large) {
            // 2,000 documents a year is far past the franchise thresholds: the large practice charges VAT.
            ProfileRepository profiles(m_db);
            auto loaded = profiles.load();
            if (!loaded)
                return loaded.error();
            BusinessProfile profile = loaded->value_or(BusinessProfile{});
            profile.vatRegime = BusinessProfile::VatRegime::VatRegistered;
            profile.vatNumber = QStringLiteral("FR") + Identifiers::frenchVatKey(profile.siren()) + profile.siren();
            if (Status saved = profiles.saveInTransaction(profile); !saved)
                return saved;
        }

        // Time entries, in the profile's zone (just written): 10 years for `large`, 3 months and a
        // running timer for `small`, until yesterday.
        const QDate today = LocalCalendar::forDatabase(m_db).dayOf(now);
        const QDate last = today.addDays(-1);
        const QDate first = size == Size::Large ? today.addYears(-10) : today.addMonths(-3);
        const qint64 entries = size == Size::Large ? 1000000 : 300;
        const bool running = size == Size::Small;
        const auto timeProgress = [&](double fraction) {
            return !progress || progress(clientShare + (1.0 - clientShare) * fraction);
        };
        if (Status added = writeTimeEntries(m_db, m_seed + 2, first, last, entries, running, now, timeProgress); !added)
            return added;
        summary.timeEntries = int(entries) + (running ? 1 : 0);

        // Quotes, invoices, credit notes and their payments (issue 6), over the same span.
        auto billed = writeDocuments(m_db, m_seed + 3, size == Size::Large, first, last, now);
        if (!billed)
            return billed.error();
        summary.documents = billed->first;
        summary.payments = billed->second;
        return {};
    });
    if (!written)
        return written.error();
    if (progress)
        progress(1.0);
    return summary;
}

} // namespace Bureau
