"""``brief`` latency on a 10M-event generated store, against ``assess`` measured in the same run.

Target (issue #5): a brief from a 10M-event store in < 3 s on the 2-core machine.

The store is the one ``bench_series`` and ``bench_assess`` use
(``bench/out/series_10000000.duckdb``, built by ``synth.ensure_store`` if missing). RUS–USA
is its busiest dyad. A brief is the assessment plus: the playbook, the precedent search over
every pair of the store (one aggregate over all 10M events, in a thread beside the charts and
the other queries), the partner events, the charts (vl-convert) and the rendering. On the same
warm connection, median of 3 runs each:

* ``api.assess`` (the baseline: the brief cannot be faster than it);
* the brief model without charts, then the Markdown, HTML and PDF briefs, each with the
  precedent search run afresh (``precedents.clear_cache()`` before every run: the first brief
  of a store and date in a process) and repeated (the search remembered for the read-only
  store, as a web app serving briefs sees it);

and once in a fresh interpreter with a fresh connection, imports included (what
``dyadwatch brief RUS USA -o RUS-USA.html`` costs).

Run: ``.venv/bin/python bench/bench_brief.py [--size N] [--workdir DIR]``; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from measure import fresh_process_seconds, median_time, seconds_table  # noqa: E402


def _cold(path: Path, a: str, b: str, out: Path) -> float:
    return fresh_process_seconds(
        "from dyadwatch.brief import build_brief, write_brief\nfrom dyadwatch.store import Store\n"
        f"s = Store({str(path)!r}, read_only=True)\n"
        f"write_brief(build_brief(s.events_table(), {a!r}, {b!r}), {str(out)!r})"
    )


def bench(size: int, workdir: Path) -> list[dict]:
    from dyadwatch import api
    from dyadwatch.brief import build_brief, precedents, render
    from dyadwatch.store import Store
    from synth import ensure_store

    path = ensure_store(workdir, size)
    rows = []
    with Store(path, read_only=True) as s:
        stored = s.count()
        ev = s.events_table()

        def fresh(fn):  # the precedent search not remembered
            def run():
                precedents.clear_cache()
                return fn()
            return run

        for a, b in (("RUS", "USA"), ("AZE", "ARM")):
            base = median_time(lambda a=a, b=b: api.assess(s, a, b), repeat=3)
            model = median_time(fresh(lambda a=a, b=b: build_brief(ev, a, b, charts=False)), repeat=3)
            brief = build_brief(ev, a, b)
            rows.append({"benchmark": f"brief {a} {b}, {stored / 1e6:.0f}M events",
                         "variant": "api.assess (baseline)", "seconds": base, "ratio": 1.0, "target": ""})
            rows.append({"benchmark": "", "variant": f"brief model, no charts ({len(brief.recommendations)} rules "
                                                     "fired, precedents searched)",
                         "seconds": model, "ratio": model / base, "target": ""})
            for fmt in ("md", "html", "pdf"):
                def one(a=a, b=b, fmt=fmt):
                    return render(build_brief(ev, a, b, charts=fmt != "md"), fmt)

                t = median_time(fresh(one), repeat=3)
                rows.append({"benchmark": "", "variant": f"brief --format {fmt}, warm, precedents searched",
                             "seconds": t, "ratio": t / base, "target": "< 3 s"})
                t = median_time(one, repeat=3)
                rows.append({"benchmark": "", "variant": f"brief --format {fmt}, warm, precedents remembered",
                             "seconds": t, "ratio": t / base, "target": "< 3 s"})
        base = median_time(lambda: api.assess(s, "RUS", "USA"), repeat=3)
    for fmt in ("md", "html", "pdf"):
        cold = _cold(path, "RUS", "USA", workdir / f"bench-RUS-USA.{fmt}")
        rows.append({"benchmark": "", "variant": f"brief RUS USA -o .{fmt}, fresh interpreter (imports included)",
                     "seconds": cold, "ratio": cold / base, "target": "< 3 s"})
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10_000_000)
    ap.add_argument("--workdir", default=str(HERE / "out"))
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    print(seconds_table(bench(args.size, work)))
