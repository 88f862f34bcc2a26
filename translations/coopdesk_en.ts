<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>This partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it is still referred to by {refs}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decentralised cooperation convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose languages from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
