// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/FormRows.h"

#include "ui/shell/Theme.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Bureau
{

namespace
{

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

/** Labels sit at the top of their row, their text level with the field's first line. */
void alignLabel(QLabel* label, int fieldHeight)
{
    label->setContentsMargins(0, std::max(0, (fieldHeight - label->fontMetrics().height()) / 2), 0, 0);
}

} // namespace

FormRows::FormRows(QFormLayout* layout, QWidget* form)
    : QObject(form)
    , m_layout(layout)
    , m_form(form)
{
    m_layout->setHorizontalSpacing(16);
    m_layout->setVerticalSpacing(8);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->installEventFilter(this);
    updateStyleSheet();
}

QFont FormRows::smallerFont(const QFont& base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

QLabel* FormRows::addSection()
{
    auto* title = new QLabel(m_form);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.12);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    // 8 px of row spacing plus 16 above every section but the first: sections read as groups.
    title->setContentsMargins(0, m_sections == 0 ? 0 : 16, 0, 0);
    m_layout->addRow(title);
    ++m_sections;
    return title;
}

void FormRows::addRow(const QString& field, QWidget* editor, QWidget* holder, bool withHint, int maxWidth)
{
    Row row;
    row.field = field;
    row.editor = editor;
    if (editor->objectName().isEmpty())
        editor->setObjectName(field);

    auto* container = new QWidget(m_form);
    container->setObjectName(QString(field + QStringLiteral("Row")));
    auto* box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    QWidget* shown = holder ? holder : editor;
    if (maxWidth > 0)
        shown->setMaximumWidth(maxWidth);
    box->addWidget(shown);

    row.error = new QLabel(container);
    row.error->setObjectName(QStringLiteral("fieldError"));
    row.error->setProperty("field", field);
    row.error->setWordWrap(true);
    row.error->setFont(smallerFont(m_form->font()));
    row.error->setTextFormat(Qt::PlainText);
    row.error->hide();
    box->addWidget(row.error);
    if (withHint) {
        row.hint = new QLabel(container);
        row.hint->setObjectName(QStringLiteral("mutedLabel"));
        row.hint->setWordWrap(true);
        row.hint->setFont(smallerFont(m_form->font()));
        row.hint->setTextFormat(Qt::PlainText);
        box->addWidget(row.hint);
    }
    row.container = container;

    row.label = new QLabel(m_form);
    row.label->setBuddy(editor);
    row.label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    // A tall editor (a text box, a list) lines its label up with its first line.
    const int lineHeight = QLineEdit().sizeHint().height();
    const int editorHeight = editor->sizeHint().height();
    const int height = editorHeight > lineHeight * 3 / 2 ? lineHeight : editorHeight;
    alignLabel(row.label, height);
    m_layout->addRow(row.label, container);
    m_rows.append(row);
    watch(field, editor);
}

void FormRows::watch(const QString& field, QWidget* editor)
{
    editor->setProperty("formField", field);
    editor->installEventFilter(this);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, this, [this, field] { edited(field); });
        connect(line, &QLineEdit::returnPressed, this, [this, field] { left(field); });
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { changed(field); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this, field] { edited(field); });
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, field] { edited(field); });
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        connect(date, &QDateEdit::dateChanged, this, [this, field] { changed(field); });
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, [this, field] { changed(field); });
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        connect(check, &QCheckBox::toggled, this, [this, field] { changed(field); });
    } else if (auto* radio = qobject_cast<QRadioButton*>(editor)) {
        connect(radio, &QRadioButton::toggled, this, [this, field](bool on) {
            if (on)
                changed(field);
        });
    }
}

FormRows::Row* FormRows::find(const QString& field)
{
    for (Row& row : m_rows) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

const FormRows::Row* FormRows::find(const QString& field) const
{
    for (const Row& row : m_rows) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

QLabel* FormRows::label(const QString& field) const
{
    const Row* row = find(field);
    return row ? row->label : nullptr;
}

QLabel* FormRows::error(const QString& field) const
{
    const Row* row = find(field);
    return row ? row->error : nullptr;
}

QLabel* FormRows::hint(const QString& field) const
{
    const Row* row = find(field);
    return row ? row->hint : nullptr;
}

QWidget* FormRows::editor(const QString& field) const
{
    const Row* row = find(field);
    return row ? row->editor : nullptr;
}

QWidget* FormRows::container(const QString& field) const
{
    const Row* row = find(field);
    return row ? row->container : nullptr;
}

void FormRows::setLabelText(const QString& field, const QString& text)
{
    if (QLabel* found = label(field))
        found->setText(text);
}

void FormRows::setHint(const QString& field, const QString& text)
{
    if (QLabel* found = hint(field)) {
        found->setText(text);
        found->setHidden(text.isEmpty());
    }
}

void FormRows::setRowVisible(const QString& field, bool visible)
{
    if (Row* row = find(field)) {
        row->label->setVisible(visible);
        row->container->setVisible(visible);
    }
}

int FormRows::labelWidth() const
{
    int width = 0;
    for (const Row& row : m_rows)
        width = std::max(width, row.label->sizeHint().width());
    return width;
}

QHash<QString, QString> FormRows::firstErrors(const QList<FieldError>& errors)
{
    QHash<QString, QString> first;
    for (const FieldError& error : errors) {
        if (!first.contains(error.field))
            first.insert(error.field, error.message);
    }
    return first;
}

void FormRows::edited(const QString& field)
{
    if (m_loading)
        return;
    m_extra.remove(field);
    emit userEdited();
    const Row* row = find(field);
    if (row && !row->error->isHidden())
        refresh();
}

void FormRows::changed(const QString& field)
{
    if (m_loading)
        return;
    emit userEdited();
    left(field);
}

void FormRows::left(const QString& field)
{
    if (m_loading)
        return;
    m_extra.remove(field);
    m_touched.insert(field);
    refresh();
    const Row* row = find(field);
    if (row && row->error->isHidden())
        emit leftValid(field);
}

void FormRows::refresh()
{
    const QHash<QString, QString> errors = m_check ? m_check() : QHash<QString, QString>();
    for (Row& row : m_rows) {
        QString message = m_extra.value(row.field);
        if (message.isEmpty() && m_touched.contains(row.field))
            message = errors.value(row.field);
        show(row, message);
    }
}

bool FormRows::validateAll()
{
    for (const Row& row : std::as_const(m_rows))
        m_touched.insert(row.field);
    refresh();
    const QStringList invalid = fieldsInError();
    if (invalid.isEmpty())
        return true;
    if (QWidget* first = editor(invalid.first()))
        first->setFocus(Qt::OtherFocusReason);
    return false;
}

void FormRows::reset()
{
    m_touched.clear();
    m_extra.clear();
    for (Row& row : m_rows)
        show(row, QString());
}

void FormRows::showMessage(const QString& field, const QString& message)
{
    if (Row* row = find(field)) {
        m_extra.insert(field, message);
        show(*row, message);
    }
}

QStringList FormRows::fieldsInError() const
{
    QStringList fields;
    for (const Row& row : m_rows) {
        if (!row.error->isHidden())
            fields << row.field;
    }
    return fields;
}

void FormRows::show(Row& row, const QString& message)
{
    row.error->setText(message);
    row.error->setHidden(message.isEmpty());
    const bool invalid = !message.isEmpty();
    if (row.editor->property("invalid").toBool() != invalid && !qobject_cast<QRadioButton*>(row.editor)
        && !qobject_cast<QCheckBox*>(row.editor)) {
        row.editor->setProperty("invalid", invalid);
        repolish(row.editor);
    }
}

void FormRows::updateStyleSheet()
{
    const bool dark = Theme::isDark(m_form->palette());
    // Red with WCAG AA contrast on the window colour, light and dark.
    const QString red = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828");
    const QString sheet = QStringLiteral(R"css(
QLabel#fieldError { color: %1; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QAbstractSpinBox[invalid="true"], QTableWidget[invalid="true"] {
    border: 1px solid %1;
    border-radius: 3px;
    padding: 1px 2px;
}
)css")
                              .arg(red);
    if (m_form->styleSheet() != sheet)
        m_form->setStyleSheet(sheet);
}

bool FormRows::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_form) {
        if (event->type() == QEvent::PaletteChange)
            updateStyleSheet();
        return false;
    }
    if (event->type() == QEvent::FocusOut) {
        // Leaving for a popup (a completer) or another window is not leaving the field.
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            const QString field = watched->property("formField").toString();
            if (!field.isEmpty())
                left(field);
        }
    }
    return false;
}

} // namespace Bureau
