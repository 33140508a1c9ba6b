"""What the coder's two learned parts share at training time (dyadwatch.coding.learning): the
retired sets they train on, and the two maintainer tools that write their models."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.coding import build_aspects, build_roles, learning
from dyadwatch.coding.aspect_model import AspectModel
from dyadwatch.coding.roles import RoleModel


@pytest.mark.parametrize(("builder", "model", "min_weights", "reports"), [
    (build_roles, RoleModel, 100, "candidates"),
    (build_aspects, AspectModel, 200, "sentences with an aspect and an event"),
], ids=["roles", "aspects"])
def test_training_writes_a_loadable_model(tmp_path, capsys, builder, model, min_weights: int, reports: str):
    out = tmp_path / "model.tsv"
    builder.main(["--sets", "wire_dev.jsonl", "wire_holdout.jsonl", "--out", str(out)])
    loaded = model.from_lines(out.read_text(encoding="utf-8").splitlines())
    assert len(loaded.weights) > min_weights
    assert reports in capsys.readouterr().out


def test_training_sets_are_retired_holdouts_only():
    """The labeller and the aspect classifier never train on a holdout that is still to be
    scored."""
    from test_coding_dev import RETIRED_HOLDOUTS

    retired = {"wire_dev.jsonl"} | {Path(str(row[0])).name for row in RETIRED_HOLDOUTS}
    assert set(learning.SETS) <= retired


def test_design_matrix_keeps_features_seen_often_enough():
    X, names = learning.design([["a", "b"], ["a"], ["c", "a"]], min_count=2)
    assert names == ["a"]
    assert X.shape == (3, 1) and X.sum() == 3


def test_near_repeats_are_found_only_in_earlier_sets():
    """The maintainer tool that drops a fresh holdout's near-repeats before it is scored."""
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("near_repeats", Path(__file__).parents[1] / "bench" / "near_repeats.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    earlier = "Armenia and Azerbaijan agreed on Tuesday to open two border crossings near the village of Tegh."
    seen = tool.grams(earlier)
    lines = [json.dumps({"id": "a", "text": earlier.replace("Tuesday", "Monday")}),  # a retelling
             json.dumps({"id": "b", "text": "Georgia opened a new consulate in the Turkish city of Trabzon on Friday."})]
    assert tool.near_repeats(lines, seen) == ["a"]
    assert tool.order(Path("wire_dev.jsonl")) < tool.order(Path("wire_holdout.jsonl")) < tool.order(Path("wire_holdout9.jsonl"))
    assert tool.order(Path("wire_holdout9.jsonl")) < tool.order(Path("wire_holdout10.jsonl"))
