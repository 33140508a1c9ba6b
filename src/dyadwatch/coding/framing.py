"""Events that answer or frame the sentence's other events: reactions with no target of their own
(``vowed a harsh response``), verdicts on another state's acts, and mediation between the sides
of talks.

A mixin of :class:`dyadwatch.coding.coder.Coder`: its methods read the parse and the
sentence state (:class:`~dyadwatch.coding.context._Ctx`) and call the coder's other rules
through ``self``."""

from __future__ import annotations

from typing import Any

from .actors import Actor, split_code
from .context import _Ctx
from .events import SPEECH_VERBS, base_form, describe
from .parsetree import _is_court, _relative
from .tone import tone
from .wordlists import (
    _ACT_NOUNS,
    _INTENT_OF,
    _NEGATIVE_LABELS,
    _POSITIVE_LABELS,
    _REACTION_NOUNS,
    _REACTION_ROOTS,
    _WRONGDOING,
)

_DEFIED: dict[str, str] = {"warning": "130", "warnings": "130", "threat": "130", "threats": "130",
                           "objection": "111", "objections": "111", "criticism": "111", "opposition": "111",
                           "appeal": "020", "appeals": "020", "call": "020", "calls": "020"}
"""What may be defied or ignored, and the code of its author's act ("defying US warnings")."""


_DISMAY: frozenset[str] = frozenset({"disappointed", "dismayed", "outraged", "angered", "saddened", "appalled", "shocked"})
"""Feelings a state says it has about another's act: criticism of it (111)."""


_FINDING_VERBS: frozenset[str] = frozenset({"rule", "find", "declare", "conclude", "determine"})
_ORDERING_VERBS: frozenset[str] = frozenset({"order", "tell", "instruct", "direct"})


def _is_court_actor(a: Actor) -> bool:
    """An international court or tribunal, or a state's court (``Papua New Guinea's Supreme Court``)."""
    return a.type in ("IGO", "JUD") and _is_court(a.text)


def _court_concession(event: tuple[Actor, Actor, str, str, float, Any]) -> bool:
    """``the International Court of Justice awarded two-thirds of the pockets to Honduras``, ``a
    tribunal settled the maritime border``: a ruling, not the court's concession, aid or
    mediation (a court that frees a prisoner does free him: 084 stays)."""
    code = event[2]
    return _is_court_actor(event[0]) and (code[:2] in ("03", "05", "06", "07") or code in ("080", "045"))


def _defied(tok: Any) -> bool:
    """``despite X``, ``defying X``, ``ignoring X``, ``in defiance of X`` — in a clause with
    one side (not "hosted Zardari … despite U.S. warnings": which of the two was warned, the
    sentence does not say)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "despite":
        verb = head.head
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "defiance":
        verb = head.head.head.head
    elif tok.dep_ in ("dobj", "obj") and base_form(head.text) in ("defy", "ignore", "disregard", "brush"):
        verb = head
    else:
        return False
    while verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":
        verb = verb.head
    return base_form(verb.text) not in ("host", "meet", "sign", "hold", "agree")


class _FramingEvents:
    """Rules of :class:`~dyadwatch.coding.coder.Coder` (see the module)."""

    def _said_verdicts(self, tokens: list[Any], ctx: _Ctx) -> None:
        """A verdict said of an act named by a noun: "…, a move Beijing said was
        protectionist" (111), "…, a decision Paris said was welcome" (051). Pending, like other
        reactions, until the act's author is known."""
        for tok in tokens:
            if not (_relative(tok) and tok.head.lower_ in _ACT_NOUNS and base_form(tok.text) == "say") or self._blocked(tok):
                continue
            for c in tok.children:
                if c.dep_ != "ccomp" or c.lower_ not in ("was", "is", "were", "are", "had", "has") or self._blocked(c):
                    continue
                label = next((g for g in c.children if g.dep_ in ("acomp", "attr") or (g.dep_ == "dobj" and c.lower_ in ("had", "has"))), None)
                if label is None or any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("that", "which", "it") for g in c.children):
                    continue
                words = [t.text for t in label.subtree]
                score = tone(" ".join(words))
                lw = {w.lower() for w in words}
                code = "111" if (lw & _NEGATIVE_LABELS or score <= -0.5 or (label.lower_ in ("no", "nothing") or any(
                    g.lower_ in ("no",) for g in label.children))) else "051" if (lw & _POSITIVE_LABELS or score >= 0.5) else None
                if code is not None:
                    ctx.pending.append((self._subject_actors(tok, ctx), code, "verdict:said", 0.8, tok))

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

    def _rulings(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """What a court rules of a state: ``the International Court of Justice found that
        Uruguay had breached its obligations``, ``a tribunal ruled that China had no historic
        rights`` (116, find liable: whatever the finding's clause says the state did or
        has, the court's act is the finding against it); ``ordered Pakistan to review the
        death sentence`` (100: a court's order to a state is a demand, not the state's act). A
        negated finding (``ruled that Serbia had not committed``) clears the state: none.
        A state's court finds only against another state (a domestic verdict is no dyad)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.pos_ != "VERB":
                continue
            verb = base_form(tok.text)
            if verb not in _FINDING_VERBS and verb not in _ORDERING_VERBS or self._blocked(tok):
                continue
            courts = [a for a in self._subject_actors(tok, ctx) if _is_court_actor(a)]
            if not courts:
                continue
            found: list[tuple[Actor, str]] = []
            for c in tok.children:
                if verb in _FINDING_VERBS and c.dep_ == "ccomp" and not self._blocked(c):
                    for g in c.children:
                        if g.dep_ in ("nsubj", "nsubjpass") and g.i in ctx.mentions:
                            found += [(a, "116") for a in self._np_actors(g, ctx, source=True)]
                elif verb in _ORDERING_VERBS and c.dep_ in ("dobj", "obj") and c.i in ctx.mentions and any(
                        g.dep_ == "xcomp" for g in tok.children):
                    found += [(a, "100") for a in self._np_actors(c, ctx)]
            for court in courts[:1]:
                for b, code in found:
                    if b.country is not None and b.country != court.country and self._distinct(court, b):
                        out.append((court, b, code, "court:" + verb, 0.7, tok))
        return out

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
                country, atype, code = self._word_code(w.rsplit("-", 1)[0], ctx)
                if country is not None:
                    mediators.append((Actor(country, atype, code, t.text.rsplit("-", 1)[0]), t))
                continue
            if (t.pos_ == "VERB" and base_form(t.text) == "mediate" and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in t.children)
                    # (not "talks … mediated by Egypt", parsed with a subject: the agent mediates)
                    and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("between", "in", "with"))
                                or (c.dep_ == "prep" and c.lower_ == "by" and any(g.i in ctx.mentions for g in c.subtree)) for c in t.children)
                    and any(c.dep_ == "nsubj" for c in t.children) and not self._blocked(t)):
                # "after Egyptian President Hosni Mubarak mediated to defuse a crisis", "after
                # U.S. envoy Richard Holbrooke mediated by telephone through the night"
                mediators += [(a, t) for a in self._subject_actors(t, ctx) if a.country is not None or a.type == "IGO"]
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
            active = tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children)  # ("Mubarak mediated")
            if not negotiated and (tok.head.lower_ in ("talks", "negotiations") or active) and not self._hypothetical(tok.head.head):
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
    def _named_within_modifiers(tok: Any, ctx: _Ctx) -> list[Actor]:
        """The actor a noun's possessor or modifier names ("US warnings", "Washington's objections")."""
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod") and c.i in ctx.mentions:
                m = ctx.mentions[c.i]
                if m.country is not None or m.type == "IGO":
                    return [m.actor("modifier")]
        return []

    @staticmethod
    def _named_within(node: Any, ctx: _Ctx) -> list[Actor]:
        """The first actor named anywhere in a phrase ("the co-chairs of the OSCE Minsk Group")."""
        for t in node.subtree:
            m = ctx.mentions.get(t.i)
            if m is not None and (m.country is not None or m.type == "IGO" or m.code.startswith("IGO")):
                return [m.actor("modifier")]
        return []

    def _in_kind(self, tokens: list[Any], ctx: _Ctx, found: list[tuple[Actor, Actor, str, str, float, Any]]) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``North Korea barred Malaysians from leaving the country, and Kuala Lumpur swiftly
        responded in kind``: the one acted on does the same act back."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if base_form(tok.text) not in ("respond", "retaliate", "reply", "react", "reciprocate") or self._blocked(tok):
                continue
            if not any(t.lower_ == "kind" and t.head.lower_ == "in" for t in tok.children for t in t.subtree):
                continue
            own = {a.country: a for a in self._subject_actors(tok, ctx) if a.country is not None}
            # ("vowed to retaliate in kind": the threat of it)
            vowed = self._future(tok) or (tok.dep_ == "xcomp" and base_form(tok.head.text) in ("vow", "threaten", "warn", "pledge", "promise"))
            for f in found:
                if f[5].i != tok.i and f[1].country in own and f[0].country is not None and f[0].country not in own:
                    code = _INTENT_OF.get(f[2][:2], f[2]) if vowed else f[2]
                    out.append((own[f[1].country], f[0], code, "verb:" + base_form(tok.text) + ":in-kind", 0.7, tok))
        return out

    def _similar_steps(self, tokens: list[Any], ctx: _Ctx, found: list[tuple[Actor, Actor, str, str, float, Any]]) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``Argentina recognised Palestine …, following a similar decision announced by
        neighbouring Brazil last week``, ``Oman opened its airspace to Israeli airlines,
        following a similar step by Saudi Arabia``: the one named did the same act to the same
        target."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "conj") and (
                    (base_form(tok.text) == "do" and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("same", "likewise") for c in tok.children))
                    or (base_form(tok.text) == "follow" and any(c.lower_ == "suit" for c in tok.children))):
                # "Niger severed ties with Ukraine, two days after neighbouring Mali did the same",
                # "…, and Latvia followed suit": the act of the clause it hangs on, by another
                others = [a for a in self._subject_actors(tok, ctx) if a.country is not None]
                for s, t, code, rule, conf, pred in found:
                    if pred.i == tok.head.i:
                        out.extend((a, t, code, rule + ":same", conf * 0.7, tok) for a in others
                                   if a.country not in (s.country, t.country) and self._distinct(a, t))
                continue
            if tok.lower_ not in ("decision", "step", "move", "measure") or not any(c.lower_ == "similar" for c in tok.children):
                continue
            by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
            if by is None:
                by = next((g for c in tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                           for g in a.children if g.dep_ == "pobj"), None)
            if by is None:
                continue
            others = [a for a in self._np_actors(by, ctx, source=True) if a.country is not None]
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            for s, t, code, rule, conf, pred in found:
                if pred.i != verb.i:
                    continue
                for a in others:
                    if a.country not in (s.country, t.country) and self._distinct(a, t):
                        out.append((a, t, code, rule + ":similar", conf * 0.7, tok))
        return out

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
            if not sources and tok.lower_ in _DISMAY and tok.dep_ != "conj":
                # "Israel said it was saddened and disappointed by the decision", "… was appalled by
                # the treatment of …" (an adjective, or a passive verb): the speaker's criticism
                if tok.dep_ == "acomp" and base_form(tok.head.text) in ("be", "feel"):
                    sources = self._subject_actors(tok.head, ctx)
                elif any(c.dep_ == "auxpass" for c in tok.children):
                    sources = self._subject_actors(tok, ctx)
                code = "111"
            if not sources and tok.pos_ == "NOUN" and tok.lower_ in _DEFIED and _defied(tok):
                # "defying US warnings that the project could trigger sanctions", "despite
                # objections from Washington": the warning's author against whoever defied it
                # ("defying warnings | by Israeli Prime Minister Ariel Sharon", the parser's "by" on the verb)
                holders = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]
                frm = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                            for g in c.children if g.dep_ == "pobj"), None)
                sources = self._np_actors(frm, ctx, source=True) if frm is not None else self._named_within_modifiers(tok, ctx)
                code = _DEFIED[tok.lower_]
            if sources and code is not None:
                ctx.pending.append((sources, code, ("feeling:" if tok.lower_ in _DISMAY else "noun:") + tok.lower_, 0.8, tok))

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
            # (a participle describing a noun is no act: "the only road linking Armenia with Georgia")
            acts = [a for a in acts if a[0].country not in countries and a[1].i != pred.i
                    and not (a[1].dep_ == "acl" and a[1].tag_ == "VBG")]
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
        for _ in range(8):
            # (a participle on a noun is no clause: "the only road linking Armenia with …, a move …")
            if (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod")) or node.head is node:
                break
            node = node.head
        if node.pos_ not in ("VERB", "AUX") or base_form(node.text) in SPEECH_VERBS:
            return []
        return self._subject_actors(node, ctx)

    def _reasons_given(self, found: list[tuple[Actor, Actor, str, str, float, Any]], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """A measure taken ``saying`` that its target did wrong accuses it (112): "Germany
        expelled two Russian diplomats, saying Moscow had failed to cooperate with an
        investigation", "…, saying they were intelligence officers". The reason must name the
        target (or be a pronoun for it) and say something against it: a failure, a refusal, a
        negated duty, or words of wrongdoing."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        have = {(s.country, t.country) for s, t, c, *_ in found if describe(c)[1] == 3}
        for s, t, code, _rule, conf, pred in list(found):
            if code[:2] not in ("16", "17") or (s.country, t.country) in have:
                continue
            for obj in pred.children:
                # "expelled 15 Russian embassy staff it said were intelligence officers",
                # "expelled three Rwandan diplomats it linked to an armed break-in": the
                # expeller's own charge against those expelled, in a relative clause on them
                if obj.dep_ not in ("dobj", "obj") or s.country == t.country:
                    continue
                for rel in obj.children:
                    if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in rel.children):
                        continue
                    verb = base_form(rel.text)
                    charged = verb in ("link", "tie", "connect") and any(c.dep_ == "prep" and c.lower_ == "to" for c in rel.children)
                    if verb in ("say", "believe", "suspect", "allege"):
                        words = {w.lower_ for c in rel.children if c.dep_ == "ccomp" for w in c.subtree}
                        charged = bool(words & (_NEGATIVE_LABELS | {"intelligence", "spies", "spying", "espionage", "agents"}))
                    if charged and (s.country, t.country) not in have:
                        out.append((s, t, "112", "reason:relative", conf * 0.8, rel))
                        have.add((s.country, t.country))
            for say in pred.children:
                if say.dep_ != "advcl" or say.tag_ != "VBG" or base_form(say.text) != "say":
                    continue
                for claim in say.children:
                    if claim.dep_ != "ccomp":
                        continue
                    subj = next((c for c in claim.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None:
                        continue
                    named = subj.lower_ in ("they", "it", "he", "she") or any(
                        a.country == t.country for a in self._np_actors(subj, ctx))
                    words = {w.lower_ for w in claim.subtree}
                    wrong = (self._blocked(claim) or base_form(claim.text) in _WRONGDOING
                             or bool(words & (_NEGATIVE_LABELS | {"intelligence", "spies", "spying", "espionage"})))
                    if named and wrong and s.country != t.country:
                        out.append((s, t, "112", "reason:say", conf * 0.8, say))
                        have.add((s.country, t.country))
        return out

    def _at_talks(self, pred: Any, ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Two states' envoys who act ``at talks`` or ``in their fourth round of talks`` held
        those talks with each other (040 both ways): "Turkish and Armenian special envoys agreed
        at talks in Vienna to open their land border"."""
        if pred.dep_ not in ("ROOT", "conj"):
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
        if not held or self._blocked(pred) or self._future(pred):
            return []
        sides = list({a.country: a for a in self._subject_actors(pred, ctx) if a.country is not None}.values())
        if len(sides) != 2:
            return []
        a, b = sides
        return [(a, b, "040", "noun:talks:sides", 0.7, pred), (b, a, "040", "noun:talks:sides", 0.7, pred)]
