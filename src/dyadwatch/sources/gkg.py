"""GDELT GKG 2.0 files → aspect evidence per article, which refines event aspects.

A GKG record describes the article whose ``DocumentIdentifier`` equals an event's
``SOURCEURL``. Its themes vote for aspects through :data:`dyadwatch.aspects.GKG_THEME_RULES`
(each theme counts once, for the first rule prefix it matches); the aspect with most votes
wins (ties: the order of :data:`dyadwatch.schema.ASPECTS`). The result is kept per URL in the
``article_aspects`` table and applied to events from the same article whose aspect came from
a weak rule (default or actor type), whichever of the two files is ingested first.

Parsing is DuckDB's CSV reader with quoting off; the vote is one SQL query.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ..aspects import GKG_THEME_RULES
from ..schema import ASPECTS
from ..store import IngestError, IngestResult, Store, file_md5
from .gdelt import _LINE, opened_csv

GKG_COLUMNS = (
    "GKGRECORDID DATE SourceCollectionIdentifier SourceCommonName DocumentIdentifier Counts "
    "V2Counts Themes V2Themes Locations V2Locations Persons V2Persons Organizations "
    "V2Organizations V2Tone Dates GCAM SharingImage RelatedImages SocialImageEmbeds "
    "SocialVideoEmbeds Quotations AllNames Amounts TranslationInfo Extras"
).split()


def _header_and_width(path: Path, display: Path) -> tuple[bool, int]:
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", errors="replace").rstrip("\r\n")
    if not first:
        raise IngestError(display, "file is empty", line=1)
    fields = first.split("\t")
    if len(fields) != len(GKG_COLUMNS):
        raise IngestError(
            display, f"not a GDELT GKG 2.0 file: {len(fields)} tab-separated columns (expected {len(GKG_COLUMNS)})", line=1
        )
    return fields[0].strip().lower() == "gkgrecordid", len(fields)


def _vote_sql(raw: str) -> str:
    rules = ", ".join(f"('{prefix}', '{aspect}', {i})" for i, (prefix, aspect) in enumerate(GKG_THEME_RULES))
    order = ", ".join(f"('{a}', {i})" for i, a in enumerate(ASPECTS))
    return f"""
    WITH rules(prefix, aspect, rule_order) AS (VALUES {rules}),
    aspect_order(aspect, k) AS (VALUES {order}),
    docs AS (
      SELECT DocumentIdentifier AS url,
             string_split(coalesce(NULLIF(Themes, ''), ''), ';') AS themes
      FROM {raw}
      WHERE NULLIF(trim(DocumentIdentifier), '') IS NOT NULL
    ),
    themes AS (
      SELECT url, unnest(themes) AS theme FROM docs
    ),
    hits AS (  -- each theme votes once, for the first rule it matches
      SELECT url, theme, arg_min(r.aspect, r.rule_order) AS aspect, min(r.rule_order) AS rule_order
      FROM themes JOIN rules r ON starts_with(theme, r.prefix)
      WHERE theme <> ''
      GROUP BY url, theme
    ),
    votes AS (
      SELECT url, h.aspect, count(*) AS n, min(rule_order) AS best_rule, any_value(o.k) AS k
      FROM hits h JOIN aspect_order o USING (aspect)
      GROUP BY url, h.aspect
    )
    SELECT v.url, v.aspect, 'gkg:' || r.prefix AS rule
    FROM votes v JOIN rules r ON r.rule_order = v.best_rule
    QUALIFY row_number() OVER (PARTITION BY v.url ORDER BY v.n DESC, v.k) = 1
    """


def ingest_gkg(store: Store, path: str | Path) -> IngestResult:
    """Ingest one GKG 2.0 file (``.gkg.csv`` or ``.gkg.csv.zip``; a header row is allowed)."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "no such file")
    md5 = file_md5(path)
    known = store.ledger_lookup(md5, "gkg")
    if known is not None:
        return IngestResult(str(path), "gkg", known, 0, 0, already_ingested=True)
    tmpdir = str(Path(store.path).parent) if str(store.path) != ":memory:" else None
    with opened_csv(path, tmpdir) as csv_path:
        header, _ = _header_and_width(csv_path, path)
        p = str(csv_path).replace("'", "''")
        spec = "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in GKG_COLUMNS) + "}"
        raw = (
            f"read_csv('{p}', delim='\\t', header={'true' if header else 'false'}, quote='', escape='', "
            f"columns={spec}, auto_detect=false, strict_mode=true, max_line_size=50000000)"
        )
        with store.transaction() as con:
            try:
                rows_read = con.execute(f"SELECT count(*) FROM {raw}").fetchone()[0]
                con.execute(f"CREATE TEMP TABLE gkg_votes AS {_vote_sql(raw)}")
            except duckdb.Error as e:
                m = _LINE.search(str(e))
                raise IngestError(
                    path, f"unreadable GKG file ({str(e).splitlines()[0]})", line=int(m.group(1)) if m else None
                ) from None
            file_id = store._add_ledger(path, md5, "gkg")
            con.execute(
                f"""INSERT OR REPLACE INTO article_aspects
                    SELECT url, aspect, rule, {file_id} FROM gkg_votes"""
            )
            articles = con.execute("SELECT count(*) FROM gkg_votes").fetchone()[0]
            con.execute("DROP TABLE gkg_votes")
            refined = store.apply_article_aspects(file_id=file_id)
            con.execute(
                "UPDATE files SET rows_read = ?, rows_added = ? WHERE file_id = ?", [rows_read, articles, file_id]
            )
    return IngestResult(str(path), "gkg", file_id, int(rows_read), int(articles), refined=refined)
