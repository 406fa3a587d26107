"""One spelling per email address, so a look-alike cannot open a second account.

Typed addresses can hold characters that look like nothing or like other characters:
full-width letters (U+FF41 for "a"), a zero-width space or a soft hyphen pasted from a
document. Mail servers and IDNA fold many of them away, so `alice@exam\u200bple.org`
is delivered to `alice@example.org`: without folding them first, it would be a second,
verified account for the same inbox. Here they are folded before any uniqueness check.
"""

from __future__ import annotations

import unicodedata


def canonical_email(address: str) -> str:
    """NFKC-folded (full-width and other compatibility forms become plain letters), with
    invisible format and control characters removed, trimmed and lower-cased."""
    folded = unicodedata.normalize("NFKC", address)
    visible = "".join(char for char in folded if unicodedata.category(char) not in {"Cf", "Cc"})
    return visible.strip().lower()
