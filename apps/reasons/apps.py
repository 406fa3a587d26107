from django.apps import AppConfig


class ReasonsConfig(AppConfig):
    name = "apps.reasons"
    verbose_name = "Reasons and reframes"
