<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Decentralised cooperation and town twinning for municipalities, offline.</source>
        <translation>Decentralised cooperation and town twinning for municipalities, offline.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence: GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Sans, under the Bitstream Vera licence (free; the DejaVu changes are in the public domain); its text is in resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>Fonts: DejaVu Sans, under the Bitstream Vera licence (free; the DejaVu changes are in the public domain); its text is in resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
    <message>
        <source>IATI codelists and schema: IATI Standard (http://iatistandard.org/), Creative Commons Attribution 4.0 (CC BY 4.0).</source>
        <translation>IATI codelists and schema: IATI Standard (http://iatistandard.org/), Creative Commons Attribution 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), under the GNU Lesser General Public License, version 3.</source>
        <translation>Built with Qt for Python (PySide6), under the GNU Lesser General Public License, version 3.</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>About CoopDesk</translation>
    </message>
</context>
<context>
    <name>Apd</name>
    <message>
        <source>Direct (by the municipality)</source>
        <translation>Direct (by the municipality)</translation>
    </message>
    <message>
        <source>Through an association or NGO</source>
        <translation>Through an association or NGO</translation>
    </message>
    <message>
        <source>Through a multilateral organisation</source>
        <translation>Through a multilateral organisation</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Gender equality</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Biodiversity</source>
        <translation>Biodiversity</translation>
    </message>
    <message>
        <source>Nutrition / inclusion</source>
        <translation>Nutrition / inclusion</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>The year must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>Enter the municipality&apos;s settings first.</source>
        <translation>Enter the municipality&apos;s settings first.</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Beneficiary country (ISO)</source>
        <translation>Beneficiary country (ISO)</translation>
    </message>
    <message>
        <source>Beneficiary country</source>
        <translation>Beneficiary country</translation>
    </message>
    <message>
        <source>Partner local authority</source>
        <translation>Partner local authority</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>DAC sector (code)</source>
        <translation>DAC sector (code)</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>DAC sector</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Description (French summary)</source>
        <translation>Description (French summary)</translation>
    </message>
    <message>
        <source>Co-financers (committed in the year)</source>
        <translation>Co-financers (committed in the year)</translation>
    </message>
    <message>
        <source>Co-financing (EUR)</source>
        <translation>Co-financing (EUR)</translation>
    </message>
    <message>
        <source>Eligible spending (EUR)</source>
        <translation>Eligible spending (EUR)</translation>
    </message>
    <message>
        <source>Declaration of official development assistance (APD) {year}</source>
        <translation>Declaration of official development assistance (APD) {year}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Total eligible spending (EUR)</source>
        <translation>Total eligible spending (EUR)</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Generated on</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recipient countries: {list}.</source>
        <translation>Recipient countries: {list}.</translation>
    </message>
    <message>
        <source>Not declared, {country} is not an ODA recipient: {code} ({amount}).</source>
        <translation>Not declared, {country} is not an ODA recipient: {code} ({amount}).</translation>
    </message>
    <message>
        <source>Not declared, no recipient country: {code} ({amount}).</source>
        <translation>Not declared, no recipient country: {code} ({amount}).</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s) without a euro rate are not counted.</source>
        <translation>
            <numerusform>%n expense without a euro rate are not counted.</numerusform>
            <numerusform>%n expenses without a euro rate are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>By beneficiary country</source>
        <translation>By beneficiary country</translation>
    </message>
    <message>
        <source>By DAC sector</source>
        <translation>By DAC sector</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>APD {year}</source>
        <translation>APD {year}</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>My visits</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Receipt attached</source>
        <translation>Receipt attached</translation>
    </message>
    <message>
        <source>Receipt removed</source>
        <translation>Receipt removed</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Backing up the database before closing…</translation>
    </message>
    <message>
        <source>The automatic backup failed; the database itself is unchanged.

{reason}</source>
        <translation>The automatic backup failed; the database itself is unchanged.

{reason}</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Back up when CoopDesk closes after a change, and once a day</source>
        <translation>Back up when CoopDesk closes after a change, and once a day</translation>
    </message>
    <message>
        <source>Leave empty for the database&apos;s own backup folder.</source>
        <translation>Leave empty for the database&apos;s own backup folder.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Copies to keep</source>
        <translation>Copies to keep</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Backup restored; the replaced file was kept as {path}.</source>
        <translation>Backup restored; the replaced file was kept as {path}.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups of {file}, newest first.</source>
        <translation>Backups of {file}, newest first.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Checking the backups…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>No backup in this folder yet.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Restore the backup of {date} at {time}?

The current database file is first kept aside, beside it, as “{name}.replaced-…”: nothing is lost. CoopDesk then shows the restored data; what was entered after this backup is only in the file kept aside.</source>
        <translation>Restore the backup of {date} at {time}?

The current database file is first kept aside, beside it, as “{name}.replaced-…”: nothing is lost. CoopDesk then shows the restored data; what was entered after this backup is only in the file kept aside.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The folder {path} cannot be created: {reason}</source>
        <translation>The folder {path} cannot be created: {reason}</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Budget line {line} of {year} is overspent by {excess}.</source>
        <translation>Budget line {line} of {year} is overspent by {excess}.</translation>
    </message>
    <message>
        <source>Project {project} is overspent by {excess} in {year}.</source>
        <translation>Project {project} is overspent by {excess} in {year}.</translation>
    </message>
    <message>
        <source>Funding {source} of {year}: {excess} received beyond the {committed} committed.</source>
        <translation>Funding {source} of {year}: {excess} received beyond the {committed} committed.</translation>
    </message>
    <message>
        <source>Funding {source} of {year} covers {share} of the planned budget, above its cap of {cap}.</source>
        <translation>Funding {source} of {year} covers {share} of the planned budget, above its cap of {cap}.</translation>
    </message>
    <message numerus="yes">
        <source>Project {project}, {year}: %n transaction(s) without a valid rate to the euro are left out of the totals.</source>
        <translation>
            <numerusform>Project {project}, {year}: %n transaction without a valid rate to the euro are left out of the totals.</numerusform>
            <numerusform>Project {project}, {year}: %n transactions without a valid rate to the euro are left out of the totals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the commune&apos;s water and sanitation budget in the settings: the 1 % ceiling of the Oudin-Santini law cannot be checked for {year}.</source>
        <translation>Enter the commune&apos;s water and sanitation budget in the settings: the 1 % ceiling of the Oudin-Santini law cannot be checked for {year}.</translation>
    </message>
    <message>
        <source>In {year} the commune&apos;s own funding of water projects ({amount}) is above 1 % of its water and sanitation budget ({ceiling}), the limit of the Oudin-Santini law.</source>
        <translation>In {year} the commune&apos;s own funding of water projects ({amount}) is above 1 % of its water and sanitation budget ({ceiling}), the limit of the Oudin-Santini law.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Planned amount</source>
        <translation>Planned amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Committed amount</source>
        <translation>Committed amount</translation>
    </message>
    <message>
        <source>Received amount</source>
        <translation>Received amount</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Committed on</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rate to the euro</source>
        <translation>Rate to the euro</translation>
    </message>
    <message>
        <source>Date of the rate</source>
        <translation>Date of the rate</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Accounting reference</source>
        <translation>Accounting reference</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Accounting code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Not allocated to a budget line</source>
        <translation>Not allocated to a budget line</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>Other lines</source>
        <translation>Other lines</translation>
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
        <translation>Planned and spent per year</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Funding committed by kind</source>
        <translation>Funding committed by kind</translation>
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
        <translation>Planned</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
</context>
<context>
    <name>BudgetCommuneTableModel</name>
    <message>
        <source>Funding committed</source>
        <translation>Funding committed</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Funding received</translation>
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
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Own funding of water projects</source>
        <translation>Own funding of water projects</translation>
    </message>
    <message>
        <source>1 % water ceiling</source>
        <translation>1 % water ceiling</translation>
    </message>
</context>
<context>
    <name>BudgetHistoryPanel</name>
    <message>
        <source>Search the history…</source>
        <translation>Search the history…</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>No change recorded.</translation>
    </message>
    <message>
        <source>No change matches the search.</source>
        <translation>No change matches the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is kept as it was written: it cannot be edited.</source>
        <translation>The history is kept as it was written: it cannot be edited.</translation>
    </message>
    <message>
        <source>Select a budget line, a funding source or a transaction.</source>
        <translation>Select a budget line, a funding source or a transaction.</translation>
    </message>
    <message>
        <source>History of “{name}”</source>
        <translation>History of “{name}”</translation>
    </message>
    <message>
        <source>The changes of the record selected in the other tabs show here.</source>
        <translation>The changes of the record selected in the other tabs show here.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation>Edit budget line</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>New budget line</translation>
    </message>
    <message>
        <source>e.g. Technical missions</source>
        <translation>e.g. Technical missions</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Planned amount</source>
        <translation>Planned amount</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Add budget line</translation>
    </message>
</context>
<context>
    <name>BudgetLineTableModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Search projects…</source>
        <translation>Search projects…</translation>
    </message>
    <message>
        <source>No budget recorded for this period.</source>
        <translation>No budget recorded for this period.</translation>
    </message>
    <message>
        <source>No project matches the search.</source>
        <translation>No project matches the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) with a budget</source>
        <translation>
            <numerusform>%n project with a budget</numerusform>
            <numerusform>%n projects with a budget</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget recorded.</source>
        <translation>No budget recorded.</translation>
    </message>
    <message>
        <source>No funding recorded.</source>
        <translation>No funding recorded.</translation>
    </message>
    <message>
        <source>Per project</source>
        <translation>Per project</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Not loaded: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Planned and spent: the %n largest projects</source>
        <translation>
            <numerusform>Planned and spent: the %n largest projects</numerusform>
            <numerusform>Planned and spent: the %n largest projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned and spent per project</source>
        <translation>Planned and spent per project</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Planned and spent per line</source>
        <translation>Planned and spent per line</translation>
    </message>
    <message>
        <source>Planned and spent per line, all years</source>
        <translation>Planned and spent per line, all years</translation>
    </message>
    <message numerus="yes">
        <source>Budget lines (%n)</source>
        <translation>
            <numerusform>Budget lines (%n)</numerusform>
            <numerusform>Budget lines (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funding plan (%n)</source>
        <translation>
            <numerusform>Funding plan (%n)</numerusform>
            <numerusform>Funding plan (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transactions (%n)</source>
        <translation>
            <numerusform>Transactions (%n)</numerusform>
            <numerusform>Transactions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>BudgetRecordDialog</name>
    <message>
        <source>Optional: why this change (kept in the history)</source>
        <translation>Optional: why this change (kept in the history)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Undone: {reason}</source>
        <translation>Undone: {reason}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>New budget line</source>
        <translation>New budget line</translation>
    </message>
    <message>
        <source>No budget line — click “New budget line” to plan the project&apos;s costs.</source>
        <translation>No budget line — click “New budget line” to plan the project&apos;s costs.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <source>Delete the budget line “{name}”? You can undo this with {shortcut}.</source>
        <translation>Delete the budget line “{name}”? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation>New funding source</translation>
    </message>
    <message>
        <source>No funding source — click “New funding source” to describe who pays for what.</source>
        <translation>No funding source — click “New funding source” to describe who pays for what.</translation>
    </message>
    <message numerus="yes">
        <source>%n funding source(s)</source>
        <translation>
            <numerusform>%n funding source</numerusform>
            <numerusform>%n funding sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete funding source</source>
        <translation>Delete funding source</translation>
    </message>
    <message>
        <source>Delete the funding source “{name}”? You can undo this with {shortcut}.</source>
        <translation>Delete the funding source “{name}”? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Show the changes of the selected record</source>
        <translation>Show the changes of the selected record</translation>
    </message>
    <message>
        <source>Nothing matches the search or the filter.</source>
        <translation>Nothing matches the search or the filter.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>New transaction</translation>
    </message>
    <message>
        <source>No transaction — click “New transaction” to record an expense, a commitment or income.</source>
        <translation>No transaction — click “New transaction” to record an expense, a commitment or income.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete transaction</source>
        <translation>Delete transaction</translation>
    </message>
    <message>
        <source>Delete the transaction “{name}”? Its receipts are unlinked, their files kept. You can undo this with {shortcut}.</source>
        <translation>Delete the transaction “{name}”? Its receipts are unlinked, their files kept. You can undo this with {shortcut}.</translation>
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
        <translation>Planned</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>No budget planned for this year.</source>
        <translation>No budget planned for this year.</translation>
    </message>
    <message>
        <source>{rate} of the planned budget spent</source>
        <translation>{rate} of the planned budget spent</translation>
    </message>
    <message>
        <source>Co-financing ({amount})</source>
        <translation>Co-financing ({amount})</translation>
    </message>
    <message>
        <source>Own budget</source>
        <translation>Own budget</translation>
    </message>
    <message>
        <source>{kind}: {amount}</source>
        <translation>{kind}: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) in a currency without a rate to the euro are left out.</source>
        <translation>
            <numerusform>%n amount in a currency without a rate to the euro is left out.</numerusform>
            <numerusform>%n amounts in a currency without a rate to the euro are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetTotals</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Funding committed</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Funding received</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>{kind} {share}</source>
        <translation>{kind} {share}</translation>
    </message>
    <message>
        <source>No funding yet</source>
        <translation>No funding yet</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a volunteer bundle</source>
        <translation>Import a volunteer bundle</translation>
    </message>
    <message>
        <source>Bundle from {volunteer}, made on {date} at {time}.</source>
        <translation>Bundle from {volunteer}, made on {date} at {time}.</translation>
    </message>
    <message>
        <source>These visits were changed both here and by the volunteer since the last import. Choose which version to keep for each:</source>
        <translation>These visits were changed both here and by the volunteer since the last import. Choose which version to keep for each:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <source>Changed by the volunteer</source>
        <translation>Changed by the volunteer</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>What differs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing to import: everything in this bundle is already here.</source>
        <translation>Nothing to import: everything in this bundle is already here.</translation>
    </message>
    <message>
        <source>New visits to add: {n}</source>
        <translation>New visits to add: {n}</translation>
    </message>
    <message>
        <source>Visits updated by the volunteer: {n}</source>
        <translation>Visits updated by the volunteer: {n}</translation>
    </message>
    <message>
        <source>Unchanged, or newer here: {n}</source>
        <translation>Unchanged, or newer here: {n}</translation>
    </message>
    <message>
        <source>New partners to add: {n}</source>
        <translation>New partners to add: {n}</translation>
    </message>
    <message>
        <source>Conflicts to decide: {n}</source>
        <translation>Conflicts to decide: {n}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>Keep this database&apos;s version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Take the volunteer&apos;s version</source>
        <translation>Take the volunteer&apos;s version</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n visit(s) added.</source>
        <translation>
            <numerusform>Imported: %n visit added.</numerusform>
            <numerusform>Imported: %n visits added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) updated.</source>
        <translation>
            <numerusform>%n visit updated.</numerusform>
            <numerusform>%n visits updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner(s) added.</source>
        <translation>
            <numerusform>%n new partner added.</numerusform>
            <numerusform>%n new partners added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or document(s) added.</source>
        <translation>
            <numerusform>%n photo or document added.</numerusform>
            <numerusform>%n photos or documents added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): this database&apos;s version was kept.</source>
        <translation>
            <numerusform>%n conflict: this database&apos;s version was kept.</numerusform>
            <numerusform>%n conflicts: this database&apos;s version was kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BundleParts</name>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>outcomes</translation>
    </message>
    <message>
        <source>logged by</source>
        <translation>logged by</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>participant counts</source>
        <translation>participant counts</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>photos and documents</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The schema is at revision {rev}; it will be upgraded to {head} on open.</source>
        <translation>The schema is at revision {rev}; it will be upgraded to {head} on open.</translation>
    </message>
    <message>
        <source>No verified backup of this file was found.</source>
        <translation>No verified backup of this file was found.</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: {detail}</source>
        <translation>SQLite integrity check failed: {detail}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n row refer to records that do not exist.</numerusform>
            <numerusform>%n rows refer to records that do not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was altered at entry {seq}: the chain is broken.</source>
        <translation>The audit trail was altered at entry {seq}: the chain is broken.</translation>
    </message>
    <message>
        <source>The attached file {name} does not match its checksum.</source>
        <translation>The attached file {name} does not match its checksum.</translation>
    </message>
    <message>
        <source>Unknown currency code {code} in the budget.</source>
        <translation>Unknown currency code {code} in the budget.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in {code} do not use the fixed parity.</source>
        <translation>
            <numerusform>%n transaction in {code} do not use the fixed parity.</numerusform>
            <numerusform>%n transactions in {code} do not use the fixed parity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some participant counts are negative.</source>
        <translation>Some participant counts are negative.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) end before they start.</source>
        <translation>
            <numerusform>%n exchange end before they start.</numerusform>
            <numerusform>%n exchanges end before they start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) end before they were signed.</source>
        <translation>
            <numerusform>%n partnership end before they were signed.</numerusform>
            <numerusform>%n partnerships end before they were signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) are booked on a budget line of another project.</source>
        <translation>
            <numerusform>%n transaction is booked on a budget line of another project.</numerusform>
            <numerusform>%n transactions are booked on a budget line of another project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) use a funding source of another project.</source>
        <translation>
            <numerusform>%n transaction uses a funding source of another project.</numerusform>
            <numerusform>%n transactions use a funding source of another project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) are used by no record; they still take space in the file.</source>
        <translation>
            <numerusform>%n attached file is used by no record; it still takes space in the file.</numerusform>
            <numerusform>%n attached files are used by no record; they still take space in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail records %n privacy erasure(s); the erased values are no longer in it.</source>
        <translation>
            <numerusform>The audit trail records %n privacy erasure; the erased values are no longer in it.</numerusform>
            <numerusform>The audit trail records %n privacy erasures; the erased values are no longer in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>The check could not run: {reason}</translation>
    </message>
    <message>
        <source>No problem found: {file} is in good health.</source>
        <translation>No problem found: {file} is in good health.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in {file}:</source>
        <translation>
            <numerusform>%n problem found in {file}:</numerusform>
            <numerusform>%n problems found in {file}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>The file is damaged. CoopDesk has not changed it and never overwrites it: restoring a backup first moves it aside, renamed {name}, so that nothing is lost.</source>
        <translation>The file is damaged. CoopDesk has not changed it and never overwrites it: restoring a backup first moves it aside, renamed {name}, so that nothing is lost.</translation>
    </message>
    <message>
        <source>No verified backup of this file was found.</source>
        <translation>No verified backup of this file was found.</translation>
    </message>
    <message>
        <source>Replace {file} with the backup from {date} at {time}? Changes made since then are not in the backup. The damaged file is kept aside, not deleted.</source>
        <translation>Replace {file} with the backup from {date} at {time}? Changes made since then are not in the backup. The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created an empty database: {path}</source>
        <translation>Created an empty database: {path}</translation>
    </message>
    <message>
        <source>Created the demo database (scale {scale}): {path}</source>
        <translation>Created the demo database (scale {scale}): {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see above.</source>
        <translation>
            <numerusform>%n problem found; see above.</numerusform>
            <numerusform>%n problems found; see above.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: healthy (schema {rev}).</source>
        <translation>{path}: healthy (schema {rev}).</translation>
    </message>
    <message>
        <source>No database to import the bundle into: give it with --db FILE.</source>
        <translation>No database to import the bundle into: give it with --db FILE.</translation>
    </message>
    <message>
        <source>A volunteer cannot import a bundle.</source>
        <translation>A volunteer cannot import a bundle.</translation>
    </message>
    <message>
        <source>coopdesk: interrupted; nothing was changed.</source>
        <translation>coopdesk: interrupted; nothing was changed.</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>unexpected error: {error}</translation>
    </message>
    <message>
        <source>Give the year to declare with --year.</source>
        <translation>Give the year to declare with --year.</translation>
    </message>
    <message>
        <source>Give the volunteer&apos;s name with --volunteer.</source>
        <translation>Give the volunteer&apos;s name with --volunteer.</translation>
    </message>
    <message>
        <source>Unknown table {name}; choose one of: {names}.</source>
        <translation>Unknown table {name}; choose one of: {names}.</translation>
    </message>
    <message>
        <source>Bundle written: {path} ({exchanges} exchange(s), {files} file(s)).</source>
        <translation>Bundle written: {path} ({exchanges} exchange(s), {files} file(s)).</translation>
    </message>
    <message>
        <source>Exported {rows} row(s) to {path}.</source>
        <translation>Exported {rows} row(s) to {path}.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {path}: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported {path}: {created} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (not valid).</source>
        <translation>
            <numerusform>%n row skipped (not valid).</numerusform>
            <numerusform>%n rows skipped (not valid).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle from {volunteer}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Bundle from {volunteer}: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Conflict, left unchanged: {date} {title} ({id})</source>
        <translation>Conflict, left unchanged: {date} {title} ({id})</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left unchanged: use --prefer theirs or --prefer ours.</source>
        <translation>
            <numerusform>%n conflict left unchanged: use --prefer theirs or --prefer ours.</numerusform>
            <numerusform>%n conflicts left unchanged: use --prefer theirs or --prefer ours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>Restored {backup} into {path}.</translation>
    </message>
    <message>
        <source>The previous file was kept as {path}.</source>
        <translation>The previous file was kept as {path}.</translation>
    </message>
    <message>
        <source>IATI file written and validated: {path} ({activities} activities, {transactions} transactions).</source>
        <translation>IATI file written and validated: {path} ({activities} activities, {transactions} transactions).</translation>
    </message>
    <message>
        <source>APD declaration {year} written: {path} ({projects} project(s), {total}).</source>
        <translation>APD declaration {year} written: {path} ({projects} project(s), {total}).</translation>
    </message>
    <message>
        <source>refusing to erase without confirmation: run it in a terminal or add --yes.</source>
        <translation>refusing to erase without confirmation: run it in a terminal or add --yes.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>No contact or participant matches.</source>
        <translation>No contact or participant matches.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>Exported %n record to {path}</numerusform>
            <numerusform>Exported %n records to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.</source>
        <translation>Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.</translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n other record(s):</source>
        <translation>
            <numerusform>The name still appears in %n other record:</numerusform>
            <numerusform>The name still appears in %n other records:</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before today still hold the erased data until they are replaced.</source>
        <translation>Backups made before today still hold the erased data until they are replaced.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n record(s) for good?</source>
        <translation>
            <numerusform>Delete this record for good?</numerusform>
            <numerusform>Delete these %n records for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise these %n record(s) for good?</source>
        <translation>
            <numerusform>Anonymise this record for good?</numerusform>
            <numerusform>Anonymise these %n records for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named participant(s)</source>
        <translation>
            <numerusform>%n named participant</numerusform>
            <numerusform>%n named participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise these %n participant(s)?</source>
        <translation>
            <numerusform>Anonymise this participant?</numerusform>
            <numerusform>Anonymise these %n participants?</numerusform>
        </translation>
    </message>
    <message>
        <source>Record of processing written to {path}</source>
        <translation>Record of processing written to {path}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>e.g. Mayor, twinning officer</source>
        <translation>e.g. Mayor, twinning officer</translation>
    </message>
    <message>
        <source>The person agreed to be recorded</source>
        <translation>The person agreed to be recorded</translation>
    </message>
    <message>
        <source>Personal data: record only what the partnership needs.</source>
        <translation>Personal data: record only what the partnership needs.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add contact {name}</source>
        <translation>Add contact {name}</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>Edit contact {name}</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Yes, on {date}</source>
        <translation>Yes, on {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>No contact yet for this partner — click “New contact”.</source>
        <translation>No contact yet for this partner — click “New contact”.</translation>
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
        <translation>Contacts of {partner}</translation>
    </message>
    <message>
        <source>Select a partner to see its contacts.</source>
        <translation>Select a partner to see its contacts.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”? You can undo this with {shortcut}.</source>
        <translation>Delete the contact “{name}”? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>Delete contact {name}</source>
        <translation>Delete contact {name}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Funding committed</source>
        <translation>Funding committed</translation>
    </message>
    <message>
        <source>Funding received</source>
        <translation>Funding received</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Co-financing</translation>
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
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <source>Agreements to renew</source>
        <translation>Agreements to renew</translation>
    </message>
    <message>
        <source>Measurements due</source>
        <translation>Measurements due</translation>
    </message>
    <message>
        <source>Exchanges planned</source>
        <translation>Exchanges planned</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Partnerships and projects</source>
        <translation>Partnerships and projects</translation>
    </message>
    <message>
        <source>Active partnerships</source>
        <translation>Active partnerships</translation>
    </message>
    <message>
        <source>Exchanges and participants</source>
        <translation>Exchanges and participants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>of them minors</source>
        <translation>of them minors</translation>
    </message>
    <message>
        <source>Projects in {year}</source>
        <translation>Projects in {year}</translation>
    </message>
    <message>
        <source>Exchanges in {year}</source>
        <translation>Exchanges in {year}</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>By sex</translation>
    </message>
    <message>
        <source>By age group</source>
        <translation>By age group</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {message}</source>
        <translation>The dashboard could not be read: {message}</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Whole database (XLSX)…</source>
        <translation>Whole database (XLSX)…</translation>
    </message>
    <message>
        <source>Whole database (CSV files in a zip)…</source>
        <translation>Whole database (CSV files in a zip)…</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX, CSV)…</source>
        <translation>Spreadsheet (XLSX, CSV)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Zip of CSV files, UTF-8 (*.zip)</source>
        <translation>Zip of CSV files, UTF-8 (*.zip)</translation>
    </message>
    <message>
        <source>Zip of CSV files for French Excel, with ; and BOM (*.zip)</source>
        <translation>Zip of CSV files for French Excel, with ; and BOM (*.zip)</translation>
    </message>
    <message>
        <source>Export the whole database</source>
        <translation>Export the whole database</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}.</source>
        <translation>
            <numerusform>%n row exported to {path}.</numerusform>
            <numerusform>%n rows exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the database…</source>
        <translation>Exporting the database…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>DataMenus</name>
    <message>
        <source>IATI activity file…</source>
        <translation>IATI activity file…</translation>
    </message>
    <message>
        <source>Every project as an IATI 2.03 file, checked against the official schema</source>
        <translation>Every project as an IATI 2.03 file, checked against the official schema</translation>
    </message>
    <message>
        <source>APD declaration…</source>
        <translation>APD declaration…</translation>
    </message>
    <message>
        <source>The year&apos;s official development aid, ready for the ministry&apos;s form</source>
        <translation>The year&apos;s official development aid, ready for the ministry&apos;s form</translation>
    </message>
    <message>
        <source>Volunteer bundle…</source>
        <translation>Volunteer bundle…</translation>
    </message>
    <message>
        <source>The visits logged since the last export, for the town hall</source>
        <translation>The visits logged since the last export, for the town hall</translation>
    </message>
    <message>
        <source>Add the visits a volunteer exported</source>
        <translation>Add the visits a volunteer exported</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Export the IATI activity file</source>
        <translation>Export the IATI activity file</translation>
    </message>
    <message>
        <source>IATI XML files (*.xml)</source>
        <translation>IATI XML files (*.xml)</translation>
    </message>
    <message>
        <source>Writing and validating the IATI file…</source>
        <translation>Writing and validating the IATI file…</translation>
    </message>
    <message>
        <source>IATI file written and validated: {path} ({activities} activities, {transactions} transactions).</source>
        <translation>IATI file written and validated: {path} ({activities} activities, {transactions} transactions).</translation>
    </message>
    <message>
        <source>APD declaration</source>
        <translation>APD declaration</translation>
    </message>
    <message>
        <source>Year to declare:</source>
        <translation>Year to declare:</translation>
    </message>
    <message>
        <source>Export the APD declaration</source>
        <translation>Export the APD declaration</translation>
    </message>
    <message>
        <source>APD-{year}.xlsx</source>
        <translation>APD-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the APD declaration…</source>
        <translation>Writing the APD declaration…</translation>
    </message>
    <message>
        <source>APD declaration {year} written: {path} ({projects} project(s), {total}).</source>
        <translation>APD declaration {year} written: {path} ({projects} project(s), {total}).</translation>
    </message>
    <message>
        <source>Volunteer bundle</source>
        <translation>Volunteer bundle</translation>
    </message>
    <message>
        <source>Whose visits? (the name they were logged with)</source>
        <translation>Whose visits? (the name they were logged with)</translation>
    </message>
    <message>
        <source>Export a volunteer bundle</source>
        <translation>Export a volunteer bundle</translation>
    </message>
    <message>
        <source>CoopDesk bundles (*{suffix})</source>
        <translation>CoopDesk bundles (*{suffix})</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Nothing new since the last export: the bundle {path} is empty.</source>
        <translation>Nothing new since the last export: the bundle {path} is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle written: {path} ({visits}, {files}).</source>
        <translation>Bundle written: {path} ({visits}, {files}).</translation>
    </message>
    <message>
        <source>Import a volunteer bundle</source>
        <translation>Import a volunteer bundle</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CoopDesk database.</source>
        <translation>{path} is a folder, not a CoopDesk database.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a CoopDesk database.</source>
        <translation>The file {path} is empty: it is not a CoopDesk database.</translation>
    </message>
    <message>
        <source>The file {path} is not a CoopDesk database.</source>
        <translation>The file {path} is not a CoopDesk database.</translation>
    </message>
    <message>
        <source>The file {path} is truncated or damaged; it was left untouched.</source>
        <translation>The file {path} is truncated or damaged; it was left untouched.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program, not CoopDesk.</source>
        <translation>The file {path} is a database of another program, not CoopDesk.</translation>
    </message>
    <message>
        <source>The database {url} is empty: prepare it first with &quot;coopdesk init --db URL&quot;.</source>
        <translation>The database {url} is empty: prepare it first with &quot;coopdesk init --db URL&quot;.</translation>
    </message>
    <message>
        <source>The database server {url} cannot be reached: {reason}</source>
        <translation>The database server {url} cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>The database {url} holds tables of another program, not CoopDesk.</source>
        <translation>The database {url} holds tables of another program, not CoopDesk.</translation>
    </message>
    <message>
        <source>The database {url} was upgraded by a newer version of CoopDesk; update CoopDesk.</source>
        <translation>The database {url} was upgraded by a newer version of CoopDesk; update CoopDesk.</translation>
    </message>
    <message>
        <source>The database {url} already holds CoopDesk data; it was left untouched.</source>
        <translation>The database {url} already holds CoopDesk data; it was left untouched.</translation>
    </message>
    <message>
        <source>The database {url} could not be upgraded to this version; nothing was changed: {reason}</source>
        <translation>The database {url} could not be upgraded to this version; nothing was changed: {reason}</translation>
    </message>
    <message>
        <source>The database {url} must be upgraded before it can be opened read-only; open it normally once.</source>
        <translation>The database {url} must be upgraded before it can be opened read-only; open it normally once.</translation>
    </message>
    <message>
        <source>This record was deleted by someone else since you opened it; nothing was saved.</source>
        <translation>This record was deleted by someone else since you opened it; nothing was saved.</translation>
    </message>
    <message>
        <source>This record was changed by {user} on {when} since you opened it; nothing was saved. Close it and open it again to see their version, then redo your change.</source>
        <translation>This record was changed by {user} on {when} since you opened it; nothing was saved. Close it and open it again to see their version, then redo your change.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it; nothing was saved. Close it and open it again to see their version, then redo your change.</source>
        <translation>This record was changed by someone else since you opened it; nothing was saved. Close it and open it again to see their version, then redo your change.</translation>
    </message>
    <message>
        <source>Their version: {values}</source>
        <translation>Their version: {values}</translation>
    </message>
    <message>
        <source>{url} is on a database server: its administrator backs it up with pg_dump.</source>
        <translation>{url} is on a database server: its administrator backs it up with pg_dump.</translation>
    </message>
    <message>
        <source>The file {path} is damaged; it was left untouched.</source>
        <translation>The file {path} is damaged; it was left untouched.</translation>
    </message>
    <message>
        <source>The file {path} was made by a newer version of CoopDesk; update CoopDesk to open it.</source>
        <translation>The file {path} was made by a newer version of CoopDesk; update CoopDesk to open it.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>The file {path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>The restore failed and the database was left as it was: {reason}</source>
        <translation>The restore failed and the database was left as it was: {reason}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <source>The file {path} could not be upgraded to this version; it was restored as it was.</source>
        <translation>The file {path} could not be upgraded to this version; it was restored as it was.</translation>
    </message>
    <message>
        <source>The file {path} must be upgraded before it can be opened read-only; open it normally.</source>
        <translation>The file {path} must be upgraded before it can be opened read-only; open it normally.</translation>
    </message>
    <message>
        <source>The backup failed and nothing was written: {reason}</source>
        <translation>The backup failed and nothing was written: {reason}</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>CoopDesk databases (*{suffix});;All files (*)</source>
        <translation>CoopDesk databases (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Create a new database</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No document yet — click “Add…” to attach the signed agreement.</source>
        <translation>No document yet — click “Add…” to attach the signed agreement.</translation>
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
        <translation>Documents of “{title}”</translation>
    </message>
    <message>
        <source>Select a partnership to see its documents.</source>
        <translation>Select a partnership to see its documents.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Add document {name}</source>
        <translation>Add document {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s)</source>
        <translation>
            <numerusform>Add %n document</numerusform>
            <numerusform>Add %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Document not added</source>
        <translation>Document not added</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>No program could open {name}.</source>
        <translation>No program could open {name}.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>Document not saved</translation>
    </message>
    <message>
        <source>Remove the document “{name}” from this partnership? You can undo this with {shortcut}.</source>
        <translation>Remove the document “{name}” from this partnership? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove document {name}</source>
        <translation>Remove document {name}</translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation>Document not removed</translation>
    </message>
    <message>
        <source>Select an exchange to see its documents and photos.</source>
        <translation>Select an exchange to see its documents and photos.</translation>
    </message>
    <message>
        <source>No document yet — click “Add…” to attach the programme or photos.</source>
        <translation>No document yet — click “Add…” to attach the programme or photos.</translation>
    </message>
    <message>
        <source>Remove the document “{name}” from this exchange? You can undo this with {shortcut}.</source>
        <translation>Remove the document “{name}” from this exchange? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Select a project to see its documents.</source>
        <translation>Select a project to see its documents.</translation>
    </message>
    <message>
        <source>No document yet — click “Add…” to attach the project sheet, a report or photos.</source>
        <translation>No document yet — click “Add…” to attach the project sheet, a report or photos.</translation>
    </message>
    <message>
        <source>Remove the document “{name}” from this project? You can undo this with {shortcut}.</source>
        <translation>Remove the document “{name}” from this project? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Select a transaction to see its receipts.</source>
        <translation>Select a transaction to see its receipts.</translation>
    </message>
    <message>
        <source>No receipt yet — click “Add…” to attach the invoice or the payment slip.</source>
        <translation>No receipt yet — click “Add…” to attach the invoice or the payment slip.</translation>
    </message>
    <message>
        <source>Remove the receipt “{name}” from this transaction? The file is kept. You can undo this with {shortcut}.</source>
        <translation>Remove the receipt “{name}” from this transaction? The file is kept. You can undo this with {shortcut}.</translation>
    </message>
</context>
<context>
    <name>DrilldownFilter</name>
    <message numerus="yes">
        <source>Showing the %n record(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Showing the %n record behind a dashboard number.</numerusform>
            <numerusform>Showing the %n records behind a dashboard number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This partner no longer exists.</source>
        <translation>This partner no longer exists.</translation>
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
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding source(s)</source>
        <translation>
            <numerusform>%n funding source</numerusform>
            <numerusform>%n funding sources</numerusform>
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
        <translation>This budget line no longer exists.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it is still referred to by {refs}.</source>
        <translation>{name} cannot be deleted: it is still referred to by {refs}.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>This partnership no longer exists.</source>
        <translation>This partnership no longer exists.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>This exchange no longer exists.</source>
        <translation>This exchange no longer exists.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>This project no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n budget line</numerusform>
            <numerusform>%n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the project {code}? Its %n exchange(s) will be kept but unlinked.</source>
        <translation>
            <numerusform>Delete the project {code}? Its %n exchange will be kept but unlinked.</numerusform>
            <numerusform>Delete the project {code}? Its %n exchanges will be kept but unlinked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project {code}?</source>
        <translation>Delete the project {code}?</translation>
    </message>
    <message>
        <source>This risk no longer exists.</source>
        <translation>This risk no longer exists.</translation>
    </message>
    <message>
        <source>You can open only the visits you logged yourself.</source>
        <translation>You can open only the visits you logged yourself.</translation>
    </message>
    <message>
        <source>You can change only the visits you logged yourself.</source>
        <translation>You can change only the visits you logged yourself.</translation>
    </message>
    <message>
        <source>You can delete only the visits you logged yourself.</source>
        <translation>You can delete only the visits you logged yourself.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>This indicator no longer exists.</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>This evaluation no longer exists.</translation>
    </message>
    <message>
        <source>This funding source no longer exists.</source>
        <translation>This funding source no longer exists.</translation>
    </message>
    <message>
        <source>This indicator is not in the library.</source>
        <translation>This indicator is not in the library.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the indicator {code} and its %n measurement(s)?</source>
        <translation>
            <numerusform>Delete the indicator {code} and its measurement (%n)?</numerusform>
            <numerusform>Delete the indicator {code} and its %n measurements?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the indicator {code}?</source>
        <translation>Delete the indicator {code}?</translation>
    </message>
    <message>
        <source>This measurement no longer exists.</source>
        <translation>This measurement no longer exists.</translation>
    </message>
    <message>
        <source>This transaction no longer exists.</source>
        <translation>This transaction no longer exists.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Edit evaluation</source>
        <translation>Edit evaluation</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <source>A person, a firm, or “joint review”</source>
        <translation>A person, a firm, or “joint review”</translation>
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
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>{score} — {label}</source>
        <translation>{score} — {label}</translation>
    </message>
    <message>
        <source>Add evaluation</source>
        <translation>Add evaluation</translation>
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
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
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
        <source>Is the project doing the right things?</source>
        <translation>Is the project doing the right things?</translation>
    </message>
    <message>
        <source>How well does the project fit?</source>
        <translation>How well does the project fit?</translation>
    </message>
    <message>
        <source>Is the project achieving its objectives?</source>
        <translation>Is the project achieving its objectives?</translation>
    </message>
    <message>
        <source>How well are resources being used?</source>
        <translation>How well are resources being used?</translation>
    </message>
    <message>
        <source>What difference does the project make?</source>
        <translation>What difference does the project make?</translation>
    </message>
    <message>
        <source>Will the benefits last?</source>
        <translation>Will the benefits last?</translation>
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
</context>
<context>
    <name>EvidenceEdit</name>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The partner {name} of the bundle is not valid: {reason}</source>
        <translation>The partner {name} of the bundle is not valid: {reason}</translation>
    </message>
    <message>
        <source>The visit {title} of the bundle is not valid: {reason}</source>
        <translation>The visit {title} of the bundle is not valid: {reason}</translation>
    </message>
    <message>
        <source>Project {code} is unknown here: its link was left out.</source>
        <translation>Project {code} is unknown here: its link was left out.</translation>
    </message>
    <message>
        <source>The bundle {path} is damaged or was altered: nothing was imported.</source>
        <translation>The bundle {path} is damaged or was altered: nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle {path} was refused: it holds a file whose path leaves the bundle ({name}).</source>
        <translation>The bundle {path} was refused: it holds a file whose path leaves the bundle ({name}).</translation>
    </message>
    <message>
        <source>The file {path} is not a CoopDesk volunteer bundle.</source>
        <translation>The file {path} is not a CoopDesk volunteer bundle.</translation>
    </message>
    <message>
        <source>The bundle {path} was made by a newer version of CoopDesk: update CoopDesk first.</source>
        <translation>The bundle {path} was made by a newer version of CoopDesk: update CoopDesk first.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is not a number.</translation>
    </message>
    <message>
        <source>Enter a number, not yes or no.</source>
        <translation>Enter a number, not yes or no.</translation>
    </message>
    <message>
        <source>Enter a number, not a date.</source>
        <translation>Enter a number, not a date.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} is not a whole number.</translation>
    </message>
    <message>
        <source>{code} is not a currency code such as EUR.</source>
        <translation>{code} is not a currency code such as EUR.</translation>
    </message>
    <message>
        <source>{value} has too many decimals for {currency}.</source>
        <translation>{value} has too many decimals for {currency}.</translation>
    </message>
    <message>
        <source>{value} is not a date: use dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>{value} is not a date: use dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>{value} is not yes or no.</source>
        <translation>{value} is not yes or no.</translation>
    </message>
    <message>
        <source>This is not a valid JSON object.</source>
        <translation>This is not a valid JSON object.</translation>
    </message>
    <message>
        <source>{value} is not a period such as 2025, 2025-Q2 or 2025-03.</source>
        <translation>{value} is not a period such as 2025, 2025-Q2 or 2025-03.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>Sheet {sheet}, row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>Row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected, nothing was imported. First: {first}</source>
        <translation>
            <numerusform>%n row rejected, nothing was imported. First: {first}</numerusform>
            <numerusform>%n rows rejected, nothing was imported. First: {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>The file {path} is too large: the limit is {limit} MB.</source>
        <translation>The file {path} is too large: the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>The file {path} is empty.</translation>
    </message>
    <message>
        <source>The file {path} is damaged: it is not a readable zip file.</source>
        <translation>The file {path} is damaged: it is not a readable zip file.</translation>
    </message>
    <message>
        <source>The file {path} was refused: it would expand to far more data than it holds (a possible zip bomb).</source>
        <translation>The file {path} was refused: it would expand to far more data than it holds (a possible zip bomb).</translation>
    </message>
    <message>
        <source>The file {path} is encrypted: remove its password.</source>
        <translation>The file {path} is encrypted: remove its password.</translation>
    </message>
    <message>
        <source>The file {path} was refused: it contains XML entity declarations.</source>
        <translation>The file {path} was refused: it contains XML entity declarations.</translation>
    </message>
    <message>
        <source>The file {path} is damaged and cannot be read.</source>
        <translation>The file {path} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file {path} was written by a newer version of CoopDesk: update CoopDesk first.</source>
        <translation>The file {path} was written by a newer version of CoopDesk: update CoopDesk first.</translation>
    </message>
    <message>
        <source>This row refers to an exchange that is not in the file.</source>
        <translation>This row refers to an exchange that is not in the file.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <source>Say what the file {path} holds: partners, contacts, exchanges, transactions or measurements.</source>
        <translation>Say what the file {path} holds: partners, contacts, exchanges, transactions or measurements.</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>Import of {source}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The IATI file was not written: {problems}.</source>
        <translation>The IATI file was not written: {problems}.</translation>
    </message>
    <message>
        <source>enter the municipality&apos;s settings first</source>
        <translation>enter the municipality&apos;s settings first</translation>
    </message>
    <message>
        <source>enter the municipality&apos;s INSEE code in the settings: the IATI identifiers are built from it</source>
        <translation>enter the municipality&apos;s INSEE code in the settings: the IATI identifiers are built from it</translation>
    </message>
    <message>
        <source>the reporting organisation&apos;s identifier {ref} must not contain spaces or the characters / &amp; | ?</source>
        <translation>the reporting organisation&apos;s identifier {ref} must not contain spaces or the characters / &amp; | ?</translation>
    </message>
    <message>
        <source>project {project}: its code must not contain spaces or the characters / &amp; | ?</source>
        <translation>project {project}: its code must not contain spaces or the characters / &amp; | ?</translation>
    </message>
    <message>
        <source>project {project}: the status {code} is not an IATI activity status</source>
        <translation>project {project}: the status {code} is not an IATI activity status</translation>
    </message>
    <message>
        <source>project {project}: the sector {code} is not in the OECD DAC codelist</source>
        <translation>project {project}: the sector {code} is not in the OECD DAC codelist</translation>
    </message>
    <message>
        <source>project {project}: the country {code} is not an ISO 3166 country</source>
        <translation>project {project}: the country {code} is not an ISO 3166 country</translation>
    </message>
    <message>
        <source>project {project}: {code} is not a Sustainable Development Goal</source>
        <translation>project {project}: {code} is not a Sustainable Development Goal</translation>
    </message>
    <message>
        <source>project {project}: the role {code} is not an IATI organisation role</source>
        <translation>project {project}: the role {code} is not an IATI organisation role</translation>
    </message>
    <message>
        <source>project {project}: enter its planned start date (IATI needs at least one date)</source>
        <translation>project {project}: enter its planned start date (IATI needs at least one date)</translation>
    </message>
    <message>
        <source>project {project}: a {year} budget line in {currency} cannot be converted to euros</source>
        <translation>project {project}: a {year} budget line in {currency} cannot be converted to euros</translation>
    </message>
    <message>
        <source>project {project}: the currency {code} is not an ISO 4217 currency</source>
        <translation>project {project}: the currency {code} is not an ISO 4217 currency</translation>
    </message>
    <message>
        <source>there is no project to publish</source>
        <translation>there is no project to publish</translation>
    </message>
    <message>
        <source>This row conflicts with a record already stored.</source>
        <translation>This row conflicts with a record already stored.</translation>
    </message>
    <message>
        <source>The file {path} was refused: row {row} has a cell longer than {limit} characters.</source>
        <translation>The file {path} was refused: row {row} has a cell longer than {limit} characters.</translation>
    </message>
    <message>
        <source>The file {path} has too many columns.</source>
        <translation>The file {path} has too many columns.</translation>
    </message>
    <message>
        <source>The file {path} has more than {limit} rows.</source>
        <translation>The file {path} has more than {limit} rows.</translation>
    </message>
    <message>
        <source>The file {path} is not a text (CSV) file.</source>
        <translation>The file {path} is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>The file {path} is not valid CSV (line {line}).</source>
        <translation>The file {path} is not valid CSV (line {line}).</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation>The file {path} is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file {path} holds something other than CSV files.</source>
        <translation>The file {path} holds something other than CSV files.</translation>
    </message>
    <message>
        <source>The file {path} is an old Excel file (.xls) or a protected workbook: save it as .xlsx without a password.</source>
        <translation>The file {path} is an old Excel file (.xls) or a protected workbook: save it as .xlsx without a password.</translation>
    </message>
    <message>
        <source>The file {path} has no sheet named {sheet}.</source>
        <translation>The file {path} has no sheet named {sheet}.</translation>
    </message>
    <message>
        <source>No partner is named {value}.</source>
        <translation>No partner is named {value}.</translation>
    </message>
    <message>
        <source>No project has the code {value}.</source>
        <translation>No project has the code {value}.</translation>
    </message>
    <message>
        <source>No indicator has the code {value}.</source>
        <translation>No indicator has the code {value}.</translation>
    </message>
    <message>
        <source>Several partners are named {value}: use their id.</source>
        <translation>Several partners are named {value}: use their id.</translation>
    </message>
    <message>
        <source>Several projects have an indicator {value}: add a project column.</source>
        <translation>Several projects have an indicator {value}: add a project column.</translation>
    </message>
    <message>
        <source>The file has a single column: separate its columns with commas, semicolons or tabs.</source>
        <translation>The file has a single column: separate its columns with commas, semicolons or tabs.</translation>
    </message>
    <message>
        <source>Required columns are missing: {names}.</source>
        <translation>Required columns are missing: {names}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>The file {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>The total is smaller than the sum of the counts by sex.</source>
        <translation>The total is smaller than the sum of the counts by sex.</translation>
    </message>
    <message>
        <source>A breakdown is not valid.</source>
        <translation>A breakdown is not valid.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Edit exchange</source>
        <translation>Edit exchange</translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <source>Search a partner…</source>
        <translation>Search a partner…</translation>
    </message>
    <message>
        <source>No partner chosen.</source>
        <translation>No partner chosen.</translation>
    </message>
    <message>
        <source>Chosen: {partners}</source>
        <translation>Chosen: {partners}</translation>
    </message>
    <message>
        <source>e.g. Visit of the Dioffior school pupils</source>
        <translation>e.g. Visit of the Dioffior school pupils</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tick “No date” for a one-day exchange.</source>
        <translation>Tick “No date” for a one-day exchange.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like an exchange already recorded:
{exchanges}
Save anyway?</source>
        <translation>This looks like an exchange already recorded:
{exchanges}
Save anyway?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>“{title}”, {dates}, {partners}</source>
        <translation>“{title}”, {dates}, {partners}</translation>
    </message>
    <message>
        <source>Add exchange {title}</source>
        <translation>Add exchange {title}</translation>
    </message>
    <message>
        <source>Edit exchange {title}</source>
        <translation>Edit exchange {title}</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
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
        <translation>Search exchanges…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>All directions</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n exchange(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Showing the %n exchange behind a dashboard number.</numerusform>
            <numerusform>Showing the %n exchanges behind a dashboard number.</numerusform>
        </translation>
    </message>
    <message>
        <source>New exchange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>The chosen year&apos;s exchanges month by month</source>
        <translation>The chosen year&apos;s exchanges month by month</translation>
    </message>
    <message>
        <source>No exchange yet — click “New exchange” to record one.</source>
        <translation>No exchange yet — click “New exchange” to record one.</translation>
    </message>
    <message>
        <source>No exchange in {year} — choose another year or click “New exchange”.</source>
        <translation>No exchange in {year} — choose another year or click “New exchange”.</translation>
    </message>
    <message>
        <source>No exchange matches the search or the filters.</source>
        <translation>No exchange matches the search or the filters.</translation>
    </message>
    <message>
        <source>Not every exchange could be read: {reason}</source>
        <translation>Not every exchange could be read: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) in {year}</source>
        <translation>
            <numerusform>%n exchange in {year}</numerusform>
            <numerusform>%n exchanges in {year}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown, reading all %n exchange(s)…</source>
        <translation>
            <numerusform>{shown} shown, reading all %n exchange…</numerusform>
            <numerusform>{shown} shown, reading all %n exchanges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n exchange(s)</source>
        <translation>
            <numerusform>{shown} shown of %n exchange</numerusform>
            <numerusform>{shown} shown of %n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message numerus="yes">
        <source>Delete the exchange “{title}” with its %n participant(s)? You can undo this with {shortcut}.</source>
        <translation>
            <numerusform>Delete the exchange “{title}” with its %n participant? You can undo this with {shortcut}.</numerusform>
            <numerusform>Delete the exchange “{title}” with its %n participants? You can undo this with {shortcut}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete exchange</source>
        <translation>Delete exchange</translation>
    </message>
    <message>
        <source>Delete exchange {title}</source>
        <translation>Delete exchange {title}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>FigureButton</name>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
</context>
<context>
    <name>FileJob</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Setting up CoopDesk</translation>
    </message>
    <message>
        <source>The demo can only be loaded into an empty database.</source>
        <translation>The demo can only be loaded into an empty database.</translation>
    </message>
</context>
<context>
    <name>FundingKindTableModel</name>
    <message>
        <source>Kind of funding</source>
        <translation>Kind of funding</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Share committed</source>
        <translation>Share committed</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Share received</source>
        <translation>Share received</translation>
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
        <translation>Edit funding source</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation>New funding source</translation>
    </message>
    <message>
        <source>e.g. Call for projects 2026</source>
        <translation>e.g. Call for projects 2026</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The funder&apos;s ceiling as a share of the year&apos;s planned budget, e.g. 80.</source>
        <translation>The funder&apos;s ceiling as a share of the year&apos;s planned budget, e.g. 80.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind of funding</source>
        <translation>Kind of funding</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Committed on</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Add funding source</source>
        <translation>Add funding source</translation>
    </message>
</context>
<context>
    <name>FundingSourceTableModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Committed on</source>
        <translation>Committed on</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Share of the budget</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>CoopDesk &amp;help</source>
        <translation>CoopDesk &amp;help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Municipality settings…</source>
        <translation>&amp;Municipality settings…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CoopDesk help</source>
        <translation>CoopDesk help</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>{page} — CoopDesk help</source>
        <translation>{page} — CoopDesk help</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>A file exported by CoopDesk: every sheet is imported as is.</source>
        <translation>A file exported by CoopDesk: every sheet is imported as is.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>({created} new, {updated} updated, {unchanged} unchanged).</source>
        <translation>({created} new, {updated} updated, {unchanged} unchanged).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing is imported unless you choose to import only the valid rows. The reasons are listed below.</source>
        <translation>
            <numerusform>%n row rejected: nothing is imported unless you choose to import only the valid rows. The reasons are listed below.</numerusform>
            <numerusform>%n rows rejected: nothing is imported unless you choose to import only the valid rows. The reasons are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import done: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Import done: {created} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not valid and were skipped.</source>
        <translation>
            <numerusform>%n row were not valid and were skipped.</numerusform>
            <numerusform>%n rows were not valid and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message numerus="yes">
        <source>Import only the %n valid row(s)</source>
        <translation>
            <numerusform>Import only the %n valid row</numerusform>
            <numerusform>Import only the %n valid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Partners (organisations)</source>
        <translation>Partners (organisations)</translation>
    </message>
    <message>
        <source>Contacts of partners</source>
        <translation>Contacts of partners</translation>
    </message>
    <message>
        <source>Exchanges, with their participants</source>
        <translation>Exchanges, with their participants</translation>
    </message>
    <message>
        <source>Budget transactions</source>
        <translation>Budget transactions</translation>
    </message>
    <message>
        <source>Indicator measurements</source>
        <translation>Indicator measurements</translation>
    </message>
    <message>
        <source>CoopDesk identifier</source>
        <translation>CoopDesk identifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI identifier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Partner (CoopDesk identifier)</source>
        <translation>Partner (CoopDesk identifier)</translation>
    </message>
    <message>
        <source>Partner (name)</source>
        <translation>Partner (name)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Project (CoopDesk identifier)</source>
        <translation>Project (CoopDesk identifier)</translation>
    </message>
    <message>
        <source>Project (code)</source>
        <translation>Project (code)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Logged by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Source reference</translation>
    </message>
    <message>
        <source>Partners (CoopDesk identifiers)</source>
        <translation>Partners (CoopDesk identifiers)</translation>
    </message>
    <message>
        <source>Partners (names)</source>
        <translation>Partners (names)</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Participants: women</source>
        <translation>Participants: women</translation>
    </message>
    <message>
        <source>Participants: men</source>
        <translation>Participants: men</translation>
    </message>
    <message>
        <source>Participants: other</source>
        <translation>Participants: other</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Rate to the euro</source>
        <translation>Rate to the euro</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Rate date</translation>
    </message>
    <message>
        <source>Budget line (CoopDesk identifier)</source>
        <translation>Budget line (CoopDesk identifier)</translation>
    </message>
    <message>
        <source>Funding source (CoopDesk identifier)</source>
        <translation>Funding source (CoopDesk identifier)</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Accounting reference</source>
        <translation>Accounting reference</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Accounting code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Indicator (CoopDesk identifier)</source>
        <translation>Indicator (CoopDesk identifier)</translation>
    </message>
    <message>
        <source>Indicator (code)</source>
        <translation>Indicator (code)</translation>
    </message>
    <message>
        <source>Period (e.g. 2025-Q1)</source>
        <translation>Period (e.g. 2025-Q1)</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Breakdowns (CoopDesk format)</source>
        <translation>Breakdowns (CoopDesk format)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>age group</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>Breakdown by {dimension}: {category}</source>
        <translation>Breakdown by {dimension}: {category}</translation>
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
        <translation>An .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Files exported by CoopDesk (whole database or one table) are recognised and imported back as they are. For other files you will say which column holds what, and see every problem before anything is imported.</source>
        <translation>Files exported by CoopDesk (whole database or one table) are recognised and imported back as they are. For other files you will say which column holds what, and see every problem before anything is imported.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>It holds:</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.zip);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.zip);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Or the same value for all</source>
        <translation>Or the same value for all</translation>
    </message>
    <message>
        <source>Say which column of {file} holds each field ({kind}). Fields marked * are required. Columns were matched by their names: check them.</source>
        <translation>Say which column of {file} holds each field ({kind}). Fields marked * are required. Columns were matched by their names: check them.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Can replace the required field {field}</source>
        <translation>Can replace the required field {field}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>The same value for all rows</source>
        <translation>The same value for all rows</translation>
    </message>
    <message numerus="yes">
        <source>The first rows of the file (%n row(s) in all):</source>
        <translation>
            <numerusform>The first rows of the file (%n row in all):</numerusform>
            <numerusform>The first rows of the file (%n rows in all):</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>This sheet is empty.</translation>
    </message>
    <message>
        <source>Still required: {names}.</source>
        <translation>Still required: {names}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} or {second}</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Select an indicator to see its values over time.</source>
        <translation>Select an indicator to see its values over time.</translation>
    </message>
    <message>
        <source>{code}: no measurement yet</source>
        <translation>{code}: no measurement yet</translation>
    </message>
    <message>
        <source>{code}: values over time</source>
        <translation>{code}: values over time</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>New indicator from the library</source>
        <translation>New indicator from the library</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>e.g. EAU-POP</source>
        <translation>e.g. EAU-POP</translation>
    </message>
    <message>
        <source>Typed measurements</source>
        <translation>Typed measurements</translation>
    </message>
    <message>
        <source>e.g. people, %</source>
        <translation>e.g. people, %</translation>
    </message>
    <message>
        <source>1 to </source>
        <translation>1 to </translation>
    </message>
    <message>
        <source>e.g. Household survey</source>
        <translation>e.g. Household survey</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>e.g. {number}</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Value expected</source>
        <translation>Value expected</translation>
    </message>
    <message>
        <source>Add an intermediate target</source>
        <translation>Add an intermediate target</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Rating scale</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Broken down by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Intermediate targets</source>
        <translation>Intermediate targets</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>Add indicator {code}</translation>
    </message>
    <message>
        <source>Edit indicator {code}</source>
        <translation>Edit indicator {code}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>{definition} These values are never typed.</source>
        <translation>{definition} These values are never typed.</translation>
    </message>
</context>
<context>
    <name>IndicatorLabels</name>
    <message>
        <source>Quantitative</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <source>Qualitative (rating)</source>
        <translation>Qualitative (rating)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Computed: {source}</source>
        <translation>Computed: {source}</translation>
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
        <translation>Project</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>No measurement yet</translation>
    </message>
    <message>
        <source>Measured for the period ending {date}</source>
        <translation>Measured for the period ending {date}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Exchanges held</source>
        <translation>Exchanges held</translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation>exchanges</translation>
    </message>
    <message>
        <source>Number of the project&apos;s exchanges that started during the period.</source>
        <translation>Number of the project&apos;s exchanges that started during the period.</translation>
    </message>
    <message>
        <source>Participants in exchanges</source>
        <translation>Participants in exchanges</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Listed and counted participants of the project&apos;s exchanges that started during the period.</source>
        <translation>Listed and counted participants of the project&apos;s exchanges that started during the period.</translation>
    </message>
    <message>
        <source>Women and girls taking part in exchanges</source>
        <translation>Women and girls taking part in exchanges</translation>
    </message>
    <message>
        <source>Female participants of the project&apos;s exchanges that started during the period.</source>
        <translation>Female participants of the project&apos;s exchanges that started during the period.</translation>
    </message>
    <message>
        <source>Minors taking part in exchanges</source>
        <translation>Minors taking part in exchanges</translation>
    </message>
    <message>
        <source>Participants aged 17 or under in the project&apos;s exchanges that started during the period.</source>
        <translation>Participants aged 17 or under in the project&apos;s exchanges that started during the period.</translation>
    </message>
    <message>
        <source>Budget executed</source>
        <translation>Budget executed</translation>
    </message>
    <message>
        <source>Expenses from the start of the project to the end of the period, in euros, as a percentage of the project&apos;s whole planned budget.</source>
        <translation>Expenses from the start of the project to the end of the period, in euros, as a percentage of the project&apos;s whole planned budget.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>The values by sex add up to {sum} instead of {total} (difference: {difference}).</source>
        <translation>The values by sex add up to {sum} instead of {total} (difference: {difference}).</translation>
    </message>
    <message>
        <source>The values by age group add up to {sum} instead of {total} (difference: {difference}).</source>
        <translation>The values by age group add up to {sum} instead of {total} (difference: {difference}).</translation>
    </message>
    <message>
        <source>The values by place add up to {sum} instead of {total} (difference: {difference}).</source>
        <translation>The values by place add up to {sum} instead of {total} (difference: {difference}).</translation>
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
        <source>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</source>
        <translation>Progress is the change since the baseline divided by the change the target asks for: 0 % at the baseline, 100 % when the target is reached.</translation>
    </message>
    <message>
        <source>The expected progress at the end of the latest measured period is the intermediate target of that period, or else the share of time elapsed between the baseline date and the target date.</source>
        <translation>The expected progress at the end of the latest measured period is the intermediate target of that period, or else the share of time elapsed between the baseline date and the target date.</translation>
    </message>
    <message>
        <source>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</source>
        <translation>An indicator is on track when its progress is at most {on_track} points below the expected progress, at risk when at most {at_risk} points below, and off track when further behind.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n indicator(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Showing the %n indicator behind a dashboard number.</numerusform>
            <numerusform>Showing the %n indicators behind a dashboard number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <source>Search indicators…</source>
        <translation>Search indicators…</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>From the library…</translation>
    </message>
    <message>
        <source>Add a ready-made indicator</source>
        <translation>Add a ready-made indicator</translation>
    </message>
    <message>
        <source>No indicator matches the search or the filters.</source>
        <translation>No indicator matches the search or the filters.</translation>
    </message>
    <message>
        <source>No indicator yet. Indicators are added on a project&apos;s page.</source>
        <translation>No indicator yet. Indicators are added on a project&apos;s page.</translation>
    </message>
    <message>
        <source>Select a project to see its indicators.</source>
        <translation>Select a project to see its indicators.</translation>
    </message>
    <message>
        <source>No indicator yet — click “New indicator”, or “From the library…” for a ready-made one.</source>
        <translation>No indicator yet — click “New indicator”, or “From the library…” for a ready-made one.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n indicator(s)</source>
        <translation>
            <numerusform>{shown} shown of %n indicator</numerusform>
            <numerusform>{shown} shown of %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>{question} You can undo this with {shortcut}.</source>
        <translation>{question} You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Delete indicator {code}</source>
        <translation>Delete indicator {code}</translation>
    </message>
</context>
<context>
    <name>IndicatorsTile</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>How is the status computed?</source>
        <translation>How is the status computed?</translation>
    </message>
    <message>
        <source>Status on {date}</source>
        <translation>Status on {date}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
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
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
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
        <source>Typed here</source>
        <translation>Typed here</translation>
    </message>
    <message>
        <source>Imported bundle</source>
        <translation>Imported bundle</translation>
    </message>
    <message>
        <source>Imported spreadsheet</source>
        <translation>Imported spreadsheet</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
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
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Search a language…</source>
        <translation>Search a language…</translation>
    </message>
    <message>
        <source>No language chosen.</source>
        <translation>No language chosen.</translation>
    </message>
    <message>
        <source>Chosen: {languages}</source>
        <translation>Chosen: {languages}</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Indicator library</source>
        <translation>Indicator library</translation>
    </message>
    <message>
        <source>Ready-made indicators used in decentralised cooperation. Choose one, then complete its baseline and target.</source>
        <translation>Ready-made indicators used in decentralised cooperation. Choose one, then complete its baseline and target.</translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation>Search the library…</translation>
    </message>
    <message>
        <source>Use this indicator…</source>
        <translation>Use this indicator…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>No indicator matches the search.</source>
        <translation>No indicator matches the search.</translation>
    </message>
    <message>
        <source>Theme: {theme} · Measured: {frequency} · {kind}</source>
        <translation>Theme: {theme} · Measured: {frequency} · {kind}</translation>
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
        <translation>Currency</translation>
    </message>
    <message>
        <source>{header}: currency</source>
        <translation>{header}: currency</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the rows shown (search and filters applied) as a spreadsheet</source>
        <translation>Save the rows shown (search and filters applied) as a spreadsheet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for French Excel, with ; and BOM (*.csv)</source>
        <translation>CSV for French Excel, with ; and BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Exporting the list…</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The file {path} is marked as open by another CoopDesk, but its lock file {lock} cannot be read. If no other CoopDesk uses this file, you can take over the lock.</source>
        <translation>The file {path} is marked as open by another CoopDesk, but its lock file {lock} cannot be read. If no other CoopDesk uses this file, you can take over the lock.</translation>
    </message>
    <message>
        <source>The file {path} is already open in this CoopDesk.</source>
        <translation>The file {path} is already open in this CoopDesk.</translation>
    </message>
    <message>
        <source>The file {path} was left locked by a CoopDesk of {user} (since {since}) that is no longer running. You can take over the lock.</source>
        <translation>The file {path} was left locked by a CoopDesk of {user} (since {since}) that is no longer running. You can take over the lock.</translation>
    </message>
    <message>
        <source>The file {path} is already open in CoopDesk on this computer (user {user}, since {since}, process {pid}). Close it there first, or open it read-only.</source>
        <translation>The file {path} is already open in CoopDesk on this computer (user {user}, since {since}, process {pid}). Close it there first, or open it read-only.</translation>
    </message>
    <message>
        <source>The file {path} is open in CoopDesk on the computer {host} (user {user}, since {since}). Two computers writing to one file can damage it: close it there first, or open it read-only.</source>
        <translation>The file {path} is open in CoopDesk on the computer {host} (user {user}, since {since}). Two computers writing to one file can damage it: close it there first, or open it read-only.</translation>
    </message>
    <message>
        <source>Take over the lock of {path}?</source>
        <translation>Take over the lock of {path}?</translation>
    </message>
    <message>
        <source>Take over the lock of {path} only if CoopDesk is really closed on {host} (or that computer crashed): if both write to the file, changes are lost. Take over?</source>
        <translation>Take over the lock of {path} only if CoopDesk is really closed on {host} (or that computer crashed): if both write to the file, changes are lost. Take over?</translation>
    </message>
    <message>
        <source>CoopDesk cannot write in the folder of {path}: {reason}</source>
        <translation>CoopDesk cannot write in the folder of {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <source>This database is still marked as in use</source>
        <translation>This database is still marked as in use</translation>
    </message>
    <message>
        <source>Another CoopDesk is writing to this database</source>
        <translation>Another CoopDesk is writing to this database</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>That CoopDesk is no longer running.</source>
        <translation>That CoopDesk is no longer running.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Take over the lock…</source>
        <translation>Take over the lock…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Take over the lock</translation>
    </message>
    <message>
        <source>Risky folder for a database</source>
        <translation>Risky folder for a database</translation>
    </message>
    <message>
        <source>This folder can damage the database.</source>
        <translation>This folder can damage the database.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Do not warn again for this file</source>
        <translation>Do not warn again for this file</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Log a visit…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Log a visit…</source>
        <translation>&amp;Log a visit…</translation>
    </message>
    <message>
        <source>Record a visit in a minute (Ctrl+L)</source>
        <translation>Record a visit in a minute (Ctrl+L)</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CoopDesk</source>
        <translation>&amp;About CoopDesk</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (missing)</translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation>No recent file</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>{file} (read-only) — CoopDesk, volunteer mode</source>
        <translation>{file} (read-only) — CoopDesk, volunteer mode</translation>
    </message>
    <message>
        <source>{file} — CoopDesk, volunteer mode</source>
        <translation>{file} — CoopDesk, volunteer mode</translation>
    </message>
    <message>
        <source>{file} (read-only) — CoopDesk</source>
        <translation>{file} (read-only) — CoopDesk</translation>
    </message>
    <message>
        <source>{file} — CoopDesk</source>
        <translation>{file} — CoopDesk</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version was kept in {path}.</source>
        <translation>The database was upgraded; the previous version was kept in {path}.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>CoopDesk databases (*{suffix})</source>
        <translation>CoopDesk databases (*{suffix})</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copy saved to {path}</translation>
    </message>
    <message>
        <source>Visit logged.</source>
        <translation>Visit logged.</translation>
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
        <translation>Edit measurement of {code}</translation>
    </message>
    <message>
        <source>New measurement of {code}</source>
        <translation>New measurement of {code}</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>e.g. {number}</translation>
    </message>
    <message>
        <source>Choose a rating</source>
        <translation>Choose a rating</translation>
    </message>
    <message>
        <source>{rating} out of {max}</source>
        <translation>{rating} out of {max}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
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
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Why this rating</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Add a place</translation>
    </message>
    <message>
        <source>Add measurement of {code}</source>
        <translation>Add measurement of {code}</translation>
    </message>
    <message>
        <source>{category}: {message}</source>
        <translation>{category}: {message}</translation>
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
        <translation>{dimension}: {values}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Breakdown or comment</source>
        <translation>Breakdown or comment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>New measurement</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>How is the status computed?</source>
        <translation>How is the status computed?</translation>
    </message>
    <message>
        <source>Select an indicator to see its measurements.</source>
        <translation>Select an indicator to see its measurements.</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>The values of this indicator are computed from the database ({source}); they are not typed.</source>
        <translation>The values of this indicator are computed from the database ({source}); they are not typed.</translation>
    </message>
    <message>
        <source>No measurement yet — click “New measurement” to record one.</source>
        <translation>No measurement yet — click “New measurement” to record one.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>No value measured yet.</source>
        <translation>No value measured yet.</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>Latest value: {value} (period ending {date}).</source>
        <translation>Latest value: {value} (period ending {date}).</translation>
    </message>
    <message>
        <source>Progress {actual}, expected {expected}.</source>
        <translation>Progress {actual}, expected {expected}.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Saved with a difference: {gaps}</source>
        <translation>Saved with a difference: {gaps}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Delete the measurement for {period}? You can undo this with {shortcut}.</source>
        <translation>Delete the measurement for {period}? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <source>Delete measurement of {code}</source>
        <translation>Delete measurement of {code}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>MultilingualEdit</name>
    <message>
        <source>Another language…</source>
        <translation>Another language…</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Add language</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language}:</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>Remove this language</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Municipality settings</source>
        <translation>Municipality settings</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Languages, currency and backups</source>
        <translation>Languages, currency and backups</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Change the municipality settings</source>
        <translation>Change the municipality settings</translation>
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
        <translation>e.g. Ville de Dreux</translation>
    </message>
    <message>
        <source>Hôtel de ville
2 place de la Mairie</source>
        <translation>Hôtel de ville
2 place de la Mairie</translation>
    </message>
    <message>
        <source>e.g. 28134</source>
        <translation>e.g. 28134</translation>
    </message>
    <message>
        <source>The commune&apos;s official geographic code (code officiel géographique), not its postal code: 5 digits, or 2A or 2B and 3 digits in Corsica. The IATI identifier of the municipality is built from it.</source>
        <translation>The commune&apos;s official geographic code (code officiel géographique), not its postal code: 5 digits, or 2A or 2B and 3 digits in Corsica. The IATI identifier of the municipality is built from it.</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, printed at the top of the reports.</source>
        <translation>A PNG or JPEG image, printed at the top of the reports.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo of the municipality</source>
        <translation>Logo of the municipality</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The logo is too large: the limit is {limit} MB.</source>
        <translation>The logo is too large: the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>IATI identifier: {identifier}</source>
        <translation>IATI identifier: {identifier}</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Welcome to CoopDesk</source>
        <translation>Welcome to CoopDesk</translation>
    </message>
    <message>
        <source>First, your municipality: its name and address are printed on the reports, its INSEE code identifies it in IATI files.</source>
        <translation>First, your municipality: its name and address are printed on the reports, its INSEE code identifies it in IATI files.</translation>
    </message>
</context>
<context>
    <name>MunicipalitySettingsForm</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Reports are printed in one language, or in two side by side (e.g. French and the partner&apos;s language); each report can still choose other ones.</source>
        <translation>Reports are printed in one language, or in two side by side (e.g. French and the partner&apos;s language); each report can still choose other ones.</translation>
    </message>
    <message>
        <source>The currency proposed for new budget lines and transactions.</source>
        <translation>The currency proposed for new budget lines and transactions.</translation>
    </message>
    <message>
        <source>Beside the database file</source>
        <translation>Beside the database file</translation>
    </message>
    <message>
        <source>Where the automatic copies of the database go; best on another disk or a USB stick. Empty: a folder beside the database file.</source>
        <translation>Where the automatic copies of the database go; best on another disk or a USB stick. Empty: a folder beside the database file.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>A new interface language applies the next time CoopDesk starts.</source>
        <translation>A new interface language applies the next time CoopDesk starts.</translation>
    </message>
    <message>
        <source>Languages of the reports</source>
        <translation>Languages of the reports</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Default currency</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>MyVisitsPage</name>
    <message>
        <source>Search my visits…</source>
        <translation>Search my visits…</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>You have not logged a visit yet — click “Log a visit…” (Ctrl+L).</source>
        <translation>You have not logged a visit yet — click “Log a visit…” (Ctrl+L).</translation>
    </message>
    <message>
        <source>No visit matches the search.</source>
        <translation>No visit matches the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits logged by {name}. Only you can change or delete them.</source>
        <translation>Visits logged by {name}. Only you can change or delete them.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Delete your visit of {date} with {partner}? You can undo this with {shortcut}.</source>
        <translation>Delete your visit of {date} with {partner}? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <source>Delete visit of {date}</source>
        <translation>Delete visit of {date}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>e.g. FR-RNA-W751234567</source>
        <translation>e.g. FR-RNA-W751234567</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI identifier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Add partner {name}</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Edit partner {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
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
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Minors need the consent of a parent or guardian, dated.</source>
        <translation>Minors need the consent of a parent or guardian, dated.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Person {row}: {message}</source>
        <translation>Person {row}: {message}</translation>
    </message>
    <message>
        <source>{sex}, {age}: {message}</source>
        <translation>{sex}, {age}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Listed persons (%n)</source>
        <translation>
            <numerusform>Listed persons (%n)</numerusform>
            <numerusform>Listed persons (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted by sex and age (%n)</source>
        <translation>
            <numerusform>Counted by sex and age (%n)</numerusform>
            <numerusform>Counted by sex and age (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n participant(s)</source>
        <translation>
            <numerusform>Total: %n participant</numerusform>
            <numerusform>Total: %n participants</numerusform>
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
        <translation>Participants of “{title}”</translation>
    </message>
    <message>
        <source>Select an exchange to see who took part.</source>
        <translation>Select an exchange to see who took part.</translation>
    </message>
    <message>
        <source>No participant recorded yet — edit the exchange to add them.</source>
        <translation>No participant recorded yet — edit the exchange to add them.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed by name</source>
        <translation>
            <numerusform>%n listed by name</numerusform>
            <numerusform>%n listed by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted</source>
        <translation>
            <numerusform>%n counted</numerusform>
            <numerusform>%n counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor(s)</source>
        <translation>
            <numerusform>%n minor</numerusform>
            <numerusform>%n minors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Search partners…</source>
        <translation>Search partners…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>No partner yet — click “New partner” to add the first one.</source>
        <translation>No partner yet — click “New partner” to add the first one.</translation>
    </message>
    <message>
        <source>No partner matches the search or the filters.</source>
        <translation>No partner matches the search or the filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n partner(s)</source>
        <translation>
            <numerusform>{shown} shown of %n partner</numerusform>
            <numerusform>{shown} shown of %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Delete the partner “{name}”? You can undo this with {shortcut}.</source>
        <translation>Delete the partner “{name}”? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Delete partner</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Delete partner {name}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>Edit partnership</source>
        <translation>Edit partnership</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>e.g. 2024-DEL-042</source>
        <translation>e.g. 2024-DEL-042</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Council deliberation no.</source>
        <translation>Council deliberation no.</translation>
    </message>
    <message>
        <source>Deliberation date</source>
        <translation>Deliberation date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Add partnership {title}</source>
        <translation>Add partnership {title}</translation>
    </message>
    <message>
        <source>Edit partnership {title}</source>
        <translation>Edit partnership {title}</translation>
    </message>
</context>
<context>
    <name>PartnershipTableModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Deliberation</source>
        <translation>Deliberation</translation>
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
        <translation>Search partnerships…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>No partnership yet — click “New partnership” to record one.</source>
        <translation>No partnership yet — click “New partnership” to record one.</translation>
    </message>
    <message>
        <source>No partnership matches the search or the filters.</source>
        <translation>No partnership matches the search or the filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n partnership(s)</source>
        <translation>
            <numerusform>{shown} shown of %n partnership</numerusform>
            <numerusform>{shown} shown of %n partnerships</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Delete the partnership “{title}” with {partner}? You can undo this with {shortcut}.</source>
        <translation>Delete the partnership “{title}” with {partner}? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete partnership</source>
        <translation>Delete partnership</translation>
    </message>
    <message>
        <source>Delete partnership {title}</source>
        <translation>Delete partnership {title}</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add photos of the visit</source>
        <translation>Add photos of the visit</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Images ({patterns});;All files (*)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>A new language applies the next time CoopDesk starts.</source>
        <translation>A new language applies the next time CoopDesk starts.</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Default: the folder the database names, else beside it</source>
        <translation>Default: the folder the database names, else beside it</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Languages, currency and backups</source>
        <translation>Languages, currency and backups</translation>
    </message>
    <message>
        <source>You can change all of this later in Edit ▸ Municipality settings.</source>
        <translation>You can change all of this later in Edit ▸ Municipality settings.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>No contact or participant has the id {id}.</source>
        <translation>No contact or participant has the id {id}.</translation>
    </message>
    <message>
        <source>Former contact</source>
        <translation>Former contact</translation>
    </message>
    <message>
        <source>This contact cannot be deleted: other records refer to it.</source>
        <translation>This contact cannot be deleted: other records refer to it.</translation>
    </message>
    <message>
        <source>The audit trail was already altered at entry {seq}; the erasure was not done. Run a check of the database and restore a backup first.</source>
        <translation>The audit trail was already altered at entry {seq}; the erasure was not done. Run a check of the database and restore a backup first.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant is kept longer than {period}.</source>
        <translation>No participant is kept longer than {period}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of exchanges that ended more than {period} ago are still named: anonymise them?</source>
        <translation>
            <numerusform>%n participant of an exchange that ended more than {period} ago is still named: anonymise them?</numerusform>
            <numerusform>%n participants of exchanges that ended more than {period} ago are still named: anonymise them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Record of processing…</source>
        <translation>Record of processing…</translation>
    </message>
    <message>
        <source>The register of processing activities (in French) for the data protection officer, made from the settings and the data.</source>
        <translation>The register of processing activities (in French) for the data protection officer, made from the settings and the data.</translation>
    </message>
    <message>
        <source>Find a contact or a participant by name, e-mail or phone to export everything CoopDesk holds about them, or to erase it.</source>
        <translation>Find a contact or a participant by name, e-mail or phone to export everything CoopDesk holds about them, or to erase it.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone</source>
        <translation>Name, e-mail or phone</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>E-mail / phone</source>
        <translation>E-mail / phone</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Where this person appears:</source>
        <translation>Where this person appears:</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Export as JSON…</translation>
    </message>
    <message>
        <source>Erase / anonymise…</source>
        <translation>Erase / anonymise…</translation>
    </message>
    <message>
        <source>Also erase the name where other records mention it</source>
        <translation>Also erase the name where other records mention it</translation>
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
            <numerusform>%n person found.</numerusform>
            <numerusform>%n persons found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact of the partner {name}</source>
        <translation>Contact of the partner {name}</translation>
    </message>
    <message>
        <source>Participant in the exchange {title}</source>
        <translation>Participant in the exchange {title}</translation>
    </message>
    <message>
        <source>Flagged as a minor</source>
        <translation>Flagged as a minor</translation>
    </message>
    <message>
        <source>Consent recorded on {date}</source>
        <translation>Consent recorded on {date}</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>No consent recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n linked record(s): {table}</source>
        <translation>
            <numerusform>%n linked record: {table}</numerusform>
            <numerusform>%n linked records: {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the history</source>
        <translation>
            <numerusform>%n change in the history</numerusform>
            <numerusform>%n changes in the history</numerusform>
        </translation>
    </message>
    <message>
        <source>Named in a record ({table}): “{excerpt}”</source>
        <translation>Named in a record ({table}): “{excerpt}”</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>The file {path} cannot be written: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}.</source>
        <translation>
            <numerusform>%n person exported to {path}.</numerusform>
            <numerusform>%n persons exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) ({names})? Names, contact details and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</source>
        <translation>
            <numerusform>Anonymise %n person ({names})? Names, contact details and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</numerusform>
            <numerusform>Anonymise %n persons ({names})? Names, contact details and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Record of processing</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Record of processing written to {path}.</source>
        <translation>Record of processing written to {path}.</translation>
    </message>
    <message>
        <source>The record of processing was written to {path}. Open it now?</source>
        <translation>The record of processing was written to {path}. Open it now?</translation>
    </message>
    <message>
        <source>The data was erased, but the file could not be compacted ({reason}): old copies of the erased values may remain in its free space until the next erasure.</source>
        <translation>The data was erased, but the file could not be compacted ({reason}): old copies of the erased values may remain in its free space until the next erasure.</translation>
    </message>
    <message>
        <source>Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.</source>
        <translation>Anonymised: {anonymised}; deleted: {deleted}; history entries cleaned: {redacted}.</translation>
    </message>
    <message numerus="yes">
        <source>The name still appears in %n other record(s).</source>
        <translation>
            <numerusform>The name still appears in %n other record.</numerusform>
            <numerusform>The name still appears in %n other records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before today still hold the erased data until they are replaced.</source>
        <translation>Backups made before today still hold the erased data until they are replaced.</translation>
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
        <translation>Partner</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
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
        <translation>Edit project</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>e.g. SN-EAU-2026</source>
        <translation>e.g. SN-EAU-2026</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>No theme</translation>
    </message>
    <message>
        <source>Town, district, region</source>
        <translation>Town, district, region</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>DAC sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
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
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <source>UN Sustainable Development Goals</source>
        <translation>UN Sustainable Development Goals</translation>
    </message>
    <message>
        <source>APD declaration</source>
        <translation>APD declaration</translation>
    </message>
    <message>
        <source>Used in the yearly declaration of official development assistance (APD).</source>
        <translation>Used in the yearly declaration of official development assistance (APD).</translation>
    </message>
    <message>
        <source>How the aid reaches the partner: spent directly by the municipality, entrusted to an association or NGO, or paid to a multilateral organisation.</source>
        <translation>How the aid reaches the partner: spent directly by the municipality, entrusted to an association or NGO, or paid to a multilateral organisation.</translation>
    </message>
    <message>
        <source>Gender equality: the project aims to advance equality between women and men or to reduce discrimination against women and girls.</source>
        <translation>Gender equality: the project aims to advance equality between women and men or to reduce discrimination against women and girls.</translation>
    </message>
    <message>
        <source>Environment: the project aims to protect or improve the environment, or to help the partner take the environment into account in its policies.</source>
        <translation>Environment: the project aims to protect or improve the environment, or to help the partner take the environment into account in its policies.</translation>
    </message>
    <message>
        <source>Biodiversity: the project aims to conserve biodiversity, to use it sustainably or to share fairly the benefits drawn from it.</source>
        <translation>Biodiversity: the project aims to conserve biodiversity, to use it sustainably or to share fairly the benefits drawn from it.</translation>
    </message>
    <message>
        <source>Nutrition / inclusion: the project aims to improve nutrition, or the inclusion of people with disabilities and of other people left behind.</source>
        <translation>Nutrition / inclusion: the project aims to improve nutrition, or the inclusion of people with disabilities and of other people left behind.</translation>
    </message>
    <message>
        <source>2, principal objective: the project would not exist without this objective. 1, significant objective: important and deliberate, but not the main reason for the project. 0: the project was screened and does not target it.</source>
        <translation>2, principal objective: the project would not exist without this objective. 1, significant objective: important and deliberate, but not the main reason for the project. 0: the project was screened and does not target it.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Policy markers</source>
        <translation>Policy markers</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>0 – not targeted</source>
        <translation>0 – not targeted</translation>
    </message>
    <message>
        <source>1 – significant objective</source>
        <translation>1 – significant objective</translation>
    </message>
    <message>
        <source>2 – principal objective</source>
        <translation>2 – principal objective</translation>
    </message>
    <message>
        <source>Add project {code}</source>
        <translation>Add project {code}</translation>
    </message>
    <message>
        <source>Edit project {code}</source>
        <translation>Edit project {code}</translation>
    </message>
</context>
<context>
    <name>ProjectEvaluationsPanel</name>
    <message>
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <source>No evaluation yet — click “New evaluation” to score the project against the six OECD DAC criteria.</source>
        <translation>No evaluation yet — click “New evaluation” to score the project against the six OECD DAC criteria.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Delete the evaluation of {date}? You can undo this with {shortcut}.</source>
        <translation>Delete the evaluation of {date}? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Delete evaluation</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>ProjectExchangesPanel</name>
    <message>
        <source>Search the exchanges…</source>
        <translation>Search the exchanges…</translation>
    </message>
    <message>
        <source>No exchange for this project yet. Exchanges are recorded in the Exchanges area.</source>
        <translation>No exchange for this project yet. Exchanges are recorded in the Exchanges area.</translation>
    </message>
    <message>
        <source>No exchange matches the search.</source>
        <translation>No exchange matches the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n exchange(s)</source>
        <translation>
            <numerusform>{shown} shown of %n exchange</numerusform>
            <numerusform>{shown} shown of %n exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLessonsPanel</name>
    <message>
        <source>What worked, what did not, what to do differently next time: write it down in each partner&apos;s language, for the next projects and the reports.</source>
        <translation>What worked, what did not, what to do differently next time: write it down in each partner&apos;s language, for the next projects and the reports.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save the changes to the lessons learned of {code}?</source>
        <translation>Save the changes to the lessons learned of {code}?</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Edit the lessons learned of {code}</source>
        <translation>Edit the lessons learned of {code}</translation>
    </message>
    <message>
        <source>Lessons not saved</source>
        <translation>Lessons not saved</translation>
    </message>
</context>
<context>
    <name>ProjectOrganisationTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>ProjectOverview</name>
    <message>
        <source>Select a project to see its page.</source>
        <translation>Select a project to see its page.</translation>
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
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>since {start}, in progress</source>
        <translation>since {start}, in progress</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>until {end}</translation>
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
        <translation>Theme</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>DAC sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>APD channel</source>
        <translation>APD channel</translation>
    </message>
    <message>
        <source>Policy markers</source>
        <translation>Policy markers</translation>
    </message>
    <message>
        <source>{marker}: significant</source>
        <translation>{marker}: significant</translation>
    </message>
    <message>
        <source>{marker}: principal</source>
        <translation>{marker}: principal</translation>
    </message>
    <message>
        <source>none targeted</source>
        <translation>none targeted</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
</context>
<context>
    <name>ProjectPartnersPanel</name>
    <message>
        <source>Add organisation…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No organisation yet — click “Add organisation…” to give one its roles.</source>
        <translation>No organisation yet — click “Add organisation…” to give one its roles.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Link a partnership…</source>
        <translation>Link a partnership…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Not linked to a partnership yet.</source>
        <translation>Not linked to a partnership yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations and their roles</source>
        <translation>Organisations and their roles</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Remove {name} and its roles from this project? You can undo this with {shortcut}.</source>
        <translation>Remove {name} and its roles from this project? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Remove organisation</translation>
    </message>
    <message>
        <source>Remove {name} from the project</source>
        <translation>Remove {name} from the project</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>Link a partnership</source>
        <translation>Link a partnership</translation>
    </message>
    <message>
        <source>No other partnership to link.</source>
        <translation>No other partnership to link.</translation>
    </message>
    <message>
        <source>{title} — {partner}</source>
        <translation>{title} — {partner}</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>Partnership:</translation>
    </message>
    <message>
        <source>Link the project to {title}</source>
        <translation>Link the project to {title}</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>Unlink the project from the partnership “{title}”? You can undo this with {shortcut}.</source>
        <translation>Unlink the project from the partnership “{title}”? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Unlink partnership</source>
        <translation>Unlink partnership</translation>
    </message>
    <message>
        <source>Unlink the project from {title}</source>
        <translation>Unlink the project from {title}</translation>
    </message>
    <message>
        <source>Not unlinked</source>
        <translation>Not unlinked</translation>
    </message>
</context>
<context>
    <name>ProjectPartnershipTableModel</name>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
</context>
<context>
    <name>ProjectRisksPanel</name>
    <message>
        <source>New risk</source>
        <translation>New risk</translation>
    </message>
    <message>
        <source>No risk recorded — click “New risk” to start the register.</source>
        <translation>No risk recorded — click “New risk” to start the register.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Delete the risk “{risk}”? You can undo this with {shortcut}.</source>
        <translation>Delete the risk “{risk}”? You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Delete risk</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>Partners and roles</translation>
    </message>
    <message numerus="yes">
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>Exchanges (%n)</numerusform>
            <numerusform>Exchanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
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
            <numerusform>Risks (%n)</numerusform>
            <numerusform>Risks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>Indicators (%n)</numerusform>
            <numerusform>Indicators (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message numerus="yes">
        <source>Evaluations (%n)</source>
        <translation>
            <numerusform>Evaluations (%n)</numerusform>
            <numerusform>Evaluations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Search projects…</source>
        <translation>Search projects…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n project(s) behind a dashboard number.</source>
        <translation>
            <numerusform>Showing the %n project behind a dashboard number.</numerusform>
            <numerusform>Showing the %n projects behind a dashboard number.</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>No project yet — click “New project” to describe the first one.</source>
        <translation>No project yet — click “New project” to describe the first one.</translation>
    </message>
    <message>
        <source>No project matches the search or the filters.</source>
        <translation>No project matches the search or the filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} shown of %n project(s)</source>
        <translation>
            <numerusform>{shown} shown of %n project</numerusform>
            <numerusform>{shown} shown of %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>{question} You can undo this with {shortcut}.</source>
        <translation>{question} You can undo this with {shortcut}.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete project {code}</source>
        <translation>Delete project {code}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{label} *</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Discard the changes you made?</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>A verified backup from {date} at {time} is available: {path}</source>
        <translation>A verified backup from {date} at {time} is available: {path}</translation>
    </message>
    <message>
        <source>The file {path} is open in another CoopDesk; close it there first.</source>
        <translation>The file {path} is open in another CoopDesk; close it there first.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged too; choose another one.</source>
        <translation>The backup {path} is damaged too; choose another one.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>The backup could not be restored: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Annual report to the council</source>
        <translation>Annual report to the council</translation>
    </message>
    <message>
        <source>Project sheet</source>
        <translation>Project sheet</translation>
    </message>
    <message>
        <source>Budget statement</source>
        <translation>Budget statement</translation>
    </message>
    <message>
        <source>Exchanges log</source>
        <translation>Exchanges log</translation>
    </message>
    <message>
        <source>Side by side, in two columns</source>
        <translation>Side by side, in two columns</translation>
    </message>
    <message>
        <source>One after the other</source>
        <translation>One after the other</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Seco&amp;nd language:</source>
        <translation>Seco&amp;nd language:</translation>
    </message>
    <message>
        <source>Two languages:</source>
        <translation>Two languages:</translation>
    </message>
    <message>
        <source>None (one language only)</source>
        <translation>None (one language only)</translation>
    </message>
    <message>
        <source>Choose the project of the project sheet.</source>
        <translation>Choose the project of the project sheet.</translation>
    </message>
    <message>
        <source>Choose a project…</source>
        <translation>Choose a project…</translation>
    </message>
    <message>
        <source>All projects (the whole commune)</source>
        <translation>All projects (the whole commune)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Choose a report on the left and click “Generate”: its pages appear here.</source>
        <translation>Choose a report on the left and click “Generate”: its pages appear here.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
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
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>A PDF for the council, the partners and the co-financers, in one or two languages.</source>
        <translation>A PDF for the council, the partners and the co-financers, in one or two languages.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Cancelled: no report was made.</translation>
    </message>
    <message numerus="yes">
        <source>The report is ready: %n page(s).</source>
        <translation>
            <numerusform>The report is ready: %n page.</numerusform>
            <numerusform>The report is ready: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was made but cannot be shown.</source>
        <translation>The report was made but cannot be shown.</translation>
    </message>
    <message>
        <source>The report could not be made: {message}</source>
        <translation>The report could not be made: {message}</translation>
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
        <translation>annual-report</translation>
    </message>
    <message>
        <source>project-sheet</source>
        <translation>project-sheet</translation>
    </message>
    <message>
        <source>budget-statement</source>
        <translation>budget-statement</translation>
    </message>
    <message>
        <source>exchanges-log</source>
        <translation>exchanges-log</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {reason}. Nothing was written.</source>
        <translation>The report could not be saved to {path}: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>Report not printed</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>The printer could not be started. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionReminder</name>
    <message>
        <source>Open Tools ▸ Personal data ▸ Retention</source>
        <translation>Open Tools ▸ Personal data ▸ Retention</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Keep participants&apos; names for</source>
        <translation>Keep participants&apos; names for</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Change the period</source>
        <translation>Change the period</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Anonymise these…</source>
        <translation>Anonymise these…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise these %n participant(s)? Their names, roles and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</source>
        <translation>
            <numerusform>Anonymise these %n participant? Their names, roles and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</numerusform>
            <numerusform>Anonymise these %n participants? Their names, roles and consent are removed from the database and from its history; counts by sex and age group are kept for statistics. This cannot be undone, not even with Undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymise participants</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Edit risk</source>
        <translation>Edit risk</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>New risk</translation>
    </message>
    <message>
        <source>A person or a service</source>
        <translation>A person or a service</translation>
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
        <source>Impact</source>
        <translation>Impact</translation>
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
        <source>Add risk</source>
        <translation>Add risk</translation>
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
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Provides funds to the project.</source>
        <translation>Provides funds to the project.</translation>
    </message>
    <message>
        <source>Answers for the project and its results (often the town council).</source>
        <translation>Answers for the project and its results (often the town council).</translation>
    </message>
    <message>
        <source>Manages the budget and steers the project for the funders.</source>
        <translation>Manages the budget and steers the project for the funders.</translation>
    </message>
    <message>
        <source>Carries out the work on the ground.</source>
        <translation>Carries out the work on the ground.</translation>
    </message>
    <message>
        <source>Roles in the project</source>
        <translation>Roles in the project</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
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
        <source>Choose an organisation from the list.</source>
        <translation>Choose an organisation from the list.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Tick at least one role.</translation>
    </message>
    <message>
        <source>Add {name} to the project</source>
        <translation>Add {name} to the project</translation>
    </message>
    <message>
        <source>Change the roles of {name}</source>
        <translation>Change the roles of {name}</translation>
    </message>
</context>
<context>
    <name>RowsEdit</name>
    <message>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
</context>
<context>
    <name>SDGs</name>
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
        <translation>Expert: choose any DAC code</translation>
    </message>
    <message>
        <source>Search by code or words, e.g. 140 or drinking</source>
        <translation>Search by code or words, e.g. 140 or drinking</translation>
    </message>
    <message>
        <source>No DAC sector</source>
        <translation>No DAC sector</translation>
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
        <translation>Welcome to CoopDesk</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Open a database…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Choose, then press Finish.</source>
        <translation>Choose, then press Finish.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Load the demo</source>
        <translation>Load the demo</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Enter your partners, partnerships and projects yourself, step by step.</source>
        <translation>Enter your partners, partnerships and projects yourself, step by step.</translation>
    </message>
    <message>
        <source>A fictional commune&apos;s partners, partnerships, projects, exchanges, budgets and indicators, to explore CoopDesk and try the reports. Your municipality&apos;s settings are kept. Better in a separate database file than in your real one.</source>
        <translation>A fictional commune&apos;s partners, partnerships, projects, exchanges, budgets and indicators, to explore CoopDesk and try the reports. Your municipality&apos;s settings are kept. Better in a separate database file than in your real one.</translation>
    </message>
    <message>
        <source>Your partners, contacts, exchanges, transactions or indicator measurements from an Excel workbook or a CSV file: the import opens after Finish.</source>
        <translation>Your partners, contacts, exchanges, transactions or indicator measurements from an Excel workbook or a CSV file: the import opens after Finish.</translation>
    </message>
    <message>
        <source>The demo can only be loaded into an empty database.</source>
        <translation>The demo can only be loaded into an empty database.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This database is in a folder synchronised by {provider} ({where}). Sync tools copy a database while it is being written and create conflicted copies, which loses changes or damages the file. Keep the database in a local folder and use CoopDesk&apos;s backups to copy it to the cloud.</source>
        <translation>This database is in a folder synchronised by {provider} ({where}). Sync tools copy a database while it is being written and create conflicted copies, which loses changes or damages the file. Keep the database in a local folder and use CoopDesk&apos;s backups to copy it to the cloud.</translation>
    </message>
    <message>
        <source>This database is on a network share ({where}, {provider}). File locking over the network is unreliable: two computers can write at once and damage the file, and a dropped connection can cut a write in half. Keep the database on this computer and copy backups to the share.</source>
        <translation>This database is on a network share ({where}, {provider}). File locking over the network is unreliable: two computers can write at once and damage the file, and a dropped connection can cut a write in half. Keep the database on this computer and copy backups to the share.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Nothing was changed in the database. Free some space on the disk, then try again.</source>
        <translation>Not saved: the disk is full. Nothing was changed in the database. Free some space on the disk, then try again.</translation>
    </message>
    <message>
        <source>Not saved: the database file or its disk is read-only (a locked USB stick, a CD, a file without write permission). Nothing was changed in the database.</source>
        <translation>Not saved: the database file or its disk is read-only (a locked USB stick, a CD, a file without write permission). Nothing was changed in the database.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported a read or write error (a removed USB stick, a dropped network drive). Nothing was changed in the database; check the disk, then try again.</source>
        <translation>Not saved: the disk reported a read or write error (a removed USB stick, a dropped network drive). Nothing was changed in the database; check the disk, then try again.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Themes</name>
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
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>{year}: %n exchange(s)</source>
        <translation>
            <numerusform>{year}: %n exchange</numerusform>
            <numerusform>{year}: %n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange in {year}.</source>
        <translation>No exchange in {year}.</translation>
    </message>
</context>
<context>
    <name>TransactionDialog</name>
    <message>
        <source>Edit transaction</source>
        <translation>Edit transaction</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>New transaction</translation>
    </message>
    <message>
        <source>Payee of an expense, payer of income</source>
        <translation>Payee of an expense, payer of income</translation>
    </message>
    <message>
        <source>e.g. Mandat 2026-0042</source>
        <translation>e.g. Mandat 2026-0042</translation>
    </message>
    <message>
        <source>e.g. 6251</source>
        <translation>e.g. 6251</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rate to the euro</source>
        <translation>Rate to the euro</translation>
    </message>
    <message>
        <source>Date of the rate</source>
        <translation>Date of the rate</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Accounting reference</source>
        <translation>Accounting reference</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Accounting code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add transaction</source>
        <translation>Add transaction</translation>
    </message>
    <message>
        <source>fixed parity {rate}</source>
        <translation>fixed parity {rate}</translation>
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
        <translation>no rate</translation>
    </message>
    <message>
        <source>In euros</source>
        <translation>In euros</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Accounting ref.</source>
        <translation>Accounting ref.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
</context>
<context>
    <name>TransactionsSection</name>
    <message>
        <source>Search payee, reference, line…</source>
        <translation>Search payee, reference, line…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Receipts of “{name}”</source>
        <translation>Receipts of “{name}”</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <source>Check database…</source>
        <translation>Check database…</translation>
    </message>
    <message>
        <source>Look for damage and inconsistencies in the database file</source>
        <translation>Look for damage and inconsistencies in the database file</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <source>Find, export or erase what CoopDesk holds about a person</source>
        <translation>Find, export or erase what CoopDesk holds about a person</translation>
    </message>
    <message>
        <source>Restored {file} from {backup}; the damaged file was kept as {aside}.</source>
        <translation>Restored {file} from {backup}; the damaged file was kept as {aside}.</translation>
    </message>
</context>
<context>
    <name>UpcomingTile</name>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Overdue since {date} — {title} ({detail})</source>
        <translation>Overdue since {date} — {title} ({detail})</translation>
    </message>
    <message>
        <source>{date} — {title} ({detail})</source>
        <translation>{date} — {title} ({detail})</translation>
    </message>
    <message>
        <source>Nothing due in the next three months.</source>
        <translation>Nothing due in the next three months.</translation>
    </message>
    <message>
        <source>An agreement to renew</source>
        <translation>An agreement to renew</translation>
    </message>
    <message>
        <source>A measurement due</source>
        <translation>A measurement due</translation>
    </message>
    <message>
        <source>An exchange planned</source>
        <translation>An exchange planned</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>This is not a valid web address.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>This is not a valid phone number.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choose a country from the list.</translation>
    </message>
    <message>
        <source>Enter the name in at least one language.</source>
        <translation>Enter the name in at least one language.</translation>
    </message>
    <message>
        <source>Choose languages from the list.</source>
        <translation>Choose languages from the list.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to {max}.</source>
        <translation>A rating goes from 1 to {max}.</translation>
    </message>
    <message>
        <source>Choose a scale of {min} to {max} points.</source>
        <translation>Choose a scale of {min} to {max} points.</translation>
    </message>
    <message>
        <source>Enter the date of the baseline.</source>
        <translation>Enter the date of the baseline.</translation>
    </message>
    <message>
        <source>Enter the date of the target.</source>
        <translation>Enter the date of the target.</translation>
    </message>
    <message>
        <source>The target must differ from the baseline.</source>
        <translation>The target must differ from the baseline.</translation>
    </message>
    <message>
        <source>When higher is better, the target must be above the baseline.</source>
        <translation>When higher is better, the target must be above the baseline.</translation>
    </message>
    <message>
        <source>When lower is better, the target must be below the baseline.</source>
        <translation>When lower is better, the target must be below the baseline.</translation>
    </message>
    <message>
        <source>The target date must be after the baseline date.</source>
        <translation>The target date must be after the baseline date.</translation>
    </message>
    <message>
        <source>The end of the period must be on or after its start.</source>
        <translation>The end of the period must be on or after its start.</translation>
    </message>
    <message>
        <source>An intermediate target must fall between the baseline date and the target date.</source>
        <translation>An intermediate target must fall between the baseline date and the target date.</translation>
    </message>
    <message>
        <source>Intermediate targets cannot overlap.</source>
        <translation>Intermediate targets cannot overlap.</translation>
    </message>
    <message>
        <source>A computed indicator is quantitative.</source>
        <translation>A computed indicator is quantitative.</translation>
    </message>
    <message>
        <source>The planned end must be on or after the planned start.</source>
        <translation>The planned end must be on or after the planned start.</translation>
    </message>
    <message>
        <source>An actual end date needs an actual start date.</source>
        <translation>An actual end date needs an actual start date.</translation>
    </message>
    <message>
        <source>The actual start cannot be in the future.</source>
        <translation>The actual start cannot be in the future.</translation>
    </message>
    <message>
        <source>The actual end cannot be in the future.</source>
        <translation>The actual end cannot be in the future.</translation>
    </message>
    <message>
        <source>The actual end must be on or after the actual start.</source>
        <translation>The actual end must be on or after the actual start.</translation>
    </message>
    <message>
        <source>Enter the actual end date of a closed project.</source>
        <translation>Enter the actual end date of a closed project.</translation>
    </message>
    <message>
        <source>Choose the APD channel from the list: direct, through an association or NGO, or through a multilateral organisation.</source>
        <translation>Choose the APD channel from the list: direct, through an association or NGO, or through a multilateral organisation.</translation>
    </message>
    <message>
        <source>Give each policy marker a score of 0, 1 or 2.</source>
        <translation>Give each policy marker a score of 0, 1 or 2.</translation>
    </message>
    <message>
        <source>{marker} is not an OECD policy marker.</source>
        <translation>{marker} is not an OECD policy marker.</translation>
    </message>
    <message>
        <source>Score the policy marker {marker} 0 (not targeted), 1 (significant objective) or 2 (principal objective).</source>
        <translation>Score the policy marker {marker} 0 (not targeted), 1 (significant objective) or 2 (principal objective).</translation>
    </message>
    <message>
        <source>Choose a theme from the list.</source>
        <translation>Choose a theme from the list.</translation>
    </message>
    <message>
        <source>Choose a DAC sector from the list.</source>
        <translation>Choose a DAC sector from the list.</translation>
    </message>
    <message>
        <source>Choose the goals from the list.</source>
        <translation>Choose the goals from the list.</translation>
    </message>
    <message>
        <source>Another project already has the code {code}.</source>
        <translation>Another project already has the code {code}.</translation>
    </message>
    <message>
        <source>The evaluation date cannot be in the future.</source>
        <translation>The evaluation date cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>A score goes from {min} to {max}.</source>
        <translation>A score goes from {min} to {max}.</translation>
    </message>
    <message>
        <source>Give a score to the criterion you comment on.</source>
        <translation>Give a score to the criterion you comment on.</translation>
    </message>
    <message>
        <source>Score at least one criterion.</source>
        <translation>Score at least one criterion.</translation>
    </message>
    <message>
        <source>This file is too large: the limit is {limit} MB.</source>
        <translation>This file is too large: the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <source>This file cannot be read: {reason}</source>
        <translation>This file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>This file cannot be written: {reason}</source>
        <translation>This file cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Choose a partner from the list.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <source>Enter the date consent was given.</source>
        <translation>Enter the date consent was given.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>The consent date cannot be in the future.</translation>
    </message>
    <message>
        <source>Mark consent as given, or clear the consent date.</source>
        <translation>Mark consent as given, or clear the consent date.</translation>
    </message>
    <message>
        <source>A remote meeting has the direction Remote.</source>
        <translation>A remote meeting has the direction Remote.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <source>Choose at least one partner.</source>
        <translation>Choose at least one partner.</translation>
    </message>
    <message>
        <source>Choose partners from the list.</source>
        <translation>Choose partners from the list.</translation>
    </message>
    <message>
        <source>Choose a project from the list.</source>
        <translation>Choose a project from the list.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s first or last name.</source>
        <translation>Enter the person&apos;s first or last name.</translation>
    </message>
    <message>
        <source>A person aged 17 or under is a minor.</source>
        <translation>A person aged 17 or under is a minor.</translation>
    </message>
    <message>
        <source>A minor is in the 0-11 or 12-17 age group.</source>
        <translation>A minor is in the 0-11 or 12-17 age group.</translation>
    </message>
    <message>
        <source>A minor needs the consent of a parent or guardian, with its date.</source>
        <translation>A minor needs the consent of a parent or guardian, with its date.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>A number of participants cannot be negative.</source>
        <translation>A number of participants cannot be negative.</translation>
    </message>
    <message>
        <source>This sex and age group is already counted.</source>
        <translation>This sex and age group is already counted.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Enter the title in at least one language.</translation>
    </message>
    <message>
        <source>Choose the title&apos;s languages from the list.</source>
        <translation>Choose the title&apos;s languages from the list.</translation>
    </message>
    <message>
        <source>The signature date of an active partnership cannot be in the future.</source>
        <translation>The signature date of an active partnership cannot be in the future.</translation>
    </message>
    <message>
        <source>The end of validity must be after the signature date.</source>
        <translation>The end of validity must be after the signature date.</translation>
    </message>
    <message>
        <source>Enter the date of the council deliberation.</source>
        <translation>Enter the date of the council deliberation.</translation>
    </message>
    <message>
        <source>Enter the number of the council deliberation.</source>
        <translation>Enter the number of the council deliberation.</translation>
    </message>
    <message>
        <source>The deliberation date cannot be in the future.</source>
        <translation>The deliberation date cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>Enter the date of the visit.</translation>
    </message>
    <message>
        <source>A visit can be logged only once it has taken place.</source>
        <translation>A visit can be logged only once it has taken place.</translation>
    </message>
    <message>
        <source>A photo is no longer stored: add it again.</source>
        <translation>A photo is no longer stored: add it again.</translation>
    </message>
    <message>
        <source>The office has detailed the participants of this visit: ask them to change them.</source>
        <translation>The office has detailed the participants of this visit: ask them to change them.</translation>
    </message>
    <message>
        <source>Enter a year between {first} and {last}.</source>
        <translation>Enter a year between {first} and {last}.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Choose a currency from the list.</translation>
    </message>
    <message>
        <source>Budgets are kept in euros or in a currency with a fixed parity to the euro (such as XOF or XAF).</source>
        <translation>Budgets are kept in euros or in a currency with a fixed parity to the euro (such as XOF or XAF).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <source>This amount is too large: it is worth more than one billion euros.</source>
        <translation>This amount is too large: it is worth more than one billion euros.</translation>
    </message>
    <message>
        <source>This date is before the start of the project ({date}); change the project&apos;s dates first if it started earlier.</source>
        <translation>This date is before the start of the project ({date}); change the project&apos;s dates first if it started earlier.</translation>
    </message>
    <message>
        <source>This date is after the end of the project ({date}); change the project&apos;s dates first if it ran longer.</source>
        <translation>This date is after the end of the project ({date}); change the project&apos;s dates first if it ran longer.</translation>
    </message>
    <message>
        <source>The received amount must be in the currency of the committed one.</source>
        <translation>The received amount must be in the currency of the committed one.</translation>
    </message>
    <message>
        <source>The cap must be more than 0 % and at most 100 %.</source>
        <translation>The cap must be more than 0 % and at most 100 %.</translation>
    </message>
    <message>
        <source>Another indicator of this project already has the code {code}.</source>
        <translation>Another indicator of this project already has the code {code}.</translation>
    </message>
    <message>
        <source>The kind cannot change once the indicator has measurements.</source>
        <translation>The kind cannot change once the indicator has measurements.</translation>
    </message>
    <message>
        <source>An indicator with typed measurements cannot become computed.</source>
        <translation>An indicator with typed measurements cannot become computed.</translation>
    </message>
    <message>
        <source>Some measurements have a rating above {max}.</source>
        <translation>Some measurements have a rating above {max}.</translation>
    </message>
    <message>
        <source>A measurement outside the project&apos;s dates cannot be recorded: the project runs from {start} to {end}.</source>
        <translation>A measurement outside the project&apos;s dates cannot be recorded: the project runs from {start} to {end}.</translation>
    </message>
    <message>
        <source>The values of a computed indicator come from the database and cannot be typed.</source>
        <translation>The values of a computed indicator come from the database and cannot be typed.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to {max}.</source>
        <translation>Choose a rating from 1 to {max}.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>Enter the value.</translation>
    </message>
    <message>
        <source>This indicator has no such breakdown.</source>
        <translation>This indicator has no such breakdown.</translation>
    </message>
    <message>
        <source>This period already has a measurement.</source>
        <translation>This period already has a measurement.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>Enter an amount such as {example}.</source>
        <translation>Enter an amount such as {example}.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>This amount is too large.</translation>
    </message>
    <message>
        <source>Amounts in {currency} have no decimals: enter for example {example}.</source>
        <translation>Amounts in {currency} have no decimals: enter for example {example}.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in {currency} have at most %n decimal(s).</source>
        <translation>
            <numerusform>Amounts in {currency} have at most %n decimal.</numerusform>
            <numerusform>Amounts in {currency} have at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a rate such as {example}.</source>
        <translation>Enter a rate such as {example}.</translation>
    </message>
    <message>
        <source>The rate must be greater than zero.</source>
        <translation>The rate must be greater than zero.</translation>
    </message>
    <message numerus="yes">
        <source>A rate has at most %n decimal(s).</source>
        <translation>
            <numerusform>A rate has at most %n decimal.</numerusform>
            <numerusform>A rate has at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a percentage between {low} and {high}.</source>
        <translation>Enter a percentage between {low} and {high}.</translation>
    </message>
    <message>
        <source>Enter a number, for example {example}.</source>
        <translation>Enter a number, for example {example}.</translation>
    </message>
    <message>
        <source>Enter a number of years between 1 and 100.</source>
        <translation>Enter a number of years between 1 and 100.</translation>
    </message>
    <message>
        <source>Enter the rate to the euro for {currency}.</source>
        <translation>Enter the rate to the euro for {currency}.</translation>
    </message>
    <message>
        <source>Enter the date of the rate.</source>
        <translation>Enter the date of the rate.</translation>
    </message>
    <message>
        <source>This budget line belongs to another project.</source>
        <translation>This budget line belongs to another project.</translation>
    </message>
    <message>
        <source>Income is booked against a funding source, not on a budget line.</source>
        <translation>Income is booked against a funding source, not on a budget line.</translation>
    </message>
    <message>
        <source>This funding source belongs to another project.</source>
        <translation>This funding source belongs to another project.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>An INSEE code has 5 characters: 5 digits, or 2A or 2B and 3 digits in Corsica.</source>
        <translation>An INSEE code has 5 characters: 5 digits, or 2A or 2B and 3 digits in Corsica.</translation>
    </message>
    <message>
        <source>Choose one or two languages for the reports.</source>
        <translation>Choose one or two languages for the reports.</translation>
    </message>
    <message>
        <source>Give the full path of the backup folder, from the drive or the root.</source>
        <translation>Give the full path of the backup folder, from the drive or the root.</translation>
    </message>
    <message>
        <source>This path is a file, not a folder.</source>
        <translation>This path is a file, not a folder.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The logo is too large: the limit is {limit} MB.</source>
        <translation>The logo is too large: the limit is {limit} MB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
</context>
<context>
    <name>VisitLogDialog</name>
    <message>
        <source>Edit a visit</source>
        <translation>Edit a visit</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>What happened, who you met, what comes next</source>
        <translation>What happened, who you met, what comes next</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
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
        <translation>Edit visit</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
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
        <translation>CoopDesk — volunteer mode</translation>
    </message>
    <message>
        <source>Your name (it is kept with the visits you log, so that only you can change them):</source>
        <translation>Your name (it is kept with the visits you log, so that only you can change them):</translation>
    </message>
</context>
<context>
    <name>WarningsBanner</name>
    <message numerus="yes">
        <source>%n warning(s) to look at</source>
        <translation>
            <numerusform>%n warning to look at</numerusform>
            <numerusform>%n warnings to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearComboBox</name>
    <message>
        <source>All years</source>
        <translation>All years</translation>
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
