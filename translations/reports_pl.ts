<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Współpraca zdecentralizowana i partnerstwo miast</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Sprawozdanie roczne dla rady gminy — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Sporządzono dnia {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Rok w skrócie</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Za rok {year} nic nie zarejestrowano: brak obowiązujących porozumień, projektów, wymian i budżetu.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Sprawozdanie roczne {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Współpraca zdecentralizowana i partnerstwo miast — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>Niniejsze sprawozdanie przedstawia radzie gminy partnerstwa, projekty, wymiany i budżet współpracy międzynarodowej gminy w roku {year} oraz perspektywy na rok następny.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Obowiązujące porozumienia</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Projekty w realizacji</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Zrealizowane wymiany</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Budżet planowany</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Stopień wykonania (wydano ÷ planowano)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Środki przyznane przez grantodawców</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Udział współfinansowania (bez środków własnych)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerstwa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Porozumienie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Uchwała</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Brak obowiązujących porozumień.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Projekty i ich stan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Obszar tematyczny</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>Cele zrównoważonego rozwoju</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Brak projektów w tym roku.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Brak wymian w tym roku.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Wymiany i uczestnicy</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Wymiany według rodzaju i kierunku</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Uczestnicy według płci i grupy wiekowej</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Wykaz wymian</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Zestawienie budżetowe</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Kwoty w euro. Planowano: pozycje budżetowe roku; zaangażowano: zaciągnięte zobowiązania; wydano: zapłacone wydatki.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Budżet według projektów</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Brak budżetu na ten rok.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Źródła finansowania i udziały</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Kwestie wymagające uwagi</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Stan wskaźników projektów z danego roku na dzień {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>Na rok {year} nie zarejestrowano budżetu.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Wszystkie projekty gminy — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Zestawienie budżetowe {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Pozycje budżetowe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowano</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zaangażowano</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Zmierzono</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Oczekiwana ścieżka</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Oczekiwany postęp</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Pozostałe</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Nieznany język raportu „{code}”; wybierz spośród: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Wybierz jeden lub dwa języki raportu.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>Język „{code}” podano dwukrotnie.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Nieznany rodzaj raportu „{kind}”; wybierz spośród: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Nieznany układ „{layout}”; wybierz spośród: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Wybierz rok od {first} do {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Wybierz projekt według jego kodu (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Żaden projekt nie ma kodu „{code}”.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>Nie można zapisać raportu w {path}: {reason}. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Rejestr wymian</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Wizyty, misje i wydarzenia w roku {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Wymiany w roku {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>W roku {year} nie zarejestrowano żadnej wymiany.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Uczestnicy są liczeni, nigdy nie są wymieniani z nazwiska: sumuje się osoby wpisane na listę i liczby według płci i grupy wiekowej.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Rejestr wymian {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Odczyt danych…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Układanie stron…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Zapisano raport: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>Postęp to zmiana od wartości bazowej podzielona przez zmianę wymaganą przez wartość docelową: 0 % przy wartości bazowej, 100 % po osiągnięciu wartości docelowej.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Wskaźnik przebiega zgodnie z planem, gdy jego postęp jest co najwyżej {on_track} punktów poniżej oczekiwanego, jest zagrożony, gdy jest co najwyżej {at_risk} punktów poniżej, a opóźniony, gdy odstaje bardziej.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Ostatnia wartość</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Brak wskaźników.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identyfikacja</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalizacja</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Zawieszony</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansujący</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Pośredniczący</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Realizujący</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Samorząd terytorialny</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Stowarzyszenie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Przedsiębiorstwo</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>Organizacja pozarządowa</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Instytucja państwowa</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organizacja międzynarodowa</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Akt partnerstwa miast</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Umowa o współpracy zdecentralizowanej</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Porozumienie o przyjaźni</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum porozumienia</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Obowiązujące</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Oficjalna delegacja</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Wymiana szkolna</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Wymiana młodzieży</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Misja techniczna lub pracownicza</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Wizyta wolontariuszy</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Wydarzenie kulturalne</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Wydarzenie sportowe</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Spotkanie zdalne</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Zdalnie</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Kobiety i dziewczęta</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Mężczyźni i chłopcy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>0–11 lat</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>12–17 lat</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>18–25 lat</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>26–64 lata</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 lat i więcej</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Wiek nieznany</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niskie</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Średnie</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysokie</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Podróże</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Wyposażenie</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Roboty budowlane</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Inne wydatki</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Środki własne</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Dotacja ministerstwa (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agencja wodna (1 % na wodę)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unia Europejska</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Sponsor prywatny</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Wkład partnera</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>W naturze</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Opóźniony</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Brak pomiaru</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Brak wartości bazowej lub docelowej</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Woda i kanalizacja</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Odpady i gospodarka o obiegu zamkniętym</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Edukacja i młodzież</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultura</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Zarządzanie lokalne</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Rozwój gospodarczy i turystyka</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Rolnictwo i żywność</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Klimat</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Prawa człowieka i społeczeństwo obywatelskie</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Koniec z ubóstwem</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Zero głodu</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Dobre zdrowie i jakość życia</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Dobra jakość edukacji</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Równość płci</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Czysta woda i warunki sanitarne</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Czysta i dostępna energia</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Wzrost gospodarczy i godna praca</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Innowacyjność, przemysł, infrastruktura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Mniej nierówności</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Zrównoważone miasta i społeczności</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Odpowiedzialna konsumpcja i produkcja</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Działania w dziedzinie klimatu</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Życie pod wodą</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Życie na lądzie</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Pokój, sprawiedliwość i silne instytucje</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partnerstwa na rzecz celów</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Trafność</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Spójność</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efektywność</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Oddziaływanie</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Trwałość</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Niezadowalający</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Częściowo zadowalający</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Zadowalający</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Bardzo zadowalający</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Przekroczone pozycje budżetowe</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Przekroczone budżety projektów</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Finansowanie powyżej limitu grantodawcy</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Otrzymane środki powyżej przyznanej kwoty</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Pominięte operacje: brak kursu wymiany na euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>Przekroczony limit 1 % na wodę</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Brak budżetu wodnego gminy</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Nieprzypisane do pozycji budżetowej</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>{place}, dnia {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Perspektywy na rok {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Przyznane środki</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Na ten rok nie wprowadzono jeszcze budżetu.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Planowane wymiany</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Nie zaplanowano jeszcze żadnej wymiany.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Porozumienia do odnowienia</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Żadne porozumienie nie wygasa przed końcem tego roku.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: brak tłumaczenia]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Działania ograniczające</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>Nie zarejestrowano ryzyk.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Ocena: prawdopodobieństwo × wpływ, od 1 (niska) do 9 (wysoka).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Ewaluacja</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Brak ewaluacji.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Ewaluator</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Średnia ocena (od 1 do 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena opisowa</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Wnioski z ewaluacji</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Wyciągnięte wnioski</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Karta projektu</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Stan na dzień {date}; rok budżetowy {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Wymiany</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Brak wymian w ramach tego projektu.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Karta projektu {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>Sektor DAC OECD</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Planowane terminy</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Rzeczywiste terminy</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Opis ogólny</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Cele zrównoważonego rozwoju</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partnerzy i ich role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>Brak organizacji uczestniczących.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Niepowiązany z żadnym partnerstwem.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Wszystkie lata projektu, w euro.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Otrzymane środki</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Nie zarejestrowano budżetu.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Pozycje budżetowe na rok {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Finansowanie w roku {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Stan wskaźników na dzień {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Stopień wykonania</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Przyznano</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Zaangażowane wydatki</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Pozostało (planowano − wydano)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Zaksięgowane dochody</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Nie zarejestrowano finansowania.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Pozycja budżetowa</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Brak pozycji budżetowych na ten rok.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Grantodawca</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>Limit 1 % na wodę: budżet wodny gminy nie został wprowadzony, więc limitu nie można sprawdzić.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>Przekroczony limit 1 % na wodę: {own} środków własnych gminy na współpracę w dziedzinie wody, powyżej limitu {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>Limit 1 % na wodę dotrzymany: {own} środków własnych gminy na współpracę w dziedzinie wody, w granicach limitu {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Kwestia wymagająca uwagi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Brak kwestii wymagających uwagi.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Wymiana</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Małoletni</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupa wiekowa</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n porozumienie partnerskie obowiązujące w ciągu roku.</numerusform>
            <numerusform>%n porozumienia partnerskie obowiązujące w ciągu roku.</numerusform>
            <numerusform>%n porozumień partnerskich obowiązujących w ciągu roku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n projekt realizowany w ciągu roku.</numerusform>
            <numerusform>%n projekty realizowane w ciągu roku.</numerusform>
            <numerusform>%n projektów realizowanych w ciągu roku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n wymiana rozpoczęła się w ciągu roku.</numerusform>
            <numerusform>%n wymiany rozpoczęły się w ciągu roku.</numerusform>
            <numerusform>%n wymian rozpoczęło się w ciągu roku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>Wymiana z tego roku jest ujęta w rejestrze wymian.</numerusform>
            <numerusform>%n wymiany z tego roku są ujęte w rejestrze wymian.</numerusform>
            <numerusform>%n wymian z tego roku ujęto w rejestrze wymian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n wymiana już zaplanowana.</numerusform>
            <numerusform>%n wymiany już zaplanowane.</numerusform>
            <numerusform>%n wymian już zaplanowanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n pomiar.</numerusform>
            <numerusform>%n pomiary.</numerusform>
            <numerusform>%n pomiarów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>W tym %n osoba małoletnia (do 17 lat).</numerusform>
            <numerusform>W tym %n osoby małoletnie (do 17 lat).</numerusform>
            <numerusform>W tym %n osób małoletnich (do 17 lat).</numerusform>
        </translation>
    </message>
</context>
</TS>
