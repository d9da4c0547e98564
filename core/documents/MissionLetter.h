// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/domain/BusinessProfile.h"
#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

/** Everything a letter of engagement prints: a snapshot, so that the letter does not read the database. */
struct MissionLetterData
{
    BusinessProfile seller;
    Client client;
    Mission mission;
    /** Who signs for the client ("Jeanne Roy, gérante"); empty leaves the line to be filled in. */
    QString clientSignatory;
    /** The logo file, absolute (BusinessProfile::logoPath resolved against the data folder); empty for none. */
    QString logoFile;
    /** The date the letter bears (today in the user's zone, from the caller's Clock); required. */
    QDate date;
    /** "fr" or "en"; empty: the client's document language. */
    QString language;
};

/**
 * The "lettre de mission" (letter of engagement) of a mission (issue 4): the parties, the purpose
 * and scope, the period, the agreed working slots in the mission's zone and in the seller's, the
 * billing terms of the mission's mode with amounts in the document's locale, the payment terms
 * (with the late-payment mentions for professional clients), the reporting cadence, and a
 * signature block for each party. Written in the client's language, whatever the interface speaks,
 * through DocumentRenderer.
 *
 * Its text is the letter's own (context "MissionLetter" of the catalogues, through
 * DocumentLanguage), not the interface's labels: it does not depend on Mission's or Client's
 * display texts. Errors are in the interface's language.
 */
class MissionLetter final
{
    Q_DECLARE_TR_FUNCTIONS(MissionLetter)

public:
    /** The document, ready for DocumentRenderer; an error naming what is missing (a rate, a fee…). */
    static Result<DocumentModel> build(const MissionLetterData& data);
    /** The PDF bytes. */
    static Result<QByteArray> render(const MissionLetterData& data);
    /** Writes the PDF to @p pdfPath through QSaveFile: the file is whole or untouched. */
    static Status write(const MissionLetterData& data, const QString& pdfPath);

    /**
     * Weekly slots agreed in @p fromZone, as they fall in @p toZone during the week of @p week
     * (the offset between two zones moves when one changes to or from daylight saving time and the
     * other does not). A slot that crosses midnight in @p toZone is cut in two at midnight. Sorted
     * by weekday and start. Unknown zones give the slots unchanged.
     */
    static QList<WorkingSlot> slotsInZone(const QList<WorkingSlot>& weekly, const QString& fromZone,
                                          const QString& toZone, const QDate& week);
    /**
     * One line per group of days that share the same hours, in @p language:
     * "Monday to Friday: 09:00–12:00", "Saturday: 10:00–12:00, 14:00–16:00".
     */
    static QStringList describeSlots(const QList<WorkingSlot>& weekly, const DocumentLanguage& language);
};

} // namespace Bureau
