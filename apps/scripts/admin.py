from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import translation
from django.utils.functional import lazy
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from apps.content import languages
from apps.content.admin import (
    DATES_FIELDSET,
    PUBLISHING_FIELDSET,
    CuratedContentAdmin,
    TranslatedContentAdmin,
)
from apps.content.models import AppliesTo, Situation
from apps.scripts.compose import compose_template, placeholder_values
from apps.scripts.models import ScriptTemplate
from apps.scripts.placeholders import DEFAULT_FALLBACKS, PLACEHOLDERS, find_problems
from apps.scripts.sample import sample_plan


def placeholder_guide() -> SafeString:
    """The named placeholders, for the change form. Every piece is escaped here,
    because the admin marks fieldset descriptions safe."""
    items = format_html_join(
        "",
        "<li><code>{{{}}}</code> — {}{}</li>",
        ((name, description, default_note(name)) for name, description in PLACEHOLDERS.items()),
    )
    return format_html(
        "<p>{}</p><ul>{}</ul><p>{}</p><p>{}</p>",
        _("Only these placeholders can be used; anything else is refused when you save."),
        items,
        format_html(
            _(
                "When a value can be missing, say what to write instead after a bar: "
                "{example} gives “Hi there,” for a plan without a contact name. The words "
                "after the bar are written as they are (no placeholders in them). Without "
                "them a missing value is left out and the punctuation around it tidied: "
                "“Hello {greeting},” gives “Hello,”."
            ),
            example=format_html("<code>{}</code>", "Hi {contact_first_name|there},"),
            greeting=format_html("<code>{}</code>", "{contact_first_name}"),
        ),
        _("Write {{ and }} for a literal brace."),
    )


def default_note(name: str) -> str:
    default = DEFAULT_FALLBACKS.get(name)
    if default is None:
        return ""
    return format_html(" ({})", _("if missing: %(default)s") % {"default": default})


@admin.register(ScriptTemplate)
class ScriptTemplateAdmin(TranslatedContentAdmin):
    list_display = [
        "name",
        "kind",
        "tone",
        "length",
        "applies_to",
        "status",
        "order",
        "updated",
        "preview_link",
    ]
    list_filter = ["kind", "tone", "length", *CuratedContentAdmin.list_filter]
    search_fields = ["name", "slug", "subject", "body"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["kind", "name", ("tone", "length"), "member_note"],
                "description": _(
                    "Call and meeting scripts feed the Conversation step; follow-up emails, "
                    "declines by email and reconnect messages feed the email and Reconnect "
                    "steps. Members choose a tone and a length; each is given the closest "
                    "published template, the tone first."
                ),
            },
        ),
        (
            _("Text"),
            {
                "fields": ["subject", "body"],
                # Lazy, so the list is in the editor's language, not the one at import.
                "description": lazy(placeholder_guide, SafeString)(),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]

    @admin.display(description=_("preview"))
    def preview_link(self, template: ScriptTemplate) -> str:
        url = reverse(self._preview_url_name(), args=[quote(template.pk)])
        return format_html('<a href="{}">{}</a>', url, _("Preview"))

    def get_urls(self) -> list[URLPattern]:
        # Before the admin's own URLs: its catch-all "<object_id>/" would swallow ours.
        preview = path(
            "<path:object_id>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name=self._preview_url_name(include_namespace=False),
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The template composed against a sample plan, for each situation it applies to:
        the saved version (GET), or what the editor has typed and not saved (POST, from
        the change form's Preview button)."""
        template = self.get_object(request, unquote(object_id))
        if template is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if request.method == "POST":
            return self.render_unsaved_edit(request, template, self._unsaved_preview)
        if not self.has_view_permission(request, template):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Preview of “%(name)s”") % {"name": template.name},
            "subtitle": None,
            "opts": self.opts,
            "original": template,
            "samples": self._samples(template),
            "problems": [
                problem
                for language in languages.LANGUAGES
                for field in ("subject", "body")
                for problem in find_problems(
                    getattr(template, languages.column(field, language)) or ""
                )
            ],
            "has_view_permission": True,
            "has_change_permission": self.has_change_permission(request, template),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/scripts/scripttemplate/preview.html", context)

    def _unsaved_preview(self, form: forms.ModelForm) -> dict:
        """Above the fields of the change form holding what the editor typed, sent by its
        Preview button: the preview when the template is valid; when it is not, the
        errors show beside the fields. Nothing is saved: the form posts back to the change
        view only when Save is pressed."""
        return {
            "previewing": True,
            "unsaved_samples": self._samples(form.instance) if form.is_valid() else [],
        }

    def _samples(self, template: ScriptTemplate) -> list[dict]:
        """The template composed for each situation it applies to, in each language it
        is written in (a language it is missing in is named, not shown: members there
        read the English)."""
        situations = (
            [Situation.OFFER, Situation.PROMOTION]
            if template.applies_to == AppliesTo.BOTH
            else [Situation(template.applies_to)]
        )
        missing = languages.missing_languages(template)
        samples = []
        for language in languages.LANGUAGES:
            if language in missing:
                continue
            with translation.override(language):
                for situation in situations:
                    plan = sample_plan(situation)
                    samples.append(
                        {
                            "situation": situation.label,
                            "language": language,
                            "language_name": languages.NAMES[language],
                            "composed": compose_template(template, plan),
                            "values": placeholder_values(plan),
                        }
                    )
        # The headings and labels around the samples stay in the editor's language.
        for sample in samples:
            sample["situation"] = str(sample["situation"])
            sample["language_name"] = str(sample["language_name"])
        return samples

    def _preview_url_name(self, *, include_namespace: bool = True) -> str:
        name = f"{self.opts.app_label}_{self.opts.model_name}_preview"
        return f"{self.admin_site.name}:{name}" if include_namespace else name
