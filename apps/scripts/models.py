from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, When
from django.utils.translation import gettext_lazy as _

from apps.content import languages
from apps.content.models import ContentQuerySet, CuratedContent
from apps.scripts.placeholders import allowed_names_text, find_problems


class ScriptKind(models.TextChoices):
    CALL_SCRIPT = "call-script", _("Call script")
    MEETING_SCRIPT = "meeting-script", _("Meeting script")
    FOLLOW_UP_EMAIL = "follow-up-email", _("Follow-up email")
    # The decline itself, by email, for when the member could not reach them by phone.
    DECLINE_EMAIL = "decline-email", _("Decline by email (no call possible)")
    RECONNECT_MESSAGE = "reconnect-message", _("Reconnect message")


class ScriptTone(models.TextChoices):
    WARM = "warm", _("Warm")
    FORMAL = "formal", _("Formal")


class ScriptLength(models.TextChoices):
    FULL = "full", _("Full")
    SHORT = "short", _("Short")


class ScriptTemplateQuerySet(ContentQuerySet):
    def best_for(self, kind: str, tone: str, length: str) -> ScriptTemplate | None:
        """The template of this kind closest to the member's choice: the tone they chose
        matters more than the length (a formal short note beats a warm one), and among
        equals the editors' order decides. None when there is no template of this kind."""
        return (
            self.filter(kind=kind)
            .annotate(
                other_tone=Case(When(tone=tone, then=0), default=1),
                other_length=Case(When(length=length, then=0), default=1),
            )
            .order_by("other_tone", "other_length", "order", "pk")
            .first()
        )


class ScriptTemplate(CuratedContent):
    """A call or meeting script, or an email, with named placeholders only.

    Bodies are data, never code: they go through apps.scripts.compose, not the
    Django template engine.
    """

    # Defined outside the model so that its Meta (a class body of its own, which cannot
    # see this one's names) can build the constraint from it.
    Kind = ScriptKind
    Tone = ScriptTone
    Length = ScriptLength

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=120)
    tone = models.CharField(
        _("tone"),
        max_length=10,
        choices=Tone.choices,
        default=Tone.WARM,
        help_text=_("Members choose warm or formal words; each picks its closest template."),
    )
    length = models.CharField(
        _("length"),
        max_length=10,
        choices=Length.choices,
        default=Length.FULL,
        help_text=_("A short version says the same things in a few lines."),
    )
    subject = models.CharField(
        _("subject"),
        max_length=200,
        blank=True,
        help_text=_("For emails and messages. Placeholders allowed."),
    )
    body = models.TextField(_("body"), help_text=_("Placeholders such as {contact_name}."))
    member_note = models.TextField(
        _("note for the member"),
        blank=True,
        help_text=_(
            "Advice shown to the member above the text, never part of it: e.g. that a "
            "call is better than declining by email."
        ),
    )

    objects = ScriptTemplateQuerySet.as_manager()

    class Meta(CuratedContent.Meta):
        verbose_name = _("script template")
        verbose_name_plural = _("script templates")
        constraints = [
            *CuratedContent.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(kind__in=ScriptKind.values),
                name="%(app_label)s_%(class)s_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(tone__in=ScriptTone.values),
                name="%(app_label)s_%(class)s_tone_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(length__in=ScriptLength.values),
                name="%(app_label)s_%(class)s_length_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_email(self) -> bool:
        return self.kind in {
            self.Kind.FOLLOW_UP_EMAIL,
            self.Kind.DECLINE_EMAIL,
            self.Kind.RECONNECT_MESSAGE,
        }

    def clean(self) -> None:
        """Refuse placeholders the composer does not know, and emails without a subject.

        Templates are data, never code: catching a typo here keeps a stray
        "{contact}" from reaching a member's draft as written.
        """
        super().clean()
        errors: dict[str, list[ValidationError]] = {}
        # Each language's text is checked under its own field (subject_nl, body_fr...).
        for language in languages.LANGUAGES:
            for field in ("subject", "body"):
                name = languages.column(field, language)
                problems = find_problems(getattr(self, name) or "")
                if problems:
                    errors[name] = [
                        *(
                            ValidationError(problem.message, code="placeholder")
                            for problem in problems
                        ),
                        ValidationError(
                            _("Placeholders you can use: %(names)s."),
                            code="placeholder",
                            params={"names": allowed_names_text()},
                        ),
                    ]
            body = (getattr(self, languages.column("body", language)) or "").strip()
            subject_name = languages.column("subject", language)
            needs_subject = language == languages.SOURCE or body
            if self.is_email and needs_subject and not (getattr(self, subject_name) or "").strip():
                errors.setdefault(subject_name, []).insert(
                    0,
                    ValidationError(
                        _("An email or message needs a subject line."), code="subject_required"
                    ),
                )
        if errors:
            raise ValidationError(errors)
