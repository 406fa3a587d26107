"""Starter reasons, reframes, tone topics and cues (apps.content.seeding explains SEEDS)."""

from __future__ import annotations

from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic
from apps.reasons.starter import tone, tone_fr, tone_nl
from apps.reasons.starter.reasons import REASONS
from apps.reasons.starter.reframes import REFRAMES

SEEDS = [
    ("Reasons", Reason, REASONS),
    ("Reframes", Reframe, REFRAMES),
    # Each language's topics and cues are its own rows (slugs end in "-nl", "-fr").
    ("Tone topics", ToneTopic, [*tone.TOPICS, *tone_nl.TOPICS, *tone_fr.TOPICS]),
    ("Tone cues", ToneCue, [*tone.CUES, *tone_nl.CUES, *tone_fr.CUES]),
]
