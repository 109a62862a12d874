<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="224"/>
        <source>Add a step</source>
        <translation>Een stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="224"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="232"/>
        <source>What to prepare or agree (optional)</source>
        <translation>Wat er voorbereid of afgesproken moet worden (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="233"/>
        <source>Kind of step</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="234"/>
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="235"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="236"/>
        <source>Notes</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="239"/>
        <source>Choose a kind of step.</source>
        <translation>Kies een soort stap.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="75"/>
        <source>viewed</source>
        <translation>bekeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="76"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="77"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="78"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="79"/>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="80"/>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="81"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="88"/>
        <source>personal details</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="89"/>
        <source>enterprise</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="90"/>
        <source>visit</source>
        <translation>bezoek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="91"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="92"/>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="93"/>
        <source>trajectory</source>
        <translation>traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="94"/>
        <source>trajectory step</source>
        <translation>trajectstap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="95"/>
        <source>referral</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="96"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="97"/>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="98"/>
        <source>kind of step</source>
        <translation>soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="99"/>
        <source>worker account</source>
        <translation>account van medewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="100"/>
        <source>sync package</source>
        <translation>synchronisatiepakket</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="101"/>
        <source>audit log</source>
        <translation>logboek</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="221"/>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="224"/>
        <source>Checking the audit log…</source>
        <translation>Het logboek wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="229"/>
        <source>Type a name to find an entrepreneur</source>
        <translation>Typ een naam om een ondernemer te zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="233"/>
        <location filename="../../hubdesk/views/audit_view.py" line="351"/>
        <location filename="../../hubdesk/views/audit_view.py" line="474"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="235"/>
        <source>All workers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="237"/>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="250"/>
        <source>Export to CSV…</source>
        <translation>Exporteren naar CSV…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="251"/>
        <source>Save the entries that match the filter as a spreadsheet (CSV)</source>
        <translation>De regels die bij het filter passen opslaan als spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="255"/>
        <source>Entrepreneur</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="258"/>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="260"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="264"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="267"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="276"/>
        <source>Audit entries</source>
        <translation>Regels in het logboek</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/audit_view.py" line="396"/>
        <source>The audit log is intact: the chain of %n entries is unbroken.</source>
        <translation>
            <numerusform>Het logboek is in orde: de keten van %n regel is ononderbroken.</numerusform>
            <numerusform>Het logboek is in orde: de keten van %n regels is ononderbroken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="403"/>
        <source>The audit log has been tampered with: entry %1 (%2) does not fit the entries before it. An entry was changed, removed or inserted.</source>
        <translation>Het logboek is aangetast: regel %1 (%2) klopt niet met de regels ervoor. Er is een regel gewijzigd, verwijderd of tussengevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="419"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="447"/>
        <source>No entries match.</source>
        <translation>Er zijn geen regels die passen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/audit_view.py" line="449"/>
        <source>%n entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n regel getoond; scrol omlaag voor oudere.</numerusform>
            <numerusform>%n regels getoond; scrol omlaag voor oudere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/audit_view.py" line="451"/>
        <source>%n entries.</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="490"/>
        <source>Export the audit log</source>
        <translation>Het logboek exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="490"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-spreadsheet (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/audit_view.py" line="498"/>
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="161"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="162"/>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="163"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="164"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="165"/>
        <source>Entrepreneur</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="166"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/audit_view.py" line="189"/>
        <source>(no longer exists) %1</source>
        <translation>(bestaat niet meer) %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="133"/>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="137"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="138"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="139"/>
        <source>New password again</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="317"/>
        <source>Change the stage</source>
        <translation>De fase wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="317"/>
        <source>Change stage</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="320"/>
        <source>The enterprise is now in the stage: %1</source>
        <translation>De onderneming is nu in de fase: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="323"/>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="324"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="328"/>
        <source>Choose a stage other than the current one.</source>
        <translation>Kies een andere fase dan de huidige.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="74"/>
        <source>Walk-in</source>
        <translation>Binnenloop</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="75"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="76"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="77"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="78"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="79"/>
        <source>Referred by a partner</source>
        <translation>Verwezen door een partner</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="34"/>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="35"/>
        <source>Referred to a partner</source>
        <translation>Doorverwezen naar een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="36"/>
        <source>No contact any more</source>
        <translation>Geen contact meer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="37"/>
        <source>Stopped with the idea</source>
        <translation>Gestopt met het idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="38"/>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="39"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
</context>
<context>
    <name>CloseReferralDialog</name>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1019"/>
        <source>Close the referral</source>
        <translation>De verwijzing afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1019"/>
        <source>Close referral</source>
        <translation>Verwijzing afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1021"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1 naar %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1027"/>
        <source>(choose the outcome)</source>
        <translation>(kies het resultaat)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1034"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1035"/>
        <source>Reported by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1036"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1049"/>
        <source>Choose the outcome.</source>
        <translation>Kies het resultaat.</translation>
    </message>
</context>
<context>
    <name>CloseTrajectoryDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="344"/>
        <source>Close the trajectory</source>
        <translation>Het traject afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="344"/>
        <source>Close trajectory</source>
        <translation>Traject afsluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="346"/>
        <source>Steps still planned (%n) will be cancelled.</source>
        <translation>
            <numerusform>De stap die nog gepland is (%n), wordt geannuleerd.</numerusform>
            <numerusform>De stappen die nog gepland zijn (%n), worden geannuleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="348"/>
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="352"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="353"/>
        <source>Stage at the end</source>
        <translation>Fase aan het eind</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="356"/>
        <source>Choose a reason to close the trajectory.</source>
        <translation>Kies een reden om het traject af te sluiten.</translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="261"/>
        <source>Step done</source>
        <translation>Stap gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="261"/>
        <source>Save as done</source>
        <translation>Opslaan als gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="262"/>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="267"/>
        <source>not recorded</source>
        <translation>niet bijgehouden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="268"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="270"/>
        <source>What came of it (optional)</source>
        <translation>Wat het heeft opgeleverd (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="273"/>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="274"/>
        <source>Time spent</source>
        <translation>Bestede tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="275"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="95"/>
        <source>Changed at another desk</source>
        <translation>Gewijzigd aan een andere balie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="107"/>
        <source>Someone at another desk changed %1 while you were editing. Compare both versions and choose, for each field you changed, which value to keep.</source>
        <translation>Iemand aan een andere balie heeft %1 gewijzigd terwijl je aan het bewerken was. Vergelijk beide versies en kies per veld dat je wijzigde welke waarde blijft.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116"/>
        <source>Stored now (other desk)</source>
        <translation>Nu opgeslagen (andere balie)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116"/>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116"/>
        <source>Your choice</source>
        <translation>Jouw keuze</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="135"/>
        <source>The same: nothing to choose</source>
        <translation>Gelijk: niets te kiezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="140"/>
        <source>changed at both desks</source>
        <translation>aan beide balies gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="143"/>
        <source>Keep theirs</source>
        <translation>Hun waarde houden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="144"/>
        <source>Use mine</source>
        <translation>Mijn waarde gebruiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="146"/>
        <source>Keep theirs for %1</source>
        <translation>Hun waarde houden voor %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="147"/>
        <source>Use mine for %1</source>
        <translation>Mijn waarde gebruiken voor %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="173"/>
        <source>Also changed at the other desk, and kept: %1</source>
        <translation>Ook aan de andere balie gewijzigd, en behouden: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="177"/>
        <source>Choose a value for every field changed at both desks.</source>
        <translation>Kies een waarde voor elk veld dat aan beide balies is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="184"/>
        <source>Save my choices</source>
        <translation>Mijn keuzes opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="187"/>
        <source>Save nothing; your input stays in the form (Esc)</source>
        <translation>Niets opslaan; je invoer blijft in het formulier (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="196"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="541"/>
        <source>Sync conflicts</source>
        <translation>Conflicten bij synchronisatie</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="237"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="259"/>
        <source>Sync could not decide these: the same data was changed differently at two desks, or changed at one desk and deleted at another. Every desk shows the same value meanwhile (marked “shown now”). Choose what is right; your choice goes to the other desks with the next sync.</source>
        <translation>Hierover kon de synchronisatie niet beslissen: dezelfde gegevens zijn aan twee balies verschillend gewijzigd, of aan de ene balie gewijzigd en aan de andere verwijderd. Intussen toont elke balie dezelfde waarde (gemarkeerd met ‘nu getoond’). Kies wat klopt; je keuze gaat bij de volgende synchronisatie naar de andere balies.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="267"/>
        <source>Entrepreneur or record</source>
        <translation>Ondernemer of gegevens</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="267"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="267"/>
        <source>Noticed</source>
        <translation>Opgemerkt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="268"/>
        <source>Open conflicts</source>
        <translation>Openstaande conflicten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="272"/>
        <source>No conflicts to review.</source>
        <translation>Geen conflicten om te bekijken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="331"/>
        <source>Deleted vs. changed</source>
        <translation>Verwijderd tegenover gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="388"/>
        <source>This was deleted at one desk and changed at another. Until you choose, it stays deleted. Restore it (with the changes) or accept the deletion.</source>
        <translation>Dit is aan de ene balie verwijderd en aan de andere gewijzigd. Tot je kiest, blijft het verwijderd. Zet het terug (met de wijzigingen) of laat het verwijderd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="395"/>
        <source>This field was changed differently at two desks. Choose the value to keep.</source>
        <translation>Dit veld is aan twee balies verschillend gewijzigd. Kies welke waarde blijft.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="398"/>
        <source>Two records would have the same value for this field. Change it on one of them; this conflict then closes by itself.</source>
        <translation>Twee records zouden voor dit veld dezelfde waarde krijgen. Wijzig de waarde bij een van beide; dit conflict is dan vanzelf opgelost.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="404"/>
        <source>Before (both desks started from)</source>
        <translation>Oorspronkelijk (waar beide balies van uitgingen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="408"/>
        <source>Mine (this desk)</source>
        <translation>Mijn waarde (deze balie)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="410"/>
        <source>Shown now (%1)</source>
        <translation>Nu getoond (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="415"/>
        <source>Theirs (%1)</source>
        <translation>Hun waarde (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="437"/>
        <source>unknown worker</source>
        <translation>onbekende medewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="438"/>
        <source>%1 at %2, %3</source>
        <translation>%1 bij %2, %3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="441"/>
        <source>★ shown now at every desk</source>
        <translation>★ nu aan elke balie getoond</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="459"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="464"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="471"/>
        <source>Changed:</source>
        <translation>Gewijzigd:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="471"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="482"/>
        <source>Accept the deletion</source>
        <translation>Verwijderd laten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="485"/>
        <source>Restore, with these changes</source>
        <translation>Terugzetten, met deze wijzigingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="489"/>
        <source>Back to before</source>
        <translation>Oorspronkelijke waarde terug</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="492"/>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="492"/>
        <source>Keep this</source>
        <translation>Deze waarde houden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="495"/>
        <source>Take theirs</source>
        <translation>Hun waarde gebruiken</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="85"/>
        <source>Verbally, recorded by me</source>
        <translation>Mondeling, door mij vastgelegd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="86"/>
        <source>Signed on paper</source>
        <translation>Op papier ondertekend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="87"/>
        <source>Digitally</source>
        <translation>Digitaal</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="66"/>
        <source>Verbally</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="67"/>
        <source>Signed on paper</source>
        <translation>Op papier ondertekend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="68"/>
        <source>Digitally</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="294"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="298"/>
        <source>Show every record (also earlier and withdrawn ones)</source>
        <translation>Alles tonen (ook eerdere en ingetrokken toestemmingen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="311"/>
        <source>Consents of this entrepreneur</source>
        <translation>Toestemmingen van deze ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="322"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="323"/>
        <source>Read the consent text out and record how the entrepreneur agreed</source>
        <translation>Lees de toestemmingstekst voor en leg vast hoe de ondernemer heeft ingestemd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="324"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="325"/>
        <source>The entrepreneur withdraws this consent: it stops counting at once</source>
        <translation>De ondernemer trekt deze toestemming in: die geldt meteen niet meer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="439"/>
        <source>Consent recorded: %1.</source>
        <translation>Toestemming vastgelegd: %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="458"/>
        <source>Withdraw the consent for “%1”? From now on no letter to this partner can be made, printed or sent.</source>
        <translation>De toestemming voor ‘%1’ intrekken? Vanaf nu kan er geen brief aan deze partner meer worden gemaakt, afgedrukt of verstuurd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="462"/>
        <source>Withdraw the consent for “%1”? From now on this entrepreneur is left out of every record-level export.</source>
        <translation>De toestemming voor ‘%1’ intrekken? Vanaf nu blijft deze ondernemer buiten elke export met gegevens per persoon.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="465"/>
        <source>Withdraw the consent for “%1”? It stops counting at once.</source>
        <translation>De toestemming voor ‘%1’ intrekken? Die geldt dan meteen niet meer.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="472"/>
        <source>Consent withdrawn: %1.</source>
        <translation>Toestemming ingetrokken: %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="477"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="51"/>
        <source>Sharing with %1</source>
        <translation>Delen met %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="52"/>
        <source>Sharing with a partner</source>
        <translation>Delen met een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="54"/>
        <source>Registration at the hub</source>
        <translation>Registratie bij de hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="55"/>
        <source>Monitoring (record level, without name)</source>
        <translation>Monitoring (per persoon, zonder naam)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="58"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="59"/>
        <source>Story and photo</source>
        <translation>Verhaal en foto</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="117"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="118"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="119"/>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="120"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="121"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="122"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="136"/>
        <source>Details shared: %1</source>
        <translation>Gedeelde gegevens: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="142"/>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="145"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="146"/>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="148"/>
        <source>(by %1)</source>
        <translation>(door %1)</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="104"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="129"/>
        <source>hubdesk – something went wrong</source>
        <translation>hubdesk – er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="132"/>
        <source>Something went wrong in hubdesk.</source>
        <translation>Er ging iets mis in hubdesk.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="138"/>
        <source>The work you saved so far is safe. What you were doing at this moment may not have been saved: please check it. If this happens again, copy the report below and send it to your coordinator or the help desk. The report holds no personal data.</source>
        <translation>Wat je tot nu toe hebt opgeslagen, is veilig. Waar je op dit moment mee bezig was, is misschien niet opgeslagen: controleer het even. Gebeurt dit vaker, kopieer dan het rapport hieronder en stuur het naar je coördinator of de helpdesk. Het rapport bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="148"/>
        <source>Error report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="149"/>
        <source>The full details are in the log file: %1</source>
        <translation>Alle details staan in het logbestand: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="152"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Rapport kopiëren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/crash_dialog.py" line="175"/>
        <source>The report is on the clipboard.</source>
        <translation>Het rapport staat op het klembord.</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="49"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="59"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="66"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="67"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="117"/>
        <source>Fill in your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="121"/>
        <source>Fill in your password.</source>
        <translation>Vul je wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="137"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="249"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="258"/>
        <source>From … to …</source>
        <translation>Van … tot en met …</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="261"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="261"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="266"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="267"/>
        <source>All hubs</source>
        <translation>Alle hubs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="271"/>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="272"/>
        <source>All stadsdelen</source>
        <translation>Alle stadsdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="276"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="277"/>
        <source>Total only</source>
        <translation>Alleen totaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="278"/>
        <source>Per stadsdeel</source>
        <translation>Per stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="279"/>
        <source>Per hub</source>
        <translation>Per hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="280"/>
        <source>Apply small-cell rule</source>
        <translation>Regel voor kleine aantallen toepassen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="284"/>
        <source>Show numbers below 5 as “&lt;5”, as the report and the exports always do. Switch off to see the exact figures at your desk.</source>
        <translation>Toon aantallen onder de 5 als ‘&lt;5’, zoals het rapport en de exports altijd doen. Zet dit uit om hier op je scherm de precieze cijfers te zien.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="288"/>
        <source>Quarterly report (PDF)…</source>
        <translation>Kwartaalrapportage (pdf)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="289"/>
        <source>The figures and charts of this selection as a PDF, small cells hidden</source>
        <translation>De cijfers en grafieken van deze selectie als pdf, kleine aantallen verborgen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="290"/>
        <source>Export tables (CSV/XLSX)…</source>
        <translation>Tabellen exporteren (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="291"/>
        <source>The tables of this selection as a spreadsheet, small cells hidden</source>
        <translation>De tabellen van deze selectie als spreadsheet, kleine aantallen verborgen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="294"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="300"/>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="303"/>
        <source>Stadsdeel:</source>
        <translation>Stadsdeel:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="306"/>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="333"/>
        <source>The dashboard is for coordinators and admins. Ask your coordinator for the figures.</source>
        <translation>Het dashboard is voor coördinatoren en beheerders. Vraag je coördinator om de cijfers.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="490"/>
        <source>Figures of %1</source>
        <translation>Cijfers van %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="571"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="617"/>
        <source>%1: %2 entrepreneurs reached.</source>
        <translation>%1: %2 ondernemers bereikt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="622"/>
        <source>(updating…)</source>
        <translation>(wordt bijgewerkt…)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="673"/>
        <source>Save the quarterly report</source>
        <translation>De kwartaalrapportage opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="675"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="690"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="690"/>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, gescheiden door puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="691"/>
        <source>Export the tables</source>
        <translation>De tabellen exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="718"/>
        <source>quarterly-report</source>
        <translation>kwartaalrapportage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="735"/>
        <source>Writing %1…</source>
        <translation>%1 wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/dashboard_view.py" line="741"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="106"/>
        <source>Entrepreneur</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="106"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="106"/>
        <source>Due since</source>
        <translation>Termijn verlopen op</translation>
    </message>
</context>
<context>
    <name>EntrepreneurListView</name>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="62"/>
        <source>Search by name, enterprise, KVK number, e-mail or phone (Ctrl+F)</source>
        <translation>Zoek op naam, onderneming, KVK-nummer, e-mail of telefoon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="63"/>
        <source>Search entrepreneurs</source>
        <translation>Ondernemers zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="65"/>
        <source>All stadsdelen</source>
        <translation>Alle stadsdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="69"/>
        <source>Every stage</source>
        <translation>Elke fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="72"/>
        <source>Open trajectory</source>
        <translation>Open traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="73"/>
        <source>New intake (Ctrl+N)</source>
        <translation>Nieuwe inschrijving (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/entrepreneurs.py" line="186"/>
        <source>%n entrepreneur(s)</source>
        <translation>
            <numerusform>%n ondernemer</numerusform>
            <numerusform>%n ondernemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/entrepreneurs.py" line="200"/>
        <source>The first %n matches; type more to narrow down</source>
        <translation>
            <numerusform>De eerste %n treffer; typ meer om te verfijnen</numerusform>
            <numerusform>De eerste %n treffers; typ meer om te verfijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/entrepreneurs.py" line="202"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntrepreneurTableModel</name>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="76"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="77"/>
        <source>Enterprise or idea</source>
        <translation>Onderneming of idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="78"/>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="79"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="80"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="81"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="102"/>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../hubdesk/views/errors.py" line="40"/>
        <source>hubdesk</source>
        <translation>hubdesk</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="51"/>
        <source>Edit event</source>
        <translation>Evenement bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="51"/>
        <source>Register an event</source>
        <translation>Een evenement vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="52"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="54"/>
        <source>e.g. Social Impact Night Schalkwijk</source>
        <translation>bijv. Social Impact Night Schalkwijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="58"/>
        <source>(city-wide or elsewhere)</source>
        <translation>(hele stad of elders)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="65"/>
        <source>Visitors who are not registered entrepreneurs: a number, no names</source>
        <translation>Bezoekers die geen ingeschreven ondernemer zijn: een aantal, geen namen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="66"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="67"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="68"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="69"/>
        <source>&amp;Stadsdeel</source>
        <translation>S&amp;tadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="70"/>
        <source>Other &amp;guests</source>
        <translation>Overige &amp;gasten</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="99"/>
        <source>Social Impact Night</source>
        <translation>Social Impact Night</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="100"/>
        <source>Buy Social marketplace</source>
        <translation>Buy Social-marktplaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="101"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="102"/>
        <source>Network meeting</source>
        <translation>Netwerkbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="103"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="110"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="111"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="112"/>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="113"/>
        <source>Entrepreneurs</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="114"/>
        <source>Guests</source>
        <translation>Gasten</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="156"/>
        <location filename="../../hubdesk/views/events_view.py" line="178"/>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="161"/>
        <source>Register an event…</source>
        <translation>Evenement vastleggen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="163"/>
        <source>A Social Impact Night, a Buy Social marketplace, a workshop (Ctrl+Shift+E)</source>
        <translation>Een Social Impact Night, een Buy Social-markt, een workshop (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="166"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="167"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="190"/>
        <source>No events yet. “Register an event…” adds the first.</source>
        <translation>Nog geen evenementen. Met ‘Evenement vastleggen…’ voeg je het eerste toe.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="198"/>
        <source>Registered entrepreneurs who attended</source>
        <translation>Ingeschreven ondernemers die er waren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="199"/>
        <source>Remove from the list</source>
        <translation>Van de lijst halen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="200"/>
        <source>The chosen entrepreneur did not attend after all (Delete)</source>
        <translation>De gekozen ondernemer was er toch niet (Delete)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="203"/>
        <source>Find an entrepreneur to tick as attended</source>
        <translation>Zoek een ondernemer om als aanwezig aan te vinken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="204"/>
        <source>Search entrepreneurs</source>
        <translation>Ondernemers zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="206"/>
        <source>Search results: ticked means attended</source>
        <translation>Zoekresultaten: aangevinkt betekent aanwezig</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="207"/>
        <source>Tick who attended (Space); untick to take them off the list.</source>
        <translation>Vink aan wie er was (spatiebalk); vink uit om iemand van de lijst te halen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="217"/>
        <source>Add attendees</source>
        <translation>Aanwezigen toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="329"/>
        <source>Choose an event to see who attended.</source>
        <translation>Kies een evenement om te zien wie er was.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/events_view.py" line="332"/>
        <source>Attended “%1” (%2): %n registered entrepreneur(s)</source>
        <translation>
            <numerusform>Aanwezig bij ‘%1’ (%2): %n ingeschreven ondernemer</numerusform>
            <numerusform>Aanwezig bij ‘%1’ (%2): %n ingeschreven ondernemers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="412"/>
        <source>Added to the attendees.</source>
        <translation>Toegevoegd aan de aanwezigen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="419"/>
        <source>Taken off the attendees.</source>
        <translation>Van de aanwezigen gehaald.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="476"/>
        <source>Event registered: now tick who attended.</source>
        <translation>Evenement vastgelegd: vink nu aan wie er was.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="493"/>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="502"/>
        <source>Delete event</source>
        <translation>Evenement verwijderen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="509"/>
        <source>Delete “%1” and its list of attendees?</source>
        <translation>‘%1’ en de lijst met aanwezigen verwijderen?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/events_view.py" line="515"/>
        <source>Event deleted.</source>
        <translation>Evenement verwijderd.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="54"/>
        <source>Welcome to hubdesk</source>
        <translation>Welkom bij hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="59"/>
        <source>This database is still empty. You can practise with made-up entrepreneurs, or set up this computer for your hub.</source>
        <translation>Deze database is nog leeg. Je kunt oefenen met verzonnen ondernemers, of deze computer inrichten voor je hub.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="65"/>
        <source>Practise</source>
        <translation>Oefenen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/first_run.py" line="68"/>
        <source>Fill the database with %n made-up entrepreneurs. A practice database never exchanges data with the hubs.</source>
        <translation>
            <numerusform>Vul de database met %n verzonnen ondernemer. Een oefendatabase wisselt nooit gegevens uit met de hubs.</numerusform>
            <numerusform>Vul de database met %n verzonnen ondernemers. Een oefendatabase wisselt nooit gegevens uit met de hubs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="75"/>
        <source>Load demo data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="80"/>
        <source>Set up for my hub</source>
        <translation>Inrichten voor mijn hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="82"/>
        <source>e.g. Cityhub Schalkwijk</source>
        <translation>bijv. Cityhub Schalkwijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="86"/>
        <source>Desk 1</source>
        <translation>Balie 1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="97"/>
        <source>At least %1 characters. A phrase of a few words is easy to remember and hard to guess.</source>
        <translation>Minstens %1 tekens. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="108"/>
        <source>Hub name</source>
        <translation>Naam van de hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="109"/>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="110"/>
        <source>Name of this desk</source>
        <translation>Naam van deze balie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="111"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="112"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="113"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="114"/>
        <source>Password again</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="115"/>
        <source>Encrypt this database (recommended)</source>
        <translation>Deze database versleutelen (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="119"/>
        <source>The data on this computer can then only be read after logging in: a stolen computer gives nothing away. You get a recovery key to write down.</source>
        <translation>De gegevens op deze computer zijn dan alleen na inloggen te lezen: een gestolen computer geeft niets prijs. Je krijgt een herstelsleutel om op te schrijven.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="123"/>
        <source>Set up</source>
        <translation>Inrichten</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="56"/>
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="72"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="51"/>
        <source>Letter: the entrepreneur contacts the partner</source>
        <translation>Brief: de ondernemer neemt zelf contact op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="52"/>
        <source>Three-way phone call</source>
        <translation>Driegesprek aan de telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="53"/>
        <source>Joint meeting</source>
        <translation>Gezamenlijk gesprek</translation>
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="94"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="386"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="393"/>
        <source>Enterprise for new entries</source>
        <translation>Onderneming voor nieuwe invoer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="394"/>
        <source>The enterprise that new entries are for</source>
        <translation>De onderneming waar nieuwe invoer bij hoort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="396"/>
        <source>Recognition…</source>
        <translation>Erkenning…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="398"/>
        <source>Add a recognition: Code register or aspirant, SE NL, PSO level, KIP SROI badge</source>
        <translation>Een erkenning toevoegen: Register Sociale Ondernemingen of aspirant, SE NL, PSO-trede, KIP SROI-badge</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="400"/>
        <source>Procurement match…</source>
        <translation>Inkoopopdracht…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="401"/>
        <source>Add a social-procurement match: buyer, route, kind, value</source>
        <translation>Een opdracht via sociaal inkopen toevoegen: opdrachtgever, route, soort, waarde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="402"/>
        <source>Placements…</source>
        <translation>Werkplekken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="403"/>
        <source>Add work placements: places offered and filled, as counts</source>
        <translation>Werkplekken toevoegen: aangeboden en bezette plaatsen, als aantallen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="410"/>
        <source>Add:</source>
        <translation>Toevoegen:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="419"/>
        <source>Impact register</source>
        <translation>Impactregister</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="423"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="424"/>
        <source>Change the chosen entry (Enter)</source>
        <translation>De gekozen regel wijzigen (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="425"/>
        <source>Remove…</source>
        <translation>Weghalen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="426"/>
        <source>Remove the chosen entry from the register</source>
        <translation>De gekozen regel uit het register halen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="476"/>
        <source>(no trade name yet)</source>
        <translation>(nog geen handelsnaam)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="511"/>
        <source>No enterprise yet: the impact register belongs to an enterprise.</source>
        <translation>Nog geen onderneming: het impactregister hoort bij een onderneming.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="513"/>
        <source>Nothing recorded yet: recognitions, procurement matches, placements.</source>
        <translation>Nog niets vastgelegd: erkenningen, inkoopopdrachten, werkplekken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="544"/>
        <source>Recognition added.</source>
        <translation>Erkenning toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="549"/>
        <source>Procurement match added.</source>
        <translation>Inkoopopdracht toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="553"/>
        <source>Placements added.</source>
        <translation>Werkplekken toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="606"/>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="615"/>
        <source>Remove from the register</source>
        <translation>Uit het register halen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="626"/>
        <source>Remove “%1” from the impact register of %2?</source>
        <translation>‘%1’ uit het impactregister van %2 halen?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="643"/>
        <source>Removed from the register.</source>
        <translation>Uit het register gehaald.</translation>
    </message>
</context>
<context>
    <name>ImpactTableModel</name>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="318"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="318"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="318"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="318"/>
        <source>Enterprise</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="331"/>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="337"/>
        <source>(expired)</source>
        <translation>(verlopen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="343"/>
        <source>Procurement</source>
        <translation>Inkoop</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="348"/>
        <source>Placements</source>
        <translation>Werkplekken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="351"/>
        <source>%1: %2 of %3 filled (%4)</source>
        <translation>%1: %2 van %3 bezet (%4)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="221"/>
        <location filename="../../hubdesk/views/import_dialog.py" line="353"/>
        <source>Import a spreadsheet</source>
        <translation>Een spreadsheet inlezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="226"/>
        <source>A list of entrepreneurs as CSV or Excel (.xlsx)</source>
        <translation>Een lijst met ondernemers als CSV of Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="227"/>
        <source>Choose a file…</source>
        <translation>Kies een bestand…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="229"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="240"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="240"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="240"/>
        <source>Import as</source>
        <translation>Inlezen als</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="245"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="250"/>
        <source>1. Which column holds what</source>
        <translation>1. Welke kolom bevat wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="260"/>
        <source>What would happen per row</source>
        <translation>Wat er per rij zou gebeuren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="266"/>
        <source>Only rows that are skipped</source>
        <translation>Alleen rijen die worden overgeslagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="273"/>
        <location filename="../../hubdesk/views/import_dialog.py" line="584"/>
        <source>2. What would happen</source>
        <translation>2. Wat er zou gebeuren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="286"/>
        <source>3. Consent</source>
        <translation>3. Toestemming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="288"/>
        <source>Everyone on this list agreed that the hub registers their details. They agreed:</source>
        <translation>Iedereen op deze lijst heeft ermee ingestemd dat de hub zijn gegevens vastlegt. Toestemming gegeven:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="296"/>
        <source>Without this consent the list cannot be imported. Each entrepreneur gets a registration consent &quot;import&quot; with today&apos;s date and your name.</source>
        <translation>Zonder deze toestemming kan de lijst niet worden ingelezen. Elke ondernemer krijgt een toestemming voor registratie &quot;import&quot; met de datum van vandaag en je naam.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="312"/>
        <source>Choose a file to begin.</source>
        <translation>Kies een bestand om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="314"/>
        <location filename="../../hubdesk/views/import_dialog.py" line="611"/>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="317"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="319"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="353"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="374"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="398"/>
        <source>(column %1 has no name)</source>
        <translation>(kolom %1 heeft geen naam)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="404"/>
        <source>(not imported)</source>
        <translation>(niet inlezen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="408"/>
        <source>Import column %1 as</source>
        <translation>Kolom %1 inlezen als</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="468"/>
        <source>Checking the rows…</source>
        <translation>De rijen worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="483"/>
        <source>This file cannot be imported as it is; see the notes at the top.</source>
        <translation>Dit bestand kan zo niet worden ingelezen; zie de opmerkingen bovenaan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="485"/>
        <source>Check the skipped rows, confirm the consent and import.</source>
        <translation>Bekijk de overgeslagen rijen, bevestig de toestemming en lees in.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="487"/>
        <source>There is nobody new to import in this file.</source>
        <translation>In dit bestand staat niemand die nieuw is.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="499"/>
        <source>Importing… You can cancel: then nothing is saved.</source>
        <translation>Bezig met inlezen… Je kunt annuleren: dan wordt er niets opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/import_dialog.py" line="520"/>
        <source>Imported %n entrepreneur(s). A backup was made first.</source>
        <translation>
            <numerusform>%n ondernemer ingelezen. Eerst is een back-up gemaakt.</numerusform>
            <numerusform>%n ondernemers ingelezen. Eerst is een back-up gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="522"/>
        <source>Nobody was imported.</source>
        <translation>Er is niemand ingelezen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="533"/>
        <source>Import cancelled: nothing was saved.</source>
        <translation>Inlezen geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="533"/>
        <source>Check cancelled.</source>
        <translation>Controle geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="545"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="564"/>
        <source>%1 imported, %2 already registered or twice in the file, %3 not right (skipped).</source>
        <translation>%1 ingelezen, %2 al ingeschreven of dubbel in het bestand, %3 niet in orde (overgeslagen).</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="566"/>
        <source>%1 new, %2 already registered or twice in the file, %3 not right (skipped).</source>
        <translation>%1 nieuw, %2 al ingeschreven of dubbel in het bestand, %3 niet in orde (overgeslagen).</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="584"/>
        <source>2. What happened</source>
        <translation>2. Wat er is gebeurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="593"/>
        <source>Row %1, %2:</source>
        <translation>Rij %1, %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/import_dialog.py" line="609"/>
        <source>Import %n entrepreneur(s)</source>
        <translation>
            <numerusform>%n ondernemer inlezen</numerusform>
            <numerusform>%n ondernemers inlezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="73"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="74"/>
        <source>Name particle (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="75"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="76"/>
        <source>Full name (split into given and family name)</source>
        <translation>Volledige naam (wordt gesplitst in voornaam en achternaam)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="79"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="81"/>
        <source>Postcode (home)</source>
        <translation>Postcode (woonadres)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="82"/>
        <source>Neighbourhood (wijk)</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="83"/>
        <source>Year of birth (only the year is kept)</source>
        <translation>Geboortejaar (alleen het jaar wordt bewaard)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="84"/>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="85"/>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="86"/>
        <source>KVK number</source>
        <translation>KVK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="87"/>
        <source>Branch number (vestigingsnummer)</source>
        <translation>Vestigingsnummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="88"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="89"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="90"/>
        <source>SBI code</source>
        <translation>SBI-code</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="91"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="92"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="93"/>
        <source>Postcode (business)</source>
        <translation>Postcode (bedrijf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="94"/>
        <source>House number (business)</source>
        <translation>Huisnummer (bedrijf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="95"/>
        <source>Founded on</source>
        <translation>Oprichtingsdatum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="96"/>
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="153"/>
        <source>Imported</source>
        <translation>Ingelezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="155"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="156"/>
        <source>Already registered: skipped</source>
        <translation>Al ingeschreven: overgeslagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="157"/>
        <source>Twice in the file: skipped</source>
        <translation>Dubbel in het bestand: overgeslagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="158"/>
        <source>Not right: skipped</source>
        <translation>Niet in orde: overgeslagen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="185"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="185"/>
        <source>Result</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="185"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/import_dialog.py" line="185"/>
        <source>What is wrong</source>
        <translation>Wat er niet klopt</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="106"/>
        <source>(outside Haarlem / unknown)</source>
        <translation>(buiten Haarlem / onbekend)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="121"/>
        <source>empty when still an idea</source>
        <translation>leeg als het nog een idee is</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="139"/>
        <source>The question in the entrepreneur&apos;s own words</source>
        <translation>De vraag in de eigen woorden van de ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="143"/>
        <source>Agrees to registration</source>
        <translation>Stemt in met registratie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="150"/>
        <source>Also agrees to pseudonymised monitoring</source>
        <translation>Stemt ook in met gepseudonimiseerde monitoring</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="154"/>
        <source>Already registered?</source>
        <translation>Al ingeschreven?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="158"/>
        <source>Possible matches appear here while you type.</source>
        <translation>Mogelijke overeenkomsten verschijnen hier terwijl je typt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="160"/>
        <source>This is the same person: open the file</source>
        <translation>Dit is dezelfde persoon: open het dossier</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="162"/>
        <source>Not the same person: register anyway</source>
        <translation>Niet dezelfde persoon: toch inschrijven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="165"/>
        <source>Register (Ctrl+Enter)</source>
        <translation>Inschrijven (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="167"/>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="205"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="213"/>
        <source>Name (given, particle, family)</source>
        <translation>Naam (voornaam, tussenvoegsel, achternaam)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="221"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="222"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="223"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="224"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="226"/>
        <source>Enterprise or idea</source>
        <translation>Onderneming of idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="228"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="229"/>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="230"/>
        <location filename="../../hubdesk/views/intake_form.py" line="519"/>
        <source>KVK number</source>
        <translation>KVK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="232"/>
        <source>Question</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="237"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="499"/>
        <source>outside Haarlem</source>
        <translation>buiten Haarlem</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="501"/>
        <source>registered %1 · same %2</source>
        <translation>ingeschreven %1 · zelfde %2</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="517"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="518"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="520"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="572"/>
        <source>Please correct the marked fields; nothing was saved yet.</source>
        <translation>Verbeter de gemarkeerde velden; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="578"/>
        <source>This person may already be registered. Open the existing file, or register anyway.</source>
        <translation>Deze persoon staat mogelijk al ingeschreven. Open het bestaande dossier, of schrijf toch in.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="93"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="94"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="58"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="59"/>
        <source>Sole proprietorship (eenmanszaak)</source>
        <translation>Eenmanszaak</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="60"/>
        <source>General partnership (vof)</source>
        <translation>Vennootschap onder firma (vof)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="61"/>
        <source>Professional partnership (maatschap)</source>
        <translation>Maatschap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="62"/>
        <source>Limited partnership (cv)</source>
        <translation>Commanditaire vennootschap (cv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="63"/>
        <source>Private company (bv)</source>
        <translation>Besloten vennootschap (bv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="64"/>
        <source>Public company (nv)</source>
        <translation>Naamloze vennootschap (nv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="65"/>
        <source>Foundation (stichting)</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="66"/>
        <source>Association (vereniging)</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="67"/>
        <source>Cooperative (coöperatie)</source>
        <translation>Coöperatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="68"/>
        <source>Foreign legal form</source>
        <translation>Buitenlandse rechtsvorm</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="247"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="249"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Kies een printer en druk af (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="250"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="252"/>
        <source>Save exactly this letter as a PDF file (Ctrl+S)</source>
        <translation>Precies deze brief opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="253"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="280"/>
        <source>Printed.</source>
        <translation>Afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="291"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="122"/>
        <location filename="../../hubdesk/views/letter_preview.py" line="139"/>
        <source>Print the letter</source>
        <translation>De brief afdrukken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="140"/>
        <source>The printer %1 could not be reached. Nothing was printed.</source>
        <translation>De printer %1 is niet bereikbaar. Er is niets afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="153"/>
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="155"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="176"/>
        <source>Preview of the letter</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/letter_preview.py" line="199"/>
        <source>The letter cannot be shown here; it can still be printed or saved.</source>
        <translation>De brief kan hier niet worden getoond; afdrukken of opslaan kan wel.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="141"/>
        <location filename="../../hubdesk/views/lock_screen.py" line="181"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="142"/>
        <source>Another worker…</source>
        <translation>Andere medewerker…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="149"/>
        <source>The screen was locked to keep personal data private.</source>
        <translation>Het scherm is vergrendeld om persoonsgegevens af te schermen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="174"/>
        <source>Log in as another worker</source>
        <translation>Inloggen als andere medewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="177"/>
        <source>Locked – %1</source>
        <translation>Vergrendeld – %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="181"/>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/lock_screen.py" line="212"/>
        <source>Something went wrong; try again.</source>
        <translation>Er ging iets mis; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="157"/>
        <source>hubdesk – log in</source>
        <translation>hubdesk – inloggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="160"/>
        <source>Log in to hubdesk</source>
        <translation>Inloggen bij hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="170"/>
        <source>Practice database: every worker&apos;s password is %1.</source>
        <translation>Oefendatabase: het wachtwoord van elke medewerker is %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="172"/>
        <source>User names, for example: %1</source>
        <translation>Gebruikersnamen, bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="183"/>
        <source>No worker of this hub has a password yet (a database from before logins). Give one at the command line: hubdesk password --db FILE --username NAME</source>
        <translation>Nog geen enkele medewerker van deze hub heeft een wachtwoord (een database van vóór het inloggen). Geef er een op de opdrachtregel: hubdesk password --db BESTAND --username NAAM</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="192"/>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/login_dialog.py" line="194"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="68"/>
        <source>hubdesk – %1</source>
        <translation>hubdesk – %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="74"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="85"/>
        <source>Entrepreneurs</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="87"/>
        <location filename="../../hubdesk/views/main_window.py" line="260"/>
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="90"/>
        <location filename="../../hubdesk/views/main_window.py" line="269"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="92"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="94"/>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="96"/>
        <source>Social procurement</source>
        <translation>Sociaal inkopen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="100"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="127"/>
        <source>&amp;New intake</source>
        <translation>&amp;Nieuwe inschrijving</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="131"/>
        <source>&amp;Find entrepreneur</source>
        <translation>Ondernemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="136"/>
        <source>&amp;Import a spreadsheet…</source>
        <translation>Spreadsheet &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="139"/>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="144"/>
        <source>&amp;Routes and kinds of steps…</source>
        <translation>&amp;Routes en soorten stappen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="149"/>
        <source>Programme &amp;dashboard</source>
        <translation>Programma&amp;dashboard</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="153"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="162"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="170"/>
        <location filename="../../hubdesk/views/sync_controller.py" line="394"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="171"/>
        <source>&amp;About hubdesk</source>
        <translation>&amp;Over hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="178"/>
        <source>Worker: %1</source>
        <translation>Medewerker: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="179"/>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="181"/>
        <source>Desk: %1</source>
        <translation>Balie: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="186"/>
        <source>Practice database</source>
        <translation>Oefendatabase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="241"/>
        <source>Registered.</source>
        <translation>Ingeschreven.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="250"/>
        <source>Visit registered in the existing file.</source>
        <translation>Bezoek vastgelegd in het bestaande dossier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="260"/>
        <source>Worklist (%1 overdue)</source>
        <translation>Werklijst (%1 te laat)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="269"/>
        <source>Referrals (%1 overdue)</source>
        <translation>Verwijzingen (%1 te laat)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="270"/>
        <source>Referrals whose feedback is overdue: %1</source>
        <translation>Verwijzingen waarvan de terugkoppeling te laat is: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="291"/>
        <source>&amp;Workers…</source>
        <translation>&amp;Medewerkers…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="295"/>
        <source>C&amp;hange my password…</source>
        <translation>Mijn &amp;wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="298"/>
        <source>&amp;Lock the screen</source>
        <translation>Scherm &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="302"/>
        <source>S&amp;witch user…</source>
        <translation>Van &amp;gebruiker wisselen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="408"/>
        <source>Your password was changed.</source>
        <translation>Je wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="411"/>
        <source>The backup was restored.</source>
        <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="414"/>
        <source>The daily backup failed: %1</source>
        <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/main_window.py" line="425"/>
        <source>Imported %n entrepreneur(s).</source>
        <translation>
            <numerusform>%n ondernemer ingelezen.</numerusform>
            <numerusform>%n ondernemers ingelezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="438"/>
        <source>About hubdesk</source>
        <translation>Over hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="439"/>
        <source>hubdesk %1
The intake desk of Haarlem&apos;s city hubs.</source>
        <translation>hubdesk %1
De intakebalie van de Haarlemse cityhubs.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="218"/>
        <source>Edit procurement match</source>
        <translation>Inkoopopdracht bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="218"/>
        <source>Add a social-procurement match</source>
        <translation>Een opdracht via sociaal inkopen toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="219"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="221"/>
        <source>e.g. Gemeente Haarlem, a contractor with an SROI obligation</source>
        <translation>bijv. Gemeente Haarlem, een opdrachtnemer met een SROI-verplichting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="227"/>
        <source>&amp;Buyer</source>
        <translation>&amp;Opdrachtgever</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="228"/>
        <source>R&amp;oute</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="229"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="230"/>
        <source>&amp;Value</source>
        <translation>&amp;Waarde</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="231"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="52"/>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="53"/>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="57"/>
        <source>Fill in both a Dutch and an English name.</source>
        <translation>Vul een Nederlandse én een Engelse naam in.</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="37"/>
        <source>Loan or credit</source>
        <translation>Lening of krediet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="38"/>
        <source>Grant or subsidy</source>
        <translation>Subsidie of bijdrage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="39"/>
        <source>Income support (Bbz)</source>
        <translation>Inkomensondersteuning (Bbz)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="40"/>
        <source>Legal form and KVK registration</source>
        <translation>Rechtsvorm en inschrijving KVK</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="41"/>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="42"/>
        <source>Marketing and sales</source>
        <translation>Marketing en verkoop</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="43"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="44"/>
        <source>Premises</source>
        <translation>Bedrijfsruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="45"/>
        <source>Procurement and SROI</source>
        <translation>Inkoop en SROI</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="46"/>
        <source>Hiring people at a distance from work</source>
        <translation>Mensen met afstand tot werk aannemen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="47"/>
        <source>Measuring impact</source>
        <translation>Impact meten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="48"/>
        <source>Recognition as a social enterprise</source>
        <translation>Erkenning als sociale onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="49"/>
        <source>Administration and tax</source>
        <translation>Administratie en belasting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="50"/>
        <source>Permits</source>
        <translation>Vergunningen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="51"/>
        <source>Financial trouble</source>
        <translation>Financiële problemen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="52"/>
        <source>Language or digital skills</source>
        <translation>Taal of digitale vaardigheden</translation>
    </message>
</context>
<context>
    <name>NewWorkerDialog</name>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="171"/>
        <source>Add a worker</source>
        <translation>Een medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="181"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="182"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="183"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="184"/>
        <source>First password</source>
        <translation>Eerste wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="185"/>
        <source>First password again</source>
        <translation>Eerste wachtwoord herhalen</translation>
    </message>
</context>
<context>
    <name>OutcomeSource</name>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="44"/>
        <source>The partner</source>
        <translation>De partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="45"/>
        <source>The entrepreneur</source>
        <translation>De ondernemer</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="118"/>
        <source>Change partner</source>
        <translation>Partner wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="118"/>
        <source>Add a partner</source>
        <translation>Een partner toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="119"/>
        <source>Save partner</source>
        <translation>Partner opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="124"/>
        <source>made from the name</source>
        <translation>gemaakt van de naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="136"/>
        <source>Street and number; postcode and town</source>
        <translation>Straat en huisnummer; postcode en plaats</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="141"/>
        <source>Details a referral needs</source>
        <translation>Gegevens die een verwijzing nodig heeft</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="149"/>
        <source>An agreement with this partner is in place</source>
        <translation>Er is een afspraak (convenant) met deze partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="151"/>
        <source>Active: workers can refer to it</source>
        <translation>Actief: medewerkers kunnen ernaar verwijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="153"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="154"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="155"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="156"/>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="157"/>
        <source>Refer when</source>
        <translation>Verwijs als</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="158"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="159"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="160"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="161"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="162"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="163"/>
        <source>A referral needs</source>
        <translation>Een verwijzing heeft nodig</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="216"/>
        <source>Give the partner a name.</source>
        <translation>Geef de partner een naam.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="218"/>
        <source>The code has lower-case letters, digits and _ only, and starts with a letter.</source>
        <translation>De code bestaat alleen uit kleine letters, cijfers en _ en begint met een letter.</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="84"/>
        <source>%1 (inactive)</source>
        <translation>%1 (niet actief)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="96"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="96"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="96"/>
        <source>A referral needs</source>
        <translation>Een verwijzing heeft nodig</translation>
    </message>
</context>
<context>
    <name>PartnerType</name>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="59"/>
        <source>Chamber of Commerce</source>
        <translation>Kamer van Koophandel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="60"/>
        <source>Municipality (Bbz)</source>
        <translation>Gemeente (Bbz)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="61"/>
        <source>Microfinance</source>
        <translation>Microfinanciering</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="62"/>
        <source>Foundation or fund</source>
        <translation>Stichting of fonds</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="63"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="64"/>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="65"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="66"/>
        <source>Procurement platform</source>
        <translation>Inkoopplatform</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="67"/>
        <source>Workspace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="68"/>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="69"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="262"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="292"/>
        <source>Add partner…</source>
        <translation>Partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="293"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="294"/>
        <source>Change the chosen partner, and the details a referral to it needs</source>
        <translation>De gekozen partner wijzigen, en de gegevens die een verwijzing ernaar nodig heeft</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="295"/>
        <source>Only a coordinator can add or change partners.</source>
        <translation>Alleen een coördinator kan partners toevoegen of wijzigen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="369"/>
        <source>Choose a partner to read what it offers and when to refer.</source>
        <translation>Kies een partner om te lezen wat die biedt en wanneer je verwijst.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="385"/>
        <source>inactive</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="385"/>
        <source>agreement in place</source>
        <translation>afspraak (convenant) gemaakt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="393"/>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="394"/>
        <source>Refer when</source>
        <translation>Verwijs als</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="396"/>
        <source>A referral needs</source>
        <translation>Een verwijzing heeft nodig</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="397"/>
        <source>nothing extra</source>
        <translation>niets extra</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="399"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="456"/>
        <source>Partner saved.</source>
        <translation>Partner opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/partners.py" line="464"/>
        <source>This partner was changed at another desk meanwhile. Close this form and try again.</source>
        <translation>Deze partner is intussen aan een andere balie gewijzigd. Sluit dit formulier en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="38"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="39"/>
        <source>Name particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="40"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="42"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="43"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="44"/>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
</context>
<context>
    <name>PersonFileView</name>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="106"/>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="107"/>
        <source>Back to the list of entrepreneurs (Esc)</source>
        <translation>Terug naar de lijst met ondernemers (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="108"/>
        <source>Register visit</source>
        <translation>Bezoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="110"/>
        <source>Register a walk-in visit now (Ctrl+Shift+V)</source>
        <translation>Leg nu een binnenloopbezoek vast (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="111"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="113"/>
        <source>Write a note in the file (Ctrl+Shift+N)</source>
        <translation>Schrijf een notitie in het dossier (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="114"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="116"/>
        <source>Edit name and contact details (Ctrl+E)</source>
        <translation>Naam en contactgegevens bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="117"/>
        <source>Refer…</source>
        <translation>Verwijzen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="119"/>
        <source>Refer to a partner, with consent and a letter (Ctrl+Shift+R)</source>
        <translation>Verwijzen naar een partner, met toestemming en een brief (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="158"/>
        <source>Enterprise</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="158"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="160"/>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="161"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="162"/>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="164"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="164"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="165"/>
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="165"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="184"/>
        <source>Edit name and contact details</source>
        <translation>Naam en contactgegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="186"/>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="187"/>
        <source>06 12345678, or +32 … for abroad</source>
        <translation>06 12345678, of +32 … voor buitenland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="188"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="221"/>
        <source>This entrepreneur was changed elsewhere while you were editing. When you save, you can compare both versions.</source>
        <translation>Deze ondernemer is elders gewijzigd terwijl je aan het bewerken was. Bij opslaan kun je beide versies vergelijken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="227"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="229"/>
        <source>Save the changed fields (Enter)</source>
        <translation>De gewijzigde velden opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="230"/>
        <location filename="../../hubdesk/views/person_file.py" line="262"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="231"/>
        <source>Close the form without saving</source>
        <translation>Het formulier sluiten zonder op te slaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="248"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="250"/>
        <source>What was discussed, agreed or still to be done</source>
        <translation>Wat er besproken of afgesproken is, of nog moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="251"/>
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="254"/>
        <source>Only visible to me (private note)</source>
        <translation>Alleen zichtbaar voor mij (persoonlijke notitie)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="259"/>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="260"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>De notitie opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="275"/>
        <source>Timeline (newest first)</source>
        <translation>Tijdlijn (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="282"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="375"/>
        <source>No entrepreneur chosen</source>
        <translation>Geen ondernemer gekozen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="394"/>
        <source>Opening the file…</source>
        <translation>Het dossier wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="485"/>
        <source>The entrepreneur was erased.</source>
        <translation>De ondernemer is gewist.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="491"/>
        <source>This file cannot be shown.</source>
        <translation>Dit dossier kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="545"/>
        <source>(idea)</source>
        <translation>(idee)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="546"/>
        <source>(being set up)</source>
        <translation>(in oprichting)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="555"/>
        <source>registration (%1)</source>
        <translation>registratie (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="557"/>
        <source>sharing with %1</source>
        <translation>delen met %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="557"/>
        <source>a partner</source>
        <translation>een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="559"/>
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="561"/>
        <source>newsletter</source>
        <translation>nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="563"/>
        <source>story and photo</source>
        <translation>verhaal en foto</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="567"/>
        <source>Consent: %1</source>
        <translation>Toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="568"/>
        <source>No active consent for registration: ask for it and record it before anything else.</source>
        <translation>Geen geldige toestemming voor registratie: vraag die en leg die eerst vast.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="570"/>
        <source>Other consent: %1</source>
        <translation>Andere toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="604"/>
        <source>This step was changed at another desk meanwhile; nothing was saved. Look again and try once more.</source>
        <translation>Deze stap is intussen aan een andere balie gewijzigd; er is niets opgeslagen. Kijk opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="623"/>
        <source>Visit registered.</source>
        <translation>Bezoek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="658"/>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="734"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="756"/>
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="805"/>
        <source>Nothing was saved; your input is still in the form.</source>
        <translation>Er is niets opgeslagen; je invoer staat nog in het formulier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="813"/>
        <source>The other desk&apos;s values were kept.</source>
        <translation>De waarden van de andere balie zijn behouden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="854"/>
        <source>Unsaved input: save it, or press Cancel to discard it.</source>
        <translation>Niet-opgeslagen invoer: sla die op, of kies Annuleren om die weg te gooien.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="247"/>
        <source>Edit work placements</source>
        <translation>Werkplekken bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="247"/>
        <source>Add work placements</source>
        <translation>Werkplekken toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="248"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="249"/>
        <source>Counts only: never who fills a place.</source>
        <translation>Alleen aantallen: nooit wie een plaats bezet.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="260"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="261"/>
        <source>&amp;Target group</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="262"/>
        <source>Places &amp;offered</source>
        <translation>Plaatsen &amp;aangeboden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="263"/>
        <source>Places &amp;filled</source>
        <translation>Plaatsen &amp;bezet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="264"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="265"/>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
</context>
<context>
    <name>PlacementKind</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="75"/>
        <source>Work experience for young people</source>
        <translation>Werkervaringsplek voor jongeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="78"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="79"/>
        <source>Job</source>
        <translation>Baan</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="38"/>
        <source>Save all data of this entrepreneur</source>
        <translation>Alle gegevens van deze ondernemer opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="40"/>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="52"/>
        <source>Erase this person</source>
        <translation>Deze persoon wissen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="53"/>
        <source>Erase %1 permanently?</source>
        <translation>%1 definitief wissen?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="55"/>
        <source>Everything hubdesk holds about %1 is deleted: personal details, visits, notes, consents, trajectories, referrals and their letters, and enterprises no one else is linked to. The other desks of the hub delete it too at their next sync. The audit log keeps only that someone with this number was erased.

This cannot be undone.</source>
        <translation>Alles wat hubdesk over %1 bewaart, wordt verwijderd: persoonsgegevens, bezoeken, notities, toestemmingen, trajecten, verwijzingen en hun brieven, en ondernemingen waaraan niemand anders gekoppeld is. De andere balies van de hub verwijderen het ook bij hun volgende synchronisatie. Het logboek bewaart alleen dat iemand met dit nummer is gewist.

Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="65"/>
        <source>Erase permanently</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="86"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="87"/>
        <source>The entrepreneur&apos;s rights: all their data, or erasure</source>
        <translation>De rechten van de ondernemer: inzage in alle gegevens, of wissen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="89"/>
        <source>Export all data (access request)…</source>
        <translation>Alle gegevens exporteren (inzageverzoek)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/privacy_actions.py" line="90"/>
        <source>Erase this person…</source>
        <translation>Deze persoon wissen…</translation>
    </message>
</context>
<context>
    <name>ProcurementKind</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="58"/>
        <source>Purchase counted for SROI</source>
        <translation>Inkoop die meetelt voor SROI</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="59"/>
        <source>Subcontract</source>
        <translation>Onderaanneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="60"/>
        <source>Social purchase</source>
        <translation>Sociale inkoop</translation>
    </message>
</context>
<context>
    <name>ProcurementRoute</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="50"/>
        <source>Kennemer Inkoop Platform (KIP)</source>
        <translation>Kennemer Inkoop Platform (KIP)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="51"/>
        <source>Buy Social</source>
        <translation>Buy Social</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="52"/>
        <source>Direct</source>
        <translation>Rechtstreeks</translation>
    </message>
</context>
<context>
    <name>ProcurementTableModel</name>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="64"/>
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="65"/>
        <source>KVK number</source>
        <translation>KVK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="66"/>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="67"/>
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="68"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="69"/>
        <source>Recognitions</source>
        <translation>Erkenningen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="70"/>
        <source>Procurement matches</source>
        <translation>Inkoopopdrachten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="71"/>
        <source>Places offered</source>
        <translation>Plaatsen aangeboden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="93"/>
        <source>Shown for legal entities only (BV, NV, stichting, vereniging, coöperatie)</source>
        <translation>Alleen getoond bij rechtspersonen (bv, nv, stichting, vereniging, coöperatie)</translation>
    </message>
</context>
<context>
    <name>ProcurementView</name>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="126"/>
        <source>Ready for social procurement</source>
        <translation>Klaar voor sociaal inkopen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="133"/>
        <source>Enterprises with a current recognition, work placements on offer or earlier social-procurement matches. The list and its export hold business data only.</source>
        <translation>Ondernemingen met een geldige erkenning, werkplekken in het aanbod of eerdere opdrachten via sociaal inkopen. De lijst en de export bevatten alleen bedrijfsgegevens.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="140"/>
        <source>What they offer: catering, cleaning, 8121 (SBI)…</source>
        <translation>Wat ze aanbieden: catering, schoonmaak, 8121 (SBI)…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="141"/>
        <source>Filter by offer</source>
        <translation>Filteren op aanbod</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="143"/>
        <source>Filter by recognition</source>
        <translation>Filteren op erkenning</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="144"/>
        <source>Any recognition or none</source>
        <translation>Met of zonder erkenning</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="148"/>
        <source>Filter by stadsdeel</source>
        <translation>Filteren op stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="149"/>
        <source>All stadsdelen</source>
        <translation>Alle stadsdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="152"/>
        <source>Offers work placements</source>
        <translation>Biedt werkplekken aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="153"/>
        <source>All hubs</source>
        <translation>Alle hubs</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="154"/>
        <source>Also the enterprises of the other hubs this desk holds</source>
        <translation>Ook de ondernemingen van de andere hubs die op deze balie staan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="156"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="157"/>
        <source>Save the list as shown, as an Excel (XLSX) or CSV file</source>
        <translation>De lijst zoals die nu getoond wordt opslaan, als Excel-bestand (XLSX) of CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="172"/>
        <source>Enterprises ready for social procurement</source>
        <translation>Ondernemingen klaar voor sociaal inkopen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/procurement_view.py" line="257"/>
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n onderneming</numerusform>
            <numerusform>%n ondernemingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="273"/>
        <source>Export the list</source>
        <translation>De lijst exporteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="274"/>
        <source>social-procurement.xlsx</source>
        <translation>sociaal-inkopen.xlsx</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/procurement_view.py" line="275"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, gescheiden door puntkomma&apos;s (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/procurement_view.py" line="297"/>
        <source>%n enterprise(s) exported to %1.</source>
        <translation>
            <numerusform>%n onderneming geëxporteerd naar %1.</numerusform>
            <numerusform>%n ondernemingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PsoLevel</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="40"/>
        <source>aspirant</source>
        <translation>aspirant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="41"/>
        <source>basistrede</source>
        <translation>basistrede</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="42"/>
        <source>trede 1</source>
        <translation>trede 1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="43"/>
        <source>trede 2</source>
        <translation>trede 2</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="44"/>
        <source>trede 3</source>
        <translation>trede 3</translation>
    </message>
</context>
<context>
    <name>ReassignStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="305"/>
        <source>Assign a step</source>
        <translation>Een stap toewijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="305"/>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="306"/>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="308"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="28"/>
        <source>Register Sociale Ondernemingen</source>
        <translation>Register Sociale Ondernemingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="29"/>
        <source>Aspirant, Register Sociale Ondernemingen</source>
        <translation>Aspirant, Register Sociale Ondernemingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="32"/>
        <source>Social Enterprise NL member</source>
        <translation>Lid van Social Enterprise NL</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="33"/>
        <source>PSO (Prestatieladder Socialer Ondernemen)</source>
        <translation>PSO (Prestatieladder Socialer Ondernemen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="34"/>
        <source>KIP SROI badge</source>
        <translation>KIP SROI-badge</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="181"/>
        <source>Edit recognition</source>
        <translation>Erkenning bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="181"/>
        <source>Add a recognition</source>
        <translation>Een erkenning toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="182"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="185"/>
        <source>(not a PSO certificate)</source>
        <translation>(geen PSO-certificaat)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="189"/>
        <source>&amp;Recognition</source>
        <translation>&amp;Erkenning</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="190"/>
        <source>PSO &amp;level</source>
        <translation>PSO-&amp;trede</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="191"/>
        <source>&amp;Awarded on</source>
        <translation>Toegekend &amp;op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="192"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Geldig tot</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="172"/>
        <location filename="../../hubdesk/views/consent_panel.py" line="208"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="184"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="187"/>
        <source>Read this text out to the entrepreneur (%1):</source>
        <translation>Lees deze tekst voor aan de ondernemer (%1):</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="201"/>
        <source>The entrepreneur agrees to this text</source>
        <translation>De ondernemer stemt in met deze tekst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="204"/>
        <source>Consent for</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="215"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="261"/>
        <source>There is no consent text for this purpose.</source>
        <translation>Er is geen toestemmingstekst voor dit doel.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/consent_panel.py" line="262"/>
        <source>Text version: %1</source>
        <translation>Versie van de tekst: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../hubdesk/views/recovery_key_dialog.py" line="33"/>
        <location filename="../../hubdesk/views/recovery_key_dialog.py" line="59"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/recovery_key_dialog.py" line="40"/>
        <source>This database is now encrypted: it opens only with the password of a worker of this hub. If every password is forgotten, this recovery key opens it. Write it down or print it now, and keep it somewhere safe, away from this computer. It also opens the backups, even if the key file beside the database is lost. It is not shown again.</source>
        <translation>Deze database is nu versleuteld: hij gaat alleen open met het wachtwoord van een medewerker van deze hub. Is iedereen zijn wachtwoord vergeten, dan opent deze herstelsleutel de database. Schrijf de sleutel nu op of druk hem af, en bewaar hem op een veilige plek, niet bij deze computer. De sleutel opent ook de back-ups, zelfs als het sleutelbestand naast de database kwijt is. Hij wordt niet nog een keer getoond.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/recovery_key_dialog.py" line="61"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/recovery_key_dialog.py" line="62"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/recovery_key_dialog.py" line="65"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="181"/>
        <source>Letter %1 to %2</source>
        <translation>Brief %1 aan %2</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="190"/>
        <source>Letters sent on %1</source>
        <translation>Brieven verstuurd op %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="191"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="203"/>
        <source>Status of %1: %2.</source>
        <translation>Status van %1: %2.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="220"/>
        <source>Referral %1 closed: %2.</source>
        <translation>Verwijzing %1 afgesloten: %2.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="233"/>
        <source>Withdraw the consent to share details with %1? No letter of %2 can be made, printed or saved after this.</source>
        <translation>De toestemming om gegevens te delen met %1 intrekken? Daarna kan er geen brief van %2 meer worden gemaakt, afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="242"/>
        <source>Consent for %1 withdrawn.</source>
        <translation>Toestemming voor %1 ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="249"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="278"/>
        <source>This referral was changed at another desk meanwhile; nothing was saved. Look again and try again.</source>
        <translation>Deze verwijzing is intussen aan een andere balie gewijzigd; er is niets opgeslagen. Kijk opnieuw en probeer het nog eens.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="248"/>
        <source>Refer %1 to a partner</source>
        <translation>%1 verwijzen naar een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="252"/>
        <source>(not chosen)</source>
        <translation>(niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="256"/>
        <source>(choose a partner)</source>
        <translation>(kies een partner)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="270"/>
        <source>Need and partner</source>
        <translation>Hulpvraag en partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="272"/>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="273"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="275"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="276"/>
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="279"/>
        <source>In the entrepreneur&apos;s own words</source>
        <translation>In de eigen woorden van de ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="280"/>
        <source>One item a line</source>
        <translation>Eén punt per regel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="281"/>
        <source>For example: an assessment for a microcredit</source>
        <translation>Bijvoorbeeld: een beoordeling voor een microkrediet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="284"/>
        <source>The letter</source>
        <translation>De brief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="286"/>
        <source>Question</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="287"/>
        <source>Done so far</source>
        <translation>Al gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="288"/>
        <source>What we ask</source>
        <translation>Wat wij vragen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="295"/>
        <location filename="../../hubdesk/views/referral_dialog.py" line="627"/>
        <source>Choose a partner to see the details it needs.</source>
        <translation>Kies een partner om te zien welke gegevens die nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="300"/>
        <source>Consent to share</source>
        <translation>Toestemming om te delen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="310"/>
        <source>The entrepreneur agrees to this text</source>
        <translation>De ondernemer stemt in met deze tekst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="316"/>
        <source>Read this out to the entrepreneur, or let them read it, before you tick the box:</source>
        <translation>Lees dit voor aan de ondernemer, of laat het lezen, voordat je het vakje aanvinkt:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="320"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="342"/>
        <source>You changed the referral since: this preview is not up to date.</source>
        <translation>Je hebt de verwijzing daarna gewijzigd: dit voorbeeld is niet meer actueel.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="347"/>
        <source>The letter as it will be printed</source>
        <translation>De brief zoals die wordt afgedrukt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="364"/>
        <source>Show letter</source>
        <translation>Brief tonen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="365"/>
        <source>Make the letter from what is filled in and show it</source>
        <translation>De brief maken van wat is ingevuld, en tonen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="366"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="368"/>
        <source>Choose a printer and print the letter (Ctrl+P)</source>
        <translation>Kies een printer en druk de brief af (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="369"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="371"/>
        <source>Save exactly this letter as a PDF file (Ctrl+S)</source>
        <translation>Precies deze brief opslaan als pdf-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="372"/>
        <source>Mark as sent</source>
        <translation>Markeren als verstuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="373"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="374"/>
        <source>Close; what you filled in is kept as a draft</source>
        <translation>Sluiten; wat je invulde, blijft bewaard als concept</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="447"/>
        <source>The letter appears here once a partner is chosen and the entrepreneur&apos;s consent is recorded.</source>
        <translation>De brief verschijnt hier zodra een partner gekozen is en de toestemming van de ondernemer is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="509"/>
        <source>Fill in the entrepreneur&apos;s question first: the letter is about it.</source>
        <translation>Vul eerst de hulpvraag van de ondernemer in: daar gaat de brief over.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="511"/>
        <source>Fill in what we ask of the partner first.</source>
        <translation>Vul eerst in wat wij de partner vragen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="554"/>
        <source>The letter has gone to the partner: feedback is then expected, and a follow-up is planned</source>
        <translation>De brief is naar de partner: dan wordt terugkoppeling verwacht, en er wordt een opvolging gepland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="556"/>
        <source>Print the letter or save it as PDF first</source>
        <translation>Druk eerst de brief af of sla hem op als pdf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="568"/>
        <source>Consent recorded on %1.</source>
        <translation>Toestemming vastgelegd op %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="574"/>
        <source>The entrepreneur withdrew this consent on %1. No letter can be made, printed or saved with it. Tick the box only if they agree again.</source>
        <translation>De ondernemer heeft deze toestemming op %1 ingetrokken. Er kan geen brief meer mee worden gemaakt, afgedrukt of opgeslagen. Vink het vakje alleen aan als de ondernemer opnieuw instemt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="580"/>
        <source>The consent recorded was for %1. Ask again for %2.</source>
        <translation>De vastgelegde toestemming gold voor %1. Vraag opnieuw toestemming voor %2.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="589"/>
        <source>Choose a partner first; the letter also needs the entrepreneur&apos;s consent.</source>
        <translation>Kies eerst een partner; voor de brief is ook toestemming van de ondernemer nodig.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="591"/>
        <source>Consent withdrawn: no letter can be made, printed or saved.</source>
        <translation>Toestemming ingetrokken: er kan geen brief worden gemaakt, afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="594"/>
        <source>No letter without consent: read the consent text to the entrepreneur and tick the box when they agree.</source>
        <translation>Geen brief zonder toestemming: lees de toestemmingstekst voor aan de ondernemer en vink het vakje aan als die instemt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="610"/>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="610"/>
        <source>Refer when</source>
        <translation>Verwijs als</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="626"/>
        <source>Details for the partner</source>
        <translation>Gegevens voor de partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="632"/>
        <source>Details for %1</source>
        <translation>Gegevens voor %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="634"/>
        <source>%1 needs no details besides the letter.</source>
        <translation>%1 heeft naast de brief geen gegevens nodig.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="669"/>
        <source>Choose a partner to see the consent text.</source>
        <translation>Kies een partner om de toestemmingstekst te zien.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="707"/>
        <source>Contacts the partner before</source>
        <translation>Neemt contact op vóór</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="708"/>
        <source>Phone call on</source>
        <translation>Driegesprek op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="709"/>
        <source>Meeting on</source>
        <translation>Gesprek op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="748"/>
        <source>Making the letter…</source>
        <translation>De brief wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="748"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="774"/>
        <source>Consent recorded: the details may be shared with %1.</source>
        <translation>Toestemming vastgelegd: de gegevens mogen worden gedeeld met %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="776"/>
        <source>Draft referral to %1 saved.</source>
        <translation>Concept-verwijzing naar %1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="778"/>
        <source>Draft referral saved.</source>
        <translation>Concept-verwijzing opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="794"/>
        <source>The letter is ready.</source>
        <translation>De brief is klaar.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="815"/>
        <source>This referral was changed at another desk meanwhile. Close it and open it again.</source>
        <translation>Deze verwijzing is intussen aan een andere balie gewijzigd. Sluit haar en open haar opnieuw.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="832"/>
        <source>Choose a partner first.</source>
        <translation>Kies eerst een partner.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="857"/>
        <source>The letter was printed.</source>
        <translation>De brief is afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="868"/>
        <source>The letter was saved as %1.</source>
        <translation>De brief is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="889"/>
        <source>Once it has gone to %1, mark the referral as sent.</source>
        <translation>Markeer de verwijzing als verstuurd zodra de brief naar %1 is.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="903"/>
        <source>You changed the referral after the letter was made: print or save the letter again first.</source>
        <translation>Je hebt de verwijzing gewijzigd nadat de brief was gemaakt: druk de brief eerst opnieuw af of sla hem opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="920"/>
        <source>Referral %1 to %2 sent. Feedback is due by %3.</source>
        <translation>Verwijzing %1 naar %2 verstuurd. Terugkoppeling uiterlijk %3.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="953"/>
        <source>No partner is chosen, so what you filled in cannot be kept. Close anyway?</source>
        <translation>Er is geen partner gekozen, dus wat je invulde kan niet worden bewaard. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>ReferralOutcome</name>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="25"/>
        <source>Helped with advice</source>
        <translation>Geholpen met advies</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="26"/>
        <source>Registered at the KVK</source>
        <translation>Ingeschreven bij de KVK</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="27"/>
        <source>Loan granted</source>
        <translation>Lening toegekend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="28"/>
        <source>Loan declined</source>
        <translation>Lening afgewezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="29"/>
        <source>Bbz granted</source>
        <translation>Bbz toegekend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="30"/>
        <source>Bbz declined</source>
        <translation>Bbz afgewezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="31"/>
        <source>Admitted to the register</source>
        <translation>Toegelaten tot het register</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="32"/>
        <source>Admitted as aspirant</source>
        <translation>Toegelaten als aspirant</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="33"/>
        <source>Became a member</source>
        <translation>Lid geworden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="34"/>
        <source>Badge awarded</source>
        <translation>Badge toegekend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="35"/>
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="36"/>
        <source>Did not show up</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="37"/>
        <source>Entrepreneur withdrew</source>
        <translation>Ondernemer heeft afgezien</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="38"/>
        <source>No feedback received</source>
        <translation>Geen terugkoppeling ontvangen</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="52"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="56"/>
        <source>No referrals yet. “Refer…” prepares one, with its letter.</source>
        <translation>Nog geen verwijzingen. Met ‘Verwijzen…’ maak je er een, met de brief.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="69"/>
        <source>Referrals of this entrepreneur</source>
        <translation>Verwijzingen van deze ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="79"/>
        <location filename="../../hubdesk/views/referral_panel.py" line="177"/>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="80"/>
        <source>A draft: go on with it. Sent: print or save its letter again</source>
        <translation>Concept: verder ermee. Verstuurd: de brief opnieuw afdrukken of opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="81"/>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="82"/>
        <source>What the partner reported: acknowledged, intake planned, in progress</source>
        <translation>Wat de partner meldde: ontvangen, intake gepland, in behandeling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="83"/>
        <source>Close referral…</source>
        <translation>Verwijzing afsluiten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="84"/>
        <source>Record the outcome: the loop is closed</source>
        <translation>Het resultaat vastleggen: de cirkel is rond</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="85"/>
        <source>Withdraw consent…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="86"/>
        <source>The entrepreneur no longer agrees to share details with this partner</source>
        <translation>De ondernemer wil geen gegevens meer delen met deze partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_panel.py" line="175"/>
        <source>Go on with the draft…</source>
        <translation>Verder met het concept…</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="14"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="15"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="16"/>
        <source>Acknowledged</source>
        <translation>Ontvangen door partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="17"/>
        <source>Intake planned</source>
        <translation>Intake gepland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="18"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_labels.py" line="19"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="90"/>
        <source>%1 · overdue</source>
        <translation>%1 · te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="105"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="106"/>
        <source>Entrepreneur</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="107"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="109"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_shared.py" line="110"/>
        <source>Feedback due</source>
        <translation>Terugkoppeling uiterlijk</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="58"/>
        <source>Only feedback overdue</source>
        <translation>Alleen terugkoppeling te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="59"/>
        <source>Sent referrals whose feedback date has passed without an answer</source>
        <translation>Verstuurde verwijzingen waarvan de datum voor terugkoppeling voorbij is, zonder antwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="62"/>
        <source>Print today&apos;s letters…</source>
        <translation>Brieven van vandaag afdrukken…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="63"/>
        <source>The letters of the referrals sent today, in one document</source>
        <translation>De brieven van de verwijzingen die vandaag zijn verstuurd, in één document</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="73"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="92"/>
        <source>Open file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="93"/>
        <source>Open the entrepreneur&apos;s file (Enter)</source>
        <translation>Het dossier van de ondernemer openen (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="94"/>
        <location filename="../../hubdesk/views/referrals_view.py" line="181"/>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="95"/>
        <source>A draft: go on with it. Sent: print or save its letter again</source>
        <translation>Concept: verder ermee. Verstuurd: de brief opnieuw afdrukken of opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="96"/>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="97"/>
        <source>What the partner reported: acknowledged, intake planned, in progress</source>
        <translation>Wat de partner meldde: ontvangen, intake gepland, in behandeling</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="98"/>
        <source>Close referral…</source>
        <translation>Verwijzing afsluiten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="99"/>
        <source>Record the outcome: the loop is closed</source>
        <translation>Het resultaat vastleggen: de cirkel is rond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/referrals_view.py" line="154"/>
        <source>%n referral(s) with feedback overdue</source>
        <translation>
            <numerusform>%n verwijzing met terugkoppeling te laat</numerusform>
            <numerusform>%n verwijzingen met terugkoppeling te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/referrals_view.py" line="156"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n verwijzing</numerusform>
            <numerusform>%n verwijzingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="158"/>
        <source>%1, of which %2 with feedback overdue</source>
        <translation>%1, waarvan %2 met terugkoppeling te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referrals_view.py" line="181"/>
        <source>Go on with the draft…</source>
        <translation>Verder met het concept…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/referrals_view.py" line="228"/>
        <source>%n letter(s) sent today.</source>
        <translation>
            <numerusform>%n brief vandaag verstuurd.</numerusform>
            <numerusform>%n brieven vandaag verstuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="288"/>
        <source>Move a step</source>
        <translation>Een stap verzetten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="288"/>
        <source>Move</source>
        <translation>Verzetten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="289"/>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="291"/>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="153"/>
        <source>New password for %1</source>
        <translation>Nieuw wachtwoord voor %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="157"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="158"/>
        <source>New password again</source>
        <translation>Nieuw wachtwoord herhalen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="55"/>
        <location filename="../../hubdesk/views/restore_dialog.py" line="199"/>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="60"/>
        <source>hubdesk copies the database every day, and before every upgrade, import and restore. Restoring a backup replaces all data on this computer with the data in the backup; what is in the database now is kept as a backup first.</source>
        <translation>hubdesk maakt elke dag een kopie van de database, en ook vóór elke update, elke keer inlezen en elke keer terugzetten. Als je een back-up terugzet, worden alle gegevens op deze computer vervangen door die in de back-up; wat nu in de database staat, wordt eerst als back-up bewaard.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="70"/>
        <source>Taken</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="71"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="72"/>
        <source>Entrepreneurs</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="73"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="74"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="75"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="76"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="82"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="87"/>
        <source>Looking for backups…</source>
        <translation>Back-ups worden gezocht…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="89"/>
        <source>Restore this backup…</source>
        <translation>Deze back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="121"/>
        <source>Daily backup</source>
        <translation>Dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="122"/>
        <source>Before an upgrade of hubdesk</source>
        <translation>Vóór een update van hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="123"/>
        <source>Before an import</source>
        <translation>Vóór het inlezen van een lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="124"/>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="125"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="128"/>
        <source>%1 (from a newer hubdesk: cannot be restored)</source>
        <translation>%1 (van een nieuwere hubdesk: kan niet worden teruggezet)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="130"/>
        <source>%1 (damaged: cannot be restored)</source>
        <translation>%1 (beschadigd: kan niet worden teruggezet)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="163"/>
        <source>Choose the backup to go back to.</source>
        <translation>Kies de back-up waarnaar je terug wilt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="165"/>
        <source>There are no backups yet. hubdesk makes the first one today.</source>
        <translation>Er zijn nog geen back-ups. hubdesk maakt vandaag de eerste.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="195"/>
        <source>Go back to the backup of %1?

Everything entered after that moment is no longer in the database afterwards (it stays in the backup that is made now). The screens start again.</source>
        <translation>Terug naar de back-up van %1?

Alles wat na dat moment is ingevoerd, staat daarna niet meer in de database (het blijft bewaard in de back-up die nu wordt gemaakt). De schermen beginnen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="208"/>
        <source>Restoring the backup… Please wait.</source>
        <translation>De back-up wordt teruggezet… Een ogenblik geduld.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/restore_dialog.py" line="228"/>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
</context>
<context>
    <name>RetentionCheck</name>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="363"/>
        <source>Retention and deletion…</source>
        <translation>Bewaartermijn en verwijderen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="380"/>
        <source>Open the list of records past the retention term</source>
        <translation>De lijst openen met dossiers waarvan de bewaartermijn verstreken is</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/retention_view.py" line="407"/>
        <source>%n record(s) past the retention term</source>
        <translation>
            <numerusform>%n dossier over de bewaartermijn</numerusform>
            <numerusform>%n dossiers over de bewaartermijn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="157"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="166"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="167"/>
        <source>Retention term in months</source>
        <translation>Bewaartermijn in maanden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="168"/>
        <source>Save term</source>
        <translation>Termijn opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="171"/>
        <source>Keep data after the last contact for</source>
        <translation>Bewaartermijn na het laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="181"/>
        <source>Records past the retention term</source>
        <translation>Dossiers over de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="193"/>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="194"/>
        <source>Select none</source>
        <translation>Niets selecteren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="195"/>
        <location filename="../../hubdesk/views/retention_view.py" line="284"/>
        <source>Delete selected…</source>
        <translation>Selectie verwijderen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="198"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="230"/>
        <source>Looking for records past their term…</source>
        <translation>Dossiers over de termijn worden gezocht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/retention_view.py" line="251"/>
        <source>%n entrepreneur(s) had no contact for longer than the term. Select whom to delete: the person and everything held about them is deleted, here and, with the next sync, at the other desks of %1.</source>
        <translation>
            <numerusform>%n ondernemer heeft langer dan de termijn geen contact gehad. Selecteer wie je wilt verwijderen: de persoon en alles wat over die persoon is vastgelegd, wordt verwijderd, hier en bij de volgende synchronisatie ook aan de andere balies van %1.</numerusform>
            <numerusform>%n ondernemers hebben langer dan de termijn geen contact gehad. Selecteer wie je wilt verwijderen: de persoon en alles wat over die persoon is vastgelegd, wordt verwijderd, hier en bij de volgende synchronisatie ook aan de andere balies van %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="257"/>
        <source>No records are past their term at %1.</source>
        <translation>Bij %1 zijn geen dossiers over de termijn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/retention_view.py" line="284"/>
        <source>Delete %n selected…</source>
        <translation>
            <numerusform>%n geselecteerde verwijderen…</numerusform>
            <numerusform>%n geselecteerde verwijderen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="299"/>
        <source>The term is now %1 months.</source>
        <translation>De termijn is nu %1 maanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/retention_view.py" line="311"/>
        <source>Delete %n entrepreneur(s) and everything held about them? This cannot be undone; the deletion reaches the other desks of the hub with the next sync.</source>
        <translation>
            <numerusform>%n ondernemer verwijderen, met alles wat over die persoon is vastgelegd? Dit kan niet ongedaan worden gemaakt; bij de volgende synchronisatie wordt het ook aan de andere balies van de hub verwijderd.</numerusform>
            <numerusform>%n ondernemers verwijderen, met alles wat over hen is vastgelegd? Dit kan niet ongedaan worden gemaakt; bij de volgende synchronisatie wordt het ook aan de andere balies van de hub verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/retention_view.py" line="326"/>
        <source>Delete records</source>
        <translation>Dossiers verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/retention_view.py" line="336"/>
        <source>%n entrepreneur(s) deleted.</source>
        <translation>
            <numerusform>%n ondernemer verwijderd.</numerusform>
            <numerusform>%n ondernemers verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/retention_view.py" line="339"/>
        <source>%n not deleted: they are no longer due (a contact came in meanwhile).</source>
        <translation>
            <numerusform>%n niet verwijderd: de termijn is niet meer verlopen (er was intussen contact).</numerusform>
            <numerusform>%n niet verwijderd: de termijn is niet meer verlopen (er was intussen contact).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="42"/>
        <source>Hub worker</source>
        <translation>Hubmedewerker</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="43"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="44"/>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>RoutesEditorDialog</name>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="91"/>
        <source>Routes and kinds of steps</source>
        <translation>Routes en soorten stappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="96"/>
        <source>A route plans the steps of a new trajectory. Changing a route never changes trajectories already started: they keep the steps they were given.</source>
        <translation>Een route plant de stappen van een nieuw traject. Een route wijzigen verandert nooit trajecten die al gestart zijn: die houden de stappen die ze kregen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="105"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="111"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="197"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="109"/>
        <source>New route…</source>
        <translation>Nieuwe route…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="115"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="121"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="167"/>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="122"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="167"/>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="123"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="167"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="125"/>
        <source>Steps of the route</source>
        <translation>Stappen van de route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="126"/>
        <source>Kind of step</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="126"/>
        <source>Days after the start</source>
        <translation>Dagen na de start</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="135"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="136"/>
        <source>Remove step</source>
        <translation>Stap weghalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="137"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="138"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="143"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="578"/>
        <source>Deactivate route</source>
        <translation>Route niet meer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="144"/>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="145"/>
        <source>Save route</source>
        <translation>Route opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="165"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="198"/>
        <source>Kinds of steps</source>
        <translation>Soorten stappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="167"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="179"/>
        <source>New kind of step…</source>
        <translation>Nieuwe soort stap…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="180"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="181"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="585"/>
        <source>Deactivate</source>
        <translation>Niet meer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="189"/>
        <source>A kind of step that is deactivated is no longer offered; steps already planned keep it.</source>
        <translation>Een soort stap die niet meer wordt aangeboden, kan niet meer gepland worden; stappen die al gepland zijn, blijven staan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="207"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="273"/>
        <location filename="../../hubdesk/views/routes_editor.py" line="337"/>
        <source>%1 (inactive)</source>
        <translation>%1 (niet actief)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="350"/>
        <source>Kind of step %1</source>
        <translation>Soort stap %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="356"/>
        <source>Days after the start, step %1</source>
        <translation>Dagen na de start, stap %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="439"/>
        <source>A route needs at least one step.</source>
        <translation>Een route heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="443"/>
        <source>Fill in both a Dutch and an English name.</source>
        <translation>Vul een Nederlandse én een Engelse naam in.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="449"/>
        <source>Route saved. Trajectories already started keep their steps.</source>
        <translation>Route opgeslagen. Trajecten die al gestart zijn, houden hun stappen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="460"/>
        <source>Route activated: it is offered again when a trajectory starts.</source>
        <translation>De route wordt weer aangeboden als een traject start.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="462"/>
        <source>Route deactivated: it is no longer offered. Trajectories already started keep their steps.</source>
        <translation>De route wordt niet meer aangeboden. Trajecten die al gestart zijn, houden hun stappen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="469"/>
        <source>New route</source>
        <translation>Nieuwe route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="469"/>
        <source>Create route</source>
        <translation>Route maken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="484"/>
        <source>Route created. Add its steps and save.</source>
        <translation>Route gemaakt. Voeg de stappen toe en sla op.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="499"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="499"/>
        <source>No (deactivated)</source>
        <translation>Nee (niet meer aangeboden)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="515"/>
        <source>New kind of step</source>
        <translation>Nieuwe soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="515"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="530"/>
        <source>Kind of step added.</source>
        <translation>Soort stap toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="536"/>
        <source>Rename a kind of step</source>
        <translation>Naam van een soort stap wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="536"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="546"/>
        <source>Kind of step renamed.</source>
        <translation>Naam van de soort stap gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="555"/>
        <source>Kind of step activated.</source>
        <translation>Deze soort stap wordt weer aangeboden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="555"/>
        <source>Kind of step deactivated.</source>
        <translation>Deze soort stap wordt niet meer aangeboden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="578"/>
        <source>Activate route</source>
        <translation>Route weer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="585"/>
        <source>Activate</source>
        <translation>Weer aanbieden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="36"/>
        <source>Language / Taal</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="39"/>
        <source>No exchange folder: this desk does not sync</source>
        <translation>Geen uitwisselmap: deze balie synchroniseert niet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="41"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="42"/>
        <source>Choose the exchange folder</source>
        <translation>De uitwisselmap kiezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="47"/>
        <location filename="../../hubdesk/views/settings_dialog.py" line="73"/>
        <source>Exchange folder</source>
        <translation>Uitwisselmap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="50"/>
        <location filename="../../hubdesk/views/settings_dialog.py" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="51"/>
        <source>only by hand</source>
        <translation>alleen met de hand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="53"/>
        <source>Sync every (minutes; 0 = only by hand)</source>
        <translation>Synchroniseren om de (minuten; 0 = alleen met de hand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="54"/>
        <source>Sync every</source>
        <translation>Synchroniseren om de</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="59"/>
        <source>Lock the screen after (minutes without input)</source>
        <translation>Scherm vergrendelen na (minuten zonder invoer)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="60"/>
        <source>Lock the screen after</source>
        <translation>Scherm vergrendelen na</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="61"/>
        <source>The screens change language at once; what you were typing is kept only after saving.</source>
        <translation>De schermen wisselen meteen van taal; wat je aan het typen was, blijft alleen bewaard als het is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="27"/>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="28"/>
        <source>starting</source>
        <translation>startend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="29"/>
        <source>running</source>
        <translation>gevestigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="30"/>
        <source>scaling</source>
        <translation>groeiend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="31"/>
        <source>stopping</source>
        <translation>stoppend</translation>
    </message>
</context>
<context>
    <name>StartTrajectoryDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="163"/>
        <source>Start a trajectory</source>
        <translation>Een traject starten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="163"/>
        <source>Start trajectory</source>
        <translation>Traject starten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="166"/>
        <source>No route: I plan the steps myself</source>
        <translation>Geen route: ik plan de stappen zelf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="177"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="178"/>
        <source>Lead worker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="179"/>
        <source>Stage at the start</source>
        <translation>Fase bij de start</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="180"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="203"/>
        <source>No steps are planned; add them to the trajectory yourself.</source>
        <translation>Er worden geen stappen gepland; voeg ze zelf aan het traject toe.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="208"/>
        <source>This route plans these steps:</source>
        <translation>Deze route plant deze stappen:</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="24"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="25"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="26"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="112"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="114"/>
        <source>Done on %1</source>
        <translation>Gedaan op %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="119"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="130"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="144"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="144"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="144"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="144"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="141"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="143"/>
        <source>Exchange changes with the other desks now (F9)</source>
        <translation>Wijzigingen nu uitwisselen met de andere balies (F9)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="145"/>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="155"/>
        <source>Sync: reading status…</source>
        <translation>Synchronisatie: status wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="213"/>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/sync_controller.py" line="291"/>
        <source>%n package(s) refused – point here to see why</source>
        <translation>
            <numerusform>%n pakket geweigerd – houd de muis hier om te zien waarom</numerusform>
            <numerusform>%n pakketten geweigerd – houd de muis hier om te zien waarom</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="313"/>
        <source>Sync did not finish; you can keep working.</source>
        <translation>De synchronisatie is niet afgerond; je kunt gewoon doorwerken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="350"/>
        <source>Sync off: practice database</source>
        <translation>Synchronisatie uit: oefendatabase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="351"/>
        <source>Sync off: this desk is not a node yet</source>
        <translation>Synchronisatie uit: deze balie is nog geen knooppunt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="352"/>
        <source>Sync off: the programme key is missing</source>
        <translation>Synchronisatie uit: de programmasleutel ontbreekt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="362"/>
        <source>Sync off: no exchange folder</source>
        <translation>Synchronisatie uit: geen uitwisselmap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="363"/>
        <source>Choose the exchange folder in File &gt; Settings.</source>
        <translation>Kies de uitwisselmap in Bestand &gt; Instellingen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="368"/>
        <source>Last sync: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="368"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/sync_controller.py" line="371"/>
        <source>Syncs every %n minute(s) with %1; F9 syncs now.</source>
        <translation>
            <numerusform>Synchroniseert om de %n minuut met %1; met F9 synchroniseer je meteen.</numerusform>
            <numerusform>Synchroniseert om de %n minuten met %1; met F9 synchroniseer je meteen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="373"/>
        <source>Syncs with %1 only when you choose Sync now (F9).</source>
        <translation>Synchroniseert alleen met %1 als je Nu synchroniseren kiest (F9).</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="379"/>
        <source>next try in %1 min</source>
        <translation>volgende poging over %1 min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="379"/>
        <source>try F9 later</source>
        <translation>probeer later F9</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="381"/>
        <source>Exchange folder not reachable</source>
        <translation>Uitwisselmap niet bereikbaar</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="382"/>
        <source>Exchange folder is read-only</source>
        <translation>Uitwisselmap is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="383"/>
        <source>Exchange folder is full</source>
        <translation>Uitwisselmap is vol</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="384"/>
        <source>Exchange folder does not answer</source>
        <translation>Uitwisselmap reageert niet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="385"/>
        <source>Exchange folder problem</source>
        <translation>Probleem met de uitwisselmap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="387"/>
        <source>%1 – keep working; %2.</source>
        <translation>%1 – werk gewoon door; %2.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="407"/>
        <source>S&amp;ync</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="76"/>
        <source>Open the conflict queue</source>
        <translation>De lijst met conflicten openen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/sync_controller.py" line="97"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n wijziging te versturen</numerusform>
            <numerusform>%n wijzigingen te versturen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/sync_controller.py" line="97"/>
        <source>Nothing to send</source>
        <translation>Niets te versturen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/sync_controller.py" line="100"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict te bekijken</numerusform>
            <numerusform>%n conflicten te bekijken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetGroup</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="85"/>
        <source>Doelgroepregister (banenafspraak)</source>
        <translation>Doelgroepregister (banenafspraak)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="86"/>
        <source>Participatiewet</source>
        <translation>Participatiewet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="87"/>
        <source>WW</source>
        <translation>WW</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="88"/>
        <source>WIA/WAO</source>
        <translation>WIA/WAO</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="89"/>
        <source>Early school-leaver</source>
        <translation>Voortijdig schoolverlater</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="90"/>
        <source>BOL/BBL student</source>
        <translation>BOL/BBL-student</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="91"/>
        <source>Jobseeker without benefit</source>
        <translation>Werkzoekende zonder uitkering</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="92"/>
        <source>Young people in debt</source>
        <translation>Jongeren met schulden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="93"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="96"/>
        <source>Visit (%1)</source>
        <translation>Bezoek (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="99"/>
        <source>Needs: %1</source>
        <translation>Behoeften: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="105"/>
        <source>Private note (only you)</source>
        <translation>Persoonlijke notitie (alleen jij)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="105"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="120"/>
        <source>Trajectory started</source>
        <translation>Traject gestart</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="122"/>
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="124"/>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="126"/>
        <source>Stage changed</source>
        <translation>Fase gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="132"/>
        <source>Step done</source>
        <translation>Stap gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="138"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="140"/>
        <source>Trajectory closed</source>
        <translation>Traject afgesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="142"/>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="144"/>
        <source>Stage at the end: %1</source>
        <translation>Fase aan het eind: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="154"/>
        <source>Referral made</source>
        <translation>Verwijzing gemaakt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="156"/>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="158"/>
        <source>Referral sent</source>
        <translation>Verwijzing verstuurd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="160"/>
        <source>feedback due by %1</source>
        <translation>terugkoppeling uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="162"/>
        <source>Referral closed</source>
        <translation>Verwijzing afgesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="164"/>
        <source>Outcome: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="167"/>
        <source>reported by: %1</source>
        <translation>gemeld door: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="181"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="181"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="181"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="181"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="205"/>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="209"/>
        <source>Start trajectory…</source>
        <translation>Traject starten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="211"/>
        <source>Start a trajectory, with a route that plans its steps (Ctrl+Shift+T)</source>
        <translation>Start een traject, met een route die de stappen plant (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="213"/>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="215"/>
        <source>No trajectory yet. Start one to plan the guidance steps.</source>
        <translation>Nog geen traject. Start er een om de begeleidingsstappen te plannen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="232"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="242"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="242"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="243"/>
        <source>Lead worker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="243"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="244"/>
        <source>Opened</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="256"/>
        <source>Change stage…</source>
        <translation>Fase wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="257"/>
        <source>Record that the enterprise moved to another stage</source>
        <translation>Leg vast dat de onderneming in een andere fase is gekomen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="258"/>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="495"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="259"/>
        <source>Close trajectory…</source>
        <translation>Traject afsluiten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="260"/>
        <source>Close with a reason; steps still planned are cancelled</source>
        <translation>Afsluiten met een reden; stappen die nog gepland zijn, worden geannuleerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="277"/>
        <source>Steps of the trajectory</source>
        <translation>Stappen van het traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="299"/>
        <source>Add step…</source>
        <translation>Stap toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="301"/>
        <source>Plan a step in this trajectory (Ctrl+Shift+A)</source>
        <translation>Plan een stap in dit traject (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="302"/>
        <source>Done…</source>
        <translation>Gedaan…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="304"/>
        <source>Record the chosen step as done (Ctrl+D)</source>
        <translation>Leg de gekozen stap vast als gedaan (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="305"/>
        <source>Move…</source>
        <translation>Verzetten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="306"/>
        <source>Give the chosen step another date</source>
        <translation>Geef de gekozen stap een andere datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="307"/>
        <source>Assign…</source>
        <translation>Toewijzen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="308"/>
        <source>Assign the chosen step to a colleague, or to nobody</source>
        <translation>Wijs de gekozen stap toe aan een collega, of aan niemand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="309"/>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="540"/>
        <source>Cancel step</source>
        <translation>Stap annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="310"/>
        <source>The chosen step will not take place</source>
        <translation>De gekozen stap gaat niet door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="431"/>
        <source>Without a route</source>
        <translation>Zonder route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="433"/>
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 sinds %3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="455"/>
        <source>%1 (since %2)</source>
        <translation>%1 (sinds %2)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="459"/>
        <source>(none: steps planned by hand)</source>
        <translation>(geen: stappen zelf gepland)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="469"/>
        <source>stage at the end: %1</source>
        <translation>fase aan het eind: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/trajectory_panel.py" line="472"/>
        <source>Overdue steps: %n</source>
        <translation>
            <numerusform>Te late stappen: %n</numerusform>
            <numerusform>Te late stappen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="495"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="497"/>
        <source>Pause: its steps leave the worklist until it is reopened</source>
        <translation>Pauzeren: de stappen verdwijnen van de werklijst tot het traject weer wordt geopend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="499"/>
        <source>Open the trajectory again</source>
        <translation>Het traject weer openen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="597"/>
        <source>Trajectory started.</source>
        <translation>Traject gestart.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="612"/>
        <source>Step added.</source>
        <translation>Stap toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="632"/>
        <source>Step recorded as done.</source>
        <translation>Stap vastgelegd als gedaan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="645"/>
        <source>Step moved to %1.</source>
        <translation>Stap verzet naar %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="658"/>
        <source>Step assigned.</source>
        <translation>Stap toegewezen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="666"/>
        <source>Cancel the step “%1” due %2? It will not take place.</source>
        <translation>De stap ‘%1’ van %2 annuleren? Die gaat dan niet door.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="672"/>
        <source>Step cancelled.</source>
        <translation>Stap geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="686"/>
        <source>Stage changed to %1.</source>
        <translation>Fase gewijzigd in %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="696"/>
        <source>Trajectory paused.</source>
        <translation>Traject gepauzeerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="698"/>
        <source>Trajectory reopened.</source>
        <translation>Traject heropend.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="713"/>
        <source>Trajectory closed.</source>
        <translation>Traject afgesloten.</translation>
    </message>
</context>
<context>
    <name>TrajectoryStatus</name>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="16"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="17"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="18"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>UpdateStatusDialog</name>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="978"/>
        <source>Referral status</source>
        <translation>Status van de verwijzing</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="978"/>
        <source>Save status</source>
        <translation>Status opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="981"/>
        <source>%1 to %2, now: %3</source>
        <translation>%1 naar %2, nu: %3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="991"/>
        <source>First contact with the entrepreneur on</source>
        <translation>Eerste contact met de ondernemer op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="996"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/referral_dialog.py" line="1007"/>
        <source>Nothing changed: choose another status or the day of the first contact.</source>
        <translation>Er is niets gewijzigd: kies een andere status of de dag van het eerste contact.</translation>
    </message>
</context>
<context>
    <name>ValidatedDialog</name>
    <message>
        <location filename="../../hubdesk/views/impact_panel.py" line="174"/>
        <source>Put the marked fields right first.</source>
        <translation>Verbeter eerst de gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>ValueBand</name>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="66"/>
        <source>under € 5,000</source>
        <translation>onder € 5.000</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="67"/>
        <source>€ 5,000 – 25,000</source>
        <translation>€ 5.000 – 25.000</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="68"/>
        <source>€ 25,000 – 100,000</source>
        <translation>€ 25.000 – 100.000</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/impact_labels.py" line="69"/>
        <source>over € 100,000</source>
        <translation>boven € 100.000</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="199"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflicts_view.py" line="199"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>WorkersDialog</name>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="211"/>
        <source>Workers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="216"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="216"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="216"/>
        <location filename="../../hubdesk/views/workers_view.py" line="223"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="216"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="216"/>
        <source>Last login here</source>
        <translation>Laatst hier ingelogd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="221"/>
        <source>&amp;Add a worker…</source>
        <translation>Medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="226"/>
        <source>&amp;New password…</source>
        <translation>&amp;Nieuw wachtwoord…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="227"/>
        <location filename="../../hubdesk/views/workers_view.py" line="315"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="236"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="272"/>
        <source>Deactivated</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="275"/>
        <source>Locked until %1</source>
        <translation>Geblokkeerd tot %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="279"/>
        <source>No password yet</source>
        <translation>Nog geen wachtwoord</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="281"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="315"/>
        <source>Re&amp;activate</source>
        <translation>Weer &amp;inschakelen</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="51"/>
        <source>My steps</source>
        <translation>Mijn stappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="52"/>
        <source>All steps of the hub</source>
        <translation>Alle stappen van de hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55"/>
        <source>Entrepreneur</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55"/>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="62"/>
        <source>Done (Ctrl+D)</source>
        <translation>Gedaan (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="66"/>
        <source>Move to this date</source>
        <translation>Verzetten naar deze datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="68"/>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="69"/>
        <source>Open file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="124"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="141"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="142"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="143"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="144"/>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/worklist.py" line="165"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../hubdesk/views/workers_view.py" line="72"/>
        <source>At least %1 characters. A phrase of a few words is easy to remember and hard to guess.</source>
        <translation>Minstens %1 tekens. Een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
</context>
</TS>
