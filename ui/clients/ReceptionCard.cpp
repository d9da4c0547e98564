// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ReceptionCard.h"

#include "core/Clock.h"
#include "core/services/ClientTimeline.h"
#include "core/storage/ReceptionRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/ReceptionInstructionsDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Bureau
{

ReceptionCard::ReceptionCard(AppContext& context, const Client& client, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(client)
{
    setObjectName(QStringLiteral("receptionCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QWidget(this);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 16, 24, 12);
    headerLayout->setSpacing(12);
    auto* icon = new QLabel(header);
    icon->setPixmap(Icons::themed(QStringLiteral("reception"), Theme::accent(palette())).pixmap(28, 28));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("receptionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_clock = new QLabel(header);
    m_clock->setObjectName(QStringLiteral("mutedLabel"));
    headerLayout->addWidget(icon);
    headerLayout->addWidget(m_title, 1);
    headerLayout->addWidget(m_clock);
    layout->addWidget(header);

    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget(scroll);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(24, 4, 24, 16);
    m_bodyLayout->setSpacing(16);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(24, 12, 24, 12);
    footer->setSpacing(8);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editInstructions"));
    m_edit->setIcon(Icons::forPalette(QStringLiteral("edit"), palette()));
    m_edit->setAutoDefault(false);
    m_close = new QPushButton(this);
    m_close->setDefault(true);
    footer->addWidget(m_edit);
    footer->addStretch(1);
    footer->addWidget(m_close);
    layout->addLayout(footer);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_edit, &QPushButton::clicked, this, &ReceptionCard::editInstructions);

    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(640, available.width() - 48), std::min(620, available.height() - 64));
    retranslateUi();
}

QLabel* ReceptionCard::addSection(const QString& title, const QString& text, bool highlight, bool rich)
{
    if (text.trimmed().isEmpty())
        return nullptr;
    auto* frame = new QFrame(m_body);
    frame->setObjectName(highlight ? QStringLiteral("urgentCard") : QStringLiteral("receptionSection"));
    auto* box = new QVBoxLayout(frame);
    box->setContentsMargins(highlight ? 12 : 0, highlight ? 10 : 0, highlight ? 12 : 0, highlight ? 10 : 0);
    box->setSpacing(4);
    auto* caption = new QLabel(title, frame);
    caption->setObjectName(QStringLiteral("cardCaption"));
    QFont captionFont = caption->font();
    captionFont.setWeight(QFont::DemiBold);
    captionFont.setCapitalization(QFont::AllUppercase);
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    captionFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    caption->setFont(captionFont);
    auto* body = new QLabel(text, frame);
    body->setWordWrap(true);
    body->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bodyFont = body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.08);
    body->setFont(bodyFont);
    box->addWidget(caption);
    box->addWidget(body);
    if (highlight) {
        const StatusPillDelegate::Colors colors =
            StatusPillDelegate::colors(StatusPillDelegate::Tone::Orange, palette());
        frame->setStyleSheet(QStringLiteral("QFrame#urgentCard { background: %1; border-radius: 8px; } "
                                            "QFrame#urgentCard QLabel { color: %2; }")
                                 .arg(colors.background.name(), colors.text.name()));
    }
    m_bodyLayout->addWidget(frame);
    return body;
}

void ReceptionCard::build(const ReceptionInstructions& instructions)
{
    while (QLayoutItem* item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (instructions.isEmpty()) {
        auto* none = new QLabel(tr("No reception instructions yet for %1. Write how to greet callers, who to put "
                                   "through and what to filter: they show here in one click.")
                                    .arg(m_client.name),
                                m_body);
        none->setObjectName(QStringLiteral("mutedLabel"));
        none->setWordWrap(true);
        m_bodyLayout->addWidget(none);
        m_bodyLayout->addStretch(1);
        m_edit->setText(tr("Write instructions…"));
        return;
    }
    m_edit->setText(tr("Edit…"));
    if (!instructions.greeting.trimmed().isEmpty()) {
        // The greeting is what is read aloud: large, in quotes.
        auto* greeting = new QLabel(tr("“%1”", "the greeting, quoted").arg(instructions.greeting.trimmed()), m_body);
        greeting->setObjectName(QStringLiteral("receptionGreeting"));
        greeting->setWordWrap(true);
        greeting->setTextFormat(Qt::PlainText);
        greeting->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = greeting->font();
        font.setPointSizeF(font.pointSizeF() * 1.45);
        font.setWeight(QFont::Medium);
        greeting->setFont(font);
        m_bodyLayout->addWidget(greeting);
    }
    addSection(tr("Urgent contact"), instructions.urgentContact, true);
    addSection(tr("Put through"), instructions.putThrough);
    addSection(tr("Filter out"), instructions.filtering);
    addSection(tr("Hours"), instructions.hours);
    if (!instructions.answers.isEmpty()) {
        // Each question in bold, its answer under it.
        QStringList blocks;
        for (const ReceptionAnswer& answer : instructions.answers) {
            const auto html = [](const QString& text) {
                return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
            };
            blocks << QStringLiteral("<b>%1</b><br>%2").arg(html(answer.question), html(answer.answer));
        }
        addSection(tr("Standard answers"), blocks.join(QStringLiteral("<br><br>")), false, true);
    }
    addSection(tr("Notes"), instructions.notes);
    m_bodyLayout->addStretch(1);
}

void ReceptionCard::reload()
{
    auto loaded = ReceptionRepository(m_context.database).load(m_client.id);
    if (!loaded) {
        MessageBox::showError(this, tr("The reception instructions cannot be read"), loaded.error());
        return;
    }
    build(loaded.value());
    const QTimeZone clientZone(m_client.timeZone.toLatin1());
    const QTimeZone userZone = ClientUi::userTimeZone(m_context.database);
    const qint64 now = m_context.clock.nowMs();
    if (clientZone.isValid() && clientZone.id() != userZone.id()) {
        m_clock->setText(tr("%1 in %2", "local time in a city")
                             .arg(ClientUi::formatTime(now, clientZone), ClientTimeline::zoneCity(clientZone)));
    } else {
        m_clock->setText(ClientUi::formatTime(now, userZone));
    }
}

QString ReceptionCard::shownText() const
{
    QStringList texts{m_title->text(), m_clock->text()};
    for (const QLabel* label : m_body->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(u'\n');
}

void ReceptionCard::editInstructions()
{
    ReceptionInstructionsDialog dialog(m_context.database, m_client, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit edited();
}

void ReceptionCard::retranslateUi()
{
    setWindowTitle(tr("Reception card — %1").arg(m_client.name));
    m_title->setText(m_client.name);
    m_close->setText(tr("Close"));
    reload();
}

void ReceptionCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Bureau
