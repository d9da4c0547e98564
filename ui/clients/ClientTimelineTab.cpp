// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientTimelineTab.h"

#include "core/services/ClientTimeline.h"
#include "core/storage/InteractionRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/InteractionDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include "core/Clock.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace Bureau
{

namespace
{

enum TimelineRole
{
    TitleRole = Qt::UserRole + 20,
    DetailRole,
    WhenRole,
    IconRole,
    SourceRole,
    SourceIdRole,
};

QString iconFor(const ClientTimeline::Entry& entry)
{
    switch (entry.kind) {
    case ClientTimeline::Kind::Interaction:
        if (entry.subKind == u"call")
            return QStringLiteral("reception");
        if (entry.subKind == u"email")
            return QStringLiteral("mail");
        if (entry.subKind == u"meeting")
            return QStringLiteral("meeting");
        if (entry.subKind == u"message")
            return QStringLiteral("message");
        return QStringLiteral("note");
    case ClientTimeline::Kind::TaskCreated:
    case ClientTimeline::Kind::TaskCompleted:
        return QStringLiteral("tasks");
    case ClientTimeline::Kind::MissionStarted:
        return QStringLiteral("mission");
    case ClientTimeline::Kind::FileAdded:
        return QStringLiteral("file");
    case ClientTimeline::Kind::AccessGranted:
    case ClientTimeline::Kind::AccessRevoked:
        return QStringLiteral("key");
    case ClientTimeline::Kind::TimeWorked:
        return QStringLiteral("time");
    }
    return QStringLiteral("note");
}

/** One entry as two lines beside an icon in a soft circle: the title and its time, then the detail. */
class TimelineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette& palette = option.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.68f);

        const QRect area = option.rect.adjusted(12, 8, -12, -8);
        // The icon in a circle of the accent at low opacity.
        const QRect circle(area.left(), area.top() + 2, 32, 32);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor halo = Theme::accent(palette);
        halo.setAlpha(Theme::isDark(palette) ? 70 : 28);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawEllipse(circle);
        const QIcon icon =
            Icons::themed(index.data(IconRole).toString(),
                          selected ? text : Theme::accent(palette).darker(Theme::isDark(palette) ? 60 : 110));
        icon.paint(painter, circle.adjusted(7, 7, -7, -7));
        painter->restore();

        // One line is centred on the icon; two lines start at its top.
        const bool hasDetail = !index.data(DetailRole).toString().simplified().isEmpty();
        const int top = hasDetail ? area.top() : circle.center().y() - QFontMetrics(option.font).height() / 2;
        const QRect textArea(area.left() + 32 + 12, top, area.width() - 32 - 12, area.bottom() - top);
        QFont titleFont = option.font;
        titleFont.setWeight(QFont::DemiBold);
        QFont smallFont = option.font;
        if (option.font.pointSizeF() > 0)
            smallFont.setPointSizeF(option.font.pointSizeF() * 0.92);
        const QFontMetrics titleMetrics(titleFont);
        const QFontMetrics smallMetrics(smallFont);

        const QString when = index.data(WhenRole).toString();
        // A few pixels of slack: the measured advance is rounded, the drawn one is not.
        const int whenWidth = std::min(smallMetrics.horizontalAdvance(when) + 4, textArea.width() / 2);
        painter->save();
        painter->setFont(smallFont);
        painter->setPen(muted);
        const QRect whenRect(textArea.right() - whenWidth, textArea.top(), whenWidth, titleMetrics.height());
        painter->drawText(whenRect, Qt::AlignRight | Qt::AlignVCenter,
                          smallMetrics.elidedText(when, Qt::ElideLeft, whenWidth));
        painter->setFont(titleFont);
        painter->setPen(text);
        const QRect titleRect(textArea.left(), textArea.top(), textArea.width() - whenWidth - 16,
                              titleMetrics.height());
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(index.data(TitleRole).toString(), Qt::ElideRight, titleRect.width()));
        const QString detail = index.data(DetailRole).toString().simplified();
        if (!detail.isEmpty()) {
            painter->setFont(smallFont);
            painter->setPen(muted);
            const QRect detailRect(textArea.left(), titleRect.bottom() + 4, textArea.width(), smallMetrics.height());
            painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                              smallMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        // Two lines and the padding: 56 px at the usual font size, on the 8 px grid.
        const int lines = QFontMetrics(option.font).height() * 2 + 4;
        return {200, std::max(56, lines + 16)};
    }
};

} // namespace

ClientTimelineTab::ClientTimelineTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("note"), parent)
{
    setObjectName(QStringLiteral("timelineTab"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContent(m_list);
    connect(addButton(), &QPushButton::clicked, this, [this] { logInteraction(); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(SourceRole).toString() == u"interactions")
            editInteraction(item->data(SourceIdRole).toLongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClientTimelineTab::showMenu);
    retranslateUi();
}

void ClientTimelineTab::reload()
{
    m_list->clear();
    if (client().id == 0) {
        showEmptyState(true);
        return;
    }
    m_userZone = ClientUi::userTimeZone(m_context.database);
    const QTimeZone clientZone(client().timeZone.toLatin1());
    auto entries = ClientTimeline(m_context.database).entries(client().id);
    if (!entries) {
        MessageBox::showError(this, tr("The timeline cannot be read"), entries.error());
        return;
    }
    for (const ClientTimeline::Entry& entry : entries.value()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(TitleRole, entry.title);
        item->setData(DetailRole, entry.detail);
        item->setData(WhenRole, ClientTimeline::formatInstant(entry.whenMs, m_userZone, clientZone));
        item->setData(IconRole, iconFor(entry));
        item->setData(SourceRole, entry.sourceTable);
        item->setData(SourceIdRole, entry.id);
        // What screen readers and tests read.
        item->setText(entry.title);
        item->setToolTip(entry.detail.isEmpty() ? entry.title : QString(entry.title + u'\n' + entry.detail));
    }
    showEmptyState(m_list->count() == 0);
}

qint64 ClientTimelineTab::logInteraction()
{
    Interaction interaction;
    interaction.clientId = client().id;
    interaction.kind = Interaction::Kind::Call;
    interaction.occurredAtMs = m_context.clock.nowMs();
    InteractionDialog dialog(m_context.database, client(), interaction, ClientUi::userTimeZone(m_context.database),
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reload();
    emit changed();
    return dialog.saved().id;
}

void ClientTimelineTab::editInteraction(qint64 id)
{
    auto interaction = InteractionRepository(m_context.database).find(id);
    if (!interaction) {
        MessageBox::showError(this, tr("The interaction cannot be read"), interaction.error());
        return;
    }
    InteractionDialog dialog(m_context.database, client(), interaction.value(),
                             ClientUi::userTimeZone(m_context.database), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void ClientTimelineTab::removeInteraction(qint64 id)
{
    const auto answer = MessageBox::question(this, tr("Delete interaction"), tr("Delete this interaction for good?"),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = InteractionRepository(m_context.database).remove(id); !removed) {
        MessageBox::showError(this, tr("The interaction cannot be deleted"), removed.error());
        return;
    }
    reload();
    emit changed();
}

void ClientTimelineTab::showMenu(const QPoint& position)
{
    QListWidgetItem* item = m_list->itemAt(position);
    if (!item || item->data(SourceRole).toString() != u"interactions")
        return;
    const qint64 id = item->data(SourceIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, [this, id] { editInteraction(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id] { removeInteraction(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ClientTimelineTab::retranslateUi()
{
    setTexts(tr("Log interaction"), tr("Nothing has happened yet"),
             tr("Calls, e-mails, meetings and notes appear here, newest first, with the tasks, missions, files and "
                "accesses of this client."));
    addButton()->setToolTip(tr("A call, an e-mail, a meeting, a note or a message"));
    if (client().id != 0)
        reload();
}

} // namespace Bureau
