// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "ui/widgets/StatusPillDelegate.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

class QAbstractItemModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace Bureau
{

class Database;
class EmptyState;

/** Small pieces the client screens share: zones, dates, pill tones, record lists. */
namespace ClientUi
{

/** Rows of record lists and the client table: 30 px, on the 8 px grid with the text's own padding. */
constexpr int kRowHeight = 30;

/** The user's zone: the business profile's, else the system's. */
QTimeZone userTimeZone(Database& database);

/** "27 Nov 2026" in the interface's language; empty for an invalid date. */
QString formatDate(const QDate& date);
/** "27 Nov 2026 14:05" of @p utcMs in @p zone. */
QString formatDateTime(qint64 utcMs, const QTimeZone& zone);
/** "14:05" of @p utcMs in @p zone. */
QString formatTime(qint64 utcMs, const QTimeZone& zone);
/** A file size for people: "820 bytes", "1.4 MB". */
QString formatSize(qint64 bytes);

StatusPillDelegate::Tone tone(Client::Status status);
StatusPillDelegate::Tone tone(Mission::Status status);
StatusPillDelegate::Tone tone(Task::Status status);
StatusPillDelegate::Tone tone(Task::Priority priority);
/** A delegate that colours client statuses by their stored key. */
StatusPillDelegate* clientStatusDelegate(QObject* parent);
StatusPillDelegate* missionStatusDelegate(QObject* parent);
StatusPillDelegate* taskStatusDelegate(QObject* parent);
StatusPillDelegate* taskPriorityDelegate(QObject* parent);
StatusPillDelegate* accessStatusDelegate(QObject* parent);

/** A read-only table of whole rows (one selected at a time, alternating, at the lists' row height) over @p model. */
QTableView* createTable(QWidget* parent, QAbstractItemModel* model, const QString& objectName);

/** A list of records as the client page shows them: columns, comfortable rows, sortable, no tree decoration. */
QTreeWidget* createRecordList(QWidget* parent, const QString& objectName);
/** Appends a row of @p texts with the record's id (Qt::UserRole of column 0) and the row height. */
QTreeWidgetItem* addRecordRow(QTreeWidget* list, const QStringList& texts, qint64 id);
/** The id of the current row, 0 when none. */
qint64 currentRecordId(const QTreeWidget* list);

/** Flat, quiet headers and frames for the client table and record lists, from @p palette's colours. */
QString listStyleSheet(const QPalette& palette);

/**
 * Works around two defects of the shared EmptyState (reported to the lead): its wrapped sentence
 * is laid out narrower than it is measured, so its second line is cut; and Icons::themed() drops
 * the alpha of the muted colour, so the icon is drawn solid black. Gives the sentence its width
 * and draws the icon in an opaque muted colour.
 */
void polishEmptyState(EmptyState* state, const QString& iconName);

/** mailto: and tel: links for a label; plain escaped text when empty. */
QString emailLink(const QString& address);
QString phoneLink(const QString& typed, const QString& e164);

} // namespace ClientUi

} // namespace Bureau
