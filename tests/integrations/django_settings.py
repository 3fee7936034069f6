"""A minimal Django settings module for the backend tests (loaded by test_django.py).

The database and quarantine URLs, and the SMTP host and port, are set per test with
``override_settings``.
"""

SECRET_KEY = "misdirect-tests-only"
DEBUG = False
USE_TZ = True
INSTALLED_APPS: list[str] = []
DATABASES: dict[str, object] = {}
DEFAULT_CHARSET = "utf-8"
DEFAULT_FROM_EMAIL = "Butiken <order@butiken.se>"

EMAIL_BACKEND = "misdirect.integrations.django.EmailBackend"
MISDIRECT_WRAPPED_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MISDIRECT_CUSTOMER_HEADER = "X-Customer-Id"
