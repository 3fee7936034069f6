"""Batch 3, English (UK). Written by helper `blind3` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "We've updated how you sign in",
      """Hi {F:name},

From {D:date} you'll need to approve each new sign-in in our app as well as entering your password.
Nothing changes for you today, and we'll never ask you to read a code out to us over the phone.

If you'd rather not use the app, call us on {D:phone} and we'll set up text message codes instead.

Hollybrook Home Ltd, registered in England and Wales no. 08812345.
Registered office: {F:street}, {F:city} {D:postcode}. VAT reg. GB 294 1187 06."""),
    T("html", "decoy", "Your security details were changed",
      """<p>Dear {F:name},</p>
<p>The memorable word on your account ending {D:masked} was changed on {D:date} at {D:time}.</p>
<p>If this was you, there's nothing more to do. If it wasn't, please call us straight away on
<strong>{D:phone}</strong> &ndash; lines are open 24 hours a day.</p>
<p style="font-size:11px;color:#777">We will never email you asking for your full memorable word,
your passcode or a one-time code.</p>"""),
    T("br", "decoy", "Your replacement card is on its way",
      """Dear {F:name},
Your replacement debit card was posted on {D:date} and should reach you within five working days.
Your PIN hasn't changed, so you can keep using the one you already have.
If you've forgotten it, you can view it in the app under Cards, then Manage card.

Card ending: {D:masked}"""),
    T("table", "decoy", "Password expiry reminder",
      """Your network password will expire soon. Please change it before the date shown.

Account | {F:name}
Last changed | {D:date}
Expires | {D:date2}
Where to change it | Self-service portal, or press Ctrl+Alt+Del on a work laptop

IT Service Desk, extension 4410"""),
    T("blocks", "decoy", "Reset your password",
      """Someone asked to reset the password for this account.

Requested | {D:date}, {D:time}
Link valid for | 30 minutes

If that wasn't you, ignore this email: your password stays as it is."""),
    T("text", "decoy", "A quick word about scams",
      """Hello {F:name},

Fraudsters are sending texts that look like they come from us, asking people to "confirm" a
security code. Please remember: a genuine member of our team will never ask for your PIN,
your online banking password or any code we've sent you. Not on the phone, not by text, not by email.

Think you've been targeted? Forward the message to 7726 and call us on {D:phone}.

Customer number: {D:custno}"""),
    T("html", "decoy", "Your PIN reminder will arrive by post",
      """<p>Hi {F:name},</p>
<p>Thanks for asking for a PIN reminder. For your security we don't send PINs by email or text,
so we'll post it to your registered address. Please allow up to seven working days.</p>
<p>Requested on {D:date}. Reference: {D:ref}.</p>"""),
    T("text", "decoy", "Your SIM has been locked",
      """Hi {F:name},

We've locked the SIM for {D:phone} after three incorrect PIN attempts on {D:date}.
To unlock it you'll need your PUK code: you'll find it on the card your SIM came in, or in My Account
under Manage SIM. Please don't guess: ten wrong PUK attempts will block the SIM for good.

Account number {D:custno}"""),
    T("br", "decoy", "Choosing a strong password",
      """A reminder from the school office.
Pupils' passwords for the learning platform must be at least 12 characters long.
Never write a password on the front of an exercise book, and never share it with a friend.
Parents can reset a child's password from the parent app (Settings, then Child accounts).
Questions? Call the office on {D:phone}."""),
    T("table", "decoy", "Changes to our terms from next month",
      """We're changing how you confirm card payments online.

What's changing | You'll approve payments in our app instead of receiving a code by text
When | From {D:date}
Do I need to do anything? | Only make sure the app is up to date
Help | {D:phone}"""),
    T("text", "decoy", "Re: can't log in",
      """Hi {F:name},

Thanks for getting back to us. I've checked your account ({D:custno}) and it's not locked.
If the password isn't being accepted, use "Forgotten password?" on the login page and we'll email
you a link. For security reasons I can't see or send your password myself.

Kind regards,
Priya
Customer Support, ticket {D:ref}

> On {D:date}, {F:name} wrote:
> I've tried my password three times and it just says incorrect. Can you send it to me?"""),
    T("html", "decoy", "Your passcode is about to change",
      """<p>Dear {F:name},</p>
<p>As part of our yearly security review, all six-digit passcodes for phone banking will be replaced
on <strong>{D:date}</strong>. A letter with your new passcode will be sent to you separately.
Your current passcode will keep working until then.</p>
<p>Sort code 20-45-77 &middot; Account ending {D:masked}</p>"""),
    T("blocks", "decoy", "Sign-in from a new device",
      """We noticed a sign-in to your account from a new device.

Device | Chrome on Windows
Location | {F:city}, United Kingdom
When | {D:date}, {D:time}

If this was you, you can ignore this email. If not, change your password now and turn on two-step verification."""),
    T("text", "decoy", "About your Wi-Fi",
      """Hi {F:name},

Your new router was dispatched on {D:date} with tracking {D:tracking}.
The network name and Wi-Fi password are printed on the sticker on the back of the router,
so you won't find them in this email.

Order {D:order}"""),
    # --- no secret at all
    T("text", "none", "Your order has been dispatched",
      """Hi {F:name},

Good news, your order {D:order} is on its way.

Royal Mail Tracked 48: {D:tracking}
Delivering to: {F:street}, {F:city} {D:postcode}
Total paid: {D:price}

Camden Cycle Co. | Unit 4, 18 Arches Road | Company no. 10945512 | VAT GB 318 2240 91"""),
    T("table", "none", "Invoice {D:invoice}",
      """Thank you for your business. Please find your invoice details below.

Invoice number | {D:invoice}
Invoice date | {D:date}
Due date | {D:date2}
Amount due | {D:price}
Pay to | {D:iban}
Reference | {D:custno}

Northwind Outfitters Ltd, registered in England no. 07734120."""),
    T("html", "none", "Your appointment is confirmed",
      """<p>Dear {F:name},</p>
<p>Your appointment at Ashfield Dental Practice is confirmed for <b>{D:date} at {D:time}</b>.</p>
<p>Please arrive ten minutes early. To cancel or rearrange, call {D:phone} at least 24 hours before.</p>
<p>NHS number on file ends {D:amount}. Patient ref {D:ref}.</p>"""),
    T("br", "none", "Your train tickets",
      """Booking confirmation
Booking reference: {D:pnr}
Outward: {D:date}, departs {D:time}, coach C, seat 42
Total: {D:price}
Collect at any station ticket machine with the card you paid with."""),
    T("blocks", "none", "Your energy bill",
      """Here's your latest bill.

Account number | {D:custno}
Bill date | {D:date}
Amount | {D:price}
Direct Debit on | {D:date2}

Northern Power Supply Ltd, registered in Scotland SC402117."""),
    T("text", "none", "Your return has been received",
      """Hi {F:name},

We've received your return for order {D:order} and refunded {D:price} to the card ending {D:masked}.
Refunds can take 3-5 working days to appear.

Return label {D:tracking}
Hollybrook Home, {F:street}, {F:city} {D:postcode}"""),
    T("table", "none", "Council tax bill 2026/27",
      """Council tax account | {D:custno}
Band | C
Annual charge | {D:price}
First instalment | {D:date}
Pay by bank transfer to | {D:iban}
Enquiries | {D:phone}"""),
    T("html", "none", "Your hotel booking",
      """<h2>See you soon, {F:name}</h2>
<table><tr><td>Confirmation</td><td>{D:pnr}</td></tr>
<tr><td>Check-in</td><td>{D:date} from 15:00</td></tr>
<tr><td>Total</td><td>{D:price}</td></tr></table>
<p>Questions about your stay? Call the hotel on {D:phone}.</p>"""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Confirm your email address",
      """Hi {F:name},

Enter {S:otp} on the sign-up page to confirm it's you.
It stops working in 10 minutes.

If you didn't sign up, you can ignore this email."""),
    T("html", "hard", "Your sign-in code",
      """<p>Hello,</p>
<p>Use this to finish signing in:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">{S:otpg}</p>
<p>It expires in 15 minutes. Don't share it with anyone, including our staff.</p>"""),
    T("br", "hard", "Your new password",
      """Hi {F:name},
As requested, we've reset your password for the parent portal.
It's now {S:pwword}
Please change it after you sign in.
St Mary's Primary School office, {D:phone}"""),
    T("table", "hard", "Welcome to the team",
      """Hi {F:name}, here are your first-day details.

Start date | {D:date}
Employee number | {D:custno}
Laptop login | first.lastname
Temporary login | {S:pw}
Building entry | {S:pin}

Reception will give you your pass when you arrive."""),
    T("blocks", "hard", "Your holiday cottage: arrival details",
      """Hi {F:name}, we're looking forward to having you.

Address | Rose Cottage, Church Lane, {F:city} {D:postcode}
Key safe (left of the front door) | {S:pin}
Wi-Fi | Cottage-Guest
Check-in | from 16:00 on {D:date}

Booking {D:pnr}"""),
    T("text", "hard", "{S:otp} is your verification code",
      """Hi,

Someone (hopefully you) is trying to sign in from a new browser.
If that wasn't you, change your password.

The Northwind team"""),
    T("text", "hard", "Your parcel locker",
      """Hi {F:name},

Your parcel {D:tracking} is waiting at the locker at Tesco Extra, {F:city}.
Tap "Collect" on the screen and type in {S:pin6} when asked.
It'll stay there until {D:date}; after that it goes back to the sender."""),
    T("html", "hard", "Your account has been set up",
      """<p>Dear {F:name},</p>
<p>Your online account for the tenant portal is ready. Your username is your tenancy number,
{D:custno}, and the temporary password we've chosen for you is given at the bottom of this email.</p>
<p>When you first sign in you'll be asked to pick your own.</p>
<p>Housing Services, {F:city} City Council &middot; {D:phone}</p>
<p><strong>{S:pw}</strong></p>"""),
    T("br", "hard", "Your licence key",
      """Thank you for buying Ledgerly Pro.
Order: {D:order}
Paste this into the app under Help, then Activate:
{S:akey}
The key works on up to two computers."""),
    T("table", "hard", "Gym membership confirmation",
      """Welcome to FitHub {F:city}!

Membership number | {D:custno}
Monthly fee | {D:price}
First payment | {D:date}
Entry code for the turnstile | {S:pin6}

Keep this email handy for your first visit."""),
    T("text", "hard", "Phone banking set-up",
      """Dear {F:name},

Thank you for registering for telephone banking.

When you call {D:phone} you'll be asked for digits from the passcode below, never the whole thing.

{S:pin6}

Please learn it and then delete this email."""),
    T("blocks", "hard", "Your new SIM",
      """Your SIM is active on {D:phone}.

SIM PIN | {S:pin}
PUK | {S:puk}

Keep the PUK somewhere safe: you'll need it if the SIM locks."""),
    T("html", "hard", "Your security question",
      """<p>Hi {F:name},</p>
<p>You've updated your security question to "What was the name of your first pet?".
The answer you gave us was <b>{S:answer}</b>.</p>
<p>If you didn't make this change, call us on {D:phone}.</p>"""),
    T("text", "hard", "Re: new starter access",
      """Hi {F:name},

All sorted. The alarm code for the side entrance is 4 digits: {S:pin}
Please don't write it on anything you keep with your keys.

Thanks,
Facilities

-----Original Message-----
From: {F:name}
Sent: {D:date} {D:time}
Subject: new starter access
Can someone send me the side door details? My pass number is {D:custno}."""),
    T("br", "hard", "Wi-Fi for your stay",
      """Welcome to The Harbour Hotel, {F:name}.
Room: 214
Network: Harbour-Guest
Key it in exactly as shown: {S:pwword}
Breakfast is served 07:00-10:30 in the Orangery."""),
    T("table", "hard", "Verify your phone number",
      """We need to check this phone number belongs to you.

Number | {D:phone}
Code | {S:otpg}
Valid for | 10 minutes"""),
    T("text", "hard", "Your card activation",
      """Hello {F:name},

Your new credit card ending {D:masked} is ready to use once it's activated.
Call {D:phone} and, when prompted, enter this number: {S:otp}

After that you can set your own PIN at any cash machine."""),
    T("html", "hard", "Your account details",
      """<table cellpadding="6">
<tr><td>Username</td><td>{D:custno}</td></tr>
<tr><td>Temporary password</td></tr>
<tr><td><code>{S:pw}</code></td></tr>
</table>
<p>You'll be asked to change it the first time you log in.</p>"""),
    T("text", "hard decoy", "Your new online banking details",
      """Dear {F:name},

Never tell anyone your passcode, not even us.

Your new passcode is {S:pin6}, and it replaces the one you chose on {D:date}.
Sort code 40-11-62 | Account {D:custno}"""),
    T("blocks", "hard", "Your voucher and your gift card",
      """Thanks for your order {D:order}.

Voucher code (type it at checkout) | SPRING-15
Gift card number | {S:card}
Gift card security number | {S:pin}"""),
    T("text", "hard", "Two things for your first login",
      """Hi {F:name},

Your username: {D:custno}
And what you'll type as the password the first time: {S:pw}

Separately, your payroll self-service PIN is {S:pin} — you'll need it to see your payslips.

HR Shared Services | {F:street}, {F:city} {D:postcode} | {D:phone}
Registered in England and Wales 03325817. VAT GB 733 0412 55."""),
    T("br", "hard", "Your National Insurance number",
      """Dear {F:name},
Thank you for your application. Your National Insurance number is
{S:nid}
Keep this letter safe. You will need the number when you start work.
HM Revenue and Customs"""),
    T("text", "hard", "Your school account",
      """Hi {F:name},

Here's how your child gets onto the reading app at home.
School code: {D:pnr}
Username: {D:custno}
Picture password (type the word): {S:pwword}

Thanks, Class 4 team"""),
    # --- plain
    T("text", "easy", "Your PIN",
      """Hi {F:name},

Your PIN: {S:pin}

Northern Bank"""),
    T("table", "easy", "Your one-time passcode",
      """One-time passcode | {S:otp}
Expires | in 10 minutes"""),
    T("html", "easy", "Password reset",
      """<p>Your password has been reset.</p><p>New password: <strong>{S:pw}</strong></p>"""),
    T("br", "easy", "Your card number",
      """Your virtual card is ready.
Card number: {S:card}
Valid until 09/29"""),
]
