"""Starter reframes: blunt wording the tone check catches, and a calmer way to say it.

`blunt` and each line of `variants` are matched as whole words; `alternative` is a
phrase the member can swap in, so it is written to fit the same place in a sentence:
a wording that is a whole clause ("I'm not interested") gets a whole clause, a
predicate ("too far away", after "it's") gets a predicate, a noun gets a noun.
"""

from __future__ import annotations

from apps.content.seeding import lines, starter_items

REFRAMES = starter_items(
    [
        # Pay and package
        {
            "slug": "salary-too-low",
            "applies_to": "both",
            "blunt": "the salary is too low",
            "variants": lines(
                "the pay is too low",
                "the money is too low",
                "I need more money",
                "I can earn more elsewhere",
                "I could earn more elsewhere",
            ),
            "alternative": (
                "I am looking for a higher level of compensation at this stage of my career"
            ),
            "why": "It says what you need without passing judgement on what they offered.",
        },
        {
            "slug": "not-paying-enough",
            "applies_to": "both",
            "blunt": "not paying enough",
            "variants": lines("not paying me enough", "not offering enough"),
            "alternative": "not offering the level of compensation I am looking for",
            "why": "It describes the gap from your side instead of accusing them of meanness.",
        },
        {
            "slug": "underpaid",
            "applies_to": "both",
            "blunt": "underpaid",
            "variants": lines("paid peanuts"),
            "alternative": "paid below what I am looking for at this stage",
            "why": "Naming your expectations is more persuasive than a grievance.",
        },
        {
            "slug": "insulting-offer",
            "applies_to": "both",
            "blunt": "insulting",
            "variants": lines("an insult", "lowball", "low-ball", "laughable"),
            "alternative": "some way from what I was hoping for",
            "why": "You can make clear the gap is large without making it personal.",
        },
        {
            "slug": "worth-more",
            "applies_to": "both",
            "blunt": "I'm worth more",
            "variants": lines("I am worth more", "I deserve more", "I deserve better"),
            "alternative": "I am looking for a package that reflects my experience",
            "why": (
                "Describing what you are looking for invites a conversation; claiming your "
                "worth invites a debate."
            ),
        },
        {
            "slug": "bad-benefits",
            "applies_to": "offer",
            "blunt": "bad benefits",
            "variants": lines("poor benefits", "terrible benefits"),
            "alternative": "benefits that don't quite meet what I am looking for",
            "why": "Talking about fit keeps the focus on you, not on what they can afford.",
        },
        {
            "slug": "benefits-are-bad",
            "applies_to": "offer",
            "blunt": "the benefits are bad",
            "variants": lines("the benefits are poor", "the benefits are terrible"),
            "alternative": "the overall package doesn't quite meet what I am looking for",
            "why": "Talking about the package as a whole keeps the focus on fit, not on one perk.",
        },
        {
            "slug": "raise-too-small",
            "applies_to": "promotion",
            "blunt": "the raise is too small",
            "variants": lines("the pay rise is too small", "the rise is too small"),
            "alternative": (
                "the change in package doesn't quite balance the extra responsibility for me"
            ),
            "why": "It names the trade-off honestly without sounding as though you are haggling.",
        },
        {
            "slug": "not-worth-the-money",
            "applies_to": "promotion",
            "blunt": "not worth the money",
            "variants": lines("not enough of a raise", "not enough of a rise"),
            "alternative": "not quite enough to balance the extra responsibility for me",
            "why": "It weighs the offer against the role, which they can understand.",
        },
        # Location and travel
        {
            "slug": "too-far-away",
            "applies_to": "both",
            "blunt": "too far away",
            "variants": lines("too far to travel", "too far"),
            "alternative": "further than I could travel every day alongside my other commitments",
            "why": "It explains a practical reality nobody can argue with, and leaves their "
            "office out of it.",
        },
        {
            "slug": "commute-too-long",
            "applies_to": "both",
            "blunt": "the commute is too long",
            "variants": lines("the commute is a nightmare", "the commute is awful"),
            "alternative": (
                "the daily commute would be difficult to sustain alongside my other commitments"
            ),
            "why": "It turns a complaint into a fact about your week.",
        },
        {
            "slug": "middle-of-nowhere",
            "applies_to": "both",
            "blunt": "in the middle of nowhere",
            "variants": lines("impossible to get to", "nowhere near anything"),
            "alternative": "in a location that would be hard for me to reach every day",
            "why": "The distance is a fact; your opinion of the place is best left out.",
        },
        {
            "slug": "too-much-travel",
            "applies_to": "both",
            "blunt": "too much travel",
            "variants": lines("too much travelling", "too much traveling"),
            "alternative": "more travel than I could combine with my commitments at home",
            "why": "It ties the travel to your circumstances rather than to a flaw in the role.",
        },
        # Management and responsibility
        {
            "slug": "dont-want-to-manage",
            "applies_to": "promotion",
            "blunt": "I don't want to manage",
            "variants": lines(
                "I do not want to manage",
                "I have no interest in managing",
                "I've no interest in managing",
                "I hate managing",
            ),
            "alternative": (
                "I would rather deepen my expertise than move into managing people right now"
            ),
            "why": (
                "It presents your choice as a clear view of where you add value, not as a refusal."
            ),
        },
        {
            "slug": "not-a-people-person",
            "applies_to": "both",
            "blunt": "I'm not a people person",
            "variants": lines(
                "I am not a people person",
                "I'm bad with people",
                "I am bad with people",
                "I'm no good with people",
                "I am no good with people",
            ),
            "alternative": "I get the most energy from the specialist side of my work",
            "why": "It describes a strength rather than a shortcoming someone might remember.",
        },
        {
            "slug": "too-much-responsibility",
            "applies_to": "promotion",
            "blunt": "too much responsibility",
            "variants": lines("too big a step"),
            "alternative": "more responsibility than I am ready to take on well just now",
            "why": "It shows ambition with a sense of timing rather than doubt about yourself.",
        },
        {
            "slug": "out-of-my-depth",
            "applies_to": "promotion",
            "blunt": "out of my depth",
            "variants": lines("in over my head"),
            "alternative": "stretched beyond where I can do my best work yet",
            "why": "'Yet' tells them you mean to grow into it, which they will remember.",
        },
        {
            "slug": "not-my-job",
            "applies_to": "both",
            "blunt": "not my job",
            "variants": lines("not my problem", "not my responsibility"),
            "alternative": "outside the areas where I add the most value",
            "why": "It draws a clear line while sounding engaged rather than unwilling.",
        },
        {
            "slug": "bad-manager",
            "applies_to": "both",
            "blunt": "bad manager",
            "variants": lines("bad boss", "terrible manager", "terrible boss", "awful manager"),
            "alternative": "manager whose style doesn't suit the way I work",
            "why": "It is honest about fit, and a judgement about a person tends to travel.",
        },
        {
            "slug": "micromanaged",
            "applies_to": "both",
            "blunt": "micromanaged",
            "variants": "",
            "alternative": "supervised more closely than I work best with",
            "why": "Saying what helps you thrive is easier to hear than a complaint.",
        },
        {
            "slug": "micromanage",
            "applies_to": "both",
            "blunt": "micromanage",
            "variants": "",
            "alternative": "supervise more closely than I work best with",
            "why": "It describes how you work best instead of judging how they lead.",
        },
        {
            "slug": "micromanagement",
            "applies_to": "both",
            "blunt": "micromanagement",
            "variants": lines("micromanaging"),
            "alternative": "very close oversight",
            "why": "A neutral description is fair to a manager you may work with one day.",
        },
        {
            "slug": "micromanager",
            "applies_to": "both",
            "blunt": "micromanager",
            "variants": "",
            "alternative": "very hands-on manager",
            "why": "A neutral description is fair to a manager you may work with one day.",
        },
        # Interest, challenge and direction
        {
            "slug": "not-interested",
            "applies_to": "both",
            "blunt": "I'm not interested",
            "variants": lines(
                "I am not interested",
                "I'm no longer interested",
                "I am no longer interested",
                "I'm not really interested",
                "I am not really interested",
            ),
            "alternative": (
                "after careful thought, I have decided the role isn't the right fit for me"
            ),
            "why": "It shows you took the offer seriously before saying no.",
        },
        {
            "slug": "not-my-thing",
            "applies_to": "both",
            "blunt": "not my thing",
            "variants": lines("not for me at all"),
            "alternative": "not quite the direction I want to take",
            "why": "It speaks of your direction, which nobody can argue with.",
        },
        {
            "slug": "boring",
            "applies_to": "both",
            "blunt": "boring",
            "variants": lines("dull", "tedious"),
            "alternative": "not the kind of challenge I am looking for right now",
            "why": "It says what you want without dismissing work that others value.",
        },
        {
            "slug": "bored",
            "applies_to": "both",
            "blunt": "I'm bored",
            "variants": lines("I am bored", "I'd be bored", "I would be bored"),
            "alternative": "I am looking for more of a challenge",
            "why": "Wanting a challenge sounds like ambition; boredom sounds like a verdict.",
        },
        {
            "slug": "dead-end",
            "applies_to": "both",
            "blunt": "a dead end",
            "variants": lines("a dead-end", "a dead-end job", "a dead-end role"),
            "alternative": "not a clear path towards where I want my career to go",
            "why": "It keeps the focus on your direction rather than on their prospects.",
        },
        {
            "slug": "going-nowhere",
            "applies_to": "both",
            "blunt": "going nowhere",
            "variants": "",
            "alternative": "not leading where I want my career to go",
            "why": "It is about your path, not a forecast of theirs.",
        },
        {
            "slug": "no-future",
            "applies_to": "both",
            "blunt": "no future",
            "variants": "",
            "alternative": "limited room for me to grow",
            "why": "It says what you need without predicting their decline.",
        },
        {
            "slug": "beneath-me",
            "applies_to": "both",
            "blunt": "beneath me",
            "variants": lines("below my level", "too junior", "a step down"),
            "alternative": (
                "different in scope from what I am looking for at this stage of my career"
            ),
            "why": "You can be clear about level without belittling the role or the people in it.",
        },
        {
            "slug": "overqualified",
            "applies_to": "both",
            "blunt": "I'm overqualified",
            "variants": lines(
                "I am overqualified", "I'd be overqualified", "I would be overqualified"
            ),
            "alternative": "I am looking for a role with more scope",
            "why": "It points at what you want next instead of ranking yourself above the job.",
        },
        {
            "slug": "waste-of-time",
            "applies_to": "both",
            "blunt": "a waste of time",
            "variants": lines("a waste of my time", "pointless"),
            "alternative": "not the best use of my skills at this point",
            "why": "It explains the mismatch without dismissing their time or effort.",
        },
        {
            "slug": "not-worth-it",
            "applies_to": "both",
            "blunt": "not worth it",
            "variants": lines("not worth my time", "not worth the hassle"),
            "alternative": "not the right move for me at this point, on balance",
            "why": "'On balance' shows you weighed it up fairly.",
        },
        {
            "slug": "cant-be-bothered",
            "applies_to": "both",
            "blunt": "I can't be bothered",
            "variants": lines(
                "I cannot be bothered", "I couldn't be bothered", "I could not be bothered"
            ),
            "alternative": "I don't feel it is the right step for me",
            "why": "It gives a considered answer instead of one that sounds indifferent.",
        },
        {
            "slug": "dont-care",
            "applies_to": "both",
            "blunt": "I don't care",
            "variants": lines("I do not care", "I couldn't care less", "I could not care less"),
            "alternative": "it is less of a priority for me right now",
            "why": "It shows you have priorities, not a lack of interest in what they value.",
        },
        # Workload, hours and stress
        {
            "slug": "too-much-work",
            "applies_to": "both",
            "blunt": "too much work",
            "variants": lines("too much on my plate"),
            "alternative": "more work than I could do well",
            "why": "Framing it around the quality of your work shows commitment, not reluctance.",
        },
        {
            "slug": "overworked",
            "applies_to": "both",
            "blunt": "overworked",
            "variants": lines("run ragged"),
            "alternative": "stretched too thin to do my best work",
            "why": "It is about the standard of your work, which they care about too.",
        },
        {
            "slug": "workload-too-heavy",
            "applies_to": "both",
            "blunt": "the workload is too heavy",
            "variants": lines("the workload is too high", "the workload is crazy"),
            "alternative": "I want to keep a workload that lets me do my best work",
            "why": "Framing it around the quality of your work shows commitment, not reluctance.",
        },
        {
            "slug": "long-hours",
            "applies_to": "both",
            "blunt": "long hours",
            "variants": lines("too many hours"),
            "alternative": "hours that would be hard for me to sustain",
            "why": "It describes what you need rather than faulting their way of working.",
        },
        {
            "slug": "too-much-stress",
            "applies_to": "both",
            "blunt": "too much stress",
            "variants": lines("too stressful", "too much pressure"),
            "alternative": "more pressure than I could sustain alongside the rest of my life",
            "why": "It speaks of balance, which every employer understands.",
        },
        {
            "slug": "burnt-out",
            "applies_to": "both",
            "blunt": "I'm burnt out",
            "variants": lines(
                "I am burnt out",
                "I'm burned out",
                "I am burned out",
                "I'd burn out",
                "I would burn out",
            ),
            "alternative": (
                "I want to protect a sustainable balance between work and the rest of my life"
            ),
            "why": "It names what you are protecting and keeps health details private.",
        },
        {
            "slug": "no-life",
            "applies_to": "both",
            "blunt": "I'd have no life",
            "variants": lines(
                "I would have no life",
                "I'd have no life outside work",
                "I would have no life outside work",
            ),
            "alternative": "it would leave less time for life outside work than I need",
            "why": "It makes the same point calmly, as a matter of balance rather than sacrifice.",
        },
        {
            "slug": "nightmare",
            "applies_to": "both",
            "blunt": "a nightmare",
            "variants": lines("a disaster", "a horror show"),
            "alternative": "a real challenge for me",
            "why": "Dramatic words stick in people's memory long after your reasons fade.",
        },
        {
            "slug": "ridiculous",
            "applies_to": "both",
            "blunt": "ridiculous",
            "variants": lines("absurd", "insane", "crazy"),
            "alternative": "more demanding than I can commit to",
            "why": "A measured word keeps the conversation calm and your point credible.",
        },
        {
            "slug": "unrealistic",
            "applies_to": "both",
            "blunt": "unrealistic",
            "variants": lines("unreasonable"),
            "alternative": "more than I could deliver to the standard I would want",
            "why": "It speaks to your own standards instead of accusing them of bad planning.",
        },
        {
            "slug": "impossible-targets",
            "applies_to": "both",
            "blunt": "impossible targets",
            "variants": lines("unrealistic targets", "crazy targets"),
            "alternative": "targets I could not meet to the standard I would want",
            "why": "It speaks to your own standards instead of accusing them of bad planning.",
        },
        # Culture, team and organisation
        {
            "slug": "toxic",
            "applies_to": "both",
            "blunt": "toxic",
            "variants": "",
            "alternative": "a poor fit for how I like to work",
            "why": "Describing what suits you is honest without labelling people you may meet "
            "again.",
        },
        {
            "slug": "bad-culture",
            "applies_to": "both",
            "blunt": "bad culture",
            "variants": lines("terrible culture", "toxic culture"),
            "alternative": "culture that doesn't match how I like to work",
            "why": "Describing what suits you is honest without labelling people you may meet "
            "again.",
        },
        {
            "slug": "the-team-is",
            "applies_to": "both",
            "blunt": "the team is a mess",
            "variants": lines(
                "the team is a shambles",
                "the team is dysfunctional",
                "the team is useless",
                "your team is a mess",
            ),
            "alternative": "I am looking for a team set-up that suits the way I work best",
            "why": "Criticising a team closes doors with people you may well work with one day.",
        },
        {
            "slug": "your-company",
            "applies_to": "offer",
            "blunt": "your company is a mess",
            "variants": lines(
                "your company is a joke",
                "your company is badly run",
                "your company is going nowhere",
            ),
            "alternative": "the role and I are not the right match at this point",
            "why": "Speaking about fit, not their shortcomings, keeps it about your situation.",
        },
        {
            "slug": "unfriendly",
            "applies_to": "both",
            "blunt": "unfriendly",
            "variants": lines("hostile", "cliquey"),
            "alternative": "not quite the atmosphere in which I do my best work",
            "why": "First impressions of people can be wrong; your own working style is not.",
        },
        {
            "slug": "office-politics",
            "applies_to": "both",
            "blunt": "office politics",
            "variants": lines("all the politics"),
            "alternative": "indirect communication",
            "why": "It says what you find hard without accusing anyone of playing games.",
        },
        {
            "slug": "too-political",
            "applies_to": "both",
            "blunt": "too political",
            "variants": "",
            "alternative": "less direct than I work best with",
            "why": "It says what you need without accusing anyone of playing games.",
        },
        {
            "slug": "disorganised",
            "applies_to": "both",
            "blunt": "disorganised",
            "variants": lines("disorganized", "chaotic", "a shambles"),
            "alternative": "less structured than I work best in",
            "why": "It turns a criticism into a description of where you thrive.",
        },
        {
            "slug": "outdated",
            "applies_to": "both",
            "blunt": "outdated",
            "variants": lines("old-fashioned", "behind the times", "stuck in the past"),
            "alternative": "further from the tools and methods I want to grow in",
            "why": "It is about where you want to grow, not a verdict on how they work.",
        },
        # The decision itself
        {
            "slug": "better-offer",
            "applies_to": "offer",
            "blunt": "I got a better offer",
            "variants": lines(
                "I've got a better offer",
                "I have a better offer",
                "I got a better deal",
                "someone is paying me more",
                "they're paying me more",
            ),
            "alternative": "I have accepted another offer that fits my situation more closely",
            "why": "It is honest about the outcome without ranking them second.",
        },
        {
            "slug": "no-way",
            "applies_to": "both",
            "blunt": "no way",
            "variants": lines("no chance", "not a chance", "absolutely not", "never in a million"),
            "alternative": "on reflection, no",
            "why": "A calm, clear answer is more convincing than an emphatic one.",
        },
        {
            "slug": "i-hate",
            "applies_to": "both",
            "blunt": "I hate",
            "variants": lines("I hated", "I can't stand", "I cannot stand", "I despise"),
            "alternative": "I have found I am less suited to",
            "why": "It turns a strong dislike into self-knowledge, which is far easier to hear.",
        },
        {
            "slug": "no-offence",
            "applies_to": "both",
            "blunt": "no offence, but",
            "variants": lines("no offense, but", "with all due respect"),
            "alternative": "to be open with you",
            "why": "Phrases like these warn the listener that something offensive is coming.",
        },
        {
            "slug": "feel-terrible",
            "applies_to": "both",
            "blunt": "I feel terrible",
            "variants": lines("I feel awful", "I feel so bad", "I feel so guilty"),
            "alternative": "this was not an easy decision",
            "why": "You can show it was hard without asking them to comfort you.",
        },
    ]
)
