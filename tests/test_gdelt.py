"""GDELT ingest on the real Georgia file and on generated files, good and bad."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from conftest import GDELT2_ZIP, GEORGIA_ZIP
from dyadwatch.sources.gdelt import ingest_gdelt
from dyadwatch.store import IngestError, Store
from gdelt_rows import gdelt_row, write_gdelt


def independent_monthly(zip_path: Path, a: str, b: str) -> dict[str, dict]:
    """Count the dyad's events per month straight from the raw file, without DuckDB."""
    acc: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    with zipfile.ZipFile(zip_path) as zf, zf.open(zf.namelist()[0]) as f:
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if {c[7], c[17]} != {a, b} or c[7] == c[17]:
                continue
            m = acc[f"{c[1][:4]}-{c[1][4:6]}-01"]
            g, w, quad = float(c[30]), float(c[33]), int(c[29])
            m["events"] += 1
            m["g"] += g
            m["gw"] += g * w
            m["w"] += w
            m["coop"] += quad <= 2
            m["mc"] += quad == 4
            m["tone"] += float(c[34])
    return {
        k: {
            "events": int(m["events"]),
            "goldstein_mean": m["g"] / m["events"],
            "goldstein_weighted": m["gw"] / m["w"],
            "coop_share": m["coop"] / m["events"],
            "material_conflict_share": m["mc"] / m["events"],
            "tone_mean": m["tone"] / m["events"],
        }
        for k, m in acc.items()
    }


def test_georgia_file_ingests_every_event_once(georgia_store: Path) -> None:
    with Store(georgia_store, read_only=True) as s:
        assert s.count() == 105_438
        ids = s.con.execute("SELECT count(DISTINCT event_id), min(date), max(date) FROM events").fetchone()
        assert ids[0] == 105_438
        assert (ids[1], ids[2]) == (date(2011, 6, 1), date(2013, 5, 31))
        assert s.con.execute("SELECT count(*) FROM events WHERE source_url IS NOT NULL").fetchone()[0] == 6_810


def test_series_matches_an_independent_count_of_the_raw_file(georgia_store: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dyadwatch.cli import main

    result = CliRunner().invoke(
        main, ["--db", str(georgia_store), "series", "RUS", "USA", "--by", "month", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    expected = independent_monthly(GEORGIA_ZIP, "RUS", "USA")
    assert [r["period"] for r in rows] == sorted(expected)
    assert sum(r["events"] for r in rows) == 1_124
    for r in rows:
        e = expected[r["period"]]
        assert r["events"] == e["events"]
        for key in ("goldstein_mean", "goldstein_weighted", "coop_share", "material_conflict_share", "tone_mean"):
            assert r[key] == pytest.approx(e[key], rel=1e-9, abs=1e-12), (r["period"], key)


def test_directed_series_is_a_subset(georgia_store: Path) -> None:
    from dyadwatch import api

    with Store(georgia_store, read_only=True) as s:
        both = sum(r["events"] for r in api.series(s, "RUS", "USA", by="year"))
        ab = sum(r["events"] for r in api.series(s, "RUS", "USA", by="year", directed=True))
        ba = sum(r["events"] for r in api.series(s, "USA", "RUS", by="year", directed=True))
        assert ab + ba == both and 0 < ab < both
        part = api.series(s, "RUS", "USA", by="day", start=date(2012, 3, 1), end=date(2012, 3, 31))
        assert part and all("2012-03-01" <= r["period"] <= "2012-03-31" for r in part)


def test_ingesting_the_same_file_twice_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write_gdelt(tmp_path / "a.export.CSV", [gdelt_row(i, date(2024, 1, 1 + i)) for i in range(5)])
    first = ingest_gdelt(store, path)
    assert (first.rows_read, first.rows_added) == (5, 5)
    again = ingest_gdelt(store, path)
    assert again.already_ingested and again.rows_added == 0
    # A different file repeating known event ids adds only the new ones.
    other = write_gdelt(tmp_path / "b.export.CSV", [gdelt_row(i, date(2024, 1, 1 + i)) for i in range(3, 8)])
    res = ingest_gdelt(store, other)
    assert (res.rows_read, res.rows_added) == (5, 3)
    assert store.count() == 8
    assert len(store.files()) == 2


def test_real_gdelt2_export_zip(store: Store) -> None:
    res = ingest_gdelt(store, GDELT2_ZIP)
    assert (res.dataset, res.rows_added) == ("gdelt2", 50)
    row = store.con.execute(
        "SELECT count(*) FILTER (source_url IS NOT NULL), count(*) FILTER (quad BETWEEN 1 AND 4) FROM events"
    ).fetchone()
    assert row == (50, 50)


def test_gdelt1_historical_57_columns(store: Store, tmp_path: Path) -> None:
    rows = [gdelt_row(i, date(2012, 5, 1), version=1).rsplit("\t", 1)[0] for i in range(3)]
    assert rows[0].count("\t") == 56
    res = ingest_gdelt(store, write_gdelt(tmp_path / "20120501.export.CSV", rows))
    assert (res.dataset, res.rows_added) == ("gdelt1", 3)
    assert store.con.execute("SELECT count(*) FROM events WHERE source_url IS NULL").fetchone()[0] == 3


def test_a_stray_quote_does_not_swallow_rows(store: Store, tmp_path: Path) -> None:
    rows = [gdelt_row(1, date(2024, 2, 1), url='http://x.org/"quoted'), gdelt_row(2, date(2024, 2, 2)),
            gdelt_row(3, date(2024, 2, 3), url='http://x.org/end"')]
    res = ingest_gdelt(store, write_gdelt(tmp_path / "q.export.CSV", rows))
    assert res.rows_added == 3
    urls = [r[0] for r in store.con.execute("SELECT source_url FROM events ORDER BY event_id").fetchall()]
    assert urls[0] == 'http://x.org/"quoted'


def snapshot(store: Store) -> tuple:
    return (
        store.con.execute("SELECT count(*), coalesce(sum(hash(event_id)), 0) FROM events").fetchone(),
        store.con.execute("SELECT count(*) FROM files").fetchone(),
    )


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> Store:
    ingest_gdelt(store, write_gdelt(tmp_path / "seed.export.CSV", [gdelt_row(i, date(2024, 3, 1)) for i in range(4)]))
    return store


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str, int | None]]:
    good = [gdelt_row(100 + i, date(2024, 4, 1)) for i in range(6)]
    out: dict[str, tuple[Path, str, int | None]] = {}
    bad_date = good.copy()
    bad_date[3] = bad_date[3].replace("20240401", "20241341", 1)
    out["bad date"] = (write_gdelt(tmp_path / "bad_date.export.CSV", bad_date), "SQLDATE", 4)
    short = good.copy()
    short[4] = "\t".join(short[4].split("\t")[:40])
    out["short row"] = (write_gdelt(tmp_path / "short.export.CSV", short), "columns", 5)
    bad_num = good.copy()
    f = bad_num[2].split("\t")
    f[30] = "strong"
    bad_num[2] = "\t".join(f)
    out["bad goldstein"] = (write_gdelt(tmp_path / "num.export.CSV", bad_num), "GoldsteinScale", 3)
    z = write_gdelt(tmp_path / "full.export.CSV.zip", good * 50)
    data = z.read_bytes()
    trunc = tmp_path / "truncated.export.CSV.zip"
    trunc.write_bytes(data[: len(data) // 2])
    out["truncated zip"] = (trunc, "zip", None)
    notzip = tmp_path / "plain.export.CSV.zip"
    notzip.write_text("hello\n")
    out["not a zip"] = (notzip, "zip", None)
    other = tmp_path / "notes.CSV"
    other.write_text("name,value\nfoo,1\n")
    out["not gdelt"] = (other, "not a GDELT", 1)
    header = tmp_path / "header.CSV"
    header.write_text("\t".join(["GLOBALEVENTID", "SQLDATE"] + ["x"] * 59) + "\n" + good[0] + "\n")
    out["header row"] = (header, "header", 1)
    empty = tmp_path / "empty.CSV"
    empty.write_text("")
    out["empty"] = (empty, "empty", 1)
    return out


@pytest.mark.parametrize("case", ["bad date", "short row", "bad goldstein", "truncated zip", "not a zip",
                                  "not gdelt", "header row", "empty"])
def test_bad_input_names_file_and_line_and_writes_nothing(seeded: Store, tmp_path: Path, case: str) -> None:
    path, needle, line = _bad_files(tmp_path)[case]
    before = snapshot(seeded)
    with pytest.raises(IngestError) as exc:
        ingest_gdelt(seeded, path)
    msg = str(exc.value)
    assert "\n" not in msg
    assert msg.startswith(str(path))
    assert needle in msg
    if line is not None:
        assert exc.value.line == line
    assert snapshot(seeded) == before


def test_cli_bad_file_one_line_error_nonzero_exit(cli, tmp_path: Path) -> None:
    good = write_gdelt(tmp_path / "good.export.CSV", [gdelt_row(1, date(2024, 5, 1))])
    trunc = tmp_path / "t.export.CSV.zip"
    trunc.write_bytes(write_gdelt(tmp_path / "x.export.CSV.zip", [gdelt_row(2, date(2024, 5, 1))] * 20).read_bytes()[:100])
    result = cli("ingest", "gdelt", str(good), str(trunc))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "t.export.CSV.zip" in errors[0]
    # The good file landed, the bad one did not.
    result = cli("stats", "--format", "json")
    assert json.loads(result.output)["events"] == 1


def test_cli_missing_store_and_unknown_code(cli, tmp_path: Path) -> None:
    result = cli("series", "RUS", "AZE")
    assert result.exit_code == 1 and "no store here yet" in result.output
    cli("ingest", "gdelt", str(write_gdelt(tmp_path / "g.export.CSV", [gdelt_row(1, date(2024, 5, 1))])))
    result = cli("series", "RUS", "QQQ")
    assert result.exit_code == 1 and "unknown country code 'QQQ'" in result.output
    result = cli("series", "RUS", "AZE", "--from", "yesterday")
    assert result.exit_code == 1 and "--from" in result.output


def test_series_formats(cli, tmp_path: Path) -> None:
    rows = [gdelt_row(i, date(2024, 1 + i % 3, 5), code="190" if i % 2 else "042") for i in range(12)]
    cli("ingest", "gdelt", str(write_gdelt(tmp_path / "f.export.CSV", rows)))
    data = json.loads(cli("series", "RUS", "AZE", "--format", "json").output)
    assert [r["events"] for r in data] == [4, 4, 4]
    text = cli("series", "rus", "aze", "--format", "csv").output
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert parsed[0]["period"] == "2024-01-01" and float(parsed[0]["material_conflict_share"]) == 0.5
    table = cli("series", "RUS", "AZE", "--by", "quarter").output
    assert "2024-01-01" in table and "12" in table


def test_column_layouts_match_gdelts_own_labels(shared: Path) -> None:
    from dyadwatch.sources.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS

    v1 = (shared / "gdelt" / "GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv").read_text().split()[1:]
    with open(shared / "gdelt" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", encoding="utf-8") as f:
        v2 = [r[0] for r in csv.reader(f)][1:]
    assert list(GDELT1_COLUMNS) == v1 and list(GDELT2_COLUMNS) == v2
