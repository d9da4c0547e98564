// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QHBoxLayout;
class QPushButton;
class QToolButton;
class QWidget;

namespace Bureau
{

struct AppContext;
class ClientListModel;
class EmptyState;

/**
 * The import and export actions of the clients list: a secondary header button with a menu
 * (Import…, Export as vCard…, Export as CSV…) and an "Import from a vCard file" link under the
 * empty state's main action. Imports go through ClientImportDialog; exports write what the list
 * shows — its search, filters and order, every page — with QSaveFile, and say so in the window's
 * status bar. Errors go through MessageBox.
 */
class ClientExportActions final : public QObject
{
    Q_OBJECT

public:
    ClientExportActions(AppContext& context, ClientListModel& model, QWidget* view);

    /** Puts the menu button before @p primary in @p header, and the import link in @p empty. */
    void install(QHBoxLayout* header, QPushButton* primary, EmptyState* empty);
    void retranslate();

    QToolButton* button() const { return m_button; }
    QPushButton* emptyImportButton() const { return m_emptyImport; }

    /** Asks for a file, then importFile(). */
    void chooseAndImport();
    /** Opens the import preview of @p path (modal); true when clients were imported or merged. */
    bool importFile(const QString& path);
    /** Writes the vCard of every client the list shows to @p path. */
    bool exportVCard(const QString& path);
    /** Writes the list as CSV to @p path; @p forExcel: UTF-8 with a BOM and the locale's list separator. */
    bool exportCsv(const QString& path, bool forExcel);

    /** The last discreet message (also shown in the window's status bar when it has one). */
    QString lastStatus() const { return m_lastStatus; }

signals:
    /** Clients were added or merged: the list must reload. */
    void imported(const QList<qint64>& createdClientIds);

private:
    void chooseAndExportVCard();
    void chooseAndExportCsv();
    /** Fetches every page of the list; false (after saying why) when it cannot be read. */
    bool fetchAll();
    bool write(const QString& path, const QByteArray& bytes);
    void showStatus(const QString& text);
    QString startFolder() const;

    AppContext& m_context;
    ClientListModel& m_model;
    QWidget* m_view = nullptr;
    QToolButton* m_button = nullptr;
    QAction* m_import = nullptr;
    QAction* m_exportVCard = nullptr;
    QAction* m_exportCsv = nullptr;
    QPushButton* m_emptyImport = nullptr;
    QString m_lastStatus;
};

} // namespace Bureau
