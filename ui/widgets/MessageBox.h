// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <functional>

namespace Bureau
{

struct Error;

/**
 * The one channel through which the UI shows errors and asks questions (KeePassXC's
 * gui/MessageBox). Tests pre-answer the next box with setNextAnswer(), so no modal dialog ever
 * blocks them; an unexpected box in a test fails it (setUnexpectedHandler).
 */
class MessageBox final
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                   QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    /** Shows a core error: its translated message, the technical detail under "Show Details…". */
    static void showError(QWidget* parent, const QString& title, const Error& error);

    /** Tests: the next box returns this answer at once instead of showing. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** Tests: the text of the last box shown or pre-answered. */
    static QString lastText();
    /**
     * Tests: a box that was not pre-answered calls `handler` (which fails the test) and returns
     * NoButton at once instead of blocking the run until its timeout. Empty: boxes show as usual.
     */
    static void setUnexpectedHandler(std::function<void(const QString& text)> handler);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, const QString& detail,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace Bureau
