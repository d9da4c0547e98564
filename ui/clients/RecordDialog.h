// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Bureau
{

class FormRows;

/**
 * The frame of the client page's editors (contact, interaction, mission, task, access, reception
 * instructions): a heading, a form with inline validation that scrolls when tall, and Cancel and
 * the primary button at the bottom right. Accepting checks every field first, then calls save();
 * the dialog stays open, with what was typed, until save() succeeds.
 */
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget* parent = nullptr);

    FormRows* rows() const { return m_rows; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() {}
    /** Stores the record; false (after showing why) keeps the dialog open. */
    virtual bool save() = 0;

    QFormLayout* formLayout() const { return m_layout; }
    QWidget* formWidget() const { return m_body; }
    void setHeading(const QString& text);
    void setSaveText(const QString& text);
    /** Fits the dialog to its form, up to the screen's height. */
    void fitToContent(int width);

private:
    QLabel* m_heading = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_body = nullptr;
    QFormLayout* m_layout = nullptr;
    FormRows* m_rows = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace Bureau
