"""Aspect rules for event-data rows (GDELT, ICEWS): one table, applied in SQL at ingest.

Event data carries no topic, but every analysis is per aspect, so each row gets one from,
in order (the first rule that matches wins):

1. **CAMEO rules** (:data:`CAMEO_RULES`): codes whose meaning fixes the aspect — force
   posture, assaults, fights and mass violence (15, 18, 19, 20), military cooperation and
   aid (062, 072, 074, ...) → security; economic cooperation, aid and sanctions (061, 071,
   163, ...) → economy. Longest matching prefix wins.
2. **Actor-type rules** (:data:`ACTOR_RULES`): a MIL actor on either side → security; BUS →
   economy; media, education, religion, refugees, health → society.
3. **Default**: diplomacy.

Then, where the GKG record of the same article has been ingested, its themes refine the
aspect of rows set by rules 2–3 (:data:`GKG_THEME_RULES`; the aspect with most theme hits
wins). Rows keep the id of the rule that set their aspect in ``aspect_rule``
(``cameo:19``, ``actor:MIL``, ``default``, ``gkg:ENV_OIL``), so every call can be audited.
The table is documented, with reasons, in ``docs/aspects.md``.
"""

from __future__ import annotations

from .schema import ASPECTS

CAMEO_RULES: dict[str, str] = {
    # security: uses of force and their threat, military ties and aid
    "15": "security",  # exhibit force posture
    "18": "security",  # assault
    "19": "security",  # fight
    "20": "security",  # unconventional mass violence
    "062": "security",  # cooperate militarily
    "0212": "security",  # appeal for military cooperation
    "0232": "security",  # appeal for military aid
    "0234": "security",  # appeal for military protection or peacekeeping
    "0312": "security",  # express intent to cooperate militarily
    "0332": "security",  # express intent to provide military aid
    "0334": "security",  # express intent to provide military protection or peacekeeping
    "072": "security",  # provide military aid
    "074": "security",  # provide military protection or peacekeeping
    "087": "security",  # de-escalate military engagement
    "0871": "security",  # declare truce, ceasefire
    "0872": "security",  # ease military blockade
    "0873": "security",  # demobilize armed forces
    "0874": "security",  # retreat or surrender militarily
    "1012": "security",  # demand military cooperation
    "1032": "security",  # demand military aid
    "1034": "security",  # demand military protection or peacekeeping
    "138": "security",  # threaten with military force
    "1622": "security",  # reduce or stop military assistance
    # society: protests, demonstrations, strikes and riots are acts of civil society
    "14": "society",  # protest (CAMEO 14x; a government's official protest is 114, not 14)
    # economy: economic ties, aid, trade restrictions
    "061": "economy",  # cooperate economically
    "0211": "economy",  # appeal for economic cooperation
    "0231": "economy",  # appeal for economic aid
    "0311": "economy",  # express intent to cooperate economically
    "0331": "economy",  # express intent to provide economic aid
    "071": "economy",  # provide economic aid
    "085": "economy",  # ease economic sanctions, boycott, embargo
    "1011": "economy",  # demand economic cooperation
    "1031": "economy",  # demand economic aid
    "1211": "economy",  # reject economic cooperation
    "1212": "security",  # reject military cooperation
    "1244": "economy",  # refuse to ease economic sanctions, boycott, embargo
    "1621": "economy",  # reduce or stop economic assistance
    "163": "economy",  # impose embargo, boycott or sanctions
    "1312": "economy",  # threaten sanctions, boycott, embargo
    # society: humanitarian, people, culture
    "0233": "society",  # appeal for humanitarian aid
    "0333": "society",  # express intent to provide humanitarian aid
    "073": "society",  # provide humanitarian aid
    "075": "society",  # grant asylum
    "1623": "society",  # reduce or stop humanitarian assistance
}

ACTOR_RULES: tuple[tuple[str, str], ...] = (
    ("MIL", "security"),
    ("REB", "security"),
    ("SEP", "security"),
    ("INS", "security"),
    ("BUS", "economy"),
    ("MNC", "economy"),
    ("MED", "society"),
    ("EDU", "society"),
    ("REL", "society"),
    ("REF", "society"),
    ("HLH", "society"),
)

GKG_THEME_RULES: tuple[tuple[str, str], ...] = (
    # (theme prefix, aspect) -- a theme matches when it equals or starts with the prefix
    ("ENV_OIL", "energy"),
    ("ENV_NATURALGAS", "energy"),
    ("ENV_COAL", "energy"),
    ("ENV_NUCLEARPOWER", "energy"),
    ("ENV_HYDRO", "energy"),
    ("ENV_SOLAR", "energy"),
    ("ENV_WINDPOWER", "energy"),
    ("FUELPRICES", "energy"),
    ("ENERGY", "energy"),
    ("POWER_OUTAGE", "energy"),
    ("PIPELINE", "energy"),
    ("WB_507_ENERGY_AND_EXTRACTIVES", "energy"),
    ("WB_508_POWER", "energy"),
    ("WB_1792_OIL_AND_GAS", "energy"),
    ("MILITARY", "security"),
    ("ARMEDCONFLICT", "security"),
    ("TERROR", "security"),
    ("SECURITY_SERVICES", "security"),
    ("WB_2433_CONFLICT_AND_VIOLENCE", "security"),
    ("TAX_MILITARY_TITLE", "security"),
    ("KILL", "security"),
    ("WB_698_TRADE", "economy"),
    ("ECON_", "economy"),
    ("SANCTIONS", "economy"),
    ("WB_1104_MACROECONOMIC", "economy"),
    ("TRADE_DISPUTE", "economy"),
    ("WB_135_TRANSPORT", "transport"),
    ("WB_1803_TRANSPORT_INFRASTRUCTURE", "transport"),
    ("WB_793_TRANSPORT_AND_ICT", "transport"),
    ("TRANSPORT", "transport"),
    ("RAIL", "transport"),
    ("AVIATION", "transport"),
    ("PORTS", "transport"),
    ("MEDIA_", "society"),
    ("EDUCATION", "society"),
    ("REFUGEES", "society"),
    ("IMMIGRATION", "society"),
    ("MIGRATION", "society"),
    ("WB_694_BROADCAST_AND_MEDIA", "society"),
    ("FREESPEECH", "society"),
)

for _table in (CAMEO_RULES.values(), (a for _, a in ACTOR_RULES), (a for _, a in GKG_THEME_RULES)):
    for _aspect in _table:
        assert _aspect in ASPECTS, _aspect


def _q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _map_literal(values: dict[str, str]) -> str:
    return "MAP {" + ", ".join(f"{_q(k)}: {_q(v)}" for k, v in values.items()) + "}"


def event_aspect_sql(code: str, type1: str, type2: str) -> tuple[str, str]:
    """SQL expressions (aspect, aspect_rule) for a row with CAMEO code ``code`` and actor
    types ``type1``/``type2`` (all SQL expressions yielding VARCHAR).

    CAMEO rules are looked up in a map literal by the code's 4-, 3- and 2-character
    prefixes (longest first), which DuckDB evaluates far faster than a long CASE."""
    aspects = _map_literal(CAMEO_RULES)
    rules = _map_literal({k: f"cameo:{k}" for k in CAMEO_RULES})

    def lookup(m: str) -> str:
        return "coalesce(" + ", ".join(f"map_extract_value({m}, left({code}, {n}))" for n in (4, 3, 2)) + ")"

    actor_aspect = " ".join(
        f"WHEN {type1} = {_q(t)} OR {type2} = {_q(t)} THEN {_q(a)}" for t, a in ACTOR_RULES
    )
    actor_rule = " ".join(
        f"WHEN {type1} = {_q(t)} OR {type2} = {_q(t)} THEN {_q('actor:' + t)}" for t, _ in ACTOR_RULES
    )
    aspect = f"CASE WHEN {code} IS NULL THEN NULL ELSE coalesce({lookup(aspects)}, CASE {actor_aspect} ELSE 'diplomacy' END) END"
    rule = f"CASE WHEN {code} IS NULL THEN NULL ELSE coalesce({lookup(rules)}, CASE {actor_rule} ELSE 'default' END) END"
    return aspect, rule


def aspect_for_event(code: str | None, type1: str | None = None, type2: str | None = None) -> tuple[str | None, str | None]:
    """Python twin of :func:`event_aspect_sql` (for single records and tests)."""
    if not code:
        return None, None
    for prefix in sorted(CAMEO_RULES, key=len, reverse=True):
        if code.startswith(prefix):
            return CAMEO_RULES[prefix], f"cameo:{prefix}"
    for actor_type, aspect in ACTOR_RULES:
        if actor_type in (type1, type2):
            return aspect, f"actor:{actor_type}"
    return "diplomacy", "default"


def aspect_for_themes(themes: list[str]) -> tuple[str | None, str | None]:
    """Aspect from a GKG record's themes: the aspect with most matching themes (ties: the
    order of ASPECTS, diplomacy never, since themes do not mark it); rule names the first
    theme that voted for the winner."""
    votes: dict[str, int] = {}
    first: dict[str, str] = {}
    for theme in themes:
        for prefix, aspect in GKG_THEME_RULES:
            if theme == prefix or theme.startswith(prefix):
                votes[aspect] = votes.get(aspect, 0) + 1
                first.setdefault(aspect, prefix)
                break
    if not votes:
        return None, None
    best = max(votes, key=lambda a: (votes[a], -ASPECTS.index(a)))
    return best, f"gkg:{first[best]}"
