// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;
class QPalette;

namespace Bureau
{

class Database;

/** Pieces the time screens share: the client, mission and task pickers, durations for people. */
namespace TimeUi
{

/** Rows of the time lists: 30 px, as the client lists. */
constexpr int kRowHeight = 30;

struct ClientChoice
{
    qint64 id = 0;
    QString name;
    /** One of the clients most recently worked for. */
    bool recent = false;
};

/**
 * The clients to pick from: the @p recentCount most recently worked for first, then every active
 * client by name; @p alsoId (a paused client whose timer runs, an entry's client) is added when
 * missing.
 */
QList<ClientChoice> clientChoices(Database& database, int recentCount = 5, qint64 alsoId = 0);

/**
 * Fills a client picker (recent clients, a separator, the others), searchable when editable: typing
 * filters the list by any part of the name. Selects @p selected when given (else none).
 */
void fillClientPicker(QComboBox* picker, const QList<ClientChoice>& choices, qint64 selected);
/** Makes a combo box a searchable picker (editable, no insertion, a contains-completer). */
void makeSearchable(QComboBox* picker);
/** The id of the item whose text is the picker's text (0 when the text names none). */
qint64 pickedId(const QComboBox* picker);
/** Selects the item holding @p id (clears the text when none does). */
void selectId(QComboBox* picker, qint64 id);

/** "No mission" then the client's missions that have not ended (and @p keepId even if ended). Returns the count of missions. */
int fillMissionPicker(QComboBox* picker, Database& database, qint64 clientId, qint64 keepId);
/** "No task" then the client's open tasks (and @p keepId even if done). Returns the count of tasks. */
int fillTaskPicker(QComboBox* picker, Database& database, qint64 clientId, qint64 keepId);

/** Flat headers and frames for the time tables (as the client lists), and the Week/Day/All switch. */
QString styleSheet(const QPalette& palette);

/** "1h30" in the interface's locale; "0h00" for zero. */
QString formatMinutes(qint64 minutes);
/** "1:02:07": a running timer's elapsed time, to the second. */
QString formatElapsed(qint64 ms);

} // namespace TimeUi

} // namespace Bureau
