// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/BusinessProfile.h"

#include "core/domain/Identifiers.h"
#include "core/domain/PostalAddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bureau
{

namespace
{

constexpr int kMaxNameLength = 200;
constexpr int kMaxLineLength = 200;

} // namespace

QString BusinessProfile::legalNameWithMention() const
{
    const QString name = legalName.trimmed();
    if (name.isEmpty())
        return {};
    // The mention immediately follows the name (art. R. 526-26 of the Code de commerce). It is a
    // French legal term, printed as is in every language.
    return QString(name + u' ' + mentionText(mention));
}

QString BusinessProfile::siren() const
{
    return Identifiers::sirenFromSiret(siret);
}

QList<FieldError> BusinessProfile::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };

    const QString name = legalName.trimmed();
    if (name.size() > kMaxNameLength) {
        add(Field::legalName, tr("The name is too long: at most %n characters.", "", kMaxNameLength));
    } else if (PostalAddress::hasLineBreak(legalName)) {
        add(Field::legalName, tr("The name must fit on one line."));
    } else {
        // Bureau adds the mention itself: typed into the name, it would be printed twice.
        static const QRegularExpression typedMention(QStringLiteral("(\\bEI$|entrepreneur individuel)"),
                                                     QRegularExpression::CaseInsensitiveOption);
        if (typedMention.match(name).hasMatch())
            add(Field::legalName,
                tr("Leave the “EI” mention out of the name: it is added after the name on documents."));
    }

    if (tradeName.trimmed().size() > kMaxNameLength)
        add(Field::tradeName, tr("The trade name is too long: at most %n characters.", "", kMaxNameLength));
    else if (PostalAddress::hasLineBreak(tradeName))
        add(Field::tradeName, tr("The trade name must fit on one line."));

    for (const FieldError& error : PostalAddress::validate(addressLines, postalCode, city, country))
        errors.append(error);

    if (!siret.isEmpty()) {
        if (auto checked = Identifiers::validateSirenOrSiret(siret); !checked)
            add(Field::siret, checked.error().message);
    }

    if (vatOnDebits && vatRegime != VatRegime::VatRegistered)
        add(Field::vatOnDebits, tr("The option for VAT on debits applies only to a business that charges VAT."));

    if (!vatNumber.isEmpty()) {
        if (auto checked = Identifiers::validateVatNumber(vatNumber); !checked) {
            add(Field::vatNumber, checked.error().message);
        } else if (checked->startsWith(u"FR") && !siren().isEmpty() && checked->right(9) != siren()) {
            add(Field::vatNumber,
                tr("This VAT number is that of SIREN %1, but the SIREN of the profile is %2.")
                    .arg(Identifiers::formatSirenOrSiret(checked->right(9)), Identifiers::formatSirenOrSiret(siren())));
        }
    }

    if (!email.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
        if (email.size() > 254 || !shape.match(email).hasMatch())
            add(Field::email, tr("This is not an e-mail address, such as name@example.fr."));
    }

    if (!phone.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ().\\-]+$"));
        const qsizetype digits = std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); });
        if (phone.size() > 30 || digits < 4 || !shape.match(phone).hasMatch())
            add(Field::phone, tr("This is not a phone number: digits, spaces and a leading + only."));
    }

    if (!iban.isEmpty()) {
        if (auto checked = Identifiers::validateIban(iban); !checked)
            add(Field::iban, checked.error().message);
    }
    if (!bic.isEmpty()) {
        if (auto checked = Identifiers::validateBic(bic); !checked)
            add(Field::bic, checked.error().message);
    }

    if (!logoPath.isEmpty()) {
        const bool escapes = logoPath.split(u'/').contains(QStringLiteral(".."));
        if (QDir::isAbsolutePath(logoPath) || escapes || logoPath.contains(u'\\'))
            add(Field::logoPath, tr("The logo must be a file inside the data folder."));
    }

    if (paymentTermsDays < 0 || paymentTermsDays > kMaxPaymentTermsDays) {
        add(Field::paymentTermsDays,
            tr("Payment terms go from 0 to %n days: the law caps them at 60 days for business clients.", "",
               kMaxPaymentTermsDays));
    }

    if (latePenaltyBasisPoints < 0 || latePenaltyBasisPoints > kMaxLatePenaltyBasisPoints)
        add(Field::latePenaltyBasisPoints, tr("The late-payment penalty rate goes from 0 % to 100 % a year."));

    if (hourlyRate.isValid()) {
        if (!Money::isValidCurrencyCode(hourlyRate.currency()))
            add(Field::hourlyRate, tr("“%1” is not a currency code.").arg(hourlyRate.currency()));
        else if (hourlyRate.isNegative())
            add(Field::hourlyRate, tr("The hourly rate cannot be negative."));
    }

    if (!Money::isValidCurrencyCode(currency) || currency != currency.toUpper())
        add(Field::currency, tr("“%1” is not a currency code: use three capital letters, such as EUR.").arg(currency));

    if (!PostalAddress::isKnownTimeZone(timeZone))
        add(Field::timeZone, tr("“%1” is not a known time zone, such as Europe/Paris.").arg(timeZone));

    return errors;
}

QStringList BusinessProfile::missingForInvoices() const
{
    QStringList missing;
    if (legalName.trimmed().isEmpty())
        missing << QString(Field::legalName);
    bool hasStreet = false;
    for (const QString& line : addressLines)
        hasStreet = hasStreet || !line.trimmed().isEmpty();
    if (!hasStreet)
        missing << QString(Field::addressLines);
    if (postalCode.trimmed().isEmpty())
        missing << QString(Field::postalCode);
    if (city.trimmed().isEmpty())
        missing << QString(Field::city);
    if (siret.isEmpty())
        missing << QString(Field::siret);
    // A business that charges VAT is identified for it: its number is a mandatory mention.
    if (vatRegime == VatRegime::VatRegistered && vatNumber.isEmpty())
        missing << QString(Field::vatNumber);
    return missing;
}

bool BusinessProfile::isComplete() const
{
    return missingForInvoices().isEmpty() && validate().isEmpty();
}

QString BusinessProfile::fieldLabel(const QString& field)
{
    if (field == Field::legalName)
        return tr("Name");
    if (field == Field::mention)
        return tr("EI mention");
    if (field == Field::tradeName)
        return tr("Trade name");
    if (field == Field::addressLines)
        return tr("Address");
    if (field == Field::postalCode)
        return tr("Postal code");
    if (field == Field::city)
        return tr("City");
    if (field == Field::country)
        return tr("Country");
    if (field == Field::siret)
        return tr("SIRET");
    if (field == Field::vatRegime)
        return tr("VAT regime");
    if (field == Field::vatOnDebits)
        return tr("VAT on debits");
    if (field == Field::vatNumber)
        return tr("VAT number");
    if (field == Field::email)
        return tr("E-mail");
    if (field == Field::phone)
        return tr("Phone");
    if (field == Field::iban)
        return tr("IBAN");
    if (field == Field::bic)
        return tr("BIC");
    if (field == Field::logoPath)
        return tr("Logo");
    if (field == Field::paymentTermsDays)
        return tr("Payment terms");
    if (field == Field::latePenaltyBasisPoints)
        return tr("Late-payment penalty rate");
    if (field == Field::hourlyRate)
        return tr("Hourly rate");
    if (field == Field::currency)
        return tr("Currency");
    if (field == Field::timeZone)
        return tr("Time zone");
    return field;
}

QString BusinessProfile::mentionText(Mention value)
{
    // Legal wording, identical in every language of the documents.
    return value == Mention::Ei ? QStringLiteral("EI") : QStringLiteral("Entrepreneur individuel");
}

QString BusinessProfile::mentionKey(Mention value)
{
    return value == Mention::Ei ? QStringLiteral("ei") : QStringLiteral("entrepreneur-individuel");
}

std::optional<BusinessProfile::Mention> BusinessProfile::mentionFromKey(const QString& key)
{
    if (key == u"ei")
        return Mention::Ei;
    if (key == u"entrepreneur-individuel")
        return Mention::EntrepreneurIndividuel;
    return std::nullopt;
}

QString BusinessProfile::vatRegimeKey(VatRegime regime)
{
    return regime == VatRegime::Franchise ? QStringLiteral("franchise") : QStringLiteral("registered");
}

std::optional<BusinessProfile::VatRegime> BusinessProfile::vatRegimeFromKey(const QString& key)
{
    if (key == u"franchise")
        return VatRegime::Franchise;
    if (key == u"registered")
        return VatRegime::VatRegistered;
    return std::nullopt;
}

Result<QString> BusinessProfile::importLogo(const QString& sourceFile, const QString& dataDir)
{
    const QString shown = QDir::toNativeSeparators(sourceFile);
    const auto refuse = [&shown](const QString& message, const QString& detail) -> Error {
        return Error::make(Error::Kind::Invalid, message, QString(detail + QStringLiteral(": ") + shown));
    };

    QString extension = QFileInfo(sourceFile).suffix().toLower();
    if (extension == u"jpeg")
        extension = QStringLiteral("jpg");
    if (extension != u"png" && extension != u"jpg" && extension != u"svg")
        return refuse(tr("The logo must be a PNG, JPEG or SVG picture."), QStringLiteral("extension"));
    if (QFileInfo(sourceFile).isSymLink())
        return refuse(tr("The logo “%1” is a link: choose the picture itself.").arg(shown), QStringLiteral("symlink"));

    // O_NOFOLLOW: a link swapped in after the check above is refused too; O_NONBLOCK: a FIFO
    // named logo.png does not hang the caller (it is then refused as not a regular file).
    const QByteArray native = QFile::encodeName(sourceFile);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return refuse(tr("The logo “%1” is a link: choose the picture itself.").arg(shown),
                          QStringLiteral("symlink"));
        return Error::make(error == ENOENT ? Error::Kind::NotFound : Error::Kind::Io,
                           tr("The logo “%1” cannot be read.").arg(shown), QString::fromLocal8Bit(strerror(error)));
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return refuse(tr("The logo “%1” is not a file.").arg(shown), QStringLiteral("not a regular file"));
    }
    QFile source;
    if (!source.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error::make(Error::Kind::Io, tr("The logo “%1” cannot be read.").arg(shown), source.errorString());
    }
    const QString tooLarge = tr("The logo is larger than 2 MB: choose a smaller picture.");
    if (info.st_size > kMaxLogoBytes)
        return refuse(tooLarge, QStringLiteral("%1 bytes").arg(info.st_size));
    // The size read, not the size announced, is what counts (the file may grow meanwhile).
    const QByteArray bytes = source.read(kMaxLogoBytes + 1);
    if (bytes.size() > kMaxLogoBytes)
        return refuse(tooLarge, QStringLiteral("more than %1 bytes").arg(kMaxLogoBytes));
    source.close();

    const QString notAPicture = tr("“%1” is not a picture of the kind its name says.").arg(shown);
    if (extension == u"png") {
        if (!bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)) || QImage::fromData(bytes, "PNG").isNull())
            return refuse(notAPicture, QStringLiteral("not a PNG"));
    } else if (extension == u"jpg") {
        if (!bytes.startsWith(QByteArrayView("\xff\xd8\xff", 3)) || QImage::fromData(bytes, "JPEG").isNull())
            return refuse(notAPicture, QStringLiteral("not a JPEG"));
    } else {
        // An SVG: XML whose root element is <svg>, with no DTD (entity expansion is an attack).
        QXmlStreamReader xml(bytes);
        bool isSvg = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::DTD)
                break;
            if (token == QXmlStreamReader::StartElement) {
                isSvg = xml.name() == u"svg";
                break;
            }
        }
        if (!isSvg || xml.hasError())
            return refuse(notAPicture, QStringLiteral("not an SVG"));
    }

    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
    const QString relative = QStringLiteral("profile/logo-%1.%2").arg(hash, extension);
    const QString folder = QDir(dataDir).filePath(QStringLiteral("profile"));
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            return Error::make(Error::Kind::Io,
                               tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder)));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString target = QDir(dataDir).filePath(relative);
    // Named after its content: a file already there with that name holds this picture.
    if (QFileInfo(target).isFile() && !QFileInfo(target).isSymLink()) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return relative;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return Error::make(Error::Kind::Io,
                           tr("The logo cannot be copied to “%1”.").arg(QDir::toNativeSeparators(target)),
                           out.errorString());
    }
    return relative;
}

} // namespace Bureau
