// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ClientRecords.h"

#include "core/domain/Duration.h"

#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <map>

namespace Bureau
{

namespace
{

constexpr int kMaxLineLength = 200;
constexpr int kMaxUrlLength = 2000;
constexpr int kMaxTextLength = 100000;

bool hasLineBreak(const QString& text)
{
    return text.contains(u'\n') || text.contains(u'\r');
}

/** Same rule as the business profile's: an IANA zone this system knows, shape-checked first. */
bool isKnownTimeZone(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    if (id.isEmpty() || !shape.match(id).hasMatch())
        return false;
    const QByteArray utf8 = id.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(utf8) || QTimeZone(utf8).isValid();
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QLocale documentLocale(const QString& language)
{
    return language == u"fr" ? QLocale(QLocale::French, QLocale::France)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

/**
 * Translates into one language whatever the interface's, from Bureau's embedded catalogue: the
 * mission letter is written in the client's language. Strings are marked QT_TRANSLATE_NOOP in the
 * "Mission" context so that lupdate collects them with the rest.
 */
class DocumentText final
{
public:
    explicit DocumentText(const QString& language)
        : m_locale(documentLocale(language))
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/bureau_%1.qm").arg(language == u"fr" ? u"fr" : u"en"));
    }

    const QLocale& locale() const { return m_locale; }

    QString text(const char* source, int n = -1) const
    {
        QString out = m_loaded ? m_translator.translate("Mission", source, nullptr, n) : QString();
        if (out.isEmpty())
            out = QString::fromUtf8(source);
        if (n >= 0)
            out.replace(QStringLiteral("%n"), m_locale.toString(n));
        return out;
    }

private:
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

QString describeFieldErrors(const QList<FieldError>& errors, QString (*fieldLabel)(const QString&))
{
    QStringList sentences;
    for (const FieldError& error : errors)
        sentences << QCoreApplication::translate("ClientRecords", "%1: %2").arg(fieldLabel(error.field), error.message);
    return sentences.join(u' ');
}

// --- Interaction ---------------------------------------------------------------------------------

QList<FieldError> Interaction::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };
    if (occurredAtMs <= 0)
        add(Field::occurredAt, tr("Say when it happened."));
    if (summary.trimmed().isEmpty())
        add(Field::summary, tr("Write a short summary."));
    else if (summary.trimmed().size() > kMaxLineLength || hasLineBreak(summary.trimmed()))
        add(Field::summary, tr("The summary fits on one line of at most %n characters.", "", kMaxLineLength));
    if (withWhom.trimmed().size() > kMaxLineLength || hasLineBreak(withWhom.trimmed()))
        add(Field::withWhom, tr("“With whom” fits on one line of at most %n characters.", "", kMaxLineLength));
    if (body.size() > kMaxTextLength)
        add(Field::body, tr("The text is too long: at most %n characters.", "", kMaxTextLength));
    return errors;
}

QString Interaction::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Meeting:
        return QStringLiteral("meeting");
    case Kind::Note:
        return QStringLiteral("note");
    case Kind::Message:
        return QStringLiteral("message");
    }
    return QStringLiteral("note");
}

std::optional<Interaction::Kind> Interaction::kindFromKey(const QString& key)
{
    for (Kind kind : {Kind::Call, Kind::Email, Kind::Meeting, Kind::Note, Kind::Message}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString Interaction::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Call:
        return tr("Call", "interaction kind");
    case Kind::Email:
        return tr("E-mail", "interaction kind");
    case Kind::Meeting:
        return tr("Meeting", "interaction kind");
    case Kind::Note:
        return tr("Note", "interaction kind");
    case Kind::Message:
        return tr("Message", "interaction kind");
    }
    return {};
}

QString Interaction::fieldLabel(const QString& field)
{
    if (field == Field::kind)
        return tr("Kind", "interaction field");
    if (field == Field::occurredAt)
        return tr("When", "interaction field");
    if (field == Field::withWhom)
        return tr("With whom", "interaction field");
    if (field == Field::summary)
        return tr("Summary", "interaction field");
    if (field == Field::body)
        return tr("Details", "interaction field");
    return field;
}

// --- Working slots and missions ------------------------------------------------------------------

SlotTimes WorkingSlot::occurrence(QDate weekOf, const QTimeZone& slotZone, const QTimeZone& shownIn) const
{
    const QDate monday = weekOf.addDays(1 - weekOf.dayOfWeek());
    const QDate day = monday.addDays(qBound(1, weekday, 7) - 1);
    // Wall-clock times of that day in the slot's zone (not midnight plus minutes, which is off by
    // an hour on the day the clocks change).
    const auto at = [&](int minute) {
        if (minute >= 24 * 60)
            return QDateTime(day.addDays(1), QTime(0, 0), slotZone);
        return QDateTime(day, QTime(minute / 60, minute % 60), slotZone);
    };
    return SlotTimes{at(startMinute).toTimeZone(shownIn), at(endMinute).toTimeZone(shownIn)};
}

QString WorkingSlot::timeRangeText(const QLocale& locale) const
{
    Q_UNUSED(locale) // Hours are written with ASCII digits in both interface languages.
    return QString(minuteText(startMinute) + QChar(0x2013) + minuteText(endMinute));
}

QList<FieldError> Mission::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };

    const QString name = title.trimmed();
    if (name.isEmpty())
        add(Field::title, tr("A mission needs a title."));
    else if (name.size() > kMaxLineLength || hasLineBreak(name))
        add(Field::title, tr("The title fits on one line of at most %n characters.", "", kMaxLineLength));

    if (!startsOn.isValid())
        add(Field::period, tr("Give the date the mission starts."));
    else if (endsOn.isValid() && endsOn < startsOn)
        add(Field::period, tr("The mission cannot end before it starts."));

    const bool currencyOk = Money::isValidCurrencyCode(currency);
    if (!currencyOk)
        add(Field::billing, tr("“%1” is not a currency code: use three letters, such as EUR.").arg(currency));

    // Only the amounts of the chosen mode are checked (and stored): the others are left over from
    // a mode the user switched away from.
    const auto checkAmount = [&](QLatin1String field, const Money& amount, bool required, bool positive) {
        if (!amount.isValid()) {
            if (required)
                add(field, tr("Give the amount."));
            return;
        }
        if (currencyOk && amount.currency() != currency.toUpper())
            add(field, tr("The amount must be in the currency of the mission (%1).").arg(currency.toUpper()));
        else if (amount.isNegative() || (positive && amount.isZero()))
            add(field, positive ? tr("The amount must be more than zero.") : tr("The amount cannot be negative."));
    };
    switch (billing) {
    case Billing::Hourly:
        checkAmount(Field::hourlyRate, hourlyRate, false, false);
        break;
    case Billing::Package:
        if (packageMinutes <= 0)
            add(Field::packageHours, tr("Give the number of hours the package includes each month."));
        else if (packageMinutes > 31 * 24 * 60)
            add(Field::packageHours, tr("A monthly package cannot hold more hours than a month has."));
        checkAmount(Field::packageFee, packageFee, true, true);
        if (overage == Overage::Billed)
            checkAmount(Field::overageRate, overageRate, false, false);
        break;
    case Billing::Fixed:
        checkAmount(Field::monthlyFee, monthlyFee, true, true);
        break;
    }

    if (!isKnownTimeZone(timeZone.trimmed()))
        add(Field::timeZone, tr("“%1” is not a time zone this system knows.").arg(timeZone));

    bool slotsOk = true;
    for (const WorkingSlot& slot : workingSlots) {
        if (slot.weekday < 1 || slot.weekday > 7 || slot.startMinute < 0 || slot.endMinute > 24 * 60
            || slot.startMinute >= slot.endMinute) {
            add(Field::workingSlots, tr("Each working slot is on one day and ends after it starts."));
            slotsOk = false;
            break;
        }
    }
    if (slotsOk) {
        QList<WorkingSlot> sorted = workingSlots;
        std::sort(sorted.begin(), sorted.end(), [](const WorkingSlot& a, const WorkingSlot& b) {
            return std::tie(a.weekday, a.startMinute) < std::tie(b.weekday, b.startMinute);
        });
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            if (sorted[i].weekday == sorted[i - 1].weekday && sorted[i].startMinute < sorted[i - 1].endMinute) {
                add(Field::workingSlots, tr("Two working slots overlap on the same day."));
                break;
            }
        }
    }
    if (notes.size() > kMaxTextLength || scopeIncluded.size() > kMaxTextLength || scopeExcluded.size() > kMaxTextLength)
        add(Field::title, tr("A text of the mission is too long: at most %n characters.", "", kMaxTextLength));
    return errors;
}

QString Mission::statusKey(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Active:
        return QStringLiteral("active");
    case Status::Paused:
        return QStringLiteral("paused");
    case Status::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("active");
}

std::optional<Mission::Status> Mission::statusFromKey(const QString& key)
{
    for (Status status : {Status::Draft, Status::Active, Status::Paused, Status::Ended}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Mission::statusText(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Draft", "mission status");
    case Status::Active:
        return tr("Active", "mission status");
    case Status::Paused:
        return tr("Paused", "mission status");
    case Status::Ended:
        return tr("Ended", "mission status");
    }
    return {};
}

QString Mission::billingKey(Billing billing)
{
    switch (billing) {
    case Billing::Hourly:
        return QStringLiteral("hourly");
    case Billing::Package:
        return QStringLiteral("package");
    case Billing::Fixed:
        return QStringLiteral("fixed");
    }
    return QStringLiteral("hourly");
}

std::optional<Mission::Billing> Mission::billingFromKey(const QString& key)
{
    for (Billing billing : {Billing::Hourly, Billing::Package, Billing::Fixed}) {
        if (billingKey(billing) == key)
            return billing;
    }
    return std::nullopt;
}

QString Mission::billingText(Billing billing)
{
    switch (billing) {
    case Billing::Hourly:
        return tr("By the hour", "billing mode");
    case Billing::Package:
        return tr("Monthly package of hours", "billing mode");
    case Billing::Fixed:
        return tr("Fixed monthly fee", "billing mode");
    }
    return {};
}

QString Mission::overageKey(Overage overage)
{
    return overage == Overage::Carried ? QStringLiteral("carried") : QStringLiteral("billed");
}

std::optional<Mission::Overage> Mission::overageFromKey(const QString& key)
{
    if (key == u"billed")
        return Overage::Billed;
    if (key == u"carried")
        return Overage::Carried;
    return std::nullopt;
}

QString Mission::reportingKey(Reporting reporting)
{
    switch (reporting) {
    case Reporting::None:
        return QStringLiteral("none");
    case Reporting::Weekly:
        return QStringLiteral("weekly");
    case Reporting::Monthly:
        return QStringLiteral("monthly");
    }
    return QStringLiteral("none");
}

std::optional<Mission::Reporting> Mission::reportingFromKey(const QString& key)
{
    for (Reporting reporting : {Reporting::None, Reporting::Weekly, Reporting::Monthly}) {
        if (reportingKey(reporting) == key)
            return reporting;
    }
    return std::nullopt;
}

QString Mission::reportingText(Reporting reporting)
{
    switch (reporting) {
    case Reporting::None:
        return tr("No report", "reporting cadence");
    case Reporting::Weekly:
        return tr("Weekly", "reporting cadence");
    case Reporting::Monthly:
        return tr("Monthly", "reporting cadence");
    }
    return {};
}

QString Mission::fieldLabel(const QString& field)
{
    if (field == Field::title)
        return tr("Title", "mission field");
    if (field == Field::period)
        return tr("Period", "mission field");
    if (field == Field::billing)
        return tr("Billing", "mission field");
    if (field == Field::hourlyRate)
        return tr("Hourly rate", "mission field");
    if (field == Field::packageHours)
        return tr("Hours a month", "mission field");
    if (field == Field::packageFee)
        return tr("Package fee", "mission field");
    if (field == Field::overageRate)
        return tr("Rate beyond the package", "mission field");
    if (field == Field::monthlyFee)
        return tr("Monthly fee", "mission field");
    if (field == Field::timeZone)
        return tr("Time zone", "mission field");
    if (field == Field::workingSlots)
        return tr("Working hours", "mission field");
    return field;
}

QList<WorkingSlot> Mission::slotsShownIn(const QTimeZone& zone, QDate weekOf) const
{
    const QTimeZone slotZone(timeZone.toUtf8());
    QList<WorkingSlot> shown;
    for (const WorkingSlot& slot : workingSlots) {
        const SlotTimes times = slot.occurrence(weekOf, slotZone, zone);
        const QDate startDay = times.start.date();
        const QDate endDay = times.end.date();
        const int startMinute = times.start.time().msecsSinceStartOfDay() / 60000;
        const int endMinute = times.end.time().msecsSinceStartOfDay() / 60000;
        if (startDay == endDay) {
            shown.append(WorkingSlot{startDay.dayOfWeek(), startMinute, endMinute});
        } else {
            // Split at midnight: up to 24:00 on the first day, from 00:00 on the next.
            shown.append(WorkingSlot{startDay.dayOfWeek(), startMinute, 24 * 60});
            if (endMinute > 0)
                shown.append(WorkingSlot{endDay.dayOfWeek(), 0, endMinute});
        }
    }
    std::sort(shown.begin(), shown.end(), [](const WorkingSlot& a, const WorkingSlot& b) {
        return std::tie(a.weekday, a.startMinute, a.endMinute) < std::tie(b.weekday, b.startMinute, b.endMinute);
    });
    return shown;
}

QString Mission::describeSlots(const QList<WorkingSlot>& weekly, const QLocale& locale)
{
    // The ranges of each day, then runs of consecutive days with the same ranges.
    std::map<int, QStringList> byDay;
    QList<WorkingSlot> sorted = weekly;
    std::sort(sorted.begin(), sorted.end(), [](const WorkingSlot& a, const WorkingSlot& b) {
        return std::tie(a.weekday, a.startMinute) < std::tie(b.weekday, b.startMinute);
    });
    for (const WorkingSlot& slot : sorted)
        byDay[slot.weekday] << slot.timeRangeText(locale);

    QStringList groups;
    int day = 1;
    while (day <= 7) {
        const auto found = byDay.find(day);
        if (found == byDay.end()) {
            ++day;
            continue;
        }
        int last = day;
        while (last < 7) {
            const auto next = byDay.find(last + 1);
            if (next == byDay.end() || next->second != found->second)
                break;
            ++last;
        }
        const QString first = locale.dayName(day, QLocale::ShortFormat);
        const QString days =
            last == day ? first : QString(first + QChar(0x2013) + locale.dayName(last, QLocale::ShortFormat));
        groups << QString(days + u' ' + found->second.join(QStringLiteral(", ")));
        day = last + 1;
    }
    return groups.join(QStringLiteral("; "));
}

QStringList Mission::billingTerms(const QString& language, const Money& fallbackRate) const
{
    const DocumentText text(language);
    const QLocale& locale = text.locale();
    const auto rate = [](const Money& own, const Money& other) { return own.isValid() ? own : other; };
    QStringList lines;
    switch (billing) {
    case Billing::Hourly: {
        const Money hourly = rate(hourlyRate, fallbackRate);
        if (hourly.isValid())
            lines << text.text(QT_TRANSLATE_NOOP("Mission", "Billed by the hour at %1 per hour."))
                         .arg(hourly.format(locale));
        else
            lines << text.text(QT_TRANSLATE_NOOP("Mission", "Billed by the hour at the agreed hourly rate."));
        break;
    }
    case Billing::Package: {
        const QString hours = packageMinutes % 60 == 0
                                  ? text.text(QT_TRANSLATE_N_NOOP("Mission", "%n hour(s)"), packageMinutes / 60)
                                  : Duration::fromMinutes(packageMinutes).format(locale);
        lines << text.text(QT_TRANSLATE_NOOP("Mission", "A monthly package of %1 of work for %2 a month."))
                     .arg(hours, packageFee.format(locale));
        if (overage == Overage::Carried) {
            lines << text.text(QT_TRANSLATE_NOOP("Mission", "Hours beyond the package are carried over to the next "
                                                            "month."));
        } else {
            const Money beyond = rate(overageRate, rate(hourlyRate, fallbackRate));
            if (beyond.isValid())
                lines << text.text(QT_TRANSLATE_NOOP("Mission", "Hours beyond the package are billed at %1 per hour."))
                             .arg(beyond.format(locale));
            else
                lines << text.text(QT_TRANSLATE_NOOP("Mission", "Hours beyond the package are billed at the agreed "
                                                                "hourly rate."));
        }
        break;
    }
    case Billing::Fixed:
        lines << text.text(QT_TRANSLATE_NOOP("Mission", "A fixed fee of %1 a month.")).arg(monthlyFee.format(locale));
        break;
    }
    switch (reporting) {
    case Reporting::None:
        break;
    case Reporting::Weekly:
        lines << text.text(QT_TRANSLATE_NOOP("Mission", "An activity report is sent every week."));
        break;
    case Reporting::Monthly:
        lines << text.text(QT_TRANSLATE_NOOP("Mission", "An activity report is sent every month."));
        break;
    }
    return lines;
}

// --- Reception -----------------------------------------------------------------------------------

bool ReceptionInstructions::isEmpty() const
{
    for (const QString* field : {&greeting, &putThrough, &filtering, &hours, &urgentContact, &notes}) {
        if (!field->trimmed().isEmpty())
            return false;
    }
    for (const ReceptionAnswer& answer : answers) {
        if (!answer.question.trimmed().isEmpty() || !answer.answer.trimmed().isEmpty())
            return false;
    }
    return true;
}

// --- Accesses ------------------------------------------------------------------------------------

QList<FieldError> ClientAccess::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };
    const auto oneLine = [&](QLatin1String field, const QString& value, int max) {
        if (value.trimmed().size() > max || hasLineBreak(value.trimmed()))
            add(field, tr("This fits on one line of at most %n characters.", "", max));
    };
    if (service.trimmed().isEmpty())
        add(Field::service, tr("Name the service this access is for."));
    else
        oneLine(Field::service, service, kMaxLineLength);
    oneLine(Field::url, url, kMaxUrlLength);
    oneLine(Field::username, username, kMaxLineLength);
    oneLine(Field::grantedBy, grantedBy, kMaxLineLength);
    if (notes.size() > kMaxTextLength)
        add(Field::notes, tr("The notes are too long: at most %n characters.", "", kMaxTextLength));
    return errors;
}

QString ClientAccess::fieldLabel(const QString& field)
{
    if (field == Field::service)
        return tr("Service", "access field");
    if (field == Field::url)
        return tr("Address", "access field");
    if (field == Field::username)
        return tr("User name", "access field");
    if (field == Field::grantedBy)
        return tr("Granted by", "access field");
    if (field == Field::notes)
        return tr("Notes", "access field");
    return field;
}

// --- Tasks ---------------------------------------------------------------------------------------

QList<FieldError> Task::validate() const
{
    QList<FieldError> errors;
    const QString name = title.trimmed();
    if (name.isEmpty())
        errors.append(FieldError{QString(Field::title), tr("A task needs a title.")});
    else if (name.size() > kMaxLineLength || hasLineBreak(name))
        errors.append(FieldError{QString(Field::title),
                                 tr("The title fits on one line of at most %n characters.", "", kMaxLineLength)});
    if (notes.size() > kMaxTextLength)
        errors.append(FieldError{QString(Field::notes),
                                 tr("The notes are too long: at most %n characters.", "", kMaxTextLength)});
    return errors;
}

QString Task::statusKey(Status status)
{
    switch (status) {
    case Status::Todo:
        return QStringLiteral("todo");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::WaitingOnClient:
        return QStringLiteral("waiting");
    case Status::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("todo");
}

std::optional<Task::Status> Task::statusFromKey(const QString& key)
{
    for (Status status : {Status::Todo, Status::InProgress, Status::WaitingOnClient, Status::Done}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Task::statusText(Status status)
{
    switch (status) {
    case Status::Todo:
        return tr("To do", "task status");
    case Status::InProgress:
        return tr("In progress", "task status");
    case Status::WaitingOnClient:
        return tr("Waiting on client", "task status");
    case Status::Done:
        return tr("Done", "task status");
    }
    return {};
}

QString Task::priorityKey(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QStringLiteral("low");
    case Priority::Normal:
        return QStringLiteral("normal");
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Urgent:
        return QStringLiteral("urgent");
    }
    return QStringLiteral("normal");
}

std::optional<Task::Priority> Task::priorityFromKey(const QString& key)
{
    for (Priority priority : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent}) {
        if (priorityKey(priority) == key)
            return priority;
    }
    return std::nullopt;
}

QString Task::priorityText(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low", "task priority");
    case Priority::Normal:
        return tr("Normal", "task priority");
    case Priority::High:
        return tr("High", "task priority");
    case Priority::Urgent:
        return tr("Urgent", "task priority");
    }
    return {};
}

QString Task::fieldLabel(const QString& field)
{
    if (field == Field::title)
        return tr("Title", "task field");
    if (field == Field::notes)
        return tr("Notes", "task field");
    if (field == Field::mission)
        return tr("Mission", "task field");
    return field;
}

// --- Onboarding ----------------------------------------------------------------------------------

QString OnboardingItem::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::None:
        return QStringLiteral("");
    case Rule::Accesses:
        return QStringLiteral("accesses");
    case Rule::Contract:
        return QStringLiteral("contract");
    case Rule::Mission:
        return QStringLiteral("mission");
    case Rule::Reception:
        return QStringLiteral("reception");
    }
    return QStringLiteral("");
}

std::optional<OnboardingItem::Rule> OnboardingItem::ruleFromKey(const QString& key)
{
    for (Rule rule : {Rule::None, Rule::Accesses, Rule::Contract, Rule::Mission, Rule::Reception}) {
        if (ruleKey(rule) == key)
            return rule;
    }
    return std::nullopt;
}

QString OnboardingItem::ruleText(Rule rule)
{
    switch (rule) {
    case Rule::None:
        return {};
    case Rule::Accesses:
        return tr("Ticked when an access is stored for the client.");
    case Rule::Contract:
        return tr("Ticked when a contract is attached to the client.");
    case Rule::Mission:
        return tr("Ticked when the client has an active mission.");
    case Rule::Reception:
        return tr("Ticked when reception instructions are written.");
    }
    return {};
}

// --- Files ---------------------------------------------------------------------------------------

QString ClientFile::categoryKey(Category category)
{
    switch (category) {
    case Category::Contract:
        return QStringLiteral("contract");
    case Category::Procedure:
        return QStringLiteral("procedure");
    case Category::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ClientFile::Category> ClientFile::categoryFromKey(const QString& key)
{
    for (Category category : {Category::Contract, Category::Procedure, Category::Other}) {
        if (categoryKey(category) == key)
            return category;
    }
    return std::nullopt;
}

QString ClientFile::categoryText(Category category)
{
    switch (category) {
    case Category::Contract:
        return tr("Contract", "file category");
    case Category::Procedure:
        return tr("Procedure", "file category");
    case Category::Other:
        return tr("Other", "file category");
    }
    return {};
}

QString ClientFile::sanitizedExtension(const QString& originalName)
{
    const qsizetype dot = originalName.lastIndexOf(u'.');
    if (dot <= 0 || dot == originalName.size() - 1)
        return {};
    const QString extension = originalName.mid(dot + 1).toLower();
    if (extension.size() > 10)
        return {};
    for (const QChar c : extension) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return {};
    }
    return extension;
}

} // namespace Bureau
