// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DocumentSnapshot.h"

#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>

#include <functional>
#include <limits>

namespace Bureau
{

namespace
{

// ---------------------------------------------------------------------------------------------
// Legal wording (DESIGN.md, "Wording that has settled in practice"). These are fixed legal texts
// printed in the *document's* language, not interface strings: they are deliberately not passed
// through tr(), so that a document in English printed by a French interface (and vice versa)
// carries the right wording. French typography: U+00A0 before ":" and "%" and inside "40 €".
// ---------------------------------------------------------------------------------------------

struct MentionText
{
    QLatin1String key;
    const char16_t* french;
    const char16_t* english;
};

const MentionText kMentions[] = {
    {DocumentSnapshot::Mention::category, u"Prestation de services", u"Provision of services"},
    {DocumentSnapshot::Mention::franchise, u"TVA non applicable, art. 293 B du CGI",
     u"VAT not applicable, art. 293 B of the French Tax Code (CGI)"},
    {DocumentSnapshot::Mention::reverseCharge, u"Autoliquidation", u"Reverse charge"},
    {DocumentSnapshot::Mention::outsideEu, u"TVA non applicable, art. 259-1 du CGI",
     u"VAT not applicable, art. 259-1 of the French Tax Code (CGI)"},
    // %1: the yearly rate, formatted for the language ("12,15\u00a0%" / "12.15%").
    {DocumentSnapshot::Mention::latePayment,
     u"En cas de retard de paiement, p\u00e9nalit\u00e9s au taux annuel de %1 (art. L441-10 du Code de commerce)",
     u"Late payment: penalties at an annual rate of %1 (art. L441-10 of the French Commercial Code)"},
    {DocumentSnapshot::Mention::recoveryFee,
     u"Indemnit\u00e9 forfaitaire pour frais de recouvrement\u00a0: 40\u00a0\u20ac (art. D441-5 du Code de commerce)",
     u"Fixed recovery fee for late payment: \u20ac40 (art. D441-5 of the French Commercial Code)"},
    {DocumentSnapshot::Mention::discount, u"Pas d'escompte pour paiement anticip\u00e9",
     u"No discount for early payment"},
    {DocumentSnapshot::Mention::vatOnDebits, u"Option pour le paiement de la taxe d'apr\u00e8s les d\u00e9bits",
     u"Option for payment of VAT on debits"},
};

bool isFrench(const QString& language)
{
    return language != QLatin1String("en");
}

/** 1215 → "12,15 %" (French, U+00A0) or "12.15%" (English); 1000 → "10 %", 1050 → "10,5 %". */
QString formatRate(int basisPoints, const QString& language)
{
    const int whole = basisPoints / 100;
    const int fraction = basisPoints % 100;
    QString number = QString::number(whole);
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        number += (isFrench(language) ? QLatin1Char(',') : QLatin1Char('.')) + digits;
    }
    return isFrench(language) ? QString(number + QStringLiteral("\u00a0%")) : QString(number + QLatin1Char('%'));
}

/** The profile's own wording: `{"key": {"fr": "…", "en": "…"}}`; malformed text means none. */
QJsonObject mentionOverrides(Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT mentions FROM business_profile WHERE id = 1"));
    QString text;
    if (query.exec() && query.next())
        text = query.value(0).toString();
    query.finish();
    if (text.trimmed().isEmpty())
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isObject() ? json.object() : QJsonObject();
}

// --- JSON writing -----------------------------------------------------------------------------

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& item : list)
        out.append(item);
    return out;
}

QJsonValue moneyJson(const Money& money)
{
    if (!money.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("cents"), money.cents()}, {QStringLiteral("currency"), money.currency()}};
}

QJsonArray channelsJson(const QList<ContactChannel>& channels)
{
    QJsonArray out;
    for (const ContactChannel& channel : channels) {
        out.append(QJsonObject{{QStringLiteral("value"), channel.value},
                               {QStringLiteral("e164"), channel.e164},
                               {QStringLiteral("label"), channel.label}});
    }
    return out;
}

QJsonObject sellerJson(const BusinessProfile& p)
{
    return QJsonObject{
        {QStringLiteral("legalName"), p.legalName},
        {QStringLiteral("mention"), BusinessProfile::mentionKey(p.mention)},
        {QStringLiteral("tradeName"), p.tradeName},
        {QStringLiteral("addressLines"), stringArray(p.addressLines)},
        {QStringLiteral("postalCode"), p.postalCode},
        {QStringLiteral("city"), p.city},
        {QStringLiteral("country"), p.country},
        {QStringLiteral("siret"), p.siret},
        {QStringLiteral("vatRegime"), BusinessProfile::vatRegimeKey(p.vatRegime)},
        {QStringLiteral("vatOnDebits"), p.vatOnDebits},
        {QStringLiteral("vatNumber"), p.vatNumber},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("iban"), p.iban},
        {QStringLiteral("bic"), p.bic},
        {QStringLiteral("logoPath"), p.logoPath},
        {QStringLiteral("paymentTermsDays"), p.paymentTermsDays},
        {QStringLiteral("latePenaltyBasisPoints"), p.latePenaltyBasisPoints},
        {QStringLiteral("hourlyRate"), moneyJson(p.hourlyRate)},
        {QStringLiteral("currency"), p.currency},
        {QStringLiteral("timeZone"), p.timeZone},
    };
}

QJsonObject clientJson(const Client& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), Client::kindKey(c.kind)},
        {QStringLiteral("professional"), c.professional},
        {QStringLiteral("legalForm"), c.legalForm},
        {QStringLiteral("siret"), c.siret},
        {QStringLiteral("vatNumber"), c.vatNumber},
        {QStringLiteral("addressLines"), stringArray(c.addressLines)},
        {QStringLiteral("postalCode"), c.postalCode},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("country"), c.country},
        {QStringLiteral("emails"), channelsJson(c.emails)},
        {QStringLiteral("phones"), channelsJson(c.phones)},
        {QStringLiteral("website"), c.website},
        {QStringLiteral("language"), c.language},
        {QStringLiteral("timeZone"), c.timeZone},
        {QStringLiteral("currency"), c.currency},
        {QStringLiteral("hourlyRate"), moneyJson(c.hourlyRate)},
        {QStringLiteral("paymentTermsDays"),
         c.paymentTermsDays ? QJsonValue(*c.paymentTermsDays) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rounding"), QJsonObject{{QStringLiteral("stepMinutes"), c.rounding.stepMinutes},
                                                 {QStringLiteral("mode"), RoundingRule::modeKey(c.rounding.mode)},
                                                 {QStringLiteral("scope"), RoundingRule::scopeKey(c.rounding.scope)}}},
        {QStringLiteral("status"), Client::statusKey(c.status)},
        {QStringLiteral("tags"), stringArray(c.tags)},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("createdAtMs"), c.createdAtMs},
        {QStringLiteral("updatedAtMs"), c.updatedAtMs},
    };
}

// --- JSON reading: every field required and of its type, else the snapshot is corrupt -------

class Reader
{
public:
    explicit Reader(const QJsonObject& object, QString path, QString* failure)
        : m_object(object)
        , m_path(std::move(path))
        , m_failure(failure)
    {
    }

    QJsonValue value(const QString& key, QJsonValue::Type type) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.type() != type)
            fail(key);
        return v;
    }
    QString string(const QString& key) const { return value(key, QJsonValue::String).toString(); }
    bool boolean(const QString& key) const { return value(key, QJsonValue::Bool).toBool(); }
    qint64 integer(const QString& key) const
    {
        const QJsonValue v = value(key, QJsonValue::Double);
        const double d = v.toDouble();
        if (v.isDouble() && (d != static_cast<double>(v.toInteger()) || d < -9.0e15 || d > 9.0e15))
            fail(key);
        return v.toInteger();
    }
    int smallInteger(const QString& key) const
    {
        const qint64 v = integer(key);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            fail(key);
        return static_cast<int>(v);
    }
    QStringList strings(const QString& key) const
    {
        QStringList out;
        const QJsonArray array = value(key, QJsonValue::Array).toArray();
        for (const QJsonValue& item : array) {
            if (!item.isString())
                fail(key);
            out.append(item.toString());
        }
        return out;
    }
    QJsonObject object(const QString& key) const { return value(key, QJsonValue::Object).toObject(); }
    Reader child(const QString& key) const { return Reader(object(key), m_path + QLatin1Char('.') + key, m_failure); }
    bool has(const QString& key) const { return m_object.contains(key); }
    const QJsonObject& json() const { return m_object; }
    template<typename T>
    T key(const QString& name, const std::function<std::optional<T>(const QString&)>& fromKey) const
    {
        const auto parsed = fromKey(string(name));
        if (!parsed) {
            fail(name);
            return T{};
        }
        return *parsed;
    }
    Money money(const QString& name) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isNull())
            return {};
        const Reader amount = child(name);
        const QString currency = amount.string(QStringLiteral("currency"));
        const qint64 cents = amount.integer(QStringLiteral("cents"));
        if (!Money::isValidCurrencyCode(currency)) {
            fail(name);
            return {};
        }
        return Money::fromCents(cents, currency);
    }
    void fail(const QString& key) const
    {
        if (m_failure->isEmpty())
            *m_failure = m_path + QLatin1Char('.') + key;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString* m_failure;
};

QList<ContactChannel> readChannels(const Reader& reader, const QString& key)
{
    QList<ContactChannel> out;
    const QJsonArray array = reader.value(key, QJsonValue::Array).toArray();
    for (const QJsonValue& item : array) {
        if (!item.isObject()) {
            reader.fail(key);
            continue;
        }
        QString ignored;
        const Reader channel(item.toObject(), key, &ignored);
        ContactChannel c;
        c.value = channel.string(QStringLiteral("value"));
        c.e164 = channel.string(QStringLiteral("e164"));
        c.label = channel.string(QStringLiteral("label"));
        if (!ignored.isEmpty())
            reader.fail(key);
        out.append(c);
    }
    return out;
}

BusinessProfile readSeller(const Reader& r)
{
    BusinessProfile p;
    p.legalName = r.string(QStringLiteral("legalName"));
    p.mention = r.key<BusinessProfile::Mention>(QStringLiteral("mention"), &BusinessProfile::mentionFromKey);
    p.tradeName = r.string(QStringLiteral("tradeName"));
    p.addressLines = r.strings(QStringLiteral("addressLines"));
    p.postalCode = r.string(QStringLiteral("postalCode"));
    p.city = r.string(QStringLiteral("city"));
    p.country = r.string(QStringLiteral("country"));
    p.siret = r.string(QStringLiteral("siret"));
    p.vatRegime = r.key<BusinessProfile::VatRegime>(QStringLiteral("vatRegime"), &BusinessProfile::vatRegimeFromKey);
    p.vatOnDebits = r.boolean(QStringLiteral("vatOnDebits"));
    p.vatNumber = r.string(QStringLiteral("vatNumber"));
    p.email = r.string(QStringLiteral("email"));
    p.phone = r.string(QStringLiteral("phone"));
    p.iban = r.string(QStringLiteral("iban"));
    p.bic = r.string(QStringLiteral("bic"));
    p.logoPath = r.string(QStringLiteral("logoPath"));
    p.paymentTermsDays = r.smallInteger(QStringLiteral("paymentTermsDays"));
    p.latePenaltyBasisPoints = r.smallInteger(QStringLiteral("latePenaltyBasisPoints"));
    p.hourlyRate = r.money(QStringLiteral("hourlyRate"));
    p.currency = r.string(QStringLiteral("currency"));
    p.timeZone = r.string(QStringLiteral("timeZone"));
    return p;
}

Client readClient(const Reader& r)
{
    Client c;
    c.id = r.integer(QStringLiteral("id"));
    c.name = r.string(QStringLiteral("name"));
    c.kind = r.key<Client::Kind>(QStringLiteral("kind"), &Client::kindFromKey);
    c.professional = r.boolean(QStringLiteral("professional"));
    c.legalForm = r.string(QStringLiteral("legalForm"));
    c.siret = r.string(QStringLiteral("siret"));
    c.vatNumber = r.string(QStringLiteral("vatNumber"));
    c.addressLines = r.strings(QStringLiteral("addressLines"));
    c.postalCode = r.string(QStringLiteral("postalCode"));
    c.city = r.string(QStringLiteral("city"));
    c.country = r.string(QStringLiteral("country"));
    c.emails = readChannels(r, QStringLiteral("emails"));
    c.phones = readChannels(r, QStringLiteral("phones"));
    c.website = r.string(QStringLiteral("website"));
    c.language = r.string(QStringLiteral("language"));
    c.timeZone = r.string(QStringLiteral("timeZone"));
    c.currency = r.string(QStringLiteral("currency"));
    c.hourlyRate = r.money(QStringLiteral("hourlyRate"));
    if (r.json().value(QStringLiteral("paymentTermsDays")).isNull())
        c.paymentTermsDays = std::nullopt;
    else
        c.paymentTermsDays = r.smallInteger(QStringLiteral("paymentTermsDays"));
    const Reader rounding = r.child(QStringLiteral("rounding"));
    c.rounding.stepMinutes = rounding.smallInteger(QStringLiteral("stepMinutes"));
    c.rounding.mode = rounding.key<RoundingRule::Mode>(QStringLiteral("mode"), &RoundingRule::modeFromKey);
    c.rounding.scope = rounding.key<RoundingRule::Scope>(QStringLiteral("scope"), &RoundingRule::scopeFromKey);
    c.status = r.key<Client::Status>(QStringLiteral("status"), &Client::statusFromKey);
    c.tags = r.strings(QStringLiteral("tags"));
    c.notes = r.string(QStringLiteral("notes"));
    c.archived = r.boolean(QStringLiteral("archived"));
    c.createdAtMs = r.integer(QStringLiteral("createdAtMs"));
    c.updatedAtMs = r.integer(QStringLiteral("updatedAtMs"));
    return c;
}

} // namespace

Result<DocumentSnapshot> DocumentSnapshot::capture(Database& database, const BillingDocument& document,
                                                   BillingDocument::VatCase vatCase, const QString& dataDir)
{
    auto profile = ProfileRepository(database).load();
    if (!profile)
        return profile.error();
    if (!profile->has_value()) {
        return Error::make(Error::Kind::NotFound,
                           tr("Enter your business profile (name, address, SIRET) before issuing a document."));
    }
    auto client = ClientRepository(database).load(document.clientId);
    if (!client)
        return client.error();

    DocumentSnapshot snapshot;
    snapshot.language = document.language;
    snapshot.seller = **profile;
    snapshot.client = *client;
    // Only what a document prints is frozen: the client's private notes and tags are not, so that
    // they never outlive an erasure inside an issued document.
    snapshot.client.notes.clear();
    snapshot.client.tags.clear();

    if (!snapshot.seller.logoPath.isEmpty()) {
        QFile logo(QDir(dataDir).filePath(snapshot.seller.logoPath));
        // A logo file that has gone missing prints no logo: not a reason to refuse an invoice.
        if (logo.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (hash.addData(&logo)) {
                snapshot.logoPath = snapshot.seller.logoPath;
                snapshot.logoSha256 = QString::fromLatin1(hash.result().toHex());
            }
        }
    }

    const QJsonObject overrides = mentionOverrides(database);
    const int rate = snapshot.seller.latePenaltyBasisPoints;
    const auto add = [&](QLatin1String key) {
        QString text;
        const QJsonValue own = overrides.value(key).toObject().value(snapshot.language);
        if (own.isString() && !own.toString().trimmed().isEmpty()) {
            text = own.toString().trimmed();
            if (key == Mention::latePayment && text.contains(QLatin1String("%1")))
                text = text.arg(formatRate(rate, snapshot.language));
        } else {
            text = defaultMention(key, snapshot.language, rate);
        }
        snapshot.mentions.insert(QString(key), text);
    };

    add(Mention::category);
    switch (vatCase) {
    case BillingDocument::VatCase::Vat:
        break;
    case BillingDocument::VatCase::Franchise:
        add(Mention::franchise);
        break;
    case BillingDocument::VatCase::ReverseCharge:
        add(Mention::reverseCharge);
        break;
    case BillingDocument::VatCase::OutsideEu:
        add(Mention::outsideEu);
        break;
    }
    if (snapshot.client.professional) {
        add(Mention::latePayment);
        add(Mention::recoveryFee);
        add(Mention::discount);
    }
    if (snapshot.seller.vatOnDebits && vatCase == BillingDocument::VatCase::Vat)
        add(Mention::vatOnDebits);
    return snapshot;
}

QString DocumentSnapshot::defaultMention(const QString& key, const QString& language, int latePenaltyBasisPoints)
{
    for (const MentionText& mention : kMentions) {
        if (key != mention.key)
            continue;
        QString text = QString::fromUtf16(isFrench(language) ? mention.french : mention.english);
        if (key == Mention::latePayment)
            text = text.arg(formatRate(latePenaltyBasisPoints, language));
        return text;
    }
    return {};
}

QString DocumentSnapshot::toJson() const
{
    QJsonObject mentionsJson;
    for (auto it = mentions.cbegin(); it != mentions.cend(); ++it)
        mentionsJson.insert(it.key(), it.value());
    const QJsonObject json{
        {QStringLiteral("version"), version},           {QStringLiteral("language"), language},
        {QStringLiteral("seller"), sellerJson(seller)}, {QStringLiteral("client"), clientJson(client)},
        {QStringLiteral("logoPath"), logoPath},         {QStringLiteral("logoSha256"), logoSha256},
        {QStringLiteral("mentions"), mentionsJson},
    };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<DocumentSnapshot> DocumentSnapshot::fromJson(const QString& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::make(Error::Kind::Corrupt, tr("The document's frozen data is damaged and cannot be read."),
                           QStringLiteral("snapshot: %1").arg(parseError.errorString()));
    }
    QString failure;
    const Reader root(document.object(), QStringLiteral("snapshot"), &failure);
    const qint64 version = root.integer(QStringLiteral("version"));
    if (!failure.isEmpty() || version != kVersion) {
        return Error::make(Error::Kind::Corrupt,
                           tr("The document's frozen data is in a format this version of Bureau cannot read."),
                           QStringLiteral("snapshot version %1").arg(version));
    }

    DocumentSnapshot snapshot;
    snapshot.version = kVersion;
    snapshot.language = root.string(QStringLiteral("language"));
    snapshot.seller = readSeller(root.child(QStringLiteral("seller")));
    snapshot.client = readClient(root.child(QStringLiteral("client")));
    snapshot.logoPath = root.string(QStringLiteral("logoPath"));
    snapshot.logoSha256 = root.string(QStringLiteral("logoSha256"));
    const QJsonObject mentionsJson = root.object(QStringLiteral("mentions"));
    for (auto it = mentionsJson.constBegin(); it != mentionsJson.constEnd(); ++it) {
        if (!it.value().isString())
            root.fail(QStringLiteral("mentions"));
        snapshot.mentions.insert(it.key(), it.value().toString());
    }
    if (!failure.isEmpty()) {
        return Error::make(Error::Kind::Corrupt, tr("The document's frozen data is damaged and cannot be read."),
                           QStringLiteral("snapshot: bad or missing %1").arg(failure));
    }
    return snapshot;
}

} // namespace Bureau
