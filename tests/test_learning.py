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
