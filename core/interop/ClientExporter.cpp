// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/ClientExporter.h"

#include "core/domain/TextFold.h"
#include "core/interop/VCardWriter.h"
#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace Bureau
{

namespace
{

/** TYPE values for a free label ("Work", "Bureau, poste 12", "Mobile"), in English or French. */
QStringList typesForLabel(const QString& label)
{
    QStringList types;
    for (const QString& word : TextFold::words(label)) {
        if (word == u"work" || word == u"travail" || word == u"bureau" || word == u"pro" || word == u"office")
            types.append(QStringLiteral("work"));
        else if (word == u"home" || word == u"domicile" || word == u"perso" || word == u"personnel" || word == u"maison"
                 || word == u"private")
            types.append(QStringLiteral("home"));
        else if (word == u"mobile" || word == u"portable" || word == u"cell" || word == u"gsm")
            types.append(QStringLiteral("cell"));
        else if (word == u"fax" || word == u"telecopie")
            types.append(QStringLiteral("fax"));
    }
    types.removeDuplicates();
    return types;
}

/** "Jean-Paul de La Fontaine" → given "Jean-Paul de La", family "Fontaine": the last word is the family name. */
VCard::Name splitName(const QString& name)
{
    const QString simplified = name.simplified();
    const qsizetype space = simplified.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return VCard::Name{simplified, QString(), QString(), QString(), QString()};
    return VCard::Name{simplified.mid(space + 1), simplified.left(space), QString(), QString(), QString()};
}

QString uid(const QUuid& uidNamespace, const char* kind, qint64 id)
{
    if (uidNamespace.isNull() || id == 0)
        return {};
    const QUuid uuid = QUuid::createUuidV5(uidNamespace, QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(id));
    return QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

} // namespace

ClientExporter::ClientExporter(Database& database)
    : m_db(database)
{
}

QList<VCard> ClientExporter::toVCards(const Client& client, const QList<Contact>& contacts, const QUuid& uidNamespace)
{
    QList<VCard> cards;
    VCard card;
    card.version = QStringLiteral("4.0");
    card.formattedName = client.name;
    if (client.kind == Client::Kind::Company) {
        card.organization = client.name;
        card.organizationCard = true;
    } else {
        card.name = splitName(client.name);
    }
    for (qsizetype i = 0; i < client.emails.size(); ++i) {
        QStringList types = typesForLabel(client.emails.at(i).label);
        if (i == 0)
            types.append(QStringLiteral("pref"));
        card.emails.append(VCard::Typed{client.emails.at(i).value, types});
    }
    for (qsizetype i = 0; i < client.phones.size(); ++i) {
        QStringList types = typesForLabel(client.phones.at(i).label);
        if (i == 0)
            types.append(QStringLiteral("pref"));
        card.phones.append(VCard::Typed{client.phones.at(i).value, types});
    }
    if (!client.addressLines.isEmpty() || !client.postalCode.isEmpty() || !client.city.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(client.country);
        const QString country =
            territory == QLocale::AnyTerritory ? client.country : QLocale::territoryToString(territory);
        card.addresses.append(VCard::Address{QString(),
                                             QString(),
                                             client.addressLines.join(QLatin1Char('\n')),
                                             client.city,
                                             QString(),
                                             client.postalCode,
                                             country,
                                             {QStringLiteral("work")}});
    }
    if (!client.website.isEmpty())
        card.urls.append(client.website);
    card.note = client.notes;
    card.categories = client.tags;
    card.uid = uid(uidNamespace, "client", client.id);
    cards.append(card);

    if (client.kind != Client::Kind::Company)
        return cards;
    for (const Contact& contact : contacts) {
        VCard person;
        person.version = QStringLiteral("4.0");
        person.formattedName = contact.name;
        person.name = splitName(contact.name);
        person.organization = client.name;
        person.title = contact.role;
        if (!contact.email.isEmpty())
            person.emails.append(VCard::Typed{contact.email, {QStringLiteral("work")}});
        if (!contact.phone.isEmpty())
            person.phones.append(VCard::Typed{contact.phone, {QStringLiteral("work")}});
        person.note = contact.notes;
        person.uid = uid(uidNamespace, "contact", contact.id);
        cards.append(person);
    }
    return cards;
}

Result<QByteArray> ClientExporter::vCard(const QList<qint64>& clientIds) const
{
    ClientRepository repository(m_db);
    const QUuid uidNamespace = QUuid::fromString(m_db.uuid());
    QList<VCard> cards;
    for (const qint64 id : clientIds) {
        const Result<Client> client = repository.load(id);
        if (!client)
            return client.error();
        const Result<QList<Contact>> contacts = repository.contacts(id);
        if (!contacts)
            return contacts.error();
        cards += toVCards(client.value(), contacts.value(), uidNamespace);
    }
    return VCardWriter::write(cards, VCardWriter::Version::V40);
}

Result<QByteArray> ClientExporter::clientListCsv(bool includeArchived, const CsvWriter::Options& options) const
{
    ClientListModel model(m_db);
    model.setShowArchived(includeArchived);
    return tableCsv(model, options);
}

QByteArray ClientExporter::tableCsv(QAbstractItemModel& model, const CsvWriter::Options& options)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    CsvWriter writer(options);
    const int columns = model.columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writer.addRow(header);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        QList<CsvWriter::Cell> cells;
        cells.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant raw = model.data(index, RawValueRole);
            const bool number = raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::Int
                                || raw.typeId() == QMetaType::Double;
            cells.append(CsvWriter::Cell{model.data(index, Qt::DisplayRole).toString(), number});
        }
        writer.addRow(cells);
    }
    return writer.data();
}

} // namespace Bureau
