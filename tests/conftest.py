"""Shared fixtures: the real data in ../shared/data, fresh stores, and the real CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared")) / "data"
GEORGIA_ZIP = SHARED / "gdelt" / "raw" / "georgia_2011_2013.export.CSV.zip"
GDELT2_ZIP = SHARED / "gdelt" / "raw" / "20170701234500.export.CSV.zip"
ICEWS_TAB = SHARED / "icews" / "icews_events_2018_sample.tab"
GKG_SAMPLE = SHARED / "gdelt" / "gdelt2_gkg_sample.tsv"
GDELT2_SAMPLE = SHARED / "gdelt" / "gdelt2_events_sample.tsv"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"reference data not found at {SHARED} (set DYADWATCH_SHARED)")
    return SHARED


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "test.duckdb")
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.duckdb"


@pytest.fixture
def cli(db_path: Path):
    """Run the real ``dyadwatch`` command against a fresh store; returns the click Result."""
    from dyadwatch.cli import main

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(main, ["--db", str(db_path), *args], input=input, catch_exceptions=False)

    return run


@pytest.fixture(scope="session")
def georgia_store(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """A store holding the real Georgia GDELT file (built once per test session)."""
    from dyadwatch.sources.gdelt import ingest_gdelt

    path = tmp_path_factory.mktemp("georgia") / "georgia.duckdb"
    with Store(path) as s:
        ingest_gdelt(s, GEORGIA_ZIP)
    return path
