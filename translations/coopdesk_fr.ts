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
        <source>Font: DejaVu Sans (DejaVu fonts licence, free).</source>
        <translation>Police : DejaVu Sans (licence libre des polices DejaVu).</translation>
    </message>
    <message>
        <source>Codelists: IATI Standard, published by IATI under the CC BY 4.0 licence.</source>
        <translation>Listes de codes : IATI Standard, publiées par l&apos;IATI sous licence CC BY 4.0.</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>À propos de CoopDesk</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
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
    <name>Check</name>
    <message>
        <source>The schema is at revision {rev}; it will be upgraded to {head} on open.</source>
        <translation>Le schéma est à la révision {rev} ; il sera mis à niveau vers {head} à l&apos;ouverture.</translation>
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
        <source>coopdesk: interrupted; nothing was changed.</source>
        <translation>coopdesk : interrompu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
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
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Add document {name}</source>
        <translation>Ajouter le document {name}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
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
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
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
        <source>Choose languages from the list.</source>
        <translation>Choisissez des langues dans la liste.</translation>
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
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
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
</context>
<context>
    <name>Volunteer</name>
    <message>
        <source>{kind} — {partner}</source>
        <translation>{kind} — {partner}</translation>
    </message>
</context>
</TS>
