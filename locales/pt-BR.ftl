# phone-auth em português do Brasil. As mesmas chaves de en.ftl.

sms-code = { $app }: { $purpose ->
        [verify-phone] seu código de verificação é
        [reset-password] seu código para redefinir a senha é
        [change-phone] o código para confirmar seu novo número é
       *[sign-in] seu código de acesso é
    } { $code }. Ele expira em { $minutes } min. Não o compartilhe.

voice-intro = { $purpose ->
        [verify-phone] Seu código de verificação do { $app } é
        [reset-password] Seu código para redefinir a senha do { $app } é
        [change-phone] Seu código para confirmar seu novo número no { $app } é
       *[sign-in] Seu código de acesso ao { $app } é
    }
voice-again = Repetindo, seu código é

alert-new-device = { $app }: novo acesso à sua conta em { $device }. Não foi você? Altere sua senha em { $url }
alert-unknown-device = um novo dispositivo
alert-factor = { $app }: { $what ->
        [authenticator-added] um app autenticador foi adicionado à sua conta
        [authenticator-removed] o app autenticador foi removido da sua conta
        [recovery-codes] novos códigos de recuperação foram criados para sua conta
        [passkey-added] uma chave de acesso foi adicionada à sua conta
        [passkey-removed] uma chave de acesso foi removida da sua conta
       *[two-factor-off] a verificação em duas etapas foi desativada e o app autenticador e os códigos de recuperação foram removidos
    }. Não foi você? Altere sua senha em { $url }
notice-phone-changed = { $app }: o número de telefone da sua conta foi alterado para { $phone }. Se não foi você, fale com o suporte.
