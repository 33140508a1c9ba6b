"""ICEWS mapping and GKG aspect refinement on the real samples."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from conftest import GDELT2_SAMPLE, GKG_SAMPLE, ICEWS_TAB
from dyadwatch import countries
from dyadwatch.aspects import aspect_for_event, aspect_for_themes
from dyadwatch.sources.gdelt import ingest_gdelt
from dyadwatch.sources.gkg import ingest_gkg
from dyadwatch.sources.icews import ingest_icews
from dyadwatch.store import Store
from gdelt_rows import gdelt_row, write_gdelt


def test_icews_countries_types_and_scores(store: Store) -> None:
    res = ingest_icews(store, ICEWS_TAB)
    assert res.rows_added == 3705
    with open(ICEWS_TAB, encoding="utf-8") as f:
        raw = list(csv.DictReader(f, delimiter="\t"))
    rus_prk = sum(
        1 for r in raw if {r["Source Country"], r["Target Country"]} == {"Russian Federation", "North Korea"}
    )
    stored = store.con.execute(
        """SELECT count(*) FROM events WHERE (source_country, target_country) IN (('RUS','PRK'), ('PRK','RUS'))"""
    ).fetchone()[0]
    assert stored == rus_prk > 0
    # Every named country resolved; NA stays unknown.
    named = sum(1 for r in raw if r["Source Country"] not in ("", "NA"))
    assert store.con.execute("SELECT count(source_country) FROM events").fetchone()[0] == named
    row = store.con.execute(
        "SELECT source_type, goldstein, cameo_code, quad FROM events WHERE event_id = '32889836'"
    ).fetchone()
    assert row == ("GOV", 1.0, "040", 1)
    mil = store.con.execute(
        "SELECT count(*) FROM events WHERE source_type = 'MIL' AND aspect = 'security'"
    ).fetchone()[0]
    assert mil > 0


def test_country_names() -> None:
    assert countries.code_for("Russian Federation") == "RUS"
    assert countries.code_for("Russia") == "RUS"
    assert countries.code_for("Türkiye") == "TUR" == countries.code_for("Turkey")
    assert countries.code_for("Occupied Palestinian Territory") == "PSE"
    assert countries.code_for("Moldova, Republic of") == "MDA"
    assert countries.code_for("NA") is None
    assert countries.name_for("RUS") == "Russia" and countries.name_for("AZE") == "Azerbaijan"


def test_aspect_rules() -> None:
    assert aspect_for_event("190", "GOV", "GOV") == ("security", "cameo:19")
    assert aspect_for_event("1621", "GOV", "GOV") == ("economy", "cameo:1621")
    assert aspect_for_event("163") == ("economy", "cameo:163")
    assert aspect_for_event("042", "MIL", "GOV") == ("security", "actor:MIL")
    assert aspect_for_event("042", "GOV", "BUS") == ("economy", "actor:BUS")
    assert aspect_for_event("042", "GOV", "GOV") == ("diplomacy", "default")
    assert aspect_for_themes(["ENV_OIL", "ENV_NATURALGAS", "MILITARY"]) == ("energy", "gkg:ENV_OIL")
    assert aspect_for_themes(["TAX_FNCACT", "LEADER"]) == (None, None)


def test_sql_and_python_aspect_rules_agree(store: Store, tmp_path: Path) -> None:
    cases = [("190", "GOV", "GOV"), ("0212", "GOV", "GOV"), ("042", "MIL", "GOV"), ("042", "GOV", "EDU"),
             ("061", "MIL", "GOV"), ("057", "GOV", "GOV"), ("073", "GOV", "GOV"), ("1622", "BUS", "GOV")]
    rows = [gdelt_row(i, date(2024, 1, 1), code=c, source_type=t1, target_type=t2) for i, (c, t1, t2) in enumerate(cases)]
    ingest_gdelt(store, write_gdelt(tmp_path / "aspects.export.CSV", rows))
    got = store.con.execute("SELECT aspect, aspect_rule FROM events ORDER BY CAST(event_id AS INT)").fetchall()
    assert got == [aspect_for_event(*c) for c in cases]


def _sample_events(tmp_path: Path) -> Path:
    # The events sample carries one extra column (CAMEOCodeDescription) after EventCode.
    lines = GDELT2_SAMPLE.read_text(encoding="utf-8").splitlines()[1:]
    rows = []
    for line in lines:
        f = line.split("\t")
        rows.append("\t".join(f[:27] + f[28:]))
    return write_gdelt(tmp_path / "20170701234500.export.CSV", rows)


def _refined(store: Store) -> list[tuple]:
    return store.con.execute(
        "SELECT event_id, aspect, aspect_rule FROM events WHERE aspect_rule LIKE 'gkg:%' ORDER BY event_id"
    ).fetchall()


def test_gkg_refines_weak_aspects_in_either_order(tmp_path: Path) -> None:
    events = _sample_events(tmp_path)
    with Store(tmp_path / "a.duckdb") as a:
        ingest_gdelt(a, events)
        res = ingest_gkg(a, GKG_SAMPLE)
        first = _refined(a)
        assert res.refined == len(first) > 0
        # CAMEO-ruled rows keep their aspect.
        assert a.con.execute("SELECT count(*) FROM events WHERE aspect_rule LIKE 'cameo:%'").fetchone()[0] > 0
    with Store(tmp_path / "b.duckdb") as b:
        ingest_gkg(b, GKG_SAMPLE)
        ingest_gdelt(b, events)
        assert _refined(b) == first
        assert ingest_gkg(b, GKG_SAMPLE).already_ingested
