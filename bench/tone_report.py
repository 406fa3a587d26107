"""How well does the tone check read members? Run from the repo root:
.venv/bin/python -m bench.tone_report [--language nl] [--min-recall 0.8] [--max-false-positives 0]

Runs `apps.reasons.tone.check_tone` with the published starter content of each language
on every sentence of that language's labelled corpus (tests/reasons/corpus/tone_en.yaml,
tone_nl.yaml, tone_fr.yaml; all three unless --language names one) and reports, for
the dev and holdout splits and for the whole corpus: recall per topic and overall, the
calm sentences it flagged (false positives, listed for dev only: holdout sentences are
only ever counted), precision, and how often a finding lands
on the words the corpus marks as blunt.

Self-contained: an in-memory SQLite database, migrated and seeded with the starter
content; no PostgreSQL, no network. It reports and exits 0; given a threshold, it exits
1 when the whole corpus of any language reported misses it (--split judges one split
instead).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    language: ROOT / "tests" / "reasons" / "corpus" / f"tone_{language}.yaml"
    for language in ("en", "nl", "fr")
}
CORPUS = CORPORA["en"]
SPLITS = ("dev", "holdout")
TONES = ("blunt", "calm")
SITUATIONS = ("offer", "promotion", "both")


# The corpus


@dataclass(frozen=True)
class Entry:
    """One labelled sentence; `blunt` holds the spans a good engine should flag."""

    text: str
    tone: str
    topic: str
    situation: str
    split: str
    blunt: tuple[str, ...] = ()

    @property
    def is_blunt(self) -> bool:
        return self.tone == "blunt"

    @property
    def checked_as(self) -> str:
        # A sentence that suits both situations is checked the way most members meet it.
        return "offer" if self.situation == "both" else self.situation

    def occurrences(self, span: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of a blunt span in the text."""
        found = []
        start = self.text.find(span) if span else -1
        while start != -1:
            found.append((start, start + len(span)))
            start = self.text.find(span, start + 1)
        return found


@dataclass(frozen=True)
class Corpus:
    topics: dict[str, str]  # Topics of blunt (and calm) sentences, with what each covers.
    calm_topics: dict[str, str]  # Topics only calm sentences use (thanks, closings).
    entries: tuple[Entry, ...]


def load_corpus(path: Path = CORPUS) -> Corpus:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = tuple(
        Entry(
            text=item["text"],
            tone=item["tone"],
            topic=item["topic"],
            situation=item["situation"],
            split=item["split"],
            blunt=tuple(item.get("blunt") or ()),
        )
        for item in data["sentences"]
    )
    return Corpus(
        topics=dict(data["topics"]),
        calm_topics=dict(data.get("calm_topics") or {}),
        entries=entries,
    )


# Measuring


class Flag(Protocol):
    """What the report needs of a finding: where it is in the text."""

    start: int
    end: int


type Check = Callable[[str, str], Sequence[Flag]]


@dataclass(frozen=True)
class Flagged:
    entry: Entry
    found: tuple[str, ...]  # The flagged text of each finding.


@dataclass
class TopicScore:
    blunt: int = 0
    flagged: int = 0
    calm: int = 0
    calm_flagged: int = 0

    @property
    def recall(self) -> float | None:
        return self.flagged / self.blunt if self.blunt else None


@dataclass
class SplitReport:
    """The scores of one split (or of the whole corpus)."""

    name: str
    topics: dict[str, TopicScore] = field(default_factory=dict)
    blunt: int = 0
    flagged: int = 0  # Blunt sentences with at least one finding.
    calm: int = 0
    false_positives: list[Flagged] = field(default_factory=list)
    missed: list[Entry] = field(default_factory=list)  # Blunt sentences with no finding.
    on_span: int = 0  # Blunt sentences where a finding overlaps a labelled span.
    spans: int = 0  # Labelled blunt spans.
    spans_hit: int = 0  # Labelled blunt spans that a finding overlaps.

    @property
    def recall(self) -> float | None:
        return self.flagged / self.blunt if self.blunt else None

    @property
    def precision(self) -> float | None:
        """Of the sentences flagged, the share that are blunt."""
        flagged = self.flagged + len(self.false_positives)
        return self.flagged / flagged if flagged else None


@dataclass(frozen=True)
class Report:
    splits: dict[str, SplitReport]  # "dev", "holdout", then "all".

    @property
    def all(self) -> SplitReport:
        return self.splits["all"]


def _overlaps(flags: Iterable[Flag], start: int, end: int) -> bool:
    return any(flag.start < end and start < flag.end for flag in flags)


def _add(split: SplitReport, entry: Entry, flags: Sequence[Flag]) -> None:
    score = split.topics.setdefault(entry.topic, TopicScore())
    if entry.is_blunt:
        split.blunt += 1
        split.flagged += bool(flags)
        if not flags:
            split.missed.append(entry)
        score.blunt += 1
        score.flagged += bool(flags)
        hits = [
            any(_overlaps(flags, start, end) for start, end in entry.occurrences(span))
            for span in entry.blunt
        ]
        split.spans += len(hits)
        split.spans_hit += sum(hits)
        split.on_span += any(hits)
    else:
        split.calm += 1
        score.calm += 1
        score.calm_flagged += bool(flags)
        if flags:
            found = tuple(entry.text[flag.start : flag.end] for flag in flags)
            split.false_positives.append(Flagged(entry, found))


def measure(corpus: Corpus | Iterable[Entry], check: Check) -> Report:
    """Run `check(text, situation)` on every sentence and score it per split and overall."""
    entries = corpus.entries if isinstance(corpus, Corpus) else tuple(corpus)
    splits = {name: SplitReport(name) for name in (*SPLITS, "all")}
    for entry in entries:
        flags = check(entry.text, entry.checked_as)
        _add(splits[entry.split], entry, flags)
        _add(splits["all"], entry, flags)
    return Report(splits=splits)


# Printing


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({_percent(part / whole if whole else None)})"


def format_split(
    split: SplitReport, topic_order: Iterable[str], *, show_misses: bool = False
) -> list[str]:
    title = "whole corpus" if split.name == "all" else f"{split.name} split"
    lines = [
        f"-- {title} --",
        f"{'topic':24} {'blunt':>6} {'flagged':>8} {'recall':>7} {'calm':>6} {'flagged':>8}",
    ]
    for topic in topic_order:
        score = split.topics.get(topic)
        if score is None:
            continue
        lines.append(
            f"{topic:24} {score.blunt:>6} {score.flagged:>8} {_percent(score.recall):>7} "
            f"{score.calm:>6} {score.calm_flagged:>8}"
        )
    lines += [
        f"{'overall':24} {split.blunt:>6} {split.flagged:>8} {_percent(split.recall):>7} "
        f"{split.calm:>6} {len(split.false_positives):>8}",
        f"recall:    {_share(split.flagged, split.blunt)} blunt sentences flagged",
        f"precision: {_percent(split.precision)} (of the flagged sentences, the share that "
        "are blunt)",
        f"findings on the labelled words: {_share(split.on_span, split.blunt)} blunt "
        f"sentences; {_share(split.on_span, split.flagged)} of those flagged; "
        f"{_share(split.spans_hit, split.spans)} labelled spans hit",
        f"false positives (calm sentences flagged): {len(split.false_positives)} of {split.calm}",
    ]
    # Holdout sentences are never shown, only counted: reading them would tune the engine
    # to them, and then the holdout would no longer measure sentences never seen.
    for flagged in split.false_positives:
        if flagged.entry.split == "dev":
            found = ", ".join(f'"{text}"' for text in flagged.found)
            lines.append(f'  [{flagged.entry.topic}] "{flagged.entry.text}" -> {found}')
    if show_misses:
        lines += ["dev blunt sentences missed:"] + [
            f'  [{entry.topic}] "{entry.text}"' for entry in split.missed if entry.split == "dev"
        ]
    return lines


def format_report(report: Report, corpus: Corpus, *, show_misses: bool = False) -> str:
    order = [*corpus.topics, *corpus.calm_topics]
    order += sorted({entry.topic for entry in corpus.entries} - set(order))
    lines = []
    for name in (*SPLITS, "all"):
        shown = show_misses and name == "dev"
        lines += ["", *format_split(report.splits[name], order, show_misses=shown)]
    return "\n".join(lines)


def missed_thresholds(
    split: SplitReport, *, min_recall: float | None, max_false_positives: int | None
) -> list[str]:
    """What the split misses of the thresholds given (none given: nothing to miss)."""
    failures = []
    if min_recall is not None and (split.recall or 0.0) < min_recall:
        failures.append(f"recall {_percent(split.recall)} is below {min_recall:.1%}")
    if max_false_positives is not None and len(split.false_positives) > max_false_positives:
        failures.append(
            f"{len(split.false_positives)} false positives is more than {max_false_positives}"
        )
    return failures


# Running against the real engine


def set_up_django() -> None:
    """An in-memory database with the starter content, so the report needs nothing else."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["DEBUG"] = "true"
    os.environ["DATABASE_URL"] = "sqlite://:memory:"
    os.environ["REDIS_URL"] = ""
    os.environ.pop("PYTEST_VERSION", None)

    import django

    django.setup()
    from django.core.management import call_command

    from apps.content.seeding import seed_starter_content

    call_command("migrate", verbosity=0, interactive=False)
    seed_starter_content()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--language",
        choices=(*CORPORA, "all"),
        default="all",
        help="the language whose corpus to measure (default: all three, one after the other)",
    )
    parser.add_argument(
        "--corpus", type=Path, help="another corpus file (only with one --language)"
    )
    parser.add_argument("--min-recall", type=float, help="exit 1 below this recall (0-1)")
    parser.add_argument(
        "--max-false-positives", type=int, help="exit 1 above this many flagged calm sentences"
    )
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="the split the thresholds judge (default: the whole corpus)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the dev blunt sentences missed (holdout ones are only ever counted)",
    )
    args = parser.parse_args(argv)
    languages = list(CORPORA) if args.language == "all" else [args.language]
    if args.corpus is not None and len(languages) > 1:
        parser.error("--corpus needs one --language")

    set_up_django()
    failed = False
    for number, language in enumerate(languages):
        if number:
            print()
        failed |= report_language(language, args.corpus or CORPORA[language], args)
    return 1 if failed else 0


def report_language(language: str, path: Path, args: argparse.Namespace) -> bool:
    """Print the report of one language's corpus; whether it misses the thresholds."""
    from apps.reasons.models import Reframe, ToneCue
    from apps.reasons.tone import check_tone

    corpus = load_corpus(path)

    def check(text: str, situation: str) -> Sequence[Flag]:
        return check_tone(text, situation, language=language)

    report = measure(corpus, check)

    reframes = list(Reframe.objects.published().filter(language=language))
    wordings = sum(len(reframe.wordings) for reframe in reframes)
    cues = list(ToneCue.objects.published().filter(language=language))
    cue_wordings = sum(len(cue.word_list) for cue in cues)
    blunt = [entry for entry in corpus.entries if entry.is_blunt]
    shown = path.resolve()
    shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown
    print(f"== Tone check ({language}) on the labelled corpus ({shown}) ==")
    print(
        f"engine: apps.reasons.tone.check_tone(language={language!r}) with {len(cues)} "
        f"published starter cue rows ({cue_wordings} wordings) and {len(reframes)} "
        f"reframes ({wordings} wordings); 'both' sentences are checked as offer"
    )
    print(
        f"corpus: {len(blunt)} blunt, {len(corpus.entries) - len(blunt)} calm; "
        + "; ".join(
            f"{name} {report.splits[name].blunt} blunt / {report.splits[name].calm} calm"
            for name in SPLITS
        )
    )
    print(format_report(report, corpus, show_misses=args.misses))

    failures = missed_thresholds(
        report.splits[args.split],
        min_recall=args.min_recall,
        max_false_positives=args.max_false_positives,
    )
    if failures:
        print(f"\nFAIL ({language}, {args.split}): " + "; ".join(failures))
    return bool(failures)


if __name__ == "__main__":
    sys.exit(main())
