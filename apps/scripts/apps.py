from django.apps import AppConfig


class ScriptsConfig(AppConfig):
    name = "apps.scripts"
    verbose_name = "Scripts and email templates"
