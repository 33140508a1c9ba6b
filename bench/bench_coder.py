"""The news coder: speed beside spaCy's own parse-only rate, and accuracy on the gold sets.

Run: ``.venv/bin/python bench/bench_coder.py`` (``make bench`` runs it too). Prints
Markdown tables.

**Speed.** The same sentences (every gold sentence plus the sample corpus, repeated to about
3,000) are run three ways in this process: spaCy's full default pipeline (with NER and the
lemmatizer), spaCy with exactly the components the coder loads (tok2vec, tagger,
attribute_ruler, parser) — the parse-only rate that bounds the coder — and the coder end
to end (parse, actors, verbs, aspect, tone). Rates are sentences per second; the ratio is
coder / parse-only, measured in the same run.

**Accuracy.** The gold files in ``../shared/data/gold`` are checks, never tuning data:

* PLOVER GSR (CAMEO manual examples): gold source/target codes, the PLOVER event (mapped to
  GDELT's QuadClass through the shared CAMEO→PLOVER table: the quad most of the event's
  CAMEO codes have) and the context (mapped to an aspect).
* PETR2 GSR validation (wire sentences, AFP and others): gold CAMEO codings, and sentences
  marked as having no event.

For each sentence the coder's events are compared with the gold codings at country level
(the first three letters of a CAMEO actor code; an international organisation is ``IGO``):

* *quad macro-F1*: per sentence, the quad of the coder's first event against the gold quad
  (no event counts as a miss), F1 averaged over the four quads;
* *actor-pair accuracy*: share of gold codings whose (source, target) pair appears among the
  coder's events for the sentence;
* *pair+quad precision/recall/F1*: an event is right when its (source, target, quad) is
  one of the sentence's gold codings; recall is over gold codings; events on no-event
  sentences count against precision;
* *aspect accuracy*: on PLOVER records that carry a context, the first event's aspect
  against the context's aspect(s).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "gold"
REFERENCE = ROOT.parent / "shared" / "data" / "reference"
sys.path.insert(0, str(ROOT / "src"))

from dyadwatch.coding.coder import MODEL, Coder, Document, load_model  # noqa: E402
from dyadwatch.schema import quad_for_root  # noqa: E402

CONTEXT_ASPECT: dict[str, set[str]] = {
    "military": {"security"}, "terrorism": {"security"}, "cbrn": {"security"}, "cyber": {"security"},
    "intelligence": {"security"}, "peacekeeping": {"security"},
    "economic": {"economy"}, "assets": {"economy"},
    "resource": {"energy", "economy"}, "resources": {"energy", "economy"},
    "refugee": {"society"}, "refugees": {"society"}, "rights": {"society"}, "discrimination": {"society"},
    "religion": {"society"}, "humanitarian": {"society"},
    "diplomatic": {"diplomacy"}, "legal": {"diplomacy"}, "political": {"diplomacy"}, "politics": {"diplomacy"},
    "election": {"diplomacy"}, "government": {"diplomacy"}, "foreign": {"diplomacy"}, "historical": {"diplomacy"},
}
"""PLOVER context → the aspects it corresponds to (politics and law have no aspect of their
own: they are diplomacy, as every event without a topic is)."""


def plover_quads() -> dict[str, int]:
    """PLOVER event → QuadClass, from the CAMEO→PLOVER table (majority of its CAMEO codes)."""
    votes: dict[str, Counter] = {}
    for line in (REFERENCE / "cameo_to_plover.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            votes.setdefault(m.group(2), Counter())[quad_for_root(m.group(1)[:2])] += 1
    return {event: c.most_common(1)[0][0] for event, c in votes.items()}


def _actor_key(code: str | None) -> str | None:
    return code[:3].upper() if code else None


def load_plover() -> list[dict]:
    quads = plover_quads()
    out = []
    for r in json.loads((GOLD / "plover_gsr_cameo.json").read_text(encoding="utf-8")):
        if not r.get("text") or r.get("event") not in quads:
            continue
        src = [a for a in r.get("source") or [] if isinstance(a, dict)]
        tgt = [a for a in r.get("target") or [] if isinstance(a, dict)] if isinstance(r.get("target"), list) else []
        pairs = {(_actor_key(s.get("code")), _actor_key(t.get("code"))) for s in src for t in tgt}
        if not tgt and len(src) >= 2:  # compound actor acting on itself: "Israel and the Palestinians agreed"
            pairs = {(_actor_key(a.get("code")), _actor_key(b.get("code"))) for a in src for b in src if a is not b}
        aspects: set[str] = set()
        for ctx in re.split(r"[,\s]+", (r.get("context") or "").lower()):
            aspects |= CONTEXT_ASPECT.get(ctx, set())
        out.append({"id": r["id"], "text": r["text"].strip(), "quad": quads[r["event"]], "pairs": pairs, "aspects": aspects})
    return out


def load_petr2() -> list[dict]:
    text = (GOLD / "petr2_gsr_validation.xml").read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"<Sentence ([^>]*)>(.*?)<Text>(.*?)</Text>", text, re.S):
        attrs, body, sentence = m.groups()
        codings = re.findall(r"<EventCoding ([^>]*)/>", body)
        if not codings:
            continue
        pairs: set[tuple[str | None, str | None]] = set()
        quads: set[int] = set()
        triples: set[tuple] = set()
        for c in codings:
            a = dict(re.findall(r'(\w+)="([^"]*)"', c))
            if a.get("noevents") == "True":
                continue
            q = quad_for_root(a["eventcode"][:2])
            pair = (_actor_key(a.get("sourcecode")), _actor_key(a.get("targetcode")))
            pairs.add(pair)
            quads.add(q)
            triples.add((*pair, q))
        sid = re.search(r'id="([^"]*)"', attrs)
        out.append({"id": sid.group(1) if sid else "", "text": " ".join(sentence.split()), "quad": min(quads) if quads else None,
                    "quads": quads, "pairs": pairs, "triples": triples, "aspects": set()})
    return out


def _event_key(e) -> tuple:
    src = e.source or (e.source_code[:3] if e.source_code else None)
    tgt = e.target or (e.target_code[:3] if e.target_code else None)
    return src, tgt


def score(coder: Coder, records: list[dict]) -> dict:
    docs = [Document(r["id"] or str(i), r["text"]) for i, r in enumerate(records)]
    coded = [evs for _, evs in coder.code_documents(docs)]
    tp = fp = fn = 0
    pair_hits = pair_total = 0
    aspect_ok = aspect_n = 0
    confusion: Counter = Counter()
    for r, evs in zip(records, coded):
        gold_triples = r.get("triples") or {(*p, r["quad"]) for p in r["pairs"]}
        got = {(*_event_key(e), e.quad) for e in evs}
        got_pairs = {_event_key(e) for e in evs}
        tp += len(got & gold_triples)
        fp += len(got - gold_triples)
        fn += len(gold_triples - got)
        for p in r["pairs"]:
            pair_total += 1
            pair_hits += p in got_pairs
        if r["quad"] is not None:
            gold_q = r["quad"] if not r.get("quads") or not evs or evs[0].quad not in r["quads"] else evs[0].quad
            confusion[(gold_q, evs[0].quad if evs else 0)] += 1
        if r["aspects"] and evs:
            aspect_n += 1
            aspect_ok += evs[0].aspect in r["aspects"]
    f1s = []
    for q in (1, 2, 3, 4):
        t = confusion[(q, q)]
        pred = sum(v for (g, p), v in confusion.items() if p == q)
        gold = sum(v for (g, p), v in confusion.items() if g == q)
        prec = t / pred if pred else 0.0
        rec = t / gold if gold else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": len(records),
        "coded": sum(1 for evs in coded if evs),
        "quad_macro_f1": sum(f1s) / 4,
        "pair_accuracy": pair_hits / pair_total if pair_total else None,
        "pq_precision": prec,
        "pq_recall": rec,
        "pq_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "aspect_accuracy": aspect_ok / aspect_n if aspect_n else None,
        "aspect_n": aspect_n,
    }


def speed(coder: Coder, texts: list[str]) -> list[dict]:
    import spacy

    n_sent = sum(1 for t in texts for _ in coder.nlp(t).sents)
    rows = []
    full = spacy.load(MODEL)
    t0 = time.perf_counter()
    for _ in full.pipe(texts, batch_size=coder.batch_size):
        pass
    rows.append({"variant": "spaCy, full default pipeline (+NER, +lemmatizer)", "seconds": time.perf_counter() - t0})
    parse = load_model()
    t0 = time.perf_counter()
    for _ in parse.pipe(texts, batch_size=coder.batch_size):
        pass
    rows.append({"variant": "spaCy parse-only (components the coder loads)", "seconds": time.perf_counter() - t0})
    t0 = time.perf_counter()
    n_events = sum(len(evs) for _, evs in coder.code_documents(Document(str(i), t) for i, t in enumerate(texts)))
    rows.append({"variant": f"dyadwatch coder end to end ({n_events} events)", "seconds": time.perf_counter() - t0})
    base = rows[1]["seconds"]
    for r in rows:
        r["sentences"] = n_sent
        r["sentences_per_s"] = n_sent / r["seconds"]
        r["vs_parse_only"] = base / r["seconds"]
    return rows


def table(rows: list[dict], cols: list[str]) -> str:
    def cell(v) -> str:
        if v is None:
            return "–"
        if isinstance(v, float):
            return f"{v:,.0f}" if v >= 100 else f"{v:.2f}"
        return str(v)

    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(cell(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(out)


def main() -> None:
    if not GOLD.exists():
        print(f"gold data not found at {GOLD}")
        sys.exit(1)
    coder = Coder()
    plover = load_plover()
    petr2 = load_petr2()
    sample = [json.loads(x)["text"] for x in (ROOT / "src" / "dyadwatch" / "data" / "caucasus_2020_2025.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in plover + petr2] + sample
    reps = max(1, 3000 // len(texts))
    speed_rows = speed(coder, texts * reps)
    print("Speed (this machine, one process; target ≥ 500 sentences/s end to end)\n")
    print(table(speed_rows, ["variant", "sentences", "seconds", "sentences_per_s", "vs_parse_only"]))
    acc = []
    for name, recs in (("PLOVER GSR (CAMEO manual examples)", plover), ("PETR2 GSR validation (wire sentences)", petr2)):
        row = score(coder, recs)
        row["gold set"] = name
        acc.append(row)
    print("\nAccuracy on the gold sets (checks, not training data; targets: pair+quad F1 ≥ 0.85, aspect ≥ 0.85)\n")
    print(table(acc, ["gold set", "sentences", "coded", "quad_macro_f1", "pair_accuracy", "pq_precision", "pq_recall", "pq_f1", "aspect_accuracy", "aspect_n"]))


if __name__ == "__main__":
    main()
