"""The sender's anchor: a plain smtplib loop sending already-built messages.

Run by bench/reminders.py as its own process, as the senders are: one SMTP connection,
`--count` messages (the same bytes, a different recipient each), to the same sink. What
the senders add on top of this (reading reminders, rendering, building MIME, marking
them sent) is what the ratio to it measures.
"""

from __future__ import annotations

import argparse
import json
import smtplib
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--message", type=Path, required=True)
    args = parser.parse_args()
    message = args.message.read_bytes()
    began = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", args.port) as smtp:
        for number in range(args.count):
            smtp.sendmail("ajar@bench.example", [f"member{number:05d}@bench.example"], message)
    seconds = time.perf_counter() - began
    print(json.dumps({"messages": args.count, "seconds": seconds}))


if __name__ == "__main__":
    main()
