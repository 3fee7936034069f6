"""Batch 4, English. Written by helper `blind4a` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Your door PIN was reset",
      """Hi {F:name},

The PIN for the front door at Harbourside Fitness was reset by our front desk on {D:date} at {D:time}.
The old number no longer opens the door. Pick up the new one in the app under Membership > Access.

If nobody at the club did this for you, let us know on {D:phone}.

Membership {D:custno}
Harbourside Fitness Ltd, {F:city}"""),
    T("html", "decoy", "A reminder from Halden Bank about phone calls",
      """<h2>We'll only ever ask for two characters</h2>
<p>Dear customer,</p>
<p>When you ring us, our team may ask for two characters from your security passcode, never the whole thing.
Anyone who asks you to read out every digit, or to move money to a "safe account", is not from Halden Bank.</p>
<p>Hang up and call the number on the back of your card ({D:masked}).</p>
<p style="color:#777;font-size:11px">Halden Bank plc. Registered in England and Wales, number {D:caseno}.</p>"""),
    T("br", "decoy", "Your new debit card has been posted",
      """Dear {F:name},
your replacement card ending {D:amount} left us on {D:date}.
The PIN follows on its own, about two working days later, in a plain white envelope.
Please don't expect both in the same post: we send them apart on purpose.

Royal Mail tracking {D:tracking}
Card services {D:phone}"""),
    T("table", "decoy", "Password expiry notice",
      """This is an automated message from the Northgate Council IT service desk.

Account | {F:name}
Password last set | {D:date}
Must be changed by | {D:date2}
Minimum length | 14 characters

To change it, press Ctrl+Alt+Del on a council laptop and choose Change a password."""),
    T("blocks", "decoy", "Can't sign in to your council tax account?",
      """We noticed a few failed sign-ins on your council tax account.

Forgotten your password? | Choose "Reset password" on the sign-in page
Locked out? | Wait 30 minutes, or ring {D:phone}
Account reference | {D:ref}

We will not email you a password, and we won't ever ask you to reply with one."""),
    T("text", "decoy", "SIM locked",
      """Hello,

Your phone told us the SIM has been locked after three wrong PIN attempts.
To unlock it you'll need the eight-digit PUK. It's on the credit-card sized holder your SIM came in,
or you can view it in My Vantage under SIM settings after signing in.

Your case number is {D:caseno} if you'd like to call us about it on {D:phone}.

Vantage Mobile"""),
    T("html", "decoy", "Parents' evening: booking now open",
      """<p>Dear parent or carer,</p>
<p>Booking for Year 9 parents' evening on {D:date} is now open in the Parent Portal.
Your login is unchanged from last term. If you've forgotten the password, use <em>Forgotten password</em>
on the portal's home page; the school office can't see or reset it for you.</p>
<p>Appointments are in room {D:roomno}, from {D:time}.</p>
<p>St Aidan's Academy</p>"""),
    T("br", "decoy", "Changes to how you sign in",
      """From {D:date} we're adding an extra step when you sign in to your Wessex Insurance account.
Each time, we'll text a one-time passcode to the mobile number ending {D:amount}.
You'll type that passcode in straight after your password.
Nothing changes on the phone: our advisers will never ask you for a passcode.

Policy {D:ref}"""),
    T("table", "decoy", "Your stay at The Ropewalk Hotel",
      """We're looking forward to welcoming you.

Booking | {D:pnr}
Room | {D:roomno}
Check-in from | {D:time}
Door code | sent by text on the morning you arrive

Reception is staffed until 11pm."""),
    T("blocks", "decoy", "Your network account",
      """Welcome back from leave, {F:name}.

Password expired on | {D:date}
Where to set a new one | the staff self-service page, before 9am if possible
IT desk | {D:phone}

IT will never ask you to tell them your password, including over Teams."""),
    T("text", "decoy", "Unusual sign-in attempts on your energy account",
      """Dear {F:name},

Someone entered the wrong password on your Brightwater Energy account five times on {D:date}.
For your protection, signing in is paused for 30 minutes.

If that was you, just wait and try again, or reset the password from the sign-in page.
If it wasn't you, change it once you're back in and check the contact details we hold.

Account number {D:custno}"""),
    T("html", "decoy", "Your passcode was changed",
      """<p>Hi {F:name},</p>
<p>This is to let you know the passcode for your Halden mobile banking app was changed.</p>
<table><tr><td>When</td><td>{D:date}, {D:time}</td></tr>
<tr><td>Device</td><td>iPhone (app version 7.12)</td></tr></table>
<p>Didn't do this? Call us now on {D:phone}, any time of day.</p>"""),
    T("br", "decoy", "Your parcel is in a locker",
      """Good news, {F:name}: parcel {D:tracking} is waiting in the locker at {F:street}.
The collection code will follow by text as soon as our courier has closed the locker door.
Keep it handy: you'll have 72 hours to collect.

Parcelpoint"""),
    T("text", "decoy", "Your activation code is on its way",
      """Thank you for registering for your online tax account.

We've posted an activation code to your home address. It should arrive within seven days and it
expires 28 days after the date we sent it ({D:date}). You'll be asked for it the first time you sign in.

Please don't call us before {D:date2} about a code that hasn't arrived.

Your user ID was sent to you in a separate email."""),
    # --- no secret at all
    T("text", "none", "Order {D:order} confirmed",
      """Thanks for your order, {F:name}!

Order {D:order}
Waterproof jacket, size M ........ {D:price}
Delivery to {D:postcode} ......... free

We'll email you again when it ships. Track it with {D:tracking} from tomorrow.

{F:shop}"""),
    T("html", "none", "Your Vantage Mobile bill",
      """<p>Your bill for this month is ready.</p>
<table><tr><td>Account</td><td>{D:custno}</td></tr>
<tr><td>Invoice</td><td>{D:invoice}</td></tr>
<tr><td>Total</td><td>{D:price}</td></tr>
<tr><td>Collected on</td><td>{D:date}</td></tr></table>
<p>Paying by bank transfer? Our account is {D:iban}, with your account number as the reference.</p>"""),
    T("br", "none", "Booking confirmation",
      """Dear {F:name},
thank you for booking with The Ropewalk Hotel.
Booking reference {D:pnr}, arriving {D:date}, two nights.
We have reserved room {D:roomno} on the second floor, as requested.
Breakfast is served from {D:time}.

Call us on {D:phone} if your plans change."""),
    T("table", "none", "Appointment confirmed",
      """Your dental appointment is booked.

Patient number | {D:custno}
Date | {D:date}
Time | {D:time}
Surgery | {F:street}, {D:postcode}

Please arrive ten minutes early. To cancel, call {D:phone}."""),
    T("blocks", "none", "Boiler service report",
      """Thanks for letting our engineer in today.

Boiler serial number | {D:serial}
Job number | {D:caseno}
Next service due | {D:date}
Amount paid | {D:price}

Keep this email with your home insurance papers."""),
    T("text", "none", "Year 8 trip to York: payment reminder",
      """Dear parent or carer,

The balance of {D:price} for the Year 8 trip on {D:date} is due by {D:date2}.
Please pay through ParentPay using reference {D:ref}.

The coach leaves from the main gate at {D:time}. Questions to the school office on {D:phone}.

Mrs Collins, Head of Year 8"""),
    T("html", "none", "Your home insurance renewal",
      """<p>Dear {F:name},</p>
<p>Your policy {D:ref} renews on {D:date}. Your new annual premium is <b>{D:price}</b>.</p>
<p>If you pay monthly, the first collection of {D:price2} will be taken from the account ending {D:amount}.</p>
<p>Nothing to do if you're happy to renew. Wessex Insurance, {D:phone}</p>"""),
    # --- hard cases
    T("text", "hard", "Confirm your card payment",
      """You're paying {D:price} to {F:shop}.

Enter {S:otp} on the checkout page to confirm it's you. It works once and for 5 minutes.

Not you? Don't type anything in; call us on {D:phone}.
Halden Bank"""),
    T("html", "hard", "Use {S:otpg} to finish signing in",
      """<p>Someone, hopefully you, is signing in to My Vantage on a new device at {D:time}.</p>
<p>The characters in the subject line finish the sign-in. They stop working after ten minutes.</p>
<p>Didn't try to sign in? Change your password and tell us on {D:phone}.</p>"""),
    T("br", "hard", "Side door entry for early members",
      """Hi {F:name},
the side door by studio {D:roomno} opens from 6am for members on the Early plan.
Key in the following on the pad, then press the green button:
{S:pin}
It's personal to you, so please don't pass it on.

Harbourside Fitness"""),
    T("table", "hard", "Welcome to The Ropewalk",
      """Everything you need for your stay:

Room | {D:roomno}
Booking | {D:pnr}
Wi-Fi network | Ropewalk-Guests
Key | {S:pwword}
Breakfast | from {D:time}"""),
    T("blocks", "hard", "Your first day at Northgate Council",
      """Hello {F:name}, welcome to the team.

Use the following to sign in to your laptop for the first time, then choose your own:
{S:pw}

Staff number | {D:custno}
Start date | {D:date}"""),
    T("text", "hard", "Your password has been reset",
      """Hi {F:name},

As you asked on the phone, we've reset your library account. Your new password is {S:pwword}, all lower case.
You can keep it or change it under My Account.

Card number {D:custno}
Central Library, {F:city}"""),
    T("html", "hard", "Your broadband is set up",
      """<p>Hi {F:name}, your new router is live.</p>
<p>The network name and the passphrase for joining it are printed below. You'll also find them on the sticker under the router.</p>
<p style="font-size:20px;font-family:monospace">Fibrewave-{D:amount}</p>
<p style="font-size:20px;font-family:monospace">{S:phrase}</p>
<p>Router serial {D:serial}</p>"""),
    T("br", "hard", "Unlocking your SIM",
      """Dear customer,
as requested under case {D:caseno}, here are the eight digits that unlock your SIM: {S:puk}.
Enter them when your phone asks, then choose a new four-digit PIN.
Vantage Mobile, {D:phone}"""),
    T("table", "hard", "Activate your new card",
      """Your card is ready to use once it's activated.

Card | {D:masked}
Reference | {D:ref}
To activate, key in | {S:otp}
Expires | {D:date}"""),
    T("blocks", "hard", "Parent Portal account",
      """Dear {F:name}, your Parent Portal account is ready.

Login | the email address this was sent to
Starter password | {S:pw}
Pupil | Year 7, form {D:roomno}

You'll be asked to replace the starter password the first time you log in."""),
    T("text", "hard", "RE: Can't log in (ticket {D:caseno})",
      """Hi {F:name},

I've reset it for you, it's now {S:pw} - you'll be asked to change it when you sign in.

Cheers,
Dan, IT Service Desk
ext. {D:amount}

> From: {F:name}
> Sent: {D:date}
> I can't log in, my password expired over the weekend. Ticket {D:caseno}."""),
    T("html", "hard", "Your code / Eich cod",
      """<p><b>English</b>: to finish registering for the county library, type {S:otp} into the form.</p>
<p><b>Cymraeg</b>: i orffen cofrestru, teipiwch y rhif uchod i mewn i'r ffurflen.</p>
<p>Library card {D:custno}</p>"""),
    T("br", "hard", "Click and collect: ready",
      """Your order {D:order} is ready at our {F:city} store.
Show the code {S:otpg} at the service desk to collect it.
We'll keep it for 10 days, until {D:date}.

{F:shop}"""),
    T("table", "hard", "Parcel locker booked",
      """Your return is booked into a Parcelpoint locker.

Locker | {D:roomno}
Tracking | {D:tracking}
Open with | {S:pin6}
Drop off by | {D:date}"""),
    T("blocks", "hard", "Your software licence",
      """Thank you for buying Ledgerline Pro.

Licence holder | {F:name}
Device serial | {D:serial}
Key | {S:akey}
Invoice | {D:invoice}"""),
    T("text", "hard", "Memorable word updated",
      """Dear {F:name},

As requested, we've recorded {S:answer} as the memorable word on your account.
We'll ask you for letters from it when you call us, so keep this email somewhere safe or delete it.

Customer number {D:custno}
Halden Bank"""),
    T("html", "hard", "Your replacement card number",
      """<p>Dear {F:name},</p>
<p>We've cancelled your old card ({D:masked}) and moved your subscriptions. The long number of the new one is
<span style="white-space:nowrap">{S:card}</span>, should you need it for online shopping before the plastic arrives.</p>
<p>It expires on {D:date}.</p>"""),
    T("br", "hard", "Your gym locker: {S:pin}",
      """Hi {F:name},
you've rented locker {D:amount} in the changing rooms until {D:date}.
The combination is the number in this email's subject.
Harbourside Fitness, {D:phone}"""),
    T("table", "hard", "Your payslip for this month",
      """Employee number | {D:custno}
National Insurance | {S:nid}
Tax code | 1257L
Pay date | {D:date}
Net pay | {D:price}"""),
    T("text", "hard", "Voicemail PIN",
      """Hello {F:name},

Your voicemail PIN is below. Please memorise it and then delete this email.


        {S:pin}


Case {D:caseno}, Vantage Business"""),
    T("html", "hard decoy", "Approve a new payee",
      """<p>You're adding a new payee: account ending {D:amount}.</p>
<p>Never share this with anyone, including Halden Bank staff. We'll never call to ask for it.</p>
<p style="font-size:24px;letter-spacing:4px">{S:otp}</p>
<p>If you're not adding a payee, call us now on {D:phone}.</p>"""),
    # --- easy
    T("text", "easy", "Your one-time passcode",
      """Your one-time passcode: {S:otp}
Valid for 10 minutes. Halden Bank will never call you to ask for it."""),
    T("table", "easy", "Your new card PIN",
      """Card | {D:masked}
PIN | {S:pin}"""),
    T("html", "easy", "Temporary password",
      """<p>Hello {F:name},</p><p>Your temporary password: <b>{S:pw}</b></p><p>Northgate Council IT</p>"""),
    T("blocks", "easy", "Verify your email",
      """Verification code | {S:otp}
Order | {D:order}"""),
]
