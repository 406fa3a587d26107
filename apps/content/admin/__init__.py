"""What every curated-content admin shares (the list, the filters, publishing and the
history of versions), and the admins of the two kinds of content that live here: step
tips and reconnect ideas.

Reasons, reframes, script templates, reconnect ideas and step tips all have a
situation, a draft/published status and an order (apps.content.models). Editors
publish and unpublish through the model's own verbs, so `updated` always moves
and whatever caches on it (the tone check) sees the change.

Every save keeps a version, and editors can revert to one (apps.content.admin.history).

Some admins answer a post of the add or change form with the same page instead of saving
it, to show what the edit would do (the Try it box of tone cues, the preview of script
templates): `CuratedContentAdmin.render_unsaved_edit` builds that page.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import flatten_fieldsets, quote
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from apps.content import languages
from apps.content.admin.history import ContentHistoryAdmin
from apps.content.models import CuratedContent, ReconnectIdea, Status, StepTip

# The fieldsets every content admin ends with: where the item shows, then its dates.
PUBLISHING_FIELDSET = (
    _("Where and when it shows"),
    {
        "fields": ["applies_to", "status", "order", "slug"],
        "description": _(
            "Only published items reach members and the public guide. "
            "Lower numbers come first within a list."
        ),
    },
)
DATES_FIELDSET = (
    _("Created and updated"),
    {
        "fields": ["created", "updated"],
        "classes": ["collapse"],
        "description": _("Every saved version, and who saved it, is under History."),
    },
)


class ChangelistRowForm(forms.ModelForm):
    """A change-list row: its editable inputs are named after the item they change, so a
    screen reader says "Order for Relocation" rather than an unlabelled number box."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            label = gettext("%(field)s for %(item)s") % {
                "field": field.label or name,
                "item": self.instance,
            }
            field.widget.attrs["aria-label"] = label


class CuratedContentAdmin(ContentHistoryAdmin):
    """Subclasses name their title field first in `list_display` and in `prepopulated_fields`."""

    list_display = ["__str__", "applies_to", "status", "order", "updated"]
    list_editable = ["order"]
    list_filter = ["applies_to", "status"]
    search_fields = ["slug"]
    readonly_fields = ["created", "updated"]
    ordering = ["order", "pk"]
    actions = ["publish_selected", "unpublish_selected"]
    save_on_top = True

    def get_changelist_form(self, request: HttpRequest, **kwargs) -> type[forms.ModelForm]:
        return super().get_changelist_form(request, **{"form": ChangelistRowForm, **kwargs})

    @admin.action(description=_("Publish selected"), permissions=["change"])
    def publish_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = self._change_status(
            request,
            queryset.exclude(status=Status.PUBLISHED),
            CuratedContent.publish,
            history=gettext("Published from the list."),
        )
        message = ngettext("%(count)d item published.", "%(count)d items published.", changed) % {
            "count": changed
        }
        self.message_user(request, message, messages.SUCCESS if changed else messages.WARNING)

    @admin.action(description=_("Unpublish selected"), permissions=["change"])
    def unpublish_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = self._change_status(
            request,
            queryset.exclude(status=Status.DRAFT),
            CuratedContent.unpublish,
            history=gettext("Moved back to draft from the list."),
        )
        message = ngettext(
            "%(count)d item moved back to draft.", "%(count)d items moved back to draft.", changed
        ) % {"count": changed}
        self.message_user(request, message, messages.SUCCESS if changed else messages.WARNING)

    def render_unsaved_edit(
        self,
        request: HttpRequest,
        saved: CuratedContent | None,
        context_for_form: Callable[[forms.ModelForm], dict],
    ) -> HttpResponse:
        """The change page of `saved` (the add page when it is None) again, its form bound
        to what the editor posted, with `context_for_form(form)` added to the page's
        context: what the edit would do, worked out from the bound form.

        Nothing is saved: not the item, not a version in its history, not an entry in the
        admin log. The form still posts to the change or add view, so Save keeps what
        was typed. Only someone who may make the edit may see it: the change permission
        on `saved`, or the add permission for a new item.
        """
        change = saved is not None
        if change:
            allowed = self.has_change_permission(request, saved)
        else:
            allowed = self.has_add_permission(request)
        if not allowed:
            raise PermissionDenied
        fieldsets = self.get_fieldsets(request, saved)
        fields = flatten_fieldsets(fieldsets)
        ModelForm = self.get_form(request, saved, change=change, fields=fields)
        # Validating fills the form's instance with the typed text; a copy keeps the saved
        # item as the page's title and breadcrumbs show it.
        instance = copy.copy(saved) if change else self.model()
        form = ModelForm(request.POST, request.FILES, instance=instance)
        extra = context_for_form(form)
        admin_form = helpers.AdminForm(
            form,
            list(fieldsets),
            self.get_prepopulated_fields(request, saved),
            self.get_readonly_fields(request, saved),
            model_admin=self,
        )
        title = _("Change %s") if change else _("Add %s")
        context = {
            **self.admin_site.each_context(request),
            "title": title % self.opts.verbose_name,
            "subtitle": str(saved) if change else None,
            "adminform": admin_form,
            "object_id": saved.pk if change else None,
            "original": saved,
            "is_popup": False,
            "to_field": None,
            "media": self.media + admin_form.media,
            "inline_admin_formsets": [],
            "errors": helpers.AdminErrorList(form, []),
            "preserved_filters": self.get_preserved_filters(request),
            **extra,
        }
        url_name = f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}"
        if change:
            form_url = reverse(f"{url_name}_change", args=[quote(saved.pk)])
        else:
            form_url = reverse(f"{url_name}_add")
        return self.render_change_form(
            request, context, add=not change, change=change, obj=saved, form_url=form_url
        )

    def _change_status(
        self,
        request: HttpRequest,
        queryset: QuerySet,
        verb: Callable[[CuratedContent], None],
        *,
        history: str,
    ) -> int:
        """Apply publish/unpublish to each item that needs it, and log it in the history."""
        changed = 0
        for item in queryset:
            # The version this save keeps names the editor and says why.
            item._history_user = request.user
            item._change_reason = history
            verb(item)
            self.log_change(request, item, history)
            changed += 1
        return changed


class MissingTranslationFilter(admin.SimpleListFilter):
    """Items a member cannot read in one language yet (they see the English instead)."""

    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return [
            (language, gettext("Missing in %(language)s") % {"language": name})
            for language, name in languages.NAMES.items()
            if language != languages.SOURCE
        ] + [("none", gettext("Complete in every language"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        choice = self.value()
        if choice in languages.TRANSLATIONS:
            return languages.missing_in(queryset, choice)
        if choice == "none":
            for language in languages.TRANSLATIONS:
                queryset = queryset.exclude(pk__in=languages.missing_in(queryset, language))
            return queryset
        return queryset


class TranslatedContentAdmin(TranslationAdmin, CuratedContentAdmin):
    """Curated content with a text per language (apps.content.languages): each translated
    field shows once per language, English required; the list says what is missing."""

    @admin.display(description=_("translations"))
    def translations(self, item: CuratedContent) -> str:
        missing = languages.missing_languages(item)
        if not missing:
            return gettext("Complete")
        names = ", ".join(str(languages.NAMES[language]) for language in missing)
        # Translators: the languages an item has no text in yet, e.g. "Missing: Dutch".
        return gettext("Missing: %(languages)s (members see English)") % {"languages": names}

    def get_list_display(self, request: HttpRequest):
        display = list(super().get_list_display(request))
        return [*display[:-1], "translations", display[-1]]

    def get_list_filter(self, request: HttpRequest):
        return [*super().get_list_filter(request), MissingTranslationFilter]


@admin.register(StepTip)
class StepTipAdmin(TranslatedContentAdmin):
    list_display = ["title", "step", "applies_to", "status", "order", "updated"]
    list_filter = ["step", *CuratedContentAdmin.list_filter]
    search_fields = ["title", "slug", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["step", "title", "body"],
                "description": _(
                    "Short guidance shown on one step of the plan builder and woven into the "
                    "public guide. Plain text only."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]


@admin.register(ReconnectIdea)
class ReconnectIdeaAdmin(TranslatedContentAdmin):
    list_display = ["title", "default_days_after", "applies_to", "status", "order", "updated"]
    search_fields = ["title", "slug", "opener", "detail"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["title", "opener", "detail", "default_days_after", "tied_to_event"],
                "description": _(
                    "A reason to get back in touch. The Reconnect step proposes a reminder "
                    "this many days after the decision, on a working day; the member can "
                    "move it. An idea tied to an event gets no date: the member gives it."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]
