"""Run one measured step in a fresh subprocess: wall time and peak memory (max RSS)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

RUNNER = r"""
import json, resource, sys, time
sys.path.insert(0, {bench!r})
exec({setup!r})
t0 = time.perf_counter()
exec({code!r})
elapsed = time.perf_counter() - t0
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("@@RESULT@@" + json.dumps({{"seconds": elapsed, "peak_mb": peak_kb / 1024, "value": globals().get("RESULT")}}))
"""


def run_step(code: str, setup: str = "") -> dict:
    """Execute ``setup`` then, timed, ``code`` (Python source) in a new interpreter; ``code``
    may set ``RESULT``. Peak memory covers the whole process."""
    src = RUNNER.format(bench=str(Path(__file__).parent), code=code, setup=setup)
    out = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark step failed:\n{out.stderr[-3000:]}")
    line = next(x for x in out.stdout.splitlines() if x.startswith("@@RESULT@@"))
    return json.loads(line[len("@@RESULT@@"):])


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` calls of ``fn``, after one warm-up call (which compiles
    expressions and loads column segments)."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def seconds_table(rows: Sequence[dict], cols: Sequence[str] = ("benchmark", "variant", "seconds", "ratio", "target")) -> str:
    """Markdown table of benchmark rows: seconds to 3 decimals, ratios to 1."""
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        cells = [f"{r[c]:.3f}" if c == "seconds" else f"{r[c]:.1f}" if c == "ratio" else str(r[c]) for c in cols]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def fresh_process_seconds(code: str) -> float:
    """Seconds a new interpreter takes to run ``code`` (imports included), timed inside it
    from its first statement: what one CLI call costs, less interpreter start-up."""
    src = "import time; t = time.perf_counter()\n" + code + "\nprint(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])
