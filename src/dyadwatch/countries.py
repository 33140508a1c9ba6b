"""Country names ↔ CAMEO/ISO-3 codes, shared by every source and by the CLI.

Codes are GDELT's CAMEO country codes, which are ISO 3166-1 alpha-3 for states (RUS, AZE,
TUR) plus a few CAMEO additions (KSV for Kosovo, EUR for Europe/the EU, regional codes).
pycountry supplies the ISO names; :data:`ALIASES` adds the names news and event data use
that ISO does not (Russia, Turkey, Iran, "Occupied Palestinian Territory", ...).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry

ALIASES: dict[str, str] = {
    "russia": "RUS",
    "russian federation": "RUS",
    "turkey": "TUR",
    "turkiye": "TUR",
    "iran": "IRN",
    "syria": "SYR",
    "north korea": "PRK",
    "south korea": "KOR",
    "korea": "KOR",
    "taiwan": "TWN",
    "vietnam": "VNM",
    "venezuela": "VEN",
    "bolivia": "BOL",
    "tanzania": "TZA",
    "laos": "LAO",
    "moldova": "MDA",
    "moldova republic of": "MDA",
    "macedonia": "MKD",
    "the former yugoslav republic of macedonia": "MKD",
    "former yugoslav republic of macedonia": "MKD",
    "north macedonia": "MKD",
    "occupied palestinian territory": "PSE",
    "palestine": "PSE",
    "palestinian territories": "PSE",
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "dr congo": "COD",
    "congo": "COG",
    "republic of congo": "COG",
    "cote d'ivoire": "CIV",
    "ivory coast": "CIV",
    "holy see": "VAT",
    "vatican": "VAT",
    "kosovo": "KSV",
    "swaziland": "SWZ",
    "eswatini": "SWZ",
    "czech republic": "CZE",
    "czechia": "CZE",
    "united states": "USA",
    "united states of america": "USA",
    "us": "USA",
    "usa": "USA",
    "united kingdom": "GBR",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "burma": "MMR",
    "myanmar": "MMR",
    "east timor": "TLS",
    "timor-leste": "TLS",
    "hong kong": "HKG",
    "brunei": "BRN",
    "micronesia": "FSM",
    "cape verde": "CPV",
    "european union": "EUR",
    "eu": "EUR",
}

CODE_ALIASES: dict[str, str] = {"KOS": "KSV", "XKX": "KSV", "TMP": "TLS"}
"""Other codes in use for a CAMEO code (Kosovo: KOS, ISO's user-assigned XKX), for reading
codings written by hand or by other tools."""

ORGANISATION_CODES: frozenset[str] = frozenset(
    {"IGO", "NATO", "UNO", "UN", "IAEA", "OSCE", "AFR", "AU", "IMF", "WBK", "ASEAN", "ICC", "ICJ", "WHO", "OPEC",
     "ECOWAS", "CSTO", "SCO", "GCC", "OIC", "WTO", "UNESCO", "UNHCR", "OAS", "PIF", "CARICOM", "SADC", "IGAD",
     "EAC", "APEC", "CIS", "EAEU", "OECD", "ECCAS", "OPCW", "ICAO", "IOM", "WFP", "UNICEF", "LAS", "AL"})
"""Codes hand coders write for international organisations other than the EU (``NATO``,
``UNO``, ``IAEA``, ``AFR`` for the African Union): all one key, ``IGO``, as the coder's."""


def hand_key(code: str) -> str:
    """The key a hand-written actor code is scored under: Kosovo's aliases read as ``KSV``,
    an international organisation other than the EU as ``IGO``."""
    code = CODE_ALIASES.get(code, code)
    return "IGO" if code in ORGANISATION_CODES else code

NON_STATE_CODES: dict[str, str] = {
    "EUR": "Europe / European Union",
    "KSV": "Kosovo",
    "AFR": "Africa",
    "ASA": "Asia",
    "MEA": "Middle East",
    "WST": "The West",
    "SAM": "South America",
    "NAF": "North Africa",
    "CAU": "Caucasus",
    "EEU": "Eastern Europe",
}


def normalize(name: str) -> str:
    """Lower-case, accents stripped, punctuation folded, for dictionary look-ups."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[,()\.]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


@cache
def name_table() -> dict[str, str]:
    """Normalized country name → code."""
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table[normalize(value)] = c.alpha_3
    table.update({normalize(k): v for k, v in ALIASES.items()})
    return table


def code_for(name: str | None) -> str | None:
    """Country code for a name (``"Russian Federation"`` → ``RUS``), or None if unknown."""
    if not name:
        return None
    key = normalize(name)
    if key in ("na", "", "none", "null"):
        return None
    table = name_table()
    if key in table:
        return table[key]
    if key.startswith("the ") and key[4:] in table:
        return table[key[4:]]
    return None


@cache
def known_codes() -> frozenset[str]:
    return frozenset({c.alpha_3 for c in pycountry.countries} | set(NON_STATE_CODES))


def name_for(code: str) -> str:
    """Display name of a country code: ``RUS`` → ``Russia``."""
    code = code.upper()
    for alias, c in _DISPLAY.items():
        if c == code:
            return alias
    if code in NON_STATE_CODES:
        return NON_STATE_CODES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


_DISPLAY: dict[str, str] = {
    "Russia": "RUS",
    "Turkey": "TUR",
    "Iran": "IRN",
    "Syria": "SYR",
    "North Korea": "PRK",
    "South Korea": "KOR",
    "United States": "USA",
    "United Kingdom": "GBR",
    "Vietnam": "VNM",
    "Moldova": "MDA",
    "Venezuela": "VEN",
    "European Union": "EUR",
}


def is_known(code: str) -> bool:
    return code.upper() in known_codes()
