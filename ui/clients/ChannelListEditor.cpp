// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ChannelListEditor.h"

#include "ui/widgets/Icons.h"

#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

ChannelListEditor::ChannelListEditor(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_add = new QPushButton(this);
    m_add->setObjectName(kind == Kind::Email ? QStringLiteral("addEmail") : QStringLiteral("addPhone"));
    m_add->setFlat(true);
    m_add->setIcon(Icons::forPalette(QStringLiteral("add"), palette()));
    m_add->setCursor(Qt::PointingHandCursor);
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->setContentsMargins(0, 0, 0, 0);
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
    connect(m_add, &QPushButton::clicked, this, &ChannelListEditor::addRow);
    setChannels({});
    retranslateUi();
}

QStringList ChannelListEditor::labelSuggestions() const
{
    if (m_kind == Kind::Email)
        return {tr("Work", "e-mail label"), tr("Accounts", "e-mail label"), tr("Personal", "e-mail label")};
    return {tr("Office", "phone label"), tr("Mobile", "phone label"), tr("Switchboard", "phone label"),
            tr("Home", "phone label")};
}

ChannelListEditor::Row ChannelListEditor::appendRow(const ContactChannel& channel)
{
    Row row;
    row.widget = new QWidget(this);
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    row.value = new QLineEdit(row.widget);
    row.value->setObjectName(m_kind == Kind::Email ? QStringLiteral("emailValue") : QStringLiteral("phoneValue"));
    row.value->setText(channel.value);
    row.value->setCursorPosition(0);
    row.value->installEventFilter(this);
    row.label = new QComboBox(row.widget);
    row.label->setObjectName(QStringLiteral("channelLabel"));
    row.label->setEditable(true);
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->addItems(labelSuggestions());
    row.label->setEditText(channel.label);
    row.label->setFixedWidth(140);
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(QStringLiteral("removeChannel"));
    row.remove->setAutoRaise(true);
    row.remove->setText(QStringLiteral("×")); // notr: a symbol, its meaning is in the tooltip
    layout->addWidget(row.value, 1);
    layout->addWidget(row.label);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    retranslateRow(row);

    connect(row.value, &QLineEdit::textEdited, this, &ChannelListEditor::edited);
    connect(row.label, &QComboBox::editTextChanged, this, &ChannelListEditor::edited);
    QWidget* rowWidget = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    return row;
}

void ChannelListEditor::addRow()
{
    const Row row = appendRow({});
    row.value->setFocus(Qt::OtherFocusReason);
    emit edited();
}

void ChannelListEditor::removeRow(QWidget* rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget != rowWidget)
            continue;
        if (m_rows.size() == 1) {
            // The last row stays, emptied: there is always a field to type in.
            m_rows.at(i).value->clear();
            m_rows.at(i).label->setEditText(QString());
        } else {
            m_rows.takeAt(i).widget->deleteLater();
            setFocusProxy(m_rows.first().value);
        }
        emit edited();
        emit left();
        return;
    }
}

QList<ContactChannel> ChannelListEditor::channels() const
{
    QList<ContactChannel> out;
    for (const Row& row : m_rows) {
        if (row.value->text().trimmed().isEmpty())
            continue;
        out << ContactChannel{row.value->text(), QString(), row.label->currentText()};
    }
    return out;
}

void ChannelListEditor::setChannels(const QList<ContactChannel>& channels)
{
    for (const Row& row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const ContactChannel& channel : channels)
        appendRow(channel);
    if (m_rows.isEmpty())
        appendRow({});
    setFocusProxy(m_rows.first().value);
}

QLineEdit* ChannelListEditor::firstEdit() const
{
    return m_rows.isEmpty() ? nullptr : m_rows.first().value;
}

QList<QLineEdit*> ChannelListEditor::valueEdits() const
{
    QList<QLineEdit*> edits;
    for (const Row& row : m_rows)
        edits << row.value;
    return edits;
}

bool ChannelListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            emit left();
    }
    return QWidget::eventFilter(watched, event);
}

void ChannelListEditor::retranslateRow(const Row& row)
{
    const bool email = m_kind == Kind::Email;
    row.value->setPlaceholderText(email ? tr("name@example.fr") : tr("+33 6 12 34 56 78"));
    row.label->lineEdit()->setPlaceholderText(tr("Label", "of an e-mail or phone"));
    row.remove->setToolTip(email ? tr("Remove this e-mail address") : tr("Remove this phone number"));
    row.value->setAccessibleName(email ? tr("E-mail address") : tr("Phone number"));
    const QString typed = row.label->currentText();
    row.label->clear();
    row.label->addItems(labelSuggestions());
    row.label->setEditText(typed);
}

void ChannelListEditor::retranslateUi()
{
    m_add->setText(m_kind == Kind::Email ? tr("Add an e-mail address") : tr("Add a phone number"));
    for (const Row& row : std::as_const(m_rows))
        retranslateRow(row);
}

void ChannelListEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Bureau
