"""Starter reasons, reframes, tone topics and cues (apps.content.seeding explains SEEDS)."""

from __future__ import annotations

from apps.content.seeding import translated
from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic
from apps.reasons.starter import tone, tone_fr, tone_nl
from apps.reasons.starter.reasons import REASONS
from apps.reasons.starter.reasons_fr import REASONS_FR
from apps.reasons.starter.reasons_nl import REASONS_NL
from apps.reasons.starter.reframes import REFRAMES

SEEDS = [
    # Reasons are one row in three languages (apps.content.languages)...
    ("Reasons", Reason, translated(REASONS, nl=REASONS_NL, fr=REASONS_FR)),
    ("Reframes", Reframe, REFRAMES),
    # ...while each language's topics and cues are its own rows (slugs end in "-nl", "-fr").
    ("Tone topics", ToneTopic, [*tone.TOPICS, *tone_nl.TOPICS, *tone_fr.TOPICS]),
    ("Tone cues", ToneCue, [*tone.CUES, *tone_nl.CUES, *tone_fr.CUES]),
]
