"""Step tips and reconnect ideas moved into apps.content without touching their rows.

Run on a database as it was before the move: the rows, their content types and the
editors' permissions must all come through, and the tables keep their names.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from apps.content.models import ReconnectIdea, StepTip

BEFORE = [
    ("guide", "0002_content_editors_group"),
    ("reminders", "0002_reminders_and_contact_log"),
    ("content", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_moving_keeps_rows_content_types_and_permissions():
    old = migrate(BEFORE)
    ContentType = old.get_model("contenttypes", "ContentType")
    Permission = old.get_model("auth", "Permission")
    old.get_model("guide", "StepTip").objects.create(
        slug="call", step="conversation", title="Call first", body="A call is kinder."
    )
    old.get_model("reminders", "ReconnectIdea").objects.create(
        slug="events", title="Events", opener="Good to see you!", default_days_after=90
    )
    tip_type = ContentType.objects.get_or_create(app_label="guide", model="steptip")[0]
    ContentType.objects.filter(app_label="content").delete()
    Permission.objects.get_or_create(
        content_type=tip_type, codename="change_steptip", defaults={"name": "Can change"}
    )

    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    migrate(latest)

    assert StepTip.objects.get(slug="call").title == "Call first"
    assert ReconnectIdea.objects.get(slug="events").default_days_after == 90
    assert StepTip._meta.db_table == "guide_steptip"
    assert ReconnectIdea._meta.db_table == "reminders_reconnectidea"
    from django.contrib.auth.models import Permission as LivePermission
    from django.contrib.contenttypes.models import ContentType as LiveContentType

    moved = LiveContentType.objects.get(pk=tip_type.pk)
    assert (moved.app_label, moved.model) == ("content", "steptip")
    assert LivePermission.objects.get(codename="change_steptip").content_type_id == tip_type.pk
