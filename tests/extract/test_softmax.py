"""The run-time multinomial logistic model shared by the learned type and status stages."""

from __future__ import annotations

import math

from eventwire.extract.softmax import margin_choice, softmax_probabilities


def test_probabilities_are_standardised_and_sum_to_one() -> None:
    p = softmax_probabilities(
        [3.0, 1.0], mean=[1.0, 1.0], scale=[2.0, 1.0], weights=[[1.0, 0.0], [0.0, 0.0]], bias=[0.0, 0.0]
    )
    assert math.isclose(sum(p), 1.0)
    assert math.isclose(p[0], math.e / (math.e + 1.0))  # z = (1, 0): scores 1 and 0


def test_margin_keeps_the_rules_class_unless_beaten_by_more_than_it() -> None:
    classes = ("attack", "killing", "riot")
    p = [0.3, 0.6, 0.1]
    assert margin_choice(classes, "attack", p, 0.2) == "killing"
    assert margin_choice(classes, "attack", p, 0.4) == "attack"
    assert margin_choice(classes, "protest", p, 0.5) == "killing"  # a class the model does not know
    assert margin_choice(classes, "riot", [0.5, 0.5, 0.0], 0.0) == "attack"  # ties: the first listed
