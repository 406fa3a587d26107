from __future__ import annotations

from django import forms, template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.inclusion_tag("includes/form_errors.html")
def error_summary(*forms_or_formsets) -> dict:
    """One error summary for a page's forms and formsets, linked to the fields."""
    error_forms: list[forms.BaseForm] = []
    for item in forms_or_formsets:
        if item is None or item == "":
            continue
        if isinstance(item, forms.BaseFormSet):
            error_forms.extend(form for form in item.forms if form.errors)
            if item.non_form_errors():
                error_forms.append(item)
        elif item.errors:
            error_forms.append(item)
    return {"error_forms": error_forms}


@register.filter
def paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs on blank lines."""
    return [block.strip() for block in str(text).split("\n\n") if block.strip()]


@register.simple_tag
def field_group(field: forms.BoundField) -> str:
    """A field as crispy-bootstrap5 lays it out (label, widget, errors, help text), built
    in Python for the rows a page repeats: the reasons step draws four fields for each
    reason, and crispy's nested templates cost about 0.6 ms a field (docs/performance.md).

    Django wires the accessibility itself: aria-describedby names the help text and the
    errors by the ids used here, and aria-invalid marks a field with errors.
    """
    widget = field.field.widget
    is_checkbox = isinstance(widget, forms.CheckboxInput)
    css = ["form-check-input" if is_checkbox else "form-control"]
    if isinstance(widget, forms.Select):
        css = ["form-select"]
    if field.errors:
        css.append("is-invalid")
    control = field.as_widget(attrs={"class": " ".join(css)})
    errors = (
        format_html(
            '<div id="{}_error" class="invalid-feedback">{}</div>',
            field.auto_id,
            format_html_join(
                "",
                '<p id="error_{}_{}"><strong>{}</strong></p>',
                ((number, field.auto_id, error) for number, error in enumerate(field.errors, 1)),
            ),
        )
        if field.errors
        else ""
    )
    help_text = (
        format_html(
            '<div id="{}_helptext" class="form-text">{}</div>', field.auto_id, field.help_text
        )
        if field.help_text
        else ""
    )
    if is_checkbox:
        return format_html(
            '<div class="mb-3"><div id="div_{}" class="form-check">{}'
            '<label for="{}" class="form-check-label">{}</label>{}{}</div></div>',
            field.auto_id,
            control,
            field.id_for_label,
            field.label,
            errors,
            help_text,
        )
    required = mark_safe('<span class="asteriskField">*</span>') if field.field.required else ""
    return format_html(
        '<div id="div_{}" class="mb-3"><label for="{}" class="form-label{}">{}{}</label>'
        "{}{}{}</div>",
        field.auto_id,
        field.id_for_label,
        " requiredField" if field.field.required else "",
        field.label,
        required,
        control,
        errors,
        help_text,
    )


@register.simple_tag(takes_context=True)
def language_alternates(context) -> str:
    """<link rel="alternate" hreflang> to the same public page in every language, so
    each can be found; nothing on pages whose address names no language (the builder)."""
    request = context.get("request")
    if request is None:
        return ""
    urls = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
    if len(set(urls.values())) < len(urls):
        return ""
    links = [(code, request.build_absolute_uri(url)) for code, url in urls.items()]
    links.append(("x-default", request.build_absolute_uri(urls[settings.LANGUAGE_CODE])))
    return format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', links)
