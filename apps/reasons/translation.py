"""Which fields of reasons editors write in each language; the tone check's rows.

Loaded by django-modeltranslation at start-up; apps.content.languages explains. The
tone check's reframes, topics and cues are not translated: each language has rows of
its own (their `language` field), so they only get their history here.
"""

from __future__ import annotations

from apps.content import languages
from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic

languages.register(Reason, ("title", "explanation", "phrasings", "phrasings_to_avoid"))
for model in (Reframe, ToneTopic, ToneCue):
    languages.register(model)
