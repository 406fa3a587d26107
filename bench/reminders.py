"""Reminder dispatch: 100,000 due reminders across 20,000 members, one sender, then two.

Run from the repo root: .venv/bin/python -m bench.reminders

`manage.py sendreminders --once` runs as its own process with the production settings
against a fresh ajar_bench PostgreSQL database, mailing a local SMTP sink (aiosmtpd on
127.0.0.1). The same reminders are sent by one sender, then, put back as due, by two
senders side by side. After each run every reminder must be SENT, every member must
have received exactly one email, and every reminder's three signed links (done, snooze
a week, snooze a month) must appear exactly once across all emails.
Goal: all sent within 60 s, two senders >= 1.7x one, memory flat.

The anchor, in the same run: bench/smtp_anchor.py, a plain smtplib loop in its own
process sending one already-built reminder email (a real one, member 0's) once per
member to the same sink over one connection. One sender's emails/s over the anchor's
is the ratio issue 17 asks to bring to 0.5.
"""

from __future__ import annotations

import argparse
import email.policy
import os
import subprocess
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

from bench.common import (
    PYTHON,
    ROOT,
    SMTP_PORTS,
    free_port,
    machine,
    production_env,
    recreate_database,
    use_production_settings,
)
from bench.smtp_sink import SmtpSink, SmtpSinkServer

MEMBERS = 20_000
PER_MEMBER = 5
TIME_GOAL_S = 60.0
SCALING_GOAL = 1.7
ANCHOR_GOAL = 0.5
BATCH_SIZE = 200
# Flat: the peak within this much of the resident size a quarter of the way in.
MEMORY_GROWTH_MIB = 16


@dataclass
class Sender:
    process: subprocess.Popen
    output: Path
    rss_kib: list[int] = field(default_factory=list)  # sampled every SAMPLE_EVERY seconds
    peak_kib: int = 0  # VmHWM: the most it ever held resident
    cpu_s: float = 0.0


@dataclass(frozen=True)
class Round:
    senders: int
    seconds: float
    steady_mib: list[float]  # resident memory a quarter of the way through the run
    peaks_mib: list[float]
    sender_cpu_s: float
    sink_cpu_s: float
    outputs: list[str]


SAMPLE_EVERY = 0.2


def copy_rows(model, objects) -> None:
    """Insert model instances with PostgreSQL's COPY: far quicker than INSERTs for 100,000."""
    from django.db import connection

    fields = model._meta.concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
    ):
        for instance in objects:
            copy.write_row([f.pre_save(instance, add=True) for f in fields])


def seed(members: int, per_member: int) -> None:
    """Members with one plan each and per_member reminders due yesterday, interleaved."""
    from apps.accounts.models import User
    from apps.content.models import Situation
    from apps.plans.models import DeclinePlan
    from apps.reminders.models import Reminder

    users = User.objects.bulk_create(
        [
            User(email=f"member{n:05d}@bench.example", password="!", display_name=f"Member {n}")
            for n in range(members)
        ],
        batch_size=5_000,
    )
    plans = DeclinePlan.objects.bulk_create(
        [
            DeclinePlan(
                owner=user,
                situation=Situation.OFFER,
                organisation=f"Organisation {n}",
                role="Senior Data Analyst",
                contact_name="Claire Dubois",
                contact_role="Head of Talent",
                contact_email="claire@northwind.example",
            )
            for n, user in enumerate(users)
        ],
        batch_size=5_000,
    )
    yesterday = date.today() - timedelta(days=1)

    def reminders():
        for index in range(members * per_member):
            plan = plans[index % members]  # due times interleave the members
            reminder = Reminder(
                plan=plan,
                title=f"Reconnect [r{index:06d}]",
                opener="How is the new warehouse coming along?",
            )
            minute = index // members
            reminder.schedule(yesterday, clock_time(8, minute % 60), "Europe/Brussels")
            yield reminder

    copy_rows(Reminder, reminders())
    vacuum()


def vacuum() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def put_back_as_due() -> None:
    from django.db.models import F

    from apps.reminders.models import Reminder

    Reminder.objects.update(
        status=Reminder.Status.SCHEDULED,
        sent_at=None,
        attempts=0,
        next_attempt_at=F("due_at"),
        last_error="",
    )
    vacuum()


def memory_kib(pid: int) -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of a running process. Not getrusage's ru_maxrss: for a child that
    counts the bench's own memory, copied by fork() before the child became Python."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    try:
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])
    except (KeyError, ValueError):
        return None


def run_senders(count: int, smtp_port: int, workdir: Path) -> Round:
    env = production_env(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port), EMAIL_USE_TLS="false")
    senders = []
    own_cpu = time.process_time()  # the sink runs in this process
    began = time.perf_counter()
    for number in range(count):
        output = workdir / f"sender-{count}-{number}.txt"
        with output.open("w") as out:
            process = subprocess.Popen(
                [PYTHON, "manage.py", "sendreminders", "--once", "--batch-size", str(BATCH_SIZE)],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        senders.append(Sender(process, output))
    done = threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_EVERY):
            for sender in senders:
                memory = memory_kib(sender.process.pid)
                if memory and sender.process.returncode is None:
                    sender.rss_kib.append(memory[0])
                    sender.peak_kib = max(sender.peak_kib, memory[1])

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    for sender in senders:
        _pid, status, usage = os.wait4(sender.process.pid, 0)
        sender.process.returncode = os.waitstatus_to_exitcode(status)
        sender.cpu_s = usage.ru_utime + usage.ru_stime
    seconds = time.perf_counter() - began
    done.set()
    sampler.join()
    for sender in senders:
        if sender.process.returncode != 0:
            raise SystemExit(f"a sender failed:\n{sender.output.read_text()}")
    return Round(
        senders=count,
        seconds=seconds,
        steady_mib=[
            (sender.rss_kib[len(sender.rss_kib) // 4] if sender.rss_kib else 0) / 1024
            for sender in senders
        ],
        peaks_mib=[sender.peak_kib / 1024 for sender in senders],
        sender_cpu_s=sum(sender.cpu_s for sender in senders),
        sink_cpu_s=time.process_time() - own_cpu,
        outputs=[sender.output.read_text().strip() for sender in senders],
    )


def verify(sink: SmtpSink, members: int, reminders: int) -> list[str]:
    """What went wrong, if anything: statuses, one email per member, every link once."""
    from django.db.models import Count

    from apps.reminders.models import Reminder
    from apps.reminders.services import read_action_token

    problems = []
    statuses = dict(Reminder.objects.values_list("status").annotate(n=Count("pk")))
    if statuses != {Reminder.Status.SENT: reminders}:
        problems.append(f"statuses after the run: {statuses}")
    recipients = sink.recipients()
    if sink.messages != members or len(recipients) != members:
        problems.append(f"{sink.messages} emails to {len(recipients)} members, not {members}")
    repeated = sum(1 for n in recipients.values() if n != 1)
    if repeated:
        problems.append(f"{repeated} members got more than one email")
    links = Counter(read_action_token(token) for token in sink.tokens())
    if None in links:
        problems.append(f"{links.pop(None)} links did not verify")
    per_reminder = Counter(reminder_id for reminder_id, _action in links)
    if len(per_reminder) != reminders or set(links.values()) != {1}:
        problems.append(
            f"{len(per_reminder)} reminders linked, not {reminders}; "
            f"{sum(1 for n in links.values() if n > 1)} links repeated"
        )
    if set(per_reminder.values()) != {3}:
        problems.append("some reminders lack one of their three links")
    return problems


def built_message(workdir: Path) -> Path:
    """Member 0's reminder email as the sender would send it, as bytes on disk."""
    from apps.accounts.models import User
    from apps.reminders.models import Reminder
    from apps.reminders.services import reminder_email

    member = User.objects.order_by("pk").first()
    reminders = list(Reminder.objects.filter(plan__owner=member).select_related("plan"))
    path = workdir / "anchor-message.eml"
    # As Django's SMTP backend puts it on the wire (the SMTP policy: CRLF line ends).
    message = reminder_email(member, reminders).message(policy=email.policy.SMTP)
    path.write_bytes(message.as_bytes())
    return path


def run_anchor(count: int, smtp_port: int, message: Path) -> float:
    """Seconds the plain smtplib loop takes for `count` messages, from starting its
    process to its end, as the senders are timed."""
    began = time.perf_counter()
    result = subprocess.run(
        [
            PYTHON,
            "-m",
            "bench.smtp_anchor",
            "--port",
            str(smtp_port),
            "--count",
            str(count),
            "--message",
            str(message),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"the anchor failed:\n{result.stderr}")
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=MEMBERS)
    parser.add_argument("--per-member", type=int, default=PER_MEMBER)
    args = parser.parse_args()
    total = args.members * args.per_member

    use_production_settings()
    recreate_database()
    import django

    django.setup()
    began = time.perf_counter()
    seed(args.members, args.per_member)
    setup_seconds = time.perf_counter() - began

    workdir = Path(tempfile.mkdtemp(prefix="ajar-bench-"))
    message = built_message(workdir)
    port = free_port(SMTP_PORTS)
    rounds = []
    failures = []
    with SmtpSinkServer(port) as sink:
        anchor_seconds = run_anchor(args.members, port, message)
        if sink.messages != args.members:
            raise SystemExit(f"the anchor's sink got {sink.messages} of {args.members}")
        sink.reset()
        for count in (1, 2):
            if count > 1:
                put_back_as_due()
                sink.reset()
            rounds.append(run_senders(count, port, workdir))
            problems = verify(sink, args.members, total)
            failures += [f"{count} sender(s): {problem}" for problem in problems]

    one, two = rounds
    print("== Reminder dispatch (sendreminders --once, PostgreSQL, aiosmtpd sink) ==")
    print(machine())
    print(
        f"{total:,} due reminders across {args.members:,} members "
        f"(set up with bulk_create + COPY in {setup_seconds:.1f} s); batch size {BATCH_SIZE}"
    )
    for run in rounds:
        memory = ", ".join(
            f"{steady:.0f} -> {peak:.0f} MiB"
            for steady, peak in zip(run.steady_mib, run.peaks_mib, strict=True)
        )
        print(
            f"{run.senders} sender(s): {run.seconds:6.1f} s, "
            f"{total / run.seconds:7.0f} reminders/s; RSS at 25% of the run -> peak: {memory}"
        )
        print(
            f"    CPU: senders {run.sender_cpu_s:.0f} s, SMTP sink {run.sink_cpu_s:.0f} s "
            f"(= {(run.sender_cpu_s + run.sink_cpu_s) / run.seconds:.2f} of "
            f"{os.cpu_count()} cores, PostgreSQL not counted)"
        )
        for output in run.outputs:
            print(f"    {output.splitlines()[-1] if output else '(no output)'}")
    speedup = one.seconds / two.seconds
    print(f"two senders / one sender: {speedup:.2f}x")
    anchor_rate = args.members / anchor_seconds
    sender_rate = args.members / one.seconds
    anchor_ratio = sender_rate / anchor_rate
    print(
        f"anchor (plain smtplib, {args.members:,} built messages, one connection): "
        f"{anchor_seconds:.1f} s, {anchor_rate:.0f} emails/s; one sender {sender_rate:.0f} "
        f"emails/s = {anchor_ratio:.2f} of the anchor (goal >= {ANCHOR_GOAL})"
    )
    print(
        "exactly once:",
        "; ".join(failures) or "yes (all SENT, one email per member, every link once)",
    )
    if one.seconds > TIME_GOAL_S:
        failures.append(f"one sender took {one.seconds:.0f} s > {TIME_GOAL_S:.0f} s")
    if speedup < SCALING_GOAL:
        failures.append(f"two senders {speedup:.2f}x < {SCALING_GOAL}x")
    if anchor_ratio < ANCHOR_GOAL:
        failures.append(f"one sender at {anchor_ratio:.2f} of the anchor < {ANCHOR_GOAL}")
    growth = max(
        peak - steady
        for run in rounds
        for steady, peak in zip(run.steady_mib, run.peaks_mib, strict=True)
    )
    if growth > MEMORY_GROWTH_MIB:
        failures.append(f"memory grew {growth:.0f} MiB during a run")
    print(
        "goals (<= 60 s, two senders >= 1.7x, >= 0.5 of the anchor, memory flat, exactly once):",
        "; ".join(failures) or "met",
    )


if __name__ == "__main__":
    main()
