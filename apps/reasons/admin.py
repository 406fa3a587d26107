"""The admins of reasons, reframes, tone topics and tone cues.

Reframes, tone topics and tone cues have a Try it box on their add and change pages: the
editor types a sample sentence and sees what the tone check flags with the published
content plus the row as typed in the form, saved or not (`TryItAdmin`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import quote, unquote
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from apps.content.admin import (
    DATES_FIELDSET,
    PUBLISHING_FIELDSET,
    CuratedContentAdmin,
    TranslatedContentAdmin,
)
from apps.content.models import AppliesTo, Situation
from apps.reasons.models import Reason, Reframe, ToneCue, ToneTopic
from apps.reasons.tone import MAX_CHECKED_CHARS, Finding, check_with_unsaved

# The sample is one to a few sentences; the tone check reads no further than this anyway.
MAX_TRY_CHARS = MAX_CHECKED_CHARS


@dataclass(frozen=True)
class TriedFinding:
    """A finding of the Try it box, with the sample cut around its span for display."""

    finding: Finding
    before: str
    found: str
    after: str


def tried_findings(text: str, findings: list[Finding]) -> list[TriedFinding]:
    return [
        TriedFinding(f, text[: f.start], text[f.start : f.end], text[f.end :]) for f in findings
    ]


class TryItAdmin(CuratedContentAdmin):
    """A Try it box under the fields of the add and change pages.

    Its button posts the whole form to the try view (`formaction`), which validates it
    without saving and answers with the same page: the fields as typed, and what the
    tone check flags in the sample with this row as typed. Plain HTML, no JavaScript.
    """

    change_form_template = "admin/reasons/try_it_change_form.html"

    def get_urls(self) -> list[URLPattern]:
        # Before the admin's own URLs: its catch-all "<object_id>/" would swallow ours.
        view = self.admin_site.admin_view(require_POST(self.try_view))
        name = f"{self.opts.app_label}_{self.opts.model_name}_try"
        return [
            path("try/", view, name=name),
            path("<path:object_id>/try/", view, name=name),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        name = f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_try"
        if self.has_change_permission(request, obj) if obj else self.has_add_permission(request):
            context["try_it_url"] = reverse(name, args=[quote(obj.pk)] if obj else [])
        context["try_it_max"] = MAX_TRY_CHARS
        return super().render_change_form(request, context, add, change, form_url, obj)

    def try_view(self, request: HttpRequest, object_id: str | None = None) -> HttpResponse:
        """The add or change page again, holding what the editor typed, with the sample's
        findings above the Try it button. Nothing is saved."""
        saved = None
        if object_id is not None:
            saved = self.get_object(request, unquote(object_id))
            if saved is None:
                return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        # The box tries edits, so render_unsaved_edit lets only those who may make them
        # try them.
        sample = request.POST.get("try_text", "")
        box = {"trying": True, "try_text": sample, "try_error": None, "try_findings": None}
        return self.render_unsaved_edit(
            request, saved, lambda form: {**box, **self._tried(form, sample)}
        )

    def _tried(self, form: forms.ModelForm, sample: str) -> dict:
        if len(sample) > MAX_TRY_CHARS:
            message = gettext(
                "The sample is %(length)d characters long; try at most %(max)d at a time."
            ) % {"length": len(sample), "max": MAX_TRY_CHARS}
            return {"try_error": message}
        if not sample.strip():
            return {"try_error": gettext("Type a sample sentence to try.")}
        if not form.is_valid():
            return {"try_error": gettext("Correct what is marked below, then try again.")}
        unsaved = form.instance
        situation = (
            Situation.PROMOTION if unsaved.applies_to == AppliesTo.PROMOTION else (Situation.OFFER)
        )
        findings = check_with_unsaved(sample, situation, unsaved=unsaved)
        return {
            "try_findings": tried_findings(sample, findings),
            "try_situation": situation.label,
        }


@admin.register(Reason)
class ReasonAdmin(TranslatedContentAdmin):
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
class ReframeAdmin(TryItAdmin):
    list_display = ["blunt", "language", "alternative", "applies_to", "status", "order", "updated"]
    list_filter = ["language", *CuratedContentAdmin.list_filter]
    search_fields = ["blunt", "variants", "alternative", "slug"]
    prepopulated_fields = {"slug": ["blunt"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["blunt", "language", "variants", "alternative", "why"],
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
class ToneTopicAdmin(TryItAdmin):
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
class ToneCueAdmin(TryItAdmin):
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
                    "inflection matches, fillers may sit between the words of a phrase, and "
                    "“...” stands for a few words of any kind. Some kinds only change how "
                    "the others read: a negation cancels a judgement after it (“never "
                    "boring”) and turns praise into a complaint (“not impressive”), an "
                    "intensifier makes a mild word blunt (“so slow”), and a calm phrase "
                    "(“I'd hate to”) keeps its clause from being flagged. Try a sentence "
                    "in the box below the fields before you save."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]
