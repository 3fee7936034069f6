"""Batch 5, English. Written by helper `blind5a` on 2026-12-04 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T(
        "text",
        "decoy",
        "Your voicemail PIN was changed",
        """Hello {F:name},

The PIN for your voicemail on the number ending {D:amount} was changed on {D:date} at {D:time}.
If that was you, there's nothing else to do.

If it wasn't, call us free on {D:phone} and we'll lock your voicemail while we look into it.
You can set a new voicemail PIN yourself by ringing voicemail from your own phone and pressing 8.

Account number {D:custno}
Skylark Mobile""",
    ),
    T(
        "html",
        "decoy",
        "Three things we will never ask you for",
        """<h2 style="color:#0b3d6b">Stay safe from scam calls and texts</h2>
<p>Dear {F:name},</p>
<p>Fraudsters are pretending to be from Penhallow Building Society. We will <strong>never</strong> ask you for:</p>
<ul>
<li>your card PIN, in full or in part</li>
<li>your online banking password or memorable word</li>
<li>a one-time passcode we have sent to your phone</li>
</ul>
<p>If someone asks, hang up and call the number on the back of your card ({D:masked}).</p>
<p style="font-size:11px;color:#888">Penhallow Building Society, member of the Building Societies Association. Reference {D:ref}.</p>""",
    ),
    T(
        "br",
        "decoy",
        "Your telephone banking PIN reminder is on its way",
        """Dear {F:name},
thank you for asking for a reminder of your telephone banking PIN.
We have posted it today, {D:date}, to the address we hold for you.
It should arrive within five working days in a plain envelope.

For your security we never send PINs by email or text.
Your request reference is {D:ref}.

Telephone Banking, {D:phone}""",
    ),
    T(
        "table",
        "decoy",
        "Your university password expires soon",
        """Your Brackley University IT account password is about to expire.

Username | {F:name}.student
Last changed | {D:date}
Expires on | {D:date2} at {D:time}
Change it at | Self-service portal > Security

After it expires you will not be able to sign in to email, Moodle or the library until you reset it.""",
    ),
    T(
        "blocks",
        "decoy",
        "Your locker rental at Thornbury Leisure",
        """Thanks, {F:name}: you're renting a locker in the main changing room.
Locker | {D:roomno}
Paid until | {D:date}
Amount | {D:price}
The lock is a four-digit combination that you set yourself the first time you close the door. Our staff can't see it; if you forget it, reception will cut the lock for a fee.""",
    ),
    T(
        "text",
        "decoy",
        "Reset your Fernwood Energy password",
        """Hi {F:name},

Someone (hopefully you) asked to reset the password for your Fernwood Energy online account.

Click the link below to choose a new one. The link only works once and expires after 30 minutes:
https://account.fernwood-energy.example/reset?ticket=sample

If you didn't ask for this, ignore this email; your current password will keep working.

Account {D:custno}
Fernwood Energy, {F:city}""",
    ),
    T(
        "html",
        "decoy",
        "We've sent you a code",
        """<p>Hi {F:name},</p>
<p>We've just texted a security code to the mobile number ending {D:amount}.</p>
<p>The code is valid for 10 minutes. If it runs out, go back to the sign-in page and choose <em>Send a new code</em>.</p>
<p>Didn't ask for a code? Someone may know your password: change it in Settings &gt; Security and call us on {D:phone}.</p>
<p>Marlow &amp; Finch Insurance</p>""",
    ),
    T(
        "br",
        "decoy",
        "Welcome to The Grantley Hotel",
        """Dear {F:name},
we look forward to welcoming you on {D:date}. Your booking reference is {D:pnr}.
You'll be staying in room {D:roomno} on the third floor.

The safe in your wardrobe is locked with a four-digit code you choose yourself when you check in.
If you forget it, our night porter can open it for you after checking your ID.

Reception, {D:phone}""",
    ),
    T(
        "table",
        "decoy",
        "Update on your passcode reset request",
        """Thank you for contacting Ashdown Bank. Here is where your request stands.

Case number | {D:caseno}
Request | Reset telephone banking passcode
Received | {D:date} at {D:time}
Status | Waiting for your signed form

Once we have the form, a new passcode will be set up over the phone with one of our advisers.""",
    ),
    T(
        "text",
        "decoy",
        "Your council tax online account",
        """Dear {F:name},

Thank you for registering for a council tax online account with Thornbury District Council.

To finish, you'll need the activation code that we've posted to the property address. It was sent
on {D:date} and is valid for 28 days from that date. If it hasn't arrived in a week, ring {D:phone}.

Council tax account reference: {D:ref}
Postcode: {D:postcode}""",
    ),
    T(
        "html",
        "decoy",
        "Your smart meter installation",
        """<p>Dear {F:name},</p>
<p>Our engineer fitted your new smart meter (serial {D:serial}) on {D:date}.</p>
<p>Your in-home display is already paired with the meter. If you ever have to pair it again, the display will
ask for a code: don't try to guess it, call us on {D:phone} and we'll pair it from our end.</p>
<p>Kestrel Energy Services</p>""",
    ),
    T(
        "blocks",
        "decoy",
        "Thanks for buying a Hollybrook gift card",
        """Thanks for your order {D:order}.
Gift card value | {D:price}
Dispatched | {D:date}
The card number and PIN are printed on the back of the card, under the silver panel. Only scratch it off when you're ready to spend it, and keep your receipt until the card has been used up.""",
    ),
    T(
        "text",
        "decoy",
        "Your alarm service visit",
        """Dear {F:name},

Your annual alarm service is booked for {D:date} at {D:time}. Job reference {D:ref}.

During the visit our engineer will ask you to put the system into test mode by entering your user
code on the keypad. Please key it in yourself and don't tell the engineer what it is; he will never
need to know it.

Sentinel Home Security, {D:phone}""",
    ),
    T(
        "br",
        "decoy",
        "Stronger passwords for the tenant portal",
        """Dear {F:name},
from {D:date} every password on the Greenacre Homes tenant portal must be at least 12 characters long.
The next time you sign in, the portal will ask you to choose a new one before you can see your rent account.

We'll never ask for your password by phone, and our repairs team doesn't need it.
Tenancy reference {D:custno}, housing office {D:phone}""",
    ),
    T(
        "table",
        "decoy",
        "How to reach the IT service desk",
        """Welcome to Harcourt & Lyle. Here is who to contact if you get stuck.

Service desk | {D:phone}
Password resets | extension {D:roomno}
Your first ticket | {D:caseno}
Opening hours | 08:00 to 18:00, Monday to Friday

Your network password will be given to you in person by your line manager on your first day.""",
    ),
    T(
        "html",
        "decoy",
        "New sign-in to your account",
        """<p>Hi {F:name},</p>
<p>Your Ridgeway Pensions password was used to sign in on a new device on {D:date} at {D:time}, near {F:city}.</p>
<p>If this was you, you don't need to do anything.</p>
<p>If it wasn't, reset your password straight away from the sign-in page and call us on {D:phone}. Quote reference {D:ref}.</p>""",
    ),
    # --- no secret at all, plenty of numbers
    T(
        "text",
        "none",
        "Your tickets for Leeds to York",
        """Hi {F:name},

Thanks for booking with Pennine Rail.

Booking reference: {D:pnr}
Outward: {D:date}, departs {D:time}, coach C
Total paid: {D:price}

Collect your tickets from any machine at the station, or show the barcode in the app.
Need help? Call {D:phone}.""",
    ),
    T(
        "html",
        "none",
        "Your energy bill is ready",
        """<h3>Your bill for the last quarter</h3>
<table>
<tr><td>Bill number</td><td>{D:invoice}</td></tr>
<tr><td>Account</td><td>{D:custno}</td></tr>
<tr><td>Amount due</td><td>{D:price}</td></tr>
<tr><td>Direct Debit date</td><td>{D:date}</td></tr>
</table>
<p>Paying by bank transfer? Use {D:iban} and quote your account number.</p>""",
    ),
    T(
        "br",
        "none",
        "Appointment reminder from Millbrook Dental",
        """Dear {F:name},
this is a reminder of your check-up on {D:date} at {D:time} with Dr Patel.
Millbrook Dental Practice, {F:street}, {D:postcode}.

To rearrange, please call {D:phone} at least 24 hours before.
Patient number {D:custno}""",
    ),
    T(
        "table",
        "none",
        "Your order has shipped",
        """Good news, your order from {F:shop} is on its way.

Order | {D:order}
Tracking | {D:tracking}
Total | {D:price}
Delivering to | {D:postcode}

You'll get a one-hour delivery slot on the morning of delivery.""",
    ),
    T(
        "blocks",
        "none",
        "Your parking permit has been renewed",
        """Dear {F:name}, your residents' parking permit has been renewed.
Permit number | {D:ref}
Valid until | {D:date}
Zone postcode | {D:postcode}
Amount paid | {D:price}
There's no need to display a paper permit: our wardens check your number plate.""",
    ),
    T(
        "text",
        "none",
        "Your home insurance renewal",
        """Dear {F:name},

Your home insurance with Marlow & Finch renews on {D:date}.

Policy number: {D:custno}
New annual premium: {D:price}
Excess: {D:price2}

If you're happy, you don't need to do anything. To talk about your cover, call {D:phone}.""",
    ),
    T(
        "table",
        "none",
        "Your broadband engineer is booked",
        """We've booked an engineer to look at your line.

Fault reference | {D:caseno}
Date | {D:date}
Arrival window | from {D:time}
Router serial | {D:serial}

Please make sure someone over 18 is at home and the router is switched on.""",
    ),
    # --- secrets a keyword rule misses
    T(
        "text",
        "hard",
        "Finish setting up the Quayside app",
        """Hi {F:name},

You're nearly there. Open the Quayside Bank app on your new phone and enter {S:otp} when it asks.

This only works on the phone you started on, and only for the next 15 minutes.
If you didn't start setting up a new phone, call us on {D:phone}.

Quayside Bank""",
    ),
    T(
        "br",
        "hard",
        "Re: locked out of the payroll portal",
        """Hi {F:name},
I've reset your account on the payroll portal as you asked on the phone.
The temporary one is {S:pw} and it'll ask you to pick your own as soon as you're in.

Ticket {D:caseno} is now closed.
Gemma, HR Systems""",
    ),
    T(
        "html",
        "hard",
        "Your collection details",
        """<p>Hi {F:name},</p>
<p>Your click &amp; collect order {D:order} is ready at our {F:city} store. Your collection PIN is printed at the bottom of this email.</p>
<p>Bring your phone or a printout to the collection point by the entrance. Orders not collected by {D:date} are refunded.</p>
<p>Thanks for shopping with {F:shop}.</p>
<hr>
<p style="font-size:26px;letter-spacing:4px;text-align:center">{S:pin}</p>""",
    ),
    T(
        "text",
        "hard",
        "Your new password",
        """Dear {F:name},

As requested, we've reset your login for the 4th Brackley Scout Group's online membership records.
Your new password is {S:pwword}. Please change it to something of your own after you log in.

Group Secretary, {D:phone}""",
    ),
    T(
        "table",
        "hard",
        "Your storage unit is ready",
        """Welcome to Kingsway Self Storage, {F:name}.

Unit | {D:roomno}
Site | {F:street}, {F:city}
Gate keypad | {S:pin6}
Access hours | 06:00 to 22:00

Key in the number at the gate and press the green button.""",
    ),
    T(
        "blocks",
        "hard",
        "Your alarm user code",
        """Hi {F:name}, your new alarm panel is installed and working.
Your personal code | {S:pin}
Engineer's job number | {D:caseno}
Key it in and press the tick to set or unset the alarm.""",
    ),
    T(
        "text",
        "hard",
        "{S:otp} is your Linden Health code",
        """Hi {F:name},

Use the number in the subject line to finish signing in to Linden Health.
It stops working 10 minutes after this email was sent.

If you didn't try to sign in, you can ignore this message.""",
    ),
    T(
        "html",
        "hard",
        "Your Hollybrook e-gift card",
        """<h2>{F:name}, someone sent you a gift!</h2>
<p>You've received a Hollybrook e-gift card worth {D:price}.</p>
<table style="border:1px solid #ccc">
<tr><td>Card number</td><td>{S:card}</td></tr>
<tr><td>Security digits</td><td>{S:pin}</td></tr>
</table>
<p>Spend it online or in any of our stores before {D:date}.</p>""",
    ),
    T(
        "br",
        "hard",
        "Allotment society: new padlock",
        """Dear members,
the padlock on the top gate was cut last week and we've fitted a combination lock.
From Saturday it opens on {S:pin}.
Please spin the dials after locking and don't write the numbers on the gatepost.

Next committee meeting: {D:date}, {D:time}, in the church hall.
Millbrook Allotment Society""",
    ),
    T(
        "text",
        "hard",
        "Your Wi-Fi for the week",
        """Dear {F:name},

Welcome to the Ashcombe Conference Centre. You're in room {D:roomno}.

To get online, join the network "Ashcombe-Guest" and type {S:phrase} when your device asks.
Breakfast is served from {D:time} in the Orangery.

Reception""",
    ),
    T(
        "table",
        "hard",
        "Your new SIM",
        """Your new Skylark SIM is on its way to you, {F:name}.

Mobile number | {D:phone}
SIM PIN | {S:pin}
Unblocking code | {S:puk}
Order | {D:order}

Keep this email somewhere safe: you'll need the second number if the SIM ever locks.""",
    ),
    T(
        "blocks",
        "hard",
        "Verify your email address",
        """Hi {F:name}, thanks for signing up to Thornbury Leisure.
Type this into the sign-up page
{S:otpg}
It works once and only for the next 20 minutes.
Membership | {D:custno}""",
    ),
    T(
        "html",
        "hard",
        "Your security question has been updated",
        """<p>Dear {F:name},</p>
<p>On {D:date} you changed the security question on your Ridgeway Pensions account.</p>
<p>We've recorded <strong>{S:answer}</strong> as the answer to the question you chose.
We'll ask for it when you call us on {D:phone}.</p>
<p>If you didn't make this change, please call us straight away.</p>""",
    ),
    T(
        "text",
        "hard",
        "Re: can't get into the office",
        """Hi {F:name},

Sorry about this morning. Facilities changed the side door over the weekend; it's {S:pin} now, followed by the hash key.
Your desk is still {D:roomno} on the second floor.

> I tried the old number twice and it just beeps.

Tom, Office Manager""",
    ),
    T(
        "br",
        "hard",
        "Redeem your game",
        """Thanks for your order {D:order}, {F:name}!
To add the game to your library, open the store on your console, choose Redeem and key in:
{S:akey}

You can only use it once. It's tied to the region of your console.
Receipt total: {D:price}""",
    ),
    T(
        "table",
        "hard",
        "Your tenant referencing summary",
        """Thanks for completing your referencing with Castlegate Lettings, {F:name}. This is what you told us.

Applicant number | {D:custno}
NI no. | {S:nid}
Move-in date | {D:date}
Bank account for rent | {D:iban}

Please tell us by Friday if any of this is wrong.""",
    ),
    T(
        "blocks",
        "hard",
        "Your virtual card is ready",
        """Your Quayside virtual debit card is ready to use online, {F:name}.
Long number | {S:card}
Expires | 11/29
Find the three digits for the back of the card in the app under Cards > Show details.""",
    ),
    T(
        "html",
        "hard",
        "Phone banking set-up",
        """<p>Dear {F:name},</p>
<p>Thanks for setting up telephone banking with Ashdown Bank.</p>
<p>When you call {D:phone}, our automated service will ask for your customer number ({D:custno}) and then for these digits:</p>
<p style="font-size:22px"><b>{S:pin6}</b></p>
<p>You can change them by pressing 3 at the main menu.</p>""",
    ),
    T(
        "text",
        "hard",
        "Your bike share account",
        """Hi {F:name},

Your Cardiff Bikes membership is active until {D:date}.

To unlock a bike at any dock, tap your card or punch in {S:pin} on the dock keypad,
then pull the bike towards you when the light turns green.

Questions? {D:phone}""",
    ),
    T(
        "blocks",
        "hard",
        "New door codes from 1st of the month",
        """Dear residents of Albert Court, the entry codes are changing on {D:date}.
Front door | {S:pin}
Bin store and bike shed | {S:pin2}
Please don't give them to delivery drivers; they can ring the flat instead. Managing agent: {D:phone}.""",
    ),
    T(
        "br",
        "hard",
        "Your hall booking on Saturday",
        """Dear {F:name},
thank you for booking St Mark's Church Hall on {D:date} from {D:time}. Invoice {D:invoice} is attached.
The hall key is in the key safe to the left of the side door. You'll need the combination at the end of this email.

Please leave the key in the safe and scramble the dials when you lock up.
Hall bookings secretary

{S:pin}""",
    ),
    T(
        "html",
        "hard decoy",
        "Approve your sign-in",
        """<p>Hi {F:name},</p>
<p><strong>Never give this to anyone who calls you, even if they say they are from Fernwood Energy.</strong></p>
<p style="font-size:24px">{S:otp}</p>
<p>Type it on the sign-in page to continue. If you didn't try to sign in, change your password.</p>""",
    ),
    # --- easy ones
    T(
        "text",
        "easy",
        "Your new card PIN",
        """Dear {F:name},

You asked us to send your PIN by secure message.

PIN: {S:pin}

Memorise it and delete this message. Card: {D:masked}.
Penhallow Building Society""",
    ),
    T(
        "br",
        "easy",
        "Your verification code",
        """Hi {F:name},
your verification code is: {S:otp}
Enter it within 10 minutes to finish signing in to Linden Health.""",
    ),
    T(
        "table",
        "easy",
        "Your guest account",
        """Here is your guest account for the Brackley University library.

Username | guest{D:amount}
Password | {S:pw}
Valid until | {D:date}""",
    ),
    T(
        "blocks",
        "easy",
        "Your PUK code",
        """Hi {F:name}, here is the code to unblock your SIM.
PUK code | {S:puk}
Number | {D:phone}
Enter it when your phone asks for the PUK, then choose a new PIN.""",
    ),
]
