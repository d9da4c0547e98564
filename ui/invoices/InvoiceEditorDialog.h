// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BillingDocument.h"
#include "core/domain/BusinessProfile.h"
#include "core/domain/Client.h"
#include "core/domain/InvoiceTotals.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace Bureau
{

struct AppContext;
class FormRows;
class InvoiceLinesModel;

/**
 * Writes a quote, invoice, deposit invoice or credit note draft: client (its language, currency
 * and terms come with it), kind, title, purchase order, service date or period, terms or due
 * date, currency and exchange rate, the lines, the document discount, the deposits to deduct and
 * notes; the totals (InvoiceTotals) and the VAT case the rules decide, live. Save draft, Preview
 * PDF (watermarked) and Issue. An issued document opens read-only.
 */
class InvoiceEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    InvoiceEditorDialog(AppContext& context, const BillingDocument& document, QWidget* parent = nullptr);
    ~InvoiceEditorDialog() override;

    /** Opens stored document @p documentId (read-only when issued); true when something was saved. */
    static bool open(AppContext& context, qint64 documentId, QWidget* parent);
    /** A new draft of @p kind (for @p clientId when not 0); returns the saved id, 0 when cancelled. */
    static qint64 create(AppContext& context, BillingDocument::Kind kind, qint64 clientId, QWidget* parent);

    /** The document as the fields describe it now (totals filled in when they can be computed). */
    BillingDocument document() const;
    /** The stored id once saved (0 before). */
    qint64 savedId() const { return m_document.id; }
    bool isReadOnly() const { return m_readOnly; }
    /** Whether a save or an issue happened (the list must be read again). */
    bool changedSomething() const { return m_changed; }

    /** Checks and stores the draft; false (errors shown inline) when it cannot be. */
    bool saveDraft();
    /** Saves, then issues (InvoiceActions::issue: confirmation, refusals); closes when issued. */
    bool issue();
    /** Saves, then writes the watermarked PDF to @p path (a temporary file opened when empty). */
    QString previewPdf(const QString& path = {});

    /**
     * Copies @p path into the client's files and makes it the receipt of disbursement line @p row;
     * false (the error shown) when it cannot be.
     */
    bool attachReceipt(int row, const QString& path);
    /** Makes the client's file @p fileId (0: none) the receipt of disbursement line @p row. */
    bool setReceipt(int row, qint64 fileId);

    // Tests.
    QComboBox* clientPicker() const { return m_client; }
    QComboBox* kindPicker() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* currencyPicker() const { return m_currency; }
    QLineEdit* exchangeRateEdit() const { return m_rate; }
    QTableView* linesTable() const { return m_table; }
    InvoiceLinesModel* linesModel() const { return m_lines; }
    QListWidget* depositList() const { return m_deposits; }
    FormRows* formRows() const { return m_rows; }
    /** The totals panel's value for @p key: "net", "vat", "disbursements", "total", "deducted", "due". */
    QString totalText(const QString& key) const;
    QString vatCaseText() const;
    QString refusalText() const;
    QString linesErrorText() const;
    QPushButton* saveButton() const { return m_save; }
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* previewButton() const { return m_preview; }
    QToolButton* receiptButton() const { return m_receipt; }

protected:
    void changeEvent(QEvent* event) override;
    void accept() override;
    /** Cancelled: the receipts attached here that no saved draft uses leave the client's files again. */
    void done(int result) override;

private:
    void buildUi();
    void retranslateUi();
    void load(const BillingDocument& document);
    void clientChanged();
    void currencyChanged();
    void kindChanged();
    void fillDeposits();
    void updateTotals();
    void updateLineButtons();
    void setReadOnly(bool readOnly);
    QHash<QString, QString> check() const;
    void showRates();
    void fillReceiptMenu();
    void loadReceiptNames();

    AppContext& m_context;
    BillingDocument m_document;
    std::optional<BusinessProfile> m_profile;
    std::optional<Client> m_clientData;
    bool m_readOnly = false;
    bool m_changed = false;
    bool m_loading = false;

    FormRows* m_rows = nullptr;
    FormRows* m_sideRows = nullptr;
    QLabel* m_banner = nullptr;
    QComboBox* m_client = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_purchaseOrder = nullptr;
    QWidget* m_periodBox = nullptr;
    QDateEdit* m_serviceFrom = nullptr;
    QDateEdit* m_serviceTo = nullptr;
    QLabel* m_periodTo = nullptr;
    QSpinBox* m_terms = nullptr;
    QWidget* m_dueBox = nullptr;
    QCheckBox* m_setDue = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_rate = nullptr;

    QLabel* m_linesTitle = nullptr;
    QTableView* m_table = nullptr;
    InvoiceLinesModel* m_lines = nullptr;
    QToolButton* m_addLine = nullptr;
    QToolButton* m_addDisbursement = nullptr;
    /** Files attached as receipts in this editor (copied into the client's files). */
    QList<qint64> m_attachedReceipts;
    QToolButton* m_receipt = nullptr;
    QMenu* m_receiptMenu = nullptr;
    QToolButton* m_removeLine = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QLabel* m_linesError = nullptr;

    QLabel* m_discountLabel = nullptr;
    QComboBox* m_discountMode = nullptr;
    QLineEdit* m_discount = nullptr;
    QLabel* m_depositsLabel = nullptr;
    QListWidget* m_deposits = nullptr;
    QLabel* m_notesLabel = nullptr;
    QPlainTextEdit* m_notes = nullptr;

    QFormLayout* m_totalsForm = nullptr;
    QHash<QString, QLabel*> m_totalLabels;
    QHash<QString, QLabel*> m_totalValues;
    QWidget* m_ratesBox = nullptr;
    QLabel* m_vatCase = nullptr;
    QLabel* m_refusal = nullptr;

    QPushButton* m_preview = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_issue = nullptr;
};

} // namespace Bureau
