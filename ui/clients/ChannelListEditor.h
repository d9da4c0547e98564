// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Bureau
{

/**
 * Several e-mail addresses or phone numbers, each with a label ("Work", "Accounts"): one row per
 * value, a button to add one and one to remove each. The first is the client's main one.
 */
class ChannelListEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Email,
        Phone,
    };

    explicit ChannelListEditor(Kind kind, QWidget* parent = nullptr);

    /** The values typed, blank rows left out; labels as typed. */
    QList<ContactChannel> channels() const;
    /** Shows @p channels, with one empty row when there is none. */
    void setChannels(const QList<ContactChannel>& channels);

    /** The first value's editor: where focus goes for an error. */
    QLineEdit* firstEdit() const;
    QList<QLineEdit*> valueEdits() const;
    QPushButton* addButton() const { return m_add; }
    /** Adds an empty row and focuses it. */
    void addRow();

signals:
    /** Typing in a value or a label, adding or removing a row. */
    void edited();
    /** Focus left a value (for inline validation). */
    void left();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLineEdit* value = nullptr;
        QComboBox* label = nullptr;
        QToolButton* remove = nullptr;
    };

    Row appendRow(const ContactChannel& channel);
    void removeRow(QWidget* rowWidget);
    void retranslateUi();
    void retranslateRow(const Row& row);
    QStringList labelSuggestions() const;

    Kind m_kind;
    QVBoxLayout* m_rowsLayout = nullptr;
    QList<Row> m_rows;
    QPushButton* m_add = nullptr;
};

} // namespace Bureau
