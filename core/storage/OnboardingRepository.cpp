// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OnboardingRepository.h"

#include "core/Clock.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

constexpr int kMaxLabelLength = 200;

/** Set in `meta` once a template is stored: from then on an empty template is the user's choice. */
const QString kSeededKey = QStringLiteral("onboarding_template_stored");

} // namespace

OnboardingRepository::OnboardingRepository(Database& database)
    : m_db(database)
{
}

QString OnboardingRepository::ruleHoldsSql(const QString& ruleExpression, const QString& clientIdExpression)
{
    const QString& c = clientIdExpression;
    return QString(QStringLiteral("(CASE ") + ruleExpression
                   + QStringLiteral(" WHEN 'accesses' THEN EXISTS (SELECT 1 FROM client_accesses ob_a WHERE "
                                    "ob_a.client_id = ")
                   + c
                   + QStringLiteral(" AND ob_a.revoked_at IS NULL) WHEN 'contract' THEN EXISTS (SELECT 1 FROM "
                                    "client_files ob_f WHERE ob_f.client_id = ")
                   + c
                   + QStringLiteral(" AND ob_f.category = 'contract') WHEN 'mission' THEN EXISTS (SELECT 1 FROM "
                                    "missions ob_m WHERE ob_m.client_id = ")
                   + c
                   + QStringLiteral(" AND ob_m.status = 'active') WHEN 'reception' THEN EXISTS (SELECT 1 FROM "
                                    "reception_instructions ob_r WHERE ob_r.client_id = ")
                   + c + QStringLiteral(") ELSE FALSE END)"));
}

QString OnboardingRepository::doneCountSql(const QString& clientIdColumn)
{
    return QString(QStringLiteral("(SELECT COUNT(*) FROM client_onboarding ob_i WHERE ob_i.client_id = ")
                   + clientIdColumn + QStringLiteral(" AND (ob_i.done_at IS NOT NULL OR ")
                   + ruleHoldsSql(QStringLiteral("ob_i.rule"), clientIdColumn) + QStringLiteral("))"));
}

QString OnboardingRepository::totalCountSql(const QString& clientIdColumn)
{
    return QString(QStringLiteral("(SELECT COUNT(*) FROM client_onboarding ob_t WHERE ob_t.client_id = ")
                   + clientIdColumn + QStringLiteral(")"));
}

QList<OnboardingItem> OnboardingRepository::defaultTemplate()
{
    using Rule = OnboardingItem::Rule;
    const QList<std::pair<QString, Rule>> defaults{
        {tr("Contract signed"), Rule::Contract},   {tr("Accesses received and stored"), Rule::Accesses},
        {tr("Procedures documented"), Rule::None}, {tr("Reception instructions written"), Rule::Reception},
        {tr("Mission set up"), Rule::Mission},     {tr("Weekly check-in scheduled"), Rule::None},
    };
    QList<OnboardingItem> items;
    for (const auto& [label, rule] : defaults) {
        OnboardingItem item;
        item.label = label;
        item.rule = rule;
        item.position = int(items.size());
        items.append(item);
    }
    return items;
}

Result<bool> OnboardingRepository::templateSeeded() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meta WHERE key = ?) "
                                 "OR EXISTS (SELECT 1 FROM onboarding_template)"));
    query.addBindValue(kSeededKey);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The onboarding checklist cannot be read."), query.lastError());
    const bool seeded = query.value(0).toBool();
    query.finish();
    return seeded;
}

Result<QList<OnboardingItem>> OnboardingRepository::storedTemplate() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, label, rule, position FROM onboarding_template ORDER BY position, id")))
        return Database::sqlError(tr("The onboarding checklist cannot be read."), query.lastError());
    QList<OnboardingItem> items;
    while (query.next()) {
        OnboardingItem item;
        item.id = query.value(0).toLongLong();
        item.label = query.value(1).toString();
        const auto rule = OnboardingItem::ruleFromKey(query.value(2).toString());
        item.position = query.value(3).toInt();
        if (!rule)
            return Error::make(Error::Kind::Corrupt, tr("The onboarding checklist in the database is damaged."),
                               QStringLiteral("template item %1").arg(item.id));
        item.rule = *rule;
        items.append(item);
    }
    query.finish();
    return items;
}

Result<QList<OnboardingItem>> OnboardingRepository::templateItems() const
{
    auto seeded = templateSeeded();
    if (!seeded)
        return seeded.error();
    if (!seeded.value())
        return defaultTemplate();
    return storedTemplate();
}

Status OnboardingRepository::writeTemplate(const QList<OnboardingItem>& items)
{
    QSqlQuery query(m_db.connection());
    const QString failed = tr("The onboarding checklist cannot be saved.");
    if (!query.exec(QStringLiteral("DELETE FROM onboarding_template")))
        return Database::sqlError(failed, query.lastError());
    query.prepare(QStringLiteral("INSERT INTO onboarding_template (label, rule, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        query.addBindValue(items[i].label.trimmed());
        query.addBindValue(OnboardingItem::ruleKey(items[i].rule));
        query.addBindValue(int(i));
        if (!query.exec())
            return Database::sqlError(failed, query.lastError());
    }
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(kSeededKey);
    if (!query.exec())
        return Database::sqlError(failed, query.lastError());
    return {};
}

Status OnboardingRepository::saveTemplate(const QList<OnboardingItem>& items)
{
    for (const OnboardingItem& item : items) {
        const QString label = item.label.trimmed();
        if (label.isEmpty())
            return Error::make(Error::Kind::Invalid,
                               tr("The onboarding checklist was not saved: every item needs a label."));
        if (label.size() > kMaxLabelLength || label.contains(u'\n') || label.contains(u'\r'))
            return Error::make(Error::Kind::Invalid,
                               tr("The onboarding checklist was not saved: each label fits on one line of at most %n "
                                  "characters.",
                                  "", kMaxLabelLength));
    }
    return m_db.write([&]() -> Status { return writeTemplate(items); });
}

Status OnboardingRepository::startForClient(qint64 clientId)
{
    return m_db.write([&]() -> Status { return startForClientInTransaction(clientId); });
}

Status OnboardingRepository::startForClientInTransaction(qint64 clientId)
{
    const QString failed = tr("The onboarding checklist of the client cannot be created.");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?), "
                                 "EXISTS (SELECT 1 FROM client_onboarding WHERE client_id = ?)"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(failed, query.lastError());
    const bool clientExists = query.value(0).toBool();
    const bool started = query.value(1).toBool();
    query.finish();
    if (!clientExists)
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(clientId));
    if (started)
        return {};

    // The default template is stored in the language of this moment, so that every client gets
    // the same labels whatever language the interface later switches to.
    auto seeded = templateSeeded();
    if (!seeded)
        return seeded.error();
    if (!seeded.value()) {
        if (Status written = writeTemplate(defaultTemplate()); !written)
            return written;
    }
    query.prepare(QStringLiteral("INSERT INTO client_onboarding (client_id, label, rule, position) "
                                 "SELECT ?, label, rule, position FROM onboarding_template ORDER BY position, id"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(failed, query.lastError());
    return {};
}

Result<QList<OnboardingRepository::Step>> OnboardingRepository::items(qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ob_i.id, ob_i.label, ob_i.rule, ob_i.position, ob_i.done_at, ")
                          + ruleHoldsSql(QStringLiteral("ob_i.rule"), QStringLiteral("ob_i.client_id"))
                          + QStringLiteral(" FROM client_onboarding ob_i WHERE ob_i.client_id = ? "
                                           "ORDER BY ob_i.position, ob_i.id")));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The onboarding checklist cannot be read."), query.lastError());
    QList<Step> steps;
    while (query.next()) {
        Step step;
        step.item.id = query.value(0).toLongLong();
        step.item.clientId = clientId;
        step.item.label = query.value(1).toString();
        const auto rule = OnboardingItem::ruleFromKey(query.value(2).toString());
        step.item.position = query.value(3).toInt();
        step.item.doneAtMs = query.value(4).isNull() ? 0 : query.value(4).toLongLong();
        step.byRule = query.value(5).toBool();
        if (!rule)
            return Error::make(Error::Kind::Corrupt, tr("The onboarding checklist in the database is damaged."),
                               QStringLiteral("client item %1").arg(step.item.id));
        step.item.rule = *rule;
        step.done = step.byRule || step.item.doneAtMs != 0;
        steps.append(step);
    }
    query.finish();
    return steps;
}

Status OnboardingRepository::setDone(qint64 itemId, bool done)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        // Ticking an item already ticked keeps the time it was first ticked.
        query.prepare(done ? QStringLiteral("UPDATE client_onboarding SET done_at = COALESCE(done_at, ?) WHERE id = ?")
                           : QStringLiteral("UPDATE client_onboarding SET done_at = NULL WHERE id = ?"));
        if (done)
            query.addBindValue(m_db.clock().nowMs());
        query.addBindValue(itemId);
        if (!query.exec())
            return Database::sqlError(tr("The onboarding checklist cannot be saved."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("No onboarding item has the number %1.").arg(itemId));
        return {};
    });
}

Result<OnboardingRepository::Progress> OnboardingRepository::progress(qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + doneCountSql(QStringLiteral("c.id")) + QStringLiteral(", ")
                          + totalCountSql(QStringLiteral("c.id")) + QStringLiteral(" FROM clients c WHERE c.id = ?")));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The onboarding checklist cannot be read."), query.lastError());
    Progress progress;
    if (query.next()) {
        progress.done = query.value(0).toInt();
        progress.total = query.value(1).toInt();
    }
    query.finish();
    return progress;
}

} // namespace Bureau
