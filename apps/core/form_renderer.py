"""Django's form renderer, with the plainest widgets drawn in Python.

Each widget Django renders goes through two templates (``input.html`` including
``attrs.html``), about half a millisecond a field. The reasons step draws four fields
per reason, so a plan with 30 reasons spent a third of its time there
(docs/performance.md). For the widgets whose templates are exactly those two, this
renderer produces the same characters in Python; every other template (selects,
radios, multi-widgets, forms and fields) is Django's, untouched.

tests/core/test_form_renderer.py renders every one of these widgets both ways, with
awkward values and attributes, and requires identical output: if a Django upgrade
changes these templates, that test fails rather than the markup drifting.
"""

from __future__ import annotations

from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeData, SafeString

WIDGETS = "django/forms/widgets/"
# Widgets whose template is only {% include "django/forms/widgets/input.html" %}.
INPUT_TEMPLATES = frozenset(
    f"{WIDGETS}{name}.html"
    for name in (
        "input",
        "text",
        "email",
        "password",
        "hidden",
        "number",
        "url",
        "tel",
        "search",
        "color",
        "date",
        "datetime",
        "time",
        "checkbox",
    )
)
TEXTAREA_TEMPLATE = f"{WIDGETS}textarea.html"


def _text(value: Any) -> Any:
    """What ``{{ value|stringformat:'s' }}`` hands to autoescaping: the text, still safe
    if the value was (format_html escapes everything else)."""
    if isinstance(value, SafeData):
        return value
    return str(value)


def _attrs(attrs: dict[str, Any]) -> SafeString:
    """django/forms/widgets/attrs.html."""
    return format_html_join(
        "",
        "{}",
        (
            (
                format_html(" {}", name)
                if value is True
                else format_html(' {}="{}"', name, _text(value)),
            )
            for name, value in attrs.items()
            if value is not False
        ),
    )


def render_input(widget: dict[str, Any]) -> SafeString:
    """django/forms/widgets/input.html."""
    value = "" if widget["value"] is None else format_html(' value="{}"', _text(widget["value"]))
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        widget["type"],
        widget["name"],
        value,
        _attrs(widget["attrs"]),
    )


def render_textarea(widget: dict[str, Any]) -> SafeString:
    """django/forms/widgets/textarea.html."""
    return format_html(
        '<textarea name="{}"{}>\n{}</textarea>',
        widget["name"],
        _attrs(widget["attrs"]),
        widget["value"] if widget["value"] else "",
    )


class FastWidgetRenderer(DjangoTemplates):
    def render(self, template_name: str, context: dict[str, Any], request=None) -> str:
        widget = context.get("widget")
        if widget is not None and widget.get("template_name") == template_name:
            if template_name in INPUT_TEMPLATES:
                return render_input(widget)
            if template_name == TEXTAREA_TEMPLATE:
                return render_textarea(widget)
        return super().render(template_name, context, request)
