"""Starter reasons, reframes, tone topics and cues (apps.content.seeding explains SEEDS)."""

from __future__ import annotations

from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic
from apps.reasons.starter.reasons import REASONS
from apps.reasons.starter.reframes import REFRAMES
from apps.reasons.starter.tone import CUES, TOPICS

SEEDS = [
    ("Reasons", Reason, REASONS),
    ("Reframes", Reframe, REFRAMES),
    ("Tone topics", ToneTopic, TOPICS),
    ("Tone cues", ToneCue, CUES),
]
