"""Batch 2, English (UK). Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "We've updated your sign-in details",
      """Hello {F:name},

This is a quick note to confirm that the password on your online banking profile was reset on {D:date} at {D:time}.
No action is needed if you made this change.
Didn't recognise it? Ring our fraud team on {D:phone}, day or night, and quote customer number {D:custno}.

Kind regards,
Online Banking"""),
    T("html", "decoy", "Scam alert: we will never ask for your code",
      """<p>Hi {F:name},</p>
<p>Fraudsters are sending texts that look like they come from us. Please remember:</p>
<ul><li>we'll never ask you to read out a one-time passcode,</li>
<li>we'll never ask for your full password or card PIN,</li>
<li>we'll never ask you to move money to a "safe account".</li></ul>
<p>If in doubt, hang up and call the number on the back of your card ({D:phone}).</p>"""),
    T("br", "decoy", "Your card has been dispatched",
      """Dear {F:name},
your new contactless card ending {D:masked} left us on {D:date}.
The PIN is sent on its own, in a separate letter, a day or two later.
Please don't activate the card until both have arrived.

Questions? {D:phone}"""),
    T("table", "decoy", "Forgotten PIN",
      """You asked how to get a PIN reminder.

Online | Log in and choose Cards, then View PIN
By phone | {D:phone}
Card | {D:masked}
Request received | {D:date}

A reminder can take up to five working days to reach you by post."""),
    T("text", "decoy", "Reset your password",
      """Hi {F:name},

We received a request to reset the password for the account linked to this email address.
Click the button below to pick a new one. The link works once and expires after 60 minutes.

If you didn't ask for this, you can safely ignore this message and your current password will keep working.

Ticket {D:ref}"""),
    T("blocks", "decoy", "New sign-in to your account",
      """We noticed a new sign-in to your account.
When | {D:date}, {D:time}
Device | Chrome on Windows
Location | {F:city}, United Kingdom
If this wasn't you, change your password straight away and turn on two-step verification."""),
    T("text", "decoy", "Two-step verification is now on",
      """Hello {F:name},

From now on, whenever you sign in on a new device we'll text a verification code to your mobile number ending in {D:amount}.
Codes are valid for ten minutes and can only be used once.
You can switch this off under Settings > Security.

Customer number {D:custno}"""),
    T("html", "decoy", "Changes to our password rules",
      """<p>Dear customer,</p>
<p>From <strong>{D:date}</strong> every password must be at least 12 characters long and may not be one you have used before.
The next time you log in after that date we'll ask you to choose a new one.</p>
<p>You don't need to do anything today.</p>"""),
    T("br", "decoy", "Your code has expired",
      """Hi {F:name},
the code we sent you at {D:time} has now expired, so it can no longer be used.
Request a fresh one from the sign-in screen whenever you're ready.
Reference {D:ref}"""),
    T("text", "decoy", "Your mobile account is locked",
      """Hi {F:name},

The PIN on your SIM was entered incorrectly three times, so the SIM is now locked.
To unlock it you'll need the PUK code printed on the card your SIM came attached to, or you can find it in the My Account app.
Please don't guess: ten wrong PUK entries make the SIM permanently unusable.

Account {D:custno}"""),
    T("table", "decoy", "Your support request has been closed",
      """Thanks for getting in touch.

Case | {D:ref}
Closed on | {D:date}
Topic | Password not accepted

Our agents will never ask you to email your password to them. If the problem comes back, reply to this message or call {D:phone}."""),
    T("html", "decoy", "Your PIN letter is on its way",
      """<p>Hello {F:name},</p>
<p>As requested on {D:date}, we've posted a PIN reminder to your registered address. It should arrive within 3 to 5 working days.</p>
<p>For security, the letter is in a plain envelope and doesn't show our name.</p>
<p>Card ending {D:masked}</p>"""),
    # --- no secret at all
    T("table", "none", "Order confirmation {D:order}",
      """Thank you for your order, {F:name}!

Order number | {D:order}
Order date | {D:date}
Total | {D:price}
Deliver to | {F:street}, {D:postcode}

We'll email you again when your parcel is on its way."""),
    T("text", "none", "Your parcel is on its way",
      """Good news, {F:name} - your order {D:order} has been dispatched.

Tracking number: {D:tracking}
Expected delivery: {D:date}

Not in? Your courier will leave a card and you can rearrange delivery online."""),
    T("table", "none", "Your invoice {D:invoice}",
      """Your monthly bill is ready.

Invoice | {D:invoice}
Amount due | {D:price}
Due date | {D:date}
Pay to | {D:iban}
Reference | {D:ref}

If you pay by Direct Debit there's nothing to do."""),
    T("br", "none", "Appointment confirmed",
      """Hi {F:name},
your appointment at our {F:city} branch is booked for {D:date} at {D:time}.
Please bring photo ID.
To change it, call {D:phone}."""),
    T("html", "none", "We've received your return",
      """<p>Hello {F:name},</p>
<p>Your return for order <b>{D:order}</b> has arrived at our warehouse. A refund of <b>{D:price}</b> will be back on your card ending {D:masked} within 5 days.</p>"""),
    T("blocks", "none", "Your membership renews soon",
      """Your {F:shop} membership renews automatically.
Member number | {D:custno}
Renewal date | {D:date}
Price | {D:price}
No action is needed unless you want to cancel."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Confirm it's you",
      """Hi {F:name},

To finish signing in, enter {S:otp} in the app.
It stops working in 10 minutes.

Didn't try to sign in? Call {D:phone}."""),
    T("text", "hard", "{S:otp} is your Northwind code",
      """Use {S:otp} to confirm your email address for {F:shop}.
For your safety, don't forward this email."""),
    T("br", "hard", "Finish setting up your account",
      """Nearly there, {F:name}!
The code is {S:otpg}.
Type it into the box on the page you've just left.
Order {D:order}"""),
    T("text", "hard", "Your new PIN",
      """Dear {F:name},

As requested, we have set a new PIN for your card ending {D:masked}.
Your PIN is printed below. Memorise it and then destroy this message.

        {S:pin}

You can change it at any of our cash machines."""),
    T("blocks", "hard", "Your temporary sign-in details",
      """Here are the details for your first sign-in.
Username | {F:name}{D:amount}
Temporary password | {S:pw}
You'll be asked to choose your own password straight after signing in."""),
    T("table", "hard", "Your SIM card details",
      """Welcome to the network, {F:name}.

Mobile number | {D:phone}
SIM PIN | {S:pin}
PUK | {S:puk}
Account number | {D:custno}

Keep these details somewhere safe."""),
    T("text", "hard", "Your password has been reset",
      """Hello {F:name},

Our service desk reset your account on {D:date}. Your new password is {S:pwword}.
Please change it the first time you log in.

Ref {D:ref}"""),
    T("html", "hard", "Your Wi-Fi access",
      """<p>Hi {F:name},</p>
<p>Thanks for booking with us. Find your password for the guest Wi-Fi underneath - it's valid for the whole of your stay.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Booking reference {D:ref}, check-in {D:date}.</p>"""),
    T("table", "hard", "Welcome to the staff portal",
      """Welcome aboard, {F:name}. Your account has been created.

Login | {F:name}.hr
Initial password | {S:pw}
Employee number | {D:custno}
Start date | {D:date}"""),
    T("text", "hard", "Activate your card",
      """Hi {F:name},

Your new card ending {D:masked} is ready to use once you've activated it.
Call {D:phone} and key in 5 when asked, then the activation number {S:pin6}.

Thanks for banking with us."""),
    T("br", "hard", "Security question saved",
      """Hi {F:name},
you've set up a memorable answer for phone banking.
Question: the name of your first pet
Answer saved: {S:answer}
We'll ask for it when you call {D:phone}."""),
    T("blocks", "hard", "Your SIM PIN and PUK",
      """Your replacement SIM for {D:phone} is active.
PIN | {S:pin}
PUK | {S:puk}
Order | {D:order}"""),
    T("text", "hard", "Collect your parcel",
      """Your parcel {D:tracking} is waiting in locker 14 at {F:street}.
Open the locker with {S:otp} before {D:date}.
After that it will go back to the sender."""),
    T("br", "hard", "Your log-in details are below",
      """Dear {F:name},
thank you for registering. Your password is:
{S:pw}
Your customer number is {D:custno}."""),
    T("html", "hard", "Virtual card issued",
      """<p>Hello {F:name},</p>
<p>Your virtual card is ready for online shopping.</p>
<table><tr><td>Card number</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Expires</td></tr><tr><td>{D:date}</td></tr></table>
<p>The security code is shown in the app only.</p>"""),
    T("text", "hard", "Your National Insurance number",
      """Dear {F:name},

Following your application on {D:date}, your National Insurance number is {S:nid}.
Keep this letter safe; you'll need the number when you start work.

HM Revenue and Customs"""),
    T("table", "hard decoy", "Verify your phone number",
      """We'll never ask you to share this with anyone, not even us.

Code | {S:otpg}
Valid until | {D:time}

If you didn't request it, you can ignore this email."""),
    T("text", "hard", "Your door entry code",
      """Hi {F:name},

Welcome to your new flat at {F:street}. The front door opens with
{S:pin} followed by the # key.
Bin collection is on {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Your one-time passcode",
      """Your one-time passcode is {S:otp}. It expires in 5 minutes.
Never share this passcode with anyone."""),
    T("br", "easy", "Verification code",
      """Hello {F:name},
verification code: {S:otp}
Order {D:order}, {D:price}"""),
    T("html", "easy", "Your PIN",
      """<p>Dear {F:name},</p><p>PIN: <strong>{S:pin}</strong></p><p>Card ending {D:masked}</p>"""),
    T("table", "easy", "Your account",
      """Username | {F:name}
Password | {S:pw}
Customer number | {D:custno}"""),
    T("text", "easy decoy", "Your login code",
      """Your login code: {S:otp}
We'll never call you to ask for this code. If anyone does, hang up and ring {D:phone}."""),
    T("blocks", "easy", "PUK code request",
      """You asked for the PUK code for {D:phone}.
PUK code | {S:puk}
Requested | {D:date}"""),
    # --- more pointer phrases and label/value decoys
    T("text", "hard", "Your password has been changed",
      """Hi {F:name},

As agreed on the phone, we've changed the password on your account. It has been changed to {S:pwword}.
Please switch to one of your own the next time you sign in.

Customer Services {D:phone}"""),
    T("br", "hard", "Sign in to your account",
      """Hi {F:name},
sign in with the one-off passcode {S:otp} within ten minutes.
You'll find order {D:order} under My orders.
Customer number {D:custno}"""),
    T("table", "decoy", "Reminder: your password expires soon",
      """Hi {F:name}, here are the details of your account.

Password expires | {D:date}
Change password | My account > Security
Customer number | {D:custno}
Helpline | {D:phone}"""),
    T("html", "hard", "Your personal code",
      """<p>Dear {F:name},</p>
<p>here is the new code for your card {D:masked}:</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Please delete this message once you've memorised it.</p>"""),
    T("text", "none", "Your e-ticket",
      """Hello {F:name},

thanks for booking with us. Your ticket to {F:city} on {D:date}, departing {D:time}, cost {D:price}.
Booking reference: {D:order}
Show your Railcard with the ticket. Customer services: {D:phone}"""),
    T("blocks", "hard", "Welcome to your holiday cottage",
      """Welcome to {F:city}! The key is in the key safe beside the front door.
Key safe | {S:pin}
Wi-Fi | {S:pwword}
Check-out | {D:date} by {D:time}"""),
    T("text", "decoy", "About your security",
      """Hi {F:name},

We will never ask for your password or your PIN. Passwords need changing every 90 days.
Forgotten your password? Use "Forgot password" on the sign-in page or call {D:phone} for a new one.
You can change your card PIN at any cash machine.

Reference {D:ref}"""),
    T("text", "hard", "Link the app to your account",
      """Hi {F:name},

type the following digits into the app:

{S:otp}

They're valid for 15 minutes. Order {D:order}."""),
]
