<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Cooperare descentralizată și înfrățiri</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Raport anual către consiliul local — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Întocmit la {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Anul pe scurt</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Nu s-a înregistrat nimic pentru {year}: niciun parteneriat în vigoare, niciun proiect, niciun schimb și niciun buget.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Raport anual {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Cooperare descentralizată și înfrățiri — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>Acest raport prezintă consiliului local parteneriatele, proiectele, schimburile și bugetul cooperării internaționale a comunei în {year}, precum și perspectivele pentru anul următor.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Parteneriate în vigoare</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Proiecte în derulare</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Schimburi realizate</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Buget prevăzut</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Cheltuit</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Rata de execuție (cheltuit ÷ prevăzut)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Finanțări acordate</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Ponderea cofinanțării (în afara bugetului propriu)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parteneriate</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Semnat la</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabil până la</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Hotărâre</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Niciun parteneriat în vigoare.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Proiectele și stadiul lor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Niciun proiect în acest an.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Niciun schimb în acest an.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Schimburi și participanți</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Schimburi după tip și sens</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Participanți pe sexe și grupe de vârstă</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Lista schimburilor</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Situația bugetară</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Sume în euro. Prevăzut: liniile bugetare ale anului; angajat: angajamentele; cheltuit: cheltuielile plătite.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Bugetul pe proiecte</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Niciun buget pentru acest an.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Surse de finanțare și ponderi</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Puncte de atenție</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Stadiul indicatorilor proiectelor anului la {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>Nu s-a înregistrat niciun buget pentru {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Toate proiectele comunei — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Situația bugetară {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Linii bugetare</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevăzut</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Măsurat</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Traiectoria așteptată</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Progres așteptat</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Limbă de raport necunoscută „{code}”; alegeți dintre: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Alegeți una sau două limbi pentru raport.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>Limba „{code}” a fost indicată de două ori.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Tip de raport necunoscut „{kind}”; alegeți dintre: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Aranjare necunoscută „{layout}”; alegeți dintre: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Alegeți un an între {first} și {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Alegeți proiectul după codul său (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Niciun proiect nu are codul „{code}”.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>Raportul nu poate fi scris în {path}: {reason}. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>este un dosar</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Registrul schimburilor</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Vizite, misiuni și evenimente din {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Schimburile din {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>Nu s-a înregistrat niciun schimb pentru {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Participanții sunt numărați, niciodată nominalizați: se adună persoanele înscrise și numărătorile pe sexe și grupe de vârstă.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Registrul schimburilor {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Se citesc datele…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Se așază paginile…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Raport scris: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>Progresul este variația față de valoarea de referință împărțită la variația cerută de țintă: 0 % la valoarea de referință, 100 % când ținta este atinsă.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Un indicator este pe drumul cel bun când progresul său este cu cel mult {on_track} puncte sub progresul așteptat, în risc când este cu cel mult {at_risk} puncte sub, și în întârziere dincolo de aceasta.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Ultima valoare</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Niciun indicator.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identificare</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementare</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalizare</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendat</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanțator</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Intermediar</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementator</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Autoritate locală</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociație</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Întreprindere</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Școală</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Instituție de stat</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizație internațională</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Cartă de înfrățire</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Convenție de cooperare descentralizată</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Pact de prietenie</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum de înțelegere</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>În vigoare</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Delegație oficială</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Schimb școlar</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Schimb de tineri</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Misiune tehnică sau de personal</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Vizită de voluntari</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Eveniment cultural</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Eveniment sportiv</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Reuniune la distanță</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Primire</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Deplasare</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>La distanță</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Femei și fete</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Bărbați și băieți</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>0–11 ani</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>12–17 ani</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>18–25 ani</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>26–64 ani</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 de ani și peste</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Vârstă necunoscută</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medie</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Deplasări</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Echipamente</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Lucrări</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicii</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formare</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicare</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Alte cheltuieli</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Buget propriu</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Subvenție de la minister (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agenția apei (1 % apă)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Uniunea Europeană</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Sponsor privat</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Contribuția partenerului</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>În natură</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Pe drumul cel bun</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>În risc</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>În întârziere</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Nicio măsurătoare încă</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Lipsește valoarea de referință sau ținta</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Apă și canalizare</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Deșeuri și economie circulară</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Educație și tineret</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultură</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Guvernanță locală</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Dezvoltare economică și turism</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agricultură și alimentație</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Climă</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Drepturile omului și cetățenie</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Fără sărăcie</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Foamete zero</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Sănătate și bunăstare</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educație de calitate</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Egalitate de gen</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Apă curată și sanitație</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energie curată și la prețuri accesibile</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Muncă decentă și creștere economică</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, inovație și infrastructură</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Inegalități reduse</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Orașe și comunități durabile</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consum și producție responsabile</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Acțiune climatică</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Viața acvatică</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Viața terestră</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Pace, justiție și instituții puternice</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Parteneriate pentru realizarea obiectivelor</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanță</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coerență</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Eficacitate</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiență</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sustenabilitate</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Nesatisfăcător</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Parțial satisfăcător</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfăcător</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Foarte satisfăcător</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Linii bugetare depășite</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Bugete de proiect depășite</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Finanțări peste plafonul finanțatorului</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Finanțări primite peste suma acordată</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Operațiuni excluse: fără curs de schimb în euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>Plafonul de 1 % apă depășit</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Lipsește bugetul pentru apă al comunei</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Nealocat unei linii bugetare</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cuprins</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Întocmit la {place}, la data de {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Perspective pentru {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Finanțări acordate</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Încă nu a fost introdus niciun buget pentru acel an.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Schimburi planificate</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Niciun schimb planificat deocamdată.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Acorduri de reînnoit</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Niciun acord nu expiră înainte de sfârșitul acelui an.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: traducere lipsă]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscuri</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Măsuri de atenuare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>Niciun risc înregistrat.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Scor: probabilitate × impact, de la 1 (scăzut) la 9 (ridicat).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluare</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Nicio evaluare încă.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Scor mediu (1 la 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criteriu</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Apreciere</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Învățămintele evaluării</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecții învățate</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Fișa proiectului</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Situația la {date}; exercițiul bugetar {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Schimburi</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Niciun schimb pentru acest proiect.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Fișa proiectului {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>Sector CAD al OCDE</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Date prevăzute</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Date efective</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Prezentare</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Obiectivele de dezvoltare durabilă</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Parteneri și roluri</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roluri</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>Nicio organizație participantă.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Nelegat de niciun parteneriat.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Toți anii proiectului, în euro.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Finanțări primite</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Niciun buget înregistrat.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Liniile bugetare din {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Finanțările din {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Stadiul indicatorilor la {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Rata de execuție</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Acordat</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Cheltuieli angajate</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Rămas (prevăzut − cheltuit)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Venituri înregistrate</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Sursă de finanțare</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Nicio finanțare înregistrată.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Linie bugetară</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Nicio linie bugetară pentru acest an.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanțator</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>Plafonul de 1 % apă: bugetul pentru apă al comunei nu este introdus, deci plafonul nu poate fi verificat.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>Plafonul de 1 % apă depășit: {own} din fondurile proprii ale comunei pentru cooperarea în domeniul apei, peste plafonul de {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>Plafonul de 1 % apă respectat: {own} din fondurile proprii ale comunei pentru cooperarea în domeniul apei, în limita plafonului de {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Punct de atenție</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Niciun punct de atenție.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Schimb</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minori</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupă de vârstă</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} din {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n acord de parteneriat în vigoare în cursul anului.</numerusform>
            <numerusform>%n acorduri de parteneriat în vigoare în cursul anului.</numerusform>
            <numerusform>%n de acorduri de parteneriat în vigoare în cursul anului.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n proiect în derulare în cursul anului.</numerusform>
            <numerusform>%n proiecte în derulare în cursul anului.</numerusform>
            <numerusform>%n de proiecte în derulare în cursul anului.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n schimb a început în cursul anului.</numerusform>
            <numerusform>%n schimburi au început în cursul anului.</numerusform>
            <numerusform>%n de schimburi au început în cursul anului.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>Schimbul anului figurează în registrul schimburilor.</numerusform>
            <numerusform>Cele %n schimburi ale anului figurează în registrul schimburilor.</numerusform>
            <numerusform>Cele %n de schimburi ale anului figurează în registrul schimburilor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n schimb deja planificat.</numerusform>
            <numerusform>%n schimburi deja planificate.</numerusform>
            <numerusform>%n de schimburi deja planificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n măsurătoare.</numerusform>
            <numerusform>%n măsurători.</numerusform>
            <numerusform>%n de măsurători.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Dintre aceștia, %n minor (17 ani sau mai puțin).</numerusform>
            <numerusform>Dintre aceștia, %n minori (17 ani sau mai puțin).</numerusform>
            <numerusform>Dintre aceștia, %n de minori (17 ani sau mai puțin).</numerusform>
        </translation>
    </message>
</context>
</TS>
