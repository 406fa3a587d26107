from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "apps.accounts"
    verbose_name = "Members"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from apps.accounts import sessions

        user_logged_in.connect(sessions.on_login, dispatch_uid="ajar-session-seen")
