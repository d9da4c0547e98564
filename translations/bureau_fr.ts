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
    <name>BillableTime</name>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The hourly rate cannot be read.</source>
        <translation>Impossible de lire le taux horaire.</translation>
    </message>
    <message>
        <source>The client has no mission with the number %1.</source>
        <translation>Le client n’a aucune mission portant le numéro %1.</translation>
    </message>
    <message>
        <source>Choose a first day on or before the last day.</source>
        <translation>Choisissez un premier jour antérieur ou identique au dernier jour.</translation>
    </message>
    <message>
        <source>The unbilled time cannot be read.</source>
        <translation>Impossible de lire le temps non facturé.</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Autres travaux</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>day — mission</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>BillingDocument</name>
    <message>
        <source>Choose the client of this document.</source>
        <translation>Choisissez le client de ce document.</translation>
    </message>
    <message>
        <source>The document&apos;s language must be French or English.</source>
        <translation>La langue du document doit être le français ou l’anglais.</translation>
    </message>
    <message>
        <source>Enter the currency as a three-letter code, such as EUR or USD.</source>
        <translation>Saisissez la devise sous la forme d’un code à trois lettres, par exemple EUR ou USD.</translation>
    </message>
    <message>
        <source>The end of the service period is before its start.</source>
        <translation>La fin de la période de prestation précède son début.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Le délai de paiement doit être compris entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>The discount must be between 0% and 100%.</source>
        <translation>La remise doit être comprise entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The discount cannot be a negative amount.</source>
        <translation>La remise ne peut pas être un montant négatif.</translation>
    </message>
    <message>
        <source>Give the discount either as a percentage or as an amount, not both.</source>
        <translation>Indiquez la remise soit en pourcentage, soit en montant, mais pas les deux.</translation>
    </message>
    <message>
        <source>The exchange rate cannot be negative.</source>
        <translation>Le taux de change ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Line %1 has no description.</source>
        <translation>La ligne %1 n’a pas de description.</translation>
    </message>
    <message>
        <source>Line %1 must have a quantity above zero.</source>
        <translation>La ligne %1 doit avoir une quantité supérieure à zéro.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price: to correct an invoice, issue a credit note.</source>
        <translation>La ligne %1 a un prix négatif&#xa0;: pour corriger une facture, émettez un avoir.</translation>
    </message>
    <message>
        <source>Line %1 has a VAT rate that is not a French rate (20%, 10%, 5.5% or 2.1%).</source>
        <translation>La ligne %1 a un taux de TVA qui n’est pas un taux français (20&#xa0;%, 10&#xa0;%, 5,5&#xa0;% ou 2,1&#xa0;%).</translation>
    </message>
    <message>
        <source>The discount of line %1 must be between 0% and 100%.</source>
        <translation>La remise de la ligne %1 doit être comprise entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Line %1 is a disbursement, rebilled at cost: it carries no VAT.</source>
        <translation>La ligne %1 est un débours, refacturé à prix coûtant&#xa0;: elle ne porte pas de TVA.</translation>
    </message>
    <message>
        <source>Line %1 is a disbursement, rebilled at cost: it takes no discount.</source>
        <translation>La ligne %1 est un débours, refacturé à prix coûtant&#xa0;: elle ne peut pas recevoir de remise.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d’acompte</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Line %1 is a service: only a disbursement has a receipt.</source>
        <translation>La ligne %1 est une prestation&#xa0;: seul un débours a un justificatif.</translation>
    </message>
</context>
<context>
    <name>Bureau::AccessDialog</name>
    <message>
        <source>The access cannot be saved</source>
        <translation>Impossible d’enregistrer l’accès</translation>
    </message>
    <message>
        <source>New access for %1</source>
        <translation>Nouvel accès pour %1</translation>
    </message>
    <message>
        <source>Edit access</source>
        <translation>Modifier l’accès</translation>
    </message>
    <message>
        <source>Add access</source>
        <translation>Ajouter l’accès</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Granted by:</source>
        <translation>A&amp;ccordé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Gmail, Qonto, HubSpot</source>
        <translation>p. ex. Gmail, Qonto, HubSpot</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>The login name or e-mail</source>
        <translation>L’identifiant ou l’adresse e-mail de connexion</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Laissez vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Show the password while typing</source>
        <translation>Afficher le mot de passe pendant la saisie</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Bureau’s database.</source>
        <translation>Conservé dans le trousseau du système, jamais dans la base de données de Bureau.</translation>
    </message>
    <message>
        <source>The system keychain is not available: kept for this session only, never written to disk.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: conservé pour cette session uniquement, jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>Who gave you this access</source>
        <translation>La personne qui vous a donné cet accès</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Accordé le</translation>
    </message>
</context>
<context>
    <name>Bureau::ChannelListEditor</name>
    <message>
        <source>Work</source>
        <comment>e-mail label</comment>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Accounts</source>
        <comment>e-mail label</comment>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Personal</source>
        <comment>e-mail label</comment>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Office</source>
        <comment>phone label</comment>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>phone label</comment>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <comment>phone label</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>phone label</comment>
        <translation>Domicile</translation>
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
        <source>Label</source>
        <comment>of an e-mail or phone</comment>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Supprimer cette adresse e-mail</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Supprimer ce numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation>Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientAccessesTab</name>
    <message>
        <source>The accesses cannot be read</source>
        <translation>Impossible de lire les accès</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>granted by whom, on which date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Aucun mot de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>access status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Access ended on %1</source>
        <translation>Accès terminé le %1</translation>
    </message>
    <message>
        <source>The access cannot be read</source>
        <translation>Impossible de lire l’accès</translation>
    </message>
    <message>
        <source>The password cannot be shown</source>
        <translation>Impossible d’afficher le mot de passe</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>the service whose password is shown</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>The password cannot be copied</source>
        <translation>Impossible de copier le mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n s</source>
        <translation>
            <numerusform>Masqué dans %n s</numerusform>
            <numerusform>Masqué dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l’accès</translation>
    </message>
    <message>
        <source>Revoke your access to %1? The password is deleted from the keychain; the record of the access and of when it ended is kept.</source>
        <translation>Révoquer votre accès à %1&#xa0;? Le mot de passe est supprimé du trousseau&#xa0;; la trace de l’accès et de sa date de fin est conservée.</translation>
    </message>
    <message>
        <source>The access cannot be revoked</source>
        <translation>Impossible de révoquer l’accès</translation>
    </message>
    <message>
        <source>Delete access</source>
        <translation>Supprimer l’accès</translation>
    </message>
    <message>
        <source>Delete this access and its password for good? To keep a record of when access ended, revoke it instead.</source>
        <translation>Supprimer définitivement cet accès et son mot de passe&#xa0;? Pour garder une trace de la fin de l’accès, révoquez-le plutôt.</translation>
    </message>
    <message>
        <source>The access cannot be deleted</source>
        <translation>Impossible de supprimer l’accès</translation>
    </message>
    <message>
        <source>Reveal password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Add access</source>
        <translation>Ajouter un accès</translation>
    </message>
    <message>
        <source>No accesses yet</source>
        <translation>Aucun accès pour l’instant</translation>
    </message>
    <message>
        <source>The logins you hold for this client’s tools. Passwords stay in the system keychain, never in Bureau’s database.</source>
        <translation>Les identifiants que vous détenez pour les outils de ce client. Les mots de passe restent dans le trousseau du système, jamais dans la base de données de Bureau.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password for 30 seconds</source>
        <translation>Afficher le mot de passe pendant 30 secondes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared after 30 seconds</source>
        <translation>Copier le mot de passe&#xa0;; le presse-papiers est vidé au bout de 30 secondes</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientContactsTab</name>
    <message>
        <source>The contacts cannot be read</source>
        <translation>Impossible de lire les contacts</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>the main contact</comment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The main contact: the person to reach first</source>
        <translation>Le contact principal&#xa0;: la personne à joindre en premier</translation>
    </message>
    <message>
        <source>The contact cannot be read</source>
        <translation>Impossible de lire le contact</translation>
    </message>
    <message>
        <source>The main contact cannot be changed</source>
        <translation>Impossible de changer le contact principal</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Remove %1 from the client’s contacts? Interactions with this person keep their text.</source>
        <translation>Retirer %1 des contacts du client&#xa0;? Les échanges avec cette personne conservent leur texte.</translation>
    </message>
    <message>
        <source>The contact cannot be removed</source>
        <translation>Impossible de retirer le contact</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Make main contact</source>
        <translation>Définir comme contact principal</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>The people you deal with at this client: who to call, who to write to, who decides.</source>
        <translation>Les personnes avec qui vous travaillez chez ce client&#xa0;: qui appeler, à qui écrire, qui décide.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
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
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientEditorDialog</name>
    <message>
        <source>The client cannot be saved</source>
        <translation>Impossible d’enregistrer le client</translation>
    </message>
    <message>
        <source>The onboarding checklist cannot be started</source>
        <translation>Impossible de démarrer la checklist d’intégration</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Ajouter le client</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientExportActions</name>
    <message>
        <source>Import/export</source>
        <comment>clients header menu</comment>
        <translation>Import/export</translation>
    </message>
    <message>
        <source>Import clients from an address book or a spreadsheet, or export the list</source>
        <translation>Importer des clients depuis un carnet d’adresses ou un tableur, ou exporter la liste</translation>
    </message>
    <message>
        <source>Import…</source>
        <comment>clients</comment>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import clients from a vCard or CSV file</source>
        <translation>Importer des clients depuis un fichier vCard ou CSV</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>Exporter au format vCard…</translation>
    </message>
    <message>
        <source>The clients the list shows, with their contacts, for an address book</source>
        <translation>Les clients affichés dans la liste, avec leurs contacts, pour un carnet d’adresses</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter au format CSV…</translation>
    </message>
    <message>
        <source>The list as it shows, for a spreadsheet</source>
        <translation>La liste telle qu’elle est affichée, pour un tableur</translation>
    </message>
    <message>
        <source>Import from a vCard file</source>
        <translation>Importer depuis un fichier vCard</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported, %1 merged into existing clients.</source>
        <translation>
            <numerusform>%n client importé, %1 fusionné(s) avec des clients existants.</numerusform>
            <numerusform>%n clients importés, %1 fusionné(s) avec des clients existants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) imported.</source>
        <translation>
            <numerusform>%n client importé.</numerusform>
            <numerusform>%n clients importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client list cannot be read</source>
        <translation>Impossible de lire la liste des clients</translation>
    </message>
    <message>
        <source>clients.vcf</source>
        <comment>default file name</comment>
        <translation>clients.vcf</translation>
    </message>
    <message>
        <source>Export clients as vCard</source>
        <translation>Exporter les clients au format vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>The clients cannot be exported</source>
        <translation>Impossible d’exporter les clients</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n client exporté dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n clients exportés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>clients.csv</source>
        <comment>default file name</comment>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation>CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM) (*.csv)</source>
        <translation>CSV pour Excel (UTF-8 avec BOM) (*.csv)</translation>
    </message>
    <message>
        <source>Export the client list as CSV</source>
        <translation>Exporter la liste des clients au format CSV</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>Impossible d’écrire le fichier</translation>
    </message>
    <message>
        <source>“%1” cannot be written. Check that the folder exists and that you may write in it.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientFilesTab</name>
    <message>
        <source>The files cannot be read</source>
        <translation>Impossible de lire les fichiers</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>The file cannot be attached</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>Joindre des fichiers à %1</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>The file cannot be changed</source>
        <translation>Impossible de modifier le fichier</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove “%1” from this client? Bureau’s copy is deleted; your original file is not touched.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de ce client&#xa0;? La copie de Bureau est supprimée&#xa0;; votre fichier d’origine n’est pas modifié.</translation>
    </message>
    <message>
        <source>The file cannot be removed</source>
        <translation>Impossible de retirer le fichier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>Aucun fichier pour l’instant</translation>
    </message>
    <message>
        <source>The contract, procedures and other documents of this client, kept in Bureau’s data folder.</source>
        <translation>Le contrat, les procédures et les autres documents de ce client, conservés dans le dossier de données de Bureau.</translation>
    </message>
    <message>
        <source>Contract…</source>
        <translation>Contrat…</translation>
    </message>
    <message>
        <source>Procedure…</source>
        <translation>Procédure…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientForm</name>
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
        <source>Australian dollar</source>
        <translation>Dollar australien</translation>
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
        <source>Central African CFA franc</source>
        <translation>Franc CFA d’Afrique centrale</translation>
    </message>
    <message>
        <source>CFP franc</source>
        <translation>Franc CFP</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>As registered, e.g. Atelier Azur</source>
        <translation>Telle qu’enregistrée, p. ex. Atelier Azur</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
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
        <source>%1 (%2)</source>
        <comment>currency name and ISO 4217 code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Work terms</source>
        <translation>Conditions de travail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forme &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de T&amp;VA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>&amp;Documents en&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>D&amp;evise&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>Délai de paie&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-mai&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation>Tau&amp;x horaire&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>Arr&amp;ondi&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Decides the invoicing rules: VAT, legal mentions and payment terms.</source>
        <translation>Détermine les règles de facturation&#xa0;: TVA, mentions légales et délais de paiement.</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 ou 14 chiffres</translation>
    </message>
    <message>
        <source>For French businesses; printed on their invoices.</source>
        <translation>Pour les entreprises françaises&#xa0;; figure sur leurs factures.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required for business clients elsewhere in the EU.</source>
        <translation>Obligatoire pour les clients professionnels ailleurs dans l’UE.</translation>
    </message>
    <message>
        <source>Number and street
Building, floor (optional)</source>
        <translation>Numéro et rue
Bâtiment, étage (facultatif)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Quotes, invoices and letters are written in this language.</source>
        <translation>Les devis, factures et courriers sont rédigés dans cette langue.</translation>
    </message>
    <message>
        <source>As in my profile</source>
        <translation>Comme dans mon profil</translation>
    </message>
    <message>
        <source>At most 60 days for business clients (art. L441-10 of the French Commercial Code).</source>
        <translation>60 jours au maximum pour les clients professionnels (art. L441-10 du Code de commerce).</translation>
    </message>
    <message>
        <source>www.example.fr</source>
        <translation>www.example.fr</translation>
    </message>
    <message>
        <source>Appointments and working hours are shown in this zone.</source>
        <translation>Les rendez-vous et horaires de travail sont affichés dans ce fuseau.</translation>
    </message>
    <message>
        <source>Excluding VAT, in the client’s currency.</source>
        <translation>Hors taxes, dans la devise du client.</translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation>Pas d’arrondi</translation>
    </message>
    <message numerus="yes">
        <source>To %n min</source>
        <comment>rounding step</comment>
        <translation>
            <numerusform>À %n min</numerusform>
            <numerusform>À %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>upwards</source>
        <comment>rounding mode</comment>
        <translation>au supérieur</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <comment>rounding mode</comment>
        <translation>au plus proche</translation>
    </message>
    <message>
        <source>each entry</source>
        <comment>rounding scope</comment>
        <translation>par saisie</translation>
    </message>
    <message>
        <source>each invoice line</source>
        <comment>rounding scope</comment>
        <translation>par ligne de facture</translation>
    </message>
    <message>
        <source>Applied when hours become invoice lines; your entries keep the exact time.</source>
        <translation>Appliqué quand les heures deviennent des lignes de facture&#xa0;; vos saisies gardent la durée exacte.</translation>
    </message>
    <message>
        <source>e.g. newsletter, monthly</source>
        <translation>p. ex. newsletter, mensuel</translation>
    </message>
    <message>
        <source>Separated by commas.</source>
        <translation>Séparées par des virgules.</translation>
    </message>
    <message>
        <source>Anything worth remembering about this client.</source>
        <translation>Tout ce qui mérite d’être retenu sur ce client.</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientImportDialog</name>
    <message>
        <source>Address books and spreadsheets (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv)</source>
        <translation>Carnets d’adresses et tableurs (*.vcf *.vcard *.csv);;Fichiers vCard (*.vcf *.vcard);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Impossible d’importer le fichier</translation>
    </message>
    <message>
        <source>A company is always a professional client.</source>
        <translation>Une société est toujours un client professionnel.</translation>
    </message>
    <message>
        <source>Untick for a private person: invoices then follow the rules for consumers.</source>
        <translation>Décochez pour un particulier&#xa0;: les factures suivent alors les règles applicables aux consommateurs.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>professional client</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <comment>professional client</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>import action</comment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>import action</comment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>import action</comment>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge adds this card’s contacts to “%1”.</source>
        <translation>Fusionner ajoute les contacts de cette fiche à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about this card</source>
        <translation>
            <numerusform>%n remarque sur cette fiche</numerusform>
            <numerusform>%n remarques sur cette fiche</numerusform>
        </translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to import.</source>
        <translation>
            <numerusform>%n client à importer.</numerusform>
            <numerusform>%n clients à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) to merge into existing clients.</source>
        <translation>
            <numerusform>%n doublon à fusionner avec des clients existants.</numerusform>
            <numerusform>%n doublons à fusionner avec des clients existants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other card(s) skipped.</source>
        <translation>
            <numerusform>%n autre fiche ignorée.</numerusform>
            <numerusform>%n autres fiches ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Importer %n client</numerusform>
            <numerusform>Importer %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <comment>import button</comment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing to note: this card is imported as it is.</source>
        <translation>Rien à signaler&#xa0;: cette fiche est importée telle quelle.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The clients cannot be imported</source>
        <translation>Impossible d’importer les clients</translation>
    </message>
    <message>
        <source>The onboarding checklist cannot be started</source>
        <translation>Impossible de démarrer la checklist d’intégration</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>client kind column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
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
        <source>Status</source>
        <comment>import column</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>import column</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) read from “%1”. Check each row, then import.</source>
        <translation>
            <numerusform>%n fiche lue dans «&#xa0;%1&#xa0;». Vérifiez chaque ligne, puis importez.</numerusform>
            <numerusform>%n fiches lues dans «&#xa0;%1&#xa0;». Vérifiez chaque ligne, puis importez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from “%1”. Check each row, then import.</source>
        <translation>
            <numerusform>%n ligne lue dans «&#xa0;%1&#xa0;». Vérifiez chaque ligne, puis importez.</numerusform>
            <numerusform>%n lignes lues dans «&#xa0;%1&#xa0;». Vérifiez chaque ligne, puis importez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Colonnes non lues&#xa0;: %1.</translation>
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
    <message>
        <source>E-mail</source>
        <comment>client list column</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>client list column</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>client list column</comment>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <comment>client list column</comment>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>onboarding items done/total</comment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientMissionsTab</name>
    <message>
        <source>The missions cannot be read</source>
        <translation>Impossible de lire les missions</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <comment>an open-ended period</comment>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 de l’heure</translation>
    </message>
    <message>
        <source>By the hour, at the client’s rate</source>
        <translation>À l’heure, au taux du client</translation>
    </message>
    <message>
        <source>%1 h a month for %2</source>
        <translation>%1 h par mois pour %2</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The mission cannot be read</source>
        <translation>Impossible de lire la mission</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>Supprimer la mission</translation>
    </message>
    <message>
        <source>Delete this mission and its working slots? Its tasks stay, without a mission.</source>
        <translation>Supprimer cette mission et ses créneaux de travail&#xa0;? Ses tâches sont conservées, sans mission.</translation>
    </message>
    <message>
        <source>The mission cannot be deleted</source>
        <translation>Impossible de supprimer la mission</translation>
    </message>
    <message>
        <source>Your business profile cannot be read</source>
        <translation>Impossible de lire votre profil professionnel</translation>
    </message>
    <message>
        <source>Letter of engagement</source>
        <translation>Lettre de mission</translation>
    </message>
    <message>
        <source>Fill in your business profile first (Settings › Business profile): the letter names you and your SIRET.</source>
        <translation>Complétez d’abord votre profil professionnel (Paramètres › Profil professionnel)&#xa0;: la lettre mentionne votre nom et votre SIRET.</translation>
    </message>
    <message>
        <source>Letter of engagement – %1.pdf</source>
        <translation>Lettre de mission – %1.pdf</translation>
    </message>
    <message>
        <source>Save the letter of engagement</source>
        <translation>Enregistrer la lettre de mission</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>signatory: name, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The letter cannot be written</source>
        <translation>Impossible de générer la lettre</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Print letter of engagement…</source>
        <translation>Imprimer la lettre de mission…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Add mission</source>
        <translation>Ajouter une mission</translation>
    </message>
    <message>
        <source>No missions yet</source>
        <translation>Aucune mission pour l’instant</translation>
    </message>
    <message>
        <source>A mission is what you agreed with the client: what you do and do not do, your hours, and how it is billed.</source>
        <translation>Une mission, c’est ce que vous avez convenu avec le client&#xa0;: ce que vous faites et ne faites pas, vos horaires et la façon dont elle est facturée.</translation>
    </message>
    <message>
        <source>A PDF in the client’s language summarising the mission and its billing terms</source>
        <translation>Un PDF dans la langue du client, qui résume la mission et ses conditions de facturation</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>%1 of %2 used this month</source>
        <comment>package hours: used of included</comment>
        <translation>%1 sur %2 utilisées ce mois-ci</translation>
    </message>
    <message>
        <source>Package use</source>
        <translation>Utilisation du forfait</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientOnboardingTab</name>
    <message>
        <source>Ticked automatically: an access is stored for this client.</source>
        <translation>Cochée automatiquement&#xa0;: un accès est enregistré pour ce client.</translation>
    </message>
    <message>
        <source>Ticked automatically: a contract is attached in Files.</source>
        <translation>Cochée automatiquement&#xa0;: un contrat est joint dans Fichiers.</translation>
    </message>
    <message>
        <source>Ticked automatically: a mission is active.</source>
        <translation>Cochée automatiquement&#xa0;: une mission est active.</translation>
    </message>
    <message>
        <source>Ticked automatically: reception instructions are written.</source>
        <translation>Cochée automatiquement&#xa0;: les consignes d’accueil sont rédigées.</translation>
    </message>
    <message>
        <source>Ticks itself once an access is stored.</source>
        <translation>Se coche d’elle-même dès qu’un accès est enregistré.</translation>
    </message>
    <message>
        <source>Ticks itself once a contract is attached in Files.</source>
        <translation>Se coche d’elle-même dès qu’un contrat est joint dans Fichiers.</translation>
    </message>
    <message>
        <source>Ticks itself once a mission is active.</source>
        <translation>Se coche d’elle-même dès qu’une mission est active.</translation>
    </message>
    <message>
        <source>Ticks itself once reception instructions are written.</source>
        <translation>Se coche d’elle-même dès que les consignes d’accueil sont rédigées.</translation>
    </message>
    <message>
        <source>The checklist cannot be started</source>
        <translation>Impossible de démarrer la checklist</translation>
    </message>
    <message>
        <source>The onboarding checklist cannot be read</source>
        <translation>Impossible de lire la checklist d’intégration</translation>
    </message>
    <message>
        <source>%1 — done automatically</source>
        <translation>%1 — fait automatiquement</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <comment>onboarding progress</comment>
        <translation>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n</numerusform>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The step cannot be changed</source>
        <translation>Impossible de modifier l’étape</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Démarrer la checklist</translation>
    </message>
    <message>
        <source>No onboarding checklist</source>
        <translation>Aucune checklist d’intégration</translation>
    </message>
    <message>
        <source>The steps to settle in with a new client: contract, accesses, procedures, first check-in.</source>
        <translation>Les étapes pour bien démarrer avec un nouveau client&#xa0;: contrat, accès, procédures, premier point.</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientOverviewTab</name>
    <message>
        <source>%1 · professional client</source>
        <translation>%1 · client professionnel</translation>
    </message>
    <message>
        <source>%1 · private individual</source>
        <translation>%1 · particulier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>%1, excluding VAT</source>
        <translation>%1 HT</translation>
    </message>
    <message>
        <source>As in my profile</source>
        <translation>Comme dans mon profil</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>On receipt</source>
        <comment>payment terms of 0 days</comment>
        <translation>À réception</translation>
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
        <source>None</source>
        <comment>no rounding of billable time</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>upwards</source>
        <comment>rounding mode</comment>
        <translation>au supérieur</translation>
    </message>
    <message>
        <source>to the nearest</source>
        <comment>rounding mode</comment>
        <translation>au plus proche</translation>
    </message>
    <message>
        <source>each entry</source>
        <comment>rounding scope</comment>
        <translation>par saisie</translation>
    </message>
    <message>
        <source>each invoice line</source>
        <comment>rounding scope</comment>
        <translation>par ligne de facture</translation>
    </message>
    <message>
        <source>To %1 min, %2, %3</source>
        <comment>rounding: step, mode, scope</comment>
        <translation>À %1 min, %2, %3</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client depuis le</translation>
    </message>
    <message>
        <source>No notes. Edit the client to add some.</source>
        <translation>Aucune note. Modifiez le client pour en ajouter.</translation>
    </message>
    <message>
        <source>Identity and contact details</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>Billing and work terms</source>
        <translation>Facturation et conditions de travail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Export everything Bureau holds about this client, or erase their personal data while keeping what the law requires you to keep.</source>
        <translation>Exportez tout ce que Bureau conserve sur ce client, ou effacez ses données personnelles tout en gardant ce que la loi vous oblige à conserver.</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientPage</name>
    <message>
        <source>The client cannot be opened</source>
        <translation>Impossible d’ouvrir le client</translation>
    </message>
    <message>
        <source>The client cannot be read</source>
        <translation>Impossible de lire le client</translation>
    </message>
    <message>
        <source>/ %1</source>
        <comment>breadcrumb after Clients</comment>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Professional client</source>
        <translation>Client professionnel</translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Same time zone as you (%1)</source>
        <translation>Même fuseau horaire que vous (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 · %3 for you</source>
        <comment>the client&apos;s local time, their city, the user&apos;s time</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; à %2 · %3 pour vous</translation>
    </message>
    <message>
        <source>The client’s time zone: %1</source>
        <translation>Fuseau horaire du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Onboarding %1/%2</source>
        <translation>Intégration %1/%2</translation>
    </message>
    <message>
        <source>Reception instructions…</source>
        <translation>Consignes d’accueil…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Supprimer le client…</translation>
    </message>
    <message>
        <source>A client with quotes or invoices cannot be deleted: archive them instead.</source>
        <translation>Un client qui a des devis ou des factures ne peut pas être supprimé&#xa0;: archivez-le plutôt.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Back to the client list (%1)</source>
        <translation>Retour à la liste des clients (%1)</translation>
    </message>
    <message>
        <source>Reception card</source>
        <translation>Fiche d’accueil</translation>
    </message>
    <message>
        <source>How to answer this client’s phone, at a glance (%1)</source>
        <translation>Comment répondre au téléphone pour ce client, en un coup d’œil (%1)</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>A call, an e-mail, a meeting, a note or a message (%1)</source>
        <translation>Un appel, un e-mail, un rendez-vous, une note ou un message (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the client (%1)</source>
        <translation>Modifier le client (%1)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientTasksTab</name>
    <message>
        <source>The tasks cannot be read</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>The task cannot be read</source>
        <translation>Impossible de lire la tâche</translation>
    </message>
    <message>
        <source>The task cannot be changed</source>
        <translation>Impossible de modifier la tâche</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete this task for good?</source>
        <translation>Supprimer définitivement cette tâche&#xa0;?</translation>
    </message>
    <message>
        <source>The task cannot be deleted</source>
        <translation>Impossible de supprimer la tâche</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Nothing to do for this client</source>
        <translation>Rien à faire pour ce client</translation>
    </message>
    <message>
        <source>What you owe this client, with its due date.</source>
        <translation>Ce que vous devez à ce client, avec son échéance.</translation>
    </message>
    <message>
        <source>Show done tasks</source>
        <translation>Afficher les tâches terminées</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientTimelineTab</name>
    <message>
        <source>The timeline cannot be read</source>
        <translation>Impossible de lire l’historique</translation>
    </message>
    <message>
        <source>The interaction cannot be read</source>
        <translation>Impossible de lire l’échange</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message>
        <source>Delete this interaction for good?</source>
        <translation>Supprimer définitivement cet échange&#xa0;?</translation>
    </message>
    <message>
        <source>The interaction cannot be deleted</source>
        <translation>Impossible de supprimer l’échange</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Nothing has happened yet</source>
        <translation>Rien ne s’est encore passé</translation>
    </message>
    <message>
        <source>Calls, e-mails, meetings and notes appear here, newest first, with the tasks, missions, files and accesses of this client.</source>
        <translation>Les appels, e-mails, rendez-vous et notes s’affichent ici, du plus récent au plus ancien, avec les tâches, missions, fichiers et accès de ce client.</translation>
    </message>
    <message>
        <source>A call, an e-mail, a meeting, a note or a message</source>
        <translation>Un appel, un e-mail, un rendez-vous, une note ou un message</translation>
    </message>
</context>
<context>
    <name>Bureau::ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>The client list cannot be read</source>
        <translation>Impossible de lire la liste des clients</translation>
    </message>
    <message>
        <source>No clients match these filters</source>
        <translation>Aucun client ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No clients match “%1”</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search looks in names, contacts, e-mails, phones, tags and notes, accents or not.</source>
        <translation>La recherche porte sur les noms, contacts, e-mails, téléphones, étiquettes et notes, avec ou sans accents.</translation>
    </message>
    <message>
        <source>Every client is archived. Show archived clients to see them.</source>
        <translation>Tous les clients sont archivés. Affichez les clients archivés pour les voir.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>client status filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>client tag filter</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>The client cannot be opened</source>
        <translation>Impossible d’ouvrir le client</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reception card</source>
        <translation>Fiche d’accueil</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Add a client (%1)</source>
        <translation>Ajouter un client (%1)</translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <source>Names, contacts, e-mails, phones, tags and notes, accents or not (%1)</source>
        <translation>Noms, contacts, e-mails, téléphones, étiquettes et notes, avec ou sans accents (%1)</translation>
    </message>
    <message>
        <source>Add your first client</source>
        <translation>Ajouter votre premier client</translation>
    </message>
    <message>
        <source>Your clients, their contacts, what you do for them and how to answer their phone will live here.</source>
        <translation>Vos clients, leurs contacts, ce que vous faites pour eux et la façon de répondre à leur téléphone&#xa0;: tout sera ici.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
</context>
<context>
    <name>Bureau::ContactDialog</name>
    <message>
        <source>The contact cannot be saved</source>
        <translation>Impossible d’enregistrer le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Prefers to be &amp;reached by:</source>
        <translation>Préfère être &amp;joint par&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>e.g. Office manager</source>
        <translation>p. ex. Office manager</translation>
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
        <source>Main contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <source>The person to reach first; a client has one main contact.</source>
        <translation>La personne à joindre en premier&#xa0;; un client a un seul contact principal.</translation>
    </message>
</context>
<context>
    <name>Bureau::CountryComboBox</name>
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
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
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
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
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
        <source>Haiti</source>
        <translation>Haïti</translation>
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
        <source>%1 used of %2</source>
        <translation>%1 utilisées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more package(s) nearly used up</source>
        <translation>
            <numerusform>et %n autre forfait presque épuisé</numerusform>
            <numerusform>et %n autres forfaits presque épuisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Heures travaillées</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>ce mois-ci</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>No package of hours is nearly used up this month.</source>
        <translation>Aucun forfait d’heures n’est près d’être épuisé ce mois-ci.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>en attente de paiement</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Every issued invoice is paid.</source>
        <translation>Toutes les factures émises sont payées.</translation>
    </message>
    <message>
        <source>Invoices › Receivables lists whom to remind.</source>
        <translation>Factures › À encaisser indique qui relancer.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Rien n’est en retard.</translation>
    </message>
    <message>
        <source>Also outstanding: %1.</source>
        <translation>Également en attente de paiement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>VAT franchise: %1 received this year, near the %2 threshold.</source>
        <translation>Franchise en base de TVA&#xa0;: %1 encaissés cette année, proche du seuil de %2.</translation>
    </message>
    <message>
        <source>VAT franchise lost: %1 received this year, past the %2 threshold. VAT is due now.</source>
        <translation>Franchise en base de TVA perdue&#xa0;: %1 encaissés cette année, au-delà du seuil de %2. La TVA est due dès maintenant.</translation>
    </message>
    <message>
        <source>VAT franchise ended on 1 January: the turnover of the past years passed its thresholds. VAT is due now.</source>
        <translation>Franchise en base de TVA terminée au 1er janvier&#xa0;: le chiffre d’affaires des années passées a dépassé ses seuils. La TVA est due dès maintenant.</translation>
    </message>
    <message>
        <source>VAT franchise: %1 received this year, past the %2 threshold a second year running: VAT applies from next year.</source>
        <translation>Franchise en base de TVA&#xa0;: %1 encaissés cette année, au-delà du seuil de %2 pour la deuxième année de suite&#xa0;: la TVA s’applique dès l’an prochain.</translation>
    </message>
    <message>
        <source>VAT franchise: %1 received this year, past the %2 threshold: it goes on next year if this year stays under %3.</source>
        <translation>Franchise en base de TVA&#xa0;: %1 encaissés cette année, au-delà du seuil de %2&#xa0;: elle continue l’an prochain si cette année reste sous %3.</translation>
    </message>
</context>
<context>
    <name>Bureau::DocumentListModel</name>
    <message>
        <source>Number</source>
        <comment>document list column</comment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>document list column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>document list column</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>document list column</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>document list column</comment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>document list column</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <comment>document list column</comment>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>document list column</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The documents cannot be counted.</source>
        <translation>Impossible de compter les documents.</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>document status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>document status</comment>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>document status</comment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>document status</comment>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>document status</comment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>document status</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>document status</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <comment>document status</comment>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>document status</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>document number of a draft</comment>
        <translation>Brouillon</translation>
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
    <name>Bureau::FromTimeDialog</name>
    <message>
        <source>Invoice unbilled time</source>
        <translation>Facturer le temps non facturé</translation>
    </message>
    <message>
        <source>The client&apos;s billable time not yet on any document, rounded as agreed with them, becomes the lines of a new draft invoice.</source>
        <translation>Le temps facturable du client qui ne figure encore sur aucun document, arrondi comme convenu avec lui, devient les lignes d’une nouvelle facture brouillon.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;One line per:</source>
        <translation>&amp;Une ligne par&#xa0;:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Time worked</source>
        <translation>Temps travaillé</translation>
    </message>
    <message>
        <source>Billed hours</source>
        <translation>Heures facturées</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Créer le brouillon</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>No rate</source>
        <translation>Aucun taux</translation>
    </message>
    <message>
        <source>No unbilled billable time for this client in this period.</source>
        <translation>Aucun temps facturable non facturé pour ce client sur cette période.</translation>
    </message>
    <message>
        <source>Some lines have no hourly rate: set one on the mission, the client or your profile.</source>
        <translation>Certaines lignes n’ont pas de taux horaire&#xa0;: définissez-en un sur la mission, le client ou votre profil.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 before VAT.</source>
        <translation>
            <numerusform>%n ligne, %1 HT.</numerusform>
            <numerusform>%n lignes, %1 HT.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft cannot be made</source>
        <translation>Impossible de créer le brouillon</translation>
    </message>
</context>
<context>
    <name>Bureau::InteractionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your time (%1).</source>
        <translation>Votre heure (%1).</translation>
    </message>
    <message>
        <source>In the client’s zone: %1</source>
        <translation>Dans le fuseau du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>The interaction cannot be saved</source>
        <translation>Impossible d’enregistrer l’échange</translation>
    </message>
    <message>
        <source>Log an interaction with %1</source>
        <translation>Noter un échange avec %1</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>&amp;Avec qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Détai&amp;ls&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a contact or type a name.</source>
        <translation>Choisissez un contact ou saisissez un nom.</translation>
    </message>
    <message>
        <source>One line, e.g. Agreed on the new schedule</source>
        <translation>Une ligne, p. ex. Nouveau planning validé</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>À relancer le</translation>
    </message>
</context>
<context>
    <name>Bureau::InvoiceEditorDialog</name>
    <message>
        <source>The document cannot be opened</source>
        <translation>Impossible d’ouvrir le document</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purchase order:</source>
        <translation>&amp;Bon de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Administrative assistance, November 2026</source>
        <translation>Assistance administrative, novembre 2026</translation>
    </message>
    <message>
        <source>The client&apos;s reference, if any</source>
        <translation>La référence du client, le cas échéant</translation>
    </message>
    <message>
        <source>Ser&amp;vice period:</source>
        <translation>Période de pre&amp;station&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>service period: from … to …</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms:</source>
        <translation>Dél&amp;ai de paiement&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Date d’éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Without a date, the quote is valid for the terms&apos; number of days.</source>
        <translation>Sans date, le devis est valable pendant le nombre de jours du délai.</translation>
    </message>
    <message>
        <source>Without a date, the due date is the issue date plus the payment terms.</source>
        <translation>Sans date, la date d’échéance est la date d’émission augmentée du délai de paiement.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>Ta&amp;ux de change&#xa0;:</translation>
    </message>
    <message>
        <source>Euros for one unit of the currency, needed to state the VAT in euros.</source>
        <translation>Euros pour une unité de la devise, nécessaire pour indiquer la TVA en euros.</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Add a service line</source>
        <translation>Ajouter une ligne de prestation</translation>
    </message>
    <message>
        <source>Add &amp;disbursement</source>
        <translation>Ajouter un &amp;débours</translation>
    </message>
    <message>
        <source>A cost paid in the client&apos;s name, rebilled at cost without VAT</source>
        <translation>Une dépense payée au nom du client, refacturée à prix coûtant sans TVA</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>D&amp;iscount:</source>
        <translation>Re&amp;mise&#xa0;:</translation>
    </message>
    <message>
        <source>%</source>
        <comment>discount as a percentage</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>discount as an amount</comment>
        <translation>montant</translation>
    </message>
    <message>
        <source>Deposits to deduct:</source>
        <translation>Acomptes à déduire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Printed at the bottom of the document</source>
        <translation>Imprimé en bas du document</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Débours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposits deducted</source>
        <translation>Acomptes déduits</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>A&amp;perçu PDF</translation>
    </message>
    <message>
        <source>Saves the draft and opens its PDF, marked DRAFT</source>
        <translation>Enregistre le brouillon et ouvre son PDF, marqué BROUILLON</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Émett&amp;re…</translation>
    </message>
    <message>
        <source>Numbers the quote and marks it sent</source>
        <translation>Numérote le devis et le marque comme envoyé</translation>
    </message>
    <message>
        <source>Numbers the document: it can no longer change afterwards</source>
        <translation>Numérote le document, qui ne peut plus être modifié ensuite</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 du %2 — %3</translation>
    </message>
    <message>
        <source>Choose the client this document is for.</source>
        <translation>Choisissez le client auquel ce document est destiné.</translation>
    </message>
    <message>
        <source>Type the euros one unit of the currency is worth, such as 0.92.</source>
        <translation>Saisissez la valeur en euros d’une unité de la devise, par exemple 0,92.</translation>
    </message>
    <message>
        <source>French VAT at each line&apos;s rate.</source>
        <translation>TVA française au taux de chaque ligne.</translation>
    </message>
    <message>
        <source>No VAT: franchise, art. 293 B CGI.</source>
        <translation>Pas de TVA&#xa0;: franchise en base, art. 293 B du CGI.</translation>
    </message>
    <message>
        <source>No VAT: reverse charge, the client accounts for the VAT (autoliquidation).</source>
        <translation>Pas de TVA&#xa0;: autoliquidation, le client acquitte la TVA.</translation>
    </message>
    <message>
        <source>No VAT: service to a professional outside the EU, art. 259-1 CGI.</source>
        <translation>Pas de TVA&#xa0;: prestation à un professionnel hors UE, art. 259-1 du CGI.</translation>
    </message>
    <message>
        <source>including a discount of %1</source>
        <translation>dont une remise de %1</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>TVA %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>%1 %2, issued on %3. An issued document can no longer change: correct it with a credit note.</source>
        <translation>%1 %2, émis le %3. Un document émis ne peut plus être modifié&#xa0;: corrigez-le par un avoir.</translation>
    </message>
    <message>
        <source>The draft cannot be saved</source>
        <translation>Impossible d’enregistrer le brouillon</translation>
    </message>
    <message>
        <source>New deposit invoice</source>
        <translation>Nouvelle facture d’acompte</translation>
    </message>
    <message>
        <source>New credit note</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Draft quote</source>
        <translation>Brouillon de devis</translation>
    </message>
    <message>
        <source>Draft deposit invoice</source>
        <translation>Brouillon de facture d’acompte</translation>
    </message>
    <message>
        <source>Draft credit note</source>
        <translation>Brouillon d’avoir</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Justificatif</translation>
    </message>
    <message>
        <source>The receipt of the selected disbursement, kept in the client&apos;s files</source>
        <translation>Le justificatif du débours sélectionné, conservé dans les fichiers du client</translation>
    </message>
    <message>
        <source>&amp;Open the receipt</source>
        <translation>&amp;Ouvrir le justificatif</translation>
    </message>
    <message>
        <source>The receipt cannot be opened</source>
        <translation>Impossible d’ouvrir le justificatif</translation>
    </message>
    <message>
        <source>Choose the client first</source>
        <translation>Choisissez d’abord le client</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach the receipt</source>
        <translation>Joindre le justificatif</translation>
    </message>
    <message>
        <source>&amp;Choose from the client&apos;s files</source>
        <translation>&amp;Choisir parmi les fichiers du client</translation>
    </message>
    <message>
        <source>&amp;Remove the receipt from the line</source>
        <translation>&amp;Retirer le justificatif de la ligne</translation>
    </message>
    <message>
        <source>The receipt cannot be attached</source>
        <translation>Impossible de joindre le justificatif</translation>
    </message>
</context>
<context>
    <name>Bureau::InvoiceLinesModel</name>
    <message>
        <source>hour</source>
        <comment>invoice line unit</comment>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <comment>invoice line unit</comment>
        <translation>jour</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>invoice line unit</comment>
        <translation>unité</translation>
    </message>
    <message>
        <source>flat fee</source>
        <comment>invoice line unit</comment>
        <translation>forfait</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <comment>invoice line kind</comment>
        <translation>Débours</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>invoice line kind</comment>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: type a number such as 1.5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité&#xa0;: saisissez un nombre, par exemple 1,5.</translation>
    </message>
    <message>
        <source>“%1” is not a VAT rate.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux de TVA.</translation>
    </message>
    <message>
        <source>The VAT rate must be 20 %, 10 %, 5.5 % or 2.1 %.</source>
        <translation>Le taux de TVA doit être de 20&#xa0;%, 10&#xa0;%, 5,5&#xa0;% ou 2,1&#xa0;%.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0 and 100.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>invoice line column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>invoice line column</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>invoice line column</comment>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>invoice line column</comment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <comment>invoice line column</comment>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT</source>
        <comment>invoice line column</comment>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Discount</source>
        <comment>invoice line column</comment>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Net</source>
        <comment>invoice line column</comment>
        <translation>HT</translation>
    </message>
    <message>
        <source>Receipt attached</source>
        <translation>Justificatif joint</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Justificatif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Bureau::InvoicesView</name>
    <message>
        <source>The documents cannot be read</source>
        <translation>Impossible de lire les documents</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly draft(s) for package and fixed-fee missions await your review before they are issued.</source>
        <translation>
            <numerusform>%n brouillon mensuel de mission au forfait ou à montant fixe attend votre vérification avant d’être émis.</numerusform>
            <numerusform>%n brouillons mensuels de missions au forfait ou à montant fixe attendent votre vérification avant d’être émis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents match these filters</source>
        <translation>Aucun document ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No documents match “%1”</source>
        <translation>Aucun document ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search looks in numbers and client names, accents or not.</source>
        <translation>La recherche porte sur les numéros et les noms de clients, avec ou sans accents.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <comment>document status filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Monthly drafts made for package and fixed-fee missions</source>
        <translation>Brouillons mensuels créés pour les missions au forfait ou à montant fixe</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Send quote…</source>
        <translation>Envoyer le devis…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Émettre…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Write a new invoice (%1)</source>
        <translation>Rédiger une nouvelle facture (%1)</translation>
    </message>
    <message>
        <source>Search number or client…</source>
        <translation>Rechercher un numéro ou un client…</translation>
    </message>
    <message>
        <source>Create your first invoice</source>
        <translation>Créez votre première facture</translation>
    </message>
    <message>
        <source>Quotes, invoices and credit notes, numbered and kept as French law requires, and the payments your clients make.</source>
        <translation>Devis, factures et avoirs, numérotés et conservés comme l’exige la loi française, et les paiements de vos clients.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>New quote, deposit invoice, or an invoice of unbilled time</source>
        <translation>Nouveau devis, facture d’acompte ou facture du temps non facturé</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>New deposit invoice</source>
        <translation>Nouvelle facture d’acompte</translation>
    </message>
    <message>
        <source>Invoice unbilled time…</source>
        <translation>Facturer le temps non facturé…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>À encaisser</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>All</source>
        <comment>document kind filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>action (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>The draft&apos;s PDF, marked DRAFT</source>
        <translation>Le PDF du brouillon, marqué BROUILLON</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Create credit note…</source>
        <translation>Créer un avoir…</translation>
    </message>
    <message>
        <source>Duplicate as new draft</source>
        <translation>Dupliquer en nouveau brouillon</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Accepted: convert to invoice</source>
        <translation>Accepté&#xa0;: convertir en facture</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Gives the next number; the document can no longer change</source>
        <translation>Attribue le numéro suivant&#xa0;; le document ne peut plus être modifié</translation>
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
        <source>Invoices</source>
        <translation>Factures</translation>
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
    <message>
        <source>Start or stop the timer</source>
        <translation>Démarrer ou arrêter le chronomètre</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly draft(s) made: review them in Invoices.</source>
        <translation>
            <numerusform>%n brouillon mensuel créé&#xa0;: vérifiez-le dans Factures.</numerusform>
            <numerusform>%n brouillons mensuels créés&#xa0;: vérifiez-les dans Factures.</numerusform>
        </translation>
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
    <name>Bureau::MissionDialog</name>
    <message>
        <source>The mission cannot be saved</source>
        <translation>Impossible d’enregistrer la mission</translation>
    </message>
    <message>
        <source>New mission for %1</source>
        <translation>Nouvelle mission pour %1</translation>
    </message>
    <message>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>Add mission</source>
        <translation>Ajouter la mission</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The mission</source>
        <translation>La mission</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>What you &amp;do:</source>
        <translation>Ce que vous &amp;faites&#xa0;:</translation>
    </message>
    <message>
        <source>What you do &amp;not do:</source>
        <translation>Ce que vous &amp;ne faites pas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>Factu&amp;ration&#xa0;:</translation>
    </message>
    <message>
        <source>Hourly &amp;rate:</source>
        <translation>Taux &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Hours a &amp;month:</source>
        <translation>Heures par &amp;mois&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly &amp;fee:</source>
        <translation>Forfait mensue&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Hours &amp;beyond:</source>
        <translation>Heures a&amp;u-delà&#xa0;:</translation>
    </message>
    <message>
        <source>Rate beyond the &amp;package:</source>
        <translation>Taux au-&amp;delà du forfait&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fus&amp;eau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Working &amp;slots:</source>
        <translation>&amp;Créneaux de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Acti&amp;vity report:</source>
        <translation>Rapport d’acti&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gned contract:</source>
        <translation>Contrat si&amp;gné&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Administrative assistance</source>
        <translation>p. ex. Assistance administrative</translation>
    </message>
    <message>
        <source>Inbox, appointments, invoicing follow-up…</source>
        <translation>Boîte mail, rendez-vous, suivi de la facturation…</translation>
    </message>
    <message>
        <source>Accounting, legal advice…</source>
        <translation>Comptabilité, conseil juridique…</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Billed at a rate</source>
        <translation>Facturées à un taux</translation>
    </message>
    <message>
        <source>Carried over to the next month</source>
        <translation>Reportées sur le mois suivant</translation>
    </message>
    <message>
        <source>The client’s rate</source>
        <translation>Le taux du client</translation>
    </message>
    <message>
        <source>Leave empty to bill at the client’s hourly rate.</source>
        <translation>Laissez vide pour facturer au taux horaire du client.</translation>
    </message>
    <message>
        <source>The hourly rate</source>
        <translation>Le taux horaire</translation>
    </message>
    <message>
        <source>Leave empty to bill extra hours at the hourly rate.</source>
        <translation>Laissez vide pour facturer les heures supplémentaires au taux horaire.</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Among the files attached to this client.</source>
        <translation>Parmi les fichiers joints à ce client.</translation>
    </message>
    <message>
        <source>Attach the signed contract in the Files tab first.</source>
        <translation>Joignez d’abord le contrat signé dans l’onglet Fichiers.</translation>
    </message>
</context>
<context>
    <name>Bureau::OnboardingTemplatePage</name>
    <message>
        <source>The onboarding checklist cannot be read</source>
        <translation>Impossible de lire la checklist d’intégration</translation>
    </message>
    <message>
        <source>Ticked by hand.</source>
        <translation>Cochée à la main.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>The onboarding checklist was not saved</source>
        <translation>La checklist d’intégration n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Saved. Clients added from now on start with these steps.</source>
        <translation>Enregistré. Les clients ajoutés à partir de maintenant commencent avec ces étapes.</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Checklist d’intégration</translation>
    </message>
    <message>
        <source>New clients start with this checklist. Steps with a rule tick themselves. Changes apply to clients added after you save them; the checklists of existing clients stay as they are.</source>
        <translation>Les nouveaux clients commencent avec cette checklist. Les étapes qui ont une règle se cochent d’elles-mêmes. Vos modifications s’appliquent aux clients ajoutés après leur enregistrement&#xa0;; les checklists des clients existants restent telles quelles.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How it is ticked</source>
        <translation>Comment elle se coche</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Restore the default steps</source>
        <translation>Rétablir les étapes par défaut</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the onboarding checklist (%1)</source>
        <translation>Enregistrer la checklist d’intégration (%1)</translation>
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
    <name>Bureau::PaymentDialog</name>
    <message>
        <source>Choose the client who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future: choose today or an earlier day.</source>
        <translation>Un paiement ne peut pas être daté dans le futur&#xa0;: choisissez aujourd’hui ou un jour antérieur.</translation>
    </message>
    <message>
        <source>Type the amount paid back, greater than zero.</source>
        <translation>Saisissez le montant remboursé, supérieur à zéro.</translation>
    </message>
    <message>
        <source>Type the amount received, greater than zero.</source>
        <translation>Saisissez le montant reçu, supérieur à zéro.</translation>
    </message>
    <message>
        <source>Type the euros without a sign.</source>
        <translation>Saisissez les euros sans signe.</translation>
    </message>
    <message>
        <source>The amount for %1 cannot be read.</source>
        <translation>Impossible de lire le montant pour %1.</translation>
    </message>
    <message>
        <source>%1 is more than what is outstanding on %2 (%3).</source>
        <translation>%1 dépasse le restant dû sur %2 (%3).</translation>
    </message>
    <message>
        <source>The invoices are given %1, more than the payment’s %2.</source>
        <translation>Le montant affecté aux factures (%1) dépasse celui du paiement (%2).</translation>
    </message>
    <message>
        <source>Type the amount to spread it over the invoices.</source>
        <translation>Saisissez le montant pour le répartir sur les factures.</translation>
    </message>
    <message>
        <source>The invoices are given %1 more than the payment.</source>
        <translation>Le montant affecté aux factures dépasse de %1 celui du paiement.</translation>
    </message>
    <message>
        <source>The whole refund goes to the invoices above.</source>
        <translation>Tout le remboursement est affecté aux factures ci-dessus.</translation>
    </message>
    <message>
        <source>The whole payment goes to the invoices above.</source>
        <translation>Tout le paiement est affecté aux factures ci-dessus.</translation>
    </message>
    <message>
        <source>%1 will be taken from the client’s credit.</source>
        <translation>%1 sera prélevé sur le crédit client.</translation>
    </message>
    <message>
        <source>%1 will be kept as the client’s credit.</source>
        <translation>%1 sera conservé en crédit client.</translation>
    </message>
    <message>
        <source>The client has %1 of credit from earlier payments.</source>
        <translation>Le client dispose d’un crédit client de %1 issu de paiements antérieurs.</translation>
    </message>
    <message>
        <source>Use the credit to pay %1</source>
        <translation>Utiliser le crédit pour payer %1</translation>
    </message>
    <message>
        <source>Select an invoice to use the credit on.</source>
        <translation>Sélectionnez une facture sur laquelle utiliser le crédit.</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Date de réception&#xa0;:</translation>
    </message>
    <message>
        <source>This is a refund paid back to the client</source>
        <translation>Il s’agit d’un remboursement versé au client</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>In the client’s currency, as on their invoices.</source>
        <translation>Dans la devise du client, comme sur ses factures.</translation>
    </message>
    <message>
        <source>&amp;Euros received:</source>
        <translation>&amp;Euros reçus&#xa0;:</translation>
    </message>
    <message>
        <source>What reached your account in euros: the figure you declare.</source>
        <translation>Ce qui est arrivé sur votre compte en euros&#xa0;: le montant que vous déclarez.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mo&amp;yen de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer label, cheque number…</source>
        <translation>Libellé du virement, numéro de chèque…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Invoices:</source>
        <translation>&amp;Factures&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Use credit</source>
        <translation>Utiliser le crédit</translation>
    </message>
    <message>
        <source>Choose a client…</source>
        <translation>Choisissez un client…</translation>
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
    <name>Bureau::ReceivablesView</name>
    <message>
        <source>Open invoice</source>
        <translation>Ouvrir la facture</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>E-mail the client</source>
        <translation>Envoyer un e-mail au client</translation>
    </message>
    <message>
        <source>Call the client</source>
        <translation>Appeler le client</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The receivables cannot be read</source>
        <translation>Impossible de lire les créances clients</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Toute ancienneté</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échue</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue 0–30 days</source>
        <translation>En retard de 0 à 30 jours</translation>
    </message>
    <message>
        <source>Overdue 31–60 days</source>
        <translation>En retard de 31 à 60 jours</translation>
    </message>
    <message>
        <source>Overdue over 60 days</source>
        <translation>En retard de plus de 60 jours</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échue aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 still to be paid</source>
        <translation>Reste à payer&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <comment>another currency: outstanding (overdue)</comment>
        <translation>%1 (dont %2 en retard)</translation>
    </message>
    <message>
        <source>Also outstanding in other currencies: %1.</source>
        <translation>Également en attente de paiement dans d’autres devises&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No e-mail address for this client.</source>
        <translation>Aucune adresse e-mail pour ce client.</translation>
    </message>
    <message>
        <source>Write to %1 about invoice %2</source>
        <translation>Écrire à %1 au sujet de la facture %2</translation>
    </message>
    <message>
        <source>No phone number for this client.</source>
        <translation>Aucun numéro de téléphone pour ce client.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>%1: no e-mail address or phone number.</source>
        <translation>%1&#xa0;: ni adresse e-mail ni numéro de téléphone.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>client name: e-mail · phone</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4</source>
        <comment>client, number, due date, outstanding (tab-separated)</comment>
        <translation>%1	%2	%3	%4</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>en attente de paiement</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>non échu</translation>
    </message>
    <message>
        <source>overdue 0–30 days</source>
        <translation>en retard de 0 à 30 jours</translation>
    </message>
    <message>
        <source>overdue 31–60 days</source>
        <translation>en retard de 31 à 60 jours</translation>
    </message>
    <message>
        <source>overdue over 60 days</source>
        <translation>en retard de plus de 60 jours</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Ancienneté&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Copy the client, number, due date and amount</source>
        <translation>Copier le client, le numéro, la date d’échéance et le montant</translation>
    </message>
    <message>
        <source>Nothing outstanding</source>
        <translation>Rien à encaisser</translation>
    </message>
    <message>
        <source>Every issued invoice is paid. Invoices still to be paid are listed here, the most overdue first.</source>
        <translation>Toutes les factures émises sont payées. Les factures en attente de paiement s’affichent ici, de la plus en retard à la moins en retard.</translation>
    </message>
    <message>
        <source>overpaid after a credit note: %1</source>
        <translation>trop-perçu après un avoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>received for no invoice: %1</source>
        <translation>reçu sans facture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Owed to your clients</source>
        <translation>Dû à vos clients</translation>
    </message>
    <message>
        <source>Money received beyond what was invoiced: pay it back, or let one of the client&apos;s invoices use it.</source>
        <translation>Sommes reçues au-delà de ce qui a été facturé&#xa0;: remboursez-les, ou imputez-les sur une facture du client.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Owed to the client</source>
        <translation>Dû au client</translation>
    </message>
    <message>
        <source>Pay back…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Record the refund of the selected client&apos;s credit</source>
        <translation>Enregistrer le remboursement du crédit du client sélectionné</translation>
    </message>
    <message>
        <source>Use on an invoice…</source>
        <translation>Imputer sur une facture…</translation>
    </message>
    <message>
        <source>Open the payment dialog, where the credit pays one of the client&apos;s invoices</source>
        <translation>Ouvrir la fenêtre de paiement, où le crédit règle une facture du client</translation>
    </message>
</context>
<context>
    <name>Bureau::ReceptionCard</name>
    <message>
        <source>No reception instructions yet for %1. Write how to greet callers, who to put through and what to filter: they show here in one click.</source>
        <translation>Pas encore de consignes d’accueil pour %1. Indiquez comment accueillir les appelants, à qui transférer les appels et quoi filtrer&#xa0;: elles s’afficheront ici en un clic.</translation>
    </message>
    <message>
        <source>Write instructions…</source>
        <translation>Rédiger les consignes…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the greeting, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Urgent contact</source>
        <translation>Contact en cas d’urgence</translation>
    </message>
    <message>
        <source>Put through</source>
        <translation>À transférer</translation>
    </message>
    <message>
        <source>Filter out</source>
        <translation>À filtrer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Standard answers</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The reception instructions cannot be read</source>
        <translation>Impossible de lire les consignes d’accueil</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>local time in a city</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Reception card — %1</source>
        <translation>Fiche d’accueil — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Bureau::ReceptionInstructionsDialog</name>
    <message>
        <source>The reception instructions cannot be read</source>
        <translation>Impossible de lire les consignes d’accueil</translation>
    </message>
    <message>
        <source>The reception instructions cannot be saved</source>
        <translation>Impossible d’enregistrer les consignes d’accueil</translation>
    </message>
    <message>
        <source>Reception instructions for %1</source>
        <translation>Consignes d’accueil pour %1</translation>
    </message>
    <message>
        <source>Save instructions</source>
        <translation>Enregistrer les consignes</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>&amp;Formule d’accueil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Put through:</source>
        <translation>À &amp;transférer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Filter out:</source>
        <translation>À f&amp;iltrer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Urgent contact:</source>
        <translation>Contact en cas d’&amp;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Standard &amp;answers:</source>
        <translation>&amp;Réponses types&#xa0;:</translation>
    </message>
    <message>
        <source>Word for word, as you answer the phone.</source>
        <translation>Mot pour mot, telle que vous la prononcez au téléphone.</translation>
    </message>
    <message>
        <source>Who to reach, and how, when it cannot wait.</source>
        <translation>Qui joindre, et comment, quand cela ne peut pas attendre.</translation>
    </message>
    <message>
        <source>e.g. Atelier Azur, good morning, how may I help you?</source>
        <translation>p. ex. Atelier Azur, bonjour, que puis-je faire pour vous&#xa0;?</translation>
    </message>
    <message>
        <source>Who may be put through, to whom, and how (transfer, text message, e-mail).</source>
        <translation>Qui peut être transféré, à qui et comment (transfert, SMS, e-mail).</translation>
    </message>
    <message>
        <source>e.g. Sales calls and surveys: take a message, do not put through.</source>
        <translation>p. ex. Démarchage et sondages&#xa0;: prendre un message, ne pas transférer.</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9:00–12:00 and 14:00–18:00</source>
        <translation>p. ex. Lun–Ven 9:00–12:00 et 14:00–18:00</translation>
    </message>
    <message>
        <source>e.g. Jeanne Roy, +33 6 12 34 56 78 (text first)</source>
        <translation>p. ex. Jeanne Roy, +33 6 12 34 56 78 (SMS d’abord)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Add a standard answer</source>
        <translation>Ajouter une réponse type</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Bureau::RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Bureau::ReportsView</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>The report cannot be read</source>
        <translation>Impossible de lire le rapport</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>unbilled value (+%n)</source>
        <comment>the number of other currencies, listed in the tooltip</comment>
        <translation>
            <numerusform>valeur non facturée (+%n)</numerusform>
            <numerusform>valeur non facturée (+%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>unbilled value</source>
        <translation>valeur non facturée</translation>
    </message>
    <message>
        <source>%1 of unbilled time has no hourly rate (fixed fee, or no rate set).</source>
        <translation>%1 de temps non facturé n’a pas de taux horaire (montant fixe, ou aucun taux défini).</translation>
    </message>
    <message>
        <source>The chart cannot be read</source>
        <translation>Impossible de lire le graphique</translation>
    </message>
    <message>
        <source>Other clients</source>
        <translation>Autres clients</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>chart tooltip: client, month: hours</comment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>chart axis</comment>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Time report %1 to %2</source>
        <comment>file name: first and last day</comment>
        <translation>Rapport de temps du %1 au %2</translation>
    </message>
    <message>
        <source>The report cannot be exported</source>
        <translation>Impossible d’exporter le rapport</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The report cannot be saved as PDF</source>
        <translation>Impossible d’enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The report as a printable PDF, in the interface’s language (%1)</source>
        <translation>Le rapport en PDF imprimable, dans la langue de l’interface (%1)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The report’s rows as a spreadsheet file (%1)</source>
        <translation>Les lignes du rapport dans un fichier pour tableur (%1)</translation>
    </message>
    <message>
        <source>No hours to report yet</source>
        <translation>Aucune heure à présenter pour l’instant</translation>
    </message>
    <message>
        <source>Hours you record, with the timer or by hand, are summed here by client, mission and period, with what remains to invoice.</source>
        <translation>Les heures que vous enregistrez, au chronomètre ou à la main, sont totalisées ici par client, par mission et par période, avec ce qu’il reste à facturer.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Hours per client per month</source>
        <translation>Heures par client et par mois</translation>
    </message>
    <message>
        <source>hours worked</source>
        <translation>heures travaillées</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>facturables</translation>
    </message>
    <message>
        <source>non-billable</source>
        <translation>non facturables</translation>
    </message>
    <message>
        <source>unbilled</source>
        <translation>non facturées</translation>
    </message>
    <message>
        <source>Time report</source>
        <translation>Rapport de temps</translation>
    </message>
    <message>
        <source>The report cannot be printed</source>
        <translation>Le rapport ne peut pas être imprimé</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Imprimer le rapport (%1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
</context>
<context>
    <name>Bureau::RevenuePage</name>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: number, year</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>The revenue cannot be read</source>
        <translation>Impossible de lire le chiffre d’affaires</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Invoiced, net</source>
        <translation>Facturé HT</translation>
    </message>
    <message>
        <source>Invoiced, with VAT</source>
        <translation>Facturé TTC</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Euros</source>
        <comment>chart axis</comment>
        <translation>Euros</translation>
    </message>
    <message>
        <source>VAT franchise %1</source>
        <translation>Franchise en base de TVA %1</translation>
    </message>
    <message>
        <source>No thresholds are known for %1.</source>
        <translation>Aucun seuil n’est connu pour %1.</translation>
    </message>
    <message>
        <source>%1 received in France this year: %2% of the base threshold (%3; higher threshold %4).</source>
        <translation>%1 encaissés en France cette année&#xa0;: %2&#xa0;% du seuil de base (%3&#xa0;; seuil majoré %4).</translation>
    </message>
    <message>
        <source>You have passed the higher threshold: the franchise is lost and VAT is due from the day it was passed. Change your VAT regime in Settings › Profile.</source>
        <translation>Vous avez dépassé le seuil majoré&#xa0;: la franchise est perdue et la TVA est due dès le jour du dépassement. Modifiez votre régime de TVA dans Paramètres › Profil.</translation>
    </message>
    <message>
        <source>Receipts register %1 to %2</source>
        <comment>file name: first and last day</comment>
        <translation>Livre des recettes du %1 au %2</translation>
    </message>
    <message>
        <source>The receipts register cannot be exported</source>
        <translation>Impossible d’exporter le livre des recettes</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The receipts register cannot be saved as PDF</source>
        <translation>Impossible d’enregistrer le livre des recettes en PDF</translation>
    </message>
    <message>
        <source>Export the receipts register as CSV</source>
        <translation>Exporter le livre des recettes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the receipts register as PDF</source>
        <translation>Enregistrer le livre des recettes en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The receipts register of the period as a spreadsheet file</source>
        <translation>Le livre des recettes de la période, sous forme de fichier pour tableur</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>The receipts register of the period as a PDF, in the interface’s language</source>
        <translation>Le livre des recettes de la période, en PDF, dans la langue de l’interface</translation>
    </message>
    <message>
        <source>Invoiced and collected</source>
        <translation>Facturé et encaissé</translation>
    </message>
    <message>
        <source>To declare to URSSAF</source>
        <translation>À déclarer à l’URSSAF</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the figure to paste it in the declaration</source>
        <translation>Copier le montant pour le coller dans la déclaration</translation>
    </message>
    <message>
        <source>Euros received in the period, net of refunds, without VAT and disbursements.</source>
        <translation>Euros encaissés sur la période, remboursements déduits, hors TVA et hors débours.</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Par période</translation>
    </message>
    <message>
        <source>Receipts register</source>
        <translation>Livre des recettes</translation>
    </message>
    <message>
        <source>You are near the base threshold, which you passed last year: passing it again means VAT from 1 January next year.</source>
        <translation>Vous approchez du seuil de base, déjà dépassé l’an dernier&#xa0;: le dépasser de nouveau signifie la TVA dès le 1er janvier prochain.</translation>
    </message>
    <message>
        <source>You are near the base threshold. Passing it two years running ends the franchise the year after; passing the higher threshold (%1) ends it at once.</source>
        <translation>Vous approchez du seuil de base. Le dépasser deux années de suite met fin à la franchise l’année suivante&#xa0;; dépasser le seuil majoré (%1) y met fin immédiatement.</translation>
    </message>
    <message>
        <source>You have passed the base threshold a second year running: you will charge VAT from 1 January next year, and from the day you pass %1.</source>
        <translation>Vous avez dépassé le seuil de base pour la deuxième année de suite&#xa0;: vous facturerez la TVA dès le 1er janvier prochain, et dès le jour où vous dépasserez %1.</translation>
    </message>
    <message>
        <source>You have passed the base threshold: the franchise goes on next year if this year stays under %1, and ends the day you pass it.</source>
        <translation>Vous avez dépassé le seuil de base&#xa0;: la franchise continue l’an prochain si cette année reste sous %1, et prend fin le jour où vous le dépassez.</translation>
    </message>
    <message>
        <source>The franchise ended on 1 January %1: the turnover of the past years passed its thresholds (%2 in %3, %4 in %5). Change your VAT regime in Settings › Profile.</source>
        <translation>La franchise a pris fin le 1er janvier %1&#xa0;: le chiffre d’affaires des années passées a dépassé ses seuils (%2 en %3, %4 en %5). Modifiez votre régime de TVA dans Paramètres › Profil.</translation>
    </message>
</context>
<context>
    <name>Bureau::RunawayTimerDialog</name>
    <message>
        <source>Timer still running</source>
        <translation>Chronomètre toujours en cours</translation>
    </message>
    <message>
        <source>The timer for %1 has been running since %2, for %3. Did you forget to stop it?</source>
        <translation>Le chronomètre de %1 tourne depuis le %2, soit %3. Avez-vous oublié de l’arrêter&#xa0;?</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Le laisser tourner</translation>
    </message>
    <message>
        <source>Stop it at:</source>
        <translation>L’arrêter à&#xa0;:</translation>
    </message>
    <message>
        <source>Discard it: the time is not recorded</source>
        <translation>L’abandonner&#xa0;: le temps n’est pas enregistré</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
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
    <name>Bureau::TaskDialog</name>
    <message>
        <source>The task cannot be saved</source>
        <translation>Impossible d’enregistrer la tâche</translation>
    </message>
    <message>
        <source>New task for %1</source>
        <translation>Nouvelle tâche pour %1</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Send the monthly invoices</source>
        <translation>p. ex. Envoyer les factures mensuelles</translation>
    </message>
    <message>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
</context>
<context>
    <name>Bureau::TimeEntryDialog</name>
    <message>
        <source>Choose the client this time is for.</source>
        <translation>Choisissez le client concerné par ce temps.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>an overlapping running entry&apos;s end</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>overlapping entry: client, start–end</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>This time overlaps %n other entry(ies): %1. You can still save it.</source>
        <translation>
            <numerusform>Ce créneau chevauche %n autre entrée&#xa0;: %1. Vous pouvez tout de même l’enregistrer.</numerusform>
            <numerusform>Ce créneau chevauche %n autres entrées&#xa0;: %1. Vous pouvez tout de même l’enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time cannot be saved</source>
        <translation>Impossible d’enregistrer l’entrée de temps</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Ajouter du temps</translation>
    </message>
    <message>
        <source>Edit time</source>
        <translation>Modifier l’entrée de temps</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>For example 1h30, 1:30, 90m or 1,5 (a number alone is hours).</source>
        <translation>Par exemple 1h30, 1:30, 90 min ou 1,5 (un nombre seul compte en heures).</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a start time to an end time</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Facturable</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Client…</source>
        <translation>Client…</translation>
    </message>
</context>
<context>
    <name>Bureau::TimeEntryListModel</name>
    <message>
        <source>Date</source>
        <comment>time entry list column</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>time entry list column</comment>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <comment>time entry list column</comment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>time entry list column</comment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>time entry list column</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mission</source>
        <comment>time entry list column</comment>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>time entry list column</comment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>time entry list column</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Billable</source>
        <comment>time entry list column</comment>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <comment>time entry list column</comment>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Invoiced: this entry is on an issued invoice and can no longer be changed.</source>
        <translation>Facturée&#xa0;: cette entrée figure sur une facture émise et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>time entry end</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>billable</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <comment>billable</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>time entry invoiced</comment>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>On a draft</source>
        <comment>time entry invoiced</comment>
        <translation>Sur un brouillon</translation>
    </message>
</context>
<context>
    <name>Bureau::TimeReportModel</name>
    <message>
        <source>%1 of unbilled time has no hourly rate (fixed fee, or no rate set).</source>
        <translation>%1 de temps non facturé n’a pas de taux horaire (montant fixe, ou aucun taux défini).</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>time report totals row</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>time report column</comment>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Billable</source>
        <comment>time report column</comment>
        <translation>Facturables</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <comment>time report column</comment>
        <translation>Non facturables</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <comment>time report column</comment>
        <translation>Non facturées</translation>
    </message>
    <message>
        <source>Unbilled value</source>
        <comment>time report column</comment>
        <translation>Valeur non facturée</translation>
    </message>
</context>
<context>
    <name>Bureau::TimeTracker</name>
    <message>
        <source>A timer is already running for %1 since %2: stop it, or switch to the new client.</source>
        <translation>Un chronomètre tourne déjà pour %1 depuis %2&#xa0;: arrêtez-le, ou basculez vers le nouveau client.</translation>
    </message>
    <message>
        <source>The timer cannot stop before it started (%1).</source>
        <translation>Le chronomètre ne peut pas s’arrêter avant d’avoir démarré (%1).</translation>
    </message>
    <message>
        <source>The timer cannot stop in the future.</source>
        <translation>Le chronomètre ne peut pas s’arrêter dans le futur.</translation>
    </message>
    <message>
        <source>The timer started at %1: an entry lasts at most 24 hours. Give an end within a day of its start.</source>
        <translation>Le chronomètre a démarré à %1&#xa0;: une entrée dure au plus 24 heures. Indiquez une fin moins d’un jour après son début.</translation>
    </message>
    <message>
        <source>The timer has been running since %1, more than 24 hours: say when the work ended, or discard the timer.</source>
        <translation>Le chronomètre tourne depuis %1, soit plus de 24 heures&#xa0;: indiquez quand le travail s’est terminé, ou abandonnez le chronomètre.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Aucun chronomètre n’est en cours.</translation>
    </message>
    <message>
        <source>The time entry was not saved: give its end or its duration (use the timer to record time as it runs).</source>
        <translation>L’entrée de temps n’a pas été enregistrée&#xa0;: indiquez sa fin ou sa durée (utilisez le chronomètre pour enregistrer le temps à mesure qu’il s’écoule).</translation>
    </message>
    <message>
        <source>The timer of %1 is still running: stop it first.</source>
        <translation>Le chronomètre du %1 tourne toujours&#xa0;: arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>The time entry of %1 is invoiced and can no longer be changed.</source>
        <translation>L’entrée de temps du %1 est facturée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The time entry of %1 is on a draft invoice: remove it from the invoice first.</source>
        <translation>L’entrée de temps du %1 figure sur un brouillon de facture&#xa0;: retirez-la d’abord de la facture.</translation>
    </message>
    <message>
        <source>The entry can only be cut strictly between its start (%1) and its end (%2).</source>
        <translation>L’entrée ne peut être coupée que strictement entre son début (%1) et sa fin (%2).</translation>
    </message>
    <message>
        <source>Choose at least two time entries to merge.</source>
        <translation>Choisissez au moins deux entrées de temps à fusionner.</translation>
    </message>
    <message>
        <source>Only entries of the same client can be merged.</source>
        <translation>Seules les entrées d’un même client peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>Only entries of the same mission and task can be merged.</source>
        <translation>Seules les entrées d’une même mission et d’une même tâche peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>Billable and non-billable entries cannot be merged.</source>
        <translation>Les entrées facturables et non facturables ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <source>The merged entry would last more than 24 hours: merge fewer entries.</source>
        <translation>L’entrée fusionnée durerait plus de 24 heures&#xa0;: fusionnez moins d’entrées.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A day holds at most 24 hours.</source>
        <translation>Une journée compte au plus 24 heures.</translation>
    </message>
    <message>
        <source>Choose a day.</source>
        <translation>Choisissez un jour.</translation>
    </message>
    <message>
        <source>A timer is running on this day: stop it before changing the total.</source>
        <translation>Un chronomètre tourne ce jour-là&#xa0;: arrêtez-le avant de modifier le total.</translation>
    </message>
    <message>
        <source>This day already holds %1 of invoiced time: the total cannot be less.</source>
        <translation>Ce jour compte déjà %1 de temps facturé&#xa0;: le total ne peut pas être inférieur.</translation>
    </message>
</context>
<context>
    <name>Bureau::TimeView</name>
    <message>
        <source>%1–%2 %3</source>
        <comment>week: first day–last day month year</comment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week: first day – last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This day’s time cannot be changed</source>
        <translation>Impossible de modifier le temps de ce jour</translation>
    </message>
    <message>
        <source>The time entries cannot be read</source>
        <translation>Impossible de lire les entrées de temps</translation>
    </message>
    <message>
        <source>The timesheet cannot be read</source>
        <translation>Impossible de lire la feuille de temps</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Billable&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color:%1&quot;&gt;Non-billable&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Facturable&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color:%1&quot;&gt;Non facturable&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This week: %1 in all.</source>
        <translation>Cette semaine&#xa0;: %1 au total.</translation>
    </message>
    <message>
        <source>No time this week</source>
        <translation>Aucune heure cette semaine</translation>
    </message>
    <message>
        <source>Start the timer, add time by hand, or add a row and type the hours of each day.</source>
        <translation>Démarrez le chronomètre, ajoutez du temps à la main, ou ajoutez une ligne et saisissez les heures de chaque jour.</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>The day’s time cannot be read</source>
        <translation>Impossible de lire le temps de ce jour</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>time entry end</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1 (non-billable)</source>
        <comment>day list description</comment>
        <translation>%1 (non facturable)</translation>
    </message>
    <message>
        <source>Invoiced: this entry is on an issued invoice and can no longer be changed.</source>
        <translation>Facturée&#xa0;: cette entrée figure sur une facture émise et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <comment>day total</comment>
        <translation>%1 de travail</translation>
    </message>
    <message>
        <source>No time on this day</source>
        <translation>Aucune heure ce jour-là</translation>
    </message>
    <message>
        <source>Add what you worked on, or start the timer.</source>
        <translation>Ajoutez ce sur quoi vous avez travaillé, ou démarrez le chronomètre.</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Ajouter du temps</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Scinder…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Add time…</source>
        <translation>Ajouter du temps…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Show the day</source>
        <translation>Afficher le jour</translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation>Afficher la semaine</translation>
    </message>
    <message>
        <source>The entry cannot be opened</source>
        <translation>Impossible d’ouvrir l’entrée</translation>
    </message>
    <message>
        <source>Invoiced time</source>
        <translation>Temps facturé</translation>
    </message>
    <message>
        <source>This entry is on an issued invoice: it can no longer be changed.</source>
        <translation>Cette entrée figure sur une facture émise&#xa0;: elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Timer running</source>
        <translation>Chronomètre en cours</translation>
    </message>
    <message>
        <source>This entry is the running timer: stop it from the toolbar to change it.</source>
        <translation>Cette entrée correspond au chronomètre en cours&#xa0;: arrêtez-le depuis la barre d’outils pour la modifier.</translation>
    </message>
    <message>
        <source>Delete time</source>
        <translation>Supprimer du temps</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n time entry(ies)? The hours are no longer counted anywhere.</source>
        <translation>
            <numerusform>Supprimer %n entrée de temps&#xa0;? Ces heures ne seront plus comptées nulle part.</numerusform>
            <numerusform>Supprimer %n entrées de temps&#xa0;? Ces heures ne seront plus comptées nulle part.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time cannot be deleted</source>
        <translation>Impossible de supprimer le temps saisi</translation>
    </message>
    <message>
        <source>The entry cannot be split</source>
        <translation>Impossible de scinder l’entrée</translation>
    </message>
    <message>
        <source>Split the entry</source>
        <translation>Scinder l’entrée</translation>
    </message>
    <message>
        <source>Cut this entry in two at:</source>
        <translation>Couper cette entrée en deux à&#xa0;:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>The entries cannot be merged</source>
        <translation>Impossible de fusionner les entrées</translation>
    </message>
    <message>
        <source>The client cannot be opened</source>
        <translation>Impossible d’ouvrir le client</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Adds time worked by hand (%1).</source>
        <translation>Ajoute à la main du temps travaillé (%1).</translation>
    </message>
    <message>
        <source>No hours recorded yet</source>
        <translation>Aucune heure saisie pour l’instant</translation>
    </message>
    <message>
        <source>Start the timer on a client from the toolbar, or enter hours by hand; they become invoice lines.</source>
        <translation>Démarrez le chronomètre pour un client depuis la barre d’outils, ou saisissez des heures à la main&#xa0;; elles deviennent des lignes de facture.</translation>
    </message>
    <message>
        <source>Week</source>
        <comment>time view mode</comment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>time view mode</comment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>All entries</source>
        <comment>time view mode</comment>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Previous week (%1)</source>
        <translation>Semaine précédente (%1)</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>Semaine suivante (%1)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Adds a row for a client or mission, to type its hours day by day.</source>
        <translation>Ajoute une ligne pour un client ou une mission, afin d’en saisir les heures jour par jour.</translation>
    </message>
    <message>
        <source>Previous day (%1)</source>
        <translation>Jour précédent (%1)</translation>
    </message>
    <message>
        <source>Next day (%1)</source>
        <translation>Jour suivant (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cuts the selected entry in two.</source>
        <translation>Coupe l’entrée sélectionnée en deux.</translation>
    </message>
    <message>
        <source>Joins the selected entries of the same client, mission and task into one.</source>
        <translation>Réunit en une seule les entrées sélectionnées d’un même client, d’une même mission et d’une même tâche.</translation>
    </message>
    <message>
        <source>Deletes the selected entries (%1).</source>
        <translation>Supprime les entrées sélectionnées (%1).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Bureau::TimerTray</name>
    <message>
        <source>Timer running for %1</source>
        <translation>Chronomètre en cours pour %1</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Aucun chronomètre en cours</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>The timer cannot stop</source>
        <translation>Impossible d’arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Basculer vers %1</translation>
    </message>
    <message>
        <source>Start on %1</source>
        <translation>Démarrer pour %1</translation>
    </message>
    <message>
        <source>The timer cannot switch</source>
        <translation>Impossible de basculer le chronomètre</translation>
    </message>
    <message>
        <source>The timer cannot start</source>
        <translation>Impossible de démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Open Bureau</source>
        <translation>Ouvrir Bureau</translation>
    </message>
    <message>
        <source>Bureau — timer running for %1</source>
        <translation>Bureau — chronomètre en cours pour %1</translation>
    </message>
    <message>
        <source>Bureau — no timer running</source>
        <translation>Bureau — aucun chronomètre en cours</translation>
    </message>
</context>
<context>
    <name>Bureau::TimerWidget</name>
    <message>
        <source>Stop</source>
        <comment>timer</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>timer</comment>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>The timer cannot start</source>
        <translation>Impossible de démarrer le chronomètre</translation>
    </message>
    <message>
        <source>The timer cannot stop</source>
        <translation>Impossible d’arrêter le chronomètre</translation>
    </message>
    <message>
        <source>The timer cannot switch</source>
        <translation>Impossible de basculer le chronomètre</translation>
    </message>
    <message>
        <source>The description cannot be saved</source>
        <translation>Impossible d’enregistrer la description</translation>
    </message>
    <message>
        <source>Client…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <source>The client the timer runs for: type to search.</source>
        <translation>Le client pour lequel tourne le chronomètre&#xa0;: tapez pour rechercher.</translation>
    </message>
    <message>
        <source>The mission, if the time belongs to one.</source>
        <translation>La mission à laquelle ce temps se rattache, le cas échéant.</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Sur quoi travaillez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Switch</source>
        <comment>timer</comment>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>Stops the running timer and starts one on the client picked, at the same instant.</source>
        <translation>Arrête le chronomètre en cours et en démarre un pour le client choisi, au même instant.</translation>
    </message>
    <message>
        <source>Time on the running timer.</source>
        <translation>Temps écoulé sur le chronomètre en cours.</translation>
    </message>
    <message>
        <source>Starts or stops the timer.</source>
        <translation>Démarre ou arrête le chronomètre.</translation>
    </message>
    <message>
        <source>Starts or stops the timer (%1).</source>
        <translation>Démarre ou arrête le chronomètre (%1).</translation>
    </message>
</context>
<context>
    <name>Bureau::TimesheetModel</name>
    <message>
        <source>Total</source>
        <comment>timesheet totals row</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>timesheet row: client — mission</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (non-billable)</source>
        <comment>timesheet row</comment>
        <translation>%1 (non facturable)</translation>
    </message>
    <message>
        <source>The timer is running in this cell: stop it to change this day&apos;s time.</source>
        <translation>Le chronomètre tourne dans cette cellule&#xa0;: arrêtez-le pour modifier le temps de ce jour.</translation>
    </message>
    <message>
        <source>%1 of this day is invoiced and locked.</source>
        <translation>Temps facturé et verrouillé pour ce jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Client and mission</source>
        <comment>timesheet column</comment>
        <translation>Client et mission</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>timesheet column</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>timesheet column: short weekday and day of month</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Bureau::WorkingSlotsEditor</name>
    <message>
        <source>Remove this slot</source>
        <translation>Supprimer ce créneau</translation>
    </message>
    <message>
        <source>In your time (%1): %2</source>
        <translation>À votre heure (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a slot</source>
        <translation>Ajouter un créneau</translation>
    </message>
    <message>
        <source>Add Monday to Friday</source>
        <translation>Ajouter du lundi au vendredi</translation>
    </message>
    <message>
        <source>No fixed hours.</source>
        <translation>Pas d’horaires fixes.</translation>
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
    <message>
        <source>revoked on %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>password in the keychain</source>
        <translation>mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>aucun mot de passe enregistré</translation>
    </message>
    <message>
        <source>%1 %2 Bureau never keeps a password anywhere else.</source>
        <translation>%1 %2 Bureau ne conserve jamais un mot de passe ailleurs.</translation>
    </message>
    <message>
        <source>Records a login held for one of a client’s tools; its password goes to the system keychain. A password is never an argument: pipe it in with --password-stdin.</source>
        <translation>Enregistre un identifiant détenu pour l’un des outils d’un client&#xa0;; son mot de passe est placé dans le trousseau du système. Un mot de passe n’est jamais passé en argument&#xa0;: transmettez-le avec --password-stdin.</translation>
    </message>
    <message>
        <source>The client’s id or exact name.</source>
        <translation>L’identifiant ou le nom exact du client.</translation>
    </message>
    <message>
        <source>The tool, such as Gmail, Qonto or HubSpot.</source>
        <translation>L’outil, par exemple Gmail, Qonto ou HubSpot.</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Son adresse.</translation>
    </message>
    <message>
        <source>The user name to log in with.</source>
        <translation>L’identifiant de connexion.</translation>
    </message>
    <message>
        <source>Who granted the access.</source>
        <translation>La personne qui a accordé l’accès.</translation>
    </message>
    <message>
        <source>When it was granted, such as 2026-10-05.</source>
        <translation>La date à laquelle il a été accordé, par exemple 2026-10-05.</translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>access add needs --client: bureau-cli access add --client C --service S --password-stdin.</source>
        <translation>access add requiert --client&#xa0;: bureau-cli access add --client C --service S --password-stdin.</translation>
    </message>
    <message>
        <source>access add needs --service: bureau-cli access add --client C --service S --password-stdin.</source>
        <translation>access add requiert --service&#xa0;: bureau-cli access add --client C --service S --password-stdin.</translation>
    </message>
    <message>
        <source>--granted-on: “%1” is not a date such as 2026-10-05.</source>
        <translation>--granted-on&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date au format 2026-10-05.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The access was not recorded.</source>
        <translation>L’accès n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Access %1 to %2 recorded for “%3”, its password in the keychain.</source>
        <translation>Accès %1 à %2 enregistré pour «&#xa0;%3&#xa0;», mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>Access %1 to %2 recorded for “%3”, without a password.</source>
        <translation>Accès %1 à %2 enregistré pour «&#xa0;%3&#xa0;», sans mot de passe.</translation>
    </message>
    <message>
        <source>Lists the accesses held for clients: active ones first, then revoked ones. Never a password.</source>
        <translation>Liste les accès détenus pour les clients&#xa0;: d’abord les accès actifs, puis les accès révoqués. Jamais de mot de passe.</translation>
    </message>
    <message>
        <source>Only this client’s accesses: id or exact name.</source>
        <translation>Uniquement les accès de ce client&#xa0;: identifiant ou nom exact.</translation>
    </message>
    <message>
        <source>Leave out revoked accesses.</source>
        <translation>Exclure les accès révoqués.</translation>
    </message>
    <message>
        <source>No access recorded.</source>
        <translation>Aucun accès enregistré.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Prints the password of an access, alone, read from the keychain now.</source>
        <translation>Affiche seul le mot de passe d’un accès, lu à l’instant dans le trousseau.</translation>
    </message>
    <message>
        <source>The access’s id (see bureau-cli access list).</source>
        <translation>L’identifiant de l’accès (voir bureau-cli access list).</translation>
    </message>
    <message>
        <source>“%1” is not an access id: give the number bureau-cli access list shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’accès&#xa0;: indiquez le numéro affiché par bureau-cli access list.</translation>
    </message>
    <message>
        <source>The password cannot be read.</source>
        <translation>Impossible de lire le mot de passe.</translation>
    </message>
    <message>
        <source>Revokes an access: deletes its password from the keychain and keeps the record of when the access ended.</source>
        <translation>Révoque un accès&#xa0;: supprime son mot de passe du trousseau et garde la trace de la date de fin de l’accès.</translation>
    </message>
    <message>
        <source>The access was not revoked.</source>
        <translation>L’accès n’a pas été révoqué.</translation>
    </message>
    <message>
        <source>Access %1 to %2 revoked; its password was deleted from the keychain.</source>
        <translation>Accès %1 à %2 révoqué&#xa0;; son mot de passe a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Record an access: --client C --service S [--url U] [--username N] --password-stdin</source>
        <translation>Enregistrer un accès&#xa0;: --client C --service S [--url U] [--username N] --password-stdin</translation>
    </message>
    <message>
        <source>List accesses, never their passwords [--client C] [--active]</source>
        <translation>Lister les accès, jamais leurs mots de passe [--client C] [--active]</translation>
    </message>
    <message>
        <source>Print the password of an access, alone: ID</source>
        <translation>Afficher seul le mot de passe d’un accès&#xa0;: ID</translation>
    </message>
    <message>
        <source>Delete the password and mark the access ended: ID</source>
        <translation>Supprimer le mot de passe et marquer l’accès comme terminé&#xa0;: ID</translation>
    </message>
    <message>
        <source>access needs a command: add, list, reveal or revoke; see bureau-cli access --help.</source>
        <translation>access requiert une commande&#xa0;: add, list, reveal ou revoke&#xa0;; voir bureau-cli access --help.</translation>
    </message>
    <message>
        <source>Unknown access command “%1”: use add, list, reveal or revoke.</source>
        <translation>Commande access inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, list, reveal ou revoke.</translation>
    </message>
    <message>
        <source>The client’s name, as registered.</source>
        <translation>Le nom du client, tel qu’enregistré.</translation>
    </message>
    <message>
        <source>company or person (default: company).</source>
        <translation>company ou person (par défaut&#xa0;: company).</translation>
    </message>
    <message>
        <source>Legal form, such as SAS or SARL.</source>
        <translation>Forme juridique, par exemple SAS ou SARL.</translation>
    </message>
    <message>
        <source>SIREN or SIRET number.</source>
        <translation>Numéro SIREN ou SIRET.</translation>
    </message>
    <message>
        <source>Intra-EU VAT number.</source>
        <translation>Numéro de TVA intracommunautaire.</translation>
    </message>
    <message>
        <source>Country code, such as FR (default: FR).</source>
        <translation>Code pays, par exemple FR (par défaut&#xa0;: FR).</translation>
    </message>
    <message>
        <source>E-mail address; repeat it for several, the first is the main one.</source>
        <translation>Adresse e-mail&#xa0;; à répéter pour en indiquer plusieurs, la première est la principale.</translation>
    </message>
    <message>
        <source>Phone number; repeat it for several, the first is the main one.</source>
        <translation>Numéro de téléphone&#xa0;; à répéter pour en indiquer plusieurs, le premier est le principal.</translation>
    </message>
    <message>
        <source>Web site.</source>
        <translation>Site web.</translation>
    </message>
    <message>
        <source>Language of the client’s documents: fr or en (default: from the country).</source>
        <translation>Langue des documents du client&#xa0;: fr ou en (par défaut&#xa0;: selon le pays).</translation>
    </message>
    <message>
        <source>Time zone, such as America/Montreal (default: from the country).</source>
        <translation>Fuseau horaire, par exemple America/Montreal (par défaut&#xa0;: selon le pays).</translation>
    </message>
    <message>
        <source>Currency of the client’s documents.</source>
        <translation>Devise des documents du client.</translation>
    </message>
    <message>
        <source>Default hourly rate, such as 45.00 (empty: the profile’s).</source>
        <translation>Taux horaire par défaut, par exemple 45.00 (vide&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <source>Payment terms in days (empty: the profile’s).</source>
        <translation>Délai de paiement en jours (vide&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <source>Round billable time to 5, 6, 10, 15 or 30 minutes, or none.</source>
        <translation>Arrondir le temps facturable à 5, 6, 10, 15 ou 30 minutes, ou none (aucun arrondi).</translation>
    </message>
    <message>
        <source>up or nearest.</source>
        <translation>up (au supérieur) ou nearest (au plus proche).</translation>
    </message>
    <message>
        <source>entry or line.</source>
        <translation>entry (par saisie) ou line (par ligne de facture).</translation>
    </message>
    <message>
        <source>prospect, active, paused or former.</source>
        <translation>prospect, active, paused ou former.</translation>
    </message>
    <message>
        <source>Adds a tag; repeat it for several.</source>
        <translation>Ajoute une étiquette&#xa0;; à répéter pour en ajouter plusieurs.</translation>
    </message>
    <message>
        <source>Adds an e-mail address.</source>
        <translation>Ajoute une adresse e-mail.</translation>
    </message>
    <message>
        <source>Removes an e-mail address.</source>
        <translation>Retire une adresse e-mail.</translation>
    </message>
    <message>
        <source>Adds a phone number.</source>
        <translation>Ajoute un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Removes a phone number.</source>
        <translation>Retire un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Removes a tag.</source>
        <translation>Retire une étiquette.</translation>
    </message>
    <message>
        <source>Use company or person.</source>
        <translation>Utilisez company ou person.</translation>
    </message>
    <message>
        <source>The client has no “%1”.</source>
        <translation>Le client n’a pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use 5, 6, 10, 15, 30 or none.</source>
        <translation>Utilisez 5, 6, 10, 15, 30 ou none.</translation>
    </message>
    <message>
        <source>Use up or nearest.</source>
        <translation>Utilisez up ou nearest.</translation>
    </message>
    <message>
        <source>Use entry or line.</source>
        <translation>Utilisez entry ou line.</translation>
    </message>
    <message>
        <source>Use prospect, active, paused or former.</source>
        <translation>Utilisez prospect, active, paused ou former.</translation>
    </message>
    <message>
        <source>The client has no tag “%1”.</source>
        <translation>Le client n’a pas d’étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>company, professional client</source>
        <translation>société, client professionnel</translation>
    </message>
    <message>
        <source>person, professional client</source>
        <translation>personne, client professionnel</translation>
    </message>
    <message>
        <source>person, private client</source>
        <translation>personne, particulier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contact channel: value (label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (id %2): %3, %4</source>
        <translation>%1 (id %2)&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>Archived: hidden from the client list.</source>
        <translation>Archivé&#xa0;: masqué dans la liste des clients.</translation>
    </message>
    <message>
        <source>Legal form: %1</source>
        <translation>Forme juridique&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIREN/SIRET: %1</source>
        <translation>SIREN/SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web site: %1</source>
        <translation>Site web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents in: English</source>
        <translation>Documents en&#xa0;: anglais</translation>
    </message>
    <message>
        <source>Documents in: French</source>
        <translation>Documents en&#xa0;: français</translation>
    </message>
    <message>
        <source>the profile’s</source>
        <translation>celui du profil</translation>
    </message>
    <message>
        <source>Payment terms: the profile’s</source>
        <translation>Délai de paiement&#xa0;: celui du profil</translation>
    </message>
    <message>
        <source>Rounding of billable time: none</source>
        <translation>Arrondi du temps facturable&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: up to the next %n minute(s), per entry</source>
        <translation>
            <numerusform>Arrondi du temps facturable&#xa0;: au supérieur, à %n minute, par saisie</numerusform>
            <numerusform>Arrondi du temps facturable&#xa0;: au supérieur, à %n minutes, par saisie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: up to the next %n minute(s), per invoice line</source>
        <translation>
            <numerusform>Arrondi du temps facturable&#xa0;: au supérieur, à %n minute, par ligne de facture</numerusform>
            <numerusform>Arrondi du temps facturable&#xa0;: au supérieur, à %n minutes, par ligne de facture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: to the nearest %n minute(s), per entry</source>
        <translation>
            <numerusform>Arrondi du temps facturable&#xa0;: au plus proche, à %n minute, par saisie</numerusform>
            <numerusform>Arrondi du temps facturable&#xa0;: au plus proche, à %n minutes, par saisie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rounding of billable time: to the nearest %n minute(s), per invoice line</source>
        <translation>
            <numerusform>Arrondi du temps facturable&#xa0;: au plus proche, à %n minute, par ligne de facture</numerusform>
            <numerusform>Arrondi du temps facturable&#xa0;: au plus proche, à %n minutes, par ligne de facture</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>bureau-cli: warning: %1</source>
        <translation>bureau-cli&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adds a client. A client is a professional unless --private is given.</source>
        <translation>Ajoute un client. Un client est un professionnel, sauf si --private est indiqué.</translation>
    </message>
    <message>
        <source>A private person, not a professional (B2C invoicing rules).</source>
        <translation>Un particulier, et non un professionnel (règles de facturation B2C).</translation>
    </message>
    <message>
        <source>client add needs --name: bureau-cli client add --name “Atelier Azur”.</source>
        <translation>client add requiert --name&#xa0;: bureau-cli client add --name «&#xa0;Atelier Azur&#xa0;».</translation>
    </message>
    <message>
        <source>Client “%1” added with id %2.</source>
        <translation>Client «&#xa0;%1&#xa0;» ajouté avec l’identifiant %2.</translation>
    </message>
    <message>
        <source>Changes only the fields given; the others stay as they are.</source>
        <translation>Ne modifie que les champs indiqués&#xa0;; les autres restent inchangés.</translation>
    </message>
    <message>
        <source>Makes the client a private person.</source>
        <translation>Fait du client un particulier.</translation>
    </message>
    <message>
        <source>Makes the client a professional.</source>
        <translation>Fait du client un professionnel.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field, such as --email.</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins un champ, par exemple --email.</translation>
    </message>
    <message>
        <source>Give --private or --professional, not both.</source>
        <translation>Indiquez --private ou --professional, pas les deux.</translation>
    </message>
    <message>
        <source>Client “%1” saved.</source>
        <translation>Client «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Adds a contact person to a client.</source>
        <translation>Ajoute un contact à un client.</translation>
    </message>
    <message>
        <source>The contact’s name.</source>
        <translation>Le nom du contact.</translation>
    </message>
    <message>
        <source>Their role, such as Office manager.</source>
        <translation>Sa fonction, par exemple Office manager.</translation>
    </message>
    <message>
        <source>Preferred channel: email, phone, sms, messaging or post.</source>
        <translation>Canal préféré&#xa0;: email, phone, sms, messaging ou post.</translation>
    </message>
    <message>
        <source>Makes this the client’s primary contact.</source>
        <translation>Fait de ce contact le contact principal du client.</translation>
    </message>
    <message>
        <source>client add-contact needs --name.</source>
        <translation>client add-contact requiert --name.</translation>
    </message>
    <message>
        <source>--channel: use email, phone, sms, messaging or post.</source>
        <translation>--channel&#xa0;: utilisez email, phone, sms, messaging ou post.</translation>
    </message>
    <message>
        <source>Contact “%1” added to “%2” with id %3.</source>
        <translation>Contact «&#xa0;%1&#xa0;» ajouté à «&#xa0;%2&#xa0;» avec l’identifiant %3.</translation>
    </message>
    <message>
        <source>Lists the clients, by name; archived ones only with --archived.</source>
        <translation>Liste les clients par nom&#xa0;; les clients archivés uniquement avec --archived.</translation>
    </message>
    <message>
        <source>Only prospect, active, paused or former clients.</source>
        <translation>Uniquement les clients prospect, active, paused ou former.</translation>
    </message>
    <message>
        <source>Only clients with this tag.</source>
        <translation>Uniquement les clients portant cette étiquette.</translation>
    </message>
    <message>
        <source>Only clients matching this text (name, contacts, e-mail, phone, tags, notes, city), accents and case ignored.</source>
        <translation>Uniquement les clients correspondant à ce texte (nom, contacts, e-mail, téléphone, étiquettes, notes, ville), sans tenir compte des accents ni de la casse.</translation>
    </message>
    <message>
        <source>Also list archived clients.</source>
        <translation>Lister aussi les clients archivés.</translation>
    </message>
    <message>
        <source>--status: use prospect, active, paused or former.</source>
        <translation>--status&#xa0;: utilisez prospect, active, paused ou former.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <source>Shows a client with its contacts, missions, tasks, accesses (never a password) and onboarding checklist.</source>
        <translation>Affiche un client avec ses contacts, missions, tâches, accès (jamais de mot de passe) et sa checklist d’intégration.</translation>
    </message>
    <message>
        <source>Contacts (%1):</source>
        <translation>Contacts (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Missions (%1):</source>
        <translation>Missions (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>  #%1 %2 — %3, %4, %5</source>
        <translation>  #%1 %2 — %3, %4, %5</translation>
    </message>
    <message>
        <source>Tasks (%1 open, %2 done):</source>
        <translation>Tâches (%1 en cours, %2 terminées)&#xa0;:</translation>
    </message>
    <message>
        <source>  #%1 %2 — %3, %4 priority, due %5</source>
        <translation>  #%1 %2 — %3, priorité %4, échéance le %5</translation>
    </message>
    <message>
        <source>  #%1 %2 — %3, %4 priority</source>
        <translation>  #%1 %2 — %3, priorité %4</translation>
    </message>
    <message>
        <source>Accesses (%1):</source>
        <translation>Accès (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>  #%1 %2 (%3)</source>
        <translation>  #%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Onboarding: %1 of %2 done</source>
        <translation>Intégration&#xa0;: %1 sur %2 terminées</translation>
    </message>
    <message>
        <source>Archives a client: hidden from the list, kept whole.</source>
        <translation>Archive un client&#xa0;: masqué dans la liste, conservé en entier.</translation>
    </message>
    <message>
        <source>Brings an archived client back to the list.</source>
        <translation>Remet un client archivé dans la liste.</translation>
    </message>
    <message>
        <source>Client “%1” archived.</source>
        <translation>Client «&#xa0;%1&#xa0;» archivé.</translation>
    </message>
    <message>
        <source>Client “%1” restored.</source>
        <translation>Client «&#xa0;%1&#xa0;» désarchivé.</translation>
    </message>
    <message>
        <source>Deletes a client with its contacts, interactions, missions, tasks and accesses (their passwords too). Refused when the client has documents: archive it instead.</source>
        <translation>Supprime un client avec ses contacts, échanges, missions, tâches et accès (y compris leurs mots de passe). Refusé si le client a des documents&#xa0;: archivez-le plutôt.</translation>
    </message>
    <message>
        <source>Confirms the deletion.</source>
        <translation>Confirme la suppression.</translation>
    </message>
    <message>
        <source>Deleting “%1” also deletes its contacts, interactions, missions, tasks and accesses, for good. Add --yes to delete it, or archive it instead: bureau-cli client archive %2.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» supprime aussi définitivement ses contacts, échanges, missions, tâches et accès. Ajoutez --yes pour le supprimer, ou archivez-le plutôt&#xa0;: bureau-cli client archive %2.</translation>
    </message>
    <message>
        <source>“%1” was deleted, but not everything of it could be removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé, mais tout n’a pas pu être effacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client “%1” deleted.</source>
        <translation>Client «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Exports everything about one client as a ZIP (client.json and their documents), for a request under the GDPR. Never a password.</source>
        <translation>Exporte toutes les données d’un client dans un fichier ZIP (client.json et ses documents), pour une demande au titre du RGPD. Jamais de mot de passe.</translation>
    </message>
    <message>
        <source>The ZIP file to write.</source>
        <translation>Le fichier ZIP à écrire.</translation>
    </message>
    <message>
        <source>client export-data needs --output FILE.zip.</source>
        <translation>client export-data requiert --output FICHIER.zip.</translation>
    </message>
    <message>
        <source>The copy of the attached file “%1” is missing; it is listed in client.json only.</source>
        <translation>La copie du fichier joint «&#xa0;%1&#xa0;» est introuvable&#xa0;; il figure uniquement dans client.json.</translation>
    </message>
    <message>
        <source>The personal data of “%1” was written to “%2”.</source>
        <translation>Les données personnelles de «&#xa0;%1&#xa0;» ont été écrites dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Erases a client’s personal data under the GDPR, keeping what the law requires for invoices.</source>
        <translation>Efface les données personnelles d’un client au titre du RGPD, en conservant ce que la loi exige pour les factures.</translation>
    </message>
    <message>
        <source>Confirms the erasure.</source>
        <translation>Confirme l’effacement.</translation>
    </message>
    <message>
        <source>Its name, legal form, SIREN/SIRET, VAT number and billing address are kept, with its documents, as the law requires.</source>
        <translation>Son nom, sa forme juridique, son SIREN/SIRET, son numéro de TVA et son adresse de facturation sont conservés avec ses documents, comme l’exige la loi.</translation>
    </message>
    <message>
        <source>It has no invoicing documents, so its name and billing identity are erased too.</source>
        <translation>Il n’a aucun document de facturation&#xa0;: son nom et son identité de facturation sont donc effacés aussi.</translation>
    </message>
    <message>
        <source>Erasing “%1” deletes its contacts, e-mails, phones, tags, interactions, reception instructions, onboarding checklist and attached files, clears its notes and those of its tasks and missions, and revokes its accesses (their passwords are deleted). %2 Missions and tasks stay. This cannot be undone: add --yes to erase.</source>
        <translation>Effacer «&#xa0;%1&#xa0;» supprime ses contacts, e-mails, téléphones, étiquettes, échanges, consignes d’accueil, checklist d’intégration et fichiers joints, vide ses notes et celles de ses tâches et missions, et révoque ses accès (leurs mots de passe sont supprimés). %2 Les missions et les tâches sont conservées. Cette action est irréversible&#xa0;: ajoutez --yes pour effacer.</translation>
    </message>
    <message>
        <source>The personal data of client %1 was erased. Contacts deleted: %2; interactions deleted: %3; files deleted: %4; accesses revoked: %5.</source>
        <translation>Les données personnelles du client %1 ont été effacées. Contacts supprimés&#xa0;: %2&#xa0;; échanges supprimés&#xa0;: %3&#xa0;; fichiers supprimés&#xa0;: %4&#xa0;; accès révoqués&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Its billing identity was kept because it has invoicing documents.</source>
        <translation>Son identité de facturation a été conservée, car il a des documents de facturation.</translation>
    </message>
    <message>
        <source>It is now named “%1”.</source>
        <translation>Il s’appelle désormais «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importer</translation>
    </message>
    <message>
        <source>add its contacts to “%1”</source>
        <translation>ajouter ses contacts à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>skip: %1</source>
        <translation>ignorer&#xa0;: %1</translation>
    </message>
    <message>
        <source>skip, duplicate: %1</source>
        <translation>ignorer, doublon&#xa0;: %1</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is too large to be a contact file.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être un fichier de contacts.</translation>
    </message>
    <message>
        <source>Imports clients from a vCard file (Google, Apple, Outlook, Android, Thunderbird…): a company with its people as contacts, a person as a client. Clients already in Bureau are found by name, e-mail or phone. Nothing is imported unless everything can be.</source>
        <translation>Importe des clients depuis un fichier vCard (Google, Apple, Outlook, Android, Thunderbird…)&#xa0;: une société avec ses collaborateurs comme contacts, une personne comme client. Les clients déjà présents dans Bureau sont reconnus par leur nom, leur e-mail ou leur téléphone. Rien n’est importé si tout ne peut pas l’être.</translation>
    </message>
    <message>
        <source>The .vcf file.</source>
        <translation>Le fichier .vcf.</translation>
    </message>
    <message>
        <source>Show what would be imported, duplicates flagged; change nothing.</source>
        <translation>Afficher ce qui serait importé, doublons signalés, sans rien modifier.</translation>
    </message>
    <message>
        <source>Import the others when some are already in Bureau.</source>
        <translation>Importer les autres quand certains sont déjà dans Bureau.</translation>
    </message>
    <message>
        <source>Add the contacts of a company already in Bureau to it; skip other duplicates.</source>
        <translation>Ajouter les contacts d’une société déjà présente dans Bureau à celle-ci&#xa0;; ignorer les autres doublons.</translation>
    </message>
    <message>
        <source>Give --skip-duplicates or --merge-duplicates, not both.</source>
        <translation>Indiquez --skip-duplicates ou --merge-duplicates, pas les deux.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Clients to import: %1; duplicates found: %2.</source>
        <translation>Simulation, rien n’a été modifié. Clients à importer&#xa0;: %1&#xa0;; doublons trouvés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of the clients in the file are already in Bureau or repeated in it (%2). Add --skip-duplicates to import the others, --merge-duplicates to add their contacts to the existing clients, or --dry-run to see them.</source>
        <translation>Rien n’a été importé&#xa0;: %1 des clients du fichier sont déjà dans Bureau ou y figurent plusieurs fois (%2). Ajoutez --skip-duplicates pour importer les autres, --merge-duplicates pour ajouter leurs contacts aux clients existants, ou --dry-run pour les voir.</translation>
    </message>
    <message>
        <source>Clients imported: %1; merged into existing clients: %2; contacts added: %3; skipped: %4.</source>
        <translation>Clients importés&#xa0;: %1&#xa0;; fusionnés avec des clients existants&#xa0;: %2&#xa0;; contacts ajoutés&#xa0;: %3&#xa0;; ignorés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Exports clients as a vCard 4.0 file for an address book: each client, then each contact of a company.</source>
        <translation>Exporte des clients dans un fichier vCard 4.0 pour un carnet d’adresses&#xa0;: chaque client, puis chaque contact d’une société.</translation>
    </message>
    <message>
        <source>Every client that is not archived.</source>
        <translation>Tous les clients non archivés.</translation>
    </message>
    <message>
        <source>With --all: archived ones too.</source>
        <translation>Avec --all&#xa0;: les clients archivés aussi.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Le fichier à écrire (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Name one client, or give --all: bureau-cli client export-vcard CLIENT --output FILE.vcf.</source>
        <translation>Indiquez un client, ou --all&#xa0;: bureau-cli client export-vcard CLIENT --output FICHIER.vcf.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to “%1”.</source>
        <translation>
            <numerusform>%n client écrit dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n clients écrits dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports the client list as CSV (RFC 4180, UTF-8), the columns of the list, for a spreadsheet. Cells a spreadsheet would run as formulas are written as text.</source>
        <translation>Exporte la liste des clients au format CSV (RFC 4180, UTF-8), avec les colonnes de la liste, pour un tableur. Les cellules qu’un tableur exécuterait comme des formules sont écrites sous forme de texte.</translation>
    </message>
    <message>
        <source>Begin with a byte order mark, so that Excel reads the accents.</source>
        <translation>Commencer par une marque d’ordre des octets (BOM), pour qu’Excel lise correctement les accents.</translation>
    </message>
    <message>
        <source>Include archived clients.</source>
        <translation>Inclure les clients archivés.</translation>
    </message>
    <message>
        <source>comma (default) or semicolon, as French Excel expects.</source>
        <translation>comma (virgule, par défaut) ou semicolon (point-virgule, comme l’attend Excel en français).</translation>
    </message>
    <message>
        <source>--separator: use comma or semicolon.</source>
        <translation>--separator&#xa0;: utilisez comma ou semicolon.</translation>
    </message>
    <message>
        <source>The client list was written to “%1”.</source>
        <translation>La liste des clients a été écrite dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add a client: --name N [--private] [--email E] [--phone P] …</source>
        <translation>Ajouter un client&#xa0;: --name N [--private] [--email E] [--phone P] …</translation>
    </message>
    <message>
        <source>List clients [--status S] [--tag T] [--search Q] [--archived]</source>
        <translation>Lister les clients [--status S] [--tag T] [--search Q] [--archived]</translation>
    </message>
    <message>
        <source>Show a client with contacts, missions, tasks, accesses, onboarding</source>
        <translation>Afficher un client avec ses contacts, missions, tâches, accès et son intégration</translation>
    </message>
    <message>
        <source>Change the fields given: CLIENT --email E --tag T …</source>
        <translation>Modifier les champs indiqués&#xa0;: CLIENT --email E --tag T …</translation>
    </message>
    <message>
        <source>Add a contact person: CLIENT --name N [--role R] [--primary]</source>
        <translation>Ajouter un contact&#xa0;: CLIENT --name N [--role R] [--primary]</translation>
    </message>
    <message>
        <source>Hide a client from the list, keeping everything</source>
        <translation>Masquer un client dans la liste, en conservant tout</translation>
    </message>
    <message>
        <source>Bring an archived client back</source>
        <translation>Remettre un client archivé dans la liste</translation>
    </message>
    <message>
        <source>Delete a client without documents: CLIENT --yes</source>
        <translation>Supprimer un client sans documents&#xa0;: CLIENT --yes</translation>
    </message>
    <message>
        <source>Import clients from a vCard file [--dry-run] [--skip-duplicates]</source>
        <translation>Importer des clients depuis un fichier vCard [--dry-run] [--skip-duplicates]</translation>
    </message>
    <message>
        <source>Export clients as vCard: CLIENT|--all --output FILE</source>
        <translation>Exporter des clients au format vCard&#xa0;: CLIENT|--all --output FICHIER</translation>
    </message>
    <message>
        <source>Export the client list as CSV [--output FILE] [--bom] [--archived]</source>
        <translation>Exporter la liste des clients au format CSV [--output FICHIER] [--bom] [--archived]</translation>
    </message>
    <message>
        <source>Export one client’s personal data: CLIENT --output FILE.zip</source>
        <translation>Exporter les données personnelles d’un client&#xa0;: CLIENT --output FICHIER.zip</translation>
    </message>
    <message>
        <source>Erase one client’s personal data (GDPR): CLIENT --yes</source>
        <translation>Effacer les données personnelles d’un client (RGPD)&#xa0;: CLIENT --yes</translation>
    </message>
    <message>
        <source>client needs a command: %1; see bureau-cli client --help.</source>
        <translation>client requiert une commande&#xa0;: %1&#xa0;; voir bureau-cli client --help.</translation>
    </message>
    <message>
        <source>Unknown client command “%1”: use %2.</source>
        <translation>Commande client inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”; see bureau-cli %2 --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;; voir bureau-cli %2 --help.</translation>
    </message>
    <message>
        <source>Missing argument; see bureau-cli %1 --help.</source>
        <translation>Argument manquant&#xa0;; voir bureau-cli %1 --help.</translation>
    </message>
    <message>
        <source>Usage: bureau-cli %1 COMMAND [OPTIONS]; bureau-cli %1 COMMAND --help for its options.</source>
        <translation>Utilisation&#xa0;: bureau-cli %1 COMMANDE [OPTIONS]&#xa0;; bureau-cli %1 COMMANDE --help pour ses options.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No password on standard input: pipe it in, such as “printf %s &quot;$PASSWORD&quot; | bureau-cli … --password-stdin”.</source>
        <translation>Aucun mot de passe sur l’entrée standard&#xa0;: transmettez-le par un tube, par exemple «&#xa0;printf&#xa0;%s &quot;$PASSWORD&quot; | bureau-cli … --password-stdin&#xa0;».</translation>
    </message>
    <message>
        <source>The client has no mission “%1”.</source>
        <translation>Le client n’a pas de mission «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several missions of the client are titled “%1” (ids %2): give the id.</source>
        <translation>Plusieurs missions du client s’intitulent «&#xa0;%1&#xa0;» (identifiants %2)&#xa0;: indiquez l’identifiant.</translation>
    </message>
    <message>
        <source>Adds a task for a client.</source>
        <translation>Ajoute une tâche pour un client.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Ce qu’il y a à faire.</translation>
    </message>
    <message>
        <source>The client’s mission it belongs to: id or exact title.</source>
        <translation>La mission du client à laquelle elle se rattache&#xa0;: identifiant ou intitulé exact.</translation>
    </message>
    <message>
        <source>Due date, such as 2026-12-15.</source>
        <translation>Date d’échéance, par exemple 2026-12-15.</translation>
    </message>
    <message>
        <source>low, normal, high or urgent (default: normal).</source>
        <translation>low, normal, high ou urgent (par défaut&#xa0;: normal).</translation>
    </message>
    <message>
        <source>todo, in-progress, waiting or done (default: todo).</source>
        <translation>todo, in-progress, waiting ou done (par défaut&#xa0;: todo).</translation>
    </message>
    <message>
        <source>task add needs --client: bureau-cli task add --client C --title T.</source>
        <translation>task add requiert --client&#xa0;: bureau-cli task add --client C --title T.</translation>
    </message>
    <message>
        <source>task add needs --title: bureau-cli task add --client C --title T.</source>
        <translation>task add requiert --title&#xa0;: bureau-cli task add --client C --title T.</translation>
    </message>
    <message>
        <source>--due: “%1” is not a date such as 2026-12-15.</source>
        <translation>--due&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date au format 2026-12-15.</translation>
    </message>
    <message>
        <source>--priority: use low, normal, high or urgent.</source>
        <translation>--priority&#xa0;: utilisez low, normal, high ou urgent.</translation>
    </message>
    <message>
        <source>--status: use todo, in-progress, waiting or done.</source>
        <translation>--status&#xa0;: utilisez todo, in-progress, waiting ou done.</translation>
    </message>
    <message>
        <source>Task %1 added for “%2”.</source>
        <translation>Tâche %1 ajoutée pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Lists open tasks, by due date (undated last, then by priority); done ones too with --all.</source>
        <translation>Liste les tâches en cours par échéance (celles sans date en dernier, puis par priorité)&#xa0;; les tâches terminées aussi avec --all.</translation>
    </message>
    <message>
        <source>Only this client’s tasks: id or exact name.</source>
        <translation>Uniquement les tâches de ce client&#xa0;: identifiant ou nom exact.</translation>
    </message>
    <message>
        <source>Also list done tasks.</source>
        <translation>Lister aussi les tâches terminées.</translation>
    </message>
    <message>
        <source>No task.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Aucune tâche en cours.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Marks a task done.</source>
        <translation>Marque une tâche comme terminée.</translation>
    </message>
    <message>
        <source>Sets a done task back to “to do”.</source>
        <translation>Remet une tâche terminée à l’état «&#xa0;À faire&#xa0;».</translation>
    </message>
    <message>
        <source>The task’s id (see bureau-cli task list).</source>
        <translation>L’identifiant de la tâche (voir bureau-cli task list).</translation>
    </message>
    <message>
        <source>“%1” is not a task id: give the number bureau-cli task list shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche&#xa0;: indiquez le numéro affiché par bureau-cli task list.</translation>
    </message>
    <message>
        <source>Task %1 done: “%2”.</source>
        <translation>Tâche %1 terminée&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Task %1 reopened: “%2”.</source>
        <translation>Tâche %1 rouverte&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Add a task: --client C --title T [--mission M] [--due D] [--priority P]</source>
        <translation>Ajouter une tâche&#xa0;: --client C --title T [--mission M] [--due D] [--priority P]</translation>
    </message>
    <message>
        <source>List open tasks [--client C] [--all]</source>
        <translation>Lister les tâches en cours [--client C] [--all]</translation>
    </message>
    <message>
        <source>Mark a task done: ID</source>
        <translation>Marquer une tâche comme terminée&#xa0;: ID</translation>
    </message>
    <message>
        <source>Set a done task back to “to do”: ID</source>
        <translation>Remettre une tâche terminée à l’état «&#xa0;À faire&#xa0;»&#xa0;: ID</translation>
    </message>
    <message>
        <source>task needs a command: add, list, done or reopen; see bureau-cli task --help.</source>
        <translation>task requiert une commande&#xa0;: add, list, done ou reopen&#xa0;; voir bureau-cli task --help.</translation>
    </message>
    <message>
        <source>Unknown task command “%1”: use add, list, done or reopen.</source>
        <translation>Commande task inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez add, list, done ou reopen.</translation>
    </message>
    <message>
        <source>check takes no argument but --repair.</source>
        <translation>check ne prend aucun argument, hormis --repair.</translation>
    </message>
    <message>
        <source>Totals: ok</source>
        <translation>Totaux&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>Totals: %n month(s) to recompute (bureau-cli check --repair)</source>
        <translation>
            <numerusform>Totaux&#xa0;: %n mois à recalculer (bureau-cli check --repair)</numerusform>
            <numerusform>Totaux&#xa0;: %n mois à recalculer (bureau-cli check --repair)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some totals disagree with the records they sum: run bureau-cli check --repair.</source>
        <translation>Certains totaux ne concordent pas avec les enregistrements qu’ils additionnent&#xa0;: exécutez bureau-cli check --repair.</translation>
    </message>
    <message>
        <source>Demo data written: %1 clients, %2 contacts, %3 interactions, %4 missions, %5 tasks, %6 time entries (%7 ms).</source>
        <translation>Données de démonstration écrites&#xa0;: %1 clients, %2 contacts, %3 échanges, %4 missions, %5 tâches, %6 entrées de temps (%7 ms).</translation>
    </message>
    <message>
        <source>The client has no task “%1”.</source>
        <translation>Le client n’a pas de tâche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several tasks of the client are titled “%1” (ids %2): give the id.</source>
        <translation>Plusieurs tâches du client s’intitulent «&#xa0;%1&#xa0;» (identifiants %2)&#xa0;: indiquez l’identifiant.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>end of a running timer</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>it overlaps entry %1 for “%2” (%3 – %4).</source>
        <translation>elle chevauche l’entrée %1 pour «&#xa0;%2&#xa0;» (%3 – %4).</translation>
    </message>
    <message>
        <source>The client’s mission: id or exact title.</source>
        <translation>La mission du client&#xa0;: identifiant ou intitulé exact.</translation>
    </message>
    <message>
        <source>The client’s task: id or exact title.</source>
        <translation>La tâche du client&#xa0;: identifiant ou intitulé exact.</translation>
    </message>
    <message>
        <source>What the time is spent on.</source>
        <translation>Ce à quoi le temps est consacré.</translation>
    </message>
    <message>
        <source>The time is not to be invoiced.</source>
        <translation>Le temps n’est pas à facturer.</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The timer was stopped elsewhere.</source>
        <translation>Le chronomètre a été arrêté ailleurs.</translation>
    </message>
    <message>
        <source>Timer stopped for “%1” at %2: %3.</source>
        <translation>Chronomètre arrêté pour «&#xa0;%1&#xa0;» à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Starts the timer on a client now. With --watch, stays in the foreground showing the elapsed time; Ctrl+C stops the timer.</source>
        <translation>Démarre maintenant le chronomètre pour un client. Avec --watch, reste au premier plan en affichant le temps écoulé&#xa0;; Ctrl+C arrête le chronomètre.</translation>
    </message>
    <message>
        <source>Stay in the foreground until Ctrl+C, which stops the timer.</source>
        <translation>Rester au premier plan jusqu’à Ctrl+C, qui arrête le chronomètre.</translation>
    </message>
    <message>
        <source>time start needs --client: bureau-cli time start --client C.</source>
        <translation>time start requiert --client&#xa0;: bureau-cli time start --client C.</translation>
    </message>
    <message>
        <source>Timer started for “%1” at %2 (entry %3).</source>
        <translation>Chronomètre démarré pour «&#xa0;%1&#xa0;» à %2 (entrée %3).</translation>
    </message>
    <message>
        <source>Stops the running timer, now or at the time given.</source>
        <translation>Arrête le chronomètre en cours, maintenant ou à l’heure indiquée.</translation>
    </message>
    <message>
        <source>When it ended: 17:30 (today) or 2026-11-27T17:30.</source>
        <translation>L’heure de fin&#xa0;: 17:30 (aujourd’hui) ou 2026-11-27T17:30.</translation>
    </message>
    <message>
        <source>--at: “%1” is not a time such as 17:30 or 2026-11-27T17:30.</source>
        <translation>--at&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure au format 17:30 ou 2026-11-27T17:30.</translation>
    </message>
    <message>
        <source>Stops the running timer and starts one on another client at the same instant.</source>
        <translation>Arrête le chronomètre en cours et en démarre un pour un autre client au même instant.</translation>
    </message>
    <message>
        <source>time switch needs --client: bureau-cli time switch --client C.</source>
        <translation>time switch requiert --client&#xa0;: bureau-cli time switch --client C.</translation>
    </message>
    <message>
        <source>Timer stopped for “%1”: %2. %3</source>
        <translation>Chronomètre arrêté pour «&#xa0;%1&#xa0;»&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Shows the running timer and its elapsed time.</source>
        <translation>Affiche le chronomètre en cours et son temps écoulé.</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Aucun chronomètre en cours.</translation>
    </message>
    <message>
        <source>this timer has run for more than 12 hours; stop it at the time the work ended with bureau-cli time stop --at HH:MM.</source>
        <translation>ce chronomètre tourne depuis plus de 12 heures&#xa0;; arrêtez-le à l’heure où le travail s’est terminé avec bureau-cli time stop --at HH:MM.</translation>
    </message>
    <message>
        <source>Timer running for “%1” since %2: %3.</source>
        <translation>Chronomètre en cours pour «&#xa0;%1&#xa0;» depuis %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Adds a finished entry: a date and a duration (from --start, else after the day’s last entry, else 09:00), or a start and an end.</source>
        <translation>Ajoute une entrée terminée&#xa0;: une date et une durée (à partir de --start, sinon après la dernière entrée du jour, sinon à 09:00), ou un début et une fin.</translation>
    </message>
    <message>
        <source>The day, such as 2026-11-27 (default: today).</source>
        <translation>Le jour, par exemple 2026-11-27 (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>How long: 1h30, 1:30, 90m or 1,5.</source>
        <translation>La durée&#xa0;: 1h30, 1:30, 90m ou 1,5.</translation>
    </message>
    <message>
        <source>When it started: 09:00.</source>
        <translation>L’heure de début&#xa0;: 09:00.</translation>
    </message>
    <message>
        <source>When it ended: 10:30.</source>
        <translation>L’heure de fin&#xa0;: 10:30.</translation>
    </message>
    <message>
        <source>time add needs --client: bureau-cli time add --client C --date D --duration 1h30.</source>
        <translation>time add requiert --client&#xa0;: bureau-cli time add --client C --date D --duration 1h30.</translation>
    </message>
    <message>
        <source>time add needs either --duration, or --start and --end.</source>
        <translation>time add requiert soit --duration, soit --start et --end.</translation>
    </message>
    <message>
        <source>time add: --end needs --start.</source>
        <translation>time add&#xa0;: --end requiert --start.</translation>
    </message>
    <message>
        <source>--duration: an entry lasts at least a minute.</source>
        <translation>--duration&#xa0;: une entrée dure au moins une minute.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date such as 2026-11-27.</source>
        <translation>--date&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date au format 2026-11-27.</translation>
    </message>
    <message>
        <source>--start: “%1” is not a time such as 09:00.</source>
        <translation>--start&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure au format 09:00.</translation>
    </message>
    <message>
        <source>--end: “%1” is not a time such as 10:30.</source>
        <translation>--end&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure au format 10:30.</translation>
    </message>
    <message>
        <source>--end must be after --start.</source>
        <translation>--end doit être postérieur à --start.</translation>
    </message>
    <message>
        <source>Entry %1 added for “%2”: %3 on %4 from %5.</source>
        <translation>Entrée %1 ajoutée pour «&#xa0;%2&#xa0;»&#xa0;: %3 le %4 à partir de %5.</translation>
    </message>
    <message>
        <source>Lists entries by start, over the last 7 days unless --from and --to say otherwise.</source>
        <translation>Liste les entrées dans l’ordre de leur début, sur les 7 derniers jours, sauf si --from et --to indiquent une autre période.</translation>
    </message>
    <message>
        <source>The first day, such as 2026-11-01.</source>
        <translation>Le premier jour, par exemple 2026-11-01.</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>Le dernier jour (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>Only this client’s entries: id or exact name.</source>
        <translation>Uniquement les entrées de ce client&#xa0;: identifiant ou nom exact.</translation>
    </message>
    <message>
        <source>Only the latest N entries.</source>
        <translation>Uniquement les N dernières entrées.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date such as 2026-11-01.</source>
        <translation>--from&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date au format 2026-11-01.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date such as 2026-11-30.</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date au format 2026-11-30.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No time entry from %1 to %2.</source>
        <translation>Aucune entrée de temps du %1 au %2.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), %1 (%2 h).</source>
        <translation>
            <numerusform>%n entrée, %1 (%2&#xa0;h).</numerusform>
            <numerusform>%n entrées, %1 (%2&#xa0;h).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes an entry. A new date or start moves it and keeps its duration; --duration or --end changes its end. --mission none and --task none remove the link.</source>
        <translation>Modifie une entrée. Une nouvelle date ou heure de début la déplace en conservant sa durée&#xa0;; --duration ou --end modifie sa fin. --mission none et --task none suppriment le lien.</translation>
    </message>
    <message>
        <source>The entry’s id (see bureau-cli time list).</source>
        <translation>L’identifiant de l’entrée (voir bureau-cli time list).</translation>
    </message>
    <message>
        <source>The new day, such as 2026-11-27.</source>
        <translation>Le nouveau jour, par exemple 2026-11-27.</translation>
    </message>
    <message>
        <source>The new duration: 1h30, 1:30, 90m or 1,5.</source>
        <translation>La nouvelle durée&#xa0;: 1h30, 1:30, 90m ou 1,5.</translation>
    </message>
    <message>
        <source>The new start: 09:00.</source>
        <translation>La nouvelle heure de début&#xa0;: 09:00.</translation>
    </message>
    <message>
        <source>The new end: 10:30.</source>
        <translation>La nouvelle heure de fin&#xa0;: 10:30.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes ou no.</translation>
    </message>
    <message>
        <source>“%1” is not an entry id: give the number bureau-cli time list shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’entrée&#xa0;: indiquez le numéro affiché par bureau-cli time list.</translation>
    </message>
    <message>
        <source>time edit takes --duration or --end, not both.</source>
        <translation>time edit accepte --duration ou --end, pas les deux.</translation>
    </message>
    <message>
        <source>time edit takes --billable or --non-billable, not both.</source>
        <translation>time edit accepte --billable ou --non-billable, pas les deux.</translation>
    </message>
    <message>
        <source>--billable: use yes or no.</source>
        <translation>--billable&#xa0;: utilisez yes ou no.</translation>
    </message>
    <message>
        <source>Entry %1 is still running: stop it with bureau-cli time stop --at HH:MM to give its end.</source>
        <translation>L’entrée %1 est toujours en cours&#xa0;: arrêtez-la avec bureau-cli time stop --at HH:MM pour indiquer sa fin.</translation>
    </message>
    <message>
        <source>--end must be after the start.</source>
        <translation>--end doit être postérieur au début.</translation>
    </message>
    <message>
        <source>Entry %1 saved.</source>
        <translation>Entrée %1 enregistrée.</translation>
    </message>
    <message>
        <source>Deletes an entry (an invoiced one cannot be).</source>
        <translation>Supprime une entrée (impossible pour une entrée facturée).</translation>
    </message>
    <message>
        <source>Entry %1 deleted.</source>
        <translation>Entrée %1 supprimée.</translation>
    </message>
    <message>
        <source>Hours worked over a range of days (default: this month), per client, mission, task or period: billable, non-billable, unbilled and its value.</source>
        <translation>Heures travaillées sur une plage de jours (par défaut&#xa0;: ce mois-ci), par client, mission, tâche ou période&#xa0;: facturables, non facturables et non facturées, avec la valeur de ces dernières.</translation>
    </message>
    <message>
        <source>The last day, such as 2026-11-30.</source>
        <translation>Le dernier jour, par exemple 2026-11-30.</translation>
    </message>
    <message>
        <source>Only this client’s time: id or exact name.</source>
        <translation>Uniquement le temps de ce client&#xa0;: identifiant ou nom exact.</translation>
    </message>
    <message>
        <source>client, mission, task, day, week, month, quarter or year (default: client).</source>
        <translation>client, mission, task, day, week, month, quarter ou year (par défaut&#xa0;: client).</translation>
    </message>
    <message>
        <source>--group-by: use client, mission, task, day, week, month, quarter or year.</source>
        <translation>--group-by&#xa0;: utilisez client, mission, task, day, week, month, quarter ou year.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Time from %1 to %2, by %3.</source>
        <translation>Temps du %1 au %2, par %3.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <source>Unbilled value</source>
        <translation>Valeur non facturée</translation>
    </message>
    <message>
        <source>%1 of unbilled time has no hourly rate (packages, fixed fees or no rate set).</source>
        <translation>Aucun taux horaire pour %1 de temps non facturé (forfaits, montants fixes ou aucun taux défini).</translation>
    </message>
    <message>
        <source>Start the timer: --client C [--mission M] [--task T] [--description T] [--watch]</source>
        <translation>Démarrer le chronomètre&#xa0;: --client C [--mission M] [--task T] [--description T] [--watch]</translation>
    </message>
    <message>
        <source>Stop the running timer [--at HH:MM]</source>
        <translation>Arrêter le chronomètre en cours [--at HH:MM]</translation>
    </message>
    <message>
        <source>Stop the timer and start one on another client: --client C</source>
        <translation>Arrêter le chronomètre et en démarrer un pour un autre client&#xa0;: --client C</translation>
    </message>
    <message>
        <source>Show the running timer</source>
        <translation>Afficher le chronomètre en cours</translation>
    </message>
    <message>
        <source>Add an entry: --client C --date D --duration 1h30 [--start 09:00]</source>
        <translation>Ajouter une entrée&#xa0;: --client C --date D --duration 1h30 [--start 09:00]</translation>
    </message>
    <message>
        <source>List entries [--from D --to D] [--client C] [--limit N]</source>
        <translation>Lister les entrées [--from D --to D] [--client C] [--limit N]</translation>
    </message>
    <message>
        <source>Change an entry: ID [--duration D] [--description T] [--date D]</source>
        <translation>Modifier une entrée&#xa0;: ID [--duration D] [--description T] [--date D]</translation>
    </message>
    <message>
        <source>Delete an entry: ID</source>
        <translation>Supprimer une entrée&#xa0;: ID</translation>
    </message>
    <message>
        <source>Hours per client or period: --from D --to D [--group-by G]</source>
        <translation>Heures par client ou par période&#xa0;: --from D --to D [--group-by G]</translation>
    </message>
    <message>
        <source>time needs a command: start, stop, switch, status, add, list, edit, delete or report; see bureau-cli time --help.</source>
        <translation>time requiert une commande&#xa0;: start, stop, switch, status, add, list, edit, delete ou report&#xa0;; voir bureau-cli time --help.</translation>
    </message>
    <message>
        <source>Unknown time command “%1”: use start, stop, switch, status, add, list, edit, delete or report.</source>
        <translation>Commande time inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez start, stop, switch, status, add, list, edit, delete ou report.</translation>
    </message>
    <message>
        <source>Invoices and numbering: ok</source>
        <translation>Factures et numérotation&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>Invoices and numbering: %n problem(s)</source>
        <translation>
            <numerusform>Factures et numérotation&#xa0;: %n problème</numerusform>
            <numerusform>Factures et numérotation&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued documents, their numbering or their balances do not check out: they were changed outside Bureau. Nothing was repaired; compare with the last good backup.</source>
        <translation>Des documents émis, leur numérotation ou leurs soldes sont incohérents&#xa0;: ils ont été modifiés en dehors de Bureau. Rien n’a été réparé&#xa0;; comparez avec la dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>No document given: give its id or its number.</source>
        <translation>Aucun document indiqué&#xa0;: indiquez son identifiant ou son numéro.</translation>
    </message>
    <message>
        <source>There is no document “%1”.</source>
        <translation>Aucun document «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>non payé</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>partiellement payé</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>--line “%1”: write &quot;description;quantity;unit price[;VAT %]&quot;, such as &quot;Assistance;1,5;45.00;20&quot;.</source>
        <translation>--line «&#xa0;%1&#xa0;»&#xa0;: écrivez &quot;description;quantité;prix unitaire[;TVA %]&quot;, par exemple &quot;Assistance;1,5;45.00;20&quot;.</translation>
    </message>
    <message>
        <source>--line “%1”: “%2” is not a quantity such as 1,5.</source>
        <translation>--line «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas une quantité au format 1,5.</translation>
    </message>
    <message>
        <source>--line “%1”: %2</source>
        <translation>--line «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>--line “%1”: the VAT rate must be 20, 10, 5,5, 2,1 or 0 %.</source>
        <translation>--line «&#xa0;%1&#xa0;»&#xa0;: le taux de TVA doit être 20, 10, 5,5, 2,1 ou 0&#xa0;%.</translation>
    </message>
    <message>
        <source>--disbursement “%1”: %2</source>
        <translation>--disbursement «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>%1 %2 (id %3), %4, for “%5”.</source>
        <translation>%1 %2 (identifiant %3), %4, pour «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued on %1.</source>
        <translation>Émis le %1.</translation>
    </message>
    <message>
        <source>Service from %1 to %2.</source>
        <translation>Prestation du %1 au %2.</translation>
    </message>
    <message>
        <source>Service on %1.</source>
        <translation>Prestation le %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valable jusqu’au %1.</translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>Échéance le %1.</translation>
    </message>
    <message>
        <source>%1 (disbursement)</source>
        <translation>%1 (débours)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discount: %1 %</source>
        <translation>Remise&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Total HT&#xa0;: %1</translation>
    </message>
    <message>
        <source>VAT: %1</source>
        <translation>TVA&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disbursements: %1</source>
        <translation>Débours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deposit %1 deducted: %2</source>
        <translation>Acompte %1 déduit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Net à payer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paid: %1; credited: %2; outstanding: %3 (%4).</source>
        <translation>Payé&#xa0;: %1&#xa0;; crédité&#xa0;: %2&#xa0;; restant dû&#xa0;: %3 (%4).</translation>
    </message>
    <message>
        <source>A line &quot;description;quantity;unit price[;VAT %]&quot; (repeatable).</source>
        <translation>Une ligne &quot;description;quantité;prix unitaire[;TVA %]&quot; (répétable).</translation>
    </message>
    <message>
        <source>The currency (default: the client’s).</source>
        <translation>La devise (par défaut&#xa0;: celle du client).</translation>
    </message>
    <message>
        <source>Euros for one unit of the currency, in millionths (921234).</source>
        <translation>Euros pour une unité de la devise, en millionièmes (921234).</translation>
    </message>
    <message>
        <source>Euros for one unit of the currency (0.921234).</source>
        <translation>Euros pour une unité de la devise (0.921234).</translation>
    </message>
    <message>
        <source>First day of the service.</source>
        <translation>Premier jour de la prestation.</translation>
    </message>
    <message>
        <source>Last day of the service.</source>
        <translation>Dernier jour de la prestation.</translation>
    </message>
    <message>
        <source>The day of the service.</source>
        <translation>Le jour de la prestation.</translation>
    </message>
    <message>
        <source>The due date (quotes: valid until; default: issue date + terms).</source>
        <translation>La date d’échéance (devis&#xa0;: date de fin de validité&#xa0;; par défaut&#xa0;: date d’émission + délai de paiement).</translation>
    </message>
    <message>
        <source>Payment terms in days (default: the client’s).</source>
        <translation>Délai de paiement en jours (par défaut&#xa0;: celui du client).</translation>
    </message>
    <message>
        <source>The client’s purchase order reference.</source>
        <translation>La référence du bon de commande du client.</translation>
    </message>
    <message>
        <source>A subject printed under the number.</source>
        <translation>Un objet imprimé sous le numéro.</translation>
    </message>
    <message>
        <source>Notes printed on the document.</source>
        <translation>Notes imprimées sur le document.</translation>
    </message>
    <message>
        <source>A discount on the services: 10% or an amount such as 50.00.</source>
        <translation>Une remise sur les prestations&#xa0;: 10% ou un montant, par exemple 50.00.</translation>
    </message>
    <message>
        <source>The number of an issued deposit invoice to deduct (repeatable).</source>
        <translation>Le numéro d’une facture d’acompte émise à déduire (répétable).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date such as 2026-11-30.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date au format 2026-11-30.</translation>
    </message>
    <message>
        <source>--terms: give a number of days from 0 to 365.</source>
        <translation>--terms&#xa0;: indiquez un nombre de jours de 0 à 365.</translation>
    </message>
    <message>
        <source>--rate: give the euros for one unit in millionths, such as 921234.</source>
        <translation>--rate&#xa0;: indiquez les euros pour une unité en millionièmes, par exemple 921234.</translation>
    </message>
    <message>
        <source>--eur-rate: give the euros for one unit, such as 0.921234.</source>
        <translation>--eur-rate&#xa0;: indiquez les euros pour une unité, par exemple 0.921234.</translation>
    </message>
    <message>
        <source>--discount: “%1” is not a percentage such as 10%.</source>
        <translation>--discount&#xa0;: «&#xa0;%1&#xa0;» n’est pas un pourcentage au format 10%.</translation>
    </message>
    <message>
        <source>--discount: %1</source>
        <translation>--discount&#xa0;: %1</translation>
    </message>
    <message>
        <source>--deduct: “%1” is not an issued deposit invoice.</source>
        <translation>--deduct&#xa0;: «&#xa0;%1&#xa0;» n’est pas une facture d’acompte émise.</translation>
    </message>
    <message>
        <source>Creates a draft quote for a client.</source>
        <translation>Crée un brouillon de devis pour un client.</translation>
    </message>
    <message>
        <source>Creates a draft invoice (or deposit invoice) for a client. Lines are in the client’s currency; language, currency and terms default from the client.</source>
        <translation>Crée un brouillon de facture (ou de facture d’acompte) pour un client. Les lignes sont dans la devise du client&#xa0;; la langue, la devise et le délai de paiement sont par défaut ceux du client.</translation>
    </message>
    <message>
        <source>invoice or deposit (default: invoice).</source>
        <translation>invoice ou deposit (par défaut&#xa0;: invoice).</translation>
    </message>
    <message>
        <source>%1 needs --client: bureau-cli %1 --client C --line &quot;…&quot;.</source>
        <translation>%1 requiert --client&#xa0;: bureau-cli %1 --client C --line &quot;…&quot;.</translation>
    </message>
    <message>
        <source>--kind: use invoice or deposit.</source>
        <translation>--kind&#xa0;: utilisez invoice ou deposit.</translation>
    </message>
    <message>
        <source>--currency: “%1” is not a currency code such as EUR.</source>
        <translation>--currency&#xa0;: «&#xa0;%1&#xa0;» n’est pas un code de devise, par exemple EUR.</translation>
    </message>
    <message>
        <source>Draft %1 created.</source>
        <translation>Brouillon %1 créé.</translation>
    </message>
    <message>
        <source>Document %1 is not a quote.</source>
        <translation>Le document %1 n’est pas un devis.</translation>
    </message>
    <message>
        <source>Document %1 is a quote: use bureau-cli quote.</source>
        <translation>Le document %1 est un devis&#xa0;: utilisez bureau-cli quote.</translation>
    </message>
    <message>
        <source>Adds lines to a draft (or changes its fields).</source>
        <translation>Ajoute des lignes à un brouillon (ou modifie ses champs).</translation>
    </message>
    <message>
        <source>The draft’s id.</source>
        <translation>L’identifiant du brouillon.</translation>
    </message>
    <message>
        <source>%1 is issued: an issued document never changes.</source>
        <translation>%1 est émis&#xa0;: un document émis n’est jamais modifié.</translation>
    </message>
    <message>
        <source>--currency is chosen when the draft is created.</source>
        <translation>--currency se choisit à la création du brouillon.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Brouillon %1 enregistré.</translation>
    </message>
    <message>
        <source>Creates a draft invoice from the client’s unbilled billable time in a period.</source>
        <translation>Crée un brouillon de facture à partir du temps facturable non facturé du client sur une période.</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>Le premier jour.</translation>
    </message>
    <message>
        <source>The last day.</source>
        <translation>Le dernier jour.</translation>
    </message>
    <message>
        <source>mission, task or day (default: mission).</source>
        <translation>mission, task ou day (par défaut&#xa0;: mission).</translation>
    </message>
    <message>
        <source>invoice from-time needs --client C --from D --to D (dates such as 2026-11-01).</source>
        <translation>invoice from-time requiert --client C --from D --to D (dates au format 2026-11-01).</translation>
    </message>
    <message>
        <source>--group-by: use mission, task or day.</source>
        <translation>--group-by&#xa0;: utilisez mission, task ou day.</translation>
    </message>
    <message>
        <source>Draft %1 created from time.</source>
        <translation>Brouillon %1 créé à partir du temps.</translation>
    </message>
    <message>
        <source>Numbers draft quotes and marks them sent, one after the other.</source>
        <translation>Numérote des brouillons de devis et les marque comme envoyés, l’un après l’autre.</translation>
    </message>
    <message>
        <source>Issues drafts one after the other: each gets the next number of its series and never changes again; its PDF is archived in the data folder.</source>
        <translation>Émet des brouillons l’un après l’autre&#xa0;: chacun reçoit le numéro suivant de sa série de numérotation et n’est plus jamais modifié&#xa0;; son PDF est archivé dans le dossier de données.</translation>
    </message>
    <message>
        <source>The drafts’ ids.</source>
        <translation>Les identifiants des brouillons.</translation>
    </message>
    <message>
        <source>Do not archive the PDFs now (see %1 pdf).</source>
        <translation>Ne pas archiver les PDF maintenant (voir %1 pdf).</translation>
    </message>
    <message>
        <source>“%1” is not a draft’s id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’identifiant d’un brouillon.</translation>
    </message>
    <message>
        <source>Document %1 is a quote: use bureau-cli quote issue.</source>
        <translation>Le document %1 est un devis&#xa0;: utilisez bureau-cli quote issue.</translation>
    </message>
    <message>
        <source>%1 %2 issued (id %3): %4.</source>
        <translation>%1 %2 émis (identifiant %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 is issued, but its PDF could not be archived (%2); archive it later with bureau-cli %3 pdf.</source>
        <translation>%1 est émis, mais son PDF n’a pas pu être archivé (%2)&#xa0;; archivez-le plus tard avec bureau-cli %3 pdf.</translation>
    </message>
    <message>
        <source>Writes a document’s PDF (a draft: a watermarked preview).</source>
        <translation>Écrit le PDF d’un document (pour un brouillon&#xa0;: un aperçu avec filigrane).</translation>
    </message>
    <message>
        <source>The document’s id or number.</source>
        <translation>L’identifiant ou le numéro du document.</translation>
    </message>
    <message>
        <source>The PDF file to write (- for standard output).</source>
        <translation>Le fichier PDF à écrire (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>%1 needs --output FILE.</source>
        <translation>%1 requiert --output FICHIER.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Lists quotes, newest first.</source>
        <translation>Liste les devis, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Lists invoices, deposit invoices and credit notes, newest first.</source>
        <translation>Liste les factures, factures d’acompte et avoirs, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only this client’s: id or name.</source>
        <translation>Uniquement ceux de ce client&#xa0;: identifiant ou nom.</translation>
    </message>
    <message>
        <source>invoice, deposit or credit_note.</source>
        <translation>invoice, deposit ou credit_note.</translation>
    </message>
    <message>
        <source>draft, sent, accepted, refused or expired.</source>
        <translation>draft, sent, accepted, refused ou expired.</translation>
    </message>
    <message>
        <source>draft, issued or sent.</source>
        <translation>draft, issued ou sent.</translation>
    </message>
    <message>
        <source>Only issued invoices not fully paid.</source>
        <translation>Uniquement les factures émises qui ne sont pas entièrement payées.</translation>
    </message>
    <message>
        <source>Text in the number or client name.</source>
        <translation>Texte contenu dans le numéro ou le nom du client.</translation>
    </message>
    <message>
        <source>Issued on or after this day.</source>
        <translation>Émis à partir de ce jour.</translation>
    </message>
    <message>
        <source>Issued on or before this day.</source>
        <translation>Émis jusqu’à ce jour inclus.</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>Au maximum ce nombre (par défaut 500).</translation>
    </message>
    <message>
        <source>--kind: use invoice, deposit or credit_note.</source>
        <translation>--kind&#xa0;: utilisez invoice, deposit ou credit_note.</translation>
    </message>
    <message>
        <source>--status: “%1” is not a status.</source>
        <translation>--status&#xa0;: «&#xa0;%1&#xa0;» n’est pas un statut.</translation>
    </message>
    <message>
        <source>--from: give a date such as 2026-11-01.</source>
        <translation>--from&#xa0;: indiquez une date au format 2026-11-01.</translation>
    </message>
    <message>
        <source>--to: give a date such as 2026-11-30.</source>
        <translation>--to&#xa0;: indiquez une date au format 2026-11-30.</translation>
    </message>
    <message>
        <source>--limit: give a positive number.</source>
        <translation>--limit&#xa0;: indiquez un nombre positif.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Shows a document: its lines, totals and balance.</source>
        <translation>Affiche un document&#xa0;: ses lignes, ses totaux et son solde.</translation>
    </message>
    <message>
        <source>Creates a draft credit note for an issued invoice: the whole invoice, or the lines given.</source>
        <translation>Crée un brouillon d’avoir pour une facture émise&#xa0;: sur la facture entière ou sur les lignes indiquées.</translation>
    </message>
    <message>
        <source>The invoice’s id or number.</source>
        <translation>L’identifiant ou le numéro de la facture.</translation>
    </message>
    <message>
        <source>A line to credit &quot;description;quantity;unit price[;VAT %]&quot; (repeatable).</source>
        <translation>Une ligne à créditer &quot;description;quantité;prix unitaire[;TVA %]&quot; (répétable).</translation>
    </message>
    <message>
        <source>Draft credit note %1 created for %2.</source>
        <translation>Brouillon d’avoir %1 créé pour %2.</translation>
    </message>
    <message>
        <source>Deletes a draft (issued documents are never deleted).</source>
        <translation>Supprime un brouillon (les documents émis ne sont jamais supprimés).</translation>
    </message>
    <message>
        <source>Draft %1 deleted.</source>
        <translation>Brouillon %1 supprimé.</translation>
    </message>
    <message>
        <source>Makes the monthly drafts of package and fixed-fee missions for the months that ended.</source>
        <translation>Crée les brouillons mensuels des missions au forfait et à prix fixe pour les mois écoulés.</translation>
    </message>
    <message>
        <source>No monthly draft to make.</source>
        <translation>Aucun brouillon mensuel à créer.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) made, to review:</source>
        <translation>
            <numerusform>%n brouillon créé, à vérifier&#xa0;:</numerusform>
            <numerusform>%n brouillons créés, à vérifier&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the numbering series, or changes one’s pattern ({YYYY} or {YY}, and {NNNN}) and yearly reset.</source>
        <translation>Affiche les séries de numérotation, ou modifie le modèle de l’une d’elles ({YYYY} ou {YY}, et {NNNN}) et sa remise à zéro annuelle.</translation>
    </message>
    <message>
        <source>invoice, credit_note or quote.</source>
        <translation>invoice, credit_note ou quote.</translation>
    </message>
    <message>
        <source>Such as F{YYYY}-{NNNN}.</source>
        <translation>Par exemple F{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <source>Numbers go on from year to year.</source>
        <translation>La numérotation continue d’une année sur l’autre.</translation>
    </message>
    <message>
        <source>Numbers restart at 1 every year.</source>
        <translation>La numérotation repart à 1 chaque année.</translation>
    </message>
    <message>
        <source>Say which series to change: --series invoice, credit_note or quote.</source>
        <translation>Indiquez la série à modifier&#xa0;: --series invoice, credit_note ou quote.</translation>
    </message>
    <message>
        <source>--series: use invoice, credit_note or quote.</source>
        <translation>--series&#xa0;: utilisez invoice, credit_note ou quote.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Yearly reset</source>
        <translation>Remise à zéro annuelle</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Marks a sent quote accepted and makes a draft invoice of its lines.</source>
        <translation>Marque un devis envoyé comme accepté et crée un brouillon de facture reprenant ses lignes.</translation>
    </message>
    <message>
        <source>Marks a sent quote accepted.</source>
        <translation>Marque un devis envoyé comme accepté.</translation>
    </message>
    <message>
        <source>Marks a sent quote refused.</source>
        <translation>Marque un devis envoyé comme refusé.</translation>
    </message>
    <message>
        <source>The quote’s id or number.</source>
        <translation>L’identifiant ou le numéro du devis.</translation>
    </message>
    <message>
        <source>Quote %1 accepted; draft invoice %2 created.</source>
        <translation>Devis %1 accepté&#xa0;; brouillon de facture %2 créé.</translation>
    </message>
    <message>
        <source>Quote %1 accepted.</source>
        <translation>Devis %1 accepté.</translation>
    </message>
    <message>
        <source>Quote %1 refused.</source>
        <translation>Devis %1 refusé.</translation>
    </message>
    <message>
        <source>Create a draft: --client C --line &quot;desc;qty;price[;vat%]&quot;… [--kind deposit] [--service-date D] [--discount 10%] [--deduct N]</source>
        <translation>Créer un brouillon&#xa0;: --client C --line &quot;desc;qté;prix[;tva%]&quot;… [--kind deposit] [--service-date D] [--discount 10%] [--deduct N]</translation>
    </message>
    <message>
        <source>Add lines to a draft: ID --line &quot;desc;qty;price[;vat%]&quot;</source>
        <translation>Ajouter des lignes à un brouillon&#xa0;: ID --line &quot;desc;qté;prix[;tva%]&quot;</translation>
    </message>
    <message>
        <source>Draft from unbilled time: --client C --from D --to D [--group-by mission|task|day]</source>
        <translation>Brouillon à partir du temps non facturé&#xa0;: --client C --from D --to D [--group-by mission|task|day]</translation>
    </message>
    <message>
        <source>Issue drafts (numbered, then never changed): ID [ID…]</source>
        <translation>Émettre des brouillons (numérotés, puis jamais modifiés)&#xa0;: ID [ID…]</translation>
    </message>
    <message>
        <source>Write the PDF: ID|NUMBER --output FILE (drafts: a preview)</source>
        <translation>Écrire le PDF&#xa0;: ID|NUMÉRO --output FICHIER (brouillons&#xa0;: un aperçu)</translation>
    </message>
    <message>
        <source>List [--client C] [--kind K] [--status S] [--outstanding] [--search T]</source>
        <translation>Lister [--client C] [--kind K] [--status S] [--outstanding] [--search T]</translation>
    </message>
    <message>
        <source>Show lines, totals and balance: ID|NUMBER</source>
        <translation>Afficher les lignes, les totaux et le solde&#xa0;: ID|NUMÉRO</translation>
    </message>
    <message>
        <source>Draft credit note for an invoice: ID|NUMBER [--line …]</source>
        <translation>Brouillon d’avoir pour une facture&#xa0;: ID|NUMÉRO [--line …]</translation>
    </message>
    <message>
        <source>Delete a draft: ID</source>
        <translation>Supprimer un brouillon&#xa0;: ID</translation>
    </message>
    <message>
        <source>Make the monthly drafts of package and fixed-fee missions</source>
        <translation>Créer les brouillons mensuels des missions au forfait et à prix fixe</translation>
    </message>
    <message>
        <source>Show or set numbering: [--series S --pattern P --no-yearly-reset]</source>
        <translation>Afficher ou modifier la numérotation&#xa0;: [--series S --pattern P --no-yearly-reset]</translation>
    </message>
    <message>
        <source>Create a draft quote: --client C --line &quot;desc;qty;price[;vat%]&quot;… [--due D]</source>
        <translation>Créer un brouillon de devis&#xa0;: --client C --line &quot;desc;qté;prix[;tva%]&quot;… [--due D]</translation>
    </message>
    <message>
        <source>Add lines to a draft quote: ID --line …</source>
        <translation>Ajouter des lignes à un brouillon de devis&#xa0;: ID --line …</translation>
    </message>
    <message>
        <source>Number draft quotes and mark them sent: ID [ID…]</source>
        <translation>Numéroter des brouillons de devis et les marquer comme envoyés&#xa0;: ID [ID…]</translation>
    </message>
    <message>
        <source>Write the PDF: ID|NUMBER --output FILE</source>
        <translation>Écrire le PDF&#xa0;: ID|NUMÉRO --output FICHIER</translation>
    </message>
    <message>
        <source>List quotes [--client C] [--status S] [--search T]</source>
        <translation>Lister les devis [--client C] [--status S] [--search T]</translation>
    </message>
    <message>
        <source>Show a quote: ID|NUMBER</source>
        <translation>Afficher un devis&#xa0;: ID|NUMÉRO</translation>
    </message>
    <message>
        <source>Mark a sent quote accepted: ID|NUMBER</source>
        <translation>Marquer un devis envoyé comme accepté&#xa0;: ID|NUMÉRO</translation>
    </message>
    <message>
        <source>Mark a sent quote refused: ID|NUMBER</source>
        <translation>Marquer un devis envoyé comme refusé&#xa0;: ID|NUMÉRO</translation>
    </message>
    <message>
        <source>Accept a quote and draft its invoice: ID|NUMBER</source>
        <translation>Accepter un devis et créer le brouillon de sa facture&#xa0;: ID|NUMÉRO</translation>
    </message>
    <message>
        <source>Delete a draft quote: ID</source>
        <translation>Supprimer un brouillon de devis&#xa0;: ID</translation>
    </message>
    <message>
        <source>invoice needs a command: create, add-line, from-time, issue, pdf, list, show, credit-note, delete, monthly or series; see bureau-cli invoice --help.</source>
        <translation>invoice requiert une commande&#xa0;: create, add-line, from-time, issue, pdf, list, show, credit-note, delete, monthly ou series&#xa0;; voir bureau-cli invoice --help.</translation>
    </message>
    <message>
        <source>Unknown invoice command “%1”; see bureau-cli invoice --help.</source>
        <translation>Commande invoice inconnue «&#xa0;%1&#xa0;»&#xa0;; voir bureau-cli invoice --help.</translation>
    </message>
    <message>
        <source>quote needs a command: create, add-line, issue, pdf, list, show, accept, refuse, to-invoice or delete; see bureau-cli quote --help.</source>
        <translation>quote requiert une commande&#xa0;: create, add-line, issue, pdf, list, show, accept, refuse, to-invoice ou delete&#xa0;; voir bureau-cli quote --help.</translation>
    </message>
    <message>
        <source>Unknown quote command “%1”; see bureau-cli quote --help.</source>
        <translation>Commande quote inconnue «&#xa0;%1&#xa0;»&#xa0;; voir bureau-cli quote --help.</translation>
    </message>
    <message>
        <source>Records a payment received from a client. With --invoice, it goes to those invoices; without, to the client’s outstanding invoices, oldest due first. What is left is the client’s credit.</source>
        <translation>Enregistre un paiement reçu d’un client. Avec --invoice, il est affecté à ces factures&#xa0;; sinon, aux factures du client en attente de paiement, de l’échéance la plus ancienne à la plus récente. Le reste devient un crédit client.</translation>
    </message>
    <message>
        <source>The amount received, such as 100.00 (negative: a refund).</source>
        <translation>Le montant reçu, par exemple 100.00 (négatif&#xa0;: un remboursement).</translation>
    </message>
    <message>
        <source>The currency of the invoices paid (default: the client’s).</source>
        <translation>La devise des factures payées (par défaut&#xa0;: celle du client).</translation>
    </message>
    <message>
        <source>The euros actually received, for another currency.</source>
        <translation>Les euros réellement reçus, pour une autre devise.</translation>
    </message>
    <message>
        <source>The day received (default: today).</source>
        <translation>Le jour de réception (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>transfer, card, cheque, cash, direct_debit, paypal or other (default: transfer).</source>
        <translation>transfer, card, cheque, cash, direct_debit, paypal ou other (par défaut&#xa0;: transfer).</translation>
    </message>
    <message>
        <source>The bank’s or cheque’s reference.</source>
        <translation>La référence du virement ou du chèque.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>An invoice it pays, NUMBER or NUMBER=AMOUNT (repeatable; default: what is outstanding).</source>
        <translation>Une facture réglée par ce paiement, NUMÉRO ou NUMÉRO=MONTANT (répétable&#xa0;; par défaut&#xa0;: le restant dû).</translation>
    </message>
    <message>
        <source>payment add needs --client C --amount A.</source>
        <translation>payment add requiert --client C --amount A.</translation>
    </message>
    <message>
        <source>--method: use transfer, card, cheque, cash, direct_debit, paypal or other.</source>
        <translation>--method&#xa0;: utilisez transfer, card, cheque, cash, direct_debit, paypal ou other.</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount&#xa0;: %1</translation>
    </message>
    <message>
        <source>A payment in %1 needs --eur: the euros actually received.</source>
        <translation>Un paiement en %1 requiert --eur&#xa0;: les euros réellement reçus.</translation>
    </message>
    <message>
        <source>--eur: %1</source>
        <translation>--eur&#xa0;: %1</translation>
    </message>
    <message>
        <source>--invoice %1: %2</source>
        <translation>--invoice %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Payment %1 of %2 from “%3” recorded on %4.</source>
        <translation>Paiement %1 de %2 de «&#xa0;%3&#xa0;» enregistré le %4.</translation>
    </message>
    <message>
        <source>Allocated: %1.</source>
        <translation>Affecté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 became the client’s credit (bureau-cli payment use-credit allocates it later).</source>
        <translation>%1 est devenu un crédit client (bureau-cli payment use-credit l’affectera plus tard).</translation>
    </message>
    <message>
        <source>Lists payments received, by date.</source>
        <translation>Liste les paiements reçus, par date.</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>Aucun paiement.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Deletes a payment recorded by mistake, and its allocations.</source>
        <translation>Supprime un paiement enregistré par erreur, ainsi que ses affectations.</translation>
    </message>
    <message>
        <source>The payment’s id.</source>
        <translation>L’identifiant du paiement.</translation>
    </message>
    <message>
        <source>“%1” is not a payment id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de paiement.</translation>
    </message>
    <message>
        <source>Payment %1 deleted.</source>
        <translation>Paiement %1 supprimé.</translation>
    </message>
    <message>
        <source>Pays an invoice from the client’s credit.</source>
        <translation>Règle une facture avec le crédit du client.</translation>
    </message>
    <message>
        <source>The invoice’s number or id.</source>
        <translation>Le numéro ou l’identifiant de la facture.</translation>
    </message>
    <message>
        <source>At most this much (default: what is outstanding).</source>
        <translation>Au plus ce montant (par défaut&#xa0;: le restant dû).</translation>
    </message>
    <message>
        <source>payment use-credit needs --invoice NUMBER.</source>
        <translation>payment use-credit requiert --invoice NUMÉRO.</translation>
    </message>
    <message>
        <source>%1 of credit allocated to %2.</source>
        <translation>%1 de crédit affecté à %2.</translation>
    </message>
    <message>
        <source>Record a payment: --client C --amount A [--date D] [--method M] [--invoice NUMBER[=AMOUNT]]…</source>
        <translation>Enregistrer un paiement&#xa0;: --client C --amount M [--date D] [--method MODE] [--invoice NUMÉRO[=MONTANT]]…</translation>
    </message>
    <message>
        <source>List payments [--client C] [--from D --to D]</source>
        <translation>Lister les paiements [--client C] [--from D --to D]</translation>
    </message>
    <message>
        <source>Delete a payment: ID</source>
        <translation>Supprimer un paiement&#xa0;: ID</translation>
    </message>
    <message>
        <source>Pay an invoice from the client’s credit: --invoice N [--amount A]</source>
        <translation>Régler une facture avec le crédit du client&#xa0;: --invoice N [--amount M]</translation>
    </message>
    <message>
        <source>payment needs a command: add, list, delete or use-credit; see bureau-cli payment --help.</source>
        <translation>payment requiert une commande&#xa0;: add, list, delete ou use-credit&#xa0;; voir bureau-cli payment --help.</translation>
    </message>
    <message>
        <source>Unknown payment command “%1”; see bureau-cli payment --help.</source>
        <translation>Commande payment «&#xa0;%1&#xa0;» inconnue&#xa0;; voir bureau-cli payment --help.</translation>
    </message>
    <message>
        <source>%1 needs --from D --to D (dates such as 2026-01-01).</source>
        <translation>%1 requiert --from D --to D (des dates comme 2026-01-01).</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to précède --from.</translation>
    </message>
    <message>
        <source>Invoiced (net of credit notes, before VAT) and collected, in euros, per month, quarter or year.</source>
        <translation>Facturé (net des avoirs, HT) et encaissé, en euros, par mois, trimestre ou année.</translation>
    </message>
    <message>
        <source>month, quarter or year (default: month).</source>
        <translation>month, quarter ou year (par défaut&#xa0;: month).</translation>
    </message>
    <message>
        <source>--by: use month, quarter or year.</source>
        <translation>--by&#xa0;: utilisez month, quarter ou year.</translation>
    </message>
    <message>
        <source>Revenue from %1 to %2.</source>
        <translation>Chiffre d’affaires du %1 au %2.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Invoiced (net)</source>
        <translation>Facturé (net)</translation>
    </message>
    <message>
        <source>Invoiced (total)</source>
        <translation>Facturé (total)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>The turnover to declare to URSSAF for a month or a quarter: euros received, less VAT and disbursements.</source>
        <translation>Le chiffre d’affaires à déclarer à l’URSSAF pour un mois ou un trimestre&#xa0;: les euros encaissés, hors TVA et débours.</translation>
    </message>
    <message>
        <source>A month, such as 2026-11.</source>
        <translation>Un mois, par exemple 2026-11.</translation>
    </message>
    <message>
        <source>A quarter, such as 2026-Q4.</source>
        <translation>Un trimestre, par exemple 2026-Q4.</translation>
    </message>
    <message>
        <source>report urssaf needs --month 2026-11 or --quarter 2026-Q4.</source>
        <translation>report urssaf requiert --month 2026-11 ou --quarter 2026-Q4.</translation>
    </message>
    <message>
        <source>--month: give a month such as 2026-11.</source>
        <translation>--month&#xa0;: indiquez un mois, par exemple 2026-11.</translation>
    </message>
    <message>
        <source>--quarter: give a quarter such as 2026-Q4.</source>
        <translation>--quarter&#xa0;: indiquez un trimestre, par exemple 2026-Q4.</translation>
    </message>
    <message>
        <source>Turnover to declare for %1 (%2 to %3): %4.</source>
        <translation>Chiffre d’affaires à déclarer pour %1 (du %2 au %3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The receipts register (livre des recettes): every payment received in a period, in date order; shown, or written as CSV or PDF.</source>
        <translation>Le livre des recettes&#xa0;: tous les paiements reçus sur une période, par ordre de date&#xa0;; affiché, ou écrit en CSV ou en PDF.</translation>
    </message>
    <message>
        <source>Write it as CSV to this file (- for standard output).</source>
        <translation>L’écrire en CSV dans ce fichier (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Write it as PDF to this file.</source>
        <translation>L’écrire en PDF dans ce fichier.</translation>
    </message>
    <message>
        <source>fr or en: the PDF’s language (default: fr).</source>
        <translation>fr ou en&#xa0;: la langue du PDF (par défaut&#xa0;: fr).</translation>
    </message>
    <message>
        <source>Give --csv or --pdf, not both.</source>
        <translation>Indiquez --csv ou --pdf, pas les deux.</translation>
    </message>
    <message>
        <source>--lang: use fr or en.</source>
        <translation>--lang&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Receipts register written to %1.</source>
        <translation>Livre des recettes écrit dans %1.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The day to age from (default: today).</source>
        <translation>Le jour de référence pour l’ancienneté (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>--as-of: give a date such as 2026-11-27.</source>
        <translation>--as-of&#xa0;: indiquez une date, par exemple 2026-11-27.</translation>
    </message>
    <message>
        <source>Nothing is outstanding on %1.</source>
        <translation>Rien n’est en attente de paiement au %1.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>Over 60 days</source>
        <translation>Plus de 60 jours</translation>
    </message>
    <message>
        <source>Invoiced and collected: --from D --to D [--by month|quarter|year]</source>
        <translation>Facturé et encaissé&#xa0;: --from D --to D [--by month|quarter|year]</translation>
    </message>
    <message>
        <source>Turnover to declare: --month 2026-11 | --quarter 2026-Q4</source>
        <translation>Chiffre d’affaires à déclarer&#xa0;: --month 2026-11 | --quarter 2026-Q4</translation>
    </message>
    <message>
        <source>Receipts register: --from D --to D [--csv FILE | --pdf FILE] [--lang fr|en]</source>
        <translation>Livre des recettes&#xa0;: --from D --to D [--csv FICHIER | --pdf FICHIER] [--lang fr|en]</translation>
    </message>
    <message>
        <source>report needs a command: revenue, urssaf, receipts or receivables; see bureau-cli report --help.</source>
        <translation>report requiert une commande&#xa0;: revenue, urssaf, receipts ou receivables&#xa0;; voir bureau-cli report --help.</translation>
    </message>
    <message>
        <source>Unknown report command “%1”; see bureau-cli report --help.</source>
        <translation>Commande report «&#xa0;%1&#xa0;» inconnue&#xa0;; voir bureau-cli report --help.</translation>
    </message>
    <message>
        <source>--disbursement “%1”: write &quot;description;amount[;receipt file]&quot;, such as &quot;Stamps;12.40;receipt.pdf&quot;.</source>
        <translation>--disbursement «&#xa0;%1&#xa0;»&#xa0;: écrivez «&#xa0;description;montant[;justificatif]&#xa0;», par exemple «&#xa0;Timbres;12.40;recu.pdf&#xa0;».</translation>
    </message>
    <message>
        <source>--disbursement “%1”: the receipt %2 is not a readable file.</source>
        <translation>--disbursement «&#xa0;%1&#xa0;»&#xa0;: le justificatif %2 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>A disbursement rebilled at cost &quot;description;amount[;receipt file]&quot; (repeatable); the receipt joins the client&apos;s files.</source>
        <translation>Un débours refacturé à prix coûtant «&#xa0;description;montant[;justificatif]&#xa0;» (répétable)&#xa0;; le justificatif rejoint les fichiers du client.</translation>
    </message>
    <message>
        <source>What clients owe on issued invoices, most overdue first, and its ageing per currency; then what is owed to clients (their credit).</source>
        <translation>Ce que les clients doivent sur les factures émises, les plus en retard d’abord, et son ancienneté par devise, puis ce qui est dû aux clients (leur crédit).</translation>
    </message>
    <message>
        <source>Owed to clients:</source>
        <translation>Dû aux clients&#xa0;:</translation>
    </message>
    <message>
        <source>Overpaid invoices</source>
        <translation>Factures trop payées</translation>
    </message>
    <message>
        <source>Owed to the client</source>
        <translation>Dû au client</translation>
    </message>
    <message>
        <source>What clients owe, with ageing, and what is owed to them [--as-of D]</source>
        <translation>Ce que les clients doivent, par ancienneté, et ce qui leur est dû [--as-of D]</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Enter the client’s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
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
        <source>A company is always a professional client: only a person can be a private client.</source>
        <translation>Une société est toujours un client professionnel&#xa0;: seule une personne peut être un particulier.</translation>
    </message>
    <message>
        <source>The legal form is a short text on one line, such as SAS or SARL.</source>
        <translation>La forme juridique est un texte court sur une ligne, par exemple SAS ou SARL.</translation>
    </message>
    <message>
        <source>This VAT number is that of SIREN %1, but the client’s SIREN is %2.</source>
        <translation>Ce numéro de TVA correspond au SIREN %1, mais le SIREN du client est %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address, such as name@example.fr.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide (par exemple nom@example.fr).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: digits, spaces and a leading + only.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone&#xa0;: uniquement des chiffres, des espaces et un + au début.</translation>
    </message>
    <message>
        <source>This is not a web address, such as www.example.fr.</source>
        <translation>Ce n’est pas une adresse web valide (par exemple www.example.fr).</translation>
    </message>
    <message>
        <source>Documents are written in French (fr) or English (en).</source>
        <translation>Les documents sont rédigés en français (fr) ou en anglais (en).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone, such as Europe/Paris.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters, such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise&#xa0;: utilisez trois lettres majuscules, par exemple EUR.</translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation>Le taux horaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The hourly rate is in %1, but the client’s currency is %2.</source>
        <translation>Le taux horaire est en %1, mais la devise du client est %2.</translation>
    </message>
    <message numerus="yes">
        <source>Payment terms go from 0 to %n days.</source>
        <translation>
            <numerusform>Le délai de paiement va de 0 à %n jour.</numerusform>
            <numerusform>Le délai de paiement va de 0 à %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment terms for a professional client are at most %n days (the legal limit).</source>
        <translation>
            <numerusform>Le délai de paiement d’un client professionnel est de %n jour au maximum (limite légale).</numerusform>
            <numerusform>Le délai de paiement d’un client professionnel est de %n jours au maximum (limite légale).</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is rounded to 5, 6, 10, 15 or 30 minutes, or not at all.</source>
        <translation>Le temps est arrondi à 5, 6, 10, 15 ou 30 minutes, ou pas du tout.</translation>
    </message>
    <message numerus="yes">
        <source>A tag is a word or a short phrase of at most %n characters.</source>
        <translation>
            <numerusform>Une étiquette est un mot ou une courte expression de %n caractère au maximum.</numerusform>
            <numerusform>Une étiquette est un mot ou une courte expression de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Professional client</source>
        <translation>Client professionnel</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET or SIREN</source>
        <translation>SIRET ou SIREN</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA intracommunautaire</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Time rounding</source>
        <translation>Arrondi du temps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <translation>Ancien</translation>
    </message>
</context>
<context>
    <name>ClientAccess</name>
    <message numerus="yes">
        <source>This fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>Ce champ tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>Ce champ tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the service this access is for.</source>
        <translation>Indiquez le service concerné par cet accès.</translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>Les notes sont trop longues&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Les notes sont trop longues&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <comment>access field</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>access field</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>access field</comment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Granted by</source>
        <comment>access field</comment>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>access field</comment>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ClientAccessService</name>
    <message>
        <source>The access was not saved. %1</source>
        <translation>L’accès n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The access cannot be saved.</source>
        <translation>Impossible d’enregistrer l’accès.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>secret label: service, client</comment>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>An access cannot move to another client.</source>
        <translation>Un accès ne peut pas être transféré à un autre client.</translation>
    </message>
    <message>
        <source>This access was revoked: record a new access instead of storing a password in it.</source>
        <translation>Cet accès a été révoqué&#xa0;: enregistrez un nouvel accès au lieu d’y stocker un mot de passe.</translation>
    </message>
    <message>
        <source>This access was revoked: its password was deleted.</source>
        <translation>Cet accès a été révoqué&#xa0;: son mot de passe a été supprimé.</translation>
    </message>
    <message>
        <source>No password is stored for this access.</source>
        <translation>Aucun mot de passe n’est enregistré pour cet accès.</translation>
    </message>
    <message>
        <source>The password of this access is no longer in the keychain: store it again.</source>
        <translation>Le mot de passe de cet accès n’est plus dans le trousseau&#xa0;: enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The access cannot be revoked.</source>
        <translation>Impossible de révoquer l’accès.</translation>
    </message>
    <message>
        <source>The access cannot be deleted.</source>
        <translation>Impossible de supprimer l’accès.</translation>
    </message>
    <message>
        <source>No access has the number %1.</source>
        <translation>Aucun accès ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The accesses cannot be read.</source>
        <translation>Impossible de lire les accès.</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <source>The client cannot be archived</source>
        <translation>Impossible d’archiver le client</translation>
    </message>
    <message>
        <source>The client cannot be restored</source>
        <translation>Impossible de désarchiver le client</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>%1

Archive %2 instead? An archived client leaves the list and keeps their history.</source>
        <translation>%1

Archiver plutôt %2&#xa0;? Un client archivé disparaît de la liste et conserve son historique.</translation>
    </message>
    <message>
        <source>%1 has quotes or invoices, which French law requires you to keep for 10 years: the client cannot be deleted.</source>
        <translation>%1 a des devis ou des factures, que la loi française vous oblige à conserver 10 ans&#xa0;: le client ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Delete %1 for good, with their contacts, interactions, missions, tasks, accesses (passwords included) and attached files? This cannot be undone.

To keep their history, archive the client instead.</source>
        <translation>Supprimer définitivement %1, avec ses contacts, échanges, missions, tâches, accès (mots de passe compris) et fichiers joints&#xa0;? Cette action est irréversible.

Pour conserver son historique, archivez plutôt le client.</translation>
    </message>
    <message>
        <source>The client cannot be deleted</source>
        <translation>Impossible de supprimer le client</translation>
    </message>
    <message>
        <source>%1 was deleted, but some of what they left could not be:

%2</source>
        <translation>%1 a été supprimé, mais certains éléments n’ont pas pu l’être&#xa0;:

%2</translation>
    </message>
    <message>
        <source>%1 – personal data.zip</source>
        <translation>%1 – données personnelles.zip</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The personal data cannot be exported</source>
        <translation>Impossible d’exporter les données personnelles</translation>
    </message>
    <message numerus="yes">
        <source>Everything Bureau holds about %1 is in %2, with %n attached file(s).</source>
        <translation>
            <numerusform>Tout ce que Bureau conserve sur %1 se trouve dans %2, avec %n fichier joint.</numerusform>
            <numerusform>Tout ce que Bureau conserve sur %1 se trouve dans %2, avec %n fichiers joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files were missing from the data folder and are only listed: %1</source>
        <translation>Ces fichiers étaient absents du dossier de données et sont seulement listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The personal data cannot be erased</source>
        <translation>Impossible d’effacer les données personnelles</translation>
    </message>
    <message>
        <source>Kept: the name, legal form, SIRET, VAT number and billing address, because %1 has quotes or invoices that French law requires you to keep for 10 years (art. L123-22 of the Commercial Code); the missions and tasks, without their notes, as the record of the work invoiced.</source>
        <translation>Conservés&#xa0;: le nom, la forme juridique, le SIRET, le numéro de TVA et l’adresse de facturation, car %1 a des devis ou des factures que la loi française vous oblige à conserver 10 ans (art. L123-22 du Code de commerce)&#xa0;; les missions et les tâches, sans leurs notes, comme trace du travail facturé.</translation>
    </message>
    <message>
        <source>Kept: the missions and tasks, without their notes, as the record of the work done. The client is renamed “Erased client”.</source>
        <translation>Conservées&#xa0;: les missions et les tâches, sans leurs notes, comme trace du travail effectué. Le client est renommé «&#xa0;Client effacé&#xa0;».</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?

Erased for good: contacts, e-mails and phones, notes, tags, interactions, reception instructions, the onboarding checklist and attached files; accesses are revoked and their passwords deleted.

%2

The client is archived. Backups taken before today keep the data until they rotate out. This cannot be undone.</source>
        <translation>Effacer les données personnelles de %1&#xa0;?

Seront définitivement effacés&#xa0;: les contacts, e-mails et téléphones, notes, étiquettes, échanges, consignes d’accueil, la checklist d’intégration et les fichiers joints&#xa0;; les accès sont révoqués et leurs mots de passe supprimés.

%2

Le client est archivé. Les sauvegardes antérieures à aujourd’hui conservent ces données jusqu’à leur rotation. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The personal data was erased, but some of it could not be deleted:

%1</source>
        <translation>Les données personnelles ont été effacées, mais certaines n’ont pas pu être supprimées&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>ClientDataService</name>
    <message>
        <source>The data of the client cannot be read.</source>
        <translation>Impossible de lire les données du client.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The personal data of the client cannot be erased.</source>
        <translation>Impossible d’effacer les données personnelles du client.</translation>
    </message>
    <message>
        <source>Erased client #%1</source>
        <translation>Client effacé n° %1</translation>
    </message>
    <message>
        <source>A password of the client could not be deleted from the keychain: %1 Remove it in Settings › Passwords.</source>
        <translation>Un mot de passe du client n’a pas pu être supprimé du trousseau&#xa0;: %1 Supprimez-le dans Paramètres › Mots de passe.</translation>
    </message>
    <message>
        <source>The client was not deleted: the passwords of its accesses cannot be deleted from the keychain. %1</source>
        <translation>Le client n’a pas été supprimé&#xa0;: les mots de passe de ses accès ne peuvent pas être supprimés du trousseau. %1</translation>
    </message>
    <message>
        <source>A password of the deleted client could not be deleted from the keychain: %1 Remove it in Settings › Passwords.</source>
        <translation>Un mot de passe du client supprimé n’a pas pu être effacé du trousseau&#xa0;: %1 Supprimez-le dans Paramètres › Mots de passe.</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Contract</source>
        <comment>file category</comment>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>file category</comment>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>file category</comment>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ClientFileStore</name>
    <message>
        <source>“%1” is a link: choose the file itself.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien&#xa0;: choisissez le fichier lui-même.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The copy of “%1” cannot be written.</source>
        <translation>Impossible d’écrire la copie de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An attached file in the database is damaged.</source>
        <translation>Un fichier joint est endommagé dans la base de données.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Le fichier doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>The name of the file is too long: at most %n characters.</source>
        <translation>
            <numerusform>Le nom du fichier est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Le nom du fichier est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a file name: it must not name a folder or hold a “/” or “\”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de fichier&#xa0;: il ne doit pas désigner un dossier ni contenir «&#xa0;/&#xa0;» ou «&#xa0;\&#xa0;».</translation>
    </message>
    <message>
        <source>The name of the file holds a character that cannot be shown.</source>
        <translation>Le nom du fichier contient un caractère invisible.</translation>
    </message>
    <message>
        <source>The file cannot be attached.</source>
        <translation>Impossible de joindre le fichier.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is larger than %n MB: it cannot be attached.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» dépasse %n Mo&#xa0;: il ne peut pas être joint.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» dépasse %n Mo&#xa0;: il ne peut pas être joint.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file cannot be removed.</source>
        <translation>Impossible de retirer le fichier.</translation>
    </message>
    <message>
        <source>No attached file has the number %1.</source>
        <translation>Aucun fichier joint ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The copy “%1” could not be deleted: delete it by hand.</source>
        <translation>La copie «&#xa0;%1&#xa0;» n’a pas pu être supprimée&#xa0;: supprimez-la manuellement.</translation>
    </message>
    <message>
        <source>The file cannot be changed.</source>
        <translation>Impossible de modifier le fichier.</translation>
    </message>
    <message>
        <source>The attached file “%1” has a name Bureau did not give it.</source>
        <translation>Le fichier joint «&#xa0;%1&#xa0;» porte un nom que Bureau ne lui a pas donné.</translation>
    </message>
    <message>
        <source>The copy of “%1” is missing from the documents folder.</source>
        <translation>La copie de «&#xa0;%1&#xa0;» est absente du dossier des documents.</translation>
    </message>
    <message>
        <source>The copy of “%1” has changed since it was attached.</source>
        <translation>La copie de «&#xa0;%1&#xa0;» a été modifiée depuis qu’elle a été jointe.</translation>
    </message>
    <message>
        <source>The attached files cannot be read.</source>
        <translation>Impossible de lire les fichiers joints.</translation>
    </message>
    <message>
        <source>“%1” is the receipt of a disbursement on a draft: remove it from the draft first.</source>
        <translation>«&#xa0;%1&#xa0;» est le justificatif d’un débours d’un brouillon&#xa0;: retirez-le d’abord du brouillon.</translation>
    </message>
    <message>
        <source>“%1” is the receipt of a disbursement on %2, which is kept with it.</source>
        <translation>«&#xa0;%1&#xa0;» justifie un débours du document %2 et reste conservé avec lui.</translation>
    </message>
    <message>
        <source>The client&apos;s files cannot be read.</source>
        <translation>Impossible de lire les fichiers du client.</translation>
    </message>
</context>
<context>
    <name>ClientImporter</name>
    <message>
        <source>%1 “%2” was not recognised; it is kept in the notes.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’a pas été reconnu&#xa0;; la valeur est conservée dans les notes.</translation>
    </message>
    <message>
        <source>%1 (not recognised): %2</source>
        <translation>%1 (non reconnu)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>e-mail or phone label</comment>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>e-mail or phone label</comment>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>phone label</comment>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Fax</source>
        <comment>phone label</comment>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <source>%1, ext. %2</source>
        <translation>%1, poste %2</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Ligne d’adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>E-mail address of %1</source>
        <translation>Adresse e-mail de %1</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>Téléphone de %1</translation>
    </message>
    <message>
        <source>This contact has no name: its e-mail address is used instead.</source>
        <translation>Ce contact n’a pas de nom&#xa0;: son adresse e-mail est utilisée à la place.</translation>
    </message>
    <message>
        <source>This contact has no name: its phone number is used instead.</source>
        <translation>Ce contact n’a pas de nom&#xa0;: son numéro de téléphone est utilisé à la place.</translation>
    </message>
    <message>
        <source>This entry has no name, e-mail address or phone number: there is nothing to import.</source>
        <translation>Cette fiche n’a ni nom, ni adresse e-mail, ni numéro de téléphone&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>The name was shortened to %n characters.</source>
        <translation>
            <numerusform>Le nom a été raccourci à %n caractère.</numerusform>
            <numerusform>Le nom a été raccourci à %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored clients cannot be read to look for duplicates.</source>
        <translation>Impossible de lire les clients enregistrés pour rechercher les doublons.</translation>
    </message>
    <message>
        <source>The stored contacts cannot be read to look for duplicates.</source>
        <translation>Impossible de lire les contacts enregistrés pour rechercher les doublons.</translation>
    </message>
    <message>
        <source>Same e-mail address as the client “%1”.</source>
        <translation>Même adresse e-mail que le client «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Same phone number as the client “%1”.</source>
        <translation>Même numéro de téléphone que le client «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A client named “%1” already exists.</source>
        <translation>Un client nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Same e-mail address as “%1”, line %2 of this file.</source>
        <translation>Même adresse e-mail que «&#xa0;%1&#xa0;», ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>Same phone number as “%1”, line %2 of this file.</source>
        <translation>Même numéro de téléphone que «&#xa0;%1&#xa0;», ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>Same name as line %1 of this file.</source>
        <translation>Même nom qu’à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>duplicate found by</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>duplicate found by</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>duplicate found by</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>This file is empty: there is no client to import.</source>
        <translation>Ce fichier est vide&#xa0;: il n’y a aucun client à importer.</translation>
    </message>
    <message>
        <source>Line %1: the first line must name the columns, with at least one Bureau knows, such as Name, Company, E-mail or Phone (in English or French). It reads: “%2”.</source>
        <translation>Ligne %1&#xa0;: la première ligne doit nommer les colonnes, dont au moins une connue de Bureau, par exemple Nom, Société, E-mail ou Téléphone (en français ou en anglais). Elle contient&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 has more cells than the first line names; the extra ones were not read.</source>
        <translation>La ligne %1 contient plus de cellules que la première ligne ne nomme de colonnes&#xa0;; les cellules en trop n’ont pas été lues.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The file “%1” is too large to import (the limit is %2 MB).</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux pour être importé (la limite est de %2 Mo).</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The choices do not match the preview: preview the file again.</source>
        <translation>Les choix ne correspondent pas à l’aperçu&#xa0;: affichez à nouveau l’aperçu du fichier.</translation>
    </message>
    <message>
        <source>Line %1: “%2” cannot be imported: %3</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas être importé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1: “%2” would duplicate the client “%3”, stored since the preview. Preview the file again.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» ferait doublon avec le client «&#xa0;%3&#xa0;», enregistré depuis l’aperçu. Affichez à nouveau l’aperçu du fichier.</translation>
    </message>
    <message>
        <source>It duplicates no stored client to merge into.</source>
        <translation>Il ne fait doublon avec aucun client enregistré avec lequel le fusionner.</translation>
    </message>
</context>
<context>
    <name>ClientRecords</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The client was not saved. %1</source>
        <translation>Le client n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The client cannot be saved.</source>
        <translation>Impossible d’enregistrer le client.</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Il n’existe aucun client ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>The client cannot be read.</source>
        <translation>Impossible de lire le client.</translation>
    </message>
    <message>
        <source>The client %1 in the database is damaged.</source>
        <translation>Le client %1 est endommagé dans la base de données.</translation>
    </message>
    <message>
        <source>The clients cannot be read.</source>
        <translation>Impossible de lire les clients.</translation>
    </message>
    <message>
        <source>Name a client by its id or by its name.</source>
        <translation>Désignez un client par son identifiant ou par son nom.</translation>
    </message>
    <message>
        <source>There is no client with id or name “%1”.</source>
        <translation>Il n’existe aucun client ayant l’identifiant ou le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no client named “%1”.</source>
        <translation>Il n’existe aucun client nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several clients are named “%1” (ids %2): name the one you mean by its id.</source>
        <translation>Plusieurs clients sont nommés «&#xa0;%1&#xa0;» (identifiants %2)&#xa0;: désignez celui que vous voulez par son identifiant.</translation>
    </message>
    <message>
        <source>The client cannot be archived.</source>
        <translation>Impossible d’archiver le client.</translation>
    </message>
    <message>
        <source>The client cannot be deleted.</source>
        <translation>Impossible de supprimer le client.</translation>
    </message>
    <message>
        <source>This client has documents (quotes, invoices, credit notes): archive it instead.</source>
        <translation>Ce client a des documents (devis, factures, avoirs)&#xa0;: archivez-le plutôt.</translation>
    </message>
    <message>
        <source>The tags cannot be read.</source>
        <translation>Impossible de lire les étiquettes.</translation>
    </message>
    <message>
        <source>The client’s e-mails and phones cannot be saved.</source>
        <translation>Impossible d’enregistrer les e-mails et téléphones du client.</translation>
    </message>
    <message>
        <source>The client’s tags cannot be saved.</source>
        <translation>Impossible d’enregistrer les étiquettes du client.</translation>
    </message>
    <message>
        <source>The contacts cannot be read.</source>
        <translation>Impossible de lire les contacts.</translation>
    </message>
    <message>
        <source>The contact cannot be read.</source>
        <translation>Impossible de lire le contact.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Il n’existe aucun contact ayant l’identifiant %1.</translation>
    </message>
    <message>
        <source>The contact was not saved. %1</source>
        <translation>Le contact n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The contact cannot be saved.</source>
        <translation>Impossible d’enregistrer le contact.</translation>
    </message>
    <message>
        <source>The contact cannot be deleted.</source>
        <translation>Impossible de supprimer le contact.</translation>
    </message>
    <message>
        <source>The contact %1 is not a contact of the client %2.</source>
        <translation>Le contact %1 n’est pas un contact du client %2.</translation>
    </message>
    <message>
        <source>The primary contact cannot be changed.</source>
        <translation>Impossible de changer le contact principal.</translation>
    </message>
    <message>
        <source>The clients cannot be searched.</source>
        <translation>Impossible de rechercher parmi les clients.</translation>
    </message>
    <message>
        <source>The search index cannot be updated.</source>
        <translation>Impossible de mettre à jour l’index de recherche.</translation>
    </message>
</context>
<context>
    <name>ClientTimeline</name>
    <message>
        <source>The history of the client cannot be read.</source>
        <translation>Impossible de lire l’historique du client.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>timeline: interaction kind, summary</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mission: %1</source>
        <translation>Mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>Tâche créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task completed: %1</source>
        <translation>Tâche terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mission starts: %1</source>
        <translation>Début de mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation>Fichier joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access granted: %1</source>
        <translation>Accès accordé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Granted by %1</source>
        <translation>Accordé par %1</translation>
    </message>
    <message>
        <source>Access revoked: %1</source>
        <translation>Accès révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 (%4)</source>
        <comment>an instant in the user&apos;s zone (city), then in the client&apos;s zone (city)</comment>
        <translation>%1 (%2) · %3 (%4)</translation>
    </message>
    <message>
        <source>Timer running</source>
        <translation>Chronomètre en cours</translation>
    </message>
    <message>
        <source>Timer running: %1</source>
        <comment>timeline: description</comment>
        <translation>Chronomètre en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 worked</source>
        <comment>timeline: a duration such as 1h30</comment>
        <translation>%1 de travail</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>timeline: duration worked, description</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Enter the contact’s name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message numerus="yes">
        <source>The name is one line of at most %n characters.</source>
        <translation>
            <numerusform>Le nom tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>Le nom tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
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
        <source>No preference</source>
        <comment>preferred channel</comment>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>preferred channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>preferred channel</comment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>preferred channel</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <comment>preferred channel</comment>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Post</source>
        <comment>preferred channel</comment>
        <translation>Courrier</translation>
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
    <name>CsvReader</name>
    <message>
        <source>This file is too large to import (the limit is %1 MB).</source>
        <translation>Ce fichier est trop volumineux pour être importé (la limite est de %1 Mo).</translation>
    </message>
    <message>
        <source>Line %1: this file holds binary data (a NUL character), not text.</source>
        <translation>Ligne %1&#xa0;: ce fichier contient des données binaires (un caractère NUL), et non du texte.</translation>
    </message>
    <message>
        <source>Line %1: a quote or a line break cannot separate the fields of a CSV file.</source>
        <translation>Ligne %1&#xa0;: un guillemet ou un saut de ligne ne peut pas séparer les champs d’un fichier CSV.</translation>
    </message>
    <message>
        <source>Line %1: this record has more than %2 fields.</source>
        <translation>Ligne %1&#xa0;: cet enregistrement compte plus de %2 champs.</translation>
    </message>
    <message>
        <source>Line %1: this file holds more than %2 records, more than Bureau imports at once.</source>
        <translation>Ligne %1&#xa0;: ce fichier contient plus de %2 enregistrements, soit plus que ce que Bureau importe en une fois.</translation>
    </message>
    <message>
        <source>Line %1: this field is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: ce champ dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field begins here and is never closed (a &quot; is missing).</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets commence ici et n’est jamais fermé (il manque un &quot;).</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Ligne %1&#xa0;: du texte suit le guillemet fermant d’un champ&#xa0;; un guillemet à l’intérieur d’un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The dashboard figures cannot be read.</source>
        <translation>Impossible de lire les chiffres du tableau de bord.</translation>
    </message>
    <message>
        <source>Choose a day.</source>
        <translation>Choisissez un jour.</translation>
    </message>
    <message>
        <source>The hours worked cannot be read.</source>
        <translation>Impossible de lire les heures travaillées.</translation>
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
    <name>DatabaseCheck</name>
    <message>
        <source>The time totals of %1 disagree with its entries.</source>
        <translation>Les totaux de temps du mois %1 ne concordent pas avec ses entrées.</translation>
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
    <message>
        <source>The demo client records cannot be written.</source>
        <translation>Impossible d’écrire les fiches clients de démonstration.</translation>
    </message>
    <message>
        <source>The demo time entries cannot be written.</source>
        <translation>Impossible d’écrire les entrées de temps de démonstration.</translation>
    </message>
    <message>
        <source>The demo invoices cannot be written.</source>
        <translation>Impossible d’écrire les factures de démonstration.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>DRAFT</source>
        <comment>watermark</comment>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>VAT not applicable, art. 293 B of the French Tax Code (CGI)</source>
        <translation>TVA non applicable, art. 293 B du CGI</translation>
    </message>
    <message>
        <source>Late payment: penalties at a rate of %1 (art. L441-10 of the French Commercial Code).</source>
        <translation>En cas de retard de paiement, pénalités au taux de %1 (art. L441-10 du Code de commerce).</translation>
    </message>
    <message>
        <source>Fixed recovery fee for late payment: €40 (art. D441-5 of the French Commercial Code).</source>
        <translation>Indemnité forfaitaire pour frais de recouvrement&#xa0;: 40&#xa0;€ (art. D441-5 du Code de commerce).</translation>
    </message>
    <message>
        <source>No discount for early payment.</source>
        <translation>Pas d’escompte pour paiement anticipé.</translation>
    </message>
</context>
<context>
    <name>DocumentChain</name>
    <message>
        <source>The documents cannot be checked.</source>
        <translation>Impossible de vérifier les documents.</translation>
    </message>
    <message>
        <source>The document %1 does not match its chain hash: it was changed after it was issued.</source>
        <translation>Le document %1 ne correspond pas à son empreinte de chaînage&#xa0;: il a été modifié après son émission.</translation>
    </message>
    <message>
        <source>The issued document %1 has no line.</source>
        <translation>Le document émis %1 n’a aucune ligne.</translation>
    </message>
    <message>
        <source>The documents %1 and %2 claim the same place in the chain of the %3 series.</source>
        <translation>Les documents %1 et %2 revendiquent la même place dans la chaîne de la série de numérotation %3.</translation>
    </message>
    <message>
        <source>The document %1 is not linked to the chain of the %2 series: a document before it is missing or was changed.</source>
        <translation>Le document %1 n’est pas relié à la chaîne de la série de numérotation %2&#xa0;: un document précédent manque ou a été modifié.</translation>
    </message>
    <message>
        <source>The chain of the %1 series ends at its document %2 of %3, but its head records %4: a document is missing or was added by hand.</source>
        <translation>La chaîne de la série de numérotation %1 s’arrête à son document %2 de %3, mais sa tête indique %4&#xa0;: un document manque ou a été ajouté à la main.</translation>
    </message>
    <message>
        <source>(no yearly reset)</source>
        <translation>(sans remise à zéro annuelle)</translation>
    </message>
    <message>
        <source>The number %1 is given twice in the %2 series for %3.</source>
        <translation>Le numéro %1 est attribué deux fois dans la série de numérotation %2 pour %3.</translation>
    </message>
    <message>
        <source>The number %1 is missing in the %2 series for %3.</source>
        <translation>Le numéro %1 manque dans la série de numérotation %2 pour %3.</translation>
    </message>
    <message>
        <source>The numbers %1 to %2 are missing in the %3 series for %4.</source>
        <translation>Les numéros %1 à %2 manquent dans la série de numérotation %3 pour %4.</translation>
    </message>
    <message>
        <source>The counter of the %1 series for %2 is at %3 but its last number is %4.</source>
        <translation>Le compteur de la série de numérotation %1 pour %2 est à %3, mais son dernier numéro est %4.</translation>
    </message>
    <message>
        <source>The counter of the %1 series for %2 is at %3 but no document has a number there.</source>
        <translation>Le compteur de la série de numérotation %1 pour %2 est à %3, mais aucun document ne porte ce numéro.</translation>
    </message>
    <message>
        <source>The balance of %1 disagrees with its payments and credit notes (paid %2 instead of %3, credited %4 instead of %5, in cents).</source>
        <translation>Le solde de %1 ne concorde pas avec ses paiements et ses avoirs (payé %2 au lieu de %3, crédité %4 au lieu de %5, en centimes).</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>PDF documents can only be written by a program started with its graphics module (QGuiApplication).</source>
        <translation>Les documents PDF ne peuvent être générés que par un programme lancé avec son module graphique (QGuiApplication).</translation>
    </message>
    <message>
        <source>The document font %1 is missing. Install the Debian package fonts-dejavu-core, then try again.</source>
        <translation>La police de document %1 est introuvable. Installez le paquet Debian fonts-dejavu-core, puis réessayez.</translation>
    </message>
    <message>
        <source>The document font %1 cannot be read. Reinstall the Debian package fonts-dejavu-core, then try again.</source>
        <translation>Impossible de lire la police de document %1. Réinstallez le paquet Debian fonts-dejavu-core, puis réessayez.</translation>
    </message>
    <message>
        <source>The document font %1 cannot be used. Reinstall the Debian package fonts-dejavu-core, then try again.</source>
        <translation>Impossible d’utiliser la police de document %1. Réinstallez le paquet Debian fonts-dejavu-core, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The logo %1 cannot be read. Choose another picture in your business profile, or remove it.</source>
        <translation>Impossible de lire le logo %1. Choisissez une autre image dans votre profil professionnel, ou supprimez-le.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Impossible d’écrire le fichier PDF %1.</translation>
    </message>
    <message>
        <source>The document could not be laid out for this device.</source>
        <translation>Le document ne peut pas être mis en page pour cet appareil.</translation>
    </message>
    <message>
        <source>The document could not be started.</source>
        <translation>Le document n’a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Le document n’a pas pu être terminé.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>This document is issued: issued documents never change. Correct it with a credit note.</source>
        <translation>Ce document est émis&#xa0;: un document émis ne change jamais. Corrigez-le par un avoir.</translation>
    </message>
    <message>
        <source>No document has the number %1.</source>
        <translation>Aucun document ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The document was not saved. %1</source>
        <translation>Le document n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>A credit note must cite the invoice it corrects.</source>
        <translation>Un avoir doit citer la facture qu’il corrige.</translation>
    </message>
    <message>
        <source>The document cannot be saved.</source>
        <translation>Impossible d’enregistrer le document.</translation>
    </message>
    <message>
        <source>The document cited belongs to another client.</source>
        <translation>Le document cité appartient à un autre client.</translation>
    </message>
    <message>
        <source>A credit note corrects an issued invoice or deposit invoice.</source>
        <translation>Un avoir corrige une facture ou une facture d’acompte émise.</translation>
    </message>
    <message>
        <source>Only an invoice deducts deposit invoices.</source>
        <translation>Seule une facture peut déduire des factures d’acompte.</translation>
    </message>
    <message>
        <source>Only the client&apos;s issued deposit invoices in the same currency can be deducted.</source>
        <translation>Seules les factures d’acompte émises du client, dans la même devise, peuvent être déduites.</translation>
    </message>
    <message>
        <source>The deposit invoice %1 is already deducted from another document.</source>
        <translation>La facture d’acompte %1 est déjà déduite d’un autre document.</translation>
    </message>
    <message>
        <source>The document&apos;s lines cannot be saved.</source>
        <translation>Impossible d’enregistrer les lignes du document.</translation>
    </message>
    <message>
        <source>The receipt of line %1 is not one of the client&apos;s files.</source>
        <translation>Le justificatif de la ligne %1 ne fait pas partie des fichiers du client.</translation>
    </message>
    <message>
        <source>The document&apos;s deductions cannot be saved.</source>
        <translation>Impossible d’enregistrer les déductions du document.</translation>
    </message>
    <message>
        <source>The document cannot be deleted.</source>
        <translation>Impossible de supprimer le document.</translation>
    </message>
    <message>
        <source>The document cannot be read.</source>
        <translation>Impossible de lire le document.</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>Document introuvable.</translation>
    </message>
    <message>
        <source>The documents cannot be listed.</source>
        <translation>Impossible de lister les documents.</translation>
    </message>
    <message>
        <source>A document that is “%1” cannot become “%2”.</source>
        <translation>Un document «&#xa0;%1&#xa0;» ne peut pas devenir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The archived PDF needs its path and its SHA-256.</source>
        <translation>Le PDF archivé requiert son chemin et son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>A draft has no archived PDF: issue it first.</source>
        <translation>Un brouillon n’a pas de PDF archivé&#xa0;: émettez-le d’abord.</translation>
    </message>
    <message>
        <source>The PDF of this document is already archived.</source>
        <translation>Le PDF de ce document est déjà archivé.</translation>
    </message>
    <message>
        <source>The numbering cannot be read.</source>
        <translation>Impossible de lire la numérotation.</translation>
    </message>
    <message>
        <source>The numbering of this series is missing.</source>
        <translation>La numérotation de cette série est introuvable.</translation>
    </message>
    <message>
        <source>A numbering that restarts every year needs the year in it ({YYYY} or {YY}), or numbers would repeat.</source>
        <translation>Une numérotation qui repart à zéro chaque année doit contenir l’année ({YYYY} ou {YY}), sinon des numéros se répéteraient.</translation>
    </message>
    <message>
        <source>The numbering cannot be saved.</source>
        <translation>Impossible d’enregistrer la numérotation.</translation>
    </message>
    <message>
        <source>Documents of this series are already numbered: whether numbering restarts every year can no longer change.</source>
        <translation>Des documents de cette série sont déjà numérotés&#xa0;: la remise à zéro annuelle de la numérotation ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The deposit invoices cannot be read.</source>
        <translation>Impossible de lire les factures d’acompte.</translation>
    </message>
</context>
<context>
    <name>DocumentSnapshot</name>
    <message>
        <source>Enter your business profile (name, address, SIRET) before issuing a document.</source>
        <translation>Renseignez votre profil professionnel (nom, adresse, SIRET) avant d’émettre un document.</translation>
    </message>
    <message>
        <source>The document&apos;s frozen data is damaged and cannot be read.</source>
        <translation>Les données figées du document sont endommagées et ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The document&apos;s frozen data is in a format this version of Bureau cannot read.</source>
        <translation>Les données figées du document sont dans un format que cette version de Bureau ne sait pas lire.</translation>
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
    <name>Interaction</name>
    <message>
        <source>Say when it happened.</source>
        <translation>Indiquez quand cela s’est passé.</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>Rédigez un court résumé.</translation>
    </message>
    <message numerus="yes">
        <source>The summary fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>Le résumé tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>Le résumé tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“With whom” fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>«&#xa0;Avec qui&#xa0;» tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>«&#xa0;Avec qui&#xa0;» tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Le texte est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Le texte est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call</source>
        <comment>interaction kind</comment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>interaction kind</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>interaction kind</comment>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>interaction kind</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>interaction kind</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>interaction field</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <comment>interaction field</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>With whom</source>
        <comment>interaction field</comment>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>interaction field</comment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>interaction field</comment>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>The interaction was not saved. %1</source>
        <translation>L’échange n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The interaction cannot be saved.</source>
        <translation>Impossible d’enregistrer l’échange.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The person chosen is not a contact of this client.</source>
        <translation>La personne choisie n’est pas un contact de ce client.</translation>
    </message>
    <message>
        <source>An interaction cannot move to another client.</source>
        <translation>Un échange ne peut pas être transféré à un autre client.</translation>
    </message>
    <message>
        <source>The interaction cannot be deleted.</source>
        <translation>Impossible de supprimer l’échange.</translation>
    </message>
    <message>
        <source>No interaction has the number %1.</source>
        <translation>Aucun échange ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>An interaction in the database is damaged.</source>
        <translation>Un échange est endommagé dans la base de données.</translation>
    </message>
    <message>
        <source>The interaction cannot be read.</source>
        <translation>Impossible de lire l’échange.</translation>
    </message>
    <message>
        <source>The interactions cannot be read.</source>
        <translation>Impossible de lire les échanges.</translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>The document cannot be issued</source>
        <translation>Impossible d’émettre le document</translation>
    </message>
    <message>
        <source>Send this quote? It will be given the next quote number and can no longer change.</source>
        <translation>Envoyer ce devis&#xa0;? Il recevra le prochain numéro de devis et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <comment>issue question, then a warning</comment>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Send the quote</source>
        <translation>Envoyer le devis</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Émettre le document</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>The PDF cannot be made</source>
        <translation>Impossible de créer le PDF</translation>
    </message>
    <message>
        <source>Bureau preview %1.pdf</source>
        <comment>file name of a PDF preview</comment>
        <translation>Aperçu Bureau %1.pdf</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The PDF cannot be saved</source>
        <translation>Impossible d’enregistrer le PDF</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF cannot be opened</source>
        <translation>Impossible d’ouvrir le PDF</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>The document cannot be printed</source>
        <translation>Impossible d’imprimer le document</translation>
    </message>
    <message>
        <source>The document cannot be marked as sent</source>
        <translation>Impossible de marquer le document comme envoyé</translation>
    </message>
    <message>
        <source>The payment cannot be recorded</source>
        <translation>Impossible d’enregistrer le paiement</translation>
    </message>
    <message>
        <source>The credit note cannot be made</source>
        <translation>Impossible de créer l’avoir</translation>
    </message>
    <message>
        <source>The document cannot be duplicated</source>
        <translation>Impossible de dupliquer le document</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft? Its time entries become unbilled again.</source>
        <translation>Supprimer ce brouillon&#xa0;? Ses entrées de temps redeviennent non facturées.</translation>
    </message>
    <message>
        <source>The draft cannot be deleted</source>
        <translation>Impossible de supprimer le brouillon</translation>
    </message>
    <message>
        <source>The quote cannot be converted</source>
        <translation>Impossible de convertir le devis</translation>
    </message>
    <message>
        <source>The quote cannot be marked as refused</source>
        <translation>Impossible de marquer le devis comme refusé</translation>
    </message>
    <message>
        <source>This quote cannot be sent</source>
        <translation>Ce devis ne peut pas être envoyé</translation>
    </message>
    <message>
        <source>This deposit invoice cannot be issued</source>
        <translation>Cette facture d’acompte ne peut pas être émise</translation>
    </message>
    <message>
        <source>This credit note cannot be issued</source>
        <translation>Cet avoir ne peut pas être émis</translation>
    </message>
    <message>
        <source>This invoice cannot be issued</source>
        <translation>Cette facture ne peut pas être émise</translation>
    </message>
    <message>
        <source>Issue this deposit invoice? It will be given the next invoice number and can no longer change: a mistake is then corrected with a credit note.</source>
        <translation>Émettre cette facture d’acompte&#xa0;? Elle recevra le prochain numéro de facture et ne pourra plus être modifiée&#xa0;: une erreur se corrige alors par un avoir.</translation>
    </message>
    <message>
        <source>Issue this credit note? It will be given the next credit note number and can no longer change.</source>
        <translation>Émettre cet avoir&#xa0;? Il recevra le prochain numéro d’avoir et ne pourra plus être modifié.</translation>
    </message>
    <message>
        <source>Issue this invoice? It will be given the next invoice number and can no longer change: a mistake is then corrected with a credit note.</source>
        <translation>Émettre cette facture&#xa0;? Elle recevra le prochain numéro de facture et ne pourra plus être modifiée&#xa0;: une erreur se corrige alors par un avoir.</translation>
    </message>
    <message>
        <source>The receipts cannot be saved beside the PDF</source>
        <translation>Impossible d’enregistrer les justificatifs à côté du PDF</translation>
    </message>
    <message numerus="yes">
        <source>The PDF and %n receipt(s) of its disbursements were saved in %1: send them together.</source>
        <translation>
            <numerusform>Le PDF et %n justificatif de ses débours ont été enregistrés dans %1&#xa0;: envoyez-les ensemble.</numerusform>
            <numerusform>Le PDF et %n justificatifs de ses débours ont été enregistrés dans %1&#xa0;: envoyez-les ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – receipt %2</source>
        <comment>file name: the PDF&apos;s name, the receipt&apos;s number</comment>
        <translation>%1 – justificatif %2</translation>
    </message>
    <message>
        <source>The receipt “%1” cannot be copied to %2.</source>
        <translation>Impossible de copier le justificatif «&#xa0;%1&#xa0;» vers %2.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Facture d’acompte</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>unit</comment>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <comment>unit</comment>
        <translation>jour</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>unit</comment>
        <translation>unité</translation>
    </message>
    <message>
        <source>flat fee</source>
        <comment>unit</comment>
        <translation>forfait</translation>
    </message>
    <message>
        <source>SIREN: %1</source>
        <translation>SIREN : %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET : %1</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Trading as %1</source>
        <translation>Nom commercial : %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>N° TVA intracommunautaire : %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <comment>footer</comment>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <comment>footer</comment>
        <translation>N° TVA %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>days of one month</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Draft, not numbered</source>
        <translation>Brouillon, non numéroté</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Période de prestation</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Date de prestation</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>On receipt</source>
        <translation>À réception</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Category of operation</source>
        <translation>Nature de l’opération</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Credit note on invoice %1 of %2.</source>
        <translation>Avoir sur la facture %1 du %2.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Net excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Disbursements (outside the taxable base)</source>
        <translation>Débours</translation>
    </message>
    <message>
        <source>Discount of %1</source>
        <translation>Remise de %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount (%1)</source>
        <translation>Remise (%1)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>TVA %1 sur %2</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Total TVA</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Débours</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposit invoice %1 of %2</source>
        <translation>Facture d’acompte %1 du %2</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <source>VAT total in euros</source>
        <translation>Montant de la TVA en euros</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>By bank transfer</source>
        <translation>Par virement bancaire</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN : %1</translation>
    </message>
    <message>
        <source>BIC: %1</source>
        <translation>BIC : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>Conditions de paiement : %1</translation>
    </message>
    <message>
        <source>A draft cannot be archived: issue it first, then its PDF is archived.</source>
        <translation>Un brouillon ne peut pas être archivé : émettez-le d’abord, son PDF est alors archivé.</translation>
    </message>
    <message>
        <source>The archive folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier d’archives %1.</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
    </message>
    <message>
        <source>Receipt enclosed</source>
        <translation>Justificatif joint</translation>
    </message>
</context>
<context>
    <name>InvoiceFromTime</name>
    <message>
        <source>Choose the first and the last day of the work to invoice.</source>
        <translation>Choisissez le premier et le dernier jour du travail à facturer.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1 has no unbilled billable time from %2 to %3.</source>
        <translation>%1 n’a aucun temps facturable non facturé du %2 au %3.</translation>
    </message>
    <message>
        <source>No hourly rate is set for: %1. Set a rate on the mission, the client or your profile.</source>
        <translation>Aucun taux horaire n’est défini pour&#xa0;: %1. Définissez un taux sur la mission, le client ou votre profil.</translation>
    </message>
    <message>
        <source>The rate of %1 is not in %2, the client&apos;s currency.</source>
        <translation>Le taux de %1 n’est pas en %2, la devise du client.</translation>
    </message>
    <message>
        <source>The draft invoice could not be made.</source>
        <translation>Impossible de créer le brouillon de facture.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>day — mission</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the day up to which monthly invoices are made.</source>
        <translation>Choisissez le jour jusqu’auquel les factures mensuelles sont établies.</translation>
    </message>
    <message>
        <source>The monthly invoices could not be prepared.</source>
        <translation>Impossible de préparer les factures mensuelles.</translation>
    </message>
    <message>
        <source>Monthly package — %1</source>
        <translation>Forfait mensuel — %1</translation>
    </message>
    <message>
        <source>Monthly fee — %1</source>
        <translation>Honoraires mensuels — %1</translation>
    </message>
    <message>
        <source>The hours beyond the package of “%1” in %2 have no rate. Set an overage rate on the mission.</source>
        <translation>Les heures au-delà du forfait de «&#xa0;%1&#xa0;» en %2 n’ont pas de taux. Définissez un taux de dépassement sur la mission.</translation>
    </message>
    <message>
        <source>Hours beyond the package — %1</source>
        <translation>Heures au-delà du forfait — %1</translation>
    </message>
    <message>
        <source>The monthly invoices could not be made.</source>
        <translation>Impossible de créer les factures mensuelles.</translation>
    </message>
    <message>
        <source>The monthly invoices to review could not be read.</source>
        <translation>Impossible de lire les factures mensuelles à vérifier.</translation>
    </message>
</context>
<context>
    <name>InvoiceIssuer</name>
    <message>
        <source>The numbering cannot be read.</source>
        <translation>Impossible de lire la numérotation.</translation>
    </message>
    <message>
        <source>The numbering of this series is missing.</source>
        <translation>La numérotation de cette série est introuvable.</translation>
    </message>
    <message>
        <source>The next number cannot be taken.</source>
        <translation>Impossible d’obtenir le numéro suivant.</translation>
    </message>
    <message>
        <source>The invoice&apos;s balance cannot be read.</source>
        <translation>Impossible de lire le solde de la facture.</translation>
    </message>
    <message>
        <source>The document %1 is already issued.</source>
        <translation>Le document %1 est déjà émis.</translation>
    </message>
    <message>
        <source>The document has no line: add what you are billing before issuing it.</source>
        <translation>Le document n’a aucune ligne&#xa0;: ajoutez ce que vous facturez avant de l’émettre.</translation>
    </message>
    <message>
        <source>The document has no date or period of service: enter it before issuing.</source>
        <translation>Le document n’a ni date ni période de prestation&#xa0;: renseignez-la avant de l’émettre.</translation>
    </message>
    <message>
        <source>The due date is before the issue date: correct it before issuing.</source>
        <translation>La date d’échéance précède la date d’émission&#xa0;: corrigez-la avant d’émettre le document.</translation>
    </message>
    <message>
        <source>A credit note corrects an issued invoice of the same client, in its currency.</source>
        <translation>Un avoir corrige une facture émise du même client, dans sa devise.</translation>
    </message>
    <message>
        <source>This document in %1 charges VAT: enter the exchange rate to the euro so that its VAT can be stated in euros.</source>
        <translation>Ce document en %1 applique la TVA&#xa0;: renseignez le taux de change en euros afin que sa TVA puisse être indiquée en euros.</translation>
    </message>
    <message>
        <source>The deposit invoices cannot be read.</source>
        <translation>Impossible de lire les factures d’acompte.</translation>
    </message>
    <message>
        <source>The deposit invoice %1 cannot be deducted: only the client&apos;s issued deposit invoices in the same currency, deducted nowhere else, can be.</source>
        <translation>La facture d’acompte %1 ne peut pas être déduite&#xa0;: seules les factures d’acompte émises du client, dans la même devise et déduites nulle part ailleurs, peuvent l’être.</translation>
    </message>
    <message>
        <source>The credit note (%1) is larger than what is left of invoice %2 (%3).</source>
        <translation>L’avoir (%1) dépasse ce qui reste de la facture %2 (%3).</translation>
    </message>
    <message>
        <source>The document cannot be issued.</source>
        <translation>Impossible d’émettre le document.</translation>
    </message>
    <message>
        <source>The number %1 would be longer than %2 characters: shorten the numbering pattern.</source>
        <translation>Le numéro %1 dépasserait %2 caractères&#xa0;: raccourcissez le modèle de numérotation.</translation>
    </message>
    <message>
        <source>The number %1 is already taken: check the numbering pattern.</source>
        <translation>Le numéro %1 est déjà attribué&#xa0;: vérifiez le modèle de numérotation.</translation>
    </message>
    <message>
        <source>The document was issued meanwhile.</source>
        <translation>Le document a été émis entre-temps.</translation>
    </message>
    <message>
        <source>A credit note corrects an issued invoice or deposit invoice.</source>
        <translation>Un avoir corrige une facture ou une facture d’acompte émise.</translation>
    </message>
    <message>
        <source>Choose at least one line to credit.</source>
        <translation>Choisissez au moins une ligne à créditer.</translation>
    </message>
    <message>
        <source>Only a sent quote can be accepted and invoiced.</source>
        <translation>Seul un devis envoyé peut être accepté et facturé.</translation>
    </message>
    <message>
        <source>The quote cannot be accepted.</source>
        <translation>Impossible d’accepter le devis.</translation>
    </message>
    <message>
        <source>The numbering pattern needs a place for the number, such as {NNNN}.</source>
        <translation>Le modèle de numérotation doit prévoir une place pour le numéro, par exemple {NNNN}.</translation>
    </message>
    <message>
        <source>The numbering pattern is too long: %1 characters at most.</source>
        <translation>Le modèle de numérotation est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The numbering pattern makes numbers longer than %1 characters (%2).</source>
        <translation>Le modèle de numérotation produit des numéros de plus de %1 caractères (%2).</translation>
    </message>
    <message>
        <source>The client %1 has no billing address: enter it on the client&apos;s page before issuing.</source>
        <translation>Le client %1 n’a pas d’adresse de facturation&#xa0;: saisissez-la sur la fiche du client avant d’émettre.</translation>
    </message>
    <message>
        <source>The client %1 is a business in France: enter its SIREN or SIRET on the client&apos;s page before issuing, the invoice must print it.</source>
        <translation>Le client %1 est une entreprise établie en France&#xa0;: saisissez son SIREN ou son SIRET sur la fiche du client avant d’émettre, la facture doit l’indiquer.</translation>
    </message>
    <message>
        <source>The last document of this series was issued on %1, after today (%2): check the computer&apos;s date and your time zone before issuing.</source>
        <translation>Le dernier document de cette série a été émis le %1, après aujourd’hui (%2)&#xa0;: vérifiez la date de l’ordinateur et votre fuseau horaire avant d’émettre.</translation>
    </message>
    <message>
        <source>The deposit invoice %1 is deducted from invoice %2: issue the credit note on invoice %2 instead.</source>
        <translation>La facture d’acompte %1 est déduite de la facture %2&#xa0;: émettez plutôt l’avoir sur la facture %2.</translation>
    </message>
    <message>
        <source>This document in %1 counts toward the VAT-franchise threshold: enter the exchange rate to the euro before issuing.</source>
        <translation>Ce document en %1 compte pour le seuil de la franchise en base de TVA&#xa0;: saisissez le taux de change en euros avant d’émettre.</translation>
    </message>
    <message>
        <source>Line %1 has no VAT rate although you charge VAT: choose its rate (20 %, 10 %, 5.5 % or 2.1 %) before issuing.</source>
        <translation>La ligne %1 n’a pas de taux de TVA alors que vous facturez la TVA&#xa0;: choisissez son taux (20&#xa0;%, 10&#xa0;%, 5,5&#xa0;% ou 2,1&#xa0;%) avant d’émettre.</translation>
    </message>
</context>
<context>
    <name>InvoiceTotals</name>
    <message>
        <source>The document has no valid currency: enter a three-letter code such as EUR.</source>
        <translation>Le document n’a pas de devise valide&#xa0;: saisissez un code à trois lettres, par exemple EUR.</translation>
    </message>
    <message>
        <source>The document&apos;s amounts are too large to be computed.</source>
        <translation>Les montants du document sont trop élevés pour être calculés.</translation>
    </message>
    <message>
        <source>The amount of line %1 is too large to be computed.</source>
        <translation>Le montant de la ligne %1 est trop élevé pour être calculé.</translation>
    </message>
    <message>
        <source>The discount must be between 0% and 100%.</source>
        <translation>La remise doit être comprise entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The discount cannot be a negative amount.</source>
        <translation>La remise ne peut pas être un montant négatif.</translation>
    </message>
    <message>
        <source>Give the discount either as a percentage or as an amount, not both.</source>
        <translation>Indiquez la remise soit en pourcentage, soit en montant, pas les deux.</translation>
    </message>
    <message>
        <source>The discount of %1 is larger than the services it applies to (%2): lower it.</source>
        <translation>La remise de %1 dépasse les prestations auxquelles elle s’applique (%2)&#xa0;: réduisez-la.</translation>
    </message>
    <message>
        <source>The discount cannot be spread over the document&apos;s VAT rates.</source>
        <translation>Impossible de répartir la remise sur les taux de TVA du document.</translation>
    </message>
    <message>
        <source>The document&apos;s total is negative: enter positive amounts, and issue a credit note to correct an invoice.</source>
        <translation>Le total du document est négatif&#xa0;: saisissez des montants positifs, et émettez un avoir pour corriger une facture.</translation>
    </message>
    <message>
        <source>A deducted deposit must have a positive amount.</source>
        <translation>Un acompte déduit doit avoir un montant positif.</translation>
    </message>
    <message>
        <source>The deposits deducted (%1) exceed the document&apos;s total (%2): remove a deposit or add the missing lines.</source>
        <translation>Les acomptes déduits (%1) dépassent le total du document (%2)&#xa0;: retirez un acompte ou ajoutez les lignes manquantes.</translation>
    </message>
    <message>
        <source>Enter the exchange rate from %1 to euros: a document in another currency that charges VAT must state its VAT in euros.</source>
        <translation>Renseignez le taux de change de %1 en euros&#xa0;: un document dans une autre devise qui applique la TVA doit indiquer sa TVA en euros.</translation>
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
    <name>Mission</name>
    <message>
        <source>A mission needs a title.</source>
        <translation>Une mission doit avoir un intitulé.</translation>
    </message>
    <message numerus="yes">
        <source>The title fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>L’intitulé tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>L’intitulé tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the date the mission starts.</source>
        <translation>Indiquez la date de début de la mission.</translation>
    </message>
    <message>
        <source>The mission cannot end before it starts.</source>
        <translation>La mission ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three letters, such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise&#xa0;: utilisez trois lettres, par exemple EUR.</translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation>Indiquez le montant.</translation>
    </message>
    <message>
        <source>The amount must be in the currency of the mission (%1).</source>
        <translation>Le montant doit être dans la devise de la mission (%1).</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Give the number of hours the package includes each month.</source>
        <translation>Indiquez le nombre d’heures comprises chaque mois dans le forfait.</translation>
    </message>
    <message>
        <source>A monthly package cannot hold more hours than a month has.</source>
        <translation>Un forfait mensuel ne peut pas compter plus d’heures qu’il n’y en a dans un mois.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de ce système.</translation>
    </message>
    <message>
        <source>Each working slot is on one day and ends after it starts.</source>
        <translation>Chaque créneau de travail tient sur une seule journée et se termine après avoir commencé.</translation>
    </message>
    <message>
        <source>Two working slots overlap on the same day.</source>
        <translation>Deux créneaux de travail se chevauchent le même jour.</translation>
    </message>
    <message numerus="yes">
        <source>A text of the mission is too long: at most %n characters.</source>
        <translation>
            <numerusform>Un texte de la mission est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Un texte de la mission est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>mission status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>mission status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>mission status</comment>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>mission status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>By the hour</source>
        <comment>billing mode</comment>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Monthly package of hours</source>
        <comment>billing mode</comment>
        <translation>Forfait mensuel d’heures</translation>
    </message>
    <message>
        <source>Fixed monthly fee</source>
        <comment>billing mode</comment>
        <translation>Forfait mensuel fixe</translation>
    </message>
    <message>
        <source>No report</source>
        <comment>reporting cadence</comment>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>reporting cadence</comment>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>reporting cadence</comment>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>mission field</comment>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>mission field</comment>
        <translation>Période</translation>
    </message>
    <message>
        <source>Billing</source>
        <comment>mission field</comment>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <comment>mission field</comment>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <comment>mission field</comment>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <source>Package fee</source>
        <comment>mission field</comment>
        <translation>Montant du forfait</translation>
    </message>
    <message>
        <source>Rate beyond the package</source>
        <comment>mission field</comment>
        <translation>Taux au-delà du forfait</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <comment>mission field</comment>
        <translation>Montant mensuel</translation>
    </message>
    <message>
        <source>Time zone</source>
        <comment>mission field</comment>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Working hours</source>
        <comment>mission field</comment>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Billed by the hour at %1 per hour.</source>
        <translation>Facturée à l’heure, au taux de %1 de l’heure.</translation>
    </message>
    <message>
        <source>Billed by the hour at the agreed hourly rate.</source>
        <translation>Facturée à l’heure, au taux horaire convenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>A monthly package of %1 of work for %2 a month.</source>
        <translation>Un forfait mensuel de %1 de travail pour %2 par mois.</translation>
    </message>
    <message>
        <source>Hours beyond the package are carried over to the next month.</source>
        <translation>Les heures au-delà du forfait sont reportées sur le mois suivant.</translation>
    </message>
    <message>
        <source>Hours beyond the package are billed at %1 per hour.</source>
        <translation>Les heures au-delà du forfait sont facturées %1 de l’heure.</translation>
    </message>
    <message>
        <source>Hours beyond the package are billed at the agreed hourly rate.</source>
        <translation>Les heures au-delà du forfait sont facturées au taux horaire convenu.</translation>
    </message>
    <message>
        <source>A fixed fee of %1 a month.</source>
        <translation>Un montant fixe de %1 par mois.</translation>
    </message>
    <message>
        <source>An activity report is sent every week.</source>
        <translation>Un rapport d’activité est envoyé chaque semaine.</translation>
    </message>
    <message>
        <source>An activity report is sent every month.</source>
        <translation>Un rapport d’activité est envoyé chaque mois.</translation>
    </message>
</context>
<context>
    <name>MissionLetter</name>
    <message>
        <source>SIREN: %1</source>
        <translation>SIREN&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fill in your name in your business profile before printing a letter of engagement.</source>
        <translation>Indiquez votre nom dans votre profil professionnel avant d’imprimer une lettre de mission.</translation>
    </message>
    <message>
        <source>The letter has no date.</source>
        <translation>La lettre n’a pas de date.</translation>
    </message>
    <message>
        <source>The client has no name.</source>
        <translation>Le client n’a pas de nom.</translation>
    </message>
    <message>
        <source>Documents can be written in French or English, not “%1”.</source>
        <translation>Les documents peuvent être rédigés en français ou en anglais, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The mission has no title.</source>
        <translation>La mission n’a pas d’intitulé.</translation>
    </message>
    <message>
        <source>The mission ends before it starts.</source>
        <translation>La mission se termine avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>The mission has no hourly rate, and neither the client nor your business profile gives one.</source>
        <translation>La mission n’a pas de taux horaire, et ni le client ni votre profil professionnel n’en indiquent un.</translation>
    </message>
    <message>
        <source>The mission’s package needs a number of hours and a monthly fee.</source>
        <translation>Le forfait de la mission doit comporter un nombre d’heures et un montant mensuel.</translation>
    </message>
    <message>
        <source>The mission bills the hours beyond its package but gives no rate for them, and neither the client nor your business profile gives an hourly rate.</source>
        <translation>La mission facture les heures au-delà de son forfait sans indiquer de taux, et ni le client ni votre profil professionnel n’indiquent de taux horaire.</translation>
    </message>
    <message>
        <source>The mission has no monthly fee.</source>
        <translation>La mission n’a pas de montant mensuel.</translation>
    </message>
    <message>
        <source>The mission’s time zone “%1” is not known.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» de la mission est inconnu.</translation>
    </message>
    <message>
        <source>A working slot of the mission ends before it starts.</source>
        <translation>Un créneau de travail de la mission se termine avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <comment>footer</comment>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <comment>footer</comment>
        <translation>N° de TVA %1</translation>
    </message>
    <message>
        <source>The service provider</source>
        <translation>Le prestataire</translation>
    </message>
    <message>
        <source>Trading as %1</source>
        <translation>Nom commercial&#xa0;: %1</translation>
    </message>
    <message>
        <source>VAT number: %1</source>
        <translation>Numéro de TVA intracommunautaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Représenté par %1</translation>
    </message>
    <message>
        <source>The mission starts on %1 and ends on %2.</source>
        <translation>La mission commence le %1 et se termine le %2.</translation>
    </message>
    <message>
        <source>The mission starts on %1, with no set end date.</source>
        <translation>La mission commence le %1, sans date de fin déterminée.</translation>
    </message>
    <message>
        <source>The mission starts when this letter is signed and ends on %1.</source>
        <translation>La mission commence à la signature de la présente lettre et se termine le %1.</translation>
    </message>
    <message>
        <source>The mission starts when this letter is signed, with no set end date.</source>
        <translation>La mission commence à la signature de la présente lettre, sans date de fin déterminée.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) a month for %1</source>
        <translation>
            <numerusform>%n heure par mois pour %1</numerusform>
            <numerusform>%n heures par mois pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month for %2</source>
        <translation>%1 par mois pour %2</translation>
    </message>
    <message>
        <source>Billable time is rounded up to the next %1 minutes, time entry by time entry.</source>
        <translation>Le temps facturable est arrondi aux %1 minutes supérieures, pour chaque saisie de temps.</translation>
    </message>
    <message>
        <source>Billable time is rounded up to the next %1 minutes, invoice line by invoice line.</source>
        <translation>Le temps facturable est arrondi aux %1 minutes supérieures, pour chaque ligne de facture.</translation>
    </message>
    <message>
        <source>Billable time is rounded to the nearest %1 minutes, time entry by time entry.</source>
        <translation>Le temps facturable est arrondi aux %1 minutes les plus proches, pour chaque saisie de temps.</translation>
    </message>
    <message>
        <source>Billable time is rounded to the nearest %1 minutes, invoice line by invoice line.</source>
        <translation>Le temps facturable est arrondi aux %1 minutes les plus proches, pour chaque ligne de facture.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 de l’heure</translation>
    </message>
    <message>
        <source>Monthly package</source>
        <translation>Forfait mensuel</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Hours beyond the package</source>
        <translation>Heures au-delà du forfait</translation>
    </message>
    <message>
        <source>Billed at %1 per hour</source>
        <translation>Facturées %1 de l’heure</translation>
    </message>
    <message>
        <source>Carried over to the following month</source>
        <translation>Reportées sur le mois suivant</translation>
    </message>
    <message>
        <source>Fixed monthly fee</source>
        <translation>Forfait mensuel fixe</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Montant mensuel</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Time rounding</source>
        <translation>Arrondi du temps</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amounts exclude VAT, which is charged as French law requires.</source>
        <translation>Les montants s’entendent hors TVA&#xa0;; la TVA est appliquée conformément à la loi française.</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>An invoice is issued at the end of each month.</source>
        <translation>Une facture est émise à la fin de chaque mois.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>On receipt of the invoice</source>
        <translation>À réception de la facture</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the invoice date</source>
        <translation>
            <numerusform>%n jour à compter de la date de facture</numerusform>
            <numerusform>%n jours à compter de la date de facture</numerusform>
        </translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
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
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Read and approved</source>
        <translation>Bon pour accord</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of weekdays</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>days: hours</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Letter of engagement</source>
        <translation>Lettre de mission</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>The client entrusts the service provider, who accepts, with the mission described below, on the terms of this letter. The service provider carries it out independently, with their own means.</source>
        <translation>Le client confie au prestataire, qui l’accepte, la mission décrite ci-dessous, aux conditions de la présente lettre. Le prestataire l’exécute en toute indépendance, avec ses propres moyens.</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>Objet et périmètre</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Non inclus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Agreed hours (%1)</source>
        <translation>Horaires convenus (%1)</translation>
    </message>
    <message>
        <source>In the service provider’s time zone (%1)</source>
        <translation>Dans le fuseau horaire du prestataire (%1)</translation>
    </message>
    <message>
        <source>Hours in %1 are those of the week of %2. They can move by an hour for a few weeks a year, when daylight saving time starts or ends on different dates in the two zones.</source>
        <translation>Les horaires en %1 sont ceux de la semaine du %2. Ils peuvent se décaler d’une heure quelques semaines par an, lorsque le passage à l’heure d’été ou d’hiver n’a pas lieu aux mêmes dates dans les deux fuseaux.</translation>
    </message>
    <message>
        <source>Fees and invoicing</source>
        <translation>Honoraires et facturation</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>The service provider sends the client a report of the work done every week.</source>
        <translation>Le prestataire adresse chaque semaine au client un compte rendu du travail effectué.</translation>
    </message>
    <message>
        <source>The service provider sends the client a report of the work done every month.</source>
        <translation>Le prestataire adresse chaque mois au client un compte rendu du travail effectué.</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>Autres conditions</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Made in two copies, one for each party.</source>
        <translation>Fait en deux exemplaires, un pour chaque partie.</translation>
    </message>
    <message>
        <source>%1, represented by %2</source>
        <translation>%1, représenté par %2</translation>
    </message>
</context>
<context>
    <name>MissionRepository</name>
    <message>
        <source>The mission was not saved. %1</source>
        <translation>La mission n’a pas été enregistrée. %1</translation>
    </message>
    <message>
        <source>The mission cannot be saved.</source>
        <translation>Impossible d’enregistrer la mission.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The contract chosen is not a file of this client.</source>
        <translation>Le contrat choisi n’est pas un fichier de ce client.</translation>
    </message>
    <message>
        <source>The working hours of the mission cannot be saved.</source>
        <translation>Impossible d’enregistrer les horaires de travail de la mission.</translation>
    </message>
    <message>
        <source>A mission cannot move to another client.</source>
        <translation>Une mission ne peut pas être transférée à un autre client.</translation>
    </message>
    <message>
        <source>The mission cannot be deleted.</source>
        <translation>Impossible de supprimer la mission.</translation>
    </message>
    <message>
        <source>No mission has the number %1.</source>
        <translation>Aucune mission ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The missions cannot be read.</source>
        <translation>Impossible de lire les missions.</translation>
    </message>
    <message>
        <source>A mission in the database is damaged.</source>
        <translation>Une mission est endommagée dans la base de données.</translation>
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
    <name>OnboardingItem</name>
    <message>
        <source>Ticked when an access is stored for the client.</source>
        <translation>Cochée lorsqu’un accès est enregistré pour le client.</translation>
    </message>
    <message>
        <source>Ticked when a contract is attached to the client.</source>
        <translation>Cochée lorsqu’un contrat est joint au client.</translation>
    </message>
    <message>
        <source>Ticked when the client has an active mission.</source>
        <translation>Cochée lorsque le client a une mission active.</translation>
    </message>
    <message>
        <source>Ticked when reception instructions are written.</source>
        <translation>Cochée lorsque les consignes d’accueil sont rédigées.</translation>
    </message>
</context>
<context>
    <name>OnboardingRepository</name>
    <message>
        <source>Contract signed</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>Accesses received and stored</source>
        <translation>Accès reçus et enregistrés</translation>
    </message>
    <message>
        <source>Procedures documented</source>
        <translation>Procédures documentées</translation>
    </message>
    <message>
        <source>Reception instructions written</source>
        <translation>Consignes d’accueil rédigées</translation>
    </message>
    <message>
        <source>Mission set up</source>
        <translation>Mission mise en place</translation>
    </message>
    <message>
        <source>Weekly check-in scheduled</source>
        <translation>Point hebdomadaire planifié</translation>
    </message>
    <message>
        <source>The onboarding checklist cannot be read.</source>
        <translation>Impossible de lire la checklist d’intégration.</translation>
    </message>
    <message>
        <source>The onboarding checklist in the database is damaged.</source>
        <translation>La checklist d’intégration est endommagée dans la base de données.</translation>
    </message>
    <message>
        <source>The onboarding checklist cannot be saved.</source>
        <translation>Impossible d’enregistrer la checklist d’intégration.</translation>
    </message>
    <message>
        <source>The onboarding checklist was not saved: every item needs a label.</source>
        <translation>La checklist d’intégration n’a pas été enregistrée&#xa0;: chaque étape doit avoir un libellé.</translation>
    </message>
    <message numerus="yes">
        <source>The onboarding checklist was not saved: each label fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>La checklist d’intégration n’a pas été enregistrée&#xa0;: chaque libellé tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>La checklist d’intégration n’a pas été enregistrée&#xa0;: chaque libellé tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The onboarding checklist of the client cannot be created.</source>
        <translation>Impossible de créer la checklist d’intégration du client.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>No onboarding item has the number %1.</source>
        <translation>Aucune étape d’intégration ne porte le numéro %1.</translation>
    </message>
</context>
<context>
    <name>PackageUsage</name>
    <message>
        <source>Choose a month.</source>
        <translation>Choisissez un mois.</translation>
    </message>
    <message>
        <source>The package’s hours cannot be read.</source>
        <translation>Impossible de lire les heures du forfait.</translation>
    </message>
    <message>
        <source>No mission has the number %1.</source>
        <translation>Aucune mission ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The mission “%1” is not billed as a package of hours.</source>
        <translation>La mission «&#xa0;%1&#xa0;» n’est pas facturée sous forme de forfait d’heures.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 used in %4, %5 beyond the package of %6.</source>
        <translation>%1 — %2&#xa0;: %3 utilisées en %4, soit %5 de dépassement du forfait de %6.</translation>
    </message>
    <message>
        <source>%1 — %2: all of the package of %3 used in %4.</source>
        <translation>%1 — %2&#xa0;: forfait de %3 entièrement utilisé en %4.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 % of %4 used in %5.</source>
        <translation>%1 — %2&#xa0;: %3&#xa0;% du forfait de %4 utilisé en %5.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The invoice could not be read.</source>
        <translation>Impossible de lire la facture.</translation>
    </message>
    <message>
        <source>The client&apos;s credit could not be read.</source>
        <translation>Impossible de lire le crédit du client.</translation>
    </message>
    <message>
        <source>Choose the client who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <source>Choose the currency of the payment.</source>
        <translation>Choisissez la devise du paiement.</translation>
    </message>
    <message>
        <source>The amount of the payment cannot be zero.</source>
        <translation>Le montant du paiement ne peut pas être nul.</translation>
    </message>
    <message>
        <source>Enter the date the payment was received.</source>
        <translation>Saisissez la date de réception du paiement.</translation>
    </message>
    <message>
        <source>The payment cannot be received in the future (%1).</source>
        <translation>Le paiement ne peut pas être reçu dans le futur (%1).</translation>
    </message>
    <message>
        <source>For a payment in euros, the euros received are the amount of the payment.</source>
        <translation>Pour un paiement en euros, les euros reçus correspondent au montant du paiement.</translation>
    </message>
    <message>
        <source>Enter the euros actually received for this payment in %1.</source>
        <translation>Saisissez les euros réellement reçus pour ce paiement en %1.</translation>
    </message>
    <message>
        <source>The euros of a refund must be negative, as its amount is.</source>
        <translation>Les euros d’un remboursement doivent être négatifs, comme son montant.</translation>
    </message>
    <message>
        <source>The euros received must be more than zero.</source>
        <translation>Les euros reçus doivent être supérieurs à zéro.</translation>
    </message>
    <message>
        <source>Choose the invoice each part of the payment goes to.</source>
        <translation>Choisissez la facture à laquelle chaque part du paiement est affectée.</translation>
    </message>
    <message>
        <source>An invoice appears twice in the spreading of the payment.</source>
        <translation>Une facture apparaît deux fois dans la répartition du paiement.</translation>
    </message>
    <message>
        <source>An amount allocated to an invoice cannot be zero.</source>
        <translation>Un montant affecté à une facture ne peut pas être nul.</translation>
    </message>
    <message>
        <source>A refund can only be allocated as negative amounts.</source>
        <translation>Un remboursement ne peut être affecté qu’en montants négatifs.</translation>
    </message>
    <message>
        <source>A payment can only be allocated as positive amounts.</source>
        <translation>Un paiement ne peut être affecté qu’en montants positifs.</translation>
    </message>
    <message>
        <source>The amounts allocated (%1) exceed the payment (%2).</source>
        <translation>Les montants affectés (%1) dépassent le paiement (%2).</translation>
    </message>
    <message>
        <source>The amounts allocated (%1) exceed the refund (%2).</source>
        <translation>Les montants affectés (%1) dépassent le remboursement (%2).</translation>
    </message>
    <message>
        <source>The payment could not be saved.</source>
        <translation>Impossible d’enregistrer le paiement.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>A payment can only go to an issued invoice or deposit invoice of its client.</source>
        <translation>Un paiement ne peut être affecté qu’à une facture ou une facture d’acompte émise de son client.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2: a payment in %3 cannot go to it.</source>
        <translation>La facture %1 est en %2&#xa0;: un paiement en %3 ne peut pas lui être affecté.</translation>
    </message>
    <message>
        <source>%1 cannot go to invoice %2: only %3 is outstanding on it. The rest stays the client&apos;s credit.</source>
        <translation>%1 ne peut pas être affecté à la facture %2&#xa0;: seuls %3 restent dus. Le reste demeure en crédit client.</translation>
    </message>
    <message>
        <source>%1 cannot be refunded on invoice %2: it is overpaid by %3 only.</source>
        <translation>%1 ne peut pas être remboursé sur la facture %2&#xa0;: elle n’est payée en trop que de %3.</translation>
    </message>
    <message>
        <source>The refund of %1 exceeds the client&apos;s credit of %2.</source>
        <translation>Le remboursement de %1 dépasse le crédit client de %2.</translation>
    </message>
    <message>
        <source>The payment could not be deleted.</source>
        <translation>Impossible de supprimer le paiement.</translation>
    </message>
    <message>
        <source>No payment has the number %1.</source>
        <translation>Aucun paiement ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This payment cannot be deleted: a refund paid its credit back. Delete the refund first.</source>
        <translation>Impossible de supprimer ce paiement&#xa0;: un remboursement a restitué son crédit. Supprimez d’abord le remboursement.</translation>
    </message>
    <message>
        <source>The payment could not be read.</source>
        <translation>Impossible de lire le paiement.</translation>
    </message>
    <message>
        <source>The payments could not be read.</source>
        <translation>Impossible de lire les paiements.</translation>
    </message>
    <message>
        <source>The client&apos;s invoices could not be read.</source>
        <translation>Impossible de lire les factures du client.</translation>
    </message>
    <message>
        <source>The credit to use must be more than zero.</source>
        <translation>Le crédit à utiliser doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>No document has the number %1.</source>
        <translation>Aucun document ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Credit can only pay an issued invoice or deposit invoice.</source>
        <translation>Le crédit ne peut régler qu’une facture ou une facture d’acompte émise.</translation>
    </message>
    <message>
        <source>The client has no credit in %1.</source>
        <translation>Le client n’a aucun crédit en %1.</translation>
    </message>
    <message>
        <source>Nothing is outstanding on invoice %1.</source>
        <translation>Rien n’est en attente de paiement sur la facture %1.</translation>
    </message>
    <message>
        <source>The credit could not be used.</source>
        <translation>Impossible d’utiliser le crédit.</translation>
    </message>
    <message>
        <source>The receivables could not be read.</source>
        <translation>Impossible de lire les créances clients.</translation>
    </message>
    <message>
        <source>The clients&apos; credit could not be read.</source>
        <translation>Impossible de lire le crédit des clients.</translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
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
        <source>A postal code in France or Monaco has 5 digits.</source>
        <translation>Un code postal en France ou à Monaco compte 5 chiffres.</translation>
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
    <name>ReceptionRepository</name>
    <message>
        <source>The reception instructions cannot be read.</source>
        <translation>Impossible de lire les consignes d’accueil.</translation>
    </message>
    <message>
        <source>The reception instructions were not saved: each standard answer needs its question.</source>
        <translation>Les consignes d’accueil n’ont pas été enregistrées&#xa0;: chaque réponse type doit avoir sa question.</translation>
    </message>
    <message numerus="yes">
        <source>The reception instructions were not saved: a text is longer than %n characters.</source>
        <translation>
            <numerusform>Les consignes d’accueil n’ont pas été enregistrées&#xa0;: un texte dépasse %n caractère.</numerusform>
            <numerusform>Les consignes d’accueil n’ont pas été enregistrées&#xa0;: un texte dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reception instructions cannot be saved.</source>
        <translation>Impossible d’enregistrer les consignes d’accueil.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
</context>
<context>
    <name>RevenueReport</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter of a year</comment>
        <translation>T%1&#xa0;%2</translation>
    </message>
    <message>
        <source>The receipts could not be read.</source>
        <translation>Impossible de lire les recettes.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Choisissez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The revenue could not be read.</source>
        <translation>Impossible de lire le chiffre d’affaires.</translation>
    </message>
    <message>
        <source>The turnover to declare could not be read.</source>
        <translation>Impossible de lire le chiffre d’affaires à déclarer.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Montant (EUR)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Documents can be written in French or English, not “%1”.</source>
        <translation>Les documents peuvent être rédigés en français ou en anglais, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Receipts register</source>
        <translation>Livre des recettes</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No payment was received in this period.</source>
        <translation>Aucun paiement n’a été reçu sur cette période.</translation>
    </message>
    <message>
        <source>The turnover of the year could not be read.</source>
        <translation>Impossible de lire le chiffre d’affaires de l’année.</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <translation>L’année %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>The base threshold must be more than zero.</source>
        <translation>Le seuil de base doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The higher threshold cannot be below the base threshold.</source>
        <translation>Le seuil majoré ne peut pas être inférieur au seuil de base.</translation>
    </message>
    <message>
        <source>The thresholds could not be saved.</source>
        <translation>Impossible d’enregistrer les seuils.</translation>
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
    <name>Task</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un intitulé.</translation>
    </message>
    <message numerus="yes">
        <source>The title fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>L’intitulé tient sur une ligne de %n caractère au maximum.</numerusform>
            <numerusform>L’intitulé tient sur une ligne de %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>Les notes sont trop longues&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Les notes sont trop longues&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>To do</source>
        <comment>task status</comment>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>task status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <comment>task status</comment>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>task status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>task priority</comment>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>task priority</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <comment>task priority</comment>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>task priority</comment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>task field</comment>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>task field</comment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mission</source>
        <comment>task field</comment>
        <translation>Mission</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>The task was not saved. %1</source>
        <translation>La tâche n’a pas été enregistrée. %1</translation>
    </message>
    <message>
        <source>The task cannot be saved.</source>
        <translation>Impossible d’enregistrer la tâche.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>No mission has the number %1.</source>
        <translation>Aucune mission ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The task was not saved: the mission chosen belongs to another client.</source>
        <translation>La tâche n’a pas été enregistrée&#xa0;: la mission choisie appartient à un autre client.</translation>
    </message>
    <message>
        <source>A task cannot move to another client.</source>
        <translation>Une tâche ne peut pas être transférée à un autre client.</translation>
    </message>
    <message>
        <source>The task cannot be deleted.</source>
        <translation>Impossible de supprimer la tâche.</translation>
    </message>
    <message>
        <source>No task has the number %1.</source>
        <translation>Aucune tâche ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The tasks cannot be read.</source>
        <translation>Impossible de lire les tâches.</translation>
    </message>
    <message>
        <source>A task in the database is damaged.</source>
        <translation>Une tâche est endommagée dans la base de données.</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>Choose the client the time was worked for.</source>
        <translation>Choisissez le client pour qui le travail a été effectué.</translation>
    </message>
    <message>
        <source>Say when the work started.</source>
        <translation>Indiquez l’heure de début du travail.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>An entry lasts at most 24 hours: record longer work as several entries.</source>
        <translation>Une entrée dure au plus 24 heures&#xa0;: enregistrez un travail plus long en plusieurs entrées.</translation>
    </message>
    <message numerus="yes">
        <source>The description fits on one line of at most %n characters.</source>
        <translation>
            <numerusform>La description doit tenir sur une seule ligne d’au plus %n caractère.</numerusform>
            <numerusform>La description doit tenir sur une seule ligne d’au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>Les notes sont trop longues&#xa0;: %n caractère au plus.</numerusform>
            <numerusform>Les notes sont trop longues&#xa0;: %n caractères au plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeEntryDays</name>
    <message>
        <source>Could not read the time entries to move them to the new time zone.</source>
        <translation>Impossible de lire les entrées de temps pour les déplacer vers le nouveau fuseau horaire.</translation>
    </message>
    <message>
        <source>Could not move the time entries to the new time zone.</source>
        <translation>Impossible de déplacer les entrées de temps vers le nouveau fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>TimeEntryRepository</name>
    <message>
        <source>The time entry of %1 is invoiced and can no longer be changed.</source>
        <translation>L’entrée de temps du %1 est facturée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>A timer is already running: stop it before starting another one.</source>
        <translation>Un chronomètre est déjà en cours&#xa0;: arrêtez-le avant d’en démarrer un autre.</translation>
    </message>
    <message>
        <source>The time entry was not saved. %1</source>
        <translation>L’entrée de temps n’a pas été enregistrée. %1</translation>
    </message>
    <message>
        <source>The time entry cannot be saved.</source>
        <translation>Impossible d’enregistrer l’entrée de temps.</translation>
    </message>
    <message>
        <source>No client has the number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>No mission has the number %1.</source>
        <translation>Aucune mission ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The time entry was not saved: the mission chosen belongs to another client.</source>
        <translation>L’entrée de temps n’a pas été enregistrée&#xa0;: la mission choisie appartient à un autre client.</translation>
    </message>
    <message>
        <source>No task has the number %1.</source>
        <translation>Aucune tâche ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The time entry was not saved: the task chosen belongs to another client.</source>
        <translation>L’entrée de temps n’a pas été enregistrée&#xa0;: la tâche choisie appartient à un autre client.</translation>
    </message>
    <message>
        <source>The time entry of %1 is on an invoice: it cannot become a running timer.</source>
        <translation>L’entrée de temps du %1 figure sur une facture&#xa0;: elle ne peut pas devenir un chronomètre en cours.</translation>
    </message>
    <message>
        <source>The time entry cannot be deleted.</source>
        <translation>Impossible de supprimer l’entrée de temps.</translation>
    </message>
    <message>
        <source>The time entries cannot be read.</source>
        <translation>Impossible de lire les entrées de temps.</translation>
    </message>
    <message>
        <source>No time entry has the number %1.</source>
        <translation>Aucune entrée de temps ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The time cannot be billed: the invoice is not saved yet.</source>
        <translation>Le temps ne peut pas être facturé&#xa0;: la facture n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>The time entry of %1 is still running: stop the timer before billing it.</source>
        <translation>L’entrée de temps du %1 est toujours en cours&#xa0;: arrêtez le chronomètre avant de la facturer.</translation>
    </message>
    <message>
        <source>The time entry of %1 is already on another invoice.</source>
        <translation>L’entrée de temps du %1 figure déjà sur une autre facture.</translation>
    </message>
    <message>
        <source>The time entries cannot be saved.</source>
        <translation>Impossible d’enregistrer les entrées de temps.</translation>
    </message>
    <message>
        <source>The time of an issued invoice stays billed: it cannot be released.</source>
        <translation>Le temps d’une facture émise reste facturé&#xa0;: il ne peut pas être libéré.</translation>
    </message>
</context>
<context>
    <name>TimeReport</name>
    <message>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Semaine %1 de %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter of a year</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Par client</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>Par mission</translation>
    </message>
    <message>
        <source>By task</source>
        <translation>Par tâche</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>report column</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mission</source>
        <comment>report column</comment>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>report column</comment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>report column</comment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <comment>report column</comment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>report column</comment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <comment>report column</comment>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>report column</comment>
        <translation>Année</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Time report</source>
        <translation>Rapport de temps</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Non-billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <source>Unbilled</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <source>Unbilled value</source>
        <translation>Valeur non facturée</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 of unbilled time have no hourly rate and no value above.</source>
        <translation>Aucun taux horaire pour %1 de temps non facturé&#xa0;: ce temps n’est pas valorisé ci-dessus.</translation>
    </message>
</context>
<context>
    <name>TimeReportExport</name>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Billable hours</source>
        <translation>Heures facturables</translation>
    </message>
    <message>
        <source>Non-billable hours</source>
        <translation>Heures non facturables</translation>
    </message>
    <message>
        <source>Unbilled hours</source>
        <translation>Heures non facturées</translation>
    </message>
    <message>
        <source>Unbilled value</source>
        <translation>Valeur non facturée</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Documents can be written in French or English, not “%1”.</source>
        <translation>Les documents peuvent être rédigés en français ou en anglais, et non en «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TimeReportService</name>
    <message>
        <source>Choose the first and last days of the report.</source>
        <translation>Choisissez le premier et le dernier jour du rapport.</translation>
    </message>
    <message>
        <source>The report’s last day comes before its first day.</source>
        <translation>Le dernier jour du rapport précède son premier jour.</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n year(s).</source>
        <translation>
            <numerusform>Un rapport couvre au plus %n an.</numerusform>
            <numerusform>Un rapport couvre au plus %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Semaine %1 de %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter of a year</comment>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>The time report cannot be read.</source>
        <translation>Impossible de lire le rapport de temps.</translation>
    </message>
    <message>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Other clients</source>
        <translation>Autres clients</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>report grouping</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mission</source>
        <comment>report grouping</comment>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>report grouping</comment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>report grouping</comment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <comment>report grouping</comment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>report grouping</comment>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <comment>report grouping</comment>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <comment>report grouping</comment>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>TimeTotals</name>
    <message>
        <source>Could not recompute the time totals.</source>
        <translation>Impossible de recalculer les totaux de temps.</translation>
    </message>
    <message>
        <source>Could not compare the time totals with the entries.</source>
        <translation>Impossible de comparer les totaux de temps avec les entrées.</translation>
    </message>
</context>
<context>
    <name>TimeUi</name>
    <message>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>elapsed hours:minutes:seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
</context>
<context>
    <name>Timesheet</name>
    <message>
        <source>The week cannot be shown: the day is not a valid date.</source>
        <translation>Impossible d’afficher la semaine&#xa0;: le jour n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The timesheet cannot be read.</source>
        <translation>Impossible de lire la feuille de temps.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>This file is too large to be a contact file (the limit is %1 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un fichier de contacts (%1&#xa0;Mo au maximum).</translation>
    </message>
    <message>
        <source>This file contains no vCard: no BEGIN:VCARD line was found.</source>
        <translation>Ce fichier ne contient aucune vCard&#xa0;: aucune ligne BEGIN:VCARD n’a été trouvée.</translation>
    </message>
    <message>
        <source>Line %1: this property is longer than %2 KB once its continuation lines are joined.</source>
        <translation>Ligne %1&#xa0;: cette propriété dépasse %2 Ko une fois ses lignes de continuation réunies.</translation>
    </message>
    <message>
        <source>Line %1: the file ends inside the vCard that begins on line %2, which has no END:VCARD line.</source>
        <translation>Ligne %1&#xa0;: le fichier se termine à l’intérieur de la vCard commençant à la ligne %2, qui n’a pas de ligne END:VCARD.</translation>
    </message>
    <message>
        <source>This file contains no vCard: it does not begin with BEGIN:VCARD.</source>
        <translation>Ce fichier ne contient aucune vCard&#xa0;: il ne commence pas par BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: this line is not a vCard property: “%2”.</source>
        <translation>Ligne %1&#xa0;: cette ligne n’est pas une propriété vCard&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: a vCard begins inside the one that begins on line %2, which has no END:VCARD line.</source>
        <translation>Ligne %1&#xa0;: une vCard commence à l’intérieur de celle qui commence à la ligne %2, qui n’a pas de ligne END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: this file holds more than %2 contacts, more than Bureau imports at once.</source>
        <translation>Ligne %1&#xa0;: ce fichier contient plus de %2 contacts, soit plus que ce que Bureau importe en une fois.</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>Ligne %1&#xa0;: END:VCARD sans BEGIN:VCARD auparavant.</translation>
    </message>
    <message>
        <source>Line %1: this line is outside any vCard: “%2”.</source>
        <translation>Ligne %1&#xa0;: cette ligne est en dehors de toute vCard&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: the vCard that begins on line %2 has more than %3 properties.</source>
        <translation>Ligne %1&#xa0;: la vCard commençant à la ligne %2 compte plus de %3 propriétés.</translation>
    </message>
</context>
<context>
    <name>VatRules</name>
    <message>
        <source>Your business profile lacks what every invoice must print (%1): complete it before issuing.</source>
        <translation>Il manque à votre profil professionnel des mentions obligatoires sur toute facture (%1)&#xa0;: complétez-le avant d’émettre.</translation>
    </message>
    <message>
        <source>Correct your business profile before issuing: %1</source>
        <translation>Corrigez votre profil professionnel avant d’émettre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the client&apos;s intra-EU VAT number before issuing: an invoice to a business in another EU country is reverse-charged and must print both VAT numbers.</source>
        <translation>Renseignez le numéro de TVA intracommunautaire du client avant d’émettre&#xa0;: une facture à une entreprise d’un autre pays de l’UE relève de l’autoliquidation et doit mentionner les deux numéros de TVA.</translation>
    </message>
    <message>
        <source>Enter your own intra-EU VAT number in your business profile before issuing: an invoice to a business in another EU country is reverse-charged and must print both VAT numbers (under the franchise too, ask your tax office for one).</source>
        <translation>Renseignez votre propre numéro de TVA intracommunautaire dans votre profil professionnel avant d’émettre&#xa0;: une facture à une entreprise d’un autre pays de l’UE relève de l’autoliquidation et doit mentionner les deux numéros de TVA (en franchise en base de TVA aussi, demandez-en un à votre service des impôts).</translation>
    </message>
    <message>
        <source>Payment terms of %1 days are not allowed for a professional client: the law sets at most 60 days (art. L441-10 of the French Commercial Code). Shorten the payment terms before issuing.</source>
        <translation>Un délai de paiement de %1 jours n’est pas autorisé pour un client professionnel&#xa0;: la loi le limite à 60 jours au maximum (art. L441-10 du Code de commerce). Raccourcissez le délai de paiement avant d’émettre.</translation>
    </message>
    <message>
        <source>With this document your turnover in France this year (%1) passes the higher VAT franchise threshold (%2): the franchise no longer applies. Switch your business profile to charging VAT, then issue the document with VAT.</source>
        <translation>Avec ce document, votre chiffre d’affaires en France cette année (%1) dépasse le seuil majoré de la franchise en base de TVA (%2)&#xa0;: la franchise ne s’applique plus. Passez votre profil professionnel à la facturation de la TVA, puis émettez le document avec TVA.</translation>
    </message>
    <message>
        <source>With this document your turnover in France this year (%1) reaches 80% of the VAT franchise threshold (%2).</source>
        <translation>Avec ce document, votre chiffre d’affaires en France cette année (%1) atteint 80&#xa0;% du seuil de la franchise en base de TVA (%2).</translation>
    </message>
    <message>
        <source>Your turnover in France passed the VAT franchise threshold (%1) two years running (%2 in %3, %4 in %5): the franchise ended on 1 January %6. Switch your business profile to charging VAT, then issue the document with VAT.</source>
        <translation>Votre chiffre d’affaires en France a dépassé le seuil de la franchise en base de TVA (%1) deux années de suite (%2 en %3, %4 en %5)&#xa0;: la franchise a pris fin le 1er janvier %6. Passez votre profil professionnel à la facturation de la TVA, puis émettez le document avec TVA.</translation>
    </message>
    <message>
        <source>With this document your turnover in France this year (%1) passes the VAT franchise threshold (%2) for the second year running: you will charge VAT from 1 January next year, and from the day the higher threshold (%3) is passed.</source>
        <translation>Avec ce document, votre chiffre d’affaires en France cette année (%1) dépasse le seuil de la franchise en base de TVA (%2) pour la deuxième année de suite&#xa0;: vous facturerez la TVA à partir du 1er janvier prochain, et dès le jour où le seuil majoré (%3) sera dépassé.</translation>
    </message>
    <message>
        <source>With this document your turnover in France this year (%1) passes the VAT franchise threshold (%2): you keep the franchise next year as long as this year stays under the higher threshold (%3), and a second year past %2 would end it the year after. Passing %3 ends it at once.</source>
        <translation>Avec ce document, votre chiffre d’affaires en France cette année (%1) dépasse le seuil de la franchise en base de TVA (%2)&#xa0;: vous conservez la franchise l’an prochain tant que cette année reste sous le seuil majoré (%3), et une deuxième année au-delà de %2 y mettrait fin l’année suivante. Dépasser %3 y met fin immédiatement.</translation>
    </message>
    <message>
        <source>Your turnover in France in %1 (%2) passed the higher VAT franchise threshold (%3): the franchise ended that year, on the day the threshold was passed, and VAT is due on what you invoiced since. Switch your business profile to charging VAT, then issue the document with VAT; see your accountant about the invoices issued without VAT after that day.</source>
        <translation>Votre chiffre d’affaires en France en %1 (%2) a dépassé le seuil majoré de la franchise en base de TVA (%3)&#xa0;: la franchise a pris fin cette année-là, le jour du dépassement, et la TVA est due sur ce que vous avez facturé depuis. Passez votre profil professionnel à la facturation de la TVA, puis émettez le document avec TVA&#xa0;; voyez avec votre expert-comptable les factures émises sans TVA après ce jour.</translation>
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
    <message>
        <source>Add, list, show, edit, import, export or erase clients</source>
        <translation>Ajouter, lister, afficher, modifier, importer, exporter ou effacer des clients</translation>
    </message>
    <message>
        <source>Logins for clients’ tools, passwords in the keychain</source>
        <translation>Identifiants pour les outils des clients, mots de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Add, list and complete clients’ tasks</source>
        <translation>Ajouter, lister et terminer les tâches des clients</translation>
    </message>
    <message>
        <source>Timer, time entries and reports of hours worked</source>
        <translation>Chronomètre, entrées de temps et rapports des heures travaillées</translation>
    </message>
    <message>
        <source>Create, issue and follow quotes; turn them into invoices</source>
        <translation>Créer, émettre et suivre des devis&#xa0;; les transformer en factures</translation>
    </message>
    <message>
        <source>Create, issue, print and credit invoices</source>
        <translation>Créer, émettre, imprimer et corriger par avoir des factures</translation>
    </message>
    <message>
        <source>Record payments received and allocate them to invoices</source>
        <translation>Enregistrer les paiements reçus et les affecter aux factures</translation>
    </message>
    <message>
        <source>Revenue, URSSAF declaration, receipts book, receivables</source>
        <translation>Chiffre d’affaires, déclaration URSSAF, livre des recettes, créances clients</translation>
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
