// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/BillableTime.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Bureau
{

struct AppContext;

/**
 * "Invoice unbilled time…": a client, a period (this month, last month, custom) and a grouping
 * (mission, task, day); a preview of BillableTime::unbilledLines (raw and rounded hours, rate,
 * amount); "Create draft" makes the draft (InvoiceFromTime::draftFromTime), whose id createdId()
 * then gives (the view opens it in the editor).
 */
class FromTimeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Period
    {
        ThisMonth,
        LastMonth,
        Custom,
    };

    FromTimeDialog(AppContext& context, qint64 clientId, QWidget* parent = nullptr);

    qint64 createdId() const { return m_createdId; }

    /** Tests. */
    QComboBox* clientPicker() const { return m_client; }
    QComboBox* periodPicker() const { return m_period; }
    QComboBox* groupingPicker() const { return m_grouping; }
    QTableWidget* preview() const { return m_preview; }
    QPushButton* createButton() const { return m_create; }
    void setPeriod(Period period);
    void setRange(QDate first, QDate last);
    /** Makes the draft; false (after saying why) when it cannot be. */
    bool createDraft();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void periodChanged();
    void updatePreview();

    AppContext& m_context;
    QDate m_today;
    qint64 m_createdId = 0;
    QLabel* m_intro = nullptr;
    QLabel* m_clientLabel = nullptr;
    QComboBox* m_client = nullptr;
    QLabel* m_periodLabel = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_first = nullptr;
    QDateEdit* m_last = nullptr;
    QLabel* m_groupingLabel = nullptr;
    QComboBox* m_grouping = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace Bureau
