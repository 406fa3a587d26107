"""The follow-up email step: a composed draft, edited freely, then marked as sent.

One form with several buttons (see EmailAction). Every button but "reset" and
"refresh" saves what the member typed first; those two mean to throw it away for a
freshly composed draft, and "version" saves the choice of draft, then does the same.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from apps.content.models import Step
from apps.core.http import MemberRequest
from apps.plans import builder
from apps.plans.forms import EmailAction, EmailButtonForm, EmailForm
from apps.plans.models import DeclinePlan, owned_plan
from apps.plans.views.common import move_on, render_step, stay, tell_suggestion
from apps.scripts.compose import Composed


@login_required
@require_http_methods(["GET", "POST"])
def email(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id, with_reasons=True)
    draft = builder.email_draft(plan)
    if request.method == "GET":
        # Until the member saves words of their own, the form starts from the draft.
        use_draft = draft is not None and not plan.email_body
        initial = {"email_subject": draft.subject, "email_body": draft.body} if use_draft else {}
        return show(request, plan, email_form(plan, initial=initial), draft)
    pressed = request.POST.get("action", "")
    if pressed in (EmailAction.RESET, EmailAction.REFRESH):
        return replace(request, plan, draft, pressed)
    form = email_form(plan, request.POST, replacing=pressed == EmailAction.VERSION)
    button = EmailButtonForm(request.POST, request.GET, form=form)
    if not form.is_valid():
        return show(request, plan, form, draft)
    form.save()
    if button.pressed == EmailAction.VERSION:
        return replace(request, plan, builder.email_draft(plan), button.pressed)
    return press(request, plan, button)


def email_form(plan: DeclinePlan, data=None, **kwargs) -> EmailForm:
    tone_url = reverse("plans:tone_check", args=[plan.pk])
    return EmailForm(data, instance=plan, tone_url=tone_url, **kwargs)


REPLACED = {
    EmailAction.RESET: gettext_lazy("Back to the suggested draft."),
    EmailAction.REFRESH: gettext_lazy("Refreshed from your reasons."),
    EmailAction.VERSION: gettext_lazy("Here is the suggested draft you chose."),
}


def replace(
    request: MemberRequest, plan: DeclinePlan, draft: Composed | None, action: str
) -> HttpResponse:
    """The member's email replaced by the suggested draft, in the version now chosen."""
    if draft is None:
        if action == "version":
            # What was typed is saved: only the choice has no suggestion yet.
            messages.info(
                request, _("There is no suggested draft for that choice yet; your email is kept.")
            )
        else:
            messages.error(request, _("There is no suggested draft to go back to."))
    else:
        plan.use_email_draft(draft.subject, draft.body)
        messages.success(request, str(REPLACED[action]))
    return redirect(builder.step_url(plan, Step.EMAIL))


def press(request: MemberRequest, plan: DeclinePlan, button: EmailButtonForm) -> HttpResponse:
    """Do what the pressed button says, once what was typed is saved."""
    here = builder.step_url(plan, Step.EMAIL)
    if not button.is_valid():
        messages.error(request, button.problem)
        return redirect(here)
    match button.cleaned_data["action"]:
        case EmailAction.APPLY:
            field = button.cleaned_data["field"]
            tell_suggestion(request, plan.apply_suggestion(field, *button.suggestion))
            return redirect(here)
        case EmailAction.SENT:
            plan.mark_email_sent()
            messages.success(
                request, _("Marked as sent. Well done: the hardest part is behind you.")
            )
            return redirect(here)
        case EmailAction.NEXT:
            return move_on(plan, Step.EMAIL)
    return stay(request, plan, Step.EMAIL)


def show(
    request: MemberRequest, plan: DeclinePlan, form: EmailForm, draft: Composed | None
) -> HttpResponse:
    body = form["email_body"].value() or ""
    return render_step(
        request,
        plan,
        Step.EMAIL,
        {
            "form": form,
            "draft": draft,
            "mailto": mailto_url(plan.contact_email, form["email_subject"].value() or "", body),
            "findings": builder.findings_by_field(form.checked_texts(), plan.situation),
        },
    )


def mailto_url(to: str, subject: str, body: str) -> str:
    query = urlencode({"subject": subject, "body": body}, quote_via=quote)
    return f"mailto:{quote(to, safe='@')}?{query}"
