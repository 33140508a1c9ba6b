"""Ingest speed: dyadwatch's GDELT ingest against pandas.read_csv and DuckDB's bare read_csv
of the same generated GDELT 2.0 file. Each runs in its own process (peak memory is its own).

Targets (issue #2): >= 5x pandas, >= 0.6x bare DuckDB.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from measure import run_step


def bench(rows: int, workdir: Path) -> list[dict]:
    from synth import write_gdelt2_file

    csv_path = workdir / "bench.export.CSV"
    n = write_gdelt2_file(csv_path, rows)
    size_mb = csv_path.stat().st_size / 1e6
    p = str(csv_path)
    # pandas with its default type inference (numbers parsed, text as objects), quoting off.
    pandas = run_step(
        f"df = pd.read_csv({p!r}, sep='\\t', header=None, quoting=3)\nRESULT = len(df)",
        setup="import pandas as pd",
    )
    duck = run_step(
        f"con.execute(\"CREATE TABLE t AS SELECT * FROM read_csv('{p}', delim='\\t', header=false, quote='', escape='')\")\n"
        "RESULT = con.execute('SELECT count(*) FROM t').fetchone()[0]",
        setup=f"import duckdb\ncon = duckdb.connect({str(workdir / 'bare.duckdb')!r})",
    )
    ours = run_step(
        f"RESULT = ingest_gdelt(s, {p!r}).rows_added\ns.close()",
        setup="from dyadwatch.store import Store\nfrom dyadwatch.sources.gdelt import ingest_gdelt\n"
        f"s = Store({str(workdir / 'ours.duckdb')!r})",
    )
    for r in (pandas, duck, ours):
        assert r["value"] == n, (r, n)
    rate = {k: n / v["seconds"] for k, v in (("pandas", pandas), ("duckdb", duck), ("ours", ours))}
    return [
        {"benchmark": f"ingest {n:,} GDELT 2.0 rows ({size_mb:,.0f} MB)", "variant": "pandas.read_csv (C engine, types inferred)",
         "seconds": pandas["seconds"], "rows_per_s": rate["pandas"], "peak_mb": pandas["peak_mb"], "ratio": rate["ours"] / rate["pandas"],
         "target": ">= 5x (ours / pandas)"},
        {"benchmark": "", "variant": "DuckDB bare read_csv into a table",
         "seconds": duck["seconds"], "rows_per_s": rate["duckdb"], "peak_mb": duck["peak_mb"], "ratio": rate["ours"] / rate["duckdb"],
         "target": ">= 0.6x (ours / bare)"},
        {"benchmark": "", "variant": "dyadwatch ingest gdelt (typed, aspects, ledger, dedup)",
         "seconds": ours["seconds"], "rows_per_s": rate["ours"], "peak_mb": ours["peak_mb"], "ratio": 1.0, "target": ""},
    ]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as tmp:
        for row in bench(args.rows, Path(tmp)):
            print(row)
