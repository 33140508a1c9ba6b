"""Aggregate error categories of the news coder: counts only, never sentences.

Run: ``.venv/bin/python bench/coder_errors.py [dev|holdout|holdout2..holdout39|plover|petr2|all]``
(a holdout only once it has been scored and retired: see bench_coder.py). For each
gold coding the coder missed, one category (the first that applies):

* ``source not named`` / ``target not named``: no dictionary name in the sentence has the
  coding's country (an actor-dictionary gap: a missing name, adjective, person, agent);
* ``no verb coded``: the actors are there but no verb of the sentence has a code (a
  verb-dictionary gap);
* ``no event``: a verb has a code but the coder emitted nothing for the sentence (roles not
  found: subject or target extraction, blocking by negation or reported speech);
* ``other pair``: the coder emitted events, none with this (source, target);
* ``wrong quad``: the pair was found with another quad.

And for each coder event that is not right: ``no-event sentence``, ``wrong quad`` (the pair is
a gold pair), ``reversed``, ``wrong target`` (the source is a gold source), ``wrong source``,
``wrong pair``. Then the missed codings' CAMEO roots (where the gold has codes) and the
gold actor types of the missing names. The gold files are checks: this script is for
choosing which general capability to build next, never for writing rules for sentences.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import bench_coder as bc  # noqa: E402
from dyadwatch.coding.coder import Coder, Document  # noqa: E402


def _gold_codes(name: str) -> dict[str, list[tuple[str, str, str]]]:
    """Full gold (source code, target code, event code) per sentence id, where the set has them."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    if name == "petr2":
        text = (bc.GOLD / "petr2_gsr_validation.xml").read_text(encoding="utf-8")
        for m in re.finditer(r"<Sentence ([^>]*)>(.*?)<Text>", text, re.S):
            sid = re.search(r'id="([^"]*)"', m.group(1))
            for c in re.findall(r"<EventCoding ([^>]*)/>", m.group(2)):
                a = dict(re.findall(r'(\w+)="([^"]*)"', c))
                if a.get("eventcode"):
                    out.setdefault(sid.group(1) if sid else "", []).append((a.get("sourcecode", ""), a.get("targetcode", ""), a["eventcode"]))
    return out


def analyse(coder: Coder, name: str, records: list[dict]) -> None:
    docs = [Document(r["id"] or str(i), r["text"], r.get("date")) for i, r in enumerate(records)]
    parsed = list(coder.nlp.pipe([d.text for d in docs], batch_size=coder.batch_size))
    coded = [evs for _, evs in coder.code_documents(docs)]
    full = _gold_codes(name)
    miss: Counter = Counter()
    fps: Counter = Counter()
    roots: Counter = Counter()
    types: Counter = Counter()
    n_gold = n_got = 0
    for r, sdoc, evs in zip(records, parsed, coded):
        all_triples = r["triples"] if "triples" in r else {(*p, r["quad"]) for p in r["pairs"]}
        gold = {t for t in all_triples if None not in t}
        wild = [t for t in all_triples if None in t]
        got = {(*bc._event_key(e), e.quad) for e in evs}
        got_pairs = {t[:2] for t in got}
        named: set = set()
        from dyadwatch.coding.actors import find_mentions

        for sent in sdoc.sents:
            toks = list(sent)
            for m in find_mentions(toks, [t.lower_ for t in toks], coder.actors, r.get("date")).values():
                named.add(bc._actor_key(m.code) or m.country)
        verbs = any(coder.lexicon.code(t.text, None, coder._object_words(t), set()) for t in sdoc if t.pos_ == "VERB")
        n_gold += len(gold)
        n_got += len(got)
        for g in gold - got:
            if g[0] not in named:
                cat = "source not named"
            elif g[1] not in named:
                cat = "target not named"
            elif not verbs:
                cat = "no verb coded"
            elif not evs:
                cat = "no event"
            elif g[:2] not in got_pairs:
                cat = "other pair"
            else:
                cat = "wrong quad"
            miss[cat] += 1
            for s, t, code in full.get(r["id"], []):
                if (bc._actor_key(s), bc._actor_key(t)) == g[:2]:
                    roots[code[:2]] += 1
                    side = s if cat == "source not named" else t if cat == "target not named" else ""
                    if side:
                        types[side[3:6] or "(country)"] += 1
                    break
            else:
                roots[f"quad {g[2]}"] += 1
        for g in got - gold:
            if any(bc._matches(g, w) for w in wild):
                continue
            pairs = {t[:2] for t in gold}
            if not gold:
                cat = "no-event sentence"
            elif g[:2] in pairs:
                cat = "wrong quad"
            elif (g[1], g[0]) in pairs:
                cat = "reversed"
            elif g[0] in {p[0] for p in pairs}:
                cat = "wrong target"
            elif g[1] in {p[1] for p in pairs}:
                cat = "wrong source"
            else:
                cat = "wrong pair"
            fps[cat] += 1
    print(f"\n## {name}: {len(records)} sentences, {n_gold} gold codings, {n_got} coder events")
    print("missed codings:", dict(miss.most_common()))
    print("wrong events:  ", dict(fps.most_common()))
    print("missed by gold root/quad:", dict(roots.most_common(12)))
    if types:
        print("gold actor types of names not found:", dict(types.most_common(10)))


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    coder = Coder()
    sets = {"dev": lambda: bc.load_dev(), "holdout": lambda: bc.load_dev("wire_holdout.jsonl"),
            "holdout2": lambda: bc.load_dev("wire_holdout2.jsonl", domestic=False),
            **{f"holdout{k}": (lambda k=k: bc.load_dev(f"wire_holdout{k}.jsonl")) for k in range(3, 28)},
            "plover": bc.load_plover, "petr2": bc.load_petr2}
    for name, load in sets.items():
        if which in ("all", name):
            analyse(coder, name, load())
            analyse_no_event(coder, name, load())


def why_no_event(coder: Coder, sent, when) -> str:
    """The furthest stage any coded verb of a sentence reached (for ``no event``)."""
    from dyadwatch.coding import coder as cm
    from dyadwatch.coding.actors import find_mentions
    from dyadwatch.coding.events import SPECULATIVE_VERBS, base_form

    toks = list(sent)
    mentions = find_mentions(toks, [t.lower_ for t in toks], coder.actors, when)
    ctx = cm._Ctx(sent, mentions, when)
    order = ["skipped dep", "blocked", "under speculative verb", "no subject token", "subject not an actor",
             "no target", "same/indistinct"]
    best = -1
    detail = ""
    for t in toks:
        if t.pos_ != "VERB":
            continue
        particle = next((c.lower_ for c in t.children if c.dep_ == "prt"), None)
        hit = coder.lexicon.code(t.text, particle, coder._object_words(t), set())
        if not hit:
            continue
        if t.dep_ in cm._SKIP_DEPS and not (t.dep_ == "pcomp" and t.head.lower_ in cm._TEMPORAL_PREPS):
            stage, d = 0, t.dep_
        elif coder._blocked(t):
            stage, d = 1, ""
        else:
            node, spec = t, False
            while node.dep_ in ("conj", "xcomp", "ccomp", "advcl", "relcl") and node.head is not node:
                if node.dep_ == "ccomp" and base_form(node.head.text) in SPECULATIVE_VERBS:
                    spec = True
                if node.dep_ != "advcl" and coder._blocked(node.head):
                    spec = True
                node = node.head
            if spec:
                stage, d = 2, ""
            else:
                src = coder._subject_actors(t, ctx)
                if not src:
                    s = coder._subject_token(t)
                    stage, d = (3, t.dep_) if s is None else (4, "")
                else:
                    tg, _ = coder._targets(t, hit[0], ctx, exclude=src)
                    stage, d = (5, hit[0][:2]) if not tg else (6, "")
        if stage > best:
            best, detail = stage, d
    return order[best] + (f" ({detail})" if detail and best in (0, 3) else "") if best >= 0 else "none"


def analyse_no_event(coder: Coder, name: str, records: list[dict]) -> None:
    docs = [Document(r["id"] or str(i), r["text"], r.get("date")) for i, r in enumerate(records)]
    coded = [evs for _, evs in coder.code_documents(docs)]
    parsed = list(coder.nlp.pipe([d.text for d in docs], batch_size=coder.batch_size))
    c: Counter = Counter()
    for r, sdoc, evs in zip(records, parsed, coded):
        gold = {t for t in (r["triples"] if "triples" in r else {(*p, r["quad"]) for p in r["pairs"]}) if None not in t}
        if gold and not evs:
            for sent in sdoc.sents:
                c[why_no_event(coder, sent, r.get("date"))] += 1
    print(f"{name}: sentences with gold codings and no coder event, by furthest stage:", dict(c.most_common()))


if __name__ == "__main__":
    main()
