// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientEditorDialog.h"

#include "core/storage/ClientRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "ui/clients/ClientForm.h"
#include "ui/widgets/MessageBox.h"

#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace Bureau
{

ClientEditorDialog::ClientEditorDialog(Database& database, const Client& client, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_client(client)
{
    setObjectName(QStringLiteral("clientEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dialogHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setContentsMargins(24, 16, 24, 8);
    layout->addWidget(m_heading);

    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    auto* content = new QWidget(m_scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 8, 24, 16);
    m_form = new ClientForm(content);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(24, 12, 24, 12);
    footer->setSpacing(8);
    footer->addStretch(1);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setDefault(true);
    footer->addWidget(m_cancel);
    footer->addWidget(m_save);
    layout->addLayout(footer);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ClientEditorDialog::accept);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ClientEditorDialog::accept);

    m_form->setClient(client);
    ClientRepository repository(m_db);
    if (auto tags = repository.tags())
        m_form->setKnownTags(tags.value());

    // Comfortable on a large screen, never taller than the screen the app is on.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(760, available.width() - 48), std::min(760, available.height() - 64));
    retranslateUi();
}

void ClientEditorDialog::accept()
{
    save();
}

bool ClientEditorDialog::save()
{
    if (!m_form->validateAll())
        return false;
    const Client typed = m_form->client();
    ClientRepository repository(m_db);
    if (typed.id == 0) {
        auto added = repository.add(typed);
        if (!added) {
            MessageBox::showError(this, tr("The client cannot be saved"), added.error());
            return false;
        }
        m_savedId = added.value();
        // Every new client starts from the onboarding template; a failure here does not undo the client.
        if (auto started = OnboardingRepository(m_db).startForClient(m_savedId); !started)
            MessageBox::showError(this, tr("The onboarding checklist cannot be started"), started.error());
    } else {
        if (auto updated = repository.update(typed); !updated) {
            MessageBox::showError(this, tr("The client cannot be saved"), updated.error());
            return false;
        }
        m_savedId = typed.id;
    }
    QDialog::accept();
    return true;
}

void ClientEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ClientEditorDialog::retranslateUi()
{
    const bool isNew = m_client.id == 0;
    setWindowTitle(isNew ? tr("New client") : tr("Edit client"));
    m_heading->setText(isNew ? tr("New client") : m_client.name);
    m_cancel->setText(tr("Cancel"));
    m_save->setText(isNew ? tr("Add client") : tr("Save changes"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
}

} // namespace Bureau
