<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning for municipalities, offline.</source>
        <translation>La coopération décentralisée et les jumelages des communes, hors ligne.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence : GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Sans, under the Bitstream Vera licence (free; the DejaVu changes are in the public domain); its text is in resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>Polices : DejaVu Sans, sous licence Bitstream Vera (libre ; les modifications DejaVu sont dans le domaine public) ; son texte est dans resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
    <message>
        <source>IATI codelists and schema: IATI Standard (http://iatistandard.org/), Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>Listes de codes et schéma IATI : IATI Standard (http://iatistandard.org/), Creative Commons Attribution 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), under the GNU Lesser General Public License, version 3.</source>
        <translation>Réalisé avec Qt for Python (PySide6), sous licence GNU Lesser General Public License, version 3.</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>À propos de CoopDesk</translation>
    </message>
</context>
<context>
    <name>Apd</name>
    <message>
        <source>Direct (by the municipality)</source>
        <translation>Direct (par la commune)</translation>
    </message>
    <message>
        <source>Through an association or NGO</source>
        <translation>Par une association ou une ONG</translation>
    </message>
    <message>
        <source>Through a multilateral organisation</source>
        <translation>Par une organisation multilatérale</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité femmes-hommes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Biodiversity</source>
        <translation>Biodiversité</translation>
    </message>
    <message>
        <source>Nutrition / inclusion</source>
        <translation>Nutrition / inclusion</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>L&apos;année doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <source>Enter the municipality&apos;s settings first.</source>
        <translation>Renseignez d&apos;abord les paramètres de la commune.</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Beneficiary country (ISO)</source>
        <translation>Pays bénéficiaire (ISO)</translation>
    </message>
    <message>
        <source>Beneficiary country</source>
        <translation>Pays bénéficiaire</translation>
    </message>
    <message>
        <source>Partner local authority</source>
        <translation>Collectivité partenaire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>DAC sector (code)</source>
        <translation>Secteur CAD (code)</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>Secteur CAD</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Description (French summary)</source>
        <translation>Description (résumé en français)</translation>
    </message>
    <message>
        <source>Co-financers (committed in the year)</source>
        <translation>Cofinanceurs (engagés dans l&apos;année)</translation>
    </message>
    <message>
        <source>Co-financing (EUR)</source>
        <translation>Cofinancements (EUR)</translation>
    </message>
    <message>
        <source>Eligible spending (EUR)</source>
        <translation>Dépenses éligibles (EUR)</translation>
    </message>
    <message>
        <source>Declaration of official development assistance (APD) {year}</source>
        <translation>Déclaration de l&apos;aide publique au développement (APD) {year}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Total eligible spending (EUR)</source>
        <translation>Total des dépenses éligibles (EUR)</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recipient countries: {list}.</source>
        <translation>Pays bénéficiaires : {list}.</translation>
    </message>
    <message>
        <source>Not declared, {country} is not an ODA recipient: {code} ({amount}).</source>
        <translation>Non déclaré, {country} n&apos;est pas bénéficiaire de l&apos;APD : {code} ({amount}).</translation>
    </message>
    <message>
        <source>Not declared, no recipient country: {code} ({amount}).</source>
        <translation>Non déclaré, aucun pays bénéficiaire : {code} ({amount}).</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s) without a euro rate are not counted.</source>
        <translation>
            <numerusform>%n dépense(s) sans taux de change en euros non comptée(s).</numerusform>
            <numerusform>%n dépense(s) sans taux de change en euros non comptée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>By beneficiary country</source>
        <translation>Par pays bénéficiaire</translation>
    </message>
    <message>
        <source>By DAC sector</source>
        <translation>Par secteur CAD</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>APD {year}</source>
        <translation>APD {year}</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>Mes visites</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Receipt attached</source>
        <translation>Justificatif joint</translation>
    </message>
    <message>
        <source>Receipt removed</source>
        <translation>Justificatif retiré</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base…</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Sauvegarde de la base avant la fermeture…</translation>
    </message>
    <message>
        <source>The automatic backup failed; the database itself is unchanged.

{reason}</source>
        <translation>La sauvegarde automatique a échoué ; la base elle-même n&apos;a pas été modifiée.

{reason}</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>Sauvegarde faite : {path}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Back up when CoopDesk closes after a change, and once a day</source>
        <translation>Sauvegarder à la fermeture de CoopDesk après une modification, et une fois par jour</translation>
    </message>
    <message>
        <source>Leave empty for the database&apos;s own backup folder.</source>
        <translation>Laissez vide pour utiliser le dossier de sauvegarde propre à la base.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>Copies à conserver</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup restored; the replaced file was kept as {path}.</source>
        <translation>Sauvegarde restaurée ; le fichier remplacé a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first.</source>
        <translation>Sauvegardes de {file}, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Dossier : {path}</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Restore the backup of {date} at {time}?

The current database file is first kept aside, beside it, as “{name}.replaced-…”: nothing is lost. CoopDesk then shows the restored data; what was entered after this backup is only in the file kept aside.</source>
        <translation>Restaurer la sauvegarde du {date} à {time} ?

Le fichier actuel de la base est d&apos;abord mis de côté, à côté de lui, sous le nom « {name}.replaced-… » : rien n&apos;est perdu. CoopDesk affiche ensuite les données restaurées ; ce qui a été saisi après cette sauvegarde ne se trouve plus que dans le fichier mis de côté.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {reason}</source>
        <translation>Le dossier {path} ne peut pas être créé : {reason}</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Budget line {line} of {year} is overspent by {excess}.</source>
        <translation>La ligne budgétaire {line} de {year} est dépassée de {excess}.</translation>
    </message>
    <message>
        <source>Project {project} is overspent by {excess} in {year}.</source>
        <translation>Le projet {project} dépasse son budget de {excess} en {year}.</translation>
    </message>
    <message>
        <source>Funding {source} of {year}: {excess} received beyond the {committed} committed.</source>
        <translation>Financement {source} de {year} : {excess} perçus au-delà des {committed} engagés.</translation>
    </message>
    <message>
        <source>Funding {source} of {year} covers {share} of the planned budget, above its cap of {cap}.</source>
        <translation>Le financement {source} de {year} couvre {share} du budget prévu, au-delà de son plafond de {cap}.</translation>
    </message>
    <message numerus="yes">
        <source>Project {project}, {year}: %n transaction(s) without a valid rate to the euro are left out of the totals.</source>
        <translation>
            <numerusform>Projet {project}, {year} : %n opération sans taux valide pour l&apos;euro est laissée hors des totaux.</numerusform>
            <numerusform>Projet {project}, {year} : %n opérations sans taux valide pour l&apos;euro sont laissées hors des totaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the commune&apos;s water and sanitation budget in the settings: the 1 % ceiling of the Oudin-Santini law cannot be checked for {year}.</source>
        <translation>Saisissez le budget de l&apos;eau et de l&apos;assainissement de la commune dans les paramètres : le plafond de 1 % de la loi Oudin-Santini ne peut pas être vérifié pour {year}.</translation>
    </message>
    <message>
        <source>In {year} the commune&apos;s own funding of water projects ({amount}) is above 1 % of its water and sanitation budget ({ceiling}), the limit of the Oudin-Santini law.</source>
        <translation>En {year}, le financement propre de la commune pour les projets d&apos;eau ({amount}) dépasse 1 % de son budget de l&apos;eau et de l&apos;assainissement ({ceiling}), la limite de la loi Oudin-Santini.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Planned amount</source>
        <translation>Montant prévu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Committed amount</source>
        <translation>Montant engagé</translation>
    </message>
    <message>
        <source>Received amount</source>
        <translation>Montant perçu</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Engagé le</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Perçu le</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
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
        <source>Rate to the euro</source>
        <translation>Taux pour un euro</translation>
    </message>
    <message>
        <source>Date of the rate</source>
        <translation>Date du taux</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Bénéficiaire ou payeur</translation>
    </message>
    <message>
        <source>Accounting reference</source>
        <translation>Référence comptable</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Imputation comptable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Non affecté à une ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>Other lines</source>
        <translation>Autres lignes</translation>
    </message>
    <message>
        <source>%.0f M€</source>
        <translation>%.0f M€</translation>
    </message>
    <message>
        <source>%.0f k€</source>
        <translation>%.0f k€</translation>
    </message>
    <message>
        <source>%.0f €</source>
        <translation>%.0f €</translation>
    </message>
    <message>
        <source>Planned and spent per year</source>
        <translation>Prévu et dépensé par année</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Funding committed by kind</source>
        <translation>Financements engagés par type</translation>
    </message>
    <message>
        <source>{kind} ({share})</source>
        <translation>{kind} ({share})</translation>
    </message>
</context>
<context>
    <name>BudgetColumns</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste à dépenser</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Taux d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>BudgetCommuneTableModel</name>
    <message>
        <source>Funding committed</source>
        <translation>Financements engagés</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financements reçus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Own funding of water projects</source>
        <translation>Financement propre des projets d&apos;eau</translation>
    </message>
    <message>
        <source>1 % water ceiling</source>
        <translation>Plafond du 1 % eau</translation>
    </message>
</context>
<context>
    <name>BudgetHistoryPanel</name>
    <message>
        <source>Search the history…</source>
        <translation>Rechercher dans l&apos;historique…</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>No change matches the search.</source>
        <translation>Aucune modification ne correspond à la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is kept as it was written: it cannot be edited.</source>
        <translation>L&apos;historique est conservé tel qu&apos;il a été écrit : il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Select a budget line, a funding source or a transaction.</source>
        <translation>Sélectionnez une ligne budgétaire, une source de financement ou une opération.</translation>
    </message>
    <message>
        <source>History of “{name}”</source>
        <translation>Historique de « {name} »</translation>
    </message>
    <message>
        <source>The changes of the record selected in the other tabs show here.</source>
        <translation>Les modifications de l&apos;enregistrement sélectionné dans les autres onglets s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation>Modifier la ligne budgétaire</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nouvelle ligne budgétaire</translation>
    </message>
    <message>
        <source>e.g. Technical missions</source>
        <translation>p. ex. Missions techniques</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Planned amount</source>
        <translation>Montant prévu</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Ajouter la ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetLineTableModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Search projects…</source>
        <translation>Rechercher un projet…</translation>
    </message>
    <message>
        <source>No budget recorded for this period.</source>
        <translation>Aucun budget enregistré pour cette période.</translation>
    </message>
    <message>
        <source>No project matches the search.</source>
        <translation>Aucun projet ne correspond à la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) with a budget</source>
        <translation>
            <numerusform>%n projet avec un budget</numerusform>
            <numerusform>%n projets avec un budget</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Aucun budget enregistré.</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Aucun financement enregistré.</translation>
    </message>
    <message>
        <source>Per project</source>
        <translation>Par projet</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Cofinancements</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Non chargé : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Planned and spent: the %n largest projects</source>
        <translation>
            <numerusform>Prévu et dépensé : le plus gros projet (%n)</numerusform>
            <numerusform>Prévu et dépensé : les %n plus gros projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned and spent per project</source>
        <translation>Prévu et dépensé par projet</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Planned and spent per line</source>
        <translation>Prévu et dépensé par ligne</translation>
    </message>
    <message>
        <source>Planned and spent per line, all years</source>
        <translation>Prévu et dépensé par ligne, toutes années confondues</translation>
    </message>
    <message numerus="yes">
        <source>Budget lines (%n)</source>
        <translation>
            <numerusform>Lignes budgétaires (%n)</numerusform>
            <numerusform>Lignes budgétaires (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding plan (%n)</source>
        <translation>
            <numerusform>Plan de financement (%n)</numerusform>
            <numerusform>Plan de financement (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transactions (%n)</source>
        <translation>
            <numerusform>Opérations (%n)</numerusform>
            <numerusform>Opérations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>BudgetRecordDialog</name>
    <message>
        <source>Optional: why this change (kept in the history)</source>
        <translation>Facultatif : pourquoi cette modification (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>New budget line</source>
        <translation>Nouvelle ligne budgétaire</translation>
    </message>
    <message>
        <source>No budget line — click “New budget line” to plan the project&apos;s costs.</source>
        <translation>Aucune ligne budgétaire — cliquez sur « Nouvelle ligne budgétaire » pour prévoir les dépenses du projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne(s)</numerusform>
            <numerusform>%n ligne(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Supprimer la ligne budgétaire</translation>
    </message>
    <message>
        <source>Delete the budget line “{name}”? You can undo this with {shortcut}.</source>
        <translation>Supprimer la ligne budgétaire « {name} » ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation>Nouvelle source de financement</translation>
    </message>
    <message>
        <source>No funding source — click “New funding source” to describe who pays for what.</source>
        <translation>Aucune source de financement — cliquez sur « Nouvelle source de financement » pour indiquer qui finance quoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n funding source(s)</source>
        <translation>
            <numerusform>%n source(s) de financement</numerusform>
            <numerusform>%n source(s) de financement</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete funding source</source>
        <translation>Supprimer la source de financement</translation>
    </message>
    <message>
        <source>Delete the funding source “{name}”? You can undo this with {shortcut}.</source>
        <translation>Supprimer la source de financement « {name} » ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Show the changes of the selected record</source>
        <translation>Afficher les modifications de l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Nothing matches the search or the filter.</source>
        <translation>Rien ne correspond à la recherche ou au filtre.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>Nouvelle opération</translation>
    </message>
    <message>
        <source>No transaction — click “New transaction” to record an expense, a commitment or income.</source>
        <translation>Aucune opération — cliquez sur « Nouvelle opération » pour enregistrer une dépense, un engagement ou une recette.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n opération(s)</numerusform>
            <numerusform>%n opération(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete transaction</source>
        <translation>Supprimer l&apos;opération</translation>
    </message>
    <message>
        <source>Delete the transaction “{name}”? Its receipts are unlinked, their files kept. You can undo this with {shortcut}.</source>
        <translation>Supprimer l&apos;opération « {name} » ? Ses justificatifs en seront détachés, mais leurs fichiers conservés. Vous pourrez annuler avec {shortcut}.</translation>
    </message>
</context>
<context>
    <name>BudgetTile</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>No budget planned for this year.</source>
        <translation>Aucun budget prévu pour cette année.</translation>
    </message>
    <message>
        <source>{rate} of the planned budget spent</source>
        <translation>Budget prévu dépensé à {rate}</translation>
    </message>
    <message>
        <source>Co-financing ({amount})</source>
        <translation>Cofinancements ({amount})</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Budget propre</translation>
    </message>
    <message>
        <source>{kind}: {amount}</source>
        <translation>{kind} : {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in a currency without a rate to the euro are left out.</source>
        <translation>
            <numerusform>%n montant dans une devise sans taux pour l&apos;euro n&apos;est pas pris en compte.</numerusform>
            <numerusform>%n montants dans une devise sans taux pour l&apos;euro ne sont pas pris en compte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetTotals</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste à dépenser</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Taux d&apos;exécution</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Financements engagés</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financements reçus</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Cofinancements</translation>
    </message>
    <message>
        <source>{kind} {share}</source>
        <translation>{kind} {share}</translation>
    </message>
    <message>
        <source>No funding yet</source>
        <translation>Aucun financement pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a volunteer bundle</source>
        <translation>Importer un paquet bénévole</translation>
    </message>
    <message>
        <source>Bundle from {volunteer}, made on {date} at {time}.</source>
        <translation>Paquet de {volunteer}, créé le {date} à {time}.</translation>
    </message>
    <message>
        <source>These visits were changed both here and by the volunteer since the last import. Choose which version to keep for each:</source>
        <translation>Ces visites ont été modifiées ici et par le bénévole depuis la dernière importation. Choisissez la version à garder pour chacune :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Modifiée ici</translation>
    </message>
    <message>
        <source>Changed by the volunteer</source>
        <translation>Modifiée par le bénévole</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing to import: everything in this bundle is already here.</source>
        <translation>Rien à importer : tout le contenu de ce paquet est déjà ici.</translation>
    </message>
    <message>
        <source>New visits to add: {n}</source>
        <translation>Nouvelles visites à ajouter : {n}</translation>
    </message>
    <message>
        <source>Visits updated by the volunteer: {n}</source>
        <translation>Visites mises à jour par le bénévole : {n}</translation>
    </message>
    <message>
        <source>Unchanged, or newer here: {n}</source>
        <translation>Inchangées, ou plus récentes ici : {n}</translation>
    </message>
    <message>
        <source>New partners to add: {n}</source>
        <translation>Nouveaux partenaires à ajouter : {n}</translation>
    </message>
    <message>
        <source>Conflicts to decide: {n}</source>
        <translation>Conflits à trancher : {n}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>Garder la version de cette base</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <source>Take the volunteer&apos;s version</source>
        <translation>Prendre la version du bénévole</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n visit(s) added.</source>
        <translation>
            <numerusform>Importé : %n visite ajoutée.</numerusform>
            <numerusform>Importé : %n visites ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) updated.</source>
        <translation>
            <numerusform>%n visite mise à jour.</numerusform>
            <numerusform>%n visites mises à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner(s) added.</source>
        <translation>
            <numerusform>%n nouveau partenaire ajouté.</numerusform>
            <numerusform>%n nouveaux partenaires ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or document(s) added.</source>
        <translation>
            <numerusform>%n photo ou document ajouté.</numerusform>
            <numerusform>%n photos ou documents ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): this database&apos;s version was kept.</source>
        <translation>
            <numerusform>%n conflit : la version de cette base a été gardée.</numerusform>
            <numerusform>%n conflits : la version de cette base a été gardée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BundleParts</name>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>logged by</source>
        <translation>saisi par</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>participant counts</source>
        <translation>effectifs des participants</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>photos et documents</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The schema is at revision {rev}; it will be upgraded to {head} on open.</source>
        <translation>Le schéma est à la révision {rev} ; il sera mis à niveau vers {head} à l&apos;ouverture.</translation>
    </message>
    <message>
        <source>No verified backup of this file was found.</source>
        <translation>Aucune sauvegarde vérifiée de ce fichier n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: {detail}</source>
        <translation>Le contrôle d&apos;intégrité SQLite a échoué : {detail}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n ligne fait référence à un enregistrement qui n&apos;existe pas.</numerusform>
            <numerusform>%n lignes font référence à des enregistrements qui n&apos;existent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was altered at entry {seq}: the chain is broken.</source>
        <translation>Le journal d&apos;audit a été modifié à l&apos;entrée {seq} : la chaîne est rompue.</translation>
    </message>
    <message>
        <source>The attached file {name} does not match its checksum.</source>
        <translation>Le fichier joint {name} ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>Unknown currency code {code} in the budget.</source>
        <translation>Code de devise inconnu {code} dans le budget.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in {code} do not use the fixed parity.</source>
        <translation>
            <numerusform>%n opération en {code} n&apos;utilise pas la parité fixe.</numerusform>
            <numerusform>%n opérations en {code} n&apos;utilisent pas la parité fixe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some participant counts are negative.</source>
        <translation>Certains effectifs de participants sont négatifs.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) end before they start.</source>
        <translation>
            <numerusform>%n échange se termine avant de commencer.</numerusform>
            <numerusform>%n échanges se terminent avant de commencer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) end before they were signed.</source>
        <translation>
            <numerusform>%n partenariat se termine avant sa signature.</numerusform>
            <numerusform>%n partenariats se terminent avant leur signature.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) are booked on a budget line of another project.</source>
        <translation>
            <numerusform>%n opération est imputée sur une ligne budgétaire d&apos;un autre projet.</numerusform>
            <numerusform>%n opérations sont imputées sur une ligne budgétaire d&apos;un autre projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) use a funding source of another project.</source>
        <translation>
            <numerusform>%n opération utilise une source de financement d&apos;un autre projet.</numerusform>
            <numerusform>%n opérations utilisent une source de financement d&apos;un autre projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) are used by no record; they still take space in the file.</source>
        <translation>
            <numerusform>%n fichier joint n&apos;est utilisé par aucun enregistrement ; il occupe tout de même de la place dans le fichier.</numerusform>
            <numerusform>%n fichiers joints ne sont utilisés par aucun enregistrement ; ils occupent tout de même de la place dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail records %n privacy erasure(s); the erased values are no longer in it.</source>
        <translation>
            <numerusform>Le journal des modifications enregistre %n effacement de données personnelles ; les valeurs effacées n&apos;y figurent plus.</numerusform>
            <numerusform>Le journal des modifications enregistre %n effacements de données personnelles ; les valeurs effacées n&apos;y figurent plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>La vérification n&apos;a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <source>No problem found: {file} is in good health.</source>
        <translation>Aucun problème trouvé : {file} est en bon état.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in {file}:</source>
        <translation>
            <numerusform>%n problème trouvé dans {file} :</numerusform>
            <numerusform>%n problèmes trouvés dans {file} :</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message>
        <source>The file is damaged. CoopDesk has not changed it and never overwrites it: restoring a backup first moves it aside, renamed {name}, so that nothing is lost.</source>
        <translation>Le fichier est endommagé. CoopDesk ne l&apos;a pas modifié et ne l&apos;écrase jamais : restaurer une sauvegarde le met d&apos;abord de côté, renommé {name}, pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>No verified backup of this file was found.</source>
        <translation>Aucune sauvegarde vérifiée de ce fichier n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Replace {file} with the backup from {date} at {time}? Changes made since then are not in the backup. The damaged file is kept aside, not deleted.</source>
        <translation>Remplacer {file} par la sauvegarde du {date} à {time} ? Les modifications faites depuis ne sont pas dans la sauvegarde. Le fichier endommagé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created an empty database: {path}</source>
        <translation>Base de données vide créée : {path}</translation>
    </message>
    <message>
        <source>Created the demo database (scale {scale}): {path}</source>
        <translation>Base de démonstration créée (échelle {scale}) : {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see above.</source>
        <translation>
            <numerusform>%n problème trouvé ; voir ci-dessus.</numerusform>
            <numerusform>%n problèmes trouvés ; voir ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: healthy (schema {rev}).</source>
        <translation>{path} : en bon état (schéma {rev}).</translation>
    </message>
    <message>
        <source>No database to import the bundle into: give it with --db FILE.</source>
        <translation>Aucune base de données où importer le paquet : indiquez-la avec --db FICHIER.</translation>
    </message>
    <message>
        <source>A volunteer cannot import a bundle.</source>
        <translation>Un bénévole ne peut pas importer de paquet.</translation>
    </message>
    <message>
        <source>coopdesk: interrupted; nothing was changed.</source>
        <translation>coopdesk : interrompu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Give the year to declare with --year.</source>
        <translation>Indiquez l&apos;année à déclarer avec --year.</translation>
    </message>
    <message>
        <source>Give the volunteer&apos;s name with --volunteer.</source>
        <translation>Indiquez le nom du bénévole avec --volunteer.</translation>
    </message>
    <message>
        <source>Unknown table {name}; choose one of: {names}.</source>
        <translation>Table inconnue {name} ; choisissez parmi : {names}.</translation>
    </message>
    <message>
        <source>Bundle written: {path} ({exchanges} exchange(s), {files} file(s)).</source>
        <translation>Paquet écrit : {path} ({exchanges} échange(s), {files} fichier(s)).</translation>
    </message>
    <message>
        <source>Exported {rows} row(s) to {path}.</source>
        <translation>{rows} ligne(s) exportée(s) dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... et %n de plus.</numerusform>
            <numerusform>... et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {path}: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{path} importé : {created} ajout(s), {updated} mise(s) à jour, {unchanged} sans changement.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (not valid).</source>
        <translation>
            <numerusform>%n ligne ignorée (non valide).</numerusform>
            <numerusform>%n lignes ignorées (non valides).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle from {volunteer}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Paquet de {volunteer} : {added} ajout(s), {updated} mise(s) à jour, {unchanged} sans changement.</translation>
    </message>
    <message>
        <source>Conflict, left unchanged: {date} {title} ({id})</source>
        <translation>Conflit, laissé inchangé : {date} {title} ({id})</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left unchanged: use --prefer theirs or --prefer ours.</source>
        <translation>
            <numerusform>%n conflit laissé inchangé : utilisez --prefer theirs ou --prefer ours.</numerusform>
            <numerusform>%n conflits laissés inchangés : utilisez --prefer theirs ou --prefer ours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Sauvegarde écrite et vérifiée : {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>Sauvegarde {backup} restaurée dans {path}.</translation>
    </message>
    <message>
        <source>The previous file was kept as {path}.</source>
        <translation>Le fichier précédent a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>IATI file written and validated: {path} ({activities} activities, {transactions} transactions).</source>
        <translation>Fichier IATI écrit et validé : {path} ({activities} activités, {transactions} transactions).</translation>
    </message>
    <message>
        <source>APD declaration {year} written: {path} ({projects} project(s), {total}).</source>
        <translation>Déclaration APD {year} écrite : {path} ({projects} projet(s), {total}).</translation>
    </message>
    <message>
        <source>refusing to erase without confirmation: run it in a terminal or add --yes.</source>
        <translation>effacement refusé sans confirmation : lancez la commande dans un terminal ou ajoutez --yes.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>No contact or participant matches.</source>
        <translation>Aucun contact ni participant ne correspond.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>%n fiche exportée dans {path}</numerusform>
            <numerusform>%n fiches exportées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.</source>
        <translation>Anonymisées : {anonymised} ; supprimées : {deleted} ; entrées de l&apos;historique nettoyées : {redacted}.</translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n other record(s):</source>
        <translation>
            <numerusform>Le nom figure encore dans %n autre enregistrement :</numerusform>
            <numerusform>Le nom figure encore dans %n autres enregistrements :</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before today still hold the erased data until they are replaced.</source>
        <translation>Les sauvegardes faites avant aujourd&apos;hui contiennent encore les données effacées jusqu&apos;à leur remplacement.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n record(s) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement cette fiche (%n) ?</numerusform>
            <numerusform>Supprimer définitivement ces %n fiches ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise these %n record(s) for good?</source>
        <translation>
            <numerusform>Anonymiser définitivement cette fiche (%n) ?</numerusform>
            <numerusform>Anonymiser définitivement ces %n fiches ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named participant(s)</source>
        <translation>
            <numerusform>%n participant nommé</numerusform>
            <numerusform>%n participants nommés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise these %n participant(s)?</source>
        <translation>
            <numerusform>Anonymiser ce participant (%n) ?</numerusform>
            <numerusform>Anonymiser ces %n participants ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Record of processing written to {path}</source>
        <translation>Registre des traitements écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>e.g. Mayor, twinning officer</source>
        <translation>p. ex. maire, chargé du jumelage</translation>
    </message>
    <message>
        <source>The person agreed to be recorded</source>
        <translation>La personne a accepté d&apos;être enregistrée</translation>
    </message>
    <message>
        <source>Personal data: record only what the partnership needs.</source>
        <translation>Données personnelles : n&apos;enregistrez que ce dont le partenariat a besoin.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
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
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add contact {name}</source>
        <translation>Ajouter le contact {name}</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>Modifier le contact {name}</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes, on {date}</source>
        <translation>Oui, le {date}</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>No contact yet for this partner — click “New contact”.</source>
        <translation>Aucun contact pour ce partenaire — cliquez sur « Nouveau contact ».</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts of {partner}</source>
        <translation>Contacts de {partner}</translation>
    </message>
    <message>
        <source>Select a partner to see its contacts.</source>
        <translation>Sélectionnez un partenaire pour voir ses contacts.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”? You can undo this with {shortcut}.</source>
        <translation>Supprimer le contact « {name} » ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete contact {name}</source>
        <translation>Supprimer le contact {name}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Financements engagés</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financements reçus</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Cofinancements</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Budget propre</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Subvention du ministère (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agence de l&apos;eau (1 % eau)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Mécène privé</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Contribution du partenaire</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Conventions à renouveler</translation>
    </message>
    <message>
        <source>Measurements due</source>
        <translation>Mesures attendues</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Échanges prévus</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Partnerships and projects</source>
        <translation>Partenariats et projets</translation>
    </message>
    <message>
        <source>Active partnerships</source>
        <translation>Partenariats en vigueur</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Échanges et participants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>of them minors</source>
        <translation>dont mineurs</translation>
    </message>
    <message>
        <source>Projects in {year}</source>
        <translation>Projets en {year}</translation>
    </message>
    <message>
        <source>Exchanges in {year}</source>
        <translation>Échanges en {year}</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>By age group</source>
        <translation>Par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {message}</source>
        <translation>Le tableau de bord n&apos;a pas pu être chargé : {message}</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Whole database (XLSX)…</source>
        <translation>Toute la base (XLSX)…</translation>
    </message>
    <message>
        <source>Whole database (CSV files in a zip)…</source>
        <translation>Toute la base (fichiers CSV dans un zip)…</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX, CSV)…</source>
        <translation>Tableur (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip of CSV files, UTF-8 (*.zip)</source>
        <translation>Zip de fichiers CSV, UTF-8 (*.zip)</translation>
    </message>
    <message>
        <source>Zip of CSV files for French Excel, with ; and BOM (*.zip)</source>
        <translation>Zip de fichiers CSV pour Excel en français, avec ; et BOM (*.zip)</translation>
    </message>
    <message>
        <source>Export the whole database</source>
        <translation>Exporter toute la base</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée dans {path}.</numerusform>
            <numerusform>%n lignes exportées dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the database…</source>
        <translation>Export de la base…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>DataMenus</name>
    <message>
        <source>IATI activity file…</source>
        <translation>Fichier d&apos;activités IATI…</translation>
    </message>
    <message>
        <source>Every project as an IATI 2.03 file, checked against the official schema</source>
        <translation>Tous les projets dans un fichier IATI 2.03, vérifié par rapport au schéma officiel</translation>
    </message>
    <message>
        <source>APD declaration…</source>
        <translation>Déclaration APD…</translation>
    </message>
    <message>
        <source>The year&apos;s official development aid, ready for the ministry&apos;s form</source>
        <translation>L&apos;aide publique au développement de l&apos;année, prête pour le formulaire du ministère</translation>
    </message>
    <message>
        <source>Volunteer bundle…</source>
        <translation>Paquet bénévole…</translation>
    </message>
    <message>
        <source>The visits logged since the last export, for the town hall</source>
        <translation>Les visites saisies depuis le dernier export, pour la mairie</translation>
    </message>
    <message>
        <source>Add the visits a volunteer exported</source>
        <translation>Ajouter les visites exportées par un bénévole</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <source>Export the IATI activity file</source>
        <translation>Exporter le fichier d&apos;activités IATI</translation>
    </message>
    <message>
        <source>IATI XML files (*.xml)</source>
        <translation>Fichiers XML IATI (*.xml)</translation>
    </message>
    <message>
        <source>Writing and validating the IATI file…</source>
        <translation>Écriture et validation du fichier IATI…</translation>
    </message>
    <message>
        <source>IATI file written and validated: {path} ({activities} activities, {transactions} transactions).</source>
        <translation>Fichier IATI écrit et validé : {path} ({activities} activités, {transactions} opérations).</translation>
    </message>
    <message>
        <source>APD declaration</source>
        <translation>Déclaration APD</translation>
    </message>
    <message>
        <source>Year to declare:</source>
        <translation>Année à déclarer :</translation>
    </message>
    <message>
        <source>Export the APD declaration</source>
        <translation>Exporter la déclaration APD</translation>
    </message>
    <message>
        <source>APD-{year}.xlsx</source>
        <translation>APD-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the APD declaration…</source>
        <translation>Écriture de la déclaration APD…</translation>
    </message>
    <message>
        <source>APD declaration {year} written: {path} ({projects} project(s), {total}).</source>
        <translation>Déclaration APD {year} écrite : {path} ({projects} projet(s), {total}).</translation>
    </message>
    <message>
        <source>Volunteer bundle</source>
        <translation>Paquet bénévole</translation>
    </message>
    <message>
        <source>Whose visits? (the name they were logged with)</source>
        <translation>Les visites de qui ? (le nom sous lequel elles ont été saisies)</translation>
    </message>
    <message>
        <source>Export a volunteer bundle</source>
        <translation>Exporter un paquet bénévole</translation>
    </message>
    <message>
        <source>CoopDesk bundles (*{suffix})</source>
        <translation>Paquets CoopDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Nothing new since the last export: the bundle {path} is empty.</source>
        <translation>Rien de nouveau depuis le dernier export : le paquet {path} est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle written: {path} ({visits}, {files}).</source>
        <translation>Paquet écrit : {path} ({visits}, {files}).</translation>
    </message>
    <message>
        <source>Import a volunteer bundle</source>
        <translation>Importer un paquet bénévole</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CoopDesk database.</source>
        <translation>{path} est un dossier, pas une base CoopDesk.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a CoopDesk database.</source>
        <translation>Le fichier {path} est vide : ce n&apos;est pas une base CoopDesk.</translation>
    </message>
    <message>
        <source>The file {path} is not a CoopDesk database.</source>
        <translation>Le fichier {path} n&apos;est pas une base CoopDesk.</translation>
    </message>
    <message>
        <source>The file {path} is truncated or damaged; it was left untouched.</source>
        <translation>Le fichier {path} est tronqué ou endommagé ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program, not CoopDesk.</source>
        <translation>Le fichier {path} est une base de données d&apos;un autre logiciel, pas de CoopDesk.</translation>
    </message>
    <message>
        <source>The database {url} is empty: prepare it first with &quot;coopdesk init --db URL&quot;.</source>
        <translation>La base {url} est vide : préparez-la d&apos;abord avec « coopdesk init --db URL ».</translation>
    </message>
    <message>
        <source>The database server {url} cannot be reached: {reason}</source>
        <translation>Le serveur de base de données {url} est injoignable : {reason}</translation>
    </message>
    <message>
        <source>The database {url} holds tables of another program, not CoopDesk.</source>
        <translation>La base {url} contient les tables d&apos;un autre programme, pas de CoopDesk.</translation>
    </message>
    <message>
        <source>The database {url} was upgraded by a newer version of CoopDesk; update CoopDesk.</source>
        <translation>La base {url} a été mise à niveau par une version plus récente de CoopDesk ; mettez CoopDesk à jour.</translation>
    </message>
    <message>
        <source>The database {url} already holds CoopDesk data; it was left untouched.</source>
        <translation>La base {url} contient déjà des données CoopDesk ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database {url} could not be upgraded to this version; nothing was changed: {reason}</source>
        <translation>La base {url} n&apos;a pas pu être mise à niveau pour cette version ; rien n&apos;a été modifié : {reason}</translation>
    </message>
    <message>
        <source>The database {url} must be upgraded before it can be opened read-only; open it normally once.</source>
        <translation>La base {url} doit être mise à niveau avant de pouvoir être ouverte en lecture seule ; ouvrez-la une fois normalement.</translation>
    </message>
    <message>
        <source>This record was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé cette fiche depuis que vous l&apos;avez ouverte ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This record was changed by {user} on {when} since you opened it; nothing was saved. Close it and open it again to see their version, then redo your change.</source>
        <translation>{user} a modifié cette fiche le {when}, depuis que vous l&apos;avez ouverte ; rien n&apos;a été enregistré. Fermez-la et rouvrez-la pour voir sa version, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it; nothing was saved. Close it and open it again to see their version, then redo your change.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche depuis que vous l&apos;avez ouverte ; rien n&apos;a été enregistré. Fermez-la et rouvrez-la pour voir sa version, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>Their version: {values}</source>
        <translation>Sa version : {values}</translation>
    </message>
    <message>
        <source>{url} is on a database server: its administrator backs it up with pg_dump.</source>
        <translation>{url} se trouve sur un serveur de base de données : son administrateur la sauvegarde avec pg_dump.</translation>
    </message>
    <message>
        <source>The file {path} is damaged; it was left untouched.</source>
        <translation>Le fichier {path} est endommagé ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of CoopDesk; update CoopDesk to open it.</source>
        <translation>Le fichier {path} a été créé par une version plus récente de CoopDesk ; mettez CoopDesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>Le fichier {path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The restore failed and the database was left as it was: {reason}</source>
        <translation>La restauration a échoué et la base de données a été laissée en l&apos;état : {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>Le fichier {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file {path} could not be upgraded to this version; it was restored as it was.</source>
        <translation>Le fichier {path} n&apos;a pas pu être mis à niveau pour cette version ; il a été restauré tel quel.</translation>
    </message>
    <message>
        <source>The file {path} must be upgraded before it can be opened read-only; open it normally.</source>
        <translation>Le fichier {path} doit être mis à niveau avant de pouvoir être ouvert en lecture seule ; ouvrez-le normalement.</translation>
    </message>
    <message>
        <source>The backup failed and nothing was written: {reason}</source>
        <translation>La sauvegarde a échoué et rien n&apos;a été écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>CoopDesk databases (*{suffix});;All files (*)</source>
        <translation>Bases CoopDesk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No document yet — click “Add…” to attach the signed agreement.</source>
        <translation>Aucun document — cliquez sur « Ajouter… » pour joindre l&apos;accord signé.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents of “{title}”</source>
        <translation>Documents de « {title} »</translation>
    </message>
    <message>
        <source>Select a partnership to see its documents.</source>
        <translation>Sélectionnez un partenariat pour voir ses documents.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Add document {name}</source>
        <translation>Ajouter le document {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s)</source>
        <translation>
            <numerusform>Ajouter %n document</numerusform>
            <numerusform>Ajouter %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Document not added</source>
        <translation>Document non ajouté</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No program could open {name}.</source>
        <translation>Aucun programme n&apos;a pu ouvrir {name}.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>Document non enregistré</translation>
    </message>
    <message>
        <source>Remove the document “{name}” from this partnership? You can undo this with {shortcut}.</source>
        <translation>Retirer le document « {name} » de ce partenariat ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove document {name}</source>
        <translation>Retirer le document {name}</translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation>Document non retiré</translation>
    </message>
    <message>
        <source>Select an exchange to see its documents and photos.</source>
        <translation>Sélectionnez un échange pour voir ses documents et photos.</translation>
    </message>
    <message>
        <source>No document yet — click “Add…” to attach the programme or photos.</source>
        <translation>Aucun document — cliquez sur « Ajouter… » pour joindre le programme ou des photos.</translation>
    </message>
    <message>
        <source>Remove the document “{name}” from this exchange? You can undo this with {shortcut}.</source>
        <translation>Retirer le document « {name} » de cet échange ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Select a project to see its documents.</source>
        <translation>Sélectionnez un projet pour voir ses documents.</translation>
    </message>
    <message>
        <source>No document yet — click “Add…” to attach the project sheet, a report or photos.</source>
        <translation>Aucun document — cliquez sur « Ajouter… » pour joindre la fiche projet, un rapport ou des photos.</translation>
    </message>
    <message>
        <source>Remove the document “{name}” from this project? You can undo this with {shortcut}.</source>
        <translation>Retirer le document « {name} » de ce projet ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Select a transaction to see its receipts.</source>
        <translation>Sélectionnez une opération pour voir ses justificatifs.</translation>
    </message>
    <message>
        <source>No receipt yet — click “Add…” to attach the invoice or the payment slip.</source>
        <translation>Aucun justificatif — cliquez sur « Ajouter… » pour joindre la facture ou le bordereau de paiement.</translation>
    </message>
    <message>
        <source>Remove the receipt “{name}” from this transaction? The file is kept. You can undo this with {shortcut}.</source>
        <translation>Retirer le justificatif « {name} » de cette opération ? Le fichier est conservé. Vous pourrez annuler avec {shortcut}.</translation>
    </message>
</context>
<context>
    <name>DrilldownFilter</name>
    <message numerus="yes">
        <source>Showing the %n record(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Affichage limité à %n enregistrement correspondant à un chiffre du tableau de bord.</numerusform>
            <numerusform>Affichage limité aux %n enregistrements correspondant à un chiffre du tableau de bord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Ce partenaire n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding source(s)</source>
        <translation>
            <numerusform>%n source de financement</numerusform>
            <numerusform>%n sources de financement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Cette ligne budgétaire n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it is still referred to by {refs}.</source>
        <translation>Impossible de supprimer {name} : des enregistrements y font encore référence ({refs}).</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Ce document n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This partnership no longer exists.</source>
        <translation>Ce partenariat n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This exchange no longer exists.</source>
        <translation>Cet échange n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n ligne budgétaire</numerusform>
            <numerusform>%n lignes budgétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the project {code}? Its %n exchange(s) will be kept but unlinked.</source>
        <translation>
            <numerusform>Supprimer le projet {code} ? Son échange (%n) sera conservé mais détaché du projet.</numerusform>
            <numerusform>Supprimer le projet {code} ? Ses %n échanges seront conservés mais détachés du projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project {code}?</source>
        <translation>Supprimer le projet {code} ?</translation>
    </message>
    <message>
        <source>This risk no longer exists.</source>
        <translation>Ce risque n&apos;existe plus.</translation>
    </message>
    <message>
        <source>You can open only the visits you logged yourself.</source>
        <translation>Vous ne pouvez ouvrir que les visites que vous avez saisies.</translation>
    </message>
    <message>
        <source>You can change only the visits you logged yourself.</source>
        <translation>Vous ne pouvez modifier que les visites que vous avez saisies.</translation>
    </message>
    <message>
        <source>You can delete only the visits you logged yourself.</source>
        <translation>Vous ne pouvez supprimer que les visites que vous avez saisies.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Cet indicateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>Cette évaluation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This funding source no longer exists.</source>
        <translation>Cette source de financement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This indicator is not in the library.</source>
        <translation>Cet indicateur ne figure pas dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the indicator {code} and its %n measurement(s)?</source>
        <translation>
            <numerusform>Supprimer l&apos;indicateur {code} et sa mesure (%n) ?</numerusform>
            <numerusform>Supprimer l&apos;indicateur {code} et ses %n mesures ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the indicator {code}?</source>
        <translation>Supprimer l&apos;indicateur {code} ?</translation>
    </message>
    <message>
        <source>This measurement no longer exists.</source>
        <translation>Cette mesure n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This transaction no longer exists.</source>
        <translation>Cette opération n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Edit evaluation</source>
        <translation>Modifier l&apos;évaluation</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>A person, a firm, or “joint review”</source>
        <translation>Une personne, un cabinet ou « évaluation conjointe »</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>{score} — {label}</source>
        <translation>{score} — {label}</translation>
    </message>
    <message>
        <source>Add evaluation</source>
        <translation>Ajouter l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <source>{score} / {max} — {label}</source>
        <translation>{score} / {max} — {label}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Note moyenne</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficience</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Is the project doing the right things?</source>
        <translation>Le projet répond-il aux bons besoins ?</translation>
    </message>
    <message>
        <source>How well does the project fit?</source>
        <translation>Le projet s&apos;accorde-t-il avec les autres interventions ?</translation>
    </message>
    <message>
        <source>Is the project achieving its objectives?</source>
        <translation>Le projet atteint-il ses objectifs ?</translation>
    </message>
    <message>
        <source>How well are resources being used?</source>
        <translation>Les ressources sont-elles bien utilisées ?</translation>
    </message>
    <message>
        <source>What difference does the project make?</source>
        <translation>Quels changements le projet apporte-t-il ?</translation>
    </message>
    <message>
        <source>Will the benefits last?</source>
        <translation>Les bénéfices seront-ils durables ?</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Insatisfaisant</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Plutôt insatisfaisant</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Très satisfaisant</translation>
    </message>
</context>
<context>
    <name>EvidenceEdit</name>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre des justificatifs</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The partner {name} of the bundle is not valid: {reason}</source>
        <translation>Le partenaire {name} du paquet n&apos;est pas valide : {reason}</translation>
    </message>
    <message>
        <source>The visit {title} of the bundle is not valid: {reason}</source>
        <translation>La visite {title} du paquet n&apos;est pas valide : {reason}</translation>
    </message>
    <message>
        <source>Project {code} is unknown here: its link was left out.</source>
        <translation>Le projet {code} est inconnu ici : le lien vers ce projet n&apos;a pas été repris.</translation>
    </message>
    <message>
        <source>The bundle {path} is damaged or was altered: nothing was imported.</source>
        <translation>Le paquet {path} est endommagé ou a été modifié : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle {path} was refused: it holds a file whose path leaves the bundle ({name}).</source>
        <translation>Le paquet {path} a été refusé : il contient un fichier dont le chemin sort du paquet ({name}).</translation>
    </message>
    <message>
        <source>The file {path} is not a CoopDesk volunteer bundle.</source>
        <translation>Le fichier {path} n&apos;est pas un paquet bénévole CoopDesk.</translation>
    </message>
    <message>
        <source>The bundle {path} was made by a newer version of CoopDesk: update CoopDesk first.</source>
        <translation>Le paquet {path} a été créé par une version plus récente de CoopDesk : mettez d&apos;abord CoopDesk à jour.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Enter a number, not yes or no.</source>
        <translation>Saisissez un nombre, pas oui ou non.</translation>
    </message>
    <message>
        <source>Enter a number, not a date.</source>
        <translation>Saisissez un nombre, pas une date.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{code} is not a currency code such as EUR.</source>
        <translation>{code} n&apos;est pas un code de devise comme EUR.</translation>
    </message>
    <message>
        <source>{value} has too many decimals for {currency}.</source>
        <translation>{value} a trop de décimales pour {currency}.</translation>
    </message>
    <message>
        <source>{value} is not a date: use dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>{value} n&apos;est pas une date : utilisez jj/mm/aaaa ou aaaa-mm-jj.</translation>
    </message>
    <message>
        <source>{value} is not yes or no.</source>
        <translation>{value} n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>This is not a valid JSON object.</source>
        <translation>Ce n&apos;est pas un objet JSON valide.</translation>
    </message>
    <message>
        <source>{value} is not a period such as 2025, 2025-Q2 or 2025-03.</source>
        <translation>{value} n&apos;est pas une période comme 2025, 2025-T2 ou 2025-03.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>Feuille {sheet}, ligne {row}, colonne {column} : {reason}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Ligne {row}, colonne {column} : {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected, nothing was imported. First: {first}</source>
        <translation>
            <numerusform>%n ligne rejetée, rien n&apos;a été importé. Erreur : {first}</numerusform>
            <numerusform>%n lignes rejetées, rien n&apos;a été importé. Première erreur : {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file {path} is too large: the limit is {limit} MB.</source>
        <translation>Le fichier {path} est trop volumineux : la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>Le fichier {path} est vide.</translation>
    </message>
    <message>
        <source>The file {path} is damaged: it is not a readable zip file.</source>
        <translation>Le fichier {path} est endommagé : ce n&apos;est pas un fichier zip lisible.</translation>
    </message>
    <message>
        <source>The file {path} was refused: it would expand to far more data than it holds (a possible zip bomb).</source>
        <translation>Le fichier {path} a été refusé : une fois décompressé, il occuperait bien plus de place qu&apos;il n&apos;en contient (possible bombe de décompression).</translation>
    </message>
    <message>
        <source>The file {path} is encrypted: remove its password.</source>
        <translation>Le fichier {path} est chiffré : retirez son mot de passe.</translation>
    </message>
    <message>
        <source>The file {path} was refused: it contains XML entity declarations.</source>
        <translation>Le fichier {path} a été refusé : il contient des déclarations d&apos;entités XML.</translation>
    </message>
    <message>
        <source>The file {path} is damaged and cannot be read.</source>
        <translation>Le fichier {path} est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file {path} was written by a newer version of CoopDesk: update CoopDesk first.</source>
        <translation>Le fichier {path} a été écrit par une version plus récente de CoopDesk : mettez d&apos;abord CoopDesk à jour.</translation>
    </message>
    <message>
        <source>This row refers to an exchange that is not in the file.</source>
        <translation>Cette ligne fait référence à un échange absent du fichier.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Say what the file {path} holds: partners, contacts, exchanges, transactions or measurements.</source>
        <translation>Indiquez ce que contient le fichier {path} : partenaires, contacts, échanges, opérations ou mesures.</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>Import de {source}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The IATI file was not written: {problems}.</source>
        <translation>Le fichier IATI n&apos;a pas été écrit : {problems}.</translation>
    </message>
    <message>
        <source>enter the municipality&apos;s settings first</source>
        <translation>renseignez d&apos;abord les paramètres de la commune</translation>
    </message>
    <message>
        <source>enter the municipality&apos;s INSEE code in the settings: the IATI identifiers are built from it</source>
        <translation>renseignez le code INSEE de la commune dans les paramètres : les identifiants IATI en sont tirés</translation>
    </message>
    <message>
        <source>the reporting organisation&apos;s identifier {ref} must not contain spaces or the characters / &amp; | ?</source>
        <translation>l&apos;identifiant de l&apos;organisation déclarante {ref} ne doit contenir ni espace ni les caractères / &amp; | ?</translation>
    </message>
    <message>
        <source>project {project}: its code must not contain spaces or the characters / &amp; | ?</source>
        <translation>projet {project} : son code ne doit contenir ni espace ni les caractères / &amp; | ?</translation>
    </message>
    <message>
        <source>project {project}: the status {code} is not an IATI activity status</source>
        <translation>projet {project} : le statut {code} n&apos;est pas un statut d&apos;activité IATI</translation>
    </message>
    <message>
        <source>project {project}: the sector {code} is not in the OECD DAC codelist</source>
        <translation>projet {project} : le secteur {code} n&apos;est pas dans la nomenclature du CAD de l&apos;OCDE</translation>
    </message>
    <message>
        <source>project {project}: the country {code} is not an ISO 3166 country</source>
        <translation>projet {project} : le pays {code} n&apos;est pas un pays ISO 3166</translation>
    </message>
    <message>
        <source>project {project}: {code} is not a Sustainable Development Goal</source>
        <translation>projet {project} : {code} n&apos;est pas un objectif de développement durable</translation>
    </message>
    <message>
        <source>project {project}: the role {code} is not an IATI organisation role</source>
        <translation>projet {project} : le rôle {code} n&apos;est pas un rôle d&apos;organisation IATI</translation>
    </message>
    <message>
        <source>project {project}: enter its planned start date (IATI needs at least one date)</source>
        <translation>projet {project} : saisissez sa date de début prévue (IATI exige au moins une date)</translation>
    </message>
    <message>
        <source>project {project}: a {year} budget line in {currency} cannot be converted to euros</source>
        <translation>projet {project} : une ligne budgétaire {year} en {currency} ne peut pas être convertie en euros</translation>
    </message>
    <message>
        <source>project {project}: the currency {code} is not an ISO 4217 currency</source>
        <translation>projet {project} : la devise {code} n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <source>there is no project to publish</source>
        <translation>il n&apos;y a aucun projet à publier</translation>
    </message>
    <message>
        <source>This row conflicts with a record already stored.</source>
        <translation>Cette ligne est en conflit avec un enregistrement déjà présent.</translation>
    </message>
    <message>
        <source>The file {path} was refused: row {row} has a cell longer than {limit} characters.</source>
        <translation>Le fichier {path} a été refusé : la ligne {row} contient une cellule de plus de {limit} caractères.</translation>
    </message>
    <message>
        <source>The file {path} has too many columns.</source>
        <translation>Le fichier {path} a trop de colonnes.</translation>
    </message>
    <message>
        <source>The file {path} has more than {limit} rows.</source>
        <translation>Le fichier {path} a plus de {limit} lignes.</translation>
    </message>
    <message>
        <source>The file {path} is not a text (CSV) file.</source>
        <translation>Le fichier {path} n&apos;est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV (line {line}).</source>
        <translation>Le fichier {path} n&apos;est pas un fichier CSV valide (ligne {line}).</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation>Le fichier {path} n&apos;est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file {path} holds something other than CSV files.</source>
        <translation>Le fichier {path} contient autre chose que des fichiers CSV.</translation>
    </message>
    <message>
        <source>The file {path} is an old Excel file (.xls) or a protected workbook: save it as .xlsx without a password.</source>
        <translation>Le fichier {path} est un ancien fichier Excel (.xls) ou un classeur protégé : enregistrez-le au format .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>The file {path} has no sheet named {sheet}.</source>
        <translation>Le fichier {path} n&apos;a pas de feuille nommée {sheet}.</translation>
    </message>
    <message>
        <source>No partner is named {value}.</source>
        <translation>Aucun partenaire ne s&apos;appelle {value}.</translation>
    </message>
    <message>
        <source>No project has the code {value}.</source>
        <translation>Aucun projet n&apos;a le code {value}.</translation>
    </message>
    <message>
        <source>No indicator has the code {value}.</source>
        <translation>Aucun indicateur n&apos;a le code {value}.</translation>
    </message>
    <message>
        <source>Several partners are named {value}: use their id.</source>
        <translation>Plusieurs partenaires s&apos;appellent {value} : utilisez leur identifiant.</translation>
    </message>
    <message>
        <source>Several projects have an indicator {value}: add a project column.</source>
        <translation>Plusieurs projets ont un indicateur {value} : ajoutez une colonne projet.</translation>
    </message>
    <message>
        <source>The file has a single column: separate its columns with commas, semicolons or tabs.</source>
        <translation>Le fichier n&apos;a qu&apos;une seule colonne : séparez ses colonnes par des virgules, des points-virgules ou des tabulations.</translation>
    </message>
    <message>
        <source>Required columns are missing: {names}.</source>
        <translation>Des colonnes obligatoires manquent : {names}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Le fichier {path} ne peut pas être écrit : {reason}</translation>
    </message>
    <message>
        <source>The total is smaller than the sum of the counts by sex.</source>
        <translation>Le total est inférieur à la somme des effectifs par sexe.</translation>
    </message>
    <message>
        <source>A breakdown is not valid.</source>
        <translation>Une ventilation n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Edit exchange</source>
        <translation>Modifier l&apos;échange</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>Search a partner…</source>
        <translation>Rechercher un partenaire…</translation>
    </message>
    <message>
        <source>No partner chosen.</source>
        <translation>Aucun partenaire choisi.</translation>
    </message>
    <message>
        <source>Chosen: {partners}</source>
        <translation>Choisis : {partners}</translation>
    </message>
    <message>
        <source>e.g. Visit of the Dioffior school pupils</source>
        <translation>p. ex. Visite des élèves de l&apos;école de Dioffior</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tick “No date” for a one-day exchange.</source>
        <translation>Cochez « Sans date » pour un échange d&apos;une seule journée.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like an exchange already recorded:
{exchanges}
Save anyway?</source>
        <translation>Cet échange semble déjà enregistré :
{exchanges}
Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>“{title}”, {dates}, {partners}</source>
        <translation>« {title} », {dates}, {partners}</translation>
    </message>
    <message>
        <source>Add exchange {title}</source>
        <translation>Ajouter l&apos;échange {title}</translation>
    </message>
    <message>
        <source>Edit exchange {title}</source>
        <translation>Modifier l&apos;échange {title}</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>ExchangeTimeline</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Search exchanges…</source>
        <translation>Rechercher un échange…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Tous les sens</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n exchange(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Affichage limité à %n échange correspondant à un chiffre du tableau de bord.</numerusform>
            <numerusform>Affichage limité aux %n échanges correspondant à un chiffre du tableau de bord.</numerusform>
        </translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>The chosen year&apos;s exchanges month by month</source>
        <translation>Les échanges de l&apos;année choisie, mois par mois</translation>
    </message>
    <message>
        <source>No exchange yet — click “New exchange” to record one.</source>
        <translation>Aucun échange — cliquez sur « Nouvel échange » pour en enregistrer un.</translation>
    </message>
    <message>
        <source>No exchange in {year} — choose another year or click “New exchange”.</source>
        <translation>Aucun échange en {year} — choisissez une autre année ou cliquez sur « Nouvel échange ».</translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>Aucun échange ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>Not every exchange could be read: {reason}</source>
        <translation>Tous les échanges n’ont pas pu être lus : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) in {year}</source>
        <translation>
            <numerusform>%n échange en {year}</numerusform>
            <numerusform>%n échanges en {year}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown, reading all %n exchange(s)…</source>
        <translation>
            <numerusform>{shown} affiché(s), lecture de %n échange en cours…</numerusform>
            <numerusform>{shown} affiché(s), lecture des %n échanges en cours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n exchange(s)</source>
        <translation>
            <numerusform>{shown} affiché(s) sur %n échange</numerusform>
            <numerusform>{shown} affiché(s) sur %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message numerus="yes">
        <source>Delete the exchange “{title}” with its %n participant(s)? You can undo this with {shortcut}.</source>
        <translation>
            <numerusform>Supprimer l&apos;échange « {title} » (%n participant) ? Vous pourrez annuler avec {shortcut}.</numerusform>
            <numerusform>Supprimer l&apos;échange « {title} » et ses %n participants ? Vous pourrez annuler avec {shortcut}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete exchange</source>
        <translation>Supprimer l&apos;échange</translation>
    </message>
    <message>
        <source>Delete exchange {title}</source>
        <translation>Supprimer l&apos;échange {title}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>FigureButton</name>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption} : {value}</translation>
    </message>
</context>
<context>
    <name>FileJob</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Setting up CoopDesk</source>
        <translation>Mise en route de CoopDesk</translation>
    </message>
    <message>
        <source>The demo can only be loaded into an empty database.</source>
        <translation>La démonstration ne peut être chargée que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>FundingKindTableModel</name>
    <message>
        <source>Kind of funding</source>
        <translation>Type de financement</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Share committed</source>
        <translation>Part engagée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Perçu</translation>
    </message>
    <message>
        <source>Share received</source>
        <translation>Part perçue</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>FundingSourceDialog</name>
    <message>
        <source>Edit funding source</source>
        <translation>Modifier la source de financement</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation>Nouvelle source de financement</translation>
    </message>
    <message>
        <source>e.g. Call for projects 2026</source>
        <translation>p. ex. Appel à projets 2026</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The funder&apos;s ceiling as a share of the year&apos;s planned budget, e.g. 80.</source>
        <translation>Le plafond du financeur, en pourcentage du budget prévu de l&apos;année, p. ex. 80.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind of funding</source>
        <translation>Type de financement</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Engagé le</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Perçu</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Perçu le</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation>Ajouter la source de financement</translation>
    </message>
</context>
<context>
    <name>FundingSourceTableModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Perçu</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Engagé le</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Perçu le</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Part du budget</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>CoopDesk &amp;help</source>
        <translation>&amp;Aide de CoopDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Municipality settings…</source>
        <translation>Paramètres de la &amp;commune…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CoopDesk help</source>
        <translation>Aide de CoopDesk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>{page} — CoopDesk help</source>
        <translation>{page} — Aide de CoopDesk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>A file exported by CoopDesk: every sheet is imported as is.</source>
        <translation>Un fichier exporté par CoopDesk : chaque feuille est importée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n ligne peut être importée</numerusform>
            <numerusform>%n lignes peuvent être importées</numerusform>
        </translation>
    </message>
    <message>
        <source>({created} new, {updated} updated, {unchanged} unchanged).</source>
        <translation>({created} nouvelles, {updated} mises à jour, {unchanged} inchangées).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing is imported unless you choose to import only the valid rows. The reasons are listed below.</source>
        <translation>
            <numerusform>%n ligne refusée : rien n&apos;est importé, sauf si vous choisissez d&apos;importer seulement les lignes valides. Les raisons sont listées ci-dessous.</numerusform>
            <numerusform>%n lignes refusées : rien n&apos;est importé, sauf si vous choisissez d&apos;importer seulement les lignes valides. Les raisons sont listées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Import done: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Import terminé : {created} ajoutées, {updated} mises à jour, {unchanged} inchangées.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not valid and were skipped.</source>
        <translation>
            <numerusform>%n ligne n&apos;était pas valide et a été ignorée.</numerusform>
            <numerusform>%n lignes n&apos;étaient pas valides et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>Import only the %n valid row(s)</source>
        <translation>
            <numerusform>Importer seulement %n ligne valide</numerusform>
            <numerusform>Importer seulement les %n lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Partners (organisations)</source>
        <translation>Partenaires (organisations)</translation>
    </message>
    <message>
        <source>Contacts of partners</source>
        <translation>Contacts des partenaires</translation>
    </message>
    <message>
        <source>Exchanges, with their participants</source>
        <translation>Échanges, avec leurs participants</translation>
    </message>
    <message>
        <source>Budget transactions</source>
        <translation>Opérations budgétaires</translation>
    </message>
    <message>
        <source>Indicator measurements</source>
        <translation>Mesures d&apos;indicateurs</translation>
    </message>
    <message>
        <source>CoopDesk identifier</source>
        <translation>Identifiant CoopDesk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>Identifiant IATI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Partner (CoopDesk identifier)</source>
        <translation>Partenaire (identifiant CoopDesk)</translation>
    </message>
    <message>
        <source>Partner (name)</source>
        <translation>Partenaire (nom)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Project (CoopDesk identifier)</source>
        <translation>Projet (identifiant CoopDesk)</translation>
    </message>
    <message>
        <source>Project (code)</source>
        <translation>Projet (code)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Référence de la source</translation>
    </message>
    <message>
        <source>Partners (CoopDesk identifiers)</source>
        <translation>Partenaires (identifiants CoopDesk)</translation>
    </message>
    <message>
        <source>Partners (names)</source>
        <translation>Partenaires (noms)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <source>Participants: women</source>
        <translation>Participants : femmes</translation>
    </message>
    <message>
        <source>Participants: men</source>
        <translation>Participants : hommes</translation>
    </message>
    <message>
        <source>Participants: other</source>
        <translation>Participants : autres</translation>
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
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Rate to the euro</source>
        <translation>Taux en euros</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Date du taux</translation>
    </message>
    <message>
        <source>Budget line (CoopDesk identifier)</source>
        <translation>Ligne budgétaire (identifiant CoopDesk)</translation>
    </message>
    <message>
        <source>Funding source (CoopDesk identifier)</source>
        <translation>Source de financement (identifiant CoopDesk)</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Bénéficiaire ou payeur</translation>
    </message>
    <message>
        <source>Accounting reference</source>
        <translation>Référence comptable</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Imputation comptable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Indicator (CoopDesk identifier)</source>
        <translation>Indicateur (identifiant CoopDesk)</translation>
    </message>
    <message>
        <source>Indicator (code)</source>
        <translation>Indicateur (code)</translation>
    </message>
    <message>
        <source>Period (e.g. 2025-Q1)</source>
        <translation>Période (p. ex. 2025-T1)</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Breakdowns (CoopDesk format)</source>
        <translation>Ventilations (format CoopDesk)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Relevé par</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>Breakdown by {dimension}: {category}</source>
        <translation>Ventilation par {dimension} : {category}</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translation>{field} ({language})</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>An .xlsx or .csv file</source>
        <translation>Un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Files exported by CoopDesk (whole database or one table) are recognised and imported back as they are. For other files you will say which column holds what, and see every problem before anything is imported.</source>
        <translation>Les fichiers exportés par CoopDesk (toute la base ou une table) sont reconnus et réimportés tels quels. Pour les autres fichiers, vous indiquerez ce que contient chaque colonne et verrez chaque problème avant que rien ne soit importé.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Il contient :</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.zip);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Or the same value for all</source>
        <translation>Ou la même valeur pour toutes</translation>
    </message>
    <message>
        <source>Say which column of {file} holds each field ({kind}). Fields marked * are required. Columns were matched by their names: check them.</source>
        <translation>Indiquez quelle colonne de {file} contient chaque champ ({kind}). Les champs marqués * sont obligatoires. Les colonnes ont été associées d&apos;après leur nom : vérifiez-les.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Can replace the required field {field}</source>
        <translation>Peut remplacer le champ obligatoire {field}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
    <message>
        <source>The same value for all rows</source>
        <translation>La même valeur pour toutes les lignes</translation>
    </message>
    <message numerus="yes">
        <source>The first rows of the file (%n row(s) in all):</source>
        <translation>
            <numerusform>Les premières lignes du fichier (%n ligne en tout) :</numerusform>
            <numerusform>Les premières lignes du fichier (%n lignes en tout) :</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>Cette feuille est vide.</translation>
    </message>
    <message>
        <source>Still required: {names}.</source>
        <translation>Encore requis : {names}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Select an indicator to see its values over time.</source>
        <translation>Sélectionnez un indicateur pour voir l&apos;évolution de ses valeurs.</translation>
    </message>
    <message>
        <source>{code}: no measurement yet</source>
        <translation>{code} : aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <source>{code}: values over time</source>
        <translation>{code} : évolution des valeurs</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Valeurs mesurées</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Valeurs attendues</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>New indicator from the library</source>
        <translation>Nouvel indicateur issu de la bibliothèque</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>e.g. EAU-POP</source>
        <translation>p. ex. EAU-POP</translation>
    </message>
    <message>
        <source>Typed measurements</source>
        <translation>Mesures saisies</translation>
    </message>
    <message>
        <source>e.g. people, %</source>
        <translation>p. ex. personnes, %</translation>
    </message>
    <message>
        <source>1 to </source>
        <translation>1 à </translation>
    </message>
    <message>
        <source>e.g. Household survey</source>
        <translation>p. ex. Enquête auprès des ménages</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>p. ex. {number}</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Value expected</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <source>Add an intermediate target</source>
        <translation>Ajouter une cible intermédiaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens d&apos;évolution</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Fréquence de mesure</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Ventilé par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Intermediate targets</source>
        <translation>Cibles intermédiaires</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>Ajouter l&apos;indicateur {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Modifier l&apos;indicateur {code}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row} : {message}</translation>
    </message>
    <message>
        <source>{definition} These values are never typed.</source>
        <translation>{definition} Ces valeurs ne sont jamais saisies.</translation>
    </message>
</context>
<context>
    <name>IndicatorLabels</name>
    <message>
        <source>Quantitative</source>
        <translation>Quantitatif</translation>
    </message>
    <message>
        <source>Qualitative (rating)</source>
        <translation>Qualitatif (note)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Hausse souhaitée</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Baisse souhaitée</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Semestrielle</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Computed: {source}</source>
        <translation>Calculé : {source}</translation>
    </message>
    <message>
        <source>{rating} / {max}</source>
        <translation>{rating} / {max}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>Measured for the period ending {date}</source>
        <translation>Mesurée pour la période se terminant le {date}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Exchanges held</source>
        <translation>Échanges réalisés</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>échanges</translation>
    </message>
    <message>
        <source>Number of the project&apos;s exchanges that started during the period.</source>
        <translation>Nombre d&apos;échanges du projet commencés pendant la période.</translation>
    </message>
    <message>
        <source>Participants in exchanges</source>
        <translation>Participants aux échanges</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Listed and counted participants of the project&apos;s exchanges that started during the period.</source>
        <translation>Participants nommés et dénombrés des échanges du projet commencés pendant la période.</translation>
    </message>
    <message>
        <source>Women and girls taking part in exchanges</source>
        <translation>Femmes et filles participant aux échanges</translation>
    </message>
    <message>
        <source>Female participants of the project&apos;s exchanges that started during the period.</source>
        <translation>Participantes des échanges du projet commencés pendant la période.</translation>
    </message>
    <message>
        <source>Minors taking part in exchanges</source>
        <translation>Mineurs participant aux échanges</translation>
    </message>
    <message>
        <source>Participants aged 17 or under in the project&apos;s exchanges that started during the period.</source>
        <translation>Participants de 17 ans ou moins aux échanges du projet commencés pendant la période.</translation>
    </message>
    <message>
        <source>Budget executed</source>
        <translation>Budget exécuté</translation>
    </message>
    <message>
        <source>Expenses from the start of the project to the end of the period, in euros, as a percentage of the project&apos;s whole planned budget.</source>
        <translation>Dépenses depuis le début du projet jusqu&apos;à la fin de la période, en euros, en pourcentage de tout le budget prévu du projet.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The values by sex add up to {sum} instead of {total} (difference: {difference}).</source>
        <translation>Les valeurs par sexe totalisent {sum} au lieu de {total} (écart : {difference}).</translation>
    </message>
    <message>
        <source>The values by age group add up to {sum} instead of {total} (difference: {difference}).</source>
        <translation>Les valeurs par tranche d&apos;âge totalisent {sum} au lieu de {total} (écart : {difference}).</translation>
    </message>
    <message>
        <source>The values by place add up to {sum} instead of {total} (difference: {difference}).</source>
        <translation>Les valeurs par lieu totalisent {sum} au lieu de {total} (écart : {difference}).</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Référence ou cible manquante</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>La progression est l&apos;évolution depuis la situation de référence divisée par l&apos;évolution visée par la cible : 0 % à la référence, 100 % quand la cible est atteinte.</translation>
    </message>
    <message>
        <source>The expected progress at the end of the latest measured period is the intermediate target of that period, or else the share of time elapsed between the baseline date and the target date.</source>
        <translation>La progression attendue à la fin de la dernière période mesurée est la cible intermédiaire de cette période ou, à défaut, la part du temps écoulé entre la date de référence et la date de la cible.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Un indicateur est en bonne voie quand sa progression est au plus {on_track} points sous la progression attendue, à surveiller quand elle est au plus {at_risk} points en dessous, et en retard au-delà.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n indicator(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Affichage limité à %n indicateur correspondant à un chiffre du tableau de bord.</numerusform>
            <numerusform>Affichage limité aux %n indicateurs correspondant à un chiffre du tableau de bord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Search indicators…</source>
        <translation>Rechercher un indicateur…</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>Depuis la bibliothèque…</translation>
    </message>
    <message>
        <source>Add a ready-made indicator</source>
        <translation>Ajouter un indicateur prêt à l&apos;emploi</translation>
    </message>
    <message>
        <source>No indicator matches the search or the filters.</source>
        <translation>Aucun indicateur ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>No indicator yet. Indicators are added on a project&apos;s page.</source>
        <translation>Aucun indicateur pour l&apos;instant. Les indicateurs s&apos;ajoutent depuis la fiche d&apos;un projet.</translation>
    </message>
    <message>
        <source>Select a project to see its indicators.</source>
        <translation>Sélectionnez un projet pour voir ses indicateurs.</translation>
    </message>
    <message>
        <source>No indicator yet — click “New indicator”, or “From the library…” for a ready-made one.</source>
        <translation>Aucun indicateur — cliquez sur « Nouvel indicateur », ou sur « Depuis la bibliothèque… » pour un indicateur prêt à l&apos;emploi.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n indicator(s)</source>
        <translation>
            <numerusform>{shown} affiché(s) sur %n indicateur</numerusform>
            <numerusform>{shown} affiché(s) sur %n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>{question} You can undo this with {shortcut}.</source>
        <translation>{question} Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Supprimer l&apos;indicateur {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorsTile</name>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>How is the status computed?</source>
        <translation>Comment le statut est-il calculé ?</translation>
    </message>
    <message>
        <source>Status on {date}</source>
        <translation>Statut au {date}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Local authority</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement scolaire</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Charte de jumelage</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Convention de coopération décentralisée</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Pacte d&apos;amitié</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>En préparation/identification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>En finalisation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Gestionnaire des fonds</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Délégation officielle</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Échange scolaire</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Échange de jeunes</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Mission technique ou d&apos;agents</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Visite de bénévoles</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Événement culturel</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Événement sportif</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Réunion à distance</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>0 à 11 ans</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>12 à 17 ans</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>18 à 25 ans</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>26 à 64 ans</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 ans et plus</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Âge non renseigné</translation>
    </message>
    <message>
        <source>Typed here</source>
        <translation>Saisi ici</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Imported spreadsheet</source>
        <translation>Tableur importé</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Prestations de services</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Budget propre</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Subvention du ministère (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agence de l&apos;eau (1 % eau)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Mécène privé</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Contribution du partenaire</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature (valorisation)</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Search a language…</source>
        <translation>Rechercher une langue…</translation>
    </message>
    <message>
        <source>No language chosen.</source>
        <translation>Aucune langue choisie.</translation>
    </message>
    <message>
        <source>Chosen: {languages}</source>
        <translation>Choisies : {languages}</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Indicator library</source>
        <translation>Bibliothèque d&apos;indicateurs</translation>
    </message>
    <message>
        <source>Ready-made indicators used in decentralised cooperation. Choose one, then complete its baseline and target.</source>
        <translation>Indicateurs prêts à l&apos;emploi, utilisés en coopération décentralisée. Choisissez-en un, puis complétez sa valeur de référence et sa cible.</translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation>Rechercher dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Use this indicator…</source>
        <translation>Utiliser cet indicateur…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>No indicator matches the search.</source>
        <translation>Aucun indicateur ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Theme: {theme} · Measured: {frequency} · {kind}</source>
        <translation>Thématique : {theme} · Fréquence de mesure : {frequency} · {kind}</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>{header} (%)</source>
        <translation>{header} (%)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>{header}: currency</source>
        <translation>{header} : devise</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the rows shown (search and filters applied) as a spreadsheet</source>
        <translation>Enregistrer les lignes affichées (recherche et filtres appliqués) dans un tableur</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for French Excel, with ; and BOM (*.csv)</source>
        <translation>CSV pour Excel en français, avec ; et BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Export de la liste…</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The file {path} is marked as open by another CoopDesk, but its lock file {lock} cannot be read. If no other CoopDesk uses this file, you can take over the lock.</source>
        <translation>Le fichier {path} est signalé comme ouvert par un autre CoopDesk, mais son fichier de verrou {lock} est illisible. Si aucun autre CoopDesk n&apos;utilise ce fichier, vous pouvez reprendre le verrou.</translation>
    </message>
    <message>
        <source>The file {path} is already open in this CoopDesk.</source>
        <translation>Le fichier {path} est déjà ouvert dans ce CoopDesk.</translation>
    </message>
    <message>
        <source>The file {path} was left locked by a CoopDesk of {user} (since {since}) that is no longer running. You can take over the lock.</source>
        <translation>Le fichier {path} est resté verrouillé par un CoopDesk de {user} (depuis le {since}) qui ne fonctionne plus. Vous pouvez reprendre le verrou.</translation>
    </message>
    <message>
        <source>The file {path} is already open in CoopDesk on this computer (user {user}, since {since}, process {pid}). Close it there first, or open it read-only.</source>
        <translation>Le fichier {path} est déjà ouvert dans CoopDesk sur cet ordinateur (utilisateur {user}, depuis le {since}, processus {pid}). Fermez-le d&apos;abord, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>The file {path} is open in CoopDesk on the computer {host} (user {user}, since {since}). Two computers writing to one file can damage it: close it there first, or open it read-only.</source>
        <translation>Le fichier {path} est ouvert dans CoopDesk sur l&apos;ordinateur {host} (utilisateur {user}, depuis le {since}). Deux ordinateurs qui écrivent dans le même fichier peuvent l&apos;endommager : fermez-le d&apos;abord sur cet ordinateur, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>Take over the lock of {path}?</source>
        <translation>Reprendre le verrou de {path} ?</translation>
    </message>
    <message>
        <source>Take over the lock of {path} only if CoopDesk is really closed on {host} (or that computer crashed): if both write to the file, changes are lost. Take over?</source>
        <translation>Ne reprenez le verrou de {path} que si CoopDesk est vraiment fermé sur {host} (ou si cet ordinateur est tombé en panne) : si les deux écrivent dans le fichier, des modifications sont perdues. Reprendre le verrou ?</translation>
    </message>
    <message>
        <source>CoopDesk cannot write in the folder of {path}: {reason}</source>
        <translation>CoopDesk ne peut pas écrire dans le dossier de {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>This database is still marked as in use</source>
        <translation>Cette base de données est encore marquée comme ouverte</translation>
    </message>
    <message>
        <source>Another CoopDesk is writing to this database</source>
        <translation>Un autre CoopDesk écrit dans cette base de données</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>That CoopDesk is no longer running.</source>
        <translation>Ce CoopDesk ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Take over the lock…</source>
        <translation>Reprendre le verrou…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Reprendre le verrou</translation>
    </message>
    <message>
        <source>Risky folder for a database</source>
        <translation>Dossier risqué pour une base de données</translation>
    </message>
    <message>
        <source>This folder can damage the database.</source>
        <translation>Ce dossier peut endommager la base de données.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Do not warn again for this file</source>
        <translation>Ne plus avertir pour ce fichier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Log a visit…</source>
        <translation>Saisir une visite…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Log a visit…</source>
        <translation>Saisir une &amp;visite…</translation>
    </message>
    <message>
        <source>Record a visit in a minute (Ctrl+L)</source>
        <translation>Saisir une visite en une minute (Ctrl+L)</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Sauvegarder une copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>À &amp;propos de CoopDesk</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>{file} (read-only) — CoopDesk, volunteer mode</source>
        <translation>{file} (lecture seule) — CoopDesk, mode bénévole</translation>
    </message>
    <message>
        <source>{file} — CoopDesk, volunteer mode</source>
        <translation>{file} — CoopDesk, mode bénévole</translation>
    </message>
    <message>
        <source>{file} (read-only) — CoopDesk</source>
        <translation>{file} (lecture seule) — CoopDesk</translation>
    </message>
    <message>
        <source>{file} — CoopDesk</source>
        <translation>{file} — CoopDesk</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version was kept in {path}.</source>
        <translation>La base a été mise à niveau ; la version précédente est conservée dans {path}.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Sauvegarder une copie de la base</translation>
    </message>
    <message>
        <source>CoopDesk databases (*{suffix})</source>
        <translation>Bases CoopDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Visit logged.</source>
        <translation>Visite enregistrée.</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Edit measurement of {code}</source>
        <translation>Modifier la mesure de {code}</translation>
    </message>
    <message>
        <source>New measurement of {code}</source>
        <translation>Nouvelle mesure de {code}</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>p. ex. {number}</translation>
    </message>
    <message>
        <source>Choose a rating</source>
        <translation>Choisissez une note</translation>
    </message>
    <message>
        <source>{rating} out of {max}</source>
        <translation>{rating} sur {max}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total ({unit})</source>
        <translation>Total ({unit})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Justification de la note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>Add measurement of {code}</source>
        <translation>Ajouter une mesure de {code}</translation>
    </message>
    <message>
        <source>{category}: {message}</source>
        <translation>{category} : {message}</translation>
    </message>
</context>
<context>
    <name>MeasurementTableModel</name>
    <message>
        <source>{category} {value}</source>
        <translation>{category} {value}</translation>
    </message>
    <message>
        <source>{dimension}: {values}</source>
        <translation>{dimension} : {values}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Breakdown or comment</source>
        <translation>Ventilation ou commentaire</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>New measurement</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>How is the status computed?</source>
        <translation>Comment le statut est-il calculé ?</translation>
    </message>
    <message>
        <source>Select an indicator to see its measurements.</source>
        <translation>Sélectionnez un indicateur pour voir ses mesures.</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>The values of this indicator are computed from the database ({source}); they are not typed.</source>
        <translation>Les valeurs de cet indicateur sont calculées à partir de la base de données ({source}) ; elles ne sont pas saisies.</translation>
    </message>
    <message>
        <source>No measurement yet — click “New measurement” to record one.</source>
        <translation>Aucune mesure — cliquez sur « Nouvelle mesure » pour en enregistrer une.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>No value measured yet.</source>
        <translation>Aucune valeur mesurée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>Latest value: {value} (period ending {date}).</source>
        <translation>Dernière valeur : {value} (période se terminant le {date}).</translation>
    </message>
    <message>
        <source>Progress {actual}, expected {expected}.</source>
        <translation>Progression : {actual}, attendue : {expected}.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Saved with a difference: {gaps}</source>
        <translation>Mesure enregistrée avec un écart : {gaps}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Delete the measurement for {period}? You can undo this with {shortcut}.</source>
        <translation>Supprimer la mesure {period} ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Delete measurement of {code}</source>
        <translation>Supprimer la mesure de {code}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
</context>
<context>
    <name>MultilingualEdit</name>
    <message>
        <source>Another language…</source>
        <translation>Autre langue…</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language} :</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>Retirer cette langue</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Municipality settings</source>
        <translation>Paramètres de la commune</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Languages, currency and backups</source>
        <translation>Langues, devise et sauvegardes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Change the municipality settings</source>
        <translation>Modifier les paramètres de la commune</translation>
    </message>
</context>
<context>
    <name>MunicipalityForm</name>
    <message>
        <source>{label} *</source>
        <translation>{label} *</translation>
    </message>
</context>
<context>
    <name>MunicipalityIdentityForm</name>
    <message>
        <source>e.g. Ville de Dreux</source>
        <translation>p. ex. Ville de Dreux</translation>
    </message>
    <message>
        <source>Hôtel de ville
2 place de la Mairie</source>
        <translation>Hôtel de ville
2 place de la Mairie</translation>
    </message>
    <message>
        <source>e.g. 28134</source>
        <translation>p. ex. 28134</translation>
    </message>
    <message>
        <source>The commune&apos;s official geographic code (code officiel géographique), not its postal code: 5 digits, or 2A or 2B and 3 digits in Corsica. The IATI identifier of the municipality is built from it.</source>
        <translation>Le code officiel géographique de la commune, pas son code postal : 5 chiffres, ou 2A ou 2B et 3 chiffres en Corse. L&apos;identifiant IATI de la commune en découle.</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, printed at the top of the reports.</source>
        <translation>Une image PNG ou JPEG, imprimée en haut des rapports.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>Nom de la commune</translation>
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
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo of the municipality</source>
        <translation>Logo de la commune</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo is too large: the limit is {limit} MB.</source>
        <translation>Le logo est trop volumineux : la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>IATI identifier: {identifier}</source>
        <translation>Identifiant IATI : {identifier}</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Welcome to CoopDesk</source>
        <translation>Bienvenue dans CoopDesk</translation>
    </message>
    <message>
        <source>First, your municipality: its name and address are printed on the reports, its INSEE code identifies it in IATI files.</source>
        <translation>D&apos;abord, votre commune : son nom et son adresse sont imprimés sur les rapports, son code INSEE l&apos;identifie dans les fichiers IATI.</translation>
    </message>
</context>
<context>
    <name>MunicipalitySettingsForm</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Reports are printed in one language, or in two side by side (e.g. French and the partner&apos;s language); each report can still choose other ones.</source>
        <translation>Les rapports s&apos;impriment en une langue, ou en deux côte à côte (p. ex. le français et la langue du partenaire) ; chaque rapport peut encore en choisir d&apos;autres.</translation>
    </message>
    <message>
        <source>The currency proposed for new budget lines and transactions.</source>
        <translation>La devise proposée pour les nouvelles lignes budgétaires et opérations.</translation>
    </message>
    <message>
        <source>Beside the database file</source>
        <translation>À côté du fichier de la base</translation>
    </message>
    <message>
        <source>Where the automatic copies of the database go; best on another disk or a USB stick. Empty: a folder beside the database file.</source>
        <translation>Où vont les copies automatiques de la base ; de préférence sur un autre disque ou une clé USB. Vide : un dossier à côté du fichier de la base.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>A new interface language applies the next time CoopDesk starts.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique au prochain démarrage de CoopDesk.</translation>
    </message>
    <message>
        <source>Languages of the reports</source>
        <translation>Langues des rapports</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>MyVisitsPage</name>
    <message>
        <source>Search my visits…</source>
        <translation>Rechercher dans mes visites…</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Saisir une visite…</translation>
    </message>
    <message>
        <source>You have not logged a visit yet — click “Log a visit…” (Ctrl+L).</source>
        <translation>Vous n&apos;avez encore saisi aucune visite — cliquez sur « Saisir une visite… » (Ctrl+L).</translation>
    </message>
    <message>
        <source>No visit matches the search.</source>
        <translation>Aucune visite ne correspond à la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits logged by {name}. Only you can change or delete them.</source>
        <translation>Visites saisies par {name}. Personne d&apos;autre que vous ne peut les modifier ni les supprimer.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Delete your visit of {date} with {partner}? You can undo this with {shortcut}.</source>
        <translation>Supprimer votre visite du {date} avec {partner} ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Supprimer la visite</translation>
    </message>
    <message>
        <source>Delete visit of {date}</source>
        <translation>Supprimer la visite du {date}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>e.g. FR-RNA-W751234567</source>
        <translation>p. ex. FR-RNA-W751234567</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>Identifiant IATI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Ajouter le partenaire {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Modifier le partenaire {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
</context>
<context>
    <name>ParticipantStatsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Minors need the consent of a parent or guardian, dated.</source>
        <translation>Les mineurs doivent avoir le consentement daté d&apos;un parent ou tuteur.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Person {row}: {message}</source>
        <translation>Personne {row} : {message}</translation>
    </message>
    <message>
        <source>{sex}, {age}: {message}</source>
        <translation>{sex}, {age} : {message}</translation>
    </message>
    <message numerus="yes">
        <source>Listed persons (%n)</source>
        <translation>
            <numerusform>Personnes nommées (%n)</numerusform>
            <numerusform>Personnes nommées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted by sex and age (%n)</source>
        <translation>
            <numerusform>Effectifs par sexe et âge (%n)</numerusform>
            <numerusform>Effectifs par sexe et âge (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n participant(s)</source>
        <translation>
            <numerusform>Total : %n participant</numerusform>
            <numerusform>Total : %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsSummary</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants of “{title}”</source>
        <translation>Participants de « {title} »</translation>
    </message>
    <message>
        <source>Select an exchange to see who took part.</source>
        <translation>Sélectionnez un échange pour voir qui y a participé.</translation>
    </message>
    <message>
        <source>No participant recorded yet — edit the exchange to add them.</source>
        <translation>Aucun participant enregistré — modifiez l&apos;échange pour en ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed by name</source>
        <translation>
            <numerusform>%n nommé</numerusform>
            <numerusform>%n nommés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation>
            <numerusform>%n dénombré</numerusform>
            <numerusform>%n dénombrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor(s)</source>
        <translation>
            <numerusform>%n mineur</numerusform>
            <numerusform>%n mineurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Search partners…</source>
        <translation>Rechercher un partenaire…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>No partner yet — click “New partner” to add the first one.</source>
        <translation>Aucun partenaire — cliquez sur « Nouveau partenaire » pour ajouter le premier.</translation>
    </message>
    <message>
        <source>No partner matches the search or the filters.</source>
        <translation>Aucun partenaire ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n partner(s)</source>
        <translation>
            <numerusform>{shown} affiché(s) sur %n partenaire</numerusform>
            <numerusform>{shown} affiché(s) sur %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Delete the partner “{name}”? You can undo this with {shortcut}.</source>
        <translation>Supprimer le partenaire « {name} » ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Supprimer le partenaire {name}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>Edit partnership</source>
        <translation>Modifier le partenariat</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>e.g. 2024-DEL-042</source>
        <translation>p. ex. 2024-DEL-042</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Council deliberation no.</source>
        <translation>N° de délibération du conseil</translation>
    </message>
    <message>
        <source>Deliberation date</source>
        <translation>Date de la délibération</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Add partnership {title}</source>
        <translation>Ajouter le partenariat {title}</translation>
    </message>
    <message>
        <source>Edit partnership {title}</source>
        <translation>Modifier le partenariat {title}</translation>
    </message>
</context>
<context>
    <name>PartnershipTableModel</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Search partnerships…</source>
        <translation>Rechercher un partenariat…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>No partnership yet — click “New partnership” to record one.</source>
        <translation>Aucun partenariat — cliquez sur « Nouveau partenariat » pour en enregistrer un.</translation>
    </message>
    <message>
        <source>No partnership matches the search or the filters.</source>
        <translation>Aucun partenariat ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n partnership(s)</source>
        <translation>
            <numerusform>{shown} affiché(s) sur %n partenariat</numerusform>
            <numerusform>{shown} affiché(s) sur %n partenariats</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Delete the partnership “{title}” with {partner}? You can undo this with {shortcut}.</source>
        <translation>Supprimer le partenariat « {title} » avec {partner} ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Supprimer le partenariat</translation>
    </message>
    <message>
        <source>Delete partnership {title}</source>
        <translation>Supprimer le partenariat {title}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add photos of the visit</source>
        <translation>Ajouter des photos de la visite</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Images ({patterns});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>A new language applies the next time CoopDesk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de CoopDesk.</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Default: the folder the database names, else beside it</source>
        <translation>Par défaut : le dossier indiqué par la base, sinon à côté d&apos;elle</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Languages, currency and backups</source>
        <translation>Langues, devise et sauvegardes</translation>
    </message>
    <message>
        <source>You can change all of this later in Edit ▸ Municipality settings.</source>
        <translation>Vous pourrez tout changer plus tard dans Édition ▸ Paramètres de la commune.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>No contact or participant has the id {id}.</source>
        <translation>Aucun contact ni participant n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>Former contact</source>
        <translation>Ancien contact</translation>
    </message>
    <message>
        <source>This contact cannot be deleted: other records refer to it.</source>
        <translation>Ce contact ne peut pas être supprimé : d&apos;autres enregistrements y font référence.</translation>
    </message>
    <message>
        <source>The audit trail was already altered at entry {seq}; the erasure was not done. Run a check of the database and restore a backup first.</source>
        <translation>Le journal des modifications a déjà été altéré à l&apos;entrée {seq} ; l&apos;effacement n&apos;a pas été fait. Vérifiez la base et restaurez d&apos;abord une sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant is kept longer than {period}.</source>
        <translation>Aucun participant n&apos;est conservé plus de {period}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of exchanges that ended more than {period} ago are still named: anonymise them?</source>
        <translation>
            <numerusform>%n participant d&apos;un échange terminé depuis plus de {period} est encore nommé : l&apos;anonymiser ?</numerusform>
            <numerusform>%n participants d&apos;échanges terminés depuis plus de {period} sont encore nommés : les anonymiser ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Record of processing…</source>
        <translation>Registre des traitements…</translation>
    </message>
    <message>
        <source>The register of processing activities (in French) for the data protection officer, made from the settings and the data.</source>
        <translation>Le registre des activités de traitement, pour le délégué à la protection des données, établi à partir des réglages et des données.</translation>
    </message>
    <message>
        <source>Find a contact or a participant by name, e-mail or phone to export everything CoopDesk holds about them, or to erase it.</source>
        <translation>Recherchez un contact ou un participant par son nom, son e-mail ou son téléphone pour exporter tout ce que CoopDesk conserve à son sujet, ou pour l&apos;effacer.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation>Nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>E-mail / phone</source>
        <translation>E-mail / téléphone</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Where this person appears:</source>
        <translation>Où cette personne apparaît :</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Erase / anonymise…</source>
        <translation>Effacer / anonymiser…</translation>
    </message>
    <message>
        <source>Also erase the name where other records mention it</source>
        <translation>Effacer aussi le nom là où d&apos;autres fiches le citent</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n personne trouvée.</numerusform>
            <numerusform>%n personnes trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact of the partner {name}</source>
        <translation>Contact du partenaire {name}</translation>
    </message>
    <message>
        <source>Participant in the exchange {title}</source>
        <translation>Participant à l&apos;échange {title}</translation>
    </message>
    <message>
        <source>Flagged as a minor</source>
        <translation>Signalé comme mineur</translation>
    </message>
    <message>
        <source>Consent recorded on {date}</source>
        <translation>Consentement enregistré le {date}</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n linked record(s): {table}</source>
        <translation>
            <numerusform>%n fiche liée : {table}</numerusform>
            <numerusform>%n fiches liées : {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the history</source>
        <translation>
            <numerusform>%n modification dans l&apos;historique</numerusform>
            <numerusform>%n modifications dans l&apos;historique</numerusform>
        </translation>
    </message>
    <message>
        <source>Named in a record ({table}): “{excerpt}”</source>
        <translation>Cité dans une fiche ({table}) : « {excerpt} »</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Le fichier {path} ne peut pas être écrit : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}.</source>
        <translation>
            <numerusform>%n personne exportée dans {path}.</numerusform>
            <numerusform>%n personnes exportées dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) ({names})? Names, contact details and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</source>
        <translation>
            <numerusform>Anonymiser %n personne ({names}) ? Les noms, coordonnées et consentements sont retirés de la base de données et de son historique ; les effectifs par sexe et par tranche d&apos;âge sont conservés pour les statistiques. Cette opération est définitive, même Annuler ne peut pas la défaire.</numerusform>
            <numerusform>Anonymiser %n personnes ({names}) ? Les noms, coordonnées et consentements sont retirés de la base de données et de son historique ; les effectifs par sexe et par tranche d&apos;âge sont conservés pour les statistiques. Cette opération est définitive, même Annuler ne peut pas la défaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer des données personnelles</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record of processing written to {path}.</source>
        <translation>Registre des traitements écrit dans {path}.</translation>
    </message>
    <message>
        <source>The record of processing was written to {path}. Open it now?</source>
        <translation>Le registre des traitements a été écrit dans {path}. L&apos;ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>The data was erased, but the file could not be compacted ({reason}): old copies of the erased values may remain in its free space until the next erasure.</source>
        <translation>Les données ont été effacées, mais le fichier n&apos;a pas pu être compacté ({reason}) : d&apos;anciennes copies des valeurs effacées peuvent rester dans son espace libre jusqu&apos;au prochain effacement.</translation>
    </message>
    <message>
        <source>Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.</source>
        <translation>Anonymisés : {anonymised} ; supprimés : {deleted} ; entrées d&apos;historique nettoyées : {redacted}.</translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n other record(s).</source>
        <translation>
            <numerusform>Le nom apparaît encore dans %n autre fiche.</numerusform>
            <numerusform>Le nom apparaît encore dans %n autres fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before today still hold the erased data until they are replaced.</source>
        <translation>Les sauvegardes faites avant aujourd&apos;hui contiennent encore les données effacées, jusqu&apos;à leur remplacement.</translation>
    </message>
</context>
<context>
    <name>PrivacyTables</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>e.g. SN-EAU-2026</source>
        <translation>p. ex. SN-EAU-2026</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thématique</translation>
    </message>
    <message>
        <source>Town, district, region</source>
        <translation>Commune, district, région</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>Secteur CAD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>UN Sustainable Development Goals</source>
        <translation>Objectifs de développement durable des Nations unies</translation>
    </message>
    <message>
        <source>APD declaration</source>
        <translation>Déclaration APD</translation>
    </message>
    <message>
        <source>Used in the yearly declaration of official development assistance (APD).</source>
        <translation>Sert à la déclaration annuelle de l&apos;aide publique au développement (APD).</translation>
    </message>
    <message>
        <source>How the aid reaches the partner: spent directly by the municipality, entrusted to an association or NGO, or paid to a multilateral organisation.</source>
        <translation>Comment l&apos;aide parvient au partenaire : dépensée directement par la commune, confiée à une association ou à une ONG, ou versée à une organisation multilatérale.</translation>
    </message>
    <message>
        <source>Gender equality: the project aims to advance equality between women and men or to reduce discrimination against women and girls.</source>
        <translation>Égalité femmes-hommes : le projet vise à faire progresser l&apos;égalité entre les femmes et les hommes ou à réduire les discriminations envers les femmes et les filles.</translation>
    </message>
    <message>
        <source>Environment: the project aims to protect or improve the environment, or to help the partner take the environment into account in its policies.</source>
        <translation>Environnement : le projet vise à protéger ou à améliorer l&apos;environnement, ou à aider le partenaire à prendre l&apos;environnement en compte dans ses politiques.</translation>
    </message>
    <message>
        <source>Biodiversity: the project aims to conserve biodiversity, to use it sustainably or to share fairly the benefits drawn from it.</source>
        <translation>Biodiversité : le projet vise à conserver la biodiversité, à l&apos;utiliser de façon durable ou à partager équitablement les bénéfices qui en sont tirés.</translation>
    </message>
    <message>
        <source>Nutrition / inclusion: the project aims to improve nutrition, or the inclusion of people with disabilities and of other people left behind.</source>
        <translation>Nutrition / inclusion : le projet vise à améliorer la nutrition, ou l&apos;inclusion des personnes handicapées et des autres personnes laissées pour compte.</translation>
    </message>
    <message>
        <source>2, principal objective: the project would not exist without this objective. 1, significant objective: important and deliberate, but not the main reason for the project. 0: the project was screened and does not target it.</source>
        <translation>2, objectif principal : le projet n&apos;existerait pas sans cet objectif. 1, objectif significatif : important et délibéré, mais pas la raison principale du projet. 0 : le projet a été examiné et ne le cible pas.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Policy markers</source>
        <translation>Marqueurs OCDE</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>0 – not targeted</source>
        <translation>0 – non ciblé</translation>
    </message>
    <message>
        <source>1 – significant objective</source>
        <translation>1 – objectif significatif</translation>
    </message>
    <message>
        <source>2 – principal objective</source>
        <translation>2 – objectif principal</translation>
    </message>
    <message>
        <source>Add project {code}</source>
        <translation>Ajouter le projet {code}</translation>
    </message>
    <message>
        <source>Edit project {code}</source>
        <translation>Modifier le projet {code}</translation>
    </message>
</context>
<context>
    <name>ProjectEvaluationsPanel</name>
    <message>
        <source>New evaluation</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>No evaluation yet — click “New evaluation” to score the project against the six OECD DAC criteria.</source>
        <translation>Aucune évaluation — cliquez sur « Nouvelle évaluation » pour noter le projet selon les six critères du CAD de l&apos;OCDE.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Delete the evaluation of {date}? You can undo this with {shortcut}.</source>
        <translation>Supprimer l&apos;évaluation du {date} ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
</context>
<context>
    <name>ProjectExchangesPanel</name>
    <message>
        <source>Search the exchanges…</source>
        <translation>Rechercher un échange…</translation>
    </message>
    <message>
        <source>No exchange for this project yet. Exchanges are recorded in the Exchanges area.</source>
        <translation>Aucun échange pour ce projet. Les échanges s&apos;enregistrent dans la rubrique « Échanges ».</translation>
    </message>
    <message>
        <source>No exchange matches the search.</source>
        <translation>Aucun échange ne correspond à la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n exchange(s)</source>
        <translation>
            <numerusform>{shown} affiché(s) sur %n échange</numerusform>
            <numerusform>{shown} affiché(s) sur %n échanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLessonsPanel</name>
    <message>
        <source>What worked, what did not, what to do differently next time: write it down in each partner&apos;s language, for the next projects and the reports.</source>
        <translation>Ce qui a fonctionné, ce qui n&apos;a pas fonctionné, ce qu&apos;il faudra faire autrement la prochaine fois : notez-le dans la langue de chaque partenaire, pour les prochains projets et les rapports.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save the changes to the lessons learned of {code}?</source>
        <translation>Enregistrer les modifications des enseignements tirés de {code} ?</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Edit the lessons learned of {code}</source>
        <translation>Modifier les enseignements tirés de {code}</translation>
    </message>
    <message>
        <source>Lessons not saved</source>
        <translation>Enseignements non enregistrés</translation>
    </message>
</context>
<context>
    <name>ProjectOrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Select a project to see its page.</source>
        <translation>Sélectionnez un projet pour voir sa fiche.</translation>
    </message>
    <message>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>since {start}, in progress</source>
        <translation>depuis le {start}, en cours</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>Secteur CAD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Calendrier prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Calendrier réel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>APD channel</source>
        <translation>Canal APD</translation>
    </message>
    <message>
        <source>Policy markers</source>
        <translation>Marqueurs OCDE</translation>
    </message>
    <message>
        <source>{marker}: significant</source>
        <translation>{marker} : significatif</translation>
    </message>
    <message>
        <source>{marker}: principal</source>
        <translation>{marker} : principal</translation>
    </message>
    <message>
        <source>none targeted</source>
        <translation>aucun ciblé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>ProjectPartnersPanel</name>
    <message>
        <source>Add organisation…</source>
        <translation>Ajouter un organisme…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rôles…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No organisation yet — click “Add organisation…” to give one its roles.</source>
        <translation>Aucun organisme — cliquez sur « Ajouter un organisme… » pour en ajouter un avec ses rôles.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message>
        <source>Link a partnership…</source>
        <translation>Lier un partenariat…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Not linked to a partnership yet.</source>
        <translation>Aucun partenariat lié pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations and their roles</source>
        <translation>Organismes et leurs rôles</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Remove {name} and its roles from this project? You can undo this with {shortcut}.</source>
        <translation>Retirer {name} et ses rôles de ce projet ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Retirer l&apos;organisme</translation>
    </message>
    <message>
        <source>Remove {name} from the project</source>
        <translation>Retirer {name} du projet</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Link a partnership</source>
        <translation>Lier un partenariat</translation>
    </message>
    <message>
        <source>No other partnership to link.</source>
        <translation>Aucun autre partenariat à lier.</translation>
    </message>
    <message>
        <source>{title} — {partner}</source>
        <translation>{title} — {partner}</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partenariat :</translation>
    </message>
    <message>
        <source>Link the project to {title}</source>
        <translation>Lier le projet à {title}</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non lié</translation>
    </message>
    <message>
        <source>Unlink the project from the partnership “{title}”? You can undo this with {shortcut}.</source>
        <translation>Dissocier le projet du partenariat « {title} » ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Unlink partnership</source>
        <translation>Dissocier le partenariat</translation>
    </message>
    <message>
        <source>Unlink the project from {title}</source>
        <translation>Dissocier le projet de {title}</translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation>Non dissocié</translation>
    </message>
</context>
<context>
    <name>ProjectPartnershipTableModel</name>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
</context>
<context>
    <name>ProjectRisksPanel</name>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>No risk recorded — click “New risk” to start the register.</source>
        <translation>Aucun risque enregistré — cliquez sur « Nouveau risque » pour commencer le registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Delete the risk “{risk}”? You can undo this with {shortcut}.</source>
        <translation>Supprimer le risque « {risk} » ? Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partenaires et rôles</translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Échanges (%n)</numerusform>
            <numerusform>Échanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <source>Risks (%n)</source>
        <translation>
            <numerusform>Risques (%n)</numerusform>
            <numerusform>Risques (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>Indicateurs (%n)</numerusform>
            <numerusform>Indicateurs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message numerus="yes">
        <source>Evaluations (%n)</source>
        <translation>
            <numerusform>Évaluations (%n)</numerusform>
            <numerusform>Évaluations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Search projects…</source>
        <translation>Rechercher un projet…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Toutes les thématiques</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n project(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Affichage limité à %n projet correspondant à un chiffre du tableau de bord.</numerusform>
            <numerusform>Affichage limité aux %n projets correspondant à un chiffre du tableau de bord.</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>No project yet — click “New project” to describe the first one.</source>
        <translation>Aucun projet — cliquez sur « Nouveau projet » pour décrire le premier.</translation>
    </message>
    <message>
        <source>No project matches the search or the filters.</source>
        <translation>Aucun projet ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n project(s)</source>
        <translation>
            <numerusform>{shown} affiché(s) sur %n projet</numerusform>
            <numerusform>{shown} affiché(s) sur %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>{question} You can undo this with {shortcut}.</source>
        <translation>{question} Vous pourrez annuler avec {shortcut}.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete project {code}</source>
        <translation>Supprimer le projet {code}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{label} *</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Abandonner les modifications effectuées ?</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A verified backup from {date} at {time} is available: {path}</source>
        <translation>Une sauvegarde vérifiée du {date} à {time} est disponible : {path}</translation>
    </message>
    <message>
        <source>The file {path} is open in another CoopDesk; close it there first.</source>
        <translation>Le fichier {path} est ouvert dans un autre CoopDesk ; fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose another one.</source>
        <translation>La sauvegarde {path} est elle aussi endommagée ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : {reason}</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Annual report to the council</source>
        <translation>Rapport annuel au conseil municipal</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Fiche projet</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>État budgétaire</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>Side by side, in two columns</source>
        <translation>Côte à côte, sur deux colonnes</translation>
    </message>
    <message>
        <source>One after the other</source>
        <translation>L&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Seco&amp;nd language:</source>
        <translation>&amp;Deuxième langue :</translation>
    </message>
    <message>
        <source>Two languages:</source>
        <translation>Deux langues :</translation>
    </message>
    <message>
        <source>None (one language only)</source>
        <translation>Aucune (une seule langue)</translation>
    </message>
    <message>
        <source>Choose the project of the project sheet.</source>
        <translation>Choisissez le projet de la fiche projet.</translation>
    </message>
    <message>
        <source>Choose a project…</source>
        <translation>Choisissez un projet…</translation>
    </message>
    <message>
        <source>All projects (the whole commune)</source>
        <translation>Tous les projets (toute la commune)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Choose a report on the left and click “Generate”: its pages appear here.</source>
        <translation>Choisissez un rapport à gauche et cliquez sur « Générer » : ses pages s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n page(s)</source>
        <translation>
            <numerusform>{title} — %n page</numerusform>
            <numerusform>{title} — %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>A PDF for the council, the partners and the co-financers, in one or two languages.</source>
        <translation>Un PDF pour le conseil municipal, les partenaires et les cofinanceurs, en une ou deux langues.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Annulé : aucun rapport n&apos;a été produit.</translation>
    </message>
    <message numerus="yes">
        <source>The report is ready: %n page(s).</source>
        <translation>
            <numerusform>Le rapport est prêt : %n page.</numerusform>
            <numerusform>Le rapport est prêt : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was made but cannot be shown.</source>
        <translation>Le rapport a été produit mais ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>The report could not be made: {message}</source>
        <translation>Le rapport n&apos;a pas pu être produit : {message}</translation>
    </message>
    <message>
        <source>{report} {code}, {year} ({languages})</source>
        <translation>{report} {code}, {year} ({languages})</translation>
    </message>
    <message>
        <source>{report}, {year} ({languages})</source>
        <translation>{report}, {year} ({languages})</translation>
    </message>
    <message>
        <source>annual-report</source>
        <translation>rapport-annuel</translation>
    </message>
    <message>
        <source>project-sheet</source>
        <translation>fiche-projet</translation>
    </message>
    <message>
        <source>budget-statement</source>
        <translation>etat-budgetaire</translation>
    </message>
    <message>
        <source>exchanges-log</source>
        <translation>journal-des-echanges</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {reason}. Nothing was written.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans {path} : {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>Rapport non imprimé</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être lancée. Vérifiez qu&apos;elle est allumée et connectée, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionReminder</name>
    <message>
        <source>Open Tools ▸ Personal data ▸ Retention</source>
        <translation>Ouvrir Outils ▸ Données personnelles ▸ Durée de conservation</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Keep participants&apos; names for</source>
        <translation>Conserver les noms des participants pendant</translation>
    </message>
    <message>
        <source> years</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Change the period</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Anonymise these…</source>
        <translation>Anonymiser ces personnes…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise these %n participant(s)? Their names, roles and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</source>
        <translation>
            <numerusform>Anonymiser %n participant ? Son nom, sa fonction et son consentement sont retirés de la base de données et de son historique ; les effectifs par sexe et par tranche d&apos;âge sont conservés pour les statistiques. Cette opération est définitive, même Annuler ne peut pas la défaire.</numerusform>
            <numerusform>Anonymiser ces %n participants ? Leurs noms, fonctions et consentements sont retirés de la base de données et de son historique ; les effectifs par sexe et par tranche d&apos;âge sont conservés pour les statistiques. Cette opération est définitive, même Annuler ne peut pas la défaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymiser des participants</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Edit risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>A person or a service</source>
        <translation>Une personne ou un service</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter le risque</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>{score} — {level}</source>
        <translation>{score} — {level}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Provides funds to the project.</source>
        <translation>Apporte des fonds au projet.</translation>
    </message>
    <message>
        <source>Answers for the project and its results (often the town council).</source>
        <translation>Répond du projet et de ses résultats (souvent la commune).</translation>
    </message>
    <message>
        <source>Manages the budget and steers the project for the funders.</source>
        <translation>Gère le budget et pilote le projet pour le compte des financeurs.</translation>
    </message>
    <message>
        <source>Carries out the work on the ground.</source>
        <translation>Réalise les actions sur le terrain.</translation>
    </message>
    <message>
        <source>Roles in the project</source>
        <translation>Rôles dans le projet</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Choisissez un organisme dans la liste.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Cochez au moins un rôle.</translation>
    </message>
    <message>
        <source>Add {name} to the project</source>
        <translation>Ajouter {name} au projet</translation>
    </message>
    <message>
        <source>Change the roles of {name}</source>
        <translation>Modifier les rôles de {name}</translation>
    </message>
</context>
<context>
    <name>RowsEdit</name>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>SDGs</name>
    <message>
        <source>No poverty</source>
        <translation>Pas de pauvreté</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Faim « zéro »</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Bonne santé et bien-être</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Éducation de qualité</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité entre les sexes</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Eau propre et assainissement</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Énergie propre et d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Travail décent et croissance économique</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, innovation et infrastructure</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Inégalités réduites</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Villes et communautés durables</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consommation et production responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vie aquatique</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vie terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paix, justice et institutions efficaces</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partenariats pour la réalisation des objectifs</translation>
    </message>
</context>
<context>
    <name>SdgBadge</name>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
</context>
<context>
    <name>SectorPicker</name>
    <message>
        <source>Expert: choose any DAC code</source>
        <translation>Expert : choisir n&apos;importe quel code CAD</translation>
    </message>
    <message>
        <source>Search by code or words, e.g. 140 or drinking</source>
        <translation>Rechercher par code ou par mots, p. ex. 140 ou potable</translation>
    </message>
    <message>
        <source>No DAC sector</source>
        <translation>Aucun secteur CAD</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to CoopDesk</source>
        <translation>Bienvenue dans CoopDesk</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>La base de données {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Créer une nouvelle base de données…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Choose, then press Finish.</source>
        <translation>Choisissez, puis cliquez sur Terminer.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base vide</translation>
    </message>
    <message>
        <source>Load the demo</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <source>Enter your partners, partnerships and projects yourself, step by step.</source>
        <translation>Saisissez vous-même vos partenaires, partenariats et projets, pas à pas.</translation>
    </message>
    <message>
        <source>A fictional commune&apos;s partners, partnerships, projects, exchanges, budgets and indicators, to explore CoopDesk and try the reports. Your municipality&apos;s settings are kept. Better in a separate database file than in your real one.</source>
        <translation>Les partenaires, partenariats, projets, échanges, budgets et indicateurs d&apos;une commune fictive, pour découvrir CoopDesk et essayer les rapports. Les paramètres de votre commune sont conservés. Plutôt dans un fichier de base à part que dans votre vraie base.</translation>
    </message>
    <message>
        <source>Your partners, contacts, exchanges, transactions or indicator measurements from an Excel workbook or a CSV file: the import opens after Finish.</source>
        <translation>Vos partenaires, contacts, échanges, opérations ou mesures d&apos;indicateurs depuis un classeur Excel ou un fichier CSV : l&apos;import s&apos;ouvre après Terminer.</translation>
    </message>
    <message>
        <source>The demo can only be loaded into an empty database.</source>
        <translation>La démonstration ne peut être chargée que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This database is in a folder synchronised by {provider} ({where}). Sync tools copy a database while it is being written and create conflicted copies, which loses changes or damages the file. Keep the database in a local folder and use CoopDesk&apos;s backups to copy it to the cloud.</source>
        <translation>Cette base se trouve dans un dossier synchronisé par {provider} ({where}). Les outils de synchronisation copient une base pendant qu&apos;elle est écrite et créent des copies en conflit, ce qui perd des modifications ou endommage le fichier. Gardez la base dans un dossier local et utilisez les sauvegardes de CoopDesk pour la copier dans le cloud.</translation>
    </message>
    <message>
        <source>This database is on a network share ({where}, {provider}). File locking over the network is unreliable: two computers can write at once and damage the file, and a dropped connection can cut a write in half. Keep the database on this computer and copy backups to the share.</source>
        <translation>Cette base se trouve sur un partage réseau ({where}, {provider}). Le verrouillage des fichiers en réseau n&apos;est pas fiable : deux ordinateurs peuvent écrire en même temps et endommager le fichier, et une coupure de connexion peut interrompre une écriture. Gardez la base sur cet ordinateur et copiez les sauvegardes sur le partage.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Nothing was changed in the database. Free some space on the disk, then try again.</source>
        <translation>Non enregistré : le disque est plein. Rien n&apos;a été modifié dans la base de données. Libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Not saved: the database file or its disk is read-only (a locked USB stick, a CD, a file without write permission). Nothing was changed in the database.</source>
        <translation>Non enregistré : le fichier de la base de données ou son disque est en lecture seule (clé USB verrouillée, CD, fichier sans droit d&apos;écriture). Rien n&apos;a été modifié dans la base de données.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported a read or write error (a removed USB stick, a dropped network drive). Nothing was changed in the database; check the disk, then try again.</source>
        <translation>Non enregistré : le disque a signalé une erreur de lecture ou d&apos;écriture (clé USB retirée, lecteur réseau déconnecté). Rien n&apos;a été modifié dans la base de données ; vérifiez le disque, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Water and sanitation</source>
        <translation>Eau et assainissement</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Déchets et économie circulaire</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Éducation et jeunesse</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Gouvernance locale</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Développement économique et tourisme</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agriculture et alimentation</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Droits humains et citoyenneté</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>{year}: %n exchange(s)</source>
        <translation>
            <numerusform>{year} : %n échange</numerusform>
            <numerusform>{year} : %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange in {year}.</source>
        <translation>Aucun échange en {year}.</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <source>Edit transaction</source>
        <translation>Modifier l&apos;opération</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>Nouvelle opération</translation>
    </message>
    <message>
        <source>Payee of an expense, payer of income</source>
        <translation>Bénéficiaire d&apos;une dépense, payeur d&apos;une recette</translation>
    </message>
    <message>
        <source>e.g. Mandat 2026-0042</source>
        <translation>p. ex. Mandat 2026-0042</translation>
    </message>
    <message>
        <source>e.g. 6251</source>
        <translation>p. ex. 6251</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Rate to the euro</source>
        <translation>Taux pour un euro</translation>
    </message>
    <message>
        <source>Date of the rate</source>
        <translation>Date du taux</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Bénéficiaire ou payeur</translation>
    </message>
    <message>
        <source>Accounting reference</source>
        <translation>Référence comptable</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Imputation comptable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add transaction</source>
        <translation>Ajouter l&apos;opération</translation>
    </message>
    <message>
        <source>fixed parity {rate}</source>
        <translation>parité fixe : {rate}</translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>no rate</source>
        <translation>sans taux</translation>
    </message>
    <message>
        <source>In euros</source>
        <translation>En euros</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Bénéficiaire ou payeur</translation>
    </message>
    <message>
        <source>Accounting ref.</source>
        <translation>Réf. comptable</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Justificatifs</translation>
    </message>
</context>
<context>
    <name>TransactionsSection</name>
    <message>
        <source>Search payee, reference, line…</source>
        <translation>Rechercher un bénéficiaire, une référence, une ligne…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Receipts of “{name}”</source>
        <translation>Justificatifs de « {name} »</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <source>Check database…</source>
        <translation>Vérifier la base de données…</translation>
    </message>
    <message>
        <source>Look for damage and inconsistencies in the database file</source>
        <translation>Rechercher les dommages et les incohérences dans le fichier de la base de données</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Données personnelles…</translation>
    </message>
    <message>
        <source>Find, export or erase what CoopDesk holds about a person</source>
        <translation>Rechercher, exporter ou effacer ce que CoopDesk conserve sur une personne</translation>
    </message>
    <message>
        <source>Restored {file} from {backup}; the damaged file was kept as {aside}.</source>
        <translation>{file} a été restauré depuis {backup} ; le fichier endommagé a été conservé sous {aside}.</translation>
    </message>
</context>
<context>
    <name>UpcomingTile</name>
    <message>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Overdue since {date} — {title} ({detail})</source>
        <translation>En retard depuis le {date} — {title} ({detail})</translation>
    </message>
    <message>
        <source>{date} — {title} ({detail})</source>
        <translation>{date} — {title} ({detail})</translation>
    </message>
    <message>
        <source>Nothing due in the next three months.</source>
        <translation>Aucune échéance dans les trois prochains mois.</translation>
    </message>
    <message>
        <source>An agreement to renew</source>
        <translation>Une convention à renouveler</translation>
    </message>
    <message>
        <source>A measurement due</source>
        <translation>Une mesure attendue</translation>
    </message>
    <message>
        <source>An exchange planned</source>
        <translation>Un échange prévu</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n caractère au maximum.</numerusform>
            <numerusform>%n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Cette adresse web n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>Enter the name in at least one language.</source>
        <translation>Saisissez le nom dans au moins une langue.</translation>
    </message>
    <message>
        <source>Choose languages from the list.</source>
        <translation>Choisissez des langues dans la liste.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to {max}.</source>
        <translation>Une note va de 1 à {max}.</translation>
    </message>
    <message>
        <source>Choose a scale of {min} to {max} points.</source>
        <translation>Choisissez une échelle de {min} à {max} points.</translation>
    </message>
    <message>
        <source>Enter the date of the baseline.</source>
        <translation>Saisissez la date de la situation de référence.</translation>
    </message>
    <message>
        <source>Enter the date of the target.</source>
        <translation>Saisissez la date de la cible.</translation>
    </message>
    <message>
        <source>The target must differ from the baseline.</source>
        <translation>La cible doit être différente de la valeur de référence.</translation>
    </message>
    <message>
        <source>When higher is better, the target must be above the baseline.</source>
        <translation>Quand une valeur plus haute est meilleure, la cible doit dépasser la valeur de référence.</translation>
    </message>
    <message>
        <source>When lower is better, the target must be below the baseline.</source>
        <translation>Quand une valeur plus basse est meilleure, la cible doit être inférieure à la valeur de référence.</translation>
    </message>
    <message>
        <source>The target date must be after the baseline date.</source>
        <translation>La date de la cible doit suivre la date de référence.</translation>
    </message>
    <message>
        <source>The end of the period must be on or after its start.</source>
        <translation>La fin de la période doit être le jour de son début ou après.</translation>
    </message>
    <message>
        <source>An intermediate target must fall between the baseline date and the target date.</source>
        <translation>Une cible intermédiaire doit se situer entre la date de référence et la date de la cible.</translation>
    </message>
    <message>
        <source>Intermediate targets cannot overlap.</source>
        <translation>Les cibles intermédiaires ne peuvent pas se chevaucher.</translation>
    </message>
    <message>
        <source>A computed indicator is quantitative.</source>
        <translation>Un indicateur calculé est quantitatif.</translation>
    </message>
    <message>
        <source>The planned end must be on or after the planned start.</source>
        <translation>La fin prévue doit être égale ou postérieure au début prévu.</translation>
    </message>
    <message>
        <source>An actual end date needs an actual start date.</source>
        <translation>Une date de fin réelle demande une date de début réelle.</translation>
    </message>
    <message>
        <source>The actual start cannot be in the future.</source>
        <translation>Le début réel ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The actual end cannot be in the future.</source>
        <translation>La fin réelle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The actual end must be on or after the actual start.</source>
        <translation>La fin réelle doit être égale ou postérieure au début réel.</translation>
    </message>
    <message>
        <source>Enter the actual end date of a closed project.</source>
        <translation>Indiquez la date de fin réelle d&apos;un projet clôturé.</translation>
    </message>
    <message>
        <source>Choose the APD channel from the list: direct, through an association or NGO, or through a multilateral organisation.</source>
        <translation>Choisissez le canal APD dans la liste : direct, par une association ou une ONG, ou par une organisation multilatérale.</translation>
    </message>
    <message>
        <source>Give each policy marker a score of 0, 1 or 2.</source>
        <translation>Notez chaque marqueur OCDE 0, 1 ou 2.</translation>
    </message>
    <message>
        <source>{marker} is not an OECD policy marker.</source>
        <translation>{marker} n&apos;est pas un marqueur de l&apos;OCDE.</translation>
    </message>
    <message>
        <source>Score the policy marker {marker} 0 (not targeted), 1 (significant objective) or 2 (principal objective).</source>
        <translation>Notez le marqueur {marker} 0 (non ciblé), 1 (objectif significatif) ou 2 (objectif principal).</translation>
    </message>
    <message>
        <source>Choose a theme from the list.</source>
        <translation>Choisissez une thématique dans la liste.</translation>
    </message>
    <message>
        <source>Choose a DAC sector from the list.</source>
        <translation>Choisissez un secteur CAD dans la liste.</translation>
    </message>
    <message>
        <source>Choose the goals from the list.</source>
        <translation>Choisissez les objectifs dans la liste.</translation>
    </message>
    <message>
        <source>Another project already has the code {code}.</source>
        <translation>Un autre projet porte déjà le code {code}.</translation>
    </message>
    <message>
        <source>The evaluation date cannot be in the future.</source>
        <translation>La date de l&apos;évaluation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>A score goes from {min} to {max}.</source>
        <translation>Une note va de {min} à {max}.</translation>
    </message>
    <message>
        <source>Give a score to the criterion you comment on.</source>
        <translation>Notez le critère que vous commentez.</translation>
    </message>
    <message>
        <source>Score at least one criterion.</source>
        <translation>Notez au moins un critère.</translation>
    </message>
    <message>
        <source>This file is too large: the limit is {limit} MB.</source>
        <translation>Ce fichier est trop volumineux : la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}</source>
        <translation>Ce fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>This file cannot be written: {reason}</source>
        <translation>Ce fichier ne peut pas être écrit : {reason}</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Choisissez un partenaire dans la liste.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <source>Enter the date consent was given.</source>
        <translation>Indiquez la date à laquelle le consentement a été donné.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>La date de consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Mark consent as given, or clear the consent date.</source>
        <translation>Cochez « consentement donné » ou effacez la date de consentement.</translation>
    </message>
    <message>
        <source>A remote meeting has the direction Remote.</source>
        <translation>Une réunion à distance a le sens « À distance ».</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Indiquez la date de début.</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>La date de fin doit être égale ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>Choose at least one partner.</source>
        <translation>Choisissez au moins un partenaire.</translation>
    </message>
    <message>
        <source>Choose partners from the list.</source>
        <translation>Choisissez les partenaires dans la liste.</translation>
    </message>
    <message>
        <source>Choose a project from the list.</source>
        <translation>Choisissez un projet dans la liste.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s first or last name.</source>
        <translation>Indiquez le prénom ou le nom de la personne.</translation>
    </message>
    <message>
        <source>A person aged 17 or under is a minor.</source>
        <translation>Une personne de 17 ans ou moins est mineure.</translation>
    </message>
    <message>
        <source>A minor is in the 0-11 or 12-17 age group.</source>
        <translation>Un mineur appartient à la tranche 0-11 ou 12-17 ans.</translation>
    </message>
    <message>
        <source>A minor needs the consent of a parent or guardian, with its date.</source>
        <translation>Un mineur a besoin du consentement d&apos;un parent ou tuteur, avec sa date.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>A number of participants cannot be negative.</source>
        <translation>Un nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This sex and age group is already counted.</source>
        <translation>Ce sexe et cette tranche d&apos;âge sont déjà comptés.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Saisissez l&apos;intitulé dans au moins une langue.</translation>
    </message>
    <message>
        <source>Choose the title&apos;s languages from the list.</source>
        <translation>Choisissez les langues de l&apos;intitulé dans la liste.</translation>
    </message>
    <message>
        <source>The signature date of an active partnership cannot be in the future.</source>
        <translation>La date de signature d&apos;un partenariat en vigueur ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The end of validity must be after the signature date.</source>
        <translation>La fin de validité doit être postérieure à la date de signature.</translation>
    </message>
    <message>
        <source>Enter the date of the council deliberation.</source>
        <translation>Indiquez la date de la délibération du conseil.</translation>
    </message>
    <message>
        <source>Enter the number of the council deliberation.</source>
        <translation>Indiquez le numéro de la délibération du conseil.</translation>
    </message>
    <message>
        <source>The deliberation date cannot be in the future.</source>
        <translation>La date de délibération ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Indiquez la date de la visite.</translation>
    </message>
    <message>
        <source>A visit can be logged only once it has taken place.</source>
        <translation>Une visite ne peut être saisie qu&apos;une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>A photo is no longer stored: add it again.</source>
        <translation>Une photo n&apos;est plus enregistrée : ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>The office has detailed the participants of this visit: ask them to change them.</source>
        <translation>La mairie a détaillé les participants de cette visite : demandez-lui de les modifier.</translation>
    </message>
    <message>
        <source>Enter a year between {first} and {last}.</source>
        <translation>Saisissez une année entre {first} et {last}.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Choisissez une devise dans la liste.</translation>
    </message>
    <message>
        <source>Budgets are kept in euros or in a currency with a fixed parity to the euro (such as XOF or XAF).</source>
        <translation>Les budgets sont tenus en euros ou dans une devise à parité fixe avec l&apos;euro (comme XOF ou XAF).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>This amount is too large: it is worth more than one billion euros.</source>
        <translation>Ce montant est trop grand : il vaut plus d&apos;un milliard d&apos;euros.</translation>
    </message>
    <message>
        <source>This date is before the start of the project ({date}); change the project&apos;s dates first if it started earlier.</source>
        <translation>Cette date est antérieure au début du projet ({date}) ; modifiez d&apos;abord les dates du projet s&apos;il a commencé plus tôt.</translation>
    </message>
    <message>
        <source>This date is after the end of the project ({date}); change the project&apos;s dates first if it ran longer.</source>
        <translation>Cette date est postérieure à la fin du projet ({date}) ; modifiez d&apos;abord les dates du projet s&apos;il a duré plus longtemps.</translation>
    </message>
    <message>
        <source>The received amount must be in the currency of the committed one.</source>
        <translation>Le montant perçu doit être dans la devise du montant engagé.</translation>
    </message>
    <message>
        <source>The cap must be more than 0 % and at most 100 %.</source>
        <translation>Le plafond doit être supérieur à 0 % et d&apos;au plus 100 %.</translation>
    </message>
    <message>
        <source>Another indicator of this project already has the code {code}.</source>
        <translation>Un autre indicateur de ce projet a déjà le code {code}.</translation>
    </message>
    <message>
        <source>The kind cannot change once the indicator has measurements.</source>
        <translation>Le type ne peut plus changer une fois l&apos;indicateur mesuré.</translation>
    </message>
    <message>
        <source>An indicator with typed measurements cannot become computed.</source>
        <translation>Un indicateur dont les mesures ont été saisies ne peut pas devenir calculé.</translation>
    </message>
    <message>
        <source>Some measurements have a rating above {max}.</source>
        <translation>Des mesures ont une note supérieure à {max}.</translation>
    </message>
    <message>
        <source>A measurement outside the project&apos;s dates cannot be recorded: the project runs from {start} to {end}.</source>
        <translation>Une mesure hors des dates du projet ne peut pas être enregistrée : le projet se déroule du {start} au {end}.</translation>
    </message>
    <message>
        <source>The values of a computed indicator come from the database and cannot be typed.</source>
        <translation>Les valeurs d&apos;un indicateur calculé viennent de la base de données et ne se saisissent pas.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to {max}.</source>
        <translation>Choisissez une note de 1 à {max}.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>Saisissez la valeur.</translation>
    </message>
    <message>
        <source>This indicator has no such breakdown.</source>
        <translation>Cet indicateur n&apos;a pas cette ventilation.</translation>
    </message>
    <message>
        <source>This period already has a measurement.</source>
        <translation>Cette période a déjà une mesure.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>Enter an amount such as {example}.</source>
        <translation>Saisissez un montant comme {example}.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop grand.</translation>
    </message>
    <message>
        <source>Amounts in {currency} have no decimals: enter for example {example}.</source>
        <translation>Les montants en {currency} n&apos;ont pas de décimales : saisissez par exemple {example}.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in {currency} have at most %n decimal(s).</source>
        <translation>
            <numerusform>Les montants en {currency} ont au plus %n décimale.</numerusform>
            <numerusform>Les montants en {currency} ont au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a rate such as {example}.</source>
        <translation>Saisissez un taux comme {example}.</translation>
    </message>
    <message>
        <source>The rate must be greater than zero.</source>
        <translation>Le taux doit être supérieur à zéro.</translation>
    </message>
    <message numerus="yes">
        <source>A rate has at most %n decimal(s).</source>
        <translation>
            <numerusform>Un taux a au plus %n décimale.</numerusform>
            <numerusform>Un taux a au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a percentage between {low} and {high}.</source>
        <translation>Saisissez un pourcentage entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Enter a number, for example {example}.</source>
        <translation>Saisissez un nombre, par exemple {example}.</translation>
    </message>
    <message>
        <source>Enter a number of years between 1 and 100.</source>
        <translation>Saisissez un nombre d&apos;années entre 1 et 100.</translation>
    </message>
    <message>
        <source>Enter the rate to the euro for {currency}.</source>
        <translation>Saisissez le taux de {currency} pour un euro.</translation>
    </message>
    <message>
        <source>Enter the date of the rate.</source>
        <translation>Saisissez la date du taux.</translation>
    </message>
    <message>
        <source>This budget line belongs to another project.</source>
        <translation>Cette ligne budgétaire appartient à un autre projet.</translation>
    </message>
    <message>
        <source>Income is booked against a funding source, not on a budget line.</source>
        <translation>Une recette se rattache à une source de financement, pas à une ligne budgétaire.</translation>
    </message>
    <message>
        <source>This funding source belongs to another project.</source>
        <translation>Cette source de financement appartient à un autre projet.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Saisissez la date.</translation>
    </message>
    <message>
        <source>An INSEE code has 5 characters: 5 digits, or 2A or 2B and 3 digits in Corsica.</source>
        <translation>Un code INSEE a 5 caractères : 5 chiffres, ou 2A ou 2B et 3 chiffres en Corse.</translation>
    </message>
    <message>
        <source>Choose one or two languages for the reports.</source>
        <translation>Choisissez une ou deux langues pour les rapports.</translation>
    </message>
    <message>
        <source>Give the full path of the backup folder, from the drive or the root.</source>
        <translation>Indiquez le chemin complet du dossier de sauvegarde, depuis le lecteur ou la racine.</translation>
    </message>
    <message>
        <source>This path is a file, not a folder.</source>
        <translation>Ce chemin est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The logo is too large: the limit is {limit} MB.</source>
        <translation>Le logo est trop volumineux : la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>VisitLogDialog</name>
    <message>
        <source>Edit a visit</source>
        <translation>Modifier une visite</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Saisir une visite</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>What happened, who you met, what comes next</source>
        <translation>Ce qui s&apos;est passé, qui vous avez rencontré, la suite prévue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Edit visit</source>
        <translation>Modifier la visite</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>Volunteer</name>
    <message>
        <source>{kind} — {partner}</source>
        <translation>{kind} — {partner}</translation>
    </message>
</context>
<context>
    <name>VolunteerName</name>
    <message>
        <source>CoopDesk — volunteer mode</source>
        <translation>CoopDesk — mode bénévole</translation>
    </message>
    <message>
        <source>Your name (it is kept with the visits you log, so that only you can change them):</source>
        <translation>Votre nom (il est conservé avec les visites que vous saisissez, pour que personne d&apos;autre que vous ne puisse les modifier) :</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message numerus="yes">
        <source>%n warning(s) to look at</source>
        <translation>
            <numerusform>%n alerte à examiner</numerusform>
            <numerusform>%n alertes à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearComboBox</name>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
</TS>
