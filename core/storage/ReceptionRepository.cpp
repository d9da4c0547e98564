// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ReceptionRepository.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/WriteResult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

constexpr int kMaxTextLength = 100000;

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ReceptionRepository::ReceptionRepository(Database& database)
    : m_db(database)
{
}

Result<ReceptionInstructions> ReceptionRepository::load(qint64 clientId) const
{
    ReceptionInstructions instructions;
    instructions.clientId = clientId;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT greeting, put_through, filtering, hours, urgent_contact, notes, updated_at "
                                 "FROM reception_instructions WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The reception instructions cannot be read."), query.lastError());
    if (query.next()) {
        instructions.greeting = query.value(0).toString();
        instructions.putThrough = query.value(1).toString();
        instructions.filtering = query.value(2).toString();
        instructions.hours = query.value(3).toString();
        instructions.urgentContact = query.value(4).toString();
        instructions.notes = query.value(5).toString();
        instructions.updatedAtMs = query.value(6).toLongLong();
    }
    query.finish();
    query.prepare(
        QStringLiteral("SELECT question, answer FROM reception_answers WHERE client_id = ? ORDER BY position, id"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The reception instructions cannot be read."), query.lastError());
    while (query.next())
        instructions.answers.append(ReceptionAnswer{query.value(0).toString(), query.value(1).toString()});
    query.finish();
    return instructions;
}

Result<ReceptionInstructions> ReceptionRepository::save(const ReceptionInstructions& instructions)
{
    return writeResult(m_db, [&] { return saveInTransaction(instructions); });
}

Result<ReceptionInstructions> ReceptionRepository::saveInTransaction(const ReceptionInstructions& instructions)
{
    ReceptionInstructions row = instructions;
    row.answers.clear();
    for (const ReceptionAnswer& answer : instructions.answers) {
        const ReceptionAnswer trimmed{answer.question.trimmed(), answer.answer.trimmed()};
        if (trimmed.question.isEmpty() && trimmed.answer.isEmpty())
            continue;
        if (trimmed.question.isEmpty())
            return Error::make(Error::Kind::Invalid,
                               tr("The reception instructions were not saved: each standard answer needs its "
                                  "question."));
        row.answers.append(trimmed);
    }
    for (const QString* field :
         {&row.greeting, &row.putThrough, &row.filtering, &row.hours, &row.urgentContact, &row.notes}) {
        if (field->size() > kMaxTextLength)
            return Error::make(Error::Kind::Invalid,
                               tr("The reception instructions were not saved: a text is longer than %n characters.", "",
                                  kMaxTextLength));
    }

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(row.clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The reception instructions cannot be saved."), query.lastError());
    const bool clientExists = query.value(0).toBool();
    query.finish();
    if (!clientExists)
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(row.clientId));

    const auto run = [&query](const QString& sql, const QVariantList& values) {
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        return query.exec();
    };
    const QString failed = tr("The reception instructions cannot be saved.");
    if (!run(QStringLiteral("DELETE FROM reception_answers WHERE client_id = ?"), {row.clientId}))
        return Database::sqlError(failed, query.lastError());

    if (row.isEmpty()) {
        // No row for empty instructions: "written" is "a row exists".
        if (!run(QStringLiteral("DELETE FROM reception_instructions WHERE client_id = ?"), {row.clientId}))
            return Database::sqlError(failed, query.lastError());
        ReceptionInstructions empty;
        empty.clientId = row.clientId;
        return empty;
    }

    row.updatedAtMs = m_db.clock().nowMs();
    if (!run(QStringLiteral("INSERT INTO reception_instructions (client_id, greeting, put_through, filtering, hours, "
                            "urgent_contact, notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (client_id) DO UPDATE SET greeting = excluded.greeting, "
                            "put_through = excluded.put_through, filtering = excluded.filtering, "
                            "hours = excluded.hours, urgent_contact = excluded.urgent_contact, "
                            "notes = excluded.notes, updated_at = excluded.updated_at"),
             {row.clientId, notNull(row.greeting), notNull(row.putThrough), notNull(row.filtering), notNull(row.hours),
              notNull(row.urgentContact), notNull(row.notes), row.updatedAtMs}))
        return Database::sqlError(failed, query.lastError());
    for (qsizetype i = 0; i < row.answers.size(); ++i) {
        if (!run(QStringLiteral("INSERT INTO reception_answers (client_id, question, answer, position) "
                                "VALUES (?, ?, ?, ?)"),
                 {row.clientId, row.answers[i].question, notNull(row.answers[i].answer), int(i)}))
            return Database::sqlError(failed, query.lastError());
    }
    return row;
}

} // namespace Bureau
