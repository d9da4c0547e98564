<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupManager</name>
    <message numerus="yes">
        <source>Could not delete %n old backup(s).</source>
        <translation>
            <numerusform>Could not delete %n old backup.</numerusform>
            <numerusform>Could not delete %n old backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientAccessesTab</name>
    <message numerus="yes">
        <source>Hidden in %n s</source>
        <translation>
            <numerusform>Hidden in %n s</numerusform>
            <numerusform>Hidden in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientExportActions</name>
    <message numerus="yes">
        <source>%n client(s) imported, %1 merged into existing clients.</source>
        <translation>
            <numerusform>%n client imported, %1 merged into existing clients.</numerusform>
            <numerusform>%n clients imported, %1 merged into existing clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client imported.</numerusform>
            <numerusform>%n clients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n client exported to “%1”.</numerusform>
            <numerusform>%n clients exported to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientForm</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>payment terms</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To %n min</source>
        <comment>rounding step</comment>
        <translation>
            <numerusform>To %n min</numerusform>
            <numerusform>To %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientImportDialog</name>
    <message numerus="yes">
        <source>%n note(s) about this card</source>
        <translation>
            <numerusform>%n note about this card</numerusform>
            <numerusform>%n notes about this card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to import.</source>
        <translation>
            <numerusform>%n client to import.</numerusform>
            <numerusform>%n clients to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) to merge into existing clients.</source>
        <translation>
            <numerusform>%n duplicate to merge into existing clients.</numerusform>
            <numerusform>%n duplicates to merge into existing clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other card(s) skipped.</source>
        <translation>
            <numerusform>%n other card skipped.</numerusform>
            <numerusform>%n other cards skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Import %n client</numerusform>
            <numerusform>Import %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) read from “%1”. Check each row, then import.</source>
        <translation>
            <numerusform>%n card read from “%1”. Check each row, then import.</numerusform>
            <numerusform>%n cards read from “%1”. Check each row, then import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from “%1”. Check each row, then import.</source>
        <translation>
            <numerusform>%n row read from “%1”. Check each row, then import.</numerusform>
            <numerusform>%n rows read from “%1”. Check each row, then import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientOnboardingTab</name>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <comment>onboarding progress</comment>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientOverviewTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>payment terms</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ClientsView</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::CredentialStore</name>
    <message numerus="yes">
        <source>The name of a stored secret is at most %n character(s) long.</source>
        <translation>
            <numerusform>The name of a stored secret is at most %n character long.</numerusform>
            <numerusform>The name of a stored secret is at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A secret is at most %n character(s) long.</source>
        <translation>
            <numerusform>A secret is at most %n character long.</numerusform>
            <numerusform>A secret is at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::DashboardView</name>
    <message numerus="yes">
        <source>active client(s)</source>
        <translation>
            <numerusform>active client</numerusform>
            <numerusform>active clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>prospect(s)</source>
        <translation>
            <numerusform>prospect</numerusform>
            <numerusform>prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paused client(s)</source>
        <translation>
            <numerusform>paused client</numerusform>
            <numerusform>paused clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contact(s)</source>
        <translation>
            <numerusform>contact</numerusform>
            <numerusform>contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more package(s) nearly used up</source>
        <translation>
            <numerusform>and %n more package nearly used up</numerusform>
            <numerusform>and %n more packages nearly used up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::FromTimeDialog</name>
    <message numerus="yes">
        <source>%n line(s), %1 before VAT.</source>
        <translation>
            <numerusform>%n line, %1 before VAT.</numerusform>
            <numerusform>%n lines, %1 before VAT.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::InvoicesView</name>
    <message numerus="yes">
        <source>%n monthly draft(s) for package and fixed-fee missions await your review before they are issued.</source>
        <translation>
            <numerusform>%n monthly draft for a package or fixed-fee mission awaits your review before it is issued.</numerusform>
            <numerusform>%n monthly drafts for package and fixed-fee missions await your review before they are issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain is not available: it did not answer within %n second.</numerusform>
            <numerusform>The system keychain is not available: it did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::MainWindow</name>
    <message numerus="yes">
        <source>%n monthly draft(s) made: review them in Invoices.</source>
        <translation>
            <numerusform>%n monthly draft made: review it in Invoices.</numerusform>
            <numerusform>%n monthly drafts made: review them in Invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ProfileForm</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>payment terms</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ReceivablesView</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::ReportsView</name>
    <message numerus="yes">
        <source>unbilled value (+%n)</source>
        <comment>the number of other currencies, listed in the tooltip</comment>
        <translation>
            <numerusform>unbilled value (+%n)</numerusform>
            <numerusform>unbilled value (+%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::TimeEntryDialog</name>
    <message numerus="yes">
        <source>This time overlaps %n other entry(ies): %1. You can still save it.</source>
        <translation>
            <numerusform>This time overlaps %n other entry: %1. You can still save it.</numerusform>
            <numerusform>This time overlaps %n other entries: %1. You can still save it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bureau::TimeView</name>
    <message numerus="yes">
        <source>Delete %n time entry(ies)? The hours are no longer counted anywhere.</source>
        <translation>
            <numerusform>Delete %n time entry? The hours are no longer counted anywhere.</numerusform>
            <numerusform>Delete %n time entries? The hours are no longer counted anywhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessProfile</name>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>The name is too long: at most %n character.</numerusform>
            <numerusform>The name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trade name is too long: at most %n characters.</source>
        <translation>
            <numerusform>The trade name is too long: at most %n character.</numerusform>
            <numerusform>The trade name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment terms go from 0 to %n days: the law caps them at 60 days for business clients.</source>
        <translation>
            <numerusform>Payment terms go from 0 to %n day: the law caps them at 60 days for business clients.</numerusform>
            <numerusform>Payment terms go from 0 to %n days: the law caps them at 60 days for business clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Integrity: %n problem</numerusform>
            <numerusform>Integrity: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Links between records: %n broken</source>
        <translation>
            <numerusform>Links between records: %n broken</numerusform>
            <numerusform>Links between records: %n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Payment terms: %n day</numerusform>
            <numerusform>Payment terms: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: up to the next %n minute(s), per entry</source>
        <translation>
            <numerusform>Rounding of billable time: up to the next %n minute, per entry</numerusform>
            <numerusform>Rounding of billable time: up to the next %n minutes, per entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: up to the next %n minute(s), per invoice line</source>
        <translation>
            <numerusform>Rounding of billable time: up to the next %n minute, per invoice line</numerusform>
            <numerusform>Rounding of billable time: up to the next %n minutes, per invoice line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: to the nearest %n minute(s), per entry</source>
        <translation>
            <numerusform>Rounding of billable time: to the nearest %n minute, per entry</numerusform>
            <numerusform>Rounding of billable time: to the nearest %n minutes, per entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: to the nearest %n minute(s), per invoice line</source>
        <translation>
            <numerusform>Rounding of billable time: to the nearest %n minute, per invoice line</numerusform>
            <numerusform>Rounding of billable time: to the nearest %n minutes, per invoice line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to “%1”.</source>
        <translation>
            <numerusform>%n client written to “%1”.</numerusform>
            <numerusform>%n clients written to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals: %n month(s) to recompute (bureau-cli check --repair)</source>
        <translation>
            <numerusform>Totals: %n month to recompute (bureau-cli check --repair)</numerusform>
            <numerusform>Totals: %n months to recompute (bureau-cli check --repair)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), %1 (%2 h).</source>
        <translation>
            <numerusform>%n entry, %1 (%2 h).</numerusform>
            <numerusform>%n entries, %1 (%2 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoices and numbering: %n problem(s)</source>
        <translation>
            <numerusform>Invoices and numbering: %n problem</numerusform>
            <numerusform>Invoices and numbering: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) made, to review:</source>
        <translation>
            <numerusform>%n draft made, to review:</numerusform>
            <numerusform>%n drafts made, to review:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>The name is too long: at most %n character.</numerusform>
            <numerusform>The name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment terms go from 0 to %n days.</source>
        <translation>
            <numerusform>Payment terms go from 0 to %n day.</numerusform>
            <numerusform>Payment terms go from 0 to %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment terms for a professional client are at most %n days (the legal limit).</source>
        <translation>
            <numerusform>Payment terms for a professional client are at most %n day (the legal limit).</numerusform>
            <numerusform>Payment terms for a professional client are at most %n days (the legal limit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag is a word or a short phrase of at most %n characters.</source>
        <translation>
            <numerusform>A tag is a word or a short phrase of at most %n character.</numerusform>
            <numerusform>A tag is a word or a short phrase of at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientAccess</name>
    <message numerus="yes">
        <source>This fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>This fits on one line of at most %n character.</numerusform>
            <numerusform>This fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>The notes are too long: at most %n character.</numerusform>
            <numerusform>The notes are too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message numerus="yes">
        <source>Everything Bureau holds about %1 is in %2, with %n attached file(s).</source>
        <translation>
            <numerusform>Everything Bureau holds about %1 is in %2, with %n attached file.</numerusform>
            <numerusform>Everything Bureau holds about %1 is in %2, with %n attached files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientFileStore</name>
    <message numerus="yes">
        <source>The name of the file is too long: at most %n characters.</source>
        <translation>
            <numerusform>The name of the file is too long: at most %n character.</numerusform>
            <numerusform>The name of the file is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is larger than %n MB: it cannot be attached.</source>
        <translation>
            <numerusform>“%1” is larger than %n MB: it cannot be attached.</numerusform>
            <numerusform>“%1” is larger than %n MB: it cannot be attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message numerus="yes">
        <source>The name was shortened to %n characters.</source>
        <translation>
            <numerusform>The name was shortened to %n character.</numerusform>
            <numerusform>The name was shortened to %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message numerus="yes">
        <source>The name is one line of at most %n characters.</source>
        <translation>
            <numerusform>The name is one line of at most %n character.</numerusform>
            <numerusform>The name is one line of at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialIndex</name>
    <message numerus="yes">
        <source>A label is at most %n character(s) long.</source>
        <translation>
            <numerusform>A label is at most %n character long.</numerusform>
            <numerusform>A label is at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message numerus="yes">
        <source>The summary fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>The summary fits on one line of at most %n character.</numerusform>
            <numerusform>The summary fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“With whom” fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>“With whom” fits on one line of at most %n character.</numerusform>
            <numerusform>“With whom” fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>The text is too long: at most %n character.</numerusform>
            <numerusform>The text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message numerus="yes">
        <source>The PDF and %n receipt(s) of its disbursements were saved in %1: send them together.</source>
        <translation>
            <numerusform>The PDF and %n receipt of its disbursements were saved in %1: send them together.</numerusform>
            <numerusform>The PDF and %n receipts of its disbursements were saved in %1: send them together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message numerus="yes">
        <source>The title fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>The title fits on one line of at most %n character.</numerusform>
            <numerusform>The title fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A text of the mission is too long: at most %n characters.</source>
        <translation>
            <numerusform>A text of the mission is too long: at most %n character.</numerusform>
            <numerusform>A text of the mission is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionLetter</name>
    <message numerus="yes">
        <source>%n hour(s) a month for %1</source>
        <translation>
            <numerusform>%n hour a month for %1</numerusform>
            <numerusform>%n hours a month for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the invoice date</source>
        <translation>
            <numerusform>%n day from the invoice date</numerusform>
            <numerusform>%n days from the invoice date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>“%1” has too many decimal places: amounts in %2 have at most %n.</source>
        <translation>
            <numerusform>“%1” has too many decimal places: amounts in %2 have at most %n.</numerusform>
            <numerusform>“%1” has too many decimal places: amounts in %2 have at most %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingRepository</name>
    <message numerus="yes">
        <source>The onboarding checklist was not saved: each label fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>The onboarding checklist was not saved: each label fits on one line of at most %n character.</numerusform>
            <numerusform>The onboarding checklist was not saved: each label fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message numerus="yes">
        <source>The address has at most %n lines, without the postal code and city.</source>
        <translation>
            <numerusform>The address has at most %n line, without the postal code and city.</numerusform>
            <numerusform>The address has at most %n lines, without the postal code and city.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each address line has at most %n characters.</source>
        <translation>
            <numerusform>Each address line has at most %n character.</numerusform>
            <numerusform>Each address line has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionRepository</name>
    <message numerus="yes">
        <source>The reception instructions were not saved: a text is longer than %n characters.</source>
        <translation>
            <numerusform>The reception instructions were not saved: a text is longer than %n character.</numerusform>
            <numerusform>The reception instructions were not saved: a text is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message numerus="yes">
        <source>The title fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>The title fits on one line of at most %n character.</numerusform>
            <numerusform>The title fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>The notes are too long: at most %n character.</numerusform>
            <numerusform>The notes are too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message numerus="yes">
        <source>The description fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>The description fits on one line of at most %n character.</numerusform>
            <numerusform>The description fits on one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>The notes are too long: at most %n character.</numerusform>
            <numerusform>The notes are too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeReportService</name>
    <message numerus="yes">
        <source>A report covers at most %n year(s).</source>
        <translation>
            <numerusform>A report covers at most %n year.</numerusform>
            <numerusform>A report covers at most %n years.</numerusform>
        </translation>
    </message>
</context>
</TS>
