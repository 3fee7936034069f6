"""misdirect in the mail path: the quarantine (``quarantine``), the smtplib hook (``smtp``), the
Django email backend (``django``) and the SMTP relay (``relay``).

The modules are imported on their own (``from misdirect.integrations.smtp import GuardedSMTP``):
each needs only what its own extra installs.
"""
