// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientActions.h"

#include "core/services/ClientDataService.h"
#include "core/storage/ClientRepository.h"
#include "ui/clients/ReceptionCard.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QStandardPaths>

namespace Bureau
{

bool ClientActions::setArchived(AppContext& context, QWidget* parent, const Client& client, bool archived)
{
    if (auto done = ClientRepository(context.database).setArchived(client.id, archived); !done) {
        MessageBox::showError(
            parent, archived ? tr("The client cannot be archived") : tr("The client cannot be restored"), done.error());
        return false;
    }
    return true;
}

bool ClientActions::canDelete(AppContext& context, qint64 clientId)
{
    if (!context.credentials)
        return false;
    auto documents = ClientDataService(context.database, *context.credentials).hasInvoicingDocuments(clientId);
    return documents && !documents.value();
}

ClientActions::Outcome ClientActions::deleteClient(AppContext& context, QWidget* parent, const Client& client)
{
    const auto offerArchive = [&](const QString& reason) {
        if (client.archived) {
            MessageBox::information(parent, tr("Delete client"), reason);
            return Outcome::Cancelled;
        }
        const auto answer = MessageBox::question(parent, tr("Delete client"),
                                                 tr("%1\n\nArchive %2 instead? An archived client leaves the list "
                                                    "and keeps their history.")
                                                     .arg(reason, client.name),
                                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return Outcome::Cancelled;
        return setArchived(context, parent, client, true) ? Outcome::Archived : Outcome::Failed;
    };

    if (!canDelete(context, client.id)) {
        return offerArchive(tr("%1 has quotes or invoices, which French law requires you to keep for 10 years: "
                               "the client cannot be deleted.")
                                .arg(client.name));
    }
    const auto answer = MessageBox::warning(
        parent, tr("Delete client"),
        tr("Delete %1 for good, with their contacts, interactions, missions, tasks, accesses (passwords included) "
           "and attached files? This cannot be undone.\n\nTo keep their history, archive the client instead.")
            .arg(client.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return Outcome::Cancelled;

    // The service deletes the rows, then the passwords from the keychain and the attached copies;
    // it refuses before deleting anything when the keychain cannot take the passwords with it.
    auto removed = ClientDataService(context.database, *context.credentials).deleteClient(client.id);
    if (!removed) {
        if (removed.error().kind == Error::Kind::Conflict)
            return offerArchive(removed.error().message);
        MessageBox::showError(parent, tr("The client cannot be deleted"), removed.error());
        return Outcome::Failed;
    }
    const QStringList warnings = removed->warnings;
    if (!warnings.isEmpty()) {
        MessageBox::warning(parent, tr("Delete client"),
                            tr("%1 was deleted, but some of what they left could not be:\n\n%2")
                                .arg(client.name, warnings.join(QStringLiteral("\n"))));
    }
    return Outcome::Done;
}

bool ClientActions::exportPersonalData(AppContext& context, QWidget* parent, const Client& client,
                                       const QString& zipPath)
{
    if (!context.credentials)
        return false;
    QString path = zipPath;
    if (path.isEmpty()) {
        QString name = tr("%1 – personal data.zip").arg(client.name);
        name.remove(QLatin1Char('/'));
        path = QFileDialog::getSaveFileName(
            parent, tr("Export personal data"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
            tr("ZIP archives (*.zip)"));
        if (path.isEmpty())
            return false;
    }
    auto exported = ClientDataService(context.database, *context.credentials).exportClient(client.id, path);
    if (!exported) {
        MessageBox::showError(parent, tr("The personal data cannot be exported"), exported.error());
        return false;
    }
    QString message = tr("Everything Bureau holds about %1 is in %2, with %n attached file(s).", "", exported->files)
                          .arg(client.name, QDir::toNativeSeparators(path));
    if (!exported->missingFiles.isEmpty()) {
        message += u'\n'
                   + tr("These files were missing from the data folder and are only listed: %1")
                         .arg(exported->missingFiles.join(QStringLiteral(", ")));
    }
    if (zipPath.isEmpty())
        MessageBox::information(parent, tr("Export personal data"), message);
    return true;
}

bool ClientActions::erasePersonalData(AppContext& context, QWidget* parent, const Client& client)
{
    if (!context.credentials)
        return false;
    ClientDataService service(context.database, *context.credentials);
    auto documents = service.hasInvoicingDocuments(client.id);
    if (!documents) {
        MessageBox::showError(parent, tr("The personal data cannot be erased"), documents.error());
        return false;
    }
    const QString kept =
        documents.value()
            ? tr("Kept: the name, legal form, SIRET, VAT number and billing address, because %1 has quotes or "
                 "invoices that French law requires you to keep for 10 years (art. L123-22 of the Commercial "
                 "Code); the missions and tasks, without their notes, as the record of the work invoiced.")
                  .arg(client.name)
            : tr("Kept: the missions and tasks, without their notes, as the record of the work done. The client "
                 "is renamed “Erased client”.");
    const auto answer = MessageBox::warning(
        parent, tr("Erase personal data"),
        tr("Erase the personal data of %1?\n\nErased for good: contacts, e-mails and phones, notes, tags, "
           "interactions, reception instructions, the onboarding checklist and attached files; accesses are "
           "revoked and their passwords deleted.\n\n%2\n\nThe client is archived. Backups taken before today keep "
           "the data until they rotate out. This cannot be undone.")
            .arg(client.name, kept),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto erased = service.eraseClient(client.id);
    if (!erased) {
        MessageBox::showError(parent, tr("The personal data cannot be erased"), erased.error());
        return false;
    }
    if (!erased->warnings.isEmpty()) {
        MessageBox::warning(parent, tr("Erase personal data"),
                            tr("The personal data was erased, but some of it could not be deleted:\n\n%1")
                                .arg(erased->warnings.join(QStringLiteral("\n"))));
    }
    return true;
}

ReceptionCard* ClientActions::showReceptionCard(AppContext& context, QWidget* parent, const Client& client)
{
    auto* card = new ReceptionCard(context, client, parent);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->show();
    card->raise();
    card->activateWindow();
    return card;
}

} // namespace Bureau
