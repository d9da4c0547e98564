// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/ReceivablesView.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/storage/Database.h"
#include "ui/clients/ClientUi.h"
#include "ui/invoices/PaymentDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusPillDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedLayout>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace Bureau
{

namespace
{

enum Column
{
    ClientColumn,
    NumberColumn,
    IssuedColumn,
    DueColumn,
    OverdueColumn,
    OutstandingColumn,
    ColumnCount,
};

constexpr int kCards = 5;

bool matchesAge(const PaymentService::Receivable& receivable, ReceivablesView::Age age)
{
    const int days = receivable.daysOverdue;
    switch (age) {
    case ReceivablesView::Age::All:
        return true;
    case ReceivablesView::Age::NotDue:
        return days <= 0;
    case ReceivablesView::Age::Overdue:
        return days > 0;
    case ReceivablesView::Age::Days0To30:
        return days > 0 && days <= 30;
    case ReceivablesView::Age::Days31To60:
        return days > 30 && days <= 60;
    case ReceivablesView::Age::Over60:
        return days > 60;
    }
    return true;
}

QString ageKey(int daysOverdue)
{
    if (daysOverdue <= 0)
        return QStringLiteral("notdue");
    return daysOverdue <= 30 ? QStringLiteral("late") : QStringLiteral("verylate");
}

QString money(qint64 cents, const QString& currency)
{
    return Money::fromCents(cents, currency).format(QLocale());
}

} // namespace

ReceivablesView::ReceivablesView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("receivables"));
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    // What is owed, at a glance, in the main currency; others on one quiet line below.
    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    for (int i = 0; i < kCards; ++i) {
        auto* frame = new QFrame(m_content);
        frame->setObjectName(QStringLiteral("card"));
        auto* cardLayout = new QVBoxLayout(frame);
        cardLayout->setContentsMargins(16, 12, 16, 12);
        cardLayout->setSpacing(2);
        Card card;
        card.value = new QLabel(frame);
        card.value->setObjectName(QStringLiteral("receivablesTotal%1").arg(i));
        card.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = card.value->font();
        font.setPointSizeF(font.pointSizeF() * (i == 0 ? 1.6 : 1.3));
        font.setWeight(QFont::DemiBold);
        card.value->setFont(font);
        card.caption = new QLabel(frame);
        card.caption->setObjectName(QStringLiteral("cardCaption"));
        cardLayout->addWidget(card.value);
        cardLayout->addWidget(card.caption);
        cards->addWidget(frame, 1);
        m_cards.append(card);
    }
    layout->addLayout(cards);
    m_otherCurrencies = new QLabel(m_content);
    m_otherCurrencies->setObjectName(QStringLiteral("mutedLabel"));
    m_otherCurrencies->setWordWrap(true);
    layout->addWidget(m_otherCurrencies);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_clientLabel = new QLabel(m_content);
    m_client = new QComboBox(m_content);
    m_client->setObjectName(QStringLiteral("receivablesClient"));
    m_client->setMinimumContentsLength(16);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientLabel->setBuddy(m_client);
    m_ageLabel = new QLabel(m_content);
    m_age = new QComboBox(m_content);
    m_age->setObjectName(QStringLiteral("receivablesAge"));
    m_ageLabel->setBuddy(m_age);
    m_countLabel = new QLabel(m_content);
    m_countLabel->setObjectName(QStringLiteral("mutedLabel"));
    filters->addWidget(m_clientLabel);
    filters->addWidget(m_client);
    filters->addSpacing(16);
    filters->addWidget(m_ageLabel);
    filters->addWidget(m_age);
    filters->addStretch(1);
    filters->addWidget(m_countLabel);
    layout->addLayout(filters);

    m_table = ClientUi::createTable(m_content, m_model, QStringLiteral("receivablesTable"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ClientColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(NumberColumn, 120);
    m_table->setColumnWidth(IssuedColumn, 108);
    m_table->setColumnWidth(DueColumn, 108);
    m_table->setColumnWidth(OverdueColumn, 190);
    m_table->setColumnWidth(OutstandingColumn, 130);
    auto* pills = new StatusPillDelegate(m_table);
    pills->setTone(QStringLiteral("notdue"), StatusPillDelegate::Tone::Neutral);
    pills->setTone(QStringLiteral("late"), StatusPillDelegate::Tone::Orange);
    pills->setTone(QStringLiteral("verylate"), StatusPillDelegate::Tone::Red);
    m_table->setItemDelegateForColumn(OverdueColumn, pills);
    layout->addWidget(m_table, 1);

    // The selected row: its client's contact, one click away, and what to do with it.
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_contact = new QLabel(m_content);
    m_contact->setObjectName(QStringLiteral("receivablesContact"));
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setOpenExternalLinks(true);
    m_contact->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto button = [this](const QString& name, const QString& icon) {
        auto* created = new QPushButton(m_content);
        created->setObjectName(name);
        if (!icon.isEmpty())
            created->setIcon(Icons::forPalette(icon, palette()));
        return created;
    };
    m_open = button(QStringLiteral("receivablesOpen"), QString());
    m_email = button(QStringLiteral("receivablesEmail"), QStringLiteral("mail"));
    m_call = button(QStringLiteral("receivablesCall"), QString());
    m_copy = button(QStringLiteral("receivablesCopy"), QStringLiteral("copy"));
    m_pay = button(QStringLiteral("receivablesRecordPayment"), QString());
    m_pay->setDefault(false);
    m_pay->setObjectName(QStringLiteral("primaryButton"));
    m_pay->setProperty("receivablesAction", QStringLiteral("pay"));
    actions->addWidget(m_contact, 1);
    actions->addWidget(m_copy);
    actions->addWidget(m_call);
    actions->addWidget(m_email);
    actions->addWidget(m_open);
    actions->addWidget(m_pay);
    layout->addLayout(actions);

    // What is owed to clients: shown only when there is some.
    m_creditsBox = new QWidget(m_content);
    m_creditsBox->setObjectName(QStringLiteral("receivablesCredits"));
    auto* creditsLayout = new QVBoxLayout(m_creditsBox);
    creditsLayout->setContentsMargins(0, 8, 0, 0);
    creditsLayout->setSpacing(6);
    m_creditsTitle = new QLabel(m_creditsBox);
    QFont titleFont = m_creditsTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_creditsTitle->setFont(titleFont);
    m_creditsHint = new QLabel(m_creditsBox);
    m_creditsHint->setObjectName(QStringLiteral("mutedLabel"));
    m_creditsHint->setWordWrap(true);
    m_creditsModel = new QStandardItemModel(0, 3, this);
    m_creditsTable = ClientUi::createTable(m_creditsBox, m_creditsModel, QStringLiteral("receivablesCreditsTable"));
    m_creditsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_creditsTable->setColumnWidth(0, 240);
    m_creditsTable->setColumnWidth(2, 130);
    m_refundCredit = new QPushButton(m_creditsBox);
    m_refundCredit->setObjectName(QStringLiteral("receivablesRefundCredit"));
    m_useCredit = new QPushButton(m_creditsBox);
    m_useCredit->setObjectName(QStringLiteral("receivablesUseCredit"));
    auto* creditActions = new QHBoxLayout;
    creditActions->setSpacing(8);
    creditActions->addWidget(m_creditsHint, 1);
    creditActions->addWidget(m_useCredit);
    creditActions->addWidget(m_refundCredit);
    creditsLayout->addWidget(m_creditsTitle);
    creditsLayout->addWidget(m_creditsTable);
    creditsLayout->addLayout(creditActions);
    layout->addWidget(m_creditsBox);
    m_content->setStyleSheet(ClientUi::listStyleSheet(palette()));

    m_empty = new EmptyState(QStringLiteral("invoices"), this);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);

    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            fillTable();
    });
    connect(m_age, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            fillTable();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceivablesView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &ReceivablesView::openSelected);
    connect(m_open, &QPushButton::clicked, this, &ReceivablesView::openSelected);
    connect(m_pay, &QPushButton::clicked, this, &ReceivablesView::recordPaymentForSelected);
    connect(m_email, &QPushButton::clicked, this, &ReceivablesView::emailSelected);
    connect(m_call, &QPushButton::clicked, this, &ReceivablesView::callSelected);
    connect(m_copy, &QPushButton::clicked, this, &ReceivablesView::copySelected);
    connect(m_refundCredit, &QPushButton::clicked, this, &ReceivablesView::refundSelectedCredit);
    connect(m_useCredit, &QPushButton::clicked, this, &ReceivablesView::useSelectedCredit);
    connect(m_creditsTable, &QTableView::doubleClicked, this, &ReceivablesView::useSelectedCredit);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        selectRow(index.row());
        QMenu menu(this);
        menu.addAction(tr("Open invoice"), this, &ReceivablesView::openSelected);
        menu.addAction(tr("Record payment…"), this, &ReceivablesView::recordPaymentForSelected);
        const PaymentService::Receivable receivable = receivableAt(index.row());
        if (!receivable.clientEmail.isEmpty())
            menu.addAction(tr("E-mail the client"), this, &ReceivablesView::emailSelected);
        if (!receivable.clientPhone.isEmpty())
            menu.addAction(tr("Call the client"), this, &ReceivablesView::callSelected);
        menu.addSeparator();
        menu.addAction(tr("Copy"), this, &ReceivablesView::copySelected);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    m_updating = true;
    fillAges();
    m_updating = false;
    retranslateUi();
    refresh();
}

QDate ReceivablesView::today() const
{
    return LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
}

void ReceivablesView::refresh()
{
    const QDate day = today();
    PaymentService payments(m_context.database);
    auto receivables = payments.receivables(day);
    auto ageing = payments.ageing(day);
    auto credits = payments.credits();
    const int selected = selectedCredit();
    const std::pair<qint64, QString> keep =
        selected >= 0 ? std::pair(m_credits.at(selected).clientId, m_credits.at(selected).currency)
                      : std::pair<qint64, QString>();
    if (!receivables || !ageing || !credits) {
        m_all.clear();
        m_ageing.clear();
        m_credits.clear();
        MessageBox::showError(this, tr("The receivables cannot be read"),
                              !receivables ? receivables.error() : !ageing ? ageing.error() : credits.error());
    } else {
        m_all = receivables.value();
        m_ageing = ageing.value();
        m_credits = credits.value();
    }
    m_updating = true;
    fillClients();
    m_updating = false;
    m_stack->setCurrentWidget(m_all.isEmpty() && m_credits.isEmpty() ? static_cast<QWidget*>(m_empty) : m_content);
    updateTotals();
    fillTable();
    fillCredits(keep);
}

void ReceivablesView::fillCredits(const std::pair<qint64, QString>& keep)
{
    m_creditsModel->removeRows(0, m_creditsModel->rowCount());
    int reselect = 0;
    for (const PaymentService::ClientCredit& credit : std::as_const(m_credits)) {
        QStringList sources;
        if (!credit.overpaidNumbers.isEmpty())
            sources << tr("overpaid after a credit note: %1").arg(credit.overpaidNumbers.join(QStringLiteral(", ")));
        if (credit.unallocatedCents > 0)
            sources << tr("received for no invoice: %1").arg(money(credit.unallocatedCents, credit.currency));
        auto* client = new QStandardItem(credit.clientName);
        auto* from = new QStandardItem(sources.join(QStringLiteral(" · ")));
        from->setToolTip(from->text());
        auto* amount = new QStandardItem(money(credit.creditCents(), credit.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (credit.clientId == keep.first && credit.currency == keep.second)
            reselect = m_creditsModel->rowCount();
        m_creditsModel->appendRow({client, from, amount});
    }
    m_creditsBox->setVisible(!m_credits.isEmpty());
    // As many rows as there are, up to five; the table scrolls beyond.
    const int shown = std::clamp(int(m_credits.size()), 1, 5);
    m_creditsTable->setFixedHeight(m_creditsTable->horizontalHeader()->sizeHint().height()
                                   + shown * ClientUi::kRowHeight + 2 * m_creditsTable->frameWidth());
    if (!m_credits.isEmpty())
        selectCredit(reselect);
    m_refundCredit->setEnabled(!m_credits.isEmpty());
    m_useCredit->setEnabled(!m_credits.isEmpty());
}

int ReceivablesView::selectedCredit() const
{
    const QModelIndex current = m_creditsTable->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_credits.size() ? current.row() : -1;
}

void ReceivablesView::selectCredit(int row)
{
    if (row < 0 || row >= m_creditsModel->rowCount())
        return;
    m_creditsTable->selectionModel()->setCurrentIndex(m_creditsModel->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReceivablesView::refundSelectedCredit()
{
    const int row = selectedCredit();
    if (row < 0)
        return;
    const PaymentService::ClientCredit credit = m_credits.at(row);
    if (PaymentDialog::recordRefund(m_context, credit.clientId, credit.currency, credit.creditCents(), this))
        refresh();
}

void ReceivablesView::useSelectedCredit()
{
    const int row = selectedCredit();
    if (row < 0)
        return;
    if (PaymentDialog::record(m_context, m_credits.at(row).clientId, 0, this, m_credits.at(row).currency))
        refresh();
}

bool ReceivablesView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ReceivablesView::fillClients()
{
    // The clients who owe something, by name (from the receivables themselves: no other query).
    QList<std::pair<QString, qint64>> clients;
    for (const auto& receivable : std::as_const(m_all)) {
        const std::pair<QString, qint64> entry{receivable.clientName, receivable.clientId};
        if (!clients.contains(entry))
            clients.append(entry);
    }
    std::sort(clients.begin(), clients.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const qint64 current = m_client->currentData().toLongLong();
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"), qint64(0));
    for (const auto& [name, id] : clients)
        m_client->addItem(name, id);
    m_client->setCurrentIndex(std::max(0, m_client->findData(current)));
}

void ReceivablesView::fillAges()
{
    const QVariant current = m_age->currentData();
    const QSignalBlocker blocker(m_age);
    m_age->clear();
    m_age->addItem(tr("Any age"), static_cast<int>(Age::All));
    m_age->addItem(tr("Not yet due"), static_cast<int>(Age::NotDue));
    m_age->addItem(tr("Overdue"), static_cast<int>(Age::Overdue));
    m_age->addItem(tr("Overdue 0–30 days"), static_cast<int>(Age::Days0To30));
    m_age->addItem(tr("Overdue 31–60 days"), static_cast<int>(Age::Days31To60));
    m_age->addItem(tr("Overdue over 60 days"), static_cast<int>(Age::Over60));
    m_age->setCurrentIndex(std::max(0, m_age->findData(current)));
}

void ReceivablesView::setAgeFilter(Age age)
{
    m_age->setCurrentIndex(std::max(0, m_age->findData(static_cast<int>(age))));
}

void ReceivablesView::setClientFilter(qint64 clientId)
{
    m_client->setCurrentIndex(std::max(0, m_client->findData(clientId)));
}

void ReceivablesView::fillTable()
{
    const qint64 previous = selectedIndex() >= 0 ? m_all.at(selectedIndex()).documentId : 0;
    const qint64 clientId = m_client->currentData().toLongLong();
    const auto age = static_cast<Age>(m_age->currentData().toInt());
    m_shown.clear();
    m_model->removeRows(0, m_model->rowCount());
    int reselect = -1;
    for (int i = 0; i < m_all.size(); ++i) {
        const PaymentService::Receivable& receivable = m_all.at(i);
        if ((clientId != 0 && receivable.clientId != clientId) || !matchesAge(receivable, age))
            continue;
        QList<QStandardItem*> row;
        auto add = [&row](const QString& text, const QVariant& raw = {}) {
            auto* item = new QStandardItem(text);
            item->setData(raw.isValid() ? raw : QVariant(text), RawValueRole);
            row.append(item);
            return item;
        };
        add(receivable.clientName)->setData(receivable.documentId, IdRole);
        add(receivable.number);
        add(ClientUi::formatDate(receivable.issueDate), receivable.issueDate);
        add(ClientUi::formatDate(receivable.dueDate), receivable.dueDate);
        const int days = receivable.daysOverdue;
        QString overdue;
        if (days > 0)
            overdue = tr("%n day(s) late", "", days);
        else if (days == 0)
            overdue = tr("Due today");
        else
            overdue = tr("Due in %n day(s)", "", -days);
        add(overdue, ageKey(days))->setToolTip(overdue);
        add(money(receivable.outstandingCents, receivable.currency))
            ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (receivable.dueCents != receivable.outstandingCents)
            row.last()->setToolTip(tr("%1 of %2 still to be paid")
                                       .arg(money(receivable.outstandingCents, receivable.currency),
                                            money(receivable.dueCents, receivable.currency)));
        if (receivable.documentId == previous)
            reselect = int(m_shown.size());
        m_shown.append(i);
        m_model->appendRow(row);
    }
    m_countLabel->setText(tr("%n invoice(s)", "", int(m_shown.size())));
    if (!m_shown.isEmpty())
        selectRow(reselect >= 0 ? reselect : 0);
    updateActions();
}

void ReceivablesView::updateTotals()
{
    // The main currency: the one with most outstanding (euros on a tie or when nothing is owed).
    int main = -1;
    for (int i = 0; i < m_ageing.size(); ++i) {
        const auto& totals = m_ageing.at(i);
        if (main < 0 || totals.totalCents() > m_ageing.at(main).totalCents()
            || (totals.totalCents() == m_ageing.at(main).totalCents() && totals.currency == QLatin1String("EUR")))
            main = i;
    }
    PaymentService::AgeingTotals shown;
    shown.currency = QStringLiteral("EUR");
    if (main >= 0)
        shown = m_ageing.at(main);
    const qint64 values[kCards] = {shown.totalCents(), shown.notDueCents, shown.days0To30Cents, shown.days31To60Cents,
                                   shown.over60Cents};
    for (int i = 0; i < kCards; ++i)
        m_cards[i].value->setText(money(values[i], shown.currency));
    QStringList others;
    for (int i = 0; i < m_ageing.size(); ++i) {
        const auto& totals = m_ageing.at(i);
        if (i == main || totals.totalCents() == 0)
            continue;
        const qint64 overdue = totals.days0To30Cents + totals.days31To60Cents + totals.over60Cents;
        others.append(tr("%1 (%2 overdue)", "another currency: outstanding (overdue)")
                          .arg(money(totals.totalCents(), totals.currency), money(overdue, totals.currency)));
    }
    m_otherCurrencies->setVisible(!others.isEmpty());
    m_otherCurrencies->setText(tr("Also outstanding in other currencies: %1.").arg(others.join(QStringLiteral(", "))));
}

int ReceivablesView::selectedIndex() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_shown.size())
        return -1;
    return m_shown.at(current.row());
}

PaymentService::Receivable ReceivablesView::receivableAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return {};
    return m_all.at(m_shown.at(row));
}

QString ReceivablesView::totalText(int card) const
{
    return card >= 0 && card < m_cards.size() ? m_cards.at(card).value->text() : QString();
}

void ReceivablesView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReceivablesView::updateActions()
{
    const int index = selectedIndex();
    const bool selected = index >= 0;
    const PaymentService::Receivable receivable = selected ? m_all.at(index) : PaymentService::Receivable{};
    m_open->setEnabled(selected);
    m_pay->setEnabled(selected);
    m_copy->setEnabled(selected);
    m_email->setEnabled(selected && !receivable.clientEmail.isEmpty());
    m_call->setEnabled(selected && !receivable.clientPhone.isEmpty());
    m_email->setToolTip(receivable.clientEmail.isEmpty()
                            ? tr("No e-mail address for this client.")
                            : tr("Write to %1 about invoice %2").arg(receivable.clientEmail, receivable.number));
    m_call->setToolTip(receivable.clientPhone.isEmpty() ? tr("No phone number for this client.")
                                                        : tr("Call %1").arg(receivable.clientPhone));
    if (!selected) {
        m_contact->clear();
        return;
    }
    QStringList links;
    if (!receivable.clientEmail.isEmpty())
        links.append(ClientUi::emailLink(receivable.clientEmail));
    if (!receivable.clientPhone.isEmpty())
        links.append(ClientUi::phoneLink(receivable.clientPhone, {}));
    m_contact->setText(links.isEmpty()
                           ? tr("%1: no e-mail address or phone number.").arg(receivable.clientName.toHtmlEscaped())
                           : tr("%1: %2", "client name: e-mail · phone")
                                 .arg(receivable.clientName.toHtmlEscaped(), links.join(QStringLiteral(" · "))));
}

QString ReceivablesView::mailtoUrl(const PaymentService::Receivable& receivable)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(receivable.clientEmail);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"),
                       QString::fromLatin1(QUrl::toPercentEncoding(tr("Invoice %1").arg(receivable.number))));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void ReceivablesView::openSelected()
{
    if (const int index = selectedIndex(); index >= 0)
        emit openDocumentRequested(m_all.at(index).documentId);
}

void ReceivablesView::recordPaymentForSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const PaymentService::Receivable receivable = m_all.at(index);
    if (PaymentDialog::record(m_context, receivable.clientId, receivable.documentId, this))
        refresh();
}

void ReceivablesView::emailSelected()
{
    const int index = selectedIndex();
    if (index < 0 || m_all.at(index).clientEmail.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl(mailtoUrl(m_all.at(index)), QUrl::StrictMode));
}

void ReceivablesView::callSelected()
{
    const int index = selectedIndex();
    if (index < 0 || m_all.at(index).clientPhone.isEmpty())
        return;
    QString target;
    for (const QChar c : m_all.at(index).clientPhone) {
        if (c.isDigit() || c == u'+')
            target += c;
    }
    QDesktopServices::openUrl(QUrl(QStringLiteral("tel:") + target));
}

void ReceivablesView::copySelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const PaymentService::Receivable& receivable = m_all.at(index);
    QApplication::clipboard()->setText(tr("%1\t%2\t%3\t%4", "client, number, due date, outstanding (tab-separated)")
                                           .arg(receivable.clientName, receivable.number,
                                                ClientUi::formatDate(receivable.dueDate),
                                                money(receivable.outstandingCents, receivable.currency)));
}

void ReceivablesView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_age)
        retranslateUi();
}

void ReceivablesView::retranslateUi()
{
    m_model->setHorizontalHeaderLabels(
        {tr("Client"), tr("Number"), tr("Issued"), tr("Due"), tr("Overdue"), tr("Outstanding")});
    m_model->horizontalHeaderItem(OutstandingColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QString captions[kCards] = {tr("outstanding"), tr("not yet due"), tr("overdue 0–30 days"),
                                      tr("overdue 31–60 days"), tr("overdue over 60 days")};
    for (int i = 0; i < kCards; ++i)
        m_cards[i].caption->setText(captions[i]);
    m_clientLabel->setText(tr("&Client:"));
    m_ageLabel->setText(tr("&Age:"));
    m_open->setText(tr("Open invoice"));
    m_pay->setText(tr("Record payment…"));
    m_email->setText(tr("E-mail"));
    m_call->setText(tr("Call"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the client, number, due date and amount"));
    m_creditsTitle->setText(tr("Owed to your clients"));
    m_creditsHint->setText(tr("Money received beyond what was invoiced: pay it back, or let one of the client's "
                              "invoices use it."));
    m_creditsModel->setHorizontalHeaderLabels({tr("Client"), tr("From"), tr("Owed to the client")});
    m_creditsModel->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_refundCredit->setText(tr("Pay back…"));
    m_refundCredit->setToolTip(tr("Record the refund of the selected client's credit"));
    m_useCredit->setText(tr("Use on an invoice…"));
    m_useCredit->setToolTip(tr("Open the payment dialog, where the credit pays one of the client's invoices"));
    if (const int selected = m_creditsTable->selectionModel() ? selectedCredit() : -1; selected >= 0)
        fillCredits({m_credits.at(selected).clientId, m_credits.at(selected).currency});
    else if (m_creditsTable->selectionModel())
        fillCredits({});
    m_empty->setTexts(tr("Nothing outstanding"),
                      tr("Every issued invoice is paid. Invoices still to be paid are listed here, the most overdue "
                         "first."));
    ClientUi::polishEmptyState(m_empty, QStringLiteral("invoices"));
    m_updating = true;
    fillAges();
    if (m_client->count() > 0)
        m_client->setItemText(0, tr("All clients"));
    m_updating = false;
    if (m_table->selectionModel())
        fillTable();
    updateTotals();
}

} // namespace Bureau
