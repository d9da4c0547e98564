// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h" // FieldError
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Bureau
{

/** Something that happened with a client: a call, an e-mail, a meeting, a note, a message. */
struct Interaction final
{
    Q_DECLARE_TR_FUNCTIONS(Interaction)

public:
    enum class Kind
    {
        Call,
        Email,
        Meeting,
        Note,
        Message,
    };

    struct Field
    {
        static constexpr QLatin1String kind{"kind"};
        static constexpr QLatin1String occurredAt{"occurredAt"};
        static constexpr QLatin1String withWhom{"withWhom"};
        static constexpr QLatin1String summary{"summary"};
        static constexpr QLatin1String body{"body"};
    };

    qint64 id = 0;
    qint64 clientId = 0;
    Kind kind = Kind::Note;
    /** When it happened, UTC ms (shown in the user's zone and the client's). */
    qint64 occurredAtMs = 0;
    /** One of the client's contacts, 0 for none. */
    qint64 contactId = 0;
    /** Who, as typed, when not (only) a contact. */
    QString withWhom;
    QString summary;
    QString body;
    /** A date to come back to it; invalid for none. */
    QDate followUpOn;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const Interaction&, const Interaction&) = default;

    QList<FieldError> validate() const;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString kindText(Kind kind);
    static QString fieldLabel(const QString& field);
};

/** One occurrence of a working slot, as two instants (shown in whatever zone they carry). */
struct SlotTimes
{
    QDateTime start;
    QDateTime end;

    friend bool operator==(const SlotTimes&, const SlotTimes&) = default;
};

/** A weekly working slot agreed with a client, in the mission's zone: Monday 9:00–12:00. */
struct WorkingSlot
{
    /** 1 (Monday) … 7 (Sunday), as Qt::DayOfWeek. */
    int weekday = 1;
    /** Minutes from midnight, start < end ≤ 1440. */
    int startMinute = 0;
    int endMinute = 0;

    friend bool operator==(const WorkingSlot&, const WorkingSlot&) = default;

    /**
     * This slot on its weekday of the week (Monday to Sunday) holding @p weekOf, agreed in
     * @p slotZone, as instants in @p shownIn: Monday 9:00–12:00 America/Montreal is 15:00–18:00 in
     * Europe/Paris most of the year, and 14:00–17:00 in the weeks where only one of the two has
     * changed to or from summer time. The reference week decides which offsets apply.
     */
    SlotTimes occurrence(QDate weekOf, const QTimeZone& slotZone, const QTimeZone& shownIn) const;

    /** "09:00–12:00" in @p locale's digits (24-hour clock, as working hours are written). */
    QString timeRangeText(const QLocale& locale) const;
};

/** A contract with a client (issue 4): what is done, from when to when, and how it is billed. */
struct Mission final
{
    Q_DECLARE_TR_FUNCTIONS(Mission)

public:
    enum class Status
    {
        Draft,
        Active,
        Paused,
        Ended,
    };
    enum class Billing
    {
        /** Hours at a rate (the mission's, else the client's, else the profile's). */
        Hourly,
        /** A monthly package of N hours for a fee; overage billed at a rate or carried. */
        Package,
        /** A fixed monthly fee. */
        Fixed,
    };
    enum class Overage
    {
        Billed,
        Carried,
    };
    enum class Reporting
    {
        None,
        Weekly,
        Monthly,
    };

    struct Field
    {
        static constexpr QLatin1String title{"title"};
        static constexpr QLatin1String period{"period"};
        static constexpr QLatin1String billing{"billing"};
        static constexpr QLatin1String hourlyRate{"hourlyRate"};
        static constexpr QLatin1String packageHours{"packageHours"};
        static constexpr QLatin1String packageFee{"packageFee"};
        static constexpr QLatin1String overageRate{"overageRate"};
        static constexpr QLatin1String monthlyFee{"monthlyFee"};
        static constexpr QLatin1String timeZone{"timeZone"};
        static constexpr QLatin1String workingSlots{"workingSlots"};
    };

    qint64 id = 0;
    qint64 clientId = 0;
    QString title;
    /** What the assistant does. */
    QString scopeIncluded;
    /** What the assistant does not do. */
    QString scopeExcluded;
    QDate startsOn;
    /** Invalid: open-ended. */
    QDate endsOn;
    Status status = Status::Active;
    Billing billing = Billing::Hourly;
    /** The currency of every amount below (the client's when created). */
    QString currency = QStringLiteral("EUR");
    /** Hourly: empty Money for "the client's rate". */
    Money hourlyRate;
    /** Package: minutes included a month, and the fee. */
    int packageMinutes = 0;
    Money packageFee;
    Overage overage = Overage::Billed;
    /** Package with billed overage: the rate of hours beyond the package (empty: the hourly rate). */
    Money overageRate;
    /** Fixed: the monthly fee. */
    Money monthlyFee;
    /** The zone the slots are agreed in (the client's when created). */
    QString timeZone = QStringLiteral("Europe/Paris");
    /** Not `slots`: Qt defines that word as a macro (QObject's `public slots:`). */
    QList<WorkingSlot> workingSlots;
    Reporting reporting = Reporting::None;
    /** An attached file (ClientFile::id) holding the signed contract; 0 for none. */
    qint64 contractFileId = 0;
    QString notes;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const Mission&, const Mission&) = default;

    QList<FieldError> validate() const;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusText(Status status);
    static QString billingKey(Billing billing);
    static std::optional<Billing> billingFromKey(const QString& key);
    static QString billingText(Billing billing);
    static QString overageKey(Overage overage);
    static std::optional<Overage> overageFromKey(const QString& key);
    static QString reportingKey(Reporting reporting);
    static std::optional<Reporting> reportingFromKey(const QString& key);
    static QString reportingText(Reporting reporting);
    static QString fieldLabel(const QString& field);

    /**
     * The slots as they fall in @p zone during the week holding @p weekOf (see
     * WorkingSlot::occurrence), as weekday and minutes of that zone, sorted. A slot that crosses
     * midnight there is split in two (Monday 22:00–24:00 and Tuesday 00:00–02:00).
     */
    QList<WorkingSlot> slotsShownIn(const QTimeZone& zone, QDate weekOf) const;

    /**
     * Slots in one line, days with the same hours grouped: "Mon–Fri 09:00–12:00, Sat 10:00–12:00"
     * ("lun.–ven. 09:00–12:00" in French). Empty for no slot.
     */
    static QString describeSlots(const QList<WorkingSlot>& weekly, const QLocale& locale);

    /**
     * The billing terms as sentences in @p language ("fr" or "en"; any other: English), whatever
     * the interface language, for the mission letter: the mode and its amounts, the overage rule,
     * the reporting cadence. Amounts follow @p language's locale ("1 234,50 €"). @p fallbackRate is
     * the rate of an hourly mission without its own (the client's, else the profile's); an invalid
     * Money for none known.
     */
    QStringList billingTerms(const QString& language, const Money& fallbackRate = {}) const;
};

/** One standard answer the assistant gives for the client. */
struct ReceptionAnswer
{
    QString question;
    QString answer;

    friend bool operator==(const ReceptionAnswer&, const ReceptionAnswer&) = default;
};

/** How to answer the client's phone or inbox. */
struct ReceptionInstructions
{
    qint64 clientId = 0;
    QString greeting;
    /** Who to put through, and how. */
    QString putThrough;
    /** What to filter out. */
    QString filtering;
    QString hours;
    QString urgentContact;
    QString notes;
    QList<ReceptionAnswer> answers;
    qint64 updatedAtMs = 0;

    friend bool operator==(const ReceptionInstructions&, const ReceptionInstructions&) = default;

    /** True when no text field holds anything but spaces and there is no standard answer. */
    bool isEmpty() const;
};

/**
 * A login the assistant holds for one of the client's tools. The secret is never here: it is in
 * the keychain (CredentialStore) under `credentialName`; a revoked access has no secret any more
 * and keeps its record with the time access ended.
 */
struct ClientAccess final
{
    Q_DECLARE_TR_FUNCTIONS(ClientAccess)

public:
    struct Field
    {
        static constexpr QLatin1String service{"service"};
        static constexpr QLatin1String url{"url"};
        static constexpr QLatin1String username{"username"};
        static constexpr QLatin1String grantedBy{"grantedBy"};
        static constexpr QLatin1String notes{"notes"};
    };

    qint64 id = 0;
    qint64 clientId = 0;
    /** "Gmail", "Qonto", "HubSpot"… */
    QString service;
    QString url;
    QString username;
    QString notes;
    /** Who granted it, and when (invalid when not known). */
    QString grantedBy;
    QDate grantedOn;
    /** The keychain entry's name ("access/<client id>/<uuid>"); empty when revoked or none stored. */
    QString credentialName;
    /** UTC ms when access ended; 0 while active. */
    qint64 revokedAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const ClientAccess&, const ClientAccess&) = default;

    bool isRevoked() const { return revokedAtMs != 0; }
    bool hasSecret() const { return !credentialName.isEmpty(); }
    QList<FieldError> validate() const;
    static QString fieldLabel(const QString& field);
};

/** A task for a client (the basic form; the task views of a later issue build on it). */
struct Task final
{
    Q_DECLARE_TR_FUNCTIONS(Task)

public:
    enum class Status
    {
        Todo,
        InProgress,
        WaitingOnClient,
        Done,
    };
    enum class Priority
    {
        Low,
        Normal,
        High,
        Urgent,
    };

    struct Field
    {
        static constexpr QLatin1String title{"title"};
        static constexpr QLatin1String notes{"notes"};
        static constexpr QLatin1String mission{"mission"};
    };

    qint64 id = 0;
    qint64 clientId = 0;
    /** 0 for none. */
    qint64 missionId = 0;
    QString title;
    QString notes;
    Status status = Status::Todo;
    Priority priority = Priority::Normal;
    /** Invalid for none. */
    QDate dueOn;
    /** UTC ms when done, 0 otherwise. */
    qint64 completedAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const Task&, const Task&) = default;

    QList<FieldError> validate() const;

    /** "todo", "in_progress", "waiting", "done", as stored. */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusText(Status status);
    static QString priorityKey(Priority priority);
    static std::optional<Priority> priorityFromKey(const QString& key);
    static QString priorityText(Priority priority);
    static QString fieldLabel(const QString& field);

    bool isDone() const { return status == Status::Done; }
};

/** One step of a client's onboarding, from the editable template. */
struct OnboardingItem final
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingItem)

public:
    enum class Rule
    {
        /** Ticked by hand. */
        None,
        /** Done as soon as an access is stored for the client. */
        Accesses,
        /** Done when a contract file is attached. */
        Contract,
        /** Done when the client has an active mission. */
        Mission,
        /** Done when reception instructions are written. */
        Reception,
    };

    qint64 id = 0;
    qint64 clientId = 0; // 0 in the template
    QString label;
    Rule rule = Rule::None;
    int position = 0;
    /** UTC ms when ticked by hand, 0 if not. */
    qint64 doneAtMs = 0;

    friend bool operator==(const OnboardingItem&, const OnboardingItem&) = default;

    static QString ruleKey(Rule rule);
    static std::optional<Rule> ruleFromKey(const QString& key);
    /** What ticks the item on its own ("Ticked when an access is stored"); empty for Rule::None. */
    static QString ruleText(Rule rule);
};

/** A file attached to a client (contract, procedures), copied into the data folder. */
struct ClientFile final
{
    Q_DECLARE_TR_FUNCTIONS(ClientFile)

public:
    enum class Category
    {
        Contract,
        Procedure,
        Other,
    };

    qint64 id = 0;
    qint64 clientId = 0;
    /** The generated name under `<data folder>/documents/`. */
    QString storedName;
    /** The name the user's file had. */
    QString originalName;
    qint64 size = 0;
    /** Lower-case hex. */
    QString sha256;
    Category category = Category::Other;
    qint64 addedAtMs = 0;

    friend bool operator==(const ClientFile&, const ClientFile&) = default;

    static QString categoryKey(Category category);
    static std::optional<Category> categoryFromKey(const QString& key);
    static QString categoryText(Category category);

    /** The extension the stored copy keeps: lower-case ASCII letters and digits, at most 10; else empty. */
    static QString sanitizedExtension(const QString& originalName);
};

/** The field errors as one sentence per field, "Title: A mission needs a title.", for one-line output. */
QString describeFieldErrors(const QList<FieldError>& errors, QString (*fieldLabel)(const QString&));

} // namespace Bureau
