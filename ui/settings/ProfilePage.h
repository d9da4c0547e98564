// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace Bureau
{

struct AppContext;
class ProfileForm;

/**
 * The Profile tab of Settings: the business profile's form, scrolling when the window is small,
 * with Save at the bottom right. Field errors show inline; only a failure to store the profile
 * goes through MessageBox. A saved profile is confirmed quietly in the page.
 */
class ProfilePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(AppContext& context, QWidget* parent = nullptr);

    /** The form, built (and filled from the database) on first use. */
    ProfileForm* form();
    QPushButton* saveButton() const { return m_save; }
    /** "Saved." after a save, a reminder after a refusal, empty otherwise. */
    QLabel* statusLabel() const { return m_status; }
    /** Whether the form holds edits not saved yet. */
    bool hasUnsavedChanges() const { return m_dirty; }

    /** Loads the stored profile into the form unless it holds unsaved edits. */
    void refresh();
    /** Checks the form and stores the profile; true when it was stored. */
    bool save();

signals:
    void saved();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Status
    {
        None,
        Saved,
        Invalid,
    };

    void reload();
    void setStatus(Status status);
    void updateMissing();
    void retranslateUi();

    AppContext& m_context;
    ProfileForm* m_form = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    Status m_statusKind = Status::None;
    bool m_dirty = false;
};

} // namespace Bureau
