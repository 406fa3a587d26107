"""A look-alike spelling of a member's address never opens a second account."""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError

from apps.accounts.emails import canonical_email, validate_email_spelling
from apps.accounts.models import User
from tests.helpers import PASSWORD, make_member

pytestmark = pytest.mark.django_db

LOOK_ALIKES = [
    "alice@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com",  # full-width letters
    "alice@exam\u200bple.com",  # zero-width space
    "alice@exam\u00adple.com",  # soft hyphen
    "\ufeffAlice@Example.com",  # byte-order mark, capitals
    "ali\u2060ce@example.com",  # word joiner
]
# "bücher.example" and its IDNA (ASCII) form are one domain; the Unicode form is stored.
BUECHER = "b\u00fccher.example"
BUECHER_ASCII = "xn--bcher-kva.example"
CYRILLIC_A = "\u0430"
ALL_CYRILLIC = "\u043d\u043e\u0440@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"
MIXED_SCRIPTS = "This address mixes letters from different alphabets"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)")
RESET_LINK = re.compile(r"/accounts/password/reset/key/[^\s]+/")


def sign_up(client, email: str):
    return client.post(
        "/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Mallory",
            "time_zone": "Europe/Brussels",
        },
    )


@pytest.mark.parametrize("address", LOOK_ALIKES)
def test_it_folds_a_look_alike_to_the_real_address(address):
    assert canonical_email(address) == "alice@example.com"


def test_it_keeps_a_plain_address_as_it_is():
    assert canonical_email("noor.el-amrani+ajar@example.be") == "noor.el-amrani+ajar@example.be"


@pytest.mark.parametrize(
    "address", [f"alice@{BUECHER}", f"alice@{BUECHER_ASCII}", "Alice@B\u00dcCHER.Example"]
)
def test_it_spells_an_international_domain_one_way(address):
    assert canonical_email(address) == f"alice@{BUECHER}"


@pytest.mark.parametrize(
    ("address", "code"),
    [
        (f"alice@ex{CYRILLIC_A}mple.org", "mixed_scripts"),
        ("alice@xn--exmple-4nf.org", "mixed_scripts"),  # the same, typed in ASCII
        ("alice@\u03bfpen.example", "mixed_scripts"),  # Greek omicron
        (f"{CYRILLIC_A}lice@example.org", "mixed_scripts"),
        ("alice@xn--zz.org", "invalid_idna"),
        ("alice@exam..ple.org", "invalid_idna"),
        ("alice@stra\u00dfe.de", "idna_deviation"),
        ("alice@xn--strae-oqa.de", "idna_deviation"),
    ],
)
def test_it_refuses_what_folding_cannot_make_safe(address, code):
    with pytest.raises(ValidationError) as refused:
        validate_email_spelling(address)
    assert refused.value.code == code


@pytest.mark.parametrize(
    "address", [ALL_CYRILLIC, "alice@\u043f\u0440\u0438\u043c\u0435\u0440.com", f"a@{BUECHER}"]
)
def test_it_allows_one_alphabet_per_part(address):
    validate_email_spelling(address)


@pytest.mark.parametrize("address", LOOK_ALIKES)
def test_signing_up_with_a_look_alike_makes_no_second_account(client, alice, address):
    sign_up(client, address)
    assert User.objects.count() == 1
    # allauth answers as for any taken address (no enumeration): a note to the owner,
    # never a confirmation link for a second account.
    assert all("confirm-email" not in message.body for message in mail.outbox)


@pytest.mark.parametrize(
    ("registered", "typed"),
    [(BUECHER, BUECHER_ASCII), (BUECHER, "B\u00dcCHER.EXAMPLE")],
)
def test_signing_up_with_the_other_spelling_of_a_domain_makes_no_second_account(
    client, registered, typed
):
    make_member(f"alice@{registered}")
    sign_up(client, f"alice@{typed}")
    assert User.objects.count() == 1
    assert all("confirm-email" not in message.body for message in mail.outbox)


def test_signing_up_with_an_international_domain_stores_its_one_spelling(client):
    sign_up(client, f"noor@{BUECHER_ASCII}")
    assert User.objects.get().email == f"noor@{BUECHER}"
    assert EmailAddress.objects.get().email == f"noor@{BUECHER}"


def test_signing_up_with_mixed_alphabets_is_refused_next_to_the_field(client, alice):
    response = sign_up(client, f"alice@ex{CYRILLIC_A}mple.com")
    assert response.status_code == 200
    assert MIXED_SCRIPTS in response.context["form"].errors["email"][0]
    assert MIXED_SCRIPTS in response.content.decode()
    assert User.objects.count() == 1
    assert mail.outbox == []


def test_signing_up_with_a_domain_idna_cannot_read_is_refused(client):
    response = sign_up(client, "noor@xn--zz.org")
    assert "not a domain name we can read" in response.context["form"].errors["email"][0]
    assert not User.objects.exists()


def test_signing_up_with_an_all_cyrillic_address_is_allowed(client):
    address = "noor@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"
    response = sign_up(client, address)
    assert response.status_code == 302
    assert User.objects.get().email == address
    assert mail.outbox[0].to == [address]


# The two with an invisible character in the local part fail the field's own check
# ("Enter a valid email address.") before any folding: refused, so no second account.
@pytest.mark.parametrize("address", [*LOOK_ALIKES[:3], "ALICE@Example.COM"])
def test_a_member_can_sign_in_with_a_look_alike_of_their_address(client, alice, address):
    response = client.post("/accounts/login/", {"login": address, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_a_member_can_sign_in_with_the_other_spelling_of_their_domain(client):
    member = make_member(f"alice@{BUECHER}")
    response = client.post(
        "/accounts/login/", {"login": f"Alice@{BUECHER_ASCII}", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_a_password_reset_for_a_look_alike_goes_to_the_stored_address(client, alice):
    client.post("/accounts/password/reset/", {"email": "alice@exam\u200bple.com"})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alice@example.com"]
    assert RESET_LINK.search(mail.outbox[0].body)


def test_a_password_reset_for_the_other_spelling_of_a_domain_finds_the_member(client):
    make_member(f"alice@{BUECHER}")
    client.post("/accounts/password/reset/", {"email": f"alice@{BUECHER_ASCII}"})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [f"alice@{BUECHER}"]


def change_email(client, address: str):
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    return client.post("/accounts/email/", {"action_add": "", "email": address})


@pytest.mark.parametrize("address", LOOK_ALIKES)
def test_adding_a_look_alike_is_the_same_as_adding_the_real_address(
    stranger_client, alice, address
):
    """Stored as the real address, so allauth's rules for a taken address apply: it stays
    unverified, and no look-alike spelling ever reaches the database."""
    change_email(stranger_client, address)
    added = EmailAddress.objects.filter(user__email="mallory@example.com").exclude(
        email="mallory@example.com"
    )
    assert [(a.email, a.verified) for a in added] in ([], [("alice@example.com", False)])
    assert EmailAddress.objects.filter(email="alice@example.com", verified=True).count() == 1


@pytest.mark.parametrize(
    ("owned", "typed"),
    [("alice@example.com", LOOK_ALIKES[0]), (f"alice@{BUECHER}", f"ALICE@{BUECHER_ASCII}")],
)
def test_changing_to_a_look_alike_of_another_members_address_never_goes_through(
    stranger, stranger_client, owned, typed
):
    """allauth never says an address is taken (no enumeration), so the change is refused
    where it can be: the only link goes to the real owner, and it cannot verify it."""
    owner = make_member(owned)
    mail.outbox.clear()
    change_email(stranger_client, typed)

    confirmations = [message for message in mail.outbox if CONFIRM_LINK.search(message.body)]
    assert [message.to for message in confirmations] in ([], [[owner.email]])
    for message in confirmations:
        stranger_client.post(CONFIRM_LINK.search(message.body).group(1))

    stranger.refresh_from_db()
    assert stranger.email == "mallory@example.com"
    assert not EmailAddress.objects.filter(user=stranger, email=owner.email, verified=True)
    assert EmailAddress.objects.get(email=owner.email, verified=True).user == owner


def test_changing_to_a_mixed_alphabet_look_alike_is_refused_next_to_the_field(
    stranger, stranger_client, alice
):
    response = change_email(stranger_client, f"alice@ex{CYRILLIC_A}mple.com")
    assert MIXED_SCRIPTS in response.context["form"].errors["email"][0]
    assert list(EmailAddress.objects.filter(user=stranger).values_list("email", flat=True)) == [
        "mallory@example.com"
    ]
