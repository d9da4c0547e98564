// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientImportDialog.h"

#include "core/storage/Database.h"
#include "core/storage/OnboardingRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

struct ColumnWidth
{
    int column;
    int width;
};

// Status takes what is left.
constexpr ColumnWidth kWidths[] = {
    {ClientImportDialog::Name, 150},  {ClientImportDialog::Kind, 84},  {ClientImportDialog::Professional, 100},
    {ClientImportDialog::Contacts, 72}, {ClientImportDialog::Email, 160}, {ClientImportDialog::Phone, 112},
    {ClientImportDialog::Action, 108},
};

} // namespace

ClientImportDialog::ClientImportDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("clientImportDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(24, 16, 24, 16);
    body->setSpacing(8);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dialogHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    body->addWidget(m_heading);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("mutedLabel"));
    m_source->setWordWrap(true);
    body->addWidget(m_source);
    body->addSpacing(8);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ClientUi::kRowHeight + 4);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(56);
    header->setSectionResizeMode(Status, QHeaderView::Stretch);
    for (const ColumnWidth& entry : kWidths)
        m_table->setColumnWidth(entry.column, entry.width);
    // The client list's look (its style sheet names the list's object name: this table takes its rules).
    m_table->setStyleSheet(ClientUi::listStyleSheet(palette()).replace(QStringLiteral("QTableView#clientTable"),
                                                                        QStringLiteral("QTableView#importTable")));
    body->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ClientImportDialog::updateDetails);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != Professional || item->row() >= m_preview.candidates.size())
            return;
        m_preview.candidates[item->row()].client.professional = item->checkState() == Qt::Checked;
    });

    // What the importer says about the current row, in full (the status column is elided).
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 2);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    body->addWidget(m_details);
    m_ignored = new QLabel(this);
    m_ignored->setObjectName(QStringLiteral("mutedLabel"));
    m_ignored->setWordWrap(true);
    m_ignored->hide();
    body->addWidget(m_ignored);
    layout->addLayout(body, 1);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(24, 12, 24, 12);
    footer->setSpacing(8);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("importSummary"));
    m_summaryLabel->setWordWrap(true);
    footer->addWidget(m_summaryLabel, 1);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("primaryButton"));
    m_import->setDefault(true);
    footer->addWidget(m_cancel);
    footer->addWidget(m_import);
    layout->addLayout(footer);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ClientImportDialog::accept);

    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1040, available.width() - 48), std::min(600, available.height() - 64));
    retranslateUi();
}

QString ClientImportDialog::fileFilter()
{
    return tr("Address books and spreadsheets (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv)");
}

bool ClientImportDialog::openFile(const QString& path)
{
    auto preview = ClientImporter(m_database).previewFile(path);
    if (!preview) {
        MessageBox::showError(parentWidget() ? parentWidget() : this, tr("The file cannot be imported"),
                              preview.error());
        return false;
    }
    m_path = path;
    m_preview = preview.value();
    m_summary = {};
    fillTable();
    retranslateUi();
    return true;
}

QList<ClientImporter::Action> ClientImportDialog::actions() const
{
    QList<ClientImporter::Action> out;
    for (int row = 0; row < m_preview.candidates.size(); ++row) {
        const QComboBox* box = actionBox(row);
        out << (box ? ClientImporter::Action(box->currentData().toInt()) : ClientImporter::Action::Skip);
    }
    return out;
}

QComboBox* ClientImportDialog::actionBox(int row) const
{
    const QWidget* holder = m_table->cellWidget(row, Action);
    return holder ? holder->findChild<QComboBox*>() : nullptr;
}

void ClientImportDialog::setAction(int row, ClientImporter::Action action)
{
    if (QComboBox* box = actionBox(row)) {
        const int index = box->findData(int(action));
        if (index >= 0)
            box->setCurrentIndex(index);
    }
}

void ClientImportDialog::setProfessional(int row, bool professional)
{
    if (QTableWidgetItem* item = m_table->item(row, Professional); item && (item->flags() & Qt::ItemIsEnabled))
        item->setCheckState(professional ? Qt::Checked : Qt::Unchecked);
}

void ClientImportDialog::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_preview.candidates.size()));
    for (int row = 0; row < m_preview.candidates.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (column != Action)
                m_table->setItem(row, column, new QTableWidgetItem);
        }
        // In a holder with a little room around it, so that it does not fill the cell edge to edge.
        auto* holder = new QWidget(m_table);
        auto* holderLayout = new QHBoxLayout(holder);
        holderLayout->setContentsMargins(4, 2, 4, 2);
        auto* box = new QComboBox(holder);
        box->setObjectName(QStringLiteral("importAction"));
        holderLayout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            for (int r = 0; r < m_table->rowCount(); ++r) {
                if (actionBox(r) == box)
                    updateRowLook(r);
            }
            updateSummary();
        });
        m_table->setCellWidget(row, Action, holder);
        fillRow(row);
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, Name);
    updateDetails();
}

void ClientImportDialog::fillRow(int row)
{
    const ClientImporter::Candidate& candidate = m_preview.candidates.at(row);
    const Client& client = candidate.client;
    const QSignalBlocker blocker(m_table);

    m_table->item(row, Name)->setText(client.name);
    m_table->item(row, Name)->setToolTip(client.name);
    m_table->item(row, Kind)->setText(Client::kindText(client.kind));
    QTableWidgetItem* professional = m_table->item(row, Professional);
    professional->setCheckState(client.professional ? Qt::Checked : Qt::Unchecked);
    // A company is always a professional (Client.h); only a person's flag is the user's to set.
    if (client.kind == Client::Kind::Company) {
        professional->setFlags(Qt::ItemIsSelectable);
        professional->setToolTip(tr("A company is always a professional client."));
    } else {
        professional->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        professional->setToolTip(tr("Untick for a private person: invoices then follow the rules for consumers."));
    }
    professional->setText(client.professional ? tr("Yes", "professional client") : tr("No", "professional client"));
    QTableWidgetItem* contacts = m_table->item(row, Contacts);
    contacts->setText(candidate.contacts.isEmpty() ? QString() : QLocale().toString(candidate.contacts.size()));
    contacts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QStringList people;
    for (const Contact& contact : candidate.contacts)
        people << contact.name;
    contacts->setToolTip(people.join(u'\n'));
    const QString email = client.emails.isEmpty() ? QString() : client.emails.first().value;
    m_table->item(row, Email)->setText(email);
    m_table->item(row, Email)->setToolTip(email);
    const QString phone = client.phones.isEmpty() ? QString() : client.phones.first().value;
    m_table->item(row, Phone)->setText(phone);

    QTableWidgetItem* status = m_table->item(row, Status);
    status->setText(statusText(candidate));
    QStringList tip;
    if (!candidate.problem.isEmpty())
        tip << candidate.problem;
    if (!candidate.duplicateReason.isEmpty())
        tip << candidate.duplicateReason;
    tip << candidate.warnings;
    status->setToolTip(tip.join(u'\n'));
    const bool flagged = !candidate.problem.isEmpty() || candidate.isDuplicate() || !candidate.warnings.isEmpty();
    status->setIcon(flagged ? Icons::forPalette(QStringLiteral("warning"), palette()) : QIcon());

    QComboBox* box = actionBox(row);
    const QSignalBlocker boxBlocker(box);
    box->clear();
    if (candidate.canImport())
        box->addItem(tr("Import", "import action"), int(ClientImporter::Action::Import));
    box->addItem(tr("Skip", "import action"), int(ClientImporter::Action::Skip));
    if (candidate.canMerge())
        box->addItem(tr("Merge", "import action"), int(ClientImporter::Action::Merge));
    box->setEnabled(box->count() > 1);
    box->setToolTip(candidate.canMerge() ? tr("Merge adds this card’s contacts to “%1”.")
                                               .arg(candidate.existingClientName)
                                         : QString());
    box->setCurrentIndex(std::max(0, box->findData(int(candidate.action))));
    updateRowLook(row);
}

QString ClientImportDialog::statusText(const ClientImporter::Candidate& candidate) const
{
    if (!candidate.problem.isEmpty())
        return candidate.problem;
    if (candidate.isDuplicate())
        return candidate.duplicateReason;
    if (!candidate.warnings.isEmpty())
        return candidate.warnings.size() == 1 ? candidate.warnings.first()
                                              : tr("%n note(s) about this card", "", int(candidate.warnings.size()));
    return tr("New client");
}

void ClientImportDialog::updateRowLook(int row)
{
    // A skipped row reads as such: its texts in the disabled colour.
    const QComboBox* box = actionBox(row);
    const bool skipped = !box || ClientImporter::Action(box->currentData().toInt()) == ClientImporter::Action::Skip;
    const QBrush brush = skipped ? palette().brush(QPalette::Disabled, QPalette::Text) : QBrush();
    const QSignalBlocker blocker(m_table);
    for (int column = 0; column < ColumnCount; ++column) {
        if (QTableWidgetItem* item = m_table->item(row, column))
            item->setForeground(brush);
    }
}

void ClientImportDialog::updateSummary()
{
    const QList<ClientImporter::Action> chosen = actions();
    int imports = 0;
    int merges = 0;
    int skippedDuplicates = 0;
    int skippedOthers = 0;
    for (int i = 0; i < chosen.size(); ++i) {
        switch (chosen.at(i)) {
        case ClientImporter::Action::Import:
            ++imports;
            break;
        case ClientImporter::Action::Merge:
            ++merges;
            break;
        case ClientImporter::Action::Skip:
            if (m_preview.candidates.at(i).isDuplicate())
                ++skippedDuplicates;
            else
                ++skippedOthers;
            break;
        }
    }
    QStringList sentences;
    sentences << tr("%n client(s) to import.", "", imports);
    if (merges > 0)
        sentences << tr("%n duplicate(s) to merge into existing clients.", "", merges);
    if (skippedDuplicates > 0)
        sentences << tr("%n duplicate(s) skipped.", "", skippedDuplicates);
    if (skippedOthers > 0)
        sentences << tr("%n other card(s) skipped.", "", skippedOthers);
    m_summaryLabel->setText(sentences.join(u' '));
    m_import->setText(imports > 0 ? tr("Import %n client(s)", "", imports) : tr("Import", "import button"));
    m_import->setEnabled(imports + merges > 0);
}

void ClientImportDialog::updateDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_preview.candidates.size()) {
        m_details->clear();
        return;
    }
    const ClientImporter::Candidate& candidate = m_preview.candidates.at(row);
    QStringList notes;
    if (!candidate.problem.isEmpty())
        notes << candidate.problem;
    if (!candidate.duplicateReason.isEmpty())
        notes << candidate.duplicateReason;
    notes << candidate.warnings;
    if (notes.isEmpty())
        notes << tr("Nothing to note: this card is imported as it is.");
    m_details->setText(tr("Line %1: %2").arg(QLocale().toString(candidate.line), notes.join(u' ')));
}

void ClientImportDialog::accept()
{
    const QList<ClientImporter::Action> chosen = actions();
    auto committed = ClientImporter(m_database).commit(m_preview, chosen);
    if (!committed) {
        MessageBox::showError(this, tr("The clients cannot be imported"), committed.error());
        return;
    }
    m_summary = committed.value();
    // The importer stores clients only; each new one gets its checklist, as a client added by hand.
    OnboardingRepository onboarding(m_database);
    for (const qint64 id : std::as_const(m_summary.createdClientIds)) {
        if (Bureau::Status started = onboarding.startForClient(id); !started) {
            MessageBox::showError(this, tr("The onboarding checklist cannot be started"), started.error());
            break;
        }
    }
    QDialog::accept();
}

void ClientImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import clients"));
    m_heading->setText(tr("Import clients"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind", "client kind column"), tr("Professional"),
                                        tr("Contacts"), tr("E-mail"), tr("Phone"), tr("Status", "import column"),
                                        tr("Action", "import column")});
    m_cancel->setText(tr("Cancel"));
    if (m_path.isEmpty()) {
        m_source->clear();
    } else {
        const QString file = QFileInfo(m_path).fileName();
        m_source->setText(m_preview.format == ClientImporter::Format::VCard
                              ? tr("%n card(s) read from “%1”. Check each row, then import.", "",
                                   int(m_preview.candidates.size()))
                                    .arg(file)
                              : tr("%n row(s) read from “%1”. Check each row, then import.", "",
                                   int(m_preview.candidates.size()))
                                    .arg(file));
    }
    m_ignored->setText(tr("Columns not read: %1.").arg(QLocale().createSeparatedList(m_preview.ignoredColumns)));
    m_ignored->setVisible(!m_preview.ignoredColumns.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
    updateSummary();
    updateDetails();
}

void ClientImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Bureau
