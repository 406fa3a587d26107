"""Which fields of script and email templates editors write in each language.

Loaded by django-modeltranslation at start-up; apps.content.languages explains.
Placeholders keep their names in every language ({contact_first_name}, {reasons}).
"""

from __future__ import annotations

from apps.content import languages
from apps.scripts.models import ScriptTemplate

languages.register(ScriptTemplate, ("name", "subject", "body", "member_note"))
