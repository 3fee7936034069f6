"""misdirect in the mail path: the smtplib hook, the Django backend, the SMTP relay, the quarantine."""
