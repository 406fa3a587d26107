"""Starter script and email templates.

Scripts are what the member says out loud: short paragraphs, with stage notes in
brackets. Only the placeholders in apps.scripts.placeholders may appear. {reasons}
is already a paragraph of full sentences and {door_open} the member's own closing
words, so each sits in a paragraph of its own or after a finished sentence.

Names can be missing (a member without a display name, a plan without a contact):
greetings and signatures say what to write instead ({contact_first_name|there}), and
a name between commas ("Thank you again, {contact_first_name}, for...") is written so
that the sentence still reads when the composer leaves it and its commas out.
"""

from __future__ import annotations

from apps.content.seeding import lines, paragraphs, starter_items
from apps.scripts.models import ScriptTemplate

SCRIPT_TEMPLATES = starter_items(
    [
        {
            "slug": "offer-call-script",
            "applies_to": "offer",
            "kind": "call-script",
            "name": "Call to decline a job offer",
            "subject": "",
            "body": paragraphs(
                "(Call from somewhere quiet, with your reasons in front of you.)",
                "Hello {contact_first_name}, it's {member_name|[your name]}. Do you have a few "
                "minutes to talk?",
                "(If it isn't a good moment, ask when you can call back.)",
                "First of all, thank you for offering me the {role} role at {organisation}, "
                "and for all the time you have given me during the process. I have really "
                "enjoyed getting to know you and the team.",
                "I have given it a lot of thought, and I have decided not to accept the offer.",
                "{reasons}",
                "It wasn't an easy decision, and I wanted you to hear it from me directly.",
                "(Pause and let them respond. If they ask whether anything could change your "
                "mind, answer honestly; if nothing could, say so kindly.)",
                "{door_open}",
                "I'll send you a short email today to confirm. Thank you again, "
                "{contact_first_name}, for everything.",
            ),
        },
        {
            "slug": "promotion-meeting-script",
            "applies_to": "promotion",
            "kind": "meeting-script",
            "name": "Meeting to decline a promotion",
            "subject": "",
            "body": paragraphs(
                "(Book at least half an hour with your manager, somewhere you won't be "
                "interrupted.)",
                "Thank you for making time for this, {contact_first_name}. I wanted to give you "
                "my answer about the {role} role in person, and to explain my thinking "
                "properly.",
                "First, thank you for offering it to me. It means a lot that you see that "
                "potential in me, and I have given it serious thought.",
                "I have decided not to take the role at this point.",
                "{reasons}",
                "I want to be clear that this isn't about standing still. I have thought hard "
                "about where I do my best work and where I want my career to go, and I would "
                "rather be honest with you now than take on a role I couldn't give my best to.",
                "(Pause and let them respond. If they tell you why they thought of you, listen "
                "closely: it shows you how they see your strengths.)",
                "{door_open}",
                "Could we agree on a next step? I would suggest we come back to this at my next "
                "review, so we can look at how things have moved on.",
                "Thank you again for your trust, and for hearing me out.",
            ),
        },
        {
            "slug": "offer-follow-up-email",
            "applies_to": "offer",
            "kind": "follow-up-email",
            "name": "Follow-up email after declining a job offer",
            "subject": "Thank you, and my decision on the {role} role",
            "body": paragraphs(
                "Dear {contact_first_name|Hiring Manager},",
                "Thank you again for speaking with me today, and for offering me the {role} "
                "role at {organisation}. I have really appreciated the time and care you and "
                "your colleagues put into the process.",
                "As I mentioned on the phone, I have decided not to accept the offer. {reasons}",
                "{door_open}",
                "In the meantime, I would be grateful if you kept me in mind for future "
                "openings at {organisation}, and I will get in touch myself if what held me "
                "back changes.",
                lines("With best wishes,", "{member_name|[Your name: add it in Settings]}"),
            ),
        },
        {
            "slug": "promotion-follow-up-email",
            "applies_to": "promotion",
            "kind": "follow-up-email",
            "name": "Follow-up email after declining a promotion",
            "subject": "Thank you for our conversation about the {role} role",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "Thank you for making time to talk today, and for considering me for the "
                "{role} role. It means a lot that you put my name forward.",
                "As we discussed, I have decided not to take the role at this stage. {reasons}",
                "{door_open}",
                "I'd suggest we take stock together at my next review. Thank you again for your "
                "trust, and for such an open conversation.",
                lines("Kind regards,", "{member_name|[Your name: add it in Settings]}"),
            ),
        },
        {
            "slug": "reconnect-message",
            "applies_to": "both",
            "kind": "reconnect-message",
            "name": "Reconnect message",
            "subject": "Catching up",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "I hope you are well. It has been a while since we talked about the {role} "
                "role, and I still appreciate how openly you took my decision.",
                "I would be glad to hear how things are going on your side. If you have time "
                "in the coming weeks, I'd enjoy catching up over a coffee or a short call.",
                lines("Best wishes,", "{member_name|[Your name: add it in Settings]}"),
            ),
        },
    ]
)

SEEDS = [("Script templates", ScriptTemplate, SCRIPT_TEMPLATES)]
