"""`make bench`: every benchmark, each against a baseline measured in the same run.

Prints Markdown tables (the README's figures are pasted from here) and writes them to
bench/out/results.md. Sizes can be reduced for a quick look:
``python bench/run.py --ingest-rows 1000000 --series-sizes 10000000``.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def markdown(rows: list[dict], columns: list[str]) -> str:
    def cell(v) -> str:
        if isinstance(v, float):
            return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.3g}" if abs(v) < 10 else f"{v:.1f}"
        return "" if v is None else str(v)

    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(cell(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingest-rows", type=int, default=5_000_000)
    ap.add_argument("--series-sizes", default="10000000,50000000")
    ap.add_argument("--workdir", default=str(HERE / "out"))
    ap.add_argument("--only", default="", help="comma-separated: ingest,series,coder,assess,brief,web")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    sections = [f"Machine: {platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}"]

    if not only or "ingest" in only:
        import bench_ingest

        with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-", dir=work) as tmp:
            rows = bench_ingest.bench(args.ingest_rows, Path(tmp))
        sections.append("### Ingest\n\n" + markdown(rows, ["benchmark", "variant", "seconds", "rows_per_s", "peak_mb", "ratio", "target"]))
        print(sections[-1], flush=True)
    if not only or "series" in only:
        import bench_series

        rows = bench_series.bench([int(x) for x in args.series_sizes.split(",")], work)
        sections.append("### series latency\n\n" + markdown(rows, ["benchmark", "variant", "seconds", "ratio", "target"]))
        print(sections[-1], flush=True)
    for name in ("coder", "assess", "brief", "web"):
        script = HERE / f"bench_{name}.py"
        if script.exists() and (not only or name in only):
            out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
            text = out.stdout.strip() if out.returncode == 0 else f"bench_{name} failed:\n{out.stderr[-2000:]}"
            sections.append(f"### {name}\n\n{text}")
            print(sections[-1], flush=True)
    (work / "results.md").write_text("\n\n".join(sections) + "\n", encoding="utf-8")
    print(f"\nwritten to {work / 'results.md'}")


if __name__ == "__main__":
    main()
