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

## Seiten: der Rahmen jeder Seite (Kopfzeile, Fußzeile, Sprachmenü).

nav-account = Konto
nav-profile = Profil
nav-sessions = Sitzungen
nav-sign-in = Anmelden
nav-sign-up = Registrieren
nav-sign-out = Abmelden
footer-purpose = { $app } verwendet Ihre Telefonnummer nur, um Sie anzumelden und Sie über Änderungen an Ihrem Konto zu informieren.
language-menu = Sprache

## Fehlermeldungen (AppError). Die Zahlen berücksichtigen Singular und Plural.

err-bad-credentials = Telefonnummer oder Passwort ist falsch.
err-wrong-code = Dieser Code ist nicht korrekt. { $tries ->
        [one] Sie haben noch einen Versuch
       *[other] Sie haben noch { $tries } Versuche
    }.
err-code-expired = Der Code ist abgelaufen. Fordern Sie einen neuen an.
err-too-many-tries = Zu viele falsche Versuche für diesen Code. Fordern Sie einen neuen an.
err-no-active-code = Es gibt keinen aktiven Code. Fordern Sie einen neuen an.
err-cooldown = Bitte warten Sie { $seconds ->
        [one] eine Sekunde
       *[other] { $seconds } Sekunden
    }, bevor Sie einen weiteren Code anfordern.
err-too-many-sends = Es wurden zu viele Codes gesendet. Versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.
err-challenge-needed = Bei Nummern wie dieser muss Ihr Browser kurz eine Prüfung durchführen, bevor wir einen Code senden. Aktivieren Sie JavaScript und versuchen Sie es erneut.
err-sends-paused = Wir senden derzeit keine Codes an Nummern wie diese. Versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.
err-too-many-sign-ins = Zu viele fehlgeschlagene Anmeldeversuche für diese Nummer. Versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.
err-not-signed-in = Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.
err-already-signed-in = Sie sind bereits angemeldet.
err-session-gone = Diese Sitzung ist bereits beendet.
err-start-over = Diese Seite ist abgelaufen. Geben Sie Ihre Telefonnummer erneut ein.
err-internal = Bei uns ist ein Fehler aufgetreten (Referenz { $reference }). Bitte versuchen Sie es erneut.
err-unavailable = Der Dienst ist gerade nicht verfügbar. Bitte versuchen Sie es in einer Minute erneut.
err-busy = Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.
err-delivery-invalid-number = Diese Telefonnummer ist ungültig.
err-delivery-region = In die Region dieser Nummer können wir keine Nachrichten senden.
err-delivery-opted-out = Für diese Nummer wurden Nachrichten abbestellt. Senden Sie START per SMS, um sie wieder zu aktivieren.
err-delivery-too-many = Für diese Nummer wurden zu viele Codes angefordert. Versuchen Sie es später erneut.
err-delivery-too-many-checks = Zu viele Code-Prüfungen. Fordern Sie später einen neuen Code an.
err-delivery-locked = Für diese Nummer wurden zu viele falsche Codes eingegeben. Warten Sie 10 Minuten und fordern Sie dann einen neuen Code an.
err-delivery-misconfigured = Der Code konnte nicht gesendet werden. Versuchen Sie es später erneut.
err-delivery-no-voice = Codes können hier nicht per Sprachanruf angesagt werden. Wählen Sie SMS.
err-delivery-unavailable = Der Code konnte nicht gesendet werden. Versuchen Sie es erneut.
err-delivery-check-unavailable = Der Code konnte gerade nicht geprüft werden. Versuchen Sie es erneut.
live-err-transport = Die Anfrage konnte nicht abgeschlossen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

## Was an einem Feld falsch ist (AppError::Invalid): Die Dienste schreiben diese Texte
## auf Englisch; die Seite zeigt sie in ihrer Sprache. Die des Telefonfelds werden auch
## im Browser geprüft (live-).

live-err-phone-empty = Geben Sie Ihre Telefonnummer ein.
live-err-phone-no-country = Wählen Sie das Land Ihrer Telefonnummer aus oder geben Sie die Nummer mit + und der Ländervorwahl ein.
live-err-phone-invalid = Das ist keine gültige Telefonnummer.
live-err-phone-not-mobile = Diese Nummer kann keine SMS empfangen. Verwenden Sie eine Mobilnummer.
live-err-phone-country-not-allowed = Telefonnummern aus diesem Land werden nicht akzeptiert.
invalid-password-short = Ihr Passwort muss mindestens 8 Zeichen lang sein.
invalid-password-long = Ihr Passwort darf höchstens 128 Zeichen lang sein.
invalid-password-common = Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.
invalid-password-mismatch = Die beiden Passwörter stimmen nicht überein.
invalid-password-wrong = Dieses Passwort ist nicht korrekt.
invalid-password-empty = Geben Sie Ihr Passwort ein.
invalid-current-password-wrong = Ihr aktuelles Passwort ist nicht korrekt.
invalid-code-empty = Geben Sie den 6-stelligen Code ein.
invalid-code-digits = Der Code hat 6 Ziffern.
invalid-name-long = Ihr Name darf höchstens 64 Zeichen lang sein.
invalid-name-characters = Ihr Name enthält unzulässige Zeichen.
invalid-phone-same = Das ist bereits Ihre Nummer.
invalid-phone-taken = Diese Nummer gehört zu einem anderen Konto.
invalid-verify-before-2fa = Bestätigen Sie Ihre Telefonnummer, bevor Sie die Zwei-Faktor-Anmeldung aktivieren.
invalid-verify-first = Bestätigen Sie zuerst Ihre Telefonnummer.
invalid-app-exists = Sie haben bereits eine Authenticator-App. Entfernen Sie sie zuerst, um eine andere hinzuzufügen.
invalid-setup-expired = Die Einrichtung ist abgelaufen. Beginnen Sie von vorn.
invalid-2fa-first = Aktivieren Sie zuerst die Zwei-Faktor-Anmeldung.
invalid-no-app = Dieses Konto hat keine Authenticator-App. Wählen Sie eine andere Methode.
invalid-app-code-used = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten in Ihrer App.
invalid-recovery-wrong = Dieser Wiederherstellungscode ist nicht korrekt oder wurde bereits verwendet.
invalid-app-code-wrong = Dieser Code ist nicht korrekt. Geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.
invalid-recovery-format = Ein Wiederherstellungscode besteht aus 10 Buchstaben und Ziffern, z. B. abcde-12345.
invalid-recovery-empty = Geben Sie einen Ihrer Wiederherstellungscodes ein.
invalid-passkeys-off = Passkeys sind auf dieser Website nicht verfügbar.
invalid-passkey-expired = Das hat zu lange gedauert oder die Seite wurde zweimal verwendet. Versuchen Sie es erneut.
invalid-passkey-not-passkey = Die Antwort des Browsers war kein Passkey. Versuchen Sie es erneut.
invalid-passkey-name-long = Der Name eines Passkeys darf höchstens 64 Zeichen lang sein.
invalid-passkey-name-control = Der Name eines Passkeys darf keine Steuerzeichen enthalten.
invalid-passkey-too-many = Ein Konto kann höchstens 20 Passkeys haben. Entfernen Sie zuerst einen.
invalid-passkey-unchecked = Der Passkey konnte nicht geprüft werden. Versuchen Sie es erneut.
invalid-passkey-added-already = Dieser Passkey wurde bereits hinzugefügt.
invalid-passkey-unknown = Dieser Passkey gehört zu keinem Konto dieser Website mehr.
invalid-passkey-none = Dieses Konto hat keinen Passkey. Wählen Sie eine andere Methode.
invalid-passkey-removed = Dieser Passkey wurde entfernt.
invalid-photo-unreadable-upload = Die hochgeladene Datei konnte nicht gelesen werden. Versuchen Sie es erneut.
invalid-photo-empty = Wählen Sie ein Foto zum Hochladen aus.
invalid-photo-too-large = Das Foto ist größer als 2 MB. Wählen Sie ein kleineres.
invalid-photo-not-picture = Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.
invalid-photo-too-many-pixels = Dieses Bild ist zu groß: höchstens 4096 × 4096 Pixel.
invalid-photo-damaged = Dieses Bild konnte nicht gelesen werden. Es ist möglicherweise beschädigt.

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (German).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = Wird geladen…
home-welcome-back = Willkommen zurück
home-welcome-back-name = Willkommen zurück, { $name }
home-signed-in-as-before = Sie sind mit der Nummer{ " " }
home-signed-in-as-after = { " " }angemeldet.
home-signed-in-as-after-name = { " " }({ $name }) angemeldet.
home-fact-phone = Telefonnummer:{ " " }
home-phone-verified = bestätigt
home-phone-not-verified = nicht bestätigt
home-fact-two-factor = Zwei-Faktor-Anmeldung:{ " " }
home-two-factor-on = aktiviert
home-two-factor-off = deaktiviert
home-member-since = Mitglied seit { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }
home-profile = Ihr Profil
home-pending-title = Fast geschafft
home-pending-before = Bestätigen Sie die Nummer{ " " }
home-pending-after = { " " }mit dem Code, den wir Ihnen gesendet haben, um die Registrierung abzuschließen.
home-pending-enter-code = Code eingeben
home-title = Mit Ihrer Telefonnummer anmelden
home-lead = { $app } schützt Ihr Konto mit dem Telefon, das Sie ohnehin dabeihaben: Ihr Konto besteht aus Ihrer Mobilnummer und einem Passwort, und ein 6-stelliger Code, der an diese Nummer gesendet wird, beweist, dass sie Ihnen gehört.
home-signup = Konto erstellen
home-signin = Anmelden
home-how-title = So funktioniert die Registrierung
home-how-step-1 = Geben Sie Ihre Mobilnummer ein und wählen Sie ein Passwort.
home-how-step-2 = Wir senden Ihnen einen 6-stelligen Code per SMS oder lesen ihn Ihnen auf Wunsch in einem Sprachanruf vor.
home-how-step-3 = Geben Sie den Code innerhalb weniger Minuten ein. Damit ist Ihre Nummer bestätigt und Sie sind angemeldet.
home-ways-title = So können Sie sich anmelden
home-ways-password = Mit Ihrer Nummer und Ihrem Passwort.
home-ways-code-before = Mit einem{ " " }
home-ways-code-link = Einmalcode
home-ways-code-after = , der an Ihre Nummer gesendet wird – ganz ohne Passwort.
home-ways-both = Mit beidem, wenn die Zwei-Faktor-Anmeldung in Ihrem Profil aktiviert ist.
home-ways-reset-before = Passwort vergessen?{ " " }
home-ways-reset-link = Setzen Sie es mit einem Code zurück
home-ways-reset-after = .
home-private-title = Ihre Nummer bleibt privat
home-private-never-say = Wir verraten nie, ob es zu einer Nummer ein Konto gibt: Jede Seite antwortet für jede Nummer gleich, sodass niemand über diese Website herausfinden kann, ob Sie hier ein Konto haben.
home-private-once = Jeder Code funktioniert nur einmal, nur wenige Minuten lang und nur für den Schritt, für den er gesendet wurde.

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = Konto erstellen
signup-have-account = Sie haben bereits ein Konto?{ " " }
signup-signin-link = Anmelden
live-auth-password = Passwort
live-auth-password-hint = Mindestens 8 Zeichen. Lange Sätze eignen sich gut.
live-auth-confirm-password = Passwort bestätigen
live-auth-name = Ihr Name{ " " }
live-auth-optional = (optional)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = Konto erstellen
live-auth-signup-busy = Konto wird erstellt…
live-auth-signin-submit = Anmelden
live-auth-signin-busy = Anmeldung läuft…

## Code page of a new account (/verify).

verify-title = Code eingeben
verify-nothing-before = Es gibt nichts zu bestätigen.{ " " }
verify-nothing-link = Anmelden
verify-nothing-after = .

## Sign-in page (/signin).

signin-title = Anmelden
signin-or = oder
signin-code-link = Stattdessen mit einem Code anmelden
signin-reset-link = Passwort vergessen?
signin-new-here = Neu hier?{ " " }
signin-signup-link = Konto erstellen

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = Mit einem Code anmelden
signincode-intro = Wir senden Ihnen einen 6-stelligen Code per SMS an Ihre Nummer. Sie brauchen kein Passwort.
signincode-password-link = Mit Ihrem Passwort anmelden
signincode-signup-link = Konto erstellen
signincode-step-title = Noch ein Schritt
signincode-step-intro = Ihr Code war richtig. Für dieses Konto ist die Zwei-Faktor-Anmeldung aktiviert, geben Sie daher auch Ihr Passwort ein.
signincode-password = Passwort
signincode-step-cancel = Abbrechen und neu beginnen
signincode-step-submit = Anmelden
signincode-restart = Andere Nummer verwenden

## Password reset (/reset-password).

reset-title = Passwort zurücksetzen
reset-intro = Geben Sie die Nummer Ihres Kontos ein. Wir senden Ihnen per SMS einen Code, mit dem Sie ein neues Passwort festlegen.
reset-back = Zurück zur Anmeldung

## Page not found.

notfound-title = Seite nicht gefunden
notfound-heading = Seite nicht gefunden
notfound-before = Unter dieser Adresse gibt es nichts.{ " " }
notfound-link = Zur Startseite
notfound-after = .

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = Wird geladen…
guard-continue-to-before = weiter zu{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server.

profile-title = Ihr Profil
profile-account = Konto
profile-phone-number = Telefonnummer
profile-verified = bestätigt
profile-not-verified = nicht bestätigt
profile-name = Name
profile-member-since = Mitglied seit
profile-photo = Profilfoto
profile-photo-alt = Ihr Profilfoto
profile-remove-photo = Foto entfernen
profile-security = Sicherheit
profile-password = Passwort
profile-password-hint = Wenn Sie es ändern, werden Sie auf Ihren anderen Geräten abgemeldet.
profile-your-name = Ihr Name
profile-optional = (optional)
profile-save-name = Namen speichern

profile-apps-title = Verbundene Apps
profile-apps-hint = Bei diesen Apps melden Sie sich mit diesem Konto an. Wenn Sie eine davon trennen, verliert sie den Zugriff auf Ihr Konto; bei der nächsten Nutzung fragt sie erneut nach.
profile-app-knows = kennt { $what }
profile-knows-phone-name = Ihre Telefonnummer und Ihren Namen
profile-knows-phone = Ihre Telefonnummer
profile-knows-name = Ihren Namen
profile-knows-identity = Ihre Identität
profile-app-allowed-before = erlaubt
profile-app-allowed-after = { "" }
profile-app-disconnect = Trennen

profile-2fa-title = Zwei-Faktor-Anmeldung
profile-2fa-is-before = Die Zwei-Faktor-Anmeldung ist
profile-2fa-on = aktiviert
profile-2fa-off = deaktiviert
profile-2fa-is-after = .
profile-2fa-on-text = Nach Ihrem Passwort braucht die Anmeldung einen zweiten Schritt: einen an Ihr Telefon gesendeten Code, einen Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode.
profile-2fa-off-text = Wenn Sie sie aktivieren, braucht die Anmeldung mit Ihrem Passwort zusätzlich einen an Ihr Telefon gesendeten Code.
profile-2fa-off-hint = Beim Deaktivieren werden auch Ihre Authenticator-App und Ihre Wiederherstellungscodes entfernt.
profile-2fa-turn-on = Zwei-Faktor-Anmeldung aktivieren

profile-app-title = Authenticator-App
profile-app-none-hint = Eine App wie Google Authenticator, Microsoft Authenticator oder 1Password erzeugt alle 30 Sekunden einen neuen Code, ganz ohne Empfang. Wenn Sie eine einrichten, wird die Zwei-Faktor-Anmeldung aktiviert.
profile-app-added-before = Hinzugefügt
profile-app-added-after = { "" }
profile-app-used-before = , zuletzt verwendet
profile-app-used-after = { "" }
profile-app-end = .
profile-app-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.
profile-app-qr-label = QR-Code für Ihre Authenticator-App
profile-app-key-before = Scannen klappt nicht? Geben Sie stattdessen diesen Schlüssel in der App ein (zeitbasiert):
profile-app-open-link = in einer Authenticator-App auf diesem Gerät öffnen
profile-app-enter-code = Geben Sie den 6-stelligen Code ein, den die App anzeigt.
profile-app-cancel = Einrichtung abbrechen

profile-passkeys-title = Passkeys
profile-passkeys-hint = Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre an: keine Nummer und kein Passwort zum Eintippen, und nichts, was eine gefälschte Website abfangen könnte. Bei aktivierter Zwei-Faktor-Anmeldung erledigt er beide Schritte auf einmal.
profile-passkey-added-before = hinzugefügt
profile-passkey-added-after = { "" }
profile-passkey-used-before = zuletzt verwendet
profile-passkey-used-after = { "" }
profile-passkey-unused = noch nicht verwendet
profile-passkey-edit = Umbenennen oder entfernen
profile-passkey-rename = Umbenennen
profile-passkey-remove-password = Aktuelles Passwort (zum Entfernen)
profile-passkey-remove = Diesen Passkey entfernen
profile-passkey-needs-js = Zum Hinzufügen eines Passkeys wird JavaScript benötigt.

profile-recovery-title = Wiederherstellungscodes
profile-recovery-save = Speichern Sie diese Codes jetzt – sie werden nur dieses eine Mal angezeigt.
profile-recovery-save-why = Wenn Ihr Telefon nicht erreichbar ist, meldet Sie jeder davon einmal anstelle eines Codes an.
profile-recovery-download = Als Textdatei herunterladen
profile-recovery-file-title = { $app } – Wiederherstellungscodes
profile-recovery-file-note = Jeder Code funktioniert nur einmal.
profile-recovery-none = Sie haben keine Wiederherstellungscodes. Erstellen Sie welche: Jeder davon meldet Sie einmal an, wenn Ihr Telefon nicht erreichbar ist.
profile-recovery-used-up = Sie haben alle Ihre Wiederherstellungscodes verbraucht. Erstellen Sie neue.
profile-recovery-left =
    { $n ->
        [one] Noch 1 Wiederherstellungscode übrig.
       *[other] Noch { $n } Wiederherstellungscodes übrig.
    }
profile-recovery-replace = Neue Codes ersetzen alle bisherigen.

profile-current-password = Aktuelles Passwort
profile-new-password = Neues Passwort
profile-new-password-hint = Mindestens 8 Zeichen. Lange Sätze eignen sich gut.
profile-confirm-password = Neues Passwort bestätigen
profile-change-password = Passwort ändern

profile-phone-change-title = Telefonnummer ändern
profile-phone-pending = Ihre Nummer ändert sich, sobald Sie den Code eingeben, den wir an die neue Nummer gesendet haben.
profile-phone-cancel = Änderung abbrechen
profile-phone-hint = Wir senden einen Code an die neue Nummer. Ihre alte Nummer wird benachrichtigt, und Sie werden auf Ihren anderen Geräten abgemeldet.

profile-activity-title = Letzte Aktivitäten
profile-activity-was-you = Waren Sie das?

profile-devices-title = Geräte
profile-devices-only-this = Sie sind nur auf diesem Gerät angemeldet.
profile-devices-count =
    { $n ->
        [one] Sie sind auf { $n } Gerät angemeldet.
       *[other] Sie sind auf { $n } Geräten angemeldet.
    }
profile-devices-more =
    { $n ->
        [one] und { $n } weiteres
       *[other] und { $n } weitere
    }
profile-this-device = dieses Gerät
profile-device-active-before = zuletzt aktiv
profile-device-active-after = { "" }
profile-devices-review = Ihre Geräte prüfen

## Profile page islands.

live-profile-photo-choose = Bild auswählen
live-profile-photo-hint = PNG, JPEG oder WebP, bis zu 2 MB. Es wird höchstens mit 256 × 256 Pixeln angezeigt.
live-profile-photo-upload = Foto hochladen
live-profile-photo-uploading = Wird hochgeladen…
live-profile-new-phone = Neue Telefonnummer
live-profile-current-password = Aktuelles Passwort
live-profile-send-code = Code an die neue Nummer senden
live-profile-sending = Wird gesendet…

## Passkey island.

live-passkey-add = Passkey hinzufügen
live-passkey-sign-in = Mit einem Passkey anmelden
live-passkey-use = Passkey verwenden
live-passkey-name-it = Bezeichnung
live-passkey-optional = (optional)
live-passkey-name-placeholder = z. B. Arbeitslaptop
live-passkey-current-password = Aktuelles Passwort
live-passkey-err-options = Die Passkey-Optionen konnten nicht gelesen werden. Versuchen Sie es erneut.
live-passkey-err-unsupported = Dieser Browser kann keine Passkeys verwenden.
live-passkey-err-bad-options = Dieser Browser kann diese Passkey-Optionen nicht verwenden.
live-passkey-err-not-used = Es wurde kein Passkey verwendet. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.
live-passkey-err-exists = Dieses Gerät hat bereits einen Passkey für Ihr Konto.
live-passkey-err-failed = Der Passkey hat nicht funktioniert. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.
live-passkey-err-answer = Die Antwort des Passkeys konnte nicht gelesen werden.

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = Falls zur Nummer{ " " }
live-code-live-account-after = { " " }ein Konto gehört, haben wir einen 6-stelligen Code an sie gesendet.
live-code-live-account-after-at = { " " }ein Konto gehört, haben wir um { $time } einen 6-stelligen Code an sie gesendet.
live-code-live-before = Wir haben einen 6-stelligen Code an{ " " }
live-code-live-after = { " " }gesendet.
live-code-live-after-at = { " " }gesendet (um { $time }).
live-code-expired-before = Der Code für{ " " }
live-code-expired-after = { " " }ist abgelaufen. Fordern Sie einen neuen an.
live-code-expired-after-at = , gesendet um { $time }, ist abgelaufen. Fordern Sie einen neuen an.
live-code-spent-before = Der Code für{ " " }
live-code-spent-after = { " " }wurde zu oft falsch eingegeben und funktioniert nicht mehr. Fordern Sie einen neuen an.
live-code-missing-before = Für{ " " }
live-code-missing-after = { " " }wartet kein Code. Fordern Sie einen neuen an.
live-code-expires-in-before = Läuft ab in{ " " }
live-code-expires-in-after = { "" }
live-code-expires-at = Er läuft um { $time } ab.
live-code-expires-about-one = Der Code läuft in etwa 1 Minute ab.
live-code-expires-about = Der Code läuft in etwa { $minutes } Minuten ab.
live-code-expired-spoken = Der Code ist abgelaufen.
live-code-delivered-at = Um { $time } auf Ihr Telefon zugestellt.
live-code-delivered = Auf Ihr Telefon zugestellt.
live-code-undelivered-voice = Ihr Mobilfunkanbieter konnte die Nachricht nicht zustellen. Versuchen Sie es mit einem Sprachanruf.
live-code-undelivered = Ihr Mobilfunkanbieter konnte die Nachricht nicht zustellen. Fordern Sie einen neuen Code an.

## The code form and the resend form.

live-code-label = 6-stelliger Code
live-code-verify = Bestätigen
live-code-sign-in = Anmelden
live-code-set-password = Neues Passwort festlegen
live-code-change-number = Meine Nummer ändern
live-code-new-password = Neues Passwort
live-code-password-hint = Mindestens 8 Zeichen. Lange Sätze sind eine gute Wahl.
live-code-confirm-password = Neues Passwort bestätigen
live-code-checking = Wird geprüft…
live-code-saving = Wird gespeichert…
live-code-resend-by = Neuen Code senden per
live-code-by-sms = SMS
live-code-by-voice = Sprachanruf
live-code-new-code-in = Neuer Code in{ " " }
live-code-send-new = Neuen Code senden
live-code-resend-from = Sie können ab { $time } einen neuen Code anfordern.
live-code-resent = Ein neuer Code ist unterwegs.
live-code-send-me = Code senden
live-code-sending = Wird gesendet…

## Shared form words (fields.rs).

form-loading = Wird geladen…
form-session-ended-before = Ihre Sitzung ist beendet. Bitte{ " " }
form-session-ended-link = melden Sie sich an
form-session-ended-after = .

## The second factors' forms (factors.rs).

factors-current-password-off = Aktuelles Passwort (zum Ausschalten)
factors-turn-off = Zwei-Faktor-Anmeldung ausschalten
factors-current-password = Aktuelles Passwort
factors-add-app = Authenticator-App einrichten
factors-current-password-remove = Aktuelles Passwort (zum Entfernen)
factors-remove-app = Authenticator-App entfernen
factors-new-recovery-codes = Neue Wiederherstellungscodes erstellen
factors-finish-set-up = Einrichtung abschließen
factors-sign-in = Anmelden
factors-recovery-code = Wiederherstellungscode
factors-recovery-code-hint = 10 Buchstaben und Ziffern, z. B. abcde-12345. Jeder Code funktioniert nur einmal.
factors-app-code = 6-stelliger Code aus Ihrer Authenticator-App
factors-app-code-hint = Die App zeigt alle 30 Sekunden einen neuen Code.
factors-trust-browser = In diesem Browser { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } lang nicht nach einem Code fragen
factors-copy-codes = Codes kopieren

## The two-factor step (/signin/2fa).

twofa-title = Zwei-Faktor-Anmeldung
twofa-heading = Noch ein Schritt
twofa-none-before = Es wartet keine Anmeldung auf einen zweiten Schritt.{ " " }
twofa-none-link = Anmelden
twofa-none-after = .
twofa-cancel = Abbrechen und abmelden
twofa-intro-sms-sent = Ihr Passwort war richtig. Für dieses Konto ist die Zwei-Faktor-Anmeldung aktiviert. Geben Sie daher auch den Code ein, den wir an Ihr Telefon gesendet haben.
twofa-intro-sms = Ihr Passwort war richtig. Für dieses Konto ist die Zwei-Faktor-Anmeldung aktiviert: Wir können Ihnen einen Code per SMS senden.
twofa-text-me = Code per SMS senden
twofa-intro-app = Ihr Passwort war richtig. Geben Sie den Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.
twofa-intro-passkey = Ihr Passwort war richtig. Verwenden Sie einen Ihrer Passkeys, um die Anmeldung abzuschließen.
twofa-passkey-needs-scripts = Passkeys benötigen in diesem Browser JavaScript: Wählen Sie unten einen anderen Weg.
twofa-intro-recovery = Ihr Passwort war richtig. Geben Sie einen der Wiederherstellungscodes ein, die Sie gespeichert haben. Jeder funktioniert nur einmal.
twofa-other-ways = Andere Anmeldemöglichkeiten
twofa-use-sms = Stattdessen Code per SMS senden
twofa-use-app = Stattdessen die Authenticator-App verwenden
twofa-use-passkey = Stattdessen einen Passkey verwenden
twofa-use-recovery = Stattdessen einen Wiederherstellungscode verwenden

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = Telefonnummer
live-phone-country = Land
live-phone-placeholder = { $sample } oder +{ $code } …
live-phone-placeholder-none = + und die Ländervorwahl, dann die Nummer
live-phone-chosen = Land: { $country } +{ $code }
live-phone-none-chosen = Land: keines ausgewählt
live-phone-search = Länder durchsuchen
live-phone-search-placeholder = Land oder +Vorwahl suchen
live-phone-list = Länder
live-phone-no-match = Kein Land gefunden.

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question.

oidc-error-title = Anmeldeanfrage abgelehnt
oidc-error-heading = Diese Anmeldeanfrage kann nicht abgeschlossen werden
oidc-error-home = Zur Startseite
oidc-error-damaged = Diese Anmeldeanfrage wurde unterwegs beschädigt. Beginnen Sie erneut in der Anwendung.
oidc-error-param-twice = Die Anfrage enthält den Parameter { $param } zweimal.
oidc-error-no-client-id = Die Anfrage gibt nicht an, welche Anwendung anfragt (client_id fehlt).
oidc-error-unknown-client = Die Anwendung, die Sie hierher geschickt hat, ist bei diesem Dienst nicht registriert.
oidc-error-no-redirect-uri = Die Anfrage gibt nicht an, wohin Sie zurückgeschickt werden sollen (redirect_uri fehlt).
oidc-error-unregistered-redirect = Die Anwendung wollte Sie an eine Adresse zurückschicken, die sie nicht registriert hat.
oidc-error-two-clients = Die Abmeldeanfrage nennt zwei verschiedene Anwendungen.
oidc-error-unregistered-logout-redirect = Die Anwendung wollte Sie an eine Adresse schicken, die sie nicht registriert hat.
oidc-error-foreign-id-token = Die Abmeldeanfrage enthält ein ID-Token, das dieser Dienst nicht ausgestellt hat.
oidc-error-session-ended = Ihre Sitzung ist beendet. Beginnen Sie erneut in der Anwendung.
oidc-error-bad-return-address = Die Adresse, an die Sie zurückgeschickt werden sollen, ist ungültig.

oidc-consent-title = { $client } Zugriff erlauben?
oidc-consent-heading = { $client } möchte { $knows ->
        [phone-name] Ihre Telefonnummer und Ihren Namen erfahren
        [phone] Ihre Telefonnummer erfahren
        [name] Ihren Namen erfahren
       *[nothing] wissen, wer Sie sind
    }
oidc-consent-signed-in-as = Angemeldet als { $who }.
oidc-consent-will-know = { $knows ->
        [phone-name] { $client } erfährt Ihre Telefonnummer und Ihren Namen.
        [phone] { $client } erfährt Ihre Telefonnummer.
        [name] { $client } erfährt Ihren Namen.
       *[nothing] { $client } erfährt, wer Sie sind.
    }
oidc-consent-offline = Die Anwendung bleibt verbunden, bis Sie die Verbindung auf Ihrer Profilseite trennen.
oidc-consent-allow = Erlauben
oidc-consent-deny = Ablehnen
oidc-consent-aside-before = Sie können die Verbindung jederzeit in Ihrem{ " " }
oidc-consent-aside-link = Profil
oidc-consent-aside-after = { " " }trennen.

oidc-logout-title = Von { $app } abmelden?
oidc-logout-client-asks = { $client } möchte Sie auf diesem Gerät von { $app } abmelden.
oidc-logout-app-asks = Eine Anwendung möchte Sie auf diesem Gerät von { $app } abmelden.
oidc-logout-confirm = Abmelden
oidc-logout-stay = Angemeldet bleiben

## Sessions page (/sessions).

sessions-title = Ihre Sitzungen
sessions-devices-title = Angemeldete Geräte
sessions-devices-hint = Melden Sie jedes Gerät ab, das Sie nicht kennen, und ändern Sie dann Ihr Passwort.
sessions-end-others = Alle anderen Geräte abmelden
sessions-end-all = Überall abmelden
sessions-this-device = dieses Gerät
sessions-this-browser = dieser Browser
sessions-ip = IP-Adresse
sessions-signed-in = Angemeldet
sessions-last-active = Zuletzt aktiv
sessions-sign-out = Abmelden
sessions-end-session = Sitzung beenden
sessions-sign-out-label = Abmelden: { $device } ({ $ip })
sessions-end-session-label = Sitzung beenden: { $device } ({ $ip })
sessions-waiting-code = Passwort eingegeben, wartet auf den Code
sessions-waiting-password = Code eingegeben, wartet auf das Passwort
sessions-waiting-verify = Telefonnummer wird bestätigt
sessions-trusted-title = Vertrauenswürdige Browser
sessions-trusted-hint = Die Zwei-Faktor-Anmeldung fragt diese Browser bis zum angezeigten Datum nach keinem Code. Vergessen Sie Browser, die Sie nicht mehr nutzen; wenn Sie Ihr Passwort ändern, werden alle vergessen.
sessions-trusted-at = Vertraut seit
sessions-trusted-until = Bis
sessions-forget = Vergessen
sessions-forget-label = { $device } ({ $ip }) vergessen

## Devices.

device-on = { $browser } unter { $os }
device-unknown-browser = Unbekannter Browser
device-unknown = Unbekanntes Gerät

## Security activity (profile). $device follows "auf"/"von": activity-unknown-device is dative.

activity-unknown-device = einem unbekannten Gerät
activity-sign-up = Konto erstellt auf { $device }
activity-sign-up-existing = Jemand hat versucht, mit Ihrer Nummer ein Konto zu erstellen
activity-phone-verified = Telefonnummer bestätigt
activity-sign-in = Angemeldet auf { $device }
activity-sign-in-code = Mit einem Code angemeldet auf { $device }
activity-sign-in-password-code = Mit Ihrem Passwort und einem Code angemeldet auf { $device }
activity-sign-in-code-password = Mit einem Code und Ihrem Passwort angemeldet auf { $device }
activity-sign-in-after-verification = Nach Bestätigung Ihrer Nummer angemeldet auf { $device }
activity-sign-in-password-trusted = Mit Ihrem Passwort in einem vertrauenswürdigen Browser angemeldet ({ $device })
activity-sign-in-code-trusted = Mit einem Code in einem vertrauenswürdigen Browser angemeldet ({ $device })
activity-sign-in-password-app = Mit Ihrem Passwort und Ihrer Authenticator-App angemeldet auf { $device }
activity-sign-in-password-recovery = Mit Ihrem Passwort und einem Wiederherstellungscode angemeldet auf { $device }
activity-sign-in-passkey = Mit einem Passkey angemeldet auf { $device }
activity-sign-in-password-passkey = Mit Ihrem Passwort und einem Passkey angemeldet auf { $device }
activity-wrong-code = Ein falscher Anmeldecode wurde eingegeben
activity-code-without-password = Eine Anmeldung nur mit Code wurde abgelehnt: Die Zwei-Faktor-Anmeldung ist aktiviert
activity-wrong-password = Ein falsches Passwort wurde versucht
activity-sign-in-paused = Anmeldung nach zu vielen falschen Passwörtern pausiert
activity-password-ok = Passwort eingegeben, zweiter Schritt angefordert auf { $device }
activity-code-ok = Anmeldecode eingegeben, Passwort angefordert auf { $device }
activity-test-code = Für diese Testnummer wurde ein Code ausgegeben: Ihr Code ist fest, es wurde nichts gesendet
activity-code-verify-phone = Ein Code zur Bestätigung Ihrer Nummer
activity-code-sign-in = Ein Anmeldecode
activity-code-two-factor = Ein Code für die Zwei-Faktor-Anmeldung
activity-code-reset = Ein Code zum Zurücksetzen des Passworts
activity-code-change-phone = Ein Code zur Bestätigung Ihrer neuen Nummer
activity-code = Ein Code
activity-code-sent-voice = { $what } wurde per Sprachanruf vorgelesen
activity-code-sent-sms = { $what } wurde per SMS gesendet
activity-code-sent = { $what } wurde gesendet
activity-code-not-sent-refused = Ein Code konnte nicht gesendet werden: Der SMS-Dienst hat die Nummer abgelehnt
activity-code-not-sent = Ein Code konnte nicht gesendet werden
activity-signed-out-here = Abgemeldet auf { $device }
activity-signed-out-other = { $device } von einem anderen Gerät aus abgemeldet
activity-signed-out-another = Ein anderes Gerät abgemeldet
activity-signed-out-others-none = Alle anderen Geräte abgemeldet; keines war angemeldet
activity-signed-out-others = { $n ->
        [one] { $n } anderes Gerät abgemeldet
       *[other] { $n } andere Geräte abgemeldet
    }
activity-signed-out-everywhere = Überall abgemeldet
activity-signed-out-everywhere-count = Überall abgemeldet: { $n ->
        [one] { $n } Gerät
       *[other] { $n } Geräte
    }
activity-signed-out-by-operator = Ein Administrator hat alle Ihre Geräte abgemeldet
activity-password-changed = Passwort geändert
activity-password-changed-none = Passwort geändert; kein anderes Gerät war angemeldet
activity-password-changed-others = Passwort geändert; { $n ->
        [one] { $n } anderes Gerät wurde abgemeldet
       *[other] { $n } andere Geräte wurden abgemeldet
    }
activity-password-reset = Passwort mit einem Code zurückgesetzt
activity-password-reset-none = Passwort mit einem Code zurückgesetzt; kein Gerät war angemeldet
activity-password-reset-others = Passwort mit einem Code zurückgesetzt; { $n ->
        [one] { $n } Gerät wurde abgemeldet
       *[other] { $n } Geräte wurden abgemeldet
    }
activity-phone-changed = Telefonnummer geändert
activity-phone-changed-none = Telefonnummer geändert; kein anderes Gerät war angemeldet
activity-phone-changed-others = Telefonnummer geändert; { $n ->
        [one] { $n } anderes Gerät wurde abgemeldet
       *[other] { $n } andere Geräte wurden abgemeldet
    }
activity-phone-changed-to = Telefonnummer geändert in eine Nummer mit der Endung { $last }
activity-phone-changed-to-none = Telefonnummer geändert in eine Nummer mit der Endung { $last }; kein anderes Gerät war angemeldet
activity-phone-changed-to-others = Telefonnummer geändert in eine Nummer mit der Endung { $last }; { $n ->
        [one] { $n } anderes Gerät wurde abgemeldet
       *[other] { $n } andere Geräte wurden abgemeldet
    }
activity-phone-change-cancelled = Änderung der Telefonnummer abgebrochen
activity-two-factor-on = Zwei-Faktor-Anmeldung aktiviert
activity-two-factor-off = Zwei-Faktor-Anmeldung deaktiviert
activity-two-factor-off-by-operator = Ein Administrator hat die Zwei-Faktor-Anmeldung deaktiviert und die zugehörige Authenticator-App und die Wiederherstellungscodes entfernt
activity-step-up-failed = Ein falsches aktuelles Passwort wurde eingegeben, um eine Einstellung zu ändern
activity-step-up-paused = Passwortprüfungen nach zu vielen falschen Versuchen pausiert
activity-name-changed = Name geändert
activity-photo-changed = Foto geändert
activity-photo-removed = Foto entfernt
activity-browser-trusted = Die Zwei-Faktor-Anmeldung fragt auf { $device } nicht mehr nach einem Code
activity-browser-forgotten = Ein Browser ist nicht mehr vertrauenswürdig: Er wird wieder nach einem Code gefragt
activity-app-added = Authenticator-App hinzugefügt auf { $device }
activity-app-removed = Authenticator-App entfernt auf { $device }
activity-passkey-added = Passkey hinzugefügt auf { $device }
activity-passkey-removed = Passkey entfernt auf { $device }
activity-recovery-codes = Neue Wiederherstellungscodes erstellt auf { $device }
activity-alert-sent = Wir haben eine SMS zu dieser Änderung an Ihrem Konto an Ihre Nummer gesendet
activity-alert-not-sent = Die SMS zu dieser Änderung an Ihrem Konto konnte nicht gesendet werden
activity-new-device-alerted = Erste Anmeldung von { $device }: Wir haben eine Warnung an Ihre Nummer gesendet
activity-new-device-not-alerted = Erste Anmeldung von { $device }: Die Warnung an Ihre Nummer konnte nicht gesendet werden

## Notices.

notice-name-saved = Ihr Name wurde gespeichert.
notice-photo-updated = Ihr Foto wurde aktualisiert.
notice-photo-removed = Ihr Foto wurde entfernt.
notice-password-changed-none = Ihr Passwort wurde geändert. Kein anderes Gerät war angemeldet.
notice-password-changed = Ihr Passwort wurde geändert. { $n ->
        [one] Ihr anderes Gerät wurde abgemeldet.
       *[other] Ihre { $n } anderen Geräte wurden abgemeldet.
    }
notice-phone-code-sent = Wir haben einen Code an Ihre neue Nummer gesendet. Geben Sie ihn unten ein, um die Änderung abzuschließen.
notice-phone-change-cancelled = Die Änderung der Telefonnummer wurde abgebrochen.
notice-number-changed-told-none = Ihre Telefonnummer wurde geändert und Ihre alte Nummer wurde benachrichtigt. Kein anderes Gerät war angemeldet.
notice-number-changed-told = Ihre Telefonnummer wurde geändert und Ihre alte Nummer wurde benachrichtigt. { $n ->
        [one] Ihr anderes Gerät wurde abgemeldet.
       *[other] Ihre { $n } anderen Geräte wurden abgemeldet.
    }
notice-number-changed-none = Ihre Telefonnummer wurde geändert. Kein anderes Gerät war angemeldet.
notice-number-changed = Ihre Telefonnummer wurde geändert. { $n ->
        [one] Ihr anderes Gerät wurde abgemeldet.
       *[other] Ihre { $n } anderen Geräte wurden abgemeldet.
    }
notice-two-factor-on = Die Zwei-Faktor-Anmeldung ist aktiviert: Zum Anmelden brauchen Sie außerdem einen Code, der an Ihr Telefon gesendet wird.
notice-two-factor-off = Die Zwei-Faktor-Anmeldung ist deaktiviert.
notice-session-ended = Dieses Gerät wurde abgemeldet.
notice-browser-forgotten = Dieser Browser ist nicht mehr vertrauenswürdig: Er wird wieder nach einem Code gefragt.
notice-others-ended-none = Kein anderes Gerät war angemeldet.
notice-others-ended = { $n ->
        [one] { $n } anderes Gerät wurde abgemeldet.
       *[other] { $n } andere Geräte wurden abgemeldet.
    }
notice-password-reset = Ihr Passwort wurde zurückgesetzt und alle Geräte wurden abgemeldet. Melden Sie sich mit Ihrem neuen Passwort an.
notice-signed-out = Sie sind abgemeldet.
notice-welcome = Willkommen! Ihre Telefonnummer ist bestätigt und Sie sind angemeldet.
notice-app-setup = Scannen Sie den QR-Code mit Ihrer Authenticator-App und geben Sie dann den angezeigten Code ein.
notice-app-setup-cancelled = Die Einrichtung der Authenticator-App wurde abgebrochen.
notice-app-added = Ihre Authenticator-App ist eingerichtet. Die Zwei-Faktor-Anmeldung ist aktiviert.
notice-app-removed = Ihre Authenticator-App wurde entfernt.
notice-recovery-codes = Hier sind Ihre neuen Wiederherstellungscodes. Frühere Codes funktionieren nicht mehr.
notice-recovery-code-last = Sie haben sich mit Ihrem letzten Wiederherstellungscode angemeldet. Erstellen Sie jetzt unten neue.
notice-recovery-code-used = Sie haben sich mit einem Wiederherstellungscode angemeldet. { $n ->
        [one] Es ist noch { $n } Wiederherstellungscode übrig.
       *[other] Es sind noch { $n } Wiederherstellungscodes übrig.
    }
notice-passkey-added = Ihr Passkey wurde hinzugefügt. Melden Sie sich nächstes Mal damit an – ganz ohne Nummer oder Passwort.
notice-passkey-renamed = Der Passkey wurde umbenannt.
notice-passkey-removed = Der Passkey wurde entfernt.

## Times on the pages: see en.ftl.

time-just-now = gerade eben
time-minutes-ago = { $n ->
        [one] vor { $n } Minute
       *[other] vor { $n } Minuten
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } UTC
time-today-at = heute um { $clock }
time-yesterday-at = gestern um { $clock }
time-weekday-at = { $weekday } um { $clock }
# Earlier this year.
time-day-month-at = { $day }. { $month } um { $clock }
time-date-at = { $day }. { $month } { $year } um { $clock }
# The whole date (a tooltip).
time-full = { $weekday }, { $day }. { $month } { $year } um { $clock }
# "Member since March 2026".
time-month-year = { $month } { $year }
time-month = { $m ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
time-weekday = { $d ->
        [1] Montag
        [2] Dienstag
        [3] Mittwoch
        [4] Donnerstag
        [5] Freitag
        [6] Samstag
       *[7] Sonntag
    }
