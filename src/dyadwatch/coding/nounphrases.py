"""Actors named by noun phrases: names, titles, demonyms, possessives, coordinated and appositive
phrases, groups (``the two leaders``) and pronouns, resolved to the actors the coder's rules
pair up.

A mixin of :class:`dyadwatch.coding.coder.Coder`: its methods read the parse and the
sentence state (:class:`~dyadwatch.coding.context._Ctx`) and call the coder's other rules
through ``self``."""

from __future__ import annotations

from typing import Any

from .actors import Actor, Mention, split_code
from .aspects import singular
from .context import _Ctx
from .events import SPEECH_VERBS, base_form
from .parsetree import _is_country_name, _last_named, _names_anyone
from .wordlists import (
    _ACTING_THROUGH,
    _AGENT_LIKE,
    _ANNOUNCING,
    _BACKING,
    _BLOC_NOUNS,
    _CREW_NOUNS,
    _CROWDS,
    _DEMONYM_ENDINGS,
    _GROUP_SIZES,
    _LEADERS_GOVERNMENTS,
    _LED_GROUPS,
    _MOD_DEPS,
    _ORG_ROLES,
    _ORIGIN_PREPS,
    _PAIR_NOUNS,
    _PLACE_NOUNS,
    _POSS_PRONOUNS,
    _PRONOUNS,
    _REL_PRONOUNS,
    _RELATIONAL,
    _SPOKES,
    _STATE_AGENTS,
    _SUBJ_DEPS,
    _VESSELS,
)


class _NounPhrases:
    """Rules of :class:`~dyadwatch.coding.coder.Coder` (see the module)."""

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
        subj = self._subject_token(pred)
        if (pred.dep_ == "relcl" and subj is not None and subj.lower_ in ("it", "they") and pred.head.dep_ in ("dobj", "obj")
                and pred.head.head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj") for c in pred.children)):
            # "accused 49 Ivorian soldiers it had detained": the one who acts in the main clause
            main = self._subject_token(pred.head.head)
            if main is not None and main.lower_ not in _PRONOUNS:
                return [Actor(a.country, a.type, a.code, a.text, "pronoun") for a in self._np_actors(main, ctx, source=True)]
        if node.dep_ == "ccomp" and (base_form(node.head.text) in SPEECH_VERBS or base_form(node.head.text) in _ANNOUNCING):
            # (also "Iran warned it would send troops into Pakistan", "vowed it would respond")
            speaker = self._subject_token(node.head)
            if speaker is not None and speaker.lower_ not in _PRONOUNS:
                return [Actor(a.country, a.type, a.code, a.text, "pronoun") for a in self._np_actors(speaker, ctx, source=True)]
        return []

    def _word_code(self, word: str, ctx: _Ctx) -> tuple[str | None, str | None, str]:
        """(country, type, code) of one word the dictionaries know ("chinese" in "Chinese-backed",
        "u.s." in "U.S.-brokered"); (None, None, "") for one they do not."""
        words = self.actors.trie.match([word], 0) if word else None
        code = self.actors.resolve(words, ctx.when) if words is not None else None
        if not code:
            return None, None, ""
        country, atype = split_code(code)
        return country, atype, code

    def _project_partners(self, project: Any, ctx: _Ctx) -> list[Actor]:
        """The foreign partners a project names: a country before ``-backed``/``-funded``/…,
        a ``with`` phrase (``with Russian and Japanese partners``, ``its contract with India's
        GMR``), or whoever its relative clause says builds it (``which Russia's Atomstroyexport
        had been contracted to build``)."""
        doc = project.doc
        out: list[Actor] = []
        for t in project.subtree:
            if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in _BACKING:
                country, atype, code = self._word_code(t.lower_, ctx)
                if country is not None and atype is None:
                    out.append(Actor(country, None, code, t.text, "modifier"))
            elif t.dep_ == "prep" and t.lower_ == "with":
                out += [a for g in t.children if g.dep_ == "pobj" for a in self._np_actors(g, ctx)]
            elif t.dep_ in ("relcl", "acl") and t.i > project.i:
                doers = [g for g in t.children if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in _REL_PRONOUNS]
                doers += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                out += [a for g in doers for a in self._np_actors(g, ctx)]
        return out

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
                and not _names_anyone(head, mentions)):
            # (whatever its "of" phrase names: "accusing the bloc of failing to protect Armenia")
            # "appealed to the CSTO …, and the bloc agreed to send troops": the organisation
            # named last before it
            named = _last_named(head, mentions, lambda m: m.type == "IGO" or m.code.startswith("IGO"))
            if named is not None:
                return [named.actor("pronoun", "the " + head.text)]
        if (head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
                and not _names_anyone(head, mentions) and head.lower_.endswith("s")):
            # "captured six Somali pirates …, shortly after the pirates had freed the crew": the
            # same people named before with their state
            earlier = next((t for t in reversed(list(head.doc[head.sent.start:head.i])) if t.lower_ == head.lower_
                            and t.pos_ == "NOUN" and any(c.i in mentions and mentions[c.i].country is not None
                                                         for c in t.children if c.dep_ in ("amod", "compound"))), None)
            if earlier is not None:
                got = self._np_actor(earlier, ctx, source, depth + 1)
                if got:
                    return [Actor(a.country, a.type, a.code, head.text, "pronoun") for a in got]
        np_tokens = [head]
        for c in head.children:
            if c.dep_ in _MOD_DEPS:
                np_tokens.extend(c.subtree)
        left = min(t.i for t in np_tokens)
        doc = head.doc
        text = doc[left : head.i + 1].text
        words = [t.lower_ for t in doc[left : head.i + 1] if t.i not in mentions]
        agent_type, _ = self.agents.best(words) if words else (None, -1)
        if head.pos_ == "NOUN" and singular(head.lower_) in _LED_GROUPS and head.i not in mentions and depth < 2 and not any(
                t.i in mentions for c in head.children if c.dep_ in _MOD_DEPS for t in c.subtree):
            # "a consortium led by China's CITIC Group", "a force headed by Nigeria": its leader's
            for c in head.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and base_form(c.text) in ("lead", "head", "own", "run", "control"):
                    by = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                    got = self._np_actor(by, ctx, source, depth + 1) if by is not None else []
                    if got:
                        return [Actor(a.country, a.type, a.code, doc[head.left_edge.i: by.right_edge.i + 1].text, a.kind) for a in got[:1]]
        m = mentions.get(head.i)
        if m is not None and head.pos_ == "PROPN":
            # "Pierre Schori, the head of the European Union's election observer mission": a
            # person named for the organisation he heads acts for it
            for c in head.children:
                if c.dep_ == "appos" and c.lower_ in _ORG_ROLES:
                    org = next((mentions[t.i] for t in c.subtree if t.i in mentions
                                and (mentions[t.i].type == "IGO" or mentions[t.i].code.startswith("IGO"))), None)
                    if org is not None:
                        return [org.actor("name", text)]
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
            if any(g.dep_ == "prep" and g.lower_ == "than" for g in c.children):
                continue  # "a country other than the United States": anyone but the one named
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
                    country, atype, code = self._word_code(word, ctx)
                    if country is not None and atype is None:
                        return [Actor(country, None, code, text, "modifier")]
        if mods:
            if len(mods) > 1:
                # "Armenian and Azerbaijani ministers" (coordinated): one actor each;
                # "the Armenian-Azerbaijani border" (hyphenated pair): nobody.
                coordinated = any(doc[i].dep_ == "conj" for mm in mods for i in range(mm.start, mm.end))
                if not coordinated:
                    starts = {mm.start for mm in mods}
                    hyph = any(doc[mm.end].text == "-" and mm.end + 1 in starts for mm in mods[:-1] if mm.end < len(doc))
                    if hyph:
                        return []
                    # "Mozambique's Cabo Delgado province": the possessor country names the place's
                    # state, whatever a town gazetteer makes of the place's own name
                    owners = [mm for mm in mods if doc[mm.end - 1].dep_ == "poss" and mm.type is None and _is_country_name(mm.text)]
                    # "Swedish EU diplomat Johan Floderus", "the U.S. NATO ambassador": the
                    # nationality, not the organisation served
                    nationals = [mm for mm in mods if mm.country is not None and mm.type is None] if any(
                        mm.type == "IGO" for mm in mods) else []
                    mods = owners[-1:] or nationals[-1:] or [max(mods, key=lambda mm: mm.start)]
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
                                if atype is None and head.lower_ in _CROWDS and a.country is not None:
                                    # "tens of thousands of Slovaks rallied against Fico": civilians
                                    got.append(Actor(a.country, "CVL", a.country + "CVL", a.text, a.kind))
                                    continue
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
                    if p in ("in", "at") and head.lower_ in ("embassy", "embassies", "consulate", "consulates"):
                        continue  # "its embassy in Tehran": the host, not the owner
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
            # ("shut NATO supply routes": an organisation's name modifies the noun as a country's does)
            return (m.type is None and _is_country_name(m.text)) or (m.type == "IGO" and m.country is None)
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
        if head.lower_ in _CREW_NOUNS:
            # "seized a North Korean freighter sailing from Cuba and detained its crew": the
            # crew of the vessel named last before it, of the state that vessel is named by
            vessel = next((t for t in reversed(list(ctx.sent.doc[ctx.sent.start:pron.i])) if singular(t.lower_) in _VESSELS), None)
            named = [] if vessel is None else [
                ctx.mentions[i] for i in range(max(ctx.sent.start, vessel.i - 4), vessel.i)
                if i in ctx.mentions and ctx.mentions[i].country is not None
                and not any(t.pos_ in ("VERB", "ADP", "PUNCT") for t in ctx.sent.doc[i:vessel.i])]
            if named:
                return [named[-1].actor("pronoun", text)]
        best: Mention | None = None
        # "protesters stormed its embassy in Tehran": an embassy is not its host's
        host = {a.country for a in self._located([head], ctx, 0)} if head.lower_ in ("embassy", "consulate", "mission") else set()
        for i in range(pron.i - 1, ctx.sent.start - 1, -1):
            m = ctx.mentions.get(i)
            if m is not None and i not in subj_idx and m.country is not None and m.country not in host:
                best = m
                break
        if best is None:
            return []
        return [best.actor("pronoun", text)]
