// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ProfilePage.h"

#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"
#include "ui/settings/ProfileForm.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace Bureau
{

ProfilePage::ProfilePage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("profilePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The form scrolls at the minimum window size; the Save row stays in view below it.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("profileScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* content = new QWidget(m_scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 24, 24, 24);
    contentLayout->setSpacing(8);
    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    m_intro->setMaximumWidth(640);
    m_missing = new QLabel(content);
    m_missing->setObjectName(QStringLiteral("mutedLabel"));
    m_missing->setWordWrap(true);
    m_missing->setMaximumWidth(640);
    contentLayout->addWidget(m_intro);
    contentLayout->addWidget(m_missing);
    contentLayout->addSpacing(16);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_content = content;
    layout->addWidget(m_scroll, 1);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(16, 8, 0, 0);
    footer->setSpacing(16);
    footer->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mutedLabel"));
    footer->addWidget(m_status);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setCursor(Qt::PointingHandCursor);
    m_save->setDefault(false);
    footer->addWidget(m_save);
    layout->addLayout(footer);

    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ProfilePage::save);

    retranslateUi();
}

ProfileForm* ProfilePage::form()
{
    // Built when first needed, not with the main window: start-up stays within its budget.
    if (m_form)
        return m_form;
    auto* layout = static_cast<QVBoxLayout*>(m_content->layout());
    m_form = new ProfileForm(QFileInfo(m_context.database.path()).absolutePath(), ProfileForm::Section::All, m_content);
    layout->insertWidget(layout->count() - 1, m_form);
    m_form->show();
    // Built after Save, the fields still come before it when tabbing.
    if (QWidget* last = m_form->editor(QString(BusinessProfile::Field::bic)))
        QWidget::setTabOrder(last, m_save);
    connect(m_form, &ProfileForm::edited, this, [this] {
        m_dirty = true;
        // "Saved." goes with the first edit; the reminder once the fields in red are right.
        if (m_statusKind == Status::Saved || m_form->fieldsInError().isEmpty())
            setStatus(Status::None);
        updateMissing();
    });
    reload();
    return m_form;
}

void ProfilePage::refresh()
{
    if (!m_dirty)
        reload();
}

void ProfilePage::reload()
{
    if (!m_form) {
        form(); // loads
        return;
    }
    auto loaded = ProfileRepository(m_context.database).load();
    if (!loaded) {
        MessageBox::showError(this, tr("The profile cannot be read"), loaded.error());
        return;
    }
    m_form->setProfile(loaded->value_or(ProfileForm::freshProfile()));
    m_dirty = false;
    updateMissing();
}

bool ProfilePage::save()
{
    // Field errors stay next to their fields: no dialog for them.
    if (!form()->validateAll()) {
        setStatus(Status::Invalid);
        if (QWidget* first = m_form->editor(m_form->fieldsInError().value(0)))
            m_scroll->ensureWidgetVisible(first, 16, 48);
        return false;
    }
    const BusinessProfile typed = m_form->profile();
    if (auto stored = ProfileRepository(m_context.database).save(typed); !stored) {
        m_form->validateAll();
        setStatus(Status::None);
        MessageBox::showError(this, tr("The profile was not saved"), stored.error());
        return false;
    }
    // Shown as stored: identifiers grouped the way they are printed.
    m_form->setProfile(ProfileRepository::normalized(typed));
    m_dirty = false;
    updateMissing();
    setStatus(Status::Saved);
    emit saved();
    return true;
}

void ProfilePage::setStatus(Status status)
{
    m_statusKind = status;
    switch (status) {
    case Status::None:
        m_status->clear();
        break;
    case Status::Saved:
        m_status->setText(tr("Saved."));
        break;
    case Status::Invalid:
        m_status->setText(tr("Nothing saved: check the fields marked in red."));
        break;
    }
}

void ProfilePage::updateMissing()
{
    if (!m_form)
        return;
    const QStringList missing = ProfileRepository::normalized(m_form->profile()).missingForInvoices();
    QStringList labels;
    for (const QString& field : missing)
        labels << BusinessProfile::fieldLabel(field);
    m_missing->setText(labels.isEmpty()
                           ? QString()
                           : tr("Before your first invoice, fill in: %1.").arg(QLocale().createSeparatedList(labels)));
    m_missing->setVisible(!labels.isEmpty());
}

void ProfilePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void ProfilePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfilePage::retranslateUi()
{
    setWindowTitle(tr("Profile"));
    m_intro->setText(tr("How you appear on your quotes and invoices, and the defaults your new documents take."));
    m_save->setText(tr("Save"));
    m_save->setToolTip(
        tr("Save the profile (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    setStatus(m_statusKind);
    updateMissing();
}

} // namespace Bureau
