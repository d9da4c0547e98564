// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientMissionsTab.h"

#include "core/Clock.h"
#include "core/documents/MissionLetter.h"
#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/models/Roles.h"
#include "core/services/PackageUsage.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/ProfileRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/MissionDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>

namespace Bureau
{

namespace
{
enum Column
{
    TitleColumn,
    StatusColumn,
    PeriodColumn,
    BillingColumn,
    /** Package missions: the hours used this month, orange from 80 %, red from 100 %. */
    UsageColumn,
    HoursColumn,
    ColumnCount
};
} // namespace

ClientMissionsTab::ClientMissionsTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("mission"), parent)
{
    setObjectName(QStringLiteral("missionsTab"));
    m_edit = new QPushButton(this);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printLetter"));
    m_print->setIcon(Icons::forPalette(QStringLiteral("print"), palette()));
    actionsLayout()->insertWidget(1, m_edit);
    actionsLayout()->addWidget(m_print);

    m_list = ClientUi::createRecordList(this, QStringLiteral("missionList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setItemDelegateForColumn(StatusColumn, ClientUi::missionStatusDelegate(m_list));
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(StatusColumn, 100);
    m_list->setColumnWidth(PeriodColumn, 150);
    m_list->setColumnWidth(BillingColumn, 160);
    m_list->setColumnWidth(UsageColumn, 200);
    m_list->setColumnWidth(HoursColumn, 160);
    setContent(m_list);

    connect(addButton(), &QPushButton::clicked, this, [this] { addMission(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editMission(ClientUi::currentRecordId(m_list)); });
    connect(m_print, &QPushButton::clicked, this, [this] { printLetter(ClientUi::currentRecordId(m_list)); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { editMission(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ClientMissionsTab::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClientMissionsTab::showMenu);
    retranslateUi();
}

void ClientMissionsTab::reload()
{
    const qint64 current = ClientUi::currentRecordId(m_list);
    m_list->clear();
    if (client().id == 0) {
        showEmptyState(true);
        return;
    }
    auto missions = MissionRepository(m_context.database).listForClient(client().id);
    if (!missions) {
        MessageBox::showError(this, tr("The missions cannot be read"), missions.error());
        return;
    }
    const QLocale locale;
    const QDate today = LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
    PackageUsage packages(m_context.database);
    for (const Mission& mission : missions.value()) {
        const QString period =
            mission.endsOn.isValid()
                ? tr("%1 – %2", "a period: from – to")
                      .arg(ClientUi::formatDate(mission.startsOn), ClientUi::formatDate(mission.endsOn))
                : tr("From %1", "an open-ended period").arg(ClientUi::formatDate(mission.startsOn));
        QString billing;
        switch (mission.billing) {
        case Mission::Billing::Hourly:
            billing = mission.hourlyRate.isValid() ? tr("%1 an hour").arg(mission.hourlyRate.format(locale))
                                                   : tr("By the hour, at the client’s rate");
            break;
        case Mission::Billing::Package:
            billing = tr("%1 h a month for %2")
                          .arg(locale.toString(mission.packageMinutes / 60.0, 'g', 4),
                               mission.packageFee.isValid() ? mission.packageFee.format(locale) : QString());
            break;
        case Mission::Billing::Fixed:
            billing =
                tr("%1 a month").arg(mission.monthlyFee.isValid() ? mission.monthlyFee.format(locale) : QString());
            break;
        }
        const QString hours =
            mission.workingSlots.isEmpty() ? QString() : Mission::describeSlots(mission.workingSlots, locale);
        std::optional<PackageUsage::Month> usage;
        if (mission.billing == Mission::Billing::Package && mission.packageMinutes > 0) {
            if (auto month = packages.forMission(mission.id, today))
                usage = month.value();
        }
        const QString used = usage ? tr("%1 of %2 used this month", "package hours: used of included")
                                         .arg(Duration::fromMinutes(usage->usedMinutes).format(locale),
                                              Duration::fromMinutes(usage->includedMinutes).format(locale))
                                   : QString();
        QTreeWidgetItem* item = ClientUi::addRecordRow(
            m_list, {mission.title, Mission::statusText(mission.status), period, billing, used, hours}, mission.id);
        item->setData(StatusColumn, RawValueRole, Mission::statusKey(mission.status));
        if (usage) {
            item->setData(UsageColumn, RawValueRole, usage->percentUsed);
            item->setToolTip(UsageColumn, PackageUsage::describe(usage.value(), locale));
            if (usage->level != PackageUsage::Level::Ok) {
                const auto tone = usage->level == PackageUsage::Level::Reached ? StatusPillDelegate::Tone::Red
                                                                               : StatusPillDelegate::Tone::Orange;
                item->setForeground(UsageColumn, StatusPillDelegate::colors(tone, m_list->palette()).text);
                QFont font = item->font(UsageColumn);
                font.setWeight(QFont::DemiBold);
                item->setFont(UsageColumn, font);
            }
        }
        if (!hours.isEmpty())
            item->setToolTip(HoursColumn, tr("%1 (%2)").arg(hours, mission.timeZone));
        if (mission.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showEmptyState(m_list->topLevelItemCount() == 0);
    updateButtons();
}

qint64 ClientMissionsTab::addMission()
{
    Mission mission;
    mission.clientId = client().id;
    mission.currency = client().currency;
    mission.timeZone = client().timeZone;
    const QTimeZone userZone = ClientUi::userTimeZone(m_context.database);
    const QDate today = m_context.clock.nowUtc().toTimeZone(userZone).date();
    mission.startsOn = today;
    MissionDialog dialog(m_context.database, client(), mission, userZone, today, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reload();
    emit changed();
    return dialog.saved().id;
}

void ClientMissionsTab::editMission(qint64 id)
{
    if (id == 0)
        return;
    auto mission = MissionRepository(m_context.database).find(id);
    if (!mission) {
        MessageBox::showError(this, tr("The mission cannot be read"), mission.error());
        return;
    }
    const QTimeZone userZone = ClientUi::userTimeZone(m_context.database);
    MissionDialog dialog(m_context.database, client(), mission.value(), userZone,
                         m_context.clock.nowUtc().toTimeZone(userZone).date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void ClientMissionsTab::removeMission(qint64 id)
{
    const auto answer = MessageBox::question(
        this, tr("Delete mission"), tr("Delete this mission and its working slots? Its tasks stay, without a mission."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = MissionRepository(m_context.database).remove(id); !removed) {
        MessageBox::showError(this, tr("The mission cannot be deleted"), removed.error());
        return;
    }
    reload();
    emit changed();
}

bool ClientMissionsTab::printLetter(qint64 id, const QString& pdfPath)
{
    if (id == 0)
        return false;
    auto mission = MissionRepository(m_context.database).find(id);
    if (!mission) {
        MessageBox::showError(this, tr("The mission cannot be read"), mission.error());
        return false;
    }
    auto profile = ProfileRepository(m_context.database).load();
    if (!profile) {
        MessageBox::showError(this, tr("Your business profile cannot be read"), profile.error());
        return false;
    }
    if (!profile->has_value()) {
        MessageBox::information(this, tr("Letter of engagement"),
                                tr("Fill in your business profile first (Settings › Business profile): the letter "
                                   "names you and your SIRET."));
        return false;
    }
    QString path = pdfPath;
    if (path.isEmpty()) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("Letter of engagement – %1.pdf").arg(client().name).remove(QLatin1Char('/')));
        path = QFileDialog::getSaveFileName(this, tr("Save the letter of engagement"), suggested,
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    MissionLetterData letter;
    letter.seller = profile->value();
    letter.client = client();
    letter.mission = mission.value();
    if (!letter.seller.logoPath.isEmpty())
        letter.logoFile = QFileInfo(m_context.database.path()).absoluteDir().filePath(letter.seller.logoPath);
    letter.date = m_context.clock.nowUtc().toTimeZone(ClientUi::userTimeZone(m_context.database)).date();
    if (auto contacts = ClientRepository(m_context.database).contacts(client().id); contacts && !contacts->isEmpty()) {
        const Contact& main = contacts->first();
        letter.clientSignatory =
            main.role.isEmpty() ? main.name : tr("%1, %2", "signatory: name, role").arg(main.name, main.role);
    }
    if (auto written = MissionLetter::write(letter, path); !written) {
        MessageBox::showError(this, tr("The letter cannot be written"), written.error());
        return false;
    }
    if (pdfPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return true;
}

void ClientMissionsTab::showMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_list->itemAt(position);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, [this, id] { editMission(id); });
    menu.addAction(tr("Print letter of engagement…"), this, [this, id] { printLetter(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id] { removeMission(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ClientMissionsTab::updateButtons()
{
    const bool selected = m_list->currentItem();
    m_edit->setEnabled(selected);
    m_print->setEnabled(selected);
}

void ClientMissionsTab::retranslateUi()
{
    setTexts(tr("Add mission"), tr("No missions yet"),
             tr("A mission is what you agreed with the client: what you do and do not do, your hours, and how "
                "it is billed."));
    m_edit->setText(tr("Edit…"));
    m_print->setText(tr("Print letter of engagement…"));
    m_print->setToolTip(tr("A PDF in the client’s language summarising the mission and its billing terms"));
    m_list->setHeaderLabels(
        {tr("Mission"), tr("Status"), tr("Period"), tr("Billing"), tr("Package use"), tr("Working hours")});
    if (client().id != 0)
        reload();
}

} // namespace Bureau
