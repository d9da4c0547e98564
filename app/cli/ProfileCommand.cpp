// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli profile show|set: the business profile, the user's identity on documents.
#include "CliContext.h"

#include "core/domain/BusinessProfile.h"
#include "core/domain/Identifiers.h"
#include "core/storage/ProfileRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

namespace Bureau::Cli
{

namespace
{

using Field = BusinessProfile::Field;

/** One option of `profile set` and the profile field it changes. */
struct SetOption
{
    const char16_t* name;
    QLatin1String field;
    const char* description; // translated through QT_TRANSLATE_NOOP
    const char16_t* valueName;
};

const SetOption kSetOptions[] = {
    {u"name", Field::legalName, QT_TRANSLATE_NOOP("CliContext", "First and last name, without the mention."), u"name"},
    {u"mention", Field::mention, QT_TRANSLATE_NOOP("CliContext", "ei or entrepreneur-individuel."), u"mention"},
    {u"trade-name", Field::tradeName, QT_TRANSLATE_NOOP("CliContext", "Trade name (empty: none)."), u"name"},
    {u"address", Field::addressLines,
     QT_TRANSLATE_NOOP("CliContext", "A street line; repeat it, or separate lines with \\n."), u"line"},
    {u"postal-code", Field::postalCode, QT_TRANSLATE_NOOP("CliContext", "Postal code."), u"code"},
    {u"city", Field::city, QT_TRANSLATE_NOOP("CliContext", "City."), u"city"},
    {u"country", Field::country, QT_TRANSLATE_NOOP("CliContext", "Country code, such as FR."), u"cc"},
    {u"siret", Field::siret, QT_TRANSLATE_NOOP("CliContext", "SIRET (or SIREN)."), u"number"},
    {u"vat-regime", Field::vatRegime, QT_TRANSLATE_NOOP("CliContext", "franchise, vat or vat-debits."), u"regime"},
    {u"vat-number", Field::vatNumber, QT_TRANSLATE_NOOP("CliContext", "Intra-EU VAT number (empty: none)."), u"number"},
    {u"email", Field::email, QT_TRANSLATE_NOOP("CliContext", "E-mail address."), u"address"},
    {u"phone", Field::phone, QT_TRANSLATE_NOOP("CliContext", "Phone number."), u"number"},
    {u"iban", Field::iban, QT_TRANSLATE_NOOP("CliContext", "IBAN."), u"iban"},
    {u"bic", Field::bic, QT_TRANSLATE_NOOP("CliContext", "BIC."), u"bic"},
    {u"logo", Field::logoPath,
     QT_TRANSLATE_NOOP("CliContext", "A PNG, JPEG or SVG picture of at most 2 MB (empty: none)."), u"file"},
    {u"payment-terms", Field::paymentTermsDays,
     QT_TRANSLATE_NOOP("CliContext", "Default payment terms in days (0 to 60)."), u"days"},
    {u"penalty-rate", Field::latePenaltyBasisPoints,
     QT_TRANSLATE_NOOP("CliContext", "Late-payment penalty rate in percent a year, such as 12.15."), u"rate"},
    {u"hourly-rate", Field::hourlyRate,
     QT_TRANSLATE_NOOP("CliContext", "Default hourly rate, such as 45.00 (empty: none)."), u"amount"},
    {u"currency", Field::currency, QT_TRANSLATE_NOOP("CliContext", "Default currency, such as EUR."), u"code"},
    {u"timezone", Field::timeZone, QT_TRANSLATE_NOOP("CliContext", "Time zone, such as Europe/Paris."), u"zone"},
};

/** The option that sets a field, for error messages: "--siret". */
QString optionFor(const QString& field)
{
    if (field == Field::vatOnDebits)
        return QStringLiteral("--vat-regime");
    for (const SetOption& option : kSetOptions) {
        if (field == option.field)
            return QString(QStringLiteral("--") + QString::fromUtf16(option.name));
    }
    return field;
}

/** "1215" basis points as "12.15" (with the locale's decimal point for people). */
QString basisPointsText(int basisPoints, const QString& decimalPoint)
{
    return QString(QString::number(basisPoints / 100) + decimalPoint
                   + QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0')));
}

/** "12.15", "12,15", "12.5 %", "8" → basis points; at most two decimals. */
std::optional<int> parseRate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,5})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += u'0';
    return match.captured(1).toInt() * 100 + fraction.toInt();
}

/** Address lines from repeated --address options, each of which may hold "\n" (typed or real). */
QStringList addressLinesFrom(const QStringList& values)
{
    QStringList lines;
    for (QString value : values) {
        value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        for (const QString& line : value.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
    }
    return lines;
}

QJsonObject profileJson(const BusinessProfile& profile, bool saved)
{
    const bool rate = profile.hourlyRate.isValid();
    return QJsonObject{
        {QStringLiteral("saved"), saved},
        {QStringLiteral("complete"), profile.isComplete()},
        {QStringLiteral("missing"), QJsonArray::fromStringList(profile.missingForInvoices())},
        {QString(Field::legalName), profile.legalName},
        {QString(Field::mention), BusinessProfile::mentionKey(profile.mention)},
        {QStringLiteral("legalNameWithMention"), profile.legalNameWithMention()},
        {QString(Field::tradeName), profile.tradeName},
        {QString(Field::addressLines), QJsonArray::fromStringList(profile.addressLines)},
        {QString(Field::postalCode), profile.postalCode},
        {QString(Field::city), profile.city},
        {QString(Field::country), profile.country},
        {QString(Field::siret), profile.siret},
        {QStringLiteral("siren"), profile.siren()},
        {QString(Field::vatRegime), BusinessProfile::vatRegimeKey(profile.vatRegime)},
        {QString(Field::vatOnDebits), profile.vatOnDebits},
        {QString(Field::vatNumber), profile.vatNumber},
        {QString(Field::email), profile.email},
        {QString(Field::phone), profile.phone},
        {QString(Field::iban), profile.iban},
        {QString(Field::bic), profile.bic},
        {QString(Field::logoPath), profile.logoPath},
        {QString(Field::paymentTermsDays), profile.paymentTermsDays},
        {QString(Field::latePenaltyBasisPoints), profile.latePenaltyBasisPoints},
        {QString(Field::hourlyRate), rate ? QJsonValue(profile.hourlyRate.toPlainString()) : QJsonValue()},
        {QStringLiteral("hourlyRateCents"), rate ? QJsonValue(profile.hourlyRate.cents()) : QJsonValue()},
        {QStringLiteral("hourlyRateCurrency"), rate ? QJsonValue(profile.hourlyRate.currency()) : QJsonValue()},
        {QString(Field::currency), profile.currency},
        {QString(Field::timeZone), profile.timeZone},
    };
}

QString profileText(const BusinessProfile& profile)
{
    const QLocale locale;
    const QString none = CliContext::tr("(none)");
    const auto value = [&none](const QString& text) { return text.isEmpty() ? none : text; };
    QStringList lines;
    lines << (profile.legalName.isEmpty() ? CliContext::tr("(no name yet)") : profile.legalNameWithMention());
    if (!profile.tradeName.isEmpty())
        lines << CliContext::tr("Trade name: %1").arg(profile.tradeName);
    QStringList address = profile.addressLines;
    const QString town = QString(profile.postalCode + u' ' + profile.city).trimmed();
    if (!town.isEmpty())
        address << town;
    lines << CliContext::tr("Address: %1").arg(value(address.join(QStringLiteral(", "))));
    lines << CliContext::tr("Country: %1").arg(profile.country);
    lines << CliContext::tr("SIRET: %1").arg(value(Identifiers::formatSirenOrSiret(profile.siret)));
    if (profile.vatRegime == BusinessProfile::VatRegime::Franchise)
        lines << CliContext::tr("VAT: franchise (art. 293 B of the CGI), no VAT charged");
    else if (profile.vatOnDebits)
        lines << CliContext::tr("VAT: charged, with the option to pay it on debits");
    else
        lines << CliContext::tr("VAT: charged");
    lines << CliContext::tr("VAT number: %1").arg(value(profile.vatNumber));
    lines << CliContext::tr("E-mail: %1").arg(value(profile.email));
    lines << CliContext::tr("Phone: %1").arg(value(profile.phone));
    lines << CliContext::tr("IBAN: %1").arg(value(Identifiers::formatIban(profile.iban)));
    lines << CliContext::tr("BIC: %1").arg(value(profile.bic));
    lines << CliContext::tr("Logo: %1").arg(value(profile.logoPath));
    lines << CliContext::tr("Payment terms: %n day(s)", "", profile.paymentTermsDays);
    lines << CliContext::tr("Late-payment penalty rate: %1 % a year")
                 .arg(basisPointsText(profile.latePenaltyBasisPoints, locale.decimalPoint()));
    lines << CliContext::tr("Hourly rate: %1")
                 .arg(profile.hourlyRate.isValid() ? profile.hourlyRate.format(locale) : none);
    lines << CliContext::tr("Currency: %1").arg(profile.currency);
    lines << CliContext::tr("Time zone: %1").arg(profile.timeZone);
    const QStringList missing = profile.missingForInvoices();
    if (missing.isEmpty()) {
        lines << CliContext::tr("Complete: invoices can be issued.");
    } else {
        QStringList labels;
        for (const QString& field : missing)
            labels << BusinessProfile::fieldLabel(field);
        lines << CliContext::tr("Missing before invoices can be issued: %1.").arg(labels.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

int runShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliContext::tr("Print the profile as JSON."));
    parser.addOption(jsonOption);
    const QCommandLineOption helpOption(QStringLiteral("help"), CliContext::tr("Print this help and exit."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("profile show")} + arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        context.printText(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (parser.isSet(jsonOption))
        context.json = true;

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    auto loaded = ProfileRepository(*opened.value()).load();
    if (!loaded)
        return context.fail(loaded.error());
    if (!loaded->has_value()) {
        context.print(profileJson(BusinessProfile(), false),
                      CliContext::tr("No business profile yet: set it with “bureau-cli profile set --name …”."));
        return ExitOk;
    }
    context.print(profileJson(loaded->value(), true), profileText(loaded->value()));
    return ExitOk;
}

int runSet(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> options;
    for (const SetOption& option : kSetOptions) {
        options << QCommandLineOption(QString::fromUtf16(option.name),
                                      QCoreApplication::translate("CliContext", option.description),
                                      QString::fromUtf16(option.valueName));
    }
    parser.addOptions(options);
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliContext::tr("Print the profile as JSON."));
    parser.addOption(jsonOption);
    const QCommandLineOption helpOption(QStringLiteral("help"), CliContext::tr("Print this help and exit."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("profile set")} + arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        context.printText(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (parser.isSet(jsonOption))
        context.json = true;
    bool anything = false;
    for (const QCommandLineOption& option : std::as_const(options))
        anything = anything || parser.isSet(option);
    if (!anything)
        return context.usage(CliContext::tr("Nothing to set: give at least one field, such as --siret."));

    const auto isSet = [&](const char16_t* name) { return parser.isSet(QString::fromUtf16(name)); };
    const auto valueOf = [&](const char16_t* name) { return parser.value(QString::fromUtf16(name)).trimmed(); };
    const QString dataDir = QFileInfo(context.databasePath).absolutePath();

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    ProfileRepository repository(*opened.value());
    auto updated = repository.update([&](BusinessProfile& profile) -> Status {
        // Problems as "--option: message", one per option, in the order of the options.
        QMap<QString, QString> problems;
        const auto problem = [&problems](const QString& field, const QString& message) {
            const QString option = optionFor(field);
            if (!problems.contains(option))
                problems.insert(option, message);
        };

        if (isSet(u"name"))
            profile.legalName = valueOf(u"name");
        if (isSet(u"mention")) {
            if (auto mention = BusinessProfile::mentionFromKey(valueOf(u"mention").toLower()))
                profile.mention = *mention;
            else
                problem(Field::mention, CliContext::tr("Use ei or entrepreneur-individuel."));
        }
        if (isSet(u"trade-name"))
            profile.tradeName = valueOf(u"trade-name");
        if (isSet(u"address"))
            profile.addressLines = addressLinesFrom(parser.values(QStringLiteral("address")));
        if (isSet(u"postal-code"))
            profile.postalCode = valueOf(u"postal-code");
        if (isSet(u"city"))
            profile.city = valueOf(u"city");
        if (isSet(u"country"))
            profile.country = valueOf(u"country").toUpper();
        if (isSet(u"siret"))
            profile.siret = valueOf(u"siret");
        if (isSet(u"vat-regime")) {
            const QString regime = valueOf(u"vat-regime").toLower();
            if (regime == u"franchise") {
                profile.vatRegime = BusinessProfile::VatRegime::Franchise;
                profile.vatOnDebits = false;
            } else if (regime == u"vat" || regime == u"vat-debits") {
                profile.vatRegime = BusinessProfile::VatRegime::VatRegistered;
                profile.vatOnDebits = regime == u"vat-debits";
            } else {
                problem(Field::vatRegime, CliContext::tr("Use franchise, vat or vat-debits."));
            }
        }
        if (isSet(u"vat-number"))
            profile.vatNumber = valueOf(u"vat-number");
        if (isSet(u"email"))
            profile.email = valueOf(u"email");
        if (isSet(u"phone"))
            profile.phone = valueOf(u"phone");
        if (isSet(u"iban"))
            profile.iban = valueOf(u"iban");
        if (isSet(u"bic"))
            profile.bic = valueOf(u"bic");
        if (isSet(u"payment-terms")) {
            bool ok = false;
            const int days = valueOf(u"payment-terms").toInt(&ok);
            if (ok)
                profile.paymentTermsDays = days;
            else
                problem(Field::paymentTermsDays,
                        CliContext::tr("“%1” is not a number of days.").arg(valueOf(u"payment-terms")));
        }
        if (isSet(u"penalty-rate")) {
            if (auto rate = parseRate(valueOf(u"penalty-rate")))
                profile.latePenaltyBasisPoints = *rate;
            else
                problem(Field::latePenaltyBasisPoints,
                        CliContext::tr("“%1” is not a rate: write a percentage with at most 2 decimals, such as 12.15.")
                            .arg(valueOf(u"penalty-rate")));
        }
        if (isSet(u"currency"))
            profile.currency = valueOf(u"currency").toUpper();
        if (isSet(u"hourly-rate")) {
            const QString text = valueOf(u"hourly-rate");
            if (text.isEmpty()) {
                profile.hourlyRate = Money();
            } else if (Money::isValidCurrencyCode(profile.currency)) {
                // In the default currency (the one given with it, if any); "45.00" and "45,00" alike.
                if (auto rate = Money::parse(text, profile.currency, QLocale::c()))
                    profile.hourlyRate = rate.value();
                else
                    problem(Field::hourlyRate, rate.error().message);
            }
        }
        if (isSet(u"timezone"))
            profile.timeZone = valueOf(u"timezone");

        profile = ProfileRepository::normalized(profile);
        for (const FieldError& error : profile.validate())
            problem(error.field, error.message);

        // The logo is copied only once everything else is right.
        if (problems.isEmpty() && isSet(u"logo")) {
            const QString file = valueOf(u"logo");
            if (file.isEmpty()) {
                profile.logoPath.clear();
            } else if (auto imported = BusinessProfile::importLogo(file, dataDir)) {
                profile.logoPath = imported.value();
            } else {
                problem(Field::logoPath, imported.error().message);
            }
        }

        if (problems.isEmpty())
            return {};
        QStringList lines;
        for (const SetOption& option : kSetOptions) {
            const QString name = QString(QStringLiteral("--") + QString::fromUtf16(option.name));
            if (problems.contains(name))
                lines << QString(name + QStringLiteral(": ") + problems.value(name));
        }
        return Error::make(Error::Kind::Invalid, lines.join(u' '));
    });
    if (!updated)
        return context.fail(updated.error());

    QString text = CliContext::tr("Business profile saved.");
    const QStringList missing = updated->missingForInvoices();
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString& field : missing)
            labels << BusinessProfile::fieldLabel(field);
        text +=
            u'\n' + CliContext::tr("Missing before invoices can be issued: %1.").arg(labels.join(QStringLiteral(", ")));
    }
    context.print(profileJson(updated.value(), true), text);
    return ExitOk;
}

} // namespace

int runProfile(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    if (verb == u"show")
        return runShow(context, arguments.mid(1));
    if (verb == u"set")
        return runSet(context, arguments.mid(1));
    if (verb.isEmpty())
        return context.usage(
            CliContext::tr("profile needs show or set: bureau-cli profile show, bureau-cli profile set "
                           "--siret …"));
    return context.usage(CliContext::tr("Unknown profile command “%1”: use show or set.").arg(verb));
}

} // namespace Bureau::Cli
