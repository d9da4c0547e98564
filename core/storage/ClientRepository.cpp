// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ClientRepository.h"

#include "core/Clock.h"
#include "core/domain/TextFold.h"
#include "core/storage/Database.h"
#include "core/storage/WriteResult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

// Column order shared by the SELECT of a client and readClient().
const QString kClientColumns = QStringLiteral(
    "id, name, kind, professional, legal_form, siret, vat_number, address, postal_code, city, country, "
    "email, phone, phone_e164, website, language, timezone, currency, hourly_rate_cents, payment_terms_days, "
    "rounding_minutes, rounding_mode, rounding_scope, status, notes, archived, created_at, updated_at");

const QString kContactColumns = QStringLiteral(
    "id, client_id, name, role, email, phone, phone_e164, preferred_channel, is_primary, notes, created_at, "
    "updated_at");

// Empty text is stored as '', never NULL (a null QString binds as NULL).
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

/** SQLITE_CONSTRAINT_FOREIGNKEY (787), or its text when the driver gives no extended code. */
bool isForeignKeyFailure(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code == 787)
        return true;
    return error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"), Qt::CaseInsensitive)
           || error.text().contains(QLatin1String("FOREIGN KEY constraint failed"), Qt::CaseInsensitive);
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

/** A query that reads as a phone number: digits and separators, a leading "+", no letter. */
bool isPhoneLike(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c >= u'0' && c <= u'9') || c.isSpace() || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')'
            || (c == u'+' && i == 0))
            continue;
        return false;
    }
    return true;
}

/** One FTS5 phrase: the word between double quotes, its own quotes doubled. */
QString ftsPhrase(QString word)
{
    word.replace(u'"', QStringLiteral("\"\""));
    return QString(u'"' + word + u'"');
}

/** The smallest text greater than every text starting with @p prefix (code point order = UTF-8 order). */
QString prefixUpperBound(const QString& prefix)
{
    QString upper = prefix;
    const QChar last = upper.back();
    if (last.isSurrogate() || last.unicode() == 0xFFFF) {
        const char32_t max = 0x10FFFF;
        upper += QChar(QChar::highSurrogate(max));
        upper += QChar(QChar::lowSurrogate(max));
    } else {
        upper.back() = QChar(static_cast<char16_t>(last.unicode() + 1));
    }
    return upper;
}

QString contactFieldLabel(const QString& field)
{
    if (field == Contact::Field::name)
        return ClientRepository::tr("Name");
    if (field == Contact::Field::email)
        return ClientRepository::tr("E-mail");
    if (field == Contact::Field::phone)
        return ClientRepository::tr("Phone");
    return field;
}

QString describeContact(const QList<FieldError>& errors)
{
    QStringList sentences;
    for (const FieldError& error : errors)
        sentences << ClientRepository::tr("%1: %2").arg(contactFieldLabel(error.field), error.message);
    return sentences.join(u' ');
}

QString fieldList(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", ")));
}

Contact readContact(const QSqlQuery& query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.clientId = query.value(1).toLongLong();
    contact.name = query.value(2).toString();
    contact.role = query.value(3).toString();
    contact.email = query.value(4).toString();
    contact.phone = query.value(5).toString();
    contact.phoneE164 = query.value(6).toString();
    contact.preferredChannel = Contact::channelFromKey(query.value(7).toString()).value_or(Contact::Channel::None);
    contact.primary = query.value(8).toBool();
    contact.notes = query.value(9).toString();
    contact.createdAtMs = query.value(10).toLongLong();
    contact.updatedAtMs = query.value(11).toLongLong();
    return contact;
}

} // namespace

ClientRepository::ClientRepository(Database& database)
    : m_db(database)
{
}

namespace
{

/**
 * The 25 columns a client's INSERT and UPDATE both write, in this order: name, kind, professional,
 * legal_form, siret, vat_number, address, postal_code, city, country, email, phone, phone_e164,
 * website, language, timezone, currency, hourly_rate_cents, payment_terms_days, rounding_minutes,
 * rounding_mode, rounding_scope, status, notes, archived.
 */
void bindClientColumns(QSqlQuery& query, const Client& row)
{
    query.addBindValue(row.name);
    query.addBindValue(Client::kindKey(row.kind));
    query.addBindValue(row.professional ? 1 : 0);
    query.addBindValue(notNull(row.legalForm));
    query.addBindValue(notNull(row.siret));
    query.addBindValue(notNull(row.vatNumber));
    query.addBindValue(notNull(row.addressLines.join(u'\n')));
    query.addBindValue(notNull(row.postalCode));
    query.addBindValue(notNull(row.city));
    query.addBindValue(row.country);
    query.addBindValue(notNull(row.mainEmail()));
    query.addBindValue(notNull(row.mainPhone()));
    query.addBindValue(notNull(row.phones.isEmpty() ? QString() : row.phones.first().e164));
    query.addBindValue(notNull(row.website));
    query.addBindValue(row.language);
    query.addBindValue(row.timeZone);
    query.addBindValue(row.currency);
    query.addBindValue(row.hourlyRate.isValid() ? QVariant(row.hourlyRate.cents()) : nullInt());
    query.addBindValue(row.paymentTermsDays ? QVariant(*row.paymentTermsDays) : nullInt());
    query.addBindValue(row.rounding.stepMinutes);
    query.addBindValue(RoundingRule::modeKey(row.rounding.mode));
    query.addBindValue(RoundingRule::scopeKey(row.rounding.scope));
    query.addBindValue(Client::statusKey(row.status));
    query.addBindValue(notNull(row.notes));
    query.addBindValue(row.archived ? 1 : 0);
}

} // namespace

// ---- Clients -----------------------------------------------------------------------------------

Result<qint64> ClientRepository::add(const Client& client)
{
    return writeResult(m_db, [&] { return addInTransaction(client); });
}

Result<qint64> ClientRepository::addInTransaction(const Client& client)
{
    const Client row = client.normalized();
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The client was not saved. %1").arg(describe(errors)),
                           fieldList(errors));

    const qint64 now = m_db.clock().nowMs();
    const qint64 created = row.createdAtMs > 0 ? row.createdAtMs : now;
    const qint64 updated = row.updatedAtMs > 0 ? row.updatedAtMs : created;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO clients (name, kind, professional, legal_form, siret, vat_number, address, postal_code, city, "
        "country, email, phone, phone_e164, website, language, timezone, currency, hourly_rate_cents, "
        "payment_terms_days, rounding_minutes, rounding_mode, rounding_scope, status, notes, archived, archived_at, "
        "name_folded, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindClientColumns(query, row);
    query.addBindValue(row.archived ? QVariant(now) : nullInt());
    query.addBindValue(notNull(TextFold::fold(row.name)));
    query.addBindValue(created);
    query.addBindValue(updated);
    if (!query.exec())
        return Database::sqlError(tr("The client cannot be saved."), query.lastError());
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();

    if (auto channels = writeChannels(id, row); !channels)
        return channels.error();
    if (auto tagged = writeTags(id, row.tags); !tagged)
        return tagged.error();
    if (auto indexed = reindexInTransaction(id); !indexed)
        return indexed.error();
    return id;
}

Status ClientRepository::update(const Client& client)
{
    return m_db.write([&]() -> Status { return updateInTransaction(client); });
}

Status ClientRepository::updateInTransaction(const Client& client)
{
    const Client row = client.normalized();
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The client was not saved. %1").arg(describe(errors)),
                           fieldList(errors));

    const qint64 now = m_db.clock().nowMs();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE clients SET name = ?, kind = ?, professional = ?, legal_form = ?, siret = ?, vat_number = ?, "
        "address = ?, postal_code = ?, city = ?, country = ?, email = ?, phone = ?, phone_e164 = ?, website = ?, "
        "language = ?, timezone = ?, currency = ?, hourly_rate_cents = ?, payment_terms_days = ?, "
        "rounding_minutes = ?, rounding_mode = ?, rounding_scope = ?, status = ?, notes = ?, archived = ?, "
        "archived_at = CASE WHEN ? = 1 THEN coalesce(archived_at, ?) ELSE NULL END, name_folded = ?, "
        "updated_at = ? WHERE id = ?"));
    bindClientColumns(query, row);
    query.addBindValue(row.archived ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(notNull(TextFold::fold(row.name)));
    query.addBindValue(now);
    query.addBindValue(row.id);
    if (!query.exec())
        return Database::sqlError(tr("The client cannot be saved."), query.lastError());
    if (query.numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no client with id %1.").arg(row.id));
    query.finish();

    if (auto channels = writeChannels(row.id, row); !channels)
        return channels;
    if (auto tagged = writeTags(row.id, row.tags); !tagged)
        return tagged;
    if (auto pruned = pruneTags(); !pruned)
        return pruned;
    return reindexInTransaction(row.id);
}

Result<Client> ClientRepository::load(qint64 id) const
{
    return loadInTransaction(id);
}

Result<Client> ClientRepository::loadInTransaction(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + kClientColumns + QStringLiteral(" FROM clients WHERE id = ?")));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("The client cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("There is no client with id %1.").arg(id));

    Client client;
    int column = 0;
    const auto value = [&]() { return query.value(column++); };
    const auto text = [&]() { return query.value(column++).toString(); };
    client.id = value().toLongLong();
    client.name = text();
    const QString kind = text();
    client.professional = value().toBool();
    client.legalForm = text();
    client.siret = text();
    client.vatNumber = text();
    const QString address = text();
    client.addressLines = address.isEmpty() ? QStringList() : address.split(u'\n');
    client.postalCode = text();
    client.city = text();
    client.country = text();
    const QString mainEmail = text();
    const QString mainPhone = text();
    const QString mainPhoneE164 = text();
    client.website = text();
    client.language = text();
    client.timeZone = text();
    client.currency = text();
    const QVariant rate = value();
    const QVariant terms = value();
    client.rounding.stepMinutes = value().toInt();
    const QString roundingMode = text();
    const QString roundingScope = text();
    const QString status = text();
    client.notes = text();
    client.archived = value().toBool();
    client.createdAtMs = value().toLongLong();
    client.updatedAtMs = value().toLongLong();
    query.finish();

    const auto kindValue = Client::kindFromKey(kind);
    const auto statusValue = Client::statusFromKey(status);
    const auto modeValue = RoundingRule::modeFromKey(roundingMode);
    const auto scopeValue = RoundingRule::scopeFromKey(roundingScope);
    if (!kindValue || !statusValue || !modeValue || !scopeValue) {
        return Error::make(Error::Kind::Corrupt, tr("The client %1 in the database is damaged.").arg(id),
                           QStringLiteral("kind \"%1\", status \"%2\", rounding \"%3\"/\"%4\"")
                               .arg(kind, status, roundingMode, roundingScope));
    }
    client.kind = *kindValue;
    client.status = *statusValue;
    client.rounding.mode = *modeValue;
    client.rounding.scope = *scopeValue;
    if (!rate.isNull())
        client.hourlyRate = Money::fromCents(rate.toLongLong(), client.currency);
    if (!terms.isNull())
        client.paymentTermsDays = terms.toInt();

    QSqlQuery channels(m_db.connection());
    channels.setForwardOnly(true);
    channels.prepare(QStringLiteral("SELECT kind, value, e164, label FROM client_channels WHERE client_id = ? "
                                    "ORDER BY kind, position, id"));
    channels.addBindValue(id);
    if (!channels.exec())
        return Database::sqlError(tr("The client cannot be read."), channels.lastError());
    while (channels.next()) {
        ContactChannel channel{channels.value(1).toString(), channels.value(2).toString(),
                               channels.value(3).toString()};
        if (channels.value(0).toString() == u"email") {
            channel.e164.clear();
            client.emails << channel;
        } else {
            client.phones << channel;
        }
    }
    channels.finish();
    // Rows written before version 5 (or by raw SQL) have their main e-mail and phone only.
    if (client.emails.isEmpty() && !mainEmail.isEmpty())
        client.emails << ContactChannel{mainEmail, QString(), QString()};
    if (client.phones.isEmpty() && !mainPhone.isEmpty())
        client.phones << ContactChannel{mainPhone, mainPhoneE164, QString()};

    QSqlQuery tagQuery(m_db.connection());
    tagQuery.setForwardOnly(true);
    tagQuery.prepare(QStringLiteral("SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id "
                                    "WHERE ct.client_id = ? ORDER BY t.name COLLATE NOCASE"));
    tagQuery.addBindValue(id);
    if (!tagQuery.exec())
        return Database::sqlError(tr("The client cannot be read."), tagQuery.lastError());
    while (tagQuery.next())
        client.tags << tagQuery.value(0).toString();
    tagQuery.finish();
    return client;
}

Result<QList<Client>> ClientRepository::findByName(const QString& name) const
{
    const QString typed = name.simplified();
    QList<Client> exact;
    QList<Client> folded;
    if (typed.isEmpty())
        return exact;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // name_folded covers accents; the NOCASE match also finds rows whose folded name is not kept.
    query.prepare(
        QStringLiteral("SELECT id FROM clients WHERE name_folded = ? OR name = ? COLLATE NOCASE ORDER BY id"));
    query.addBindValue(TextFold::fold(typed));
    query.addBindValue(typed);
    if (!query.exec())
        return Database::sqlError(tr("The clients cannot be read."), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    for (const qint64 id : std::as_const(ids)) {
        auto client = load(id);
        if (!client)
            return client.error();
        if (client->name.compare(typed, Qt::CaseInsensitive) == 0)
            exact << *client;
        else
            folded << *client;
    }
    return exact.isEmpty() ? folded : exact;
}

Result<Client> ClientRepository::resolve(const QString& idOrName) const
{
    const QString text = idOrName.trimmed();
    if (text.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Name a client by its id or by its name."));
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto byId = load(id);
        if (byId || byId.error().kind != Error::Kind::NotFound)
            return byId;
    }
    auto byName = findByName(text);
    if (!byName)
        return byName.error();
    if (byName->size() == 1)
        return byName->constFirst();
    if (byName->isEmpty()) {
        if (isNumber)
            return Error::make(Error::Kind::NotFound, tr("There is no client with id or name “%1”.").arg(text));
        return Error::make(Error::Kind::NotFound, tr("There is no client named “%1”.").arg(text));
    }
    QStringList ids;
    for (const Client& client : std::as_const(*byName))
        ids << QString::number(client.id);
    return Error::make(Error::Kind::Conflict,
                       tr("Several clients are named “%1” (ids %2): name the one you mean by its id.")
                           .arg(text, ids.join(QStringLiteral(", "))),
                       QString(QStringLiteral("ambiguous name; ids ") + ids.join(u',')));
}

Status ClientRepository::setArchived(qint64 id, bool archived)
{
    return m_db.write([&]() -> Status {
        const qint64 now = m_db.clock().nowMs();
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE clients SET archived = ?, archived_at = CASE WHEN ? = 1 THEN "
                                     "coalesce(archived_at, ?) ELSE NULL END, updated_at = ? WHERE id = ?"));
        query.addBindValue(archived ? 1 : 0);
        query.addBindValue(archived ? 1 : 0);
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The client cannot be archived."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("There is no client with id %1.").arg(id));
        return {};
    });
}

Result<QStringList> ClientRepository::remove(qint64 id)
{
    QStringList credentials;
    auto written = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return Database::sqlError(tr("The client cannot be deleted."), query.lastError());
        if (query.value(0).toLongLong() == 0)
            return Error::make(Error::Kind::NotFound, tr("There is no client with id %1.").arg(id));
        query.finish();

        query.prepare(QStringLiteral("SELECT credential_name FROM client_accesses WHERE client_id = ? "
                                     "AND credential_name IS NOT NULL AND credential_name <> '' ORDER BY id"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The client cannot be deleted."), query.lastError());
        while (query.next())
            credentials << query.value(0).toString();
        query.finish();

        query.prepare(QStringLiteral("DELETE FROM client_search WHERE rowid = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The client cannot be deleted."), query.lastError());

        query.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec()) {
            if (isForeignKeyFailure(query.lastError())) {
                return Error::make(
                    Error::Kind::Conflict,
                    tr("This client has documents (quotes, invoices, credit notes): archive it instead."),
                    query.lastError().text());
            }
            return Database::sqlError(tr("The client cannot be deleted."), query.lastError());
        }
        return pruneTags();
    });
    if (!written) {
        credentials.clear();
        return written.error();
    }
    return credentials;
}

// ---- Tags and channels -------------------------------------------------------------------------

Result<QStringList> ClientRepository::tags() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE, id")))
        return Database::sqlError(tr("The tags cannot be read."), query.lastError());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    query.finish();
    return names;
}

Status ClientRepository::writeChannels(qint64 clientId, const Client& client)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM client_channels WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The client’s e-mails and phones cannot be saved."), query.lastError());
    query.prepare(QStringLiteral(
        "INSERT INTO client_channels (client_id, kind, value, e164, label, position) VALUES (?, ?, ?, ?, ?, ?)"));
    const auto insert = [&](const QString& kind, const QList<ContactChannel>& channels) -> Status {
        for (qsizetype i = 0; i < channels.size(); ++i) {
            const ContactChannel& channel = channels.at(i);
            query.addBindValue(clientId);
            query.addBindValue(kind);
            query.addBindValue(channel.value);
            query.addBindValue(notNull(channel.e164));
            query.addBindValue(notNull(channel.label));
            query.addBindValue(static_cast<int>(i));
            if (!query.exec())
                return Database::sqlError(tr("The client’s e-mails and phones cannot be saved."), query.lastError());
        }
        return {};
    };
    if (auto emails = insert(QStringLiteral("email"), client.emails); !emails)
        return emails;
    return insert(QStringLiteral("phone"), client.phones);
}

Status ClientRepository::writeTags(qint64 clientId, const QStringList& tags)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM client_tags WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The client’s tags cannot be saved."), query.lastError());
    QSqlQuery insertTag(m_db.connection());
    // tags.name is UNIQUE COLLATE NOCASE: "vip" joins an existing "VIP".
    insertTag.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    QSqlQuery link(m_db.connection());
    link.prepare(QStringLiteral("INSERT INTO client_tags (client_id, tag_id) SELECT ?, id FROM tags WHERE name = ? "
                                "ON CONFLICT DO NOTHING"));
    for (const QString& tag : tags) {
        insertTag.addBindValue(tag);
        if (!insertTag.exec())
            return Database::sqlError(tr("The client’s tags cannot be saved."), insertTag.lastError());
        link.addBindValue(clientId);
        link.addBindValue(tag);
        if (!link.exec())
            return Database::sqlError(tr("The client’s tags cannot be saved."), link.lastError());
    }
    return {};
}

Status ClientRepository::pruneTags()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM client_tags)")))
        return Database::sqlError(tr("The client’s tags cannot be saved."), query.lastError());
    return {};
}

// ---- Contacts ----------------------------------------------------------------------------------

Result<QList<Contact>> ClientRepository::contacts(qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + kContactColumns
                          + QStringLiteral(" FROM contacts WHERE client_id = ? "
                                           "ORDER BY is_primary DESC, name COLLATE NOCASE, id")));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The contacts cannot be read."), query.lastError());
    QList<Contact> list;
    while (query.next())
        list << readContact(query);
    query.finish();
    return list;
}

Result<Contact> ClientRepository::contact(qint64 contactId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + kContactColumns + QStringLiteral(" FROM contacts WHERE id = ?")));
    query.addBindValue(contactId);
    if (!query.exec())
        return Database::sqlError(tr("The contact cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("There is no contact with id %1.").arg(contactId));
    Contact found = readContact(query);
    query.finish();
    return found;
}

Result<QString> ClientRepository::clientCountry(qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT country FROM clients WHERE id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The client cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("There is no client with id %1.").arg(clientId));
    const QString country = query.value(0).toString();
    query.finish();
    return country;
}

Contact ClientRepository::normalizedContact(const Contact& contact, const QString& country) const
{
    Contact out = contact;
    out.name = contact.name.simplified();
    out.role = contact.role.simplified();
    out.email = contact.email.trimmed();
    out.phone = contact.phone.trimmed();
    out.phoneE164 = out.phone.isEmpty() ? QString() : phoneToE164(out.phone, country);
    out.notes = contact.notes.trimmed();
    return out;
}

Result<qint64> ClientRepository::addContact(const Contact& contact)
{
    return writeResult(m_db, [&] { return addContactInTransaction(contact); });
}

Result<qint64> ClientRepository::addContactInTransaction(const Contact& contact)
{
    auto country = clientCountry(contact.clientId);
    if (!country)
        return country.error();
    const Contact row = normalizedContact(contact, *country);
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The contact was not saved. %1").arg(describeContact(errors)),
                           fieldList(errors));

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE client_id = ?"));
    query.addBindValue(row.clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The contact cannot be saved."), query.lastError());
    const bool first = query.value(0).toLongLong() == 0;
    query.finish();
    const bool primary = first || row.primary;
    if (primary && !first) {
        // One primary contact per client (unique partial index contacts_one_primary): clear, then set.
        query.prepare(QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE client_id = ? AND is_primary = 1"));
        query.addBindValue(row.clientId);
        if (!query.exec())
            return Database::sqlError(tr("The contact cannot be saved."), query.lastError());
    }

    const qint64 now = m_db.clock().nowMs();
    const qint64 created = row.createdAtMs > 0 ? row.createdAtMs : now;
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (client_id, name, role, email, phone, phone_e164, preferred_channel, is_primary, "
        "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(row.clientId);
    query.addBindValue(row.name);
    query.addBindValue(notNull(row.role));
    query.addBindValue(notNull(row.email));
    query.addBindValue(notNull(row.phone));
    query.addBindValue(notNull(row.phoneE164));
    query.addBindValue(Contact::channelKey(row.preferredChannel));
    query.addBindValue(primary ? 1 : 0);
    query.addBindValue(notNull(row.notes));
    query.addBindValue(created);
    query.addBindValue(row.updatedAtMs > 0 ? row.updatedAtMs : created);
    if (!query.exec())
        return Database::sqlError(tr("The contact cannot be saved."), query.lastError());
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    if (auto indexed = reindexInTransaction(row.clientId); !indexed)
        return indexed.error();
    return id;
}

Status ClientRepository::updateContact(const Contact& contact)
{
    return m_db.write([&]() -> Status {
        auto stored = this->contact(contact.id);
        if (!stored)
            return stored.error();
        auto country = clientCountry(stored->clientId);
        if (!country)
            return country.error();
        Contact row = normalizedContact(contact, *country);
        row.clientId = stored->clientId;
        if (const QList<FieldError> errors = row.validate(); !errors.isEmpty())
            return Error::make(Error::Kind::Invalid, tr("The contact was not saved. %1").arg(describeContact(errors)),
                               fieldList(errors));

        QSqlQuery query(m_db.connection());
        const bool primary = stored->primary || row.primary;
        if (primary && !stored->primary) {
            query.prepare(QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE client_id = ? AND is_primary = 1"));
            query.addBindValue(row.clientId);
            if (!query.exec())
                return Database::sqlError(tr("The contact cannot be saved."), query.lastError());
        }
        query.prepare(QStringLiteral("UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, phone_e164 = ?, "
                                     "preferred_channel = ?, is_primary = ?, notes = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(row.name);
        query.addBindValue(notNull(row.role));
        query.addBindValue(notNull(row.email));
        query.addBindValue(notNull(row.phone));
        query.addBindValue(notNull(row.phoneE164));
        query.addBindValue(Contact::channelKey(row.preferredChannel));
        query.addBindValue(primary ? 1 : 0);
        query.addBindValue(notNull(row.notes));
        query.addBindValue(m_db.clock().nowMs());
        query.addBindValue(row.id);
        if (!query.exec())
            return Database::sqlError(tr("The contact cannot be saved."), query.lastError());
        return reindexInTransaction(row.clientId);
    });
}

Status ClientRepository::removeContact(qint64 contactId)
{
    return m_db.write([&]() -> Status {
        auto stored = contact(contactId);
        if (!stored)
            return stored.error();
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
        query.addBindValue(contactId);
        if (!query.exec())
            return Database::sqlError(tr("The contact cannot be deleted."), query.lastError());
        if (stored->primary) {
            query.prepare(QStringLiteral("UPDATE contacts SET is_primary = 1 WHERE id = "
                                         "(SELECT id FROM contacts WHERE client_id = ? ORDER BY id LIMIT 1)"));
            query.addBindValue(stored->clientId);
            if (!query.exec())
                return Database::sqlError(tr("The contact cannot be deleted."), query.lastError());
        }
        return reindexInTransaction(stored->clientId);
    });
}

Status ClientRepository::setPrimaryContact(qint64 clientId, qint64 contactId)
{
    return m_db.write([&]() -> Status {
        auto stored = contact(contactId);
        if (!stored)
            return stored.error();
        if (stored->clientId != clientId)
            return Error::make(Error::Kind::NotFound,
                               tr("The contact %1 is not a contact of the client %2.").arg(contactId).arg(clientId));
        if (stored->primary)
            return {};
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE contacts SET is_primary = 0 WHERE client_id = ? AND is_primary = 1"));
        query.addBindValue(clientId);
        if (!query.exec())
            return Database::sqlError(tr("The primary contact cannot be changed."), query.lastError());
        query.prepare(QStringLiteral("UPDATE contacts SET is_primary = 1 WHERE id = ?"));
        query.addBindValue(contactId);
        if (!query.exec())
            return Database::sqlError(tr("The primary contact cannot be changed."), query.lastError());
        return {};
    });
}

// ---- Search ------------------------------------------------------------------------------------

Result<QList<qint64>> ClientRepository::search(const QString& query, int limit, bool includeArchived) const
{
    const Condition condition = searchCondition(query);
    QStringList where;
    if (!includeArchived)
        where << QStringLiteral("archived = 0");
    if (!condition.isEmpty())
        where << QString(u'(' + condition.sql + u')');
    QString sql = QStringLiteral("SELECT id FROM clients");
    if (!where.isEmpty())
        sql += QString(QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    sql += QStringLiteral(" ORDER BY name_folded, id LIMIT ?");

    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant& value : condition.values)
        select.addBindValue(value);
    select.addBindValue(qMax(0, limit));
    if (!select.exec())
        return Database::sqlError(tr("The clients cannot be searched."), select.lastError());
    QList<qint64> ids;
    while (select.next())
        ids << select.value(0).toLongLong();
    select.finish();
    return ids;
}

ClientRepository::Condition ClientRepository::searchCondition(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return {};

    const QString inIndex = QStringLiteral("id IN (SELECT rowid FROM client_search WHERE ");
    if (isPhoneLike(trimmed)) {
        // "+33 (0)6…": the "(0)" is a trunk prefix, as phoneToE164() reads it.
        QString digits = digitsOf(QString(trimmed).replace(QStringLiteral("(0)"), QStringLiteral(" ")));
        // "06 12…" and "+33 6 12…" both find +33612…: the index holds the phones' digits as
        // typed and in E.164, and a trunk or international "0" is not part of either.
        while (digits.startsWith(u'0'))
            digits.remove(0, 1);
        if (digits.size() >= 3)
            return {QString(inIndex + QStringLiteral("client_search MATCH ?)")), {ftsPhrase(digits)}};
    }

    const QStringList words = TextFold::words(trimmed);
    if (words.isEmpty())
        return {};
    QStringList phrases;
    QStringList shortWords;
    for (const QString& word : words) {
        if (word.size() >= 3)
            phrases << ftsPhrase(word);
        else
            shortWords << word;
    }

    Condition condition;
    if (phrases.isEmpty() && words.size() == 1) {
        // One or two letters: the start of the name, by a range over clients_by_folded_name.
        const QString& prefix = words.constFirst();
        condition.sql = QStringLiteral("name_folded >= ? AND name_folded < ?");
        condition.values << prefix << prefixUpperBound(prefix);
        return condition;
    }

    QStringList terms;
    if (!phrases.isEmpty()) {
        terms << QStringLiteral("client_search MATCH ?");
        condition.values << phrases.join(QStringLiteral(" AND "));
    }
    for (const QString& word : std::as_const(shortWords)) {
        // The start of any word of the folded text, whose words are separated by single spaces.
        terms << QStringLiteral("instr(' ' || body, ?) > 0");
        condition.values << QString(u' ' + word);
    }
    condition.sql = QString(inIndex + terms.join(QStringLiteral(" AND ")) + u')');
    return condition;
}

Status ClientRepository::reindexInTransaction(qint64 clientId)
{
    QStringList parts;
    const auto addPhone = [&parts](const QString& typed, const QString& e164) {
        if (typed.isEmpty())
            return;
        parts << typed << digitsOf(typed);
        if (!e164.isEmpty())
            parts << digitsOf(e164);
    };

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT name, legal_form, city, notes, email, phone, phone_e164 FROM clients WHERE id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The search index cannot be updated."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("There is no client with id %1.").arg(clientId));
    const QString name = query.value(0).toString();
    parts << name << query.value(1).toString() << query.value(2).toString() << query.value(3).toString()
          << query.value(4).toString();
    addPhone(query.value(5).toString(), query.value(6).toString());
    query.finish();

    query.prepare(QStringLiteral("SELECT kind, value, e164 FROM client_channels WHERE client_id = ? "
                                 "AND position > 0 ORDER BY kind, position"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The search index cannot be updated."), query.lastError());
    while (query.next()) {
        if (query.value(0).toString() == u"phone")
            addPhone(query.value(1).toString(), query.value(2).toString());
        else
            parts << query.value(1).toString();
    }
    query.finish();

    query.prepare(
        QStringLiteral("SELECT name, email, phone, phone_e164 FROM contacts WHERE client_id = ? ORDER BY id"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The search index cannot be updated."), query.lastError());
    while (query.next()) {
        parts << query.value(0).toString() << query.value(1).toString();
        addPhone(query.value(2).toString(), query.value(3).toString());
    }
    query.finish();

    query.prepare(QStringLiteral(
        "SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.client_id = ? ORDER BY t.name"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The search index cannot be updated."), query.lastError());
    while (query.next())
        parts << query.value(0).toString();
    query.finish();

    parts.removeAll(QString());
    const QString body = TextFold::foldWords(parts.join(u' '));

    QSqlQuery write(m_db.connection());
    write.prepare(QStringLiteral("UPDATE clients SET name_folded = ? WHERE id = ?"));
    write.addBindValue(notNull(TextFold::fold(name)));
    write.addBindValue(clientId);
    if (!write.exec())
        return Database::sqlError(tr("The search index cannot be updated."), write.lastError());
    write.prepare(QStringLiteral("DELETE FROM client_search WHERE rowid = ?"));
    write.addBindValue(clientId);
    if (!write.exec())
        return Database::sqlError(tr("The search index cannot be updated."), write.lastError());
    write.prepare(QStringLiteral("INSERT INTO client_search (rowid, body) VALUES (?, ?)"));
    write.addBindValue(clientId);
    write.addBindValue(notNull(body));
    if (!write.exec())
        return Database::sqlError(tr("The search index cannot be updated."), write.lastError());
    return {};
}

Result<int> ClientRepository::reindexMissingInTransaction()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM clients WHERE id NOT IN (SELECT rowid FROM client_search) "
                                   "ORDER BY id")))
        return Database::sqlError(tr("The search index cannot be updated."), query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    for (const qint64 id : std::as_const(ids)) {
        if (auto indexed = reindexInTransaction(id); !indexed)
            return indexed.error();
    }
    return static_cast<int>(ids.size());
}

Result<int> ClientRepository::reindexMissing()
{
    {
        // Read first: the common case (nothing missing) takes no write lock.
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id NOT IN "
                                       "(SELECT rowid FROM client_search))"))
            || !query.next())
            return Database::sqlError(tr("The search index cannot be updated."), query.lastError());
        const bool missing = query.value(0).toBool();
        query.finish();
        if (!missing)
            return 0;
    }
    int count = 0;
    auto written = m_db.write([&]() -> Status {
        auto indexed = reindexMissingInTransaction();
        if (!indexed)
            return indexed.error();
        count = *indexed;
        return {};
    });
    if (!written)
        return written.error();
    return count;
}

QString ClientRepository::describe(const QList<FieldError>& errors)
{
    QStringList sentences;
    for (const FieldError& error : errors)
        sentences << tr("%1: %2").arg(Client::fieldLabel(error.field), error.message);
    return sentences.join(u' ');
}

} // namespace Bureau
