from __future__ import annotations

from django import forms, template

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
