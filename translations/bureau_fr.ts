<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupManager</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in %1 failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of the backup %1 is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Bureau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged or is not a Bureau backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 holds the file %2, which its manifest does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 lacks the file %2 that its manifest lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %2 in the backup %1 does not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary file to check the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %2 in the backup %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written, but copying it to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old backup(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bureau::ClientListModel</name>
    <message>
        <source>Name</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>client list column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>client kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <comment>client kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>client status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>client status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>client status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <comment>client status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bureau::MainWindow</name>
    <message>
        <source>Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clients, agenda, hours and invoices in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bureau::PagedTableModel</name>
    <message>
        <source>The list could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2  %3  schema %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup create takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup list takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bureau-cli backup verify FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bureau-cli backup restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in Bureau (process %2): close it before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2. The previous file, if any, was kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bureau-cli backup create|list|verify FILE|restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Links between records: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Links between records: %n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Schema: version %1, update to %2 pending (applied at the next opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: version %1, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is damaged; it has been left untouched. Restore the last good backup (bureau-cli backup list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records point to records that no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The last good backup is “%2”: restore it with “bureau-cli --database %3 backup restore %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written: %1 clients, %2 contacts (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Bureau database, or it is damaged. The file has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Bureau (schema %2; this version knows up to %3). Update Bureau to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database identity cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database identity cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not updated, because the backup taken first failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 (%2) is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 (%2) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 could not be checked; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 would break links between records; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 cannot be recorded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database update %1 cannot be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a write was started inside another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of links between records cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be copied to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>“%1” is already open in Bureau (process %2). Bureau shows one window per database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau cannot create its lock file beside “%1”: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau cannot lock “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Unknown demo size “%1”: use small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds clients: demo data goes into a new database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo clients cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo contacts cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>Enter a duration, for example 1h30, 1:30, 90m or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration cannot be negative (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a duration. Write it like 1h30, 1:30, 90m or 1.5 (hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the minutes must be between 0 and 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” would be more than 24 hours. For minutes, write %1m; for hours, write %1h.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>“%1” is not a migration file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in %2, but this amount must be in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has too many decimal places: amounts in %2 have at most %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be divided by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be split with a negative share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be split into no shares.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSplitter</name>
    <message>
        <source>The SQL text ends with an incomplete statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The archive holds a file with an unsafe name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive uses Zip64 extensions, which are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives split over several files are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds too many files (%1; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds encrypted files, which are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive uses a compression method that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds a file whose name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds two files named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds no file named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 in the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decompress %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 in the archive is larger than expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the permissions of the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 would exceed 4 GiB, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 to archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 cannot be stored in an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive already holds a file named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive cannot hold more than %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compress %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 4 GiB, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bureau-cli</name>
    <message>
        <source>Check the database: integrity, links, schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, list, verify or restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with demo data (--size small|large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong usage, 3 damaged database or backup, 4 database in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau from the command line: bureau-cli [--database PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happens on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see bureau-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”; see bureau-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The last good backup is from %2. Restore it? The damaged file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau: the practice of a virtual assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bureau is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
