"""{% field_group %}: crispy-bootstrap5's field layout, drawn in Python for repeated rows."""

from __future__ import annotations

from django import forms
from django.template import Context, Template


class SampleForm(forms.Form):
    title = forms.CharField(label="Reason", max_length=20)
    phrasing = forms.CharField(
        label="What you <will> say",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One or two sentences & no more.",
    )
    share = forms.BooleanField(label="Share it", required=False)
    kind = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], required=False)

    def clean_phrasing(self):
        if "<" in self.cleaned_data["phrasing"]:
            raise forms.ValidationError("No <b>markup</b>, please.")
        return self.cleaned_data["phrasing"]


def render(form: forms.Form, name: str) -> str:
    return Template("{% load ajar %}{% field_group form." + name + " %}").render(
        Context({"form": form})
    )


def test_it_labels_a_required_field_and_marks_it_required():
    html = render(SampleForm(), "title")

    assert html.startswith('<div id="div_id_title" class="mb-3">')
    assert (
        '<label for="id_title" class="form-label requiredField">'
        'Reason<span class="asteriskField">*</span></label>'
    ) in html
    assert 'class="form-control"' in html
    assert "required" in html


def test_it_links_the_help_text_and_escapes_label_and_help():
    html = render(SampleForm(), "phrasing")

    assert "What you &lt;will&gt; say" in html
    assert 'aria-describedby="id_phrasing_helptext"' in html
    assert (
        '<div id="id_phrasing_helptext" class="form-text">One or two sentences &amp; no more.'
        in html
    )
    assert "asteriskField" not in html


def test_it_shows_errors_next_to_the_field_escaped_and_linked():
    form = SampleForm({"title": "", "phrasing": "<script>alert(1)</script>"})
    assert not form.is_valid()

    title = render(form, "title")
    phrasing = render(form, "phrasing")

    assert 'class="form-control is-invalid"' in title
    assert 'aria-invalid="true"' in title
    assert '<div id="id_title_error" class="invalid-feedback">' in title
    assert '<p id="error_1_id_title"><strong>This field is required.</strong></p>' in title
    # What the member typed comes back as text, and so does the error.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</textarea>" in phrasing
    assert "No &lt;b&gt;markup&lt;/b&gt;, please." in phrasing
    assert 'aria-describedby="id_phrasing_helptext id_phrasing_error"' in phrasing


def test_it_draws_a_checkbox_with_its_label_after_it():
    html = render(SampleForm({"share": "on"}), "share")

    assert html == (
        '<div class="mb-3"><div id="div_id_share" class="form-check">'
        '<input type="checkbox" name="share" class="form-check-input" id="id_share" checked>'
        '<label for="id_share" class="form-check-label">Share it</label></div></div>'
    )


def test_it_styles_a_select_as_a_bootstrap_select():
    assert 'class="form-select"' in render(SampleForm(), "kind")
