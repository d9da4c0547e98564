<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupManager</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The database in %1 failed its integrity check.</source>
        <translation>La base de données contenue dans %1 n’a pas passé le contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>The manifest of the backup %1 is invalid.</source>
        <translation>Le manifeste de la sauvegarde %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Bureau.</source>
        <translation>La sauvegarde %1 a été faite par une version plus récente de Bureau.</translation>
    </message>
    <message>
        <source>The backup %1 has no manifest.</source>
        <translation>La sauvegarde %1 n’a pas de manifeste.</translation>
    </message>
    <message>
        <source>Could not read the backup %1.</source>
        <translation>Impossible de lire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or is not a Bureau backup.</source>
        <translation>La sauvegarde %1 est endommagée ou n’est pas une sauvegarde Bureau.</translation>
    </message>
    <message>
        <source>The backup %1 holds the file %2, which its manifest does not list.</source>
        <translation>La sauvegarde %1 contient le fichier %2, qui ne figure pas dans son manifeste.</translation>
    </message>
    <message>
        <source>The backup %1 lacks the file %2 that its manifest lists.</source>
        <translation>Il manque à la sauvegarde %1 le fichier %2, pourtant indiqué dans son manifeste.</translation>
    </message>
    <message>
        <source>The file %2 in the backup %1 does not match its manifest.</source>
        <translation>Le fichier %2 de la sauvegarde %1 ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary file to check the backup.</source>
        <translation>Impossible de créer un fichier temporaire pour vérifier la sauvegarde.</translation>
    </message>
    <message>
        <source>The file %2 in the backup %1 is damaged.</source>
        <translation>Le fichier %2 de la sauvegarde %1 est endommagé.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The backup was written, but copying it to %1 failed.</source>
        <translation>La sauvegarde a bien été écrite, mais sa copie vers %1 a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old backup(s).</source>
        <translation>
            <numerusform>Impossible de supprimer %n ancienne sauvegarde.</numerusform>
            <numerusform>Impossible de supprimer %n anciennes sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Bureau: update Bureau to restore it.</source>
        <translation>La sauvegarde %1 a été faite par une version plus récente de Bureau&#xa0;: mettez Bureau à jour pour la restaurer.</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientListModel</name>
    <message>
        <source>Name</source>
        <comment>client list column</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>client list column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <comment>client list column</comment>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <comment>client list column</comment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>client list column</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <comment>client list column</comment>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>client list column</comment>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>client kind</comment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>client kind</comment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Prospect</source>
        <comment>client status</comment>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>client status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>client status</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Former</source>
        <comment>client status</comment>
        <translation>Ancien client</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aucun client pour l’instant</translation>
    </message>
    <message>
        <source>Your clients, their contacts and what you do for them will live here.</source>
        <translation>Vos clients, leurs contacts et vos missions pour chacun d’eux seront réunis ici.</translation>
    </message>
</context>
<context>
    <name>Bureau::CredentialStore</name>
    <message>
        <source>A stored secret needs a name.</source>
        <translation>Un secret enregistré doit porter un nom.</translation>
    </message>
    <message numerus="yes">
        <source>The name of a stored secret is at most %n character(s) long.</source>
        <translation>
            <numerusform>Le nom d’un secret enregistré ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Le nom d’un secret enregistré ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name “%1” holds a character that cannot be shown (a control or format character).</source>
        <translation>Le nom «&#xa0;%1&#xa0;» contient un caractère invisible (caractère de contrôle ou de mise en forme).</translation>
    </message>
    <message>
        <source>The name “%1” starts or ends with a space.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» commence ou se termine par un espace.</translation>
    </message>
    <message>
        <source>The name “%1” starts with a dot; such names are reserved for Bureau.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» commence par un point&#x202f;; ces noms sont réservés à Bureau.</translation>
    </message>
    <message>
        <source>An empty secret cannot be stored; remove the entry instead.</source>
        <translation>Un secret vide ne peut pas être enregistré&#x202f;; supprimez plutôt l’entrée.</translation>
    </message>
    <message numerus="yes">
        <source>A secret is at most %n character(s) long.</source>
        <translation>
            <numerusform>Un secret ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Un secret ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no identity, so its secrets cannot be kept apart from those of another database.</source>
        <translation>Cette base de données n’a pas d’identifiant&#xa0;: ses secrets ne peuvent donc pas être séparés de ceux d’une autre base.</translation>
    </message>
    <message>
        <source>The system keychain gave back something other than what was just stored in it.</source>
        <translation>Le trousseau de clés du système a renvoyé autre chose que ce qui vient d’y être enregistré.</translation>
    </message>
    <message>
        <source>The system keychain is not available: it did not answer in time.</source>
        <translation>Le trousseau de clés du système n’est pas disponible&#xa0;: il n’a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>Bureau::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Nous sommes le %1.</translation>
    </message>
    <message numerus="yes">
        <source>active client(s)</source>
        <translation>
            <numerusform>client actif</numerusform>
            <numerusform>clients actifs</numerusform>
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
            <numerusform>client en pause</numerusform>
            <numerusform>clients en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contact(s)</source>
        <translation>
            <numerusform>contact</numerusform>
            <numerusform>contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Today’s agenda</source>
        <translation>Agenda du jour</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>Rien de prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Tâches à échéance</translation>
    </message>
    <message>
        <source>No task due today.</source>
        <translation>Aucune tâche à échéance aujourd’hui.</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <source>No message waiting to be handled.</source>
        <translation>Aucun message en attente de traitement.</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>No overdue invoice.</source>
        <translation>Aucune facture en retard.</translation>
    </message>
</context>
<context>
    <name>Bureau::FirstRunAssistant</name>
    <message>
        <source>The profile was not saved</source>
        <translation>Le profil n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Your profile is saved. It appears on every quote and invoice you issue.</source>
        <translation>Votre profil est enregistré. Il figurera sur chaque devis et chaque facture que vous émettrez.</translation>
    </message>
    <message>
        <source>Your profile is saved. Before your first invoice, fill in: %1.</source>
        <translation>Votre profil est enregistré. Avant votre première facture, renseignez&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set up Bureau</source>
        <translation>Configurer Bureau</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l’instant</translation>
    </message>
    <message>
        <source>You can fill it in later in Settings, under Profile.</source>
        <translation>Vous pourrez le renseigner plus tard dans Paramètres, rubrique Profil.</translation>
    </message>
    <message>
        <source>Welcome to Bureau</source>
        <translation>Bienvenue dans Bureau</translation>
    </message>
    <message>
        <source>Tell Bureau who you are, once: it takes about two minutes.</source>
        <translation>Présentez-vous à Bureau une fois pour toutes&#xa0;: cela prend environ deux minutes.</translation>
    </message>
    <message>
        <source>Your quotes and invoices carry your name, your SIRET, your address and your bank details, as French law requires. Three short steps ask for them:</source>
        <translation>Vos devis et vos factures portent votre nom, votre SIRET, votre adresse et vos coordonnées bancaires, comme l’exige la loi française. Trois courtes étapes vous les demandent&#xa0;:</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse et coordonnées</translation>
    </message>
    <message>
        <source>Tax, payment and bank</source>
        <translation>Fiscalité, paiement et banque</translation>
    </message>
    <message>
        <source>Your name, the legal mention of an individual enterprise, your trade name and SIRET.</source>
        <translation>Votre nom, la mention légale d’entreprise individuelle, votre nom commercial et votre SIRET.</translation>
    </message>
    <message>
        <source>Your business address, e-mail and phone.</source>
        <translation>Votre adresse professionnelle, votre e-mail et votre téléphone.</translation>
    </message>
    <message>
        <source>Your VAT regime and number, payment terms, rates and bank details.</source>
        <translation>Votre régime et votre numéro de TVA, vos délais de paiement, vos taux et vos coordonnées bancaires.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not now? Choose “Skip for now”: you can fill it in later in Settings, under Profile.</source>
        <translation>Pas maintenant&#x202f;? Choisissez «&#xa0;Passer pour l’instant&#xa0;»&#xa0;: vous pourrez le renseigner plus tard dans Paramètres, rubrique Profil.</translation>
    </message>
    <message>
        <source>Your name as registered, the mention of an individual enterprise, and your SIRET.</source>
        <translation>Votre nom tel qu’il figure dans votre immatriculation, la mention d’entreprise individuelle et votre SIRET.</translation>
    </message>
    <message>
        <source>Your business address is printed on every document.</source>
        <translation>Votre adresse professionnelle figure sur chaque document.</translation>
    </message>
    <message>
        <source>What your invoices say about VAT, the terms they give, and where clients pay you.</source>
        <translation>Ce que vos factures indiquent sur la TVA, les délais de paiement qu’elles accordent et le compte sur lequel vos clients vous paient.</translation>
    </message>
    <message>
        <source>You are all set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Bureau is ready for your first client.</source>
        <translation>Bureau est prêt pour votre premier client.</translation>
    </message>
    <message>
        <source>You can change your profile at any time in Settings, under Profile.</source>
        <translation>Vous pouvez modifier votre profil à tout moment dans Paramètres, rubrique Profil.</translation>
    </message>
</context>
<context>
    <name>Bureau::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau de clés du système n’est pas disponible&#xa0;: il n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau de clés du système n’est pas disponible&#xa0;: il n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available: it has not answered an earlier request.</source>
        <translation>Le trousseau de clés du système n’est pas disponible&#xa0;: il n’a toujours pas répondu à une demande précédente.</translation>
    </message>
    <message>
        <source>The system keychain holds no secret named “%1”.</source>
        <translation>Le trousseau de clés du système ne contient aucun secret nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The system keychain refused access to the secret “%1”; it may be locked.</source>
        <translation>Le trousseau de clés du système a refusé l’accès au secret «&#xa0;%1&#xa0;»&#x202f;; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>The secret “%1” could not be deleted from the system keychain.</source>
        <translation>Impossible de supprimer le secret «&#xa0;%1&#xa0;» du trousseau de clés du système.</translation>
    </message>
    <message>
        <source>The system keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) answered.</source>
        <translation>Le trousseau de clés du système n’est pas disponible&#xa0;: aucun service Secret Service (comme GNOME Keyring ou KWallet) n’a répondu.</translation>
    </message>
</context>
<context>
    <name>Bureau::MainWindow</name>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Your agenda is empty</source>
        <translation>Votre agenda est vide</translation>
    </message>
    <message>
        <source>Your appointments and those you book for clients, each in its own time zone.</source>
        <translation>Vos rendez-vous et ceux que vous fixez pour vos clients, chacun dans son fuseau horaire.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>No hours recorded yet</source>
        <translation>Aucune heure saisie pour l’instant</translation>
    </message>
    <message>
        <source>Start the timer on a client, or enter hours by hand; they become invoice lines.</source>
        <translation>Lancez le chronomètre sur un client ou saisissez vos heures à la main&#x202f;; elles deviendront des lignes de facture.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Aucune facture pour l’instant</translation>
    </message>
    <message>
        <source>Quotes, invoices, credit notes and payments, numbered and kept as French law requires.</source>
        <translation>Devis, factures, avoirs et paiements, numérotés et conservés comme l’exige la loi française.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire pour l’instant</translation>
    </message>
    <message>
        <source>What you owe each client, with its due date.</source>
        <translation>Ce que vous devez faire pour chaque client, avec son échéance.</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>No calls or messages</source>
        <translation>Aucun appel ni message</translation>
    </message>
    <message>
        <source>Calls and messages taken on a client’s behalf, until each one is handled.</source>
        <translation>Les appels et messages pris pour le compte de vos clients, jusqu’à ce que chacun soit traité.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Aucun rapport pour l’instant</translation>
    </message>
    <message>
        <source>Hours, revenue and the figures to declare, month by month.</source>
        <translation>Heures, chiffre d’affaires et montants à déclarer, mois par mois.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Lancer le chronomètre</translation>
    </message>
    <message>
        <source>The timer arrives with time tracking.</source>
        <translation>Le chronomètre arrivera avec le suivi du temps.</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Aucun chronomètre en cours</translation>
    </message>
    <message>
        <source>Search clients, contacts, invoices…</source>
        <translation>Rechercher un client, un contact, une facture…</translation>
    </message>
    <message>
        <source>The system keychain is not available: passwords you enter are kept for this session only and never written to disk.</source>
        <translation>Le trousseau de clés du système n’est pas disponible&#xa0;: les mots de passe que vous saisissez ne sont conservés que pour cette session et ne sont jamais écrits sur le disque.</translation>
    </message>
    <message>
        <source>Database: %1 — in a %2 folder: keep it outside and sync the backups instead</source>
        <translation>Base de données&#xa0;: %1 — dans un dossier %2&#xa0;: placez-la ailleurs et synchronisez plutôt les sauvegardes</translation>
    </message>
</context>
<context>
    <name>Bureau::MemoryCredentialStore</name>
    <message>
        <source>The system keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) answered.</source>
        <translation>Le trousseau de clés du système n’est pas disponible&#xa0;: aucun service Secret Service (comme GNOME Keyring ou KWallet) n’a répondu.</translation>
    </message>
    <message>
        <source>No secret named “%1” is kept for this session.</source>
        <translation>Aucun secret nommé «&#xa0;%1&#xa0;» n’est conservé pour cette session.</translation>
    </message>
</context>
<context>
    <name>Bureau::PagedTableModel</name>
    <message>
        <source>The list could not be counted.</source>
        <translation>Impossible de compter les éléments de la liste.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Impossible de lire la liste.</translation>
    </message>
</context>
<context>
    <name>Bureau::ProfileForm</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Franc suisse</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Livre sterling</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dollar américain</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dollar canadien</translation>
    </message>
    <message>
        <source>Moroccan dirham</source>
        <translation>Dirham marocain</translation>
    </message>
    <message>
        <source>West African CFA franc</source>
        <translation>Franc CFA d’Afrique de l’Ouest</translation>
    </message>
    <message>
        <source>CFP franc</source>
        <translation>Franc CFP</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Printed right after your name on your documents, as French law requires.</source>
        <translation>Imprimée juste après votre nom sur vos documents, comme l’exige la loi française.</translation>
    </message>
    <message>
        <source>On your documents: %1</source>
        <translation>Sur vos documents&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>payment terms</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency name and ISO 4217 code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Tax and payment</source>
        <translation>Fiscalité et paiement</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Legal &amp;mention:</source>
        <translation>&amp;Mention légale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trade name:</source>
        <translation>Nom &amp;commercial&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT regime:</source>
        <translation>&amp;Régime de TVA&#xa0;:</translation>
    </message>
    <message>
        <source>VAT n&amp;umber:</source>
        <translation>N&amp;uméro de TVA intracommunautaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation>Taux &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>Délai de &amp;paiement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Late-payment penalty:</source>
        <translation>Péna&amp;lités de retard&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;BAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG, 2 MB at most.</source>
        <translation>PNG, JPEG ou SVG, 2&#xa0;Mo au maximum.</translation>
    </message>
    <message>
        <source>Number and street
Building, floor (optional)</source>
        <translation>Numéro et rue
Bâtiment, étage (facultatif)</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@example.fr</translation>
    </message>
    <message>
        <source>+33 6 12 34 56 78</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>VAT franchise (art. 293 B of the French Tax Code)</source>
        <translation>Franchise en base de TVA (art. 293&#xa0;B du CGI)</translation>
    </message>
    <message>
        <source>VAT-registered</source>
        <translation>TVA facturée</translation>
    </message>
    <message>
        <source>VAT-registered, option for VAT on debits</source>
        <translation>TVA facturée, avec option pour la TVA d’après les débits</translation>
    </message>
    <message>
        <source>Needed for business clients elsewhere in the EU, even under the VAT franchise.</source>
        <translation>Nécessaire pour les clients professionnels établis ailleurs dans l’UE, même en franchise en base de TVA.</translation>
    </message>
    <message>
        <source>For clients without a rate of their own.</source>
        <translation>Pour les clients qui n’ont pas de taux propre.</translation>
    </message>
    <message>
        <source>On receipt</source>
        <comment>payment terms of 0 days</comment>
        <translation>À réception</translation>
    </message>
    <message>
        <source>At most 60 days for business clients (art. L441-10 of the French Commercial Code).</source>
        <translation>60 jours au maximum pour les clients professionnels (art. L441-10 du Code de commerce).</translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a yearly rate</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>A yearly rate. The legal minimum is three times the French legal interest rate.</source>
        <translation>Taux annuel. Le minimum légal est de trois fois le taux d’intérêt légal.</translation>
    </message>
    <message>
        <source>Decides the date, and so the year, of each invoice you issue.</source>
        <translation>Détermine la date, et donc l’année, de chaque facture que vous émettez.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aperçu indisponible</translation>
    </message>
</context>
<context>
    <name>Bureau::ProfilePage</name>
    <message>
        <source>The profile cannot be read</source>
        <translation>Impossible de lire le profil</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Le profil n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nothing saved: check the fields marked in red.</source>
        <translation>Rien n’a été enregistré&#xa0;: vérifiez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Before your first invoice, fill in: %1.</source>
        <translation>Avant votre première facture, renseignez&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>How you appear on your quotes and invoices, and the defaults your new documents take.</source>
        <translation>Votre présentation sur vos devis et factures, et les valeurs par défaut de vos nouveaux documents.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>Enregistrer le profil (%1)</translation>
    </message>
</context>
<context>
    <name>Bureau::SecretsPage</name>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>The system keychain works: a test entry was written, read back and removed.</source>
        <translation>Le trousseau de clés du système fonctionne&#xa0;: une entrée de test a été écrite, relue puis supprimée.</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only.</source>
        <translation>Les secrets ne sont conservés que pour cette session.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password was not stored</source>
        <translation>Le mot de passe n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Remove a password</source>
        <translation>Supprimer un mot de passe</translation>
    </message>
    <message>
        <source>Remove “%1” from the keychain? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du trousseau&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The password was not removed</source>
        <translation>Le mot de passe n’a pas été supprimé</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in Bureau’s database, settings, logs or exports. Only their names are listed here.</source>
        <translation>Les mots de passe sont conservés dans le trousseau de clés du système, jamais dans la base de données, les paramètres, les journaux ou les exports de Bureau. Seuls leurs noms sont affichés ici.</translation>
    </message>
    <message>
        <source>The system keychain is not available: passwords you enter are kept for this session only and never written to disk.</source>
        <translation>Le trousseau de clés du système n’est pas disponible&#xa0;: les mots de passe que vous saisissez ne sont conservés que pour cette session et ne sont jamais écrits sur le disque.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test the keychain</source>
        <translation>Tester le trousseau</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (pour cette session seulement)</translation>
    </message>
</context>
<context>
    <name>Bureau::SettingsView</name>
    <message>
        <source>manual</source>
        <comment>backup reason</comment>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>backup reason</comment>
        <translation>automatique</translation>
    </message>
    <message>
        <source>before an update</source>
        <comment>backup reason</comment>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The interface changes at once. Documents are written in each client’s language.</source>
        <translation>L’interface change immédiatement. Les documents sont rédigés dans la langue de chaque client.</translation>
    </message>
    <message>
        <source>Bureau backs up your database every day it is used, keeping 7 daily and 4 weekly copies, each checked after it is written. Backups are kept in %1.</source>
        <translation>Bureau sauvegarde votre base de données chaque jour où vous l’utilisez et conserve 7 copies quotidiennes et 4 hebdomadaires, chacune vérifiée après écriture. Les sauvegardes se trouvent dans %1.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
</context>
<context>
    <name>BusinessProfile</name>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name must fit on one line.</source>
        <translation>Le nom doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Leave the “EI” mention out of the name: it is added after the name on documents.</source>
        <translation>N’incluez pas la mention «&#xa0;EI&#xa0;» dans le nom&#xa0;: elle est ajoutée après le nom sur les documents.</translation>
    </message>
    <message numerus="yes">
        <source>The trade name is too long: at most %n characters.</source>
        <translation>
            <numerusform>Le nom commercial est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Le nom commercial est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trade name must fit on one line.</source>
        <translation>Le nom commercial doit tenir sur une seule ligne.</translation>
    </message>
    <message numerus="yes">
        <source>The address has at most %n lines, without the postal code and city.</source>
        <translation>
            <numerusform>L’adresse compte au plus %n ligne, sans le code postal ni la ville.</numerusform>
            <numerusform>L’adresse compte au plus %n lignes, sans le code postal ni la ville.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each address line has at most %n characters.</source>
        <translation>
            <numerusform>Chaque ligne d’adresse compte au plus %n caractère.</numerusform>
            <numerusform>Chaque ligne d’adresse compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A French postal code has 5 digits.</source>
        <translation>Un code postal français compte 5 chiffres.</translation>
    </message>
    <message>
        <source>This postal code is not valid: letters, digits, spaces and hyphens only.</source>
        <translation>Ce code postal n’est pas valide&#xa0;: lettres, chiffres, espaces et traits d’union uniquement.</translation>
    </message>
    <message>
        <source>The city must fit on one line.</source>
        <translation>La ville doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use two capital letters, such as FR or BE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code pays&#xa0;: utilisez deux lettres majuscules, par exemple FR ou BE.</translation>
    </message>
    <message>
        <source>The option for VAT on debits applies only to a business that charges VAT.</source>
        <translation>L’option pour le paiement de la TVA d’après les débits ne concerne que les entreprises qui facturent la TVA.</translation>
    </message>
    <message>
        <source>This VAT number is that of SIREN %1, but the SIREN of the profile is %2.</source>
        <translation>Ce numéro de TVA correspond au SIREN %1, mais le SIREN du profil est %2.</translation>
    </message>
    <message>
        <source>This is not an e-mail address, such as name@example.fr.</source>
        <translation>Ce n’est pas une adresse e-mail valide (par exemple nom@example.fr).</translation>
    </message>
    <message>
        <source>This is not a phone number: digits, spaces and a leading + only.</source>
        <translation>Ce n’est pas un numéro de téléphone&#xa0;: uniquement des chiffres, des espaces et un + au début.</translation>
    </message>
    <message>
        <source>The logo must be a file inside the data folder.</source>
        <translation>Le logo doit être un fichier situé dans le dossier de données.</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms go from 0 to %n days: the law caps them at 60 days for business clients.</source>
        <translation>
            <numerusform>Le délai de paiement va de 0 à %n jour&#xa0;: la loi le plafonne à 60 jours pour les clients professionnels.</numerusform>
            <numerusform>Le délai de paiement va de 0 à %n jours&#xa0;: la loi le plafonne à 60 jours pour les clients professionnels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The late-payment penalty rate goes from 0 % to 100 % a year.</source>
        <translation>Le taux des pénalités de retard va de 0&#xa0;% à 100&#xa0;% par an.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise.</translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation>Le taux horaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters, such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise&#xa0;: utilisez trois lettres majuscules, par exemple EUR.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone, such as Europe/Paris.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>EI mention</source>
        <translation>Mention EI</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT regime</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <source>VAT on debits</source>
        <translation>TVA d’après les débits</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Late-payment penalty rate</source>
        <translation>Taux des pénalités de retard</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG picture.</source>
        <translation>Le logo doit être une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>The logo “%1” is a link: choose the picture itself.</source>
        <translation>Le logo «&#xa0;%1&#xa0;» est un lien&#xa0;: choisissez l’image elle-même.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read.</source>
        <translation>Impossible de lire le logo «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The logo “%1” is not a file.</source>
        <translation>Le logo «&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB: choose a smaller picture.</source>
        <translation>Le logo dépasse 2&#xa0;Mo&#xa0;: choisissez une image plus légère.</translation>
    </message>
    <message>
        <source>“%1” is not a picture of the kind its name says.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image du format qu’indique son extension.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The logo cannot be copied to “%1”.</source>
        <translation>Impossible de copier le logo dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2  %3  schema %4</source>
        <translation>%1  %2  %3  schéma %4</translation>
    </message>
    <message>
        <source>backup create takes no argument.</source>
        <translation>backup create ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>backup list takes no argument.</source>
        <translation>backup list ne prend aucun argument.</translation>
    </message>
    <message>
        <source>No backup yet in %1.</source>
        <translation>Aucune sauvegarde pour l’instant dans %1.</translation>
    </message>
    <message>
        <source>Usage: bureau-cli backup verify FILE</source>
        <translation>Utilisation&#xa0;: bureau-cli backup verify FICHIER</translation>
    </message>
    <message>
        <source>Backup intact: %1</source>
        <translation>Sauvegarde intacte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: bureau-cli backup restore FILE</source>
        <translation>Utilisation&#xa0;: bureau-cli backup restore FICHIER</translation>
    </message>
    <message>
        <source>“%1” is open in Bureau (process %2): close it before restoring a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans Bureau (processus %2)&#xa0;: fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Restored %1 into %2. The previous file, if any, was kept beside it.</source>
        <translation>Sauvegarde %1 restaurée dans %2. L’ancien fichier, s’il y en avait un, a été conservé à côté.</translation>
    </message>
    <message>
        <source>Usage: bureau-cli backup create|list|verify FILE|restore FILE</source>
        <translation>Utilisation&#xa0;: bureau-cli backup create|list|verify FICHIER|restore FICHIER</translation>
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation>check ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Intégrité&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem(s)</source>
        <translation>
            <numerusform>Intégrité&#xa0;: %n problème</numerusform>
            <numerusform>Intégrité&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Links between records: ok</source>
        <translation>Liens entre enregistrements&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>Links between records: %n broken</source>
        <translation>
            <numerusform>Liens entre enregistrements&#xa0;: %n rompu</numerusform>
            <numerusform>Liens entre enregistrements&#xa0;: %n rompus</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema: version %1, update to %2 pending (applied at the next opening)</source>
        <translation>Schéma&#xa0;: version %1, mise à jour vers la version %2 en attente (appliquée à la prochaine ouverture)</translation>
    </message>
    <message>
        <source>Schema: version %1, up to date</source>
        <translation>Schéma&#xa0;: version %1, à jour</translation>
    </message>
    <message>
        <source>The database “%1” is damaged; it has been left untouched. Restore the last good backup (bureau-cli backup list).</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est endommagée&#x202f;; elle n’a pas été modifiée. Restaurez la dernière sauvegarde valide (bureau-cli backup list).</translation>
    </message>
    <message>
        <source>Some records point to records that no longer exist.</source>
        <translation>Certains enregistrements renvoient à des enregistrements qui n’existent plus.</translation>
    </message>
    <message>
        <source>%1 The last good backup is “%2”: restore it with “bureau-cli --database %3 backup restore %2”.</source>
        <translation>%1 La dernière sauvegarde valide est «&#xa0;%2&#xa0;»&#xa0;: restaurez-la avec «&#xa0;bureau-cli --database %3 backup restore %2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 No backup of it was found.</source>
        <translation>%1 Aucune sauvegarde de cette base n’a été trouvée.</translation>
    </message>
    <message>
        <source>small or large.</source>
        <translation>small ou large.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Demo data written: %1 clients, %2 contacts (%3 ms).</source>
        <translation>Données de démonstration écrites&#xa0;: %1 clients, %2 contacts (%3&#xa0;ms).</translation>
    </message>
    <message>
        <source>First and last name, without the mention.</source>
        <translation>Prénom et nom, sans la mention EI.</translation>
    </message>
    <message>
        <source>ei or entrepreneur-individuel.</source>
        <translation>ei ou entrepreneur-individuel.</translation>
    </message>
    <message>
        <source>Trade name (empty: none).</source>
        <translation>Nom commercial (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>A street line; repeat it, or separate lines with \n.</source>
        <translation>Une ligne d’adresse&#x202f;; répétez l’option ou séparez les lignes par \n.</translation>
    </message>
    <message>
        <source>Postal code.</source>
        <translation>Code postal.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ville.</translation>
    </message>
    <message>
        <source>Country code, such as FR.</source>
        <translation>Code pays, par exemple FR.</translation>
    </message>
    <message>
        <source>SIRET (or SIREN).</source>
        <translation>SIRET (ou SIREN).</translation>
    </message>
    <message>
        <source>franchise, vat or vat-debits.</source>
        <translation>franchise, vat ou vat-debits.</translation>
    </message>
    <message>
        <source>Intra-EU VAT number (empty: none).</source>
        <translation>Numéro de TVA intracommunautaire (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>IBAN.</source>
        <translation>IBAN.</translation>
    </message>
    <message>
        <source>BIC.</source>
        <translation>BIC.</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG picture of at most 2 MB (empty: none).</source>
        <translation>Une image PNG, JPEG ou SVG de 2&#xa0;Mo au plus (vide&#xa0;: aucun logo).</translation>
    </message>
    <message>
        <source>Default payment terms in days (0 to 60).</source>
        <translation>Délai de paiement par défaut, en jours (de 0 à 60).</translation>
    </message>
    <message>
        <source>Late-payment penalty rate in percent a year, such as 12.15.</source>
        <translation>Taux annuel des pénalités de retard, en pourcentage, par exemple 12,15.</translation>
    </message>
    <message>
        <source>Default hourly rate, such as 45.00 (empty: none).</source>
        <translation>Taux horaire par défaut, par exemple 45,00 (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>Default currency, such as EUR.</source>
        <translation>Devise par défaut, par exemple EUR.</translation>
    </message>
    <message>
        <source>Time zone, such as Europe/Paris.</source>
        <translation>Fuseau horaire, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Trade name: %1</source>
        <translation>Nom commercial&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>VAT: franchise (art. 293 B of the CGI), no VAT charged</source>
        <translation>TVA&#xa0;: franchise en base (art. 293&#xa0;B du CGI), pas de TVA facturée</translation>
    </message>
    <message>
        <source>VAT: charged, with the option to pay it on debits</source>
        <translation>TVA&#xa0;: facturée, avec option pour le paiement de la TVA d’après les débits</translation>
    </message>
    <message>
        <source>VAT: charged</source>
        <translation>TVA&#xa0;: facturée</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>Numéro de TVA intracommunautaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN&#xa0;: %1</translation>
    </message>
    <message>
        <source>BIC: %1</source>
        <translation>BIC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms: %n day(s)</source>
        <translation>
            <numerusform>Délai de paiement&#xa0;: %n jour</numerusform>
            <numerusform>Délai de paiement&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Late-payment penalty rate: %1 % a year</source>
        <translation>Taux des pénalités de retard&#xa0;: %1&#xa0;% par an</translation>
    </message>
    <message>
        <source>Hourly rate: %1</source>
        <translation>Taux horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Devise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Complete: invoices can be issued.</source>
        <translation>Profil complet&#xa0;: vous pouvez émettre des factures.</translation>
    </message>
    <message>
        <source>Missing before invoices can be issued: %1.</source>
        <translation>À compléter avant de pouvoir émettre des factures&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Print the profile as JSON.</source>
        <translation>Afficher le profil au format JSON.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>No business profile yet: set it with “bureau-cli profile set --name …”.</source>
        <translation>Pas encore de profil professionnel&#xa0;: renseignez-le avec «&#xa0;bureau-cli profile set --name …&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to set: give at least one field, such as --siret.</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins un champ, par exemple --siret.</translation>
    </message>
    <message>
        <source>Use ei or entrepreneur-individuel.</source>
        <translation>Utilisez ei ou entrepreneur-individuel.</translation>
    </message>
    <message>
        <source>Use franchise, vat or vat-debits.</source>
        <translation>Utilisez franchise, vat ou vat-debits.</translation>
    </message>
    <message>
        <source>“%1” is not a number of days.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>“%1” is not a rate: write a percentage with at most 2 decimals, such as 12.15.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux&#xa0;: indiquez un pourcentage avec au plus 2 décimales, par exemple 12,15.</translation>
    </message>
    <message>
        <source>Business profile saved.</source>
        <translation>Profil professionnel enregistré.</translation>
    </message>
    <message>
        <source>profile needs show or set: bureau-cli profile show, bureau-cli profile set --siret …</source>
        <translation>profile attend show ou set&#xa0;: bureau-cli profile show, bureau-cli profile set --siret …</translation>
    </message>
    <message>
        <source>Unknown profile command “%1”: use show or set.</source>
        <translation>Commande profile «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez show ou set.</translation>
    </message>
    <message>
        <source>Warning: the database is in a %1 folder. A sync client can copy or replace it while Bureau writes: keep the database outside and put the backups there instead.</source>
        <translation>Attention&#xa0;: la base de données se trouve dans un dossier %1. Le logiciel de synchronisation peut la copier ou la remplacer pendant que Bureau y écrit&#xa0;: gardez la base de données en dehors de ce dossier et placez-y plutôt les sauvegardes.</translation>
    </message>
    <message>
        <source>“%1” is damaged. It has been left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé. Le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>CredentialIndex</name>
    <message>
        <source>The secrets of another database cannot be listed in this one.</source>
        <translation>Les secrets d’une autre base de données ne peuvent pas être listés dans celle-ci.</translation>
    </message>
    <message>
        <source>No stored secret is named “%1”.</source>
        <translation>Aucun secret enregistré ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a kind of stored secret.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de secret enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>A label is at most %n character(s) long.</source>
        <translation>
            <numerusform>Un libellé ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Un libellé ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A label cannot hold control characters such as line breaks.</source>
        <translation>Un libellé ne peut pas contenir de caractères de contrôle, comme des retours à la ligne.</translation>
    </message>
    <message>
        <source>The name of the secret “%1” cannot be recorded.</source>
        <translation>Impossible d’enregistrer le nom du secret «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The name of the secret “%1” cannot be removed.</source>
        <translation>Impossible de supprimer le nom du secret «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The stored secrets cannot be listed.</source>
        <translation>Impossible de lister les secrets enregistrés.</translation>
    </message>
    <message>
        <source>The names of past session-only secrets cannot be removed.</source>
        <translation>Les noms des mots de passe conservés pour une session passée ne peuvent pas être supprimés.</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The dashboard figures cannot be read.</source>
        <translation>Impossible de lire les chiffres du tableau de bord.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file “%1” cannot be created.</source>
        <translation>Impossible de créer le fichier de base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a Bureau database, or it is damaged. The file has been left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Bureau, ou elle est endommagée. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Le fichier de base de données «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be read.</source>
        <translation>Impossible de lire le fichier de base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” cannot be read.</source>
        <translation>Impossible de lire la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” cannot be configured.</source>
        <translation>Impossible de configurer la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer version of Bureau (schema %2; this version knows up to %3). Update Bureau to open it.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» a été écrite par une version plus récente de Bureau (schéma %2&#x202f;; cette version s’arrête au schéma %3). Mettez Bureau à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database identity cannot be read.</source>
        <translation>Impossible de lire l’identifiant de la base de données.</translation>
    </message>
    <message>
        <source>The database identity cannot be written.</source>
        <translation>Impossible d’écrire l’identifiant de la base de données.</translation>
    </message>
    <message>
        <source>The schema version of the database cannot be read.</source>
        <translation>Impossible de lire la version du schéma de la base de données.</translation>
    </message>
    <message>
        <source>The database was not updated, because the backup taken first failed: %1</source>
        <translation>La base de données n’a pas été mise à jour, car la sauvegarde préalable a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database update %1 (%2) is malformed.</source>
        <translation>La mise à jour %1 (%2) de la base de données est mal formée.</translation>
    </message>
    <message>
        <source>The database update %1 cannot start.</source>
        <translation>La mise à jour %1 de la base de données ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The database update %1 (%2) failed; nothing was changed.</source>
        <translation>La mise à jour %1 (%2) de la base de données a échoué&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database update %1 could not be checked; nothing was changed.</source>
        <translation>La mise à jour %1 de la base de données n’a pas pu être vérifiée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database update %1 would break links between records; nothing was changed.</source>
        <translation>La mise à jour %1 de la base de données romprait des liens entre enregistrements&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database update %1 cannot be recorded; nothing was changed.</source>
        <translation>La mise à jour %1 de la base de données ne peut pas être consignée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database update %1 cannot be saved; nothing was changed.</source>
        <translation>La mise à jour %1 de la base de données ne peut pas être enregistrée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Internal error: a write was started inside another one.</source>
        <translation>Erreur interne&#xa0;: une écriture a été lancée au cours d’une autre.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written.</source>
        <translation>La base de données est occupée ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The changes cannot be saved.</source>
        <translation>Impossible d’enregistrer les modifications.</translation>
    </message>
    <message>
        <source>The integrity check cannot run.</source>
        <translation>Impossible de lancer le contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>The check of links between records cannot run.</source>
        <translation>Impossible de lancer la vérification des liens entre enregistrements.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The database cannot be copied to “%1”.</source>
        <translation>Impossible de copier la base de données vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database refused an operation.</source>
        <translation>La base de données a refusé une opération.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Bureau database. It has been left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est une base SQLite d’un autre programme, pas une base de données Bureau. Le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>“%1” is already open in Bureau (process %2). Bureau shows one window per database.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans Bureau (processus %2). Bureau n’affiche qu’une fenêtre par base de données.</translation>
    </message>
    <message>
        <source>Bureau cannot create its lock file beside “%1”: permission denied.</source>
        <translation>Bureau ne peut pas créer son fichier de verrouillage à côté de «&#xa0;%1&#xa0;»&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Bureau cannot lock “%1”.</source>
        <translation>Bureau ne peut pas verrouiller «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Unknown demo size “%1”: use small or large.</source>
        <translation>Taille de démonstration «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez small ou large.</translation>
    </message>
    <message>
        <source>The database cannot be read.</source>
        <translation>Impossible de lire la base de données.</translation>
    </message>
    <message>
        <source>This database already holds clients: demo data goes into a new database only.</source>
        <translation>Cette base de données contient déjà des clients&#xa0;: les données de démonstration ne peuvent être créées que dans une nouvelle base.</translation>
    </message>
    <message>
        <source>The demo clients cannot be written.</source>
        <translation>Impossible d’écrire les clients de démonstration.</translation>
    </message>
    <message>
        <source>The demo contacts cannot be written.</source>
        <translation>Impossible d’écrire les contacts de démonstration.</translation>
    </message>
    <message>
        <source>Demo generation was cancelled; nothing was written.</source>
        <translation>La création des données de démonstration a été annulée&#x202f;; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>Enter a duration, for example 1h30, 1:30, 90m or 1.5.</source>
        <translation>Saisissez une durée, par exemple 1h30, 1:30, 90 min ou 1,5.</translation>
    </message>
    <message>
        <source>A duration cannot be negative (“%1”).</source>
        <translation>Une durée ne peut pas être négative («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not a duration. Write it like 1h30, 1:30, 90m or 1.5 (hours).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée. Écrivez-la par exemple 1h30, 1:30, 90 min ou 1,5 (heures).</translation>
    </message>
    <message>
        <source>“%1” is too long a duration.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: durée trop longue.</translation>
    </message>
    <message>
        <source>“%1”: the minutes must be between 0 and 59.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les minutes doivent être comprises entre 0 et 59.</translation>
    </message>
    <message>
        <source>“%1” would be more than 24 hours. For minutes, write %1m; for hours, write %1h.</source>
        <translation>«&#xa0;%1&#xa0;» dépasserait 24 heures. Pour des minutes, écrivez %1 min&#x202f;; pour des heures, %1 h.</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>The SIREN must contain digits only.</source>
        <translation>Le SIREN ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The SIREN must have 9 digits.</source>
        <translation>Le SIREN doit compter 9 chiffres.</translation>
    </message>
    <message>
        <source>This SIREN fails its check digit: check for a typo.</source>
        <translation>La clé de contrôle de ce SIREN est incorrecte&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>The SIRET must contain digits only.</source>
        <translation>Le SIRET ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The SIRET must have 14 digits.</source>
        <translation>Le SIRET doit compter 14 chiffres.</translation>
    </message>
    <message>
        <source>This SIRET fails its check digit: check for a typo.</source>
        <translation>La clé de contrôle de ce SIRET est incorrecte&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>A SIREN or SIRET must contain digits only.</source>
        <translation>Un SIREN ou un SIRET ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>Enter a SIRET (14 digits) or a SIREN (9 digits).</source>
        <translation>Saisissez un SIRET (14 chiffres) ou un SIREN (9 chiffres).</translation>
    </message>
    <message>
        <source>The VAT number is empty.</source>
        <translation>Le numéro de TVA est vide.</translation>
    </message>
    <message>
        <source>An intra-EU VAT number starts with the code of an EU country, such as FR or DE.</source>
        <translation>Un numéro de TVA intracommunautaire commence par le code d’un pays de l’UE, par exemple FR ou DE.</translation>
    </message>
    <message>
        <source>Greek VAT numbers start with EL, not GR.</source>
        <translation>Les numéros de TVA grecs commencent par EL, et non par GR.</translation>
    </message>
    <message>
        <source>“%1” is not the prefix of an EU member state: an intra-EU VAT number starts with the code of one, such as FR or DE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le préfixe d’un État membre de l’UE&#xa0;: un numéro de TVA intracommunautaire commence par le code de l’un d’eux, par exemple FR ou DE.</translation>
    </message>
    <message>
        <source>This VAT number does not have the %1 format, such as “%2”.</source>
        <translation>Ce numéro de TVA n’a pas le format attendu pour %1, par exemple «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This VAT number fails its check key: for SIREN %1 the key is %2. Check for a typo.</source>
        <translation>La clé de ce numéro de TVA est incorrecte&#xa0;: pour le SIREN %1, la clé est %2. Vérifiez la saisie.</translation>
    </message>
    <message>
        <source>The IBAN is empty.</source>
        <translation>L’IBAN est vide.</translation>
    </message>
    <message>
        <source>An IBAN contains only letters and digits.</source>
        <translation>Un IBAN ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code and two check digits, such as FR76.</source>
        <translation>Un IBAN commence par un code pays suivi de deux chiffres de contrôle, par exemple FR76.</translation>
    </message>
    <message>
        <source>“%1” is not a country that issues IBANs.</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond à aucun pays utilisant l’IBAN.</translation>
    </message>
    <message>
        <source>An IBAN from %1 has %2 characters; this one has %3.</source>
        <translation>Un IBAN %1 compte %2 caractères&#x202f;; celui-ci en compte %3.</translation>
    </message>
    <message>
        <source>This IBAN fails its check digits: check for a typo.</source>
        <translation>Les chiffres de contrôle de cet IBAN sont incorrects&#xa0;: vérifiez la saisie.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters.</source>
        <translation>Un BIC compte 8 ou 11 caractères.</translation>
    </message>
    <message>
        <source>This is not a BIC: 4 letters for the bank, 2 for the country, then 2 letters or digits (and optionally 3 more for the branch), such as BNPAFRPP.</source>
        <translation>Ce n’est pas un BIC&#xa0;: 4 lettres pour la banque, 2 pour le pays, puis 2 lettres ou chiffres (et éventuellement 3 de plus pour l’agence), par exemple BNPAFRPP.</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>“%1” is not a migration file name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier de migration.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise.</translation>
    </message>
    <message>
        <source>“%1” is in %2, but this amount must be in %3.</source>
        <translation>«&#xa0;%1&#xa0;» est en %2, mais ce montant doit être en %3.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has too many decimal places: amounts in %2 have at most %n.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a trop de décimales&#xa0;: les montants en %2 en ont %n au maximum.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a trop de décimales&#xa0;: les montants en %2 en ont %n au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: montant trop élevé.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>Impossible de combiner des montants en %1 et en %2.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>An amount cannot be divided by zero.</source>
        <translation>Un montant ne peut pas être divisé par zéro.</translation>
    </message>
    <message>
        <source>An amount cannot be split with a negative share.</source>
        <translation>Un montant ne peut pas être réparti avec une part négative.</translation>
    </message>
    <message>
        <source>An amount cannot be split into no shares.</source>
        <translation>Un montant ne peut pas être réparti en zéro part.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The business profile cannot be read.</source>
        <translation>Impossible de lire le profil professionnel.</translation>
    </message>
    <message>
        <source>The business profile in the database is damaged.</source>
        <translation>Le profil professionnel enregistré dans la base de données est endommagé.</translation>
    </message>
    <message>
        <source>The business profile was not saved. %1</source>
        <translation>Le profil professionnel n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The business profile cannot be saved.</source>
        <translation>Impossible d’enregistrer le profil professionnel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SqlSplitter</name>
    <message>
        <source>The SQL text ends with an incomplete statement.</source>
        <translation>Le texte SQL se termine par une instruction incomplète.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This file is too large to be a contact file (the limit is %1 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un fichier de contacts (%1&#xa0;Mo au maximum).</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KB once unfolded.</source>
        <translation>La ligne %1 dépasse %2&#xa0;Ko une fois dépliée.</translation>
    </message>
    <message>
        <source>This file contains no vCard: no BEGIN:VCARD line was found.</source>
        <translation>Ce fichier ne contient aucune vCard&#xa0;: aucune ligne BEGIN:VCARD n’a été trouvée.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property: %2</source>
        <translation>La ligne %1 n’est pas une propriété vCard&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 begins a vCard inside the one begun on line %2, which has no END:VCARD.</source>
        <translation>La ligne %1 ouvre une vCard à l’intérieur de celle ouverte à la ligne %2, qui n’a pas de ligne END:VCARD.</translation>
    </message>
    <message>
        <source>This file holds more than %1 contacts.</source>
        <translation>Ce fichier contient plus de %1 contacts.</translation>
    </message>
    <message>
        <source>Line %1 ends a vCard that was never begun.</source>
        <translation>La ligne %1 ferme une vCard qui n’a jamais été ouverte.</translation>
    </message>
    <message>
        <source>Line %1 begins something other than a vCard: %2</source>
        <translation>La ligne %1 ouvre autre chose qu’une vCard&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1 is outside any vCard: %2</source>
        <translation>La ligne %1 se trouve en dehors de toute vCard&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vCard that begins on line %1 has no END:VCARD line.</source>
        <translation>La vCard ouverte à la ligne %1 n’a pas de ligne END:VCARD.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The archive holds a file with an unsafe name.</source>
        <translation>L’archive contient un fichier dont le nom n’est pas sûr.</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Impossible d’ouvrir l’archive %1.</translation>
    </message>
    <message>
        <source>The archive is damaged or truncated.</source>
        <translation>L’archive est endommagée ou tronquée.</translation>
    </message>
    <message>
        <source>Could not read the archive %1.</source>
        <translation>Impossible de lire l’archive %1.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive.</source>
        <translation>Le fichier n’est pas une archive ZIP.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive, or it is truncated.</source>
        <translation>Le fichier n’est pas une archive ZIP, ou il est tronqué.</translation>
    </message>
    <message>
        <source>The archive uses Zip64 extensions, which are not supported.</source>
        <translation>L’archive utilise les extensions Zip64, qui ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>Archives split over several files are not supported.</source>
        <translation>Les archives réparties sur plusieurs fichiers ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The archive holds too many files (%1; at most %2).</source>
        <translation>L’archive contient trop de fichiers (%1&#x202f;; %2 au maximum).</translation>
    </message>
    <message>
        <source>The archive holds encrypted files, which are not supported.</source>
        <translation>L’archive contient des fichiers chiffrés, qui ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The archive uses a compression method that is not supported.</source>
        <translation>L’archive utilise une méthode de compression non prise en charge.</translation>
    </message>
    <message>
        <source>The archive holds a file whose name is not valid UTF-8.</source>
        <translation>L’archive contient un fichier dont le nom n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>The archive holds two files named %1.</source>
        <translation>L’archive contient deux fichiers nommés %1.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>L’archive n’est pas ouverte.</translation>
    </message>
    <message>
        <source>The archive holds no file named %1.</source>
        <translation>L’archive ne contient aucun fichier nommé %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 in the archive is damaged.</source>
        <translation>Le fichier %1 de l’archive est endommagé.</translation>
    </message>
    <message>
        <source>Could not decompress %1.</source>
        <translation>Impossible de décompresser %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The file %1 in the archive is larger than expected.</source>
        <translation>Le fichier %1 de l’archive est plus volumineux que prévu.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive is already open.</source>
        <translation>L’archive est déjà ouverte.</translation>
    </message>
    <message>
        <source>Could not create the archive %1.</source>
        <translation>Impossible de créer l’archive %1.</translation>
    </message>
    <message>
        <source>Could not set the permissions of the archive %1.</source>
        <translation>Impossible de définir les droits d’accès de l’archive %1.</translation>
    </message>
    <message>
        <source>Could not write the archive.</source>
        <translation>Impossible d’écrire l’archive.</translation>
    </message>
    <message>
        <source>The archive is not open for writing.</source>
        <translation>L’archive n’est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Could not write the archive %1.</source>
        <translation>Impossible d’écrire l’archive %1.</translation>
    </message>
    <message>
        <source>The archive %1 would exceed 4 GiB, which is not supported.</source>
        <translation>L’archive %1 dépasserait 4&#xa0;Gio, ce qui n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>Could not read %1 to archive it.</source>
        <translation>Impossible de lire %1 pour l’archiver.</translation>
    </message>
    <message>
        <source>The name %1 cannot be stored in an archive.</source>
        <translation>Le nom %1 ne peut pas être enregistré dans une archive.</translation>
    </message>
    <message>
        <source>The archive already holds a file named %1.</source>
        <translation>L’archive contient déjà un fichier nommé %1.</translation>
    </message>
    <message>
        <source>An archive cannot hold more than %1 files.</source>
        <translation>Une archive ne peut pas contenir plus de %1 fichiers.</translation>
    </message>
    <message>
        <source>Could not compress %1.</source>
        <translation>Impossible de compresser %1.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 4 GiB, which is not supported.</source>
        <translation>Le fichier %1 dépasse 4&#xa0;Gio, ce qui n’est pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>bureau-cli</name>
    <message>
        <source>Check the database: integrity, links, schema version</source>
        <translation>Vérifier la base de données&#xa0;: intégrité, liens, version du schéma</translation>
    </message>
    <message>
        <source>Create, list, verify or restore backups</source>
        <translation>Créer, lister, vérifier ou restaurer des sauvegardes</translation>
    </message>
    <message>
        <source>Fill a new database with demo data (--size small|large)</source>
        <translation>Remplir une nouvelle base de données avec des données de démonstration (--size small|large)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong usage, 3 damaged database or backup, 4 database in use.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec, 2 mauvaise utilisation, 3 base de données ou sauvegarde endommagée, 4 base de données en cours d’utilisation.</translation>
    </message>
    <message>
        <source>Bureau from the command line: bureau-cli [--database PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Bureau en ligne de commande&#xa0;: bureau-cli [--database CHEMIN] [--json] COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Log what happens on standard error.</source>
        <translation>Journaliser l’activité sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>No command given; see bureau-cli --help.</source>
        <translation>Aucune commande indiquée&#x202f;; voir bureau-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; see bureau-cli --help.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue&#x202f;; voir bureau-cli --help.</translation>
    </message>
    <message>
        <source>Show or set your business profile</source>
        <translation>Afficher ou modifier votre profil professionnel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>%1

The last good backup is from %2. Restore it? The damaged file is kept beside it, renamed.</source>
        <translation>%1

La dernière sauvegarde valide date du %2. Voulez-vous la restaurer&#x202f;? Le fichier endommagé sera conservé à côté, sous un autre nom.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Bureau cannot open its database</source>
        <translation>Bureau ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Bureau: the practice of a virtual assistant.</source>
        <translation>Bureau&#xa0;: la gestion d’une activité d’assistance virtuelle.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de base de données.</translation>
    </message>
    <message>
        <source>Open a fresh demo database.</source>
        <translation>Ouvrir une nouvelle base de démonstration.</translation>
    </message>
    <message>
        <source>Bureau is already open</source>
        <translation>Bureau est déjà ouvert</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>The interface language: fr or en.</source>
        <translation>La langue de l’interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Render one view to a PNG file and exit.</source>
        <translation>Enregistrer une vue dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <translation>La vue à afficher&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown view “%1”: use one of %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue&#x202f;; vues possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The screenshot cannot be written to “%1”.</source>
        <translation>Impossible d’enregistrer la capture d’écran dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
