"""How fast is the tone check? Run from the repo root: .venv/bin/python bench/tone_check.py

Checks a ~2,000-character reason against 200 synthetic reframes (no database) and
reports the cost per check next to a naive baseline timed on the same machine, so
numbers taken on a noisy shared machine can still be compared. Then the worst case: the
longest text the check accepts (MAX_CHECKED_CHARS) against the starter tone cues and
topics, all blunt and shouted, all calm, and all made-up words (the typo path).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Run as a script, Python puts bench/ on the path, not the project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "true")

import django

django.setup()

from apps.reasons import tone  # noqa: E402
from apps.reasons.models import Reframe, ToneCue, ToneTopic  # noqa: E402
from apps.reasons.starter.tone import CUES, TOPICS  # noqa: E402

REFRAMES = 200
RUNS = 500
VOCABULARY = (
    "salary pay low too boss manager hate boring money stress commute far away "
    "family sick tired bad terrible awful cannot can't won't never want don't like "
    "culture hours late weekend travel office role people manage promotion title growth"
)
FILLER = (
    "Thank you for the offer and for the time your team gave me during the interviews. "
    "After a lot of thought I have decided not to accept the role at this point. "
    "I enjoyed meeting everyone and I hope we can stay in touch in the coming years. "
)


def synthetic_reframes(rng: random.Random) -> list[Reframe]:
    words = VOCABULARY.split()

    def wording() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))

    return [
        Reframe(
            id=i,
            blunt=wording(),
            variants="\n".join(wording() for _ in range(rng.randint(0, 4))),
            alternative=f"Professional alternative {i}.",
            why="It says what you want rather than what is wrong.",
        )
        for i in range(REFRAMES)
    ]


def realistic_text(rng: random.Random, reframes: list[Reframe]) -> str:
    """Mostly courteous filler, with a blunt wording (in varied case) now and then."""
    filler = FILLER.split()
    sentences = []
    while sum(map(len, sentences)) < 2_000:
        words = [rng.choice(filler) for _ in range(rng.randint(8, 16))]
        if rng.random() < 0.35:
            blunt = rng.choice(reframes).wordings[0]
            words.insert(rng.randrange(len(words)), blunt.upper() if rng.random() < 0.3 else blunt)
        sentences.append(" ".join(words).capitalize() + ".")
    return "\n".join(sentences)[:2_000]


def timings_ms(check: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        check()
        times.append((time.perf_counter() - began) * 1_000)
    return times


def main() -> None:
    rng = random.Random(2025)  # Fixed, so every run checks the same text.
    reframes = synthetic_reframes(rng)
    text = realistic_text(rng, reframes)
    wordings = [w.lower() for r in reframes for w in r.wordings if w]

    def check() -> object:
        return tone.check_tone(text, "offer", reframes=reframes, patterns=tone.NO_PATTERNS)

    def unit() -> object:
        return text.lower().find("salary is too low")

    def baseline() -> object:
        # The naive check: lower the text, look for every wording as a substring.
        lowered = text.lower()
        return [lowered.find(wording) for wording in wordings]

    tone._compiled.cache_clear()
    cold = timings_ms(check, 1)[0]
    findings = check()
    warm = timings_ms(check, RUNS)
    naive = timings_ms(baseline, RUNS)
    single = timings_ms(unit, RUNS)

    p95 = statistics.quantiles(warm, n=20)[-1]
    median = statistics.median(warm)
    naive_median = statistics.median(naive)
    print(f"cores (os.cpu_count):  {os.cpu_count()}")
    print(f"text:                  {len(text)} characters, {len(findings)} findings")
    print(f"reframes:              {len(reframes)} ({len(wordings)} wordings)")
    print(f"cold check (compile):  {cold:.2f} ms")
    print(f"warm check, median:    {median:.3f} ms over {RUNS} runs")
    print(f"warm check, p95:       {p95:.3f} ms")
    print(f"naive baseline median: {naive_median:.3f} ms (text.lower() + str.find per wording)")
    print(f"check / baseline:      {median / naive_median:.1f}x")
    single_median = statistics.median(single)
    print(f"one lower+find median: {single_median * 1_000:.1f} us (text.lower() + one str.find)")
    print(f"check / one find:      {median / single_median:.0f}x")

    worst_case()


def worst_case() -> None:
    """The longest accepted text against the starter patterns, in the shapes that cost
    the most: every sentence blunt (findings to build), every sentence calm (every word
    tried against every cue, gap and calm phrase, nothing found early), and made-up words
    (each one looked up as a possible typo, the typo cache cleared before every run)."""
    patterns = tone.compile_patterns(
        [ToneCue(**item) for item in CUES], [ToneTopic(**item) for item in TOPICS]
    )
    rng = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyz"
    made_up = " ".join(
        "".join(rng.choice(letters) for _ in range(rng.randint(5, 12))) for _ in range(900)
    )
    shapes = {
        "all blunt": "Honestly your process was a TOTAL joke and the pay is way too low!!! ",
        "all calm": (
            "I am not sure the timing works, and I would not want to let the team down, "
            "so after a lot of thought I have decided to stay where I am for now. "
        ),
        "made-up words": made_up + ". ",
    }
    print(f"cues and topics:       {len(CUES)} starter cues, {len(TOPICS)} topics")
    for name, sentence in shapes.items():
        text = (sentence * (tone.MAX_CHECKED_CHARS // len(sentence) + 1))[: tone.MAX_CHECKED_CHARS]

        def check(text: str = text) -> object:
            patterns._typo_cache.clear()
            return tone.check_tone(text, "offer", reframes=[], patterns=patterns, language="en")

        findings = check()
        warm = timings_ms(check, 100)
        print(
            f"worst case, {name + ':':15}{len(text)} characters (MAX_CHECKED_CHARS), "
            f"{len(findings)} findings (MAX_FINDINGS {tone.MAX_FINDINGS}); "
            f"median {statistics.median(warm):.3f} ms, "
            f"p95 {statistics.quantiles(warm, n=20)[-1]:.3f} ms over 100 runs"
        )


if __name__ == "__main__":
    main()
