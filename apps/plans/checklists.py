"""The conversation checklist: what to have ready and what to cover, per situation."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.content.models import Situation

CALL_CHECKLIST = [
    ("quiet-spot", _("Pick a quiet moment and place for the call")),
    ("script-at-hand", _("Have your script and reasons in front of you")),
    ("thank-them", _("Open by thanking them for the offer and their time")),
    ("decision-clear", _("Say your decision clearly, early in the call")),
    ("reasons-brief", _("Give your reasons briefly, without over-explaining")),
    ("door-open", _("Say you would like to stay in touch")),
    ("next-step", _("Mention that you will follow up by email")),
]

MEETING_CHECKLIST = [
    ("book-time", _("Book enough time with your manager, face to face if you can")),
    ("script-at-hand", _("Have your script and reasons in front of you")),
    ("thank-them", _("Thank them for their trust in you")),
    ("decision-clear", _("Say your decision clearly, early in the meeting")),
    ("reasons-brief", _("Explain what fits you and why, honestly and briefly")),
    ("alternatives", _("Offer other ways you can add value")),
    ("growth", _("Talk about how you want to keep growing, and the support that would help")),
    ("next-step", _("Agree that you will confirm it in writing")),
]


def checklist_for(situation: str) -> list[tuple[str, str]]:
    return CALL_CHECKLIST if situation == Situation.OFFER else MEETING_CHECKLIST
