// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/RecordDialog.h"

#include "ui/widgets/FormRows.h"

#include <QEvent>
#include <QFormLayout>
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

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent)
{
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
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(m_scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 8, 24, 16);
    m_body = new QWidget(content);
    m_layout = new QFormLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new FormRows(m_layout, m_body);
    contentLayout->addWidget(m_body);
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
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::accept);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordDialog::accept);
    m_cancel->setText(tr("Cancel"));
}

void RecordDialog::accept()
{
    if (!m_rows->validateAll())
        return;
    if (save())
        QDialog::accept();
}

void RecordDialog::setHeading(const QString& text)
{
    m_heading->setText(text);
    setWindowTitle(text);
}

void RecordDialog::setSaveText(const QString& text)
{
    m_save->setText(text);
    m_save->setToolTip(tr("%1 (%2)").arg(text, QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
}

void RecordDialog::fitToContent(int width)
{
    const QScreen* screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    m_body->setMinimumWidth(width - 48);
    const int formHeight = m_body->sizeHint().height();
    const int chrome = m_heading->sizeHint().height() + m_save->sizeHint().height() + 24 + 24 + 8;
    resize(std::min(width, available.width() - 48), std::min(formHeight + chrome + 8, available.height() - 64));
}

void RecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_cancel->setText(tr("Cancel"));
        retranslateUi();
        m_rows->refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace Bureau
