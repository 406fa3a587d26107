"""Starter reasons and reframes (apps.content.seeding explains SEEDS)."""

from __future__ import annotations

from apps.reasons.models import Reason, Reframe
from apps.reasons.starter.reasons import REASONS
from apps.reasons.starter.reframes import REFRAMES

SEEDS = [
    ("Reasons", Reason, REASONS),
    ("Reframes", Reframe, REFRAMES),
]
