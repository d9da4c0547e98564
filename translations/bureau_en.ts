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
    <name>Money</name>
    <message numerus="yes">
        <source>“%1” has too many decimal places: amounts in %2 have at most %n.</source>
        <translation>
            <numerusform>“%1” has too many decimal places: amounts in %2 have at most %n.</numerusform>
            <numerusform>“%1” has too many decimal places: amounts in %2 have at most %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
