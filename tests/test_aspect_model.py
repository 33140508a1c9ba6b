"""The learned aspect classifier (dyadwatch.coding.aspect_model): its shipped model, how it
changes an aspect and records why, its training, and that it changes nothing but aspects."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import pytest

from dyadwatch.coding import learning
from dyadwatch.coding.aspect_model import ASPECTS, AspectModel, features, load_aspect_model
from dyadwatch.coding.coder import Coder, Document, load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def sample_events(nlp) -> tuple[list, list]:
    path = resources.files("dyadwatch.data").joinpath("caucasus_2020_2025.jsonl")
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = [Document(str(i), r["text"], learning.iso_date(r.get("date"))) for i, r in enumerate(recs)]
    learned = [e for _, evs in Coder(nlp).code_documents(docs) for e in evs]
    rules = [e for _, evs in Coder(nlp, aspects=False).code_documents(docs) for e in evs]
    return learned, rules


def test_shipped_model_loads_with_a_weight_per_aspect():
    model = load_aspect_model()
    assert model is not None and len(model.weights) > 1000
    assert all(len(row) == len(ASPECTS) for row in model.weights.values())
    assert len(model.bias) == len(ASPECTS)
    assert abs(sum(model.probabilities(["r=energy", "c=pipeline"]).values()) - 1) < 1e-9


def test_classify_keeps_the_rules_aspect_when_the_model_agrees():
    model = AspectModel({"c=pipeline": (0, 0, 2.0, 0, 0, 0), "sa=security": (0, 1.0, 0, 0, 0, 0)}, (0.0,) * 6)
    assert model.classify(["c=pipeline"], "energy", "text:pipeline") == ("energy", "text:pipeline")


def test_classify_names_the_feature_behind_a_change():
    model = AspectModel({"c=pipeline": (0, 0, 2.0, 0, 0, 0), "sa=security": (0, 1.0, 0, 0, 0, 0),
                         "r=security": (0, 0.5, 0, 0, 0, 0)}, (0.0,) * 6)
    assert model.classify(["c=pipeline", "sa=security", "r=security"], "security", "text:drone") == ("energy", "learned:c=pipeline")


def test_features_read_the_clause_without_its_subject(nlp):
    doc = nlp("Russian gas officials blocked the railway to Armenia.")
    pred = next(t for t in doc if t.lower_ == "blocked")
    f = features(pred, "191", ("GOV", "GOV"), "transport", "text:railway")
    assert "c=railway" in f and "ca=transport" in f
    assert "c=gas" not in f and "s=gas" in f and "sa=energy" in f
    assert {"r=transport", "rk=text", "code=191", "root=19", "p=blocked"} <= set(f)


def test_the_classifier_changes_only_aspects(sample_events):
    learned, rules = sample_events
    assert len(learned) == len(rules)
    changed = 0
    for a, b in zip(learned, rules):
        assert replace(a, aspect=b.aspect, aspect_rule=b.aspect_rule) == b
        if a.aspect != b.aspect:
            changed += 1
            assert a.aspect_rule.startswith("learned:")
        else:
            assert a.aspect_rule == b.aspect_rule
    assert 0 < changed < len(learned) / 5


def test_cli_rules_only_leaves_out_learned_aspects(cli, sample_events):
    learned, _ = sample_events
    text = next(e.text for e in learned if e.aspect_rule.startswith("learned:"))
    res = cli("code", "-", input=text + "\n")
    assert any(json.loads(x)["aspect_rule"].startswith("learned:") for x in res.stdout.splitlines())
    res = cli("code", "--rules-only", "-", input=text + "\n")
    assert res.exit_code == 0
    assert res.stdout.strip() and not any(json.loads(x)["aspect_rule"].startswith("learned:") for x in res.stdout.splitlines())


def test_a_malformed_model_row_is_refused():
    with pytest.raises(ValueError, match="has 2 weights"):
        AspectModel.from_lines(["c=gas\t1.0\t2.0"])


def test_documented_conventions_are_kept():
    """An attack on energy infrastructure is about energy (rule target:…), whatever the weights."""
    model = AspectModel({"sa=security": (0, 9.0, 0, 0, 0, 0)}, (0.0,) * 6)
    assert model.classify(["sa=security"], "energy", "target:refinery") == ("energy", "target:refinery")
    assert model.classify(["sa=security"], "energy", "text:refinery")[0] == "security"
