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
        <source>Font: DejaVu Sans (DejaVu fonts licence, free).</source>
        <translation>Font: DejaVu Sans (DejaVu fonts licence, free).</translation>
    </message>
    <message>
        <source>Codelists: IATI Standard, published by IATI under the CC BY 4.0 licence.</source>
        <translation>Codelists: IATI Standard, published by IATI under the CC BY 4.0 licence.</translation>
    </message>
    <message>
        <source>About CoopDesk</source>
        <translation>About CoopDesk</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
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
    <name>Check</name>
    <message>
        <source>The schema is at revision {rev}; it will be upgraded to {head} on open.</source>
        <translation>The schema is at revision {rev}; it will be upgraded to {head} on open.</translation>
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
        <source>coopdesk: interrupted; nothing was changed.</source>
        <translation>coopdesk: interrupted; nothing was changed.</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>unexpected error: {error}</translation>
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
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Add document {name}</source>
        <translation>Add document {name}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
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
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
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
        <source>Choose languages from the list.</source>
        <translation>Choose languages from the list.</translation>
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
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
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
</context>
<context>
    <name>Volunteer</name>
    <message>
        <source>{kind} — {partner}</source>
        <translation>{kind} — {partner}</translation>
    </message>
</context>
</TS>
