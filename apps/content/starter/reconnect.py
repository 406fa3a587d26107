"""Starter reconnect ideas: reasons to get back in touch, from two weeks to two years on.

Listed in the order they would come up, counted from the day of the decision.
"""

from __future__ import annotations

from apps.content.seeding import starter_items

RECONNECT_IDEAS = starter_items(
    [
        {
            "slug": "thank-and-connect",
            "applies_to": "offer",
            "default_days_after": 14,
            "title": "Say thank you and connect",
            "opener": (
                "Thank you again for our conversation about the role, and for taking my "
                "decision so graciously. I would be glad to stay connected."
            ),
            "detail": (
                "A short note and a LinkedIn invitation a week or two after the decision turn "
                "a closed application into an open connection. Keep it to two or three "
                "sentences and don't go back over the decision."
            ),
        },
        {
            "slug": "recommend-someone",
            "applies_to": "offer",
            "default_days_after": 21,
            "title": "Recommend someone for the role",
            "opener": (
                "I have been thinking about the role since we spoke, and a former colleague of "
                "mine could be a strong fit. Would it help if I put you in touch?"
            ),
            "detail": (
                "Only if you genuinely know someone suitable, and only with their agreement. "
                "Helping to fill the role you turned down is one of the most generous ways to "
                "keep a door open."
            ),
        },
        {
            "slug": "report-back-on-alternatives",
            "applies_to": "promotion",
            "default_days_after": 30,
            "title": "Report back on what you offered",
            "opener": (
                "I wanted to give you a quick update on what I have taken on since we talked "
                "about the role, and to hear how it looks from your side."
            ),
            "detail": (
                "A month on, show that the alternatives you offered were real: share what you "
                "have done, what is going well and what you could take on next."
            ),
        },
        {
            "slug": "follow-up-on-training",
            "applies_to": "promotion",
            "default_days_after": 60,
            "title": "Follow up on training and support",
            "opener": (
                "When we spoke about the role, we touched on training that could help me grow. "
                "Could we look at the options together?"
            ),
            "detail": (
                "If you asked about support or training, pick it up before it is forgotten. "
                "Many employers are open to it, and a concrete plan turns 'not now' into "
                "'when I am ready'."
            ),
        },
        {
            "slug": "ask-about-the-business",
            "applies_to": "offer",
            "default_days_after": 90,
            "title": "Ask how the business is going",
            "opener": (
                "It has been a few months since we last spoke, and I wondered how things are "
                "going on your side. I hope the search for the role went well."
            ),
            "detail": (
                "Asking about their business, not about vacancies, keeps the conversation "
                "light. Listen for news you could follow up on later."
            ),
        },
        {
            "slug": "share-something-useful",
            "applies_to": "both",
            "default_days_after": 120,
            "title": "Share something useful",
            "opener": (
                "I came across this piece and it made me think of our conversation. I thought "
                "you might find it useful."
            ),
            "detail": (
                "A relevant article, report or podcast shows you remember what matters to "
                "them. Add a line on why it made you think of them, and don't expect a long "
                "reply."
            ),
        },
        {
            "slug": "meet-at-an-industry-event",
            "applies_to": "offer",
            "default_days_after": 180,
            "tied_to_event": True,
            "title": "Meet at an industry event",
            "opener": (
                "I see we will both be at the conference next month. It would be good to say "
                "hello in person if you have a moment."
            ),
            "detail": (
                "Trade fairs, talks, meet-ups and professional association evenings are "
                "natural places to meet again without an agenda. Check who is going, and "
                "suggest a coffee between sessions."
            ),
        },
        {
            "slug": "revisit-development-plan",
            "applies_to": "promotion",
            "default_days_after": 180,
            "title": "Take stock of your development",
            "opener": (
                "It has been six months since we talked about the role. I would like to take "
                "stock of how I have grown since then, and talk about what could come next."
            ),
            "detail": (
                "Use a regular one-to-one or review. Bring examples of what you have learnt "
                "and the value you have added; if your view of the role has changed, this is "
                "a natural moment to say so."
            ),
        },
        {
            "slug": "congratulate-on-news",
            "applies_to": "both",
            "default_days_after": 270,
            "title": "Congratulate them on good news",
            "opener": (
                "I just read your news and wanted to say congratulations. It sounds like a "
                "real achievement for you and the team."
            ),
            "detail": (
                "A launch, an award, a new office or a promotion: genuine congratulations are "
                "welcome at any time and ask for nothing in return. Their company page and "
                "LinkedIn are good places to spot a reason to write."
            ),
        },
        {
            "slug": "one-year-coffee",
            "applies_to": "both",
            "default_days_after": 365,
            "title": "A year on: suggest a coffee",
            "opener": (
                "It has been about a year since we spoke about the role, and I would love to "
                "hear how things have moved on. Would you have time for a coffee in the coming "
                "weeks?"
            ),
            "detail": (
                "An anniversary is an easy reason to get in touch. Suggest a short coffee or "
                "video call, and bring a question about their work rather than a request."
            ),
        },
        {
            "slug": "ready-for-the-next-step",
            "applies_to": "promotion",
            "default_days_after": 365,
            "title": "Say when you are ready for the next step",
            "opener": (
                "When we last talked about my development, I said I wanted more experience "
                "before taking on a bigger role. I feel I am getting there, and I would like "
                "to talk about what the next step could be."
            ),
            "detail": (
                "If the experience, training or circumstances you needed are now in place, "
                "reopen the conversation yourself. Your manager will remember how "
                "thoughtfully you said 'not yet'."
            ),
        },
        {
            "slug": "share-your-own-news",
            "applies_to": "offer",
            "default_days_after": 450,
            "title": "Share your own news",
            "opener": (
                "I have taken on a new project this year that connects with what we talked "
                "about, and I thought you might like to hear how it is going."
            ),
            "detail": (
                "When something changes in your own career, such as a new qualification, "
                "project or role, a short update keeps them aware of what you can offer now. "
                "Keep it modest and specific."
            ),
        },
        {
            "slug": "offer-an-introduction",
            "applies_to": "both",
            "default_days_after": 540,
            "title": "Offer an introduction",
            "opener": (
                "I recently met someone working on challenges much like yours, and I think you "
                "would have a lot to talk about. Would you like me to introduce you?"
            ),
            "detail": (
                "Connecting people is a generous, low-key way to stay in someone's mind. Ask "
                "both sides first, and explain in a line why they should meet."
            ),
        },
        {
            "slug": "tell-them-something-changed",
            "applies_to": "offer",
            "default_days_after": 730,
            "title": "Tell them something has changed",
            "opener": (
                "When we spoke about the role, I mentioned what was holding me back. That has "
                "changed since, and if there is ever a fit again, I would be glad to talk."
            ),
            "detail": (
                "If the factor behind your decision changes, such as a move, a change at home "
                "or a new stage in your career, let them know. You said you would, and it is "
                "exactly the news they will want to hear."
            ),
        },
        {
            "slug": "two-years-on",
            "applies_to": "both",
            "default_days_after": 730,
            "title": "Catch up, two years on",
            "opener": (
                "It has been a couple of years since we first talked about the role, and a lot "
                "has changed on my side. I would enjoy catching up if you have time."
            ),
            "detail": (
                "Long gaps are normal. A friendly catch-up now keeps the connection alive for "
                "the next time your paths could cross professionally."
            ),
        },
    ]
)
