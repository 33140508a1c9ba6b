"""Playbooks: the bundled one loads; a broken one fails with one line naming file, line and rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.brief.playbook import MEASURES, STATES, Condition, load_playbook, parse_playbook
from dyadwatch.cli import main
from dyadwatch.store import DyadwatchError

GOOD_RULE = """\
rules:
  - id: talk
    area: Diplomacy
    when:
      state: [stalled]
      security.conflict_share: {min: 0.5}
    recommend: Talk.
    engagement: {label: talks, cameo: ["04"]}
"""


def test_bundled_playbook_loads_and_covers_every_state_it_names() -> None:
    book = load_playbook()
    assert book.path.endswith("playbook.yaml")
    assert len(book.rules) >= 8
    assert len({r.id for r in book.rules}) == len(book.rules)
    for r in book.rules:
        assert r.cameo and r.engagement_label and r.recommend.endswith(".")
        for c in r.conditions:
            assert c.measure == "state" and set(c.states) <= set(STATES) or c.measure in MEASURES


def test_custom_playbook_replaces_the_default(tmp_path: Path) -> None:
    p = tmp_path / "mine.yaml"
    p.write_text(GOOD_RULE, encoding="utf-8")
    book = load_playbook(p)
    assert [r.id for r in book.rules] == ["talk"]
    r = book.rules[0]
    assert r.line == 2 and r.cameo == ("04",) and r.min_events == 1
    assert r.conditions == (Condition("state", states=("stalled",)), Condition("conflict_share", "security", 0.5))
    assert r.matches_cameo("0431") and not r.matches_cameo("036")


def test_conditions_hold_on_bounds_and_states() -> None:
    c = Condition("shift", None, None, -0.3)
    assert c.holds(-0.3) and c.holds(-1) and not c.holds(-0.29) and not c.holds(None) and not c.holds(float("nan"))
    assert Condition("state", states=("stalled", "frozen")).holds("frozen")


BROKEN = [
    # (text, line, rule, words in the message)
    (GOOD_RULE.replace("security.conflict_share", "securty.conflict_share"), 6, "talk", "unknown aspect 'securty'"),
    (GOOD_RULE.replace("conflict_share:", "conflict_shar:"), 6, "talk", "unknown measure 'conflict_shar'"),
    (GOOD_RULE.replace("[stalled]", "[stuck]"), 5, "talk", "unknown state 'stuck'"),
    (GOOD_RULE.replace("{min: 0.5}", "{min: high}"), 6, "talk", "min must be a number"),
    (GOOD_RULE.replace("{min: 0.5}", "0.5"), 6, "talk", "needs bounds like"),
    (GOOD_RULE.replace('cameo: ["04"]', "cameo: [4]"), 8, "talk", "quoted strings of 2-4 digits"),
    (GOOD_RULE.replace('cameo: ["04"]', 'cameo: ["99"]'), 8, "talk", "root code must be 01-20"),
    (GOOD_RULE.replace("    recommend: Talk.\n", ""), 2, "talk", "missing 'recommend'"),
    (GOOD_RULE.replace("    area: Diplomacy\n", "    area: Diplomacy\n    priority: 1\n"), 4, "talk",
     "unknown key 'priority'"),
    (GOOD_RULE.replace("      state: [stalled]\n", "      state: [stalled\n"), 6, "talk", "not valid YAML"),
    (GOOD_RULE + GOOD_RULE.split("rules:\n")[1], 9, "talk", "duplicate rule id"),
]


@pytest.mark.parametrize(("text", "line", "rule", "words"), BROKEN, ids=[b[3] for b in BROKEN])
def test_broken_playbook_names_file_line_and_rule(tmp_path: Path, text: str, line: int, rule: str,
                                                   words: str) -> None:
    p = tmp_path / "broken.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(DyadwatchError) as e:
        load_playbook(p)
    msg = str(e.value)
    assert "\n" not in msg
    assert msg.startswith(f"{p}:{line}: rule {rule!r}: "), msg
    assert words in msg, msg


@pytest.mark.parametrize(("text", "words"), [
    ("", "the playbook is empty"),
    ("rules: []\n", "non-empty list"),
    ("rulez:\n  - id: x\n", "top-level 'rules:'"),
    ("rules:\n  - just text\n", "a rule must be a mapping"),
])
def test_broken_playbook_structure(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(DyadwatchError, match=words) as e:
        parse_playbook(text, "pb.yaml")
    assert str(e.value).startswith("pb.yaml")


def test_cli_reports_a_broken_playbook_in_one_line(tmp_path: Path) -> None:
    p = tmp_path / "broken.yaml"
    p.write_text(GOOD_RULE.replace("[stalled]", "[stuck]"), encoding="utf-8")
    db = tmp_path / "none.duckdb"
    r = CliRunner().invoke(main, ["--db", str(db), "brief", "RUS", "AZE", "--playbook", str(p)])
    assert r.exit_code == 1
    assert r.output.strip() == f"error: {p}:5: rule 'talk': unknown state 'stuck' (use {', '.join(STATES)})"
    missing = tmp_path / "missing.yaml"
    r = CliRunner().invoke(main, ["--db", str(db), "brief", "RUS", "AZE", "--playbook", str(missing)])
    assert r.exit_code == 1 and f"{missing}: no such playbook file" in r.output
