"""One table of the English names of German bodies and offices (``retrieval.vocab``): a body an English question names
is known, by the same German words, to every step that reads it. Four tables did this before and grew apart: "the
German Foreign Office" was a state's body to one step and no body at all to the named source's; "the spy agency" was
a kind of body to the which-question and no body the office of "the spy agency's chief" serves."""

from __future__ import annotations

import pytest

from retrieval import constraints, vocab
from retrieval.answer import persons, said, state_bodies

BODIES = vocab.of_kind("body")


def test_the_table_has_every_kind_and_each_name_once() -> None:
    rows = vocab.names()
    assert {kind for row in rows for kind in row.kinds} == vocab.KINDS
    assert len({row.name for row in rows}) == len(rows)
    assert all(row.german and all(row.german) for row in rows)


@pytest.mark.parametrize("row", BODIES, ids=[row.name for row in BODIES])
def test_a_body_is_known_to_every_step_by_the_same_german_words(row: vocab.Name) -> None:
    named = f"the {row.name}"
    # the source a question names ("according to the union")
    assert constraints.checkable_source(named, "en")
    assert set(row.german) <= set(constraints._body_heads(named))
    # the body an office serves ("the union's spokesman") or the body asked about as a whole
    assert "|".join(row.german) in persons._german_body(named)[1]
    if "state" in row.kinds:  # "the dutch government": only a Dutch speaker gives its words
        assert state_bodies.country_asked(f"the dutch {row.name}", "en") == "niederlande"
        assert all(state_bodies.is_body_word(german) for german in row.german)
    if "which" in row.kinds:  # "which news agency": only a source of that kind answers
        asked = said.body_asked(f"Which {row.name} said that?")
        assert asked is not None
        assert asked.heads == row.german


def test_an_office_is_read_from_the_same_table() -> None:
    offices = [row for row in vocab.of_kind("office") if not row.name.startswith("vice ")]
    assert offices
    for row in offices:
        assert persons.office_nouns(f"the {row.name}") == list(row.german), row.name


def test_a_bad_kind_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Table:
        def joinpath(self, _: str) -> Table:
            return self

        def read_text(self, encoding: str) -> str:
            return "union\tgewerkschaft\tbody,bodyguard\n"

    vocab.names.cache_clear()
    monkeypatch.setattr(vocab.resources, "files", lambda _: Table())
    with pytest.raises(ValueError, match="bodyguard"):
        vocab.names()
    monkeypatch.undo()
    vocab.names.cache_clear()
    assert vocab.names()
