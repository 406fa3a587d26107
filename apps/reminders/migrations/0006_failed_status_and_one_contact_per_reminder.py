from django.db import migrations, models


def unlink_second_contacts(apps, schema_editor):
    """Before one contact per reminder is enforced: where two requests at once logged a
    reminder's contact twice, the first keeps the link and the others stay in the log as
    contacts of the plan (nothing the member typed is deleted)."""
    ContactLog = apps.get_model("reminders", "ContactLog")
    seen = set()
    for contact in (
        ContactLog.objects.filter(reminder__isnull=False).order_by("reminder_id", "created", "pk")
    ):
        if contact.reminder_id in seen:
            ContactLog.objects.filter(pk=contact.pk).update(reminder=None)
        seen.add(contact.reminder_id)


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0005_choices_constraints"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="reminder",
            name="reminders_status_known",
        ),
        migrations.AlterField(
            model_name="reminder",
            name="status",
            field=models.CharField(
                choices=[
                    ("scheduled", "Scheduled"),
                    ("sent", "Sent"),
                    ("done", "Done"),
                    ("snoozed", "Snoozed"),
                    ("dropped", "Dropped"),
                    ("failed", "Email failed"),
                ],
                default="scheduled",
                max_length=10,
            ),
        ),
        migrations.AddConstraint(
            model_name="reminder",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("status__in", ["scheduled", "sent", "done", "snoozed", "dropped", "failed"])
                ),
                name="reminders_status_known",
            ),
        ),
        migrations.RunPython(unlink_second_contacts, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="contactlog",
            constraint=models.UniqueConstraint(
                condition=models.Q(("reminder__isnull", False)),
                fields=("reminder",),
                name="reminders_one_contact_per_reminder",
            ),
        ),
    ]
