"""Send due reminder emails: a long-running loop, or one round with --once (for cron)."""

from __future__ import annotations

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from apps.reminders.services import reminders_send_due

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Command(BaseCommand):
    help = (
        "Email reminders that are due. Runs until stopped (SIGTERM/SIGINT), or once with "
        "--once; either way a stop lets the email in flight finish, then exits."
    )

    def __init__(self, *args, stopping: threading.Event | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Set by SIGTERM or SIGINT. The sender reads it before each member's email and
        # the loop waits on it between rounds, so whoever holds it (a test, with its
        # own) decides when the next round runs.
        self.stopping = stopping or threading.Event()

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="Send one round, then exit.")
        parser.add_argument(
            "--interval", type=float, default=60.0, help="Seconds to sleep between rounds."
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=200,
            help="Members read per query; each is claimed and committed on their own.",
        )

    def handle(self, *args, once: bool, interval: float, batch_size: int, **options) -> None:
        previous = self.catch_stop_signals()
        try:
            if once:
                self.send_round(batch_size, quiet=False)
            else:
                while not self.stopping.is_set():
                    self.send_round(batch_size, quiet=True)
                    if self.stopping.wait(interval):
                        break
        finally:
            # Called in-process (call_command), the caller keeps its own handlers.
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        if not once or self.stopping.is_set():
            self.stdout.write("reminders: stopped")

    def catch_stop_signals(self) -> dict:
        """SIGTERM (a deploy, docker stop) and SIGINT (Ctrl-C) ask for a clean stop
        instead of killing the process between the server's "accepted" and the commit
        that records it. Only the main thread may set handlers."""
        if threading.current_thread() is not threading.main_thread():
            return {}
        return {
            signum: signal.signal(signum, lambda *_: self.stopping.set()) for signum in STOP_SIGNALS
        }

    def send_round(self, batch_size: int, *, quiet: bool) -> None:
        """One round; in the loop, a round with nothing to report prints nothing."""
        close_old_connections()
        report = reminders_send_due(batch_size=batch_size, stopping=self.stopping)
        if report.sent or report.failed or report.skipped or not quiet:
            self.stdout.write(
                f"reminders: {report.sent} sent in {report.emails} emails, "
                f"{report.failed} to retry, {report.skipped} without email"
            )
