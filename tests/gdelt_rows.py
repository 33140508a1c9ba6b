"""Writers for GDELT-format test files (tab-separated, no header, GDELT's column layouts)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from dyadwatch.sources.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS


def gdelt_row(
    event_id: int,
    day: date,
    source: str = "RUS",
    target: str = "AZE",
    code: str = "042",
    goldstein: float = 1.9,
    quad: int | None = None,
    articles: int = 3,
    tone: float = -1.5,
    url: str = "http://example.org/a",
    version: int = 2,
    source_type: str = "GOV",
    target_type: str = "GOV",
) -> str:
    columns = GDELT2_COLUMNS if version == 2 else GDELT1_COLUMNS
    root = int(code[:2])
    q = quad if quad is not None else (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
    values = dict.fromkeys(columns, "")
    values.update(
        GLOBALEVENTID=str(event_id),
        SQLDATE=day.strftime("%Y%m%d"),
        MonthYear=day.strftime("%Y%m"),
        Year=str(day.year),
        FractionDate=f"{day.year + (day.timetuple().tm_yday / 365):.4f}",
        Actor1Code=source + source_type,
        Actor1Name=source,
        Actor1CountryCode=source,
        Actor1Type1Code=source_type,
        Actor2Code=target + target_type,
        Actor2Name=target,
        Actor2CountryCode=target,
        Actor2Type1Code=target_type,
        IsRootEvent="1",
        EventCode=code,
        EventBaseCode=code[:3],
        EventRootCode=code[:2],
        QuadClass=str(q),
        GoldsteinScale=str(goldstein),
        NumMentions=str(articles * 2),
        NumSources=str(max(1, articles // 2)),
        NumArticles=str(articles),
        AvgTone=str(tone),
        DATEADDED=day.strftime("%Y%m%d") + ("000000" if version == 2 else ""),
        SOURCEURL=url,
    )
    return "\t".join(values[c] for c in columns)


def write_gdelt(path: Path, rows: Iterable[str], zipped: bool | None = None) -> Path:
    text = "".join(r + "\n" for r in rows)
    zipped = path.suffix.lower() == ".zip" if zipped is None else zipped
    if zipped:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(path.name[: -len(".zip")] if path.name.endswith(".zip") else path.name, text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
