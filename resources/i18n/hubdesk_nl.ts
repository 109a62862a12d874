<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="224" />
        <source>Add a step</source>
        <translation>Een stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="224" />
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="232" />
        <source>What to prepare or agree (optional)</source>
        <translation>Wat er voorbereid of afgesproken moet worden (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="233" />
        <source>Kind of step</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="234" />
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="235" />
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="236" />
        <source>Notes</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="239" />
        <source>Choose a kind of step.</source>
        <translation>Kies een soort stap.</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="317" />
        <source>Change the stage</source>
        <translation>De fase wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="317" />
        <source>Change stage</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="320" />
        <source>The enterprise is now in the stage: %1</source>
        <translation>De onderneming is nu in de fase: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="323" />
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="324" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="328" />
        <source>Choose a stage other than the current one.</source>
        <translation>Kies een andere fase dan de huidige.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="74" />
        <source>Walk-in</source>
        <translation>Binnenloop</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="75" />
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="76" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="77" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="78" />
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="79" />
        <source>Referred by a partner</source>
        <translation>Verwezen door een partner</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="34" />
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="35" />
        <source>Referred to a partner</source>
        <translation>Doorverwezen naar een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="36" />
        <source>No contact any more</source>
        <translation>Geen contact meer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="37" />
        <source>Stopped with the idea</source>
        <translation>Gestopt met het idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="38" />
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="39" />
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
</context>
<context>
    <name>CloseTrajectoryDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="344" />
        <source>Close the trajectory</source>
        <translation>Het traject afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="344" />
        <source>Close trajectory</source>
        <translation>Traject afsluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="346" />
        <source>Steps still planned (%n) will be cancelled.</source>
        <translation><numerusform>De stap die nog gepland is (%n), wordt geannuleerd.</numerusform><numerusform>De stappen die nog gepland zijn (%n), worden geannuleerd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="348" />
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="352" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="353" />
        <source>Stage at the end</source>
        <translation>Fase aan het eind</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="356" />
        <source>Choose a reason to close the trajectory.</source>
        <translation>Kies een reden om het traject af te sluiten.</translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="261" />
        <source>Step done</source>
        <translation>Stap gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="261" />
        <source>Save as done</source>
        <translation>Opslaan als gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="262" />
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="267" />
        <source>not recorded</source>
        <translation>niet bijgehouden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="268" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="270" />
        <source>What came of it (optional)</source>
        <translation>Wat het heeft opgeleverd (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="273" />
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="274" />
        <source>Time spent</source>
        <translation>Bestede tijd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="275" />
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="95" />
        <source>Changed at another desk</source>
        <translation>Gewijzigd aan een andere balie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="107" />
        <source>Someone at another desk changed %1 while you were editing. Compare both versions and choose, for each field you changed, which value to keep.</source>
        <translation>Iemand aan een andere balie heeft %1 gewijzigd terwijl u aan het bewerken was. Vergelijk beide versies en kies per veld dat u wijzigde welke waarde blijft.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116" />
        <source>Stored now (other desk)</source>
        <translation>Nu opgeslagen (andere balie)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116" />
        <source>Yours</source>
        <translation>Van u</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="116" />
        <source>Your choice</source>
        <translation>Uw keuze</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="135" />
        <source>The same: nothing to choose</source>
        <translation>Gelijk: niets te kiezen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="140" />
        <source>changed at both desks</source>
        <translation>aan beide balies gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="143" />
        <source>Keep theirs</source>
        <translation>Hun waarde houden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="144" />
        <source>Use mine</source>
        <translation>Mijn waarde gebruiken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="146" />
        <source>Keep theirs for %1</source>
        <translation>Hun waarde houden voor %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="147" />
        <source>Use mine for %1</source>
        <translation>Mijn waarde gebruiken voor %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="173" />
        <source>Also changed at the other desk, and kept: %1</source>
        <translation>Ook aan de andere balie gewijzigd, en behouden: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="177" />
        <source>Choose a value for every field changed at both desks.</source>
        <translation>Kies een waarde voor elk veld dat aan beide balies is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="184" />
        <source>Save my choices</source>
        <translation>Mijn keuzes opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="187" />
        <source>Save nothing; your input stays in the form (Esc)</source>
        <translation>Niets opslaan; uw invoer blijft in het formulier (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="196" />
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>ConsentMethod</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="85" />
        <source>Verbally, recorded by me</source>
        <translation>Mondeling, door mij vastgelegd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="86" />
        <source>Signed on paper</source>
        <translation>Op papier ondertekend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="87" />
        <source>Digitally</source>
        <translation>Digitaal</translation>
    </message>
</context>
<context>
    <name>EntrepreneurListView</name>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="62" />
        <source>Search by name, enterprise, KVK number, e-mail or phone (Ctrl+F)</source>
        <translation>Zoek op naam, onderneming, KVK-nummer, e-mail of telefoon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="63" />
        <source>Search entrepreneurs</source>
        <translation>Ondernemers zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="65" />
        <source>All stadsdelen</source>
        <translation>Alle stadsdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="69" />
        <source>Every stage</source>
        <translation>Elke fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="72" />
        <source>Open trajectory</source>
        <translation>Open traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneurs.py" line="73" />
        <source>New intake (Ctrl+N)</source>
        <translation>Nieuwe inschrijving (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/entrepreneurs.py" line="186" />
        <source>%n entrepreneur(s)</source>
        <translation><numerusform>%n ondernemer</numerusform><numerusform>%n ondernemers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/entrepreneurs.py" line="200" />
        <source>The first %n matches; type more to narrow down</source>
        <translation><numerusform>De eerste %n treffer; typ meer om te verfijnen</numerusform><numerusform>De eerste %n treffers; typ meer om te verfijnen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/entrepreneurs.py" line="202" />
        <source>%n match(es)</source>
        <translation><numerusform>%n treffer</numerusform><numerusform>%n treffers</numerusform></translation>
    </message>
</context>
<context>
    <name>EntrepreneurTableModel</name>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="76" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="77" />
        <source>Enterprise or idea</source>
        <translation>Onderneming of idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="78" />
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="79" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="80" />
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="81" />
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/entrepreneur_model.py" line="102" />
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../hubdesk/views/errors.py" line="29" />
        <source>hubdesk</source>
        <translation>hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/errors.py" line="37" />
        <source>Something unexpected went wrong. Nothing you saved before was lost.
The details are in the log file; please tell your coordinator.</source>
        <translation>Er ging onverwacht iets mis. Wat u eerder opsloeg, is niet verloren.
De details staan in het logbestand; meld het aan uw coördinator.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="47" />
        <source>Welcome to hubdesk</source>
        <translation>Welkom bij hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="52" />
        <source>This database is still empty. You can practise with made-up entrepreneurs, or set up this computer for your hub.</source>
        <translation>Deze database is nog leeg. U kunt oefenen met verzonnen ondernemers, of deze computer inrichten voor uw hub.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="58" />
        <source>Practise</source>
        <translation>Oefenen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/first_run.py" line="61" />
        <source>Fill the database with %n made-up entrepreneurs. A practice database never exchanges data with the hubs.</source>
        <translation><numerusform>Vul de database met %n verzonnen ondernemer. Een oefendatabase wisselt nooit gegevens uit met de hubs.</numerusform><numerusform>Vul de database met %n verzonnen ondernemers. Een oefendatabase wisselt nooit gegevens uit met de hubs.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="68" />
        <source>Load demo data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="73" />
        <source>Set up for my hub</source>
        <translation>Inrichten voor mijn hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="75" />
        <source>e.g. Cityhub Schalkwijk</source>
        <translation>bijv. Cityhub Schalkwijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="79" />
        <source>Desk 1</source>
        <translation>Balie 1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="83" />
        <source>Hub name</source>
        <translation>Naam van de hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="84" />
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="85" />
        <source>Name of this desk</source>
        <translation>Naam van deze balie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="86" />
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="87" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/first_run.py" line="88" />
        <source>Set up</source>
        <translation>Inrichten</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="56" />
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="72" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="109" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="106" />
        <source>(outside Haarlem / unknown)</source>
        <translation>(buiten Haarlem / onbekend)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="121" />
        <source>empty when still an idea</source>
        <translation>leeg als het nog een idee is</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="139" />
        <source>The question in the entrepreneur's own words</source>
        <translation>De vraag in de eigen woorden van de ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="143" />
        <source>Agrees to registration</source>
        <translation>Stemt in met registratie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="150" />
        <source>Also agrees to pseudonymised monitoring</source>
        <translation>Stemt ook in met gepseudonimiseerde monitoring</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="154" />
        <source>Already registered?</source>
        <translation>Al ingeschreven?</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="158" />
        <source>Possible matches appear here while you type.</source>
        <translation>Mogelijke overeenkomsten verschijnen hier terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="160" />
        <source>This is the same person: open the file</source>
        <translation>Dit is dezelfde persoon: open het dossier</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="162" />
        <source>Not the same person: register anyway</source>
        <translation>Niet dezelfde persoon: toch inschrijven</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="165" />
        <source>Register (Ctrl+Enter)</source>
        <translation>Inschrijven (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="167" />
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="205" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="213" />
        <source>Name (given, particle, family)</source>
        <translation>Naam (voornaam, tussenvoegsel, achternaam)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="221" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="222" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="223" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="224" />
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="226" />
        <source>Enterprise or idea</source>
        <translation>Onderneming of idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="228" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="229" />
        <source>Trade name</source>
        <translation>Handelsnaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="230" />
        <location filename="../../hubdesk/views/intake_form.py" line="519" />
        <source>KVK number</source>
        <translation>KVK-nummer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="232" />
        <source>Question</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="237" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="499" />
        <source>outside Haarlem</source>
        <translation>buiten Haarlem</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="501" />
        <source>registered %1 · same %2</source>
        <translation>ingeschreven %1 · zelfde %2</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="517" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="518" />
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="520" />
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="572" />
        <source>Please correct the marked fields; nothing was saved yet.</source>
        <translation>Verbeter de gemarkeerde velden; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/intake_form.py" line="578" />
        <source>This person may already be registered. Open the existing file, or register anyway.</source>
        <translation>Deze persoon staat mogelijk al ingeschreven. Open het bestaande dossier, of schrijf toch in.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="93" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="94" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>LegalForm</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="58" />
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="59" />
        <source>Sole proprietorship (eenmanszaak)</source>
        <translation>Eenmanszaak</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="60" />
        <source>General partnership (vof)</source>
        <translation>Vennootschap onder firma (vof)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="61" />
        <source>Professional partnership (maatschap)</source>
        <translation>Maatschap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="62" />
        <source>Limited partnership (cv)</source>
        <translation>Commanditaire vennootschap (cv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="63" />
        <source>Private company (bv)</source>
        <translation>Besloten vennootschap (bv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="64" />
        <source>Public company (nv)</source>
        <translation>Naamloze vennootschap (nv)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="65" />
        <source>Foundation (stichting)</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="66" />
        <source>Association (vereniging)</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="67" />
        <source>Cooperative (coöperatie)</source>
        <translation>Coöperatie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="68" />
        <source>Foreign legal form</source>
        <translation>Buitenlandse rechtsvorm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="43" />
        <source>hubdesk – %1</source>
        <translation>hubdesk – %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="49" />
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="60" />
        <source>Entrepreneurs</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="62" />
        <location filename="../../hubdesk/views/main_window.py" line="187" />
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="84" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="85" />
        <source>&amp;New intake</source>
        <translation>&amp;Nieuwe inschrijving</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="89" />
        <source>&amp;Find entrepreneur</source>
        <translation>Ondernemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="95" />
        <source>&amp;Routes and kinds of steps…</source>
        <translation>&amp;Routes en soorten stappen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="103" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="107" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="111" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="112" />
        <source>&amp;About hubdesk</source>
        <translation>&amp;Over hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="119" />
        <source>Worker: %1</source>
        <translation>Medewerker: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="120" />
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="122" />
        <source>Desk: %1</source>
        <translation>Balie: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="127" />
        <source>Practice database</source>
        <translation>Oefendatabase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="169" />
        <source>Registered.</source>
        <translation>Ingeschreven.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="178" />
        <source>Visit registered in the existing file.</source>
        <translation>Bezoek vastgelegd in het bestaande dossier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="187" />
        <source>Worklist (%1 overdue)</source>
        <translation>Werklijst (%1 te laat)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="207" />
        <source>About hubdesk</source>
        <translation>Over hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="208" />
        <source>hubdesk %1
The intake desk of Haarlem's city hubs.</source>
        <translation>hubdesk %1
De intakebalie van de Haarlemse cityhubs.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="52" />
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="53" />
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="57" />
        <source>Fill in both a Dutch and an English name.</source>
        <translation>Vul een Nederlandse én een Engelse naam in.</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="37" />
        <source>Loan or credit</source>
        <translation>Lening of krediet</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="38" />
        <source>Grant or subsidy</source>
        <translation>Subsidie of bijdrage</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="39" />
        <source>Income support (Bbz)</source>
        <translation>Inkomensondersteuning (Bbz)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="40" />
        <source>Legal form and KVK registration</source>
        <translation>Rechtsvorm en inschrijving KVK</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="41" />
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="42" />
        <source>Marketing and sales</source>
        <translation>Marketing en verkoop</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="43" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="44" />
        <source>Premises</source>
        <translation>Bedrijfsruimte</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="45" />
        <source>Procurement and SROI</source>
        <translation>Inkoop en SROI</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="46" />
        <source>Hiring people at a distance from work</source>
        <translation>Mensen met afstand tot werk aannemen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="47" />
        <source>Measuring impact</source>
        <translation>Impact meten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="48" />
        <source>Recognition as a social enterprise</source>
        <translation>Erkenning als sociale onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="49" />
        <source>Administration and tax</source>
        <translation>Administratie en belasting</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="50" />
        <source>Permits</source>
        <translation>Vergunningen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="51" />
        <source>Financial trouble</source>
        <translation>Financiële problemen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="52" />
        <source>Language or digital skills</source>
        <translation>Taal of digitale vaardigheden</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="38" />
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="39" />
        <source>Name particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="40" />
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="41" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="42" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="43" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/conflict_dialog.py" line="44" />
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
</context>
<context>
    <name>PersonFileView</name>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="97" />
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="98" />
        <source>Back to the list of entrepreneurs (Esc)</source>
        <translation>Terug naar de lijst met ondernemers (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="99" />
        <source>Register visit</source>
        <translation>Bezoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="101" />
        <source>Register a walk-in visit now (Ctrl+Shift+V)</source>
        <translation>Leg nu een binnenloopbezoek vast (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="102" />
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="104" />
        <source>Write a note in the file (Ctrl+Shift+N)</source>
        <translation>Schrijf een notitie in het dossier (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="105" />
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="107" />
        <source>Edit name and contact details (Ctrl+E)</source>
        <translation>Naam en contactgegevens bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="144" />
        <source>Enterprise</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="144" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="146" />
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="147" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="148" />
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="150" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="150" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="151" />
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="151" />
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="170" />
        <source>Edit name and contact details</source>
        <translation>Naam en contactgegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="172" />
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="173" />
        <source>06 12345678, or +32 … for abroad</source>
        <translation>06 12345678, of +32 … voor buitenland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="174" />
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="207" />
        <source>This entrepreneur was changed elsewhere while you were editing. When you save, you can compare both versions.</source>
        <translation>Deze ondernemer is elders gewijzigd terwijl u aan het bewerken was. Bij opslaan kunt u beide versies vergelijken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="213" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="215" />
        <source>Save the changed fields (Enter)</source>
        <translation>De gewijzigde velden opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="216" />
        <location filename="../../hubdesk/views/person_file.py" line="248" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="217" />
        <source>Close the form without saving</source>
        <translation>Het formulier sluiten zonder op te slaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="234" />
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="236" />
        <source>What was discussed, agreed or still to be done</source>
        <translation>Wat er besproken of afgesproken is, of nog moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="237" />
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="240" />
        <source>Only visible to me (private note)</source>
        <translation>Alleen zichtbaar voor mij (persoonlijke notitie)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="245" />
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="246" />
        <source>Save the note (Ctrl+Enter)</source>
        <translation>De notitie opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="261" />
        <source>Timeline (newest first)</source>
        <translation>Tijdlijn (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="268" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="344" />
        <source>No entrepreneur chosen</source>
        <translation>Geen ondernemer gekozen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="363" />
        <source>Opening the file…</source>
        <translation>Het dossier wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="431" />
        <source>This file cannot be shown.</source>
        <translation>Dit dossier kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="481" />
        <source>(idea)</source>
        <translation>(idee)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="482" />
        <source>(being set up)</source>
        <translation>(in oprichting)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="491" />
        <source>registration (%1)</source>
        <translation>registratie (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="493" />
        <source>sharing with %1</source>
        <translation>delen met %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="493" />
        <source>a partner</source>
        <translation>een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="495" />
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="497" />
        <source>newsletter</source>
        <translation>nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="499" />
        <source>story and photo</source>
        <translation>verhaal en foto</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="502" />
        <source>Consent: %1</source>
        <translation>Toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="503" />
        <source>No active consent for registration: ask for it and record it before anything else.</source>
        <translation>Geen geldige toestemming voor registratie: vraag die en leg die eerst vast.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="505" />
        <source>Other consent: %1</source>
        <translation>Andere toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="533" />
        <source>This step was changed at another desk meanwhile; nothing was saved. Look again and try once more.</source>
        <translation>Deze stap is intussen aan een andere balie gewijzigd; er is niets opgeslagen. Kijk opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="552" />
        <source>Visit registered.</source>
        <translation>Bezoek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="587" />
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="663" />
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="685" />
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="734" />
        <source>Nothing was saved; your input is still in the form.</source>
        <translation>Er is niets opgeslagen; uw invoer staat nog in het formulier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="742" />
        <source>The other desk's values were kept.</source>
        <translation>De waarden van de andere balie zijn behouden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="783" />
        <source>Unsaved input: save it, or press Cancel to discard it.</source>
        <translation>Niet-opgeslagen invoer: sla die op, of kies Annuleren om die weg te gooien.</translation>
    </message>
</context>
<context>
    <name>ReassignStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="305" />
        <source>Assign a step</source>
        <translation>Een stap toewijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="305" />
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="306" />
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="308" />
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
</context>
<context>
    <name>RescheduleStepDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="288" />
        <source>Move a step</source>
        <translation>Een stap verzetten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="288" />
        <source>Move</source>
        <translation>Verzetten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="289" />
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="291" />
        <source>New date</source>
        <translation>Nieuwe datum</translation>
    </message>
</context>
<context>
    <name>RoutesEditorDialog</name>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="91" />
        <source>Routes and kinds of steps</source>
        <translation>Routes en soorten stappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="96" />
        <source>A route plans the steps of a new trajectory. Changing a route never changes trajectories already started: they keep the steps they were given.</source>
        <translation>Een route plant de stappen van een nieuw traject. Een route wijzigen verandert nooit trajecten die al gestart zijn: die houden de stappen die ze kregen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="105" />
        <location filename="../../hubdesk/views/routes_editor.py" line="111" />
        <location filename="../../hubdesk/views/routes_editor.py" line="197" />
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="109" />
        <source>New route…</source>
        <translation>Nieuwe route…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="115" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="121" />
        <location filename="../../hubdesk/views/routes_editor.py" line="167" />
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="122" />
        <location filename="../../hubdesk/views/routes_editor.py" line="167" />
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="123" />
        <location filename="../../hubdesk/views/routes_editor.py" line="167" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="125" />
        <source>Steps of the route</source>
        <translation>Stappen van de route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="126" />
        <source>Kind of step</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="126" />
        <source>Days after the start</source>
        <translation>Dagen na de start</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="135" />
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="136" />
        <source>Remove step</source>
        <translation>Stap weghalen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="137" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="138" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="143" />
        <location filename="../../hubdesk/views/routes_editor.py" line="578" />
        <source>Deactivate route</source>
        <translation>Route niet meer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="144" />
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="145" />
        <source>Save route</source>
        <translation>Route opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="165" />
        <location filename="../../hubdesk/views/routes_editor.py" line="198" />
        <source>Kinds of steps</source>
        <translation>Soorten stappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="167" />
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="179" />
        <source>New kind of step…</source>
        <translation>Nieuwe soort stap…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="180" />
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="181" />
        <location filename="../../hubdesk/views/routes_editor.py" line="585" />
        <source>Deactivate</source>
        <translation>Niet meer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="189" />
        <source>A kind of step that is deactivated is no longer offered; steps already planned keep it.</source>
        <translation>Een soort stap die niet meer wordt aangeboden, kan niet meer gepland worden; stappen die al gepland zijn, blijven staan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="207" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="273" />
        <location filename="../../hubdesk/views/routes_editor.py" line="337" />
        <source>%1 (inactive)</source>
        <translation>%1 (niet actief)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="350" />
        <source>Kind of step %1</source>
        <translation>Soort stap %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="356" />
        <source>Days after the start, step %1</source>
        <translation>Dagen na de start, stap %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="439" />
        <source>A route needs at least one step.</source>
        <translation>Een route heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="443" />
        <source>Fill in both a Dutch and an English name.</source>
        <translation>Vul een Nederlandse én een Engelse naam in.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="449" />
        <source>Route saved. Trajectories already started keep their steps.</source>
        <translation>Route opgeslagen. Trajecten die al gestart zijn, houden hun stappen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="460" />
        <source>Route activated: it is offered again when a trajectory starts.</source>
        <translation>De route wordt weer aangeboden als een traject start.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="462" />
        <source>Route deactivated: it is no longer offered. Trajectories already started keep their steps.</source>
        <translation>De route wordt niet meer aangeboden. Trajecten die al gestart zijn, houden hun stappen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="469" />
        <source>New route</source>
        <translation>Nieuwe route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="469" />
        <source>Create route</source>
        <translation>Route maken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="484" />
        <source>Route created. Add its steps and save.</source>
        <translation>Route gemaakt. Voeg de stappen toe en sla op.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="499" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="499" />
        <source>No (deactivated)</source>
        <translation>Nee (niet meer aangeboden)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="515" />
        <source>New kind of step</source>
        <translation>Nieuwe soort stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="515" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="530" />
        <source>Kind of step added.</source>
        <translation>Soort stap toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="536" />
        <source>Rename a kind of step</source>
        <translation>Naam van een soort stap wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="536" />
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="546" />
        <source>Kind of step renamed.</source>
        <translation>Naam van de soort stap gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="555" />
        <source>Kind of step activated.</source>
        <translation>Deze soort stap wordt weer aangeboden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="555" />
        <source>Kind of step deactivated.</source>
        <translation>Deze soort stap wordt niet meer aangeboden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="578" />
        <source>Activate route</source>
        <translation>Route weer aanbieden</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/routes_editor.py" line="585" />
        <source>Activate</source>
        <translation>Weer aanbieden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="15" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="22" />
        <source>Language / Taal</source>
        <translation>Taal / Language</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/settings_dialog.py" line="23" />
        <source>The screens change language at once; what you were typing is kept only after saving.</source>
        <translation>De schermen wisselen meteen van taal; wat u aan het typen was, blijft alleen bewaard als het is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="27" />
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="28" />
        <source>starting</source>
        <translation>startend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="29" />
        <source>running</source>
        <translation>gevestigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="30" />
        <source>scaling</source>
        <translation>groeiend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/labels.py" line="31" />
        <source>stopping</source>
        <translation>stoppend</translation>
    </message>
</context>
<context>
    <name>StartTrajectoryDialog</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="163" />
        <source>Start a trajectory</source>
        <translation>Een traject starten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="163" />
        <source>Start trajectory</source>
        <translation>Traject starten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="166" />
        <source>No route: I plan the steps myself</source>
        <translation>Geen route: ik plan de stappen zelf</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="177" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="178" />
        <source>Lead worker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="179" />
        <source>Stage at the start</source>
        <translation>Fase bij de start</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="180" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="203" />
        <source>No steps are planned; add them to the trajectory yourself.</source>
        <translation>Er worden geen stappen gepland; voeg ze zelf aan het traject toe.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_dialogs.py" line="208" />
        <source>This route plans these steps:</source>
        <translation>Deze route plant deze stappen:</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="24" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="25" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="26" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="111" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="113" />
        <source>Done on %1</source>
        <translation>Gedaan op %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="118" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="127" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="141" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="141" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="141" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="141" />
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="141" />
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="90" />
        <source>Visit (%1)</source>
        <translation>Bezoek (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="93" />
        <source>Needs: %1</source>
        <translation>Behoeften: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="99" />
        <source>Private note (only you)</source>
        <translation>Persoonlijke notitie (alleen u)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="99" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="112" />
        <source>Trajectory started</source>
        <translation>Traject gestart</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="114" />
        <source>Route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="116" />
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="118" />
        <source>Stage changed</source>
        <translation>Fase gewijzigd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="124" />
        <source>Step done</source>
        <translation>Stap gedaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="128" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="130" />
        <source>Trajectory closed</source>
        <translation>Traject afgesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="132" />
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="134" />
        <source>Stage at the end: %1</source>
        <translation>Fase aan het eind: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="150" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="150" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="150" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="150" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="201" />
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="205" />
        <source>Start trajectory…</source>
        <translation>Traject starten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="207" />
        <source>Start a trajectory, with a route that plans its steps (Ctrl+Shift+T)</source>
        <translation>Start een traject, met een route die de stappen plant (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="209" />
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="211" />
        <source>No trajectory yet. Start one to plan the guidance steps.</source>
        <translation>Nog geen traject. Start er een om de begeleidingsstappen te plannen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="228" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="238" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="238" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="239" />
        <source>Lead worker</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="239" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="240" />
        <source>Opened</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="252" />
        <source>Change stage…</source>
        <translation>Fase wijzigen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="253" />
        <source>Record that the enterprise moved to another stage</source>
        <translation>Leg vast dat de onderneming in een andere fase is gekomen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="254" />
        <location filename="../../hubdesk/views/trajectory_panel.py" line="491" />
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="255" />
        <source>Close trajectory…</source>
        <translation>Traject afsluiten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="256" />
        <source>Close with a reason; steps still planned are cancelled</source>
        <translation>Afsluiten met een reden; stappen die nog gepland zijn, worden geannuleerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="273" />
        <source>Steps of the trajectory</source>
        <translation>Stappen van het traject</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="295" />
        <source>Add step…</source>
        <translation>Stap toevoegen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="297" />
        <source>Plan a step in this trajectory (Ctrl+Shift+A)</source>
        <translation>Plan een stap in dit traject (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="298" />
        <source>Done…</source>
        <translation>Gedaan…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="300" />
        <source>Record the chosen step as done (Ctrl+D)</source>
        <translation>Leg de gekozen stap vast als gedaan (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="301" />
        <source>Move…</source>
        <translation>Verzetten…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="302" />
        <source>Give the chosen step another date</source>
        <translation>Geef de gekozen stap een andere datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="303" />
        <source>Assign…</source>
        <translation>Toewijzen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="304" />
        <source>Assign the chosen step to a colleague, or to nobody</source>
        <translation>Wijs de gekozen stap toe aan een collega, of aan niemand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="305" />
        <location filename="../../hubdesk/views/trajectory_panel.py" line="531" />
        <source>Cancel step</source>
        <translation>Stap annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="306" />
        <source>The chosen step will not take place</source>
        <translation>De gekozen stap gaat niet door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="427" />
        <source>Without a route</source>
        <translation>Zonder route</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="429" />
        <source>%1 · %2 since %3</source>
        <translation>%1 · %2 sinds %3</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="451" />
        <source>%1 (since %2)</source>
        <translation>%1 (sinds %2)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="455" />
        <source>(none: steps planned by hand)</source>
        <translation>(geen: stappen zelf gepland)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="465" />
        <source>stage at the end: %1</source>
        <translation>fase aan het eind: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/trajectory_panel.py" line="468" />
        <source>Overdue steps: %n</source>
        <translation><numerusform>Te late stappen: %n</numerusform><numerusform>Te late stappen: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="491" />
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="493" />
        <source>Pause: its steps leave the worklist until it is reopened</source>
        <translation>Pauzeren: de stappen verdwijnen van de werklijst tot het traject weer wordt geopend</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="495" />
        <source>Open the trajectory again</source>
        <translation>Het traject weer openen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="588" />
        <source>Trajectory started.</source>
        <translation>Traject gestart.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="604" />
        <source>Step added.</source>
        <translation>Stap toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="626" />
        <source>Step recorded as done.</source>
        <translation>Stap vastgelegd als gedaan.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="641" />
        <source>Step moved to %1.</source>
        <translation>Stap verzet naar %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="656" />
        <source>Step assigned.</source>
        <translation>Stap toegewezen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="664" />
        <source>Cancel the step “%1” due %2? It will not take place.</source>
        <translation>De stap ‘%1’ van %2 annuleren? Die gaat dan niet door.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="670" />
        <source>Step cancelled.</source>
        <translation>Stap geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="686" />
        <source>Stage changed to %1.</source>
        <translation>Fase gewijzigd in %1.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="696" />
        <source>Trajectory paused.</source>
        <translation>Traject gepauzeerd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="698" />
        <source>Trajectory reopened.</source>
        <translation>Traject heropend.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/trajectory_panel.py" line="715" />
        <source>Trajectory closed.</source>
        <translation>Traject afgesloten.</translation>
    </message>
</context>
<context>
    <name>TrajectoryStatus</name>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="16" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="17" />
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/guidance_labels.py" line="18" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="51" />
        <source>My steps</source>
        <translation>Mijn stappen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="52" />
        <source>All steps of the hub</source>
        <translation>Alle stappen van de hub</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55" />
        <source>Entrepreneur</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="55" />
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="62" />
        <source>Done (Ctrl+D)</source>
        <translation>Gedaan (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="66" />
        <source>Move to this date</source>
        <translation>Verzetten naar deze datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="68" />
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="69" />
        <source>Open file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="124" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="141" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="142" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="143" />
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/worklist.py" line="144" />
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubdesk/views/worklist.py" line="165" />
        <source>%n overdue</source>
        <translation><numerusform>%n te laat</numerusform><numerusform>%n te laat</numerusform></translation>
    </message>
</context>
</TS>