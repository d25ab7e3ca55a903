# phone-auth en español. Las mismas claves que en.ftl.

sms-code = { $app }: { $purpose ->
        [verify-phone] tu código de verificación es
        [reset-password] tu código para restablecer la contraseña es
        [change-phone] el código para confirmar tu nuevo número es
       *[sign-in] tu código de inicio de sesión es
    } { $code }. Caduca en { $minutes } min. No lo compartas.

voice-intro = { $purpose ->
        [verify-phone] Tu código de verificación de { $app } es
        [reset-password] Tu código para restablecer la contraseña de { $app } es
        [change-phone] Tu código para confirmar tu nuevo número en { $app } es
       *[sign-in] Tu código de inicio de sesión de { $app } es
    }
voice-again = Repito, tu código es

alert-new-device = { $app }: nuevo inicio de sesión en tu cuenta desde { $device }. ¿No fuiste tú? Cambia tu contraseña en { $url }
alert-unknown-device = un dispositivo nuevo
alert-factor = { $app }: { $what ->
        [authenticator-added] se añadió una app de autenticación a tu cuenta
        [authenticator-removed] se quitó la app de autenticación de tu cuenta
        [recovery-codes] se crearon nuevos códigos de recuperación para tu cuenta
        [passkey-added] se añadió una llave de acceso a tu cuenta
        [passkey-removed] se quitó una llave de acceso de tu cuenta
       *[two-factor-off] se desactivó el inicio de sesión en dos pasos y se quitaron su app de autenticación y sus códigos de recuperación
    }. ¿No fuiste tú? Cambia tu contraseña en { $url }
notice-phone-changed = { $app }: el número de teléfono de tu cuenta se cambió a { $phone }. Si no fuiste tú, contacta con soporte.

## Páginas: el marco de todas las páginas (cabecera, pie y menú de idioma).

nav-account = Cuenta
nav-profile = Perfil
nav-sessions = Sesiones
nav-sign-in = Iniciar sesión
nav-sign-up = Registrarse
nav-sign-out = Cerrar sesión
footer-purpose = { $app } usa tu número de teléfono solo para iniciar tu sesión y avisarte de los cambios en tu cuenta.
language-menu = Idioma

## Frases de error (AppError). Los números tienen en cuenta el plural.

err-bad-credentials = El número de teléfono o la contraseña no son correctos.
err-wrong-code = Ese código no es correcto. { $tries ->
        [one] Te queda 1 intento
       *[other] Te quedan { $tries } intentos
    }.
err-code-expired = El código ha caducado. Pide uno nuevo.
err-too-many-tries = Demasiados intentos fallidos con este código. Pide uno nuevo.
err-no-active-code = No hay ningún código activo. Pide uno nuevo.
err-cooldown = Espera { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    } antes de pedir otro código.
err-too-many-sends = Se han enviado demasiados códigos. Vuelve a intentarlo dentro de { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }.
err-challenge-needed = Con números como este, tu navegador tiene que hacer una comprobación rápida antes de que te enviemos un código. Activa JavaScript y vuelve a intentarlo.
err-sends-paused = Ahora mismo no estamos enviando códigos a números como este. Vuelve a intentarlo dentro de { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }.
err-too-many-sign-ins = Demasiados intentos fallidos de inicio de sesión con este número. Vuelve a intentarlo dentro de { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }.
err-not-signed-in = Tu sesión ha terminado. Vuelve a iniciar sesión.
err-already-signed-in = Ya has iniciado sesión.
err-session-gone = Esa sesión ya ha terminado.
err-start-over = Esta página ha caducado. Vuelve a introducir tu número de teléfono.
err-internal = Algo ha fallado por nuestra parte (referencia { $reference }). Vuelve a intentarlo.
err-unavailable = El servicio no está disponible en este momento. Vuelve a intentarlo dentro de un minuto.
err-busy = El servicio está saturado en este momento. Vuelve a intentarlo en unos instantes.
err-delivery-invalid-number = Este número de teléfono no es válido.
err-delivery-region = No podemos enviar mensajes a la región de este número.
err-delivery-opted-out = Este número se ha dado de baja de los mensajes. Envía START por SMS para volver a recibirlos.
err-delivery-too-many = Se han pedido demasiados códigos para este número. Vuelve a intentarlo más tarde.
err-delivery-too-many-checks = Demasiadas comprobaciones de código. Pide un código nuevo más tarde.
err-delivery-locked = Se han probado demasiados códigos incorrectos con este número. Espera 10 minutos y pide un código nuevo.
err-delivery-misconfigured = No se ha podido enviar el código. Vuelve a intentarlo más tarde.
err-delivery-no-voice = Aquí no podemos leerte el código por llamada de voz. Elige recibirlo por SMS.
err-delivery-unavailable = No se ha podido enviar el código. Vuelve a intentarlo.
err-delivery-check-unavailable = No se ha podido comprobar el código en este momento. Vuelve a intentarlo.
live-err-transport = No se ha podido completar la solicitud. Comprueba tu conexión y vuelve a intentarlo.

## Qué falla en un campo (AppError::Invalid): los servicios los escriben en inglés;
## la página los muestra en su idioma. Los del campo de teléfono también se comprueban
## en el navegador (live-).

live-err-phone-empty = Introduce tu número de teléfono.
live-err-phone-no-country = Elige el país de tu número de teléfono o escríbelo con + y el prefijo del país.
live-err-phone-invalid = Este número de teléfono no es válido.
live-err-phone-not-mobile = Este número no puede recibir SMS. Usa un número de móvil.
live-err-phone-country-not-allowed = No se aceptan números de teléfono de este país.
invalid-password-short = Tu contraseña debe tener al menos 8 caracteres.
invalid-password-long = Tu contraseña puede tener como máximo 128 caracteres.
invalid-password-common = Esta contraseña es demasiado común. Elige una que sea más difícil de adivinar.
invalid-password-mismatch = Las dos contraseñas no coinciden.
invalid-password-wrong = Esa contraseña no es correcta.
invalid-password-empty = Introduce tu contraseña.
invalid-current-password-wrong = Tu contraseña actual no es correcta.
invalid-code-empty = Introduce el código de 6 dígitos.
invalid-code-digits = El código tiene 6 dígitos.
invalid-name-long = Tu nombre puede tener como máximo 64 caracteres.
invalid-name-characters = Tu nombre contiene caracteres que no están permitidos.
invalid-phone-same = Este ya es tu número.
invalid-phone-taken = Este número pertenece a otra cuenta.
invalid-verify-before-2fa = Verifica tu número de teléfono antes de activar el inicio de sesión en dos pasos.
invalid-verify-first = Primero verifica tu número de teléfono.
invalid-app-exists = Ya tienes una app de autenticación. Quítala primero para añadir otra.
invalid-setup-expired = La configuración ha caducado. Vuelve a empezar.
invalid-2fa-first = Primero activa el inicio de sesión en dos pasos.
invalid-no-app = Esta cuenta no tiene ninguna app de autenticación. Elige otro método.
invalid-app-code-used = Ese código ya se ha usado. Espera al siguiente en tu app.
invalid-recovery-wrong = Ese código de recuperación no es correcto o ya se ha usado.
invalid-app-code-wrong = Ese código no es correcto. Introduce el código que muestra ahora tu app de autenticación.
invalid-recovery-format = Un código de recuperación tiene 10 letras y dígitos, por ejemplo abcde-12345.
invalid-recovery-empty = Introduce uno de tus códigos de recuperación.
invalid-passkeys-off = Las llaves de acceso no están disponibles en este sitio.
invalid-passkey-expired = Ha tardado demasiado o la página se ha usado dos veces. Vuelve a intentarlo.
invalid-passkey-not-passkey = La respuesta del navegador no era una llave de acceso. Vuelve a intentarlo.
invalid-passkey-name-long = El nombre de una llave de acceso puede tener como máximo 64 caracteres.
invalid-passkey-name-control = El nombre de una llave de acceso no puede contener caracteres de control.
invalid-passkey-too-many = Una cuenta puede tener como máximo 20 llaves de acceso. Quita una primero.
invalid-passkey-unchecked = No se ha podido comprobar la llave de acceso. Vuelve a intentarlo.
invalid-passkey-added-already = Esta llave de acceso ya está añadida.
invalid-passkey-unknown = Esta llave de acceso ya no pertenece a ninguna cuenta de este sitio.
invalid-passkey-none = Esta cuenta no tiene ninguna llave de acceso. Elige otro método.
invalid-passkey-removed = Esta llave de acceso se ha quitado.
invalid-photo-unreadable-upload = No se ha podido leer el archivo subido. Vuelve a intentarlo.
invalid-photo-empty = Elige una foto para subir.
invalid-photo-too-large = La foto ocupa más de 2 MB. Elige una más pequeña.
invalid-photo-not-picture = Este archivo no es una imagen PNG, JPEG o WebP.
invalid-photo-too-many-pixels = Esta imagen es demasiado grande: como máximo, 4096 × 4096 píxeles.
invalid-photo-damaged = No se ha podido leer esta imagen. Puede que esté dañada.

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (Spanish).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = Cargando…
home-welcome-back = Hola de nuevo
home-welcome-back-name = Hola de nuevo, { $name }
home-signed-in-as-before = Has iniciado sesión con el número{ " " }
home-signed-in-as-after = .
home-signed-in-as-after-name = { " " }({ $name }).
home-fact-phone = Número de teléfono:{ " " }
home-phone-verified = verificado
home-phone-not-verified = sin verificar
home-fact-two-factor = Inicio de sesión en dos pasos:{ " " }
home-two-factor-on = activado
home-two-factor-off = desactivado
home-member-since = Miembro desde { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
home-profile = Tu perfil
home-pending-title = Ya casi está
home-pending-before = Confirma el número{ " " }
home-pending-after = { " " }con el código que te enviamos para terminar de registrarte.
home-pending-enter-code = Introducir el código
home-title = Inicia sesión con tu número de teléfono
home-lead = { $app } protege tu cuenta con el teléfono que ya llevas contigo: tu cuenta es tu número de móvil y una contraseña, y un código de 6 dígitos enviado a ese número demuestra que es tuyo.
home-signup = Crear una cuenta
home-signin = Iniciar sesión
home-how-title = Cómo funciona el registro
home-how-step-1 = Introduce tu número de móvil y elige una contraseña.
home-how-step-2 = Te enviamos un código de 6 dígitos por SMS o, si lo prefieres, te lo leemos en una llamada de voz.
home-how-step-3 = Escribe el código en unos minutos. Tu número quedará verificado y habrás iniciado sesión.
home-ways-title = Formas de iniciar sesión
home-ways-password = Tu número y tu contraseña.
home-ways-code-before = { "" }
home-ways-code-link = Un código de un solo uso
home-ways-code-after = { " " }enviado a tu número, sin necesidad de contraseña.
home-ways-both = Ambos, con el inicio de sesión en dos pasos activado en tu perfil.
home-ways-reset-before = ¿Olvidaste tu contraseña?{ " " }
home-ways-reset-link = Restablécela con un código
home-ways-reset-after = .
home-private-title = Tu número se mantiene privado
home-private-never-say = Nunca revelamos si un número tiene una cuenta: todas las páginas responden igual para cualquier número, así que nadie puede usar este sitio para averiguar si tienes cuenta aquí.
home-private-once = Cada código sirve una sola vez, durante unos minutos, y solo para el paso para el que se envió.

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = Crear una cuenta
signup-have-account = ¿Ya tienes una cuenta?{ " " }
signup-signin-link = Inicia sesión
live-auth-password = Contraseña
live-auth-password-hint = Al menos 8 caracteres. Las frases largas son una buena opción.
live-auth-confirm-password = Confirmar contraseña
live-auth-name = Tu nombre{ " " }
live-auth-optional = (opcional)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = Crear cuenta
live-auth-signup-busy = Creando la cuenta…
live-auth-signin-submit = Iniciar sesión
live-auth-signin-busy = Iniciando sesión…

## Code page of a new account (/verify).

verify-title = Introduce tu código
verify-nothing-before = No hay nada que verificar.{ " " }
verify-nothing-link = Inicia sesión
verify-nothing-after = .

## Sign-in page (/signin).

signin-title = Iniciar sesión
signin-or = o
signin-code-link = Iniciar sesión con un código
signin-reset-link = ¿Olvidaste tu contraseña?
signin-new-here = ¿Todavía no tienes cuenta?{ " " }
signin-signup-link = Crear una cuenta

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = Iniciar sesión con un código
signincode-intro = Te enviamos por SMS un código de 6 dígitos a tu número. No necesitas contraseña.
signincode-password-link = Iniciar sesión con tu contraseña
signincode-signup-link = Crear una cuenta
signincode-step-title = Un paso más
signincode-step-intro = El código es correcto. Esta cuenta tiene activado el inicio de sesión en dos pasos, así que introduce también tu contraseña.
signincode-password = Contraseña
signincode-step-cancel = Cancelar y volver a empezar
signincode-step-submit = Iniciar sesión
signincode-restart = Usar otro número

## Password reset (/reset-password).

reset-title = Restablece tu contraseña
reset-intro = Introduce el número de tu cuenta. Te enviaremos un código por SMS para que elijas una contraseña nueva.
reset-back = Volver al inicio de sesión

## Page not found.

notfound-title = Página no encontrada
notfound-heading = Página no encontrada
notfound-before = No hay nada en esta dirección.{ " " }
notfound-link = Ir a la página de inicio
notfound-after = .

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = Cargando…
guard-continue-to-before = para continuar a{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server.

profile-title = Tu perfil
profile-account = Cuenta
profile-phone-number = Número de teléfono
profile-verified = verificado
profile-not-verified = sin verificar
profile-name = Nombre
profile-member-since = Miembro desde
profile-photo = Foto de perfil
profile-photo-alt = Tu foto de perfil
profile-remove-photo = Quitar foto
profile-security = Seguridad
profile-password = Contraseña
profile-password-hint = Al cambiarla, se cierra la sesión en tus otros dispositivos.
profile-your-name = Tu nombre
profile-optional = (opcional)
profile-save-name = Guardar nombre

profile-apps-title = Apps conectadas
profile-apps-hint = Estas apps te permiten iniciar sesión con esta cuenta. Si desconectas una, pierde el acceso a tu cuenta; te volverá a pedir permiso la próxima vez que la uses.
profile-app-knows = conoce { $what }
profile-knows-phone-name = tu número de teléfono y tu nombre
profile-knows-phone = tu número de teléfono
profile-knows-name = tu nombre
profile-knows-identity = quién eres
profile-app-allowed-before = autorizada
profile-app-allowed-after = { "" }
profile-app-disconnect = Desconectar

profile-2fa-title = Inicio de sesión en dos pasos
profile-2fa-is-before = El inicio de sesión en dos pasos está
profile-2fa-on = activado
profile-2fa-off = desactivado
profile-2fa-is-after = .
profile-2fa-on-text = Después de tu contraseña, para iniciar sesión también hace falta un segundo paso: un código enviado a tu teléfono, uno de tu app de autenticación o un código de recuperación.
profile-2fa-off-text = Actívalo y, para iniciar sesión con tu contraseña, también necesitarás un código enviado a tu teléfono.
profile-2fa-off-hint = Al desactivarlo, también se eliminan tu app de autenticación y tus códigos de recuperación.
profile-2fa-turn-on = Activar el inicio de sesión en dos pasos

profile-app-title = App de autenticación
profile-app-none-hint = Una app como Google Authenticator, Microsoft Authenticator o 1Password genera un código nuevo cada 30 segundos, sin necesidad de cobertura. Al configurar una, se activa el inicio de sesión en dos pasos.
profile-app-added-before = Añadida
profile-app-added-after = { "" }
profile-app-used-before = , usada por última vez
profile-app-used-after = { "" }
profile-app-end = .
profile-app-scan = Escanea este código QR con tu app de autenticación.
profile-app-qr-label = Código QR para tu app de autenticación
profile-app-key-before = ¿No puedes escanearlo? Introduce esta clave en la app (basada en el tiempo):
profile-app-open-link = abrir en una app de autenticación de este dispositivo
profile-app-enter-code = Introduce el código de 6 dígitos que muestra la app.
profile-app-cancel = Cancelar la configuración

profile-passkeys-title = Llaves de acceso
profile-passkeys-hint = Una llave de acceso te permite iniciar sesión con tu huella, tu cara o el bloqueo de pantalla: sin número ni contraseña que escribir, y sin nada que un sitio falso pueda robar. Con el inicio de sesión en dos pasos activado, cubre los dos pasos a la vez.
profile-passkey-added-before = añadida
profile-passkey-added-after = { "" }
profile-passkey-used-before = usada por última vez
profile-passkey-used-after = { "" }
profile-passkey-unused = aún sin usar
profile-passkey-edit = Cambiar nombre o eliminar
profile-passkey-rename = Cambiar nombre
profile-passkey-remove-password = Contraseña actual (para eliminarla)
profile-passkey-remove = Eliminar esta llave de acceso
profile-passkey-needs-js = Para añadir una llave de acceso se necesita JavaScript.

profile-recovery-title = Códigos de recuperación
profile-recovery-save = Guarda estos códigos ahora: solo se muestran esta vez.
profile-recovery-save-why = Si no tienes tu teléfono a mano, cada uno te permite iniciar sesión una vez, en lugar de un código.
profile-recovery-download = Descargar como archivo de texto
profile-recovery-file-title = Códigos de recuperación de { $app }
profile-recovery-file-note = Cada código funciona una sola vez.
profile-recovery-none = No tienes códigos de recuperación. Genera algunos: cada uno te permite iniciar sesión una vez si no tienes tu teléfono a mano.
profile-recovery-used-up = Has usado todos tus códigos de recuperación. Genera otros nuevos.
profile-recovery-left =
    { $n ->
        [one] Te queda 1 código de recuperación.
       *[other] Te quedan { $n } códigos de recuperación.
    }
profile-recovery-replace = Los códigos nuevos sustituyen a todos los anteriores.

profile-current-password = Contraseña actual
profile-new-password = Contraseña nueva
profile-new-password-hint = Al menos 8 caracteres. Las frases largas son una buena opción.
profile-confirm-password = Confirma la contraseña nueva
profile-change-password = Cambiar contraseña

profile-phone-change-title = Cambiar número de teléfono
profile-phone-pending = Tu número cambiará en cuanto introduzcas el código que enviamos al número nuevo.
profile-phone-cancel = Cancelar el cambio
profile-phone-hint = Enviamos un código al número nuevo. Avisamos a tu número anterior y se cierra la sesión en tus otros dispositivos.

profile-activity-title = Actividad reciente
profile-activity-was-you = ¿Fuiste tú?

profile-devices-title = Dispositivos
profile-devices-only-this = Solo tienes la sesión iniciada en este dispositivo.
profile-devices-count =
    { $n ->
        [one] Tienes la sesión iniciada en { $n } dispositivo.
       *[other] Tienes la sesión iniciada en { $n } dispositivos.
    }
profile-devices-more =
    { $n ->
        [one] y { $n } más
       *[other] y { $n } más
    }
profile-this-device = este dispositivo
profile-device-active-before = última actividad
profile-device-active-after = { "" }
profile-devices-review = Revisar tus dispositivos

## Profile page islands.

live-profile-photo-choose = Elige una imagen
live-profile-photo-hint = PNG, JPEG o WebP, de hasta 2 MB. Se muestra a un máximo de 256 por 256 píxeles.
live-profile-photo-upload = Subir foto
live-profile-photo-uploading = Subiendo…
live-profile-new-phone = Número de teléfono nuevo
live-profile-current-password = Contraseña actual
live-profile-send-code = Enviar un código al número nuevo
live-profile-sending = Enviando…

## Passkey island.

live-passkey-add = Añadir una llave de acceso
live-passkey-sign-in = Iniciar sesión con una llave de acceso
live-passkey-use = Usar una llave de acceso
live-passkey-name-it = Ponle un nombre
live-passkey-optional = (opcional)
live-passkey-name-placeholder = p. ej., Portátil del trabajo
live-passkey-current-password = Contraseña actual
live-passkey-err-options = No se pudieron leer las opciones de la llave de acceso. Inténtalo de nuevo.
live-passkey-err-unsupported = Este navegador no puede usar llaves de acceso.
live-passkey-err-bad-options = Este navegador no puede usar estas opciones de llave de acceso.
live-passkey-err-not-used = No se usó ninguna llave de acceso. Inténtalo de nuevo o elige otra forma.
live-passkey-err-exists = Este dispositivo ya tiene una llave de acceso para tu cuenta.
live-passkey-err-failed = La llave de acceso no funcionó. Inténtalo de nuevo o elige otra forma.
live-passkey-err-answer = No se pudo leer la respuesta de la llave de acceso.

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = Si{ " " }
live-code-live-account-after = { " " }tiene una cuenta, le enviamos un código de 6 dígitos.
live-code-live-account-after-at = { " " }tiene una cuenta, le enviamos un código de 6 dígitos a las { $time }.
live-code-live-before = Enviamos un código de 6 dígitos al{ " " }
live-code-live-after = .
live-code-live-after-at = { " " }a las { $time }.
live-code-expired-before = El código enviado al{ " " }
live-code-expired-after = { " " }ha caducado. Pide uno nuevo.
live-code-expired-after-at = { " " }a las { $time } ha caducado. Pide uno nuevo.
live-code-spent-before = El código enviado al{ " " }
live-code-spent-after = { " " }se introdujo mal demasiadas veces y ya no funciona. Pide uno nuevo.
live-code-missing-before = No hay ningún código pendiente para el{ " " }
live-code-missing-after = . Pide uno nuevo.
live-code-expires-in-before = Caduca en{ " " }
live-code-expires-in-after = { "" }
live-code-expires-at = Caduca a las { $time }.
live-code-expires-about-one = El código caduca en 1 minuto aproximadamente.
live-code-expires-about = El código caduca en unos { $minutes } minutos.
live-code-expired-spoken = El código ha caducado.
live-code-delivered-at = Entregado en tu teléfono a las { $time }.
live-code-delivered = Entregado en tu teléfono.
live-code-undelivered-voice = Tu operador no pudo entregar el mensaje. Prueba con una llamada de voz.
live-code-undelivered = Tu operador no pudo entregar el mensaje. Pide un código nuevo.

## The code form and the resend form.

live-code-label = Código de 6 dígitos
live-code-verify = Verificar
live-code-sign-in = Iniciar sesión
live-code-set-password = Guardar la nueva contraseña
live-code-change-number = Cambiar mi número
live-code-new-password = Nueva contraseña
live-code-password-hint = Al menos 8 caracteres. Las frases largas son una buena opción.
live-code-confirm-password = Confirma la nueva contraseña
live-code-checking = Comprobando…
live-code-saving = Guardando…
live-code-resend-by = Enviar un código nuevo por
live-code-by-sms = SMS
live-code-by-voice = llamada de voz
live-code-new-code-in = Nuevo código en{ " " }
live-code-send-new = Enviar un código nuevo
live-code-resend-from = Puedes pedir un código nuevo a partir de las { $time }.
live-code-resent = Un código nuevo va en camino.
live-code-send-me = Envíame un código
live-code-sending = Enviando…

## Shared form words (fields.rs).

form-loading = Cargando…
form-session-ended-before = Tu sesión ha terminado.{ " " }
form-session-ended-link = Inicia sesión
form-session-ended-after = .

## The second factors' forms (factors.rs).

factors-current-password-off = Contraseña actual (para desactivarlo)
factors-turn-off = Desactivar el inicio de sesión en dos pasos
factors-current-password = Contraseña actual
factors-add-app = Configurar una app de autenticación
factors-current-password-remove = Contraseña actual (para quitarla)
factors-remove-app = Quitar la app de autenticación
factors-new-recovery-codes = Generar nuevos códigos de recuperación
factors-finish-set-up = Terminar la configuración
factors-sign-in = Iniciar sesión
factors-recovery-code = Código de recuperación
factors-recovery-code-hint = 10 letras y dígitos, como abcde-12345. Cada código funciona una sola vez.
factors-app-code = Código de 6 dígitos de tu app de autenticación
factors-app-code-hint = La app muestra un código nuevo cada 30 segundos.
factors-trust-browser = No volver a pedir un código en este navegador durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
factors-copy-codes = Copiar los códigos

## The two-factor step (/signin/2fa).

twofa-title = Inicio de sesión en dos pasos
twofa-heading = Un paso más
twofa-none-before = No hay ningún inicio de sesión esperando un segundo paso.{ " " }
twofa-none-link = Inicia sesión
twofa-none-after = .
twofa-cancel = Cancelar y cerrar sesión
twofa-intro-sms-sent = Tu contraseña es correcta. Esta cuenta tiene activado el inicio de sesión en dos pasos, así que introduce también el código que enviamos a tu teléfono.
twofa-intro-sms = Tu contraseña es correcta. Esta cuenta tiene activado el inicio de sesión en dos pasos: podemos enviarte un código por SMS.
twofa-text-me = Envíame un código por SMS
twofa-intro-app = Tu contraseña es correcta. Introduce el código que muestra tu app de autenticación para esta cuenta.
twofa-intro-passkey = Tu contraseña es correcta. Usa una de tus llaves de acceso para terminar de iniciar sesión.
twofa-passkey-needs-scripts = Las llaves de acceso necesitan JavaScript en este navegador: elige otra forma más abajo.
twofa-intro-recovery = Tu contraseña es correcta. Introduce uno de los códigos de recuperación que guardaste. Cada uno funciona una sola vez.
twofa-other-ways = Otras formas de iniciar sesión
twofa-use-sms = Mejor envíame un código por SMS
twofa-use-app = Usar mi app de autenticación
twofa-use-passkey = Usar una llave de acceso
twofa-use-recovery = Usar un código de recuperación

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = Número de teléfono
live-phone-country = País
live-phone-placeholder = { $sample } o +{ $code } …
live-phone-placeholder-none = + y el código del país, luego el número
live-phone-chosen = País: { $country } +{ $code }
live-phone-none-chosen = País: sin elegir
live-phone-search = Buscar países
live-phone-search-placeholder = Buscar país o +código
live-phone-list = Países
live-phone-no-match = Ningún país coincide.

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question.

oidc-error-title = Solicitud de inicio de sesión rechazada
oidc-error-heading = No se puede completar esta solicitud de inicio de sesión
oidc-error-home = Ir a la página de inicio
oidc-error-damaged = Esta solicitud de inicio de sesión se dañó por el camino. Vuelve a empezar desde la aplicación.
oidc-error-param-twice = La solicitud incluye el parámetro { $param } dos veces.
oidc-error-no-client-id = La solicitud no indica qué aplicación la envía (falta client_id).
oidc-error-unknown-client = La aplicación que te envió aquí no está registrada en este servicio.
oidc-error-no-redirect-uri = La solicitud no indica adónde devolverte (falta redirect_uri).
oidc-error-unregistered-redirect = La aplicación pidió devolverte a una dirección que no tiene registrada.
oidc-error-two-clients = La solicitud de cierre de sesión menciona dos aplicaciones distintas.
oidc-error-unregistered-logout-redirect = La aplicación pidió enviarte a una dirección que no tiene registrada.
oidc-error-foreign-id-token = La solicitud de cierre de sesión incluye un token de identidad que este servicio no emitió.
oidc-error-session-ended = Tu sesión ha terminado. Vuelve a empezar desde la aplicación.
oidc-error-bad-return-address = La dirección a la que debíamos devolverte no es válida.

oidc-consent-title = ¿Permitir el acceso a { $client }?
oidc-consent-heading = { $client } quiere { $knows ->
        [phone-name] conocer tu número de teléfono y tu nombre
        [phone] conocer tu número de teléfono
        [name] conocer tu nombre
       *[nothing] saber quién eres
    }
oidc-consent-signed-in-as = Sesión iniciada como { $who }.
oidc-consent-will-know = { $knows ->
        [phone-name] { $client } conocerá tu número de teléfono y tu nombre.
        [phone] { $client } conocerá tu número de teléfono.
        [name] { $client } conocerá tu nombre.
       *[nothing] { $client } sabrá quién eres.
    }
oidc-consent-offline = La aplicación seguirá conectada hasta que la desconectes en tu página de perfil.
oidc-consent-allow = Permitir
oidc-consent-deny = Rechazar
oidc-consent-aside-before = Puedes desconectarla cuando quieras desde tu{ " " }
oidc-consent-aside-link = perfil
oidc-consent-aside-after = .

oidc-logout-title = ¿Cerrar sesión en { $app }?
oidc-logout-client-asks = { $client } pide cerrar tu sesión de { $app } en este dispositivo.
oidc-logout-app-asks = Una aplicación pide cerrar tu sesión de { $app } en este dispositivo.
oidc-logout-confirm = Cerrar sesión
oidc-logout-stay = Mantener la sesión iniciada

## Sessions page (/sessions).

sessions-title = Tus sesiones
sessions-devices-title = Dispositivos con sesión iniciada
sessions-devices-hint = Cierra la sesión en cualquier dispositivo que no reconozcas y después cambia tu contraseña.
sessions-end-others = Cerrar sesión en todos los demás dispositivos
sessions-end-all = Cerrar sesión en todas partes
sessions-this-device = este dispositivo
sessions-this-browser = este navegador
sessions-ip = Dirección IP
sessions-signed-in = Sesión iniciada
sessions-last-active = Última actividad
sessions-sign-out = Cerrar sesión
sessions-end-session = Finalizar sesión
sessions-sign-out-label = Cerrar sesión: { $device } ({ $ip })
sessions-end-session-label = Finalizar sesión: { $device } ({ $ip })
sessions-waiting-code = Contraseña introducida, esperando el código
sessions-waiting-password = Código introducido, esperando la contraseña
sessions-waiting-verify = Verificando el número de teléfono
sessions-trusted-title = Navegadores de confianza
sessions-trusted-hint = El inicio de sesión en dos pasos no pedirá ningún código a estos navegadores hasta la fecha indicada. Olvida los que ya no uses; al cambiar tu contraseña se olvidan todos.
sessions-trusted-at = De confianza desde
sessions-trusted-until = Hasta
sessions-forget = Olvidar
sessions-forget-label = Olvidar { $device } ({ $ip })

## Devices.

device-on = { $browser } en { $os }
device-unknown-browser = Navegador desconocido
device-unknown = Dispositivo desconocido

## Security activity (profile).

activity-unknown-device = un dispositivo desconocido
activity-sign-up = Cuenta creada en { $device }
activity-sign-up-existing = Alguien intentó crear una cuenta con tu número
activity-phone-verified = Número de teléfono verificado
activity-sign-in = Inicio de sesión en { $device }
activity-sign-in-code = Inicio de sesión con un código en { $device }
activity-sign-in-password-code = Inicio de sesión con tu contraseña y un código en { $device }
activity-sign-in-code-password = Inicio de sesión con un código y tu contraseña en { $device }
activity-sign-in-after-verification = Inicio de sesión tras verificar tu número en { $device }
activity-sign-in-password-trusted = Inicio de sesión con tu contraseña en un navegador de confianza ({ $device })
activity-sign-in-code-trusted = Inicio de sesión con un código en un navegador de confianza ({ $device })
activity-sign-in-password-app = Inicio de sesión con tu contraseña y tu app de autenticación en { $device }
activity-sign-in-password-recovery = Inicio de sesión con tu contraseña y un código de recuperación en { $device }
activity-sign-in-passkey = Inicio de sesión con una llave de acceso en { $device }
activity-sign-in-password-passkey = Inicio de sesión con tu contraseña y una llave de acceso en { $device }
activity-wrong-code = Se introdujo un código de inicio de sesión incorrecto
activity-code-without-password = Se rechazó un inicio de sesión solo con código: el inicio de sesión en dos pasos está activado
activity-wrong-password = Se probó una contraseña incorrecta
activity-sign-in-paused = Inicio de sesión en pausa tras demasiadas contraseñas incorrectas
activity-password-ok = Contraseña introducida; se pidió el segundo paso en { $device }
activity-code-ok = Código de inicio de sesión introducido; se pidió la contraseña en { $device }
activity-test-code = Se emitió un código para este número de prueba: su código es fijo y no se envió nada
activity-code-verify-phone = Un código para verificar tu número
activity-code-sign-in = Un código de inicio de sesión
activity-code-two-factor = Un código de inicio de sesión en dos pasos
activity-code-reset = Un código para restablecer la contraseña
activity-code-change-phone = Un código para confirmar tu nuevo número
activity-code = Un código
activity-code-sent-voice = { $what } se leyó en una llamada de voz
activity-code-sent-sms = { $what } se envió por SMS
activity-code-sent = { $what } se envió
activity-code-not-sent-refused = No se pudo enviar un código: el servicio de SMS rechazó el número
activity-code-not-sent = No se pudo enviar un código
activity-signed-out-here = Sesión cerrada en { $device }
activity-signed-out-other = Sesión cerrada en { $device } desde otro dispositivo
activity-signed-out-another = Sesión cerrada en otro dispositivo
activity-signed-out-others-none = Sesión cerrada en todos los demás dispositivos; no había ninguno con sesión iniciada
activity-signed-out-others = Sesión cerrada en { $n ->
        [one] otro dispositivo
       *[other] otros { $n } dispositivos
    }
activity-signed-out-everywhere = Sesión cerrada en todas partes
activity-signed-out-everywhere-count = Sesión cerrada en todas partes: { $n ->
        [one] { $n } dispositivo
       *[other] { $n } dispositivos
    }
activity-signed-out-by-operator = Un administrador cerró la sesión en todos tus dispositivos
activity-password-changed = Contraseña cambiada
activity-password-changed-none = Contraseña cambiada; no había ningún otro dispositivo con sesión iniciada
activity-password-changed-others = Contraseña cambiada; { $n ->
        [one] se cerró la sesión en otro dispositivo
       *[other] se cerró la sesión en otros { $n } dispositivos
    }
activity-password-reset = Contraseña restablecida con un código
activity-password-reset-none = Contraseña restablecida con un código; no había ningún dispositivo con sesión iniciada
activity-password-reset-others = Contraseña restablecida con un código; { $n ->
        [one] se cerró la sesión en { $n } dispositivo
       *[other] se cerró la sesión en { $n } dispositivos
    }
activity-phone-changed = Número de teléfono cambiado
activity-phone-changed-none = Número de teléfono cambiado; no había ningún otro dispositivo con sesión iniciada
activity-phone-changed-others = Número de teléfono cambiado; { $n ->
        [one] se cerró la sesión en otro dispositivo
       *[other] se cerró la sesión en otros { $n } dispositivos
    }
activity-phone-changed-to = Número de teléfono cambiado a uno que termina en { $last }
activity-phone-changed-to-none = Número de teléfono cambiado a uno que termina en { $last }; no había ningún otro dispositivo con sesión iniciada
activity-phone-changed-to-others = Número de teléfono cambiado a uno que termina en { $last }; { $n ->
        [one] se cerró la sesión en otro dispositivo
       *[other] se cerró la sesión en otros { $n } dispositivos
    }
activity-phone-change-cancelled = Cambio de número de teléfono cancelado
activity-two-factor-on = Inicio de sesión en dos pasos activado
activity-two-factor-off = Inicio de sesión en dos pasos desactivado
activity-two-factor-off-by-operator = Un administrador desactivó el inicio de sesión en dos pasos y eliminó su app de autenticación y sus códigos de recuperación
activity-step-up-failed = Se introdujo una contraseña actual incorrecta para cambiar un ajuste
activity-step-up-paused = Comprobaciones de contraseña en pausa tras demasiados intentos fallidos
activity-name-changed = Nombre cambiado
activity-photo-changed = Foto cambiada
activity-photo-removed = Foto eliminada
activity-browser-trusted = El inicio de sesión en dos pasos dejó de pedir código en { $device }
activity-browser-forgotten = Un navegador ya no es de confianza: se le volverá a pedir un código
activity-app-added = App de autenticación añadida en { $device }
activity-app-removed = App de autenticación eliminada en { $device }
activity-passkey-added = Llave de acceso añadida en { $device }
activity-passkey-removed = Llave de acceso eliminada en { $device }
activity-recovery-codes = Nuevos códigos de recuperación creados en { $device }
activity-alert-sent = Enviamos un SMS a tu número sobre este cambio en tu cuenta
activity-alert-not-sent = No se pudo enviar el SMS sobre este cambio en tu cuenta
activity-new-device-alerted = Primer inicio de sesión desde { $device }: enviamos un aviso a tu número
activity-new-device-not-alerted = Primer inicio de sesión desde { $device }: no se pudo enviar el aviso a tu número

## Notices.

notice-name-saved = Se guardó tu nombre.
notice-photo-updated = Se actualizó tu foto.
notice-photo-removed = Se eliminó tu foto.
notice-password-changed-none = Se cambió tu contraseña. No había ningún otro dispositivo con sesión iniciada.
notice-password-changed = Se cambió tu contraseña. { $n ->
        [one] Se cerró la sesión en tu otro dispositivo.
       *[other] Se cerró la sesión en tus otros { $n } dispositivos.
    }
notice-phone-code-sent = Enviamos un código a tu nuevo número. Introdúcelo abajo para terminar el cambio.
notice-phone-change-cancelled = Se canceló el cambio de número de teléfono.
notice-number-changed-told-none = Se cambió tu número de teléfono y se avisó a tu número anterior. No había ningún otro dispositivo con sesión iniciada.
notice-number-changed-told = Se cambió tu número de teléfono y se avisó a tu número anterior. { $n ->
        [one] Se cerró la sesión en tu otro dispositivo.
       *[other] Se cerró la sesión en tus otros { $n } dispositivos.
    }
notice-number-changed-none = Se cambió tu número de teléfono. No había ningún otro dispositivo con sesión iniciada.
notice-number-changed = Se cambió tu número de teléfono. { $n ->
        [one] Se cerró la sesión en tu otro dispositivo.
       *[other] Se cerró la sesión en tus otros { $n } dispositivos.
    }
notice-two-factor-on = El inicio de sesión en dos pasos está activado: para iniciar sesión también necesitarás un código enviado a tu teléfono.
notice-two-factor-off = El inicio de sesión en dos pasos está desactivado.
notice-session-ended = Se cerró la sesión en ese dispositivo.
notice-browser-forgotten = Ese navegador ya no es de confianza: se le volverá a pedir un código.
notice-others-ended-none = No había ningún otro dispositivo con sesión iniciada.
notice-others-ended = { $n ->
        [one] Se cerró la sesión en otro dispositivo.
       *[other] Se cerró la sesión en otros { $n } dispositivos.
    }
notice-password-reset = Se restableció tu contraseña y se cerró la sesión en todos los dispositivos. Inicia sesión con tu nueva contraseña.
notice-signed-out = Cerraste sesión.
notice-welcome = ¡Te damos la bienvenida! Tu número de teléfono está verificado y has iniciado sesión.
notice-app-setup = Escanea el código QR con tu app de autenticación y luego introduce el código que muestra.
notice-app-setup-cancelled = Se canceló la configuración de la app de autenticación.
notice-app-added = Tu app de autenticación está configurada. El inicio de sesión en dos pasos está activado.
notice-app-removed = Se eliminó tu app de autenticación.
notice-recovery-codes = Aquí tienes tus nuevos códigos de recuperación. Los anteriores ya no funcionan.
notice-recovery-code-last = Iniciaste sesión con tu último código de recuperación. Crea otros nuevos ahora, aquí abajo.
notice-recovery-code-used = Iniciaste sesión con un código de recuperación. { $n ->
        [one] Te queda { $n } código de recuperación.
       *[other] Te quedan { $n } códigos de recuperación.
    }
notice-passkey-added = Se añadió tu llave de acceso. La próxima vez, inicia sesión con ella: sin escribir número ni contraseña.
notice-passkey-renamed = Se cambió el nombre de la llave de acceso.
notice-passkey-removed = Se eliminó la llave de acceso.

## Times on the pages: see en.ftl.

time-just-now = ahora mismo
time-minutes-ago = { $n ->
        [one] hace { $n } minuto
       *[other] hace { $n } minutos
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } UTC
time-today-at = hoy a las { $clock }
time-yesterday-at = ayer a las { $clock }
time-weekday-at = { $weekday } a las { $clock }
# Earlier this year.
time-day-month-at = { $day } de { $month } a las { $clock }
time-date-at = { $day } de { $month } de { $year } a las { $clock }
# The whole date (a tooltip).
time-full = { $weekday }, { $day } de { $month } de { $year }, { $clock }
# "Member since March 2026".
time-month-year = { $month } de { $year }
time-month = { $m ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
time-weekday = { $d ->
        [1] lunes
        [2] martes
        [3] miércoles
        [4] jueves
        [5] viernes
        [6] sábado
       *[7] domingo
    }
