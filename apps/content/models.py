"""Curated advice content: what every item shares, and the two kinds that live here.

Editors write reasons, reframes (apps.reasons), script templates (apps.scripts),
reconnect ideas and step tips (here) in the admin. Each has a situation it applies to, a
draft/published status and an order; only published content ever reaches members or
visitors. This app knows no feature: plans, reminders and the guide read from it.
"""

from __future__ import annotations

from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
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
    # Every save keeps a version (`item.history`), with the editor who made it
    # (HistoryRequestMiddleware), so the admin can show who changed what and revert.
    # Each kind of content gets its own Historical<Model> table, made in its own app's
    # migrations. The history is registered in each app's translation.py, after the
    # language columns it must also keep (apps.content.languages.register).

    class Meta:
        abstract = True
        ordering = ["order", "pk"]
        # Choices are checked by forms only; these keep a stray ORM write or SQL update
        # from storing a status or situation no page knows how to show.
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values),
                name="%(app_label)s_%(class)s_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(applies_to__in=AppliesTo.values),
                name="%(app_label)s_%(class)s_applies_to_valid",
            ),
        ]

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def publish(self) -> None:
        self.status = Status.PUBLISHED
        self.save(update_fields=["status", "updated"])

    def unpublish(self) -> None:
        self.status = Status.DRAFT
        self.save(update_fields=["status", "updated"])


def curated_models() -> list[type[CuratedContent]]:
    """Every kind of curated content, in every app: the concrete subclasses."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, CuratedContent) and not model._meta.abstract
    ]


def split_lines(text: str) -> list[str]:
    """Editors write lists one item per line; blank lines are ignored."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class StepTip(CuratedContent):
    """Short guidance shown on a builder step, and woven into the public guide."""

    step = models.CharField(_("builder step"), max_length=20, choices=Step.choices)
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(
        _("body"), help_text=_("A few sentences. Plain text; blank lines separate paragraphs.")
    )

    class Meta(CuratedContent.Meta):
        # The table it has had since it lived in apps.guide.
        db_table = "guide_steptip"
        verbose_name = _("step tip")
        verbose_name_plural = _("step tips")
        constraints = [
            *CuratedContent.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(step__in=Step.values), name="%(app_label)s_%(class)s_step_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class ReconnectIdea(CuratedContent):
    """A reason to get back in touch, and when, counted from the decision."""

    title = models.CharField(_("title"), max_length=120)
    opener = models.TextField(
        _("opener"), help_text=_("A first line the member could use when getting in touch.")
    )
    detail = models.TextField(
        _("detail"), blank=True, help_text=_("Why this works and how to go about it.")
    )
    default_days_after = models.PositiveIntegerField(
        _("default timing (days after the decision)"),
        validators=[MinValueValidator(7), MaxValueValidator(800)],
        help_text=_("From about two weeks (14) to about two years (730)."),
    )
    tied_to_event = models.BooleanField(
        _("tied to an event"),
        default=False,
        help_text=_(
            "For ideas that happen on a date only the member knows (a conference, a trade "
            "fair): no date is suggested, and the member is asked for the event's date."
        ),
    )

    class Meta(CuratedContent.Meta):
        # The table it has had since it lived beside members' reminders in apps.reminders.
        db_table = "reminders_reconnectidea"
        verbose_name = _("reconnect idea")
        verbose_name_plural = _("reconnect ideas")

    def __str__(self) -> str:
        return self.title
