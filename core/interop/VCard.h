// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Bureau
{

/**
 * One contact as read from or written to a vCard (RFC 2426 / RFC 6350, and the older 2.1 format).
 * Plain data: the reader fills it, the importer maps it onto clients and contacts, the writer
 * serialises it. Photos are recognised and skipped (only `hadPhoto` remembers one was there).
 */
struct VCard
{
    /** N: the structured name. */
    struct Name
    {
        QString family;
        QString given;
        QString additional;
        QString prefixes;
        QString suffixes;

        bool isEmpty() const
        {
            return family.isEmpty() && given.isEmpty() && additional.isEmpty() && prefixes.isEmpty()
                   && suffixes.isEmpty();
        }
        bool operator==(const Name&) const = default;
    };

    /** An e-mail address, a phone number or a URL with its TYPE values, lower-cased ("work", "pref"). */
    struct Typed
    {
        QString value;
        QStringList types;

        bool operator==(const Typed&) const = default;
    };

    /** ADR: the seven components of RFC 6350 §6.3.1, with its TYPE values, lower-cased. */
    struct Address
    {
        QString poBox;
        QString extended;
        QString street;
        QString locality;
        QString region;
        QString postalCode;
        QString country;
        QStringList types;

        bool operator==(const Address&) const = default;
    };

    QString version;               // "2.1", "3.0", "4.0", or empty when the card did not say
    QString formattedName;         // FN
    Name name;                     // N
    QString organization;          // ORG, first component
    QStringList organizationUnits; // ORG, further components
    QString title;
    QString role;
    QList<Typed> emails;
    QList<Typed> phones;
    QList<Address> addresses;
    QStringList urls;
    QString note;
    QString birthdayText; // BDAY as written (may lack a year: "--0310")
    QDate birthday;       // BDAY when it names a full date, else invalid
    QStringList categories;
    QString uid;
    bool hadPhoto = false;
    /** The card describes an organisation, not a person (4.0 `KIND:org`, Apple `X-ABShowAs:COMPANY`). */
    bool organizationCard = false;
    /** The line of its BEGIN:VCARD in the file read (1-based); 0 for a card not read from a file. */
    qsizetype line = 0;
    /** Properties kept but not mapped: ("item1.X-ABLABEL", decoded value). */
    QList<QPair<QString, QString>> unknown;

    /** FN, else a name built from N, else the organisation: what a list should show. */
    QString displayName() const
    {
        if (!formattedName.trimmed().isEmpty())
            return formattedName.trimmed();
        const QStringList parts{name.prefixes, name.given, name.additional, name.family, name.suffixes};
        QStringList present;
        for (const QString& part : parts) {
            if (!part.trimmed().isEmpty())
                present.append(part.trimmed());
        }
        if (!present.isEmpty())
            return present.join(QLatin1Char(' '));
        return organization.trimmed();
    }

    bool operator==(const VCard&) const = default;
};

} // namespace Bureau
