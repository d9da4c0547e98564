// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace Bureau
{

class Database;
class DatabaseWatcher;

/** The application window: for now a header and the database in use in the status bar. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Brings the window to the front (a second launch on the same database asks for it). */
    void bringToFront();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace Bureau
