"""Playbooks: recommendation rules that fire on measured conditions.

A playbook is a YAML file with a list of ``rules``. Each rule names a policy area, the
measured conditions under which it fires (all must hold), the recommendation, and the kind of
engagement it recommends as CAMEO codes (used to look up precedents in the store)::

    rules:
      - id: dialogue-channel
        area: Diplomacy
        when:
          state: [stalled, frozen, deteriorating]
          security.conflict_share: {min: 0.5}
        recommend: Establish a standing dialogue channel between the two foreign ministries.
        engagement:
          label: talks, consultations and visits
          cameo: ["036", "04"]

Conditions read the measures of :data:`MEASURES`, overall (``shift``) or for one aspect
(``security.conflict_share``), with ``{min: x}`` and/or ``{max: y}`` bounds (inclusive);
``state`` takes a list of states. The default playbook ships as ``brief/playbook.yaml``.

A broken playbook raises :class:`~dyadwatch.store.DyadwatchError` naming the file, the line
and the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..schema import ASPECTS
from ..store import DyadwatchError

STATES = ("stable", "improving", "deteriorating", "stalled", "frozen", "escalating")

MEASURES: dict[str, str] = {
    "balance": "balance of cooperation over conflict in the recent window, −1..+1",
    "baseline_balance": "balance in the baseline, −1..+1",
    "shift": "recent balance minus baseline balance",
    "engagement_ratio": "events per month in the recent window ÷ events per month in the baseline",
    "conflict_share": "share of the recent window's weight in conflict (quads 3 and 4), 0..1",
    "material_conflict_share": "share of the recent window's weight in material conflict (quad 4), 0..1",
    "events": "number of events in the recent window",
}
"""Measures a condition may read (overall, or prefixed by an aspect: ``security.shift``)."""

RULE_KEYS = {"id", "area", "when", "recommend", "engagement"}
ENGAGEMENT_KEYS = {"label", "cameo", "min_events"}
_CAMEO = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class Condition:
    """One condition of a rule: ``measure`` of ``aspect`` (None: the whole dyad) within
    [``low``, ``high``], or, for ``state``, one of ``states``."""

    measure: str
    aspect: str | None = None
    low: float | None = None
    high: float | None = None
    states: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.measure if self.aspect is None else f"{self.aspect}.{self.measure}"

    def holds(self, value: Any) -> bool:
        """True when ``value`` (a state name or a number; None: not measurable) meets it."""
        if self.measure == "state":
            return value in self.states
        if value is None or value != value:  # None or NaN
            return False
        if self.low is not None and value < self.low:
            return False
        return not (self.high is not None and value > self.high)


@dataclass(frozen=True)
class Rule:
    """A playbook rule (see the module docstring)."""

    id: str
    area: str
    recommend: str
    conditions: tuple[Condition, ...]
    cameo: tuple[str, ...]
    engagement_label: str
    min_events: int = 1
    line: int = 0

    def matches_cameo(self, code: str) -> bool:
        return any(str(code).startswith(p) for p in self.cameo)


@dataclass
class Playbook:
    """The rules of one playbook file, in file order."""

    path: str
    rules: list[Rule] = field(default_factory=list)

    @property
    def aspects(self) -> list[str]:
        """Aspects that some condition reads (their measures are needed for precedents)."""
        seen = {c.aspect for r in self.rules for c in r.conditions if c.aspect}
        return [a for a in ASPECTS if a in seen]


DEFAULT_PLAYBOOK = "playbook.yaml"


def default_playbook_text() -> str:
    return resources.files("dyadwatch.brief").joinpath(DEFAULT_PLAYBOOK).read_text(encoding="utf-8")


def load_playbook(path: str | Path | None = None) -> Playbook:
    """Read and check a playbook (the bundled default when ``path`` is None)."""
    if path is None:
        return parse_playbook(default_playbook_text(), "dyadwatch/brief/playbook.yaml")
    p = Path(path)
    if not p.exists():
        raise DyadwatchError(f"{p}: no such playbook file")
    if p.is_dir():
        raise DyadwatchError(f"{p}: is a directory, not a playbook file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise DyadwatchError(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    return parse_playbook(text, str(p))


def _rule_near(text: str, line: int) -> str:
    """The id of the rule at or above 1-based ``line`` (for syntax errors), if any."""
    lines = text.splitlines()
    for i in range(min(line, len(lines)) - 1, -1, -1):
        m = re.match(r"^\s*-?\s*id\s*:\s*['\"]?([^'\"#]+?)['\"]?\s*(#.*)?$", lines[i])
        if m:
            return m.group(1).strip()
    return ""


class _Err:
    """Builds the one-line playbook error: ``FILE:LINE: rule ID: message``."""

    def __init__(self, path: str):
        self.path = path

    def __call__(self, node: yaml.Node | None, rule: str, msg: str, line: int | None = None) -> DyadwatchError:
        ln = line if line is not None else (node.start_mark.line + 1 if node is not None else 0)
        where = f"{self.path}:{ln}" if ln else self.path
        who = f"rule {rule!r}: " if rule else ""
        return DyadwatchError(f"{where}: {who}{msg}")


def _scalar(node: yaml.Node) -> Any:
    return yaml.safe_load(yaml.serialize(node)) if node is not None else None


def _map(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for k, v in node.value:
        out[str(k.value)] = (k, v)
    return out


def parse_playbook(text: str, path: str) -> Playbook:
    """Parse playbook YAML ``text`` (``path`` names it in errors)."""
    err = _Err(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise err(None, _rule_near(text, line or 0), f"not valid YAML: {problem}", line=line) from None
    if root is None:
        raise err(None, "", "the playbook is empty: it needs a 'rules:' list", line=1)
    if not isinstance(root, yaml.MappingNode) or "rules" not in _map(root):
        raise err(root, "", "the playbook needs a top-level 'rules:' list")
    top = _map(root)
    extra = set(top) - {"rules", "version"}
    if extra:
        k = top[sorted(extra)[0]][0]
        raise err(k, "", f"unknown top-level key {k.value!r} (use 'rules')")
    rules_node = top["rules"][1]
    if not isinstance(rules_node, yaml.SequenceNode) or not rules_node.value:
        raise err(rules_node, "", "'rules' must be a non-empty list of rules")
    book = Playbook(path)
    seen: set[str] = set()
    for i, rn in enumerate(rules_node.value, 1):
        rule = _parse_rule(rn, i, err)
        if rule.id in seen:
            raise err(rn, rule.id, "duplicate rule id")
        seen.add(rule.id)
        book.rules.append(rule)
    return book


def _parse_rule(rn: yaml.Node, index: int, err: _Err) -> Rule:
    if not isinstance(rn, yaml.MappingNode):
        raise err(rn, f"#{index}", "a rule must be a mapping with id, area, when, recommend, engagement")
    m = _map(rn)
    rid = str(_scalar(m["id"][1])) if "id" in m else f"#{index}"
    if "id" not in m:
        raise err(rn, rid, "missing 'id'")
    for key in sorted(set(m) - RULE_KEYS):
        raise err(m[key][0], rid, f"unknown key {key!r} (use {', '.join(sorted(RULE_KEYS))})")
    for key in ("area", "when", "recommend", "engagement"):
        if key not in m:
            raise err(rn, rid, f"missing {key!r}")
    area, rec = _scalar(m["area"][1]), _scalar(m["recommend"][1])
    for key, val in (("area", area), ("recommend", rec)):
        if not isinstance(val, str) or not val.strip():
            raise err(m[key][1], rid, f"{key!r} must be non-empty text")
    conds = _parse_when(m["when"][1], rid, err)
    label, cameo, min_events = _parse_engagement(m["engagement"][1], rid, err)
    return Rule(id=rid, area=area.strip(), recommend=" ".join(rec.split()), conditions=conds, cameo=cameo,
                engagement_label=label, min_events=min_events, line=rn.start_mark.line + 1)


def _parse_when(node: yaml.Node, rid: str, err: _Err) -> tuple[Condition, ...]:
    if not isinstance(node, yaml.MappingNode) or not node.value:
        raise err(node, rid, "'when' must map measures to conditions, e.g. 'security.conflict_share: {min: 0.5}'")
    out = []
    for kn, vn in node.value:
        key = str(kn.value)
        if key == "state":
            val = _scalar(vn)
            states = [val] if isinstance(val, str) else val
            if not isinstance(states, list) or not states or not all(isinstance(s, str) for s in states):
                raise err(vn, rid, "'state' takes a list of states, e.g. [stalled, frozen]")
            bad = [s for s in states if s not in STATES]
            if bad:
                raise err(vn, rid, f"unknown state {bad[0]!r} (use {', '.join(STATES)})")
            out.append(Condition("state", states=tuple(states)))
            continue
        aspect, _, measure = key.rpartition(".")
        if aspect and aspect not in ASPECTS:
            raise err(kn, rid, f"unknown aspect {aspect!r} in {key!r} (use {', '.join(ASPECTS)})")
        if measure not in MEASURES:
            raise err(kn, rid, f"unknown measure {measure!r} in {key!r} (use state, {', '.join(MEASURES)})")
        val = _scalar(vn)
        if not isinstance(val, dict) or not val or set(val) - {"min", "max"}:
            raise err(vn, rid, f"{key!r} needs bounds like {{min: 0.5}} or {{max: -0.3}}")
        bounds = {}
        for b, x in val.items():
            if isinstance(x, bool) or not isinstance(x, (int, float)):
                raise err(vn, rid, f"{key!r}: {b} must be a number, not {x!r}")
            bounds[b] = float(x)
        if "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
            raise err(vn, rid, f"{key!r}: min {bounds['min']:g} is above max {bounds['max']:g}")
        out.append(Condition(measure, aspect or None, bounds.get("min"), bounds.get("max")))
    return tuple(out)


def _parse_engagement(node: yaml.Node, rid: str, err: _Err) -> tuple[str, tuple[str, ...], int]:
    val = _scalar(node)
    if not isinstance(val, dict):
        raise err(node, rid, "'engagement' needs 'label' and 'cameo' (a list of CAMEO codes)")
    extra = set(val) - ENGAGEMENT_KEYS
    if extra:
        raise err(node, rid, f"unknown engagement key {sorted(extra)[0]!r} (use label, cameo, min_events)")
    label, codes = val.get("label"), val.get("cameo")
    if not isinstance(label, str) or not label.strip():
        raise err(node, rid, "engagement 'label' must be non-empty text")
    if isinstance(codes, (str, int)):
        codes = [codes]
    if not isinstance(codes, list) or not codes:
        raise err(node, rid, "engagement 'cameo' must be a list of CAMEO codes, e.g. [\"036\", \"04\"]")
    clean = []
    for c in codes:
        s = str(c).strip()
        if isinstance(c, int) or not _CAMEO.match(s):
            raise err(node, rid, f"engagement cameo code {c!r}: write CAMEO codes as quoted strings of 2-4 digits")
        if not 1 <= int(s[:2]) <= 20:
            raise err(node, rid, f"engagement cameo code {s!r}: root code must be 01-20")
        clean.append(s)
    n = val.get("min_events", 1)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise err(node, rid, f"engagement 'min_events' must be a whole number ≥ 1, not {n!r}")
    return " ".join(label.split()), tuple(clean), n
