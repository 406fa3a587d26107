"""The fast renderer draws plain widgets exactly as Django's templates do."""

from __future__ import annotations

import datetime

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from apps.core.form_renderer import INPUT_TEMPLATES, TEXTAREA_TEMPLATE, FastWidgetRenderer

DJANGO = DjangoTemplates()
FAST = FastWidgetRenderer()

WIDGETS = [
    forms.TextInput(),
    forms.EmailInput(),
    forms.URLInput(),
    forms.NumberInput(),
    forms.PasswordInput(render_value=True),
    forms.PasswordInput(),
    forms.HiddenInput(),
    forms.DateInput(),
    forms.DateTimeInput(),
    forms.TimeInput(),
    forms.CheckboxInput(),
    forms.Textarea(),
    forms.Textarea(attrs={"rows": 3, "cols": 20}),
    forms.TextInput(attrs={"type": "search"}),
    forms.TextInput(attrs={"type": "tel"}),
    forms.TextInput(attrs={"type": "color"}),
]

VALUES = [
    None,
    "",
    "plain",
    "quotes \" and ' and <b>tags</b> & ampersands",
    mark_safe("<em>already safe</em>"),
    gettext_lazy("lazy text"),
    "line one\nline two\n",
    0,
    12.5,
    True,
    False,
    datetime.date(2027, 3, 4),
    datetime.datetime(2027, 3, 4, 9, 30),
    datetime.time(9, 30),
    "é ü 日本",
]

ATTRS = [
    {},
    {"class": "form-control", "required": True, "disabled": False},
    {"hx-post": "/plans/x/tone/?a=1&b=2", "hx-trigger": "input changed delay:600ms"},
    {"aria-describedby": "id_x_helptext id_x_error", "maxlength": 120, "data-x": "<>\"'"},
    {"placeholder": gettext_lazy("Type here"), "autofocus": True},
    {"value": "attr value"},
]


def render(renderer, widget: forms.Widget, value, attrs) -> str:
    return widget.render("field-name", value, attrs={"id": "id_field", **attrs}, renderer=renderer)


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: f"{type(w).__name__}")
@pytest.mark.parametrize("attrs", ATTRS, ids=range(len(ATTRS)))
def test_it_renders_every_plain_widget_as_djangos_templates_do(widget, attrs):
    for value in VALUES:
        assert render(FAST, widget, value, attrs) == render(DJANGO, widget, value, attrs), value


def test_it_covers_exactly_the_widgets_drawn_with_input_or_textarea():
    covered = {widget.template_name for widget in WIDGETS}
    assert covered <= INPUT_TEMPLATES | {TEXTAREA_TEMPLATE}
    assert {"django/forms/widgets/text.html", TEXTAREA_TEMPLATE} <= covered


def test_it_leaves_every_other_widget_to_django():
    for widget in [
        forms.Select(choices=[("a", "<A>"), ("b", "B")]),
        forms.RadioSelect(choices=[("a", "A")]),
        forms.CheckboxSelectMultiple(choices=[("a", "A")]),
    ]:
        assert render(FAST, widget, "a", {}) == render(DJANGO, widget, "a", {})
    for widget in [forms.SplitDateTimeWidget(), forms.ClearableFileInput()]:
        assert render(FAST, widget, None, {}) == render(DJANGO, widget, None, {})


def test_it_is_the_projects_form_renderer(settings):
    from django.forms.renderers import get_default_renderer

    get_default_renderer.cache_clear()
    try:
        assert isinstance(get_default_renderer(), FastWidgetRenderer)
    finally:
        get_default_renderer.cache_clear()


def test_it_draws_the_plain_widgets_without_any_template(monkeypatch):
    def no_templates(*args, **kwargs):
        raise AssertionError(f"rendered a template: {args[1]}")

    monkeypatch.setattr(DjangoTemplates, "render", no_templates)
    for widget in WIDGETS:
        assert render(FAST, widget, "text", {"class": "form-control"}).startswith(
            ("<input", "<textarea")
        )
