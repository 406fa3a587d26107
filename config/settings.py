"""Ajar's one settings file, driven by environment variables.

Every variable is documented in .env.example. The defaults are for a laptop:
SQLite in the project folder, no Redis, mail printed to the console.
Django settings reference: https://docs.djangoproject.com/en/6.1/ref/settings/
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from config.env import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_origins,
    env_secret_key,
    env_site_url,
    env_str,
    env_time_zone,
    env_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent

# pytest (8.2+) sets PYTEST_VERSION; the suite gets fast hashing and a fixed key.
TESTING = "PYTEST_VERSION" in os.environ

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_secret_key("SECRET_KEY", debug=DEBUG or TESTING)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_origins("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_site_url("SITE_URL", debug=DEBUG or TESTING)

INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",
    # Before the admin, as its docs ask: curated advice in every language (the
    # apps' translation.py files; docs/architecture.md).
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    # A second factor (authenticator app, recovery codes, passkeys) and the list of
    # where a member is signed in: SECURITY.md.
    "allauth.mfa",
    "allauth.usersessions",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    # Revision history and revert for curated content (apps.content.models.CuratedContent).
    # https://django-simple-history.readthedocs.io/en/latest/quick_start.html
    "simple_history",
    "apps.core",
    "apps.content",
    "apps.accounts",
    "apps.plans",
    "apps.reasons",
    "apps.scripts",
    "apps.reminders",
    "apps.guide",
]

MIDDLEWARE = [
    # First, so it compresses what every other middleware has written: HTML goes out 3
    # to 15 times smaller (docs/performance.md). Its Heal The Breach padding and Django's
    # masked CSRF tokens answer BREACH. https://docs.djangoproject.com/en/6.1/ref/middleware/#module-django.middleware.gzip
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Above WhiteNoise, so static files are refused to frames as well.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, but pages outside i18n_patterns keep the visitor's language.
    "apps.core.middleware.LocaleMiddleware",
    # Just above CommonMiddleware, so it sees the Content-Length that one adds.
    "apps.core.middleware.HeadersOnlyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After authentication: records which editor made each saved version of content.
    "simple_history.middleware.HistoryRequestMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Keeps each signed-in session's device, IP and last-seen time for the sessions page:
    # allauth's tracking, at most every five minutes a session (apps/accounts/sessions.py).
    "apps.accounts.sessions.UserSessionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "apps.core.middleware.MemberTimeZoneMiddleware",
    "apps.core.middleware.MemberLanguageMiddleware",
    "apps.core.middleware.PrivateCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL says otherwise.
# PostgreSQL goes through psycopg 3 with Django's own connection pool
# (https://docs.djangoproject.com/en/6.1/ref/databases/#connection-pool).
DATABASE_URL = env_url("DATABASE_URL", schemes=("postgres", "postgresql", "sqlite"))
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "db.sqlite3",
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("DATABASE_POOL_MIN", 2, minimum=0),
        "max_size": env_int("DATABASE_POOL_MAX", 10, minimum=1),
        "timeout": 10,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web server and the reminder sender share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache every process shares: allauth's rate limits live here. The database
# cache needs no extra service; REDIS_URL swaps in Redis.
REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    # Sessions are read from Redis and written through to the database, which stays
    # their record: one query fewer on every signed-in page (docs/performance.md).
    # https://docs.djangoproject.com/en/6.1/topics/http/sessions/#using-cached-sessions
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "ajar_cache",
        }
    }
# Each process's own, for what is derived from shared data and keyed by it, so that
# it can never be stale (the guide's rendered articles).
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "ajar-local",
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    # cookiecutter-django's speed-up: hashing is not what the suite tests.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "plans:dashboard"

# django-allauth: https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "apps.accounts.forms.SignupDetailsForm"
ACCOUNT_FORMS = {"login": "apps.accounts.login_form.MemberLoginForm"}
ACCOUNT_ADAPTER = "apps.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env_choice(
    "ACCOUNT_EMAIL_VERIFICATION", "mandatory", choices=("mandatory", "optional", "none")
)
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_PREVENT_ENUMERATION = True
# Never write to an address that has no account (a reset request for a stranger's inbox).
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Ajar] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
ACCOUNT_RATE_LIMITS = {
    # Per address and per account, shared by every process through the cache.
    "login_failed": "5/5m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    # Codes by email to confirm it's you (re-authentication; signing in by code is off):
    # three per address in ten minutes, and each code allows three tries
    # (ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS) for three minutes.
    "request_login_code": "10/m/ip,3/10m/key",
}
# Members confirm it's them (before changing their email or password) with their
# password, a code sent to their verified address, or their second factor (the app, a
# recovery code or a passkey) when they have one.
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "code", "mfa")
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 180

# Two-factor and passkeys (allauth.mfa): an authenticator app (TOTP) with recovery
# codes, and passkeys or security keys (WebAuthn), as a second factor or, where the
# browser offers it, to sign in with a passkey alone. SECURITY.md says what is stored.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_PASSKEY_SIGNUP_ENABLED = False
MFA_TOTP_ISSUER = "Ajar"
MFA_RECOVERY_CODE_COUNT = 10
# Recovery codes are shown once, when made (with a download of them from that page);
# after that only how many are left, and "Make new codes".
MFA_RECOVERY_CODES_SHOW_ONCE = True
# WebAuthn needs a secure origin; the development server and the browser tests run on
# http://localhost, which browsers treat as secure too, but fido2 must be told.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG or TESTING
# Where the member is signed in (allauth.usersessions): last seen is kept up to date.
USERSESSIONS_TRACK_ACTIVITY = True

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("nl", _("Dutch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Curated advice has a column per language (title_en, title_nl, title_fr); English is
# the one editors must fill, and what a member sees where a translation is missing
# (apps.content.languages decides per item, so an item is never half-translated).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "nl", "fr")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# English dates day first and weeks from Monday, as in Belgium (config/formats/en).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = env_time_zone("TIME_ZONE", "Europe/Brussels")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# While developing and testing, files come straight from static/ (no collectstatic).
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production; plain files while developing and testing.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}

# Email: printed to the console unless an SMTP host is configured. Django 6.1's
# MAILERS (https://docs.djangoproject.com/en/6.1/topics/email/#mailers).
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Ajar <hello@ajar.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if env_str("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_str("EMAIL_HOST"),
                "port": env_int("EMAIL_PORT", 587, minimum=1),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", default=True),
                "timeout": env_int("EMAIL_TIMEOUT", 20, minimum=1),
            },
        }
    }
else:
    # Development prints readable mail; in production Django's own console backend
    # is left in place so `check --deploy` flags the missing SMTP host (mail.E001).
    MAILERS = {
        "default": {
            "BACKEND": "apps.core.mail.ReadableConsoleBackend"
            if DEBUG
            else "django.core.mail.backends.console.EmailBackend"
        }
    }

# Security. Development runs on plain http; production is https only.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("SECURE_PROXY_SSL_HEADER") else None
)
# How many proxies in front of Ajar append to X-Forwarded-For. allauth's per-address rate
# limits read the client's address from there; without it, behind a proxy, every request
# would come from the proxy and five wrong passwords from anyone would lock out everyone.
# One TLS proxy (the usual set-up) when SECURE_PROXY_SSL_HEADER is on; 0 reads REMOTE_ADDR.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int(
    "TRUSTED_PROXY_COUNT", 1 if SECURE_PROXY_SSL_HEADER else 0, minimum=0
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not (DEBUG or TESTING))
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = not DEBUG
# htmx reads the token from <body hx-headers>, so no script needs the cookie.
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (https://docs.djangoproject.com/en/6.1/ref/csp/).
# No inline script anywhere: every <script> is a static file carrying the nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}

# Logs go to stderr. Nothing here logs request bodies, and members' notes
# never reach a log line. The loggers that print a request's path or request line
# pass it through apps.core.redact first: a path can carry a feed token or a reset key.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_secrets": {"()": "apps.core.redact.RedactSecretsFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # 4xx warnings are noise, and 5xx errors still print the (redacted) path.
        "django.request": {"level": "ERROR", "filters": ["redact_secrets"]},
        "django.security.csrf": {"filters": ["redact_secrets"]},
        "django.server": {
            "level": "ERROR" if TESTING else "INFO",
            "filters": ["redact_secrets"],
        },
        # At DEBUG these dump template contexts and SQL parameters: reset keys, notes.
        "django.template": {"level": "INFO"},
        "django.db.backends": {"level": "INFO"},
    },
}
