"""Which fields of step tips and reconnect ideas editors write in each language.

Loaded by django-modeltranslation at start-up; apps.content.languages explains.
"""

from __future__ import annotations

from apps.content import languages
from apps.content.models import ReconnectIdea, StepTip

languages.register(StepTip, ("title", "body"))
languages.register(ReconnectIdea, ("title", "opener", "detail"))
