// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/InvoiceActions.h"

#include "core/Clock.h"
#include "core/documents/DocumentRenderer.h"
#include "core/documents/InvoiceDocument.h"
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/services/ClientFileStore.h"
#include "core/services/InvoiceIssuer.h"
#include "ui/invoices/PaymentDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace Bureau
{

namespace
{

/** The title of the message saying why a document cannot be issued: one full sentence per kind. */
QString cannotIssueTitle(const BillingDocument& document)
{
    switch (document.kind) {
    case BillingDocument::Kind::Quote:
        return InvoiceActions::tr("This quote cannot be sent");
    case BillingDocument::Kind::Deposit:
        return InvoiceActions::tr("This deposit invoice cannot be issued");
    case BillingDocument::Kind::CreditNote:
        return InvoiceActions::tr("This credit note cannot be issued");
    case BillingDocument::Kind::Invoice:
        break;
    }
    return InvoiceActions::tr("This invoice cannot be issued");
}

/** The confirmation asked before issuing: one full sentence per kind. */
QString issueQuestion(const BillingDocument& document)
{
    switch (document.kind) {
    case BillingDocument::Kind::Quote:
        return InvoiceActions::tr("Send this quote? It will be given the next quote number and can no longer change.");
    case BillingDocument::Kind::Deposit:
        return InvoiceActions::tr("Issue this deposit invoice? It will be given the next invoice number and can no "
                                  "longer change: a mistake is then corrected with a credit note.");
    case BillingDocument::Kind::CreditNote:
        return InvoiceActions::tr("Issue this credit note? It will be given the next credit note number and can no "
                                  "longer change.");
    case BillingDocument::Kind::Invoice:
        break;
    }
    return InvoiceActions::tr("Issue this invoice? It will be given the next invoice number and can no longer "
                              "change: a mistake is then corrected with a credit note.");
}

Result<BillingDocument> load(AppContext& context, qint64 id)
{
    return DocumentRepository(context.database).find(id);
}

} // namespace

QString InvoiceActions::dataDir(const Database& database)
{
    return QFileInfo(database.path()).absolutePath();
}

VatRules::Decision InvoiceActions::decide(Database& database, const BillingDocument& document)
{
    // The issuer's own decision, for an issue today in the user's zone.
    const QDate today = LocalCalendar::forDatabase(database).dayOf(database.clock().nowMs());
    auto decision = InvoiceIssuer(database, dataDir(database)).decide(document, today);
    return decision ? decision.value() : VatRules::Decision{};
}

bool InvoiceActions::issue(AppContext& context, qint64 documentId, QWidget* parent)
{
    auto document = load(context, documentId);
    if (!document) {
        MessageBox::showError(parent, tr("The document cannot be issued"), document.error());
        return false;
    }
    if (!document->isDraft())
        return false;
    const bool quote = document->kind == BillingDocument::Kind::Quote;
    const VatRules::Decision decision = quote ? VatRules::Decision{} : decide(context.database, *document);
    if (!decision.refusal.isEmpty()) {
        MessageBox::warning(parent, cannotIssueTitle(*document), decision.refusal);
        return false;
    }
    QString text = issueQuestion(*document);
    if (!decision.warning.isEmpty())
        text = tr("%1\n\n%2", "issue question, then a warning").arg(text, decision.warning);
    const auto answer = MessageBox::question(parent, quote ? tr("Send the quote") : tr("Issue the document"), text,
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    auto issued = InvoiceIssuer(context.database, dataDir(context.database)).issue(documentId);
    if (!issued) {
        MessageBox::showError(parent, tr("The document cannot be issued"), issued.error());
        return false;
    }
    // The archived PDF is made now; if it cannot be, it is made again when opened or exported.
    (void)InvoiceDocument::archive(context.database, documentId, dataDir(context.database));
    if (!issued->warning.isEmpty())
        MessageBox::information(parent, tr("Issued"), issued->warning);
    return true;
}

QString InvoiceActions::previewPdf(AppContext& context, qint64 documentId, QWidget* parent, const QString& path)
{
    auto pdf = InvoiceDocument::render(context.database, documentId, dataDir(context.database));
    if (!pdf) {
        MessageBox::showError(parent, tr("The PDF cannot be made"), pdf.error());
        return {};
    }
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        target = QDir(folder).filePath(tr("Bureau preview %1.pdf", "file name of a PDF preview").arg(documentId));
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
        MessageBox::critical(parent, tr("The PDF cannot be made"),
                             tr("The file “%1” cannot be written: %2").arg(QDir::toNativeSeparators(target), file.errorString()));
        return {};
    }
    if (path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    return target;
}

bool InvoiceActions::writePdf(AppContext& context, qint64 documentId, QWidget* parent, const QString& path)
{
    auto document = load(context, documentId);
    if (!document) {
        MessageBox::showError(parent, tr("The PDF cannot be saved"), document.error());
        return false;
    }
    if (!document->isDraft()) {
        auto archived = InvoiceDocument::archive(context.database, documentId, dataDir(context.database));
        if (archived) {
            QFile::remove(path);
            if (QFile::copy(archived.value(), path))
                return true;
        }
    }
    return !previewPdf(context, documentId, parent, path).isEmpty();
}

bool InvoiceActions::exportPdf(AppContext& context, qint64 documentId, QWidget* parent)
{
    auto document = load(context, documentId);
    if (!document) {
        MessageBox::showError(parent, tr("The PDF cannot be saved"), document.error());
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export as PDF"),
                                     QDir(folder).filePath(InvoiceDocument::suggestedFileName(document.value())),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!writePdf(context, documentId, parent, path))
        return false;
    auto receipts = saveReceipts(context.database, document.value(), path);
    if (!receipts) {
        MessageBox::showError(parent, tr("The receipts cannot be saved beside the PDF"), receipts.error());
    } else if (!receipts->isEmpty()) {
        MessageBox::information(parent, tr("Export as PDF"),
                                tr("The PDF and %n receipt(s) of its disbursements were saved in %1: send them "
                                   "together.",
                                   "", int(receipts->size()))
                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    return true;
}

Result<QStringList> InvoiceActions::saveReceipts(Database& database, const BillingDocument& document,
                                                 const QString& pdfPath)
{
    QStringList written;
    if (document.kind == BillingDocument::Kind::CreditNote)
        return written;
    ClientFileStore store(database);
    const QFileInfo pdf(pdfPath);
    QList<qint64> seen;
    for (const DocumentLine& line : document.lines) {
        if (line.kind != DocumentLine::Kind::Disbursement || line.receiptFileId <= 0 || seen.contains(line.receiptFileId))
            continue;
        seen.append(line.receiptFileId);
        auto file = store.find(line.receiptFileId);
        if (!file)
            return file.error();
        // A copy that went missing or changed on disk is said so rather than sent.
        if (Status verified = store.verify(file.value()); !verified)
            return verified.error();
        const QString suffix = ClientFile::sanitizedExtension(file->originalName);
        const QString name = tr("%1 – receipt %2", "file name: the PDF's name, the receipt's number")
                                 .arg(pdf.completeBaseName())
                                 .arg(seen.size());
        const QString target =
            pdf.dir().filePath(suffix.isEmpty() ? name : QString(name + QLatin1Char('.') + suffix));
        QFile::remove(target);
        if (!QFile::copy(store.absolutePath(file.value()), target))
            return Error::make(Error::Kind::Io,
                               tr("The receipt “%1” cannot be copied to %2.")
                                   .arg(file->originalName, QDir::toNativeSeparators(target)));
        written.append(target);
    }
    return written;
}

bool InvoiceActions::openPdf(AppContext& context, qint64 documentId, QWidget* parent)
{
    auto archived = InvoiceDocument::archive(context.database, documentId, dataDir(context.database));
    if (!archived) {
        MessageBox::showError(parent, tr("The PDF cannot be opened"), archived.error());
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(archived.value()));
}

bool InvoiceActions::print(AppContext& context, qint64 documentId, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(DocumentRenderer::kDpi);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the document"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printer.setResolution(DocumentRenderer::kDpi);
    if (auto printed = InvoiceDocument::paint(context.database, documentId, dataDir(context.database), printer);
        !printed) {
        MessageBox::showError(parent, tr("The document cannot be printed"), printed.error());
        return false;
    }
    return true;
}

bool InvoiceActions::markSent(AppContext& context, qint64 documentId, QWidget* parent)
{
    if (auto done = DocumentRepository(context.database).setStatus(documentId, BillingDocument::Status::Sent); !done) {
        MessageBox::showError(parent, tr("The document cannot be marked as sent"), done.error());
        return false;
    }
    return true;
}

bool InvoiceActions::recordPayment(AppContext& context, qint64 documentId, QWidget* parent)
{
    auto document = load(context, documentId);
    if (!document) {
        MessageBox::showError(parent, tr("The payment cannot be recorded"), document.error());
        return false;
    }
    return PaymentDialog::record(context, document->clientId, documentId, parent);
}

qint64 InvoiceActions::createCreditNote(AppContext& context, qint64 invoiceId, QWidget* parent)
{
    auto note = InvoiceIssuer(context.database, dataDir(context.database)).createCreditNote(invoiceId);
    if (!note) {
        MessageBox::showError(parent, tr("The credit note cannot be made"), note.error());
        return 0;
    }
    return note->id;
}

qint64 InvoiceActions::duplicate(AppContext& context, qint64 documentId, QWidget* parent)
{
    auto source = load(context, documentId);
    if (!source) {
        MessageBox::showError(parent, tr("The document cannot be duplicated"), source.error());
        return 0;
    }
    BillingDocument copy;
    copy.kind = source->kind == BillingDocument::Kind::CreditNote ? BillingDocument::Kind::Invoice : source->kind;
    copy.clientId = source->clientId;
    copy.language = source->language;
    copy.currency = source->currency;
    copy.eurRateMicros = source->eurRateMicros;
    copy.title = source->title;
    copy.purchaseOrder = source->purchaseOrder;
    copy.serviceFrom = source->serviceFrom;
    copy.serviceTo = source->serviceTo;
    copy.paymentTermsDays = source->paymentTermsDays;
    copy.discountBasisPoints = source->discountBasisPoints;
    copy.discountCents = source->discountCents;
    copy.notes = source->notes;
    for (DocumentLine line : source->lines) {
        line.id = 0;
        line.receiptFileId = 0;
        copy.lines << line;
    }
    auto added = DocumentRepository(context.database).addDraft(copy);
    if (!added) {
        MessageBox::showError(parent, tr("The document cannot be duplicated"), added.error());
        return 0;
    }
    return added->id;
}

bool InvoiceActions::deleteDraft(AppContext& context, qint64 documentId, QWidget* parent)
{
    const auto answer = MessageBox::question(parent, tr("Delete the draft"),
                                             tr("Delete this draft? Its time entries become unbilled again."),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (auto removed = DocumentRepository(context.database).removeDraft(documentId); !removed) {
        MessageBox::showError(parent, tr("The draft cannot be deleted"), removed.error());
        return false;
    }
    return true;
}

qint64 InvoiceActions::acceptQuote(AppContext& context, qint64 quoteId, QWidget* parent)
{
    auto draft = InvoiceIssuer(context.database, dataDir(context.database)).invoiceFromQuote(quoteId);
    if (!draft) {
        MessageBox::showError(parent, tr("The quote cannot be converted"), draft.error());
        return 0;
    }
    return draft->id;
}

bool InvoiceActions::refuseQuote(AppContext& context, qint64 quoteId, QWidget* parent)
{
    if (auto done = DocumentRepository(context.database).setStatus(quoteId, BillingDocument::Status::Refused); !done) {
        MessageBox::showError(parent, tr("The quote cannot be marked as refused"), done.error());
        return false;
    }
    return true;
}

} // namespace Bureau
