from __future__ import annotations

from apps.scripts.models import ScriptTemplate


def make_script(**fields) -> ScriptTemplate:
    """A saved script template; the ORM does not run clean(), so any text goes in."""
    defaults = {
        "slug": "offer-call",
        "kind": ScriptTemplate.Kind.CALL_SCRIPT,
        "name": "Call to decline an offer",
        "applies_to": "offer",
        "body": "Hello {contact_first_name}, thank you for the offer from {organisation}.",
    }
    return ScriptTemplate.objects.create(**(defaults | fields))
