// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientOverviewTab.h"

#include "core/domain/Identifiers.h"
#include "ui/clients/ClientUi.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/TimeZoneComboBox.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

QLabel* cardTitle(QWidget* parent)
{
    auto* title = new QLabel(parent);
    title->setObjectName(QStringLiteral("cardTitle"));
    QFont font = title->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    title->setFont(font);
    return title;
}

void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QString channelsHtml(const QList<ContactChannel>& channels, bool email)
{
    QStringList lines;
    for (const ContactChannel& channel : channels) {
        QString link = email ? ClientUi::emailLink(channel.value) : ClientUi::phoneLink(channel.value, channel.e164);
        if (!channel.label.isEmpty())
            link =
                QStringLiteral("%1 <span style=\"opacity:0.7\">· %2</span>").arg(link, channel.label.toHtmlEscaped());
        lines << link;
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ClientOverviewTab::ClientOverviewTab(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewTab"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QGridLayout(content);
    m_grid = layout;
    layout->setContentsMargins(0, 16, 4, 16);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(16);

    m_identity = makeCard(content);
    m_terms = makeCard(content);

    auto* notesCard = new QFrame(content);
    notesCard->setObjectName(QStringLiteral("card"));
    auto* notesLayout = new QVBoxLayout(notesCard);
    notesLayout->setContentsMargins(16, 12, 16, 16);
    notesLayout->setSpacing(8);
    m_notesTitle = cardTitle(notesCard);
    m_notes = new QLabel(notesCard);
    m_notes->setObjectName(QStringLiteral("clientNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notesLayout->addWidget(m_notesTitle);
    notesLayout->addWidget(m_notes);
    m_notesCard = notesCard;

    auto* privacyCard = new QFrame(content);
    privacyCard->setObjectName(QStringLiteral("card"));
    auto* privacyLayout = new QVBoxLayout(privacyCard);
    privacyLayout->setContentsMargins(16, 12, 16, 16);
    privacyLayout->setSpacing(8);
    m_privacyTitle = cardTitle(privacyCard);
    m_privacyText = new QLabel(privacyCard);
    m_privacyText->setObjectName(QStringLiteral("mutedLabel"));
    m_privacyText->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_export = new QPushButton(privacyCard);
    m_export->setObjectName(QStringLiteral("exportPersonalData"));
    m_export->setIcon(Icons::forPalette(QStringLiteral("export"), palette()));
    m_erase = new QPushButton(privacyCard);
    m_erase->setObjectName(QStringLiteral("erasePersonalData"));
    m_erase->setIcon(Icons::forPalette(QStringLiteral("shield"), palette()));
    buttons->addWidget(m_export);
    buttons->addWidget(m_erase);
    buttons->addStretch(1);
    privacyLayout->addWidget(m_privacyTitle);
    privacyLayout->addWidget(m_privacyText);
    privacyLayout->addLayout(buttons);
    m_privacyCard = privacyCard;
    arrange(true);

    scroll->setWidget(content);
    outer->addWidget(scroll);
    connect(m_export, &QPushButton::clicked, this, &ClientOverviewTab::exportRequested);
    connect(m_erase, &QPushButton::clicked, this, &ClientOverviewTab::eraseRequested);
    retranslateUi();
}

ClientOverviewTab::Card ClientOverviewTab::makeCard(QWidget* parent)
{
    Card card;
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(8);
    card.frame = frame;
    card.title = cardTitle(frame);
    layout->addWidget(card.title);
    card.form = new QFormLayout;
    card.form->setHorizontalSpacing(16);
    card.form->setVerticalSpacing(6);
    card.form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    card.form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(card.form);
    layout->addStretch(1);
    return card;
}

void ClientOverviewTab::addRow(QFormLayout* form, const QString& label, const QString& value, bool rich)
{
    if (value.trimmed().isEmpty())
        return;
    auto* caption = new QLabel(label);
    caption->setObjectName(QStringLiteral("cardCaption"));
    auto* text = new QLabel;
    text->setWordWrap(true);
    text->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    text->setText(value);
    text->setOpenExternalLinks(rich);
    text->setTextInteractionFlags(rich ? Qt::TextBrowserInteraction : Qt::TextSelectableByMouse);
    form->addRow(caption, text);
}

void ClientOverviewTab::setClient(const Client& client)
{
    m_client = client;
    fill();
}

void ClientOverviewTab::fill()
{
    const Client& c = m_client;
    const QLocale locale;
    clearForm(m_identity.form);
    QFormLayout* form = m_identity.form;
    const QString type = c.professional ? tr("%1 · professional client").arg(Client::kindText(c.kind))
                                        : tr("%1 · private individual").arg(Client::kindText(c.kind));
    addRow(form, tr("Type"), type);
    addRow(form, tr("Legal form"), c.legalForm);
    addRow(form, tr("SIRET"), Identifiers::formatSirenOrSiret(c.siret));
    addRow(form, tr("VAT number"), c.vatNumber);
    QStringList address = c.addressLines;
    const QString town = QStringList{c.postalCode, c.city}.join(u' ').trimmed();
    if (!town.isEmpty())
        address << town;
    address << CountryComboBox::countryName(c.country);
    addRow(form, tr("Address"), address.join(u'\n'));
    addRow(form, tr("E-mail"), channelsHtml(c.emails, true), true);
    addRow(form, tr("Phone"), channelsHtml(c.phones, false), true);
    if (!c.website.isEmpty()) {
        const QString url = c.website.contains(QLatin1String("://")) ? c.website : QString(u"https://" + c.website);
        addRow(form, tr("Website"),
               QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), c.website.toHtmlEscaped()), true);
    }

    clearForm(m_terms.form);
    form = m_terms.form;
    addRow(form, tr("Hourly rate"),
           c.hourlyRate.isValid() ? tr("%1, excluding VAT").arg(c.hourlyRate.format(locale)) : tr("As in my profile"));
    addRow(form, tr("Payment terms"),
           c.paymentTermsDays ? (*c.paymentTermsDays == 0 ? tr("On receipt", "payment terms of 0 days")
                                                          : tr("%n day(s)", "payment terms", *c.paymentTermsDays))
                              : tr("As in my profile"));
    QString rounding = tr("None", "no rounding of billable time");
    if (c.rounding.stepMinutes > 0) {
        const QString mode = c.rounding.mode == RoundingRule::Mode::Up ? tr("upwards", "rounding mode")
                                                                       : tr("to the nearest", "rounding mode");
        const QString scope = c.rounding.scope == RoundingRule::Scope::PerEntry
                                  ? tr("each entry", "rounding scope")
                                  : tr("each invoice line", "rounding scope");
        rounding = tr("To %1 min, %2, %3", "rounding: step, mode, scope").arg(c.rounding.stepMinutes).arg(mode, scope);
    }
    addRow(form, tr("Rounding"), rounding);
    addRow(form, tr("Currency"), c.currency);
    addRow(form, tr("Documents in"), c.language == u"en" ? tr("English") : tr("French"));
    addRow(form, tr("Time zone"), TimeZoneComboBox::displayText(c.timeZone, QDateTime::currentMSecsSinceEpoch()));
    addRow(form, tr("Tags"), c.tags.join(QStringLiteral(", ")));
    if (c.createdAtMs > 0)
        addRow(form, tr("Client since"),
               ClientUi::formatDate(QDateTime::fromMSecsSinceEpoch(c.createdAtMs, Qt::UTC).toLocalTime().date()));

    m_notes->setText(c.notes.isEmpty() ? tr("No notes. Edit the client to add some.") : c.notes);
    m_notes->setObjectName(c.notes.isEmpty() ? QStringLiteral("mutedLabel") : QStringLiteral("clientNotes"));
    m_notes->style()->unpolish(m_notes);
    m_notes->style()->polish(m_notes);
}

void ClientOverviewTab::retranslateUi()
{
    m_identity.title->setText(tr("Identity and contact details"));
    m_terms.title->setText(tr("Billing and work terms"));
    m_notesTitle->setText(tr("Notes"));
    m_privacyTitle->setText(tr("Personal data"));
    m_privacyText->setText(tr("Export everything Bureau holds about this client, or erase their personal data while "
                              "keeping what the law requires you to keep."));
    m_export->setText(tr("Export personal data…"));
    m_erase->setText(tr("Erase personal data…"));
    fill();
}

void ClientOverviewTab::arrange(bool sideBySide)
{
    const int columns = sideBySide ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget* card : {m_identity.frame, m_terms.frame, m_notesCard, m_privacyCard})
        m_grid->removeWidget(card);
    if (sideBySide) {
        m_grid->addWidget(m_identity.frame, 0, 0);
        m_grid->addWidget(m_terms.frame, 0, 1);
        m_grid->addWidget(m_notesCard, 1, 0, 1, 2);
        m_grid->addWidget(m_privacyCard, 2, 0, 1, 2);
        m_grid->setColumnStretch(1, 1);
    } else {
        m_grid->addWidget(m_identity.frame, 0, 0);
        m_grid->addWidget(m_terms.frame, 1, 0);
        m_grid->addWidget(m_notesCard, 2, 0);
        m_grid->addWidget(m_privacyCard, 3, 0);
        m_grid->setColumnStretch(1, 0);
    }
    m_grid->setColumnStretch(0, 1);
    for (int row = 0; row < 5; ++row)
        m_grid->setRowStretch(row, 0);
    m_grid->setRowStretch(sideBySide ? 3 : 4, 1);
}

void ClientOverviewTab::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Two cards of about 380 px with their labels, or one above the other.
    arrange(width() >= 880);
}

void ClientOverviewTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Bureau
