// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Bureau
{

/**
 * A searchable list of IANA time zones, each with its current offset: "America/Montreal
 * (UTC−05:00)". Typing any part of a name ("montreal", "york") offers the matching zones. The value
 * is the zone's IANA id; text typed that names no zone is kept as typed (zoneId() returns it, so a
 * form's validation can say what is wrong without losing it).
 */
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneComboBox(QWidget* parent = nullptr);

    /** The IANA id chosen or typed (trimmed; a typed display text is read back to its id). */
    QString zoneId() const;
    /** Selects @p id; one not in the list (a legacy alias) is added for it. */
    void setZoneId(const QString& id);

    /** "UTC−05:00", "UTC+05:30", "UTC" for @p id at @p atMs (UTC ms). */
    static QString offsetText(const QString& id, qint64 atMs);
    /** "America/Montreal (UTC−05:00)". */
    static QString displayText(const QString& id, qint64 atMs);

signals:
    /** The user picked a zone (from the list or the completer), or left the field after typing. */
    void zoneChosen(const QString& id);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void fill();
    int indexOfZone(const QString& id) const;

    QString m_lastEmitted;
};

} // namespace Bureau
