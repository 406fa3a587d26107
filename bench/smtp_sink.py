"""A local SMTP server that accepts every message and remembers what it needs to count.

Used by bench/reminders.py and tests/performance/test_scale_out.py. It listens on
127.0.0.1 only, in a thread of the calling process (aiosmtpd's Controller).
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections import Counter
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller

# The token of a signed reminder link in an email body (apps.reminders.services.EmailLinks).
ACTION_TOKEN = re.compile(r"/reminders/action/\?t=([^\s]+)")


class SmtpSink:
    """Keeps every message as it arrived; reading them waits until the senders are done,
    so that the sink answers as quickly as a real mail server's queue would."""

    def __init__(self, delay: float = 0.0) -> None:
        self.lock = threading.Lock()
        self.received: list[tuple[list[str], bytes]] = []
        # Seconds each message takes, as with a distant server: widens races in tests.
        self.delay = delay

    def reset(self) -> None:
        with self.lock:
            self.received.clear()

    @property
    def messages(self) -> int:
        return len(self.received)

    def recipients(self) -> Counter[str]:
        return Counter(address for to, _content in self.received for address in to)

    def bodies(self) -> list[str]:
        return [
            message_from_bytes(content, policy=policy.default)
            .get_body(preferencelist=("plain",))
            .get_content()
            for _to, content in self.received
        ]

    def tokens(self) -> list[str]:
        """Every signed action token in every email (apps.reminders.services.EmailLinks)."""
        return [token for body in self.bodies() for token in ACTION_TOKEN.findall(body)]

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


class SmtpSinkServer:
    """with SmtpSinkServer(port) as sink: ... (sink is an SmtpSink)"""

    def __init__(self, port: int, *, delay: float = 0.0) -> None:
        self.sink = SmtpSink(delay)
        self.port = port
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self.sink

    def __exit__(self, *exc_info) -> None:
        self.controller.stop()
