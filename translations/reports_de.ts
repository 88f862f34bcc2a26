<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Dezentrale Zusammenarbeit und Städtepartnerschaften</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Jahresbericht an den Gemeinderat — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Das Jahr im Überblick</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Für {year} wurde nichts erfasst: keine gültige Partnerschaft, kein Projekt, kein Austausch und kein Haushalt.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Jahresbericht {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Dezentrale Zusammenarbeit und Städtepartnerschaften — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>Dieser Bericht legt dem Gemeinderat die Partnerschaften, Projekte, Begegnungen und den Haushalt der internationalen Zusammenarbeit der Gemeinde im Jahr {year} sowie den Ausblick auf das folgende Jahr vor.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Gültige Partnerschaften</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Laufende Projekte</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Durchgeführte Begegnungen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Geplanter Haushalt</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Ausführungsquote (ausgegeben ÷ geplant)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Zugesagte Fördermittel</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Anteil der Kofinanzierung (ohne Eigenmittel)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Ratsbeschluss</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Keine gültige Partnerschaft.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Projekte und ihr Stand</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Themenbereich</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Kein Projekt in diesem Jahr.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Keine Begegnung in diesem Jahr.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Begegnungen und Teilnehmende</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Begegnungen nach Art und Richtung</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Teilnehmende nach Geschlecht und Altersgruppe</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Liste der Begegnungen</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Haushaltsübersicht</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Beträge in Euro. Geplant: die Haushaltsansätze des Jahres; gebunden: die eingegangenen Verpflichtungen; ausgegeben: die geleisteten Ausgaben.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Haushalt nach Projekt</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Kein Haushalt für dieses Jahr.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Finanzierungsquellen und Anteile</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Stand der Indikatoren der Projekte des Jahres am {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>Für {year} wurde kein Haushalt erfasst.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Alle Projekte der Gemeinde — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Haushaltsübersicht {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Haushaltsposten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Erwarteter Verlauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Erwarteter Fortschritt</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Unbekannte Berichtssprache „{code}“; wählen Sie aus: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Wählen Sie eine oder zwei Berichtssprachen.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>Die Sprache „{code}“ wurde zweimal angegeben.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Unbekannte Berichtsart „{kind}“; wählen Sie aus: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Unbekanntes Layout „{layout}“; wählen Sie aus: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Wählen Sie ein Jahr zwischen {first} und {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Wählen Sie das Projekt über seinen Code (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Kein Projekt hat den Code „{code}“.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>Der Bericht kann nicht nach {path} geschrieben werden: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Begegnungsprotokoll</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Besuche, Dienstreisen und Veranstaltungen {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Begegnungen {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>Für {year} wurde keine Begegnung erfasst.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Teilnehmende werden gezählt, nie namentlich genannt: erfasste Personen und Zahlen nach Geschlecht und Altersgruppe werden addiert.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Begegnungsprotokoll {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Daten werden gelesen …</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt …</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Bericht geschrieben: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>Der Fortschritt ist die Veränderung seit dem Ausgangswert geteilt durch die vom Zielwert verlangte Veränderung: 0 % beim Ausgangswert, 100 % bei Erreichen des Zielwerts.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Ein Indikator liegt im Plan, wenn sein Fortschritt höchstens {on_track} Punkte unter dem erwarteten Fortschritt liegt, ist gefährdet bei höchstens {at_risk} Punkten darunter und liegt darüber hinaus im Rückstand.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Kein Indikator.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identifizierung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Durchleitend</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Durchführend</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Gebietskörperschaft</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NRO</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Staatliche Stelle</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Internationale Organisation</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Partnerschaftsurkunde</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Vereinbarung über dezentrale Zusammenarbeit</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Freundschaftsvereinbarung</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Offizielle Delegation</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Schüleraustausch</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Jugendbegegnung</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Fach- oder Dienstreise</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Besuch von Ehrenamtlichen</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Kulturveranstaltung</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Sportveranstaltung</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Online-Treffen</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Entsendung</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Frauen und Mädchen</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Männer und Jungen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>0 bis 11 Jahre</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>12 bis 17 Jahre</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>18 bis 25 Jahre</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>26 bis 64 Jahre</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 Jahre und älter</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reisekosten</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Bauarbeiten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Öffentlichkeitsarbeit</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Sonstige Ausgaben</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Eigenmittel</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Zuschuss des Ministeriums (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Wasseragentur (1 % Wasser)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Privater Förderer</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Beitrag des Partners</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Sachleistungen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Noch keine Messung</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Ausgangs- oder Zielwert fehlt</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Wasser und Abwasser</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Abfall und Kreislaufwirtschaft</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Bildung und Jugend</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Lokale Verwaltung</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Wirtschaftsförderung und Tourismus</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Landwirtschaft und Ernährung</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Klima</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Menschenrechte und Bürgerbeteiligung</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Keine Armut</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Kein Hunger</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Gesundheit und Wohlergehen</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Hochwertige Bildung</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Geschlechtergleichheit</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Sauberes Wasser und Sanitäreinrichtungen</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Bezahlbare und saubere Energie</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Menschenwürdige Arbeit und Wirtschaftswachstum</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, Innovation und Infrastruktur</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Weniger Ungleichheiten</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Nachhaltige Städte und Gemeinden</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Nachhaltige/r Konsum und Produktion</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Maßnahmen zum Klimaschutz</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Leben unter Wasser</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Leben an Land</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Frieden, Gerechtigkeit und starke Institutionen</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partnerschaften zur Erreichung der Ziele</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Kohärenz</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effektivität</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Nachhaltigkeit</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Unzureichend</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Teilweise zufriedenstellend</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Zufriedenstellend</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Sehr zufriedenstellend</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Überschrittene Haushaltsposten</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Überschrittene Projekthaushalte</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Förderung über der Obergrenze des Geldgebers</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Erhaltene Mittel über dem zugesagten Betrag</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Nicht berücksichtigte Buchungen: kein Wechselkurs zum Euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>1-%-Wasser-Obergrenze überschritten</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Wasserhaushalt der Gemeinde fehlt</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Keinem Haushaltsposten zugeordnet</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>{place}, den {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Ausblick auf {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Zugesagte Mittel</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Für dieses Jahr ist noch kein Haushalt erfasst.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Geplante Begegnungen</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Noch keine Begegnung geplant.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Zu erneuernde Vereinbarungen</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Keine Vereinbarung läuft vor Ende dieses Jahres ab.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: Übersetzung fehlt]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>Kein Risiko erfasst.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Punktzahl: Wahrscheinlichkeit × Auswirkung, von 1 (gering) bis 9 (hoch).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Noch keine Evaluierung.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluierende Stelle</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Durchschnittliche Bewertung (1 bis 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Erkenntnisse der Evaluierung</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Gewonnene Erkenntnisse</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Projektblatt</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Stand: {date}; Haushaltsjahr {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Keine Begegnung für dieses Projekt.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Projektblatt {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>OECD-DAC-Sektor</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Geplanter Zeitraum</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Tatsächlicher Zeitraum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Ziele für nachhaltige Entwicklung</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partner und Rollen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>Keine beteiligte Organisation.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Keiner Partnerschaft zugeordnet.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Alle Jahre des Projekts, in Euro.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Erhaltene Mittel</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Kein Haushalt erfasst.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Haushaltsposten {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Finanzierung {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Stand der Indikatoren am {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Ausführungsquote</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Gebundene Ausgaben</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Verbleibend (geplant − ausgegeben)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Gebuchte Einnahmen</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Keine Finanzierung erfasst.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Haushaltsposten</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Kein Haushaltsposten für dieses Jahr.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>1-%-Wasser-Obergrenze: Der Wasserhaushalt der Gemeinde ist nicht erfasst, daher kann die Obergrenze nicht geprüft werden.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>1-%-Wasser-Obergrenze überschritten: {own} Eigenmittel der Gemeinde für die Zusammenarbeit im Wasserbereich, über der Obergrenze von {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>1-%-Wasser-Obergrenze eingehalten: {own} Eigenmittel der Gemeinde für die Zusammenarbeit im Wasserbereich, innerhalb der Obergrenze von {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Keine Hinweise.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Begegnung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minderjährige</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n Partnerschaftsvereinbarung im Laufe des Jahres gültig.</numerusform>
            <numerusform>%n Partnerschaftsvereinbarungen im Laufe des Jahres gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n Projekt lief im Laufe des Jahres.</numerusform>
            <numerusform>%n Projekte liefen im Laufe des Jahres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n Begegnung begann im Laufe des Jahres.</numerusform>
            <numerusform>%n Begegnungen begannen im Laufe des Jahres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>Die Begegnung des Jahres ist im Begegnungsprotokoll aufgeführt.</numerusform>
            <numerusform>Die %n Begegnungen des Jahres sind im Begegnungsprotokoll aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n Begegnung bereits geplant.</numerusform>
            <numerusform>%n Begegnungen bereits geplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n Messung.</numerusform>
            <numerusform>%n Messungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Darunter %n minderjährige Person (17 Jahre oder jünger).</numerusform>
            <numerusform>Darunter %n Minderjährige (17 Jahre oder jünger).</numerusform>
        </translation>
    </message>
</context>
</TS>
