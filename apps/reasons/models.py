from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.content.models import CuratedContent, split_lines


class Reason(CuratedContent):
    """A legitimate reason to decline, with ready professional phrasings."""

    title = models.CharField(_("title"), max_length=120)
    explanation = models.TextField(
        _("why it is a legitimate reason"),
        help_text=_("Shown to members choosing reasons, and in the public guide."),
    )
    phrasings = models.TextField(
        _("phrasings to use"),
        help_text=_("Ready, professional ways to say it. One per line; the first is the default."),
    )
    phrasings_to_avoid = models.TextField(
        _("phrasings to avoid"),
        blank=True,
        help_text=_("Blunt or risky ways of saying it. One per line."),
    )

    class Meta(CuratedContent.Meta):
        verbose_name = _("reason")
        verbose_name_plural = _("reasons")

    def __str__(self) -> str:
        return self.title

    @property
    def phrasing_list(self) -> list[str]:
        return split_lines(self.phrasings)

    @property
    def avoid_list(self) -> list[str]:
        return split_lines(self.phrasings_to_avoid)

    def clean(self) -> None:
        super().clean()
        if not self.phrasing_list:
            raise ValidationError({"phrasings": _("Add at least one phrasing to use.")})


class Reframe(CuratedContent):
    """Blunt wording the tone check catches, and the professional way to say it."""

    blunt = models.CharField(
        _("blunt wording"),
        max_length=120,
        help_text=_("The words to catch, e.g. “the salary is too low”. Matched as whole words."),
    )
    variants = models.TextField(
        _("variants"),
        blank=True,
        help_text=_("Other ways the same thing is written, one per line (e.g. “pay is too low”)."),
    )
    alternative = models.CharField(_("professional alternative"), max_length=300)
    why = models.CharField(_("why"), max_length=300, help_text=_("One short sentence."))

    class Meta(CuratedContent.Meta):
        verbose_name = _("reframe")
        verbose_name_plural = _("reframes")

    def __str__(self) -> str:
        return self.blunt

    @property
    def wordings(self) -> list[str]:
        """Every wording to catch: the blunt phrase first, then its variants."""
        return [self.blunt.strip(), *split_lines(self.variants)]
