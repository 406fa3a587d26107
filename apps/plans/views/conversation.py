"""The conversation step: the call or meeting script, the checklist and how it went.

One form with several buttons (see ConversationAction). Every button saves what was
typed first; "reset", "refresh" and "version" then put a freshly composed script in
place of the member's, which is what they say they do.
"""

from __future__ import annotations

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
from apps.plans.forms import REPLACING, ConversationAction, ConversationButtonForm, ConversationForm
from apps.plans.models import DeclinePlan, owned_plan
from apps.plans.views.common import checked_rows, press_checked, render_step
from apps.scripts.compose import Composed


@login_required
@require_http_methods(["GET", "POST"])
def conversation(request: MemberRequest, plan_id) -> HttpResponse:
    plan = owned_plan(request.user, plan_id, with_reasons=True)
    if request.method == "GET":
        suggested = builder.script_draft(plan)
        # Until the member saves words of their own, the form starts from the suggestion.
        use_draft = suggested is not None and not plan.script
        initial = {"script": suggested.body} if use_draft else {}
        return show(request, plan, conversation_form(plan, initial=initial), suggested)
    form = conversation_form(plan, request.POST)
    if not form.is_valid():
        return show(request, plan, form, builder.script_draft(plan))
    changed = form.has_changed()
    form.save()
    button = ConversationButtonForm(request.POST, request.GET, form=form)
    if button.pressed in REPLACING:
        return replace(request, plan, button.pressed)
    return press_checked(request, plan, Step.CONVERSATION, button, changed=changed)


def conversation_form(plan: DeclinePlan, data=None, **kwargs) -> ConversationForm:
    tone_url = reverse("plans:tone_check", args=[plan.pk])
    return ConversationForm(data, instance=plan, tone_url=tone_url, **kwargs)


REPLACED = {
    ConversationAction.RESET: gettext_lazy("Back to the suggested script."),
    ConversationAction.REFRESH: gettext_lazy("Refreshed from your reasons."),
    ConversationAction.VERSION: gettext_lazy("Here is the suggested script you chose."),
}


def replace(request: MemberRequest, plan: DeclinePlan, action: str) -> HttpResponse:
    """The member's script replaced by the suggestion, in the version now chosen."""
    suggested = builder.script_draft(plan)
    if suggested is None:
        if action == "version":
            # What was typed is saved: only the choice has no suggestion yet.
            messages.info(
                request, _("There is no suggested script for that choice yet; your script is kept.")
            )
        else:
            messages.error(request, _("There is no suggested script to go back to."))
    else:
        plan.use_script(suggested.body)
        messages.success(request, str(REPLACED[action]))
    return redirect(builder.step_url(plan, Step.CONVERSATION))


def show(
    request: MemberRequest, plan: DeclinePlan, form: ConversationForm, suggested: Composed | None
) -> HttpResponse:
    return render_step(
        request,
        plan,
        Step.CONVERSATION,
        {
            "form": form,
            "suggested": suggested,
            "rows": checked_rows(plan, form),
            "timing": builder.timing_advice(plan),
        },
    )
