"""The lift-in-context study tool: what a bar gains and loses, and the bar the fit chooses."""

from __future__ import annotations

import numpy as np

from bench.figure_lift import checked, fit, net


def _row(h: float, answered: bool, not_: bool) -> dict[str, object]:
    return {"h": h, "previous": h, "answered": answered, "not": not_}


def test_net_counts_gains_and_wrong_answers_above_the_bar() -> None:
    rows = [_row(1.0, True, False), _row(0.5, False, True), _row(-1.0, True, False)]
    assert net(rows, np.array([2.0, 1.0, -3.0]), 0.0) == (1, -1)  # the third lies under the bar
    assert net(rows, np.array([2.0, -1.0, -3.0]), 0.0) == (1, 0)


def test_fit_puts_the_bar_between_questions_that_gain_and_those_that_lose() -> None:
    gains = [_row(h, True, False) for h in (1.0, 1.5, 2.0, 2.5)]
    losses = [_row(h, False, True) for h in (-2.5, -2.0, -1.5, -1.0)]
    model, bar = fit(gains + losses)
    values = model.decision_function(np.array([[r["h"], r["previous"]] for r in gains + losses]))
    assert net(gains + losses, values, bar) == (4, 0)
    assert checked(gains + losses, [_row(3.0, True, False), _row(-3.0, False, True)]) == "+1 0"
