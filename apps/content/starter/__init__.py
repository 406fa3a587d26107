"""Starter step tips and reconnect ideas (apps.content.seeding explains SEEDS)."""

from __future__ import annotations

from apps.content.models import ReconnectIdea, StepTip
from apps.content.starter.reconnect import RECONNECT_IDEAS
from apps.content.starter.tips import STEP_TIPS

SEEDS = [
    ("Reconnect ideas", ReconnectIdea, RECONNECT_IDEAS),
    ("Step tips", StepTip, STEP_TIPS),
]
