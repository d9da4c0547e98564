// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/InvoiceEditorDialog.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/services/ClientFileStore.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"
#include "ui/invoices/InvoiceActions.h"
#include "ui/invoices/InvoiceLinesModel.h"
#include "ui/shell/AppContext.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace Bureau
{

namespace
{

/** The editor's title for a new document: one full phrase per kind (French nouns have genders). */
QString newHeading(BillingDocument::Kind kind)
{
    switch (kind) {
    case BillingDocument::Kind::Quote:
        return InvoiceEditorDialog::tr("New quote");
    case BillingDocument::Kind::Deposit:
        return InvoiceEditorDialog::tr("New deposit invoice");
    case BillingDocument::Kind::CreditNote:
        return InvoiceEditorDialog::tr("New credit note");
    case BillingDocument::Kind::Invoice:
        break;
    }
    return InvoiceEditorDialog::tr("New invoice");
}

QString draftHeading(BillingDocument::Kind kind)
{
    switch (kind) {
    case BillingDocument::Kind::Quote:
        return InvoiceEditorDialog::tr("Draft quote");
    case BillingDocument::Kind::Deposit:
        return InvoiceEditorDialog::tr("Draft deposit invoice");
    case BillingDocument::Kind::CreditNote:
        return InvoiceEditorDialog::tr("Draft credit note");
    case BillingDocument::Kind::Invoice:
        break;
    }
    return InvoiceEditorDialog::tr("Draft invoice");
}

const QStringList kCurrencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                              QStringLiteral("CHF"), QStringLiteral("CAD")};
const QString kTotalKeys[] = {QStringLiteral("net"),      QStringLiteral("vat"),      QStringLiteral("disbursements"),
                              QStringLiteral("total"),    QStringLiteral("deducted"), QStringLiteral("due")};
constexpr int kDepositIdRole = Qt::UserRole + 1;
constexpr int kDepositAmountRole = Qt::UserRole + 2;

QString money(qint64 cents, const QString& currency)
{
    return Money::fromCents(cents, currency).format(QLocale());
}

/** "0.921234" → 921234 millionths; nullopt when it is not a positive number. */
std::optional<qint64> parseRate(QString text)
{
    text = text.trimmed().replace(u',', u'.');
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > 1e6)
        return std::nullopt;
    return static_cast<qint64>(std::llround(value * 1e6));
}

QString rateText(qint64 micros)
{
    if (micros <= 0)
        return {};
    QString text = QLocale().toString(static_cast<double>(micros) / 1e6, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(QLocale().decimalPoint()))
        text.chop(QLocale().decimalPoint().size());
    return text;
}

} // namespace

InvoiceEditorDialog::InvoiceEditorDialog(AppContext& context, const BillingDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_document(document)
{
    setObjectName(QStringLiteral("invoiceEditor"));
    if (auto profile = ProfileRepository(context.database).load(); profile && profile.value())
        m_profile = *profile.value();
    buildUi();
    retranslateUi();
    load(document);
    setReadOnly(!document.isDraft());
    resize(980, 620);
}

InvoiceEditorDialog::~InvoiceEditorDialog()
{
    // Hiding commits a cell still being edited: let it land while every member is alive, and
    // compute nothing more.
    m_loading = true;
    m_rows->setCheck({});
    m_sideRows->setCheck({});
    hide();
    disconnect(m_lines, nullptr, this, nullptr);
}

bool InvoiceEditorDialog::open(AppContext& context, qint64 documentId, QWidget* parent)
{
    auto document = DocumentRepository(context.database).find(documentId);
    if (!document) {
        MessageBox::showError(parent, tr("The document cannot be opened"), document.error());
        return false;
    }
    InvoiceEditorDialog dialog(context, document.value(), parent);
    dialog.exec();
    return dialog.changedSomething();
}

qint64 InvoiceEditorDialog::create(AppContext& context, BillingDocument::Kind kind, qint64 clientId, QWidget* parent)
{
    BillingDocument draft;
    draft.kind = kind;
    draft.clientId = clientId;
    InvoiceEditorDialog dialog(context, draft, parent);
    dialog.exec();
    return dialog.savedId();
}

// ---------------------------------------------------------------------------------------------
// Building

void InvoiceEditorDialog::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("invoiceEditorBody"));
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);

    m_banner = new QLabel(body);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: palette(alternate-base); "
                                           "border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    // The header fields, in two columns.
    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    auto* leftForm = new QWidget(body);
    auto* left = new QFormLayout(leftForm);
    left->setContentsMargins(0, 0, 0, 0);
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows = new FormRows(left, leftForm);
    auto* rightForm = new QWidget(body);
    auto* right = new QFormLayout(rightForm);
    right->setContentsMargins(0, 0, 0, 0);
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sideRows = new FormRows(right, rightForm);

    m_client = new QComboBox(leftForm);
    m_client->setObjectName(QStringLiteral("documentClient"));
    TimeUi::makeSearchable(m_client);
    TimeUi::fillClientPicker(m_client, TimeUi::clientChoices(m_context.database, 5, m_document.clientId),
                             m_document.clientId);
    m_rows->addRow(QString(BillingDocument::Field::client), m_client);
    m_kind = new QComboBox(leftForm);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_rows->addRow(QStringLiteral("kind"), m_kind);
    m_title = new QLineEdit(leftForm);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setMaxLength(200);
    m_rows->addRow(QStringLiteral("title"), m_title);
    m_purchaseOrder = new QLineEdit(leftForm);
    m_purchaseOrder->setObjectName(QStringLiteral("purchaseOrder"));
    m_purchaseOrder->setMaxLength(100);
    m_rows->addRow(QStringLiteral("purchaseOrder"), m_purchaseOrder);

    m_periodBox = new QWidget(rightForm);
    auto* period = new QHBoxLayout(m_periodBox);
    period->setContentsMargins(0, 0, 0, 0);
    m_serviceFrom = new QDateEdit(m_periodBox);
    m_serviceFrom->setObjectName(QStringLiteral("serviceFrom"));
    m_serviceFrom->setCalendarPopup(true);
    m_periodTo = new QLabel(m_periodBox);
    m_serviceTo = new QDateEdit(m_periodBox);
    m_serviceTo->setObjectName(QStringLiteral("serviceTo"));
    m_serviceTo->setCalendarPopup(true);
    period->addWidget(m_serviceFrom, 1);
    period->addWidget(m_periodTo);
    period->addWidget(m_serviceTo, 1);
    m_sideRows->addRow(QString(BillingDocument::Field::servicePeriod), m_serviceFrom, m_periodBox);
    m_sideRows->watch(QString(BillingDocument::Field::servicePeriod), m_serviceTo);
    m_terms = new QSpinBox(rightForm);
    m_terms->setObjectName(QStringLiteral("paymentTerms"));
    m_terms->setRange(0, 365);
    m_sideRows->addRow(QString(BillingDocument::Field::paymentTerms), m_terms, nullptr, false, 160);
    m_dueBox = new QWidget(rightForm);
    auto* due = new QHBoxLayout(m_dueBox);
    due->setContentsMargins(0, 0, 0, 0);
    m_setDue = new QCheckBox(m_dueBox);
    m_setDue->setObjectName(QStringLiteral("setDueDate"));
    m_due = new QDateEdit(m_dueBox);
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    due->addWidget(m_setDue);
    due->addWidget(m_due, 1);
    m_sideRows->addRow(QString(BillingDocument::Field::dueDate), m_due, m_dueBox);
    m_currency = new QComboBox(rightForm);
    m_currency->setObjectName(QStringLiteral("documentCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems(kCurrencies);
    m_sideRows->addRow(QString(BillingDocument::Field::currency), m_currency, nullptr, false, 160);
    m_rate = new QLineEdit(rightForm);
    m_rate->setObjectName(QStringLiteral("exchangeRate"));
    m_sideRows->addRow(QString(BillingDocument::Field::exchangeRate), m_rate, nullptr, true, 160);

    columns->addWidget(leftForm, 1);
    columns->addWidget(rightForm, 1);
    layout->addLayout(columns);

    // The lines.
    auto* linesBar = new QHBoxLayout;
    linesBar->setSpacing(4);
    m_linesTitle = new QLabel(body);
    QFont sectionFont = m_linesTitle->font();
    sectionFont.setWeight(QFont::DemiBold);
    m_linesTitle->setFont(sectionFont);
    linesBar->addWidget(m_linesTitle);
    linesBar->addStretch(1);
    const auto toolButton = [body, linesBar](const QString& name, const QString& icon) {
        auto* button = new QToolButton(body);
        button->setObjectName(name);
        button->setIcon(Icons::forPalette(icon, body->palette()));
        button->setToolButtonStyle(icon.isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        linesBar->addWidget(button);
        return button;
    };
    m_addLine = toolButton(QStringLiteral("addLine"), QStringLiteral("add"));
    m_addDisbursement = toolButton(QStringLiteral("addDisbursement"), QStringLiteral("add"));
    m_receipt = toolButton(QStringLiteral("lineReceipt"), QStringLiteral("file"));
    m_receiptMenu = new QMenu(m_receipt);
    m_receipt->setMenu(m_receiptMenu);
    m_receipt->setPopupMode(QToolButton::InstantPopup);
    m_removeLine = toolButton(QStringLiteral("removeLine"), QString());
    m_up = toolButton(QStringLiteral("moveLineUp"), QString());
    m_down = toolButton(QStringLiteral("moveLineDown"), QString());
    m_up->setText(QStringLiteral("↑"));
    m_down->setText(QStringLiteral("↓"));
    layout->addLayout(linesBar);

    m_lines = new InvoiceLinesModel(this);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("documentLines"));
    m_table->setModel(m_lines);
    m_table->setItemDelegate(new InvoiceLineDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setMinimumHeight(160);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(InvoiceLinesModel::Description, QHeaderView::Stretch);
    m_table->setColumnWidth(InvoiceLinesModel::Kind, 120);
    m_table->setColumnWidth(InvoiceLinesModel::Quantity, 64);
    m_table->setColumnWidth(InvoiceLinesModel::Unit, 90);
    m_table->setColumnWidth(InvoiceLinesModel::UnitPrice, 110);
    m_table->setColumnWidth(InvoiceLinesModel::Vat, 72);
    m_table->setColumnWidth(InvoiceLinesModel::Discount, 80);
    m_table->setColumnWidth(InvoiceLinesModel::Net, 110);
    layout->addWidget(m_table, 1);
    m_linesError = new QLabel(body);
    m_linesError->setObjectName(QStringLiteral("linesError"));
    m_linesError->setWordWrap(true);
    m_linesError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_linesError->setFont(FormRows::smallerFont(font()));
    m_linesError->hide();
    layout->addWidget(m_linesError);

    // Discount, deposits and notes on the left; the totals on the right.
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(32);
    auto* extras = new QWidget(body);
    auto* extrasForm = new QFormLayout(extras);
    extrasForm->setContentsMargins(0, 0, 0, 0);
    m_discountLabel = new QLabel(extras);
    auto* discountBox = new QWidget(extras);
    auto* discount = new QHBoxLayout(discountBox);
    discount->setContentsMargins(0, 0, 0, 0);
    m_discount = new QLineEdit(discountBox);
    m_discount->setObjectName(QStringLiteral("documentDiscount"));
    m_discount->setMaximumWidth(120);
    m_discountMode = new QComboBox(discountBox);
    m_discountMode->setObjectName(QStringLiteral("discountMode"));
    discount->addWidget(m_discount);
    discount->addWidget(m_discountMode);
    discount->addStretch(1);
    m_discountLabel->setBuddy(m_discount);
    extrasForm->addRow(m_discountLabel, discountBox);
    m_depositsLabel = new QLabel(extras);
    m_deposits = new QListWidget(extras);
    m_deposits->setObjectName(QStringLiteral("deposits"));
    m_deposits->setMaximumHeight(72);
    extrasForm->addRow(m_depositsLabel, m_deposits);
    m_notesLabel = new QLabel(extras);
    m_notes = new QPlainTextEdit(extras);
    m_notes->setObjectName(QStringLiteral("documentNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    m_notesLabel->setBuddy(m_notes);
    extrasForm->addRow(m_notesLabel, m_notes);
    bottom->addWidget(extras, 3);

    auto* totals = new QFrame(body);
    totals->setObjectName(QStringLiteral("totalsPanel"));
    totals->setStyleSheet(QStringLiteral("QFrame#totalsPanel { background: palette(alternate-base); "
                                         "border: 1px solid palette(midlight); border-radius: 6px; }"));
    auto* totalsLayout = new QVBoxLayout(totals);
    totalsLayout->setContentsMargins(16, 12, 16, 12);
    totalsLayout->setSpacing(6);
    m_totalsForm = new QFormLayout;
    m_totalsForm->setHorizontalSpacing(24);
    m_totalsForm->setVerticalSpacing(4);
    m_totalsForm->setLabelAlignment(Qt::AlignLeft);
    for (const QString& key : kTotalKeys) {
        auto* label = new QLabel(totals);
        auto* value = new QLabel(totals);
        value->setObjectName(QString(QStringLiteral("total_") + key));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (key == u"due" || key == u"total") {
            QFont bold = value->font();
            bold.setWeight(QFont::DemiBold);
            if (key == u"due")
                bold.setPointSizeF(bold.pointSizeF() * 1.15);
            value->setFont(bold);
            label->setFont(bold);
        }
        m_totalLabels.insert(key, label);
        m_totalValues.insert(key, value);
        m_totalsForm->addRow(label, value);
        if (key == u"net") {
            m_ratesBox = new QWidget(totals);
            auto* ratesLayout = new QFormLayout(m_ratesBox);
            ratesLayout->setContentsMargins(0, 0, 0, 0);
            ratesLayout->setHorizontalSpacing(24);
            ratesLayout->setVerticalSpacing(2);
            m_totalsForm->addRow(m_ratesBox);
        }
    }
    totalsLayout->addLayout(m_totalsForm);
    m_vatCase = new QLabel(totals);
    m_vatCase->setObjectName(QStringLiteral("vatCase"));
    m_vatCase->setWordWrap(true);
    m_vatCase->setFont(FormRows::smallerFont(font()));
    totalsLayout->addWidget(m_vatCase);
    m_refusal = new QLabel(totals);
    m_refusal->setObjectName(QStringLiteral("vatRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_refusal->setFont(FormRows::smallerFont(font()));
    m_refusal->hide();
    totalsLayout->addWidget(m_refusal);
    totals->setMinimumWidth(300);
    bottom->addWidget(totals, 2, Qt::AlignTop);
    layout->addLayout(bottom);

    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    // The buttons: Preview on the left, the primary action bottom right.
    auto* buttonsFrame = new QWidget(this);
    auto* buttons = new QHBoxLayout(buttonsFrame);
    buttons->setContentsMargins(24, 8, 24, 16);
    m_preview = new QPushButton(buttonsFrame);
    m_preview->setObjectName(QStringLiteral("previewPdf"));
    m_cancel = new QPushButton(buttonsFrame);
    m_save = new QPushButton(buttonsFrame);
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_issue = new QPushButton(buttonsFrame);
    m_issue->setObjectName(QStringLiteral("primaryButton"));
    m_issue->setDefault(false);
    m_save->setDefault(true);
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_issue);
    outer->addWidget(buttonsFrame);

    const auto check = [this] { return this->check(); };
    m_rows->setCheck(check);
    m_sideRows->setCheck(check);

    connect(m_client, &QComboBox::currentIndexChanged, this, &InvoiceEditorDialog::clientChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InvoiceEditorDialog::kindChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &InvoiceEditorDialog::currencyChanged);
    connect(m_rate, &QLineEdit::textChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_terms, &QSpinBox::valueChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_setDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_serviceFrom, &QDateEdit::dateChanged, this, [this](QDate from) {
        if (m_serviceTo->date() < from)
            m_serviceTo->setDate(from);
    });
    connect(m_discount, &QLineEdit::textChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_discountMode, &QComboBox::currentIndexChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_deposits, &QListWidget::itemChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, &InvoiceEditorDialog::updateLineButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InvoiceEditorDialog::updateLineButtons);
    connect(m_lines, &QAbstractItemModel::dataChanged, this, [this] {
        m_linesError->setVisible(!m_lines->lastError().isEmpty());
        m_linesError->setText(m_lines->lastError());
    });
    connect(m_addLine, &QToolButton::clicked, this, [this] {
        const int row = m_lines->addLine(DocumentLine::Kind::Service);
        m_table->setCurrentIndex(m_lines->index(row, InvoiceLinesModel::Description));
        m_table->edit(m_table->currentIndex());
    });
    connect(m_addDisbursement, &QToolButton::clicked, this, [this] {
        const int row = m_lines->addLine(DocumentLine::Kind::Disbursement);
        m_table->setCurrentIndex(m_lines->index(row, InvoiceLinesModel::Description));
        m_table->edit(m_table->currentIndex());
    });
    connect(m_removeLine, &QToolButton::clicked, this, [this] { m_lines->removeLine(m_table->currentIndex().row()); });
    connect(m_receiptMenu, &QMenu::aboutToShow, this, &InvoiceEditorDialog::fillReceiptMenu);
    connect(m_up, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const int row = m_lines->moveLine(current.row(), -1);
        m_table->setCurrentIndex(m_lines->index(row, std::max(0, current.column())));
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const int row = m_lines->moveLine(current.row(), 1);
        m_table->setCurrentIndex(m_lines->index(row, std::max(0, current.column())));
    });
    connect(m_preview, &QPushButton::clicked, this, [this] { previewPdf(); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InvoiceEditorDialog::accept);
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(); });
}

void InvoiceEditorDialog::retranslateUi()
{
    const bool quote = m_document.kind == BillingDocument::Kind::Quote;
    QString heading;
    if (!m_document.isDraft())
        heading = tr("%1 %2").arg(BillingDocument::kindText(m_document.kind), m_document.number);
    else if (m_document.id == 0)
        heading = newHeading(m_document.kind);
    else
        heading = draftHeading(m_document.kind);
    setWindowTitle(heading);

    m_rows->setLabelText(QString(BillingDocument::Field::client), tr("&Client:"));
    m_rows->setLabelText(QStringLiteral("kind"), tr("&Type:")); // notr: field key
    m_rows->setLabelText(QStringLiteral("title"), tr("&Subject:")); // notr: field key
    m_rows->setLabelText(QStringLiteral("purchaseOrder"), tr("&Purchase order:")); // notr: field key
    m_title->setPlaceholderText(tr("Administrative assistance, November 2026"));
    m_purchaseOrder->setPlaceholderText(tr("The client's reference, if any"));
    m_sideRows->setLabelText(QString(BillingDocument::Field::servicePeriod), tr("Ser&vice period:"));
    m_periodTo->setText(tr("to", "service period: from … to …"));
    m_sideRows->setLabelText(QString(BillingDocument::Field::paymentTerms), tr("Payment ter&ms:"));
    m_terms->setSuffix(tr(" days"));
    m_sideRows->setLabelText(QString(BillingDocument::Field::dueDate), quote ? tr("&Valid until:") : tr("&Due date:"));
    m_setDue->setText(tr("Set"));
    m_setDue->setToolTip(quote ? tr("Without a date, the quote is valid for the terms' number of days.")
                               : tr("Without a date, the due date is the issue date plus the payment terms."));
    m_sideRows->setLabelText(QString(BillingDocument::Field::currency), tr("C&urrency:"));
    m_sideRows->setLabelText(QString(BillingDocument::Field::exchangeRate), tr("E&xchange rate:"));
    m_sideRows->setHint(QString(BillingDocument::Field::exchangeRate),
                        tr("Euros for one unit of the currency, needed to state the VAT in euros."));

    {
        const QSignalBlocker blocker(m_kind);
        const QVariant current = m_kind->currentData();
        m_kind->clear();
        // A credit note is made from its invoice (it cites it): never chosen here.
        if (m_document.kind == BillingDocument::Kind::CreditNote) {
            m_kind->addItem(BillingDocument::kindText(m_document.kind), static_cast<int>(m_document.kind));
        } else {
            for (const auto kind :
                 {BillingDocument::Kind::Invoice, BillingDocument::Kind::Deposit, BillingDocument::Kind::Quote})
                m_kind->addItem(BillingDocument::kindText(kind), static_cast<int>(kind));
        }
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(current.isValid() ? current : static_cast<int>(m_document.kind))));
    }

    m_linesTitle->setText(tr("Lines"));
    m_addLine->setText(tr("Add &line"));
    m_addLine->setToolTip(tr("Add a service line"));
    m_addDisbursement->setText(tr("Add &disbursement"));
    m_addDisbursement->setToolTip(tr("A cost paid in the client's name, rebilled at cost without VAT"));
    m_receipt->setText(tr("&Receipt"));
    m_receipt->setToolTip(tr("The receipt of the selected disbursement, kept in the client's files"));
    m_removeLine->setText(tr("Remove"));
    m_up->setToolTip(tr("Move the line up"));
    m_down->setToolTip(tr("Move the line down"));
    m_lines->retranslate();

    m_discountLabel->setText(tr("D&iscount:"));
    {
        const QSignalBlocker blocker(m_discountMode);
        const int current = std::max(0, m_discountMode->currentIndex());
        m_discountMode->clear();
        m_discountMode->addItem(tr("%", "discount as a percentage"));
        m_discountMode->addItem(tr("amount", "discount as an amount"));
        m_discountMode->setCurrentIndex(current);
    }
    m_depositsLabel->setText(tr("Deposits to deduct:"));
    m_notesLabel->setText(tr("&Notes:"));
    m_notes->setPlaceholderText(tr("Printed at the bottom of the document"));

    m_totalLabels.value(QStringLiteral("net"))->setText(tr("Net"));
    m_totalLabels.value(QStringLiteral("vat"))->setText(tr("VAT"));
    m_totalLabels.value(QStringLiteral("disbursements"))->setText(tr("Disbursements"));
    m_totalLabels.value(QStringLiteral("total"))->setText(tr("Total"));
    m_totalLabels.value(QStringLiteral("deducted"))->setText(tr("Deposits deducted"));
    m_totalLabels.value(QStringLiteral("due"))->setText(tr("Amount due"));

    m_preview->setText(tr("&Preview PDF"));
    m_preview->setToolTip(tr("Saves the draft and opens its PDF, marked DRAFT"));
    m_cancel->setText(m_readOnly ? tr("Close") : tr("Cancel"));
    m_save->setText(tr("&Save draft"));
    m_issue->setText(quote ? tr("Send…") : tr("&Issue…"));
    m_issue->setToolTip(quote ? tr("Numbers the quote and marks it sent")
                              : tr("Numbers the document: it can no longer change afterwards"));
    if (m_readOnly)
        setReadOnly(true);
    m_rows->refresh();
    m_sideRows->refresh();
    updateTotals();
}

void InvoiceEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Loading and reading the fields

void InvoiceEditorDialog::load(const BillingDocument& document)
{
    m_loading = true;
    m_rows->setLoading(true);
    m_sideRows->setLoading(true);
    const QDate today = LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(document.kind))));
    if (document.clientId > 0)
        TimeUi::selectId(m_client, document.clientId);
    m_title->setText(document.title);
    m_purchaseOrder->setText(document.purchaseOrder);
    const QDate from = document.serviceFrom.isValid() ? document.serviceFrom : QDate(today.year(), today.month(), 1);
    m_serviceFrom->setDate(from);
    m_serviceTo->setDate(document.serviceTo.isValid() ? document.serviceTo
                         : document.serviceFrom.isValid() ? document.serviceFrom
                                                          : today);
    m_terms->setValue(document.paymentTermsDays);
    m_setDue->setChecked(document.dueDate.isValid());
    m_due->setDate(document.dueDate.isValid() ? document.dueDate : today.addDays(document.paymentTermsDays));
    m_currency->setCurrentText(document.currency);
    m_rate->setText(rateText(document.eurRateMicros));
    m_discountMode->setCurrentIndex(document.discountCents > 0 ? 1 : 0);
    if (document.discountCents > 0)
        m_discount->setText(QLocale().toString(static_cast<double>(document.discountCents) / 100.0, 'f', 2));
    else if (document.discountBasisPoints > 0)
        m_discount->setText(InvoiceLinesModel::percentText(document.discountBasisPoints).remove(u'%').trimmed());
    else
        m_discount->clear();
    m_notes->setPlainText(document.notes);
    m_lines->setCurrency(document.currency);
    m_lines->setLines(document.lines);
    m_loading = false;
    clientChanged();
    currencyChanged();
    kindChanged();
    m_rows->setLoading(false);
    m_sideRows->setLoading(false);
    m_rows->reset();
    m_sideRows->reset();
    updateLineButtons();
    updateTotals();
}

void InvoiceEditorDialog::clientChanged()
{
    if (m_loading)
        return;
    const qint64 clientId = TimeUi::pickedId(m_client);
    m_clientData.reset();
    if (clientId > 0) {
        if (auto client = ClientRepository(m_context.database).load(clientId))
            m_clientData = client.value();
    }
    // A new choice of client brings its language, currency and terms (not when reopening a draft).
    if (m_clientData && m_clientData->id != m_document.clientId && !m_readOnly) {
        m_document.language = m_clientData->language;
        m_currency->setCurrentText(m_clientData->currency);
        m_terms->setValue(m_clientData->paymentTermsDays.value_or(m_profile ? m_profile->paymentTermsDays : 30));
        // The receipts were the other client's files.
        if (m_document.clientId > 0)
            m_lines->clearReceipts();
        m_document.clientId = m_clientData->id;
    }
    loadReceiptNames();
    fillDeposits();
    updateTotals();
}

void InvoiceEditorDialog::currencyChanged()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const bool foreign = !currency.isEmpty() && currency != u"EUR";
    m_sideRows->setRowVisible(QString(BillingDocument::Field::exchangeRate), foreign);
    if (Money::isValidCurrencyCode(currency))
        m_lines->setCurrency(currency);
    if (!m_loading)
        fillDeposits();
    updateTotals();
}

void InvoiceEditorDialog::kindChanged()
{
    const auto kind = static_cast<BillingDocument::Kind>(m_kind->currentData().toInt());
    const bool quote = kind == BillingDocument::Kind::Quote;
    m_sideRows->setLabelText(QString(BillingDocument::Field::dueDate), quote ? tr("&Valid until:") : tr("&Due date:"));
    m_issue->setText(quote ? tr("Send…") : tr("&Issue…"));
    // Deposits are deducted from a final invoice only.
    const bool deposits = kind == BillingDocument::Kind::Invoice && m_deposits->count() > 0;
    m_depositsLabel->setVisible(deposits);
    m_deposits->setVisible(deposits);
    // The kind of a credit note is fixed (it cites its invoice); others cannot become one.
    m_kind->setEnabled(!m_readOnly && kind != BillingDocument::Kind::CreditNote);
    updateTotals();
}

void InvoiceEditorDialog::fillDeposits()
{
    const QSignalBlocker blocker(m_deposits);
    QSet<qint64> checked;
    for (int row = 0; row < m_deposits->count(); ++row) {
        if (m_deposits->item(row)->checkState() == Qt::Checked)
            checked.insert(m_deposits->item(row)->data(kDepositIdRole).toLongLong());
    }
    if (m_deposits->count() == 0) {
        for (const DocumentDeduction& deduction : std::as_const(m_document.deductions))
            checked.insert(deduction.depositId);
    }
    m_deposits->clear();
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const auto addItem = [this, &checked](qint64 id, const QString& number, QDate date, qint64 cents,
                                          const QString& depositCurrency) {
        auto* item = new QListWidgetItem(
            tr("%1 of %2 — %3").arg(number, QLocale().toString(date, QLocale::ShortFormat), money(cents, depositCurrency)),
            m_deposits);
        item->setData(kDepositIdRole, id);
        item->setData(kDepositAmountRole, cents);
        item->setFlags(Qt::ItemIsEnabled | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    for (const DocumentDeduction& deduction : std::as_const(m_document.deductions))
        addItem(deduction.depositId, deduction.depositNumber, deduction.depositIssueDate, deduction.amountCents,
                currency);
    const qint64 clientId = TimeUi::pickedId(m_client);
    if (clientId > 0 && !m_readOnly) {
        if (auto deposits = DocumentRepository(m_context.database).undeductedDeposits(clientId)) {
            for (const BillingDocument& deposit : deposits.value()) {
                if (deposit.currency != currency || deposit.id == m_document.id)
                    continue;
                bool listed = false;
                for (const DocumentDeduction& deduction : std::as_const(m_document.deductions))
                    listed = listed || deduction.depositId == deposit.id;
                if (!listed)
                    addItem(deposit.id, deposit.number, deposit.issueDate, deposit.totalCents, deposit.currency);
            }
        }
    }
    const bool show = m_deposits->count() > 0
                      && static_cast<BillingDocument::Kind>(m_kind->currentData().toInt()) == BillingDocument::Kind::Invoice;
    m_depositsLabel->setVisible(show);
    m_deposits->setVisible(show);
}

BillingDocument InvoiceEditorDialog::document() const
{
    BillingDocument document = m_document;
    document.kind = static_cast<BillingDocument::Kind>(m_kind->currentData().toInt());
    document.clientId = std::max<qint64>(0, TimeUi::pickedId(m_client));
    if (m_clientData && m_clientData->id == document.clientId && document.id == 0 && document.lines.isEmpty())
        document.language = m_clientData->language;
    document.title = m_title->text().trimmed();
    document.purchaseOrder = m_purchaseOrder->text().trimmed();
    document.serviceFrom = m_serviceFrom->date();
    document.serviceTo = m_serviceTo->date();
    document.paymentTermsDays = m_terms->value();
    document.dueDate = m_setDue->isChecked() ? m_due->date() : QDate();
    document.currency = m_currency->currentText().trimmed().toUpper();
    const auto rate = parseRate(m_rate->text());
    document.eurRateMicros = document.currency == u"EUR" ? 0 : rate.value_or(0);
    document.discountBasisPoints = 0;
    document.discountCents = 0;
    const QString discount = m_discount->text().trimmed();
    if (!discount.isEmpty()) {
        if (m_discountMode->currentIndex() == 0) {
            document.discountBasisPoints = InvoiceLinesModel::parsePercent(discount).value_or(-1);
        } else if (auto amount = Money::parse(discount, Money::isValidCurrencyCode(document.currency) ? document.currency
                                                                                                      : QStringLiteral("EUR"),
                                              QLocale())) {
            document.discountCents = amount->cents();
        } else {
            document.discountCents = -1;
        }
    }
    document.notes = m_notes->toPlainText().trimmed();
    document.lines = m_lines->lines();
    document.deductions.clear();
    if (document.kind == BillingDocument::Kind::Invoice) {
        for (int row = 0; row < m_deposits->count(); ++row) {
            const QListWidgetItem* item = m_deposits->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            DocumentDeduction deduction;
            deduction.depositId = item->data(kDepositIdRole).toLongLong();
            deduction.amountCents = item->data(kDepositAmountRole).toLongLong();
            document.deductions << deduction;
        }
    }
    return document;
}

QHash<QString, QString> InvoiceEditorDialog::check() const
{
    const BillingDocument current = document();
    QHash<QString, QString> errors = FormRows::firstErrors(current.validate());
    if (TimeUi::pickedId(m_client) <= 0)
        errors.insert(QString(BillingDocument::Field::client), tr("Choose the client this document is for."));
    if (!parseRate(m_rate->text()))
        errors.insert(QString(BillingDocument::Field::exchangeRate),
                      tr("Type the euros one unit of the currency is worth, such as 0.92."));
    return errors;
}

// ---------------------------------------------------------------------------------------------
// Totals

void InvoiceEditorDialog::updateTotals()
{
    if (m_loading || !m_totalValues.contains(QStringLiteral("due")))
        return;
    const BillingDocument current = document();
    const QString currency = Money::isValidCurrencyCode(current.currency) ? current.currency : QStringLiteral("EUR");
    const bool vatRegistered = m_profile && m_profile->vatRegime == BusinessProfile::VatRegime::VatRegistered;
    m_lines->setDefaultVat(vatRegistered ? 2000 : 0);
    m_table->setColumnHidden(InvoiceLinesModel::Vat, !vatRegistered);

    // The VAT case the rules decide for this client now (issuing decides again, and refuses alike).
    VatRules::Decision decision;
    if (current.clientId > 0 && current.kind != BillingDocument::Kind::Quote) {
        decision = InvoiceActions::decide(m_context.database, current);
    } else if (current.clientId > 0) {
        decision = InvoiceActions::decide(m_context.database, current);
        decision.refusal.clear();
        decision.warning.clear();
    }
    const BillingDocument::VatCase vatCase =
        decision.refusal.isEmpty() ? decision.vatCase : BillingDocument::VatCase::Vat;
    switch (vatCase) {
    case BillingDocument::VatCase::Vat:
        m_vatCase->setText(vatRegistered ? tr("French VAT at each line's rate.") : QString());
        break;
    case BillingDocument::VatCase::Franchise:
        m_vatCase->setText(tr("No VAT: franchise, art. 293 B CGI."));
        break;
    case BillingDocument::VatCase::ReverseCharge:
        m_vatCase->setText(tr("No VAT: reverse charge, the client accounts for the VAT (autoliquidation)."));
        break;
    case BillingDocument::VatCase::OutsideEu:
        m_vatCase->setText(tr("No VAT: service to a professional outside the EU, art. 259-1 CGI."));
        break;
    }
    m_vatCase->setVisible(!m_vatCase->text().isEmpty());
    const QString problem = !decision.refusal.isEmpty() ? decision.refusal : decision.warning;
    m_refusal->setText(m_readOnly ? QString() : problem);
    m_refusal->setVisible(!m_refusal->text().isEmpty());
    m_refusal->setStyleSheet(decision.refusal.isEmpty() ? QStringLiteral("color: #b26a00;")
                                                        : QStringLiteral("color: #c62828;"));

    // Drop any earlier per-rate rows.
    auto* ratesLayout = static_cast<QFormLayout*>(m_ratesBox->layout());
    while (ratesLayout->rowCount() > 0)
        ratesLayout->removeRow(0);

    BillingDocument computable = current;
    computable.currency = currency;
    auto totals = InvoiceTotals::compute(computable, vatCase);
    if (!totals) {
        for (QLabel* value : std::as_const(m_totalValues))
            value->setText(QStringLiteral("—"));
        m_linesError->setText(totals.error().message);
        m_linesError->show();
        return;
    }
    if (m_lines->lastError().isEmpty())
        m_linesError->hide();
    const InvoiceTotals::Totals& t = totals.value();
    m_totalValues.value(QStringLiteral("net"))->setText(money(t.netCents, currency));
    if (t.discountCents > 0) {
        auto* label = new QLabel(tr("including a discount of %1").arg(money(t.discountCents, currency)), m_ratesBox);
        label->setObjectName(QStringLiteral("mutedLabel"));
        ratesLayout->addRow(label);
    }
    const bool showVat = vatCase == BillingDocument::VatCase::Vat && vatRegistered;
    if (showVat) {
        for (const InvoiceTotals::RateLine& rate : t.rates) {
            auto* label = new QLabel(tr("VAT %1 on %2").arg(InvoiceLinesModel::percentText(rate.vatBasisPoints),
                                                            money(rate.baseCents, currency)),
                                     m_ratesBox);
            label->setObjectName(QStringLiteral("mutedLabel"));
            auto* value = new QLabel(money(rate.vatCents, currency), m_ratesBox);
            value->setObjectName(QStringLiteral("mutedLabel"));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            ratesLayout->addRow(label, value);
        }
    }
    m_ratesBox->setVisible(ratesLayout->rowCount() > 0);
    m_totalValues.value(QStringLiteral("vat"))->setText(money(t.vatCents, currency));
    m_totalsForm->setRowVisible(m_totalValues.value(QStringLiteral("vat")), showVat);
    m_totalValues.value(QStringLiteral("disbursements"))->setText(money(t.disbursementsCents, currency));
    m_totalsForm->setRowVisible(m_totalValues.value(QStringLiteral("disbursements")), t.disbursementsCents != 0);
    m_totalValues.value(QStringLiteral("total"))->setText(money(t.totalCents, currency));
    m_totalValues.value(QStringLiteral("deducted"))->setText(money(-t.deductedCents, currency));
    m_totalsForm->setRowVisible(m_totalValues.value(QStringLiteral("deducted")), t.deductedCents != 0);
    m_totalValues.value(QStringLiteral("due"))->setText(money(t.dueCents, currency));
}

QString InvoiceEditorDialog::totalText(const QString& key) const
{
    const QLabel* label = m_totalValues.value(key);
    return label ? label->text() : QString();
}

QString InvoiceEditorDialog::vatCaseText() const
{
    return m_vatCase->text();
}

QString InvoiceEditorDialog::refusalText() const
{
    return m_refusal->text();
}

QString InvoiceEditorDialog::linesErrorText() const
{
    return m_linesError->isVisibleTo(const_cast<InvoiceEditorDialog*>(this)) ? m_linesError->text() : QString();
}

void InvoiceEditorDialog::updateLineButtons()
{
    const int row = m_table->currentIndex().row();
    const int count = m_lines->rowCount();
    m_removeLine->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row < count - 1);
    m_addLine->setEnabled(!m_readOnly);
    m_addDisbursement->setEnabled(!m_readOnly);
    // Issued: the receipt can still be opened.
    const bool disbursement =
        row >= 0 && row < count && m_lines->lines().at(row).kind == DocumentLine::Kind::Disbursement;
    m_receipt->setEnabled(disbursement && (!m_readOnly || m_lines->lines().at(row).receiptFileId > 0));
}

void InvoiceEditorDialog::loadReceiptNames()
{
    QHash<qint64, QString> names;
    if (m_document.clientId > 0) {
        if (auto files = ClientFileStore(m_context.database).listForClient(m_document.clientId)) {
            for (const ClientFile& file : std::as_const(files.value()))
                names.insert(file.id, file.originalName);
        }
    }
    m_lines->setReceiptNames(names);
}

void InvoiceEditorDialog::fillReceiptMenu()
{
    m_receiptMenu->clear();
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_lines->rowCount())
        return;
    const qint64 current = m_lines->lines().at(row).receiptFileId;
    if (current > 0) {
        m_receiptMenu->addAction(Icons::forPalette(QStringLiteral("eye"), palette()), tr("&Open the receipt"), this,
                                 [this, current] {
                                     ClientFileStore store(m_context.database);
                                     auto file = store.find(current);
                                     Status usable = file ? store.verify(file.value()) : Status(file.error());
                                     if (!usable) {
                                         MessageBox::showError(this, tr("The receipt cannot be opened"),
                                                               usable.error());
                                         return;
                                     }
                                     QDesktopServices::openUrl(QUrl::fromLocalFile(store.absolutePath(file.value())));
                                 });
    }
    if (m_readOnly)
        return;
    if (m_document.clientId <= 0) {
        m_receiptMenu->addAction(tr("Choose the client first"))->setEnabled(false);
        return;
    }
    m_receiptMenu->addAction(Icons::forPalette(QStringLiteral("add"), palette()), tr("&Attach a file…"), this,
                             [this, row] {
                                 const QString path = QFileDialog::getOpenFileName(
                                     this, tr("Attach the receipt"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
                                 if (!path.isEmpty())
                                     attachReceipt(row, path);
                             });
    // Or one of the client's files already there (a receipt attached from the client's card).
    auto files = ClientFileStore(m_context.database).listForClient(m_document.clientId);
    if (files && !files->isEmpty()) {
        QMenu* choose = m_receiptMenu->addMenu(tr("&Choose from the client's files"));
        for (const ClientFile& file : std::as_const(files.value())) {
            QAction* action = choose->addAction(file.originalName, this, [this, row, id = file.id] { setReceipt(row, id); });
            action->setCheckable(true);
            action->setChecked(file.id == current);
        }
    }
    if (current > 0) {
        m_receiptMenu->addSeparator();
        m_receiptMenu->addAction(tr("&Remove the receipt from the line"), this, [this, row] { setReceipt(row, 0); });
    }
}

bool InvoiceEditorDialog::attachReceipt(int row, const QString& path)
{
    if (m_readOnly || m_document.clientId <= 0)
        return false;
    auto attached = ClientFileStore(m_context.database).attach(m_document.clientId, path, ClientFile::Category::Other);
    if (!attached) {
        MessageBox::showError(this, tr("The receipt cannot be attached"), attached.error());
        return false;
    }
    m_attachedReceipts.append(attached->id);
    loadReceiptNames();
    return setReceipt(row, attached->id);
}

bool InvoiceEditorDialog::setReceipt(int row, qint64 fileId)
{
    if (m_readOnly || !m_lines->setReceipt(row, fileId))
        return false;
    updateLineButtons();
    return true;
}

void InvoiceEditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_lines->setReadOnly(readOnly);
    for (QWidget* widget : {static_cast<QWidget*>(m_client), static_cast<QWidget*>(m_title),
                            static_cast<QWidget*>(m_purchaseOrder), static_cast<QWidget*>(m_serviceFrom),
                            static_cast<QWidget*>(m_serviceTo), static_cast<QWidget*>(m_terms),
                            static_cast<QWidget*>(m_setDue), static_cast<QWidget*>(m_currency),
                            static_cast<QWidget*>(m_discount), static_cast<QWidget*>(m_discountMode)})
        widget->setEnabled(!readOnly);
    m_kind->setEnabled(!readOnly && m_document.kind != BillingDocument::Kind::CreditNote);
    m_due->setEnabled(!readOnly && m_setDue->isChecked());
    m_rate->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_save->setVisible(!readOnly);
    m_issue->setVisible(!readOnly);
    m_preview->setText(readOnly ? tr("&Open PDF") : tr("&Preview PDF"));
    m_cancel->setText(readOnly ? tr("Close") : tr("Cancel"));
    if (readOnly) {
        m_banner->setText(tr("%1 %2, issued on %3. An issued document can no longer change: correct it with a credit "
                             "note.")
                              .arg(BillingDocument::kindText(m_document.kind), m_document.number,
                                   QLocale().toString(m_document.issueDate, QLocale::LongFormat)));
        m_cancel->setDefault(true);
    }
    m_banner->setVisible(readOnly);
    updateLineButtons();
}

// ---------------------------------------------------------------------------------------------
// Saving

bool InvoiceEditorDialog::saveDraft()
{
    if (m_readOnly)
        return false;
    const bool rowsOk = m_rows->validateAll();
    const bool sideOk = m_sideRows->validateAll();
    const BillingDocument current = document();
    const QHash<QString, QString> errors = check();
    const QString linesError = errors.value(QString(BillingDocument::Field::lines));
    const QString discountError = errors.value(QString(BillingDocument::Field::discount));
    if (!linesError.isEmpty() || !discountError.isEmpty()) {
        m_linesError->setText(linesError.isEmpty() ? discountError : linesError);
        m_linesError->show();
    }
    if (!rowsOk || !sideOk || !linesError.isEmpty() || !discountError.isEmpty() || !errors.isEmpty())
        return false;

    DocumentRepository repository(m_context.database);
    auto saved = current.id == 0 ? repository.addDraft(current) : repository.updateDraft(current);
    if (!saved) {
        MessageBox::showError(this, tr("The draft cannot be saved"), saved.error());
        return false;
    }
    m_document = saved.value();
    m_changed = true;
    retranslateUi(); // the heading names the draft now
    return true;
}

void InvoiceEditorDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    if (saveDraft())
        QDialog::accept();
}

void InvoiceEditorDialog::done(int result)
{
    if (result == QDialog::Rejected) {
        // A file in use by the saved draft is refused by remove(): it stays, as it should.
        ClientFileStore files(m_context.database);
        for (const qint64 id : std::as_const(m_attachedReceipts))
            (void)files.remove(id);
    }
    m_attachedReceipts.clear();
    QDialog::done(result);
}

bool InvoiceEditorDialog::issue()
{
    if (!saveDraft())
        return false;
    if (!InvoiceActions::issue(m_context, m_document.id, this))
        return false;
    if (auto issued = DocumentRepository(m_context.database).find(m_document.id))
        m_document = issued.value();
    m_changed = true;
    QDialog::accept();
    return true;
}

QString InvoiceEditorDialog::previewPdf(const QString& path)
{
    if (m_readOnly) {
        if (path.isEmpty())
            return InvoiceActions::openPdf(m_context, m_document.id, this) ? QStringLiteral("opened") : QString();
        return InvoiceActions::writePdf(m_context, m_document.id, this, path) ? path : QString();
    }
    if (!saveDraft())
        return {};
    return InvoiceActions::previewPdf(m_context, m_document.id, this, path);
}

} // namespace Bureau
