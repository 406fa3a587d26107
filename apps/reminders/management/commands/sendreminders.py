"""Send due reminder emails: a long-running loop, or one round with --once (for cron)."""

from __future__ import annotations

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from apps.reminders.services import reminders_send_due


class Command(BaseCommand):
    help = "Email reminders that are due. Runs until stopped (SIGTERM/SIGINT), or once with --once."

    def __init__(self, *args, stopping: threading.Event | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Set by SIGTERM or SIGINT. The loop waits on it between rounds, so whoever
        # holds it (a test, with its own) decides when the next round runs.
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
            help="Members claimed per transaction, each with all their due reminders.",
        )

    def handle(self, *args, once: bool, interval: float, batch_size: int, **options) -> None:
        if once:
            self.send_round(batch_size, quiet=False)
            return
        previous = {
            signum: signal.signal(signum, lambda *_: self.stopping.set())
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            while True:
                self.send_round(batch_size, quiet=True)
                if self.stopping.wait(interval):
                    break
        finally:
            # Called in-process (call_command), the caller keeps its own handlers.
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        self.stdout.write("reminders: stopped")

    def send_round(self, batch_size: int, *, quiet: bool) -> None:
        """One round; in the loop, a round with nothing to report prints nothing."""
        close_old_connections()
        report = reminders_send_due(batch_size=batch_size)
        if report.sent or report.failed or report.skipped or not quiet:
            self.stdout.write(
                f"reminders: {report.sent} sent in {report.emails} emails, "
                f"{report.failed} to retry, {report.skipped} without email"
            )
