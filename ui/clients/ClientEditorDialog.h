// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QScrollArea;

namespace Bureau
{

class ClientForm;
class Database;

/**
 * Creates or edits a client: the ClientForm in a scrolling area, Cancel and Save at the bottom
 * right. Saving validates inline first (the dialog stays open with every problem shown beside its
 * field), then stores through ClientRepository; a refusal from the database is shown and nothing
 * typed is lost.
 */
class ClientEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    /** A new client (id 0) or the stored client to edit. */
    ClientEditorDialog(Database& database, const Client& client, QWidget* parent = nullptr);

    ClientForm* form() const { return m_form; }
    QPushButton* saveButton() const { return m_save; }
    /** The id of the client saved (after accept()). */
    qint64 savedId() const { return m_savedId; }

    /** Validates and saves; closes the dialog when stored. Returns whether it was stored. */
    bool save();
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Client m_client;
    ClientForm* m_form = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    qint64 m_savedId = 0;
};

} // namespace Bureau
