"""Sentences for error codes, for the command line (the views use Qt's ``tr()``).

Dutch first, English second. A code without a sentence falls back to a generic
one that still names the code, so nothing is ever silent.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from hubdesk.models.errors import FieldIssue, UserFacingError, ValidationFailed

LANGUAGES = ("nl", "en")

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "given_name": ("Voornaam", "Given name"),
    "infix": ("Tussenvoegsel", "Name particle"),
    "family_name": ("Achternaam", "Family name"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefoon", "Phone"),
    "home_postcode": ("Postcode", "Postcode"),
    "business_postcode": ("Postcode bedrijf", "Business postcode"),
    "birth_year": ("Geboortejaar", "Year of birth"),
    "kvk_number": ("KVK-nummer", "KVK number"),
    "vestigingsnummer": ("Vestigingsnummer", "Branch number"),
    "sbi_code": ("SBI-code", "SBI code"),
    "trade_name": ("Handelsnaam", "Trade name"),
    "consents": ("Toestemming", "Consent"),
    "text": ("Tekst", "Text"),
    "full_name": ("Naam", "Name"),
    "wijk": ("Wijk", "Neighbourhood"),
    "preferred_language": ("Taal", "Language"),
    "legal_form": ("Rechtsvorm", "Legal form"),
    "stage": ("Fase", "Stage"),
    "activity": ("Activiteit", "Activity"),
    "mission": ("Missie", "Mission"),
    "business_house_number": ("Huisnummer bedrijf", "Business house number"),
    "founded_on": ("Oprichtingsdatum", "Founded on"),
    "employees_total": ("Aantal medewerkers", "Number of employees"),
    "pso_level": ("PSO-trede", "PSO level"),
    "awarded_on": ("Toegekend op", "Awarded on"),
    "valid_until": ("Geldig tot", "Valid until"),
    "buyer": ("Opdrachtgever", "Buyer"),
    "route": ("Route", "Route"),
    "value_band": ("Waarde", "Value"),
    "matched_on": ("Datum", "Date"),
    "target_group": ("Doelgroep", "Target group"),
    "places_offered": ("Plaatsen aangeboden", "Places offered"),
    "places_filled": ("Plaatsen bezet", "Places filled"),
    "period_start": ("Begin", "Start"),
    "period_end": ("Einde", "End"),
    "held_on": ("Datum", "Date"),
    "guests": ("Gasten", "Guests"),
    "kind": ("Soort", "Kind"),
    "name": ("Naam", "Name"),
    "stadsdeel": ("Stadsdeel", "Stadsdeel"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("is verplicht", "is required"),
    "too_long": ("is te lang (hoogstens {max_length} tekens)", "is too long (at most {max_length} characters)"),
    "choice.invalid": ("heeft een waarde die niet bestaat", "has a value that does not exist"),
    "field.not_allowed": (
        "wordt niet opgeslagen (dit gegeven mag hubdesk niet bewaren)",
        "is not stored (hubdesk may not keep this data)",
    ),
    "number.invalid": ("moet een getal zijn", "must be a number"),
    "number.range": ("valt buiten het toegestane bereik", "is outside the allowed range"),
    "date.invalid": ("is geen geldige datum", "is not a valid date"),
    "reference.invalid": ("verwijst naar iets dat niet bestaat", "refers to something that does not exist"),
    "kvk.format": (
        "moet uit precies 8 cijfers bestaan (je typte '{value}')",
        "must be exactly 8 digits (you typed '{value}')",
    ),
    "vestigingsnummer.format": ("moet uit precies 12 cijfers bestaan", "must be exactly 12 digits"),
    "vestigingsnummer.needs_kvk": ("kan alleen samen met een KVK-nummer", "needs a KVK number too"),
    "sbi.format": ("moet 4 of 5 cijfers hebben", "must have 4 or 5 digits"),
    "postcode.format": (
        "moet de vorm 1234 AB hebben (je typte '{value}')",
        "must look like 1234 AB (you typed '{value}')",
    ),
    "postcode.reserved": (
        "bestaat niet: postcodes met {letters} worden niet uitgegeven",
        "does not exist: postcodes with {letters} are never issued",
    ),
    "phone.invalid": (
        "is geen geldig telefoonnummer (je typte '{value}'); buitenlandse nummers met landcode, bv. +32",
        "is not a valid phone number (you typed '{value}'); foreign numbers with country code, e.g. +32",
    ),
    "email.invalid": (
        "is geen geldig e-mailadres (je typte '{value}')",
        "is not a valid e-mail address (you typed '{value}')",
    ),
    "birth_year.range": ("moet tussen {min} en {max} liggen", "must be between {min} and {max}"),
    "employees.target_exceeds_total": (
        "meer medewerkers uit de doelgroep dan in totaal",
        "more target-group employees than employees in total",
    ),
    "consent.registration_required": (
        "Leg eerst de toestemming voor registratie vast.",
        "Record the consent for registration first.",
    ),
    "consent.partner_required": (
        "noem de partner met wie gegevens gedeeld mogen worden",
        "name the partner the data may be shared with",
    ),
    "validation.failed": ("De invoer is niet in orde:", "The input is not right:"),
    "record.not_found": ("Dit gegeven bestaat niet (meer).", "This record does not exist (any more)."),
    "record.stale": (
        "Iemand anders heeft dit intussen gewijzigd; bekijk beide versies.",
        "Someone else changed this meanwhile; compare both versions.",
    ),
    "intake.duplicates": (
        "Deze persoon staat mogelijk al ingeschreven ({count} kandidaten).",
        "This person may already be registered ({count} candidates).",
    ),
    "store.missing": ("Database niet gevonden: {path}", "Database not found: {path}"),
    "store.not_database": (
        "{path} is geen hubdesk-database (of het bestand is beschadigd, of versleuteld zonder zijn "
        "sleutelbestand: zie 'hubdesk recover').",
        "{path} is not a hubdesk database (or the file is damaged, or encrypted without its key file: "
        "see 'hubdesk recover').",
    ),
    "store.not_hubdesk": (
        "{path} is een database van een ander programma, niet van hubdesk.",
        "{path} is a database of another program, not of hubdesk.",
    ),
    "store.corrupt": (
        "De database {path} is beschadigd. Zet een back-up terug.",
        "The database {path} is damaged. Restore a backup.",
    ),
    "store.newer": (
        "Deze database is gemaakt door een nieuwere versie van hubdesk (schema {revision}). "
        "Installeer de nieuwste hubdesk; er is niets gewijzigd.",
        "This database was written by a newer version of hubdesk (schema {revision}). "
        "Install the latest hubdesk; nothing was changed.",
    ),
    "store.network_share": (
        "De database {path} staat op een netwerkschijf. Dat gaat mis: "
        "zet de database op deze computer (de uitwisselmap mag wel op het netwerk).",
        "The database {path} is on a network share, which breaks it: keep the database "
        "on this computer (the exchange folder may be on the network).",
    ),
    "store.migration_failed": (
        "Het bijwerken van de database {path} is mislukt; er is niets gewijzigd.",
        "Upgrading the database {path} failed; nothing was changed.",
    ),
    "store.disk_full": (
        "De schijf is vol; er is niets opgeslagen. Maak ruimte en probeer opnieuw.",
        "The disk is full; nothing was saved. Free some space and try again.",
    ),
    "store.locked": (
        "De database is bezet door een ander programma. Probeer het zo opnieuw.",
        "The database is in use by another program. Try again in a moment.",
    ),
    "store.read_only": (
        "De database kan niet worden beschreven (alleen-lezen): {path}",
        "The database cannot be written (read-only): {path}",
    ),
    "store.cannot_open": ("De database kan niet worden geopend: {path}", "The database cannot be opened: {path}"),
    "store.failed": ("De database gaf een fout: {reason}", "The database reported an error: {reason}"),
    # Encrypted databases (services/encryption.py, docs/encryption.md)
    "store.encrypted": (
        "De database {path} is versleuteld. Log in om hem te openen; op de opdrachtregel: zet HUBDESK_DB_KEY, "
        "of HUBDESK_USER en HUBDESK_PASSWORD, of start in een terminal om ze te typen.",
        "The database {path} is encrypted. Log in to open it; on the command line: set HUBDESK_DB_KEY, "
        "or HUBDESK_USER and HUBDESK_PASSWORD, or run in a terminal to type them.",
    ),
    "store.wrong_key": (
        "De sleutel past niet op de versleutelde database {path}.",
        "The key does not open the encrypted database {path}.",
    ),
    "store.not_encrypted": (
        "De database {path} is niet versleuteld; open hem zonder sleutel.",
        "The database {path} is not encrypted; open it without a key.",
    ),
    "store.no_sqlcipher": (
        "Versleutelde databases worden op deze computer niet ondersteund (SQLCipher ontbreekt): {path}",
        "Encrypted databases are not supported on this computer (SQLCipher is missing): {path}",
    ),
    "encryption.not_encrypted": (
        "De database {path} is niet versleuteld (er is geen sleutelbestand naast).",
        "The database {path} is not encrypted (there is no key file beside it).",
    ),
    "encryption.already_encrypted": (
        "De database {path} is al versleuteld.",
        "The database {path} is encrypted already.",
    ),
    "encryption.key_file_damaged": (
        "Het sleutelbestand {path} is beschadigd. Zet een kopie terug, of gebruik de herstelsleutel.",
        "The key file {path} is damaged. Put back a copy, or use the recovery key.",
    ),
    "encryption.key_file_newer": (
        "Het sleutelbestand {path} is van een nieuwere hubdesk. Werk hubdesk bij.",
        "The key file {path} is from a newer hubdesk. Update hubdesk.",
    ),
    "encryption.password_required": ("Geef een wachtwoord.", "Give a password."),
    "encryption.recovery_failed": (
        "Deze herstelsleutel past niet. Controleer de tekens (13 groepen van 4).",
        "This recovery key does not fit. Check the characters (13 groups of 4).",
    ),
    "encryption.wrong_key": (
        "Deze sleutel hoort niet bij de database {path}.",
        "This key does not belong to the database {path}.",
    ),
    "encryption.bad_key": (
        "HUBDESK_DB_KEY moet de databasesleutel zijn (64 hexadecimale tekens) of de herstelsleutel.",
        "HUBDESK_DB_KEY must be the database key (64 hexadecimal characters) or the recovery key.",
    ),
    "encryption.last_slot": (
        "{username} is de laatste medewerker die de database kan openen; die toegang blijft.",
        "{username} is the last worker who can open the database; that access stays.",
    ),
    "encryption.key_needed": (
        "De database {path} is versleuteld: zet HUBDESK_DB_KEY (de sleutel), of HUBDESK_USER en "
        "HUBDESK_PASSWORD, of start in een terminal om ze te typen.",
        "The database {path} is encrypted: set HUBDESK_DB_KEY (the key), or HUBDESK_USER and "
        "HUBDESK_PASSWORD, or run in a terminal to type them.",
    ),
    "encryption.credentials_needed": (
        "Zet HUBDESK_USER en HUBDESK_PASSWORD (een beheerder van deze installatie), of start in een terminal "
        "om ze te typen.",
        "Set HUBDESK_USER and HUBDESK_PASSWORD (an admin of this installation), or run in a terminal to type them.",
    ),
    "encryption.recovery_needed": (
        "Zet HUBDESK_DB_KEY op de herstelsleutel, of start in een terminal om hem te typen.",
        "Set HUBDESK_DB_KEY to the recovery key, or run in a terminal to type it.",
    ),
    "encryption.not_plain": (
        "{path} is geen gewone hubdesk-database en kan niet worden versleuteld.",
        "{path} is not a plain hubdesk database and cannot be encrypted.",
    ),
    "encryption.verify_failed": (
        "De versleutelde kopie van {path} klopt niet ({detail}); de database is niet gewijzigd.",
        "The encrypted copy of {path} is not right ({detail}); the database was not changed.",
    ),
    "store.backup_exists": (
        "{path} bestaat al; kies een nieuwe bestandsnaam.",
        "{path} already exists; choose a new file name.",
    ),
    "store.backup_failed": (
        "De back-up naar {path} is mislukt; er is niets overschreven.",
        "The backup to {path} failed; nothing was overwritten.",
    ),
    "setup.needed": (
        "Deze installatie is nog niet ingericht: gebruik 'hubdesk init' of 'hubdesk demo'.",
        "This installation is not set up yet: use 'hubdesk init' or 'hubdesk demo'.",
    ),
    "setup.already_done": ("Deze installatie is al ingericht.", "This installation is already set up."),
    "hub.unknown": ("Onbekende hub: {name}", "Unknown hub: {name}"),
    "worker.unknown": ("Onbekende medewerker: {username}", "Unknown worker: {username}"),
    "login.failed": (
        "De gebruikersnaam of het wachtwoord klopt niet.",
        "The user name or the password is not right.",
    ),
    "login.wait": (
        "Te vaak een verkeerd wachtwoord. Wacht {seconds} seconden en probeer het opnieuw.",
        "Too many wrong passwords. Wait {seconds} seconds and try again.",
    ),
    "login.locked": (
        "Dit account is geblokkeerd na te veel verkeerde wachtwoorden. Probeer het over {minutes} minuten "
        "opnieuw, of vraag een beheerder om een nieuw wachtwoord.",
        "This account is locked after too many wrong passwords. Try again in {minutes} minutes, "
        "or ask an admin for a new password.",
    ),
    "login.password_needed": (
        "Geef het wachtwoord met --password-env VARIABELE, of start in een terminal om het te typen.",
        "Give the password with --password-env VARIABLE, or run in a terminal to type it.",
    ),
    "login.password_env_missing": (
        "De omgevingsvariabele {name} is niet gezet.",
        "The environment variable {name} is not set.",
    ),
    "password.too_short": (
        "Het wachtwoord moet minstens {min} tekens lang zijn. Een zin van een paar woorden mag ook.",
        "The password must be at least {min} characters long. A phrase of a few words is fine too.",
    ),
    "password.too_long": (
        "Het wachtwoord is te lang (hoogstens {max} tekens).",
        "The password is too long (at most {max} characters).",
    ),
    "password.too_simple": (
        "Dit wachtwoord is te makkelijk te raden. Kies bijvoorbeeld een zin van een paar woorden.",
        "This password is too easy to guess. Choose, for example, a phrase of a few words.",
    ),
    "password.contains_username": (
        "Het wachtwoord mag de gebruikersnaam niet bevatten.",
        "The password may not contain the user name.",
    ),
    "password.mismatch": (
        "De twee wachtwoorden zijn niet gelijk.",
        "The two passwords are not the same.",
    ),
    "password.old_wrong": ("Het huidige wachtwoord klopt niet.", "The current password is not right."),
    "worker.admin_only": (
        "Alleen een beheerder kan medewerkers toevoegen of wijzigen.",
        "Only an admin can add or change workers.",
    ),
    "role.not_allowed": (
        "Dit mag je met jouw rol niet doen.",
        "Your role does not allow this.",
    ),
    "dashboard.not_allowed": (
        "De cijfers van het programma zijn voor coördinatoren en beheerders.",
        "The programme's figures are for coordinators and admins.",
    ),
    "report.quarter_invalid": (
        "Geef een kwartaal als jaar en kwartaal, bijvoorbeeld 2026-Q3 (je typte '{value}').",
        "Give a quarter as year and quarter, for example 2026-Q3 (you typed '{value}').",
    ),
    "monitor.bad_quarter": (
        "Geef een kwartaal als jaar en kwartaal, bijvoorbeeld 2026-Q3 (je typte '{quarter}').",
        "Give a quarter as year and quarter, for example 2026-Q3 (you typed '{quarter}').",
    ),
    "monitor.write_failed": (
        "De monitoringexport kon niet worden geschreven in {path}: {reason}",
        "The monitoring export could not be written to {path}: {reason}",
    ),
    "worker.name_required": ("Vul de naam van de medewerker in.", "Fill in the worker's name."),
    "worker.username_invalid": (
        "Een gebruikersnaam heeft 2 tot 60 kleine letters, cijfers, punten, - of _ (je typte '{value}').",
        "A user name has 2 to 60 lower-case letters, digits, dots, - or _ (you typed '{value}').",
    ),
    "worker.username_taken": (
        "De gebruikersnaam '{value}' is al in gebruik.",
        "The user name '{value}' is already in use.",
    ),
    "worker.not_found": ("Deze medewerker bestaat niet (meer).", "This worker does not exist (any more)."),
    "worker.last_admin": (
        "De hub moet minstens één actieve beheerder houden.",
        "The hub must keep at least one active admin.",
    ),
    "demo.not_empty": (
        "Deze database bevat al ondernemers; voorbeeldgegevens gaan alleen in een lege database.",
        "This database already holds entrepreneurs; demo data only goes into an empty database.",
    ),
    "demo.count": ("Het aantal ondernemers moet 0 of meer zijn.", "The number of entrepreneurs must be 0 or more."),
    "route.negative_offset": (
        "Een stap kan niet vóór de start van het traject vallen ({days} dagen).",
        "A step cannot fall before the start of the trajectory ({days} days).",
    ),
    "trajectory.close_reason_required": (
        "Kies een reden om het traject af te sluiten.",
        "Choose a reason to close the trajectory.",
    ),
    "step.minutes_negative": ("De bestede tijd kan niet negatief zijn.", "The time spent cannot be negative."),
    "step.type_unknown": ("Onbekend soort stap: {type}", "Unknown kind of step: {type}"),
    "catalog.coordinator_only": (
        "Alleen een coördinator kan routes en soorten stappen wijzigen.",
        "Only a coordinator can change routes and kinds of steps.",
    ),
    "catalog.name_required": (
        "Vul een Nederlandse én een Engelse naam in.",
        "Fill in both a Dutch and an English name.",
    ),
    "catalog.name_too_long": (
        "De naam is te lang (hoogstens {max_length} tekens).",
        "The name is too long (at most {max_length} characters).",
    ),
    "catalog.code_invalid": (
        "Een code bestaat uit kleine letters, cijfers en _ en begint met een letter (je typte '{value}').",
        "A code has lower-case letters, digits and _ and starts with a letter (you typed '{value}').",
    ),
    "catalog.code_taken": ("De code '{value}' bestaat al.", "The code '{value}' already exists."),
    "catalog.step_type_in_use": (
        "Dit soort stap staat nog in {count} actieve route(s). Haal het daar eerst uit.",
        "This kind of step is still in {count} active route(s). Take it out of them first.",
    ),
    "letter.template_unknown": (
        "Het briefsjabloon {name} bestaat niet.",
        "The letter template {name} does not exist.",
    ),
    "letter.template_invalid": (
        "Het briefsjabloon {name} is niet in orde ({key}).",
        "The letter template {name} is not right ({key}).",
    ),
    "file.folder_missing": ("De map {path} bestaat niet (meer).", "The folder {path} does not exist (any more)."),
    "file.disk_full": (
        "De schijf is vol: {path} is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.",
        "The disk is full: {path} was not saved. Free some space and try again.",
    ),
    "file.not_allowed": (
        "Je mag hier niet opslaan: {path}. Kies een andere map.",
        "You may not save here: {path}. Choose another folder.",
    ),
    "file.write_failed": ("{path} kon niet worden opgeslagen: {reason}", "{path} could not be saved: {reason}"),
    "impact.pso_level_required": ("kies de PSO-trede", "choose the PSO level"),
    "impact.pso_level_only_pso": (
        "hoort alleen bij een PSO-certificaat",
        "belongs to a PSO certificate only",
    ),
    "impact.valid_before_awarded": (
        "ligt vóór de datum van toekenning",
        "is before the date it was awarded",
    ),
    "impact.filled_exceeds_offered": (
        "kan niet groter zijn dan het aantal aangeboden plaatsen",
        "cannot be more than the places offered",
    ),
    "impact.end_before_start": ("ligt vóór het begin van de periode", "is before the start of the period"),
    "event.already_attending": ("{name} staat al op de lijst van aanwezigen.", "{name} is already on the list."),
    "event.enterprise_not_theirs": (
        "Deze onderneming hoort niet bij deze ondernemer.",
        "This enterprise does not belong to this entrepreneur.",
    ),
    "partner.coordinator_only": (
        "Alleen een coördinator kan partners toevoegen of wijzigen.",
        "Only a coordinator can add or change partners.",
    ),
    "audit.coordinator_only": (
        "Alleen een coördinator of beheerder kan het logboek inzien.",
        "Only a coordinator or an admin can read the audit log.",
    ),
    "audit.intact": ("logboek in orde: {entries} regels", "audit log intact: {entries} entries"),
    "audit.broken": (
        "Het logboek is aangetast: regel {seq} ({at}) klopt niet met de regels ervoor. "
        "Er is een regel gewijzigd, verwijderd of tussengevoegd.",
        "The audit log has been tampered with: entry {seq} ({at}) does not fit the entries before it. "
        "An entry was changed, removed or inserted.",
    ),
    "access_export.coordinator_only": (
        "Alleen een coördinator of beheerder kan alle gegevens van iemand exporteren.",
        "Only a coordinator or an admin can export all of someone's data.",
    ),
    "erasure.coordinator_only": (
        "Alleen een coördinator of beheerder kan iemand wissen.",
        "Only a coordinator or an admin can erase someone.",
    ),
    "partner.code_taken": ("Er is al een partner met de code '{value}'.", "A partner with code '{value}' exists."),
    "referral.already_sent": (
        "Verwijzing {reference} is al verstuurd; de brief die de partner heeft, blijft zoals hij is.",
        "Referral {reference} has been sent; the letter the partner has stays as it is.",
    ),
    "referral.letter_not_here": (
        "De brief van verwijzing {reference} is op een andere balie gemaakt en staat niet op deze computer.",
        "The letter of referral {reference} was made at another desk and is not on this computer.",
    ),
    "referral.fields_missing": (
        "{partner} heeft deze gegevens nodig: {fields}. Vul ze in voordat je de brief maakt.",
        "{partner} needs these details: {fields}. Fill them in before making the letter.",
    ),
    "referral.letter_first": (
        "Maak eerst de brief van verwijzing {reference}, dan kun je hem versturen.",
        "Make the letter of referral {reference} first, then it can be sent.",
    ),
    "referral.status_invalid": ("Deze stap kan niet bij een verwijzing: {status}.", "Not a referral step: {status}."),
    "referral.not_open": (
        "Verwijzing {reference} is nog niet verstuurd of al afgesloten.",
        "Referral {reference} has not been sent yet or is already closed.",
    ),
    "referral.consent_missing": (
        "Er is geen toestemming om gegevens met {partner} te delen. Vraag de ondernemer eerst om toestemming.",
        "There is no consent to share details with {partner}. Ask the entrepreneur for consent first.",
    ),
    "referral.consent_withdrawn": (
        "De ondernemer heeft de toestemming om gegevens met {partner} te delen ingetrokken. Er kan geen brief meer "
        "worden gemaakt of afgedrukt.",
        "The entrepreneur withdrew consent to share details with {partner}. No letter can be made or printed.",
    ),
    "referral.consent_other": (
        "De toestemming geldt niet voor {partner} of niet voor alle gegevens in de brief. Vraag opnieuw toestemming.",
        "The consent does not cover {partner} or not all details in the letter. Ask for consent again.",
    ),
    "referral.field_not_needed": (
        "{partner} heeft deze gegevens niet nodig, dus ze gaan niet mee: {fields}.",
        "{partner} does not need these details, so they are not sent: {fields}.",
    ),
    "referral.none_sent": (
        "Op {day} is geen verwijzing met een brief verstuurd.",
        "No referral with a letter was sent on {day}.",
    ),
    "consent.purpose_required": (
        "Kies waarvoor de toestemming geldt.",
        "Choose what the consent is for.",
    ),
    "consent.purpose_unknown": ("Onbekend doel van toestemming: {purpose}.", "Unknown consent purpose: {purpose}."),
    "consent.partner_missing": (
        "Kies de partner met wie gegevens gedeeld mogen worden.",
        "Choose the partner the details may be shared with.",
    ),
    "consent.partner_not_allowed": (
        "Alleen toestemming om te delen noemt een partner.",
        "Only consent to share names a partner.",
    ),
    "consent.method_unknown": ("Onbekende manier van toestemming: {method}.", "Unknown way of consent: {method}."),
    "consent.no_text": (
        "Er is geen toestemmingstekst voor {purpose}; noem de versie van de tekst die is voorgelezen.",
        "There is no consent text for {purpose}; give the version of the text that was read out.",
    ),
    "consent.version_invalid": (
        "De versie van de toestemmingstekst is te lang (hoogstens 40 tekens).",
        "The consent text's version is too long (at most 40 characters).",
    ),
    "consent.worker_required": (
        "Alleen een actieve medewerker van de hub kan toestemming vastleggen of intrekken.",
        "Only an active worker of the hub can record or withdraw consent.",
    ),
    "consent.not_active": (
        "Er is geen geldige toestemming om in te trekken.",
        "There is no active consent to withdraw.",
    ),
    "retention.coordinator_only": (
        "Alleen coördinatoren en beheerders zien de bewaartermijnen en verwijderen gegevens.",
        "Only coordinators and admins see the retention terms and delete records.",
    ),
    "retention.term_invalid": (
        "De bewaartermijn moet een heel aantal maanden zijn (je gaf '{value}').",
        "The retention term must be a whole number of months (you gave '{value}').",
    ),
    "retention.term_range": (
        "De bewaartermijn moet tussen {min} en {max} maanden liggen (je gaf {value}).",
        "The retention term must be between {min} and {max} months (you gave {value}).",
    ),
    "retention.none_due": (
        "Er zijn geen gegevens waarvan de bewaartermijn verstreken is.",
        "No records are past their retention term.",
    ),
    "retention.deleted": (
        "{count} personen verwijderd ({records} gegevens); de verwijdering gaat bij de volgende synchronisatie "
        "naar de andere balies.",
        "{count} persons deleted ({records} records); the deletion reaches the other desks with the next sync.",
    ),
    "retention.skipped": (
        "{count} personen niet verwijderd: niet meer aan de beurt.",
        "{count} persons not deleted: no longer due.",
    ),
    "backup.not_sqlite": (
        "Back-ups maken en terugzetten kan alleen bij een database op deze computer.",
        "Backups and restoring only work with a database on this computer.",
    ),
    "backup.missing": ("De back-up {path} bestaat niet (meer).", "The backup {path} does not exist (any more)."),
    "backup.damaged": (
        "De back-up {path} is beschadigd; er is niets teruggezet.",
        "The backup {path} is damaged; nothing was restored.",
    ),
    "backup.not_hubdesk": (
        "{path} is geen back-up van hubdesk; er is niets teruggezet.",
        "{path} is not a hubdesk backup; nothing was restored.",
    ),
    "backup.newer": (
        "De back-up {path} is gemaakt door een nieuwere versie van hubdesk (schema {revision}). "
        "Installeer eerst de nieuwste hubdesk; er is niets teruggezet.",
        "The backup {path} was made by a newer version of hubdesk (schema {revision}). "
        "Install the latest hubdesk first; nothing was restored.",
    ),
    "backup.restore_failed": (
        "Het terugzetten naar {path} is mislukt ({reason}); de database is niet veranderd.",
        "Restoring to {path} failed ({reason}); the database was not changed.",
    ),
    "import.file_missing": ("Het bestand {path} bestaat niet.", "The file {path} does not exist."),
    "import.unreadable": (
        "Het bestand {path} kan niet worden gelezen: {reason}",
        "The file {path} cannot be read: {reason}",
    ),
    "import.old_excel": (
        "{path} is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en probeer het opnieuw.",
        "{path} is an old Excel file (.xls). Save it in Excel as .xlsx or as CSV and try again.",
    ),
    "import.not_spreadsheet": (
        "{path} is geen CSV- of Excel-bestand (.xlsx).",
        "{path} is not a CSV or Excel (.xlsx) file.",
    ),
    "import.damaged": (
        "{path} is beschadigd of niet helemaal opgeslagen en kan niet worden gelezen.",
        "{path} is damaged or was not saved completely, and cannot be read.",
    ),
    "import.empty": ("{path} bevat geen gegevens.", "{path} contains no data."),
    "import.consent_required": (
        "Ingelezen ondernemers hebben toestemming voor registratie nodig. Bevestig dat iedereen op de lijst "
        "daarmee heeft ingestemd, en hoe; er is niets ingelezen.",
        "Imported entrepreneurs need consent for registration. Confirm that everyone on the list agreed to it, "
        "and how; nothing was imported.",
    ),
    "import.cancelled": (
        "Het inlezen is afgebroken; er is niets opgeslagen.",
        "The import was cancelled; nothing was saved.",
    ),
    "import.truncated": (
        "Het bestand lijkt afgebroken bij rij {row} (een regel of een aanhalingsteken is niet af). Er wordt niets "
        "ingelezen: sla het bestand opnieuw op vanuit het programma waarin het is gemaakt.",
        "The file seems cut off at row {row} (a line or a quotation mark is unfinished). Nothing is imported: "
        "save the file again from the program it was made in.",
    ),
    "import.mapping_needs_name": (
        "Koppel een kolom aan de achternaam of aan de volledige naam; zonder naam kan niemand worden ingelezen.",
        "Link a column to the family name or to the full name; without a name nobody can be imported.",
    ),
    "import.mapping_twice": (
        "is aan meer dan één kolom gekoppeld; kies het bij één kolom",
        "is linked to more than one column; choose it for one column only",
    ),
    "import.mapping_syntax": (
        "Schrijf een koppeling als kolom=gegeven, bijvoorbeeld \"Naam bedrijf=bedrijfsnaam\" (je schreef '{value}').",
        "Write a link as column=field, for example \"Company=trade_name\" (you wrote '{value}').",
    ),
    "import.mapping_column": ("Het bestand heeft geen kolom '{column}'.", "The file has no column '{column}'."),
    "import.mapping_field": (
        "Onbekend gegeven '{field}'; gebruik bijvoorbeeld voornaam, achternaam, e-mail, telefoon, postcode, "
        "bedrijfsnaam, kvk, rechtsvorm of fase.",
        "Unknown field '{field}'; use for example given_name, family_name, email, phone, home_postcode, "
        "trade_name, kvk_number, legal_form or stage.",
    ),
    "import.encoding": (
        "Het bestand is niet als UTF-8 opgeslagen en is gelezen als {encoding}. Kijk na of letters als ë, é en ç "
        "goed staan.",
        "The file was not saved as UTF-8 and was read as {encoding}. Check that letters such as ë, é and ç are right.",
    ),
    "import.header_row": (
        "De kopregel staat op rij {row}; de rijen erboven zijn overgeslagen.",
        "The header is on row {row}; the rows above it were skipped.",
    ),
    "import.other_sheets": (
        "Alleen het eerste werkblad ({sheet}) is gelezen; het bestand heeft er {count}.",
        "Only the first sheet ({sheet}) was read; the file has {count}.",
    ),
    "import.merged_cells": (
        "Het bestand heeft samengevoegde cellen ({cells}). Alleen de eerste cel heeft de waarde; rijen die de "
        "waarde nodig hebben worden niet ingelezen. Maak het samenvoegen ongedaan en vul de cellen in.",
        "The file has merged cells ({cells}). Only the first cell holds the value; rows that need it are not "
        "imported. Unmerge the cells and fill them in.",
    ),
    "import.formulas_without_values": (
        "Formules zonder opgeslagen uitkomst ({cells}): open het bestand in Excel, sla het op en probeer het opnieuw.",
        "Formulas without a saved result ({cells}): open the file in Excel, save it and try again.",
    ),
    "import.row_too_long": (
        "de regel heeft {found} cellen, meer dan de {expected} kolommen van de kopregel",
        "the line has {found} cells, more than the {expected} columns of the header",
    ),
    "import.row_cut_off": (
        "de regel is afgebroken ({found} van de {expected} kolommen)",
        "the line is cut off ({found} of the {expected} columns)",
    ),
    "import.merged_cell": (
        "de cel is samengevoegd met {cell}; de waarde staat alleen daar",
        "the cell is merged with {cell}; the value is only there",
    ),
    "import.formula_without_value": (
        "de formule in {cell} heeft geen opgeslagen uitkomst",
        "the formula in {cell} has no saved result",
    ),
    "import.cell_error": ("cel {cell} bevat een foutwaarde ({value})", "cell {cell} holds an error value ({value})"),
    "import.mojibake": (
        "'{value}' is met de verkeerde tekencodering opgeslagen; sla het bestand op als 'CSV UTF-8'",
        "'{value}' was saved with the wrong character encoding; save the file as 'CSV UTF-8'",
    ),
    "import.date_not_expected": (
        "bevat een datum ({value}), maar hier hoort geen datum; kijk na of de kolommen goed gekoppeld zijn",
        "holds a date ({value}), but no date belongs here; check that the columns are linked correctly",
    ),
    "import.language_unknown": (
        "'{value}' is geen taal die hubdesk kent (Nederlands of Engels)",
        "'{value}' is not a language hubdesk knows (Dutch or English)",
    ),
    "import.legal_form_unknown": (
        "'{value}' is geen rechtsvorm die hubdesk kent (bijv. eenmanszaak, vof, bv, stichting, coöperatie)",
        "'{value}' is not a legal form hubdesk knows (e.g. eenmanszaak, vof, bv, stichting, coöperatie)",
    ),
    "import.stage_unknown": (
        "'{value}' is geen fase die hubdesk kent (idee, startend, gevestigd, groeiend, stoppend)",
        "'{value}' is not a stage hubdesk knows (idea, starting, running, scaling, stopping)",
    ),
    "import.duplicate_email": (
        "staat al ingeschreven: hetzelfde e-mailadres als {name}",
        "already registered: the same e-mail address as {name}",
    ),
    "import.duplicate_phone": (
        "staat al ingeschreven: hetzelfde telefoonnummer als {name}",
        "already registered: the same phone number as {name}",
    ),
    "import.duplicate_kvk": (
        "staat al ingeschreven: hetzelfde KVK-nummer als {name}",
        "already registered: the same KVK number as {name}",
    ),
    "import.duplicate_name": (
        "staat mogelijk al ingeschreven: lijkt op {name} in hetzelfde stadsdeel",
        "may be registered already: looks like {name} in the same stadsdeel",
    ),
    "import.duplicate_in_file": (
        "dezelfde persoon als rij {row} van dit bestand",
        "the same person as row {row} of this file",
    ),
    "import.row": ("Rij {row}: {text}", "Row {row}: {text}"),
    "import.summary_dry_run": (
        "Proef: {new} nieuw, {duplicates} dubbel (overgeslagen), {invalid} met fouten (overgeslagen). "
        "Er is niets opgeslagen.",
        "Dry run: {new} new, {duplicates} duplicates (skipped), {invalid} with errors (skipped). Nothing was saved.",
    ),
    "import.summary_applied": (
        "Ingelezen: {new} nieuw, {duplicates} dubbel (overgeslagen), {invalid} met fouten (overgeslagen).",
        "Imported: {new} new, {duplicates} duplicates (skipped), {invalid} with errors (skipped).",
    ),
    "import.backup_taken": ("Eerst is een back-up gemaakt: {path}", "A backup was taken first: {path}"),
    "import.blocked": (
        "Er is niets ingelezen; los eerst de punten hierboven op.",
        "Nothing was imported; resolve the points above first.",
    ),
    "check.integrity": ("De database is beschadigd: {detail}", "The database is damaged: {detail}"),
    "check.foreign_keys": ("{detail} verwijzingen wijzen naar niets.", "{detail} references point to nothing."),
    "check.search_index": ("De zoekindex klopt niet: {detail}", "The search index is wrong: {detail}"),
    "check.audit_chain": (
        "Het auditlog is gewijzigd vanaf regel {detail}.",
        "The audit log was altered from entry {detail}.",
    ),
    "sync.sandbox": (
        "Dit is een oefendatabase met voorbeeldgegevens; die wisselt nooit gegevens uit met echte balies.",
        "This is a practice database with demo data; it never exchanges data with real desks.",
    ),
    "sync.not_set_up": (
        "Deze installatie is nog geen knooppunt van het programma: gebruik eerst 'hubdesk node init'.",
        "This installation is not a node of the programme yet: use 'hubdesk node init' first.",
    ),
    "sync.key_missing": (
        "De programmasleutel ontbreekt op deze computer ({path}); voer 'hubdesk node init' opnieuw uit met het "
        "sleutelbestand.",
        "The programme key is missing on this computer ({path}); run 'hubdesk node init' again with the key file.",
    ),
    "sync.key_invalid": (
        "{path} is geen geldige programmasleutel (32 bytes, als base64 of hex).",
        "{path} is not a valid programme key (32 bytes, as base64 or hex).",
    ),
    "sync.key_file_missing": ("Sleutelbestand niet gevonden: {path}", "Key file not found: {path}"),
    "sync.key_unreadable": (
        "Het sleutelbestand {path} kan niet worden gelezen of geschreven: {reason}",
        "The key file {path} cannot be read or written: {reason}",
    ),
    "sync.key_exists": (
        "{path} bestaat al; kies een nieuwe bestandsnaam voor de sleutel.",
        "{path} already exists; choose a new file name for the key.",
    ),
    "sync.exchange_missing": (
        "De uitwisselmap {path} is niet bereikbaar (bestaat niet of is niet aangesloten). Er is niets "
        "uitgewisseld; je kunt gewoon doorwerken.",
        "The exchange folder {path} cannot be reached (missing or not connected). Nothing was exchanged; "
        "you can keep working.",
    ),
    "sync.exchange_read_only": (
        "In de uitwisselmap {path} mag niet worden geschreven; de wijzigingen van deze balie gaan later mee.",
        "The exchange folder {path} cannot be written to; this desk's changes go along later.",
    ),
    "sync.exchange_full": (
        "De uitwisselmap {path} is vol; de wijzigingen van deze balie gaan later mee.",
        "The exchange folder {path} is full; this desk's changes go along later.",
    ),
    "sync.exchange_unreachable": (
        "De uitwisselmap {path} gaf een fout ({reason}); er wordt later opnieuw uitgewisseld.",
        "The exchange folder {path} reported an error ({reason}); the exchange is tried again later.",
    ),
    "sync.identity_clash": (
        "In de map van deze balie staat een pakket dat deze database niet kent: {path}. Is de database "
        "teruggezet of gekopieerd naar een andere balie? Er is niets verstuurd.",
        "This desk's folder holds a package this database does not know: {path}. Was the database restored "
        "or copied to another desk? Nothing was sent.",
    ),
    "sync.package_not_package": (
        "{path} is geen wijzigingspakket van hubdesk; het is overgeslagen.",
        "{path} is not a hubdesk change package; it was skipped.",
    ),
    "sync.package_newer_format": (
        "{path} is gemaakt door een nieuwere hubdesk (pakketformaat {format}); installeer de nieuwste versie. "
        "Er is niets gewijzigd.",
        "{path} was made by a newer hubdesk (package format {format}); install the latest version. "
        "Nothing was changed.",
    ),
    "sync.package_other_programme": (
        "{path} hoort bij een ander programma (andere sleutel); het is geweigerd en er is niets gewijzigd.",
        "{path} belongs to another programme (another key); it was refused and nothing was changed.",
    ),
    "sync.package_unauthentic": (
        "{path} is beschadigd, gewijzigd of met een andere sleutel versleuteld; het is geweigerd en er is niets "
        "gewijzigd.",
        "{path} is damaged, altered or encrypted with another key; it was refused and nothing was changed.",
    ),
    "sync.package_incomplete": (
        "{path} is onvolledig: de inhoud klopt niet met de aantallen en de controlesom. Het is geweigerd en er "
        "is niets gewijzigd.",
        "{path} is incomplete: its content does not match its counts and checksum. It was refused and nothing "
        "was changed.",
    ),
    "sync.package_invalid": (
        "{path} is geweigerd ({reason}); er is niets gewijzigd.",
        "{path} was refused ({reason}); nothing was changed.",
    ),
    "sync.package_replayed": (
        "{path} heeft nummer {seq}, maar dat pakket is al eerder met een andere inhoud ingelezen. Het is "
        "geweigerd en er is niets gewijzigd.",
        "{path} has number {seq}, but that package was imported before with other content. It was refused "
        "and nothing was changed.",
    ),
    "sync.package_chain": (
        "{path} sluit niet aan op pakket {seq} dat al is ingelezen; het is geweigerd en er is niets gewijzigd.",
        "{path} does not follow package {seq} that was already imported; it was refused and nothing was changed.",
    ),
    "sync.package_sanity": (
        "De controle na het inlezen van {path} klopte niet ({reason}); alles is teruggedraaid.",
        "The check after importing {path} failed ({reason}); everything was rolled back.",
    ),
    "sync.package_failed": (
        "{path} kon niet worden ingelezen ({reason}); alles is teruggedraaid.",
        "{path} could not be imported ({reason}); everything was rolled back.",
    ),
    "sync.waiting_gap": (
        "Pakket {seq} ontbreekt nog ({path}); de pakketten erna wachten tot het er is.",
        "Package {seq} is still missing ({path}); the packages after it wait until it arrives.",
    ),
    "sync.waiting_for": (
        "{path} wacht op pakket {seq} van knooppunt {node}.",
        "{path} waits for package {seq} of node {node}.",
    ),
    "node.name_required": ("Geef de naam van de hub en van deze balie.", "Give the name of the hub and of this desk."),
    "node.already_set_up": (
        "Deze installatie hoort al bij een andere hub of een ander programma (niet {hub}).",
        "This installation already belongs to another hub or another programme (not {hub}).",
    ),
    "node.stadsdeel_needed": (
        "Uit de naam {hub} blijkt niet in welk stadsdeel de hub ligt; geef het stadsdeel op.",
        "The name {hub} does not say which stadsdeel the hub is in; give the stadsdeel.",
    ),
    "conflict.not_found": ("Dit conflict bestaat niet (meer).", "This conflict does not exist (any more)."),
    "conflict.closed": ("Dit conflict is al opgelost.", "This conflict has already been resolved."),
    "conflict.duplicate": (
        "Twee records hebben dezelfde waarde voor {field}; wijzig die bij één van beide.",
        "Two records have the same value for {field}; change it on one of them.",
    ),
    "conflict.value_invalid": (
        "Deze waarde past niet in het veld {field}.",
        "This value does not fit the field {field}.",
    ),
}

GENERIC = ("Er ging iets mis ({code}).", "Something went wrong ({code}).")


def default_language() -> str:
    """Dutch unless the environment asks for English."""
    for var in ("HUBDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def message(code: str, params: Mapping[str, Any] | None = None, lang: str = "nl") -> str:
    template = MESSAGES.get(code)
    if template is None:
        return _pick(GENERIC, lang).format(code=code)
    try:
        return _pick(template, lang).format(**(params or {}))
    except (KeyError, IndexError):
        return _pick(template, lang)


def field_label(path: str, lang: str = "nl") -> str:
    """The label of the field a dotted path ends in; list positions ("consents.1") are skipped."""
    parts = [p for p in path.split(".") if p and not p.isdigit()]
    name = parts[-1] if parts else ""
    pair = FIELD_NAMES.get(name)
    return _pick(pair, lang) if pair else name


def issue_sentence(issue: FieldIssue, lang: str = "nl") -> str:
    """ "Postcode: bestaat niet: postcodes met SA worden niet uitgegeven"."""
    text = message(issue.code, issue.params, lang)
    if issue.field and not text[:1].isupper():
        return f"{field_label(issue.field, lang)}: {text}"
    return text


def error_text(error: UserFacingError, lang: str = "nl") -> str:
    """A user-facing error as one or more lines for the person at the desk."""
    if isinstance(error, ValidationFailed):
        lines = [message(error.code, error.params, lang)]
        lines += [f"- {issue_sentence(i, lang)}" for i in error.issues]
        return "\n".join(lines)
    return message(error.code, error.params, lang)
