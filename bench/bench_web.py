"""Load on the web app: p50/p95 latency of ``/api/assess/A/B`` and of the dyad page with 20
concurrent clients on a 10M-event store, errors counted. Loopback only, bounded.

``dyadwatch serve`` runs in a subprocess on 127.0.0.1; the clients (asyncio + httpx, one
connection each) run in this process. The store is ``bench/out/series_10000000.duckdb``
(built by ``synth.ensure_store`` if missing, shared with the series and assess benchmarks).

Phases:

1. **cold**: each of the store's top ``--dyads`` dyads once, one at a time — the full cost of
   an assessment on the 10M store (snapshot of the store already taken);
2. **load**: ``--clients`` clients, each sending ``--requests`` requests round-robin over the
   dyads, for ``/api/assess/A/B`` and then for ``/dyad/A/B``; answers come from the server's
   result cache (the target case: "p95 < 150 ms with caching, 0 errors");
3. **baseline**: the same load on ``/api/status`` (no store access, a small JSON) — the
   floor of the server + client on this machine; the ratios are p95 / baseline p95.

Every phase stops at ``--max-seconds``. Target (issue #6): p95 < 150 ms with caching, 0 errors.

Run: ``.venv/bin/python bench/bench_web.py [--size N] [--clients 20] [--requests 50]``;
prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

HOST = "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs)) - 1))]


async def _load(base: str, urls: list[str], clients: int, per_client: int, max_seconds: float) -> dict:
    """``clients`` concurrent clients, each ``per_client`` requests round-robin over ``urls``."""
    lat: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + max_seconds

    async def client(i: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=1)) as c:
            for k in range(per_client):
                if time.monotonic() > deadline:
                    return
                url = urls[(i + k) % len(urls)]
                t = time.perf_counter()
                try:
                    r = await c.get(url)
                    await r.aread()
                    ok = r.status_code == 200
                    if not ok:
                        errors.append(f"{url}: {r.status_code}")
                except httpx.HTTPError as e:
                    ok = False
                    errors.append(f"{url}: {e!r}")
                lat.append(time.perf_counter() - t)

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    wall = time.perf_counter() - t0
    return {
        "requests": len(lat), "errors": len(errors), "p50_ms": 1000 * _pct(lat, 50), "p95_ms": 1000 * _pct(lat, 95),
        "max_ms": 1000 * max(lat) if lat else float("nan"), "req_per_s": len(lat) / wall if wall else 0.0,
        "error_sample": errors[:3],
    }


def bench(size: int, workdir: Path, clients: int, per_client: int, n_dyads: int, max_seconds: float) -> list[dict]:
    from dyadwatch import api
    from dyadwatch.store import Store
    from synth import ensure_store

    path = ensure_store(workdir, size)
    with Store(path, read_only=True) as s:
        events = s.count()
        dyads = [(d["a"], d["b"]) for d in api.top_dyads(s, n_dyads)]

    port = _free_port()
    base = f"http://{HOST}:{port}"
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-web-", dir=workdir) as tmp:
        env = {**os.environ, "DYADWATCH_WATCHLIST": str(Path(tmp) / "watch.sqlite")}
        env.pop("DYADWATCH_TOKEN", None)
        log = open(Path(tmp) / "serve.log", "w")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "dyadwatch.cli", "--db", str(path), "serve", "--host", HOST, "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
        try:
            t = time.perf_counter()
            while True:
                try:
                    if httpx.get(base + "/api/status", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.perf_counter() - t > 300:
                    raise RuntimeError("dyadwatch serve did not start:\n" + (Path(tmp) / "serve.log").read_text())
                time.sleep(0.2)
            startup = time.perf_counter() - t

            cold = []
            with httpx.Client(base_url=base, timeout=300) as c:
                for a, b in dyads:
                    t = time.perf_counter()
                    r = c.get(f"/api/assess/{a}/{b}")
                    cold.append((time.perf_counter() - t, r.status_code))
            rows = [{
                "benchmark": f"web, {events:,} events", "variant": f"cold /api/assess, {len(dyads)} dyads one by one",
                "requests": len(cold), "errors": sum(s != 200 for _, s in cold),
                "p50_ms": 1000 * statistics.median(x for x, _ in cold), "p95_ms": 1000 * _pct([x for x, _ in cold], 95),
                "max_ms": 1000 * max(x for x, _ in cold), "req_per_s": None, "ratio": None, "target": "",
            }]
            runs = {}
            for name, urls in (
                ("baseline", ["/api/status"]),
                ("assess", [f"/api/assess/{a}/{b}" for a, b in dyads]),
                ("page", [f"/dyad/{a}/{b}" for a, b in dyads]),
            ):
                runs[name] = asyncio.run(_load(base, urls, clients, per_client, max_seconds))
            floor = runs["baseline"]["p95_ms"]
            labels = {"baseline": "/api/status (baseline)", "assess": "/api/assess/A/B (cached)",
                      "page": "/dyad/A/B page (cached)"}
            for name in ("assess", "page", "baseline"):
                r = runs[name]
                ok = r["p95_ms"] < 150 and r["errors"] == 0
                rows.append({
                    "benchmark": f"web, {clients} clients", "variant": labels[name], **{k: r[k] for k in (
                        "requests", "errors", "p50_ms", "p95_ms", "max_ms", "req_per_s")},
                    "ratio": r["p95_ms"] / floor if floor else None,
                    "target": "" if name == "baseline" else ("p95 < 150 ms, 0 errors: " + ("met" if ok else "MISSED")),
                })
                for e in r["error_sample"]:
                    print(f"error sample ({name}): {e}", file=sys.stderr)
            rows.append({"benchmark": "web", "variant": "server start (store snapshot taken)", "requests": None,
                         "errors": None, "p50_ms": 1000 * startup, "p95_ms": None, "max_ms": None, "req_per_s": None,
                         "ratio": None, "target": ""})
            return rows
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def main() -> None:
    from run import markdown

    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10_000_000)
    ap.add_argument("--workdir", default=str(HERE / "out"))
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=50, help="requests per client in each load phase")
    ap.add_argument("--dyads", type=int, default=10)
    ap.add_argument("--max-seconds", type=float, default=120.0, help="time limit of each load phase")
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    rows = bench(args.size, work, args.clients, args.requests, args.dyads, args.max_seconds)
    print(markdown(rows, ["benchmark", "variant", "requests", "errors", "p50_ms", "p95_ms", "max_ms", "req_per_s",
                          "ratio", "target"]))


if __name__ == "__main__":
    main()
