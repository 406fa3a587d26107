"""Curated advice in English, Dutch and French: one row per item, a column per language.

django-modeltranslation gives each translated field a column per language (`title_en`,
`title_nl`, `title_fr`) and makes `item.title` read the active language's. Each app
names its translated fields in its own `translation.py` (which modeltranslation loads
at start-up) by calling `register()` here, which also switches on the item's history
(simple-history must see the language columns, so it is registered after them).

English is the source: editors must write it, and it is what a member sees where a
translation is missing. Missing means per item, not per field: an item is shown in
Dutch only when every field that has English text has Dutch text too, otherwise all of
it is shown in English (`WholeItem`), so a member never reads a Dutch title over an
English explanation. `missing_languages()` is what the admin marks for editors, and
`shown_language()` what a page puts in the item's `lang` attribute.

Why columns and not rows per language: members' plans point at reasons and their
reminders at reconnect ideas by key; with a row per language each of those links would
need a language of its own, and switching language would have to find the sibling row.
With columns the link stays one foreign key, and a plan reads in whatever language its
member has chosen today. The tone check's words are the other way round (apps.reasons:
`language` per row), because Dutch and French blunt phrases are not translations of the
English ones: each language has its own rows, not translated columns.
"""

from __future__ import annotations

import functools
import operator
from typing import Any

import simple_history
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Coalesce, Trim
from django.utils import translation
from django.utils.translation import pgettext_lazy
from modeltranslation.fields import TranslationFieldDescriptor
from modeltranslation.translator import TranslationOptions, translator

SOURCE = "en"
TRANSLATIONS = ("nl", "fr")
LANGUAGES = (SOURCE, *TRANSLATIONS)
# As a sentence names them ("Missing in Dutch", "manquant en néerlandais").
NAMES = {
    "en": pgettext_lazy("language, in running text", "English"),
    "nl": pgettext_lazy("language, in running text", "Dutch"),
    "fr": pgettext_lazy("language, in running text", "French"),
}


def register(model: type[models.Model], fields: tuple[str, ...] = ()) -> None:
    """Give `fields` of a curated model a column per language, then keep its history."""
    if fields:
        options = type(
            f"{model.__name__}Translation",
            (TranslationOptions,),
            # Only English is required: a field left empty in Dutch or French is missing.
            {"fields": fields, "required_languages": (SOURCE,)},
        )
        translator.register(model, options)
        for name in fields:
            plain = model.__dict__[name]
            setattr(
                model,
                name,
                WholeItem(
                    plain.field,
                    plain.fallback_languages,
                    plain.fallback_value,
                    plain.fallback_undefined,
                ),
            )
    simple_history.register(model)


def translated_fields(model: type[models.Model] | models.Model) -> tuple[str, ...]:
    """The fields of a curated model that have a column per language, or ()."""
    if not isinstance(model, type):
        model = type(model)
    try:
        options = translator.get_options_for_model(model)
    except Exception:  # modeltranslation's NotRegistered: a model with no translations
        return ()
    return tuple(options.fields)


def column(name: str, language: str) -> str:
    return f"{name}_{language}"


def missing_languages(item: models.Model) -> list[str]:
    """The languages this item cannot be shown in yet: some field that has English text
    has none in that language."""
    fields = translated_fields(item)
    missing = []
    for language in TRANSLATIONS:
        for name in fields:
            if _filled(item, column(name, SOURCE)) and not _filled(item, column(name, language)):
                missing.append(language)
                break
    return missing


def missing_in(queryset: models.QuerySet, language: str) -> models.QuerySet:
    """The items of `queryset` that `missing_languages` says lack `language`, found by the
    database: some field has English text (spaces do not count) and none in `language`."""
    fields = translated_fields(queryset.model)
    if not fields:
        return queryset.none()

    def text(name: str, code: str) -> Coalesce:
        return Coalesce(Trim(column(name, code)), Value(""), output_field=models.TextField())

    aliases = {
        f"text_{name}_{code}": text(name, code) for name in fields for code in (SOURCE, language)
    }
    lacking = [
        ~Q(**{f"text_{name}_{SOURCE}": ""}) & Q(**{f"text_{name}_{language}": ""})
        for name in fields
    ]
    return queryset.alias(**aliases).filter(functools.reduce(operator.or_, lacking))


def shown_language(item: models.Model, language: str | None = None) -> str:
    """The language the item reads in for a page in `language` (the active one)."""
    language = _content_language(language or translation.get_language())
    return SOURCE if language in missing_languages(item) else language


def _filled(item: models.Model, attname: str) -> bool:
    value: Any = getattr(item, attname, None)
    return bool(value and str(value).strip())


def _content_language(language: str | None) -> str:
    code = (language or SOURCE).split("-")[0].lower()
    return code if code in LANGUAGES else SOURCE


class WholeItem(TranslationFieldDescriptor):
    """`item.title` in the active language when the whole item is translated into it,
    otherwise in English: an item is never read half in one language, half in another."""

    def __get__(self, instance, owner):
        if instance is None:
            return self
        language = _content_language(translation.get_language())
        if language != SOURCE and language in missing_languages(instance):
            with translation.override(SOURCE):
                return super().__get__(instance, owner)
        return super().__get__(instance, owner)


def fill_english_columns(label: str, fields: tuple[str, ...]):
    """A migration operation: the English columns of a model (and of its history) take
    the text the plain columns held before there were languages, so nothing an editor
    wrote or the history kept is lost, and a revert to an old version keeps its text."""
    from django.db import migrations
    from django.db.models import F

    def fill(apps, schema_editor) -> None:
        using = schema_editor.connection.alias
        app_label, name = label.split(".")
        for model_name in (name, f"Historical{name}"):
            model = apps.get_model(app_label, model_name)
            model.objects.using(using).update(
                **{column(field, SOURCE): F(field) for field in fields}
            )

    return migrations.RunPython(fill, migrations.RunPython.noop, elidable=True)
