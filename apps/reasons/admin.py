from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.content.admin import DATES_FIELDSET, PUBLISHING_FIELDSET, CuratedContentAdmin
from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic


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


@admin.register(ToneTopic)
class ToneTopicAdmin(CuratedContentAdmin):
    list_display = ["name", "language", "alternative", "applies_to", "status", "order", "updated"]
    list_filter = ["language", *CuratedContentAdmin.list_filter]
    search_fields = ["name", "words", "alternative", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "language",
                    "words",
                    "alternative",
                    "alternative_promotion",
                    "why",
                ],
                "description": _(
                    "When a sentence holds a tone cue, the tone check offers the phrasing of "
                    "the topic the sentence names first, in place of the whole sentence. A "
                    "topic without words is the fallback for sentences that name none."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]


@admin.register(ToneCue)
class ToneCueAdmin(CuratedContentAdmin):
    list_display = ["name", "kind", "language", "applies_to", "status", "order", "updated"]
    list_filter = ["kind", "language", *CuratedContentAdmin.list_filter]
    search_fields = ["name", "words", "why", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["name", "kind", "language", "words", "why"],
                "description": _(
                    "Words that make a sentence read badly whatever it is about. Any "
                    "inflection matches, and fillers may sit between the words of a phrase."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]
