// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h" // FieldError

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace Bureau
{

/**
 * The rows of a QFormLayout form with inline validation (DESIGN.md, Look and feel; the pattern of
 * ProfileForm, for any form): each row has its label, its editor, an error line in red under the
 * editor (the editor's border red too) and an optional hint. A field is checked once the user has
 * left it or picked a value, and then again on each edit while it shows an error, so a message goes
 * as soon as the field is right. Nothing typed is ever cleared by a check.
 *
 * The check is a function returning each field's first problem (firstErrors() turns a
 * validate() list into one). Rows are keyed by the same field names validate() uses.
 */
class FormRows final : public QObject
{
    Q_OBJECT

public:
    using Check = std::function<QHash<QString, QString>()>;

    /** @p form is the widget holding @p layout (it gets the style sheet for invalid fields). */
    FormRows(QFormLayout* layout, QWidget* form);

    /** A section title ("Identity") spanning the row; set its text from retranslateUi(). */
    QLabel* addSection();
    /**
     * A row for @p field: a label (buddy of @p editor), then @p holder (or @p editor itself) with
     * its error and, when asked, a hint under it. Line edits, combo boxes, plain-text edits, spin
     * boxes and date edits are watched automatically; other editors call edited()/changed().
     */
    void addRow(const QString& field, QWidget* editor, QWidget* holder = nullptr, bool withHint = false,
                int maxWidth = 0);
    /** Watches another editor of an existing row (a second widget of a composite field). */
    void watch(const QString& field, QWidget* editor);

    QLabel* label(const QString& field) const;
    QLabel* error(const QString& field) const;
    QLabel* hint(const QString& field) const;
    QWidget* editor(const QString& field) const;
    QWidget* container(const QString& field) const;
    void setLabelText(const QString& field, const QString& text);
    void setHint(const QString& field, const QString& text);
    void setRowVisible(const QString& field, bool visible);
    /** The widest label, for forms that line up several layouts. */
    int labelWidth() const;

    void setCheck(Check check) { m_check = std::move(check); }
    /** While loading values into the editors, their signals are not edits. */
    void setLoading(bool loading) { m_loading = loading; }
    bool isLoading() const { return m_loading; }

    void edited(const QString& field);
    void changed(const QString& field);
    void left(const QString& field);
    /** Shows the current problem of every field checked so far (e.g. after a language change). */
    void refresh();
    /** Checks every field; focuses the first in error. True when there is none. */
    bool validateAll();
    /** Forgets which fields were checked and hides every error (after loading new values). */
    void reset();
    /** Shows @p message under @p field now, whether it was checked or not (an error from saving). */
    void showMessage(const QString& field, const QString& message);
    QStringList fieldsInError() const;

    /** Each field's first message. */
    static QHash<QString, QString> firstErrors(const QList<FieldError>& errors);
    /** A font a little smaller than @p base, for errors and hints. */
    static QFont smallerFont(const QFont& base);

signals:
    /** The user changed a field (not while loading). */
    void userEdited();
    /** The user left @p field and it has no error: a form may now show it normalised. */
    void leftValid(const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        QString field;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QWidget* container = nullptr;
        QLabel* error = nullptr;
        QLabel* hint = nullptr;
    };

    Row* find(const QString& field);
    const Row* find(const QString& field) const;
    void show(Row& row, const QString& message);
    void updateStyleSheet();

    QFormLayout* m_layout = nullptr;
    QWidget* m_form = nullptr;
    QList<Row> m_rows;
    QSet<QString> m_touched;
    QHash<QString, QString> m_extra; // messages from saving, until the field is edited
    Check m_check;
    bool m_loading = false;
    int m_sections = 0;
};

} // namespace Bureau
