# phone-auth auf Deutsch. Dieselben Schlüssel wie en.ftl.

sms-code = { $app }: { $purpose ->
        [verify-phone] Ihr Bestätigungscode lautet
        [reset-password] Ihr Code zum Zurücksetzen des Passworts lautet
        [change-phone] Ihr Code zur Bestätigung Ihrer neuen Nummer lautet
       *[sign-in] Ihr Anmeldecode lautet
    } { $code }. Er ist { $minutes } Min. gültig. Geben Sie ihn nicht weiter.

voice-intro = { $purpose ->
        [verify-phone] Ihr Bestätigungscode für { $app } lautet
        [reset-password] Ihr Code zum Zurücksetzen des Passworts für { $app } lautet
        [change-phone] Ihr Code zur Bestätigung Ihrer neuen Nummer bei { $app } lautet
       *[sign-in] Ihr Anmeldecode für { $app } lautet
    }
voice-again = Noch einmal, Ihr Code lautet

alert-new-device = { $app }: Neue Anmeldung bei Ihrem Konto von { $device }. Das waren nicht Sie? Ändern Sie Ihr Passwort unter { $url }
alert-unknown-device = einem neuen Gerät
alert-factor = { $app }: { $what ->
        [authenticator-added] Ihrem Konto wurde eine Authenticator-App hinzugefügt
        [authenticator-removed] die Authenticator-App wurde von Ihrem Konto entfernt
        [recovery-codes] für Ihr Konto wurden neue Wiederherstellungscodes erstellt
        [passkey-added] Ihrem Konto wurde ein Passkey hinzugefügt
        [passkey-removed] ein Passkey wurde von Ihrem Konto entfernt
       *[two-factor-off] die Zwei-Faktor-Anmeldung wurde ausgeschaltet und die Authenticator-App und die Wiederherstellungscodes wurden entfernt
    }. Das waren nicht Sie? Ändern Sie Ihr Passwort unter { $url }
notice-phone-changed = { $app }: Die Telefonnummer Ihres Kontos wurde in { $phone } geändert. Wenn Sie das nicht waren, wenden Sie sich an den Support.
