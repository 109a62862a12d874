"""Name keys for search, sorting and duplicate detection.

Dutch names carry particles ("van der Heijden"); people type without diacritics
("Ozkan" for "Özkan"); intake desks make small typos. Keys are lower-case ASCII
with particles removed, so that these all compare equal or close.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz.distance import OSA

# Letters that Unicode does not decompose into base letter + mark.
_SPECIAL = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "đ": "d"}
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "onder",
        "aan",
        "uit",
        "von",
        "da",
        "di",
        "du",
        "la",
        "le",
        "del",
        "dos",
        "das",
    }
)


@functools.lru_cache(maxsize=1 << 16)  # names repeat: bulk loads fold the same ones over and over
def fold(text: str) -> str:
    """Lower-case ASCII without diacritics: ``"Özkan-Yılmaz"`` -> ``"ozkan-yilmaz"``."""
    if text.isascii():  # most names, e-mail addresses and numbers: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def tokens(text: str) -> list[str]:
    """Folded alphanumeric tokens of a text (for the search document and queries)."""
    return [t for t in _NON_ALNUM.split(fold(text)) if t]


def name_key(text: str) -> str:
    """Folded, particles dropped, separators removed: ``"van der Heijden"`` -> ``"heijden"``.

    When a name consists only of particles it is kept whole rather than emptied.
    """
    toks = tokens(text)
    kept = [t for t in toks if t not in PARTICLES] or toks
    return "".join(kept)


def sort_key(given_name: str, infix: str, family_name: str) -> str:
    """Dutch sorting: by family name without its particle, then given name."""
    return f"{name_key(infix + ' ' + family_name)} {fold(given_name).strip()}"


def _sounds(key: str) -> str:
    """Spellings that Dutch speakers treat as the same sound: Heijden/Heyden, Meijer/Meyer."""
    return key.replace("ij", "y")


def similar_names(a_given: str, a_family: str, b_given: str, b_family: str) -> bool:
    """True when two persons' names are probably the same person's.

    Families must be equal or within a small edit distance (one edit per six
    letters, at least one; "ij" counts as "y") and given names must agree the same
    way, or one is an initial or prefix of the other ("M." and "Mohamed").
    """
    fa, fb = _sounds(name_key(a_family)), _sounds(name_key(b_family))
    if not fa or not fb or OSA.distance(fa, fb) > max(1, min(len(fa), len(fb)) // 6):
        return False
    ga, gb = _sounds(name_key(a_given)), _sounds(name_key(b_given))
    if not ga or not gb:
        return True
    if ga.startswith(gb) or gb.startswith(ga):
        return True
    return OSA.distance(ga, gb) <= max(1, min(len(ga), len(gb)) // 6)
