"""What does an over-long text cost? Run from the repo root: .venv/bin/python -m bench.long_text

Issue 13 found 1 MB of text accepted by the live tone check, answered after 17 s with
48 MB of HTML. Now every free text is bounded (apps.plans.forms.MAX_TEXT): this posts,
through Django's test client against an in-memory SQLite database seeded with the
starter content, a text at the limit and one of 1 MB to the live tone check and to a
builder step's save, and reports the time and size of each answer and the ratio of the
1 MB case to the one at the limit (the comparison, on a shared and noisy machine).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 7
MEGABYTE = 1_000_000


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    os.environ["DATABASE_URL"] = "sqlite://:memory:"
    import django

    django.setup()
    from django.core.management import call_command

    from apps.content.seeding import seed_starter_content

    call_command("migrate", verbosity=0, interactive=False)
    seed_starter_content()


def timed(post) -> tuple[float, int, int]:
    """Median seconds over RUNS posts, the status and the size of the answer."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = post()
        times.append(time.perf_counter() - started)
    return statistics.median(times), response.status_code, len(response.content)


def main() -> int:
    setup()
    from django.test import Client

    from apps.accounts.models import User
    from apps.plans.forms import MAX_TEXT
    from apps.plans.models import DeclinePlan

    member = User.objects.create_user(email="bench@example.com", password="bench-only")
    plan = DeclinePlan.objects.create(owner=member, situation="offer", organisation="Bench")
    client = Client(SERVER_NAME="localhost")
    client.force_login(member)
    sentence = "Honestly the salary is way too low and the commute is a joke!!! "
    at_limit = (sentence * (MAX_TEXT // len(sentence) + 1))[:MAX_TEXT]
    huge = (sentence * (MEGABYTE // len(sentence) + 1))[:MEGABYTE]

    def live(text: str):
        return lambda: client.post(
            f"/plans/{plan.pk}/tone-check/",
            {"stay_in_touch": text},
            HTTP_HX_REQUEST="true",
            HTTP_HX_TRIGGER_NAME="stay_in_touch",
        )

    def save(text: str):
        return lambda: client.post(
            f"/plans/{plan.pk}/door-open/", {"action": "save", "stay_in_touch": text}
        )

    print(f"== Over-long text ({RUNS} runs each, median; limit {MAX_TEXT:,} characters) ==")
    for label, make in [("live tone check", live), ("door-open save", save)]:
        limit_s, limit_status, limit_size = timed(make(at_limit))
        huge_s, huge_status, huge_size = timed(make(huge))
        print(
            f"{label:16} at the limit: {limit_s * 1000:7.1f} ms, {limit_status}, "
            f"{limit_size:,} bytes | 1 MB: {huge_s * 1000:7.1f} ms, {huge_status}, "
            f"{huge_size:,} bytes | 1 MB / limit: {huge_s / limit_s:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
