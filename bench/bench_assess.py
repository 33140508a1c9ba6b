"""``assess`` latency on a 10M-event generated store, against baselines measured in the same run.

Target (issue #4): ``dyadwatch assess`` on a 10M-event store in < 2 s on the 2-core machine.

The store is the one ``bench_series`` uses (``bench/out/series_10000000.duckdb``, built by
``synth.ensure_store`` in one DuckDB statement if missing; RUS–USA is its busiest dyad, the
worst case). Baselines, on the same warm connection:

* a filtered scan: ``count(*)`` of the events that involve either country — the least any
  assessment must read;
* ``dyadwatch series RUS USA --by month`` (one Ibis aggregate of the dyad).

Each is the median of 5 warm runs; ``assess`` is also timed once on a fresh connection in a
fresh interpreter (imports included: what a CLI call costs).

Run: ``.venv/bin/python bench/bench_assess.py [--size N] [--workdir DIR]``; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from measure import fresh_process_seconds, median_time, seconds_table  # noqa: E402

SCAN = """SELECT count(*) FROM events
WHERE source_country IN ('RUS', 'USA') OR target_country IN ('RUS', 'USA')"""


def _cold(path: Path, a: str, b: str) -> float:
    return fresh_process_seconds(
        "from dyadwatch import api\nfrom dyadwatch.store import Store\n"
        f"s = Store({str(path)!r}, read_only=True)\napi.assess(s, {a!r}, {b!r})"
    )


def bench(size: int, workdir: Path) -> list[dict]:
    from dyadwatch import api
    from dyadwatch.store import Store
    from synth import ensure_store

    path = ensure_store(workdir, size)
    rows = []
    with Store(path, read_only=True) as s:
        stored = s.count()
        scan = median_time(lambda: s.con.execute(SCAN).fetchall())
        series = median_time(lambda: api.series(s, "RUS", "USA", by="month"))
        for a, b in (("RUS", "USA"), ("AZE", "ARM")):
            r = api.assess(s, a, b)
            m = r.call.evidence
            dyad_events = m.events_recent + m.events_baseline
            warm = median_time(lambda a=a, b=b: api.assess(s, a, b))
            rows.append({"benchmark": f"assess {a} {b}, {stored / 1e6:.0f}M events ({dyad_events:,} in the dyad's "
                                      f"{r.window}+{r.baseline} months)",
                         "variant": "filtered scan count(*) (baseline)", "seconds": scan, "ratio": 1.0, "target": ""})
            rows.append({"benchmark": "", "variant": "dyadwatch series --by month (baseline)", "seconds": series,
                         "ratio": series / scan, "target": ""})
            rows.append({"benchmark": "", "variant": "api.assess, warm median of 5", "seconds": warm,
                         "ratio": warm / scan, "target": "< 2 s"})
    for a, b in (("RUS", "USA"),):
        cold = _cold(path, a, b)
        rows.append({"benchmark": "", "variant": f"assess {a} {b}, fresh interpreter and connection (imports included)",
                     "seconds": cold, "ratio": cold / scan, "target": "< 2 s"})
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10_000_000)
    ap.add_argument("--workdir", default=str(HERE / "out"))
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    print(seconds_table(bench(args.size, work)))
