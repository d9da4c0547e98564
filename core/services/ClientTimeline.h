// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace Bureau
{

class Database;

/**
 * What happened with a client, newest first, merged from every area that records something about
 * it: interactions, tasks (created, completed), missions (start), attached files, accesses
 * (granted, revoked), time worked (one line per time entry, at its start). Events, calls and
 * invoices join as their issues land: each
 * source is one function in sources() (ClientTimeline.cpp), which reads its own table.
 *
 * Also home to formatInstant(): an instant shown in the user's zone and the client's.
 */
class ClientTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(ClientTimeline)

public:
    enum class Kind
    {
        Interaction,
        TaskCreated,
        TaskCompleted,
        MissionStarted,
        FileAdded,
        AccessGranted,
        AccessRevoked,
        /** A time entry: "1h30 — Monthly bookkeeping", the mission as detail. */
        TimeWorked,
    };

    struct Entry
    {
        /** UTC ms. A mission's start is midnight of its first day in the mission's zone. */
        qint64 whenMs = 0;
        Kind kind = Kind::Interaction;
        /** One line, translated: "Call: Quarterly review", "Task completed: Send the invoices". */
        QString title;
        /** More, when there is more (an interaction's body, a task's mission, a file's category). */
        QString detail;
        /** The table the entry comes from ("interactions", "tasks"…) and the row's id there. */
        QString sourceTable;
        qint64 id = 0;
        /** A finer code within the kind: the interaction's kind key ("call"…), else empty. */
        QString subKind;

        friend bool operator==(const Entry&, const Entry&) = default;
    };

    explicit ClientTimeline(Database& database);

    /** The client's entries, newest first (ties: by kind, then id, descending), at most @p limit. */
    Result<QList<Entry>> entries(qint64 clientId, int limit = 200) const;

    /** "interaction", "task-created", … for logs and `--json`. */
    static QString kindKey(Kind kind);

    /**
     * An instant for people, in the user's zone and, when it differs, the client's:
     * "27 Nov 2026 11:00 (Paris) · 05:00 (Montreal)"; the client's side repeats the date when it
     * falls on another day. With the same zone twice (or no valid client zone): "27 Nov 2026 11:00".
     */
    static QString formatInstant(qint64 utcMs, const QTimeZone& userZone, const QTimeZone& clientZone,
                                 const QLocale& locale = QLocale());
    /** The place a zone is named after: "Europe/Paris" → "Paris", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
    static QString zoneCity(const QTimeZone& zone);

private:
    using Source = std::function<Status(const ClientTimeline&, qint64 clientId, int limit, QList<Entry>& out)>;
    /** The sources of entries, in one place: add one here when a new area records client events. */
    static const QList<Source>& sources();

    Status interactions(qint64 clientId, int limit, QList<Entry>& out) const;
    Status tasks(qint64 clientId, int limit, QList<Entry>& out) const;
    Status missions(qint64 clientId, int limit, QList<Entry>& out) const;
    Status files(qint64 clientId, int limit, QList<Entry>& out) const;
    Status accesses(qint64 clientId, int limit, QList<Entry>& out) const;
    Status timeEntries(qint64 clientId, int limit, QList<Entry>& out) const;

    Database& m_db;
};

} // namespace Bureau
