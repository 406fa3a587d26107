"""What every piece of curated advice content shares.

Editors write reasons, reframes, script templates, reconnect ideas and step
tips in the admin. Each has a situation it applies to, a draft/published
status and an order; only published content ever reaches members or visitors.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Situation(models.TextChoices):
    OFFER = "offer", _("Job offer")
    PROMOTION = "promotion", _("Promotion")


class AppliesTo(models.TextChoices):
    BOTH = "both", _("Job offer and promotion")
    OFFER = "offer", _("Job offer")
    PROMOTION = "promotion", _("Promotion")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Step(models.TextChoices):
    """The plan builder's steps, in order."""

    SITUATION = "situation", _("Situation")
    REASONS = "reasons", _("Reasons")
    DOOR_OPEN = "door-open", _("Keep the door open")
    CONVERSATION = "conversation", _("Conversation")
    EMAIL = "email", _("Follow-up email")
    RECONNECT = "reconnect", _("Reconnect")
    SUMMARY = "summary", _("Summary")


class ContentQuerySet(models.QuerySet):
    def published(self) -> ContentQuerySet:
        return self.filter(status=Status.PUBLISHED)

    def for_situation(self, situation: str) -> ContentQuerySet:
        """Content for one situation, including what applies to both."""
        return self.filter(applies_to__in=[situation, AppliesTo.BOTH])


class CuratedContent(models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("A stable name for this item; the starter content is keyed by it."),
    )
    applies_to = models.CharField(
        _("applies to"), max_length=12, choices=AppliesTo.choices, default=AppliesTo.BOTH
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    order = models.PositiveIntegerField(
        _("order"), default=100, help_text=_("Lower numbers come first.")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def publish(self) -> None:
        self.status = Status.PUBLISHED
        self.save(update_fields=["status", "updated"])

    def unpublish(self) -> None:
        self.status = Status.DRAFT
        self.save(update_fields=["status", "updated"])


def split_lines(text: str) -> list[str]:
    """Editors write lists one item per line; blank lines are ignored."""
    return [line.strip() for line in text.splitlines() if line.strip()]
