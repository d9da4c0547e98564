// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientPage.h"

#include "core/Clock.h"
#include "core/services/ClientTimeline.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "ui/clients/ClientAccessesTab.h"
#include "ui/clients/ClientActions.h"
#include "ui/clients/ClientContactsTab.h"
#include "ui/clients/ClientEditorDialog.h"
#include "ui/clients/ClientFilesTab.h"
#include "ui/clients/ClientMissionsTab.h"
#include "ui/clients/ClientOnboardingTab.h"
#include "ui/clients/ClientOverviewTab.h"
#include "ui/clients/ClientTasksTab.h"
#include "ui/clients/ClientTimelineTab.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/ReceptionCard.h"
#include "ui/clients/ReceptionInstructionsDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PillLabel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

const QKeySequence kBackKey(Qt::ALT | Qt::Key_Left);
const QKeySequence kEditKey(Qt::CTRL | Qt::Key_E);
const QKeySequence kLogKey(Qt::CTRL | Qt::Key_L);
const QKeySequence kReceptionKey(Qt::CTRL | Qt::Key_R);

QString shortcutText(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

/** The client's initials in a soft circle of the accent colour. */
QPixmap avatar(const QString& name, const QPalette& palette, qreal ratio)
{
    const int side = 48;
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = Theme::accent(palette);
    QColor background = accent;
    background.setAlpha(Theme::isDark(palette) ? 90 : 36);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0, 0, side, side));
    QString initials;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber())
            initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    QFont font = painter.font();
    font.setPixelSize(18);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Theme::isDark(palette) ? accent.lighter(150) : accent.darker(120));
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace

ClientPage::ClientPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("clientPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    buildTopBar();
    buildHeader();
    buildTabs();

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(30'000);
    connect(m_clockTimer, &QTimer::timeout, this, &ClientPage::updateLocalTime);

    auto* back = new QShortcut(kBackKey, this);
    connect(back, &QShortcut::activated, this, &ClientPage::backRequested);
    auto* edit = new QShortcut(kEditKey, this);
    connect(edit, &QShortcut::activated, this, &ClientPage::editClient);
    auto* log = new QShortcut(kLogKey, this);
    connect(log, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->logInteraction();
    });
    updateStyleSheet();
    retranslateUi();
}

void ClientPage::updateStyleSheet()
{
    // Tabs as a quiet row of labels, the current one underlined in the accent colour.
    const QPalette& p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor border = Theme::isDark(p) ? window.lighter(150) : window.darker(118);
    QColor muted = p.color(QPalette::WindowText);
    muted.setAlpha(175);
    const QString tabs = QStringLiteral(R"css(
QTabWidget#clientTabs::pane { border: none; border-top: 1px solid %1; top: -1px; }
QTabWidget#clientTabs > QTabBar::tab {
    background: transparent; border: none; border-bottom: 2px solid transparent;
    padding: 6px 12px 7px 12px; margin-right: 2px; color: %2;
}
QTabWidget#clientTabs > QTabBar::tab:selected { color: %3; border-bottom: 2px solid %4; }
QTabWidget#clientTabs > QTabBar::tab:hover:!selected { color: %3; border-bottom: 2px solid %1; }
QToolButton#moreActions::menu-indicator { image: none; width: 0px; }
QProgressBar#onboardingProgress, QProgressBar#headerOnboarding { border: none; border-radius: 3px; background: %1; max-height: 6px; }
QProgressBar#onboardingProgress::chunk, QProgressBar#headerOnboarding::chunk { border-radius: 3px; background: %4; }
)css")
                             .arg(border.name(),
                                  QStringLiteral("rgba(%1, %2, %3, %4)")
                                      .arg(muted.red())
                                      .arg(muted.green())
                                      .arg(muted.blue())
                                      .arg(muted.alpha()),
                                  p.color(QPalette::WindowText).name(), Theme::accent(p).name());
    const QString sheet = tabs + ClientUi::listStyleSheet(p);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void ClientPage::buildTopBar()
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(8);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToClients"));
    m_back->setFlat(true);
    m_back->setIcon(Icons::forPalette(QStringLiteral("back"), palette()));
    m_back->setCursor(Qt::PointingHandCursor);
    m_crumb = new QLabel(this);
    m_crumb->setObjectName(QStringLiteral("mutedLabel"));
    m_crumb->setTextFormat(Qt::PlainText);
    bar->addWidget(m_back);
    bar->addWidget(m_crumb, 1);

    m_reception = new QPushButton(this);
    m_reception->setObjectName(QStringLiteral("receptionCardButton"));
    m_reception->setIcon(Icons::forPalette(QStringLiteral("reception"), palette()));
    m_log = new QPushButton(this);
    m_log->setObjectName(QStringLiteral("logInteractionButton"));
    m_log->setIcon(Icons::forPalette(QStringLiteral("note"), palette()));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("primaryButton"));
    m_edit->setIcon(Icons::themed(QStringLiteral("edit"), Qt::white));
    m_edit->setCursor(Qt::PointingHandCursor);
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreActions"));
    m_moreButton->setIcon(Icons::forPalette(QStringLiteral("more"), palette()));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setIconSize(QSize(20, 20));
    m_more = new QMenu(this);
    m_moreButton->setMenu(m_more);
    connect(m_more, &QMenu::aboutToShow, this, &ClientPage::updateMoreMenu);
    bar->addWidget(m_reception);
    bar->addWidget(m_log);
    bar->addWidget(m_edit);
    bar->addWidget(m_moreButton);
    static_cast<QVBoxLayout*>(layout())->addLayout(bar);

    connect(m_back, &QPushButton::clicked, this, &ClientPage::backRequested);
    connect(m_reception, &QPushButton::clicked, this, &ClientPage::showReceptionCard);
    connect(m_log, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->logInteraction();
    });
    connect(m_edit, &QPushButton::clicked, this, &ClientPage::editClient);
}

void ClientPage::buildHeader()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(16, 16, 16, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);

    m_avatar = new QLabel(card);
    m_avatar->setFixedSize(48, 48);
    grid->addWidget(m_avatar, 0, 0, 4, 1, Qt::AlignTop);

    // Left: who the client is and how to reach them; the name gives way (elided) before anything else.
    auto* nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    m_name = new ElidedLabel(card);
    m_name->setObjectName(QStringLiteral("clientName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_status = new PillLabel(card);
    m_status->setObjectName(QStringLiteral("clientStatus"));
    m_archived = new PillLabel(card);
    m_archived->setObjectName(QStringLiteral("clientArchived"));
    nameRow->addWidget(m_name, 0);
    nameRow->addWidget(m_status, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_archived, 0, Qt::AlignVCenter);
    nameRow->addStretch(1);
    grid->addLayout(nameRow, 0, 1);

    m_summary = new ElidedLabel(card);
    m_summary->setObjectName(QStringLiteral("mutedLabel"));
    grid->addWidget(m_summary, 1, 1);

    m_contact = new QLabel(card);
    m_contact->setObjectName(QStringLiteral("clientContact"));
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setOpenExternalLinks(true);
    m_contact->setTextInteractionFlags(Qt::TextBrowserInteraction);
    grid->addWidget(m_contact, 2, 1);

    m_tagsRow = new QWidget(card);
    m_tagsLayout = new QHBoxLayout(m_tagsRow);
    m_tagsLayout->setContentsMargins(0, 2, 0, 0);
    m_tagsLayout->setSpacing(6);
    grid->addWidget(m_tagsRow, 3, 1);

    // Right: the client's time beside the user's, and how far onboarding is.
    m_localTime = new QLabel(card);
    m_localTime->setObjectName(QStringLiteral("clientLocalTime"));
    m_localTime->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_localTime->setTextFormat(Qt::RichText);
    auto* onboarding = new QHBoxLayout;
    onboarding->setSpacing(8);
    onboarding->addStretch(1);
    m_onboardingText = new QLabel(card);
    m_onboardingText->setObjectName(QStringLiteral("mutedLabel"));
    m_onboardingBar = new QProgressBar(card);
    m_onboardingBar->setObjectName(QStringLiteral("headerOnboarding"));
    m_onboardingBar->setTextVisible(false);
    m_onboardingBar->setFixedSize(96, 6);
    onboarding->addWidget(m_onboardingText);
    onboarding->addWidget(m_onboardingBar);
    grid->addWidget(m_localTime, 0, 2);
    grid->addLayout(onboarding, 1, 2);
    grid->setColumnStretch(1, 1);
    static_cast<QVBoxLayout*>(layout())->addWidget(card);
}

void ClientPage::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_overview = new ClientOverviewTab(m_tabs);
    m_contacts = new ClientContactsTab(m_context, m_tabs);
    m_timeline = new ClientTimelineTab(m_context, m_tabs);
    m_missions = new ClientMissionsTab(m_context, m_tabs);
    m_tasks = new ClientTasksTab(m_context, m_tabs);
    m_accesses = new ClientAccessesTab(m_context, m_tabs);
    m_onboarding = new ClientOnboardingTab(m_context, m_tabs);
    m_files = new ClientFilesTab(m_context, m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_contacts, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_missions, QString());
    m_tabs->addTab(m_tasks, QString());
    m_tabs->addTab(m_accesses, QString());
    m_tabs->addTab(m_onboarding, QString());
    m_tabs->addTab(m_files, QString());
    static_cast<QVBoxLayout*>(layout())->addWidget(m_tabs, 1);

    connect(m_overview, &ClientOverviewTab::exportRequested, this,
            [this] { ClientActions::exportPersonalData(m_context, this, m_client); });
    connect(m_overview, &ClientOverviewTab::eraseRequested, this, [this] {
        if (ClientActions::erasePersonalData(m_context, this, m_client)) {
            reload();
            emit clientChanged(m_client.id);
        }
    });
    // What one tab writes can change the header, the timeline and the checklist.
    for (ClientTab* tab : std::initializer_list<ClientTab*>{m_contacts, m_timeline, m_missions, m_tasks, m_accesses,
                                                            m_onboarding, m_files}) {
        connect(tab, &ClientTab::changed, this, [this, tab] {
            if (tab != m_timeline)
                m_timeline->reload();
            if (tab != m_onboarding)
                m_onboarding->reload();
            if (tab == m_contacts)
                reload();
            updateOnboarding();
            emit clientChanged(m_client.id);
        });
    }
}

bool ClientPage::showClient(qint64 id)
{
    auto loaded = ClientRepository(m_context.database).load(id);
    if (!loaded) {
        MessageBox::showError(this, tr("The client cannot be opened"), loaded.error());
        return false;
    }
    m_client = loaded.value();
    m_tabs->setCurrentIndex(OverviewTab);
    fillHeader();
    m_overview->setClient(m_client);
    for (ClientTab* tab : std::initializer_list<ClientTab*>{m_contacts, m_timeline, m_missions, m_tasks, m_accesses,
                                                            m_onboarding, m_files})
        tab->setClient(m_client);
    m_clockTimer->start();
    return true;
}

void ClientPage::reload()
{
    if (m_client.id == 0)
        return;
    auto loaded = ClientRepository(m_context.database).load(m_client.id);
    if (!loaded) {
        // Deleted by another process (or here): back to the list.
        if (loaded.error().kind == Error::Kind::NotFound) {
            m_client = Client();
            m_clockTimer->stop();
            emit backRequested();
            return;
        }
        MessageBox::showError(this, tr("The client cannot be read"), loaded.error());
        return;
    }
    m_client = loaded.value();
    fillHeader();
    m_overview->setClient(m_client);
    for (ClientTab* tab : std::initializer_list<ClientTab*>{m_contacts, m_timeline, m_missions, m_tasks, m_accesses,
                                                            m_onboarding, m_files})
        tab->setClient(m_client);
}

void ClientPage::fillHeader()
{
    const Client& c = m_client;
    m_crumb->setText(tr("/ %1", "breadcrumb after Clients").arg(c.name));
    m_name->setFullText(c.name);
    m_avatar->setPixmap(avatar(c.name, palette(), devicePixelRatioF()));
    m_status->setText(Client::statusText(c.status));
    m_status->setTone(ClientUi::tone(c.status));
    m_archived->setText(tr("Archived"));
    m_archived->setVisible(c.archived);

    QStringList summary{Client::kindText(c.kind),
                        c.professional ? tr("Professional client") : tr("Private individual")};
    const QString place = c.city.isEmpty()
                              ? CountryComboBox::countryName(c.country)
                              : tr("%1, %2", "city, country").arg(c.city, CountryComboBox::countryName(c.country));
    summary << place;
    m_summary->setFullText(summary.join(QStringLiteral(" · ")));

    while (QLayoutItem* item = m_tagsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& tag : c.tags) {
        auto* pill = new PillLabel(tag, StatusPillDelegate::Tone::Blue, m_tagsRow);
        pill->setObjectName(QStringLiteral("tagPill"));
        m_tagsLayout->addWidget(pill);
    }
    m_tagsLayout->addStretch(1);
    m_tagsRow->setVisible(!c.tags.isEmpty());

    QStringList contact;
    if (!c.mainEmail().isEmpty())
        contact << ClientUi::emailLink(c.mainEmail());
    if (!c.phones.isEmpty())
        contact << ClientUi::phoneLink(c.phones.first().value, c.phones.first().e164);
    m_contact->setText(contact.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));
    m_contact->setVisible(!contact.isEmpty());
    updateLocalTime();
    updateOnboarding();
    m_edit->setEnabled(true);
}

void ClientPage::updateLocalTime()
{
    const QTimeZone clientZone(m_client.timeZone.toLatin1());
    const QTimeZone userZone = ClientUi::userTimeZone(m_context.database);
    const qint64 now = m_context.clock.nowMs();
    if (!clientZone.isValid() || clientZone.id() == userZone.id()) {
        m_localTime->setText(tr("Same time zone as you (%1)").arg(ClientTimeline::zoneCity(userZone)).toHtmlEscaped());
        return;
    }
    // "05:12 in Montreal · 11:12 for you", the client's time first and stronger.
    m_localTime->setText(tr("<b>%1</b> in %2 · %3 for you", "the client's local time, their city, the user's time")
                             .arg(ClientUi::formatTime(now, clientZone),
                                  ClientTimeline::zoneCity(clientZone).toHtmlEscaped(),
                                  ClientUi::formatTime(now, userZone)));
    m_localTime->setToolTip(tr("The client’s time zone: %1").arg(m_client.timeZone));
}

void ClientPage::updateOnboarding()
{
    auto progress = OnboardingRepository(m_context.database).progress(m_client.id);
    const bool shown = progress && progress->total > 0;
    m_onboardingBar->setVisible(shown);
    m_onboardingText->setVisible(shown);
    if (!shown)
        return;
    m_onboardingBar->setRange(0, progress->total);
    m_onboardingBar->setValue(progress->done);
    m_onboardingText->setText(tr("Onboarding %1/%2").arg(progress->done).arg(progress->total));
}

void ClientPage::updateMoreMenu()
{
    m_more->clear();
    QAction* instructions =
        m_more->addAction(Icons::forPalette(QStringLiteral("reception"), palette()), tr("Reception instructions…"),
                          this, &ClientPage::openReceptionInstructions);
    instructions->setObjectName(QStringLiteral("receptionInstructionsAction"));
    m_more->addSeparator();
    m_more->addAction(Icons::forPalette(QStringLiteral("export"), palette()), tr("Export personal data…"), this,
                      [this] { ClientActions::exportPersonalData(m_context, this, m_client); });
    m_more->addAction(Icons::forPalette(QStringLiteral("shield"), palette()), tr("Erase personal data…"), this, [this] {
        if (ClientActions::erasePersonalData(m_context, this, m_client)) {
            reload();
            emit clientChanged(m_client.id);
        }
    });
    m_more->addSeparator();
    QAction* archive = m_more->addAction(Icons::forPalette(QStringLiteral("archive"), palette()),
                                         m_client.archived ? tr("Restore from archive") : tr("Archive"), this,
                                         &ClientPage::archiveOrRestore);
    archive->setObjectName(QStringLiteral("archiveAction"));
    QAction* remove = m_more->addAction(Icons::forPalette(QStringLiteral("trash"), palette()), tr("Delete client…"),
                                        this, &ClientPage::deleteClient);
    remove->setObjectName(QStringLiteral("deleteAction"));
    // Offered only when the law allows it (no quotes or invoices); the tooltip says why not.
    const bool deletable = ClientActions::canDelete(m_context, m_client.id);
    remove->setEnabled(deletable);
    if (!deletable)
        remove->setToolTip(tr("A client with quotes or invoices cannot be deleted: archive them instead."));
    m_more->setToolTipsVisible(true);
}

void ClientPage::archiveOrRestore()
{
    if (ClientActions::setArchived(m_context, this, m_client, !m_client.archived)) {
        reload();
        emit clientChanged(m_client.id);
    }
}

void ClientPage::deleteClient()
{
    const qint64 id = m_client.id;
    switch (ClientActions::deleteClient(m_context, this, m_client)) {
    case ClientActions::Outcome::Done:
        m_client = Client();
        m_clockTimer->stop();
        emit clientRemoved(id);
        emit backRequested();
        break;
    case ClientActions::Outcome::Archived:
        reload();
        emit clientChanged(id);
        break;
    case ClientActions::Outcome::Cancelled:
    case ClientActions::Outcome::Failed:
        break;
    }
}

bool ClientPage::editClient()
{
    if (m_client.id == 0)
        return false;
    ClientEditorDialog dialog(m_context.database, m_client, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit clientChanged(m_client.id);
    return true;
}

ReceptionCard* ClientPage::showReceptionCard()
{
    if (m_client.id == 0)
        return nullptr;
    ReceptionCard* card = ClientActions::showReceptionCard(m_context, this, m_client);
    connect(card, &ReceptionCard::edited, this, [this] {
        m_onboarding->reload();
        m_timeline->reload();
        updateOnboarding();
        emit clientChanged(m_client.id);
    });
    return card;
}

void ClientPage::openReceptionInstructions()
{
    ReceptionInstructionsDialog dialog(m_context.database, m_client, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_onboarding->reload();
    updateOnboarding();
    emit clientChanged(m_client.id);
}

void ClientPage::retranslateUi()
{
    m_back->setText(tr("Clients"));
    m_back->setToolTip(tr("Back to the client list (%1)").arg(shortcutText(kBackKey)));
    m_reception->setText(tr("Reception card"));
    m_reception->setToolTip(tr("How to answer this client’s phone, at a glance (%1)").arg(shortcutText(kReceptionKey)));
    m_log->setText(tr("Log interaction"));
    m_log->setToolTip(tr("A call, an e-mail, a meeting, a note or a message (%1)").arg(shortcutText(kLogKey)));
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Edit the client (%1)").arg(shortcutText(kEditKey)));
    m_moreButton->setToolTip(tr("More actions"));
    const QStringList titles{tr("Overview"), tr("Contacts"), tr("Timeline"),   tr("Missions"),
                             tr("Tasks"),    tr("Accesses"), tr("Onboarding"), tr("Files")};
    for (int i = 0; i < titles.size(); ++i)
        m_tabs->setTabText(i, titles.at(i));
    if (m_client.id != 0)
        fillHeader();
}

void ClientPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateStyleSheet();
    QWidget::changeEvent(event);
}

} // namespace Bureau
