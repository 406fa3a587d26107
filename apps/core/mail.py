"""A console email backend people can read: links stay whole and clickable.

Django's console backend prints the raw MIME message, where quoted-printable
encoding breaks long links across lines (`confirm-emai=`). In development the
confirmation link is copied from the terminal, so print the decoded text.
"""

from __future__ import annotations

from django.core.mail.backends.console import EmailBackend as DjangoConsoleBackend


class ReadableConsoleBackend(DjangoConsoleBackend):
    def write_message(self, message) -> None:
        self.stream.write(f"Subject: {message.subject}\n")
        self.stream.write(f"From: {message.from_email}\n")
        self.stream.write(f"To: {', '.join(message.to)}\n\n")
        self.stream.write(f"{message.body}\n")
        self.stream.write("-" * 79 + "\n")
