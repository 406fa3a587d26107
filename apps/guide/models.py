from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.content import CuratedContent, Step


class StepTip(CuratedContent):
    """Short guidance shown on a builder step, and woven into the public guide."""

    step = models.CharField(_("builder step"), max_length=20, choices=Step.choices)
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(
        _("body"), help_text=_("A few sentences. Plain text; blank lines separate paragraphs.")
    )

    class Meta(CuratedContent.Meta):
        verbose_name = _("step tip")
        verbose_name_plural = _("step tips")

    def __str__(self) -> str:
        return self.title
