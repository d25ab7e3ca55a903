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
