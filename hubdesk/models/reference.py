"""Reference data shipped in ``resources/reference`` (stadsdelen, postcode areas, catalogs)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from hubdesk.models.enums import PartnerType, Stadsdeel
from hubdesk.resources import resource_path


@dataclass(frozen=True, slots=True)
class StepTypeSeed:
    code: str
    name_nl: str
    name_en: str


@dataclass(frozen=True, slots=True)
class PartnerSeed:
    code: str
    name: str
    type: PartnerType
    offers: str
    refer_when: str
    email: str
    phone: str
    website: str
    referral_fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RouteSeed:
    code: str
    name_nl: str
    name_en: str
    steps: tuple[tuple[str, int], ...]  # (step type, days after the start)


@dataclass(frozen=True, slots=True)
class ConsentText:
    version: str
    nl: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True, slots=True)
class ReferenceData:
    stadsdeel_names: dict[Stadsdeel, dict[str, str]]
    postcode_areas: dict[str, Stadsdeel]
    wijken: dict[Stadsdeel, tuple[str, ...]]
    step_types: tuple[StepTypeSeed, ...]
    partners: tuple[PartnerSeed, ...]
    consent_texts: dict[str, ConsentText]
    routes: tuple[RouteSeed, ...]

    def stadsdeel_for_postcode(self, postcode: str | None) -> Stadsdeel | None:
        """The stadsdeel of a normalised postcode (``2034 AB``), or None outside Haarlem."""
        if not postcode:
            return None
        return self.postcode_areas.get(postcode[:4])


def _load(name: str) -> dict[str, Any]:
    with resource_path("reference", name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def reference() -> ReferenceData:
    """Loaded once per process; the files are read-only at run time."""
    haarlem = _load("haarlem.toml")
    partners = _load("partners.toml")
    consent = _load("consent.toml")
    routes = _load("routes.toml")
    return ReferenceData(
        stadsdeel_names={Stadsdeel(k): dict(v) for k, v in haarlem["stadsdelen"].items()},
        postcode_areas={str(k): Stadsdeel(v) for k, v in haarlem["postcode_areas"].items()},
        wijken={Stadsdeel(k): tuple(v) for k, v in haarlem["wijken"].items()},
        step_types=tuple(StepTypeSeed(s["code"], s["nl"], s["en"]) for s in haarlem["step_types"]),
        partners=tuple(
            PartnerSeed(
                code=p["code"],
                name=p["name"],
                type=PartnerType(p["type"]),
                offers=p.get("offers", ""),
                refer_when=p.get("refer_when", ""),
                email=p.get("email", ""),
                phone=p.get("phone", ""),
                website=p.get("website", ""),
                referral_fields=tuple(p.get("referral_fields", ())),
            )
            for p in partners["partners"]
        ),
        consent_texts={
            purpose: ConsentText(entry["version"], entry["nl"], entry["en"])
            for purpose, entry in consent.items()
            if isinstance(entry, dict)
        },
        routes=tuple(
            RouteSeed(r["code"], r["nl"], r["en"], tuple((st["type"], int(st["days"])) for st in r["steps"]))
            for r in routes["routes"]
        ),
    )
