from __future__ import annotations

import re

import pytest

from apps.content.models import AppliesTo, Situation, Status, Step
from apps.guide.timing import duration_in_words
from apps.scripts.models import ScriptTemplate
from apps.scripts.sample import sample_plan
from tests.helpers import make_idea, make_reason, make_reframe, make_script, make_tip

pytestmark = pytest.mark.django_db

INDEX = "/guide/"
OFFER = "/guide/job-offer/"
PROMOTION = "/guide/promotion/"
REASONS = "/guide/reasons/"
ALL_PAGES = [INDEX, OFFER, PROMOTION, REASONS]

# Every section heading a guide page can show; none may appear without content.
SECTION_IDS = [
    "toc-heading",
    "steps-heading",
    "reasons-heading",
    "script-heading",
    "email-heading",
    "reconnect-heading",
    "library-heading",
    "swap-heading",
]


@pytest.fixture
def content(db) -> None:
    """Published and draft content for both situations, built here, not seeded."""
    make_reason("commute", AppliesTo.OFFER, "Location and commute", order=10)
    make_reason("subject-expert", AppliesTo.PROMOTION, "Staying a subject expert", order=20)
    make_reason("work-life-balance", AppliesTo.BOTH, "Work-life balance", order=30)
    make_reason("draft-reason", AppliesTo.BOTH, "Unfinished draft reason", status=Status.DRAFT)

    make_reframe("salary", AppliesTo.OFFER, "the salary is too low")
    make_reframe("managing", AppliesTo.PROMOTION, "managing people is a chore")
    make_reframe("boring", AppliesTo.BOTH, "the work is boring")
    make_reframe("draft-reframe", AppliesTo.BOTH, "draft blunt words", status=Status.DRAFT)

    make_tip("call-promptly", Step.CONVERSATION, AppliesTo.OFFER, "Call as soon as you decide")
    make_tip("book-meeting", Step.CONVERSATION, AppliesTo.PROMOTION, "Book a proper meeting")
    make_tip(
        "list-reasons",
        Step.REASONS,
        AppliesTo.BOTH,
        "List your real reasons",
        body="Write them down first.\n\nShare only a few.",
    )
    make_tip("draft-tip", Step.EMAIL, AppliesTo.BOTH, "Unfinished draft tip", status=Status.DRAFT)

    make_script(
        "draft-call",
        ScriptTemplate.Kind.CALL_SCRIPT,
        AppliesTo.OFFER,
        "Unfinished draft script for {contact_name}.",
        status=Status.DRAFT,
        order=1,
    )
    make_script(
        "call",
        ScriptTemplate.Kind.CALL_SCRIPT,
        AppliesTo.OFFER,
        "Hello {contact_name}, thank you for the offer from {organisation}.\n\n{reasons}",
        order=10,
    )
    make_script(
        "second-call",
        ScriptTemplate.Kind.CALL_SCRIPT,
        AppliesTo.OFFER,
        "A second call script nobody sees in the guide.",
        order=20,
    )
    make_script(
        "meeting",
        ScriptTemplate.Kind.MEETING_SCRIPT,
        AppliesTo.PROMOTION,
        "Thank you, {contact_name}, for thinking of me for the {role} role.",
    )
    make_script(
        "email",
        ScriptTemplate.Kind.FOLLOW_UP_EMAIL,
        AppliesTo.BOTH,
        "Dear {contact_first_name},\n\nThank you again. {door_open}",
        subject="Thank you, {contact_first_name}",
    )

    make_idea("ask-business", AppliesTo.BOTH, 90, title="Ask how their business is going")
    make_idea("show-growth", AppliesTo.PROMOTION, 365, title="Show how you have grown")
    make_idea("draft-idea", AppliesTo.BOTH, 14, title="Unfinished draft idea", status=Status.DRAFT)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def signup_section(html: str) -> str:
    match = re.search(r'<section[^>]*aria-labelledby="signup-heading">(.*?)</section>', html, re.S)
    assert match, "no sign-up section"
    return match.group(1)


def figures(html: str) -> list[str]:
    return re.findall(r'<figure class="quote-card guide-example[^"]*">(.*?)</figure>', html, re.S)


# Every page


@pytest.mark.parametrize(
    ("url", "title", "description"),
    [
        (INDEX, "Guide: how to decline a job offer or a promotion", "A free guide to turning"),
        (OFFER, "How to decline a job offer and keep the door open", "turn down a job offer"),
        (PROMOTION, "How to decline a promotion without closing doors", "internal promotion"),
        (REASONS, "Reasons to decline a job offer or a promotion", "A library of legitimate"),
    ],
)
def test_it_serves_each_page_to_visitors_with_its_own_title_and_description(
    client, content, url, title, description
):
    html = page(client, url)
    assert re.search(rf"<title>{re.escape(title)}[^<]* · Ajar</title>", html)
    meta = re.search(r'<meta name="description" content="([^"]*)">', html)
    assert meta
    assert description in meta.group(1)
    assert html.count("<h1") == 1


@pytest.mark.parametrize("url", ALL_PAGES)
def test_it_refuses_posts(client, url):
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("url", ALL_PAGES)
def test_it_never_shows_drafts(client, content, url):
    html = page(client, url)
    for draft in [
        "Unfinished draft reason",
        "draft-reason",
        "draft blunt words",
        "Unfinished draft tip",
        "Unfinished draft script",
        "Unfinished draft idea",
    ]:
        assert draft not in html


@pytest.mark.parametrize("url", ALL_PAGES)
def test_it_has_no_inline_scripts_or_styles(client, content, url):
    html = page(client, url)
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert " style=" not in html


@pytest.mark.parametrize("url", ALL_PAGES)
def test_it_invites_visitors_to_sign_up(client, content, url):
    invitation = signup_section(page(client, url))
    assert 'href="/accounts/signup/"' in invitation
    assert 'href="/plans/"' not in invitation


@pytest.mark.parametrize("url", ALL_PAGES)
def test_it_points_members_to_their_plans_instead(alice_client, content, url):
    html = page(alice_client, url)
    assert 'href="/plans/"' in signup_section(html)
    assert 'href="/accounts/signup/"' not in html


@pytest.mark.parametrize("url", [*ALL_PAGES, f"{REASONS}?for=offer"])
def test_it_fetches_each_content_type_once(client, django_assert_max_num_queries, content, url):
    # Plenty of items: a query per item would blow the budget.
    for n in range(12):
        make_reason(f"extra-{n}", AppliesTo.BOTH, f"Extra reason {n}")
        make_tip(f"extra-tip-{n}", list(Step)[n % len(Step)], AppliesTo.BOTH, f"Extra tip {n}")
        make_reframe(f"extra-reframe-{n}", AppliesTo.BOTH, f"extra blunt {n}")
        make_idea(f"extra-idea-{n}", AppliesTo.BOTH, 30 + n, title=f"Extra idea {n}")
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ALL_PAGES)
def test_it_keeps_queries_low_for_members_too(
    alice_client, django_assert_max_num_queries, content, url
):
    with django_assert_max_num_queries(8):
        assert alice_client.get(url).status_code == 200


@pytest.mark.parametrize("url", [INDEX, OFFER, PROMOTION, REASONS])
def test_it_escapes_html_written_in_content(client, url):
    make_reason("xss", AppliesTo.BOTH, "<script>alert(1)</script>", explanation="<b>bold</b>")
    make_tip("xss-tip", Step.REASONS, AppliesTo.BOTH, "Tip", body="<img src=x onerror=alert(2)>")
    make_reframe("xss-reframe", AppliesTo.BOTH, "<i>blunt</i>")
    make_idea("xss-idea", AppliesTo.BOTH, 30, title="<u>idea</u>")
    html = page(client, url)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for raw in ["<script>alert(1)", "<b>bold", "<img src=x", "<i>blunt", "<u>idea"]:
        assert raw not in html


@pytest.mark.parametrize("url", [*ALL_PAGES, f"{REASONS}?for=promotion"])
def test_it_serves_pages_without_content_and_without_empty_sections(client, url):
    html = page(client, url)
    for section_id in SECTION_IDS:
        assert f'id="{section_id}"' not in html
    assert 'id="signup-heading"' in html


# The index


def test_it_leads_from_the_index_to_both_guides_and_the_library(client, content):
    html = page(client, INDEX)
    assert 'href="/guide/job-offer/"' in html
    assert 'href="/guide/promotion/"' in html
    assert 'href="/guide/reasons/#reason-commute"' in html
    assert "Staying a subject expert" in html
    assert "See all 3 reasons" in html


def test_it_teases_only_the_first_reasons_on_the_index(client):
    for n in range(9):
        make_reason(f"reason-{n}", AppliesTo.BOTH, f"Reason number {n}", order=n)
    html = page(client, INDEX)
    assert "Reason number 5" in html
    assert "Reason number 6" not in html
    assert "See all 9 reasons" in html


# The offer and promotion guides


def test_it_builds_the_offer_guide_from_offer_and_shared_content(client, content):
    html = page(client, OFFER)
    assert "Call as soon as you decide" in html
    assert "List your real reasons" in html
    assert "Location and commute" in html
    assert "Work-life balance" in html
    assert "Ask how their business is going" in html
    for other in ["Book a proper meeting", "Staying a subject expert", "Show how you have grown"]:
        assert other not in html


def test_it_builds_the_promotion_guide_from_promotion_and_shared_content(client, content):
    html = page(client, PROMOTION)
    assert "Book a proper meeting" in html
    assert "List your real reasons" in html
    assert "Staying a subject expert" in html
    assert "Work-life balance" in html
    assert "Show how you have grown" in html
    for other in ["Call as soon as you decide", "Location and commute"]:
        assert other not in html


def test_it_groups_tips_under_their_step_in_the_builders_order(client, content):
    # Editors' order puts the email tip first; the guide still follows the builder's steps.
    make_tip("email-tip", Step.EMAIL, AppliesTo.BOTH, "Write it the same day", order=1)
    html = page(client, OFFER)
    reasons_at = html.index(">Know your reasons</h3>")
    call_at = html.index(">The call</h3>")
    email_at = html.index(">The follow-up email</h3>")
    assert reasons_at < html.index("List your real reasons") < call_at
    assert call_at < html.index("Call as soon as you decide") < email_at
    assert email_at < html.index("Write it the same day")


def test_it_names_the_conversation_step_for_the_situation(client, content):
    assert ">The call</h3>" in page(client, OFFER)
    assert ">The meeting</h3>" in page(client, PROMOTION)


def test_it_renders_tip_bodies_as_paragraphs(client, content):
    html = page(client, OFFER)
    assert "<p>Write them down first.</p>\n\n<p>Share only a few.</p>" in html


def test_it_shows_each_reason_with_its_first_phrasing_and_a_link_to_the_library(client, content):
    html = page(client, OFFER)
    assert "Why location and commute is a fair reason." in html
    assert "“First way to say commute.”" in html
    assert "Second way to say commute." not in html
    assert 'href="/guide/reasons/?for=offer#reason-commute"' in html


@pytest.mark.parametrize(
    ("url", "situation", "example"),
    [
        (OFFER, Situation.OFFER, "thank you for the offer from"),
        (PROMOTION, Situation.PROMOTION, "for thinking of me"),
    ],
)
def test_it_composes_the_example_script_on_the_sample_plan(
    client, content, url, situation, example
):
    sample = sample_plan(situation)
    script = figures(page(client, url))[0]
    assert example in script
    assert sample.contact_name in script
    assert "{" not in script
    assert "second call script" not in script.lower()
    assert "are example names" in script


def test_it_composes_the_example_script_with_the_organisation(client, content):
    script = figures(page(client, OFFER))[0]
    assert sample_plan(Situation.OFFER).organisation in script


def test_it_composes_the_follow_up_email_with_its_subject(client, content):
    sample = sample_plan(Situation.PROMOTION)
    email = figures(page(client, PROMOTION))[1]
    first_name = sample.contact_name.split()[0]
    assert f"Thank you, {first_name}" in email
    assert f"Dear {first_name}," in email
    assert "{" not in email


def test_it_leaves_out_sections_that_have_no_content(client):
    make_reason("commute", AppliesTo.OFFER, "Location and commute")
    html = page(client, OFFER)
    assert 'id="reasons-heading"' in html
    for section_id in ["steps-heading", "script-heading", "email-heading", "reconnect-heading"]:
        assert f'id="{section_id}"' not in html
        assert f'href="#{section_id}"' not in html


def test_it_shows_reconnect_ideas_with_their_timing_in_words(client, content):
    html = page(client, PROMOTION)
    assert "About 3 months after" in html
    assert "About 1 year after" in html
    assert html.index("Ask how their business is going") < html.index("Show how you have grown")


def test_it_shows_only_a_few_reconnect_ideas(client):
    for n in range(6):
        make_idea(f"idea-{n}", AppliesTo.BOTH, 30 + n, title=f"Idea number {n}", order=n)
    html = page(client, OFFER)
    assert "Idea number 3" in html
    assert "Idea number 4" not in html


# The reason library


def test_it_lists_every_published_reason_with_phrasings_and_anchors(client, content):
    html = page(client, REASONS)
    for slug in ["commute", "subject-expert", "work-life-balance"]:
        assert f'id="reason-{slug}"' in html
    assert "<li>First way to say commute.</li>" in html
    assert "<li>Second way to say commute.</li>" in html
    assert "Avoid saying" in html
    assert '<ul class="guide-avoid">' in html
    assert "<li>Blunt way to say commute.</li>" in html
    assert "Job offer and promotion" in html  # the situation badge


def test_it_lists_reframes_as_words_to_swap(client, content):
    html = page(client, REASONS)
    assert "Words to swap" in html
    assert "“the salary is too low”" in html
    assert "A kinder way than the salary is too low" in html
    assert "It speaks about you, not about them." in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        (
            "?for=offer",
            ["commute", "work-life-balance", "the salary is too low"],
            ["subject-expert", "managing people"],
        ),
        (
            "?for=promotion",
            ["subject-expert", "work-life-balance", "managing people"],
            ["commute", "the salary is too low"],
        ),
        ("?for=nonsense", ["commute", "subject-expert", "work-life-balance"], []),
        ("", ["commute", "subject-expert", "managing people", "the salary is too low"], []),
    ],
)
def test_it_filters_the_library_by_situation(client, content, query, shown, hidden):
    html = page(client, f"{REASONS}{query}")
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html


def test_it_marks_the_current_filter(client, content):
    html = page(client, f"{REASONS}?for=promotion")
    assert re.search(r'href="/guide/reasons/\?for=promotion" aria-current="page"', html)
    html = page(client, f"{REASONS}?for=nonsense")
    assert re.search(r'href="/guide/reasons/" aria-current="page"', html)


# The timing helper


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (1, "1 day"),
        (6, "6 days"),
        (7, "1 week"),
        (14, "2 weeks"),
        (21, "3 weeks"),
        (28, "4 weeks"),
        (30, "1 month"),
        (45, "6 weeks"),
        (60, "2 months"),
        (90, "3 months"),
        (180, "6 months"),
        (300, "10 months"),
        (365, "1 year"),
        (400, "1 year"),
        (540, "18 months"),
        (730, "2 years"),
        (800, "2 years"),
    ],
)
def test_it_puts_days_into_words(days, words):
    assert duration_in_words(days) == words


def test_an_idea_tied_to_an_event_is_timed_by_the_event(client):
    make_idea("summit", AppliesTo.BOTH, 180, tied_to_event=True, title="Meet at the summit")
    html = page(client, OFFER)
    assert "A week or two before an event you will both attend" in html
    assert "About 6 months after" not in html


def test_the_reasons_page_shows_reframes_in_its_own_language(client):
    make_reframe("pay-en", AppliesTo.BOTH, "the pay is a joke", "I am looking for more")
    make_reframe(
        "pay-nl", AppliesTo.BOTH, "het loon is belachelijk", "Ik zoek een hoger loon", language="nl"
    )

    english = client.get("/guide/reasons/").content.decode()
    dutch = client.get("/nl/guide/reasons/").content.decode()

    assert "the pay is a joke" in english and "het loon is belachelijk" not in english
    assert "het loon is belachelijk" in dutch and "the pay is a joke" not in dutch
    # French has none yet: the English ones, rather than an empty page.
    assert "the pay is a joke" in client.get("/fr/guide/reasons/").content.decode()
