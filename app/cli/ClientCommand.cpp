// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli client …: the assistant's clients, their contacts, imports and exports, personal data.
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "core/domain/Identifiers.h"
#include "core/interop/ClientExporter.h"
#include "core/interop/CsvWriter.h"
#include "core/models/ClientListModel.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/services/ClientDataService.h"
#include "core/services/ClientImporter.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "core/storage/TaskRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

namespace Bureau::Cli
{

namespace
{

using Field = Client::Field;

/** One option of `client add` and `client edit` that sets a field of the client. */
struct FieldOption
{
    const char16_t* name;
    const char16_t* alias; // nullptr: none
    QLatin1String field;
    const char* description; // translated through QT_TRANSLATE_NOOP
    const char16_t* valueName;
};

const FieldOption kFieldOptions[] = {
    {u"name", nullptr, Field::name, QT_TRANSLATE_NOOP("CliContext", "The client’s name, as registered."), u"name"},
    {u"kind", nullptr, Field::kind, QT_TRANSLATE_NOOP("CliContext", "company or person (default: company)."), u"kind"},
    {u"legal-form", nullptr, Field::legalForm, QT_TRANSLATE_NOOP("CliContext", "Legal form, such as SAS or SARL."),
     u"form"},
    {u"siren", u"siret", Field::siret, QT_TRANSLATE_NOOP("CliContext", "SIREN or SIRET number."), u"number"},
    {u"vat", u"vat-number", Field::vatNumber, QT_TRANSLATE_NOOP("CliContext", "Intra-EU VAT number."), u"number"},
    {u"address", nullptr, Field::addressLines,
     QT_TRANSLATE_NOOP("CliContext", "A street line; repeat it, or separate lines with \\n."), u"line"},
    {u"postal-code", nullptr, Field::postalCode, QT_TRANSLATE_NOOP("CliContext", "Postal code."), u"code"},
    {u"city", nullptr, Field::city, QT_TRANSLATE_NOOP("CliContext", "City."), u"city"},
    {u"country", nullptr, Field::country, QT_TRANSLATE_NOOP("CliContext", "Country code, such as FR (default: FR)."),
     u"cc"},
    {u"email", nullptr, Field::emails,
     QT_TRANSLATE_NOOP("CliContext", "E-mail address; repeat it for several, the first is the main one."), u"address"},
    {u"phone", nullptr, Field::phones,
     QT_TRANSLATE_NOOP("CliContext", "Phone number; repeat it for several, the first is the main one."), u"number"},
    {u"website", nullptr, Field::website, QT_TRANSLATE_NOOP("CliContext", "Web site."), u"url"},
    {u"language", nullptr, Field::language,
     QT_TRANSLATE_NOOP("CliContext", "Language of the client’s documents: fr or en (default: from the country)."),
     u"fr|en"},
    {u"timezone", nullptr, Field::timeZone,
     QT_TRANSLATE_NOOP("CliContext", "Time zone, such as America/Montreal (default: from the country)."), u"zone"},
    {u"currency", nullptr, Field::currency, QT_TRANSLATE_NOOP("CliContext", "Currency of the client’s documents."),
     u"code"},
    {u"rate", u"hourly-rate", Field::hourlyRate,
     QT_TRANSLATE_NOOP("CliContext", "Default hourly rate, such as 45.00 (empty: the profile’s)."), u"amount"},
    {u"payment-terms", nullptr, Field::paymentTermsDays,
     QT_TRANSLATE_NOOP("CliContext", "Payment terms in days (empty: the profile’s)."), u"days"},
    {u"rounding", nullptr, Field::rounding,
     QT_TRANSLATE_NOOP("CliContext", "Round billable time to 5, 6, 10, 15 or 30 minutes, or none."), u"minutes"},
    {u"rounding-mode", nullptr, Field::rounding, QT_TRANSLATE_NOOP("CliContext", "up or nearest."), u"mode"},
    {u"rounding-per", nullptr, Field::rounding, QT_TRANSLATE_NOOP("CliContext", "entry or line."), u"scope"},
    {u"status", nullptr, Field::status, QT_TRANSLATE_NOOP("CliContext", "prospect, active, paused or former."),
     u"status"},
    {u"tag", nullptr, Field::tags, QT_TRANSLATE_NOOP("CliContext", "Adds a tag; repeat it for several."), u"tag"},
    {u"notes", nullptr, Field::notes, QT_TRANSLATE_NOOP("CliContext", "Free notes."), u"text"},
};

/** Options of `client edit` only: changes to lists, and flags. */
struct EditOption
{
    const char16_t* name;
    QLatin1String field;
    const char* description;
    const char16_t* valueName;
};

const EditOption kEditOptions[] = {
    {u"add-email", Field::emails, QT_TRANSLATE_NOOP("CliContext", "Adds an e-mail address."), u"address"},
    {u"remove-email", Field::emails, QT_TRANSLATE_NOOP("CliContext", "Removes an e-mail address."), u"address"},
    {u"add-phone", Field::phones, QT_TRANSLATE_NOOP("CliContext", "Adds a phone number."), u"number"},
    {u"remove-phone", Field::phones, QT_TRANSLATE_NOOP("CliContext", "Removes a phone number."), u"number"},
    {u"untag", Field::tags, QT_TRANSLATE_NOOP("CliContext", "Removes a tag."), u"tag"},
};

QString optionName(const char16_t* name)
{
    return QString::fromUtf16(name);
}

/** The option that sets a field, for error messages: "--siren". */
QString optionFor(const QString& field)
{
    if (field == Field::professional)
        return QStringLiteral("--private");
    for (const FieldOption& option : kFieldOptions) {
        if (field == option.field)
            return QString(QStringLiteral("--") + optionName(option.name));
    }
    return field;
}

QList<QCommandLineOption> fieldOptions()
{
    QList<QCommandLineOption> options;
    for (const FieldOption& option : kFieldOptions) {
        QStringList names{optionName(option.name)};
        if (option.alias)
            names << optionName(option.alias);
        options << QCommandLineOption(names, QCoreApplication::translate("CliContext", option.description),
                                      optionName(option.valueName));
    }
    return options;
}

/** Countries whose clients get documents in French by default (the GUI's form does the same). */
bool speaksFrench(const QString& country)
{
    static const QStringList french{
        QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU"), QStringLiteral("MC"), QStringLiteral("CH"),
        QStringLiteral("MA"), QStringLiteral("DZ"), QStringLiteral("TN"), QStringLiteral("SN"), QStringLiteral("CI"),
        QStringLiteral("CM"), QStringLiteral("MG"), QStringLiteral("RE"), QStringLiteral("GP"), QStringLiteral("MQ"),
        QStringLiteral("GF"), QStringLiteral("YT"), QStringLiteral("NC"), QStringLiteral("PF"), QStringLiteral("HT"),
        QStringLiteral("PM")};
    return french.contains(country);
}

/** Address lines from repeated --address options, each of which may hold "\n" (typed or real). */
QStringList addressLinesFrom(const QStringList& values)
{
    QStringList lines;
    for (QString value : values) {
        value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        for (const QString& line : value.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
    }
    return lines;
}

QList<ContactChannel> channelsFrom(const QStringList& values)
{
    QList<ContactChannel> channels;
    for (const QString& value : values) {
        if (!value.trimmed().isEmpty())
            channels << ContactChannel{value.trimmed(), QString(), QString()};
    }
    return channels;
}

/** Phone numbers compare by their digits ("06 12" is "0612"); e-mail addresses ignoring case. */
bool sameChannel(const ContactChannel& channel, const QString& value, bool phone)
{
    if (!phone)
        return channel.value.trimmed().compare(value.trimmed(), Qt::CaseInsensitive) == 0;
    static const QRegularExpression notDigit(QStringLiteral("[^0-9+]"));
    return QString(channel.value).remove(notDigit) == QString(value).remove(notDigit);
}

/**
 * Applies the options given to @p client; records "--option: message" problems for values that do
 * not parse (the client's own validation comes after). @p adding: `client add` (defaults follow the
 * country), else `client edit`.
 */
void applyOptions(const QCommandLineParser& parser, Client& client, bool adding, QMap<QString, QString>& problems)
{
    const auto problem = [&problems](const QString& option, const QString& message) {
        if (!problems.contains(option))
            problems.insert(option, message);
    };
    const auto isSet = [&](const char16_t* name) { return parser.isSet(optionName(name)); };
    const auto valueOf = [&](const char16_t* name) { return parser.value(optionName(name)).trimmed(); };

    if (isSet(u"name"))
        client.name = valueOf(u"name");
    if (isSet(u"kind")) {
        if (auto kind = Client::kindFromKey(valueOf(u"kind").toLower())) {
            client.kind = *kind;
            // A company is always a professional client.
            if (client.kind == Client::Kind::Company && !parser.isSet(QStringLiteral("private")))
                client.professional = true;
        } else
            problem(QStringLiteral("--kind"), CliContext::tr("Use company or person."));
    }
    if (parser.isSet(QStringLiteral("private"))) {
        // A private client is a person (a company is always a professional).
        client.professional = false;
        if (!isSet(u"kind"))
            client.kind = Client::Kind::Person;
    }
    if (!adding && parser.isSet(QStringLiteral("professional")))
        client.professional = true;
    if (isSet(u"legal-form"))
        client.legalForm = valueOf(u"legal-form");
    if (isSet(u"siren"))
        client.siret = valueOf(u"siren");
    if (isSet(u"vat"))
        client.vatNumber = valueOf(u"vat");
    if (isSet(u"address"))
        client.addressLines = addressLinesFrom(parser.values(QStringLiteral("address")));
    if (isSet(u"postal-code"))
        client.postalCode = valueOf(u"postal-code");
    if (isSet(u"city"))
        client.city = valueOf(u"city");
    if (isSet(u"country")) {
        client.country = valueOf(u"country").toUpper();
        // A new client's zone and language follow its country; a stored one's are the user's choice.
        if (adding) {
            const QString zone = Client::defaultTimeZone(client.country);
            if (!zone.isEmpty())
                client.timeZone = zone;
            client.language = speaksFrench(client.country) ? QStringLiteral("fr") : QStringLiteral("en");
        }
    }
    if (isSet(u"email"))
        client.emails = channelsFrom(parser.values(QStringLiteral("email")));
    if (isSet(u"phone"))
        client.phones = channelsFrom(parser.values(QStringLiteral("phone")));
    // The options of `client edit` only (asking the parser about an option it lacks would warn).
    const auto editSet = [&](const QString& name) { return !adding && parser.isSet(name); };
    if (editSet(QStringLiteral("add-email")))
        client.emails << channelsFrom(parser.values(QStringLiteral("add-email")));
    if (editSet(QStringLiteral("add-phone")))
        client.phones << channelsFrom(parser.values(QStringLiteral("add-phone")));
    const auto removeChannels = [&](QList<ContactChannel>& channels, const QString& option, bool phone) {
        for (const QString& value : parser.values(option)) {
            const auto before = channels.size();
            channels.removeIf([&](const ContactChannel& channel) { return sameChannel(channel, value, phone); });
            if (channels.size() == before)
                problem(QString(QStringLiteral("--") + option),
                        CliContext::tr("The client has no “%1”.").arg(value.trimmed()));
        }
    };
    if (editSet(QStringLiteral("remove-email")))
        removeChannels(client.emails, QStringLiteral("remove-email"), false);
    if (editSet(QStringLiteral("remove-phone")))
        removeChannels(client.phones, QStringLiteral("remove-phone"), true);
    if (isSet(u"website"))
        client.website = valueOf(u"website");
    if (isSet(u"language"))
        client.language = valueOf(u"language").toLower();
    if (isSet(u"timezone"))
        client.timeZone = valueOf(u"timezone");
    if (isSet(u"currency")) {
        client.currency = valueOf(u"currency").toUpper();
        // A rate given alone is read in the client's currency; one kept follows a new currency only if re-given.
    }
    if (isSet(u"rate")) {
        const QString text = valueOf(u"rate");
        if (text.isEmpty()) {
            client.hourlyRate = Money();
        } else if (Money::isValidCurrencyCode(client.currency)) {
            // "45.00" and "45,00" alike, in the client's currency.
            if (auto rate = Money::parse(text, client.currency, QLocale::c()))
                client.hourlyRate = rate.value();
            else
                problem(QStringLiteral("--rate"), rate.error().message);
        }
    }
    if (isSet(u"payment-terms")) {
        const QString text = valueOf(u"payment-terms");
        bool ok = false;
        const int days = text.toInt(&ok);
        if (text.isEmpty())
            client.paymentTermsDays.reset();
        else if (ok)
            client.paymentTermsDays = days;
        else
            problem(QStringLiteral("--payment-terms"), CliContext::tr("“%1” is not a number of days.").arg(text));
    }
    if (isSet(u"rounding")) {
        const QString text = valueOf(u"rounding").toLower();
        bool ok = false;
        const int minutes = text.toInt(&ok);
        if (text == u"none" || text == u"0")
            client.rounding.stepMinutes = 0;
        else if (ok && RoundingRule::isValidStep(minutes))
            client.rounding.stepMinutes = minutes;
        else
            problem(QStringLiteral("--rounding"), CliContext::tr("Use 5, 6, 10, 15, 30 or none."));
    }
    if (isSet(u"rounding-mode")) {
        if (auto mode = RoundingRule::modeFromKey(valueOf(u"rounding-mode").toLower()))
            client.rounding.mode = *mode;
        else
            problem(QStringLiteral("--rounding-mode"), CliContext::tr("Use up or nearest."));
    }
    if (isSet(u"rounding-per")) {
        if (auto scope = RoundingRule::scopeFromKey(valueOf(u"rounding-per").toLower()))
            client.rounding.scope = *scope;
        else
            problem(QStringLiteral("--rounding-per"), CliContext::tr("Use entry or line."));
    }
    if (isSet(u"status")) {
        if (auto status = Client::statusFromKey(valueOf(u"status").toLower()))
            client.status = *status;
        else
            problem(QStringLiteral("--status"), CliContext::tr("Use prospect, active, paused or former."));
    }
    if (isSet(u"tag"))
        client.tags << parser.values(QStringLiteral("tag"));
    if (editSet(QStringLiteral("untag"))) {
        for (const QString& tag : parser.values(QStringLiteral("untag"))) {
            const auto before = client.tags.size();
            client.tags.removeIf(
                [&](const QString& kept) { return kept.compare(tag.simplified(), Qt::CaseInsensitive) == 0; });
            if (client.tags.size() == before)
                problem(QStringLiteral("--untag"), CliContext::tr("The client has no tag “%1”.").arg(tag.simplified()));
        }
    }
    if (isSet(u"notes")) {
        QString notes = parser.value(QStringLiteral("notes"));
        notes.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        client.notes = notes;
    }

    // The client's own rules, each reported against the option that sets the field.
    for (const FieldError& error : client.normalized().validate())
        problem(optionFor(error.field), error.message);
}

/** The problems as one line, in the order of the options. */
QString describeProblems(const QMap<QString, QString>& problems)
{
    QStringList lines;
    QStringList order;
    for (const FieldOption& option : kFieldOptions)
        order << QString(QStringLiteral("--") + optionName(option.name));
    for (const EditOption& option : kEditOptions)
        order << QString(QStringLiteral("--") + optionName(option.name));
    order << QStringLiteral("--private");
    for (const QString& name : std::as_const(order)) {
        if (problems.contains(name))
            lines << QString(name + QStringLiteral(": ") + problems.value(name));
    }
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (!order.contains(it.key()))
            lines << QString(it.key() + QStringLiteral(": ") + it.value());
    }
    return lines.join(u' ');
}

QJsonArray channelsJson(const QList<ContactChannel>& channels, bool phone)
{
    QJsonArray array;
    for (const ContactChannel& channel : channels) {
        QJsonObject object{{QStringLiteral("value"), channel.value}, {QStringLiteral("label"), channel.label}};
        if (phone)
            object.insert(QStringLiteral("e164"), channel.e164);
        array << object;
    }
    return array;
}

QJsonObject clientJson(const Client& client)
{
    const bool rate = client.hourlyRate.isValid();
    return QJsonObject{
        {QStringLiteral("id"), client.id},
        {QString(Field::name), client.name},
        {QString(Field::kind), Client::kindKey(client.kind)},
        {QString(Field::professional), client.professional},
        {QString(Field::legalForm), client.legalForm},
        {QString(Field::siret), client.siret},
        {QStringLiteral("siren"), client.siren()},
        {QString(Field::vatNumber), client.vatNumber},
        {QString(Field::addressLines), QJsonArray::fromStringList(client.addressLines)},
        {QString(Field::postalCode), client.postalCode},
        {QString(Field::city), client.city},
        {QString(Field::country), client.country},
        {QStringLiteral("email"), client.mainEmail()},
        {QStringLiteral("phone"), client.mainPhone()},
        {QString(Field::emails), channelsJson(client.emails, false)},
        {QString(Field::phones), channelsJson(client.phones, true)},
        {QString(Field::website), client.website},
        {QString(Field::language), client.language},
        {QString(Field::timeZone), client.timeZone},
        {QString(Field::currency), client.currency},
        {QString(Field::hourlyRate), rate ? QJsonValue(client.hourlyRate.toPlainString()) : QJsonValue()},
        {QStringLiteral("hourlyRateCents"), rate ? QJsonValue(client.hourlyRate.cents()) : QJsonValue()},
        {QString(Field::paymentTermsDays),
         client.paymentTermsDays ? QJsonValue(*client.paymentTermsDays) : QJsonValue()},
        {QString(Field::rounding), QJsonObject{{QStringLiteral("stepMinutes"), client.rounding.stepMinutes},
                                               {QStringLiteral("mode"), RoundingRule::modeKey(client.rounding.mode)},
                                               {QStringLiteral("per"), RoundingRule::scopeKey(client.rounding.scope)}}},
        {QString(Field::status), Client::statusKey(client.status)},
        {QString(Field::tags), QJsonArray::fromStringList(client.tags)},
        {QString(Field::notes), client.notes},
        {QStringLiteral("archived"), client.archived},
        {QStringLiteral("createdAt"), isoInstant(client.createdAtMs)},
        {QStringLiteral("updatedAt"), isoInstant(client.updatedAtMs)},
    };
}

QJsonObject contactJson(const Contact& contact)
{
    return QJsonObject{
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("clientId"), contact.clientId},
        {QStringLiteral("name"), contact.name},
        {QStringLiteral("role"), contact.role},
        {QStringLiteral("email"), contact.email},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("phoneE164"), contact.phoneE164},
        {QStringLiteral("preferredChannel"), Contact::channelKey(contact.preferredChannel)},
        {QStringLiteral("primary"), contact.primary},
        {QStringLiteral("notes"), contact.notes},
    };
}

QJsonObject missionJson(const Mission& mission)
{
    return QJsonObject{
        {QStringLiteral("id"), mission.id},
        {QStringLiteral("title"), mission.title},
        {QStringLiteral("status"), Mission::statusKey(mission.status)},
        {QStringLiteral("startsOn"), isoDate(mission.startsOn)},
        {QStringLiteral("endsOn"), isoDate(mission.endsOn)},
        {QStringLiteral("billing"), Mission::billingKey(mission.billing)},
        {QStringLiteral("workingSlots"), Mission::describeSlots(mission.workingSlots, QLocale::c())},
        {QStringLiteral("timeZone"), mission.timeZone},
    };
}

QJsonObject taskJson(const Task& task)
{
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("clientId"), task.clientId},
        {QStringLiteral("missionId"), task.missionId == 0 ? QJsonValue() : QJsonValue(task.missionId)},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("status"), Task::statusKey(task.status)},
        {QStringLiteral("priority"), Task::priorityKey(task.priority)},
        {QStringLiteral("dueOn"), isoDate(task.dueOn)},
        {QStringLiteral("completedAt"), isoInstant(task.completedAtMs)},
    };
}

/** An access without its secret, nor the name of its keychain entry. */
QJsonObject accessJson(const ClientAccess& access)
{
    return QJsonObject{
        {QStringLiteral("id"), access.id},
        {QStringLiteral("service"), access.service},
        {QStringLiteral("url"), access.url},
        {QStringLiteral("username"), access.username},
        {QStringLiteral("grantedBy"), access.grantedBy},
        {QStringLiteral("grantedOn"), isoDate(access.grantedOn)},
        {QStringLiteral("hasSecret"), access.hasSecret()},
        {QStringLiteral("revoked"), access.isRevoked()},
        {QStringLiteral("revokedAt"), isoInstant(access.revokedAtMs)},
    };
}

QString kindText(const Client& client)
{
    if (client.kind == Client::Kind::Company)
        return CliContext::tr("company, professional client");
    return client.professional ? CliContext::tr("person, professional client")
                               : CliContext::tr("person, private client");
}

QString channelsText(const QList<ContactChannel>& channels)
{
    QStringList parts;
    for (const ContactChannel& channel : channels) {
        parts << (channel.label.isEmpty()
                      ? channel.value
                      : CliContext::tr("%1 (%2)", "contact channel: value (label)").arg(channel.value, channel.label));
    }
    return parts.join(QStringLiteral(", "));
}

QString clientText(const Client& client)
{
    const QLocale locale;
    const QString none = CliContext::tr("(none)");
    const auto value = [&none](const QString& text) { return text.isEmpty() ? none : text; };
    QStringList lines;
    lines << CliContext::tr("%1 (id %2): %3, %4")
                 .arg(client.name, QString::number(client.id), kindText(client), Client::statusText(client.status));
    if (client.archived)
        lines << CliContext::tr("Archived: hidden from the client list.");
    if (!client.legalForm.isEmpty())
        lines << CliContext::tr("Legal form: %1").arg(client.legalForm);
    lines << CliContext::tr("SIREN/SIRET: %1").arg(value(Identifiers::formatSirenOrSiret(client.siret)));
    lines << CliContext::tr("VAT number: %1").arg(value(client.vatNumber));
    QStringList address = client.addressLines;
    const QString town = QString(client.postalCode + u' ' + client.city).trimmed();
    if (!town.isEmpty())
        address << town;
    address << client.country;
    lines << CliContext::tr("Address: %1").arg(address.join(QStringLiteral(", ")));
    lines << CliContext::tr("E-mail: %1").arg(value(channelsText(client.emails)));
    lines << CliContext::tr("Phone: %1").arg(value(channelsText(client.phones)));
    if (!client.website.isEmpty())
        lines << CliContext::tr("Web site: %1").arg(client.website);
    lines << (client.language == u"en" ? CliContext::tr("Documents in: English")
                                       : CliContext::tr("Documents in: French"));
    lines << CliContext::tr("Time zone: %1").arg(client.timeZone);
    lines << CliContext::tr("Currency: %1").arg(client.currency);
    lines << CliContext::tr("Hourly rate: %1")
                 .arg(client.hourlyRate.isValid() ? client.hourlyRate.format(locale) : CliContext::tr("the profile’s"));
    lines << (client.paymentTermsDays ? CliContext::tr("Payment terms: %n day(s)", "", *client.paymentTermsDays)
                                      : CliContext::tr("Payment terms: the profile’s"));
    if (client.rounding.stepMinutes == 0) {
        lines << CliContext::tr("Rounding of billable time: none");
    } else {
        const bool up = client.rounding.mode == RoundingRule::Mode::Up;
        const bool perEntry = client.rounding.scope == RoundingRule::Scope::PerEntry;
        QString text;
        if (up && perEntry)
            text = CliContext::tr("Rounding of billable time: up to the next %n minute(s), per entry", "",
                                  client.rounding.stepMinutes);
        else if (up)
            text = CliContext::tr("Rounding of billable time: up to the next %n minute(s), per invoice line", "",
                                  client.rounding.stepMinutes);
        else if (perEntry)
            text = CliContext::tr("Rounding of billable time: to the nearest %n minute(s), per entry", "",
                                  client.rounding.stepMinutes);
        else
            text = CliContext::tr("Rounding of billable time: to the nearest %n minute(s), per invoice line", "",
                                  client.rounding.stepMinutes);
        lines << text;
    }
    lines << CliContext::tr("Tags: %1").arg(value(client.tags.join(QStringLiteral(", "))));
    if (!client.notes.isEmpty())
        lines << CliContext::tr("Notes: %1").arg(QString(client.notes).replace(u'\n', QStringLiteral(" / ")));
    return lines.join(u'\n');
}

/** Opens the database, then names the client of @p idOrName. */
struct Opened
{
    std::unique_ptr<Database> database;
    Client client;
};

Result<Opened> openWithClient(CliContext& context, const QString& idOrName)
{
    auto opened = context.openDatabase();
    if (!opened)
        return opened.error();
    auto client = ClientRepository(*opened.value()).resolve(idOrName);
    if (!client)
        return client.error();
    return Opened{std::move(opened).value(), std::move(client).value()};
}

void warn(const QString& message)
{
    QTextStream err(stderr);
    err << CliContext::tr("bureau-cli: warning: %1").arg(message) << u'\n';
}

// ---- client add / edit --------------------------------------------------------------------------

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Adds a client. A client is a professional unless --private is given."));
    const QList<QCommandLineOption> options = fieldOptions();
    parser.addOptions(options);
    parser.addOption(QCommandLineOption(QStringLiteral("private"),
                                        CliContext::tr("A private person, not a professional (B2C invoicing rules).")));
    if (auto done = parseVerb(context, parser, QStringLiteral("client add"), arguments))
        return *done;
    if (!parser.isSet(QStringLiteral("name")) || parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return context.usage(CliContext::tr("client add needs --name: bureau-cli client add --name “Atelier Azur”."));

    Client client;
    QMap<QString, QString> problems;
    applyOptions(parser, client, true, problems);
    if (!problems.isEmpty())
        return context.fail(Error::make(Error::Kind::Invalid, describeProblems(problems)));

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    ClientRepository repository(database);
    qint64 id = 0;
    // The client and its onboarding checklist, together or not at all.
    Status saved = database.write([&]() -> Status {
        auto added = repository.addInTransaction(client);
        if (!added)
            return added.error();
        id = added.value();
        return OnboardingRepository(database).startForClientInTransaction(id);
    });
    if (!saved)
        return context.fail(saved.error());
    auto stored = repository.load(id);
    if (!stored)
        return context.fail(stored.error());
    context.print(clientJson(stored.value()),
                  CliContext::tr("Client “%1” added with id %2.").arg(stored->name, QString::number(stored->id)));
    return ExitOk;
}

int runEdit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Changes only the fields given; the others stay as they are."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    QList<QCommandLineOption> options = fieldOptions();
    for (const EditOption& option : kEditOptions) {
        options << QCommandLineOption(optionName(option.name),
                                      QCoreApplication::translate("CliContext", option.description),
                                      optionName(option.valueName));
    }
    options << QCommandLineOption(QStringLiteral("private"), CliContext::tr("Makes the client a private person."))
            << QCommandLineOption(QStringLiteral("professional"), CliContext::tr("Makes the client a professional."));
    parser.addOptions(options);
    if (auto done = parseVerb(context, parser, QStringLiteral("client edit"), arguments, 1, 1))
        return *done;
    bool anything = false;
    for (const QCommandLineOption& option : std::as_const(options))
        anything = anything || parser.isSet(option);
    if (!anything)
        return context.usage(CliContext::tr("Nothing to change: give at least one field, such as --email."));
    if (parser.isSet(QStringLiteral("private")) && parser.isSet(QStringLiteral("professional")))
        return context.usage(CliContext::tr("Give --private or --professional, not both."));

    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened->database;
    ClientRepository repository(database);
    const qint64 id = opened->client.id;
    // Read, change and write in one transaction: a change made meanwhile by another process is not lost.
    QMap<QString, QString> problems;
    Status saved = database.write([&]() -> Status {
        auto current = repository.load(id);
        if (!current)
            return current.error();
        Client client = current.value();
        applyOptions(parser, client, false, problems);
        if (!problems.isEmpty())
            return Error::make(Error::Kind::Invalid, describeProblems(problems));
        return repository.updateInTransaction(client);
    });
    if (!saved)
        return context.fail(saved.error());
    auto stored = repository.load(id);
    if (!stored)
        return context.fail(stored.error());
    context.print(clientJson(stored.value()), CliContext::tr("Client “%1” saved.").arg(stored->name));
    return ExitOk;
}

// ---- client add-contact ---------------------------------------------------------------------------

int runAddContact(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Adds a contact person to a client."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("name"), CliContext::tr("The contact’s name."), QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("role"), CliContext::tr("Their role, such as Office manager."),
                           QStringLiteral("role")),
        QCommandLineOption(QStringLiteral("email"), CliContext::tr("E-mail address."), QStringLiteral("address")),
        QCommandLineOption(QStringLiteral("phone"), CliContext::tr("Phone number."), QStringLiteral("number")),
        QCommandLineOption(QStringLiteral("channel"),
                           CliContext::tr("Preferred channel: email, phone, sms, messaging or post."),
                           QStringLiteral("channel")),
        QCommandLineOption(QStringLiteral("notes"), CliContext::tr("Free notes."), QStringLiteral("text")),
        QCommandLineOption(QStringLiteral("primary"), CliContext::tr("Makes this the client’s primary contact.")),
    });
    if (auto done = parseVerb(context, parser, QStringLiteral("client add-contact"), arguments, 1, 1))
        return *done;
    if (parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return context.usage(CliContext::tr("client add-contact needs --name."));
    Contact contact;
    contact.name = parser.value(QStringLiteral("name")).trimmed();
    contact.role = parser.value(QStringLiteral("role")).trimmed();
    contact.email = parser.value(QStringLiteral("email")).trimmed();
    contact.phone = parser.value(QStringLiteral("phone")).trimmed();
    contact.notes = parser.value(QStringLiteral("notes")).trimmed();
    contact.primary = parser.isSet(QStringLiteral("primary"));
    if (parser.isSet(QStringLiteral("channel"))) {
        const auto channel = Contact::channelFromKey(parser.value(QStringLiteral("channel")).trimmed().toLower());
        if (!channel || *channel == Contact::Channel::None)
            return context.usage(CliContext::tr("--channel: use email, phone, sms, messaging or post."));
        contact.preferredChannel = *channel;
    }

    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    ClientRepository repository(*opened->database);
    contact.clientId = opened->client.id;
    auto added = repository.addContact(contact);
    if (!added)
        return context.fail(added.error());
    auto stored = repository.contact(added.value());
    if (!stored)
        return context.fail(stored.error());
    context.print(contactJson(stored.value()),
                  CliContext::tr("Contact “%1” added to “%2” with id %3.")
                      .arg(stored->name, opened->client.name, QString::number(stored->id)));
    return ExitOk;
}

// ---- client list / show -----------------------------------------------------------------------------

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Lists the clients, by name; archived ones only with --archived."));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("status"), CliContext::tr("Only prospect, active, paused or former clients."),
                           QStringLiteral("status")),
        QCommandLineOption(QStringLiteral("tag"), CliContext::tr("Only clients with this tag."), QStringLiteral("tag")),
        QCommandLineOption(QStringLiteral("search"),
                           CliContext::tr("Only clients matching this text (name, contacts, e-mail, phone, tags, "
                                          "notes, city), accents and case ignored."),
                           QStringLiteral("text")),
        QCommandLineOption(QStringLiteral("archived"), CliContext::tr("Also list archived clients.")),
    });
    if (auto done = parseVerb(context, parser, QStringLiteral("client list"), arguments))
        return *done;
    QString status;
    if (parser.isSet(QStringLiteral("status"))) {
        const auto parsed = Client::statusFromKey(parser.value(QStringLiteral("status")).trimmed().toLower());
        if (!parsed)
            return context.usage(CliContext::tr("--status: use prospect, active, paused or former."));
        status = Client::statusKey(*parsed);
    }

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    ClientListModel model(database);
    model.setShowArchived(parser.isSet(QStringLiteral("archived")));
    model.setStatusFilter(status);
    model.setTagFilter(parser.value(QStringLiteral("tag")));
    model.setSearchText(parser.value(QStringLiteral("search")));
    while (model.canFetchMore({}))
        model.fetchMore({});
    if (model.lastError())
        return context.fail(*model.lastError());

    ClientRepository repository(database);
    OnboardingRepository onboardingRepository(database);
    QJsonArray array;
    QList<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.idAt(row);
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        if (context.json) {
            auto client = repository.load(id);
            if (!client)
                return context.fail(client.error());
            auto progress = onboardingRepository.progress(id);
            if (!progress)
                return context.fail(progress.error());
            QJsonObject object = clientJson(client.value());
            object.insert(QStringLiteral("onboarding"), QJsonObject{{QStringLiteral("done"), progress->done},
                                                                    {QStringLiteral("total"), progress->total}});
            array << object;
            continue;
        }
        QString statusText = cell(ClientListModel::Status);
        if (parser.isSet(QStringLiteral("archived"))) {
            auto client = repository.load(id);
            if (!client)
                return context.fail(client.error());
            if (client->archived)
                statusText = CliContext::tr("%1 (archived)").arg(statusText);
        }
        const QString city = cell(ClientListModel::City);
        const QString country = cell(ClientListModel::Country);
        rows << QStringList{QString::number(id),
                            cell(ClientListModel::Name),
                            statusText,
                            city.isEmpty() ? country : CliContext::tr("%1, %2", "city, country").arg(city, country),
                            cell(ClientListModel::Email),
                            cell(ClientListModel::Phone)};
    }
    QString text;
    if (rows.isEmpty()) {
        text = CliContext::tr("No client matches.");
    } else {
        text = formatTable({CliContext::tr("Id"), CliContext::tr("Name"), CliContext::tr("Status"),
                            CliContext::tr("City"), CliContext::tr("E-mail"), CliContext::tr("Phone")},
                           rows, {0});
    }
    context.print(array, text);
    return ExitOk;
}

int runShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Shows a client with its contacts, missions, tasks, accesses (never a password) and "
                       "onboarding checklist."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    if (auto done = parseVerb(context, parser, QStringLiteral("client show"), arguments, 1, 1))
        return *done;
    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened->database;
    const Client& client = opened->client;

    auto contacts = ClientRepository(database).contacts(client.id);
    if (!contacts)
        return context.fail(contacts.error());
    auto missions = MissionRepository(database).listForClient(client.id);
    if (!missions)
        return context.fail(missions.error());
    auto tasks = TaskRepository(database).listForClient(client.id, true);
    if (!tasks)
        return context.fail(tasks.error());
    // Listing accesses reads the database only: the keychain is not asked.
    KeychainCredentialStore keychain(database.uuid());
    auto accesses = ClientAccessService(database, keychain).listForClient(client.id, true);
    if (!accesses)
        return context.fail(accesses.error());
    auto onboarding = OnboardingRepository(database).items(client.id);
    if (!onboarding)
        return context.fail(onboarding.error());

    QJsonObject json = clientJson(client);
    QStringList lines{clientText(client)};

    QJsonArray contactArray;
    if (!contacts->isEmpty())
        lines << QString() << CliContext::tr("Contacts (%1):").arg(contacts->size());
    for (const Contact& contact : std::as_const(*contacts)) {
        contactArray << contactJson(contact);
        QStringList parts{contact.name};
        for (const QString& part : {contact.role, contact.email, contact.phone}) {
            if (!part.isEmpty())
                parts << part;
        }
        QString line = parts.join(QStringLiteral(" — "));
        if (contact.primary)
            line = CliContext::tr("%1 (primary)").arg(line);
        lines << QString(QStringLiteral("  #") + QString::number(contact.id) + u' ' + line);
    }
    json.insert(QStringLiteral("contacts"), contactArray);

    QJsonArray missionArray;
    if (!missions->isEmpty())
        lines << QString() << CliContext::tr("Missions (%1):").arg(missions->size());
    for (const Mission& mission : std::as_const(*missions)) {
        missionArray << missionJson(mission);
        const QString period =
            mission.endsOn.isValid()
                ? CliContext::tr("%1 to %2")
                      .arg(mission.startsOn.toString(Qt::ISODate), mission.endsOn.toString(Qt::ISODate))
                : CliContext::tr("from %1").arg(mission.startsOn.toString(Qt::ISODate));
        lines << CliContext::tr("  #%1 %2 — %3, %4, %5")
                     .arg(QString::number(mission.id), mission.title, Mission::statusText(mission.status), period,
                          Mission::billingText(mission.billing));
    }
    json.insert(QStringLiteral("missions"), missionArray);

    QJsonArray taskArray;
    int open = 0;
    for (const Task& task : std::as_const(*tasks)) {
        taskArray << taskJson(task);
        if (!task.isDone())
            ++open;
    }
    if (!tasks->isEmpty()) {
        lines << QString() << CliContext::tr("Tasks (%1 open, %2 done):").arg(open).arg(tasks->size() - open);
        for (const Task& task : std::as_const(*tasks)) {
            if (task.isDone())
                continue;
            const QString id = QString::number(task.id);
            if (task.dueOn.isValid()) {
                lines << CliContext::tr("  #%1 %2 — %3, %4 priority, due %5")
                             .arg(id, task.title, Task::statusText(task.status), Task::priorityText(task.priority),
                                  task.dueOn.toString(Qt::ISODate));
            } else {
                lines << CliContext::tr("  #%1 %2 — %3, %4 priority")
                             .arg(id, task.title, Task::statusText(task.status), Task::priorityText(task.priority));
            }
        }
    }
    json.insert(QStringLiteral("tasks"), taskArray);

    QJsonArray accessArray;
    if (!accesses->isEmpty())
        lines << QString() << CliContext::tr("Accesses (%1):").arg(accesses->size());
    for (const ClientAccess& access : std::as_const(*accesses)) {
        accessArray << accessJson(access);
        QStringList parts{access.service};
        for (const QString& part : {access.username, access.url}) {
            if (!part.isEmpty())
                parts << part;
        }
        QString state;
        if (access.isRevoked())
            state = CliContext::tr("revoked on %1").arg(localDateTime(access.revokedAtMs));
        else if (access.hasSecret())
            state = CliContext::tr("password in the keychain");
        else
            state = CliContext::tr("no password stored");
        lines << CliContext::tr("  #%1 %2 (%3)")
                     .arg(QString::number(access.id), parts.join(QStringLiteral(" — ")), state);
    }
    json.insert(QStringLiteral("accesses"), accessArray);

    QJsonArray stepArray;
    int done = 0;
    for (const OnboardingRepository::Step& step : std::as_const(*onboarding)) {
        if (step.done)
            ++done;
        stepArray << QJsonObject{{QStringLiteral("id"), step.item.id},
                                 {QStringLiteral("label"), step.item.label},
                                 {QStringLiteral("rule"), OnboardingItem::ruleKey(step.item.rule)},
                                 {QStringLiteral("done"), step.done}};
    }
    json.insert(QStringLiteral("onboarding"), QJsonObject{{QStringLiteral("done"), done},
                                                          {QStringLiteral("total"), int(onboarding->size())},
                                                          {QStringLiteral("items"), stepArray}});
    if (!onboarding->isEmpty()) {
        lines << QString() << CliContext::tr("Onboarding: %1 of %2 done").arg(done).arg(onboarding->size());
        for (const OnboardingRepository::Step& step : std::as_const(*onboarding))
            lines << QString((step.done ? QStringLiteral("  [x] ") : QStringLiteral("  [ ] ")) + step.item.label);
    }

    context.print(json, lines.join(u'\n'));
    return ExitOk;
}

// ---- archive, unarchive, delete ------------------------------------------------------------------------

int runArchive(CliContext& context, const QStringList& arguments, bool archive)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(archive ? CliContext::tr("Archives a client: hidden from the list, kept whole.")
                                             : CliContext::tr("Brings an archived client back to the list."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    const QString verb = archive ? QStringLiteral("client archive") : QStringLiteral("client unarchive");
    if (auto done = parseVerb(context, parser, verb, arguments, 1, 1))
        return *done;
    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    ClientRepository repository(*opened->database);
    if (Status changed = repository.setArchived(opened->client.id, archive); !changed)
        return context.fail(changed.error());
    auto stored = repository.load(opened->client.id);
    if (!stored)
        return context.fail(stored.error());
    context.print(clientJson(stored.value()), archive ? CliContext::tr("Client “%1” archived.").arg(stored->name)
                                                      : CliContext::tr("Client “%1” restored.").arg(stored->name));
    return ExitOk;
}

int runDelete(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Deletes a client with its contacts, interactions, missions, tasks and accesses (their "
                       "passwords too). Refused when the client has documents: archive it instead."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), CliContext::tr("Confirms the deletion."));
    parser.addOption(yesOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("client delete"), arguments, 1, 1))
        return *done;
    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened->database;
    const Client& client = opened->client;
    if (!parser.isSet(yesOption)) {
        return context.usage(
            CliContext::tr("Deleting “%1” also deletes its contacts, interactions, missions, tasks and accesses, for "
                           "good. Add --yes to delete it, or archive it instead: bureau-cli client archive %2.")
                .arg(client.name, QString::number(client.id)));
    }

    KeychainCredentialStore keychain(database.uuid());
    auto removed = ClientDataService(database, keychain).deleteClient(client.id);
    if (!removed)
        return context.fail(removed.error());
    if (!removed->warnings.isEmpty()) {
        return context.fail(Error::make(Error::Kind::Generic,
                                        CliContext::tr("“%1” was deleted, but not everything of it could be removed: %2")
                                            .arg(client.name, removed->warnings.join(u' '))));
    }
    context.print(QJsonObject{{QStringLiteral("id"), client.id},
                              {QStringLiteral("name"), client.name},
                              {QStringLiteral("deleted"), true},
                              {QStringLiteral("secretsDeleted"), removed->secretsDeleted},
                              {QStringLiteral("filesDeleted"), removed->filesDeleted}},
                  CliContext::tr("Client “%1” deleted.").arg(client.name));
    return ExitOk;
}

// ---- personal data: export-data, erase ---------------------------------------------------------------

int runExportData(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Exports everything about one client as a ZIP (client.json and their documents), for a "
                       "request under the GDPR. Never a password."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    const QCommandLineOption outputOption(QStringLiteral("output"), CliContext::tr("The ZIP file to write."),
                                          QStringLiteral("file"));
    parser.addOption(outputOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("client export-data"), arguments, 1, 1))
        return *done;
    const QString output = parser.value(outputOption).trimmed();
    if (output.isEmpty())
        return context.usage(CliContext::tr("client export-data needs --output FILE.zip."));
    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    KeychainCredentialStore keychain(opened->database->uuid());
    ClientDataService service(*opened->database, keychain);
    auto exported = service.exportClient(opened->client.id, output);
    if (!exported)
        return context.fail(exported.error());
    for (const QString& missing : std::as_const(exported->missingFiles))
        warn(CliContext::tr("The copy of the attached file “%1” is missing; it is listed in client.json only.")
                 .arg(missing));
    const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    context.print(QJsonObject{{QStringLiteral("id"), opened->client.id},
                              {QStringLiteral("path"), path},
                              {QStringLiteral("files"), exported->files},
                              {QStringLiteral("missingFiles"), QJsonArray::fromStringList(exported->missingFiles)}},
                  CliContext::tr("The personal data of “%1” was written to “%2”.").arg(opened->client.name, path));
    return ExitOk;
}

int runErase(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Erases a client’s personal data under the GDPR, keeping what the law requires for invoices."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), CliContext::tr("Confirms the erasure."));
    parser.addOption(yesOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("client erase"), arguments, 1, 1))
        return *done;
    auto opened = openWithClient(context, parser.positionalArguments().first());
    if (!opened)
        return context.fail(opened.error());
    const Client& client = opened->client;
    KeychainCredentialStore keychain(opened->database->uuid());
    ClientDataService service(*opened->database, keychain);
    if (!parser.isSet(yesOption)) {
        auto documents = service.hasInvoicingDocuments(client.id);
        if (!documents)
            return context.fail(documents.error());
        const QString kept =
            documents.value()
                ? CliContext::tr("Its name, legal form, SIREN/SIRET, VAT number and billing address are kept, with "
                                 "its documents, as the law requires.")
                : CliContext::tr("It has no invoicing documents, so its name and billing identity are erased too.");
        return context.usage(
            CliContext::tr("Erasing “%1” deletes its contacts, e-mails, phones, tags, interactions, reception "
                           "instructions, onboarding checklist and attached files, clears its notes and those of its "
                           "tasks and missions, and revokes its accesses (their passwords are deleted). %2 Missions "
                           "and tasks stay. This cannot be undone: add --yes to erase.")
                .arg(client.name, kept));
    }
    auto erased = service.eraseClient(client.id);
    if (!erased)
        return context.fail(erased.error());
    for (const QString& warning : std::as_const(erased->warnings))
        warn(warning);
    auto stored = ClientRepository(*opened->database).load(client.id);
    if (!stored)
        return context.fail(stored.error());
    QString text = CliContext::tr("The personal data of client %1 was erased. Contacts deleted: %2; interactions "
                                  "deleted: %3; files deleted: %4; accesses revoked: %5.")
                       .arg(QString::number(client.id), QString::number(erased->contactsDeleted),
                            QString::number(erased->interactionsDeleted), QString::number(erased->filesDeleted),
                            QString::number(erased->accessesRevoked));
    text +=
        u'\n'
        + (erased->identityKept ? CliContext::tr("Its billing identity was kept because it has invoicing documents.")
                                : CliContext::tr("It is now named “%1”.").arg(stored->name));
    QJsonObject json = clientJson(stored.value());
    json.insert(QStringLiteral("erasure"),
                QJsonObject{{QStringLiteral("identityKept"), erased->identityKept},
                            {QStringLiteral("contactsDeleted"), erased->contactsDeleted},
                            {QStringLiteral("interactionsDeleted"), erased->interactionsDeleted},
                            {QStringLiteral("filesDeleted"), erased->filesDeleted},
                            {QStringLiteral("accessesRevoked"), erased->accessesRevoked},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(erased->warnings)}});
    context.print(json, text);
    return erased->warnings.isEmpty() ? ExitOk : ExitFailure;
}

// ---- import-vcard, export-vcard, export-csv ------------------------------------------------------------

QString actionKey(ClientImporter::Action action)
{
    switch (action) {
    case ClientImporter::Action::Import:
        return QStringLiteral("import");
    case ClientImporter::Action::Merge:
        return QStringLiteral("merge");
    case ClientImporter::Action::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QString actionText(const ClientImporter::Candidate& candidate, ClientImporter::Action action)
{
    switch (action) {
    case ClientImporter::Action::Import:
        return CliContext::tr("import");
    case ClientImporter::Action::Merge:
        return CliContext::tr("add its contacts to “%1”").arg(candidate.existingClientName);
    case ClientImporter::Action::Skip:
        break;
    }
    if (!candidate.canImport())
        return CliContext::tr("skip: %1").arg(candidate.problem);
    if (candidate.isDuplicate())
        return CliContext::tr("skip, duplicate: %1").arg(candidate.duplicateReason);
    return CliContext::tr("skip");
}

QJsonObject candidateJson(const ClientImporter::Candidate& candidate, ClientImporter::Action action)
{
    QJsonArray contacts;
    for (const Contact& contact : candidate.contacts)
        contacts << QJsonObject{{QStringLiteral("name"), contact.name},
                                {QStringLiteral("role"), contact.role},
                                {QStringLiteral("email"), contact.email},
                                {QStringLiteral("phone"), contact.phone}};
    return QJsonObject{
        {QStringLiteral("line"), qint64(candidate.line)},
        {QStringLiteral("name"), candidate.client.name},
        {QStringLiteral("kind"), Client::kindKey(candidate.client.kind)},
        {QStringLiteral("professional"), candidate.client.professional},
        {QStringLiteral("email"), candidate.client.mainEmail()},
        {QStringLiteral("phone"), candidate.client.mainPhone()},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("action"), actionKey(action)},
        {QStringLiteral("duplicate"), candidate.isDuplicate()},
        {QStringLiteral("existingClientId"),
         candidate.existingClientId == 0 ? QJsonValue() : QJsonValue(candidate.existingClientId)},
        {QStringLiteral("duplicateReason"), candidate.duplicateReason},
        {QStringLiteral("problem"), candidate.problem},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(candidate.warnings)},
    };
}

/** The preview as a table, then the warnings, each with its line. */
QString previewText(const ClientImporter::Preview& preview, const QList<ClientImporter::Action>& actions)
{
    QList<QStringList> rows;
    QStringList warnings;
    for (qsizetype i = 0; i < preview.candidates.size(); ++i) {
        const ClientImporter::Candidate& candidate = preview.candidates.at(i);
        rows << QStringList{QString::number(candidate.line),
                            candidate.client.name,
                            Client::kindText(candidate.client.kind),
                            candidate.client.mainEmail(),
                            candidate.client.mainPhone(),
                            QString::number(candidate.contacts.size()),
                            actionText(candidate, actions.at(i))};
        for (const QString& warning : candidate.warnings)
            warnings << CliContext::tr("Line %1: %2").arg(QString::number(candidate.line), warning);
    }
    QString text =
        formatTable({CliContext::tr("Line"), CliContext::tr("Name"), CliContext::tr("Type"), CliContext::tr("E-mail"),
                     CliContext::tr("Phone"), CliContext::tr("Contacts"), CliContext::tr("Action")},
                    rows, {0, 5});
    if (!warnings.isEmpty())
        text += u'\n' + warnings.join(u'\n');
    return text;
}

Result<QByteArray> readInputFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, CliContext::tr("“%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    if (file.size() > maxBytes)
        return Error::make(
            Error::Kind::Invalid,
            CliContext::tr("“%1” is too large to be a contact file.").arg(QDir::toNativeSeparators(path)));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error::make(
            Error::Kind::Invalid,
            CliContext::tr("“%1” is too large to be a contact file.").arg(QDir::toNativeSeparators(path)));
    return bytes;
}

int runImportVCard(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Imports clients from a vCard file (Google, Apple, Outlook, Android, Thunderbird…): a company "
                       "with its people as contacts, a person as a client. Clients already in Bureau are found by "
                       "name, e-mail or phone. Nothing is imported unless everything can be."));
    parser.addPositionalArgument(QStringLiteral("file"), CliContext::tr("The .vcf file."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          CliContext::tr("Show what would be imported, duplicates flagged; change "
                                                         "nothing."));
    const QCommandLineOption skipOption(QStringLiteral("skip-duplicates"),
                                        CliContext::tr("Import the others when some are already in Bureau."));
    const QCommandLineOption mergeOption(QStringLiteral("merge-duplicates"),
                                         CliContext::tr("Add the contacts of a company already in Bureau to it; skip "
                                                        "other duplicates."));
    parser.addOptions({dryRunOption, skipOption, mergeOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("client import-vcard"), arguments, 1, 1))
        return *done;
    const bool dryRun = parser.isSet(dryRunOption);
    const bool merge = parser.isSet(mergeOption);
    if (parser.isSet(skipOption) && merge)
        return context.usage(CliContext::tr("Give --skip-duplicates or --merge-duplicates, not both."));

    const QString path = parser.positionalArguments().first();
    auto bytes = readInputFile(path, ClientImporter::MaxFileBytes);
    if (!bytes)
        return context.fail(bytes.error());
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    ClientImporter importer(*opened.value());
    auto preview = importer.previewVCard(bytes.value());
    if (!preview)
        return context.fail(preview.error());

    QList<ClientImporter::Action> actions;
    int duplicates = 0;
    for (const ClientImporter::Candidate& candidate : std::as_const(preview->candidates)) {
        ClientImporter::Action action = candidate.action;
        if (candidate.isDuplicate()) {
            ++duplicates;
            action = merge && candidate.canMerge() ? ClientImporter::Action::Merge : ClientImporter::Action::Skip;
        }
        if (!candidate.canImport())
            action = ClientImporter::Action::Skip;
        actions << action;
    }
    const auto count = [&actions](ClientImporter::Action action) {
        return int(std::count(actions.cbegin(), actions.cend(), action));
    };
    QJsonArray candidates;
    for (qsizetype i = 0; i < preview->candidates.size(); ++i)
        candidates << candidateJson(preview->candidates.at(i), actions.at(i));

    if (dryRun) {
        QString text = previewText(preview.value(), actions);
        text += u'\n'
                + CliContext::tr("Dry run: nothing was changed. Clients to import: %1; duplicates found: %2.")
                      .arg(QString::number(count(ClientImporter::Action::Import)), QString::number(duplicates));
        context.print(QJsonObject{{QStringLiteral("dryRun"), true},
                                  {QStringLiteral("toImport"), count(ClientImporter::Action::Import)},
                                  {QStringLiteral("toMerge"), count(ClientImporter::Action::Merge)},
                                  {QStringLiteral("duplicates"), duplicates},
                                  {QStringLiteral("candidates"), candidates}},
                      text);
        return ExitOk;
    }
    if (duplicates > 0 && !parser.isSet(skipOption) && !merge) {
        QStringList found;
        for (const ClientImporter::Candidate& candidate : std::as_const(preview->candidates)) {
            if (candidate.isDuplicate() && found.size() < 5)
                found << candidate.client.name;
        }
        return context.fail(Error::make(
            Error::Kind::Conflict,
            CliContext::tr(
                "Nothing was imported: %1 of the clients in the file are already in Bureau or repeated in it "
                "(%2). Add --skip-duplicates to import the others, --merge-duplicates to add their contacts "
                "to the existing clients, or --dry-run to see them.")
                .arg(QString::number(duplicates), found.join(QStringLiteral(", ")))));
    }
    auto summary = importer.commit(preview.value(), actions);
    if (!summary)
        return context.fail(summary.error());
    QJsonArray ids;
    for (qint64 id : std::as_const(summary->createdClientIds))
        ids << id;
    QString text = CliContext::tr("Clients imported: %1; merged into existing clients: %2; contacts added: %3; "
                                  "skipped: %4.")
                       .arg(QString::number(summary->imported), QString::number(summary->merged),
                            QString::number(summary->contacts), QString::number(summary->skipped));
    QStringList warnings;
    for (const ClientImporter::Candidate& candidate : std::as_const(preview->candidates)) {
        for (const QString& warning : candidate.warnings)
            warnings << CliContext::tr("Line %1: %2").arg(QString::number(candidate.line), warning);
    }
    if (!warnings.isEmpty())
        text += u'\n' + warnings.join(u'\n');
    context.print(QJsonObject{{QStringLiteral("dryRun"), false},
                              {QStringLiteral("imported"), summary->imported},
                              {QStringLiteral("merged"), summary->merged},
                              {QStringLiteral("contacts"), summary->contacts},
                              {QStringLiteral("skipped"), summary->skipped},
                              {QStringLiteral("clientIds"), ids},
                              {QStringLiteral("candidates"), candidates}},
                  text);
    return ExitOk;
}

int runExportVCard(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Exports clients as a vCard 4.0 file for an address book: each client, then each contact of "
                       "a company."));
    parser.addPositionalArgument(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                                 QStringLiteral("[client]"));
    const QCommandLineOption allOption(QStringLiteral("all"), CliContext::tr("Every client that is not archived."));
    const QCommandLineOption archivedOption(QStringLiteral("archived"),
                                            CliContext::tr("With --all: archived ones too."));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          CliContext::tr("The file to write (default: standard output)."),
                                          QStringLiteral("file"));
    parser.addOptions({allOption, archivedOption, outputOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("client export-vcard"), arguments, 0, 1))
        return *done;
    const bool all = parser.isSet(allOption);
    if (all == !parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("Name one client, or give --all: bureau-cli client export-vcard CLIENT "
                                            "--output FILE.vcf."));

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    QList<qint64> ids;
    if (all) {
        ClientListModel model(database);
        model.setShowArchived(parser.isSet(archivedOption));
        while (model.canFetchMore({}))
            model.fetchMore({});
        if (model.lastError())
            return context.fail(*model.lastError());
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.idAt(row);
    } else {
        auto client = ClientRepository(database).resolve(parser.positionalArguments().first());
        if (!client)
            return context.fail(client.error());
        ids << client->id;
    }
    auto cards = ClientExporter(database).vCard(ids);
    if (!cards)
        return context.fail(cards.error());
    const QString output = parser.value(outputOption).trimmed();
    if (Status written = writeOutput(output, cards.value()); !written)
        return context.fail(written.error());
    if (!output.isEmpty()) {
        const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
        context.print(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("clients"), int(ids.size())}},
                      CliContext::tr("%n client(s) written to “%1”.", "", int(ids.size())).arg(path));
    }
    return ExitOk;
}

int runExportCsv(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Exports the client list as CSV (RFC 4180, UTF-8), the columns of the list, for a spreadsheet. "
                       "Cells a spreadsheet would run as formulas are written as text."));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          CliContext::tr("The file to write (default: standard output)."),
                                          QStringLiteral("file"));
    const QCommandLineOption bomOption(
        QStringLiteral("bom"), CliContext::tr("Begin with a byte order mark, so that Excel reads the accents."));
    const QCommandLineOption archivedOption(QStringLiteral("archived"), CliContext::tr("Include archived clients."));
    const QCommandLineOption separatorOption(QStringLiteral("separator"),
                                             CliContext::tr("comma (default) or semicolon, as French Excel expects."),
                                             QStringLiteral("separator"));
    parser.addOptions({outputOption, bomOption, archivedOption, separatorOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("client export-csv"), arguments))
        return *done;
    CsvWriter::Options options;
    options.byteOrderMark = parser.isSet(bomOption);
    if (parser.isSet(separatorOption)) {
        const QString separator = parser.value(separatorOption).trimmed().toLower();
        if (separator == u"semicolon" || separator == u";")
            options.separator = QLatin1Char(';');
        else if (separator != u"comma" && separator != u",")
            return context.usage(CliContext::tr("--separator: use comma or semicolon."));
    }
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    auto csv = ClientExporter(*opened.value()).clientListCsv(parser.isSet(archivedOption), options);
    if (!csv)
        return context.fail(csv.error());
    const QString output = parser.value(outputOption).trimmed();
    if (Status written = writeOutput(output, csv.value()); !written)
        return context.fail(written.error());
    if (!output.isEmpty()) {
        const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
        context.print(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("bytes"), qint64(csv->size())}},
                      CliContext::tr("The client list was written to “%1”.").arg(path));
    }
    return ExitOk;
}

const Verb kVerbs[] = {
    {u"add", QT_TRANSLATE_NOOP("CliContext", "Add a client: --name N [--private] [--email E] [--phone P] …")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List clients [--status S] [--tag T] [--search Q] [--archived]")},
    {u"show", QT_TRANSLATE_NOOP("CliContext", "Show a client with contacts, missions, tasks, accesses, onboarding")},
    {u"edit", QT_TRANSLATE_NOOP("CliContext", "Change the fields given: CLIENT --email E --tag T …")},
    {u"add-contact", QT_TRANSLATE_NOOP("CliContext", "Add a contact person: CLIENT --name N [--role R] [--primary]")},
    {u"archive", QT_TRANSLATE_NOOP("CliContext", "Hide a client from the list, keeping everything")},
    {u"unarchive", QT_TRANSLATE_NOOP("CliContext", "Bring an archived client back")},
    {u"delete", QT_TRANSLATE_NOOP("CliContext", "Delete a client without documents: CLIENT --yes")},
    {u"import-vcard",
     QT_TRANSLATE_NOOP("CliContext", "Import clients from a vCard file [--dry-run] [--skip-duplicates]")},
    {u"export-vcard", QT_TRANSLATE_NOOP("CliContext", "Export clients as vCard: CLIENT|--all --output FILE")},
    {u"export-csv",
     QT_TRANSLATE_NOOP("CliContext", "Export the client list as CSV [--output FILE] [--bom] [--archived]")},
    {u"export-data", QT_TRANSLATE_NOOP("CliContext", "Export one client’s personal data: CLIENT --output FILE.zip")},
    {u"erase", QT_TRANSLATE_NOOP("CliContext", "Erase one client’s personal data (GDPR): CLIENT --yes")},
};

} // namespace

int runClient(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add")
        return runAdd(context, rest);
    if (verb == u"list")
        return runList(context, rest);
    if (verb == u"show")
        return runShow(context, rest);
    if (verb == u"edit")
        return runEdit(context, rest);
    if (verb == u"add-contact")
        return runAddContact(context, rest);
    if (verb == u"archive")
        return runArchive(context, rest, true);
    if (verb == u"unarchive")
        return runArchive(context, rest, false);
    if (verb == u"delete")
        return runDelete(context, rest);
    if (verb == u"export-data")
        return runExportData(context, rest);
    if (verb == u"erase")
        return runErase(context, rest);
    if (verb == u"import-vcard")
        return runImportVCard(context, rest);
    if (verb == u"export-vcard")
        return runExportVCard(context, rest);
    if (verb == u"export-csv")
        return runExportCsv(context, rest);
    QStringList names;
    for (const Verb& known : kVerbs)
        names << QString::fromUtf16(known.name);
    const QString verbs = names.join(QStringLiteral(", "));
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("client"), kVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(CliContext::tr("client needs a command: %1; see bureau-cli client --help.").arg(verbs));
    return context.usage(CliContext::tr("Unknown client command “%1”: use %2.").arg(verb, verbs));
}

} // namespace Bureau::Cli
