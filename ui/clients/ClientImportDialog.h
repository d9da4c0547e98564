// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ClientImporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Bureau
{

class Database;

/**
 * The preview of a client import (vCard or CSV): one row per candidate of ClientImporter's
 * preview — name, kind, the professional flag (editable for persons: a company always is one),
 * contacts, e-mail, phone, what the importer noticed (warnings, a problem, the client it
 * duplicates) and what to do with it (Import, Skip, Merge where the importer allows it;
 * duplicates start as Skip). Import commits every row in one transaction — nothing is half-
 * imported — then starts the onboarding checklist of each new client. An error keeps the dialog
 * open with the user's choices.
 */
class ClientImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Professional,
        Contacts,
        Email,
        Phone,
        Status,
        Action,
        ColumnCount
    };

    explicit ClientImportDialog(Database& database, QWidget* parent = nullptr);

    /** "vCard and CSV files (*.vcf *.vcard *.csv)" and the like, for a file dialog. */
    static QString fileFilter();

    /**
     * Reads @p path and shows its candidates. A file that cannot be read or parsed is reported
     * through MessageBox (the importer's message names the line) and returns false.
     */
    bool openFile(const QString& path);

    const ClientImporter::Preview& preview() const { return m_preview; }
    /** The action chosen for each candidate, in order. */
    QList<ClientImporter::Action> actions() const;
    void setAction(int row, ClientImporter::Action action);
    void setProfessional(int row, bool professional);

    /** After a successful import: what was stored. */
    const ClientImporter::Summary& summary() const { return m_summary; }

    QTableWidget* table() const { return m_table; }
    QComboBox* actionBox(int row) const;
    QLabel* summaryLabel() const { return m_summaryLabel; }
    QPushButton* importButton() const { return m_import; }

    /** Commits the rows by their actions; stays open (after saying why) on failure. */
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillTable();
    void fillRow(int row);
    void updateRowLook(int row);
    void updateSummary();
    void updateDetails();
    QString statusText(const ClientImporter::Candidate& candidate) const;

    Database& m_database;
    QString m_path;
    ClientImporter::Preview m_preview;
    ClientImporter::Summary m_summary;
    QLabel* m_heading = nullptr;
    QLabel* m_source = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_ignored = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace Bureau
