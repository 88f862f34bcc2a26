<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Coopération décentralisée et jumelages</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Rapport annuel au conseil municipal — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Établi le {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>L&apos;année en bref</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Rien n&apos;a été enregistré pour {year} : aucun partenariat en vigueur, aucun projet, aucun échange et aucun budget.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Rapport annuel {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Coopération décentralisée et jumelages — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>Ce rapport présente au conseil municipal les partenariats, les projets, les échanges et le budget de l&apos;action internationale de la commune en {year}, ainsi que les perspectives pour l&apos;année suivante.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Partenariats en vigueur</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Projets en cours</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Échanges réalisés</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budget prévu</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Taux d&apos;exécution (dépensé ÷ prévu)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Financements accordés</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Part des cofinancements (hors budget propre)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Aucun partenariat en vigueur.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Projets et état d&apos;avancement</translation>
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
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Aucun projet cette année.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Aucun échange cette année.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Échanges et participants</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Échanges par type et par sens</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Participants par sexe et tranche d&apos;âge</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Liste des échanges</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>État budgétaire</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Montants en euros. Prévu : les lignes budgétaires de l&apos;année ; engagé : les engagements ; dépensé : les dépenses payées.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Budget par projet</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Aucun budget pour cette année.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Sources de financement et parts</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>État des indicateurs des projets de l&apos;année au {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>Aucun budget n&apos;a été enregistré pour {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Ensemble des projets de la commune — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>État budgétaire {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Trajectoire attendue</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Progression attendue</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Langue de rapport inconnue « {code} » ; choisissez parmi : {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Choisissez une ou deux langues de rapport.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>La langue « {code} » a été indiquée deux fois.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Type de rapport inconnu « {kind} » ; choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Mise en page inconnue « {layout} » ; choisissez parmi : {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Choisissez une année entre {first} et {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Choisissez le projet par son code (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Aucun projet n&apos;a le code « {code} ».</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>Le rapport ne peut pas être écrit dans {path} : {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Journal des échanges</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Visites, missions et événements de {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Échanges de {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>Aucun échange n&apos;a été enregistré pour {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Les participants sont comptés, jamais nommés : les personnes inscrites et les effectifs par sexe et tranche d&apos;âge sont additionnés.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Journal des échanges {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lecture des données…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Rapport écrit : {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>La progression est l&apos;évolution depuis la valeur de référence divisée par l&apos;évolution visée par la cible : 0 % à la valeur de référence, 100 % lorsque la cible est atteinte.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Un indicateur est en bonne voie lorsque sa progression est au plus {on_track} points en dessous de la progression attendue, à risque lorsqu&apos;elle l&apos;est d&apos;au plus {at_risk} points, et en retard au-delà.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Aucun indicateur.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
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
        <source>Suspended</source>
        <translation>Suspendu</translation>
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
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Opérateur</translation>
    </message>
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
        <translation>Service de l&apos;État</translation>
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
        <translation>Projet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
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
        <source>Women and girls</source>
        <translation>Femmes et filles</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Hommes et garçons</translation>
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
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
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
        <translation>En nature</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Pas encore de mesure</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Référence ou cible manquante</translation>
    </message>
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
        <source>Unsatisfactory</source>
        <translation>Insatisfaisant</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Partiellement satisfaisant</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Très satisfaisant</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Lignes budgétaires dépassées</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Budgets de projet dépassés</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Financements au-delà du plafond du financeur</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Financements reçus au-delà du montant accordé</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Opérations écartées : pas de taux de change en euros</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>Plafond du 1 % eau dépassé</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Budget de l&apos;eau de la commune non renseigné</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Non affecté à une ligne budgétaire</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Fait à {place}, le {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Perspectives pour {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Financements accordés</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Aucun budget saisi pour l&apos;instant pour cette année.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Échanges prévus</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Aucun échange prévu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Accords à renouveler</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Aucun accord n&apos;expire avant la fin de cette année.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target} : traduction manquante]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
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
        <source>Score</source>
        <translation>Note</translation>
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
        <source>No risk recorded.</source>
        <translation>Aucun risque enregistré.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Note : probabilité × impact, de 1 (faible) à 9 (élevé).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Pas encore d&apos;évaluation.</translation>
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
        <source>Average score (1 to 4)</source>
        <translation>Note moyenne (1 à 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Enseignements de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Fiche projet</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Situation au {date} ; exercice budgétaire {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Aucun échange pour ce projet.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Fiche projet {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>Secteur CAD de l&apos;OCDE</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Dates prévues</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Dates réelles</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Présentation</translation>
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
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partenaires et rôles</translation>
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
        <source>No participating organisation.</source>
        <translation>Aucun organisme participant.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Rattaché à aucun partenariat.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Toutes les années du projet, en euros.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financements reçus</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Aucun budget enregistré.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Lignes budgétaires {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Financements {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>État des indicateurs au {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Taux d&apos;exécution</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Dépenses engagées</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Reste (prévu − dépensé)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Recettes comptabilisées</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Aucun financement enregistré.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Aucune ligne budgétaire pour cette année.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>Plafond du 1 % eau : le budget de l&apos;eau de la commune n&apos;est pas renseigné, le plafond ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>Plafond du 1 % eau dépassé : {own} de fonds propres de la commune pour la coopération dans le domaine de l&apos;eau, au-delà du plafond de {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>Plafond du 1 % eau respecté : {own} de fonds propres de la commune pour la coopération dans le domaine de l&apos;eau, dans la limite du plafond de {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Point d&apos;attention</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Aucun point d&apos;attention.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n accord de partenariat en vigueur au cours de l&apos;année.</numerusform>
            <numerusform>%n accords de partenariat en vigueur au cours de l&apos;année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n projet en cours au cours de l&apos;année.</numerusform>
            <numerusform>%n projets en cours au cours de l&apos;année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n échange a débuté au cours de l&apos;année.</numerusform>
            <numerusform>%n échanges ont débuté au cours de l&apos;année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>L&apos;échange de l&apos;année figure dans le journal des échanges.</numerusform>
            <numerusform>Les %n échanges de l&apos;année figurent dans le journal des échanges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n échange déjà prévu.</numerusform>
            <numerusform>%n échanges déjà prévus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n mesure.</numerusform>
            <numerusform>%n mesures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Parmi eux, %n mineur (17 ans ou moins).</numerusform>
            <numerusform>Parmi eux, %n mineurs (17 ans ou moins).</numerusform>
        </translation>
    </message>
</context>
</TS>
