"""Starter step tips and reconnect ideas, in English, Dutch and French
(apps.content.seeding explains SEEDS)."""

from __future__ import annotations

from apps.content.models import ReconnectIdea, StepTip
from apps.content.seeding import translated
from apps.content.starter.reconnect import RECONNECT_IDEAS
from apps.content.starter.reconnect_fr import RECONNECT_IDEAS_FR
from apps.content.starter.reconnect_nl import RECONNECT_IDEAS_NL
from apps.content.starter.tips import STEP_TIPS
from apps.content.starter.tips_fr import STEP_TIPS_FR
from apps.content.starter.tips_nl import STEP_TIPS_NL

SEEDS = [
    (
        "Reconnect ideas",
        ReconnectIdea,
        translated(RECONNECT_IDEAS, nl=RECONNECT_IDEAS_NL, fr=RECONNECT_IDEAS_FR),
    ),
    ("Step tips", StepTip, translated(STEP_TIPS, nl=STEP_TIPS_NL, fr=STEP_TIPS_FR)),
]
