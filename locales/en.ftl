# phone-auth's words in English (the reference: every other file has exactly these keys).
# Messages to phones: the SMS of a code, the voice call reading it, and the notices.
# $app is the app's name (APP_NAME), $code the six digits, $minutes the code's lifetime.

sms-code = { $app }: { $purpose ->
        [verify-phone] your verification code is
        [reset-password] your password reset code is
        [change-phone] the code to confirm your new number is
       *[sign-in] your sign-in code is
    } { $code }. It expires in { $minutes } min. Do not share it.

voice-intro = { $purpose ->
        [verify-phone] Your verification code for { $app } is
        [reset-password] Your password reset code for { $app } is
        [change-phone] Your code to confirm your new number for { $app } is
       *[sign-in] Your sign-in code for { $app } is
    }
voice-again = Again, your code is

alert-new-device = { $app }: new sign-in to your account from { $device }. Not you? Change your password at { $url }
alert-unknown-device = a new device
alert-factor = { $app }: { $what ->
        [authenticator-added] an authenticator app was added to your account
        [authenticator-removed] the authenticator app was removed from your account
        [recovery-codes] new recovery codes were made for your account
        [passkey-added] a passkey was added to your account
        [passkey-removed] a passkey was removed from your account
       *[two-factor-off] two-factor sign-in was turned off and its authenticator app and recovery codes removed
    }. Not you? Change your password at { $url }
notice-phone-changed = { $app }: the phone number of your account was changed to { $phone }. If you did not do this, contact support.

## Pages: every page's frame (header, footer, language menu).

nav-account = Account
nav-profile = Profile
nav-sessions = Sessions
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-sign-out = Sign out
footer-purpose = { $app } uses your phone number only to sign you in and to tell you about changes to your account.
language-menu = Language

## Error sentences (AppError). The numbers are plural-aware.

err-bad-credentials = Wrong phone number or password.
err-wrong-code = That code is not right. { $tries ->
        [one] 1 try
       *[other] { $tries } tries
    } left.
err-code-expired = The code has expired. Request a new one.
err-too-many-tries = Too many wrong tries for this code. Request a new one.
err-no-active-code = There is no active code. Request a new one.
err-cooldown = Please wait { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } before asking for another code.
err-too-many-sends = Too many codes were sent. Try again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
err-challenge-needed = Numbers like this one need a quick check by your browser before we send a code. Turn JavaScript on and try again.
err-sends-paused = We are not sending codes to numbers like this one right now. Try again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
err-too-many-sign-ins = Too many failed sign-ins for this number. Try again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
err-not-signed-in = Your session has ended. Please sign in again.
err-already-signed-in = You are already signed in.
err-session-gone = That session has already ended.
err-start-over = This page has expired. Enter your phone number again.
err-internal = Something went wrong on our side (reference { $reference }). Please try again.
err-unavailable = The service is unavailable right now. Please try again in a minute.
err-busy = The service is busy right now. Please try again in a moment.
err-delivery-invalid-number = This phone number is not valid.
err-delivery-region = We cannot send messages to this number's region.
err-delivery-opted-out = This number has opted out of messages. Text START to re-enable them.
err-delivery-too-many = Too many codes were requested for this number. Try again later.
err-delivery-too-many-checks = Too many code checks. Request a new code later.
err-delivery-locked = Too many wrong codes were tried for this number. Wait 10 minutes, then ask for a new code.
err-delivery-misconfigured = The code could not be sent, try again later.
err-delivery-no-voice = Codes cannot be read out by a voice call here. Choose a text message.
err-delivery-unavailable = The code could not be sent, try again.
err-delivery-check-unavailable = The code could not be checked right now, try again.
live-err-transport = The request could not be completed. Check your connection and try again.

## What is wrong with a field (AppError::Invalid): the services write these in English;
## the page shows them in its language. The phone field's are also checked in the
## browser (live-).

live-err-phone-empty = Enter your phone number.
live-err-phone-no-country = Choose the country of your phone number, or type it with + and the country code.
live-err-phone-invalid = This is not a valid phone number.
live-err-phone-not-mobile = This number cannot receive text messages. Use a mobile number.
live-err-phone-country-not-allowed = Phone numbers from this country are not accepted.
invalid-password-short = Use at least 8 characters for your password.
invalid-password-long = Use at most 128 characters for your password.
invalid-password-common = This password is too common, choose one that is harder to guess.
invalid-password-mismatch = The two passwords do not match.
invalid-password-wrong = That password is not right.
invalid-password-empty = Enter your password.
invalid-current-password-wrong = Your current password is not right.
invalid-code-empty = Enter the 6-digit code.
invalid-code-digits = The code is 6 digits.
invalid-name-long = Your name can be at most 64 characters long.
invalid-name-characters = Your name contains characters that are not allowed.
invalid-phone-same = This is already your number.
invalid-phone-taken = This number belongs to another account.
invalid-verify-before-2fa = Verify your phone number before turning on two-factor sign-in.
invalid-verify-first = Verify your phone number first.
invalid-app-exists = You have an authenticator app already. Remove it first to add another.
invalid-setup-expired = The set-up has expired. Start again.
invalid-2fa-first = Turn on two-factor sign-in first.
invalid-no-app = This account has no authenticator app. Choose another way.
invalid-app-code-used = That code was used already. Wait for the next one in your app.
invalid-recovery-wrong = That recovery code is not right, or it was used already.
invalid-app-code-wrong = That code is not right. Enter the code your authenticator app shows now.
invalid-recovery-format = A recovery code is 10 letters and digits, like abcde-12345.
invalid-recovery-empty = Enter one of your recovery codes.
invalid-passkeys-off = Passkeys are not available on this site.
invalid-passkey-expired = That took too long, or the page was used twice. Try again.
invalid-passkey-not-passkey = The browser's answer was not a passkey. Try again.
invalid-passkey-name-long = A passkey's name is at most 64 characters.
invalid-passkey-name-control = A passkey's name cannot hold control characters.
invalid-passkey-too-many = An account holds at most 20 passkeys. Remove one first.
invalid-passkey-unchecked = The passkey could not be checked. Try again.
invalid-passkey-added-already = This passkey is added already.
invalid-passkey-unknown = This passkey is not one of this site's accounts any more.
invalid-passkey-none = This account has no passkey. Choose another way.
invalid-passkey-removed = This passkey was removed.
invalid-photo-unreadable-upload = The upload could not be read. Try again.
invalid-photo-empty = Choose a photo to upload.
invalid-photo-too-large = The photo is larger than 2 MB. Choose a smaller one.
invalid-photo-not-picture = This file is not a PNG, JPEG or WebP picture.
invalid-photo-too-many-pixels = This picture is too big: at most 4096 by 4096 pixels.
invalid-photo-damaged = This picture could not be read. It may be damaged.

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (English).
# Pieces of a sentence around a link or a <strong> (…-before, …-link, …-after) are drawn side by side:
# spaces at their edges are written { " " }, an empty piece { "" }.

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = Loading…
home-welcome-back = Welcome back
home-welcome-back-name = Welcome back, { $name }
home-signed-in-as-before = You are signed in as{ " " }
home-signed-in-as-after = .
home-signed-in-as-after-name = { " " }({ $name }).
home-fact-phone = Phone number:{ " " }
home-phone-verified = verified
home-phone-not-verified = not verified
home-fact-two-factor = Two-factor sign-in:{ " " }
home-two-factor-on = on
home-two-factor-off = off
home-member-since = Member since { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
home-profile = Your profile
home-pending-title = Almost there
home-pending-before = Confirm{ " " }
home-pending-after = { " " }with the code we sent to finish signing up.
home-pending-enter-code = Enter the code
home-title = Sign in with your phone number
home-lead = { $app } keeps your account safe with the phone you already carry: your account is your mobile number and a password, and a 6-digit code sent to that number proves it is yours.
home-signup = Create an account
home-signin = Sign in
home-how-title = How sign-up works
home-how-step-1 = Enter your mobile number and choose a password.
home-how-step-2 = We send a 6-digit code by text message, or read it out in a phone call if you prefer.
home-how-step-3 = Type the code within a few minutes. Your number is verified and you are signed in.
home-ways-title = Ways to sign in
home-ways-password = Your number and your password.
home-ways-code-before = { "" }
home-ways-code-link = A one-time code
home-ways-code-after = { " " }sent to your number, no password needed.
home-ways-both = Both, with two-factor sign-in turned on in your profile.
home-ways-reset-before = Forgot your password?{ " " }
home-ways-reset-link = Reset it with a code
home-ways-reset-after = .
home-private-title = Your number stays private
home-private-never-say = We never say whether a number has an account: every page answers the same for any number, so nobody can use this site to find out if you are a member.
home-private-once = Each code works once, for a few minutes, and only for the step it was sent for.

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = Create an account
signup-have-account = Already have an account?{ " " }
signup-signin-link = Sign in
live-auth-password = Password
live-auth-password-hint = At least 8 characters. Long phrases are good.
live-auth-confirm-password = Confirm password
live-auth-name = Your name{ " " }
live-auth-optional = (optional)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = Create account
live-auth-signup-busy = Creating account…
live-auth-signin-submit = Sign in
live-auth-signin-busy = Signing in…

## Code page of a new account (/verify).

verify-title = Enter your code
verify-nothing-before = There is nothing to verify.{ " " }
verify-nothing-link = Sign in
verify-nothing-after = .

## Sign-in page (/signin).

signin-title = Sign in
signin-or = or
signin-code-link = Sign in with a code instead
signin-reset-link = Forgot your password?
signin-new-here = New here?{ " " }
signin-signup-link = Create an account

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = Sign in with a code
signincode-intro = We text a 6-digit code to your number. No password needed.
signincode-password-link = Sign in with your password
signincode-signup-link = Create an account
signincode-step-title = One more step
signincode-step-intro = Your code was right. Two-factor sign-in is on for this account, so enter your password too.
signincode-password = Password
signincode-step-cancel = Cancel and start over
signincode-step-submit = Sign in
signincode-restart = Use another number

## Password reset (/reset-password).

reset-title = Reset your password
reset-intro = Enter the number of your account. We text you a code to set a new password.
reset-back = Back to sign in

## Page not found.

notfound-title = Not found
notfound-heading = Page not found
notfound-before = There is nothing at this address.{ " " }
notfound-link = Go to the home page
notfound-after = .

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = Loading…
guard-continue-to-before = to continue to{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server. Pieces named -before / -after go
## around a moment ("5 minutes ago", "today at 14:05") or a value; either may be empty
## ({ "" }); the page puts a space between the pieces and the moment (none in Chinese,
## none before punctuation).

profile-title = Your profile
profile-account = Account
profile-phone-number = Phone number
profile-verified = verified
profile-not-verified = not verified
profile-name = Name
profile-member-since = Member since
profile-photo = Profile photo
profile-photo-alt = Your profile photo
profile-remove-photo = Remove photo
profile-security = Security
profile-password = Password
profile-password-hint = Changing it signs out your other devices.
profile-your-name = Your name
profile-optional = (optional)
profile-save-name = Save name

# Connected apps: "· knows your name · allowed 5 minutes ago".
profile-apps-title = Connected apps
profile-apps-hint = These apps sign you in with this account. Disconnecting one ends its access to your account; it asks again next time you use it.
profile-app-knows = knows { $what }
profile-knows-phone-name = your phone number and name
profile-knows-phone = your phone number
profile-knows-name = your name
profile-knows-identity = who you are
profile-app-allowed-before = allowed
profile-app-allowed-after = { "" }
profile-app-disconnect = Disconnect

# Two-factor sign-in: "Two-factor sign-in is <on>. After your password, …"
profile-2fa-title = Two-factor sign-in
profile-2fa-is-before = Two-factor sign-in is
profile-2fa-on = on
profile-2fa-off = off
profile-2fa-is-after = .
profile-2fa-on-text = After your password, signing in also needs a second step: a code sent to your phone, or from your authenticator app, or a recovery code.
profile-2fa-off-text = Turn it on and signing in with your password will also need a code sent to your phone.
profile-2fa-off-hint = Turning it off also removes your authenticator app and recovery codes.
profile-2fa-turn-on = Turn on two-factor sign-in

# The authenticator app: "Added 3 days ago, last used today at 14:05."
profile-app-title = Authenticator app
profile-app-none-hint = An app such as Google Authenticator, Microsoft Authenticator or 1Password makes a new code every 30 seconds, with no signal needed. Setting one up turns two-factor sign-in on.
profile-app-added-before = Added
profile-app-added-after = { "" }
profile-app-used-before = , last used
profile-app-used-after = { "" }
profile-app-end = .
profile-app-scan = Scan this QR code with your authenticator app.
profile-app-qr-label = QR code for your authenticator app
# Followed by the key itself, then "· <link>".
profile-app-key-before = Can't scan it? Enter this key in the app instead (time-based):
profile-app-open-link = open in an authenticator app on this device
profile-app-enter-code = Enter the 6-digit code the app shows.
profile-app-cancel = Cancel the set-up

# Passkeys: "added 3 days ago", "last used yesterday at 09:30".
profile-passkeys-title = Passkeys
profile-passkeys-hint = A passkey signs you in with your fingerprint, face or screen lock: no number or password to type, and nothing a fake site can catch. With two-factor sign-in on, it is both steps in one.
profile-passkey-added-before = added
profile-passkey-added-after = { "" }
profile-passkey-used-before = last used
profile-passkey-used-after = { "" }
profile-passkey-unused = not used yet
profile-passkey-edit = Rename or remove
profile-passkey-rename = Rename
profile-passkey-remove-password = Current password (to remove it)
profile-passkey-remove = Remove this passkey
profile-passkey-needs-js = Adding a passkey needs JavaScript.

# Recovery codes. The file-title and file-note are lines of the downloaded text file.
profile-recovery-title = Recovery codes
profile-recovery-save = Save these codes now: they are shown only this once.
profile-recovery-save-why = If your phone is out of reach, each one signs you in once, in place of a code.
profile-recovery-download = Download as a text file
profile-recovery-file-title = { $app } recovery codes
profile-recovery-file-note = Each code works once.
profile-recovery-none = You have no recovery codes. Make some: each one signs you in once if your phone is out of reach.
profile-recovery-used-up = You have used all your recovery codes. Make new ones.
# $n is 1 or more.
profile-recovery-left =
    { $n ->
        [one] 1 recovery code left.
       *[other] { $n } recovery codes left.
    }
profile-recovery-replace = New codes replace every earlier one.

# The password change.
profile-current-password = Current password
profile-new-password = New password
profile-new-password-hint = At least 8 characters. Long phrases are good.
profile-confirm-password = Confirm new password
profile-change-password = Change password

# The phone number change.
profile-phone-change-title = Change phone number
profile-phone-pending = Your number changes once you enter the code we sent to the new number.
profile-phone-cancel = Cancel the change
profile-phone-hint = We send a code to the new number. Your old number is told, and your other devices are signed out.

# Recent activity.
profile-activity-title = Recent activity
profile-activity-was-you = Was this you?

# Devices: "this device · last active 5 minutes ago".
profile-devices-title = Devices
profile-devices-only-this = You are signed in on this device only.
# $n is 2 or more.
profile-devices-count =
    { $n ->
        [one] You are signed in on { $n } device.
       *[other] You are signed in on { $n } devices.
    }
# $n is 1 or more: the devices not listed.
profile-devices-more =
    { $n ->
        [one] and { $n } more
       *[other] and { $n } more
    }
profile-this-device = this device
profile-device-active-before = last active
profile-device-active-after = { "" }
profile-devices-review = Review your devices

## Profile page islands (in the browser: plain { $name } arguments only, no plurals).

live-profile-photo-choose = Choose a picture
live-profile-photo-hint = PNG, JPEG or WebP, up to 2 MB. It is shown at most 256 by 256 pixels.
live-profile-photo-upload = Upload photo
live-profile-photo-uploading = Uploading…
live-profile-new-phone = New phone number
live-profile-current-password = Current password
live-profile-send-code = Send a code to the new number
live-profile-sending = Sending…

## Passkey island (add one on the profile, sign in with one, the second step with one).

live-passkey-add = Add a passkey
live-passkey-sign-in = Sign in with a passkey
live-passkey-use = Use a passkey
# Label of the optional name field, followed by "(optional)".
live-passkey-name-it = Name it
live-passkey-optional = (optional)
live-passkey-name-placeholder = e.g. Work laptop
live-passkey-current-password = Current password
live-passkey-err-options = The passkey options could not be read. Try again.
live-passkey-err-unsupported = This browser cannot use passkeys.
live-passkey-err-bad-options = This browser cannot use these passkey options.
live-passkey-err-not-used = No passkey was used. Try again, or choose another way.
live-passkey-err-exists = This device has a passkey for your account already.
live-passkey-err-failed = The passkey did not work. Try again, or choose another way.
live-passkey-err-answer = The passkey's answer could not be read.

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs). Each sentence is cut around the phone number:
## -before, the number, then -after (or -after-at with the time the code was sent).

live-code-live-account-before = If{ " " }
live-code-live-account-after = { " " }has an account, we sent it a 6-digit code.
live-code-live-account-after-at = { " " }has an account, we sent it a 6-digit code at { $time }.
live-code-live-before = We sent a 6-digit code to{ " " }
live-code-live-after = .
live-code-live-after-at = { " " }at { $time }.
live-code-expired-before = The code for{ " " }
live-code-expired-after = { " " }has expired. Ask for a new one.
live-code-expired-after-at = , sent at { $time }, has expired. Ask for a new one.
live-code-spent-before = The code for{ " " }
live-code-spent-after = { " " }was entered wrongly too many times and no longer works. Ask for a new one.
live-code-missing-before = No code is waiting for{ " " }
live-code-missing-after = . Ask for a new one.
# Around the ticking countdown ("4:59").
live-code-expires-in-before = It expires in{ " " }
live-code-expires-in-after = { "" }
live-code-expires-at = It expires at { $time }.
# Read out by screen readers: every whole minute, then at the end.
live-code-expires-about-one = The code expires in about 1 minute.
# Only for 2 minutes or more.
live-code-expires-about = The code expires in about { $minutes } minutes.
live-code-expired-spoken = The code has expired.
live-code-delivered-at = Delivered to your phone at { $time }.
live-code-delivered = Delivered to your phone.
live-code-undelivered-voice = Your carrier could not deliver the message. Try a voice call.
live-code-undelivered = Your carrier could not deliver the message. Ask for a new code.

## The code form and the resend form.

live-code-label = 6-digit code
live-code-verify = Verify
live-code-sign-in = Sign in
live-code-set-password = Set new password
live-code-change-number = Change my number
live-code-new-password = New password
live-code-password-hint = At least 8 characters. Long phrases are good.
live-code-confirm-password = Confirm new password
live-code-checking = Checking…
live-code-saving = Saving…
live-code-resend-by = Send a new code by
live-code-by-sms = text message
live-code-by-voice = voice call
# The button while it waits, before its countdown ("0:42").
live-code-new-code-in = New code in{ " " }
live-code-send-new = Send a new code
live-code-resend-from = You can ask for a new code from { $time }.
live-code-resent = A new code is on its way.
live-code-send-me = Send me a code
live-code-sending = Sending…

## Shared form words (fields.rs).

form-loading = Loading…
form-session-ended-before = Your session has ended.{ " " }
form-session-ended-link = Sign in
form-session-ended-after = .

## The second factors' forms (factors.rs).

factors-current-password-off = Current password (to turn it off)
factors-turn-off = Turn off two-factor sign-in
factors-current-password = Current password
factors-add-app = Set up an authenticator app
factors-current-password-remove = Current password (to remove it)
factors-remove-app = Remove the authenticator app
factors-new-recovery-codes = Make new recovery codes
factors-finish-set-up = Finish set-up
factors-sign-in = Sign in
factors-recovery-code = Recovery code
factors-recovery-code-hint = 10 letters and digits, like abcde-12345. Each code works once.
factors-app-code = 6-digit code from your authenticator app
factors-app-code-hint = The app shows a new code every 30 seconds.
factors-trust-browser = Don't ask for a code on this browser for { $days } days
factors-copy-codes = Copy the codes

## The two-factor step (/signin/2fa).

twofa-title = Two-factor sign-in
twofa-heading = One more step
twofa-none-before = There is no sign-in waiting for a second step.{ " " }
twofa-none-link = Sign in
twofa-none-after = .
twofa-cancel = Cancel and sign out
twofa-intro-sms-sent = Your password was right. Two-factor sign-in is on for this account, so enter the code we sent to your phone too.
twofa-intro-sms = Your password was right. Two-factor sign-in is on for this account: we can text a code to your phone.
twofa-text-me = Text me a code
twofa-intro-app = Your password was right. Enter the code your authenticator app shows for this account.
twofa-intro-passkey = Your password was right. Use one of your passkeys to finish signing in.
twofa-passkey-needs-scripts = Passkeys need JavaScript in this browser: choose another way below.
twofa-intro-recovery = Your password was right. Enter one of the recovery codes you saved. Each works once.
twofa-other-ways = Other ways to sign in
twofa-use-sms = Text me a code instead
twofa-use-app = Use your authenticator app instead
twofa-use-passkey = Use a passkey instead
twofa-use-recovery = Use a recovery code instead

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = Phone number
# The country select's accessible name.
live-phone-country = Country
# The number field's placeholder: a sample national number, then the calling code.
live-phone-placeholder = { $sample } or +{ $code } …
live-phone-placeholder-none = + and the country code, then the number
# The country button's accessible name: the chosen country and its calling code.
live-phone-chosen = Country: { $country } +{ $code }
live-phone-none-chosen = Country: none chosen
# The search box over the country list: its accessible name, its placeholder.
live-phone-search = Search countries
live-phone-search-placeholder = Search country or +code
# The country list's accessible name.
live-phone-list = Countries
live-phone-no-match = No country matches.

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question, in the app's frame (its footer is footer-purpose). $client is the
## name of the application asking, $app this service's name.

oidc-error-title = Sign-in request refused
oidc-error-heading = This sign-in request cannot be completed
oidc-error-home = Go to the home page
# The sentences the error page shows. $param is a technical parameter name (scope, state...).
oidc-error-damaged = This sign-in request was damaged on its way. Start again from the application.
oidc-error-param-twice = The request names its { $param } twice.
oidc-error-no-client-id = The request does not say which application is asking (no client_id).
oidc-error-unknown-client = The application that sent you here is not registered with this service.
oidc-error-no-redirect-uri = The request does not say where to send you back (no redirect_uri).
oidc-error-unregistered-redirect = The application asked to send you back to an address it has not registered.
oidc-error-two-clients = The logout request names two different applications.
oidc-error-unregistered-logout-redirect = The application asked to send you to an address it has not registered.
oidc-error-foreign-id-token = The sign-out request carries an ID token this service did not issue.
oidc-error-session-ended = Your session has ended. Start again from the application.
oidc-error-bad-return-address = The address to send you back to is not valid.

# The consent page. $knows is what the application asks to know: phone-name, phone, name,
# or nothing (only who the person is). $who is the person's name or phone number.
oidc-consent-title = Allow { $client }?
oidc-consent-heading = { $client } wants { $knows ->
        [phone-name] your phone number and name
        [phone] your phone number
        [name] your name
       *[nothing] to know who you are
    }
oidc-consent-signed-in-as = Signed in as { $who }.
oidc-consent-will-know = { $client } will know { $knows ->
        [phone-name] your phone number and name
        [phone] your phone number
        [name] your name
       *[nothing] who you are
    }.
oidc-consent-offline = It will stay connected until you disconnect it on your profile page.
oidc-consent-allow = Allow
oidc-consent-deny = Deny
# "You can disconnect it any time on your <a>profile</a>." in three pieces.
oidc-consent-aside-before = You can disconnect it any time on your{ " " }
oidc-consent-aside-link = profile
oidc-consent-aside-after = .

# The sign-out question (an application asks to sign the person out).
oidc-logout-title = Sign out of { $app }?
oidc-logout-client-asks = { $client } asks to sign you out of { $app } on this device.
oidc-logout-app-asks = An application asks to sign you out of { $app } on this device.
oidc-logout-confirm = Sign out
oidc-logout-stay = Stay signed in

## Sessions page (/sessions).

sessions-title = Your sessions
sessions-devices-title = Signed-in devices
sessions-devices-hint = Sign out any device you do not recognise, then change your password.
sessions-end-others = Sign out all other devices
sessions-end-all = Sign out everywhere
sessions-this-device = this device
sessions-this-browser = this browser
sessions-ip = IP address
sessions-signed-in = Signed in
sessions-last-active = Last active
sessions-sign-out = Sign out
sessions-end-session = End session
# Button labels for screen readers: the device ("Chrome on macOS") and its IP address.
sessions-sign-out-label = Sign out: { $device } ({ $ip })
sessions-end-session-label = End session: { $device } ({ $ip })
# What a session not fully signed in still waits for.
sessions-waiting-code = Password entered, waiting for the code
sessions-waiting-password = Code entered, waiting for the password
sessions-waiting-verify = Verifying the phone number
sessions-trusted-title = Trusted browsers
sessions-trusted-hint = Two-factor sign-in asks these browsers for no code until the date shown. Forget one you no longer use; changing your password forgets them all.
sessions-trusted-at = Trusted
sessions-trusted-until = Until
sessions-forget = Forget
sessions-forget-label = Forget { $device } ({ $ip })

## Devices, named from the browser's user agent: $browser and $os are product names
## ("Chrome", "macOS"), kept as they are.

device-on = { $browser } on { $os }
device-unknown-browser = Unknown browser
device-unknown = Unknown device

## Security activity (profile): one sentence per event. $device is a device's name
## ("Firefox on Windows") or activity-unknown-device.

activity-unknown-device = an unknown device
activity-sign-up = Account created on { $device }
activity-sign-up-existing = Someone tried to create an account with your number
activity-phone-verified = Phone number verified
activity-sign-in = Signed in on { $device }
activity-sign-in-code = Signed in with a code on { $device }
activity-sign-in-password-code = Signed in with your password and a code on { $device }
activity-sign-in-code-password = Signed in with a code and your password on { $device }
activity-sign-in-after-verification = Signed in after verifying your number on { $device }
activity-sign-in-password-trusted = Signed in with your password on a trusted browser on { $device }
activity-sign-in-code-trusted = Signed in with a code on a trusted browser on { $device }
activity-sign-in-password-app = Signed in with your password and your authenticator app on { $device }
activity-sign-in-password-recovery = Signed in with your password and a recovery code on { $device }
activity-sign-in-passkey = Signed in with a passkey on { $device }
activity-sign-in-password-passkey = Signed in with your password and a passkey on { $device }
activity-wrong-code = A wrong sign-in code was entered
activity-code-without-password = A sign-in with only a code was refused: two-factor sign-in is on
activity-wrong-password = A wrong password was tried
activity-sign-in-paused = Sign-in paused after too many wrong passwords
activity-password-ok = Password entered, the second step asked on { $device }
activity-code-ok = Sign-in code entered, the password asked on { $device }
activity-test-code = A code for this test number was issued: its code is fixed, nothing was sent
# What a code was for: the $what of activity-code-sent-*.
activity-code-verify-phone = A code to verify your number
activity-code-sign-in = A sign-in code
activity-code-two-factor = A two-factor sign-in code
activity-code-reset = A password reset code
activity-code-change-phone = A code to confirm your new number
activity-code = A code
activity-code-sent-voice = { $what } was read out by a phone call
activity-code-sent-sms = { $what } was sent by text message
activity-code-sent = { $what } was sent
activity-code-not-sent-refused = A code could not be sent: the text message service refused the number
activity-code-not-sent = A code could not be sent
activity-signed-out-here = Signed out on { $device }
activity-signed-out-other = Signed out { $device } from another device
activity-signed-out-another = Signed out another device
activity-signed-out-others-none = Signed out all other devices; none was signed in
activity-signed-out-others = Signed out { $n ->
        [one] { $n } other device
       *[other] { $n } other devices
    }
activity-signed-out-everywhere = Signed out everywhere
activity-signed-out-everywhere-count = Signed out everywhere: { $n ->
        [one] { $n } device
       *[other] { $n } devices
    }
activity-signed-out-by-operator = An administrator signed out all your devices
activity-password-changed = Password changed
activity-password-changed-none = Password changed; no other device was signed in
activity-password-changed-others = Password changed; { $n ->
        [one] { $n } other device was signed out
       *[other] { $n } other devices were signed out
    }
activity-password-reset = Password reset with a code
activity-password-reset-none = Password reset with a code; no device was signed in
activity-password-reset-others = Password reset with a code; { $n ->
        [one] { $n } device was signed out
       *[other] { $n } devices were signed out
    }
activity-phone-changed = Phone number changed
activity-phone-changed-none = Phone number changed; no other device was signed in
activity-phone-changed-others = Phone number changed; { $n ->
        [one] { $n } other device was signed out
       *[other] { $n } other devices were signed out
    }
# $last: the last two digits of the new number.
activity-phone-changed-to = Phone number changed to a number ending in { $last }
activity-phone-changed-to-none = Phone number changed to a number ending in { $last }; no other device was signed in
activity-phone-changed-to-others = Phone number changed to a number ending in { $last }; { $n ->
        [one] { $n } other device was signed out
       *[other] { $n } other devices were signed out
    }
activity-phone-change-cancelled = Phone number change cancelled
activity-two-factor-on = Two-factor sign-in turned on
activity-two-factor-off = Two-factor sign-in turned off
activity-two-factor-off-by-operator = An administrator turned off two-factor sign-in and removed its authenticator app and recovery codes
activity-step-up-failed = A wrong current password was entered to change a setting
activity-step-up-paused = Password checks paused after too many wrong tries
activity-name-changed = Name changed
activity-photo-changed = Photo changed
activity-photo-removed = Photo removed
activity-browser-trusted = Two-factor sign-in stopped asking for a code on { $device }
activity-browser-forgotten = A browser is no longer trusted: it will be asked for a code again
activity-app-added = Authenticator app added on { $device }
activity-app-removed = Authenticator app removed on { $device }
activity-passkey-added = Passkey added on { $device }
activity-passkey-removed = Passkey removed on { $device }
activity-recovery-codes = New recovery codes made on { $device }
activity-alert-sent = We sent a text message to your number about this change to your account
activity-alert-not-sent = The text message about this change to your account could not be sent
activity-new-device-alerted = First sign-in from { $device }: we sent an alert to your number
activity-new-device-not-alerted = First sign-in from { $device }: the alert to your number could not be sent

## Notices: what a successful action tells the person, at the top of the page. $n counts
## other devices signed out (or recovery codes left); none at all has its own message.

notice-name-saved = Your name was saved.
notice-photo-updated = Your photo was updated.
notice-photo-removed = Your photo was removed.
notice-password-changed-none = Your password was changed. No other device was signed in.
notice-password-changed = Your password was changed. { $n ->
        [one] Your { $n } other device was signed out.
       *[other] Your { $n } other devices were signed out.
    }
notice-phone-code-sent = We sent a code to your new number. Enter it below to finish the change.
notice-phone-change-cancelled = The phone number change was cancelled.
notice-number-changed-told-none = Your phone number was changed and your old number was told. No other device was signed in.
notice-number-changed-told = Your phone number was changed and your old number was told. { $n ->
        [one] Your { $n } other device was signed out.
       *[other] Your { $n } other devices were signed out.
    }
notice-number-changed-none = Your phone number was changed. No other device was signed in.
notice-number-changed = Your phone number was changed. { $n ->
        [one] Your { $n } other device was signed out.
       *[other] Your { $n } other devices were signed out.
    }
notice-two-factor-on = Two-factor sign-in is on: signing in will also need a code sent to your phone.
notice-two-factor-off = Two-factor sign-in is off.
notice-session-ended = That device was signed out.
notice-browser-forgotten = That browser is no longer trusted: it will be asked for a code again.
notice-others-ended-none = No other device was signed in.
notice-others-ended = { $n ->
        [one] { $n } other device was signed out.
       *[other] { $n } other devices were signed out.
    }
notice-password-reset = Your password was reset and every device was signed out. Sign in with your new password.
notice-signed-out = You are signed out.
notice-welcome = Welcome! Your phone number is verified and you are signed in.
notice-app-setup = Scan the QR code with your authenticator app, then enter the code it shows.
notice-app-setup-cancelled = The authenticator app set-up was cancelled.
notice-app-added = Your authenticator app is set up. Two-factor sign-in is on.
notice-app-removed = Your authenticator app was removed.
notice-recovery-codes = Here are your new recovery codes. Any earlier ones no longer work.
notice-recovery-code-last = You signed in with your last recovery code. Make new ones now, below.
notice-recovery-code-used = You signed in with a recovery code. { $n ->
        [one] { $n } recovery code remains.
       *[other] { $n } recovery codes remain.
    }
notice-passkey-added = Your passkey was added. Next time, sign in with it: no number or password to type.
notice-passkey-renamed = The passkey was renamed.
notice-passkey-removed = The passkey was removed.

## Times on the pages (server only: these messages may use selectors). From CLDR's Gregorian
## calendar: month and weekday names (format, wide), date patterns, the "at" patterns of a date
## with a time, "today", "yesterday" and minutes ago with the language's plural forms.
## $clock is "14:05" (24 hours, ASCII digits in every language), $day "3", $year "2026",
## $month and $weekday the names below; $m is 1 to 12, $d 1 (Monday) to 7 (Sunday).

time-just-now = just now
time-minutes-ago = { $n ->
        [one] { $n } minute ago
       *[other] { $n } minutes ago
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } UTC
time-today-at = today at { $clock }
time-yesterday-at = yesterday at { $clock }
time-weekday-at = { $weekday } at { $clock }
# Earlier this year.
time-day-month-at = { $day } { $month } at { $clock }
time-date-at = { $day } { $month } { $year } at { $clock }
# The whole date (a tooltip).
time-full = { $weekday } { $day } { $month } { $year } at { $clock }
# "Member since March 2026".
time-month-year = { $month } { $year }
time-month = { $m ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
time-weekday = { $d ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
