from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.content.admin import DATES_FIELDSET, PUBLISHING_FIELDSET, CuratedContentAdmin
from apps.reasons.models import Reason, Reframe


@admin.register(Reason)
class ReasonAdmin(CuratedContentAdmin):
    list_display = ["title", "applies_to", "status", "order", "updated"]
    search_fields = ["title", "slug", "explanation", "phrasings"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["title", "explanation"],
                "description": _(
                    "A legitimate reason to decline. Members pick it in the Reasons step; "
                    "the explanation also appears in the public guide."
                ),
            },
        ),
        (
            _("Phrasings"),
            {
                "fields": ["phrasings", "phrasings_to_avoid"],
                "description": _(
                    "Honest but not blunt: say what you are looking for rather than what is "
                    "wrong with them. One phrasing per line."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]


@admin.register(Reframe)
class ReframeAdmin(CuratedContentAdmin):
    list_display = ["blunt", "alternative", "applies_to", "status", "order", "updated"]
    search_fields = ["blunt", "variants", "alternative", "slug"]
    prepopulated_fields = {"slug": ["blunt"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["blunt", "variants", "alternative", "why"],
                "description": _(
                    "The tone check catches the blunt wording (and its variants) in a "
                    "member's phrasing and proposes the professional alternative, with the why."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]
