// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PaymentService.h"

#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedLayout;
class QStandardItemModel;
class QTableView;

namespace Bureau
{

struct AppContext;
class EmptyState;

/**
 * Invoices › Receivables: what clients still owe, per currency (outstanding, not yet due, overdue
 * 0–30, 31–60, over 60 days: PaymentService::ageing), and the outstanding invoices, most overdue
 * first (PaymentService::receivables), filtered by client and by age. Each row's actions: open the
 * invoice, record a payment, e-mail the client (the number in the subject), call them, copy the
 * row; the selected client's e-mail and phone are shown as links under the table. Below, what is
 * owed *to* clients (PaymentService::credits: overpayments, advances, invoices that credit notes
 * made overpaid), each to pay back (a refund) or to use on one of their invoices.
 */
class ReceivablesView : public QWidget
{
    Q_OBJECT

public:
    /** The age filter. */
    enum class Age
    {
        All,
        NotDue,
        Overdue,
        Days0To30,
        Days31To60,
        Over60,
    };

    explicit ReceivablesView(AppContext& context, QWidget* parent = nullptr);

    /** Reads the receivables again (after a change, here or elsewhere). */
    void refresh();

    /** Tests: the rows shown, the totals strip, the filters, the actions. */
    QTableView* table() const { return m_table; }
    QComboBox* clientCombo() const { return m_client; }
    QComboBox* ageCombo() const { return m_age; }
    /** The value of total card @p card (0 outstanding, 1 not yet due, 2 0–30, 3 31–60, 4 over 60). */
    QString totalText(int card) const;
    /** The receivable of table row @p row (after filtering). */
    PaymentService::Receivable receivableAt(int row) const;
    bool isShowingEmptyState() const;
    void setAgeFilter(Age age);
    void setClientFilter(qint64 clientId);
    /** Selects row @p row. */
    void selectRow(int row);
    /** The actions on the selected row. */
    void openSelected();
    void recordPaymentForSelected();
    void emailSelected();
    void callSelected();
    void copySelected();
    /** What is owed to clients, as listed under the receivables. */
    const QList<PaymentService::ClientCredit>& credits() const { return m_credits; }
    QTableView* creditsTable() const { return m_creditsTable; }
    /** Selects credit row @p row. */
    void selectCredit(int row);
    /** Pays the selected client's credit back (the payment dialog in refund mode, the amount filled in). */
    void refundSelectedCredit();
    /** Opens the payment dialog for the selected credit's client, where the credit pays an invoice. */
    void useSelectedCredit();

    /** The mailto: URL "E-mail the client" opens for @p receivable. */
    static QString mailtoUrl(const PaymentService::Receivable& receivable);

signals:
    /** The user asked to open an invoice. */
    void openDocumentRequested(qint64 documentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
    };

    void retranslateUi();
    void fillClients();
    void fillAges();
    void fillTable();
    void updateTotals();
    void updateActions();
    /** Lists m_credits, the row of @p keep (client, currency) selected again when it is still there. */
    void fillCredits(const std::pair<qint64, QString>& keep);
    int selectedCredit() const;
    int selectedIndex() const;
    QDate today() const;

    AppContext& m_context;
    QList<PaymentService::Receivable> m_all;
    QList<PaymentService::AgeingTotals> m_ageing;
    QList<PaymentService::ClientCredit> m_credits;
    /** Indexes into m_all of the rows shown. */
    QList<int> m_shown;
    QStackedLayout* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QList<Card> m_cards;
    QLabel* m_otherCurrencies = nullptr;
    QLabel* m_clientLabel = nullptr;
    QComboBox* m_client = nullptr;
    QLabel* m_ageLabel = nullptr;
    QComboBox* m_age = nullptr;
    QLabel* m_countLabel = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_contact = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_email = nullptr;
    QPushButton* m_call = nullptr;
    QPushButton* m_copy = nullptr;
    QWidget* m_creditsBox = nullptr;
    QLabel* m_creditsTitle = nullptr;
    QLabel* m_creditsHint = nullptr;
    QStandardItemModel* m_creditsModel = nullptr;
    QTableView* m_creditsTable = nullptr;
    QPushButton* m_refundCredit = nullptr;
    QPushButton* m_useCredit = nullptr;
    bool m_updating = false;
};

} // namespace Bureau
