from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ContentConfig(AppConfig):
    name = "apps.content"
    verbose_name = "Advice content"

    def ready(self) -> None:
        from apps.content.editors import ensure_content_editors_group

        # After every migrate and every flush (which sends post_migrate again).
        post_migrate.connect(
            ensure_content_editors_group, sender=self, dispatch_uid="ajar-content-editors"
        )
