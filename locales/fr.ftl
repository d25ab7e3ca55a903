# phone-auth en français. Les mêmes clés que en.ftl. Les SMS restent dans l'alphabet
# GSM 7 bits (un seul segment) : pas de ç, ê, î, ô ni d'espace insécable.

sms-code = { $app } : { $purpose ->
        [verify-phone] votre code de vérification est
        [reset-password] votre code de réinitialisation du mot de passe est
        [change-phone] le code pour confirmer votre nouveau numéro est
       *[sign-in] votre code de connexion est
    } { $code }. Il expire dans { $minutes } min. Ne le partagez pas.

voice-intro = { $purpose ->
        [verify-phone] Votre code de vérification pour { $app } est
        [reset-password] Votre code de réinitialisation du mot de passe pour { $app } est
        [change-phone] Votre code pour confirmer votre nouveau numéro sur { $app } est
       *[sign-in] Votre code de connexion pour { $app } est
    }
voice-again = Je répète, votre code est

alert-new-device = { $app } : nouvelle connexion à votre compte depuis { $device }. Ce n'était pas vous ? Changez votre mot de passe sur { $url }
alert-unknown-device = un nouvel appareil
alert-factor = { $app } : { $what ->
        [authenticator-added] une application d'authentification a été ajoutée à votre compte
        [authenticator-removed] l'application d'authentification a été retirée de votre compte
        [recovery-codes] de nouveaux codes de secours ont été créés pour votre compte
        [passkey-added] une clé d'accès a été ajoutée à votre compte
        [passkey-removed] une clé d'accès a été retirée de votre compte
       *[two-factor-off] la connexion en deux étapes a été désactivée, avec l'application d'authentification et les codes de secours
    }. Ce n'était pas vous ? Changez votre mot de passe sur { $url }
notice-phone-changed = { $app } : le numéro de téléphone de votre compte a été changé en { $phone }. Si ce n'était pas vous, contactez le support.
