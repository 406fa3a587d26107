"""What every curated-content admin shares (the list, the filters, publishing and the
history of versions), and the admins of the two kinds of content that live here: step
tips and reconnect ideas.

Reasons, reframes, script templates, reconnect ideas and step tips all have a
situation, a draft/published status and an order (apps.content.models). Editors
publish and unpublish through the model's own verbs, so `updated` always moves
and whatever caches on it (the tone check) sees the change.

Every save keeps a version, and editors can revert to one (apps.content.admin.history).
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

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


@admin.register(StepTip)
class StepTipAdmin(CuratedContentAdmin):
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
class ReconnectIdeaAdmin(CuratedContentAdmin):
    list_display = ["title", "default_days_after", "applies_to", "status", "order", "updated"]
    search_fields = ["title", "slug", "opener", "detail"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (
            None,
            {
                "fields": ["title", "opener", "detail", "default_days_after"],
                "description": _(
                    "A reason to get back in touch. The Reconnect step proposes a reminder "
                    "this many days after the decision; the member can move it."
                ),
            },
        ),
        PUBLISHING_FIELDSET,
        DATES_FIELDSET,
    ]
