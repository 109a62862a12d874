<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
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
        <location filename="../../hubdesk/views/main_window.py" line="42" />
        <source>hubdesk – %1</source>
        <translation>hubdesk – %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="48" />
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="59" />
        <source>Entrepreneurs</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="61" />
        <location filename="../../hubdesk/views/main_window.py" line="177" />
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="83" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="84" />
        <source>&amp;New intake</source>
        <translation>&amp;Nieuwe inschrijving</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="88" />
        <source>&amp;Find entrepreneur</source>
        <translation>Ondernemer &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="93" />
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="101" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="102" />
        <source>&amp;About hubdesk</source>
        <translation>&amp;Over hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="109" />
        <source>Worker: %1</source>
        <translation>Medewerker: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="110" />
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="112" />
        <source>Desk: %1</source>
        <translation>Balie: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="117" />
        <source>Practice database</source>
        <translation>Oefendatabase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="159" />
        <source>Registered.</source>
        <translation>Ingeschreven.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="168" />
        <source>Visit registered in the existing file.</source>
        <translation>Bezoek vastgelegd in het bestaande dossier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="177" />
        <source>Worklist (%1 overdue)</source>
        <translation>Werklijst (%1 te laat)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="191" />
        <source>About hubdesk</source>
        <translation>Over hubdesk</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/main_window.py" line="192" />
        <source>hubdesk %1
The intake desk of Haarlem's city hubs.</source>
        <translation>hubdesk %1
De intakebalie van de Haarlemse cityhubs.</translation>
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
        <location filename="../../hubdesk/views/person_file.py" line="89" />
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="90" />
        <source>Back to the list of entrepreneurs (Esc)</source>
        <translation>Terug naar de lijst met ondernemers (Esc)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="91" />
        <source>Register visit</source>
        <translation>Bezoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="93" />
        <source>Register a walk-in visit now (Ctrl+Shift+V)</source>
        <translation>Leg nu een binnenloopbezoek vast (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="94" />
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="96" />
        <source>Write a note in the file (Ctrl+Shift+N)</source>
        <translation>Schrijf een notitie in het dossier (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="97" />
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="99" />
        <source>Edit name and contact details (Ctrl+E)</source>
        <translation>Naam en contactgegevens bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="136" />
        <source>Enterprise</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="136" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="138" />
        <source>Stadsdeel</source>
        <translation>Stadsdeel</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="139" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="140" />
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="142" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="142" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="143" />
        <source>Registered on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="143" />
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="162" />
        <source>Edit name and contact details</source>
        <translation>Naam en contactgegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="164" />
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="165" />
        <source>06 12345678, or +32 … for abroad</source>
        <translation>06 12345678, of +32 … voor buitenland</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="166" />
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="199" />
        <source>This entrepreneur was changed elsewhere while you were editing. When you save, you can compare both versions.</source>
        <translation>Deze ondernemer is elders gewijzigd terwijl u aan het bewerken was. Bij opslaan kunt u beide versies vergelijken.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="205" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="207" />
        <source>Save the changed fields (Enter)</source>
        <translation>De gewijzigde velden opslaan (Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="208" />
        <location filename="../../hubdesk/views/person_file.py" line="240" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="209" />
        <source>Close the form without saving</source>
        <translation>Het formulier sluiten zonder op te slaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="226" />
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="228" />
        <source>What was discussed, agreed or still to be done</source>
        <translation>Wat er besproken of afgesproken is, of nog moet gebeuren</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="229" />
        <source>Note text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="232" />
        <source>Only visible to me (private note)</source>
        <translation>Alleen zichtbaar voor mij (persoonlijke notitie)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="237" />
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="238" />
        <source>Save the note (Ctrl+Enter)</source>
        <translation>De notitie opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="253" />
        <source>Timeline (newest first)</source>
        <translation>Tijdlijn (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="260" />
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="328" />
        <source>No entrepreneur chosen</source>
        <translation>Geen ondernemer gekozen</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="347" />
        <source>Opening the file…</source>
        <translation>Het dossier wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="408" />
        <source>This file cannot be shown.</source>
        <translation>Dit dossier kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="456" />
        <source>(idea)</source>
        <translation>(idee)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="457" />
        <source>(being set up)</source>
        <translation>(in oprichting)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="466" />
        <source>registration (%1)</source>
        <translation>registratie (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="468" />
        <source>sharing with %1</source>
        <translation>delen met %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="468" />
        <source>a partner</source>
        <translation>een partner</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="470" />
        <source>monitoring</source>
        <translation>monitoring</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="472" />
        <source>newsletter</source>
        <translation>nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="474" />
        <source>story and photo</source>
        <translation>verhaal en foto</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="477" />
        <source>Consent: %1</source>
        <translation>Toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="478" />
        <source>No active consent for registration: ask for it and record it before anything else.</source>
        <translation>Geen geldige toestemming voor registratie: vraag die en leg die eerst vast.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="480" />
        <source>Other consent: %1</source>
        <translation>Andere toestemming: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="514" />
        <source>Visit registered.</source>
        <translation>Bezoek vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="549" />
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="625" />
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="647" />
        <source>Changes saved.</source>
        <translation>Wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="696" />
        <source>Nothing was saved; your input is still in the form.</source>
        <translation>Er is niets opgeslagen; uw invoer staat nog in het formulier.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="704" />
        <source>The other desk's values were kept.</source>
        <translation>De waarden van de andere balie zijn behouden.</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/person_file.py" line="745" />
        <source>Unsaved input: save it, or press Cancel to discard it.</source>
        <translation>Niet-opgeslagen invoer: sla die op, of kies Annuleren om die weg te gooien.</translation>
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
    <name>TimelineModel</name>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="87" />
        <source>Visit (%1)</source>
        <translation>Bezoek (%1)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="90" />
        <source>Needs: %1</source>
        <translation>Behoeften: %1</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="96" />
        <source>Private note (only you)</source>
        <translation>Persoonlijke notitie (alleen u)</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="96" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="112" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="112" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="112" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../hubdesk/views/timeline_model.py" line="112" />
        <source>Details</source>
        <translation>Details</translation>
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