"""Template helpers for curated advice in several languages (apps.content.languages)."""

from __future__ import annotations

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString

from apps.content import languages

register = template.Library()


@register.filter
def lang_attr(item) -> SafeString | str:
    """` lang="en"` on the element holding an item that is not translated into the
    page's language yet (it reads in English there), so screen readers pronounce it
    as English; nothing when it reads in the page's language."""
    page = (translation.get_language() or languages.SOURCE).split("-")[0]
    shown = languages.shown_language(item, page)
    if shown == page:
        return ""
    return format_html(' lang="{}"', shown)
