// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientExportActions.h"

#include "core/Result.h"
#include "core/interop/ClientExporter.h"
#include "core/interop/CsvWriter.h"
#include "core/models/ClientListModel.h"
#include "ui/clients/ClientImportDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

constexpr int kStatusTimeoutMs = 8000;

} // namespace

ClientExportActions::ClientExportActions(AppContext& context, ClientListModel& model, QWidget* view)
    : QObject(view)
    , m_context(context)
    , m_model(model)
    , m_view(view)
{
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importClients"));
    m_exportVCard = new QAction(Icons::forPalette(QStringLiteral("export"), view->palette()), QString(), this);
    m_exportVCard->setObjectName(QStringLiteral("exportVCard"));
    m_exportCsv = new QAction(this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(m_import, &QAction::triggered, this, &ClientExportActions::chooseAndImport);
    connect(m_exportVCard, &QAction::triggered, this, &ClientExportActions::chooseAndExportVCard);
    connect(m_exportCsv, &QAction::triggered, this, &ClientExportActions::chooseAndExportCsv);

    m_button = new QToolButton(view);
    m_button->setObjectName(QStringLiteral("importExportButton"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIcon(Icons::forPalette(QStringLiteral("more"), view->palette()));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setCursor(Qt::PointingHandCursor);
    auto* menu = new QMenu(m_button);
    menu->setObjectName(QStringLiteral("importExportMenu"));
    menu->addAction(m_import);
    menu->addSeparator();
    menu->addAction(m_exportVCard);
    menu->addAction(m_exportCsv);
    // Nothing to export from an empty list.
    connect(menu, &QMenu::aboutToShow, this, [this] {
        const bool any = m_model.rowCount() > 0;
        m_exportVCard->setEnabled(any);
        m_exportCsv->setEnabled(any);
    });
    m_button->setMenu(menu);

    m_emptyImport = new QPushButton(view);
    m_emptyImport->setObjectName(QStringLiteral("emptyImportButton"));
    m_emptyImport->setFlat(true);
    m_emptyImport->setCursor(Qt::PointingHandCursor);
    connect(m_emptyImport, &QPushButton::clicked, this, &ClientExportActions::chooseAndImport);
    retranslate();
}

void ClientExportActions::install(QHBoxLayout* header, QPushButton* primary, EmptyState* empty)
{
    header->insertWidget(header->indexOf(primary), m_button);
    // As tall as the primary button beside it, its menu arrow centred on the right.
    m_button->setFixedHeight(primary->sizeHint().height());
    m_button->setStyleSheet(QStringLiteral("QToolButton#importExportButton { padding: 0px 22px 0px 10px; }"
                                           "QToolButton#importExportButton::menu-indicator {"
                                           " subcontrol-origin: padding; subcontrol-position: center right;"
                                           " right: 8px; }"));
    // Under the empty state's main action ("New client"), as a quieter second way in.
    if (auto* layout = qobject_cast<QVBoxLayout*>(empty->layout())) {
        m_emptyImport->setParent(empty);
        layout->insertWidget(layout->indexOf(empty->actionButton()) + 1, m_emptyImport, 0, Qt::AlignHCenter);
    }
}

void ClientExportActions::retranslate()
{
    m_button->setText(tr("Import/export", "clients header menu"));
    m_button->setToolTip(tr("Import clients from an address book or a spreadsheet, or export the list"));
    m_import->setText(tr("Import…", "clients"));
    m_import->setToolTip(tr("Import clients from a vCard or CSV file"));
    m_exportVCard->setText(tr("Export as vCard…"));
    m_exportVCard->setToolTip(tr("The clients the list shows, with their contacts, for an address book"));
    m_exportCsv->setText(tr("Export as CSV…"));
    m_exportCsv->setToolTip(tr("The list as it shows, for a spreadsheet"));
    m_emptyImport->setText(tr("Import from a vCard file"));
}

QString ClientExportActions::startFolder() const
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ClientExportActions::chooseAndImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_view, tr("Import clients"), startFolder(), ClientImportDialog::fileFilter());
    if (!path.isEmpty())
        importFile(path);
}

bool ClientExportActions::importFile(const QString& path)
{
    ClientImportDialog dialog(m_context.database, m_view);
    if (!dialog.openFile(path) || dialog.exec() != QDialog::Accepted)
        return false;
    const ClientImporter::Summary& summary = dialog.summary();
    emit imported(summary.createdClientIds);
    showStatus(summary.merged > 0 ? tr("%n client(s) imported, %1 merged into existing clients.", "", summary.imported)
                                        .arg(QLocale().toString(summary.merged))
                                  : tr("%n client(s) imported.", "", summary.imported));
    return true;
}

bool ClientExportActions::fetchAll()
{
    while (m_model.canFetchMore({}))
        m_model.fetchMore({});
    if (!m_model.atEnd() && m_model.lastError()) {
        MessageBox::showError(m_view, tr("The client list cannot be read"), m_model.lastError().value());
        return false;
    }
    return true;
}

void ClientExportActions::chooseAndExportVCard()
{
    const QString suggested = QDir(startFolder()).filePath(tr("clients.vcf", "default file name"));
    const QString path =
        QFileDialog::getSaveFileName(m_view, tr("Export clients as vCard"), suggested, tr("vCard files (*.vcf)"));
    if (!path.isEmpty())
        exportVCard(path);
}

bool ClientExportActions::exportVCard(const QString& path)
{
    if (!fetchAll())
        return false;
    QList<qint64> ids;
    ids.reserve(m_model.rowCount());
    for (int row = 0; row < m_model.rowCount(); ++row)
        ids << m_model.idAt(row);
    auto bytes = ClientExporter(m_context.database).vCard(ids);
    if (!bytes) {
        MessageBox::showError(m_view, tr("The clients cannot be exported"), bytes.error());
        return false;
    }
    if (!write(path, bytes.value()))
        return false;
    showStatus(tr("%n client(s) exported to “%1”.", "", int(ids.size())).arg(QFileInfo(path).fileName()));
    return true;
}

void ClientExportActions::chooseAndExportCsv()
{
    const QString suggested = QDir(startFolder()).filePath(tr("clients.csv", "default file name"));
    const QString plain = tr("CSV (UTF-8) (*.csv)");
    const QString excel = tr("CSV for Excel (UTF-8 with BOM) (*.csv)");
    QString selected = excel;
    const QString path = QFileDialog::getSaveFileName(m_view, tr("Export the client list as CSV"), suggested,
                                                      QString(excel + QStringLiteral(";;") + plain), &selected);
    if (!path.isEmpty())
        exportCsv(path, selected == excel);
}

bool ClientExportActions::exportCsv(const QString& path, bool forExcel)
{
    if (!fetchAll())
        return false;
    CsvWriter::Options options;
    if (forExcel) {
        // Excel reads UTF-8 only after a BOM, and splits on the locale's list separator: ';'
        // where the decimal separator is a comma (French Excel).
        options.byteOrderMark = true;
        options.separator = QLocale().decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
    }
    const QByteArray bytes = ClientExporter::tableCsv(m_model, options);
    if (!write(path, bytes))
        return false;
    showStatus(tr("%n client(s) exported to “%1”.", "", m_model.rowCount()).arg(QFileInfo(path).fileName()));
    return true;
}

bool ClientExportActions::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::showError(m_view, tr("The file cannot be written"),
                              Error::make(Error::Kind::Io,
                                          tr("“%1” cannot be written. Check that the folder exists and that you "
                                             "may write in it.")
                                              .arg(QDir::toNativeSeparators(path)),
                                          file.errorString()));
        return false;
    }
    return true;
}

void ClientExportActions::showStatus(const QString& text)
{
    m_lastStatus = text;
    if (auto* window = qobject_cast<QMainWindow*>(m_view->window()))
        window->statusBar()->showMessage(text, kStatusTimeoutMs);
}

} // namespace Bureau
