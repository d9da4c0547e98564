// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Bureau
{

/**
 * Countries by name in the interface language, stored as ISO 3166 alpha-2 codes. France comes
 * first, then every country sorted by its name; typing a few letters jumps to it. Names come from
 * Bureau's translations for the countries a French practice works with, and from QLocale's names
 * for the others.
 */
class CountryComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);

    /** The ISO code chosen ("FR"). */
    QString countryCode() const;
    /** Selects @p code; an unknown one is kept under its code. */
    void setCountryCode(const QString& code);

    /** The name of @p code in the interface language ("Canada", "Allemagne"). */
    static QString countryName(const QString& code);

signals:
    void countryChanged(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QString m_code = QStringLiteral("FR");
};

} // namespace Bureau
