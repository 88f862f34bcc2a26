<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Cooperação descentralizada e geminação de cidades</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Relatório anual à Câmara Municipal — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Emitido em {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>O ano em resumo</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Nada foi registrado para {year}: nenhuma parceria em vigor, nenhum projeto, nenhum intercâmbio e nenhum orçamento.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Relatório anual {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Cooperação descentralizada e geminação de cidades — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>Este relatório apresenta à Câmara Municipal as parcerias, os projetos, os intercâmbios e o orçamento da cooperação internacional do município em {year}, bem como as perspectivas para o ano seguinte.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Parcerias em vigor</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Projetos em andamento</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Intercâmbios realizados</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Orçamento previsto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Taxa de execução (gasto ÷ previsto)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Financiamentos concedidos</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Parcela de cofinanciamento (exceto orçamento próprio)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Assinado em</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberação</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Nenhuma parceria em vigor.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Projetos e sua situação</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Nenhum projeto neste ano.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Nenhum intercâmbio neste ano.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Intercâmbios e participantes</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Intercâmbios por tipo e sentido</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Participantes por sexo e faixa etária</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Lista de intercâmbios</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Demonstrativo orçamentário</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Valores em euros. Previsto: as rubricas orçamentárias do ano; empenhado: os empenhos; gasto: as despesas pagas.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Orçamento por projeto</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Nenhum orçamento para este ano.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Fontes de financiamento e participações</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Pontos de atenção</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Situação dos indicadores dos projetos do ano em {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>Nenhum orçamento foi registrado para {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Todos os projetos do município — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Demonstrativo orçamentário {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Rubricas orçamentárias</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Empenhado</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Trajetória esperada</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Progresso esperado</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Idioma de relatório desconhecido “{code}”; escolha entre: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Escolha um ou dois idiomas para o relatório.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>O idioma “{code}” foi indicado duas vezes.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Tipo de relatório desconhecido “{kind}”; escolha entre: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Diagramação desconhecida “{layout}”; escolha entre: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Escolha um ano entre {first} e {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Escolha o projeto pelo seu código (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Nenhum projeto tem o código “{code}”.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>Não é possível gravar o relatório em {path}: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Registro de intercâmbios</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Visitas, missões e eventos de {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Intercâmbios de {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>Nenhum intercâmbio foi registrado para {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Os participantes são contados, nunca nomeados: somam-se as pessoas registradas e as contagens por sexo e faixa etária.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Registro de intercâmbios {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lendo os dados…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Diagramando as páginas…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Relatório gravado: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>O progresso é a variação desde a linha de base dividida pela variação exigida pela meta: 0 % na linha de base, 100 % quando a meta é atingida.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Um indicador está no caminho certo quando o seu progresso está no máximo {on_track} pontos abaixo do progresso esperado, em risco quando está no máximo {at_risk} pontos abaixo, e atrasado além disso.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>Nenhum indicador.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identificação</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalização</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Intermediário</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Autoridade local</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associação</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Órgão do Estado</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organização internacional</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Carta de geminação</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Convênio de cooperação descentralizada</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Pacto de amizade</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorando de entendimento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Minuta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Em vigor</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Delegação oficial</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Intercâmbio escolar</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Intercâmbio de jovens</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Missão técnica ou de servidores</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Visita de voluntários</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Evento cultural</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Evento esportivo</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Reunião a distância</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Deslocamento</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distância</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Mulheres e meninas</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Homens e meninos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>De 0 a 11 anos</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>De 12 a 17 anos</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>De 18 a 25 anos</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>De 26 a 64 anos</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 anos ou mais</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Idade não informada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viagens</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipamentos</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Obras</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicação</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Outras despesas</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Orçamento próprio</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Subvenção do ministério (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agência da água (1 % água)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>União Europeia</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Patrocinador privado</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Contribuição do parceiro</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Em espécie</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>No caminho certo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Ainda sem medição</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Falta a linha de base ou a meta</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Água e saneamento</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Resíduos e economia circular</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Educação e juventude</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Governança local</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Desenvolvimento econômico e turismo</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agricultura e alimentação</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Direitos humanos e cidadania</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Erradicação da pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Fome zero e agricultura sustentável</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Saúde e bem-estar</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educação de qualidade</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdade de gênero</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Água potável e saneamento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energia limpa e acessível</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabalho decente e crescimento econômico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Indústria, inovação e infraestrutura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Redução das desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Cidades e comunidades sustentáveis</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consumo e produção responsáveis</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Ação contra a mudança global do clima</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vida na água</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vida terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justiça e instituições eficazes</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Parcerias e meios de implementação</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coerência</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Eficácia</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiência</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sustentabilidade</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Insatisfatório</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Parcialmente satisfatório</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfatório</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Muito satisfatório</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Rubricas orçamentárias ultrapassadas</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Orçamentos de projeto ultrapassados</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Financiamentos acima do teto do financiador</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Financiamentos recebidos acima do valor concedido</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Operações excluídas: sem taxa de câmbio para o euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>Teto de 1 % água ultrapassado</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Orçamento de água do município não informado</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Não alocado a uma rubrica</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Perspectivas para {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Financiamentos concedidos</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Nenhum orçamento informado ainda para esse ano.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Intercâmbios previstos</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Nenhum intercâmbio previsto ainda.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Acordos a renovar</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Nenhum acordo expira antes do fim desse ano.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: tradução ausente]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riscos</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Medidas de mitigação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>Nenhum risco registrado.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Pontuação: probabilidade × impacto, de 1 (baixa) a 9 (alta).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Ainda sem avaliação.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Pontuação média (1 a 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Apreciação</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Lições da avaliação</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Ficha de projeto</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Situação em {date}; exercício orçamentário {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercâmbios</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Nenhum intercâmbio para este projeto.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Ficha de projeto {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>Setor CAD da OCDE</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Datas previstas</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Datas efetivas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desenvolvimento Sustentável</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Parceiros e papéis</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>Nenhuma organização participante.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Não vinculado a nenhuma parceria.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Todos os anos do projeto, em euros.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financiamentos recebidos</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Nenhum orçamento registrado.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Rubricas orçamentárias de {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Financiamentos de {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Situação dos indicadores em {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Taxa de execução</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Despesas empenhadas</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Saldo (previsto − gasto)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Receitas contabilizadas</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Fonte de financiamento</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Nenhum financiamento registrado.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Rubrica orçamentária</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Nenhuma rubrica orçamentária para este ano.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>Teto de 1 % água: o orçamento de água do município não foi informado, portanto o teto não pode ser verificado.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>Teto de 1 % água ultrapassado: {own} de recursos próprios do município para a cooperação em água, acima do teto de {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>Teto de 1 % água respeitado: {own} de recursos próprios do município para a cooperação em água, dentro do teto de {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Ponto de atenção</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Nenhum ponto de atenção.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n acordo de parceria em vigor durante o ano.</numerusform>
            <numerusform>%n acordos de parceria em vigor durante o ano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n projeto em andamento durante o ano.</numerusform>
            <numerusform>%n projetos em andamento durante o ano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n intercâmbio começou durante o ano.</numerusform>
            <numerusform>%n intercâmbios começaram durante o ano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>O intercâmbio do ano consta do registro de intercâmbios.</numerusform>
            <numerusform>Os %n intercâmbios do ano constam do registro de intercâmbios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n intercâmbio já previsto.</numerusform>
            <numerusform>%n intercâmbios já previstos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n medição.</numerusform>
            <numerusform>%n medições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Entre eles, %n menor de idade (17 anos ou menos).</numerusform>
            <numerusform>Entre eles, %n menores de idade (17 anos ou menos).</numerusform>
        </translation>
    </message>
</context>
</TS>
