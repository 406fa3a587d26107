from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.functional import lazy
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from apps.content.admin import HISTORY_FIELDSET, PUBLISHING_FIELDSET, CuratedContentAdmin
from apps.content.models import AppliesTo, Situation
from apps.scripts.compose import compose_template, placeholder_values
from apps.scripts.models import ScriptTemplate
from apps.scripts.placeholders import PLACEHOLDERS, find_problems
from apps.scripts.sample import sample_plan


def placeholder_guide() -> SafeString:
    """The named placeholders, for the change form. Every piece is escaped here,
    because the admin marks fieldset descriptions safe."""
    items = format_html_join("", "<li><code>{{{}}}</code> — {}</li>", PLACEHOLDERS.items())
    return format_html(
        "<p>{}</p><ul>{}</ul><p>{}</p>",
        _("Only these placeholders can be used; anything else is refused when you save."),
        items,
        _("Write {{ and }} for a literal brace."),
    )


@admin.register(ScriptTemplate)
class ScriptTemplateAdmin(CuratedContentAdmin):
    list_display = ["name", "kind", "applies_to", "status", "order", "updated", "preview_link"]
    list_filter = ["kind", *CuratedContentAdmin.list_filter]
    search_fields = ["name", "slug", "subject", "body"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["kind", "name"],
                "description": _(
                    "Call and meeting scripts feed the Conversation step; follow-up emails "
                    "and reconnect messages feed the email and Reconnect steps."
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
        HISTORY_FIELDSET,
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
        """The template composed against a sample plan, for each situation it applies to."""
        template = self.get_object(request, unquote(object_id))
        if template is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_permission(request, template):
            raise PermissionDenied
        situations = (
            [Situation.OFFER, Situation.PROMOTION]
            if template.applies_to == AppliesTo.BOTH
            else [Situation(template.applies_to)]
        )
        samples = []
        for situation in situations:
            plan = sample_plan(situation)
            samples.append(
                {
                    "situation": situation.label,
                    "composed": compose_template(template, plan),
                    "values": placeholder_values(plan),
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Preview of “%(name)s”") % {"name": template.name},
            "subtitle": None,
            "opts": self.opts,
            "original": template,
            "samples": samples,
            "problems": find_problems(template.subject) + find_problems(template.body),
            "has_view_permission": True,
            "has_change_permission": self.has_change_permission(request, template),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/scripts/scripttemplate/preview.html", context)

    def _preview_url_name(self, *, include_namespace: bool = True) -> str:
        name = f"{self.opts.app_label}_{self.opts.model_name}_preview"
        return f"{self.admin_site.name}:{name}" if include_namespace else name
