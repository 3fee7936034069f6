"""Check two messages with the Python API: the Com Hem typo and the Elisa namesake.

Run from the repository root:  python examples/api_example.py
"""

from pathlib import Path

from misdirect import Action, Directory, Guard, MessageBlocked, OutboundEmail
from misdirect.io import read_customers

here = Path(__file__).parent
directory = Directory.connect("sqlite://")                    # in memory; any SQLAlchemy URL works
report = directory.upsert(read_customers(here / "customers.csv"))
print(f"{report.inserted} customers loaded")

guard = Guard(directory)                                      # default policy, no DNS

# The Com Hem incident: the salesperson typed the address without one digit.
verdict = guard.check(OutboundEmail(
    customer_id="C-2001", to=["linnea.oberg187@comhem.se"], subject="Orderbekräftelse",
    text="Hej Linnea! Tack för din beställning av Bredband 250/250."))
assert verdict.action is Action.HOLD
for finding in verdict.findings:
    print(f"{finding.code}: {finding.explanation}")
    if finding.suggestion:
        print(f"  did you mean {finding.suggestion}?")

# The Elisa incident: a PIN and password to a namesake's address.
email = OutboundEmail(
    customer_id="C-1001", to=["matti.virtanen@kolumbus.fi"], subject="Palvelusi tunnukset",
    text="Käyttäjätunnus: mvirtanen68\nPIN-koodi: 4921\nSalasana: Kesä-2024-tunnus",
    known_secrets=["4921", "Kesä-2024-tunnus"])
verdict = guard.check(email)
print(verdict.explain())

# In a send path: send verdict.message (secrets redacted) only when the verdict allows it.
try:
    if not verdict.allowed:
        raise MessageBlocked(verdict)
except MessageBlocked as e:
    print(f"not sent: {e}")
