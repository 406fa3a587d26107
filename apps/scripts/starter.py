"""Starter script and email templates.

Scripts are what the member says out loud: short paragraphs, with stage notes in
brackets. Only the placeholders in apps.scripts.placeholders may appear. {reasons}
is already a paragraph of full sentences and {door_open} the member's own closing
words, so each sits in a paragraph of its own or after a finished sentence.

Names can be missing (a member without a display name, a plan without a contact):
greetings and signatures say what to write instead ({contact_first_name|there}), and
a name between commas ("Thank you again, {contact_first_name}, for...") is written so
that the sentence still reads when the composer leaves it and its commas out.

Every call script, meeting script and follow-up email comes warm and formal, full and
short (the member chooses; ScriptTemplateQuerySet.best_for in apps.scripts.models picks
the closest). The warm, full one of each kind comes first, as the public guide shows
the first. The decline by email is for when a call is not possible: its note tells the
member that a call is still the better way.
"""

from __future__ import annotations

from apps.content.seeding import lines, paragraphs, starter_items, translated
from apps.scripts.models import ScriptTemplate
from apps.scripts.starter_fr import SCRIPT_TEMPLATES_FR
from apps.scripts.starter_nl import SCRIPT_TEMPLATES_NL

WARM, FORMAL = ScriptTemplate.Tone.WARM, ScriptTemplate.Tone.FORMAL
FULL, SHORT = ScriptTemplate.Length.FULL, ScriptTemplate.Length.SHORT
SIGNATURE = "{member_name|[Your name: add it in Settings]}"

CALL_NOTE = (
    "A call is still the better way to say no: it is more personal, and they hear it from "
    "you first. Send this only once you have tried to call and could not reach them; it "
    "offers to talk."
)
MEETING_NOTE = (
    "Your manager should hear this from you in a conversation: ask for a meeting if you "
    "possibly can. Send this only when you cannot meet in time; it offers to talk it through."
)

SCRIPT_TEMPLATES = starter_items(
    [
        # The warm, full version of each kind first: the guide and older plans use it.
        {
            "slug": "offer-call-script",
            "applies_to": "offer",
            "kind": "call-script",
            "tone": WARM,
            "length": FULL,
            "name": "Call to decline a job offer",
            "subject": "",
            "body": paragraphs(
                "(Call from somewhere quiet, with your reasons in front of you.)",
                "Hello {contact_first_name}, it's {member_name|[your name]}. Do you have a few "
                "minutes to talk?",
                "(If it isn't a good moment, ask when you can call back.)",
                "First of all, thank you for offering me the {role} role at {organisation}, "
                "and for the time you have given me during the process. I have really "
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
            "tone": WARM,
            "length": FULL,
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
                "about what I am good at and where I want my career to go, and I would rather "
                "be honest with you now than take on a role I couldn't give my best to.",
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
            "tone": WARM,
            "length": FULL,
            "name": "Follow-up email after declining a job offer",
            "subject": "Thank you, and my decision on the {role} role",
            "body": paragraphs(
                "Dear {contact_first_name|Hiring Manager},",
                "Thank you again for speaking with me today, and for offering me the {role} "
                "role at {organisation}. I have really appreciated the time and care you and "
                "your colleagues put into the process.",
                "As I mentioned on the phone, I have decided not to accept the offer. {reasons}",
                "{door_open}",
                "I would be glad to be considered for future openings at {organisation}, and I "
                "will get in touch myself if what held me back changes.",
                lines("With best wishes,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-follow-up-email",
            "applies_to": "promotion",
            "kind": "follow-up-email",
            "tone": WARM,
            "length": FULL,
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
                lines("Kind regards,", SIGNATURE),
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
                lines("Best wishes,", SIGNATURE),
            ),
        },
        # Declining a job offer: the other versions of the call.
        {
            "slug": "offer-call-script-formal",
            "applies_to": "offer",
            "kind": "call-script",
            "tone": FORMAL,
            "length": FULL,
            "name": "Call to decline a job offer (formal)",
            "subject": "",
            "body": paragraphs(
                "(Call from a quiet place with your notes in front of you, and keep an even, "
                "unhurried pace.)",
                "Hello {contact_name}, this is {member_name|[your name]}. Is this a convenient "
                "moment to speak for a few minutes?",
                "(If it is not, agree on a time to call back.)",
                "Thank you for offering me the {role} position at {organisation}, and for the "
                "care your team put into the selection process. I valued our conversations.",
                "After careful consideration, I have decided to decline the offer.",
                "{reasons}",
                "I wanted to tell you personally, so that you can move ahead with the "
                "recruitment without delay.",
                "(Pause and give them room to respond. If they ask whether anything could "
                "change your decision, answer briefly and honestly.)",
                "{door_open}",
                "I will confirm my decision by email today. Thank you again for your time "
                "and your consideration.",
            ),
        },
        {
            "slug": "offer-call-script-short",
            "applies_to": "offer",
            "kind": "call-script",
            "tone": WARM,
            "length": SHORT,
            "name": "Call to decline a job offer (short)",
            "subject": "",
            "body": paragraphs(
                "(A short call: thanks, your answer, your reasons, and the door left open.)",
                "Hi {contact_first_name}, it's {member_name|[your name]}. Have you got two "
                "minutes?",
                "Thank you so much for the offer, and for the time you spent with me. I've "
                "decided not to accept it.",
                "{reasons}",
                "{door_open}",
                "I'll follow up with a short email. Thanks again, {contact_first_name}.",
            ),
        },
        {
            "slug": "offer-call-script-formal-short",
            "applies_to": "offer",
            "kind": "call-script",
            "tone": FORMAL,
            "length": SHORT,
            "name": "Call to decline a job offer (formal, short)",
            "subject": "",
            "body": paragraphs(
                "(Keep it brief and courteous: thanks, your decision, your reasons, and the "
                "door left open.)",
                "Hello {contact_name}, this is {member_name|[your name]}. Do you have a moment?",
                "Thank you for the offer of the {role} position at {organisation}. After "
                "careful consideration, I have decided to decline it.",
                "{reasons}",
                "{door_open}",
                "I will confirm this in writing today. Thank you again for your time.",
            ),
        },
        # Declining a promotion: the other versions of the meeting.
        {
            "slug": "promotion-meeting-script-formal",
            "applies_to": "promotion",
            "kind": "meeting-script",
            "tone": FORMAL,
            "length": FULL,
            "name": "Meeting to decline a promotion (formal)",
            "subject": "",
            "body": paragraphs(
                "(Ask for at least half an hour in a room where you will not be interrupted, "
                "and bring your notes.)",
                "Thank you for meeting with me, {contact_first_name}. I would like to give you "
                "my answer on the {role} position and explain how I reached it.",
                "I am grateful for the offer and for the confidence it shows in my work. I "
                "have considered it carefully.",
                "My decision is to decline the role for now.",
                "{reasons}",
                "This comes from a clear view of where I contribute most and of the direction "
                "I want my career to take. I would rather say so openly than accept a role I "
                "could not fully commit to.",
                "(Pause and listen. If they explain why they put you forward, take note: it "
                "tells you which of your strengths they value.)",
                "{door_open}",
                "I would welcome the chance to review this together at my next appraisal. "
                "Thank you for your trust, and for your time today.",
            ),
        },
        {
            "slug": "promotion-meeting-script-short",
            "applies_to": "promotion",
            "kind": "meeting-script",
            "tone": WARM,
            "length": SHORT,
            "name": "Meeting to decline a promotion (short)",
            "subject": "",
            "body": paragraphs(
                "(Even a short answer deserves its own slot: ask for fifteen quiet minutes.)",
                "Thanks for making time, {contact_first_name}. I wanted to give you my answer "
                "on the {role} role face to face.",
                "I'm really grateful you thought of me, and I've decided not to take it for now.",
                "{reasons}",
                "{door_open}",
                "Can we pick this up again at my next review? Thanks again for your trust.",
            ),
        },
        {
            "slug": "promotion-meeting-script-formal-short",
            "applies_to": "promotion",
            "kind": "meeting-script",
            "tone": FORMAL,
            "length": SHORT,
            "name": "Meeting to decline a promotion (formal, short)",
            "subject": "",
            "body": paragraphs(
                "(Ask for a short meeting in private, rather than a quick word in the corridor.)",
                "Thank you for seeing me, {contact_first_name}. I have come to a decision on "
                "the {role} position.",
                "I appreciate the offer and your confidence in me. After careful thought, I "
                "will decline the role at this stage.",
                "{reasons}",
                "{door_open}",
                "I would be glad to revisit this at my next review. Thank you for your time.",
            ),
        },
        # The follow-up email after a call about a job offer, in its other versions.
        {
            "slug": "offer-follow-up-email-formal",
            "applies_to": "offer",
            "kind": "follow-up-email",
            "tone": FORMAL,
            "length": FULL,
            "name": "Follow-up email after declining a job offer (formal)",
            "subject": "Your offer of the {role} position at {organisation}",
            "body": paragraphs(
                "Dear {contact_name|Hiring Manager},",
                "Thank you for taking my call today, and once again for offering me the "
                "{role} position at {organisation}. I valued the time you and your colleagues "
                "gave to the selection process.",
                "As I explained, I have decided to decline the offer. {reasons}",
                "{door_open}",
                "I would appreciate being considered for future opportunities at "
                "{organisation}, and I will be in touch if my circumstances change.",
                lines("Yours sincerely,", SIGNATURE),
            ),
        },
        {
            "slug": "offer-follow-up-email-short",
            "applies_to": "offer",
            "kind": "follow-up-email",
            "tone": WARM,
            "length": SHORT,
            "name": "Follow-up email after declining a job offer (short)",
            "subject": "Thanks, and my answer on the {role} role",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "Thanks again for talking with me today. As I said on the phone, I have "
                "decided not to accept the offer. {reasons}",
                "{door_open}",
                "Thank you for everything, and all the best to you and the team.",
                lines("Best wishes,", SIGNATURE),
            ),
        },
        {
            "slug": "offer-follow-up-email-formal-short",
            "applies_to": "offer",
            "kind": "follow-up-email",
            "tone": FORMAL,
            "length": SHORT,
            "name": "Follow-up email after declining a job offer (formal, short)",
            "subject": "My decision on the {role} position",
            "body": paragraphs(
                "Dear {contact_name|Hiring Manager},",
                "Further to our call today, I confirm that I have decided to decline the offer "
                "of the {role} position at {organisation}. {reasons}",
                "{door_open}",
                "Thank you again for your time and consideration.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
        # The follow-up email after a meeting about a promotion, in its other versions.
        {
            "slug": "promotion-follow-up-email-formal",
            "applies_to": "promotion",
            "kind": "follow-up-email",
            "tone": FORMAL,
            "length": FULL,
            "name": "Follow-up email after declining a promotion (formal)",
            "subject": "Following up on our conversation about the {role} position",
            "body": paragraphs(
                "Dear {contact_first_name|[your manager's name]},",
                "Thank you for meeting with me today, and for considering me for the {role} "
                "position. I appreciate the confidence you have shown in my work.",
                "To confirm what we discussed, I have decided to decline the role at this "
                "stage. {reasons}",
                "{door_open}",
                "I propose that we review this together at my next appraisal. Thank you again "
                "for your support.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-follow-up-email-short",
            "applies_to": "promotion",
            "kind": "follow-up-email",
            "tone": WARM,
            "length": SHORT,
            "name": "Follow-up email after declining a promotion (short)",
            "subject": "Thanks for today",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "Thanks for talking it through with me today. As I said, I'm not taking the "
                "{role} role for now. {reasons}",
                "{door_open}",
                "Thanks again for thinking of me.",
                lines("Best wishes,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-follow-up-email-formal-short",
            "applies_to": "promotion",
            "kind": "follow-up-email",
            "tone": FORMAL,
            "length": SHORT,
            "name": "Follow-up email after declining a promotion (formal, short)",
            "subject": "Confirming my decision on the {role} position",
            "body": paragraphs(
                "Dear {contact_first_name|[your manager's name]},",
                "Further to our meeting today, I confirm that I will decline the {role} "
                "position at this stage. {reasons}",
                "{door_open}",
                "Thank you for your understanding and your continued support.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
        # Declining by email when a call or a meeting is not possible.
        {
            "slug": "offer-decline-email",
            "applies_to": "offer",
            "kind": "decline-email",
            "tone": WARM,
            "length": FULL,
            "name": "Declining a job offer by email (no call possible)",
            "member_note": CALL_NOTE,
            "subject": "Your offer for the {role} role, and my decision",
            "body": paragraphs(
                "Dear {contact_first_name|Hiring Manager},",
                "I tried to reach you by phone today but couldn't get through, and I didn't "
                "want to keep you waiting for my answer.",
                "Thank you so much for offering me the {role} role at {organisation}, and for "
                "the time you and the team gave me. I have thought it over carefully, and "
                "I have decided not to accept the offer. {reasons}",
                "{door_open}",
                "I would have liked to tell you this myself, so I'd be glad to talk if you "
                "have a few minutes this week. Please do keep me in mind for future openings "
                "at {organisation}.",
                lines("With best wishes,", SIGNATURE),
            ),
        },
        {
            "slug": "offer-decline-email-formal",
            "applies_to": "offer",
            "kind": "decline-email",
            "tone": FORMAL,
            "length": FULL,
            "name": "Declining a job offer by email (no call possible, formal)",
            "member_note": CALL_NOTE,
            "subject": "Your offer of the {role} position at {organisation}",
            "body": paragraphs(
                "Dear {contact_name|Hiring Manager},",
                "I tried to reach you by telephone to give you my answer personally. As I did "
                "not want to delay it, I am writing to you instead.",
                "Thank you for offering me the {role} position at {organisation}, and for the "
                "time your team gave to the selection process. After careful consideration, "
                "I have decided to decline the offer. {reasons}",
                "{door_open}",
                "I would be glad to discuss this by phone at a time that suits you, and I "
                "would appreciate being considered for future opportunities at "
                "{organisation}.",
                lines("Yours sincerely,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-decline-email",
            "applies_to": "promotion",
            "kind": "decline-email",
            "tone": WARM,
            "length": FULL,
            "name": "Declining a promotion by email (no meeting possible)",
            "member_note": MEETING_NOTE,
            "subject": "My answer on the {role} role",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "I had hoped to give you my answer in person, but we haven't managed to find a "
                "time before the deadline, so I'm writing instead.",
                "Thank you for considering me for the {role} role. It means a lot that you put "
                "my name forward, and I have given it careful thought. I have decided not to "
                "take the role at this stage. {reasons}",
                "{door_open}",
                "I'd really like to talk it through properly when we next meet. Thank you "
                "again for your trust.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-decline-email-formal",
            "applies_to": "promotion",
            "kind": "decline-email",
            "tone": FORMAL,
            "length": FULL,
            "name": "Declining a promotion by email (no meeting possible, formal)",
            "member_note": MEETING_NOTE,
            "subject": "My decision on the {role} position",
            "body": paragraphs(
                "Dear {contact_first_name|[your manager's name]},",
                "I would have preferred to give you my answer in person. As we could not meet "
                "before the deadline, I am writing to you instead.",
                "Thank you for considering me for the {role} position, and for the confidence "
                "it shows in my work. After careful thought, I have decided to decline the "
                "role at this stage. {reasons}",
                "{door_open}",
                "I would welcome the chance to discuss this in person whenever it suits you. "
                "Thank you for your understanding.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
        # The same, in a few lines.
        {
            "slug": "offer-decline-email-short",
            "applies_to": "offer",
            "kind": "decline-email",
            "tone": WARM,
            "length": SHORT,
            "name": "Declining a job offer by email (no call possible, short)",
            "member_note": CALL_NOTE,
            "subject": "My answer on the {role} role",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "I couldn't reach you by phone, so here is my answer in writing: thank you "
                "for the offer of the {role} role, but I have decided not to accept it. "
                "{reasons}",
                "{door_open}",
                "I'm happy to talk it over if you have a moment. Thanks again to you and the team.",
                lines("Best wishes,", SIGNATURE),
            ),
        },
        {
            "slug": "offer-decline-email-formal-short",
            "applies_to": "offer",
            "kind": "decline-email",
            "tone": FORMAL,
            "length": SHORT,
            "name": "Declining a job offer by email (no call possible, formal, short)",
            "member_note": CALL_NOTE,
            "subject": "The {role} position at {organisation}",
            "body": paragraphs(
                "Dear {contact_name|Hiring Manager},",
                "As I was unable to reach you by telephone, I am writing to let you know that "
                "I have decided to decline your offer of the {role} position. {reasons}",
                "{door_open}",
                "Thank you for your time and consideration; I would be glad to discuss this "
                "by phone if you wish.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-decline-email-short",
            "applies_to": "promotion",
            "kind": "decline-email",
            "tone": WARM,
            "length": SHORT,
            "name": "Declining a promotion by email (no meeting possible, short)",
            "member_note": MEETING_NOTE,
            "subject": "The {role} role",
            "body": paragraphs(
                "Hi {contact_first_name|there},",
                "We couldn't find a time to meet before the deadline, so I'm writing: thank "
                "you for thinking of me for the {role} role, but I'm not taking it for now. "
                "{reasons}",
                "{door_open}",
                "Could we talk it through at our next one-to-one? Thanks again for your trust.",
                lines("Best wishes,", SIGNATURE),
            ),
        },
        {
            "slug": "promotion-decline-email-formal-short",
            "applies_to": "promotion",
            "kind": "decline-email",
            "tone": FORMAL,
            "length": SHORT,
            "name": "Declining a promotion by email (no meeting possible, formal, short)",
            "member_note": MEETING_NOTE,
            "subject": "The {role} position",
            "body": paragraphs(
                "Dear {contact_first_name|[your manager's name]},",
                "As we could not meet before the deadline, I am writing to confirm that I will "
                "decline the {role} position for the time being. {reasons}",
                "{door_open}",
                "I would welcome the chance to discuss it in person. Thank you for your support.",
                lines("Kind regards,", SIGNATURE),
            ),
        },
    ]
)

SEEDS = [
    (
        "Script templates",
        ScriptTemplate,
        translated(SCRIPT_TEMPLATES, nl=SCRIPT_TEMPLATES_NL, fr=SCRIPT_TEMPLATES_FR),
    )
]
