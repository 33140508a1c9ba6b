"""Tone of a sentence on GDELT's scale, from VADER.

GDELT's tone is the percentage of positive words minus the percentage of negative words in
an article: about -100..100 in theory, -10..10 in practice. VADER's ``compound`` score
(-1..1, normalised sum of its lexicon's valences with negation, intensifiers and "but"
handled) is scaled by 10 onto that practical range: ``tone = 10 * compound``, rounded to two
decimals. Percent-of-words on a single sentence would swing to ±80 on a four-word clause, so
the compound score is the steadier sentence-level measure.
"""

from __future__ import annotations

from functools import cache


@cache
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """GDELT-scale tone of ``text`` (see the module docstring)."""
    return round(10.0 * _analyzer().polarity_scores(text)["compound"], 2)
