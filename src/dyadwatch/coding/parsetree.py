"""Small tests on spaCy tokens that the coder's rules share (:mod:`dyadwatch.coding.coder`):
what a token is (a relative clause, a headline clause, a weapon) and what it governs."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from .actors import Actor, Mention
from .aspects import singular
from .events import SPEECH_VERBS, base_form
from .wordlists import (
    _CROWDS,
    _DECISIONS,
    _FAMILY_NAME_FIRST,
    _NOT_SURNAMES,
    _PRESENCE,
    _PROJECT_NOUNS,
    _RETALIATION,
    _WEAPONS,
)

_STAND_IN = "Norway"
"""A country name the parser reads as a subject, put in place of a misparsed one."""


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


def _for_to(pred: Any) -> bool:
    """``an agreement for Taiwan to open an office``, ``an invitation for Macedonia to join
    NATO``: a ``for … to`` clause on a noun says what the noun was for, not what was done."""
    return (pred.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "for" for c in pred.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children))


def _relative(tok: Any) -> bool:
    """A relative clause, also when the parser calls it ``acl`` ("a decision X called a
    provocation": a clause with its own subject on a noun)."""
    return tok.dep_ == "relcl" or (tok.dep_ == "acl" and any(c.dep_ == "nsubj" for c in tok.children) and (
        # ("a verdict that Iran's foreign ministry condemned", "a move Athens condemned as
        # tantamount to piracy", the verb tagged as a participle)
        tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in ("dobj", "obj") and c.lower_ in ("that", "which") for c in tok.children)))


_WRONGS: frozenset[str] = frozenset(
    "violence killing killings murder murders attack attacks plot plots crime crimes terrorism terrorists espionage "
    "sabotage assassination assassinations bombing bombings".split())


def _linked_to_wrong(pred: Any) -> bool:
    """``linking them to a campaign of violence``: tying someone to a wrong accuses them."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(t.lower_ in _WRONGS for t in c.subtree) for c in pred.children)


def _said_of(noun: Any, deps: tuple[str, ...] = ("acl", "relcl")) -> set[int]:
    """Indices of the phrases inside a noun phrase that say something of its head (relative and
    participial clauses; with ``deps``, also conjuncts or appositions): "a team … that will
    help", not the head's own words."""
    return {t.i for c in noun.subtree if c.dep_ in deps and c.i != noun.i for t in c.subtree}


def _clause_tokens(tok: Any) -> set[int]:
    """Indices of a clause's own tokens: its subtree without the appositions, relative
    clauses and adverbial noun phrases hung in it ("…, a deal that Turkey rejected")."""
    out = {tok.i}
    for c in tok.children:
        if c.dep_ not in ("appos", "relcl", "npadvmod", "punct"):
            out |= _clause_tokens(c)
    return out


def _followed_in(tok: Any) -> bool:
    """``tok`` is what others were followed in: "Bahrain and Sudan followed Saudi Arabia in
    cutting ties with Iran"."""
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "in"
            and tok.head.head.pos_ == "VERB" and base_form(tok.head.head.text) == "follow")


def _trade_stopped(pred: Any) -> Any:
    """The trade a verb of stopping halts: "stopped buying electricity from Belarus",
    "suspended gas deliveries to" is a noun and not this."""
    return next((c for c in pred.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                 and base_form(c.text) in ("buy", "import", "purchase", "sell", "export", "supply", "deliver", "pump", "ship")), None)


def _fired_by(noun: Any) -> bool:
    """A projectile or fire named with who or where it came from: "shells fired by
    Myanmar forces", "rockets fired from Gaza", "shelling from across the border"."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from") for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "from":
            return True
    return False


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



def _has_country(a: Actor) -> bool:
    """A country, or an international organisation (the UN, NATO, ASEAN's leaders)."""
    return a.country is not None or a.type == "IGO" or a.code.startswith("IGO")


@cache
def _is_country_name(text: str) -> bool:
    """``Iran``, ``US``, ``U.S.``, ``U.K.``: a country's own name (not a city or a region)."""
    from ..countries import code_for

    return code_for(text) is not None or ("." in text and code_for(text.replace(".", "")) is not None)


_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "identify"})


def _described(clause: Any) -> Any:
    """The noun a free relative describes, when ``clause`` is one: ``what New Delhi said was a
    militant training camp`` → camp, ``what they called an Israeli spy headquarters`` →
    headquarters, ``what the military described as weapons depots`` → depots. The target of
    ``struck what …`` is what the thing is said to be; ``None`` when ``clause`` is no such
    relative."""
    if clause.doc[clause.left_edge.i].lower_ != "what" or clause.pos_ not in ("VERB", "AUX"):
        return None
    verb = base_form(clause.text)
    if verb in SPEECH_VERBS or verb in ("believe", "claim", "consider", "suspect", "allege"):
        # "what New Delhi said was a camp": the copula's predicate noun
        inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
        return next((c for c in inner.children if c.dep_ == "attr"), None) if inner is not None else None
    if verb in _NAMING_VERBS:
        got = next((c for c in clause.children if c.dep_ in ("oprd", "attr")), None)
        if got is None:
            as_ = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            got = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        return got
    return None


def _clause_verb(tok: Any) -> Any:
    """The verb (or copula) whose clause holds ``tok``: itself when it is one."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head
    return tok


def _is_court(text: str) -> bool:
    """An organisation's name that is a court's (the International Court of Justice, a tribunal)."""
    return any(w in ("court", "tribunal", "icj", "icc") for w in text.lower().split())


_WISHES = frozenset({"bid", "bids", "invitation", "invitations", "application", "applications", "request", "offer",
                     "hopes", "hope", "ambition", "ambitions", "aspirations", "plan", "plans", "drive", "push", "attempt"})


def _joined_no_one(pred: Any, ctx: Any) -> bool:
    """``join`` that meets nobody: a wish to join (``its bid to join the BRICS group``, ``an
    invitation for Macedonia to join NATO``), or joining others in an act (``joining more than a
    dozen European countries in a coordinated response``, ``joining Israel's campaign``): the
    act is coded where it is named, if anywhere."""
    if pred.dep_ == "acl" and pred.head.lower_ in _WISHES:
        return True
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and pobj.i not in ctx.mentions and not any(
                    t.i in ctx.mentions for t in pobj.lefts):
                return True  # (not a place: "joined Aliyev in Baku")
        if c.dep_ in ("dobj", "obj") and c.lower_ in ("campaign", "war", "fight", "effort", "efforts", "operation", "operations"):
            return True
    return False


def _background_of(pred: Any) -> Any:
    """The main clause verb of a background clause ``pred`` ("…, days after the Canadian
    government called for …", "… after Moscow refused to extradite …"), else ``None``."""
    if pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "as", "when") for c in pred.children):
        return pred.head if pred.head.pos_ in ("VERB", "AUX") else None
    if pred.dep_ == "pcomp" and pred.head.lower_ == "after" and pred.head.head.pos_ in ("VERB", "AUX"):
        return pred.head.head
    return None


def _names_anyone(noun: Any, mentions: dict) -> bool:
    """``noun`` or its own modifiers name an actor; its ``of``/``to`` phrases and relative
    clauses do not count ("accusing the bloc of failing to protect Armenia" names no one
    in "the bloc")."""
    return noun.i in mentions or any(t.i in mentions for c in noun.children if c.dep_ not in ("prep", "acl", "relcl")
                                     for t in c.subtree)


def _project(obj: Any) -> Any:
    """The project an object names: itself (``the Myitsone dam``), or what the construction,
    plans or work are for or of (``construction of the … dam``, ``plans for two plants``)."""
    for _ in range(3):
        if singular(obj.lower_) in _PROJECT_NOUNS:
            return obj
        nxt = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on")
                    for g in c.children if g.dep_ == "pobj"), None)
        if nxt is None or singular(obj.lower_) not in ("construction", "plan", "work", "building", "development"):
            return None
        obj = nxt
    return None


def _rejection_of_ruled(pred: Any) -> bool:
    """A participle of rejection hung on the content of a ruling or statement ("ruled on Monday that
    the island belongs to Botswana, rejecting a claim by Namibia"): it is the ruler's act."""
    return (pred.dep_ == "advcl" and pred.tag_ == "VBG" and base_form(pred.text) in ("reject", "dismiss")
            and pred.head.dep_ == "ccomp" and pred.head.head.pos_ == "VERB" and pred.i > pred.head.i)
