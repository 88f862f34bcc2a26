<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Reports</name>
    <message>
        <source>Decentralised cooperation and town twinning</source>
        <translation>Decentralised cooperation and town twinning</translation>
    </message>
    <message>
        <source>Annual report to the municipal council — {year}</source>
        <translation>Annual report to the municipal council — {year}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Issued on {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <source>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</source>
        <translation>Nothing was recorded for {year}: no partnership in force, no project, no exchange and no budget.</translation>
    </message>
    <message>
        <source>Annual report {year}</source>
        <translation>Annual report {year}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning — {year}</source>
        <translation>Decentralised cooperation and town twinning — {year}</translation>
    </message>
    <message>
        <source>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</source>
        <translation>This report presents to the municipal council the partnerships, projects, exchanges and budget of the commune&apos;s international cooperation in {year}, and the outlook for the following year.</translation>
    </message>
    <message>
        <source>Partnerships in force</source>
        <translation>Partnerships in force</translation>
    </message>
    <message>
        <source>Projects running</source>
        <translation>Projects running</translation>
    </message>
    <message>
        <source>Exchanges held</source>
        <translation>Exchanges held</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Planned budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Execution rate (spent ÷ planned)</source>
        <translation>Execution rate (spent ÷ planned)</translation>
    </message>
    <message>
        <source>Funding committed by funders</source>
        <translation>Funding committed by funders</translation>
    </message>
    <message>
        <source>Co-financing share (other than own budget)</source>
        <translation>Co-financing share (other than own budget)</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>No partnership in force.</source>
        <translation>No partnership in force.</translation>
    </message>
    <message>
        <source>Projects and their status</source>
        <translation>Projects and their status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>No project this year.</source>
        <translation>No project this year.</translation>
    </message>
    <message>
        <source>No exchange this year.</source>
        <translation>No exchange this year.</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Exchanges and participants</translation>
    </message>
    <message>
        <source>Exchanges by kind and direction</source>
        <translation>Exchanges by kind and direction</translation>
    </message>
    <message>
        <source>Participants by sex and age group</source>
        <translation>Participants by sex and age group</translation>
    </message>
    <message>
        <source>List of exchanges</source>
        <translation>List of exchanges</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Budget statement</translation>
    </message>
    <message>
        <source>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</source>
        <translation>Amounts in euros. Planned: the budget lines of the year; committed: the commitments (engagements); spent: the expenses paid.</translation>
    </message>
    <message>
        <source>Budget by project</source>
        <translation>Budget by project</translation>
    </message>
    <message>
        <source>No budget for this year.</source>
        <translation>No budget for this year.</translation>
    </message>
    <message>
        <source>Funding sources and shares</source>
        <translation>Funding sources and shares</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Status of the indicators of the year&apos;s projects on {date}.</source>
        <translation>Status of the indicators of the year&apos;s projects on {date}.</translation>
    </message>
    <message>
        <source>No budget was recorded for {year}.</source>
        <translation>No budget was recorded for {year}.</translation>
    </message>
    <message>
        <source>All projects of the commune — {year}</source>
        <translation>All projects of the commune — {year}</translation>
    </message>
    <message>
        <source>Budget statement {year}</source>
        <translation>Budget statement {year}</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Expected path</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Expected progress</source>
        <translation>Expected progress</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Unknown report language “{code}”; choose among: {codes}.</source>
        <translation>Unknown report language “{code}”; choose among: {codes}.</translation>
    </message>
    <message>
        <source>Choose one or two report languages.</source>
        <translation>Choose one or two report languages.</translation>
    </message>
    <message>
        <source>The language “{code}” was given twice.</source>
        <translation>The language “{code}” was given twice.</translation>
    </message>
    <message>
        <source>Unknown kind of report “{kind}”; choose among: {kinds}.</source>
        <translation>Unknown kind of report “{kind}”; choose among: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown layout “{layout}”; choose among: {layouts}.</source>
        <translation>Unknown layout “{layout}”; choose among: {layouts}.</translation>
    </message>
    <message>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Choose a year between {first} and {last}.</translation>
    </message>
    <message>
        <source>Choose the project by its code (--project).</source>
        <translation>Choose the project by its code (--project).</translation>
    </message>
    <message>
        <source>No project has the code “{code}”.</source>
        <translation>No project has the code “{code}”.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {reason}. Nothing was written.</source>
        <translation>The report cannot be written to {path}: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Exchanges log</translation>
    </message>
    <message>
        <source>Visits, missions and events of {year}</source>
        <translation>Visits, missions and events of {year}</translation>
    </message>
    <message>
        <source>Exchanges of {year}</source>
        <translation>Exchanges of {year}</translation>
    </message>
    <message>
        <source>No exchange was recorded for {year}.</source>
        <translation>No exchange was recorded for {year}.</translation>
    </message>
    <message>
        <source>Participants are counted, never named: listed persons and counts by sex and age group are added up.</source>
        <translation>Participants are counted, never named: listed persons and counts by sex and age group are added up.</translation>
    </message>
    <message>
        <source>Exchanges log {year}</source>
        <translation>Exchanges log {year}</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Report written: {path}</translation>
    </message>
    <message>
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>No indicator.</source>
        <translation>No indicator.</translation>
    </message>
    <message>
        <source>Pipeline/identification</source>
        <translation>Pipeline/identification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Accountable</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Extending</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Implementing</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>State agency</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>International organisation</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Twinning charter</translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation>Decentralised cooperation convention</translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation>Friendship pact</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Official delegation</source>
        <translation>Official delegation</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>School exchange</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Youth exchange</translation>
    </message>
    <message>
        <source>Staff or technical mission</source>
        <translation>Staff or technical mission</translation>
    </message>
    <message>
        <source>Volunteer visit</source>
        <translation>Volunteer visit</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Cultural event</translation>
    </message>
    <message>
        <source>Sports event</source>
        <translation>Sports event</translation>
    </message>
    <message>
        <source>Remote meeting</source>
        <translation>Remote meeting</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Women and girls</source>
        <translation>Women and girls</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <translation>Men and boys</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>0 to 11 years</source>
        <translation>0 to 11 years</translation>
    </message>
    <message>
        <source>12 to 17 years</source>
        <translation>12 to 17 years</translation>
    </message>
    <message>
        <source>18 to 25 years</source>
        <translation>18 to 25 years</translation>
    </message>
    <message>
        <source>26 to 64 years</source>
        <translation>26 to 64 years</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 years and over</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Age not known</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Own budget</translation>
    </message>
    <message>
        <source>Ministry grant (DAECT)</source>
        <translation>Ministry grant (DAECT)</translation>
    </message>
    <message>
        <source>Water agency (1 % water)</source>
        <translation>Water agency (1 % water)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <source>Private sponsor</source>
        <translation>Private sponsor</translation>
    </message>
    <message>
        <source>Partner contribution</source>
        <translation>Partner contribution</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>No measurement yet</translation>
    </message>
    <message>
        <source>Baseline or target missing</source>
        <translation>Baseline or target missing</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Water and sanitation</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Waste and circular economy</translation>
    </message>
    <message>
        <source>Education and youth</source>
        <translation>Education and youth</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Local governance</source>
        <translation>Local governance</translation>
    </message>
    <message>
        <source>Economic development and tourism</source>
        <translation>Economic development and tourism</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agriculture and food</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Climate</translation>
    </message>
    <message>
        <source>Human rights and citizenship</source>
        <translation>Human rights and citizenship</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>No poverty</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Zero hunger</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Good health and well-being</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Quality education</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Gender equality</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Clean water and sanitation</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Affordable and clean energy</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Decent work and economic growth</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industry, innovation and infrastructure</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reduced inequalities</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Sustainable cities and communities</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Responsible consumption and production</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Climate action</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Life below water</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Life on land</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Peace, justice and strong institutions</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partnerships for the goals</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <source>Coherence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sustainability</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Unsatisfactory</translation>
    </message>
    <message>
        <source>Partly satisfactory</source>
        <translation>Partly satisfactory</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfactory</translation>
    </message>
    <message>
        <source>Highly satisfactory</source>
        <translation>Highly satisfactory</translation>
    </message>
    <message>
        <source>Budget lines spent beyond their plan</source>
        <translation>Budget lines spent beyond their plan</translation>
    </message>
    <message>
        <source>Project budgets spent beyond their plan</source>
        <translation>Project budgets spent beyond their plan</translation>
    </message>
    <message>
        <source>Funding above the funder&apos;s ceiling</source>
        <translation>Funding above the funder&apos;s ceiling</translation>
    </message>
    <message>
        <source>Funding received beyond the amount committed</source>
        <translation>Funding received beyond the amount committed</translation>
    </message>
    <message>
        <source>Transactions left out: no exchange rate to the euro</source>
        <translation>Transactions left out: no exchange rate to the euro</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded</source>
        <translation>1 % water ceiling exceeded</translation>
    </message>
    <message>
        <source>Water budget of the commune missing</source>
        <translation>Water budget of the commune missing</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Not allocated to a budget line</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Done at {place}, on {date}</translation>
    </message>
    <message>
        <source>Outlook for {year}</source>
        <translation>Outlook for {year}</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Funding committed</translation>
    </message>
    <message>
        <source>No budget entered yet for that year.</source>
        <translation>No budget entered yet for that year.</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Exchanges planned</translation>
    </message>
    <message>
        <source>No exchange planned yet.</source>
        <translation>No exchange planned yet.</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Agreements to renew</translation>
    </message>
    <message>
        <source>No agreement expires before the end of that year.</source>
        <translation>No agreement expires before the end of that year.</translation>
    </message>
    <message>
        <source>[{source} → {target}: translation missing]</source>
        <translation>[{source} → {target}: translation missing]</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>No risk recorded.</source>
        <translation>No risk recorded.</translation>
    </message>
    <message>
        <source>Score: likelihood × impact, from 1 (low) to 9 (high).</source>
        <translation>Score: likelihood × impact, from 1 (low) to 9 (high).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>No evaluation yet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Average score (1 to 4)</source>
        <translation>Average score (1 to 4)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Lessons of the evaluation</source>
        <translation>Lessons of the evaluation</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>Situation on {date}; budget year {year}</source>
        <translation>Situation on {date}; budget year {year}</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>No exchange for this project.</source>
        <translation>No exchange for this project.</translation>
    </message>
    <message>
        <source>Project sheet {code}</source>
        <translation>Project sheet {code}</translation>
    </message>
    <message>
        <source>OECD DAC sector</source>
        <translation>OECD DAC sector</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Planned dates</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Actual dates</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Sustainable Development Goals</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partners and roles</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>No participating organisation.</source>
        <translation>No participating organisation.</translation>
    </message>
    <message>
        <source>Not linked to a partnership.</source>
        <translation>Not linked to a partnership.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>All years of the project, in euros.</source>
        <translation>All years of the project, in euros.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Funding received</translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>No budget recorded.</translation>
    </message>
    <message>
        <source>Budget lines of {year}</source>
        <translation>Budget lines of {year}</translation>
    </message>
    <message>
        <source>Funding of {year}</source>
        <translation>Funding of {year}</translation>
    </message>
    <message>
        <source>Status of the indicators on {date}.</source>
        <translation>Status of the indicators on {date}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Committed</source>
        <comment>funding promised by a funder</comment>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Committed expenditure</source>
        <translation>Committed expenditure</translation>
    </message>
    <message>
        <source>Remaining (planned − spent)</source>
        <translation>Remaining (planned − spent)</translation>
    </message>
    <message>
        <source>Income booked</source>
        <translation>Income booked</translation>
    </message>
    <message>
        <source>Source of funding</source>
        <translation>Source of funding</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>No funding recorded.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>No budget line for this year.</source>
        <translation>No budget line for this year.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</source>
        <translation>1 % water ceiling: the commune&apos;s water budget is not entered, so the ceiling cannot be checked.</translation>
    </message>
    <message>
        <source>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</source>
        <translation>1 % water ceiling exceeded: {own} of the commune&apos;s own money for water cooperation, above the ceiling of {ceiling}.</translation>
    </message>
    <message>
        <source>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</source>
        <translation>1 % water ceiling respected: {own} of the commune&apos;s own money for water cooperation, within the ceiling of {ceiling}.</translation>
    </message>
    <message>
        <source>Point of attention</source>
        <translation>Point of attention</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>No point of attention.</source>
        <translation>No point of attention.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership agreement(s) in force during the year.</source>
        <translation>
            <numerusform>%n partnership agreement in force during the year.</numerusform>
            <numerusform>%n partnership agreements in force during the year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) running during the year.</source>
        <translation>
            <numerusform>%n project running during the year.</numerusform>
            <numerusform>%n projects running during the year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) began during the year.</source>
        <translation>
            <numerusform>%n exchange began during the year.</numerusform>
            <numerusform>%n exchanges began during the year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n exchanges of the year are listed in the exchanges log.</source>
        <translation>
            <numerusform>The exchange of the year is listed in the exchanges log.</numerusform>
            <numerusform>The %n exchanges of the year are listed in the exchanges log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) already planned.</source>
        <translation>
            <numerusform>%n exchange already planned.</numerusform>
            <numerusform>%n exchanges already planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s).</source>
        <translation>
            <numerusform>%n measurement.</numerusform>
            <numerusform>%n measurements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them, %n minor(s) (aged 17 or under).</source>
        <translation>
            <numerusform>Among them, %n minor (aged 17 or under).</numerusform>
            <numerusform>Among them, %n minors (aged 17 or under).</numerusform>
        </translation>
    </message>
</context>
</TS>
