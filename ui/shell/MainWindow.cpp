// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Bureau
{

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_db(database)
{
    setObjectName(QStringLiteral("MainWindow"));
    setMinimumSize(1024, 640);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(8);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(central);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addStretch(1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Bureau"));
    m_title->setText(tr("Bureau"));
    m_subtitle->setText(tr("Your clients, agenda, hours and invoices in one place."));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_db.path()));
}

} // namespace Bureau
