from __future__ import annotations

import io

from django.core.mail import EmailMessage

from apps.core.mail import ReadableConsoleBackend


def test_it_prints_long_links_whole_for_people_to_copy():
    link = "http://127.0.0.1:8000/accounts/confirm-email/MQ:1xUxuJ:" + "d7BhAP-6cq0E" * 6 + "/"
    stream = io.StringIO()
    message = EmailMessage(
        subject="Please confirm", body=f"Hello · go to {link}", to=["noor@example.com"]
    )
    ReadableConsoleBackend(stream=stream).send_messages([message])
    printed = stream.getvalue()
    assert link in printed
    assert "To: noor@example.com" in printed
    assert "Hello · go to" in printed
