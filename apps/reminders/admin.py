"""Staff see which reminders could not be emailed, and why: the delivery, never its words.

Reminders are members' private data (a title, an opener, the plan they belong to), so
this page shows only what running the sender needs: the reminder's id, its state, the
attempts and the mail server's answer with any address in it blanked out. Nothing can
be changed here: the member reschedules a failed reminder from their own pages.
"""

from __future__ import annotations

import re

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.reminders.models import Delivery

ADDRESS = re.compile(r"[^\s<>\"'@]+@[^\s<>\"'@]+")


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["id", "status", "attempts", "due_at", "next_attempt_at", "error"]
    list_filter = ["status"]
    fields = list_display
    readonly_fields = list_display
    ordering = ["-next_attempt_at", "-due_at"]
    show_full_result_count = False

    def get_queryset(self, request):
        # Only reminders whose email has failed at least once: retrying, or given up.
        return (
            super()
            .get_queryset(request)
            .filter(attempts__gt=0)
            .only(*self.list_display[:-1], "last_error")
        )

    @admin.display(description=_("mail server's answer"))
    def error(self, delivery: Delivery) -> str:
        return ADDRESS.sub("[address]", delivery.last_error)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
