// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientUi.h"

#include "core/models/Roles.h"
#include "core/storage/ProfileRepository.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>

namespace Bureau::ClientUi
{

QTimeZone userTimeZone(Database& database)
{
    if (auto profile = ProfileRepository(database).load(); profile && profile->has_value()) {
        const QTimeZone zone(profile->value().timeZone.toLatin1());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QString formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString formatDateTime(qint64 utcMs, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(zone);
    return QLocale().toString(local, QStringLiteral("d MMM yyyy HH:mm"));
}

QString formatTime(qint64 utcMs, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(zone);
    return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

StatusPillDelegate::Tone tone(Client::Status status)
{
    switch (status) {
    case Client::Status::Prospect:
        return StatusPillDelegate::Tone::Violet;
    case Client::Status::Active:
        return StatusPillDelegate::Tone::Green;
    case Client::Status::Paused:
        return StatusPillDelegate::Tone::Orange;
    case Client::Status::Former:
        break;
    }
    return StatusPillDelegate::Tone::Neutral;
}

StatusPillDelegate::Tone tone(Mission::Status status)
{
    switch (status) {
    case Mission::Status::Draft:
        return StatusPillDelegate::Tone::Neutral;
    case Mission::Status::Active:
        return StatusPillDelegate::Tone::Green;
    case Mission::Status::Paused:
        return StatusPillDelegate::Tone::Orange;
    case Mission::Status::Ended:
        break;
    }
    return StatusPillDelegate::Tone::Neutral;
}

StatusPillDelegate::Tone tone(Task::Status status)
{
    switch (status) {
    case Task::Status::Todo:
        return StatusPillDelegate::Tone::Blue;
    case Task::Status::InProgress:
        return StatusPillDelegate::Tone::Violet;
    case Task::Status::WaitingOnClient:
        return StatusPillDelegate::Tone::Orange;
    case Task::Status::Done:
        return StatusPillDelegate::Tone::Green;
    }
    return StatusPillDelegate::Tone::Neutral;
}

StatusPillDelegate::Tone tone(Task::Priority priority)
{
    switch (priority) {
    case Task::Priority::Low:
        return StatusPillDelegate::Tone::Neutral;
    case Task::Priority::Normal:
        return StatusPillDelegate::Tone::Blue;
    case Task::Priority::High:
        return StatusPillDelegate::Tone::Orange;
    case Task::Priority::Urgent:
        return StatusPillDelegate::Tone::Red;
    }
    return StatusPillDelegate::Tone::Neutral;
}

StatusPillDelegate* clientStatusDelegate(QObject* parent)
{
    auto* delegate = new StatusPillDelegate(parent);
    for (const auto status :
         {Client::Status::Prospect, Client::Status::Active, Client::Status::Paused, Client::Status::Former})
        delegate->setTone(Client::statusKey(status), tone(status));
    return delegate;
}

StatusPillDelegate* missionStatusDelegate(QObject* parent)
{
    auto* delegate = new StatusPillDelegate(parent);
    for (const auto status :
         {Mission::Status::Draft, Mission::Status::Active, Mission::Status::Paused, Mission::Status::Ended})
        delegate->setTone(Mission::statusKey(status), tone(status));
    return delegate;
}

StatusPillDelegate* taskStatusDelegate(QObject* parent)
{
    auto* delegate = new StatusPillDelegate(parent);
    for (const auto status :
         {Task::Status::Todo, Task::Status::InProgress, Task::Status::WaitingOnClient, Task::Status::Done})
        delegate->setTone(Task::statusKey(status), tone(status));
    return delegate;
}

StatusPillDelegate* taskPriorityDelegate(QObject* parent)
{
    auto* delegate = new StatusPillDelegate(parent);
    for (const auto priority :
         {Task::Priority::Low, Task::Priority::Normal, Task::Priority::High, Task::Priority::Urgent})
        delegate->setTone(Task::priorityKey(priority), tone(priority));
    return delegate;
}

StatusPillDelegate* accessStatusDelegate(QObject* parent)
{
    auto* delegate = new StatusPillDelegate(parent);
    delegate->setTone(QStringLiteral("active"), StatusPillDelegate::Tone::Green);
    delegate->setTone(QStringLiteral("revoked"), StatusPillDelegate::Tone::Neutral);
    delegate->setTone(QStringLiteral("nosecret"), StatusPillDelegate::Tone::Orange);
    return delegate;
}

QTableView* createTable(QWidget* parent, QAbstractItemModel* model, const QString& objectName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setMinimumSectionSize(64);
    return table;
}

QTreeWidget* createRecordList(QWidget* parent, const QString& objectName)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    list->setAllColumnsShowFocus(true);
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideRight);
    list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    list->header()->setHighlightSections(false);
    list->header()->setStretchLastSection(false);
    list->header()->setMinimumSectionSize(60);
    return list;
}

QTreeWidgetItem* addRecordRow(QTreeWidget* list, const QStringList& texts, qint64 id)
{
    auto* item = new QTreeWidgetItem(list, texts);
    item->setData(0, Qt::UserRole, id);
    item->setData(0, IdRole, id);
    item->setSizeHint(0, QSize(0, kRowHeight));
    for (int column = 0; column < texts.size(); ++column)
        item->setToolTip(column, texts.at(column));
    return item;
}

qint64 currentRecordId(const QTreeWidget* list)
{
    const QTreeWidgetItem* item = list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QString listStyleSheet(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = Theme::isDark(palette);
    const QColor border = dark ? window.lighter(150) : window.darker(118);
    QColor muted = palette.color(QPalette::WindowText);
    muted.setAlpha(185);
    const auto rgba = [](const QColor& c) {
        return QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
    };
    const QString mutedText = rgba(muted);
    // The selection as the sidebar shows it: the accent, light, under the normal text colour.
    QColor selected = Theme::accent(palette);
    selected.setAlpha(dark ? 90 : 46);
    return QStringLiteral(R"css(
QTableView#clientTable, QTreeView#contactList, QTreeView#missionList, QTreeView#taskList,
QTreeView#accessList, QTreeView#fileList, QListView#timelineList, QListView#onboardingList {
    border: 1px solid %1;
    background: %2;
    selection-background-color: %4;
    selection-color: %5;
}
QTableView#clientTable QHeaderView::section, QTreeView QHeaderView::section {
    background: %2;
    color: %3;
    border: none;
    border-bottom: 1px solid %1;
    padding: 5px 4px;
    font-weight: 600;
}
)css")
        .arg(border.name(), palette.color(QPalette::Base).name(), mutedText, rgba(selected),
             palette.color(QPalette::Text).name());
}

void polishEmptyState(EmptyState* state, const QString& iconName)
{
    if (auto* sentence = state->findChild<QLabel*>(QStringLiteral("emptySentence"), Qt::FindDirectChildrenOnly)) {
        // A fixed width, and the height its lines take there.
        const int width = std::min(440, sentence->maximumWidth());
        sentence->setFixedWidth(width);
        sentence->setMinimumHeight(std::max(0, sentence->heightForWidth(width)));
    }
    const QPalette& palette = state->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // 45 % of the text over the window, opaque.
    const auto mix = [](int a, int b) { return (a * 45 + b * 55) / 100; };
    const QColor muted(mix(text.red(), window.red()), mix(text.green(), window.green()),
                       mix(text.blue(), window.blue()));
    for (QLabel* label : state->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (label->objectName().isEmpty()) {
            label->setPixmap(Icons::themed(iconName, muted).pixmap(QSize(72, 72), state->devicePixelRatioF()));
            break;
        }
    }
}

QString emailLink(const QString& address)
{
    if (address.isEmpty())
        return {};
    return QStringLiteral("<a href=\"mailto:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(address, "@.+-_")), address.toHtmlEscaped());
}

QString phoneLink(const QString& typed, const QString& e164)
{
    if (typed.isEmpty())
        return {};
    QString target = e164;
    if (target.isEmpty()) {
        for (const QChar c : typed) {
            if (c.isDigit() || c == u'+')
                target += c;
        }
    }
    if (target.isEmpty())
        return typed.toHtmlEscaped();
    return QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(target, typed.toHtmlEscaped());
}

} // namespace Bureau::ClientUi
