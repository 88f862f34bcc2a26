<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Cooperazione decentrata e gemellaggi</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Relazione annuale al Consiglio comunale — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Redatto il {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>L&apos;anno in sintesi</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Per il {year} non è stato registrato nulla: nessun partenariato in vigore, nessun progetto, nessuno scambio e nessun bilancio.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Relazione annuale {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Cooperazione decentrata e gemellaggi — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>La presente relazione illustra al Consiglio comunale i partenariati, i progetti, gli scambi e il bilancio della cooperazione internazionale del Comune nel {year}, nonché le prospettive per l&apos;anno successivo.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Partenariati in vigore</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Progetti in corso</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Scambi realizzati</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Bilancio previsto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Tasso di esecuzione (speso ÷ previsto)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Finanziamenti concessi</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Quota di cofinanziamento (esclusi fondi propri)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Delibera</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Nessun partenariato in vigore.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Progetti e stato di avanzamento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Nessun progetto quest&apos;anno.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Nessuno scambio quest&apos;anno.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Scambi e partecipanti</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Scambi per tipo e direzione</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Partecipanti per sesso e fascia d&apos;età</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Elenco degli scambi</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Rendiconto di bilancio</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Importi in euro. Previsto: le voci di bilancio dell&apos;anno; impegnato: gli impegni di spesa; speso: le spese pagate.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Bilancio per progetto</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Nessun bilancio per quest&apos;anno.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Fonti di finanziamento e quote</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Punti di attenzione</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Stato degli indicatori dei progetti dell&apos;anno al {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>Nessun bilancio è stato registrato per il {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Tutti i progetti del Comune — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Rendiconto di bilancio {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Voci di bilancio</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Misurato</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Andamento atteso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Avanzamento atteso</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Altri</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Lingua del rapporto sconosciuta «{code}»; scegliere tra: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Scegliere una o due lingue per il rapporto.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>La lingua «{code}» è stata indicata due volte.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Tipo di rapporto sconosciuto «{kind}»; scegliere tra: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Impaginazione sconosciuta «{layout}»; scegliere tra: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Scegliere un anno tra il {first} e il {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Scegliere il progetto tramite il suo codice (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Nessun progetto ha il codice «{code}».</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>Impossibile scrivere il rapporto in {path}: {reason}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Registro degli scambi</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Visite, missioni ed eventi del {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Scambi del {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>Nessuno scambio è stato registrato per il {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>I partecipanti sono contati, mai nominati: si sommano le persone registrate e i conteggi per sesso e fascia d&apos;età.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Registro degli scambi {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lettura dei dati…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Impaginazione in corso…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Rapporto scritto: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>L&apos;avanzamento è la variazione rispetto al valore di partenza divisa per la variazione richiesta dall&apos;obiettivo: 0 % al valore di partenza, 100 % quando l&apos;obiettivo è raggiunto.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Un indicatore è in linea quando il suo avanzamento è al massimo {on_track} punti sotto l&apos;avanzamento atteso, a rischio quando è al massimo {at_risk} punti sotto, e in ritardo oltre.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Ultimo valore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Nessun indicatore.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identificazione</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Attuazione</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Conclusione</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Esecutore</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Ente locale</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Ente statale</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizzazione internazionale</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Carta di gemellaggio</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Convenzione di cooperazione decentrata</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Patto di amicizia</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Delegazione ufficiale</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Scambio scolastico</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Scambio giovanile</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Missione tecnica o del personale</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Visita di volontari</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Evento culturale</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Evento sportivo</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Riunione a distanza</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Trasferta</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distanza</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Donne e ragazze</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Uomini e ragazzi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>Da 0 a 11 anni</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>Da 12 a 17 anni</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>Da 18 a 25 anni</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>Da 26 a 64 anni</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 anni e oltre</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Età non indicata</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaggi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Lavori</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Altre spese</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Fondi propri</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Contributo del ministero (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agenzia dell&apos;acqua (1 % acqua)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unione europea</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Sponsor privato</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Contributo del partner</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Nessuna misurazione ancora</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Manca il valore di partenza o l&apos;obiettivo</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Acqua e servizi igienico-sanitari</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Rifiuti ed economia circolare</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Istruzione e gioventù</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Governance locale</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Sviluppo economico e turismo</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agricoltura e alimentazione</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Diritti umani e cittadinanza</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Sconfiggere la povertà</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Sconfiggere la fame</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Salute e benessere</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Istruzione di qualità</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Parità di genere</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Acqua pulita e servizi igienico-sanitari</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energia pulita e accessibile</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Lavoro dignitoso e crescita economica</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Imprese, innovazione e infrastrutture</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Ridurre le disuguaglianze</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Città e comunità sostenibili</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consumo e produzione responsabili</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Lotta contro il cambiamento climatico</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vita sott&apos;acqua</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vita sulla terra</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Pace, giustizia e istituzioni solide</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partnership per gli obiettivi</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinenza</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coerenza</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacia</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficienza</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilità</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Insoddisfacente</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Parzialmente soddisfacente</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Soddisfacente</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Molto soddisfacente</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Voci di bilancio superate</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Bilanci di progetto superati</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Finanziamenti oltre il tetto del finanziatore</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Finanziamenti ricevuti oltre l&apos;importo concesso</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Operazioni escluse: nessun tasso di cambio in euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>Tetto dell&apos;1 % acqua superato</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Manca il bilancio idrico del Comune</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Non assegnato a una voce di bilancio</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>{place}, lì {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Prospettive per il {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Finanziamenti concessi</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Nessun bilancio ancora inserito per quell&apos;anno.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Scambi previsti</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Nessuno scambio ancora previsto.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Accordi da rinnovare</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Nessun accordo scade prima della fine di quell&apos;anno.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: traduzione mancante]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Rischi</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Misure di mitigazione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>Nessun rischio registrato.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Punteggio: probabilità × impatto, da 1 (basso) a 9 (alto).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Nessuna valutazione ancora.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Punteggio medio (da 1 a 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Giudizio</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Raccomandazioni</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Insegnamenti della valutazione</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lezioni apprese</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Scheda di progetto</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Situazione al {date}; esercizio finanziario {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Scambi</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Nessuno scambio per questo progetto.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Scheda di progetto {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>Settore DAC dell&apos;OCSE</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Date previste</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Date effettive</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Obiettivi di sviluppo sostenibile</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partner e ruoli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>Nessuna organizzazione partecipante.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Non collegato a un partenariato.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Tutti gli anni del progetto, in euro.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Finanziamenti ricevuti</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Nessun bilancio registrato.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Voci di bilancio del {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Finanziamenti del {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Stato degli indicatori al {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Tasso di esecuzione</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Spese impegnate</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Residuo (previsto − speso)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Entrate contabilizzate</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Nessun finanziamento registrato.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Voce di bilancio</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Nessuna voce di bilancio per quest&apos;anno.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>Tetto dell&apos;1 % acqua: il bilancio idrico del Comune non è inserito, quindi il tetto non può essere verificato.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>Tetto dell&apos;1 % acqua superato: {own} di fondi propri del Comune per la cooperazione nel settore idrico, oltre il tetto di {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>Tetto dell&apos;1 % acqua rispettato: {own} di fondi propri del Comune per la cooperazione nel settore idrico, entro il tetto di {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Punto di attenzione</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Nessun punto di attenzione.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Scambio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minorenni</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n accordo di partenariato in vigore nel corso dell&apos;anno.</numerusform>
            <numerusform>%n accordi di partenariato in vigore nel corso dell&apos;anno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n progetto in corso durante l&apos;anno.</numerusform>
            <numerusform>%n progetti in corso durante l&apos;anno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n scambio è iniziato durante l&apos;anno.</numerusform>
            <numerusform>%n scambi sono iniziati durante l&apos;anno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>Lo scambio dell&apos;anno è riportato nel registro degli scambi.</numerusform>
            <numerusform>I %n scambi dell&apos;anno sono riportati nel registro degli scambi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n scambio già previsto.</numerusform>
            <numerusform>%n scambi già previsti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n misurazione.</numerusform>
            <numerusform>%n misurazioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Tra loro, %n minorenne (17 anni o meno).</numerusform>
            <numerusform>Tra loro, %n minorenni (17 anni o meno).</numerusform>
        </translation>
    </message>
</context>
</TS>
