// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ClientImporter.h"

#include "core/domain/TextFold.h"
#include "core/interop/CsvReader.h"
#include "core/interop/TextDecoding.h"
#include "core/interop/VCard.h"
#include "core/interop/VCardReader.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <optional>

namespace Bureau
{

namespace
{

constexpr int kMaxNameLength = 200; // Client::validate()'s limit
constexpr int kMaxAddressLines = 4; // idem
constexpr int kMaxTagLength = 40;   // idem

/** One client-to-be as read from the file, before grouping by organisation. */
struct SourceRecord
{
    VCard card;
    qsizetype line = 0;
    std::optional<Client::Kind> kind;
    std::optional<bool> professional;
    std::optional<Client::Status> status;
    QString language;
    QString legalForm;
    QString siret;
    QString vatNumber;
};

/** Letters and digits of the folded text: "U.S.A." → "usa", "Côte d’Ivoire" → "cotedivoire". */
QString compactKey(const QString& text)
{
    const QString folded = TextFold::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

/**
 * The ISO 3166 code of a country as address books write it: a code ("FR", "fra"), its English
 * name, its name in any of its own languages (QLocale), or its usual French name. Empty when
 * not recognised.
 */
QString countryCode(const QString& text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            map.insert(compactKey(QLocale::territoryToString(territory)), code);
        }
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& locale : locales) {
            const QString code = QLocale::territoryToCode(locale.territory());
            const QString key = compactKey(locale.nativeTerritoryName());
            if (code.size() == 2 && !key.isEmpty() && !map.contains(key))
                map.insert(key, code);
        }
        // French names of the countries a French assistant's clients are usually in, aliases and
        // ISO alpha-3 codes address books write.
        static const char aliases[] =
            "allemagne=DE autriche=AT belgique=BE espagne=ES etatsunis=US usa=US us=US "
            "unitedstatesofamerica=US royaumeuni=GB uk=GB angleterre=GB england=GB greatbritain=GB "
            "grandebretagne=GB ecosse=GB scotland=GB italie=IT paysbas=NL hollande=NL holland=NL suisse=CH "
            "irlande=IE grece=GR pologne=PL suede=SE norvege=NO danemark=DK finlande=FI japon=JP chine=CN "
            "bresil=BR mexique=MX maroc=MA algerie=DZ tunisie=TN senegal=SN cotedivoire=CI quebec=CA "
            "australie=AU inde=IN russie=RU turquie=TR republiquetcheque=CZ tchequie=CZ roumanie=RO "
            "hongrie=HU croatie=HR slovenie=SI slovaquie=SK bulgarie=BG chypre=CY malte=MT estonie=EE "
            "lettonie=LV lituanie=LT islande=IS nouvellezelande=NZ afriquedusud=ZA egypte=EG israel=IL "
            "emiratsarabesunis=AE singapour=SG coreedusud=KR argentine=AR chili=CL colombie=CO perou=PE "
            "fra=FR deu=DE bel=BE che=CH lux=LU esp=ES ita=IT gbr=GB can=CA nld=NL prt=PT irl=IE aut=AT "
            "reunion=RE martinique=MQ guadeloupe=GP guyane=GF mayotte=YT monaco=MC luxembourg=LU canada=CA ";
        for (const QByteArray& pair : QByteArray(aliases).split(' ')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0)
                map.insert(QString::fromLatin1(pair.left(equals)), QString::fromLatin1(pair.mid(equals + 1)));
        }
        return map;
    }();

    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2 && trimmed.at(0).isLetter() && trimmed.at(1).isLetter()) {
        const QString upper = trimmed.toUpper();
        if (QLocale::codeToTerritory(upper) != QLocale::AnyTerritory)
            return upper;
    }
    return names.value(compactKey(trimmed));
}

/** The language of documents for a client in @p country: French where French is spoken, else English. */
QString languageForCountry(const QString& country)
{
    static const QStringList francophone{
        QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("CH"), QStringLiteral("LU"), QStringLiteral("MC"),
        QStringLiteral("CA"), QStringLiteral("RE"), QStringLiteral("GP"), QStringLiteral("MQ"), QStringLiteral("GF"),
        QStringLiteral("YT"), QStringLiteral("PM"), QStringLiteral("SN"), QStringLiteral("CI"), QStringLiteral("MA"),
        QStringLiteral("TN"), QStringLiteral("DZ")};
    return francophone.contains(country) ? QStringLiteral("fr") : QStringLiteral("en");
}

/** A person's name from a card: FN, else N; empty when the card names no one. */
QString personNameOf(const VCard& card)
{
    const QString fn = card.formattedName.simplified();
    if (!fn.isEmpty())
        return fn;
    const VCard::Name& n = card.name;
    QStringList parts;
    for (const QString& part : {n.prefixes, n.given, n.additional, n.family, n.suffixes}) {
        if (!part.simplified().isEmpty())
            parts.append(part.simplified());
    }
    return parts.join(QLatin1Char(' '));
}

/** The channels of a card, preferred ones ("pref") first, order kept otherwise. */
QList<VCard::Typed> preferredFirst(const QList<VCard::Typed>& values)
{
    QList<VCard::Typed> preferred;
    QList<VCard::Typed> others;
    for (const VCard::Typed& value : values)
        (value.types.contains(QStringLiteral("pref")) ? preferred : others).append(value);
    return preferred + others;
}

/** Splits "+44 20 1234;ext=56" into the number and its extension (tel: URI form, RFC 3966). */
QString withoutExtension(const QString& phone, QString* extension)
{
    const qsizetype semicolon = phone.indexOf(QLatin1Char(';'));
    if (semicolon < 0)
        return phone.trimmed();
    const QString rest = phone.mid(semicolon + 1);
    if (rest.startsWith(QLatin1String("ext="), Qt::CaseInsensitive))
        *extension = rest.mid(4).section(QLatin1Char(';'), 0, 0).trimmed();
    return phone.left(semicolon).trimmed();
}

/** Builds a candidate from the records of one client, collecting warnings as it repairs values. */
class CandidateBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ClientImporter)

public:
    explicit CandidateBuilder(ClientImporter::Candidate& candidate)
        : m_candidate(candidate)
    {
    }

    void build(const QString& organization, const QList<const SourceRecord*>& records);

private:
    void warnDropped(const QString& what, const QString& value);
    QString channelLabel(const QStringList& types) const;
    void addChannels(Client& client, const VCard& card);
    void setAddress(Client& client, const VCard& card);
    void setTags(Client& client, const QStringList& categories);
    void applyRecordFields(Client& client, const SourceRecord& record);
    Contact contactFrom(const SourceRecord& record, const QString& name);
    void repair(Client& client);
    void repair(Contact& contact);

    ClientImporter::Candidate& m_candidate;
    QStringList m_droppedNotes;
};

void CandidateBuilder::warnDropped(const QString& what, const QString& value)
{
    m_candidate.warnings.append(tr("%1 “%2” was not recognised; it is kept in the notes.").arg(what, value));
    m_droppedNotes.append(tr("%1 (not recognised): %2").arg(what, value));
}

QString CandidateBuilder::channelLabel(const QStringList& types) const
{
    QStringList labels;
    for (const QString& type : types) {
        if (type == u"work")
            labels.append(tr("Work", "e-mail or phone label"));
        else if (type == u"home")
            labels.append(tr("Home", "e-mail or phone label"));
        else if (type == u"cell" || type == u"mobile")
            labels.append(tr("Mobile", "phone label"));
        else if (type == u"fax")
            labels.append(tr("Fax", "phone label"));
    }
    labels.removeDuplicates();
    return labels.join(QStringLiteral(", "));
}

void CandidateBuilder::addChannels(Client& client, const VCard& card)
{
    QSet<QString> known;
    for (const VCard::Typed& email : preferredFirst(card.emails)) {
        const QString value = email.value.trimmed();
        if (!isPlausibleEmail(value)) {
            warnDropped(tr("E-mail address"), value);
            continue;
        }
        if (known.contains(value.toLower()))
            continue;
        known.insert(value.toLower());
        client.emails.append(ContactChannel{value, QString(), channelLabel(email.types)});
    }
    known.clear();
    for (const VCard::Typed& phone : preferredFirst(card.phones)) {
        QString extension;
        const QString value = withoutExtension(phone.value, &extension);
        if (value.isEmpty() || known.contains(value))
            continue;
        known.insert(value);
        QString label = channelLabel(phone.types);
        if (!extension.isEmpty())
            label = label.isEmpty() ? tr("ext. %1").arg(extension) : tr("%1, ext. %2").arg(label, extension);
        client.phones.append(ContactChannel{value, QString(), label});
    }
}

void CandidateBuilder::setAddress(Client& client, const VCard& card)
{
    if (card.addresses.isEmpty())
        return;
    const VCard::Address* chosen = &card.addresses.first();
    for (const QString& wanted : {QStringLiteral("pref"), QStringLiteral("work")}) {
        const auto found = std::find_if(card.addresses.cbegin(), card.addresses.cend(),
                                        [&](const VCard::Address& a) { return a.types.contains(wanted); });
        if (found != card.addresses.cend()) {
            chosen = &*found;
            break;
        }
    }
    QStringList lines;
    for (const QString& part : {chosen->poBox, chosen->extended, chosen->street}) {
        for (const QString& line : part.split(QLatin1Char('\n'))) {
            if (!line.simplified().isEmpty())
                lines.append(line.simplified());
        }
    }
    if (lines.size() > kMaxAddressLines) {
        warnDropped(tr("Address line"), lines.mid(kMaxAddressLines).join(QStringLiteral(", ")));
        lines = lines.mid(0, kMaxAddressLines);
    }
    client.addressLines = lines;
    client.postalCode = chosen->postalCode.simplified();
    client.city = chosen->locality.simplified();
    const QString country = chosen->country.simplified();
    if (!country.isEmpty()) {
        const QString code = countryCode(country);
        if (code.isEmpty())
            warnDropped(tr("Country"), country);
        else
            client.country = code;
    }
}

void CandidateBuilder::setTags(Client& client, const QStringList& categories)
{
    // Groups every Google or Android contact is in: not the assistant's tags.
    static const QStringList systemGroups{QStringLiteral("mycontacts"), QStringLiteral("starred"),
                                          QStringLiteral("starredinandroid"), QStringLiteral("contacts")};
    for (const QString& category : categories) {
        const QString tag = category.simplified();
        if (tag.isEmpty() || systemGroups.contains(compactKey(tag)))
            continue;
        if (tag.size() > kMaxTagLength) {
            warnDropped(tr("Tag"), tag);
            continue;
        }
        client.tags.append(tag);
    }
}

void CandidateBuilder::applyRecordFields(Client& client, const SourceRecord& record)
{
    if (record.professional)
        client.professional = *record.professional;
    if (record.status)
        client.status = *record.status;
    if (!record.language.isEmpty())
        client.language = record.language;
    if (!record.legalForm.isEmpty())
        client.legalForm = record.legalForm;
    if (!record.siret.isEmpty())
        client.siret = record.siret;
    if (!record.vatNumber.isEmpty())
        client.vatNumber = record.vatNumber;
}

Contact CandidateBuilder::contactFrom(const SourceRecord& record, const QString& name)
{
    Contact contact;
    contact.name = name.left(kMaxNameLength);
    const VCard& card = record.card;
    contact.role = (card.title.simplified().isEmpty() ? card.role : card.title).simplified();
    for (const VCard::Typed& email : preferredFirst(card.emails)) {
        if (isPlausibleEmail(email.value.trimmed())) {
            contact.email = email.value.trimmed();
            break;
        }
    }
    for (const VCard::Typed& phone : preferredFirst(card.phones)) {
        QString extension;
        Contact probe;
        probe.name = QStringLiteral("x");
        probe.phone = withoutExtension(phone.value, &extension);
        if (probe.validate().isEmpty()) {
            contact.phone = probe.phone;
            break;
        }
    }
    contact.notes = card.note.trimmed();
    return contact;
}

void CandidateBuilder::repair(Client& client)
{
    client = client.normalized();
    // Each field Client::validate() refuses goes back to its default; its text is kept in the notes.
    for (int pass = 0; pass < 3; ++pass) {
        const QList<FieldError> errors = client.validate();
        if (errors.isEmpty())
            break;
        const Client defaults;
        for (const FieldError& error : errors) {
            const QString& field = error.field;
            const QString label = Client::fieldLabel(field);
            if (field == Client::Field::name) {
                m_candidate.problem = error.message;
            } else if (field == Client::Field::emails) {
                QList<ContactChannel> kept;
                for (const ContactChannel& email : std::as_const(client.emails)) {
                    if (isPlausibleEmail(email.value))
                        kept.append(email);
                    else
                        warnDropped(label, email.value);
                }
                client.emails = kept;
            } else if (field == Client::Field::phones) {
                QList<ContactChannel> kept;
                for (const ContactChannel& phone : std::as_const(client.phones)) {
                    Contact probe;
                    probe.name = QStringLiteral("x");
                    probe.phone = phone.value;
                    if (probe.validate().isEmpty())
                        kept.append(phone);
                    else
                        warnDropped(label, phone.value);
                }
                client.phones = kept;
            } else if (field == Client::Field::postalCode) {
                warnDropped(label, client.postalCode);
                client.postalCode.clear();
            } else if (field == Client::Field::addressLines) {
                warnDropped(label, client.addressLines.join(QStringLiteral(", ")));
                client.addressLines.clear();
            } else if (field == Client::Field::city) {
                warnDropped(label, client.city);
                client.city.clear();
            } else if (field == Client::Field::website) {
                warnDropped(label, client.website);
                client.website.clear();
            } else if (field == Client::Field::siret) {
                warnDropped(label, client.siret);
                client.siret.clear();
            } else if (field == Client::Field::vatNumber) {
                warnDropped(label, client.vatNumber);
                client.vatNumber.clear();
            } else if (field == Client::Field::legalForm) {
                warnDropped(label, client.legalForm);
                client.legalForm.clear();
            } else if (field == Client::Field::tags) {
                warnDropped(label, client.tags.join(QStringLiteral(", ")));
                client.tags.clear();
            } else if (field == Client::Field::country) {
                warnDropped(label, client.country);
                client.country = defaults.country;
            } else if (field == Client::Field::professional) {
                client.professional = true; // a company is always a professional client
            } else if (field == Client::Field::language) {
                client.language = defaults.language;
            } else if (field == Client::Field::timeZone) {
                client.timeZone = Client::defaultTimeZone(client.country);
            } else if (field == Client::Field::paymentTermsDays) {
                client.paymentTermsDays.reset();
            } else {
                m_candidate.problem = error.message;
            }
        }
        if (!m_candidate.problem.isEmpty())
            break;
        client = client.normalized();
    }
}

void CandidateBuilder::repair(Contact& contact)
{
    for (const FieldError& error : contact.validate()) {
        if (error.field == Contact::Field::email) {
            warnDropped(tr("E-mail address of %1").arg(contact.name), contact.email);
            contact.email.clear();
        } else if (error.field == Contact::Field::phone) {
            warnDropped(tr("Phone of %1").arg(contact.name), contact.phone);
            contact.phone.clear();
        }
    }
}

void CandidateBuilder::build(const QString& organization, const QList<const SourceRecord*>& records)
{
    Client client;
    const SourceRecord& first = *records.first();
    m_candidate.line = first.line;

    if (organization.isEmpty()) {
        // A person client: the card is the client.
        const VCard& card = first.card;
        client.kind = first.kind.value_or(Client::Kind::Person);
        client.name = personNameOf(card);
        addChannels(client, card);
        if (client.name.isEmpty()) {
            if (!client.emails.isEmpty()) {
                client.name = client.mainEmail();
                m_candidate.warnings.append(tr("This contact has no name: its e-mail address is used instead."));
            } else if (!client.phones.isEmpty()) {
                client.name = client.mainPhone();
                m_candidate.warnings.append(tr("This contact has no name: its phone number is used instead."));
            }
        }
        setAddress(client, card);
        setTags(client, card.categories);
        if (!card.urls.isEmpty())
            client.website = card.urls.first();
        client.notes = card.note.trimmed();
        applyRecordFields(client, first);
    } else {
        client.kind = Client::Kind::Company;
        client.name = organization;
        // The company's own card gives its details; without one, the first person's serve.
        const SourceRecord* own = nullptr;
        for (const SourceRecord* record : records) {
            const QString person = personNameOf(record->card);
            if (record->card.organizationCard || person.isEmpty()
                || TextFold::fold(person) == TextFold::fold(organization)) {
                own = record;
                break;
            }
        }
        const SourceRecord& details = own ? *own : first;
        addChannels(client, details.card);
        setAddress(client, details.card);
        if (!details.card.urls.isEmpty())
            client.website = details.card.urls.first();
        if (own)
            client.notes = own->card.note.trimmed();
        QStringList categories;
        for (const SourceRecord* record : records)
            categories += record->card.categories;
        setTags(client, categories);
        applyRecordFields(client, details);

        for (const SourceRecord* record : records) {
            if (record == own)
                continue;
            const QString person = personNameOf(record->card);
            if (person.isEmpty())
                continue;
            Contact contact = contactFrom(*record, person);
            repair(contact);
            m_candidate.contacts.append(contact);
        }
        if (!m_candidate.contacts.isEmpty())
            m_candidate.contacts.first().primary = true;
    }

    if (client.name.simplified().isEmpty()) {
        m_candidate.problem = tr("This entry has no name, e-mail address or phone number: there is nothing to "
                                 "import.");
    } else if (client.name.simplified().size() > kMaxNameLength) {
        m_candidate.warnings.append(tr("The name was shortened to %n characters.", "", kMaxNameLength));
        client.name = client.name.simplified().left(kMaxNameLength);
    }
    client.timeZone = Client::defaultTimeZone(client.country);
    if (first.language.isEmpty())
        client.language = languageForCountry(client.country);
    if (client.kind == Client::Kind::Company)
        client.professional = true;

    if (m_candidate.problem.isEmpty())
        repair(client);
    if (!m_droppedNotes.isEmpty()) {
        const QString dropped = m_droppedNotes.join(QLatin1Char('\n'));
        client.notes = client.notes.isEmpty() ? dropped : QString(client.notes + QStringLiteral("\n\n") + dropped);
    }
    m_candidate.client = client;
    if (!m_candidate.problem.isEmpty())
        m_candidate.action = ClientImporter::Action::Skip;
}

/** Groups records by organisation (folded) into candidates, in order of first appearance. */
QList<ClientImporter::Candidate> buildCandidates(const QList<SourceRecord>& records)
{
    struct Group
    {
        QString organization;
        QList<const SourceRecord*> records;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> byOrganization;
    for (const SourceRecord& record : records) {
        QString organization = record.card.organization.simplified();
        if (organization.isEmpty() && record.card.organizationCard)
            organization = personNameOf(record.card);
        if (record.kind == Client::Kind::Person)
            organization.clear();
        const QString key = TextFold::fold(organization);
        if (!key.isEmpty()) {
            if (const auto found = byOrganization.constFind(key); found != byOrganization.cend()) {
                groups[*found].records.append(&record);
                continue;
            }
            byOrganization.insert(key, groups.size());
        }
        groups.append(Group{organization, {&record}});
    }
    QList<ClientImporter::Candidate> candidates;
    candidates.reserve(groups.size());
    for (const Group& group : std::as_const(groups)) {
        ClientImporter::Candidate candidate;
        CandidateBuilder(candidate).build(group.organization, group.records);
        candidates.append(candidate);
    }
    return candidates;
}

// --- CSV ------------------------------------------------------------------------------------------

enum class Column
{
    Ignored,
    Name,
    FirstName,
    LastName,
    Company,
    Title,
    Email,
    Phone,
    Street,
    PostalCode,
    City,
    Country,
    Notes,
    Website,
    Tags,
    Kind,
    Professional,
    Private,
    Siret,
    VatNumber,
    LegalForm,
    Language,
    Status,
};

/** What a header cell names, in English or French, as Bureau, Google and Outlook write them. */
Column columnFor(const QString& header)
{
    const QString key = compactKey(header);
    if (key.isEmpty())
        return Column::Ignored;
    const auto is = [&key](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (key == QLatin1String(name))
                return true;
        }
        return false;
    };
    const auto endsWith = [&key](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (key.endsWith(QLatin1String(name)))
                return true;
        }
        return false;
    };
    // Type and label columns of Google's "E-mail 1 - Type" / "Phone 1 - Label" describe a value.
    if (key.endsWith(QLatin1String("type")) && key.size() > 4 && !is({"clienttype"}))
        return Column::Ignored;
    if (key.endsWith(QLatin1String("label")))
        return Column::Ignored;
    if (is({"name", "nom", "fullname", "displayname", "nomcomplet", "client", "clientname", "nomduclient",
            "contactname", "nomprenom", "prenomnom"}))
        return Column::Name;
    if (is({"firstname", "givenname", "prenom", "first"}))
        return Column::FirstName;
    if (is({"lastname", "familyname", "surname", "nomdefamille", "last"}))
        return Column::LastName;
    if (is({"company", "organization", "organisation", "organizationname", "organization1name", "societe", "entreprise",
            "raisonsociale", "companyname", "nomdelasociete", "nomdelentreprise", "employeur"}))
        return Column::Company;
    if (is({"title", "jobtitle", "organizationtitle", "organization1title", "fonction", "poste", "role", "titre"}))
        return Column::Title;
    // Outlook's "E-mail Display Name" is a name; Google's "Phonetic First Name" is not a phone.
    if ((key.contains(QLatin1String("mail")) && !key.contains(QLatin1String("displayname")))
        || is({"courriel", "adressecourriel"}))
        return Column::Email;
    if ((key.contains(QLatin1String("phone")) && !key.contains(QLatin1String("phonetic")))
        || key.contains(QLatin1String("telephone"))
        || is({"tel", "mobile", "portable", "gsm", "fixe", "numero", "numerodetelephone"}))
        return Column::Phone;
    if (key.endsWith(QLatin1String("street"))
        || is({"address", "adresse", "rue", "streetaddress", "adressepostale", "addressline1", "adresseligne1"}))
        return Column::Street;
    if (endsWith({"postalcode", "zip", "zipcode", "codepostal", "postcode"}) || is({"cp"}))
        return Column::PostalCode;
    if (endsWith({"city", "ville", "town", "localite", "commune"}))
        return Column::City;
    if (endsWith({"country", "countryregion", "pays"}))
        return Column::Country;
    if (is({"notes", "note", "comments", "comment", "commentaire", "commentaires", "remarques", "remarque"}))
        return Column::Notes;
    if (key.contains(QLatin1String("website")) || is({"siteweb", "site", "url", "web", "webpage", "siteinternet"}))
        return Column::Website;
    if (is({"tags", "tag", "etiquettes", "etiquette", "categories", "category", "categorie", "labels",
            "groupmembership", "groupes", "groups"}))
        return Column::Tags;
    if (is({"type", "kind", "clienttype", "typedeclient", "nature"}))
        return Column::Kind;
    if (is({"professional", "professionnel", "pro", "b2b"}))
        return Column::Professional;
    if (is({"private", "particulier", "prive", "b2c"}))
        return Column::Private;
    if (is({"siret", "siren", "sirensiret", "siretsiren", "nsiret", "numerosiret"}))
        return Column::Siret;
    if (is({"vat", "vatnumber", "vatno", "tva", "numerodetva", "ntva", "tvaintracommunautaire",
            "ntvaintracommunautaire", "numerotvaintracommunautaire", "vatid"}))
        return Column::VatNumber;
    if (is({"legalform", "formejuridique", "statutjuridique"}))
        return Column::LegalForm;
    if (is({"language", "langue", "documentlanguage", "languedesdocuments"}))
        return Column::Language;
    if (is({"status", "statut", "etat"}))
        return Column::Status;
    return Column::Ignored;
}

std::optional<bool> readBoolean(const QString& text)
{
    const QString key = compactKey(text);
    if (key.isEmpty())
        return std::nullopt;
    static const QStringList yes{QStringLiteral("yes"),  QStringLiteral("oui"), QStringLiteral("true"),
                                 QStringLiteral("vrai"), QStringLiteral("1"),   QStringLiteral("x"),
                                 QStringLiteral("y"),    QStringLiteral("o")};
    static const QStringList no{QStringLiteral("no"),   QStringLiteral("non"), QStringLiteral("false"),
                                QStringLiteral("faux"), QStringLiteral("0"),   QStringLiteral("n")};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<Client::Kind> readKind(const QString& text)
{
    const QString key = compactKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const Client::Kind kind : {Client::Kind::Company, Client::Kind::Person}) {
        if (key == compactKey(Client::kindKey(kind)) || key == compactKey(Client::kindText(kind)))
            return kind;
    }
    static const QStringList companies{QStringLiteral("societe"),      QStringLiteral("entreprise"),
                                       QStringLiteral("organisation"), QStringLiteral("organization"),
                                       QStringLiteral("business"),     QStringLiteral("association")};
    static const QStringList persons{QStringLiteral("personne"),   QStringLiteral("particulier"),
                                     QStringLiteral("individual"), QStringLiteral("individu"),
                                     QStringLiteral("private"),    QStringLiteral("personnephysique")};
    if (companies.contains(key))
        return Client::Kind::Company;
    if (persons.contains(key))
        return Client::Kind::Person;
    return std::nullopt;
}

std::optional<Client::Status> readStatus(const QString& text)
{
    const QString key = compactKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const Client::Status status :
         {Client::Status::Prospect, Client::Status::Active, Client::Status::Paused, Client::Status::Former}) {
        if (key == compactKey(Client::statusKey(status)) || key == compactKey(Client::statusText(status)))
            return status;
    }
    static const QHash<QString, Client::Status> french{
        {QStringLiteral("actif"), Client::Status::Active},   {QStringLiteral("active"), Client::Status::Active},
        {QStringLiteral("enpause"), Client::Status::Paused}, {QStringLiteral("pause"), Client::Status::Paused},
        {QStringLiteral("ancien"), Client::Status::Former},  {QStringLiteral("ancienne"), Client::Status::Former},
        {QStringLiteral("inactif"), Client::Status::Former}, {QStringLiteral("prospecte"), Client::Status::Prospect},
    };
    if (const auto found = french.constFind(key); found != french.cend())
        return *found;
    return std::nullopt;
}

QString readLanguage(const QString& text)
{
    const QString key = compactKey(text);
    if (key == u"fr" || key == u"francais" || key == u"french")
        return QStringLiteral("fr");
    if (key == u"en" || key == u"anglais" || key == u"english")
        return QStringLiteral("en");
    return {};
}

/** Several values in one cell: "a@x.fr; b@y.fr", Google's "a ::: b". */
QStringList splitValues(const QString& cell)
{
    QString text = cell;
    text.replace(QStringLiteral(":::"), QStringLiteral(";"));
    text.replace(QLatin1Char(','), QLatin1Char(';'));
    QStringList values;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

/** A CSV row as a source record; the columns were read from the header. */
SourceRecord recordFromRow(const QStringList& row, const QList<Column>& columns, qsizetype line, bool nomIsLastName)
{
    SourceRecord record;
    record.line = line;
    VCard& card = record.card;
    VCard::Address address;
    QString name;
    QString first;
    QString last;
    QString company;
    for (qsizetype i = 0; i < row.size() && i < columns.size(); ++i) {
        const QString cell = row.at(i).trimmed();
        if (cell.isEmpty())
            continue;
        const auto setOnce = [&cell](QString& target) {
            if (target.isEmpty())
                target = cell;
        };
        switch (columns.at(i)) {
        case Column::Ignored:
            break;
        case Column::Name:
            setOnce(nomIsLastName ? last : name);
            break;
        case Column::FirstName:
            setOnce(first);
            break;
        case Column::LastName:
            setOnce(last);
            break;
        case Column::Company:
            setOnce(company);
            break;
        case Column::Title:
            setOnce(card.title);
            break;
        case Column::Email:
            for (const QString& value : splitValues(cell))
                card.emails.append(VCard::Typed{value, {}});
            break;
        case Column::Phone:
            for (const QString& value : splitValues(cell))
                card.phones.append(VCard::Typed{value, {}});
            break;
        case Column::Street:
            setOnce(address.street);
            break;
        case Column::PostalCode:
            setOnce(address.postalCode);
            break;
        case Column::City:
            setOnce(address.locality);
            break;
        case Column::Country:
            setOnce(address.country);
            break;
        case Column::Notes:
            card.note = card.note.isEmpty() ? cell : QString(card.note + QLatin1Char('\n') + cell);
            break;
        case Column::Website:
            card.urls.append(cell);
            break;
        case Column::Tags:
            card.categories += splitValues(cell);
            break;
        case Column::Kind:
            record.kind = readKind(cell);
            break;
        case Column::Professional:
            if (const std::optional<bool> yes = readBoolean(cell))
                record.professional = *yes;
            break;
        case Column::Private:
            if (const std::optional<bool> yes = readBoolean(cell))
                record.professional = !*yes;
            break;
        case Column::Siret:
            setOnce(record.siret);
            break;
        case Column::VatNumber:
            setOnce(record.vatNumber);
            break;
        case Column::LegalForm:
            setOnce(record.legalForm);
            break;
        case Column::Language:
            record.language = readLanguage(cell);
            break;
        case Column::Status:
            record.status = readStatus(cell);
            break;
        }
    }
    if (!address.street.isEmpty() || !address.postalCode.isEmpty() || !address.locality.isEmpty()
        || !address.country.isEmpty())
        card.addresses.append(address);

    // Who the row is: a company with a person, a company, or a person.
    const QString person = !name.isEmpty() ? name : QStringList{first, last}.join(QLatin1Char(' ')).simplified();
    card.name.given = first;
    card.name.family = last;
    if (!company.isEmpty() && record.kind != Client::Kind::Person) {
        card.organization = company;
        card.formattedName = person;
    } else if (!name.isEmpty() && first.isEmpty() && last.isEmpty() && record.kind != Client::Kind::Person) {
        // Only a name: a company, as Client's default kind, unless a type column says a person.
        card.organization = name;
        card.organizationCard = true;
    } else {
        card.formattedName = person;
        if (!company.isEmpty())
            card.note = card.note.isEmpty() ? company : QString(company + QLatin1Char('\n') + card.note);
    }
    return record;
}

// --- Duplicate detection ----------------------------------------------------------------------------

/** The stored clients' keys, each to the first client (by id) that has it. */
struct Index
{
    struct Entry
    {
        qint64 id = 0;
        QString name;
    };
    QHash<QString, Entry> byName;  // TextFold::fold(name)
    QHash<QString, Entry> byEmail; // lower-case
    QHash<QString, Entry> byPhone; // E.164
};

/** The keys a candidate is compared on: its folded name, its e-mails and its E.164 phones (contacts' too). */
struct Keys
{
    QString name;
    QStringList emails;
    QStringList phones;
};

Keys keysOf(const ClientImporter::Candidate& candidate)
{
    Keys keys;
    keys.name = TextFold::fold(candidate.client.name);
    const auto addEmail = [&keys](const QString& email) {
        const QString key = email.trimmed().toLower();
        if (!key.isEmpty() && !keys.emails.contains(key))
            keys.emails.append(key);
    };
    const auto addPhone = [&keys, &candidate](const QString& phone) {
        const QString key = phoneToE164(phone, candidate.client.country);
        if (!key.isEmpty() && !keys.phones.contains(key))
            keys.phones.append(key);
    };
    for (const ContactChannel& email : candidate.client.emails)
        addEmail(email.value);
    for (const ContactChannel& phone : candidate.client.phones)
        addPhone(phone.value);
    for (const Contact& contact : candidate.contacts) {
        addEmail(contact.email);
        addPhone(contact.phone);
    }
    return keys;
}

struct Found
{
    ClientImporter::Match match = ClientImporter::Match::None;
    qint64 id = 0;
    QString name;
};

template<typename Entry>
Found findIn(const Keys& keys, const QHash<QString, Entry>& byName, const QHash<QString, Entry>& byEmail,
             const QHash<QString, Entry>& byPhone,
             const std::function<Found(const Entry&, ClientImporter::Match)>& make)
{
    for (const QString& email : keys.emails) {
        if (const auto found = byEmail.constFind(email); found != byEmail.cend())
            return make(*found, ClientImporter::Match::Email);
    }
    for (const QString& phone : keys.phones) {
        if (const auto found = byPhone.constFind(phone); found != byPhone.cend())
            return make(*found, ClientImporter::Match::Phone);
    }
    if (!keys.name.isEmpty()) {
        if (const auto found = byName.constFind(keys.name); found != byName.cend())
            return make(*found, ClientImporter::Match::Name);
    }
    return {};
}

Found findStored(const Keys& keys, const Index& index)
{
    using Entry = Index::Entry;
    return findIn<Entry>(keys, index.byName, index.byEmail, index.byPhone,
                         [](const Entry& entry, ClientImporter::Match match) {
                             return Found{match, entry.id, entry.name};
                         });
}

Result<Index> loadIndex(Database& db)
{
    Index index;
    QHash<qint64, Index::Entry> clients;
    QHash<qint64, QString> countries;
    const auto insert = [](QHash<QString, Index::Entry>& map, const QString& key, const Index::Entry& entry) {
        if (!key.isEmpty() && !map.contains(key))
            map.insert(key, entry);
    };

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, email, phone, phone_e164, country FROM clients ORDER BY id")))
        return Database::sqlError(ClientImporter::tr("The stored clients cannot be read to look for duplicates."),
                                  query.lastError());
    while (query.next()) {
        const Index::Entry entry{query.value(0).toLongLong(), query.value(1).toString()};
        clients.insert(entry.id, entry);
        const QString country = query.value(5).toString();
        countries.insert(entry.id, country);
        insert(index.byName, TextFold::fold(entry.name), entry);
        insert(index.byEmail, query.value(2).toString().trimmed().toLower(), entry);
        const QString e164 = query.value(4).toString();
        insert(index.byPhone, e164.isEmpty() ? phoneToE164(query.value(3).toString(), country) : e164, entry);
    }
    query.finish();

    if (!query.exec(QStringLiteral("SELECT client_id, kind, value, e164 FROM client_channels ORDER BY client_id, id")))
        return Database::sqlError(ClientImporter::tr("The stored clients cannot be read to look for duplicates."),
                                  query.lastError());
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const Index::Entry entry = clients.value(id);
        if (entry.id == 0)
            continue;
        const QString value = query.value(2).toString();
        if (query.value(1).toString() == u"email") {
            insert(index.byEmail, value.trimmed().toLower(), entry);
        } else {
            const QString e164 = query.value(3).toString();
            insert(index.byPhone, e164.isEmpty() ? phoneToE164(value, countries.value(id)) : e164, entry);
        }
    }
    query.finish();

    if (!query.exec(QStringLiteral("SELECT client_id, email, phone, phone_e164 FROM contacts ORDER BY client_id, id")))
        return Database::sqlError(ClientImporter::tr("The stored contacts cannot be read to look for duplicates."),
                                  query.lastError());
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const Index::Entry entry = clients.value(id);
        if (entry.id == 0)
            continue;
        insert(index.byEmail, query.value(1).toString().trimmed().toLower(), entry);
        const QString e164 = query.value(3).toString();
        insert(index.byPhone, e164.isEmpty() ? phoneToE164(query.value(2).toString(), countries.value(id)) : e164,
               entry);
    }
    query.finish();
    return index;
}

void flagDuplicates(ClientImporter::Preview& preview, const Index& index)
{
    using Candidate = ClientImporter::Candidate;
    using Match = ClientImporter::Match;
    using Action = ClientImporter::Action;
    struct Earlier
    {
        int candidate = -1;
        QString name;
        qsizetype line = 0;
    };
    QHash<QString, Earlier> byName;
    QHash<QString, Earlier> byEmail;
    QHash<QString, Earlier> byPhone;
    for (int i = 0; i < preview.candidates.size(); ++i) {
        Candidate& candidate = preview.candidates[i];
        if (!candidate.canImport())
            continue;
        const Keys keys = keysOf(candidate);
        const Found stored = findStored(keys, index);
        if (stored.match != Match::None) {
            candidate.existingClientId = stored.id;
            candidate.existingClientName = stored.name;
            candidate.match = stored.match;
            switch (stored.match) {
            case Match::Email:
                candidate.duplicateReason =
                    ClientImporter::tr("Same e-mail address as the client “%1”.").arg(stored.name);
                break;
            case Match::Phone:
                candidate.duplicateReason =
                    ClientImporter::tr("Same phone number as the client “%1”.").arg(stored.name);
                break;
            case Match::Name:
            case Match::None:
                candidate.duplicateReason = ClientImporter::tr("A client named “%1” already exists.").arg(stored.name);
                break;
            }
            candidate.action = Action::Skip;
        } else {
            Earlier earlier;
            Match match = Match::None;
            for (const QString& email : keys.emails) {
                if (byEmail.contains(email)) {
                    earlier = byEmail.value(email);
                    match = Match::Email;
                    break;
                }
            }
            for (qsizetype k = 0; match == Match::None && k < keys.phones.size(); ++k) {
                if (byPhone.contains(keys.phones.at(k))) {
                    earlier = byPhone.value(keys.phones.at(k));
                    match = Match::Phone;
                }
            }
            if (match == Match::None && byName.contains(keys.name)) {
                earlier = byName.value(keys.name);
                match = Match::Name;
            }
            if (match != Match::None) {
                candidate.duplicateOfCandidate = earlier.candidate;
                candidate.match = match;
                switch (match) {
                case Match::Email:
                    candidate.duplicateReason = ClientImporter::tr("Same e-mail address as “%1”, line %2 of this file.")
                                                    .arg(earlier.name)
                                                    .arg(earlier.line);
                    break;
                case Match::Phone:
                    candidate.duplicateReason = ClientImporter::tr("Same phone number as “%1”, line %2 of this file.")
                                                    .arg(earlier.name)
                                                    .arg(earlier.line);
                    break;
                case Match::Name:
                case Match::None:
                    candidate.duplicateReason =
                        ClientImporter::tr("Same name as line %1 of this file.").arg(earlier.line);
                    break;
                }
                candidate.action = Action::Skip;
            }
        }
        const Earlier self{i, candidate.client.name, candidate.line};
        if (!keys.name.isEmpty() && !byName.contains(keys.name))
            byName.insert(keys.name, self);
        for (const QString& email : keys.emails) {
            if (!byEmail.contains(email))
                byEmail.insert(email, self);
        }
        for (const QString& phone : keys.phones) {
            if (!byPhone.contains(phone))
                byPhone.insert(phone, self);
        }
    }
}

} // namespace

ClientImporter::ClientImporter(Database& database)
    : m_db(database)
{
}

int ClientImporter::Preview::count(Action action) const
{
    return static_cast<int>(std::count_if(candidates.cbegin(), candidates.cend(),
                                          [action](const Candidate& c) { return c.action == action; }));
}

int ClientImporter::Preview::duplicateCount() const
{
    return static_cast<int>(
        std::count_if(candidates.cbegin(), candidates.cend(), [](const Candidate& c) { return c.isDuplicate(); }));
}

QString ClientImporter::matchText(Match match)
{
    switch (match) {
    case Match::None:
        return QString();
    case Match::Name:
        return tr("Name", "duplicate found by");
    case Match::Email:
        return tr("E-mail", "duplicate found by");
    case Match::Phone:
        return tr("Phone", "duplicate found by");
    }
    return QString();
}

// --- Preview ------------------------------------------------------------------------------------------

Result<ClientImporter::Preview> ClientImporter::previewVCard(const QByteArray& bytes) const
{
    const Result<QList<VCard>> cards = VCardReader::parse(bytes);
    if (!cards)
        return cards.error();
    QList<SourceRecord> records;
    records.reserve(cards->size());
    for (const VCard& card : cards.value()) {
        SourceRecord record;
        record.card = card;
        record.line = card.line;
        records.append(record);
    }
    Preview preview;
    preview.format = Format::VCard;
    preview.candidates = buildCandidates(records);
    const Result<Index> index = loadIndex(m_db);
    if (!index)
        return index.error();
    flagDuplicates(preview, index.value());
    return preview;
}

Result<ClientImporter::Preview> ClientImporter::previewCsv(const QByteArray& bytes) const
{
    const Result<CsvReader::Table> table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    if (table->records.isEmpty()) {
        return Error::make(Error::Kind::Invalid, tr("This file is empty: there is no client to import."),
                           QStringLiteral("no CSV record"));
    }
    const QStringList& header = table->records.first();
    QList<Column> columns;
    Preview preview;
    preview.format = Format::Csv;
    bool hasName = false;
    bool hasFirstName = false;
    bool hasNom = false;
    for (const QString& cell : header) {
        const Column column = columnFor(cell);
        columns.append(column);
        if (column == Column::Ignored) {
            if (!cell.trimmed().isEmpty())
                preview.ignoredColumns.append(cell.trimmed());
            continue;
        }
        hasName = hasName || column == Column::Name || column == Column::FirstName || column == Column::LastName
                  || column == Column::Company || column == Column::Email || column == Column::Phone;
        hasFirstName = hasFirstName || column == Column::FirstName;
        hasNom = hasNom || (column == Column::Name && compactKey(cell) == u"nom");
    }
    const qsizetype headerLine = table->lines.first();
    if (!hasName) {
        return Error::make(Error::Kind::Invalid,
                           tr("Line %1: the first line must name the columns, with at least one Bureau knows, such "
                              "as Name, Company, E-mail or Phone (in English or French). It reads: “%2”.")
                               .arg(headerLine)
                               .arg(header.join(QStringLiteral(", ")).left(120)),
                           QStringLiteral("CSV line %1").arg(headerLine));
    }
    // Outlook's "Title" is "Mr." or "Mme" when a "Job Title" column says the role.
    bool hasJobTitle = false;
    for (const QString& cell : header)
        hasJobTitle = hasJobTitle || compactKey(cell) == u"jobtitle" || compactKey(cell) == u"organizationtitle";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (hasJobTitle && columns.at(i) == Column::Title && compactKey(header.at(i)) == u"title") {
            columns[i] = Column::Ignored;
            preview.ignoredColumns.append(header.at(i).trimmed());
        }
    }
    // "Nom" beside "Prénom" is the family name, as French sheets write it (unless another column is).
    const bool hasLastName = std::find(columns.cbegin(), columns.cend(), Column::LastName) != columns.cend();
    const bool nomIsLastName = hasNom && hasFirstName && !hasLastName;

    QList<SourceRecord> records;
    records.reserve(table->records.size() - 1);
    for (qsizetype r = 1; r < table->records.size(); ++r) {
        const QStringList& row = table->records.at(r);
        const qsizetype line = table->lines.at(r);
        SourceRecord record = recordFromRow(row, columns, line, nomIsLastName);
        records.append(record);
    }
    preview.candidates = buildCandidates(records);
    // Cells beyond the header's columns are not read: say so where it happens.
    for (qsizetype r = 1; r < table->records.size(); ++r) {
        const QStringList& row = table->records.at(r);
        bool extra = false;
        for (qsizetype i = header.size(); i < row.size(); ++i)
            extra = extra || !row.at(i).trimmed().isEmpty();
        if (!extra)
            continue;
        const qsizetype line = table->lines.at(r);
        auto holder = std::find_if(preview.candidates.begin(), preview.candidates.end(),
                                   [line](const Candidate& c) { return c.line == line; });
        if (holder != preview.candidates.end())
            holder->warnings.append(tr("Line %1 has more cells than the first line names; the extra ones were "
                                       "not read.")
                                        .arg(line));
    }
    const Result<Index> index = loadIndex(m_db);
    if (!index)
        return index.error();
    flagDuplicates(preview, index.value());
    return preview;
}

Result<ClientImporter::Preview> ClientImporter::previewFile(const QString& path) const
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return Error::make(Error::Kind::NotFound, tr("The file “%1” does not exist.").arg(path), path);
    }
    if (info.size() > MaxFileBytes) {
        return Error::make(Error::Kind::Invalid,
                           tr("The file “%1” is too large to import (the limit is %2 MB).")
                               .arg(info.fileName())
                               .arg(MaxFileBytes / (1024 * 1024)),
                           QStringLiteral("%1 bytes").arg(info.size()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, tr("The file “%1” cannot be read.").arg(info.fileName()),
                           file.errorString());
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io, tr("The file “%1” cannot be read.").arg(info.fileName()),
                           file.errorString());

    const QString suffix = info.suffix().toLower();
    bool vcard = suffix == u"vcf" || suffix == u"vcard";
    if (!vcard && suffix != u"csv" && suffix != u"txt" && suffix != u"tsv") {
        bool unicode = false;
        const QByteArray head = TextDecoding::toUtf8IfUnicode(bytes.left(4096), &unicode).trimmed();
        vcard = head.left(11).compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0;
    }
    return vcard ? previewVCard(bytes) : previewCsv(bytes);
}

// --- Commit ---------------------------------------------------------------------------------------------

Result<ClientImporter::Summary> ClientImporter::commit(const Preview& preview)
{
    QList<Action> actions;
    actions.reserve(preview.candidates.size());
    for (const Candidate& candidate : preview.candidates)
        actions.append(candidate.action);
    return commit(preview, actions);
}

Result<ClientImporter::Summary> ClientImporter::commit(const Preview& preview, const QList<Action>& actions)
{
    if (actions.size() != preview.candidates.size()) {
        return Error::make(
            Error::Kind::Invalid, tr("The choices do not match the preview: preview the file again."),
            QStringLiteral("%1 actions for %2 candidates").arg(actions.size()).arg(preview.candidates.size()));
    }
    Summary summary;
    ClientRepository repository(m_db);
    const auto failure = [](const Candidate& candidate, const Error& error) {
        return Error::make(
            error.kind,
            tr("Line %1: “%2” cannot be imported: %3").arg(candidate.line).arg(candidate.client.name, error.message),
            error.detail);
    };

    const Status status = m_db.write([&]() -> Status {
        // Read the stored clients again inside the transaction: one added since the preview (by
        // another window or bureau-cli) must not be duplicated without the user having seen it.
        const Result<Index> index = loadIndex(m_db);
        if (!index)
            return index.error();
        for (qsizetype i = 0; i < preview.candidates.size(); ++i) {
            const Candidate& candidate = preview.candidates.at(i);
            const Action action = actions.at(i);
            if (action == Action::Skip) {
                ++summary.skipped;
                continue;
            }
            if (!candidate.canImport()) {
                return failure(candidate, Error::make(Error::Kind::Invalid, candidate.problem));
            }
            if (action == Action::Import) {
                const Found now = findStored(keysOf(candidate), index.value());
                if (now.match != Match::None && now.id != candidate.existingClientId) {
                    return Error::make(Error::Kind::Conflict,
                                       tr("Line %1: “%2” would duplicate the client “%3”, stored since the preview. "
                                          "Preview the file again.")
                                           .arg(candidate.line)
                                           .arg(candidate.client.name, now.name),
                                       QStringLiteral("client %1").arg(now.id));
                }
                Client client = candidate.client;
                client.id = 0;
                const Result<qint64> id = repository.addInTransaction(client);
                if (!id)
                    return failure(candidate, id.error());
                summary.createdClientIds.append(id.value());
                ++summary.imported;
                for (Contact contact : candidate.contacts) {
                    contact.id = 0;
                    contact.clientId = id.value();
                    const Result<qint64> contactId = repository.addContactInTransaction(contact);
                    if (!contactId)
                        return failure(candidate, contactId.error());
                    ++summary.contacts;
                }
                continue;
            }
            // Merge: the candidate's people join the stored client, unless already there.
            if (candidate.existingClientId == 0) {
                return failure(candidate,
                               Error::make(Error::Kind::Invalid, tr("It duplicates no stored client to merge into.")));
            }
            Result<QList<Contact>> existing = repository.contacts(candidate.existingClientId);
            if (!existing)
                return failure(candidate, existing.error());
            const Result<Client> target = repository.load(candidate.existingClientId);
            if (!target)
                return failure(candidate, target.error());
            for (Contact contact : candidate.contacts) {
                const bool known = std::any_of(existing->cbegin(), existing->cend(), [&](const Contact& other) {
                    return TextFold::fold(other.name) == TextFold::fold(contact.name)
                           || (!contact.email.isEmpty()
                               && other.email.compare(contact.email, Qt::CaseInsensitive) == 0);
                });
                if (known)
                    continue;
                contact.id = 0;
                contact.clientId = candidate.existingClientId;
                contact.primary = false;
                const Result<qint64> contactId = repository.addContactInTransaction(contact);
                if (!contactId)
                    return failure(candidate, contactId.error());
                existing->append(contact);
                ++summary.contacts;
            }
            ++summary.merged;
        }
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

} // namespace Bureau
