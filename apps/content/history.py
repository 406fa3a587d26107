"""Where each content item's history begins.

Every save of curated content keeps a version (HistoricalRecords on CuratedContent).
Items that existed before history was switched on have none, so the migration that
creates each app's history tables also gives every existing item one first version,
dated by its last save: the history page then starts from the text as it was, and a
revert always has somewhere to go back to. The same as simple-history's
`populate_history` command, but run with the migration's models, as migrations must.
"""

from __future__ import annotations

from django.db import migrations

FIRST_VERSION_NOTE = "The version in place when history began."


def begin_history(*labels: str) -> migrations.RunPython:
    """A migration operation: one first version for each existing item of these models
    ("app_label.Model"), in the history table the same migration has just created."""

    def record_first_versions(apps, schema_editor) -> None:
        using = schema_editor.connection.alias
        for label in labels:
            model = apps.get_model(label)
            opts = model._meta
            history = apps.get_model(opts.app_label, f"Historical{opts.object_name}")
            names = [field.attname for field in opts.concrete_fields]
            history.objects.using(using).bulk_create(
                [
                    history(
                        **{name: getattr(item, name) for name in names},
                        history_date=item.updated,
                        history_type="+",
                        history_change_reason=FIRST_VERSION_NOTE,
                    )
                    for item in model.objects.using(using)
                ],
                batch_size=500,
            )

    return migrations.RunPython(record_first_versions, migrations.RunPython.noop, elidable=True)
