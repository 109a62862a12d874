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
        "moet uit precies 8 cijfers bestaan (u typte '{value}')",
        "must be exactly 8 digits (you typed '{value}')",
    ),
    "vestigingsnummer.format": ("moet uit precies 12 cijfers bestaan", "must be exactly 12 digits"),
    "vestigingsnummer.needs_kvk": ("kan alleen samen met een KVK-nummer", "needs a KVK number too"),
    "sbi.format": ("moet 4 of 5 cijfers hebben", "must have 4 or 5 digits"),
    "postcode.format": (
        "moet de vorm 1234 AB hebben (u typte '{value}')",
        "must look like 1234 AB (you typed '{value}')",
    ),
    "postcode.reserved": (
        "bestaat niet: postcodes met {letters} worden niet uitgegeven",
        "does not exist: postcodes with {letters} are never issued",
    ),
    "phone.invalid": (
        "is geen geldig telefoonnummer (u typte '{value}'); buitenlandse nummers met landcode, bv. +32",
        "is not a valid phone number (you typed '{value}'); foreign numbers with country code, e.g. +32",
    ),
    "email.invalid": (
        "is geen geldig e-mailadres (u typte '{value}')",
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
        "{path} is geen hubdesk-database (of het bestand is beschadigd).",
        "{path} is not a hubdesk database (or the file is damaged).",
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
        "Een code bestaat uit kleine letters, cijfers en _ en begint met een letter (u typte '{value}').",
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
        "U mag hier niet opslaan: {path}. Kies een andere map.",
        "You may not save here: {path}. Choose another folder.",
    ),
    "file.write_failed": ("{path} kon niet worden opgeslagen: {reason}", "{path} could not be saved: {reason}"),
    "partner.coordinator_only": (
        "Alleen een coördinator kan partners toevoegen of wijzigen.",
        "Only a coordinator can add or change partners.",
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
        "{partner} heeft deze gegevens nodig: {fields}. Vul ze in voordat u de brief maakt.",
        "{partner} needs these details: {fields}. Fill them in before making the letter.",
    ),
    "referral.letter_first": (
        "Maak eerst de brief van verwijzing {reference}, dan kunt u hem versturen.",
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
    "check.integrity": ("De database is beschadigd: {detail}", "The database is damaged: {detail}"),
    "check.foreign_keys": ("{detail} verwijzingen wijzen naar niets.", "{detail} references point to nothing."),
    "check.search_index": ("De zoekindex klopt niet: {detail}", "The search index is wrong: {detail}"),
    "check.audit_chain": (
        "Het auditlog is gewijzigd vanaf regel {detail}.",
        "The audit log was altered from entry {detail}.",
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
