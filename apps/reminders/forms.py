from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.plans.forms import STALE_SUGGESTION, SUGGESTION, CheckedTextMixin, StepButtonForm
from apps.plans.models import apply_finding
from apps.reminders.models import ContactLog, Reminder


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%H:%M")


class ReminderForm(CheckedTextMixin, forms.ModelForm):
    """Edit one reminder, or add one of the member's own. The opener is the first line
    the contact will read, months from now: it is tone-checked like every such text."""

    tone_checked = ("opener",)

    class Meta:
        model = Reminder
        fields = ["title", "local_date", "local_time", "opener"]
        widgets = {
            "local_date": DateInput(),
            "local_time": TimeInput(),
            "opener": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "title": _("What to do"),
            "local_date": _("Date"),
            "local_time": _("Time"),
            "opener": _("A first line you could use"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["local_time"].initial = Reminder.DEFAULT_TIME
        self.fields["local_time"].required = False

    def clean_local_time(self):
        # Left blank: the time the form suggested (the member's reminder time, or 09:00).
        return self.cleaned_data.get("local_time") or self.fields["local_time"].initial

    def clean_local_date(self):
        on = self.cleaned_data["local_date"]
        if on < timezone.localdate():
            raise forms.ValidationError(_("Pick today or a later date."))
        return on

    def typed(self) -> dict[str, object]:
        """Each field's value as typed (or saved), to show again in an unbound form."""
        return {name: self[name].value() for name in self.fields}


# Said when a reminder is added with an opener the tone check flags (the member may
# have meant it; the edit form shows the suggestions).
BLUNT_OPENER = _(
    "Reminder added. Its first line could sound blunt: edit the reminder to see a "
    "suggestion before it is due."
)


class OpenerApplyForm(StepButtonForm):
    """An Apply button under a reminder's opener: which finding to swap in."""

    action = forms.ChoiceField(choices=[("apply", _("Apply a suggestion"))])
    needs = {"apply": SUGGESTION}
    problems = {"apply": STALE_SUGGESTION}

    def __init__(self, posted, query, *, form: ReminderForm):
        super().__init__(posted, query)
        self.fields["field"].choices = [(name, name) for name in form.checked_texts()]


def opener_applied(form: ReminderForm, posted, query, situation: str) -> tuple[dict, bool]:
    """An Apply under the opener: the form's values as typed, with the suggestion swapped
    into the opener, and whether it could be (False when the words have changed since)."""
    button = OpenerApplyForm(posted, query, form=form)
    typed = form.typed()
    if button.is_valid():
        text = apply_finding(typed["opener"] or "", situation, *button.suggestion)
        if text is not None:
            typed["opener"] = text
            return typed, True
    return typed, False


class DoneForm(forms.ModelForm):
    """Marking a reminder done logs how the member got in touch."""

    class Meta:
        model = ContactLog
        fields = ["on", "channel", "note"]
        widgets = {"on": DateInput(), "note": forms.Textarea(attrs={"rows": 2})}
        labels = {"on": _("When"), "channel": _("How"), "note": _("Note (optional)")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["on"].initial = timezone.localdate

    def clean_on(self):
        on = self.cleaned_data["on"]
        if on > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future."))
        return on


class SnoozeForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Snooze for"),
        coerce=int,
        choices=[(7, _("a week")), (30, _("a month")), (90, _("three months"))],
        initial=7,
    )
    # The reminder's link_version when the row was shown: a second press of the same
    # button (or a resent form) finds the reminder moved already, and changes nothing.
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)
