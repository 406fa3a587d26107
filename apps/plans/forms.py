from __future__ import annotations

from django import forms
from django.core import validators
from django.db import models
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.content.models import Situation
from apps.plans.checklists import checklist_for
from apps.plans.models import DeclinePlan, PlanReason
from apps.reasons.models import Reason
from apps.reasons.tone import MAX_CHECKED_CHARS

# The longest text a member may save in one field: pages more than a reason, a script
# or an email needs, and exactly what the tone check reads. Past it, the field says so.
MAX_TEXT = MAX_CHECKED_CHARS


TOO_LONG = _(
    "Please keep this under %(limit_value)s characters (it has %(show_value)s): "
    "a shorter text also reads better."
)


def bound_texts(form: forms.BaseForm) -> None:
    """Give every free-text field of the form the MAX_TEXT limit and a clear message.

    No `maxlength` attribute: a browser would silently cut a pasted text, and nothing a
    member types may be lost; the server refuses it instead, with what to do.
    """
    for field in form.fields.values():
        if isinstance(field, forms.CharField) and field.max_length is None:
            field.max_length = MAX_TEXT
            field.validators.append(validators.MaxLengthValidator(MAX_TEXT, message=TOO_LONG))


def check_live(field: forms.BoundField, tone_url: str) -> None:
    """Tone-check a field while the member types (htmx); without JavaScript, on save."""
    field.field.widget.attrs.update(
        {
            "hx-post": tone_url,
            "hx-trigger": "input changed delay:600ms",
            "hx-target": f"#tone-{field.auto_id}",
            "hx-swap": "innerHTML",
            # The check reads this one field, not the whole form it sits in.
            "hx-params": field.html_name,
        }
    )


class CheckedTextMixin:
    """A form whose `tone_checked` fields are read by someone else, so tone-checked
    (live when given a `tone_url`), and whose free text is bounded (bound_texts)."""

    tone_checked: tuple[str, ...] = ()

    def __init__(self, *args, tone_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        bound_texts(self)
        self.tone_url = tone_url
        if tone_url:
            for name in self.tone_checked:
                check_live(self[name], tone_url)

    def checked_texts(self) -> dict[str, str]:
        """The checked fields' current values (as typed, or saved), by their names."""
        return {
            self[name].html_name: self[name].value() or ""
            for name in self.tone_checked
            if name in self.fields
        }

    def checked_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.tone_checked if name in self.fields]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class SituationForm(CheckedTextMixin, forms.ModelForm):
    situation = forms.ChoiceField(
        label=_("What are you turning down?"),
        choices=Situation.choices,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
    )

    class Meta:
        model = DeclinePlan
        fields = [
            "situation",
            "organisation",
            "role",
            "contact_name",
            "contact_role",
            "contact_email",
            "contact_phone",
            "deadline",
            "decided_on",
        ]
        widgets = {"deadline": DateInput(), "decided_on": DateInput()}
        labels = {
            "organisation": _("Organisation"),
            "role": _("Role"),
            "contact_name": _("Name"),
            "contact_role": _("Their role"),
            "contact_email": _("Email"),
            "contact_phone": _("Phone"),
            "deadline": _("When do they expect your answer?"),
            "decided_on": _("When did you decide?"),
        }
        help_texts = {
            "organisation": _("For a promotion, your own employer or team."),
            "role": _("The job you were offered, or the role you were promoted to."),
            "contact_name": _(
                "The person you will call or meet: recruiter, hiring manager or your manager."
            ),
            "deadline": _("Optional. Ajar times its advice against it."),
            "decided_on": _("Optional. Reminders to reconnect are counted from this date."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "off"
        self.fields["contact_phone"].widget.attrs.update(
            {"autocomplete": "off", "inputmode": "tel"}
        )

    def clean_decided_on(self):
        decided_on = self.cleaned_data.get("decided_on")
        if decided_on and decided_on > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future. When did you decide?"))
        return decided_on


class PlanReasonForm(CheckedTextMixin, forms.ModelForm):
    tone_checked = ("phrasing",)

    class Meta:
        model = PlanReason
        fields = ["title", "phrasing", "private_note", "share"]
        widgets = {
            "phrasing": forms.Textarea(attrs={"rows": 3}),
            "private_note": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "title": _("Reason"),
            "phrasing": _("What you will say"),
            "private_note": _("Private note (only for you)"),
            "share": _("Share this reason in my call and email"),
        }
        help_texts = {
            "phrasing": _("One or two sentences, in your own words."),
            "private_note": _(
                "The honest details, for your eyes only. Never shown in scripts or emails."
            ),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("share") and not (cleaned.get("phrasing") or "").strip():
            self.add_error(
                "phrasing",
                _("Write what you will say, or untick “share” to keep this reason private."),
            )
        return cleaned


class BasePlanReasonFormSet(BaseInlineFormSet):
    def save_edits(self, *, removing: PlanReason | None = None) -> bool:
        """Save what the member typed; the reason on its way out need not be valid."""
        if removing is None:
            if not self.is_valid():
                return False
            self.save()
            return True
        staying = [form for form in self.forms if form.instance.pk != removing.pk]
        if not self.management_form.is_valid() or not all(form.is_valid() for form in staying):
            return False
        for form in staying:
            if form.has_changed():
                form.save()
        return True

    def by_phrasing_field(self) -> dict[str, PlanReason]:
        """Each reason by the name of its phrasing field, as the tone check names it."""
        return {form.add_prefix("phrasing"): form.instance for form in self.forms}


PlanReasonFormSet = inlineformset_factory(
    DeclinePlan,
    PlanReason,
    form=PlanReasonForm,
    formset=BasePlanReasonFormSet,
    extra=0,
    can_delete=False,
    can_order=False,
)


# The phrasing of a reason of one's own, as the tone check names it (prefix "own").
OWN_PHRASING = "own-phrasing"


class OwnReasonForm(CheckedTextMixin, forms.Form):
    """A reason of the member's own, added below the chosen ones."""

    tone_checked = ("phrasing",)

    title = forms.CharField(label=_("Your own reason"), max_length=120, required=False)
    phrasing = forms.CharField(
        label=_("What you will say"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title", "").strip():
            self.add_error("title", _("Give your reason a short name, e.g. “Relocation”."))
        return cleaned


class DoorOpenForm(CheckedTextMixin, forms.ModelForm):
    tone_checked = (
        "stay_in_touch",
        "reconsider_if",
        "alternatives",
        "support_wanted",
        "future_statement",
    )

    class Meta:
        model = DeclinePlan
        fields = [
            "stay_in_touch",
            "reconsider_if",
            "alternatives",
            "support_wanted",
            "future_statement",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}
        labels = {
            "stay_in_touch": _("How you will say you want to stay in touch"),
            "reconsider_if": _("What would make you reconsider later"),
            "alternatives": _("Other ways you could add value, without taking the role"),
            "support_wanted": _("Support or training you would like to ask for"),
            "future_statement": _("How you see yourself growing"),
        }
        help_texts = {
            "stay_in_touch": _(
                "e.g. “I would really like to stay in touch and hope our paths cross again.”"
            ),
            "reconsider_if": _(
                "e.g. “If a role closer to home opens up, I would love to hear about it.”"
            ),
            "alternatives": _(
                "e.g. “I could mentor new colleagues or lead the migration project.”"
            ),
            "support_wanted": _(
                "e.g. “A course in people management would help me revisit this in a year.”"
            ),
            "future_statement": _("e.g. “I want to keep growing as the team's data specialist.”"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The fields that do not apply to this situation are left out entirely.
        keep = (
            {"stay_in_touch", "reconsider_if"}
            if self.instance.is_offer
            else {"alternatives", "support_wanted", "future_statement"}
        )
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]


class DraftText(forms.CharField):
    """A script or an email as typed: browsers send line breaks as CRLF, saved as LF, so
    that an unchanged text posted back reads as unchanged (see `DraftMixin`)."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


class DraftMixin:
    """A form holding a text composed from the plan's reasons, and the version (tone,
    length) of the suggestion the member chose.

    When the member changes the text (or saves it the first time), it is written from
    the reasons as they are now. A post that carries no version keeps the saved one.
    """

    draft_texts: tuple[str, ...] = ()
    draft_sources = ""
    versions: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.versions:
            self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        for name in self.versions:
            if not cleaned.get(name):
                cleaned[name] = getattr(self.instance, name)
        return cleaned

    def version_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.versions]

    def save(self, commit=True):
        plan = self.instance
        written = any(name in self.changed_data for name in self.draft_texts)
        if written or not getattr(plan, self.draft_sources):
            setattr(plan, self.draft_sources, plan.sources_fingerprint())
        return super().save(commit)


def version_widgets(*names: str) -> dict[str, forms.Widget]:
    return {name: forms.RadioSelect(attrs={"class": "form-check-input"}) for name in names}


class ConversationForm(DraftMixin, CheckedTextMixin, forms.ModelForm):
    # The script is said to someone: checked. The notes are the member's own: never.
    tone_checked = ("script",)
    draft_texts = ("script",)
    draft_sources = "script_sources"
    versions = ("script_tone", "script_length")

    checklist_done = forms.MultipleChoiceField(
        label=_("Before and during the conversation"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
    )

    class Meta:
        model = DeclinePlan
        fields = [
            "script_tone",
            "script_length",
            "script",
            "checklist_done",
            "conversation_held_on",
            "conversation_notes",
        ]
        field_classes = {"script": DraftText}
        widgets = {
            "script": forms.Textarea(attrs={"rows": 14}),
            "conversation_held_on": DateInput(),
            "conversation_notes": forms.Textarea(attrs={"rows": 4}),
            **version_widgets("script_tone", "script_length"),
        }
        labels = {
            "script": _("Your script"),
            "script_tone": _("Tone"),
            "script_length": _("Length"),
            "conversation_held_on": _("When did the conversation take place?"),
            "conversation_notes": _("How it went"),
        }
        help_texts = {
            "script": _("Change anything: it is saved as your own script."),
            "conversation_held_on": _("Fill this in once you have had the conversation."),
            "conversation_notes": _(
                "What they said, anything you agreed, who to follow up with. Private."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["checklist_done"].choices = checklist_for(self.instance.situation)

    def clean_conversation_held_on(self):
        held_on = self.cleaned_data.get("conversation_held_on")
        if held_on and held_on > timezone.localdate():
            raise forms.ValidationError(
                _("This date is in the future. Set it once you have spoken.")
            )
        return held_on


class EmailForm(DraftMixin, CheckedTextMixin, forms.ModelForm):
    tone_checked = ("email_subject", "email_body")
    draft_texts = ("email_subject", "email_body")
    draft_sources = "email_sources"
    versions = ("email_tone", "email_length")

    class Meta:
        model = DeclinePlan
        fields = ["email_tone", "email_length", "decline_by_email", "email_subject", "email_body"]
        field_classes = {"email_body": DraftText}
        widgets = {
            "email_body": forms.Textarea(attrs={"rows": 14}),
            "decline_by_email": forms.CheckboxInput(attrs={"class": "form-check-input"}),
            **version_widgets("email_tone", "email_length"),
        }
        labels = {
            "email_subject": _("Subject"),
            "email_body": _("Your email"),
            "email_tone": _("Tone"),
            "email_length": _("Length"),
            "decline_by_email": _("I could not reach them by phone: decline by email"),
        }

    def __init__(self, *args, replacing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # A button that replaces the text with a suggestion needs none typed.
        self.fields["email_subject"].required = not replacing
        self.fields["email_body"].required = not replacing


# The buttons of a step. A step with several buttons names each one's action in its
# value (`name="action" value="remove"`) and puts what it acts on in the query string
# of its `formaction` (`?reason=12`): plain form posts and htmx (which honours the
# clicked button's formaction) send the same request, and no value is taken apart.


class ReasonsAction(models.TextChoices):
    SAVE = "save", _("Save")
    NEXT = "next", _("Save and continue")
    ADD = "add", _("Use this reason from the library")
    ADD_OWN = "add-own", _("Add my reason")
    REMOVE = "remove", _("Remove a reason")
    APPLY = "apply", _("Apply a suggestion")


class EmailAction(models.TextChoices):
    SAVE = "save", _("Save")
    NEXT = "next", _("Save and continue")
    RESET = "reset", _("Reset to the suggested draft")
    REFRESH = "refresh", _("Refresh it from your reasons")
    VERSION = "version", _("Use this version")
    APPLY = "apply", _("Apply a suggestion")
    SENT = "sent", _("I have sent it")


class ConversationAction(models.TextChoices):
    SAVE = "save", _("Save")
    NEXT = "next", _("Save and continue")
    RESET = "reset", _("Reset to the suggested script")
    REFRESH = "refresh", _("Refresh it from your reasons")
    VERSION = "version", _("Use this version")
    APPLY = "apply", _("Apply a suggestion")


# The buttons that put a freshly composed text in place of the member's.
REPLACING = {"reset", "refresh", "version"}


UNKNOWN_BUTTON = _("That button did not work, but what you typed is saved. Please try again.")
STALE_SUGGESTION = _("That suggestion no longer fits the text; nothing was changed.")
SUGGESTION = ("field", "start", "end", "reframe")


class StepButtonForm(forms.Form):
    """Which button of a step was pressed, and what it points at.

    `action` comes from the posted form (the pressed button's value), every other field
    from the query string of the button's `formaction`. `needs` names the fields an
    action cannot do without, `problems` what to tell the member when one is missing
    or no longer valid (say, a page left open while the plan changed in another tab).
    """

    action = forms.ChoiceField()
    # An apply button's tone suggestion: the field holding the text, the finding in it.
    field = forms.ChoiceField(required=False)
    start = forms.IntegerField(min_value=0, required=False)
    end = forms.IntegerField(min_value=0, required=False)
    reframe = forms.IntegerField(min_value=1, required=False)

    needs: dict[str, tuple[str, ...]] = {}
    problems: dict[str, str] = {}

    def __init__(self, posted: QueryDict, query: QueryDict, **kwargs):
        data = query.copy()
        data["action"] = posted.get("action", "")
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if any(cleaned.get(name) in (None, "") for name in self.needs.get(action, ())):
            raise forms.ValidationError(self.problems[action])
        return cleaned

    @property
    def pressed(self) -> str:
        """The action the button names, whether or not it can be done."""
        return self.data["action"]

    @property
    def problem(self) -> str:
        """What to tell the member when the button cannot do what it says."""
        return str(self.problems.get(self.pressed, UNKNOWN_BUTTON))

    @property
    def suggestion(self) -> tuple[int, int, int]:
        """An apply button's finding: its start, end and reframe."""
        return self.cleaned_data["start"], self.cleaned_data["end"], self.cleaned_data["reframe"]


class ReasonsButtonForm(StepButtonForm):
    action = forms.ChoiceField(choices=ReasonsAction)
    # Add: a reason from the library, and which of its phrasings (counted from 0).
    library_reason = forms.ModelChoiceField(queryset=Reason.objects.none(), required=False)
    phrasing = forms.IntegerField(min_value=0, required=False)
    # Remove: one of the plan's reasons.
    reason = forms.ModelChoiceField(queryset=PlanReason.objects.none(), required=False)

    needs = {
        ReasonsAction.ADD: ("library_reason", "phrasing"),
        ReasonsAction.REMOVE: ("reason",),
        ReasonsAction.APPLY: SUGGESTION,
    }
    problems = {
        ReasonsAction.ADD: _("That reason is no longer available."),
        ReasonsAction.REMOVE: _("That reason was already removed."),
        ReasonsAction.APPLY: STALE_SUGGESTION,
    }

    def __init__(self, posted, query, *, plan: DeclinePlan, phrasings: dict[str, PlanReason]):
        super().__init__(posted, query)
        self.phrasings = phrasings
        # Only what this plan offers and holds: another member's rows are never found.
        self.fields["library_reason"].queryset = plan.library_reasons()
        self.fields["reason"].queryset = plan.reasons.all()
        self.fields["field"].choices = [(name, name) for name in [*phrasings, OWN_PHRASING]]

    def clean(self):
        cleaned = super().clean()
        match cleaned.get("action"):
            case ReasonsAction.ADD:
                if cleaned["phrasing"] >= len(cleaned["library_reason"].phrasing_list):
                    raise forms.ValidationError(self.problems[ReasonsAction.ADD])
            case ReasonsAction.APPLY:
                # The reason whose phrasing the suggestion is for, as the formset holds it.
                # A reason of one's own not yet added has none: the view adds it first.
                cleaned["reason"] = self.phrasings.get(cleaned["field"])
        return cleaned

    @property
    def removing(self) -> PlanReason | None:
        """The reason a remove button points at, if it is still one of the plan's."""
        if self.is_valid() and self.cleaned_data["action"] == ReasonsAction.REMOVE:
            return self.cleaned_data["reason"]
        return None


class CheckedStepButtonForm(StepButtonForm):
    """The buttons of a step whose form has tone-checked texts: Apply names one of them."""

    def __init__(self, posted, query, *, form: CheckedTextMixin, **kwargs):
        super().__init__(posted, query, **kwargs)
        self.checked = list(form.checked_texts())
        self.fields["field"].choices = [(name, name) for name in self.checked]


class TextAction(models.TextChoices):
    SAVE = "save", _("Save")
    NEXT = "next", _("Save and continue")
    APPLY = "apply", _("Apply a suggestion")


class DoorOpenButtonForm(CheckedStepButtonForm):
    action = forms.ChoiceField(choices=TextAction)

    needs = {TextAction.APPLY: SUGGESTION}
    problems = {TextAction.APPLY: STALE_SUGGESTION}


class ConversationButtonForm(CheckedStepButtonForm):
    action = forms.ChoiceField(choices=ConversationAction)

    needs = {ConversationAction.APPLY: SUGGESTION}
    problems = {ConversationAction.APPLY: STALE_SUGGESTION}


class EmailButtonForm(CheckedStepButtonForm):
    action = forms.ChoiceField(choices=EmailAction)

    needs = {EmailAction.APPLY: SUGGESTION}
    problems = {EmailAction.APPLY: STALE_SUGGESTION}
