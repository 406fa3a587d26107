from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.content.models import Situation, Step
from apps.core.ownership import OwnedQuerySet, get_owned_or_404
from apps.reasons.models import Reason
from apps.reasons.tone import check_tone
from apps.scripts.compose import as_sentence
from apps.scripts.models import ScriptLength, ScriptTone

if TYPE_CHECKING:
    from apps.accounts.models import User

# Steps a member works through; the summary is where they arrive, not a step to finish.
BUILDER_STEPS: list[Step] = [
    Step.SITUATION,
    Step.REASONS,
    Step.DOOR_OPEN,
    Step.CONVERSATION,
    Step.EMAIL,
    Step.RECONNECT,
]


class DeclinePlanQuerySet(OwnedQuerySet):
    owner_path = "owner"

    def active(self) -> DeclinePlanQuerySet:
        return self.filter(archived_at__isnull=True)

    def archived(self) -> DeclinePlanQuerySet:
        return self.filter(archived_at__isnull=False)


class DeclinePlan(models.Model):
    """One member's plan for turning down one offer or promotion."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plans"
    )
    situation = models.CharField(_("what you are declining"), max_length=12, choices=Situation)
    organisation = models.CharField(_("organisation"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    contact_name = models.CharField(_("contact's name"), max_length=120, blank=True)
    contact_role = models.CharField(_("contact's role"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact's email"), blank=True)
    contact_phone = models.CharField(_("contact's phone"), max_length=40, blank=True)
    deadline = models.DateField(_("decision deadline"), null=True, blank=True)
    decided_on = models.DateField(_("date you decided"), null=True, blank=True)
    completed_steps = models.JSONField(default=list, blank=True)

    # Keep the door open: an offer asks what would make you reconsider; a
    # promotion asks for alternatives, support and a look ahead.
    stay_in_touch = models.TextField(_("staying in touch"), blank=True)
    reconsider_if = models.TextField(_("what would make you reconsider"), blank=True)
    alternatives = models.TextField(_("other ways to add value"), blank=True)
    support_wanted = models.TextField(_("support or training to ask for"), blank=True)
    future_statement = models.TextField(_("looking ahead"), blank=True)

    checklist_done = models.JSONField(default=list, blank=True)
    conversation_held_on = models.DateField(_("date of the conversation"), null=True, blank=True)
    conversation_notes = models.TextField(_("how it went"), blank=True)

    # The call or meeting script and the email: empty until the member saves words of
    # their own (the steps show the composed draft until then). Each keeps the
    # fingerprint of the reasons and door-open words it was written from
    # (`sources_fingerprint`), so that a step can say when they have changed since.
    script = models.TextField(_("script"), blank=True)
    script_sources = models.CharField(max_length=64, blank=True, editable=False)
    script_tone = models.CharField(
        _("tone"), max_length=10, choices=ScriptTone, default=ScriptTone.WARM
    )
    script_length = models.CharField(
        _("length"), max_length=10, choices=ScriptLength, default=ScriptLength.FULL
    )

    email_subject = models.CharField(_("subject"), max_length=200, blank=True)
    email_body = models.TextField(_("email"), blank=True)
    email_sources = models.CharField(max_length=64, blank=True, editable=False)
    email_tone = models.CharField(
        _("tone"), max_length=10, choices=ScriptTone, default=ScriptTone.WARM
    )
    email_length = models.CharField(
        _("length"), max_length=10, choices=ScriptLength, default=ScriptLength.FULL
    )
    # The advice prefers a call; this is for when the member could not reach them.
    decline_by_email = models.BooleanField(_("decline by email"), default=False)
    email_sent_on = models.DateField(_("date sent"), null=True, blank=True)

    archived_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    # The plan's texts someone else reads, so the tone check reads them and Apply
    # may change them (its reasons' phrasings are PlanReasons').
    CHECKED_TEXTS = (
        "stay_in_touch",
        "reconsider_if",
        "alternatives",
        "support_wanted",
        "future_statement",
        "script",
        "email_subject",
        "email_body",
    )

    objects = DeclinePlanQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]
        indexes = [models.Index(fields=["owner", "-updated"], name="plans_owner_updated")]
        constraints = [
            models.CheckConstraint(
                condition=Q(situation__in=Situation.values), name="plans_situation_known"
            ),
            models.CheckConstraint(
                condition=Q(script_tone__in=ScriptTone.values, email_tone__in=ScriptTone.values),
                name="plans_tones_known",
            ),
            models.CheckConstraint(
                condition=Q(
                    script_length__in=ScriptLength.values, email_length__in=ScriptLength.values
                ),
                name="plans_lengths_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_situation_display()} · {self.organisation}"

    @classmethod
    def start(cls, *, owner: User, **facts) -> DeclinePlan:
        """A new plan from the situation step's facts: that step is then done."""
        return cls.objects.create(owner=owner, completed_steps=[Step.SITUATION], **facts)

    # What templates need (apps.scripts.compose.PlanLike).
    @property
    def member_name(self) -> str:
        return self.owner.display_name

    @property
    def is_offer(self) -> bool:
        return self.situation == Situation.OFFER

    @property
    def shared_reasons(self) -> list[PlanReason]:
        return [reason for reason in self.reasons.all() if reason.share and reason.phrasing.strip()]

    @property
    def shared_phrasings(self) -> Sequence[str]:
        return [reason.phrasing for reason in self.shared_reasons]

    @property
    def door_open_answers(self) -> list[str]:
        if self.is_offer:
            return [self.stay_in_touch, self.reconsider_if]
        return [self.alternatives, self.support_wanted, self.future_statement]

    @property
    def door_open_text(self) -> str:
        return " ".join(as_sentence(answer) for answer in self.door_open_answers if answer.strip())

    # Progress through the builder.
    def is_step_done(self, step: str) -> bool:
        return step in self.completed_steps

    def complete_step(self, step: str) -> None:
        if step not in self.completed_steps:
            self.completed_steps = [*self.completed_steps, step]
            self.save(update_fields=["completed_steps", "updated"])

    @property
    def progress_percent(self) -> int:
        done = sum(1 for step in BUILDER_STEPS if step in self.completed_steps)
        return round(100 * done / len(BUILDER_STEPS))

    @property
    def next_step(self) -> Step | None:
        return next((step for step in BUILDER_STEPS if step not in self.completed_steps), None)

    def days_to_deadline(self, today: date | None = None) -> int | None:
        if self.deadline is None:
            return None
        return (self.deadline - (today or timezone.localdate())).days

    # The member's reasons.
    def library_reasons(self) -> models.QuerySet[Reason]:
        """The curated reasons on offer for this plan: published, for its situation."""
        return Reason.objects.published().for_situation(self.situation)

    def add_own_reason(self, *, title: str, phrasing: str = "") -> PlanReason:
        return self._append_reason(title=title, phrasing=phrasing)

    def add_library_reason(self, reason: Reason, phrasing_index: int) -> PlanReason:
        """A curated reason with the phrasing the member picked, by its place in the list.

        The reason comes from `library_reasons()`; an index out of range raises IndexError.
        """
        phrasing = reason.phrasing_list[phrasing_index]
        return self._append_reason(reason=reason, title=reason.title, phrasing=phrasing)

    def _append_reason(self, **fields) -> PlanReason:
        top = self.reasons.aggregate(top=Max("order"))["top"] or 0
        return self.reasons.create(order=top + 1, **fields)

    def remove_reason(self, reason: PlanReason) -> None:
        # Through the plan's own reasons: a reason of another plan is left alone.
        self.reasons.filter(pk=reason.pk).delete()

    # Other state changes.
    def archive(self) -> None:
        self.archived_at = timezone.now()
        self.save(update_fields=["archived_at", "updated"])

    def restore(self) -> None:
        self.archived_at = None
        self.save(update_fields=["archived_at", "updated"])

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    # The script and the email, and what they were written from.
    def sources_fingerprint(self) -> str:
        """A fingerprint of what the script and the email are composed from: the shared
        reasons' phrasings, in order, and the door-open words. Spacing does not count."""
        sources = [
            [" ".join(phrasing.split()) for phrasing in self.shared_phrasings],
            " ".join(self.door_open_text.split()),
        ]
        encoded = json.dumps(sources, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()[:32]

    def use_script(self, script: str) -> None:
        """The member's script (or the suggested one they chose), written from the
        reasons and door-open words as they are now."""
        self.script = script
        self.script_sources = self.sources_fingerprint()
        self.save(update_fields=["script", "script_sources", "updated"])

    def use_email_draft(self, subject: str, body: str) -> None:
        """The member's email (or the suggested one), written from the reasons as they are."""
        self.email_subject = subject
        self.email_body = body
        self.email_sources = self.sources_fingerprint()
        self.save(update_fields=["email_subject", "email_body", "email_sources", "updated"])

    @property
    def script_is_stale(self) -> bool:
        """Whether the saved script is older than the reasons or door-open words it was
        written from (a script saved before fingerprints were kept is not known stale)."""
        return bool(self.script and self.script_sources) and (
            self.script_sources != self.sources_fingerprint()
        )

    @property
    def email_is_stale(self) -> bool:
        return bool(self.email_body and self.email_sources) and (
            self.email_sources != self.sources_fingerprint()
        )

    def apply_suggestion(self, field: str, start: int, end: int, suggestion_id: int) -> bool:
        """Swap blunt wording in one of the plan's texts for the tone check's suggestion;
        False if the text has changed since (the suggestion no longer fits)."""
        if field not in self.CHECKED_TEXTS:
            raise ValueError(f"{field} is not a text the tone check reads")
        text = apply_finding(getattr(self, field), self.situation, start, end, suggestion_id)
        if text is None:
            return False
        setattr(self, field, text)
        self.save(update_fields=[field, "updated"])
        return True

    def mark_email_sent(self, on: date | None = None) -> None:
        self.email_sent_on = on or timezone.localdate()
        self.save(update_fields=["email_sent_on", "updated"])
        self.complete_step(Step.EMAIL)


def apply_finding(text: str, situation: str, start: int, end: int, reframe_id: int) -> str | None:
    """Swap the blunt wording for its alternative, if the text still holds that finding.

    `reframe_id` is the finding's `suggestion_id` (the reframe or tone topic behind it).
    The finding says what to replace: the words themselves for a reframe's phrase, the
    whole sentence for a topic's professional sentence, so the result stays grammatical.
    """
    for finding in check_tone(text, situation):
        if (finding.start, finding.end, finding.suggestion_id) == (start, end, reframe_id):
            alternative = finding.alternative
            replace_start, replace_end = finding.replaced_span
            if text[replace_start:replace_end][:1].isupper() or finding.topic_id is not None:
                # It opened a sentence, or it is one: so does the swap.
                alternative = alternative[:1].upper() + alternative[1:]
            before, after = text[:replace_start], text[replace_end:]
            if finding.topic_id is not None and _says(before + after, alternative):
                # The text already says it (two blunt sentences on one topic): saying it
                # twice would read as pasted, so the blunt sentence simply goes.
                return _joined(before, after)
            return before + alternative + after
    return None


def _says(text: str, sentence: str) -> bool:
    return " ".join(sentence.casefold().split()) in " ".join(text.casefold().split())


def _joined(before: str, after: str) -> str:
    if not before.strip():
        return after.lstrip()
    return before.rstrip() + (" " + after.lstrip() if after.strip() else after.strip(" "))


def owned_plan(user, plan_id, *, with_reasons: bool = False) -> DeclinePlan:
    """One of the member's plans, or 404: the door every view takes to a plan."""
    plans = DeclinePlan.objects.select_related("owner")
    if with_reasons:
        plans = plans.prefetch_related("reasons")
    return get_owned_or_404(plans, user, pk=plan_id)


class PlanReason(models.Model):
    """A reason the member chose: curated or their own, with a private note."""

    plan = models.ForeignKey(DeclinePlan, on_delete=models.CASCADE, related_name="reasons")
    reason = models.ForeignKey(
        Reason,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The curated reason this started from; empty for the member's own."),
    )
    title = models.CharField(_("reason"), max_length=120)
    private_note = models.TextField(
        _("private note"),
        blank=True,
        help_text=_("Only for you. Never shown in scripts or emails."),
    )
    phrasing = models.TextField(
        _("what you will say"),
        blank=True,
        help_text=_("The professional phrasing you are happy to share."),
    )
    share = models.BooleanField(_("share this reason"), default=True)
    order = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["order", "created", "pk"]

    def __str__(self) -> str:
        return self.title

    def apply_suggestion(self, start: int, end: int, reframe_id: int) -> bool:
        """Swap blunt wording in the phrasing for its reframe; False if it has changed."""
        phrasing = apply_finding(self.phrasing, self.plan.situation, start, end, reframe_id)
        if phrasing is None:
            return False
        self.phrasing = phrasing
        self.save(update_fields=["phrasing"])
        return True
