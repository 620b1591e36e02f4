"""Settings of the SIE HUB+ platform.

Every deploy-time value comes from the environment (see README and .env.example). With no
configuration at all the platform runs as a demo: SQLite under var/, Celery tasks executed
in-process, mail printed to the console. Production hardening switches on when DEBUG is off.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF

from siehub.video import frame_sources as video_frame_sources

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Where the demo keeps its SQLite database, uploads and collected static files.
VAR_DIR = Path(env.str("VAR_DIR", default=str(BASE_DIR / "var")))

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY",
    # Only for the demo and tests: `check --deploy` flags this key, production sets its own.
    default="django-insecure-demo-only-key-never-use-in-production",
)
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# Absolute address used in mail and feeds, where no request is at hand.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_ID = 1

INSTALLED_APPS = [
    # modeltranslation must precede the admin to add its translation tabs.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.postgres",
    "django.forms",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_filters",
    "django_htmx",
    "siehub",
    "network",
    "inventory",
    "training",
    "mobilities",
    "results",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "siehub.middleware.InvalidFormStatusMiddleware",
    "siehub.middleware.StaffTwoFactorMiddleware",
    # Last: it runs the view (see its docstring).
    "siehub.middleware.RetryReadOnLostConnectionMiddleware",
]

ROOT_URLCONF = "siehub.urls"
WSGI_APPLICATION = "siehub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "siehub.context_processors.site",
            ],
        },
    },
]

# Database: SQLite under var/ by default, PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'siehub.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A fresh clone has no var/: `manage.py migrate` must not fail to open the file.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Pages answer with short index scans; a parallel worker's start-up costs more than
    # it saves there (a capped search count: 52 ms in parallel, 17 ms without, on 2
    # cores) and takes a core from the next request. Empty: the server's own setting
    # (e.g. behind PgBouncer, which refuses startup options).
    workers = env.str("DATABASE_PARALLEL_WORKERS", default="0")
    if workers:
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
            f"-c max_parallel_workers_per_gather={int(workers)}"
        )
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: per-process memory by default; Redis (CACHE_URL=redis://...) when several web
# processes must share rate limits. Nothing in it is needed to answer a page, so a Redis
# that is down or frozen costs a request CACHE_TIMEOUT seconds at most, and then, for
# CACHE_DOWN_SECONDS, nothing: the process answers from its own memory (siehub/cache.py).
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://siehub")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "siehub.cache.ResilientRedisCache"
    cache_options = CACHES["default"].setdefault("OPTIONS", {})
    cache_options.setdefault("socket_timeout", env.float("CACHE_TIMEOUT", default=0.5))
    cache_options.setdefault(
        "socket_connect_timeout", env.float("CACHE_TIMEOUT", default=0.5)
    )
    cache_options.setdefault(
        "down_seconds", env.float("CACHE_DOWN_SECONDS", default=10)
    )
SESSION_ENGINE = env.str(
    "SESSION_ENGINE", default="django.contrib.sessions.backends.db"
)

AUTH_USER_MODEL = "network.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "network:profile"

# django-allauth: email is the login, verification is mandatory, rate limits stay on.
ACCOUNT_ADAPTER = "network.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "network.forms.accounts.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
# Tell the owner of an account when its password or address changes (security notices).
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[SIE HUB+] "
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_RATE_LIMITS = {
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "confirm_email": "1/3m/key",
}

# Two-factor login (allauth.mfa): an authenticator app (TOTP) and recovery codes, set up
# at /accounts/2fa/. Whoever has set it up is asked for a code at every login, the
# admin's included (the admin logs in through allauth: siehub/urls.py), so the rate
# limits above apply there too. With MFA_REQUIRED_FOR_STAFF, staff must set it up
# before the admin opens for them (siehub.middleware.StaffTwoFactorMiddleware).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "SIE HUB+"
MFA_REQUIRED_FOR_STAFF = env.bool("MFA_REQUIRED_FOR_STAFF", default=False)

# Languages: the URL carries the language; content fields are translated per language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("mk", "Македонски"),
    ("bg", "Български"),
    ("es", "Español"),
]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "vendor"]
USE_I18N = True
# One long and one short date format per language, as teachers there write them.
FORMAT_MODULE_PATH = ["siehub.formats"]
USE_TZ = True
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Skopje")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# A missing translation is shown in the closest language a reader can read: Macedonian
# and Bulgarian readers each other's (same script, close languages), Spanish readers
# English, then any. siehub.i18n.translated_field puts the original language right after
# the close one.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": MODELTRANSLATION_LANGUAGES,
    "mk": ("bg",),
    "bg": ("mk",),
    "es": ("en",),
}
# modeltranslation's language tabs in admin need jQuery UI, which it would load from
# Google's CDN: the CSP blocks that (and nothing comes from a CDN), so the tabs never
# appeared. Serve the vendored copy, and Django admin's own jQuery.
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"
JQUERY_UI_URL = "js/vendor/jquery-ui.min.js"

# Static files: hashed and compressed by whitenoise; never from a CDN.
STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS: list[str] = []
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STATIC_STORAGE_BACKEND = env.str(
    "STATIC_STORAGE_BACKEND",
    default="whitenoise.storage.CompressedManifestStaticFilesStorage",
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": STATIC_STORAGE_BACKEND},
}
# S3-compatible media storage when a bucket is named.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default=None)
    AWS_ACCESS_KEY_ID = env.str("AWS_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env.str("AWS_SECRET_ACCESS_KEY", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Mail: printed to the console by default, SMTP through EMAIL_URL (smtp+tls://...).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="SIE HUB+ <noreply@siehub.eu>"
)
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# Seconds to wait for each answer of the SMTP server: a hung one must not hold a worker.
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=10)
ADMINS = [("Admin", a) for a in env.list("DJANGO_ADMINS", default=[])]

# Celery: tasks run in-process (eagerly) unless a broker is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
# A request must not hang on a broker outage: give up quickly, the outbox sweep resends.
# A broker that is down refuses the connection; one that hangs (accepts, answers nothing)
# is given up after BROKER_TIMEOUT seconds per try, and there are two tries.
BROKER_TIMEOUT = env.float("BROKER_TIMEOUT", default=2)
# After a failed publish a process fails the next ones at once for this long
# (siehub/celery.py), so a request that queues several tasks waits for one timeout.
BROKER_DOWN_SECONDS = env.float("BROKER_DOWN_SECONDS", default=10)
CELERY_BROKER_CONNECTION_TIMEOUT = BROKER_TIMEOUT
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # Long tasks (the PDF compendium) must not be handed to a second worker after an hour.
    "visibility_timeout": 3 * 3600,
    "socket_connect_timeout": BROKER_TIMEOUT,
    "socket_timeout": BROKER_TIMEOUT,
    "socket_keepalive": True,
}
# A task that names no limits of its own is stopped after ten minutes (a soft limit it can
# clean up after, then a hard one), so nothing holds a worker for good.
CELERY_TASK_SOFT_TIME_LIMIT = 600
CELERY_TASK_TIME_LIMIT = 660
CELERY_BEAT_SCHEDULE = {
    "results-refresh": {
        "task": "results.tasks.refresh_results",
        "schedule": env.int("RESULTS_REFRESH_SECONDS", default=600),
    },
    "outbox-sweep": {
        "task": "siehub.tasks.sweep_outbox",
        "schedule": env.int("OUTBOX_SWEEP_SECONDS", default=300),
    },
    "mobilities-offers": {
        "task": "mobilities.tasks.expire_offers",
        "schedule": 15 * 60,
    },
    "mobilities-reminders": {
        "task": "mobilities.tasks.send_reminders",
        "schedule": 3600,
    },
    "mobilities-evaluations": {
        "task": "mobilities.tasks.request_evaluations",
        "schedule": crontab(hour=9, minute=30),
    },
    "pictures-sweep": {
        "task": "siehub.tasks.sweep_pictures",
        "schedule": env.int("PICTURES_SWEEP_SECONDS", default=600),
    },
    "community-digest": {
        "task": "network.tasks.send_community_digests",
        "schedule": crontab(hour=env.int("COMMUNITY_DIGEST_HOUR", default=7), minute=0),
    },
}
# A failed send is tried again after OUTBOX_RETRY_SECONDS, then after twice as long each
# time, up to OUTBOX_RETRY_MAX_SECONDS, however often the sweep runs; after
# OUTBOX_MAX_ATTEMPTS sends (the default: about two days of a mail server's outage) it
# waits for a curator.
OUTBOX_RETRY_SECONDS = env.int("OUTBOX_RETRY_SECONDS", default=30)
OUTBOX_RETRY_MAX_SECONDS = env.int("OUTBOX_RETRY_MAX_SECONDS", default=3600)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=56)

# Machine translation: engines tried in order (siehub/machine_translation.py):
# "apertium" (Debian's packages), "deepl+https://api-free.deepl.com/?auth_key=..."
# (DeepL's API v2; api.deepl.com for a paid key; English, Spanish, Bulgarian, not
# Macedonian), "libretranslate+https://host/?api_key=..." (an HTTP service with
# LibreTranslate's API); "timeout=" in an address bounds each request (60 s). The
# shortest path over all of them wins. Empty: machine translation is off.
MACHINE_TRANSLATION_ENGINES = env.list(
    "MACHINE_TRANSLATION_ENGINES", default=["apertium"]
)

# The network: how often a member may write to others through their public profiles, and
# how long the author of a community post may still edit it.
CONTACT_MESSAGES_PER_HOUR = env.int("CONTACT_MESSAGES_PER_HOUR", default=5)
CONTACT_MESSAGES_PER_DAY = env.int("CONTACT_MESSAGES_PER_DAY", default=20)
COMMUNITY_POST_EDIT_MINUTES = env.int("COMMUNITY_POST_EDIT_MINUTES", default=15)

# Mobilities: the reminder before an event starts (days), sent once per participant.
MOBILITY_REMINDER_DAYS = env.int("MOBILITY_REMINDER_DAYS", default=7)

# Pictures (siehub/pictures.py): what an upload may be, the longest side kept, and the
# widths Celery makes of each (in WebP and JPEG) for srcset.
PICTURE_MAX_BYTES = env.int("PICTURE_MAX_BYTES", default=15 * 1024 * 1024)
PICTURE_MAX_PIXELS = env.int("PICTURE_MAX_PIXELS", default=40_000_000)
PICTURE_MAX_EDGE = env.int("PICTURE_MAX_EDGE", default=2400)
PICTURE_WIDTHS = tuple(env.list("PICTURE_WIDTHS", cast=int, default=[480, 960, 1600]))

# Videos by link (siehub/video.py): YouTube, Vimeo and the PeerTube servers named here.
# Their players may be framed (CSP frame-src) and load only when a reader asks.
VIDEO_PROVIDERS = env.list("VIDEO_PROVIDERS", default=["youtube", "vimeo", "peertube"])
VIDEO_PEERTUBE_HOSTS = env.list(
    "VIDEO_PEERTUBE_HOSTS", default=["framatube.org", "tilvids.com", "peertube.tv"]
)

# Security. Production hardening applies whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "siehub.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    # Switch off where a proxy terminates TLS and redirects itself.
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
        "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
    )
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    LANGUAGE_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)

# Content-Security-Policy: every script and style comes from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"] + env.list("CSP_EXTRA_IMG_SRC", default=[]),
        "font-src": [SELF],
        "connect-src": [SELF],
        # The video players readers ask for, and any other frame a deployment adds.
        "frame-src": [
            *video_frame_sources(VIDEO_PROVIDERS, VIDEO_PEERTUBE_HOSTS),
            *env.list("CSP_FRAME_SRC", default=[]),
        ]
        or [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # WeasyPrint logs a line per laid-out page of the compendium.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

FORM_RENDERER = "siehub.forms.SiteFormRenderer"
