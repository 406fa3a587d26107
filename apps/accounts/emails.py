"""One spelling per email address, so a look-alike cannot open a second account.

Typed addresses can hold characters that look like nothing or like other characters:
full-width letters (U+FF41 for "a"), a zero-width space or a soft hyphen pasted from a
document. Mail servers and IDNA fold many of them away, so `alice@exam\u200bple.org`
is delivered to `alice@example.org`: without folding them first, it would be a second,
verified account for the same inbox. Here they are folded before any uniqueness check.

The canonical spelling, the one stored and the one every lookup uses (sign-up, login,
adding or changing an address, password reset, `create_user`):

- NFKC-folded, with invisible format (Cf) and control (Cc) characters removed, trimmed.
- Lower-cased as a whole. The domain is case-insensitive by definition. The local part
  is case-sensitive in theory, but no mail provider treats it so and members type it
  both ways, so Ajar has always lower-cased it too, and still does.
- The domain in its Unicode form, reached through IDNA: it is encoded to ASCII
  ("xn--bcher-kva.example") and decoded back ("b\u00fccher.example"), so both spellings
  are one address. Unicode rather than ASCII because that is what members type and read,
  and what Ajar stored before this rule; as the round trip is one-to-one, comparing its
  results is comparing ASCII forms. Django's mail code encodes the domain when sending.
  A member stored earlier in the ASCII form (or any other spelling) no longer matches
  any lookup; `manage.py report_email_collisions` lists them by id.

IDNA here is the standard library's (IDNA 2003). IDNA 2008, which current mail systems
follow, maps four characters differently: the zero-width joiners, removed above with the
other invisible characters, and "\u00df" and final "\u03c2": IDNA 2003 turns
"stra\u00dfe.de" into "strasse.de", another domain. Rather than guess where the mail
would go, a domain with either letter is refused.

`validate_email_spelling` refuses what folding cannot fix, with a message for the form
field: that, a domain IDNA cannot encode, and look-alikes made by mixing alphabets, such
as "ex\u0430mple.org" with a Cyrillic "\u0430". Each part of the address (the local
part, each label of the domain) may use Latin, Cyrillic or Greek letters, but only one of
them. An all-Cyrillic domain ("\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444")
is fine, and so is a Cyrillic label next to a Latin one
("\u043f\u0440\u0438\u043c\u0435\u0440.com"). Django's email field
already refuses a local part that is not ASCII, so there the check is a second line.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The alphabets whose letters pass for one another: Cyrillic "\u0430", Greek "\u03bf"
# and Latin "a", "o" look the same in most fonts.
CONFUSABLE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
# Letters that IDNA 2003 and IDNA 2008 map to different domains.
IDNA_DEVIATIONS = frozenset("ßς")
ACE_PREFIX = "xn--"


def _folded(address: str) -> str:
    folded = unicodedata.normalize("NFKC", address)
    visible = "".join(char for char in folded if unicodedata.category(char) not in {"Cf", "Cc"})
    return visible.strip().lower()


def _unicode_domain(domain: str) -> str:
    """The domain through IDNA to ASCII and back. Raises UnicodeError if it can't."""
    ascii_domain = domain.encode("idna")
    return ascii_domain.decode("idna").removesuffix(".")


def canonical_email(address: str) -> str:
    """The spelling stored and looked up (see the module docstring). Never raises: an
    address whose domain IDNA cannot encode keeps its folded domain, finds nobody, and
    is refused at sign-up by `validate_email_spelling`."""
    folded = _folded(address)
    local, at, domain = folded.rpartition("@")
    if not at:
        return folded
    with contextlib.suppress(UnicodeError):
        domain = _unicode_domain(domain)
    return f"{local}{at}{domain}"


def _scripts(text: str) -> set[str]:
    return {
        script
        for char in text
        if char.isalpha()
        for script in CONFUSABLE_SCRIPTS
        if unicodedata.name(char, "").startswith(f"{script} ")
    }


def _has_deviation(label: str) -> bool:
    if label.startswith(ACE_PREFIX):
        # IDNA 2003 cannot decode an IDNA 2008 "ß" label; plain Punycode can.
        try:
            label = label.removeprefix(ACE_PREFIX).encode("ascii").decode("punycode")
        except UnicodeError:
            return False
    return not IDNA_DEVIATIONS.isdisjoint(label)


def validate_email_spelling(address: str) -> None:
    """Refuse an address that folding cannot make safe (see the module docstring)."""
    local, at, domain = _folded(address).rpartition("@")
    if not at:
        return  # Not an address at all: the form field's own validator says so.
    if any(_has_deviation(label) for label in domain.split(".")):
        raise ValidationError(
            _(
                "Mail systems disagree on where an address with “ß” or “ς” after the @ "
                "goes, so we could not be sure our mail reaches you. Please use another "
                "address."
            ),
            code="idna_deviation",
        )
    try:
        labels = _unicode_domain(domain).split(".")
    except UnicodeError:
        raise ValidationError(
            _(
                "The part after the @ is not a domain name we can read. Check it for "
                "typing mistakes."
            ),
            code="invalid_idna",
        ) from None
    if any(len(_scripts(part)) > 1 for part in [local, *labels]):
        raise ValidationError(
            _(
                "This address mixes letters from different alphabets (Latin with Cyrillic "
                "or Greek), which is how look-alike addresses are made. Please type it "
                "again in one alphabet."
            ),
            code="mixed_scripts",
        )


def email_collisions(addresses: Iterable[tuple[int, str]]) -> list[list[int]]:
    """Groups of member ids whose addresses are one address once canonical, from
    (member id, address) pairs. Sorted, so a report reads the same every time."""
    owners: defaultdict[str, set[int]] = defaultdict(set)
    for member_id, address in addresses:
        owners[canonical_email(address)].add(member_id)
    return sorted(sorted(ids) for ids in owners.values() if len(ids) > 1)


def stored_spelling_report(*, member_model, address_model) -> tuple[bool, list[str]]:
    """What the canonical spelling means for the addresses already stored: whether
    anything needs a person to look at it, and the lines that say so. Lines name member
    ids and counts, never an address (addresses are personal data; logs keep none).

    Takes the models so the data migration can pass its historical ones. Reads members'
    own addresses and allauth's verified ones: unverified rows are allowed to repeat
    (allauth adds a taken address unverified rather than reveal that it is taken)."""
    stored = [
        *member_model.objects.values_list("id", "email"),
        *address_model.objects.filter(verified=True).values_list("user_id", "email"),
    ]
    collisions = email_collisions(stored)
    respelled = sorted(
        {member_id for member_id, address in stored if canonical_email(address) != address}
    )
    lines = []
    if collisions:
        groups = "; ".join(", ".join(map(str, ids)) for ids in collisions)
        lines.append(
            f"{len(collisions)} address(es) belong to more than one member once spelled "
            f"canonically. Member ids, one group per address: {groups}. Nothing was "
            "merged or deleted."
        )
    else:
        lines.append("No two members share an address once spelled canonically.")
    if respelled:
        lines.append(
            f"{len(respelled)} member(s) have an address stored in another spelling and "
            f"cannot sign in with it until it is respelled. Member ids: "
            f"{', '.join(map(str, respelled))}."
        )
    return bool(collisions or respelled), lines
