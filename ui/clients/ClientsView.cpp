// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientsView.h"

#include "core/models/ClientListModel.h"
#include "ui/widgets/EmptyState.h"

#include <QHeaderView>
#include <QTableView>

namespace Bureau
{

ClientsView::ClientsView(Database& database, QWidget* parent)
    : ViewPage(QStringLiteral("clients"), parent)
    , m_model(new ClientListModel(database, this))
    , m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    m_table->setColumnWidth(ClientListModel::Kind, 120);
    m_table->setColumnWidth(ClientListModel::City, 150);
    m_table->setColumnWidth(ClientListModel::Country, 90);
    m_table->setColumnWidth(ClientListModel::Status, 110);
    m_table->setColumnWidth(ClientListModel::HourlyRate, 130);
    m_table->setColumnWidth(ClientListModel::Created, 120);
    setContent(m_table);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientsView::updateEmptyState);
    retranslateUi();
    updateEmptyState();
}

void ClientsView::refresh()
{
    m_model->reload();
}

void ClientsView::updateEmptyState()
{
    showEmptyState(m_model->rowCount() == 0);
}

void ClientsView::retranslateUi()
{
    setTitle(tr("Clients"));
    emptyState()->setTexts(tr("No clients yet"),
                           tr("Your clients, their contacts and what you do for them will live here."));
    m_model->retranslate();
}

} // namespace Bureau
