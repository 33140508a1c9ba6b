"""A predicate's arguments: who did it (subjects, passive agents, speakers of reported speech, the
launchers of what was fired) and to whom (objects, prepositional targets, places attacked,
domestic targets, those met or visited).

A mixin of :class:`dyadwatch.coding.coder.Coder`: its methods read the parse and the
sentence state (:class:`~dyadwatch.coding.context._Ctx`) and call the coder's other rules
through ``self``."""

from __future__ import annotations

from typing import Any

from .actors import Actor
from .aspects import singular
from .context import _Ctx
from .events import SPEECH_VERBS, base_form
from .parsetree import (
    _answered,
    _clause_verb,
    _described,
    _each_of_two,
    _followed_in,
    _headline_clause,
    _names_anyone,
    _rejection_of_ruled,
    _said_of,
    _subject_participle,
    _weapon,
)
from .wordlists import (
    _ARMED_LOCALS,
    _ATTACK_PREPS,
    _BENEFIT_ROOTS,
    _CLAUSE_STOP,
    _CROWD_TYPES,
    _CROWDS,
    _DOMESTIC,
    _EFFORT_NOUNS,
    _ENVOYS,
    _FIRE_NOUNS,
    _FORCE_OBJECTS,
    _GROUP_SIZES,
    _LAUNCHED_ACTS,
    _LIBERATION_WORDS,
    _LOCATION_PREPS,
    _MOD_DEPS,
    _NOMINAL_FORCE,
    _NOMINAL_TALKS,
    _NOT_PLACES,
    _OBJ_DEPS,
    _OUTSIDERS,
    _PAIR_NOUNS,
    _PARTNER_TYPES,
    _PLACE_NOUNS,
    _POSS_PRONOUNS,
    _PRONOUNS,
    _PROTEST_CROWDS,
    _REL_PRONOUNS,
    _RIVAL_SIDES,
    _RIVALRY,
    _SETTING_PREPS,
    _SOLDIERS,
    _SUBJ_DEPS,
    _TIME_WORDS,
    _TRAVEL_VERBS,
    _TRIP_VERBS,
    TARGET_PREPS,
    VISIT_PREPS,
)


def _with_clause_official(pred: Any, subj: Any, ctx: _Ctx) -> bool:
    """``pred`` is the participle of a ``with`` clause attached to a verb, and its subject a
    named person no dictionary knows (``…, with Foreign Minister Marty Natalegawa calling …``)."""
    return (pred.dep_ == "pcomp" and pred.head.lower_ == "with" and pred.head.head.pos_ in ("VERB", "AUX")
            and subj.pos_ == "PROPN" and not any(t.i in ctx.mentions for t in subj.subtree))


_THANKING: frozenset[str] = frozenset({"thank", "praise", "commend", "hail", "congratulate"})
"""Verbs whose ``for VERBing`` names what the one thanked did ("thanked Athens for rushing aid")."""


class _Arguments:
    """Rules of :class:`~dyadwatch.coding.coder.Coder` (see the module)."""

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
            # "protesters stormed the Saudi embassy in Tehran", "broke into the U.S. embassy in
            # Belgrade": the town of the building they stormed
            buildings = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
            buildings += [g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("into", "outside", "at")
                          for g in c.children if g.dep_ == "pobj"]
            place = self._located(buildings, ctx, 0) if buildings else []
        if not place:
            # "anti-government protesters stormed the residence of Sri Lankan President
            # Gotabaya Rajapaksa": the one country the sentence names
            countries = {m.country for m in ctx.mentions.values() if m.country is not None}
            if len(countries) == 1:
                c = countries.pop()
                return [Actor(c, "OPP", c + "OPP", subj.text, "inferred")]
        return [Actor(a.country, "OPP", a.country + "OPP", subj.text, "inferred") for a in place[:1] if a.country]

    def _domestic_partner(self, pred: Any, src: Actor, ctx: _Ctx) -> list[Actor]:
        """``Sierra Leone's President Kabbah and rebel leader Foday Sankoh signed a peace
        agreement in Lome``, ``Chad's government signed a peace deal with more than 40 rebel
        groups in Doha``: a partner of a mutual act that is a domestic kind of actor (rebels,
        guerrillas, the opposition, a liberation movement or front) named with no country is
        the source's own, not the country of the town where they met."""
        subj = self._subject_token(pred)
        if (subj is not None and singular(subj.lower_) in _RIVAL_SIDES and any(c.lower_ in _RIVALRY for c in subj.children)
                and not any(t.i in ctx.mentions and ctx.mentions[t.i].country not in (None, src.country) for t in subj.subtree)):
            # "Lebanon's rival leaders signed an agreement in Doha", "Madagascar's four rival
            # political camps signed an accord": one phrase for both sides of a domestic peace
            return [Actor(src.country, "OPP", src.country + "OPP", pred.doc[subj.left_edge.i : subj.i + 1].text, "inferred")]
        # (the small parser may hang the second side anywhere in the subject: "Sierra Leone's
        # President Kabbah and rebel leader Foday Sankoh" as a conjunct of "Kabbah")
        # or as an apposition after "and" ("Vice President Ali Osman Taha and southern rebel
        # leader John Garang")
        partners = [*(t for t in subj.subtree if t.dep_ == "conj" or (t.dep_ == "appos" and t.left_edge.i > 0
                                                                       and t.doc[t.left_edge.i - 1].dep_ == "cc")),
                    subj] if subj is not None else []
        holders = [pred, *(c for c in pred.children if c.dep_ in _OBJ_DEPS)]
        partners += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                     for g in c.children if g.dep_ == "pobj"]
        for p in partners:
            clauses = _said_of(p, ("relcl", "acl", "conj", "appos"))
            core = [t for t in p.subtree if t.i not in clauses]  # (not what a clause or conjunct says of it)
            if any(t.i in ctx.mentions and ctx.mentions[t.i].country not in (None, src.country) for t in core):
                continue
            named = [t for t in core if t.i not in ctx.mentions]
            atype, end = self.agents.best([t.lower_ for t in named])
            if atype is None and p.pos_ == "PROPN" and _LIBERATION_WORDS & {t.lower_ for t in core}:
                atype, end = "REB", len(named) - 1  # "the Free Aceh Movement", "the Moro Islamic Liberation Front"
            if atype == "PTY":
                atype = "OPP"  # (parties that make peace with the government are its opposition)
            if atype in _PARTNER_TYPES:
                head = named[end]
                text = " ".join(t.text for t in core if t.i >= head.left_edge.i)
                return [Actor(src.country, atype, src.country + atype, text, "inferred")]
        return []

    def _accused_antecedent(self, pred: Any, sources: list[Actor], ctx: _Ctx) -> list[Actor]:
        """``Egypt blocked access to 21 news websites including that of Qatar's Al Jazeera,
        accusing them of …``, ``declared US Ambassador Philip Goldberg persona non grata,
        accusing him of …``: the pronoun a participle accuses stands for the first actor of
        another country that the clause it hangs on acts on (not one named in a relative
        clause); failing one, a domestic kind of actor it acts on (``detained 20 activists …,
        accusing them``)."""
        head = pred.head
        own = {s.country for s in sources} | {s.code for s in sources}
        skip = {t.i for t in pred.subtree}
        for c in head.children:
            if c.dep_ in _SUBJ_DEPS or c.dep_ in ("relcl", "advcl", "nsubjpass"):
                skip.update(t.i for t in c.subtree)
        skip.update(d.i for c in head.subtree if c.dep_ == "relcl" for d in c.subtree)
        for t in head.subtree:
            if t.i <= head.i or t.i in skip or t.i not in ctx.mentions:
                continue
            m = ctx.mentions[t.i]
            if (m.country or m.code) in own or (m.country is None and not m.code.startswith("IGO")):
                continue
            return [m.actor("pronoun")]
        if len(sources) == 1 and sources[0].country is not None:
            return self._domestic_target(head, sources[0], ctx)
        return []

    def _armed_locals(self, pred: Any, subj: Any, ctx: _Ctx) -> list[Actor]:
        """``Gangs attacked the central Haitian town of Mirebalais``, ``jihadist militants
        killed dozens of soldiers in northern Burkina Faso``, ``police fired tear gas at
        protesters in Tbilisi``: armed men with no country of their own (rebels, militants,
        gangs, police) act in the one country the sentence names. A
        sentence naming two countries leaves them unplaced (gunmen in Iraq may be anyone's)."""
        if subj is None:
            return []
        # "Soldiers in Niger": where they are is whose they are
        where = {t.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree}
        if any(t.i in ctx.mentions and ctx.mentions[t.i].country is not None and t.i not in where for t in subj.subtree):
            return []
        atype, _ = self.agents.best([t.lower_ for t in subj.subtree if t.i not in ctx.mentions and t.i not in where])
        if atype is None or atype[:3] not in _ARMED_LOCALS or (atype[:3] == "MIL" and not {t.lower_ for t in subj.subtree} & _SOLDIERS):
            return []  # ("Drones hit residential buildings in Moscow", "Saudi-led warplanes": weapons, not soldiers)
        countries = {ctx.mentions[i].country for i in where if i in ctx.mentions and ctx.mentions[i].country is not None}
        if not countries and atype[:3] == "MIL" and not _weapon(subj):
            # "Soldiers seized power in Sao Tome and Principe": the place they acted in
            countries = {a.country for a in self._located([pred], ctx, 0) if a.country is not None}
        if not countries:
            countries = {m.country for m in ctx.mentions.values() if m.country is not None}
        if len(countries) != 1:
            return []
        country = countries.pop()
        return [Actor(country, atype[:3], country + atype[:3], subj.text, "inferred")]

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

    def _third_party(self, prep: Any, ctx: _Ctx, sources: list[Actor]) -> bool:
        """``Russia and Ukraine signed agreements with Turkey``: the ``with`` phrase names an
        actor of a country none of the coordinated subjects is."""
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            return False
        countries = {a.country for a in sources}
        return any(a.country is not None and a.country not in countries for a in self._np_actors(pobj, ctx))

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

    def _domestic_target(self, pred: Any, src: Actor, ctx: _Ctx, released: bool = False, force: bool = False,
                         arrest: bool = False) -> list[Actor]:
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
        allowed = _DOMESTIC | ({"GOV", "MIL"} if src.type in _DOMESTIC else set()) | ({"GOV"} if src.type == "MIL" else set())
        # "arrested hundreds of protesters": the crowd's members
        objs = [next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), o)
                if o.lower_ in _CROWDS or o.lower_ in ("dozens", "scores", "number") else o for o in objs]
        # "detained 20 politicians and activists": each conjunct may name the kind
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
        for o in objs:
            if _weapon(o):
                continue
            if o.lower_ in _OUTSIDERS or any(c.lower_ == "crew" for c in o.children):
                # ("used water cannon against migrants": not the police's own people; "arrested 25
                # crew members" of a boat chased: whose, the vessel says)
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
        if arrest and src.type in (None, "GOV", "COP", "SPY", "JUD") and not foreign:
            # "Armenian authorities detained billionaire businessman Samvel Karapetyan": a person
            # no dictionary knows, arrested by a state when no other country is named, is its own
            for o in objs:
                if o.dep_ in _OBJ_DEPS and o.pos_ == "PROPN" and not any(t.i in ctx.mentions for t in o.subtree):
                    return [Actor(src.country, "CVL", src.country + "CVL", ctx.sent.doc[o.left_edge.i : o.i + 1].text, "inferred")]
        if force and src.type in ("COP", "MIL", "SPY") and not foreign:
            # "security forces beat Buddhist monks", "police opened fire on buses carrying student
            # teachers": a state's force used at home against people no dictionary names is used
            # against its own civilians
            for o in objs:
                if any(a.dep_ == "prep" and a.lower_ == "with" for a in o.ancestors if a.i != pred.i and pred in a.ancestors):
                    continue  # ("seized the town with tanks and troops": the means)
                if (o.pos_ in ("NOUN", "PROPN") and not _weapon(o) and o.lower_ not in _FORCE_OBJECTS and o.lower_ not in _TIME_WORDS
                        and not any(t.i in ctx.mentions for t in o.subtree)
                        and not any(t.text == "," for t in ctx.sent.doc[min(pred.i, o.i):max(pred.i, o.i)])):
                    return [Actor(src.country, "CVL", src.country + "CVL", o.text, "inferred")]
        return []

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
                got = self._np_actors(pred.head, ctx, source=True)
                if (not got and pred.head.lower_ in _LAUNCHED_ACTS and pred.head.dep_ in ("dobj", "obj") and pred.head.head.pos_ == "VERB"
                        and not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in pred.children)):
                    # "launched a border security operation that effectively shut its frontier
                    # with Benin": the act is the one who launched it
                    got = self._subject_actors(pred.head.head, ctx)
                return got
            if subj.lower_ in _PRONOUNS:
                got = self._pronoun_subject(pred, ctx)
                # "as he and President Kim Dae-jung signed a joint declaration": both sign
                for c in subj.conjuncts:
                    got += [a for a in self._np_actors(c, ctx, source=True) if all(a.country != b.country for b in got)]
                return got
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
            if not got and _with_clause_official(pred, subj, ctx) and self.agents.best([t.lower_ for t in subj.subtree])[0] == "GOV":
                # "Somalia severed relations with Kenya, with Information Minister Osman Dubbe
                # accusing Nairobi …": an official the dictionaries do not know, in a with-clause
                # of one state's act, speaks for that state
                main = self._subject_actors(pred.head.head, ctx)
                if len(main) == 1 and main[0].country is not None:
                    return [Actor(main[0].country, "GOV", main[0].country + "GOV", pred.doc[subj.left_edge.i:subj.right_edge.i + 1].text, "title")]
            return got
        if (pred.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)
                and pred.head.dep_ == "attr" and base_form(pred.head.head.text) in ("be", "become")):
            # "Iceland became the first country to recognise Montenegro": the one it describes
            return self._subject_actors(pred.head.head, ctx)
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
            if _rejection_of_ruled(pred):
                # "the court ruled that the island belongs to Botswana, rejecting a claim by
                # Namibia": a rejection hung on what was ruled is the ruler's
                return self._subject_actors(pred.head.head, ctx)
            return self._subject_actors(pred.head, ctx)
        if (pred.dep_ == "advcl" and pred.tag_ == "VB" and pred.head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)
                and (hit := self._code_of(pred)) is not None
                and (hit[:2] in ("11", "14", "17") or base_form(pred.head.text) in ("vote", "decide", "move", "invoke")
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
        if _followed_in(pred):
            # "Bahrain and Sudan followed Saudi Arabia in cutting ties with Iran": all three did
            follow = pred.head.head
            led = next((c for c in follow.children if c.dep_ in ("dobj", "obj")), None)
            got = self._subject_actors(follow, ctx)
            return got + [a for a in (self._np_actors(led, ctx, source=True) if led is not None else [])
                          if all(a.country != b.country for b in got)]
        if (pred.dep_ == "pcomp" and pred.head.lower_ == "for" and pred.head.head.pos_ == "VERB"
                and base_form(pred.head.head.text) in _THANKING):
            # "thanked Athens for rushing rescue teams and aid": the one thanked did it
            thanked = next((c for c in pred.head.head.children if c.dep_ in ("dobj", "obj")), None)
            return self._np_actors(thanked, ctx, source=True) if thanked is not None else []
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
        if base_form(pred.text) == "arrive":
            objs = []  # "arrived in Rome on Tuesday, the first Iranian president to visit …": an apposition read as an object
        if pred.dep_ == "relcl" and code[:2] in ("17", "18", "19", "20") and any(o.lower_ in ("which", "that", "whom") for o in objs):
            # "the Dutch-flagged ship Arctic Sunrise, which Russian coast guards seized": the
            # noun the clause is on, and the noun a name is in apposition to
            objs = [o for o in objs if o.lower_ not in ("which", "that", "whom")] + [pred.head] + (
                [pred.head.head] if pred.head.dep_ == "appos" else [])
        if (not objs and pred.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS for c in pred.children)
                and code[:2] in ("17", "18", "19", "20")):
            objs = [pred.head]  # "49 Ivorian soldiers it had detained": the noun is what was done to
        if (not objs or all(o.lower_ == "what" for o in objs)) and code[:2] in ("18", "19", "20") and not preps_only:
            # "struck what New Delhi said was a militant training camp in Balakot inside
            # Pakistan": the place of what it is said to be (not whose it is said to be: "what
            # they called an Israeli spy headquarters in Erbil" is in Iraq)
            got = keep(self._described_place([c for c in pred.children if c.dep_ == "ccomp"], ctx))
            if got:
                return got, "location"
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
                # "filed suit against Uruguay …, accusing its neighbour of …": not the nearest
                # actor named before "its", but the other side of the clause
                neighbour = (o.lower_ in ("neighbour", "neighbor", "neighbours", "neighbors")
                             and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)
                             and not _names_anyone(o, ctx.mentions))
                got = [] if neighbour else keep(self._np_actors(o, ctx, agentive_only=True))
                if got:
                    return got, "object"
                both = (o.lower_ in ("countries", "nations", "governments", "neighbours", "neighbors")
                        and any(c.lower_ in ("both", "two") for c in o.children) and not _names_anyone(o, ctx.mentions))
                anaphor = o.lower_ in ("it", "them", "him", "her") or neighbour or both or (
                    # "imposed sanctions on Bidzina Ivanishvili, accusing the billionaire of …"
                    o.pos_ == "NOUN" and pred.dep_ == "advcl" and base_form(pred.text) in ("accuse", "blame", "charge")
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                    and not _names_anyone(o, ctx.mentions))
                if anaphor and code == "043" and o.lower_ in ("him", "her", "them") and pred.dep_ in ("advcl", "conj") and pred.head.pos_ == "VERB":
                    # "King Salman arrived in Jakarta, and President Joko Widodo welcomed him": the
                    # one who arrived is whom the host received
                    got = keep(self._subject_actors(pred.head, ctx))
                    if got:
                        return got, "pronoun-guest"
                if anaphor and pred.dep_ in ("advcl", "conj") and pred.head.pos_ == "VERB":
                    # "cut ties with Qatar, accusing it of supporting terrorism": the pronoun is
                    # the other side of the clause it hangs on
                    head_code = self._code_of(pred.head)
                    if head_code is not None:
                        got, _ = self._targets(pred.head, head_code, ctx, exclude)
                        if got:
                            return got, "pronoun-object"
                if o.lower_ == "them":
                    # "About 20,000 Albanians … reached Bari, and Italian police confined them":
                    # the people named last before the pronoun
                    doc = ctx.sent.doc
                    for t in reversed(range(ctx.sent.start, o.i)):
                        m = ctx.mentions.get(t)
                        if m is None or m.country is None or m.country in excl_countries:
                            continue
                        if doc[m.end - 1].tag_ in ("NNS", "NNPS") and doc[m.end - 1].dep_ in ("nsubj", "dobj", "pobj", "conj"):
                            return [m.actor("pronoun")], "pronoun-object"
                        break
            for c in pred.children:
                if c.dep_ == "dative":
                    node = next((g for g in c.children if g.dep_ == "pobj"), None) if c.pos_ == "ADP" else c
                    if node is not None:
                        got = keep(self._np_actors(node, ctx))
                        if got:
                            return got, "dative"
            # "condemned Azerbaijan's attacks", "shot down a Russian helicopter"
            for o in objs:
                if any(c.i in ctx.mentions and (c.dep_ in ("poss", "amod") or (c.dep_ == "compound" and ctx.mentions[c.i].type == "IGO"))
                       for c in o.children) and not own_envoy(o):
                    # ("shut NATO supply routes into Afghanistan": the organisation whose routes they are)
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
                if p == "at" and not (conflict or code[:2] in ("11", "14") or (code == "042" and holder is pred)):
                    ok = False  # ("landed at the Albanian port of Durres", "arrived at Mogadishu airport": where one went)
                if p == "outside" and code[:2] == "14":
                    ok = True
                if p == "from" and (conflict or (code[:3] == "074" and holder is pred)):
                    ok = False  # "fired rockets from Gaza", "troops crossed from Zaire into Rwanda to help": where they came from
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
            if pobj is None and conflict:
                # "fired missiles at what they called an Israeli spy headquarters in Erbil"
                got = keep(self._described_place([g for g in c.children if g.dep_ == "pcomp"], ctx))
                if got:
                    return got, "location"
            if pobj is None:
                # "lifted a ban on delivering S-300 systems to Iran": the recipient of the act the
                # preposition's clause names
                pcomp = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
                to = next((g for g in pcomp.children if g.dep_ == "prep" and g.lower_ == "to"), None) if pcomp is not None else None
                pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if pobj is None or pobj.lower_ in ("sidelines", "margins"):
                continue  # "on the sidelines of the European Political Community summit": a place
            if c.lower_ == "on" and singular(pobj.lower_) in ("warrant", "charge", "request", "order", "suspicion", "behalf"):
                continue  # "arrested … on a French warrant": whose warrant, not whom
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

    def _described_place(self, clauses: list[Any], ctx: _Ctx) -> list[Actor]:
        """The states of the places where what free relatives among ``clauses`` describe is
        said to be (``what New Delhi said was a camp in Balakot inside Pakistan``): the
        described noun's location phrases, or its clause's ("what it called terrorist
        infrastructure at nine sites in Pakistan")."""
        described = [d for c in clauses if (d := _described(c)) is not None]
        return self._located([*described, *(_clause_verb(d) for d in described)], ctx, 0, attack=True) if described else []

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

    def _agreement_parties(self, agreement: Any, ctx: _Ctx, purpose: bool = False) -> list[Actor]:
        """The counterparty an agreement names in its own clause: the buyer of what it
        supplies (``a deal to supply gas to China's Sinopec``, ``to supply Sinopec with gas``)
        or the state it makes ties with (``agreements normalising relations with Israel``).
        With ``purpose``, ``agreement`` is the signing verb and the clause its infinitive
        (``signed a deal on Monday to supply …``, parsed as a purpose clause)."""
        for clause in agreement.children:
            if clause.dep_ not in (("advcl",) if purpose else ("acl", "relcl")) or clause.pos_ != "VERB":
                continue
            if purpose and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and clause.tag_ != "VBG":
                continue  # ("signed a deal … giving China Merchants Port Holdings a stake": a participle too)
            verb = base_form(clause.text)
            if verb in ("allow", "let", "permit", "give", "grant", "hand", "cede", "award"):
                # "an agreement allowing Dubai's DP World to operate part of the port", "a deal
                # giving China Merchants Port Holdings a 70 percent stake": the one it lets or gives
                held = [c for c in clause.children if c.dep_ in ("dobj", "obj", "dative")]
                held += [g for c in clause.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in _SUBJ_DEPS]
                held += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
                got = [a for h in held for a in self._np_actors(h, ctx) if a.kind == "name" or a.type is not None]
                if got:
                    return got
            if verb in ("import", "buy", "purchase"):
                # "a deal to import natural gas from Israel's offshore Leviathan field": the seller
                for holder in (clause, *(c for c in clause.children if c.dep_ in ("dobj", "obj"))):
                    for c in holder.children:
                        if c.dep_ == "prep" and c.lower_ == "from":
                            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                            got = self._np_actors(pobj, ctx) if pobj is not None else []
                            if got:
                                return got
            if verb in ("supply", "export", "sell", "deliver", "ship", "provide", "lease", "transfer"):
                preps = ("to",) if any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("it", "them") and not
                                       any(t.i in ctx.mentions for t in c.subtree) for c in clause.children) else ("to", "with")
                if any(c.dep_ == "prep" and c.lower_ == "to" for c in clause.children):
                    preps = ("to",)  # ("leasing its Hambantota port to a Chinese state-run company": the lessee)
                for c in clause.children:
                    if c.dep_ in ("dobj", "obj", "dative") and "with" in preps:
                        got = self._np_actors(c, ctx)  # "to supply China's Sinopec with gas"
                        if got:
                            return got
                    if c.dep_ == "prep" and c.lower_ in preps:
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        got = self._np_actors(pobj, ctx) if pobj is not None else []
                        if got:
                            return got
            if verb in ("normalise", "normalize", "establish", "restore", "resume"):
                for c in clause.children:
                    obj = c if c.dep_ in ("dobj", "obj") and c.lower_ in ("relations", "ties") else None
                    for holder in ([clause, obj] if obj is not None else [clause]):
                        for p in holder.children:
                            if p.dep_ == "prep" and p.lower_ == "with":
                                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                                got = self._coordinated(pobj, self._np_actors(pobj, ctx), ctx) if pobj is not None else []
                                if got:
                                    return got
        return []
