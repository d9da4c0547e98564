// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Bureau
{

/**
 * The language a document is written in: the client's, whatever the interface speaks (DESIGN.md,
 * Invoices under French law). It translates document text through its own, private translator over
 * the embedded catalogue (`:/i18n/bureau_<code>.qm`), never through the translators installed on
 * the application, and formats dates, times, numbers and money with the language's locale.
 *
 * Document strings are marked where they are written, so that lupdate extracts them:
 *
 *     language.translate("Document", "Page %1/%2")
 *
 * (lupdate reads any call named translate(context, source[, disambiguation[, n]])). English is the
 * source language: a string with no translation prints its source. Cheap to copy; the catalogues
 * are loaded once per process and shared.
 */
class DocumentLanguage final
{
public:
    /** English. */
    DocumentLanguage();
    /** "fr" or "en"; any other code gives English (check isSupported() first where it matters). */
    explicit DocumentLanguage(const QString& code);

    /** The languages documents can be written in: those of the interface. */
    static bool isSupported(const QString& code);

    /** "fr" or "en". */
    const QString& code() const { return m_code; }
    /** fr_FR or en_GB: the locale of every number, date and amount of the document. */
    const QLocale& locale() const { return m_locale; }

    /**
     * @p sourceText in this language, from the catalogue's @p context; with @p n >= 0 the plural
     * form for n, with %n (or %Ln) replaced by n in this language's digits.
     */
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const;

    /** "27 novembre 2026", "27 November 2026"; empty for an invalid date. */
    QString date(const QDate& date) const;
    /** A time of day from minutes after midnight, "09:00" (1440 prints as midnight, "00:00"). */
    QString timeOfDay(int minutes) const;
    /** Money::format in this language's locale: "1 234,50 €", "€1,234.50". */
    QString money(const Money& amount) const;
    /** Basis points as a percentage: 1215 → "12,15 %" (no-break space) or "12.15%". */
    QString percent(int basisPoints) const;
    /** A weekday's name (1 Monday … 7 Sunday), as the language writes it in a sentence: "lundi", "Monday". */
    QString weekday(int day) const;
    /** @p text with its first letter in capitals, as a line starts: "Du lundi…". */
    static QString capitalized(const QString& text);

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace Bureau
