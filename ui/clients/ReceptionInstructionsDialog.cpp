// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ReceptionInstructionsDialog.h"

#include "core/storage/ReceptionRepository.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{
const QString kGreeting = QStringLiteral("greeting");
const QString kPutThrough = QStringLiteral("putThrough");
const QString kFiltering = QStringLiteral("filtering");
const QString kHours = QStringLiteral("hours");
const QString kUrgent = QStringLiteral("urgentContact");
const QString kNotes = QStringLiteral("notes");
const QString kAnswers = QStringLiteral("answers");

QPlainTextEdit* textBox(QWidget* parent, int height)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

} // namespace

ReceptionInstructionsDialog::ReceptionInstructionsDialog(Database& database, const Client& client, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_client(client)
{
    setObjectName(QStringLiteral("receptionEditor"));
    QWidget* body = formWidget();
    m_greeting = textBox(body, 60);
    rows()->addRow(kGreeting, m_greeting, nullptr, true);
    m_putThrough = textBox(body, 76);
    rows()->addRow(kPutThrough, m_putThrough);
    m_filtering = textBox(body, 60);
    rows()->addRow(kFiltering, m_filtering);
    m_hours = new QLineEdit(body);
    rows()->addRow(kHours, m_hours);
    m_urgent = new QLineEdit(body);
    rows()->addRow(kUrgent, m_urgent, nullptr, true);
    m_notes = textBox(body, 60);
    rows()->addRow(kNotes, m_notes);

    auto* answers = new QWidget(body);
    auto* answersLayout = new QVBoxLayout(answers);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    answersLayout->setSpacing(4);
    m_answers = new QTableWidget(0, 2, answers);
    m_answers->setObjectName(QStringLiteral("answersTable"));
    m_answers->verticalHeader()->hide();
    m_answers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setWordWrap(true);
    m_answers->setMinimumHeight(140);
    m_answers->verticalHeader()->setDefaultSectionSize(30);
    m_answers->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_answers->setAlternatingRowColors(true);
    m_answers->setShowGrid(false);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_addAnswer = new QPushButton(answers);
    m_addAnswer->setObjectName(QStringLiteral("addAnswer"));
    m_addAnswer->setFlat(true);
    m_addAnswer->setIcon(Icons::forPalette(QStringLiteral("add"), palette()));
    m_removeAnswer = new QPushButton(answers);
    m_removeAnswer->setFlat(true);
    buttons->addWidget(m_addAnswer);
    buttons->addWidget(m_removeAnswer);
    buttons->addStretch(1);
    answersLayout->addWidget(m_answers);
    answersLayout->addLayout(buttons);
    rows()->addRow(kAnswers, m_answers, answers);
    connect(m_addAnswer, &QPushButton::clicked, this, [this] { addAnswer(); });
    connect(m_removeAnswer, &QPushButton::clicked, this, [this] {
        if (m_answers->currentRow() >= 0)
            m_answers->removeRow(m_answers->currentRow());
    });

    auto loaded = ReceptionRepository(m_db).load(client.id);
    if (!loaded)
        MessageBox::showError(this, tr("The reception instructions cannot be read"), loaded.error());
    ReceptionInstructions instructions = loaded ? loaded.value() : ReceptionInstructions();
    instructions.clientId = client.id;
    setInstructions(instructions);
    retranslateUi();
    fitToContent(680);
}

void ReceptionInstructionsDialog::setInstructions(const ReceptionInstructions& instructions)
{
    m_base = instructions;
    m_greeting->setPlainText(instructions.greeting);
    m_putThrough->setPlainText(instructions.putThrough);
    m_filtering->setPlainText(instructions.filtering);
    m_hours->setText(instructions.hours);
    m_urgent->setText(instructions.urgentContact);
    m_notes->setPlainText(instructions.notes);
    m_answers->setRowCount(0);
    for (const ReceptionAnswer& answer : instructions.answers)
        addAnswer(answer.question, answer.answer);
}

void ReceptionInstructionsDialog::addAnswer(const QString& question, const QString& answer)
{
    const int row = m_answers->rowCount();
    m_answers->insertRow(row);
    m_answers->setItem(row, 0, new QTableWidgetItem(question));
    m_answers->setItem(row, 1, new QTableWidgetItem(answer));
    if (question.isEmpty()) {
        m_answers->setCurrentCell(row, 0);
        m_answers->editItem(m_answers->item(row, 0));
    }
}

ReceptionInstructions ReceptionInstructionsDialog::instructions() const
{
    ReceptionInstructions instructions = m_base;
    instructions.clientId = m_client.id;
    instructions.greeting = m_greeting->toPlainText();
    instructions.putThrough = m_putThrough->toPlainText();
    instructions.filtering = m_filtering->toPlainText();
    instructions.hours = m_hours->text();
    instructions.urgentContact = m_urgent->text();
    instructions.notes = m_notes->toPlainText();
    instructions.answers.clear();
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const QTableWidgetItem* question = m_answers->item(row, 0);
        const QTableWidgetItem* answer = m_answers->item(row, 1);
        const QString q = question ? question->text() : QString();
        const QString a = answer ? answer->text() : QString();
        if (!q.trimmed().isEmpty() || !a.trimmed().isEmpty())
            instructions.answers << ReceptionAnswer{q, a};
    }
    return instructions;
}

bool ReceptionInstructionsDialog::save()
{
    // An answer being typed counts: moving the current cell away commits the open editor.
    m_answers->setCurrentIndex(QModelIndex());
    auto saved = ReceptionRepository(m_db).save(instructions());
    if (!saved) {
        MessageBox::showError(this, tr("The reception instructions cannot be saved"), saved.error());
        return false;
    }
    m_base = saved.value();
    return true;
}

void ReceptionInstructionsDialog::retranslateUi()
{
    setHeading(tr("Reception instructions for %1").arg(m_client.name));
    setSaveText(tr("Save instructions"));
    rows()->setLabelText(kGreeting, tr("&Greeting:"));
    rows()->setLabelText(kPutThrough, tr("&Put through:"));
    rows()->setLabelText(kFiltering, tr("&Filter out:"));
    rows()->setLabelText(kHours, tr("&Hours:"));
    rows()->setLabelText(kUrgent, tr("&Urgent contact:"));
    rows()->setLabelText(kNotes, tr("N&otes:"));
    rows()->setLabelText(kAnswers, tr("Standard &answers:"));
    rows()->setHint(kGreeting, tr("Word for word, as you answer the phone."));
    rows()->setHint(kUrgent, tr("Who to reach, and how, when it cannot wait."));
    m_greeting->setPlaceholderText(tr("e.g. Atelier Azur, good morning, how may I help you?"));
    m_putThrough->setPlaceholderText(tr("Who may be put through, to whom, and how (transfer, text message, e-mail)."));
    m_filtering->setPlaceholderText(tr("e.g. Sales calls and surveys: take a message, do not put through."));
    m_hours->setPlaceholderText(tr("e.g. Mon–Fri 9:00–12:00 and 14:00–18:00"));
    m_urgent->setPlaceholderText(tr("e.g. Jeanne Roy, +33 6 12 34 56 78 (text first)"));
    m_answers->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_addAnswer->setText(tr("Add a standard answer"));
    m_removeAnswer->setText(tr("Remove"));
}

} // namespace Bureau
