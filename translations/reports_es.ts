<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Cooperación descentralizada y hermanamientos</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Informe anual al Pleno municipal — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Emitido el {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>El año en resumen</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>No se registró nada para {year}: ningún acuerdo vigente, ningún proyecto, ningún intercambio y ningún presupuesto.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Informe anual {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Cooperación descentralizada y hermanamientos — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>Este informe presenta al Pleno municipal los acuerdos de colaboración, los proyectos, los intercambios y el presupuesto de la cooperación internacional del municipio en {year}, así como las perspectivas para el año siguiente.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Acuerdos vigentes</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Proyectos en curso</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Intercambios realizados</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Presupuesto previsto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Tasa de ejecución (gastado ÷ previsto)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Financiación comprometida por los financiadores</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Proporción de cofinanciación (sin presupuesto propio)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Acuerdos de colaboración</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Acuerdo del Pleno</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>Ningún acuerdo vigente.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Proyectos y su estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>Ningún proyecto este año.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>Ningún intercambio este año.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Intercambios y participantes</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Intercambios por tipo y sentido</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Participantes por sexo y grupo de edad</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>Lista de intercambios</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Estado presupuestario</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Importes en euros. Previsto: las partidas presupuestarias del año; comprometido: los compromisos de gasto; gastado: los gastos pagados.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Presupuesto por proyecto</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>Ningún presupuesto para este año.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Fuentes de financiación y proporciones</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Puntos de atención</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Estado de los indicadores de los proyectos del año a {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>No se registró ningún presupuesto para {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>Todos los proyectos del municipio — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Estado presupuestario {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Trayectoria esperada</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Avance esperado</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Idioma de informe desconocido «{code}»; elija entre: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Elija uno o dos idiomas para el informe.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>El idioma «{code}» se indicó dos veces.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Tipo de informe desconocido «{kind}»; elija entre: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Diseño desconocido «{layout}»; elija entre: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Elija un año entre {first} y {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Elija el proyecto por su código (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>Ningún proyecto tiene el código «{code}».</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>No se puede escribir el informe en {path}: {reason}. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Registro de intercambios</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Visitas, misiones y actos de {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Intercambios de {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>No se registró ningún intercambio para {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Los participantes se cuentan, nunca se nombran: se suman las personas registradas y los recuentos por sexo y grupo de edad.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Registro de intercambios {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Maquetando las páginas…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Informe escrito: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>El avance es la variación desde el valor de referencia dividida por la variación que exige la meta: 0 % en el valor de referencia, 100 % cuando se alcanza la meta.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>Un indicador va por buen camino cuando su avance está como máximo {on_track} puntos por debajo del avance esperado, en riesgo cuando está como máximo {at_risk} puntos por debajo, y con retraso más allá.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
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
        <translation>Ningún indicador.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Entidad local</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Asociación</translation>
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
        <translation>Centro escolar</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Organismo estatal</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Carta de hermanamiento</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Convenio de cooperación descentralizada</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Pacto de amistad</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Delegación oficial</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Intercambio escolar</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Intercambio juvenil</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Misión técnica o de personal</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Visita de voluntarios</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Acto cultural</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Evento deportivo</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Reunión a distancia</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Mujeres y niñas</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Hombres y niños</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>De 0 a 11 años</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>De 12 a 17 años</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>De 18 a 25 años</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>De 26 a 64 años</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 años o más</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Edad no consta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
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
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipamiento</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Obras</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Otros gastos</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Presupuesto propio</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Subvención del ministerio (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Agencia del agua (1 % agua)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Patrocinador privado</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Aportación del socio</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Por buen camino</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Sin medición todavía</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Falta la línea de base o la meta</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Agua y saneamiento</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Residuos y economía circular</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Educación y juventud</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Gobernanza local</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Desarrollo económico y turismo</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agricultura y alimentación</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Derechos humanos y ciudadanía</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Fin de la pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Hambre cero</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Salud y bienestar</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educación de calidad</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Agua limpia y saneamiento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energía asequible y no contaminante</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabajo decente y crecimiento económico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industria, innovación e infraestructura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reducción de las desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Ciudades y comunidades sostenibles</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Producción y consumo responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Acción por el clima</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vida submarina</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vida de ecosistemas terrestres</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justicia e instituciones sólidas</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Alianzas para lograr los objetivos</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinencia</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coherencia</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Eficacia</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Insatisfactorio</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Parcialmente satisfactorio</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfactorio</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Muy satisfactorio</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Partidas presupuestarias sobrepasadas</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Presupuestos de proyecto sobrepasados</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Financiación por encima del tope del financiador</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Financiación recibida por encima del importe concedido</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Operaciones excluidas: sin tipo de cambio al euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>Tope del 1 % agua superado</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Falta el presupuesto del agua del municipio</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>No asignado a ninguna partida</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>En {place}, a {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Perspectivas para {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Financiación concedida</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>Aún no se ha introducido ningún presupuesto para ese año.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Intercambios previstos</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>Aún no hay ningún intercambio previsto.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Acuerdos que renovar</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>Ningún acuerdo vence antes del final de ese año.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: falta la traducción]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Medidas de mitigación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>Ningún riesgo registrado.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Puntuación: probabilidad × impacto, de 1 (baja) a 9 (alta).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Aún no hay evaluación.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Puntuación media (1 a 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Lecciones de la evaluación</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Ficha de proyecto</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Situación a {date}; ejercicio presupuestario {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>Ningún intercambio para este proyecto.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Ficha de proyecto {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>Sector CAD de la OCDE</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Fechas previstas</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Fechas reales</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Socios y funciones</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>Ninguna organización participante.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>No vinculado a ningún acuerdo.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>Todos los años del proyecto, en euros.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Financiación recibida</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>Ningún presupuesto registrado.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Partidas presupuestarias de {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Financiación de {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Estado de los indicadores a {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Tasa de ejecución</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Gasto comprometido</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Restante (previsto − gastado)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Ingresos contabilizados</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>Ninguna financiación registrada.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Partida presupuestaria</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>Ninguna partida presupuestaria para este año.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>Tope del 1 % agua: el presupuesto del agua del municipio no se ha introducido, por lo que no se puede comprobar el tope.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>Tope del 1 % agua superado: {own} de fondos propios del municipio para la cooperación en materia de agua, por encima del tope de {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>Tope del 1 % agua respetado: {own} de fondos propios del municipio para la cooperación en materia de agua, dentro del tope de {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Punto de atención</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>Ningún punto de atención.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n acuerdo de colaboración vigente durante el año.</numerusform>
            <numerusform>%n acuerdos de colaboración vigentes durante el año.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n proyecto en curso durante el año.</numerusform>
            <numerusform>%n proyectos en curso durante el año.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n intercambio comenzó durante el año.</numerusform>
            <numerusform>%n intercambios comenzaron durante el año.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>El intercambio del año figura en el registro de intercambios.</numerusform>
            <numerusform>Los %n intercambios del año figuran en el registro de intercambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n intercambio ya previsto.</numerusform>
            <numerusform>%n intercambios ya previstos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n medición.</numerusform>
            <numerusform>%n mediciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Entre ellos, %n menor (17 años o menos).</numerusform>
            <numerusform>Entre ellos, %n menores (17 años o menos).</numerusform>
        </translation>
    </message>
</context>
</TS>
