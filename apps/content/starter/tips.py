"""Starter step tips: a few sentences of guidance for each step of the plan builder.

Every step has advice for both situations; where the advice differs between a job
offer and a promotion, each gets its own tip. Blank lines separate paragraphs.
"""

from __future__ import annotations

from apps.content.seeding import paragraphs, starter_items

STEP_TIPS = starter_items(
    [
        # Situation
        {
            "slug": "situation-decide-first",
            "applies_to": "both",
            "step": "situation",
            "title": "Decide first, then plan how to say it",
            "body": paragraphs(
                "This builder is for a decision you have already made. If you are still "
                "weighing it up, give yourself that time first: a no that wavers halfway "
                "through the conversation is harder on everyone than a clear one.",
                "Once you have decided, note the practical details before you contact anyone: "
                "who should hear it first, how to reach them, and the date they need your "
                "answer by.",
            ),
        },
        {
            "slug": "situation-offer-who-to-tell",
            "applies_to": "offer",
            "step": "situation",
            "title": "Tell the person who made the offer",
            "body": paragraphs(
                "Your answer goes to the person who made you the offer, usually the hiring "
                "manager or the recruiter who guided you through the process. If an agency was "
                "involved, let your contact there know on the same day.",
                "Add their phone number here. You will want to call rather than write, and it "
                "helps to have the number ready.",
            ),
        },
        {
            "slug": "situation-promotion-who-to-tell",
            "applies_to": "promotion",
            "step": "situation",
            "title": "Let your manager hear it from you first",
            "body": paragraphs(
                "Before you mention your decision to colleagues, tell the manager who offered "
                "you the role. News travels fast in a team, and hearing it second-hand can "
                "spoil an otherwise good conversation.",
                "If HR or a senior leader was involved in the offer, ask your manager how they "
                "would like them to be told.",
            ),
        },
        # Reasons
        {
            "slug": "reasons-brainstorm-first",
            "applies_to": "both",
            "step": "reasons",
            "title": "Write your reasons down before you speak",
            "body": paragraphs(
                "Take ten minutes to write down every reason behind your decision, big and "
                "small, before you contact anyone. On paper it is easier to spot the two or "
                "three that really decided it, and those are the ones worth sharing.",
                "There is no fixed list of right or wrong reasons. Location, family, pay, "
                "health, the direction of your career: what matters is that the choice "
                "follows your own values, goals and talents.",
            ),
        },
        {
            "slug": "reasons-honest-not-blunt",
            "applies_to": "both",
            "step": "reasons",
            "title": "Honest, but not blunt",
            "body": paragraphs(
                "Share your real reasons, phrased with care. 'The salary is too low' and 'I am "
                "looking for a higher level of compensation at this stage of my career' say "
                "the same thing, but only the second keeps the conversation open.",
                "As you type, the tone check points out wording that could land badly and "
                "suggests a calmer way to put it. You are always free to keep your own words.",
            ),
        },
        {
            "slug": "reasons-keep-some-private",
            "applies_to": "both",
            "step": "reasons",
            "title": "Some reasons can stay private",
            "body": paragraphs(
                "You choose which reasons to share and which to keep to yourself. Health and "
                "family matters need no detail: 'personal circumstances' is an honest and "
                "complete answer.",
                "Reasons you keep private, and the notes you write for yourself, stay out of "
                "your scripts and emails.",
            ),
        },
        {
            "slug": "reasons-promotion-self-awareness",
            "applies_to": "promotion",
            "step": "reasons",
            "title": "Show self-awareness, not a lack of ambition",
            "body": paragraphs(
                "Turning down a promotion can be misread as a lack of drive. Frame your "
                "reasons around what you know about yourself: where you do your best work, "
                "what you want to get better at, and where you see your career going.",
                "You are in good company. In a recruitment firm's 2025 salary survey in "
                "Belgium, 31% of professionals planning a job change named work-life balance "
                "as a reason. Knowing your priorities is a strength.",
            ),
        },
        # Keep the door open
        {
            "slug": "door-open-mean-it",
            "applies_to": "both",
            "step": "door-open",
            "title": "Say only what you mean",
            "body": paragraphs(
                "Leaving the door open works when it is sincere. Only say you would like to "
                "work together one day if that is true.",
                "One specific sentence is worth more than several warm but vague ones, and "
                "people remember the difference.",
            ),
        },
        {
            "slug": "door-open-offer-what-would-change",
            "applies_to": "offer",
            "step": "door-open",
            "title": "Say what would bring you back",
            "body": paragraphs(
                "If something specific held you back, such as the commute, the package or the "
                "timing, say that a change there would make you glad to talk again. It gives "
                "the employer something concrete to remember you by.",
                "Then say plainly that you would like to stay in touch. A 2011 Harvard "
                "Business Review piece made the case for leaving the door open out loud, "
                "rather than hoping the other person assumes it.",
            ),
        },
        {
            "slug": "door-open-promotion-alternatives",
            "applies_to": "promotion",
            "step": "door-open",
            "title": "Offer other ways to add value",
            "body": paragraphs(
                "Your manager still has a gap to fill. Come with one or two ways you could help "
                "without taking the role: mentoring a new colleague, leading a project, "
                "sharing your expertise with the team, or supporting whoever takes the job.",
                "Offer only what you can really take on. A modest offer you keep is worth more "
                "than a generous one that quietly fades.",
            ),
        },
        {
            "slug": "door-open-promotion-support",
            "applies_to": "promotion",
            "step": "door-open",
            "title": "Ask about support and training",
            "body": paragraphs(
                "If the role calls for a skill you don't have yet, such as leading people, say "
                "so and ask what support could help. Many employers will consider it: in the "
                "same 2025 survey, 40% said they were open to offering extra training.",
                "Asking shows that your answer is about timing and preparation, not about "
                "standing still.",
            ),
        },
        {
            "slug": "door-open-promotion-future",
            "applies_to": "promotion",
            "step": "door-open",
            "title": "End on where you are heading",
            "body": paragraphs(
                "Close with where you want to go, not with what you are turning down. A "
                "sentence such as 'I want to keep growing here, and I would welcome the chance "
                "to revisit this once I have more experience' tells your manager you are still "
                "invested.",
                "What you write here becomes the closing part of your meeting script and your "
                "follow-up email.",
            ),
        },
        # Conversation
        {
            "slug": "conversation-offer-call-promptly",
            "applies_to": "offer",
            "step": "conversation",
            "title": "Call promptly, well before the deadline",
            "body": paragraphs(
                "As soon as you have decided, pick up the phone. A call is more personal and "
                "more professional than an email, and an early answer lets the employer get "
                "back to other candidates while they are still available.",
                "Aim to call a day or two before the deadline, at a time when neither of you "
                "is rushed. If you reach voicemail, leave a short message asking them to call "
                "you back rather than giving your answer in a recording.",
            ),
        },
        {
            "slug": "conversation-offer-keep-it-short",
            "applies_to": "offer",
            "step": "conversation",
            "title": "Keep the call short and warm",
            "body": paragraphs(
                "The call has four parts: thank them, give your decision, share your reasons "
                "briefly, and close by saying you hope to stay in touch. Five minutes is often "
                "enough.",
                "If they ask whether anything could change your mind, answer honestly. If "
                "nothing could, say so kindly: false hope does not keep a door open.",
            ),
        },
        {
            "slug": "conversation-promotion-book-time",
            "applies_to": "promotion",
            "step": "conversation",
            "title": "Book proper time with your manager",
            "body": paragraphs(
                "This is a conversation, not an announcement. Ask for a dedicated meeting of "
                "at least half an hour, in person or by video, rather than raising it at the "
                "end of another meeting or in passing.",
                "Choose a moment when neither of you is rushed, so there is room to talk about "
                "what comes next.",
            ),
        },
        {
            "slug": "conversation-promotion-be-open",
            "applies_to": "promotion",
            "step": "conversation",
            "title": "Be open about your strengths and ambitions",
            "body": paragraphs(
                "Your manager offered you the role because they believe in you. Explain "
                "honestly what you are good at, what you want to develop, and why this role "
                "does not fit right now.",
                "Listen as much as you talk. Their view of your strengths may surprise you, "
                "and it will help you agree on the next step together.",
            ),
        },
        {
            "slug": "conversation-say-it-then-listen",
            "applies_to": "both",
            "step": "conversation",
            "title": "Say it, then listen",
            "body": paragraphs(
                "Once you have given your answer, pause and let the other person respond. You "
                "don't need to fill the silence, defend your decision or add new reasons.",
                "Afterwards, note how it went while it is fresh: what they said and anything "
                "you agreed. It will help with the follow-up email and with getting back in "
                "touch later.",
            ),
        },
        # Follow-up email
        {
            "slug": "email-same-day",
            "applies_to": "both",
            "step": "email",
            "title": "Follow up in writing the same day",
            "body": paragraphs(
                "A short email after the conversation confirms your decision and leaves a "
                "friendly record of it. Send it the same day, or the next morning at the "
                "latest.",
                "The draft here is only a starting point. Change anything that doesn't sound "
                "like you.",
            ),
        },
        {
            "slug": "email-offer-what-to-include",
            "applies_to": "offer",
            "step": "email",
            "title": "What to include after a job offer",
            "body": paragraphs(
                "Thank them again, restate your reasons in a sentence or two, and ask them to "
                "keep you in mind for future openings. If one factor decided it, say you will "
                "get in touch if it changes.",
                "Send it to the person you spoke to. If a recruiter was involved, copy them "
                "in too.",
            ),
        },
        {
            "slug": "email-promotion-confirm-agreements",
            "applies_to": "promotion",
            "step": "email",
            "title": "Put what you agreed in writing",
            "body": paragraphs(
                "Thank your manager for the conversation and their trust, confirm your "
                "decision, and set down what you agreed: the alternatives you offered, any "
                "training or support you discussed, and when you will talk again.",
                "A written record helps you both, and it shows that you meant what you said "
                "about growing.",
            ),
        },
        # Reconnect
        {
            "slug": "reconnect-light-and-regular",
            "applies_to": "both",
            "step": "reconnect",
            "title": "Stay in touch lightly and regularly",
            "body": paragraphs(
                "Keeping a door open takes a little effort over time. A message every few "
                "months is enough: ask how things are going, share something useful, "
                "congratulate them on good news.",
                "Each reminder comes with an idea and a first line, but move the dates to "
                "whatever feels natural. Nobody enjoys feeling like an item on a list.",
            ),
        },
        {
            "slug": "reconnect-offer-next-time-they-hire",
            "applies_to": "offer",
            "step": "reconnect",
            "title": "Be remembered the next time they hire",
            "body": paragraphs(
                "Industry events, talks and trade fairs are easy places to meet again without "
                "an agenda. Say hello, ask how the business is doing, and keep it light.",
                "When the next opening comes up, the people who come to mind first are the "
                "ones they have heard from recently.",
            ),
        },
        {
            "slug": "reconnect-promotion-development",
            "applies_to": "promotion",
            "step": "reconnect",
            "title": "Keep your development on the agenda",
            "body": paragraphs(
                "Your manager is close at hand, so staying in touch here means following "
                "through: report back on the alternatives you offered, take up the training "
                "you discussed, and bring your development into your regular one-to-ones.",
                "If your circumstances or ambitions change, say so. You said 'not now', and "
                "you can be the one to reopen the conversation.",
            ),
        },
        # Summary
        {
            "slug": "summary-keep-for-later",
            "applies_to": "both",
            "step": "summary",
            "title": "Keep this plan for later",
            "body": paragraphs(
                "This page brings your whole plan together: your reasons, what you will say, "
                "and what you agreed. Print it, or keep it open, if notes help you during the "
                "conversation.",
                "Come back to it when you get in touch again. Months from now, it will remind "
                "you exactly what you said and what might have changed since.",
            ),
        },
    ]
)
