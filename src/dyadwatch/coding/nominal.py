"""Events named by nouns rather than verbs: talks, visits, sanctions, attacks, expulsions, signings
(``talks between Iranian and Saudi officials``, ``Biden's visit to Kyiv``, ``Israel's detention
of two Jordanian citizens``).

A mixin of :class:`dyadwatch.coding.coder.Coder`: its methods read the parse and the
sentence state (:class:`~dyadwatch.coding.context._Ctx`) and call the coder's other rules
through ``self``."""

from __future__ import annotations

from typing import Any

from .actors import Actor
from .aspects import singular
from .context import _Ctx
from .events import AGREEMENTS, NOUN_EVENTS, SPECULATIVE_VERBS, SPEECH_VERBS, base_form
from .parsetree import _answered, _for_to
from .wordlists import (
    _ACT_NOUNS,
    _ANSWERED_MEASURES,
    _BEHIND_ACTS,
    _CLAIM_NOUNS,
    _INTENT_ADJECTIVES,
    _JOINT_ACTS,
    _MESSAGE_CODES,
    _NOMINAL_BLOCKERS,
    _NOMINAL_COERCION,
    _NOMINAL_FIGHTING,
    _NOMINAL_FORCE,
    _NOMINAL_MEASURES,
    _NOMINAL_TALKS,
    _NOMINAL_VISITS,
)


def _subject_of(tok: Any, gov: Any) -> bool:
    """``tok`` heads the subject of ``gov`` or hangs in it (``two days of meetings … ended``)."""
    node = tok
    for _ in range(4):
        if node.head.i == gov.i:
            return node.dep_ in ("nsubj", "nsubjpass")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _request_code(request: Any) -> str:
    """A request for someone's extradition or handover asks for judicial cooperation (0213);
    any other request is an appeal (020)."""
    if any(c.lower_ in ("extradition", "handover") for c in request.children if c.dep_ in ("compound", "amod", "nmod")):
        return "0213"
    return "020"


class _NominalEvents:
    """Rules of :class:`~dyadwatch.coding.coder.Coder` (see the module)."""

    def _held_abroad(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """A foreigner described as held in a country: that country arrested them (173): "a
        row over an American pastor detained in Turkey", "two Canadians held in China"."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        held = [t for t in tokens if t.dep_ == "acl" and t.tag_ == "VBN" and base_form(t.text) in ("detain", "hold", "jail", "arrest", "imprison")]
        if not held or any(base_form(t.text) in ("free", "release", "swap", "exchange", "return") for t in tokens):
            return out  # (in a release or swap, where they were held is background: "freed soldiers held in Gaza")
        for tok in held:
            if any(c.dep_ == "agent" for c in tok.children) or self._blocked(tok):
                continue  # (a "by" phrase names the jailer: the verbs' own rules code it)
            people = [a for a in self._np_actors(tok.head, ctx) if a.country is not None]
            if not people:
                continue
            for jailer in self._located([tok], ctx, 0):
                for p in people:
                    if jailer.country != p.country:
                        out.append((Actor(jailer.country, "GOV", jailer.country + "GOV", jailer.text, "inferred"), p,
                                    "173", "noun:held", 0.6, tok))
        return out

    def _requests(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """An act done ``at the request of`` someone, or ``at Maputo's request``: the requester
        appealed to the actor for it (020): "Australia began flying police into Honiara at the
        request of Solomon Islands Prime Minister Manasseh Sogavare"."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if (singular(tok.lower_) in ("request", "appeal", "demand") and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB"
                    and base_form(tok.head.text) in ("grant", "accept", "approve", "reject", "deny", "turn", "refuse", "heed", "answer")
                    and not self._blocked(tok.head)):
                # "the Supreme Court in Santiago granted Peru's request", "rejected Kyiv's demand":
                # the possessor asked the one who answers
                # ("refused an Indian request to let the plane fly through its airspace")
                poss = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i in ctx.mentions), None)
                if poss is not None:
                    code = "100" if singular(tok.lower_) == "demand" else _request_code(tok)
                    for a in self._np_actor(poss, ctx, True, 0):
                        for b in self._subject_actors(tok.head, ctx):
                            if a.country != b.country and self._distinct(a, b):
                                out.append((a, b, code, "noun:" + tok.lower_ + ":answered", 0.7, tok))
                continue
            if (tok.lower_ not in ("request", "invitation") or tok.dep_ != "pobj"
                    or tok.head.lower_ not in ("at", "on", "upon", "following")):
                continue
            verb = tok.head.head
            if verb.pos_ != "VERB" or self._blocked(verb):
                continue
            # ("acting on a request from a Spanish judge", "acting on a Libyan extradition request")
            who = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
                (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children if g.dep_ == "pobj"), None) or next(
                (c for c in tok.children if c.dep_ in ("amod", "compound") and c.i in ctx.mentions), None)
            if who is None:
                continue
            code = _request_code(tok) if tok.lower_ == "request" else "036"
            for a in self._np_actors(who, ctx, source=True):
                for b in self._subject_actors(verb, ctx):
                    if a.country != b.country and self._distinct(a, b):
                        out.append((a, b, code, "noun:" + tok.lower_, 0.7, tok))
        return out

    def _behind(self, tokens: list[Any], ctx: _Ctx, found: list[tuple[Actor, Actor, str, str, float, Any]]) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``X was behind the attack``: X did it (reported speech codes the act reported).
        The victim is the act's own ``of``/``on``/``against`` phrase, or where it happened, or,
        for ``the attack`` named before, whom the sentence's act of force hit: "A bomber blew up a
        bus carrying Israeli tourists …, and Netanyahu said Iran was behind the attack" (IRN→ISR)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.lower_ != "behind" or tok.dep_ != "prep" or base_form(tok.head.text) != "be":
                continue
            cop = tok.head
            act = next((g for g in tok.children if g.dep_ == "pobj"), None)
            subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
            if act is None or subj is None or singular(act.lower_) not in _BEHIND_ACTS or self._blocked(cop):
                continue
            node, doubted = cop, False
            for _ in range(4):  # ("rejected accusations that it was behind …", "denied that …")
                if base_form(node.text) in SPECULATIVE_VERBS or node.lower_ in ("accusations", "allegations", "claims", "suggestions"):
                    doubted = True
                if node.head is node:
                    break
                node = node.head
            if doubted:
                continue
            code = _BEHIND_ACTS[singular(act.lower_)]
            doers = self._np_actors(subj, ctx, source=True)
            of = next((g for c in act.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                       for g in c.children if g.dep_ == "pobj"), None)
            victims = self._np_actors(of, ctx) if of is not None else []
            victims = victims or self._located([act], ctx, 0, attack=True)
            if not victims and any(c.lower_ == "the" for c in act.children):
                # whom the sentence's acts of force hit ("killing at least five Israelis")
                hit = [g for v in tokens if v.pos_ == "VERB" and (self._code_of(v) or "")[:2] in ("18", "19", "20")
                       for g in v.children if g.dep_ in ("dobj", "obj")]
                victims = [a for g in hit for a in self._np_actors(g, ctx) if a.country is not None]
            if not victims and cop.dep_ == "ccomp" and (base_form(cop.head.text) in SPEECH_VERBS
                                                         or base_form(cop.head.text) in ("conclude", "find", "determine", "establish")):
                # "Prague said Russian military intelligence officers were behind a 2014
                # explosion at an ammunition depot": the state that says so was hit
                victims = [a for a in self._subject_actors(cop.head, ctx) if a.country is not None]
            for a in doers:
                for b in {v.country: v for v in victims}.values():
                    if a.country != b.country and self._distinct(a, b):
                        out.append((a, b, code, "behind:" + act.lower_, 0.7, tok))
        return out

    def _done_to(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """People or things described by a participle with its agent: ``three French journalists
        released by Chad`` (TCD→FRA 0841), ``Five Americans freed by Iran``, ``a tanker seized by
        Iranian forces``: the agent did it to them (releases, coercion and force only)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.lower_ in _ACT_NOUNS or self._blocked(tok):
                continue
            code = self._code_of(tok)
            if code is None or code[:2] not in ("08", "17", "18", "19", "20"):
                continue
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is None:
                continue
            for a in self._np_actors(agent, ctx, source=True):
                for b in self._np_actors(tok.head, ctx):
                    if a.country != b.country and self._distinct(a, b):
                        out.append((a, b, code, "participle:" + base_form(tok.text), 0.7, tok))
        return out

    def _attended(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``Switzerland opened the Gotthard tunnel at a ceremony attended by Merkel, Hollande and
        Renzi``: the clause's subject hosted (043) each attendee of another state, who visited
        (042)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if tok.dep_ != "acl" or base_form(tok.text) != "attend" or tok.tag_ != "VBN":
                continue
            if singular(tok.head.lower_) not in ("ceremony", "celebration", "inauguration", "funeral", "parade", "opening"):
                continue
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            gov = tok.head.head.head if tok.head.dep_ == "pobj" else None
            if agent is None or gov is None or gov.pos_ != "VERB" or self._blocked(gov):
                continue
            hosts = [a for a in self._subject_actors(gov, ctx) if a.country is not None]
            for b in self._np_actors(agent, ctx, source=True):
                for a in hosts:
                    if b.country is not None and a.country != b.country and self._distinct(a, b):
                        out += [(a, b, "043", "noun:" + tok.head.lower_ + ":attended", 0.7, tok),
                                (b, a, "042", "noun:" + tok.head.lower_ + ":attended", 0.7, tok)]
        return out

    def _memberships(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """``Croatia became the 28th member of the European Union``, ``North Macedonia became
        NATO's 30th member``: the state joined the organisation (040, as ``joined``). Not a
        wish (``hopes to become a member``: the verb is then an infinitive, which the coder
        reads as an intention elsewhere) nor a negated one."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            if base_form(tok.text) != "become" or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or self._blocked(tok):
                continue
            attr = next((c for c in tok.children if c.dep_ == "attr" and singular(c.lower_) == "member"), None)
            if attr is None:
                continue
            orgs = [g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            orgs += [c for c in attr.children if c.dep_ == "poss"]
            for org in orgs:
                if org.i not in ctx.mentions:
                    continue  # ("a member of the European Union's Schengen area": not the union)
                for b in self._np_actors(org, ctx):
                    if b.type != "IGO" and b.country != "EUR":
                        continue
                    for a in self._subject_actors(tok, ctx):
                        if a.country is not None and self._distinct(a, b):
                            out.append((a, b, "040", "attr:member", 0.7, tok))
        return out

    def _claims(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """A speech act named by a noun, with its author and whom its content is about:
        ``an accusation by Colombian President Gustavo Petro that it had annexed an island``
        (COL→PER 112: "it" is the clause's subject), ``a demand by López Obrador that King
        Felipe apologise`` (100), ``a letter from López Obrador asking King Felipe VI to
        apologise`` (what the letter does: 020), ``an appeal from Bamako to halt the advance``
        (to the clause's subject)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            w = tok.lower_
            if tok.pos_ != "NOUN" or w not in _CLAIM_NOUNS:
                continue
            author = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                           for g in c.children if g.dep_ == "pobj"), None)
            if author is None:
                continue
            gov = tok.head
            while gov.pos_ not in ("VERB", "AUX") and gov.head is not gov:
                gov = gov.head
            if gov.pos_ not in ("VERB", "AUX") or self._blocked(gov):
                continue
            code = _CLAIM_NOUNS[w]
            about: list[Actor] = []
            for c in tok.children:
                # (the small parser may tag the clause's verb a noun: "that King Felipe apologise")
                if c.dep_ not in ("acl", "ccomp") or not (c.pos_ == "VERB" or c.dep_ == "acl"):
                    continue
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if any(g.dep_ in ("mark", "dobj") and g.lower_ == "that" for g in c.children) and subj is not None:
                    # ("… that it had annexed an island": the one the sentence is about)
                    about = self._subject_actors(gov, ctx) if subj.lower_ in ("it", "they") else self._np_actors(subj, ctx)
                elif c.tag_ == "VBG" and (obj := next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)) is not None:
                    about = self._np_actors(obj, ctx)
                    if code is None:  # a letter does what its participle says
                        code = _MESSAGE_CODES.get(base_form(c.text))
                elif any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and subj is None:
                    about = self._subject_actors(gov, ctx)
                if about:
                    break
            if code is None:
                continue
            for a in self._np_actors(author, ctx, source=True):
                for b in about:
                    if a.country != b.country and self._distinct(a, b):
                        out.append((a, b, code, "noun:" + w + ":claim", 0.7, tok))
        return out

    def _nominal(self, tokens: list[Any], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Events named by nouns: ``talks between X and Y`` (040 both ways), ``X's visit to
        Y`` (042) — unless the clause cancels, plans or negates them."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        for tok in tokens:
            w = tok.lower_
            talks = w in _NOMINAL_TALKS or (w in ("call", "calls") and any(c.lower_ in ("telephone", "phone", "video") for c in tok.children))
            if (tok.pos_ != "NOUN" and not (w in _NOMINAL_FIGHTING and tok.dep_ == "pobj")) or (not talks and w not in _NOMINAL_VISITS and w not in _NOMINAL_FORCE
                                      and singular(w) not in _NOMINAL_COERCION and singular(w) not in _ANSWERED_MEASURES and w not in _JOINT_ACTS
                                      and w not in _NOMINAL_FIGHTING and singular(w) not in _NOMINAL_MEASURES and w not in AGREEMENTS):
                continue
            gov = tok.head
            hops = 0
            while gov.pos_ not in ("VERB", "AUX") and gov.head is not gov and hops < 4:
                gov, hops = gov.head, hops + 1
            # ("two days of meetings between … ended without progress": held, then ended)
            held = _subject_of(tok, gov) and base_form(gov.text) in ("end", "collapse", "fail", "stall", "break")
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
            elif singular(w) in _ANSWERED_MEASURES and _answered(tok):
                # "banned imports of Croatian goods in retaliation for Zagreb's closure of the main
                # road crossing": the possessor's measure was against the one who answers it
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.i in ctx.mentions), None)
                if poss is not None and gov.pos_ in ("VERB", "AUX"):  # (the loop skipped a blocked one)
                    for a in self._np_actor(poss, ctx, True, 0):
                        for b in self._subject_actors(gov, ctx):
                            if a.country != b.country and self._distinct(a, b):
                                out.append((a, b, _ANSWERED_MEASURES[singular(w)], "noun:" + w + ":answered", 0.7, tok))
            elif singular(w) in _NOMINAL_COERCION:
                # "in retaliation for London's expulsion of his Russian counterpart": the
                # possessor expelled the people of the "of" phrase
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.i in ctx.mentions), None)
                # ("detention without charge of two Jordanian citizens": the "of" may hang lower)
                of = next((c for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if poss is not None and pobj is not None:
                    whom = self._np_actor(pobj, ctx, False, 0)
                    if not whom and singular(w) in ("deportation", "extradition", "expulsion"):
                        # "Bangkok's deportation of 40 Uyghur men to China": where they were sent
                        dest = next((g for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
                        whom = self._np_actors(dest, ctx) if dest is not None else []
                    for a in self._np_actor(poss, ctx, True, 0):
                        for b in whom:
                            if a.country != b.country and self._distinct(a, b):
                                out.append((a, b, NOUN_EVENTS[singular(w)], "noun:" + w, 0.75, tok))
            elif talks:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                actors = self._np_actors(pobj, ctx) if pobj is not None else []
                if len({a.country for a in actors}) < 2 and pobj is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in pobj.children) \
                        and gov.pos_ in ("VERB", "AUX"):
                    # "agreed … after talks between their foreign ministers": the sides are the
                    # coordinated subject of the clause
                    sides = [a for a in self._subject_actors(gov, ctx) if a.country is not None]
                    actors = sides if len({a.country for a in sides}) >= 2 else []
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
                # ("returned from a state visit to China": the one who returned made it)
                # ("President Fradique de Menezes was on a private visit to Nigeria": the subject of "was")
                during = (poss is None and by_obj is None and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX")
                          and (tok.head.lower_ in ("during", "on")
                               or (tok.head.lower_ == "from" and base_form(tok.head.head.text) in ("return", "come"))))
                # "U.S. Vice President Joe Biden, on a visit to Warsaw, said …": the one it describes
                described = (poss is None and by_obj is None and tok.dep_ == "pobj" and tok.head.lower_ == "on"
                             and tok.head.head.pos_ == "PROPN" and tok.head.head.i in ctx.mentions)
                if pobj is None or (poss is None and by_obj is None and not during and not described):
                    continue
                visitors = (self._np_actor(poss, ctx, True, 0) if poss is not None else self._np_actors(by_obj, ctx, source=True)
                            if by_obj is not None else self._np_actors(tok.head.head, ctx, source=True) if described
                            else self._subject_actors(tok.head.head, ctx))
                # ("a visit by Hu Jintao to a gas field in eastern Turkmenistan": where the place is)
                hosts = self._np_actors(pobj, ctx) or self._located([pobj], ctx, 0)
                for a in visitors:
                    for b in hosts:
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
        when = tok.head.head
        if when.i != gov.i and not (when.dep_ == "npadvmod" and when.head.i == gov.i):
            # ("a day after his first telephone call with Erdogan" is the clause's)
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
            if node.lower_ in _INTENT_ADJECTIVES or base_form(node.text) in _NOMINAL_BLOCKERS or _for_to(node):
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
