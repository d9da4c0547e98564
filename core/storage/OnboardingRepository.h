// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ClientRecords.h"

#include <QCoreApplication>
#include <QList>

namespace Bureau
{

class Database;

/**
 * The onboarding checklist: the editable template (`onboarding_template`) and each client's copy
 * (`client_onboarding`).
 *
 * An item is done when ticked by hand, or — for an item with a rule — as soon as its rule holds:
 *   - accesses: the client has an access that is not revoked (`client_accesses`);
 *   - contract: a file of category "contract" is attached (`client_files`);
 *   - mission: the client has a mission whose status is "active" (`missions`);
 *   - reception: reception instructions are written (a `reception_instructions` row, which exists
 *     only while they are not empty: ReceptionRepository).
 * These rules are written once, in ruleHoldsSql(); items(), progress() and the client list
 * (doneCountSql(), totalCountSql()) all use it, so they never disagree.
 *
 * Until the user saves a template (or a client is started from it), the template is the default
 * one, in the interface's current language; the first start or save stores it, after which an
 * empty template stays empty.
 */
class OnboardingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingRepository)

public:
    /** One item of a client's checklist and whether it is done. */
    struct Step
    {
        OnboardingItem item;
        /** Ticked by hand or by its rule. */
        bool done = false;
        /** Its rule holds (the UI shows it ticked and says why). */
        bool byRule = false;

        friend bool operator==(const Step&, const Step&) = default;
    };

    struct Progress
    {
        int done = 0;
        int total = 0;

        friend bool operator==(const Progress&, const Progress&) = default;
    };

    explicit OnboardingRepository(Database& database);

    /** The template, in order: the stored one, or the default one (ids 0) when none is stored yet. */
    Result<QList<OnboardingItem>> templateItems() const;
    /** Replaces the whole template (positions follow the list order). Clients' checklists are not touched. */
    Status saveTemplate(const QList<OnboardingItem>& items);
    /** The default template in the current language: contract, accesses, procedures, reception, mission, check-in. */
    static QList<OnboardingItem> defaultTemplate();

    /** Copies the template to the client, unless the client already has a checklist (then does nothing). */
    Status startForClient(qint64 clientId);
    Status startForClientInTransaction(qint64 clientId);

    /** The client's checklist in order, each item with its effective state. */
    Result<QList<Step>> items(qint64 clientId) const;
    /** Ticks or unticks an item by hand. NotFound when no item has that id. */
    Status setDone(qint64 itemId, bool done);
    /** How many of the client's items are done, of how many. */
    Result<Progress> progress(qint64 clientId) const;

    /**
     * SQL expressions for a client list: the number of done items and the number of items of the
     * client whose id is @p clientIdColumn, a qualified column of the outer query ("c.id", never
     * a bare "id", which the subqueries would take as their own). For example
     * `SELECT c.id, <doneCountSql("c.id")>, <totalCountSql("c.id")> FROM clients c`.
     */
    static QString doneCountSql(const QString& clientIdColumn);
    static QString totalCountSql(const QString& clientIdColumn);
    /** Whether the rule in @p ruleExpression (a rule key) holds for the client @p clientIdExpression (boolean). */
    static QString ruleHoldsSql(const QString& ruleExpression, const QString& clientIdExpression);

private:
    Result<QList<OnboardingItem>> storedTemplate() const;
    Result<bool> templateSeeded() const;
    Status writeTemplate(const QList<OnboardingItem>& items);

    Database& m_db;
};

} // namespace Bureau
