"""The history of a content item in the admin: every saved version, who saved it and what
changed, and reverting to one (django-simple-history's SimpleHistoryAdmin, in Ajar's words).

A revert is an ordinary save through the change form of the version: it moves `updated`,
so every cache keyed on content_version() sees it, and it gets a version of its own.
Only editors who may change an item see its history (the model's change permission,
which the Content editors group has); simple-history's own history permissions are off.
"""

from __future__ import annotations

import dataclasses

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import HistoricalChanges, ModelDelta
from simple_history.template_utils import HistoricalRecordContextHelper

from apps.content import languages

# Saved with every change, so showing them in "what changed" would only repeat the date.
UNLISTED_CHANGES = {"created", "updated"}


def saved_at(version: HistoricalChanges) -> str:
    """When a version was saved, as the admin writes dates and times."""
    return formats.date_format(timezone.localtime(version.history_date), "DATETIME_FORMAT")


def same_text(old, new) -> bool:
    """Browsers send a textarea's lines ending in CRLF; the starter content ends them in LF.
    A translation never written (None) and one saved empty ("") are both missing."""
    if (old is None and new == "") or (old == "" and new is None):
        return True
    if not (isinstance(old, str) and isinstance(new, str)):
        return old == new
    return old.replace("\r\n", "\n") == new.replace("\r\n", "\n")


class VersionChanges(HistoricalRecordContextHelper):
    """What changed from one version to the next, in editors' words: choices by their
    label ("Published", not "published"), texts in full rather than elided, and without
    what no editor changed (the timestamps every save moves, line endings)."""

    def __init__(self, model: type[Model], historical_record: HistoricalChanges) -> None:
        # Advice is a few sentences at most; editors need to read the whole of it.
        super().__init__(model, historical_record, max_displayed_delta_change_chars=2000)

    def context_for_delta_changes(self, delta: ModelDelta) -> list[dict]:
        # A translated field's own column repeats one of its languages' columns
        # (apps.content.languages): the change is listed once, under the language.
        unlisted = {*UNLISTED_CHANGES, *languages.translated_fields(self.model)}
        changes = [
            change
            for change in delta.changes
            if change.field not in unlisted and not same_text(change.old, change.new)
        ]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=changes))

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class ContentHistoryAdmin(SimpleHistoryAdmin):
    """The History page of each content item, and the page of one version with its
    "Revert to this version" button."""

    object_history_template = "admin/content/history.html"
    object_history_form_template = "admin/content/history_version.html"

    def get_urls(self) -> list[URLPattern]:
        # simple-history's route for one version has unnamed regex groups; this one names
        # them like the admin's own routes and takes only a number for the version.
        opts = self.opts
        version = path(
            "<path:object_id>/history/<int:version_id>/",
            self.admin_site.admin_view(self.history_form_view),
            name=f"{opts.app_label}_{opts.model_name}_simple_history",
        )
        return [version, *(url for url in super().get_urls() if url.name != version.name)]

    def has_view_history_or_change_history_permission(
        self, request: HttpRequest, obj: Model | None = None
    ) -> bool:
        # Earlier versions are there to revert to: only for those who may change the item.
        return self.has_change_permission(request, obj)

    def get_history_queryset(
        self, request: HttpRequest, history_manager, pk_name: str, object_id
    ) -> QuerySet:
        # simple-history would also select_related() the item's foreign keys; curated
        # content has none, and select_related() with no names is deprecated in Django 6.1.
        return history_manager.filter(**{pk_name: object_id}).select_related("history_user")

    def get_historical_record_context_helper(
        self, request: HttpRequest, historical_record: HistoricalChanges
    ) -> HistoricalRecordContextHelper:
        return VersionChanges(self.model, historical_record)

    def history_view_title(self, request: HttpRequest, obj: Model) -> str:
        return gettext("History of “%(item)s”") % {"item": obj}

    def history_form_view(
        self, request: HttpRequest, object_id: str, version_id: int, extra_context=None
    ) -> HttpResponse:
        """One earlier version in the change form, with a button to revert to it."""
        try:
            version = self.model.history.get(
                **{self.opts.pk.attname: unquote(object_id)}, history_id=version_id
            )
        except (self.model.history.model.DoesNotExist, ValidationError, ValueError):
            raise Http404 from None
        if request.method == "POST":
            # save_model and response_change name the version in the revert's own entry.
            request.reverting_to = version
        context = {
            "title": gettext("Earlier version of “%(item)s”") % {"item": version.instance},
            "subtitle": (
                gettext("Saved %(date)s by %(user)s")
                % {"date": saved_at(version), "user": version.history_user.get_username()}
                if version.history_user
                else gettext("Saved %(date)s; who saved it was not recorded")
                % {"date": saved_at(version)}
            ),
            "version": version,
            # The item's own options (simple-history passes the history model's).
            "opts": self.opts,
            **(extra_context or {}),
        }
        return super().history_form_view(request, object_id, version_id, context)

    def save_model(self, request: HttpRequest, obj: Model, form, change: bool) -> None:
        if version := getattr(request, "reverting_to", None):
            obj._change_reason = gettext("Reverted to the version of %(date)s") % {
                "date": saved_at(version)
            }
        super().save_model(request, obj, form, change)

    def response_change(self, request: HttpRequest, obj: Model) -> HttpResponse:
        if version := getattr(request, "reverting_to", None):
            message = gettext(
                "“%(item)s” is back to the version of %(date)s, "
                "and the revert is in its history too."
            ) % {"item": obj, "date": saved_at(version)}
            self.message_user(request, message, messages.SUCCESS)
            opts = self.opts
            history = f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history"
            return HttpResponseRedirect(reverse(history, args=[quote(obj.pk)]))
        return super().response_change(request, obj)
