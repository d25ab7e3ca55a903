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

## Pages : le cadre de chaque page (en-tête, pied de page, menu des langues).

nav-account = Compte
nav-profile = Profil
nav-sessions = Sessions
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter
footer-purpose = { $app } utilise votre numéro de téléphone uniquement pour vous connecter et pour vous informer des modifications apportées à votre compte.
language-menu = Langue

## Phrases d'erreur (AppError). Les nombres gèrent le pluriel (« one » couvre 0 et 1).

err-bad-credentials = Numéro de téléphone ou mot de passe incorrect.
err-wrong-code = Ce code est incorrect. { $tries ->
        [one] Il vous reste { $tries } essai
       *[other] Il vous reste { $tries } essais
    }.
err-code-expired = Le code a expiré. Demandez-en un nouveau.
err-too-many-tries = Trop de tentatives incorrectes pour ce code. Demandez-en un nouveau.
err-no-active-code = Aucun code n'est actif. Demandez-en un nouveau.
err-cooldown = Veuillez patienter { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } avant de demander un autre code.
err-too-many-sends = Trop de codes ont été envoyés. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-challenge-needed = Pour les numéros de ce type, votre navigateur doit effectuer une vérification rapide avant que nous puissions envoyer un code. Activez JavaScript et réessayez.
err-sends-paused = Nous n'envoyons pas de codes aux numéros de ce type pour le moment. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-too-many-sign-ins = Trop de tentatives de connexion ont échoué pour ce numéro. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
err-not-signed-in = Votre session a pris fin. Veuillez vous reconnecter.
err-already-signed-in = Vous êtes déjà connecté.
err-session-gone = Cette session a déjà pris fin.
err-start-over = Cette page a expiré. Saisissez à nouveau votre numéro de téléphone.
err-internal = Un problème est survenu de notre côté (référence { $reference }). Veuillez réessayer.
err-unavailable = Le service est indisponible pour le moment. Veuillez réessayer dans une minute.
err-busy = Le service est surchargé pour le moment. Veuillez réessayer dans un instant.
err-delivery-invalid-number = Ce numéro de téléphone n'est pas valide.
err-delivery-region = Nous ne pouvons pas envoyer de messages dans la région de ce numéro.
err-delivery-opted-out = Ce numéro a choisi de ne plus recevoir de messages. Envoyez START par SMS pour les réactiver.
err-delivery-too-many = Trop de codes ont été demandés pour ce numéro. Réessayez plus tard.
err-delivery-too-many-checks = Trop de vérifications de code. Demandez un nouveau code plus tard.
err-delivery-locked = Trop de codes erronés ont été essayés pour ce numéro. Patientez 10 minutes, puis demandez un nouveau code.
err-delivery-misconfigured = Le code n'a pas pu être envoyé. Réessayez plus tard.
err-delivery-no-voice = Les codes ne peuvent pas être dictés par appel vocal ici. Choisissez l'envoi par SMS.
err-delivery-unavailable = Le code n'a pas pu être envoyé. Réessayez.
err-delivery-check-unavailable = Le code n'a pas pu être vérifié pour le moment. Réessayez.
live-err-transport = La requête n'a pas pu aboutir. Vérifiez votre connexion et réessayez.

## Ce qui ne va pas dans un champ (AppError::Invalid) : les services les écrivent en
## anglais ; la page les affiche dans sa langue. Ceux du champ du téléphone sont aussi
## vérifiés dans le navigateur (live-).

live-err-phone-empty = Saisissez votre numéro de téléphone.
live-err-phone-no-country = Choisissez le pays de votre numéro de téléphone, ou saisissez-le avec + et l'indicatif du pays.
live-err-phone-invalid = Ce numéro de téléphone n'est pas valide.
live-err-phone-not-mobile = Ce numéro ne peut pas recevoir de SMS. Utilisez un numéro de mobile.
live-err-phone-country-not-allowed = Les numéros de téléphone de ce pays ne sont pas acceptés.
invalid-password-short = Votre mot de passe doit contenir au moins 8 caractères.
invalid-password-long = Votre mot de passe ne peut pas dépasser 128 caractères.
invalid-password-common = Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.
invalid-password-mismatch = Les deux mots de passe ne correspondent pas.
invalid-password-wrong = Ce mot de passe est incorrect.
invalid-password-empty = Saisissez votre mot de passe.
invalid-current-password-wrong = Votre mot de passe actuel est incorrect.
invalid-code-empty = Saisissez le code à 6 chiffres.
invalid-code-digits = Le code comporte 6 chiffres.
invalid-name-long = Votre nom ne peut pas dépasser 64 caractères.
invalid-name-characters = Votre nom contient des caractères non autorisés.
invalid-phone-same = C'est déjà votre numéro.
invalid-phone-taken = Ce numéro est associé à un autre compte.
invalid-verify-before-2fa = Vérifiez votre numéro de téléphone avant d'activer la connexion en deux étapes.
invalid-verify-first = Vérifiez d'abord votre numéro de téléphone.
invalid-app-exists = Vous avez déjà une application d'authentification. Supprimez-la d'abord pour en ajouter une autre.
invalid-setup-expired = La configuration a expiré. Recommencez.
invalid-2fa-first = Activez d'abord la connexion en deux étapes.
invalid-no-app = Ce compte n'a pas d'application d'authentification. Choisissez une autre méthode.
invalid-app-code-used = Ce code a déjà été utilisé. Attendez le suivant dans votre application.
invalid-recovery-wrong = Ce code de récupération est incorrect ou a déjà été utilisé.
invalid-app-code-wrong = Ce code est incorrect. Saisissez le code qu'affiche actuellement votre application d'authentification.
invalid-recovery-format = Un code de récupération comporte 10 lettres et chiffres, par exemple abcde-12345.
invalid-recovery-empty = Saisissez l'un de vos codes de récupération.
invalid-passkeys-off = Les clés d'accès ne sont pas disponibles sur ce site.
invalid-passkey-expired = L'opération a pris trop de temps, ou la page a été utilisée deux fois. Réessayez.
invalid-passkey-not-passkey = La réponse du navigateur n'était pas une clé d'accès. Réessayez.
invalid-passkey-name-long = Le nom d'une clé d'accès ne peut pas dépasser 64 caractères.
invalid-passkey-name-control = Le nom d'une clé d'accès ne peut pas contenir de caractères de contrôle.
invalid-passkey-too-many = Un compte peut avoir au maximum 20 clés d'accès. Supprimez-en une d'abord.
invalid-passkey-unchecked = La clé d'accès n'a pas pu être vérifiée. Réessayez.
invalid-passkey-added-already = Cette clé d'accès a déjà été ajoutée.
invalid-passkey-unknown = Cette clé d'accès ne correspond plus à aucun compte de ce site.
invalid-passkey-none = Ce compte n'a pas de clé d'accès. Choisissez une autre méthode.
invalid-passkey-removed = Cette clé d'accès a été supprimée.
invalid-photo-unreadable-upload = Le fichier envoyé n'a pas pu être lu. Réessayez.
invalid-photo-empty = Choisissez une photo à envoyer.
invalid-photo-too-large = La photo dépasse 2 Mo. Choisissez-en une plus petite.
invalid-photo-not-picture = Ce fichier n'est pas une image PNG, JPEG ou WebP.
invalid-photo-too-many-pixels = Cette image est trop grande : 4096 × 4096 pixels au maximum.
invalid-photo-damaged = Cette image n'a pas pu être lue. Elle est peut-être endommagée.

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (French).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = Chargement…
home-welcome-back = Bon retour parmi nous
home-welcome-back-name = Bon retour parmi nous, { $name }
home-signed-in-as-before = Session ouverte avec le numéro{ " " }
home-signed-in-as-after = .
home-signed-in-as-after-name = { " " }({ $name }).
home-fact-phone = Numéro de téléphone :{ " " }
home-phone-verified = vérifié
home-phone-not-verified = non vérifié
home-fact-two-factor = Connexion en deux étapes :{ " " }
home-two-factor-on = activée
home-two-factor-off = désactivée
home-member-since = Membre depuis { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
home-profile = Votre profil
home-pending-title = Vous y êtes presque
home-pending-before = Confirmez le numéro{ " " }
home-pending-after = { " " }avec le code que nous vous avons envoyé pour terminer la création de votre compte.
home-pending-enter-code = Saisir le code
home-title = Connectez-vous avec votre numéro de téléphone
home-lead = { $app } protège votre compte grâce au téléphone que vous avez déjà sur vous : votre compte, c'est votre numéro de mobile et un mot de passe, et un code à 6 chiffres envoyé à ce numéro prouve qu'il vous appartient.
home-signup = Créer un compte
home-signin = Se connecter
home-how-title = Comment créer un compte
home-how-step-1 = Saisissez votre numéro de mobile et choisissez un mot de passe.
home-how-step-2 = Nous vous envoyons un code à 6 chiffres par SMS, ou nous vous le lisons lors d'un appel vocal si vous préférez.
home-how-step-3 = Saisissez le code dans les minutes qui suivent. Votre numéro est alors vérifié et votre session est ouverte.
home-ways-title = Plusieurs façons de se connecter
home-ways-password = Votre numéro et votre mot de passe.
home-ways-code-before = { "" }
home-ways-code-link = Un code à usage unique
home-ways-code-after = { " " }envoyé à votre numéro, sans mot de passe.
home-ways-both = Les deux, avec la connexion en deux étapes activée dans votre profil.
home-ways-reset-before = Mot de passe oublié ?{ " " }
home-ways-reset-link = Réinitialisez-le avec un code
home-ways-reset-after = .
home-private-title = Votre numéro reste confidentiel
home-private-never-say = Nous n'indiquons jamais si un numéro a un compte : chaque page répond de la même façon quel que soit le numéro, si bien que personne ne peut utiliser ce site pour savoir si vous y avez un compte.
home-private-once = Chaque code ne fonctionne qu'une seule fois, pendant quelques minutes, et uniquement pour l'étape pour laquelle il a été envoyé.

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = Créer un compte
signup-have-account = Vous avez déjà un compte ?{ " " }
signup-signin-link = Se connecter
live-auth-password = Mot de passe
live-auth-password-hint = Au moins 8 caractères. Une longue phrase est une bonne idée.
live-auth-confirm-password = Confirmer le mot de passe
live-auth-name = Votre nom{ " " }
live-auth-optional = (facultatif)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = Créer le compte
live-auth-signup-busy = Création du compte…
live-auth-signin-submit = Se connecter
live-auth-signin-busy = Connexion…

## Code page of a new account (/verify).

verify-title = Saisissez votre code
verify-nothing-before = Il n'y a rien à vérifier.{ " " }
verify-nothing-link = Se connecter
verify-nothing-after = .

## Sign-in page (/signin).

signin-title = Se connecter
signin-or = ou
signin-code-link = Se connecter plutôt avec un code
signin-reset-link = Mot de passe oublié ?
signin-new-here = Pas encore de compte ?{ " " }
signin-signup-link = Créer un compte

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = Se connecter avec un code
signincode-intro = Nous envoyons un code à 6 chiffres par SMS à votre numéro. Aucun mot de passe n'est nécessaire.
signincode-password-link = Se connecter avec votre mot de passe
signincode-signup-link = Créer un compte
signincode-step-title = Encore une étape
signincode-step-intro = Votre code est correct. La connexion en deux étapes est activée pour ce compte : saisissez également votre mot de passe.
signincode-password = Mot de passe
signincode-step-cancel = Annuler et recommencer
signincode-step-submit = Se connecter
signincode-restart = Utiliser un autre numéro

## Password reset (/reset-password).

reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez le numéro de votre compte. Nous vous enverrons un code par SMS pour définir un nouveau mot de passe.
reset-back = Retour à la connexion

## Page not found.

notfound-title = Page introuvable
notfound-heading = Page introuvable
notfound-before = Il n'y a rien à cette adresse.{ " " }
notfound-link = Aller à la page d'accueil
notfound-after = .

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = Chargement…
guard-continue-to-before = pour continuer vers{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server.

profile-title = Votre profil
profile-account = Compte
profile-phone-number = Numéro de téléphone
profile-verified = vérifié
profile-not-verified = non vérifié
profile-name = Nom
profile-member-since = Membre depuis
profile-photo = Photo de profil
profile-photo-alt = Votre photo de profil
profile-remove-photo = Supprimer la photo
profile-security = Sécurité
profile-password = Mot de passe
profile-password-hint = Le modifier vous déconnecte de vos autres appareils.
profile-your-name = Votre nom
profile-optional = (facultatif)
profile-save-name = Enregistrer le nom

profile-apps-title = Applications connectées
profile-apps-hint = Ces applications vous connectent avec ce compte. En déconnecter une met fin à son accès à votre compte ; elle vous redemandera l'autorisation la prochaine fois que vous l'utiliserez.
profile-app-knows = connaît { $what }
profile-knows-phone-name = votre numéro de téléphone et votre nom
profile-knows-phone = votre numéro de téléphone
profile-knows-name = votre nom
profile-knows-identity = votre identité
profile-app-allowed-before = autorisée
profile-app-allowed-after = { "" }
profile-app-disconnect = Déconnecter

profile-2fa-title = Connexion en deux étapes
profile-2fa-is-before = La connexion en deux étapes est
profile-2fa-on = activée
profile-2fa-off = désactivée
profile-2fa-is-after = .
profile-2fa-on-text = Après votre mot de passe, la connexion demande aussi une deuxième étape : un code envoyé sur votre téléphone, un code de votre application d'authentification ou un code de récupération.
profile-2fa-off-text = Activez-la et la connexion avec votre mot de passe demandera aussi un code envoyé sur votre téléphone.
profile-2fa-off-hint = La désactiver supprime aussi votre application d'authentification et vos codes de récupération.
profile-2fa-turn-on = Activer la connexion en deux étapes

profile-app-title = Application d'authentification
profile-app-none-hint = Une application comme Google Authenticator, Microsoft Authenticator ou 1Password génère un nouveau code toutes les 30 secondes, sans besoin de réseau. En configurer une active la connexion en deux étapes.
profile-app-added-before = Ajoutée
profile-app-added-after = { "" }
profile-app-used-before = , dernière utilisation
profile-app-used-after = { "" }
profile-app-end = .
profile-app-scan = Scannez ce code QR avec votre application d'authentification.
profile-app-qr-label = Code QR pour votre application d'authentification
profile-app-key-before = Impossible de le scanner ? Saisissez plutôt cette clé dans l'application (basée sur le temps) :
profile-app-open-link = ouvrir dans une application d'authentification sur cet appareil
profile-app-enter-code = Saisissez le code à 6 chiffres affiché par l'application.
profile-app-cancel = Annuler la configuration

profile-passkeys-title = Clés d'accès
profile-passkeys-hint = Une clé d'accès vous connecte avec votre empreinte digitale, votre visage ou le verrouillage de l'écran : aucun numéro ni mot de passe à saisir, et rien qu'un faux site puisse intercepter. Avec la connexion en deux étapes activée, elle couvre les deux étapes à la fois.
profile-passkey-added-before = ajoutée
profile-passkey-added-after = { "" }
profile-passkey-used-before = dernière utilisation
profile-passkey-used-after = { "" }
profile-passkey-unused = pas encore utilisée
profile-passkey-edit = Renommer ou supprimer
profile-passkey-rename = Renommer
profile-passkey-remove-password = Mot de passe actuel (pour la supprimer)
profile-passkey-remove = Supprimer cette clé d'accès
profile-passkey-needs-js = L'ajout d'une clé d'accès nécessite JavaScript.

profile-recovery-title = Codes de récupération
profile-recovery-save = Enregistrez ces codes maintenant : ils ne s'affichent que cette fois-ci.
profile-recovery-save-why = Si votre téléphone est hors de portée, chacun vous connecte une fois, à la place d'un code.
profile-recovery-download = Télécharger en fichier texte
profile-recovery-file-title = { $app } : codes de récupération
profile-recovery-file-note = Chaque code ne fonctionne qu'une fois.
profile-recovery-none = Vous n'avez aucun code de récupération. Générez-en : chacun vous connecte une fois si votre téléphone est hors de portée.
profile-recovery-used-up = Vous avez utilisé tous vos codes de récupération. Générez-en de nouveaux.
profile-recovery-left =
    { $n ->
        [one] { $n } code de récupération restant.
       *[other] { $n } codes de récupération restants.
    }
profile-recovery-replace = Les nouveaux codes remplacent tous les précédents.

profile-current-password = Mot de passe actuel
profile-new-password = Nouveau mot de passe
profile-new-password-hint = Au moins 8 caractères. Les longues phrases sont une bonne idée.
profile-confirm-password = Confirmez le nouveau mot de passe
profile-change-password = Changer le mot de passe

profile-phone-change-title = Changer de numéro de téléphone
profile-phone-pending = Votre numéro change dès que vous saisissez le code envoyé au nouveau numéro.
profile-phone-cancel = Annuler le changement
profile-phone-hint = Nous envoyons un code au nouveau numéro. Votre ancien numéro en est informé, et vos autres appareils sont déconnectés.

profile-activity-title = Activité récente
profile-activity-was-you = Était-ce vous ?

profile-devices-title = Appareils
profile-devices-only-this = Votre compte n'est connecté que sur cet appareil.
profile-devices-count =
    { $n ->
        [one] Votre compte est connecté sur { $n } appareil.
       *[other] Votre compte est connecté sur { $n } appareils.
    }
profile-devices-more =
    { $n ->
        [one] et { $n } autre
       *[other] et { $n } autres
    }
profile-this-device = cet appareil
profile-device-active-before = dernière activité
profile-device-active-after = { "" }
profile-devices-review = Vérifier vos appareils

## Profile page islands.

live-profile-photo-choose = Choisir une image
live-profile-photo-hint = PNG, JPEG ou WebP, jusqu'à 2 Mo. Elle s'affiche au maximum en 256 × 256 pixels.
live-profile-photo-upload = Envoyer la photo
live-profile-photo-uploading = Envoi…
live-profile-new-phone = Nouveau numéro de téléphone
live-profile-current-password = Mot de passe actuel
live-profile-send-code = Envoyer un code au nouveau numéro
live-profile-sending = Envoi…

## Passkey island.

live-passkey-add = Ajouter une clé d'accès
live-passkey-sign-in = Se connecter avec une clé d'accès
live-passkey-use = Utiliser une clé d'accès
live-passkey-name-it = Nom
live-passkey-optional = (facultatif)
live-passkey-name-placeholder = p. ex. Ordinateur du travail
live-passkey-current-password = Mot de passe actuel
live-passkey-err-options = Les options de la clé d'accès n'ont pas pu être lues. Réessayez.
live-passkey-err-unsupported = Ce navigateur ne peut pas utiliser de clés d'accès.
live-passkey-err-bad-options = Ce navigateur ne peut pas utiliser ces options de clé d'accès.
live-passkey-err-not-used = Aucune clé d'accès n'a été utilisée. Réessayez ou choisissez un autre moyen.
live-passkey-err-exists = Cet appareil possède déjà une clé d'accès pour votre compte.
live-passkey-err-failed = La clé d'accès n'a pas fonctionné. Réessayez ou choisissez un autre moyen.
live-passkey-err-answer = La réponse de la clé d'accès n'a pas pu être lue.

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = Si le{ " " }
live-code-live-account-after = { " " }correspond à un compte, nous lui avons envoyé un code à 6 chiffres.
live-code-live-account-after-at = { " " }correspond à un compte, nous lui avons envoyé un code à 6 chiffres à { $time }.
live-code-live-before = Nous avons envoyé un code à 6 chiffres au{ " " }
live-code-live-after = .
live-code-live-after-at = { " " }à { $time }.
live-code-expired-before = Le code envoyé au{ " " }
live-code-expired-after = { " " }a expiré. Demandez-en un nouveau.
live-code-expired-after-at = { " " }à { $time } a expiré. Demandez-en un nouveau.
live-code-spent-before = Le code envoyé au{ " " }
live-code-spent-after = { " " }a été mal saisi trop de fois et ne fonctionne plus. Demandez-en un nouveau.
live-code-missing-before = Aucun code n’est en attente pour le{ " " }
live-code-missing-after = . Demandez-en un nouveau.
live-code-expires-in-before = Il expire dans{ " " }
live-code-expires-in-after = { "" }
live-code-expires-at = Il expire à { $time }.
live-code-expires-about-one = Le code expire dans environ 1 minute.
live-code-expires-about = Le code expire dans environ { $minutes } minutes.
live-code-expired-spoken = Le code a expiré.
live-code-delivered-at = Remis sur votre téléphone à { $time }.
live-code-delivered = Remis sur votre téléphone.
live-code-undelivered-voice = Votre opérateur n’a pas pu remettre le message. Essayez un appel vocal.
live-code-undelivered = Votre opérateur n’a pas pu remettre le message. Demandez un nouveau code.

## The code form and the resend form.

live-code-label = Code à 6 chiffres
live-code-verify = Vérifier
live-code-sign-in = Se connecter
live-code-set-password = Enregistrer le nouveau mot de passe
live-code-change-number = Changer mon numéro
live-code-new-password = Nouveau mot de passe
live-code-password-hint = Au moins 8 caractères. Les longues phrases sont un bon choix.
live-code-confirm-password = Confirmez le nouveau mot de passe
live-code-checking = Vérification…
live-code-saving = Enregistrement…
live-code-resend-by = Envoyer un nouveau code par
live-code-by-sms = SMS
live-code-by-voice = appel vocal
live-code-new-code-in = Nouveau code dans{ " " }
live-code-send-new = Envoyer un nouveau code
live-code-resend-from = Vous pourrez demander un nouveau code à partir de { $time }.
live-code-resent = Un nouveau code est en route.
live-code-send-me = M’envoyer un code
live-code-sending = Envoi…

## Shared form words (fields.rs).

form-loading = Chargement…
form-session-ended-before = Votre session a pris fin.{ " " }
form-session-ended-link = Connectez-vous
form-session-ended-after = .

## The second factors' forms (factors.rs).

factors-current-password-off = Mot de passe actuel (pour la désactiver)
factors-turn-off = Désactiver la connexion en deux étapes
factors-current-password = Mot de passe actuel
factors-add-app = Configurer une application d’authentification
factors-current-password-remove = Mot de passe actuel (pour la supprimer)
factors-remove-app = Supprimer l’application d’authentification
factors-new-recovery-codes = Générer de nouveaux codes de récupération
factors-finish-set-up = Terminer la configuration
factors-sign-in = Se connecter
factors-recovery-code = Code de récupération
factors-recovery-code-hint = 10 lettres et chiffres, par exemple abcde-12345. Chaque code ne fonctionne qu’une fois.
factors-app-code = Code à 6 chiffres de votre application d’authentification
factors-app-code-hint = L’application affiche un nouveau code toutes les 30 secondes.
factors-trust-browser = Ne plus demander de code sur ce navigateur pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
factors-copy-codes = Copier les codes

## The two-factor step (/signin/2fa).

twofa-title = Connexion en deux étapes
twofa-heading = Encore une étape
twofa-none-before = Aucune connexion n’attend de deuxième étape.{ " " }
twofa-none-link = Connectez-vous
twofa-none-after = .
twofa-cancel = Annuler et se déconnecter
twofa-intro-sms-sent = Votre mot de passe est correct. La connexion en deux étapes est activée pour ce compte : saisissez aussi le code que nous avons envoyé sur votre téléphone.
twofa-intro-sms = Votre mot de passe est correct. La connexion en deux étapes est activée pour ce compte : nous pouvons envoyer un code par SMS sur votre téléphone.
twofa-text-me = M’envoyer un code par SMS
twofa-intro-app = Votre mot de passe est correct. Saisissez le code que votre application d’authentification affiche pour ce compte.
twofa-intro-passkey = Votre mot de passe est correct. Utilisez l’une de vos clés d’accès pour terminer la connexion.
twofa-passkey-needs-scripts = Les clés d’accès nécessitent JavaScript dans ce navigateur : choisissez une autre méthode ci-dessous.
twofa-intro-recovery = Votre mot de passe est correct. Saisissez l’un des codes de récupération que vous avez conservés. Chacun ne fonctionne qu’une fois.
twofa-other-ways = Autres façons de se connecter
twofa-use-sms = Recevoir plutôt un code par SMS
twofa-use-app = Utiliser plutôt l’application d’authentification
twofa-use-passkey = Utiliser plutôt une clé d’accès
twofa-use-recovery = Utiliser plutôt un code de récupération

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = Numéro de téléphone
live-phone-country = Pays
live-phone-placeholder = { $sample } ou +{ $code } …
live-phone-placeholder-none = + et l'indicatif du pays, puis le numéro
live-phone-chosen = Pays : { $country } +{ $code }
live-phone-none-chosen = Pays : aucun choisi
live-phone-search = Rechercher un pays
live-phone-search-placeholder = Rechercher un pays ou +indicatif
live-phone-list = Pays
live-phone-no-match = Aucun pays ne correspond.

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question. A no-break space goes before ? and : as French typography asks.

oidc-error-title = Demande de connexion refusée
oidc-error-heading = Cette demande de connexion ne peut pas aboutir
oidc-error-home = Aller à la page d'accueil
oidc-error-damaged = Cette demande de connexion a été altérée en chemin. Recommencez depuis l'application.
oidc-error-param-twice = La demande indique deux fois le paramètre { $param }.
oidc-error-no-client-id = La demande n'indique pas quelle application la fait (client_id manquant).
oidc-error-unknown-client = L'application qui vous a envoyé ici n'est pas enregistrée auprès de ce service.
oidc-error-no-redirect-uri = La demande n'indique pas où vous renvoyer (redirect_uri manquant).
oidc-error-unregistered-redirect = L'application a demandé à vous renvoyer vers une adresse qu'elle n'a pas enregistrée.
oidc-error-two-clients = La demande de déconnexion désigne deux applications différentes.
oidc-error-unregistered-logout-redirect = L'application a demandé à vous envoyer vers une adresse qu'elle n'a pas enregistrée.
oidc-error-foreign-id-token = La demande de déconnexion contient un jeton d'identité que ce service n'a pas émis.
oidc-error-session-ended = Votre session a pris fin. Recommencez depuis l'application.
oidc-error-bad-return-address = L'adresse vers laquelle vous renvoyer n'est pas valide.

oidc-consent-title = Autoriser { $client } ?
oidc-consent-heading = { $client } souhaite { $knows ->
        [phone-name] connaître votre numéro de téléphone et votre nom
        [phone] connaître votre numéro de téléphone
        [name] connaître votre nom
       *[nothing] savoir qui vous êtes
    }
oidc-consent-signed-in-as = Session ouverte au nom de { $who }.
oidc-consent-will-know = { $knows ->
        [phone-name] { $client } connaîtra votre numéro de téléphone et votre nom.
        [phone] { $client } connaîtra votre numéro de téléphone.
        [name] { $client } connaîtra votre nom.
       *[nothing] { $client } saura qui vous êtes.
    }
oidc-consent-offline = L'application restera connectée jusqu'à ce que vous la déconnectiez depuis votre page de profil.
oidc-consent-allow = Autoriser
oidc-consent-deny = Refuser
oidc-consent-aside-before = Vous pouvez la déconnecter à tout moment depuis votre{ " " }
oidc-consent-aside-link = profil
oidc-consent-aside-after = .

oidc-logout-title = Se déconnecter de { $app } ?
oidc-logout-client-asks = { $client } demande à vous déconnecter de { $app } sur cet appareil.
oidc-logout-app-asks = Une application demande à vous déconnecter de { $app } sur cet appareil.
oidc-logout-confirm = Se déconnecter
oidc-logout-stay = Rester connecté

## Sessions page (/sessions).

sessions-title = Vos sessions
sessions-devices-title = Appareils connectés
sessions-devices-hint = Déconnectez tout appareil que vous ne reconnaissez pas, puis changez votre mot de passe.
sessions-end-others = Déconnecter tous les autres appareils
sessions-end-all = Se déconnecter partout
sessions-this-device = cet appareil
sessions-this-browser = ce navigateur
sessions-ip = Adresse IP
sessions-signed-in = Connexion
sessions-last-active = Dernière activité
sessions-sign-out = Se déconnecter
sessions-end-session = Fermer la session
sessions-sign-out-label = Se déconnecter : { $device } ({ $ip })
sessions-end-session-label = Fermer la session : { $device } ({ $ip })
sessions-waiting-code = Mot de passe saisi, en attente du code
sessions-waiting-password = Code saisi, en attente du mot de passe
sessions-waiting-verify = Vérification du numéro de téléphone en cours
sessions-trusted-title = Navigateurs de confiance
sessions-trusted-hint = La connexion en deux étapes ne demande aucun code à ces navigateurs jusqu'à la date indiquée. Oubliez ceux que vous n'utilisez plus ; changer votre mot de passe les oublie tous.
sessions-trusted-at = De confiance depuis
sessions-trusted-until = Jusqu'à
sessions-forget = Oublier
sessions-forget-label = Oublier { $device } ({ $ip })

## Devices.

device-on = { $browser } sous { $os }
device-unknown-browser = Navigateur inconnu
device-unknown = Appareil inconnu

## Security activity (profile).

activity-unknown-device = un appareil inconnu
activity-sign-up = Compte créé sur { $device }
activity-sign-up-existing = Quelqu'un a essayé de créer un compte avec votre numéro
activity-phone-verified = Numéro de téléphone vérifié
activity-sign-in = Connexion sur { $device }
activity-sign-in-code = Connexion avec un code sur { $device }
activity-sign-in-password-code = Connexion avec votre mot de passe et un code sur { $device }
activity-sign-in-code-password = Connexion avec un code et votre mot de passe sur { $device }
activity-sign-in-after-verification = Connexion après vérification de votre numéro sur { $device }
activity-sign-in-password-trusted = Connexion avec votre mot de passe sur un navigateur de confiance ({ $device })
activity-sign-in-code-trusted = Connexion avec un code sur un navigateur de confiance ({ $device })
activity-sign-in-password-app = Connexion avec votre mot de passe et votre application d'authentification sur { $device }
activity-sign-in-password-recovery = Connexion avec votre mot de passe et un code de récupération sur { $device }
activity-sign-in-passkey = Connexion avec une clé d'accès sur { $device }
activity-sign-in-password-passkey = Connexion avec votre mot de passe et une clé d'accès sur { $device }
activity-wrong-code = Un code de connexion erroné a été saisi
activity-code-without-password = Une connexion avec un code seul a été refusée : la connexion en deux étapes est activée
activity-wrong-password = Un mot de passe erroné a été essayé
activity-sign-in-paused = Connexion suspendue après trop de mots de passe erronés
activity-password-ok = Mot de passe saisi, deuxième étape demandée sur { $device }
activity-code-ok = Code de connexion saisi, mot de passe demandé sur { $device }
activity-test-code = Un code a été émis pour ce numéro de test : son code est fixe, rien n'a été envoyé
activity-code-verify-phone = Un code pour vérifier votre numéro
activity-code-sign-in = Un code de connexion
activity-code-two-factor = Un code de connexion en deux étapes
activity-code-reset = Un code de réinitialisation du mot de passe
activity-code-change-phone = Un code pour confirmer votre nouveau numéro
activity-code = Un code
activity-code-sent-voice = { $what } a été lu lors d'un appel vocal
activity-code-sent-sms = { $what } a été envoyé par SMS
activity-code-sent = { $what } a été envoyé
activity-code-not-sent-refused = Un code n'a pas pu être envoyé : le service SMS a refusé le numéro
activity-code-not-sent = Un code n'a pas pu être envoyé
activity-signed-out-here = Déconnexion sur { $device }
activity-signed-out-other = { $device } déconnecté depuis un autre appareil
activity-signed-out-another = Un autre appareil a été déconnecté
activity-signed-out-others-none = Déconnexion de tous les autres appareils ; aucun n'était connecté
activity-signed-out-others = { $n ->
        [one] { $n } autre appareil déconnecté
       *[other] { $n } autres appareils déconnectés
    }
activity-signed-out-everywhere = Déconnexion partout
activity-signed-out-everywhere-count = Déconnexion partout : { $n ->
        [one] { $n } appareil
       *[other] { $n } appareils
    }
activity-signed-out-by-operator = Un administrateur a déconnecté tous vos appareils
activity-password-changed = Mot de passe changé
activity-password-changed-none = Mot de passe changé ; aucun autre appareil n'était connecté
activity-password-changed-others = Mot de passe changé ; { $n ->
        [one] { $n } autre appareil a été déconnecté
       *[other] { $n } autres appareils ont été déconnectés
    }
activity-password-reset = Mot de passe réinitialisé avec un code
activity-password-reset-none = Mot de passe réinitialisé avec un code ; aucun appareil n'était connecté
activity-password-reset-others = Mot de passe réinitialisé avec un code ; { $n ->
        [one] { $n } appareil a été déconnecté
       *[other] { $n } appareils ont été déconnectés
    }
activity-phone-changed = Numéro de téléphone changé
activity-phone-changed-none = Numéro de téléphone changé ; aucun autre appareil n'était connecté
activity-phone-changed-others = Numéro de téléphone changé ; { $n ->
        [one] { $n } autre appareil a été déconnecté
       *[other] { $n } autres appareils ont été déconnectés
    }
activity-phone-changed-to = Numéro de téléphone remplacé par un numéro se terminant par { $last }
activity-phone-changed-to-none = Numéro de téléphone remplacé par un numéro se terminant par { $last } ; aucun autre appareil n'était connecté
activity-phone-changed-to-others = Numéro de téléphone remplacé par un numéro se terminant par { $last } ; { $n ->
        [one] { $n } autre appareil a été déconnecté
       *[other] { $n } autres appareils ont été déconnectés
    }
activity-phone-change-cancelled = Changement de numéro de téléphone annulé
activity-two-factor-on = Connexion en deux étapes activée
activity-two-factor-off = Connexion en deux étapes désactivée
activity-two-factor-off-by-operator = Un administrateur a désactivé la connexion en deux étapes et supprimé l'application d'authentification et les codes de récupération associés
activity-step-up-failed = Un mot de passe actuel erroné a été saisi pour modifier un réglage
activity-step-up-paused = Vérifications du mot de passe suspendues après trop d'essais erronés
activity-name-changed = Nom modifié
activity-photo-changed = Photo modifiée
activity-photo-removed = Photo supprimée
activity-browser-trusted = La connexion en deux étapes ne demande plus de code sur { $device }
activity-browser-forgotten = Un navigateur n'est plus de confiance : un code lui sera de nouveau demandé
activity-app-added = Application d'authentification ajoutée sur { $device }
activity-app-removed = Application d'authentification supprimée sur { $device }
activity-passkey-added = Clé d'accès ajoutée sur { $device }
activity-passkey-removed = Clé d'accès supprimée sur { $device }
activity-recovery-codes = Nouveaux codes de récupération créés sur { $device }
activity-alert-sent = Nous avons envoyé un SMS à votre numéro au sujet de cette modification de votre compte
activity-alert-not-sent = Le SMS concernant cette modification de votre compte n'a pas pu être envoyé
activity-new-device-alerted = Première connexion depuis { $device } : nous avons envoyé une alerte à votre numéro
activity-new-device-not-alerted = Première connexion depuis { $device } : l'alerte à votre numéro n'a pas pu être envoyée

## Notices.

notice-name-saved = Votre nom a été enregistré.
notice-photo-updated = Votre photo a été mise à jour.
notice-photo-removed = Votre photo a été supprimée.
notice-password-changed-none = Votre mot de passe a été changé. Aucun autre appareil n'était connecté.
notice-password-changed = Votre mot de passe a été changé. { $n ->
        [one] Votre autre appareil a été déconnecté.
       *[other] Vos { $n } autres appareils ont été déconnectés.
    }
notice-phone-code-sent = Nous avons envoyé un code à votre nouveau numéro. Saisissez-le ci-dessous pour terminer le changement.
notice-phone-change-cancelled = Le changement de numéro de téléphone a été annulé.
notice-number-changed-told-none = Votre numéro de téléphone a été changé et votre ancien numéro a été prévenu. Aucun autre appareil n'était connecté.
notice-number-changed-told = Votre numéro de téléphone a été changé et votre ancien numéro a été prévenu. { $n ->
        [one] Votre autre appareil a été déconnecté.
       *[other] Vos { $n } autres appareils ont été déconnectés.
    }
notice-number-changed-none = Votre numéro de téléphone a été changé. Aucun autre appareil n'était connecté.
notice-number-changed = Votre numéro de téléphone a été changé. { $n ->
        [one] Votre autre appareil a été déconnecté.
       *[other] Vos { $n } autres appareils ont été déconnectés.
    }
notice-two-factor-on = La connexion en deux étapes est activée : pour vous connecter, il faudra aussi un code envoyé à votre téléphone.
notice-two-factor-off = La connexion en deux étapes est désactivée.
notice-session-ended = Cet appareil a été déconnecté.
notice-browser-forgotten = Ce navigateur n'est plus de confiance : un code lui sera de nouveau demandé.
notice-others-ended-none = Aucun autre appareil n'était connecté.
notice-others-ended = { $n ->
        [one] { $n } autre appareil a été déconnecté.
       *[other] { $n } autres appareils ont été déconnectés.
    }
notice-password-reset = Votre mot de passe a été réinitialisé et tous les appareils ont été déconnectés. Connectez-vous avec votre nouveau mot de passe.
notice-signed-out = Vous êtes déconnecté.
notice-welcome = Bienvenue ! Votre numéro de téléphone est vérifié et vous êtes connecté.
notice-app-setup = Scannez le code QR avec votre application d'authentification, puis saisissez le code qu'elle affiche.
notice-app-setup-cancelled = La configuration de l'application d'authentification a été annulée.
notice-app-added = Votre application d'authentification est configurée. La connexion en deux étapes est activée.
notice-app-removed = Votre application d'authentification a été supprimée.
notice-recovery-codes = Voici vos nouveaux codes de récupération. Les anciens ne fonctionnent plus.
notice-recovery-code-last = Vous vous êtes connecté avec votre dernier code de récupération. Créez-en de nouveaux dès maintenant, ci-dessous.
notice-recovery-code-used = Vous vous êtes connecté avec un code de récupération. { $n ->
        [one] Il reste { $n } code de récupération.
       *[other] Il reste { $n } codes de récupération.
    }
notice-passkey-added = Votre clé d'accès a été ajoutée. La prochaine fois, connectez-vous avec elle : aucun numéro ni mot de passe à saisir.
notice-passkey-renamed = La clé d'accès a été renommée.
notice-passkey-removed = La clé d'accès a été supprimée.

## Times on the pages: see en.ftl.

time-just-now = à l’instant
time-minutes-ago = { $n ->
        [one] il y a { $n } minute
       *[other] il y a { $n } minutes
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } UTC
time-today-at = aujourd’hui à { $clock }
time-yesterday-at = hier à { $clock }
time-weekday-at = { $weekday } à { $clock }
# Earlier this year.
time-day-month-at = { $day } { $month } à { $clock }
time-date-at = { $day } { $month } { $year } à { $clock }
# The whole date (a tooltip).
time-full = { $weekday } { $day } { $month } { $year } à { $clock }
# "Member since March 2026".
time-month-year = { $month } { $year }
time-month = { $m ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
time-weekday = { $d ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }
