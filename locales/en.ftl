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
