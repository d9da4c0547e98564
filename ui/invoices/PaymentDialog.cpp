// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/PaymentDialog.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/models/ClientListModel.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/FormRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Bureau
{

namespace
{

const QString kClient = QStringLiteral("client");
const QString kDate = QStringLiteral("receivedOn");
const QString kRefund = QStringLiteral("refund");
const QString kAmount = QStringLiteral("amount");
const QString kEur = QStringLiteral("eur");
const QString kMethod = QStringLiteral("method");
const QString kReference = QStringLiteral("reference");
const QString kNotes = QStringLiteral("notes");
const QString kAllocations = QStringLiteral("allocations");

enum Column
{
    InvoiceColumn,
    DueColumn,
    OutstandingColumn,
    AmountColumn,
    ColumnCount,
};

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

PaymentDialog::PaymentDialog(AppContext& context, qint64 clientId, qint64 documentId, QWidget* parent)
    : RecordDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
    , m_documentId(documentId)
{
    setObjectName(QStringLiteral("paymentDialog"));
    QWidget* form = formWidget();

    m_client = new QComboBox(form);
    m_client->setObjectName(QStringLiteral("paymentClient"));
    if (clientId > 0) {
        auto client = ClientRepository(context.database).load(clientId);
        m_client->addItem(client ? client->name : QString(), clientId);
        m_client->setEnabled(false);
    } else {
        ClientListModel clients(context.database);
        while (clients.canFetchMore({}))
            clients.fetchMore({});
        m_client->addItem(QString(), qint64(0));
        for (int row = 0; row < clients.rowCount(); ++row)
            m_client->addItem(clients.index(row, ClientListModel::Name).data().toString(), clients.idAt(row));
    }
    rows()->addRow(kClient, m_client, nullptr, false, 360);

    m_date = new QDateEdit(form);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setLocale(QLocale());
    m_date->setDate(today());
    rows()->addRow(kDate, m_date, nullptr, false, 160);

    m_refund = new QCheckBox(form);
    m_refund->setObjectName(QStringLiteral("paymentRefund"));
    rows()->addRow(kRefund, m_refund);

    auto* amountRow = new QWidget(form);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->setSpacing(8);
    m_amount = new QLineEdit(amountRow);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMaximumWidth(160);
    m_currencyLabel = new QLabel(amountRow);
    m_currencyLabel->setObjectName(QStringLiteral("mutedLabel"));
    amountLayout->addWidget(m_amount);
    amountLayout->addWidget(m_currencyLabel);
    amountLayout->addStretch(1);
    rows()->addRow(kAmount, m_amount, amountRow, true);

    m_eur = new QLineEdit(form);
    m_eur->setObjectName(QStringLiteral("paymentEur"));
    m_eur->setAlignment(Qt::AlignRight);
    rows()->addRow(kEur, m_eur, nullptr, true, 160);

    m_method = new QComboBox(form);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    rows()->addRow(kMethod, m_method, nullptr, false, 220);
    m_reference = new QLineEdit(form);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    rows()->addRow(kReference, m_reference, nullptr, false, 360);

    // The allocation: the client's invoices, what goes to each, and what is left.
    auto* allocation = new QWidget(form);
    auto* allocationLayout = new QVBoxLayout(allocation);
    allocationLayout->setContentsMargins(0, 0, 0, 0);
    allocationLayout->setSpacing(6);
    m_table = new QTableWidget(0, ColumnCount, allocation);
    m_table->setObjectName(QStringLiteral("paymentAllocations"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(ClientUi::kRowHeight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DueColumn, 104);
    m_table->setColumnWidth(OutstandingColumn, 112);
    m_table->setColumnWidth(AmountColumn, 112);
    m_table->setMinimumHeight(ClientUi::kRowHeight * 4 + 8);
    m_table->setMaximumHeight(ClientUi::kRowHeight * 6 + 8);
    m_table->setStyleSheet(ClientUi::listStyleSheet(palette()));
    allocationLayout->addWidget(m_table);
    m_remainder = new QLabel(allocation);
    m_remainder->setObjectName(QStringLiteral("paymentRemainder"));
    m_remainder->setWordWrap(true);
    allocationLayout->addWidget(m_remainder);
    auto* creditRow = new QHBoxLayout;
    creditRow->setSpacing(8);
    m_credit = new QLabel(allocation);
    m_credit->setObjectName(QStringLiteral("mutedLabel"));
    m_credit->setWordWrap(true);
    m_useCredit = new QPushButton(allocation);
    m_useCredit->setObjectName(QStringLiteral("paymentUseCredit"));
    m_useCredit->setAutoDefault(false);
    creditRow->addWidget(m_credit, 1);
    creditRow->addWidget(m_useCredit);
    allocationLayout->addLayout(creditRow);
    rows()->addRow(kAllocations, m_table, allocation);

    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(QStringLiteral("paymentNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(56);
    rows()->addRow(kNotes, m_notes);

    m_refusal = new QLabel(form);
    m_refusal->setObjectName(QStringLiteral("paymentRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_refusal->hide();
    formLayout()->addRow(m_refusal);

    connect(m_client, &QComboBox::currentIndexChanged, this, &PaymentDialog::clientChanged);
    connect(m_refund, &QCheckBox::toggled, this, [this] {
        retranslateUi();
        loadLines();
        propose();
    });
    connect(m_amount, &QLineEdit::textEdited, this, &PaymentDialog::amountEdited);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int row = item->row();
        if (item->column() == InvoiceColumn) {
            // Ticking a line gives it what is left of the payment, up to what it owes; unticking empties it.
            const QSignalBlocker blocker(m_table);
            QTableWidgetItem* amount = m_table->item(row, AmountColumn);
            if (item->checkState() == Qt::Checked) {
                qint64 left = std::abs(typedCents().value_or(0));
                for (int other = 0; other < m_table->rowCount(); ++other) {
                    if (other != row && m_table->item(other, InvoiceColumn)->checkState() == Qt::Checked)
                        left -= std::abs(lineCents(other).value_or(0));
                }
                const qint64 owed = std::abs(m_lines.at(row).outstandingCents);
                const qint64 given = std::clamp<qint64>(left, 0, owed);
                amount->setText(given > 0 ? Money::fromCents(given, m_currency).format(QLocale()) : QString());
            } else {
                amount->setText(QString());
            }
        } else if (item->column() == AmountColumn) {
            const QSignalBlocker blocker(m_table);
            m_table->item(row, InvoiceColumn)
                ->setCheckState(item->text().trimmed().isEmpty() ? Qt::Unchecked : Qt::Checked);
        }
        rows()->changed(kAllocations);
        updateRemainder();
    });
    connect(m_useCredit, &QPushButton::clicked, this, &PaymentDialog::useCredit);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PaymentDialog::updateCredit);

    rows()->setCheck([this] {
        QHash<QString, QString> errors;
        if (m_client->currentData().toLongLong() <= 0)
            errors.insert(kClient, tr("Choose the client who paid."));
        if (m_date->date() > today())
            errors.insert(kDate, tr("A payment cannot be dated in the future: choose today or an earlier day."));
        const QLocale locale;
        auto amount = Money::parse(m_amount->text(), m_currency, locale);
        if (!amount)
            errors.insert(kAmount, amount.error().message);
        else if (amount->isZero() || amount->isNegative())
            errors.insert(kAmount, m_refund->isChecked() ? tr("Type the amount paid back, greater than zero.")
                                                         : tr("Type the amount received, greater than zero."));
        if (m_currency != QLatin1String("EUR")) {
            auto eur = Money::parse(m_eur->text(), QStringLiteral("EUR"), locale);
            if (!eur)
                errors.insert(kEur, eur.error().message);
            else if (eur->isNegative())
                errors.insert(kEur, tr("Type the euros without a sign."));
        }
        qint64 allocated = 0;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, InvoiceColumn)->checkState() != Qt::Checked)
                continue;
            auto cents = lineCents(row);
            if (!cents) {
                errors.insert(kAllocations, tr("The amount for %1 cannot be read.").arg(m_lines.at(row).number));
                break;
            }
            if (*cents > std::abs(m_lines.at(row).outstandingCents)) {
                errors.insert(kAllocations, tr("%1 is more than what is outstanding on %2 (%3).")
                                                .arg(format(*cents), m_lines.at(row).number,
                                                     format(std::abs(m_lines.at(row).outstandingCents))));
                break;
            }
            allocated += *cents;
        }
        if (!errors.contains(kAllocations) && amount && allocated > std::abs(amount->cents()))
            errors.insert(kAllocations, tr("The invoices are given %1, more than the payment’s %2.")
                                            .arg(format(allocated), format(std::abs(amount->cents()))));
        return errors;
    });

    m_filling = true;
    if (clientId <= 0)
        m_client->setCurrentIndex(0);
    m_filling = false;
    retranslateUi();
    clientChanged();
    // The invoice asked for is in its own currency, which may not be the client's usual one.
    if (m_documentId > 0) {
        if (auto summary = DocumentRepository(context.database).summary(m_documentId))
            useCurrency(summary->currency);
    }
    // The invoice asked for: its whole outstanding amount, to it.
    if (m_documentId > 0) {
        for (const Line& line : std::as_const(m_lines)) {
            if (line.documentId == m_documentId) {
                m_amount->setText(Money::fromCents(line.outstandingCents, m_currency).format(QLocale()));
                propose();
                break;
            }
        }
    }
    fitToContent(680);
}

bool PaymentDialog::record(AppContext& context, qint64 clientId, qint64 documentId, QWidget* parent,
                           const QString& currency)
{
    PaymentDialog dialog(context, clientId, documentId, parent);
    dialog.useCurrency(currency);
    const bool stored = dialog.exec() == QDialog::Accepted;
    return stored || dialog.m_creditUsed;
}

bool PaymentDialog::recordRefund(AppContext& context, qint64 clientId, const QString& currency, qint64 amountCents,
                                 QWidget* parent)
{
    PaymentDialog dialog(context, clientId, 0, parent);
    dialog.useCurrency(currency);
    dialog.startRefund(amountCents);
    return dialog.exec() == QDialog::Accepted;
}

void PaymentDialog::startRefund(qint64 amountCents)
{
    m_refund->setChecked(true);
    if (amountCents > 0) {
        m_amount->setText(Money::fromCents(amountCents, m_currency).format(QLocale()));
        propose();
    }
}

QDate PaymentDialog::today() const
{
    return LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
}

QString PaymentDialog::format(qint64 cents) const
{
    return Money::fromCents(cents, m_currency).format(QLocale());
}

void PaymentDialog::clientChanged()
{
    m_clientId = m_client->currentData().toLongLong();
    m_currency = QStringLiteral("EUR");
    if (m_clientId > 0) {
        if (auto client = ClientRepository(m_context.database).load(m_clientId); client && !client->currency.isEmpty())
            m_currency = client->currency;
    }
    applyCurrency();
}

void PaymentDialog::useCurrency(const QString& currency)
{
    if (!Money::isValidCurrencyCode(currency) || currency == m_currency)
        return;
    m_currency = currency;
    applyCurrency();
}

void PaymentDialog::applyCurrency()
{
    const bool foreign = m_currency != QLatin1String("EUR");
    rows()->setRowVisible(kEur, foreign);
    m_currencyLabel->setText(Money::currencySymbol(m_currency, QLocale()));
    loadLines();
    propose();
}

void PaymentDialog::loadLines()
{
    m_lines.clear();
    if (m_clientId > 0 && !m_refund->isChecked()) {
        auto receivables = PaymentService(m_context.database).receivables(today(), m_clientId);
        if (receivables) {
            QList<PaymentService::Receivable> list = receivables.value();
            // Oldest due first, as the proposal spreads a payment.
            std::stable_sort(list.begin(), list.end(),
                             [](const auto& a, const auto& b) { return a.dueDate < b.dueDate; });
            for (const auto& receivable : std::as_const(list)) {
                if (receivable.currency == m_currency && receivable.outstandingCents > 0)
                    m_lines.append(
                        {receivable.documentId, receivable.number, receivable.dueDate, receivable.outstandingCents});
            }
        } else {
            m_refusal->setText(receivables.error().message);
            m_refusal->show();
        }
    } else if (m_clientId > 0) {
        // Refund: the client's invoices that credit notes made overpaid (what is owed back to them).
        QSqlQuery query(m_context.database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT d.id, d.number, d.due_date, "
            "d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) AS outstanding "
            "FROM documents d LEFT JOIN document_balances b ON b.document_id = d.id "
            "WHERE d.client_id = ? AND d.kind IN ('invoice', 'deposit') AND d.status <> 'draft' AND d.currency = ? "
            "AND d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) < 0 "
            "ORDER BY d.issue_date, d.id"));
        query.addBindValue(m_clientId);
        query.addBindValue(m_currency);
        if (query.exec()) {
            while (query.next())
                m_lines.append({query.value(0).toLongLong(), query.value(1).toString(),
                                QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                query.value(3).toLongLong()});
        }
        query.finish();
    }
    fillTable();
    updateCredit();
}

void PaymentDialog::fillTable()
{
    m_filling = true;
    m_table->setRowCount(int(m_lines.size()));
    const QLocale locale;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line& line = m_lines.at(row);
        auto* invoice = new QTableWidgetItem(line.number);
        invoice->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        invoice->setCheckState(Qt::Unchecked);
        invoice->setData(kIdRole, line.documentId);
        m_table->setItem(row, InvoiceColumn, invoice);
        auto* due = new QTableWidgetItem(ClientUi::formatDate(line.dueDate));
        due->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, DueColumn, due);
        auto* outstanding = new QTableWidgetItem(format(std::abs(line.outstandingCents)));
        outstanding->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        outstanding->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, OutstandingColumn, outstanding);
        auto* amount = new QTableWidgetItem;
        amount->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
        if (line.documentId == m_documentId)
            m_table->setCurrentCell(row, InvoiceColumn);
    }
    m_filling = false;
}

std::optional<qint64> PaymentDialog::typedCents() const
{
    auto amount = Money::parse(m_amount->text(), m_currency, QLocale());
    if (!amount)
        return std::nullopt;
    return amount->cents();
}

std::optional<qint64> PaymentDialog::lineCents(int row) const
{
    const QString text = m_table->item(row, AmountColumn)->text().trimmed();
    if (text.isEmpty())
        return qint64(0);
    auto amount = Money::parse(text, m_currency, QLocale());
    if (!amount || amount->isNegative())
        return std::nullopt;
    return amount->cents();
}

void PaymentDialog::amountEdited()
{
    propose();
}

void PaymentDialog::propose()
{
    const qint64 cents = std::max<qint64>(0, typedCents().value_or(0));
    QHash<qint64, qint64> given;
    if (cents > 0 && !m_lines.isEmpty()) {
        qint64 left = cents;
        // The invoice the dialog was opened for comes first; then oldest due first.
        for (const Line& line : std::as_const(m_lines)) {
            if (line.documentId == m_documentId) {
                const qint64 part = std::min(left, std::abs(line.outstandingCents));
                given.insert(line.documentId, part);
                left -= part;
            }
        }
        if (left > 0 && !m_refund->isChecked()) {
            auto proposal = PaymentService(m_context.database).proposeAllocations(m_clientId, m_currency, cents);
            if (proposal) {
                for (const auto& allocation : std::as_const(proposal.value())) {
                    if (left <= 0)
                        break;
                    if (given.contains(allocation.documentId))
                        continue;
                    const qint64 part = std::min(left, allocation.amountCents);
                    given.insert(allocation.documentId, part);
                    left -= part;
                }
            }
        }
        for (const Line& line : std::as_const(m_lines)) {
            if (left <= 0)
                break;
            if (given.contains(line.documentId))
                continue;
            const qint64 part = std::min(left, std::abs(line.outstandingCents));
            given.insert(line.documentId, part);
            left -= part;
        }
    }
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 part = given.value(m_lines.at(row).documentId, 0);
        m_table->item(row, InvoiceColumn)->setCheckState(part > 0 ? Qt::Checked : Qt::Unchecked);
        m_table->item(row, AmountColumn)->setText(part > 0 ? format(part) : QString());
    }
    m_filling = false;
    updateRemainder();
}

void PaymentDialog::setAllocation(qint64 documentId, bool checked, const QString& amount)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).documentId != documentId)
            continue;
        m_filling = true;
        m_table->item(row, InvoiceColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        m_table->item(row, AmountColumn)->setText(checked ? amount : QString());
        m_filling = false;
    }
    rows()->changed(kAllocations);
    updateRemainder();
}

QList<Payment::Allocation> PaymentDialog::allocations() const
{
    QList<Payment::Allocation> list;
    const qint64 sign = m_refund->isChecked() ? -1 : 1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, InvoiceColumn)->checkState() != Qt::Checked)
            continue;
        const qint64 cents = lineCents(row).value_or(0);
        if (cents > 0)
            list.append({m_lines.at(row).documentId, sign * cents, m_lines.at(row).number});
    }
    return list;
}

void PaymentDialog::updateRemainder()
{
    const auto typed = typedCents();
    if (!typed || *typed <= 0) {
        m_remainder->setText(m_lines.isEmpty() ? QString() : tr("Type the amount to spread it over the invoices."));
        m_remainder->setStyleSheet(QString());
        return;
    }
    qint64 allocated = 0;
    for (const auto& allocation : allocations())
        allocated += std::abs(allocation.amountCents);
    const qint64 left = *typed - allocated;
    if (left < 0) {
        m_remainder->setText(tr("The invoices are given %1 more than the payment.").arg(format(-left)));
        m_remainder->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    } else if (left == 0) {
        m_remainder->setText(m_refund->isChecked() ? tr("The whole refund goes to the invoices above.")
                                                   : tr("The whole payment goes to the invoices above."));
        m_remainder->setStyleSheet(QString());
    } else {
        m_remainder->setText(m_refund->isChecked() ? tr("%1 will be taken from the client’s credit.").arg(format(left))
                                                   : tr("%1 will be kept as the client’s credit.").arg(format(left)));
        m_remainder->setStyleSheet(QStringLiteral("font-weight: 600;"));
    }
}

void PaymentDialog::updateCredit()
{
    m_creditCents = 0;
    if (m_clientId > 0) {
        if (auto credit = PaymentService(m_context.database).clientCredit(m_clientId, m_currency))
            m_creditCents = credit.value();
    }
    const bool show = m_creditCents > 0;
    m_credit->setVisible(show);
    m_useCredit->setVisible(show && !m_refund->isChecked());
    m_credit->setText(tr("The client has %1 of credit from earlier payments.").arg(format(m_creditCents)));
    const int row = m_table->currentRow();
    const bool canUse = show && row >= 0 && row < m_lines.size() && m_lines.at(row).outstandingCents > 0;
    m_useCredit->setEnabled(canUse);
    m_useCredit->setToolTip(canUse ? tr("Use the credit to pay %1").arg(m_lines.at(row).number)
                                   : tr("Select an invoice to use the credit on."));
}

void PaymentDialog::useCredit()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_lines.size() || m_creditCents <= 0)
        return;
    const Line line = m_lines.at(row);
    auto used =
        PaymentService(m_context.database).useCredit(line.documentId, std::min(m_creditCents, line.outstandingCents));
    if (!used) {
        m_refusal->setText(used.error().message);
        m_refusal->show();
        return;
    }
    m_refusal->hide();
    m_creditUsed = true;
    loadLines();
    propose();
}

Payment PaymentDialog::payment() const
{
    Payment payment;
    payment.clientId = m_clientId;
    payment.receivedOn = m_date->date();
    const qint64 sign = m_refund->isChecked() ? -1 : 1;
    const qint64 cents = sign * std::abs(typedCents().value_or(0));
    payment.amount = Money::fromCents(cents, m_currency);
    if (m_currency == QLatin1String("EUR")) {
        payment.eurCents = cents;
    } else {
        auto eur = Money::parse(m_eur->text(), QStringLiteral("EUR"), QLocale());
        payment.eurCents = eur ? sign * std::abs(eur->cents()) : 0;
    }
    payment.method = static_cast<Payment::Method>(m_method->currentData().toInt());
    payment.reference = m_reference->text().trimmed();
    payment.notes = m_notes->toPlainText().trimmed();
    payment.allocations = allocations();
    return payment;
}

bool PaymentDialog::save()
{
    auto stored = PaymentService(m_context.database).add(payment());
    if (!stored) {
        // PaymentService's refusal, in its words, in the dialog (which stays open with what was typed).
        m_refusal->setText(stored.error().message);
        m_refusal->show();
        return false;
    }
    m_refusal->hide();
    m_saved = stored.value();
    return true;
}

void PaymentDialog::retranslateUi()
{
    setHeading(m_refund->isChecked() ? tr("Record a refund") : tr("Record a payment"));
    setSaveText(m_refund->isChecked() ? tr("Record refund") : tr("Record payment"));
    rows()->setLabelText(kClient, tr("C&lient:"));
    rows()->setLabelText(kDate, tr("&Date received:"));
    rows()->setLabelText(kRefund, QString());
    m_refund->setText(tr("This is a refund paid back to the client"));
    rows()->setLabelText(kAmount, tr("&Amount:"));
    rows()->setHint(kAmount, tr("In the client’s currency, as on their invoices."));
    rows()->setLabelText(kEur, tr("&Euros received:"));
    rows()->setHint(kEur, tr("What reached your account in euros: the figure you declare."));
    rows()->setLabelText(kMethod, tr("&Method:"));
    rows()->setLabelText(kReference, tr("&Reference:"));
    m_reference->setPlaceholderText(tr("Transfer label, cheque number…"));
    rows()->setLabelText(kNotes, tr("&Notes:"));
    rows()->setLabelText(kAllocations, tr("&Invoices:"));
    m_table->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Outstanding"), tr("Amount")});
    m_table->horizontalHeaderItem(OutstandingColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeaderItem(AmountColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_useCredit->setText(tr("Use credit"));
    if (m_client->count() > 0 && m_client->itemData(0).toLongLong() == 0)
        m_client->setItemText(0, tr("Choose a client…"));
    const QVariant method = m_method->currentData();
    {
        const QSignalBlocker blocker(m_method);
        m_method->clear();
        using Method = Payment::Method;
        for (const Method one : {Method::Transfer, Method::Card, Method::Cheque, Method::Cash, Method::DirectDebit,
                                 Method::PayPal, Method::Other})
            m_method->addItem(Payment::methodText(one), static_cast<int>(one));
        m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
    }
    m_date->setLocale(QLocale());
    updateRemainder();
    updateCredit();
}

} // namespace Bureau
