from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.content import languages
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
        english = languages.column("phrasings", languages.SOURCE)
        if not split_lines(getattr(self, english) or ""):
            raise ValidationError({english: _("Add at least one phrasing to use.")})


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
    # A phrase is caught in the language it is written in: the tone check of a Dutch
    # text never swaps in an English alternative.
    language = models.CharField(
        _("language"),
        max_length=8,
        default="en",
        help_text=_("The language of the words and phrasing (en, fr or nl)."),
    )

    class Meta(CuratedContent.Meta):
        verbose_name = _("reframe")
        verbose_name_plural = _("reframes")

    def __str__(self) -> str:
        return self.blunt

    @property
    def wordings(self) -> list[str]:
        """Every wording to catch: the blunt phrase first, then its variants."""
        return [self.blunt.strip(), *split_lines(self.variants)]


class ToneTopic(CuratedContent):
    """What a member's sentence is about (pay, the commute...), and how to say it calmly.

    The tone check flags a sentence for its blunt words (a ToneCue) and offers this
    topic's professional phrasing for the whole sentence: the topic is found from the
    words that name it. A topic without words is the fallback, offered when a blunt
    sentence names no topic.
    """

    name = models.CharField(_("topic"), max_length=80)
    language = models.CharField(
        _("language"),
        max_length=8,
        default="en",
        help_text=_("The language of the words and phrasing (en, fr or nl)."),
    )
    words = models.TextField(
        _("words that name it"),
        blank=True,
        help_text=_(
            "One per line: words or short phrases, in any form (“salary”, “pay rise”); "
            "inflections are matched too. Leave empty for the fallback topic."
        ),
    )
    alternative = models.CharField(
        _("professional phrasing"),
        max_length=300,
        help_text=_("A whole sentence that replaces the blunt one, e.g. for a job offer."),
    )
    alternative_promotion = models.CharField(
        _("professional phrasing for a promotion"),
        max_length=300,
        blank=True,
        help_text=_("Only where it differs from the phrasing above."),
    )
    why = models.CharField(_("why"), max_length=300, help_text=_("One short sentence."))

    class Meta(CuratedContent.Meta):
        verbose_name = _("tone topic")
        verbose_name_plural = _("tone topics")

    def __str__(self) -> str:
        return self.name

    @property
    def word_list(self) -> list[str]:
        return split_lines(self.words)

    def alternative_for(self, situation: str) -> str:
        if situation == "promotion" and self.alternative_promotion.strip():
            return self.alternative_promotion.strip()
        return self.alternative.strip()


class CueKind(models.TextChoices):
    JUDGEMENT = "judgement", _("Judgement (“a joke”, “pathetic”, “too low”)")
    ACCUSATION = "accusation", _("Accusation aimed at the reader (“you never”)")
    ABSOLUTE = "absolute", _("Absolute (“nobody ever”, “zero”)")
    SHOUTING = "shouting", _("Shouting (ALL CAPS, “!!!”): the words are acronyms to allow")
    FILLER = "filler", _("Filler allowed between words (“really”, “way”, “tbh”)")
    NEGATION = "negation", _("Negation that cancels a judgement right after it (“never boring”)")
    INTENSIFIER = "intensifier", _("Intensifier that makes a mild word blunt (“so”, “too”)")
    MILD = "mild", _("Mild word, blunt only when intensified (“so slow”, “too vague”)")
    PRAISE = "praise", _("Praise that a negation turns into a complaint (“not impressive”)")
    SELF = "self", _("The member themself (“I”, “we”): “I can't develop” is not a complaint")
    CALM = "calm", _("Calm phrase: its clause is never flagged (“I'd hate to”, “no complaints”)")


# The kinds whose words make a finding, and so need a why; fillers, negations,
# intensifiers, the member's own pronouns and calm phrases only change how the others
# match.
FLAGGING_KINDS = frozenset(
    {
        CueKind.JUDGEMENT,
        CueKind.ACCUSATION,
        CueKind.ABSOLUTE,
        CueKind.SHOUTING,
        CueKind.PRAISE,
        CueKind.MILD,
    }
)


class ToneCue(CuratedContent):
    """Words that make a sentence read badly, whatever its topic, and why."""

    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(_("kind"), max_length=12, choices=CueKind.choices)
    language = models.CharField(_("language"), max_length=8, default="en")
    words = models.TextField(
        _("words"),
        blank=True,
        help_text=_(
            "One per line: a word or phrase (“a joke”, “too low”, “you never”). Inflections "
            "are matched, and fillers may sit between the words; “...” stands for up to "
            "four words of any kind (“better ... than yours”). For shouting: acronyms "
            "that are not shouting (CEO, HR)."
        ),
    )
    why = models.CharField(
        _("why"),
        max_length=300,
        blank=True,
        help_text=_(
            "What reads badly and why, in one short sentence (not needed for fillers, "
            "negations, intensifiers, the member's own pronouns or calm phrases)."
        ),
    )

    class Meta(CuratedContent.Meta):
        verbose_name = _("tone cue")
        verbose_name_plural = _("tone cues")
        constraints = [
            *CuratedContent.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(kind__in=CueKind.values),
                name="%(app_label)s_%(class)s_kind_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def word_list(self) -> list[str]:
        return split_lines(self.words)

    def clean(self) -> None:
        super().clean()
        if self.kind not in (CueKind.FILLER, CueKind.SHOUTING) and not self.word_list:
            raise ValidationError({"words": _("Add at least one word or phrase.")})
        if self.kind in FLAGGING_KINDS and not self.why.strip():
            raise ValidationError({"why": _("Say why these words read badly.")})
