"""The watchlist: 'dyadwatch watch add/list/remove/check' and the same changes on the dashboard."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.store import DyadwatchError
from dyadwatch.watchlist import Observation, Watchlist, watchlist_path
from dyadwatch.web.app import create_app
from gdelt_rows import write_gdelt
from webfixtures import LiveServer, dyad_rows


def test_watchlist_file_sits_beside_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYADWATCH_WATCHLIST", raising=False)
    assert watchlist_path(tmp_path / "events.duckdb") == tmp_path / "events.watchlist.sqlite"
    monkeypatch.setenv("DYADWATCH_WATCHLIST", str(tmp_path / "elsewhere.sqlite"))
    assert watchlist_path(tmp_path / "events.duckdb") == tmp_path / "elsewhere.sqlite"
    with pytest.raises(DyadwatchError, match="in-memory"):
        monkeypatch.delenv("DYADWATCH_WATCHLIST")
        watchlist_path(":memory:")


def test_add_list_remove(cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYADWATCH_WATCHLIST", raising=False)
    r = cli("watch", "list")
    assert r.exit_code == 0 and "nothing watched yet" in r.output
    r = cli("watch", "add", "rus", "aze")
    assert r.exit_code == 0 and r.output.strip() == "watching RUS–AZE"
    r = cli("watch", "add", "AZE", "RUS")
    assert r.exit_code == 0 and "watched already" in r.output
    assert cli("watch", "add", "ARM", "GEO").exit_code == 0
    r = cli("watch", "list", "--format", "json")
    rows = json.loads(r.output)
    assert [(x["a"], x["b"]) for x in rows] == [("RUS", "AZE"), ("ARM", "GEO")]
    assert rows[0]["dyad"] == "Russia – Azerbaijan" and rows[0]["state"] == ""
    assert (db_path.parent / "cli.watchlist.sqlite").exists()
    r = cli("watch", "remove", "AZE", "RUS")
    assert r.exit_code == 0 and "no longer watching AZE–RUS" in r.output
    r = cli("watch", "remove", "AZE", "RUS")
    assert r.exit_code == 1 and "not on the watchlist" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize(
    ("args", "message"),
    [(("XYZ", "AZE"), "unknown country code 'XYZ'"), (("RUS", "Russia"), "unknown country code 'RUSSIA' (did you mean RUS?)"),
     (("RUS", "rus"), "same country")],
)
def test_add_refuses_bad_codes(cli, args: tuple[str, str], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYADWATCH_WATCHLIST", raising=False)
    r = cli("watch", "add", *args)
    assert r.exit_code == 1
    assert message in r.output and len(r.output.strip().splitlines()) == 1


def test_check_needs_a_watchlist_and_a_store(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYADWATCH_WATCHLIST", raising=False)
    r = cli("watch", "check")
    assert r.exit_code == 1 and "nothing watched yet" in r.output
    cli("watch", "add", "RUS", "AZE")
    r = cli("watch", "check")
    assert r.exit_code == 1 and "no store here yet" in r.output


def test_check_reports_state_changes_with_exit_status(cli, db_path: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Calm months, a first check (no change), new conflict data, a check that finds the change
    (exit 1, for cron), and the dashboard showing the same change."""
    monkeypatch.delenv("DYADWATCH_WATCHLIST", raising=False)
    rows = dyad_rows(1_000_000, "RUS", "AZE", date(2021, 1, 1), 36, 10, 30, "http://127.0.0.1:9")
    calm, conflict = rows[:300], rows[300:]
    assert cli("ingest", "gdelt", str(write_gdelt(tmp_path / "20230630000000.export.CSV", calm))).exit_code == 0
    assert cli("watch", "add", "RUS", "AZE").exit_code == 0
    assert cli("watch", "add", "RUS", "USA").exit_code == 0  # no events: cannot be assessed

    r = cli("watch", "check", "--format", "json")
    assert r.exit_code == 2, r.output  # nothing changed, but RUS–USA could not be assessed
    first = json.loads(r.stdout)
    assert [(x["dyad"], x["note"]) for x in first] == [("RUS–AZE", "first check")]
    calm_state = first[0]["now"]
    assert "error: RUS–USA: no events between RUS and USA" in r.output
    cli("watch", "remove", "RUS", "USA")

    r = cli("watch", "check")
    assert r.exit_code == 0 and "0 of 1 watched dyad(s) changed state" in r.output

    assert cli("ingest", "gdelt", str(write_gdelt(tmp_path / "20231231000000.export.CSV", conflict))).exit_code == 0
    r = cli("watch", "check", "--format", "json")
    assert r.exit_code == 1
    change = json.loads(r.stdout)
    assert len(change) == 1 and change[0]["was"] == calm_state and change[0]["note"] == "changed"
    new_state = change[0]["now"]
    assert new_state != calm_state and new_state in ("escalating", "deteriorating")

    listed = json.loads(cli("watch", "list", "--format", "json").output)
    assert listed[0]["state"] == new_state

    app = create_app(db_path, token="t", warm=False)
    with LiveServer(app) as server, server.client() as c:
        changes = c.get("/api/changes").json()["changes"]
        assert [(x["a"], x["b"], x["old_state"], x["new_state"]) for x in changes] == [
            ("RUS", "AZE", calm_state, new_state)]
        html = c.get("/").text
        section = html.split('id="changes"')[1].split("</section>")[0]
        assert "RUS–AZE" in section and new_state in section.replace("_", " ")
        watched = c.get("/api/dyads", params={"list": "watchlist"}).json()["watchlist"]
        assert watched[0]["state"] == new_state and watched[0]["changed_since_check"] is False


def test_changed_since_last_check_is_flagged(tmp_path: Path) -> None:
    wl = Watchlist(tmp_path / "w.sqlite")
    wl.add("RUS", "AZE")
    r = wl.check(lambda a, b: Observation("stable", 0.9, "2023-01-01"))
    assert not r.changed and [c.new_state for c in r.first] == ["stable"]
    r = wl.check(lambda a, b: Observation("frozen", 0.7, "2023-02-01"))
    assert r.changed and (r.changes[0].old_state, r.changes[0].new_state) == ("stable", "frozen")
    assert [(c.old_state, c.new_state) for c in wl.changes()] == [("stable", "frozen")]
    assert wl.last_check()["changed"] == 1
