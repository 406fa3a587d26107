"""Starter reasons: legitimate reasons to decline, with ready ways to say them."""

from __future__ import annotations

from apps.content.seeding import lines, starter_items

REASONS = starter_items(
    [
        {
            "slug": "location-commute",
            "applies_to": "both",
            "title": "Location or commute",
            "explanation": (
                "Where a job is shapes every working day: the journey, the cost and the time "
                "left for everything else. A commute or a move that would wear you down is a "
                "practical reason that most employers understand straight away. It says "
                "nothing about the role or the people, which makes it an easy one to share."
            ),
            "phrasings": lines(
                "The daily commute would be difficult for me to sustain alongside my other "
                "commitments.",
                "The role would mean relocating, and that is not a move I can make at this point.",
                "After weighing up the travel involved, I don't think the location would work "
                "for me in the long run.",
                "I have realised that the journey would take more out of my week than I can "
                "give it right now.",
            ),
            "phrasings_to_avoid": lines(
                "The commute is a nightmare.",
                "Nobody in their right mind would travel that far every day.",
                "Your office is in the middle of nowhere.",
            ),
        },
        {
            "slug": "family-commitments",
            "applies_to": "both",
            "title": "Family commitments",
            "explanation": (
                "Caring for children, a partner or an ageing parent is one of the most common "
                "reasons to turn down a role, and one of the most respected. You don't need to "
                "go into detail: saying the role doesn't fit with your family life at the "
                "moment is enough. A good employer will hear it as a sign that you know your "
                "priorities."
            ),
            "phrasings": lines(
                "The role would be hard to combine with my family commitments at the moment.",
                "My family situation means this isn't the right time for me to take on a change "
                "like this.",
                "I have thought about what the role would ask of my time, and I want to be "
                "fully there for my family at this stage.",
            ),
            "phrasings_to_avoid": lines(
                "I can't, because of the kids.",
                "Your hours just aren't family-friendly.",
                "My partner doesn't want me to take it.",
            ),
        },
        {
            "slug": "compensation",
            "applies_to": "offer",
            "title": "Compensation",
            "explanation": (
                "Pay is a perfectly legitimate reason to decline, and saying so is more useful "
                "to the employer than a vague excuse. The key is to talk about what you are "
                "looking for rather than what is wrong with their offer. That keeps the tone "
                "respectful, and it tells them exactly what could change things later."
            ),
            "phrasings": lines(
                "I am looking for a higher level of compensation at this stage of my career.",
                "Having looked at the overall package, it doesn't quite match what I am looking "
                "for at this point.",
                "I want to be open that the package was the deciding factor for me, even "
                "though I was very keen on the role itself.",
                "I am looking for a package that reflects my experience a little more closely.",
            ),
            "phrasings_to_avoid": lines(
                "The salary is too low.",
                "I can earn much more elsewhere.",
                "Frankly, the offer is insulting.",
            ),
        },
        {
            "slug": "personal-circumstances",
            "applies_to": "both",
            "title": "Personal circumstances or health",
            "explanation": (
                "Sometimes the real reason is private, such as your own health or that of "
                "someone close to you. You are entitled to keep the details to yourself: "
                "'personal circumstances' is an honest and complete answer, and a thoughtful "
                "employer will not press for more. Saying no now is often kinder to everyone "
                "than taking on a role you can't give your full attention to."
            ),
            "phrasings": lines(
                "For personal reasons, this isn't the right time for me to take on a new role.",
                "My personal circumstances have changed, and I need to keep things steady for a "
                "while.",
                "There are some things in my personal life that need my attention right now, so "
                "I have decided not to go ahead.",
                "I'd rather not go into detail, but my circumstances mean I can't give this "
                "role the attention it deserves at the moment.",
            ),
            "phrasings_to_avoid": lines(
                "I'm not coping with much at the moment.",
                "Things are a mess at home right now.",
                "My doctor says I couldn't handle it.",
            ),
        },
        {
            "slug": "work-life-balance",
            "applies_to": "both",
            "title": "Work-life balance",
            "explanation": (
                "You are far from alone in weighing this: in a recruitment firm's 2025 salary "
                "survey in Belgium, 31% of professionals planning a job change named "
                "work-life balance as a reason. Protecting your time and energy is not a lack "
                "of commitment; it is how you stay good at your work over the years. Describe "
                "the balance you want to keep rather than complaining about the hours."
            ),
            "phrasings": lines(
                "Keeping a sustainable balance between work and the rest of my life matters a "
                "great deal to me at this stage.",
                "I have looked honestly at what the role would ask of my time, and I don't "
                "think I could keep the balance that helps me do my best work.",
                "I want to keep the balance I have between work and home, and this role would "
                "change that more than I am ready for.",
                "I do my best work when I can switch off properly in the evenings, and I want "
                "to protect that.",
            ),
            "phrasings_to_avoid": lines(
                "The hours are insane.",
                "I'm not going to work myself into the ground for this.",
                "I don't want to work that hard.",
            ),
        },
        {
            "slug": "specialist-not-manager",
            "applies_to": "promotion",
            "title": "Staying a specialist rather than managing people",
            "explanation": (
                "Many excellent specialists have no wish to manage, and knowing that about "
                "yourself is a strength. Leading people is a different job, not simply the "
                "next step up. Saying you want to deepen your expertise shows a clear view of "
                "where you add the most value, which is the opposite of a lack of ambition."
            ),
            "phrasings": lines(
                "I do my best work as a hands-on specialist, and I would rather deepen that "
                "expertise than move into managing people right now.",
                "What I enjoy most is the specialist side of my work, and I want to keep "
                "growing there.",
                "I have thought about where I add the most value to the team, and I believe it "
                "is in my area of expertise rather than in people management.",
                "I would rather be an excellent specialist than a reluctant manager.",
            ),
            "phrasings_to_avoid": lines(
                "I don't want to manage people.",
                "Managing people sounds like a nightmare.",
                "I'm not a people person.",
            ),
        },
        {
            "slug": "career-direction",
            "applies_to": "both",
            "title": "Long-term career direction",
            "explanation": (
                "A good role can still be the wrong next step. If it would pull you away from "
                "the skills, sector or kind of work you are building towards, saying no shows "
                "a clear career vision, not indecision. There is no fixed list of right or "
                "wrong reasons: what counts is that the choice follows your own goals and "
                "values."
            ),
            "phrasings": lines(
                "After careful thought, I don't think the role fits the direction I want my "
                "career to take over the next few years.",
                "I am focusing on building my experience in a particular area, and this role "
                "would take me in a different direction.",
                "I have a fairly clear picture of where I want to be in a few years, and I "
                "don't believe this step would take me there.",
            ),
            "phrasings_to_avoid": lines(
                "This job is a dead end.",
                "It's not going anywhere.",
                "I'm aiming higher than this.",
            ),
        },
        {
            "slug": "content-in-current-role",
            "applies_to": "both",
            "title": "Happy in the current role",
            "explanation": (
                "Being content where you are is a reason in its own right. You may still be "
                "learning, enjoying the work and the people, or not yet finished with what "
                "you set out to do. For a promotion, saying so shows you value what you have "
                "and know what suits you, which is not the same as lacking ambition."
            ),
            "phrasings": lines(
                "I enjoy my current role, and I feel I still have a lot to learn and contribute "
                "in it.",
                "I have realised that I am happy where I am, and I want to give my current "
                "work more time.",
                "There are projects in my current role that I want to see through before I "
                "consider a change.",
            ),
            "phrasings_to_avoid": lines(
                "I can't be bothered with a change.",
                "Why would I want more responsibility?",
                "I'm comfortable, so why move?",
            ),
        },
        {
            "slug": "accepted-another-offer",
            "applies_to": "offer",
            "title": "Accepted another offer",
            "explanation": (
                "Job searches often run in parallel, and sometimes another offer suits your "
                "situation better. Saying so early and plainly is the most respectful thing "
                "you can do, because it lets the employer turn to other candidates. You don't "
                "need to name the other organisation or compare the two offers."
            ),
            "phrasings": lines(
                "I have accepted another offer that fits my situation more closely at this point.",
                "I have decided to accept a different position. It was not an easy choice, "
                "because I valued our conversations.",
                "Another opportunity came through that matches what I am looking for a little "
                "more closely, and I have said yes to it.",
            ),
            "phrasings_to_avoid": lines(
                "I got a better offer.",
                "They're paying me more than you offered.",
                "Your competitor gave me a better deal.",
            ),
        },
        {
            "slug": "timing",
            "applies_to": "both",
            "title": "Timing or a personal project",
            "explanation": (
                "Sometimes the role is right but the moment is not: you may be finishing a "
                "course of study, in the middle of a move, or about to welcome a new family "
                "member. Timing is an honest reason, and it leaves the door open by itself, "
                "because moments change. Where you can, say roughly when things might look "
                "different."
            ),
            "phrasings": lines(
                "The timing isn't right for me. I have committed to a personal project that I "
                "want to complete first.",
                "I am in the middle of a course of study, and I want to finish it before I take "
                "on a change like this.",
                "This role has come at a moment when I need to keep my focus elsewhere, but I "
                "would be glad to talk again later.",
                "I have commitments over the coming months that I want to honour before I make "
                "a move.",
            ),
            "phrasings_to_avoid": lines(
                "I've got too much going on.",
                "Ask me again next year, maybe.",
                "It's a terrible time for me.",
            ),
        },
        {
            "slug": "team-culture-fit",
            "applies_to": "offer",
            "title": "Team or culture fit",
            "explanation": (
                "During a recruitment process you get a feel for how a team works, and "
                "sometimes you sense it is not where you would do your best work. That is a "
                "legitimate conclusion, but it is also the reason most easily heard as "
                "criticism. Talk about the way you like to work, not about what you think is "
                "wrong with them."
            ),
            "phrasings": lines(
                "I have realised that I work best in a slightly different kind of environment, "
                "and I want to be honest about that.",
                "From our conversations, I don't think the way of working would suit me as well "
                "as it should, and I would rather say so now.",
                "I am looking for a setting with a little more autonomy in my day-to-day work.",
                "I have thought carefully about how I would fit into the team, and I don't "
                "believe it is the right match at this point.",
            ),
            "phrasings_to_avoid": lines(
                "Your culture seems toxic.",
                "The team seemed unfriendly.",
                "Your office felt really old-fashioned.",
            ),
        },
        {
            "slug": "scope-of-role",
            "applies_to": "both",
            "title": "Scope of the role",
            "explanation": (
                "Sometimes a role turns out to be different from what you expected: more "
                "administration, less hands-on work, or a narrower or broader remit than you "
                "wanted. Noticing that before you start helps both sides. Describe the kind "
                "of responsibilities you are looking for, so they understand what would fit."
            ),
            "phrasings": lines(
                "Having learnt more about the responsibilities, I have realised the role is "
                "different from what I am looking for at this stage.",
                "I am looking for a role with a stronger focus on the hands-on side of my work.",
                "The balance of responsibilities in this role isn't quite the one I want my "
                "next step to have.",
            ),
            "phrasings_to_avoid": lines(
                "The role is beneath me.",
                "It's basically an admin job.",
                "This isn't what you advertised.",
            ),
        },
        {
            "slug": "working-arrangements",
            "applies_to": "both",
            "title": "Working arrangements and flexibility",
            "explanation": (
                "Where and when you work can matter as much as what you do. If the role asks "
                "for more days in the office, fixed hours or on-call duties that don't fit "
                "your life, that is a practical and widely understood reason. Naming the "
                "arrangement you need also tells them what could make a difference in future."
            ),
            "phrasings": lines(
                "I am looking for more flexibility in where I work, and this role doesn't "
                "quite allow for that.",
                "The working hours the role requires would be difficult to fit around my other "
                "commitments.",
                "Working from home part of the week has become important to me, and I want to "
                "keep that.",
            ),
            "phrasings_to_avoid": lines(
                "I'm not coming into the office every day.",
                "Your remote-working policy is outdated.",
                "Nobody works fixed hours any more.",
            ),
        },
        {
            "slug": "room-to-grow",
            "applies_to": "offer",
            "title": "Growth in a different direction",
            "explanation": (
                "You may have realised that the role would not give you the learning, "
                "challenge or progression you are after. Wanting to grow is exactly what "
                "employers hope to see, so this is an easy reason to share well. Be specific "
                "about what you want to develop, and leave out any judgement of their "
                "organisation."
            ),
            "phrasings": lines(
                "I am looking for a role that will develop my skills in a specific direction, "
                "and I don't think this one would do that as much as I need.",
                "Growth is a big factor for me right now, and I want my next step to focus on "
                "the areas I am keenest to develop.",
                "I want my next role to stretch me in a particular way, and I don't think this "
                "one is the best fit for that.",
            ),
            "phrasings_to_avoid": lines(
                "There's no future in this job.",
                "It sounds boring.",
                "I'd outgrow it in six months.",
            ),
        },
        {
            "slug": "build-skills-first",
            "applies_to": "promotion",
            "title": "Building the skills first",
            "explanation": (
                "Knowing you are not ready yet is a mature judgement, not a weakness. If a "
                "skill such as leading people or managing a budget is new to you, say so and "
                "ask about support: in the same 2025 survey, 40% of employers said they were "
                "open to offering extra training. That turns 'no' into 'not yet', with a plan."
            ),
            "phrasings": lines(
                "I want to be honest that I don't yet have the people management experience "
                "this role needs, and I would rather build it first.",
                "I would like to grow into a role like this, and I would welcome training or "
                "mentoring that helps me get there.",
                "I think I could do this role well in future, but I want to develop a few "
                "skills before I take it on.",
            ),
            "phrasings_to_avoid": lines(
                "I'd be terrible at it.",
                "I have no idea how to manage anyone.",
                "It's too much responsibility for me.",
            ),
        },
    ]
)
