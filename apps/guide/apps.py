from django.apps import AppConfig


class GuideConfig(AppConfig):
    name = "apps.guide"
    verbose_name = "Public guide"
