"""Batch 1, English (UK). Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- no secret: sentences about a secret that give none
    T("text", "decoy", "Your password has been changed",
      """Hi {F:name},

The password for your {F:shop} account was changed on {D:date} at {D:time}.
If this was you, there's nothing else to do.
If you didn't make this change, call us straight away on {D:phone} and we'll lock the account.

Customer number: {D:custno}
The {F:shop} team"""),
    T("html", "decoy", "Keep your account safe",
      """<p>Dear {F:name},</p>
<p>We will <strong>never</strong> ask you for your password, PIN or one-time passcode by email, text or phone.
If someone asks for them, hang up and report it to us on {D:phone}.</p>
<p>Your reference: {D:ref}</p>"""),
    T("text", "decoy", "Your new card is on its way",
      """Dear {F:name},

Your replacement debit card ending {D:masked} was posted on {D:date}.
Your PIN will arrive separately in a few days, in a plain envelope. For your security we never send the card and the PIN together.
Your PIN stays the same as on your old card.

Questions? Call {D:phone}, 8am to 8pm."""),
    T("br", "decoy", "Forgotten your PIN?",
      """Hello {F:name},
you can view your PIN at any time in our app under Cards > Show PIN.
If you forget your PIN, call us on {D:phone} and we'll post a reminder.
Never write your PIN down or keep it with your card.

Account ending {D:masked}"""),
    T("table", "decoy", "Security settings updated",
      """We've updated the security settings on your account.
Change | Two-step verification switched on
Date | {D:date}
Time | {D:time}
Customer number | {D:custno}
If you didn't do this, reset your password from the sign-in page and call us on {D:phone}."""),
    T("text", "decoy", "Password reset requested",
      """Hi {F:name},

Someone asked to reset the password for your account on {D:date}.
To choose a new password, use the link below. It expires in 30 minutes.

https://account.example.co.uk/reset

If you didn't ask for a reset, ignore this email - your password won't change."""),
    T("blocks", "decoy", "Your PUK code",
      """Locked your SIM?
If you type the wrong PIN three times your SIM is blocked and you'll need your PUK code.
Where to find it | My Account > SIM settings, or on the card your SIM came in
Need help? | {D:phone}
Account number | {D:custno}"""),
    T("text", "decoy", "Important: a new way to sign in",
      """Dear customer,

From {D:date} you'll sign in with a one-time passcode sent to your mobile instead of your memorable word.
The passcode is valid for 10 minutes. Don't share it with anyone, not even us.
Your password will still be needed for the first sign-in on a new device.

Policy number: {D:ref}"""),
    T("html", "decoy", "Your security question",
      """<p>Hi {F:name},</p>
<p>You changed the answer to your security question on {D:date}.</p>
<p>We'll use it to confirm it's you when you call us. Please don't use an answer that others could easily guess, such as your pet's name.</p>
<p>Customer no. {D:custno}</p>"""),
    T("br", "decoy", "Welcome to online banking",
      """Dear {F:name},
welcome to online banking.
Your activation code will be sent by post to {F:street}, {D:postcode} within 5 working days.
Once it arrives, you'll be asked to create a password of at least 10 characters.

Customer ID: {D:custno}"""),
    T("text", "decoy", "Your account has been locked",
      """Hi {F:name},

We've locked your account after 5 wrong password attempts on {D:date} at {D:time}.
To unlock it, reset your password or call {D:phone}.
Passwords are case sensitive, so check your Caps Lock key.

Ref: {D:ref}"""),
    T("table", "decoy", "PIN change confirmed",
      """Your card PIN was changed at a cash machine.
Card | {D:masked}
Changed on | {D:date}
Where | ATM, {F:city}
Not you? Call us on {D:phone} now."""),
    # --- no secret: plain letters with distractors
    T("html", "none", "Order confirmation {D:order}",
      """<h2>Thanks for your order, {F:name}!</h2>
<table cellpadding="4"><tr><th align="left">Item</th><th>Qty</th><th>Price</th></tr>
<tr><td>Merino hiking socks</td><td>1</td><td>{D:price}</td></tr>
<tr><td>Delivery</td><td></td><td>{D:price2}</td></tr></table>
<p>Order number: <b>{D:order}</b><br>Placed on {D:date}</p>
<p>Delivery to: {F:street}, {F:city} {D:postcode}</p>"""),
    T("text", "none", "Your parcel has been dispatched",
      """Good news, {F:name}!

Your order {D:order} left our warehouse on {D:date}.
Tracking number: {D:tracking}
Expected delivery: {D:date2}, between {D:time} and {D:time2}.

Need to change the delivery? Call {D:phone}."""),
    T("table", "none", "Your invoice {D:invoice}",
      """Thank you for your payment.
Invoice number | {D:invoice}
Amount paid | {D:price}
Payment date | {D:date}
Card | {D:masked}
Customer number | {D:custno}"""),
    T("br", "none", "Appointment reminder",
      """Hello {F:name},
this is a reminder of your appointment on {D:date} at {D:time}.
Booking reference: {D:ref}
To rearrange, call {D:phone}."""),
    T("text", "none", "Direct Debit set up",
      """Dear {F:name},

Your Direct Debit has been set up.
Account: {D:iban}
First payment: {D:price} on {D:date}
Reference: {D:ref}

Your password and login details are unchanged."""),
    # --- secrets a naive rule misses
    T("text", "hard", "Your sign-in code",
      """Enter {S:otp} to finish signing in. It expires in 10 minutes.
Don't share it with anyone. We'll never call to ask for it."""),
    T("text", "hard", "Confirm your email address",
      """Hi {F:name},

Thanks for signing up. To confirm it's you, enter the code below in the app:

{S:otpg}

The code is valid until {D:time}. Your customer number is {D:custno}."""),
    T("html", "hard", "Your temporary password",
      """<p>Hello {F:name},</p>
<p>We've set up your account. Your temporary password is printed below. You'll be asked to change it the first time you log in.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Username: {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Your new PIN",
      """Here is the PIN for your card ending {D:masked}. Learn it and delete this message.
Your PIN | {S:pin}
Issued | {D:date}"""),
    T("text", "hard", "Welcome to the staff portal",
      """Hi {F:name},

Your account is ready. Log in with your employee number {D:custno}; your first password is {S:pwword}.
Please change it when you first sign in.

IT Service Desk, {D:phone}"""),
    T("br", "hard", "Your verification code",
      """Your verification code:
{S:otp}
Use it within 15 minutes. Order {D:order}."""),
    T("table", "hard", "Account details",
      """Welcome aboard! Here are your login details.
Username | {F:name}.{D:amount}
Password | {S:pw}
Customer no. | {D:custno}
Please keep this email safe or delete it once you've logged in."""),
    T("text", "hard", "Your memorable word",
      """Dear {F:name},

As requested, we've reset your memorable word. It is now {S:pwword}.
You'll be asked for three letters of it when you log in.
Reference {D:ref}."""),
    T("html", "hard", "Your code for {F:shop}",
      """<div style="text-align:center">
<p>Use this code to reset your password:</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>If you didn't request this, you can safely ignore this email.</p>
</div>"""),
    T("text", "hard", "SIM card details",
      """Your new SIM is active.

PIN 1: {S:pin}
PUK 1: {S:puk}

Your mobile number is {D:phone}. Order {D:order}."""),
    T("blocks", "hard", "Two-factor backup codes",
      """Keep these backup codes somewhere safe. Each one works once.
Backup code | {S:otpg}
Second backup code | {S:otpg2}
Generated on | {D:date}"""),
    T("text", "hard", "Your PIN reminder",
      """Dear {F:name},

You asked us to remind you of your card PIN. The PIN for the card ending {D:masked} is

    {S:pin}

Memorise it and then destroy this message. Never tell anyone your PIN."""),
    T("br", "hard", "Security question set",
      """Hi {F:name},
thanks for setting up your security question.
Question: What was the name of your first pet?
Answer: {S:answer}
You can change it in Settings."""),
    T("text", "hard", "Your payment card",
      """Dear {F:name},

As requested, here are the full details of your virtual card:
{S:card}
Expiry 09/29. Available balance {D:price}."""),
    T("table", "hard", "National Insurance number confirmation",
      """Please check the details we hold for you.
Name | {F:name}
National Insurance number | {S:nid}
Date received | {D:date}
Our reference | {D:ref}"""),
    # --- easy secrets, some beside decoys
    T("text", "easy", "Your one-time passcode",
      """Your one-time passcode is {S:otp}. It's valid for 5 minutes.
We will never ask you for this code. Ref {D:ref}."""),
    T("html", "easy decoy", "New password",
      """<p>Dear {F:name},</p>
<p>Your new password: <strong>{S:pw}</strong></p>
<p>Never share your password with anyone. You can change your password at any time under My Account.</p>
<p>Customer number {D:custno}</p>"""),
    T("text", "easy decoy", "Your card PIN",
      """Dear {F:name},

Your PIN code: {S:pin}

You can change your PIN at any cash machine. If you forget your PIN, call {D:phone}.
Card ending {D:masked}."""),
    T("br", "easy", "Login code",
      """Your login code: {S:otp}
Requested on {D:date} at {D:time}.
Not you? Call {D:phone}."""),
    T("table", "easy decoy", "Your broadband router",
      """Your router has been dispatched with tracking number {D:tracking}.
Wi-Fi network | {F:shop}-{D:amount}
Wi-Fi password | {S:pw}
Admin password | printed on the sticker underneath the router
Keep your Wi-Fi password private."""),
    T("text", "easy", "Your PUK code",
      """Hi {F:name},

Your PUK code is {S:puk}. Enter it on your phone to unblock your SIM and then choose a new PIN.
Mobile number: {D:phone}."""),
    T("blocks", "easy", "Complete your registration",
      """Finish setting up your account with the one-time code below.
One-time code | {S:otp}
Expires | {D:time}"""),
    T("text", "easy decoy", "Password reset",
      """Hello {F:name},

Your password was reset on {D:date}. Your new temporary password: {S:pw}

Passwords must be changed every 90 days. Order {D:order}."""),
]
