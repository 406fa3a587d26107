from django.apps import AppConfig
from django.db.models.signals import post_migrate


class GuideConfig(AppConfig):
    name = "apps.guide"
    verbose_name = "Public guide and step tips"

    def ready(self) -> None:
        from apps.guide.editors import ensure_content_editors_group

        # After every migrate and every flush (which sends post_migrate again).
        post_migrate.connect(
            ensure_content_editors_group, sender=self, dispatch_uid="ajar-content-editors"
        )
