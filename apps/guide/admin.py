from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import HISTORY_FIELDSET, PUBLISHING_FIELDSET, CuratedContentAdmin
from apps.guide.models import StepTip


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
        HISTORY_FIELDSET,
    ]
