"""``series`` latency on generated stores, against a hand-written DuckDB query in the same run.

Target (issue #2): < 0.5 s at 50M events on the 2-core machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from measure import median_time

RAW = """SELECT date_trunc('month', date) AS period, count(*), avg(goldstein),
       sum(goldstein * articles) / sum(articles), avg((quad <= 2)::INT), avg((quad = 4)::INT), avg(tone)
FROM events WHERE (source_country = 'RUS' AND target_country = 'USA')
               OR (source_country = 'USA' AND target_country = 'RUS')
GROUP BY 1 ORDER BY 1"""


def bench(sizes: list[int], workdir: Path) -> list[dict]:
    from dyadwatch import api
    from dyadwatch.store import Store
    from synth import ensure_store

    rows = []
    for n in sizes:
        path = ensure_store(workdir, n)
        with Store(path, read_only=True) as s:
            stored = s.count()
            raw = median_time(lambda: s.con.execute(RAW).fetchall())
            ours = median_time(lambda: api.series(s, "RUS", "USA", by="month"))
            cold_t = time.perf_counter()
        with Store(path, read_only=True) as s2:
            api.series(s2, "RUS", "AZE", by="week")
            cold = time.perf_counter() - cold_t
        rows.append({"benchmark": f"series RUS USA --by month, {stored / 1e6:.0f}M events", "variant": "hand-written DuckDB SQL",
                     "seconds": raw, "ratio": ours / raw, "target": ""})
        rows.append({"benchmark": "", "variant": "dyadwatch series (Ibis), warm median of 5", "seconds": ours,
                     "ratio": 1.0, "target": "< 0.5 s at 50M"})
        rows.append({"benchmark": "", "variant": "dyadwatch series, fresh connection", "seconds": cold,
                     "ratio": cold / raw, "target": ""})
    return rows


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000000,50000000")
    ap.add_argument("--workdir", default="bench/out")
    args = ap.parse_args()
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    for row in bench([int(x) for x in args.sizes.split(",")], Path(args.workdir)):
        print(row)
