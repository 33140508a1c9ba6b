"""Aspect of a coded sentence, from its words.

Each aspect has a list of cue words (:data:`CUES`); a word counts once per occurrence
(cues at ``clause`` positions count double). The aspect with the highest score wins; ties
go to the more specific aspect in the order energy, transport, economy, security, society.
Words with no cue give ``diplomacy``. The coder passes the words of the event's own clause
(the predicate and its objects, not its subject — "Russian drones struck an oil depot" is
about energy, "the EU's monitors met Armenian officials" about diplomacy); when they hold
no cue, the event's CAMEO code decides (:func:`dyadwatch.aspects.aspect_for_event`). The rule recorded with
the event (``aspect_rule``) is ``text:<first cue of the winner>`` (``text:pipeline``), or
``default`` when no cue applied — the same convention as :mod:`dyadwatch.aspects`, so that
GKG themes may refine text events too.

Cues are matched on lower-cased tokens and on their singular form (``pipelines`` →
``pipeline``); a few two-word cues (``natural gas``, ``air defence``) are matched as pairs.
"""

from __future__ import annotations

CUES: dict[str, tuple[str, ...]] = {
    "energy": (
        "pipeline", "gas", "oil", "electricity", "power", "energy", "lng", "refinery", "depot",
        "hydropower", "dam", "nuclear", "uranium", "petroleum", "crude", "gasoline", "fuel",
        "grid", "reactor", "socar", "gazprom", "rosneft", "lukoil", "transneft", "rosatom", "opec",
        "hydrocarbon", "hydrocarbons", "barrel", "barrels", "megawatt", "kilowatt", "solar",
        "wind", "coal", "field", "fields",
    ),
    "security": (
        "troop", "troops", "border", "drone", "peacekeeper", "peacekeeping", "weapon", "arms",
        "military", "army", "soldier", "missile", "artillery", "howitzer",
        "ceasefire", "truce", "offensive", "attack", "strike", "shelling", "clash", "fighting",
        "war", "defence", "defense", "security", "drill", "exercise",
        "minefield", "terrorist", "terrorism", "militant", "rebel", "hostility", "hostilities",
        "ammunition", "warplane", "airstrike", "shell", "combat", "guard", "csto", "nato",
        "air-defence", "air-defense", "forces", "airspace", "warship", "warships", "navy", "warhead", "contingent", "frontline", "invasion",
        "occupation", "disarm", "weaponry", "annex", "annexed", "annexing", "annexation",
        "tank", "tanks", "rocket", "bomb", "bombing", "detonation", "explosion",
    ),
    "economy": (
        "trade", "sanction", "sanctions", "customs", "investment", "invest", "bank", "banks",
        "tariff", "tariffs", "economy", "economic", "export", "exports", "import", "imports",
        "market", "markets", "loan", "loans", "finance", "financial", "currency", "debt",
        "budget", "price", "prices", "business", "company", "companies", "commerce",
        "commercial", "goods", "duty", "duties", "embargo", "wto", "imf", "gdp", "inflation",
        "ruble", "rouble", "manat", "dollar", "euro", "payment", "payments", "eurasian",
        "bailout", "bailouts", "credit", "imf",
    ),
    "transport": (
        "rail", "railway", "railways", "railroad", "corridor", "corridors", "flight",
        "flights", "port", "ports", "transit", "route", "routes", "road", "roads", "highway",
        "airport", "airline", "airlines", "aviation", "shipping", "cargo",
        "freight", "logistics", "bridge", "checkpoint", "crossing", "ferry", "train",
        "trains", "transport", "connectivity", "airliner", "jet", "aircraft", "plane", "lachin",
        "zangezur", "north-south", "tanker", "tankers",
    ),
    "society": (
        "culture", "cultural", "media", "diaspora", "migrant", "migrants", "migration",
        "education", "school", "schools", "university", "student", "students", "journalist",
        "journalists", "news", "agency", "outlet", "broadcaster", "church", "religious",
        "refugee", "refugees", "community", "language", "tourism",
        "tourist", "tourists", "sport", "sports", "festival", "museum", "heritage", "visa",
        "visas", "human", "rights", "humanitarian", "earthquake", "editor", "editor-in-chief",
        "migration", "asylum", "genocide", "deportation", "deportations", "persecution", "abuses",
        "sputnik", "press", "diaspora", "deport", "deported", "deporting", "deportee", "deportees",
    ),
}
"""Cue words per aspect (lower case, singular; plural forms match through singularising)."""

TIE_ORDER: tuple[str, ...] = ("energy", "transport", "economy", "security", "society")
TIE_ORDER_CONFLICT: tuple[str, ...] = ("energy", "security", "transport", "economy", "society")

PAIRS: dict[tuple[str, str], str | None] = {
    ("nuclear", "power"): "energy", ("nuclear", "plant"): "energy", ("nuclear", "energy"): "energy",
    ("nuclear", "reactor"): "energy", ("nuclear", "fuel"): "energy",
    ("nuclear", "weapons"): "security", ("nuclear", "weapon"): "security", ("nuclear", "warheads"): "security",
    ("nuclear", "arsenal"): "security", ("nuclear", "test"): "security", ("nuclear", "inspectors"): "security",
    ("nuclear", "programme"): "security", ("nuclear", "program"): "security",
    ("fighter", "jets"): "security", ("fighter", "jet"): "security", ("aircraft", "carrier"): "security",
    ("military", "aircraft"): "security", ("tear", "gas"): "security",
    ("security", "council"): None, ("security", "forces"): "security",
    ("natural", "gas"): "energy",
    ("air", "defence"): "security",
    ("air", "defense"): "security",
    ("power", "plant"): "energy",
    ("human", "rights"): "society",
    ("news", "agency"): "society",
    ("free", "trade"): "economy",
    ("civil", "aviation"): "transport",
    ("central", "bank"): "economy", ("development", "bank"): "economy",
    # "traded accusations", "trading fire": the exchange, not commerce
    ("trade", "accusations"): None, ("traded", "accusations"): None, ("trading", "accusations"): None,
    ("trade", "fire"): "security", ("traded", "fire"): "security", ("trading", "fire"): "security",
}

# Words that are cues only as part of a longer phrase, or too ambiguous alone.
_WEAK: frozenset[str] = frozenset({"power", "field", "fields", "wind", "human", "free", "news", "nuclear", "jet", "jets", "aircraft",
                              "bank"})  # "the west bank of the Dnipro": banks count, a bank alone not

CUE_ASPECT: dict[str, str] = {}
for _aspect in ("energy", "transport", "economy", "society", "security"):
    for _w in CUES[_aspect]:
        CUE_ASPECT.setdefault(_w, _aspect)


def singular(w: str) -> str:
    """Crude English singular for dictionary look-ups: "pipelines" → "pipeline",
    "refineries" → "refinery", "ties" → "tie" (short words keep their "ie"), "gas" stays."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def text_aspect(words: list[str], clause: set[int] | None = None, conflict: bool = False) -> tuple[str, str]:
    """(aspect, rule) for a sentence given as lower-cased words; ``clause`` holds the
    indices of the event clause's words (they count double). Ties go by :data:`TIE_ORDER`;
    for a use of force (``conflict``) security wins a tie with transport, economy or
    society ("struck Houthi targets in response to attacks on Red Sea shipping")."""
    order = TIE_ORDER_CONFLICT if conflict else TIE_ORDER
    scores: dict[str, int] = {}
    first: dict[str, str] = {}
    n = len(words)
    for i, w in enumerate(words):
        weight = 2 if clause is not None and i in clause else 1
        if i > 0 and (words[i - 1], w) in PAIRS:
            continue  # second word of a pair counted (or silenced) with the first
        if i + 1 < n and (w, words[i + 1]) in PAIRS:
            aspect = PAIRS[(w, words[i + 1])]
            if aspect is None:  # "Security Council": no topic
                continue
            scores[aspect] = scores.get(aspect, 0) + weight
            first.setdefault(aspect, f"{w} {words[i + 1]}")
            continue
        if w in _WEAK:
            continue
        aspect = CUE_ASPECT.get(w) or CUE_ASPECT.get(singular(w))
        if aspect is None:
            continue
        scores[aspect] = scores.get(aspect, 0) + weight
        first.setdefault(aspect, singular(w) if w not in CUE_ASPECT else w)
    if not scores:
        return "diplomacy", "default"
    best = max(scores, key=lambda a: (scores[a], -order.index(a)))
    return best, f"text:{first[best]}"
