"""Send due reminder emails: a long-running loop, or one round with --once (for cron)."""

from __future__ import annotations

import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from apps.reminders.services import reminders_send_due


class Command(BaseCommand):
    help = "Email reminders that are due. Runs until stopped (SIGTERM/SIGINT), or once with --once."

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
        stopping = threading.Event()
        if not once:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stopping.set())
        while True:
            close_old_connections()
            report = reminders_send_due(batch_size=batch_size)
            if report.sent or report.failed or report.skipped or once:
                self.stdout.write(
                    f"reminders: {report.sent} sent in {report.emails} emails, "
                    f"{report.failed} to retry, {report.skipped} without email"
                )
            if once or stopping.wait(interval):
                break
        if not once:
            self.stdout.write("reminders: stopped")
