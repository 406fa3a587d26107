from __future__ import annotations

from django import forms
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.content.models import Situation
from apps.plans.checklists import checklist_for
from apps.plans.models import DeclinePlan, PlanReason


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class SituationForm(forms.ModelForm):
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


class PlanReasonForm(forms.ModelForm):
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

    def __init__(self, *args, tone_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if tone_url:
            # Live tone check while typing; without JavaScript it runs on save.
            self.fields["phrasing"].widget.attrs.update(
                {
                    "hx-post": tone_url,
                    "hx-trigger": "input changed delay:600ms",
                    "hx-target": f"#tone-{self['phrasing'].auto_id}",
                    "hx-swap": "innerHTML",
                }
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("share") and not (cleaned.get("phrasing") or "").strip():
            self.add_error(
                "phrasing",
                _("Write what you will say, or untick “share” to keep this reason private."),
            )
        return cleaned


PlanReasonFormSet = inlineformset_factory(
    DeclinePlan,
    PlanReason,
    form=PlanReasonForm,
    extra=0,
    can_delete=False,
    can_order=False,
)


class OwnReasonForm(forms.Form):
    """A reason of the member's own, added below the chosen ones."""

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


class DoorOpenForm(forms.ModelForm):
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


class ConversationForm(forms.ModelForm):
    checklist_done = forms.MultipleChoiceField(
        label=_("Before and during the conversation"),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
    )

    class Meta:
        model = DeclinePlan
        fields = ["checklist_done", "conversation_held_on", "conversation_notes"]
        widgets = {
            "conversation_held_on": DateInput(),
            "conversation_notes": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "conversation_held_on": _("When did the conversation take place?"),
            "conversation_notes": _("How it went"),
        }
        help_texts = {
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


class EmailForm(forms.ModelForm):
    class Meta:
        model = DeclinePlan
        fields = ["email_subject", "email_body"]
        widgets = {"email_body": forms.Textarea(attrs={"rows": 14})}
        labels = {"email_subject": _("Subject"), "email_body": _("Your email")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email_subject"].required = True
        self.fields["email_body"].required = True
