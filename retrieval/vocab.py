"""The English names of the German bodies and offices news names, and what kind each is (``data/bodies.tsv``).

An English question names German bodies and offices in English ("the interior ministry", "Germany's justice
minister", "spy agency"). Every step that reads such a name reads it here: the named source (``constraints``), the
office and the body it serves (``answer.persons``), a country's body (``answer.state_bodies``), the kind of body a
which-question asks for (``answer.said``), the head of a body asked for (``answer.answerer``) and the whole body a
figure counts (``answer.figure_evidence``). One row per name gives its German words and its kinds, so a body known
to one step is known to every step that reads its kind, by the same German words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

KINDS = frozenset({"body", "state", "which", "field", "nation", "office"})


@dataclass(frozen=True)
class Name:
    """One row: an English name (or, for a which-question, a German noun), its German words ("-" alone for a
    country, which has none to require) and its kinds."""

    name: str
    german: tuple[str, ...]
    kinds: frozenset[str]


@cache
def names() -> tuple[Name, ...]:
    """Every row of the table, longest name first ("trade union" before "union"), then in the table's order."""
    text = resources.files("retrieval").joinpath("data/bodies.tsv").read_text(encoding="utf-8")
    rows: list[Name] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, german, kinds = line.split("\t")
        row = Name(name, tuple(german.split("|")), frozenset(kinds.split(",")))
        if not row.kinds <= KINDS or name != name.lower():
            raise ValueError(f"data/bodies.tsv: bad row {line!r} (kinds {sorted(KINDS)}, names lower case)")
        rows.append(row)
    return tuple(sorted(rows, key=lambda row: -len(row.name)))


def of_kind(*kinds: str) -> tuple[Name, ...]:
    """The rows of any of ``kinds``, longest name first."""
    return tuple(row for row in names() if row.kinds & set(kinds))


def german_words(*kinds: str) -> tuple[str, ...]:
    """The German words of the rows of ``kinds``, each once, in the table's order of names (longest first)."""
    return tuple(dict.fromkeys(w for row in of_kind(*kinds) for w in row.german if w != "-"))
