"""Maintainer tool: derive the coder's dictionaries from the MIT-licensed Phoenix/PETRARCH
files in ``../shared/data/reference``.

Run ``python -m dyadwatch.coding.build [REFERENCE_DIR]`` after changing the parsing rules;
it rewrites, under ``src/dyadwatch/data/``:

``actors_phoenix.tsv``
    ``phrase  code  start  end`` — one row per name or alias and actor code. ``phrase`` is
    the name lower-cased and tokenized the way spaCy's English tokenizer splits it (tokens
    joined by one space), so the coder matches it token by token. ``start``/``end`` are ISO
    dates bounding the code (empty: open-ended), from Phoenix's ``[AZEGOV 030804-031104]``,
    ``[AZEGOV >031031]`` and ``[USRAZE <911018]`` forms. Two-digit years are 19xx above 30
    and 20xx otherwise.
``agents_phoenix.tsv``
    ``phrase  type`` — generic agent nouns (``police`` → COP, ``defence ministry`` → GOVMIL);
    ``!MINIST!``/``!PERSON!`` macros expanded, plurals added (``{...}`` lists, else +s).
``verbs_cameo.tsv``
    ``form  block  code`` — every verb form of CAMEO.2.0.txt (irregular forms from ``{...}``,
    regular -s/-ed/-ing forms generated) with its verb block and its code (the verb's own,
    else the block's; empty when neither has one).
``verb_patterns_cameo.tsv``
    ``block  before  after  code`` — the block's patterns with synonym sets (``&MILITARY``)
    expanded to ``a|b|c`` alternatives, markers (``$ + ^ % ( ) { }``) dropped, and patterns
    whose code is passive-only (``[:173]``) or empty (``[---]``) skipped.

The files are data, not code: the runtime never reads ``../shared``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "data" / "reference"

_CODE = re.compile(r"\[([^\]]*)\]")


def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _phrase(raw: str, tok) -> str:
    """``MAZAR-I-SHARIF_`` → ``mazar - i - sharif`` (spaCy tokens, lower case)."""
    text = raw.replace("_", " ").strip().lower()
    text = re.sub(r"\s+", " ", text)
    return " ".join(t.text for t in tok(text))


def _date(s: str) -> str:
    s = s.strip()
    if len(s) == 8 and s.isdigit():
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif len(s) == 6 and s.isdigit():
        yy, m, d = int(s[:2]), int(s[2:4]), int(s[4:])
        y = 1900 + yy if yy > 30 else 2000 + yy
    else:
        return ""
    m = min(max(m, 1), 12)
    d = min(max(d, 1), 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_code(spec: str) -> tuple[str, str, str] | None:
    """``AZEGOV 030804-031104`` → (``AZEGOV``, ``2003-08-04``, ``2003-11-04``)."""
    parts = spec.split()
    if not parts or parts[0].startswith("-") or not re.fullmatch(r"[A-Z~]{3,}", parts[0]):
        return None
    code = parts[0]
    start = end = ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = _date(rng[1:])
        elif rng.startswith("<"):
            end = _date(rng[1:])
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = _date(a), _date(b)
    return code, start, end


def parse_actors(lines: Iterable[str]) -> Iterator[tuple[list[str], list[tuple[str, str, str]]]]:
    """Blocks of a TABARI/PETRARCH ``.actors`` file: (names, codes)."""
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        body = _CODE.sub("", line).strip()
        found = [c for c in (parse_code(m) for m in _CODE.findall(line)) if c]
        if line[0] in " \t":
            codes.extend(found)
            continue
        if body.startswith("+"):
            names.append(body[1:].strip())
            codes.extend(found)
            continue
        if names:
            yield names, codes
        names, codes = ([body] if body else []), list(found)
    if names:
        yield names, codes


def build_actors(ref: Path, tok) -> list[tuple[str, str, str, str]]:
    rows: set[tuple[str, str, str, str]] = set()
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        with open(ref / fname, encoding="utf-8", errors="replace") as f:
            for names, codes in parse_actors(f):
                # A type-only code like [ELI] continues the previous country's code.
                full: list[tuple[str, str, str]] = []
                country = ""
                for code, start, end in codes:
                    if code.startswith("~"):
                        continue
                    if len(code) == 3 and country and code in _TYPE_ONLY:
                        code = country + code
                    elif len(code) >= 3:
                        country = code[:3]
                    full.append((code, start, end))
                for name in names:
                    phrase = _phrase(name, tok)
                    if not phrase or len(phrase) < 2:
                        continue
                    for code, start, end in full:
                        rows.add((phrase, code, start, end))
    return sorted(rows)


_TYPE_ONLY = frozenset(
    "GOV MIL COP JUD LEG OPP REB CVL BUS MED EDU HLH ELI SPY UAF PTY LAB REF AGR CRM REL HRI ENV DEV".split()
)


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def build_agents(ref: Path, tok) -> list[tuple[str, str]]:
    macros: dict[str, list[str]] = {}
    rows: set[tuple[str, str]] = set()
    with open(ref / "Phoenix.agents.txt", encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
            if m:
                macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
                continue
            cm = re.search(r"\[(~?)([A-Z]{3,})(~?)\]", line)
            if not cm:
                continue
            agent_type = cm.group(2)
            head = line[: cm.start()]
            plurals: list[str] | None = None
            pm = re.search(r"\{([^}]*)\}", head)
            if pm:
                plurals = [p.strip().lstrip("+") for p in pm.group(1).split() if p.strip()]
                head = head[: pm.start()]
            forms = [head.strip()]
            for macro, values in macros.items():
                if any(macro in f for f in forms):
                    forms = [f.replace(macro, v + ("_" if not f.endswith(macro) else "")) for f in forms for v in values]
            for form in forms:
                phrase = _phrase(form, tok)
                if not phrase:
                    continue
                rows.add((phrase, agent_type))
                if plurals is None and not any(m in form for m in macros):
                    words = phrase.split(" ")
                    rows.add((" ".join(words[:-1] + [_plural(words[-1])]), agent_type))
            for p in plurals or []:
                phrase = _phrase(p, tok)
                if phrase:
                    rows.add((phrase, agent_type))
    return sorted(rows)


def _verb_forms(base: str) -> list[str]:
    """Regular inflections of a lower-case base verb (the dictionary lists irregular ones)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", base) and len(base) <= 5:
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return sorted(forms)


def _first_code(spec: str) -> str:
    spec = spec.strip()
    if not spec or spec.startswith(":") or spec.startswith("-"):
        return ""
    code = spec.split(":", 1)[0].strip()
    return code if re.fullmatch(r"\d{2,4}", code) else ""


def build_verbs(ref: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, str]]]:
    synsets: dict[str, list[str]] = {}
    verbs: set[tuple[str, str, str]] = set()
    patterns: set[tuple[str, str, str, str]] = set()
    block = ""
    block_code = ""
    current_set: str | None = None
    in_patterns = False
    with open(ref / "CAMEO.2.0.txt", encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if "####### VERB PATTERNS" in raw:
                in_patterns = True
                current_set = None
                continue
            if not line.strip():
                continue
            if not in_patterns:
                if line.startswith("&"):
                    current_set = line.strip().rstrip("_")
                    synsets[current_set] = []
                elif line.startswith("+") and current_set:
                    synsets[current_set].append(line[1:].strip().rstrip("_").lower().replace("_", " "))
                continue
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                block = m.group(1)
                block_code = _first_code(m.group(2))
                continue
            if line.startswith("-"):
                pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
                if not pm:
                    continue
                code = _first_code(pm.group(2))
                body = pm.group(1)
                if not code or "*" not in body:
                    continue
                before, after = body.split("*", 1)
                patterns.add((block, _pattern_words(before, synsets), _pattern_words(after, synsets), code))
                continue
            # a verb line: BASE {IRREGULAR FORMS} [code] or +MULTI_WORD {...} [code]
            cm = re.search(r"\[([^\]]*)\]", line)
            own = _first_code(cm.group(1)) if cm else ""
            body = _CODE.sub("", line)
            irregular: list[str] = []
            im = re.search(r"\{([^}]*)\}", body)
            if im:
                irregular = [w.strip().lstrip("+").lower() for w in im.group(1).replace(",", " ").split() if w.strip()]
                body = body[: im.start()]
            base = body.strip().lstrip("+").rstrip("_").lower()
            if not base:
                continue
            code = own or block_code
            words = base.split("_")
            if len(words) == 1:
                forms = set(_verb_forms(base)) | {w for w in irregular if "_" not in w}
            else:
                first = words[0]
                rest = " ".join(words[1:])
                forms = {f"{f} {rest}" for f in _verb_forms(first)}
                forms |= {w.replace("_", " ") for w in irregular}
            for form in forms:
                verbs.add((form, block, code))
    return sorted(verbs), sorted(patterns)


def _pattern_words(text: str, synsets: dict[str, list[str]]) -> str:
    out: list[str] = []
    for w in re.sub(r"[(){}$+^%,]", " ", text).split():
        if w.startswith("&"):
            alts = synsets.get(w.rstrip("_"), [])
            if alts:
                out.append("|".join(sorted({a.split()[-1] for a in alts})))
            continue
        w = w.lower().strip("_")
        if w and w != "/" and re.fullmatch(r"[a-z][a-z'\-/]*", w):
            out.append(w.replace("/", "|"))
    return " ".join(out)


def _write(path: Path, header: str, rows: Iterable[tuple[str, ...]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    ref = Path(args[0]) if args else DEFAULT_REFERENCE
    tok = _tokenizer()
    n = _write(DATA_DIR / "actors_phoenix.tsv", "phrase\tcode\tstart\tend", build_actors(ref, tok))
    print(f"actors_phoenix.tsv: {n} rows")
    n = _write(DATA_DIR / "agents_phoenix.tsv", "phrase\ttype", build_agents(ref, tok))
    print(f"agents_phoenix.tsv: {n} rows")
    verbs, patterns = build_verbs(ref)
    n = _write(DATA_DIR / "verbs_cameo.tsv", "form\tblock\tcode", verbs)
    print(f"verbs_cameo.tsv: {n} rows")
    n = _write(DATA_DIR / "verb_patterns_cameo.tsv", "block\tbefore\tafter\tcode", patterns)
    print(f"verb_patterns_cameo.tsv: {n} rows")


if __name__ == "__main__":
    main()
