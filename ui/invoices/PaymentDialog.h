// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PaymentService.h"
#include "ui/clients/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Bureau
{

struct AppContext;

/**
 * Records a payment received from a client (or, in refund mode, money paid back to them) and
 * spreads it over the client's outstanding invoices: the table proposes PaymentService's
 * allocation (oldest due first), each line can be unticked or its amount changed, and what is left
 * is said live ("€X will be kept as the client’s credit") — never silently dropped. The client's
 * existing credit can be used on the selected invoice. The date is today in the user's zone and
 * cannot be in the future; the amount is in the client's currency, with the euros received asked
 * for when it is another one. PaymentService's refusals show in the dialog, which stays open.
 */
class PaymentDialog : public RecordDialog
{
    Q_OBJECT

public:
    PaymentDialog(AppContext& context, qint64 clientId, qint64 documentId, QWidget* parent = nullptr);

    /**
     * Shows the dialog for @p clientId (0: the user chooses the client) with @p documentId
     * preselected (0: none); true when a payment was stored (or the client's credit used).
     */
    static bool record(AppContext& context, qint64 clientId, qint64 documentId, QWidget* parent,
                       const QString& currency = {});
    /**
     * Shows the dialog in refund mode for @p clientId in @p currency with @p amountCents (their
     * credit) filled in; true when the refund was stored.
     */
    static bool recordRefund(AppContext& context, qint64 clientId, const QString& currency, qint64 amountCents,
                             QWidget* parent);
    /** Works in @p currency rather than the client's usual one (a credit or an invoice in another). */
    void useCurrency(const QString& currency);
    /** Switches to refund mode with @p amountCents filled in and spread over the overpaid invoices. */
    void startRefund(qint64 amountCents);

    /** Tests: the fields, the allocation table, the live sentences. */
    QComboBox* clientPicker() const { return m_client; }
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* refundBox() const { return m_refund; }
    QLineEdit* amountField() const { return m_amount; }
    QLineEdit* eurField() const { return m_eur; }
    QComboBox* methodPicker() const { return m_method; }
    QLineEdit* referenceField() const { return m_reference; }
    QTableWidget* allocationTable() const { return m_table; }
    QLabel* remainderLabel() const { return m_remainder; }
    QLabel* creditLabel() const { return m_credit; }
    QPushButton* useCreditButton() const { return m_useCredit; }
    QLabel* refusalLabel() const { return m_refusal; }
    /** Ticks (or unticks) the line of @p documentId and sets its amount (text as typed). */
    void setAllocation(qint64 documentId, bool checked, const QString& amount = {});
    /** The allocations as they stand (ticked lines with an amount that reads). */
    QList<Payment::Allocation> allocations() const;
    /** The payment as typed (not stored). */
    Payment payment() const;
    /** The payment as stored, once recorded. */
    const Payment& saved() const { return m_saved; }
    /** Uses the client's credit on the selected line (what "Use credit" does). */
    void useCredit();

protected:
    bool save() override;
    void retranslateUi() override;

private:
    struct Line
    {
        qint64 documentId = 0;
        QString number;
        QDate dueDate;
        /** Positive: owed by the client; negative (refund mode): owed to them. */
        qint64 outstandingCents = 0;
    };

    void clientChanged();
    void applyCurrency();
    void loadLines();
    void fillTable();
    void amountEdited();
    void propose();
    void updateRemainder();
    void updateCredit();
    std::optional<qint64> typedCents() const;
    std::optional<qint64> lineCents(int row) const;
    QDate today() const;
    QString format(qint64 cents) const;

    AppContext& m_context;
    qint64 m_clientId = 0;
    qint64 m_documentId = 0;
    QString m_currency = QStringLiteral("EUR");
    QList<Line> m_lines;
    qint64 m_creditCents = 0;
    bool m_creditUsed = false;
    bool m_filling = false;
    Payment m_saved;

    QComboBox* m_client = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_refund = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_currencyLabel = nullptr;
    QLineEdit* m_eur = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_remainder = nullptr;
    QLabel* m_credit = nullptr;
    QPushButton* m_useCredit = nullptr;
    QLabel* m_refusal = nullptr;
};

} // namespace Bureau
