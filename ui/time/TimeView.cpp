// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/time/TimeView.h"

#include "core/domain/ClientRecords.h"
#include "core/domain/LocalCalendar.h"
#include "core/models/Roles.h"
#include "core/models/TimeEntryListModel.h"
#include "core/models/TimesheetModel.h"
#include "core/Clock.h"
#include "core/services/TimeTracker.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeEntryRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/time/TimeEntryDialog.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

const QKeySequence kAddKey(Qt::CTRL | Qt::Key_N);
const QKeySequence kPreviousKey(Qt::ALT | Qt::Key_Left);
const QKeySequence kNextKey(Qt::ALT | Qt::Key_Right);
constexpr int kDayColumnWidth = 88;
constexpr int kTotalColumnWidth = 88;
constexpr int kDayColumnMinimum = 68;
constexpr int kLabelMinimum = 240;

enum DayColumn
{
    DayStart,
    DayEnd,
    DayDuration,
    DayClient,
    DayMission,
    DayTask,
    DayDescription,
    DayColumnCount
};

// Item data of the day list's first column.
constexpr int kEntryIdRole = Qt::UserRole;
constexpr int kLockedRole = Qt::UserRole + 1;
constexpr int kRunningRole = Qt::UserRole + 2;

/** Day cells: today's column tinted, the running cell in the accent colour, a right-aligned editor. */
class TimesheetDelegate final : public QStyledItemDelegate
{
public:
    TimesheetDelegate(const TimesheetModel& model, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    void setToday(QDate today) { m_today = today; }
    void setRunningIcon(QIcon icon) { m_running = std::move(icon); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QPalette& palette = option.palette;
        const bool totals = index.data(TimesheetModel::TotalsRowRole).toBool();
        const int column = index.column();
        const bool isDay = column >= TimesheetModel::Monday && column <= TimesheetModel::Sunday;
        QColor tint;
        if (totals) {
            tint = palette.color(QPalette::AlternateBase);
        } else if (isDay && index.data(TimesheetModel::RunningRole).toBool()) {
            tint = palette.color(QPalette::Highlight);
            tint.setAlphaF(0.16F);
        } else if (isDay && m_model.dayOf(column) == m_today) {
            tint = palette.color(QPalette::Highlight);
            tint.setAlphaF(0.06F);
        }
        if (tint.isValid() && !(option.state & QStyle::State_Selected))
            painter->fillRect(option.rect, tint);
        QStyleOptionViewItem opt(option);
        if (isDay && index.data(TimesheetModel::LockedMinutesRole).toLongLong() > 0)
            opt.font.setItalic(true);
        QStyledItemDelegate::paint(painter, opt, index);
        if (isDay && index.data(TimesheetModel::RunningRole).toBool()) {
            // The running timer: a play mark at the cell's left (its time counts once stopped).
            const int side = 16;
            const QRect mark(option.rect.left() + 8, option.rect.center().y() - side / 2, side, side);
            m_running.paint(painter, mark);
        }
        if (totals) {
            painter->save();
            painter->setPen(palette.color(QPalette::Mid));
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
            painter->restore();
        }
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            line->setObjectName(QStringLiteral("timesheetCellEditor"));
        }
        return editor;
    }

private:
    const TimesheetModel& m_model;
    QDate m_today;
    QIcon m_running;
};

/** The entry list with a lock on invoiced rows (the model is core: it has no icons). */
class LockDecoration final : public QIdentityProxyModel
{
public:
    LockDecoration(QIcon lock, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_lock(std::move(lock))
    {
    }

    void setIcon(QIcon lock) { m_lock = std::move(lock); }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == TimeEntryListModel::Date
            && QIdentityProxyModel::data(index, TimeEntryListModel::LockedRole).toBool())
            return m_lock;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_lock;
};

QString weekRangeText(QDate monday)
{
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    if (monday.month() == sunday.month()) {
        return TimeView::tr("%1–%2 %3", "week: first day–last day month year")
            .arg(QString::number(monday.day()), QString::number(sunday.day()),
                 locale.toString(monday, QStringLiteral("MMMM yyyy")));
    }
    return TimeView::tr("%1 – %2", "week: first day – last day")
        .arg(locale.toString(monday, QStringLiteral("d MMM")), locale.toString(sunday, QStringLiteral("d MMM yyyy")));
}

} // namespace

TimeView::TimeView(AppContext& context, TimeTracker& tracker, QWidget* parent)
    : ViewPage(QStringLiteral("time"), parent)
    , m_context(context)
    , m_tracker(tracker)
{
    setObjectName(QStringLiteral("timeView"));
    const LocalCalendar calendar = LocalCalendar::forDatabase(context.database);
    m_day = calendar.dayOf(context.database.clock().nowMs());

    // The segmented switch, after the title.
    m_switch = new QWidget(this);
    m_switch->setObjectName(QStringLiteral("timeModeSwitch"));
    auto* switchLayout = new QHBoxLayout(m_switch);
    switchLayout->setContentsMargins(0, 0, 0, 0);
    switchLayout->setSpacing(0);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    int id = 0;
    for (QToolButton** button : {&m_weekButton, &m_dayButton, &m_allButton}) {
        *button = new QToolButton(m_switch);
        (*button)->setCheckable(true);
        (*button)->setToolButtonStyle(Qt::ToolButtonTextOnly);
        (*button)->setMinimumHeight(32);
        (*button)->setCursor(Qt::PointingHandCursor);
        m_modes->addButton(*button, id++);
        switchLayout->addWidget(*button);
    }
    m_weekButton->setObjectName(QStringLiteral("weekMode"));
    m_dayButton->setObjectName(QStringLiteral("dayMode"));
    m_allButton->setObjectName(QStringLiteral("allMode"));
    m_weekButton->setChecked(true);
    headerLayout()->insertSpacing(1, 24);
    headerLayout()->insertWidget(2, m_switch);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int which) { setMode(static_cast<Mode>(which)); });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWeekPage());
    m_pages->addWidget(buildDayPage());
    m_pages->addWidget(buildAllPage());
    setContent(m_pages);
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("time"));
    setStyleSheet(TimeUi::styleSheet(palette()));

    connect(this, &ViewPage::primaryActionTriggered, this, [this] { addEntry(m_mode == Mode::Day ? m_day : QDate()); });
    auto* addShortcut = new QShortcut(kAddKey, this);
    connect(addShortcut, &QShortcut::activated, this, [this] { addEntry(m_mode == Mode::Day ? m_day : QDate()); });
    auto* previous = new QShortcut(kPreviousKey, this);
    connect(previous, &QShortcut::activated, this, [this] { step(-1); });
    auto* next = new QShortcut(kNextKey, this);
    connect(next, &QShortcut::activated, this, [this] { step(1); });

    // After the write has returned (a cell edit is still inside the model when the tracker signals).
    connect(&m_tracker, &TimeTracker::entriesChanged, this, &TimeView::refresh, Qt::QueuedConnection);

    if (auto shown = m_timesheet->setWeek(m_day); !shown)
        qWarning().noquote() << "timesheet:" << shown.error().oneLine();
    reloadDay();
    fillClientFilter();
    retranslateUi();
    updateEmptyState();
}

TimeView::~TimeView() = default;

QToolButton* TimeView::navButton(const QString& icon, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setIcon(Icons::forPalette(icon, palette()));
    button->setIconSize(QSize(18, 18));
    button->setAutoRaise(true);
    button->setFixedSize(32, 32);
    return button;
}

QWidget* TimeView::buildWeekPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_prevWeek = navButton(QStringLiteral("chevron-left"), page);
    m_prevWeek->setObjectName(QStringLiteral("previousWeek"));
    m_nextWeek = navButton(QStringLiteral("chevron-right"), page);
    m_nextWeek->setObjectName(QStringLiteral("nextWeek"));
    m_thisWeek = new QPushButton(page);
    m_thisWeek->setObjectName(QStringLiteral("thisWeek"));
    m_weekLabel = new QLabel(page);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont labelFont = m_weekLabel->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.15);
    labelFont.setWeight(QFont::DemiBold);
    m_weekLabel->setFont(labelFont);
    m_totals = new QLabel(page);
    m_totals->setObjectName(QStringLiteral("weekTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_addRow = new QPushButton(page);
    m_addRow->setObjectName(QStringLiteral("addTimesheetRow"));
    m_addRow->setIcon(Icons::forPalette(QStringLiteral("add"), palette()));
    bar->addWidget(m_prevWeek);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_nextWeek);
    bar->addSpacing(8);
    bar->addWidget(m_weekLabel);
    bar->addStretch(1);
    bar->addWidget(m_totals);
    bar->addSpacing(16);
    bar->addWidget(m_addRow);
    layout->addLayout(bar);

    m_timesheet = new TimesheetModel(m_context.database, m_tracker, this);
    m_sheet = new QTableView(page);
    m_sheet->setObjectName(QStringLiteral("timesheetTable"));
    m_sheet->setModel(m_timesheet);
    auto* delegate = new TimesheetDelegate(*m_timesheet, m_sheet);
    m_sheet->setItemDelegate(delegate);
    m_sheet->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheet->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_sheet->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_sheet->setShowGrid(false);
    m_sheet->setWordWrap(false);
    m_sheet->setTextElideMode(Qt::ElideRight);
    m_sheet->verticalHeader()->hide();
    m_sheet->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sheet->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView* header = m_sheet->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(64);
    header->setSectionResizeMode(TimesheetModel::Label, QHeaderView::Stretch);
    for (int column = TimesheetModel::Monday; column <= TimesheetModel::Sunday; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        m_sheet->setColumnWidth(column, kDayColumnWidth);
    }
    header->setSectionResizeMode(TimesheetModel::Total, QHeaderView::Fixed);
    m_sheet->setColumnWidth(TimesheetModel::Total, kTotalColumnWidth);
    m_sheet->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Day columns narrow down (to 64 px) before the names get too short, at the minimum window size.
    m_sheet->viewport()->installEventFilter(this);
    delegate->setToday(m_day);
    delegate->setRunningIcon(Icons::themed(QStringLiteral("play"), Theme::accent(palette())));

    m_weekEmpty = new EmptyState(QStringLiteral("time"), page);
    m_weekEmpty->setObjectName(QStringLiteral("weekEmpty"));
    connect(m_weekEmpty, &EmptyState::actionTriggered, this, &TimeView::askTimesheetRow);
    m_weekStack = new QStackedWidget(page);
    m_weekStack->addWidget(m_sheet);
    m_weekStack->addWidget(m_weekEmpty);
    layout->addWidget(m_weekStack, 1);

    connect(m_prevWeek, &QToolButton::clicked, this, [this] { showWeek(m_timesheet->monday().addDays(-7)); });
    connect(m_nextWeek, &QToolButton::clicked, this, [this] { showWeek(m_timesheet->monday().addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] {
        showWeek(LocalCalendar::forDatabase(m_context.database).dayOf(m_context.database.clock().nowMs()));
    });
    connect(m_addRow, &QPushButton::clicked, this, &TimeView::askTimesheetRow);
    connect(m_timesheet, &QAbstractItemModel::modelReset, this, &TimeView::updateWeekTexts);
    connect(m_timesheet, &QAbstractItemModel::dataChanged, this, &TimeView::updateWeekTexts);
    connect(m_timesheet, &QAbstractItemModel::rowsInserted, this, &TimeView::updateWeekTexts);
    connect(m_timesheet, &TimesheetModel::editFailed, this,
            [this](const Error& error) { showError(tr("This day’s time cannot be changed"), error); });
    // Double-click on a row's name or total opens that row's day list.
    connect(m_sheet, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == TimesheetModel::Label || index.column() == TimesheetModel::Total)
            return;
        if (!(index.flags() & Qt::ItemIsEditable) && index.row() == m_timesheet->totalsRow())
            showDay(m_timesheet->dayOf(index.column()));
    });
    return page;
}

QWidget* TimeView::buildDayPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_prevDay = navButton(QStringLiteral("chevron-left"), page);
    m_prevDay->setObjectName(QStringLiteral("previousDay"));
    m_nextDay = navButton(QStringLiteral("chevron-right"), page);
    m_nextDay->setObjectName(QStringLiteral("nextDay"));
    m_today = new QPushButton(page);
    m_today->setObjectName(QStringLiteral("today"));
    m_dayLabel = new QLabel(page);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    QFont labelFont = m_dayLabel->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.15);
    labelFont.setWeight(QFont::DemiBold);
    m_dayLabel->setFont(labelFont);
    m_dayTotal = new QLabel(page);
    m_dayTotal->setObjectName(QStringLiteral("mutedLabel"));
    bar->addWidget(m_prevDay);
    bar->addWidget(m_today);
    bar->addWidget(m_nextDay);
    bar->addSpacing(8);
    bar->addWidget(m_dayLabel);
    bar->addSpacing(8);
    bar->addWidget(m_dayTotal);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    auto makeButton = [&](QPushButton*& button, const QString& name, const QString& icon) {
        button = new QPushButton(page);
        button->setObjectName(name);
        if (!icon.isEmpty())
            button->setIcon(Icons::forPalette(icon, palette()));
        actions->addWidget(button);
    };
    makeButton(m_addButton, QStringLiteral("addEntry"), QStringLiteral("add"));
    makeButton(m_editButton, QStringLiteral("editEntry"), QStringLiteral("edit"));
    makeButton(m_splitButton, QStringLiteral("splitEntry"), QStringLiteral("split"));
    makeButton(m_mergeButton, QStringLiteral("mergeEntries"), QStringLiteral("merge"));
    makeButton(m_deleteButton, QStringLiteral("deleteEntries"), QStringLiteral("trash"));
    actions->addStretch(1);
    layout->addLayout(actions);

    m_dayList = new QTreeWidget(page);
    m_dayList->setObjectName(QStringLiteral("dayEntries"));
    m_dayList->setRootIsDecorated(false);
    m_dayList->setUniformRowHeights(true);
    m_dayList->setAlternatingRowColors(true);
    m_dayList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dayList->setColumnCount(DayColumnCount);
    m_dayList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_dayList->header()->setStretchLastSection(true);
    m_dayList->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_dayList->setColumnWidth(DayStart, 80);
    m_dayList->setColumnWidth(DayEnd, 72);
    m_dayList->setColumnWidth(DayDuration, 80);
    m_dayList->setColumnWidth(DayClient, 176);
    m_dayList->setColumnWidth(DayMission, 160);
    m_dayList->setColumnWidth(DayTask, 128);

    m_dayEmpty = new EmptyState(QStringLiteral("time"), page);
    m_dayEmpty->setObjectName(QStringLiteral("dayEmpty"));
    connect(m_dayEmpty, &EmptyState::actionTriggered, this, [this] { addEntry(m_day); });
    m_dayStack = new QStackedWidget(page);
    m_dayStack->addWidget(m_dayList);
    m_dayStack->addWidget(m_dayEmpty);
    layout->addWidget(m_dayStack, 1);

    connect(m_prevDay, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(-1)); });
    connect(m_nextDay, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(1)); });
    connect(m_today, &QPushButton::clicked, this, [this] {
        showDay(LocalCalendar::forDatabase(m_context.database).dayOf(m_context.database.clock().nowMs()));
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addEntry(m_day); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedDayEntryIds();
        if (ids.size() == 1)
            editEntry(ids.first());
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteEntries(selectedDayEntryIds()); });
    connect(m_splitButton, &QPushButton::clicked, this, &TimeView::splitSelected);
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { mergeEntries(selectedDayEntryIds()); });
    connect(m_dayList, &QTreeWidget::itemSelectionChanged, this, &TimeView::updateDayButtons);
    connect(m_dayList, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { editEntry(item->data(0, kEntryIdRole).toLongLong()); });
    connect(m_dayList, &QWidget::customContextMenuRequested, this, &TimeView::showDayMenu);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_dayList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] { deleteEntries(selectedDayEntryIds()); });
    return page;
}

QWidget* TimeView::buildAllPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_clientFilterLabel = new QLabel(page);
    m_clientFilter = new QComboBox(page);
    m_clientFilter->setObjectName(QStringLiteral("entryClientFilter"));
    m_clientFilter->setMinimumContentsLength(18);
    m_clientFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientFilterLabel->setBuddy(m_clientFilter);
    m_entryCount = new QLabel(page);
    m_entryCount->setObjectName(QStringLiteral("mutedLabel"));
    bar->addWidget(m_clientFilterLabel);
    bar->addWidget(m_clientFilter);
    bar->addStretch(1);
    bar->addWidget(m_entryCount);
    layout->addLayout(bar);

    m_entries = new TimeEntryListModel(m_context.database, this);
    auto* decorated = new LockDecoration(Icons::forPalette(QStringLiteral("lock"), palette()), this);
    decorated->setSourceModel(m_entries);
    m_entryTable = new QTableView(page);
    m_entryTable->setObjectName(QStringLiteral("entryTable"));
    m_entryTable->setModel(decorated);
    m_entryTable->setSortingEnabled(true);
    m_entryTable->sortByColumn(TimeEntryListModel::Date, Qt::DescendingOrder);
    m_entryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entryTable->setAlternatingRowColors(true);
    m_entryTable->setShowGrid(false);
    m_entryTable->setWordWrap(false);
    m_entryTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entryTable->verticalHeader()->hide();
    m_entryTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_entryTable->verticalHeader()->setDefaultSectionSize(TimeUi::kRowHeight);
    QHeaderView* header = m_entryTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TimeEntryListModel::Description, QHeaderView::Stretch);
    m_entryTable->setColumnWidth(TimeEntryListModel::Date, 104);
    m_entryTable->setColumnWidth(TimeEntryListModel::Start, 64);
    m_entryTable->setColumnWidth(TimeEntryListModel::End, 80);
    m_entryTable->setColumnWidth(TimeEntryListModel::Duration, 80);
    m_entryTable->setColumnWidth(TimeEntryListModel::Client, 168);
    m_entryTable->setColumnWidth(TimeEntryListModel::Mission, 152);
    m_entryTable->setColumnWidth(TimeEntryListModel::Task, 120);
    m_entryTable->setColumnWidth(TimeEntryListModel::Billable, 80);
    m_entryTable->setColumnWidth(TimeEntryListModel::Invoiced, 88);
    m_entryTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Billable makes way for the description when the window is narrow.
    m_entryTable->viewport()->installEventFilter(this);
    m_entryTable->setColumnHidden(TimeEntryListModel::Task, true);
    m_entryTable->setColumnHidden(TimeEntryListModel::Invoiced, true);
    layout->addWidget(m_entryTable, 1);

    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_entries->setClientFilter(m_clientFilter->currentData().toLongLong());
        updateEntryCount();
    });
    connect(m_entryTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { editEntry(index.data(IdRole).toLongLong()); });
    connect(m_entryTable, &QWidget::customContextMenuRequested, this, &TimeView::showEntryMenu);
    connect(m_entries, &PagedTableModel::failed, this,
            [this](const Error& error) { showError(tr("The time entries cannot be read"), error); });
    return page;
}

// ---------------------------------------------------------------------------------------------

void TimeView::setMode(Mode mode)
{
    m_mode = mode;
    m_pages->setCurrentIndex(static_cast<int>(mode));
    if (QAbstractButton* button = m_modes->button(static_cast<int>(mode)))
        button->setChecked(true);
    if (mode == Mode::Day)
        reloadDay();
    if (mode == Mode::All)
        updateEntryCount();
}

void TimeView::showWeek(QDate anyDay)
{
    if (auto shown = m_timesheet->setWeek(anyDay); !shown)
        showError(tr("The timesheet cannot be read"), shown.error());
    setMode(Mode::Week);
}

void TimeView::showDay(QDate day)
{
    m_day = day;
    reloadDay();
    setMode(Mode::Day);
}

void TimeView::step(int direction)
{
    if (m_mode == Mode::Week)
        showWeek(m_timesheet->monday().addDays(7 * direction));
    else if (m_mode == Mode::Day)
        showDay(m_day.addDays(direction));
}

void TimeView::refresh()
{
    if (auto reloaded = m_timesheet->reload(); !reloaded)
        qWarning().noquote() << "timesheet:" << reloaded.error().oneLine();
    reloadDay();
    m_entries->reload();
    fillClientFilter();
    updateEntryCount();
    updateEmptyState();
}

void TimeView::updateEmptyState()
{
    m_hasEntries = m_entries->rowCount() > 0 || m_timesheet->rowCount() > 1;
    showEmptyState(!m_hasEntries);
    m_switch->setVisible(m_hasEntries);
}

void TimeView::updateWeekTexts()
{
    const Timesheet::Week& week = m_timesheet->week();
    m_weekLabel->setText(weekRangeText(week.monday));
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    // The week's total is the totals row's last cell; here, how much of it is billable.
    m_totals->setText(tr("<span style=\"color:%1\">Billable</span> <b>%2</b> &nbsp; "
                         "<span style=\"color:%1\">Non-billable</span> <b>%3</b>")
                          .arg(muted, TimeUi::formatMinutes(week.billableMinutes),
                               TimeUi::formatMinutes(week.nonBillableMinutes)));
    m_totals->setToolTip(tr("This week: %1 in all.").arg(TimeUi::formatMinutes(week.total())));
    const bool empty = m_timesheet->rowCount() <= 1;
    m_weekStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_weekEmpty) : m_sheet);
    m_weekEmpty->setTexts(tr("No time this week"),
                          tr("Start the timer, add time by hand, or add a row and type the hours of each day."),
                          tr("Add a row"));
    ClientUi::polishEmptyState(m_weekEmpty, QStringLiteral("time"));
    if (m_hasEntries != (m_timesheet->rowCount() > 1) && m_timesheet->rowCount() > 1)
        updateEmptyState();
}

// ---------------------------------------------------------------------------------------------
// Day

void TimeView::reloadDay()
{
    const LocalCalendar calendar = LocalCalendar::forDatabase(m_context.database);
    Database& db = m_context.database;
    const QList<qint64> selectedIds = selectedDayEntryIds();
    const QSet<qint64> selected(selectedIds.cbegin(), selectedIds.cend());
    m_dayList->clear();
    const QLocale locale;
    m_dayLabel->setText(locale.toString(m_day, QStringLiteral("dddd d MMMM yyyy")));
    auto entries = TimeEntryRepository(db).listForDays(m_day, m_day);
    if (!entries) {
        showError(tr("The day’s time cannot be read"), entries.error());
        return;
    }
    QHash<qint64, QString> clientNames;
    QHash<qint64, QString> missionTitles;
    QHash<qint64, QString> taskTitles;
    qint64 total = 0;
    const QIcon lock = Icons::forPalette(QStringLiteral("lock"), palette());
    const QIcon running = Icons::themed(QStringLiteral("play"), palette().color(QPalette::Highlight));
    for (const TimeEntry& entry : entries.value()) {
        if (!clientNames.contains(entry.clientId)) {
            auto client = ClientRepository(db).load(entry.clientId);
            clientNames.insert(entry.clientId, client ? client->name : QString());
            if (auto missions = MissionRepository(db).listForClient(entry.clientId)) {
                for (const Mission& mission : missions.value())
                    missionTitles.insert(mission.id, mission.title);
            }
            if (auto tasks = TaskRepository(db).listForClient(entry.clientId, true)) {
                for (const Task& task : tasks.value())
                    taskTitles.insert(task.id, task.title);
            }
        }
        const qint64 now = db.clock().nowMs();
        const qint64 minutes = entry.isRunning() ? entry.elapsedMs(now) / 60000 : entry.minutes;
        total += minutes;
        auto* item = new QTreeWidgetItem(m_dayList);
        item->setText(DayStart, locale.toString(calendar.toLocal(entry.startedAtMs).time(), QLocale::ShortFormat));
        item->setText(DayEnd, entry.isRunning()
                                  ? tr("Running", "time entry end")
                                  : locale.toString(calendar.toLocal(entry.endedAtMs).time(), QLocale::ShortFormat));
        item->setText(DayDuration, TimeUi::formatMinutes(minutes));
        item->setTextAlignment(DayDuration, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(DayClient, clientNames.value(entry.clientId));
        item->setText(DayMission, missionTitles.value(entry.missionId));
        item->setText(DayTask, taskTitles.value(entry.taskId));
        item->setText(DayDescription, entry.billable ? entry.description
                                                     : tr("%1 (non-billable)", "day list description")
                                                           .arg(entry.description)
                                                           .trimmed());
        item->setData(0, kEntryIdRole, entry.id);
        item->setData(0, kLockedRole, entry.locked);
        item->setData(0, kRunningRole, entry.isRunning());
        item->setSizeHint(0, QSize(0, TimeUi::kRowHeight));
        if (entry.locked) {
            item->setIcon(DayStart, lock);
            for (int column = 0; column < DayColumnCount; ++column)
                item->setToolTip(column, tr("Invoiced: this entry is on an issued invoice and can no longer be changed."));
        } else if (entry.isRunning()) {
            item->setIcon(DayStart, running);
        }
        if (!entry.notes.isEmpty())
            item->setToolTip(DayDescription, entry.notes);
        if (selected.contains(entry.id))
            item->setSelected(true);
    }
    m_dayTotal->setText(tr("%1 worked", "day total").arg(TimeUi::formatMinutes(total)));
    // Columns without anything to show that day make room for the description.
    bool anyTask = false;
    bool anyMission = false;
    for (int i = 0; i < m_dayList->topLevelItemCount(); ++i) {
        anyTask = anyTask || !m_dayList->topLevelItem(i)->text(DayTask).isEmpty();
        anyMission = anyMission || !m_dayList->topLevelItem(i)->text(DayMission).isEmpty();
    }
    m_dayList->setColumnHidden(DayTask, !anyTask);
    m_dayList->setColumnHidden(DayMission, !anyMission);
    m_dayStack->setCurrentWidget(m_dayList->topLevelItemCount() == 0 ? static_cast<QWidget*>(m_dayEmpty)
                                                                     : m_dayList);
    m_dayEmpty->setTexts(tr("No time on this day"), tr("Add what you worked on, or start the timer."),
                         tr("Add time"));
    ClientUi::polishEmptyState(m_dayEmpty, QStringLiteral("time"));
    updateDayButtons();
}

QList<qint64> TimeView::selectedDayEntryIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_dayList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_dayList->topLevelItem(i);
        if (item->isSelected())
            ids << item->data(0, kEntryIdRole).toLongLong();
    }
    return ids;
}

void TimeView::updateDayButtons()
{
    int editable = 0;
    int count = 0;
    for (QTreeWidgetItem* item : m_dayList->selectedItems()) {
        ++count;
        if (!item->data(0, kLockedRole).toBool() && !item->data(0, kRunningRole).toBool())
            ++editable;
    }
    m_editButton->setEnabled(count == 1 && editable == 1);
    m_splitButton->setEnabled(count == 1 && editable == 1);
    m_mergeButton->setEnabled(count >= 2 && editable == count);
    m_deleteButton->setEnabled(count >= 1 && editable == count);
}

void TimeView::showDayMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_dayList->itemAt(position);
    if (item && !item->isSelected()) {
        m_dayList->clearSelection();
        item->setSelected(true);
    }
    updateDayButtons();
    QMenu menu(this);
    QAction* edit = menu.addAction(tr("Edit…"), this, [this] {
        const QList<qint64> ids = selectedDayEntryIds();
        if (ids.size() == 1)
            editEntry(ids.first());
    });
    edit->setEnabled(m_editButton->isEnabled());
    menu.setDefaultAction(edit);
    QAction* split = menu.addAction(tr("Split…"), this, &TimeView::splitSelected);
    split->setEnabled(m_splitButton->isEnabled());
    QAction* merge = menu.addAction(tr("Merge"), this, [this] { mergeEntries(selectedDayEntryIds()); });
    merge->setEnabled(m_mergeButton->isEnabled());
    menu.addSeparator();
    QAction* add = menu.addAction(tr("Add time…"), this, [this] { addEntry(m_day); });
    add->setShortcut(kAddKey);
    QAction* remove = menu.addAction(tr("Delete…"), this, [this] { deleteEntries(selectedDayEntryIds()); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(m_deleteButton->isEnabled());
    menu.exec(m_dayList->viewport()->mapToGlobal(position));
}

void TimeView::showEntryMenu(const QPoint& position)
{
    const QModelIndex index = m_entryTable->indexAt(position);
    if (!index.isValid())
        return;
    m_entryTable->setCurrentIndex(index);
    const qint64 id = index.data(IdRole).toLongLong();
    const bool locked = index.data(TimeEntryListModel::LockedRole).toBool();
    const bool running = index.data(TimeEntryListModel::RunningRole).toBool();
    const QDate day = LocalCalendar::forDatabase(m_context.database)
                          .dayOf(index.siblingAtColumn(TimeEntryListModel::Date).data(RawValueRole).toLongLong());
    QMenu menu(this);
    QAction* edit = menu.addAction(tr("Edit…"), this, [this, id] { editEntry(id); });
    edit->setEnabled(!locked && !running);
    menu.setDefaultAction(edit);
    menu.addAction(tr("Show the day"), this, [this, day] { showDay(day); });
    menu.addAction(tr("Show the week"), this, [this, day] { showWeek(day); });
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("Delete…"), this, [this, id] { deleteEntries({id}); });
    remove->setEnabled(!locked && !running);
    menu.exec(m_entryTable->viewport()->mapToGlobal(position));
}

// ---------------------------------------------------------------------------------------------
// Actions

qint64 TimeView::addEntry(QDate day)
{
    const LocalCalendar calendar = LocalCalendar::forDatabase(m_context.database);
    TimeEntry entry;
    if (day.isValid()) {
        // After the day's last entry, else at 09:00.
        qint64 start = calendar.toUtcMs(day, QTime(9, 0));
        if (auto entries = TimeEntryRepository(m_context.database).listForDays(day, day)) {
            for (const TimeEntry& existing : entries.value()) {
                if (!existing.isRunning())
                    start = std::max(start, existing.endedAtMs);
            }
        }
        entry.startedAtMs = start;
        entry.minutes = 60;
        entry.endedAtMs = start + 3600 * 1000;
    }
    const QList<qint64> selected = selectedDayEntryIds();
    TimeEntryDialog dialog(m_context.database, m_tracker, entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    refresh();
    return dialog.saved().id;
}

bool TimeView::editEntry(qint64 id)
{
    auto entry = TimeEntryRepository(m_context.database).find(id);
    if (!entry) {
        showError(tr("The entry cannot be opened"), entry.error());
        return false;
    }
    if (entry->locked) {
        MessageBox::information(this, tr("Invoiced time"),
                                tr("This entry is on an issued invoice: it can no longer be changed."));
        return false;
    }
    if (entry->isRunning()) {
        MessageBox::information(this, tr("Timer running"),
                                tr("This entry is the running timer: stop it from the toolbar to change it."));
        return false;
    }
    TimeEntryDialog dialog(m_context.database, m_tracker, entry.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    return true;
}

bool TimeView::deleteEntries(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return false;
    const auto answer = MessageBox::question(
        this, tr("Delete time"),
        tr("Delete %n time entry(ies)? The hours are no longer counted anywhere.", "", int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (auto removed = m_tracker.remove(ids); !removed) {
        showError(tr("The time cannot be deleted"), removed.error());
        return false;
    }
    refresh();
    return true;
}

bool TimeView::splitEntry(qint64 id, qint64 atMs)
{
    auto split = m_tracker.split(id, atMs);
    if (!split) {
        showError(tr("The entry cannot be split"), split.error());
        return false;
    }
    refresh();
    return true;
}

bool TimeView::splitSelected()
{
    const QList<qint64> ids = selectedDayEntryIds();
    if (ids.size() != 1)
        return false;
    auto entry = TimeEntryRepository(m_context.database).find(ids.first());
    if (!entry) {
        showError(tr("The entry cannot be opened"), entry.error());
        return false;
    }
    const LocalCalendar calendar = LocalCalendar::forDatabase(m_context.database);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Split the entry"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    auto* text = new QLabel(tr("Cut this entry in two at:"), &dialog);
    auto* at = new QTimeEdit(&dialog);
    at->setObjectName(QStringLiteral("splitAt"));
    at->setDisplayFormat(QStringLiteral("HH:mm"));
    const qint64 middle = entry->startedAtMs + (entry->endedAtMs - entry->startedAtMs) / 2 / 60000 * 60000;
    at->setTime(calendar.toLocal(middle).time());
    auto* row = new QHBoxLayout;
    row->addWidget(text);
    row->addWidget(at);
    row->addStretch(1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QDate day = calendar.dayOf(entry->startedAtMs);
    qint64 atMs = calendar.toUtcMs(day, at->time());
    if (atMs <= entry->startedAtMs)
        atMs = calendar.toUtcMs(day.addDays(1), at->time()); // an entry over midnight
    return splitEntry(entry->id, atMs);
}

bool TimeView::mergeEntries(const QList<qint64>& ids)
{
    if (ids.size() < 2)
        return false;
    auto merged = m_tracker.merge(ids);
    if (!merged) {
        showError(tr("The entries cannot be merged"), merged.error());
        return false;
    }
    refresh();
    return true;
}

int TimeView::addTimesheetRow(qint64 clientId, qint64 missionId, bool billable)
{
    auto client = ClientRepository(m_context.database).load(clientId);
    if (!client) {
        showError(tr("The client cannot be opened"), client.error());
        return -1;
    }
    QString missionTitle;
    if (missionId > 0) {
        if (auto mission = MissionRepository(m_context.database).find(missionId))
            missionTitle = mission->title;
    }
    const int row = m_timesheet->addRow(clientId, client->name, missionId, missionTitle, billable);
    updateWeekTexts();
    updateEmptyState();
    m_sheet->setCurrentIndex(m_timesheet->index(row, TimesheetModel::Monday));
    m_sheet->setFocus(Qt::OtherFocusReason);
    return row;
}

void TimeView::askTimesheetRow()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addRowDialog"));
    dialog.setWindowTitle(tr("Add a row"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    auto* form = new QFormLayout;
    form->setSpacing(8);
    auto* client = new QComboBox(&dialog);
    client->setObjectName(QStringLiteral("rowClient"));
    TimeUi::makeSearchable(client);
    TimeUi::fillClientPicker(client, TimeUi::clientChoices(m_context.database), 0);
    client->setMinimumContentsLength(24);
    auto* mission = new QComboBox(&dialog);
    mission->setObjectName(QStringLiteral("rowMission"));
    TimeUi::fillMissionPicker(mission, m_context.database, 0, 0);
    auto* billable = new QCheckBox(tr("Billable"), &dialog);
    billable->setChecked(true);
    form->addRow(tr("&Client:"), client);
    form->addRow(tr("&Mission:"), mission);
    form->addRow(QString(), billable);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add row"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    auto update = [this, client, mission, buttons] {
        const qint64 id = TimeUi::pickedId(client);
        TimeUi::fillMissionPicker(mission, m_context.database, id, 0);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(id > 0);
    };
    connect(client, &QComboBox::currentIndexChanged, &dialog, update);
    connect(client, &QComboBox::editTextChanged, &dialog, update);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addTimesheetRow(TimeUi::pickedId(client), mission->currentData().toLongLong(), billable->isChecked());
}

// ---------------------------------------------------------------------------------------------

void TimeView::fillClientFilter()
{
    const qint64 current = m_clientFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_clientFilter);
    m_clientFilter->clear();
    m_clientFilter->addItem(tr("All clients"), qint64(0));
    for (const TimeUi::ClientChoice& choice : TimeUi::clientChoices(m_context.database, 0, current))
        m_clientFilter->addItem(choice.name, choice.id);
    m_clientFilter->setCurrentIndex(std::max(0, m_clientFilter->findData(current)));
}

void TimeView::updateEntryCount()
{
    auto total = m_entries->totalCount();
    if (!total) {
        m_entryCount->clear();
        return;
    }
    m_entryCount->setText(tr("%n entry(ies)", "", int(std::min<qint64>(total.value(), INT_MAX))));
}

void TimeView::showError(const QString& title, const Error& error)
{
    MessageBox::showError(this, title, error);
}

bool TimeView::eventFilter(QObject* watched, QEvent* event)
{
    if (m_sheet && watched == m_sheet->viewport() && event->type() == QEvent::Resize) {
        const int available = m_sheet->viewport()->width() - kLabelMinimum - kTotalColumnWidth;
        const int day = std::clamp(available / 7, kDayColumnMinimum, kDayColumnWidth);
        for (int column = TimesheetModel::Monday; column <= TimesheetModel::Sunday; ++column)
            m_sheet->setColumnWidth(column, day);
    }
    if (m_entryTable && watched == m_entryTable->viewport() && event->type() == QEvent::Resize)
        m_entryTable->setColumnHidden(TimeEntryListModel::Billable, m_entryTable->viewport()->width() < 900);
    return ViewPage::eventFilter(watched, event);
}

void TimeView::changeEvent(QEvent* event)
{
    ViewPage::changeEvent(event);
}

void TimeView::retranslateUi()
{
    setTitle(tr("Time"));
    setPrimaryAction(tr("Add time"), tr("Adds time worked by hand (%1).").arg(kAddKey.toString(QKeySequence::NativeText)));
    emptyState()->setTexts(tr("No hours recorded yet"),
                           tr("Start the timer on a client from the toolbar, or enter hours by hand; they become "
                              "invoice lines."),
                           tr("Add time"));
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("time"));
    m_weekButton->setText(tr("Week", "time view mode"));
    m_dayButton->setText(tr("Day", "time view mode"));
    m_allButton->setText(tr("All entries", "time view mode"));
    // The checked segment is bold (TimeUi's style): each one is wide enough for its bold text, so
    // that checking it never clips it.
    for (QToolButton* button : {m_weekButton, m_dayButton, m_allButton}) {
        QFont bold = button->font();
        bold.setWeight(QFont::DemiBold);
        button->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button->text()) + 2 * 16 + 8);
    }
    const QString previous = kPreviousKey.toString(QKeySequence::NativeText);
    const QString next = kNextKey.toString(QKeySequence::NativeText);
    m_prevWeek->setToolTip(tr("Previous week (%1)").arg(previous));
    m_nextWeek->setToolTip(tr("Next week (%1)").arg(next));
    m_thisWeek->setText(tr("This week"));
    m_addRow->setText(tr("Add row"));
    m_addRow->setToolTip(tr("Adds a row for a client or mission, to type its hours day by day."));
    m_prevDay->setToolTip(tr("Previous day (%1)").arg(previous));
    m_nextDay->setToolTip(tr("Next day (%1)").arg(next));
    m_today->setText(tr("Today"));
    m_addButton->setText(tr("Add"));
    m_editButton->setText(tr("Edit"));
    m_splitButton->setText(tr("Split"));
    m_mergeButton->setText(tr("Merge"));
    m_deleteButton->setText(tr("Delete"));
    m_splitButton->setToolTip(tr("Cuts the selected entry in two."));
    m_mergeButton->setToolTip(tr("Joins the selected entries of the same client, mission and task into one."));
    m_deleteButton->setToolTip(tr("Deletes the selected entries (%1).")
                                   .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    m_dayList->setHeaderLabels({tr("Start"), tr("End"), tr("Duration"), tr("Client"), tr("Mission"), tr("Task"),
                                tr("Description")});
    m_dayList->headerItem()->setTextAlignment(DayDuration, Qt::AlignRight | Qt::AlignVCenter);
    m_clientFilterLabel->setText(tr("&Client:"));
    if (m_clientFilter->count() > 0)
        m_clientFilter->setItemText(0, tr("All clients"));
    m_entries->retranslate();
    updateWeekTexts();
    if (m_dayList)
        reloadDay();
    updateEntryCount();
}

} // namespace Bureau
