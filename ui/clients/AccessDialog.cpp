// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/AccessDialog.h"

#include "core/secrets/CredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Bureau
{

namespace
{
using Field = ClientAccess::Field;
const QString kPassword = QStringLiteral("password");
const QString kGrantedOn = QStringLiteral("grantedOn");
} // namespace

AccessDialog::AccessDialog(Database& database, CredentialStore& store, const Client& client, const ClientAccess& access,
                           const QDate& today, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_store(store)
    , m_client(client)
    , m_base(access)
{
    setObjectName(QStringLiteral("accessDialog"));
    QWidget* body = formWidget();
    m_service = new QLineEdit(access.service, body);
    rows()->addRow(QString(Field::service), m_service);
    m_url = new QLineEdit(access.url, body);
    rows()->addRow(QString(Field::url), m_url);
    m_username = new QLineEdit(access.username, body);
    rows()->addRow(QString(Field::username), m_username);
    m_password = new QLineEdit(body);
    m_password->setEchoMode(QLineEdit::Password);
    // Never offered to input methods' learning or to a completer.
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QAction* show =
        m_password->addAction(Icons::forPalette(QStringLiteral("eye"), palette()), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setObjectName(QStringLiteral("showPassword"));
    connect(show, &QAction::toggled, this,
            [this](bool visible) { m_password->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password); });
    rows()->addRow(kPassword, m_password, nullptr, true);
    m_grantedBy = new QLineEdit(access.grantedBy, body);
    rows()->addRow(QString(Field::grantedBy), m_grantedBy);
    auto* granted = new QWidget(body);
    auto* grantedLayout = new QHBoxLayout(granted);
    grantedLayout->setContentsMargins(0, 0, 0, 0);
    grantedLayout->setSpacing(8);
    m_hasGrantedOn = new QCheckBox(granted);
    m_grantedOn = new QDateEdit(access.grantedOn.isValid() ? access.grantedOn : today, granted);
    m_grantedOn->setCalendarPopup(true);
    m_grantedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    const bool hasDate = access.grantedOn.isValid() || access.id == 0;
    m_hasGrantedOn->setChecked(hasDate);
    m_grantedOn->setEnabled(hasDate);
    grantedLayout->addWidget(m_hasGrantedOn);
    grantedLayout->addWidget(m_grantedOn);
    grantedLayout->addStretch(1);
    rows()->addRow(kGrantedOn, m_hasGrantedOn, granted);
    connect(m_hasGrantedOn, &QCheckBox::toggled, m_grantedOn, &QWidget::setEnabled);
    m_notes = new QPlainTextEdit(access.notes, body);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(80);
    rows()->addRow(QString(Field::notes), m_notes);
    rows()->setCheck([this] {
        QHash<QString, QString> errors = FormRows::firstErrors(this->access().validate());
        if (!m_password->text().isEmpty()) {
            if (auto valid = CredentialStore::validateSecret(m_password->text()); !valid)
                errors.insert(kPassword, valid.error().message);
        }
        return errors;
    });
    retranslateUi();
    fitToContent(560);
}

AccessDialog::~AccessDialog()
{
    // The typed password does not outlive the dialog in the widget's buffer.
    m_password->clear();
}

ClientAccess AccessDialog::access() const
{
    ClientAccess access = m_base;
    access.clientId = m_client.id;
    access.service = m_service->text();
    access.url = m_url->text();
    access.username = m_username->text();
    access.grantedBy = m_grantedBy->text();
    access.grantedOn = m_hasGrantedOn->isChecked() ? m_grantedOn->date() : QDate();
    access.notes = m_notes->toPlainText();
    return access;
}

bool AccessDialog::save()
{
    ClientAccessService service(m_db, m_store);
    QString secret = m_password->text();
    const ClientAccess typed = access();
    Result<ClientAccess> saved =
        typed.id == 0 ? service.add(typed, secret)
                      : service.update(typed, secret.isEmpty() ? std::nullopt : std::optional<QString>(secret));
    CredentialStore::wipe(secret);
    if (!saved) {
        MessageBox::showError(this, tr("The access cannot be saved"), saved.error());
        return false;
    }
    m_password->clear();
    m_saved = saved.value();
    return true;
}

void AccessDialog::retranslateUi()
{
    setHeading(m_base.id == 0 ? tr("New access for %1").arg(m_client.name) : tr("Edit access"));
    setSaveText(m_base.id == 0 ? tr("Add access") : tr("Save changes"));
    rows()->setLabelText(QString(Field::service), tr("&Service:"));
    rows()->setLabelText(QString(Field::url), tr("&Address:"));
    rows()->setLabelText(QString(Field::username), tr("&User name:"));
    rows()->setLabelText(kPassword, tr("&Password:"));
    rows()->setLabelText(QString(Field::grantedBy), tr("&Granted by:"));
    rows()->setLabelText(kGrantedOn, tr("&When:"));
    rows()->setLabelText(QString(Field::notes), tr("N&otes:"));
    m_service->setPlaceholderText(tr("e.g. Gmail, Qonto, HubSpot"));
    m_url->setPlaceholderText(tr("https://…"));
    m_username->setPlaceholderText(tr("The login name or e-mail"));
    m_password->setPlaceholderText(m_base.id == 0 ? tr("Optional") : tr("Leave empty to keep the stored one"));
    if (QAction* show = m_password->findChild<QAction*>(QStringLiteral("showPassword")))
        show->setToolTip(tr("Show the password while typing"));
    rows()->setHint(kPassword,
                    m_store.isPersistent()
                        ? tr("Kept in the system keychain, never in Bureau’s database.")
                        : tr("The system keychain is not available: kept for this session only, never written to "
                             "disk."));
    m_grantedBy->setPlaceholderText(tr("Who gave you this access"));
    m_hasGrantedOn->setText(tr("Granted on"));
}

} // namespace Bureau
