// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/VatRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Bureau
{

class Database;

/**
 * Revenue and the micro-entrepreneur's obligations (issue 6, DESIGN.md):
 * - invoiced (issued invoices and deposits, less issued credit notes, by issue date; net before
 *   VAT, in euros: EUR documents as they are, others at their stored rate when they have one) and
 *   collected (euros received, net of refunds, by date received) per month, quarter or year;
 * - the cash-basis figure to declare to URSSAF for a period: euros received net of refunds, less
 *   the share of VAT and disbursements (débours) in the amounts allocated to invoices (each
 *   allocation prorated on its invoice's totals, rounded half away from zero); unallocated credit
 *   counts in full when received;
 * - the receipts register (livre des recettes): every payment in date order with its client,
 *   invoice references, euros, method and reference; as CSV (formulas neutralised) and PDF;
 * - the franchise thresholds of a year and the turnover in France so far (VatRules::FranchiseTurnover).
 * Aggregates come from SQL (indexes by date), never a per-row query.
 */
class RevenueReport final
{
    Q_DECLARE_TR_FUNCTIONS(RevenueReport)

public:
    enum class Granularity
    {
        Month,
        Quarter,
        Year,
    };

    struct Row
    {
        /** The first day of the period. */
        QDate periodStart;
        /** "novembre 2026", "T4 2026", "2026" in the interface language. */
        QString label;
        qint64 invoicedNetEurCents = 0;
        qint64 invoicedTotalEurCents = 0;
        qint64 collectedEurCents = 0;
    };

    struct Receipt
    {
        qint64 paymentId = 0;
        QDate receivedOn;
        QString clientName;
        /** The invoice numbers the payment went to, comma-separated; empty for an advance. */
        QString references;
        qint64 eurCents = 0;
        QString method;
        QString reference;
    };

    explicit RevenueReport(Database& database);

    /** One row per period overlapping [from, to], empty periods included, in order. */
    Result<QList<Row>> revenue(QDate from, QDate to, Granularity granularity) const;
    /** The URSSAF figure for [from, to] (a month or a quarter), in euro cents. */
    Result<qint64> urssafTurnover(QDate from, QDate to) const;
    Result<QList<Receipt>> receipts(QDate from, QDate to) const;
    /** The register as CSV (UTF-8, header row, ISO dates, plain amounts). */
    Result<QByteArray> receiptsCsv(QDate from, QDate to) const;
    /** The register as a PDF in @p language ("fr"/"en"); needs a QGuiApplication. */
    Result<QByteArray> receiptsPdf(QDate from, QDate to, const QString& language) const;

    /** The thresholds of @p year (the latest year stored before it when none) and its turnover in France. */
    Result<VatRules::FranchiseTurnover> franchiseTurnover(int year) const;
    /** Stores a year's thresholds (editable data). */
    Status setThresholds(int year, qint64 baseCents, qint64 higherCents);

private:
    Database& m_db;
};

} // namespace Bureau
