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

## Páginas: a moldura de todas as páginas (cabeçalho, rodapé e menu de idioma).

nav-account = Conta
nav-profile = Perfil
nav-sessions = Sessões
nav-sign-in = Entrar
nav-sign-up = Criar conta
nav-sign-out = Sair
footer-purpose = O { $app } usa seu número de telefone apenas para o seu acesso e para avisar você sobre alterações na sua conta.
language-menu = Idioma

## Frases de erro (AppError). Os números respeitam o plural.

err-bad-credentials = Número de telefone ou senha incorretos.
err-wrong-code = Esse código está incorreto. { $tries ->
        [one] Resta { $tries } tentativa
       *[other] Restam { $tries } tentativas
    }.
err-code-expired = O código expirou. Solicite um novo.
err-too-many-tries = Muitas tentativas erradas para este código. Solicite um novo.
err-no-active-code = Não há nenhum código ativo. Solicite um novo.
err-cooldown = Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } antes de pedir outro código.
err-too-many-sends = Muitos códigos foram enviados. Tente novamente em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
err-challenge-needed = Para números como este, seu navegador precisa fazer uma verificação rápida antes de enviarmos um código. Ative o JavaScript e tente novamente.
err-sends-paused = No momento, não estamos enviando códigos para números como este. Tente novamente em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
err-too-many-sign-ins = Muitas tentativas de acesso sem sucesso com este número. Tente novamente em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
err-not-signed-in = Sua sessão terminou. Entre novamente.
err-already-signed-in = Você já entrou na sua conta.
err-session-gone = Essa sessão já foi encerrada.
err-start-over = Esta página expirou. Digite seu número de telefone novamente.
err-internal = Algo deu errado do nosso lado (referência { $reference }). Tente novamente.
err-unavailable = O serviço está indisponível no momento. Tente novamente daqui a um minuto.
err-busy = O serviço está sobrecarregado no momento. Tente novamente daqui a pouco.
err-delivery-invalid-number = Este número de telefone não é válido.
err-delivery-region = Não conseguimos enviar mensagens para a região deste número.
err-delivery-opted-out = Este número optou por não receber mensagens. Envie START por SMS para voltar a recebê-las.
err-delivery-too-many = Foram solicitados muitos códigos para este número. Tente novamente mais tarde.
err-delivery-too-many-checks = Muitas verificações de código. Solicite um novo código mais tarde.
err-delivery-locked = Muitos códigos errados foram digitados para este número. Aguarde 10 minutos e peça um novo código.
err-delivery-misconfigured = Não foi possível enviar o código. Tente novamente mais tarde.
err-delivery-no-voice = Aqui não é possível receber o código por ligação de voz. Escolha SMS.
err-delivery-unavailable = Não foi possível enviar o código. Tente novamente.
err-delivery-check-unavailable = Não foi possível verificar o código agora. Tente novamente.
live-err-transport = Não foi possível concluir a solicitação. Verifique sua conexão e tente novamente.

## O que há de errado em um campo (AppError::Invalid): os serviços escrevem essas
## mensagens em inglês; a página as mostra no seu idioma. As do campo de telefone
## também são verificadas no navegador (live-).

live-err-phone-empty = Digite seu número de telefone.
live-err-phone-no-country = Escolha o país do seu número de telefone ou digite-o com + e o código do país.
live-err-phone-invalid = Este não é um número de telefone válido.
live-err-phone-not-mobile = Este número não pode receber SMS. Use um número de celular.
live-err-phone-country-not-allowed = Não aceitamos números de telefone deste país.
invalid-password-short = Sua senha precisa ter pelo menos 8 caracteres.
invalid-password-long = Sua senha pode ter no máximo 128 caracteres.
invalid-password-common = Essa senha é muito comum. Escolha uma mais difícil de adivinhar.
invalid-password-mismatch = As duas senhas não são iguais.
invalid-password-wrong = Essa senha está incorreta.
invalid-password-empty = Digite sua senha.
invalid-current-password-wrong = Sua senha atual está incorreta.
invalid-code-empty = Digite o código de 6 dígitos.
invalid-code-digits = O código tem 6 dígitos.
invalid-name-long = Seu nome pode ter no máximo 64 caracteres.
invalid-name-characters = Seu nome contém caracteres não permitidos.
invalid-phone-same = Este já é o seu número.
invalid-phone-taken = Este número pertence a outra conta.
invalid-verify-before-2fa = Verifique seu número de telefone antes de ativar a verificação em duas etapas.
invalid-verify-first = Primeiro, verifique seu número de telefone.
invalid-app-exists = Você já tem um app autenticador. Remova-o antes de adicionar outro.
invalid-setup-expired = A configuração expirou. Comece de novo.
invalid-2fa-first = Primeiro, ative a verificação em duas etapas.
invalid-no-app = Esta conta não tem app autenticador. Escolha outra forma.
invalid-app-code-used = Esse código já foi usado. Aguarde o próximo no seu app.
invalid-recovery-wrong = Esse código de recuperação está incorreto ou já foi usado.
invalid-app-code-wrong = Esse código está incorreto. Digite o código que seu app autenticador mostra agora.
invalid-recovery-format = Um código de recuperação tem 10 letras e dígitos, como abcde-12345.
invalid-recovery-empty = Digite um dos seus códigos de recuperação.
invalid-passkeys-off = As chaves de acesso não estão disponíveis neste site.
invalid-passkey-expired = Isso demorou demais ou a página foi usada duas vezes. Tente novamente.
invalid-passkey-not-passkey = A resposta do navegador não era uma chave de acesso. Tente novamente.
invalid-passkey-name-long = O nome de uma chave de acesso pode ter no máximo 64 caracteres.
invalid-passkey-name-control = O nome de uma chave de acesso não pode conter caracteres de controle.
invalid-passkey-too-many = Uma conta pode ter no máximo 20 chaves de acesso. Remova uma primeiro.
invalid-passkey-unchecked = Não foi possível verificar a chave de acesso. Tente novamente.
invalid-passkey-added-already = Esta chave de acesso já foi adicionada.
invalid-passkey-unknown = Esta chave de acesso não pertence mais a nenhuma conta deste site.
invalid-passkey-none = Esta conta não tem chave de acesso. Escolha outra forma.
invalid-passkey-removed = Esta chave de acesso foi removida.
invalid-photo-unreadable-upload = Não foi possível ler o arquivo enviado. Tente novamente.
invalid-photo-empty = Escolha uma foto para enviar.
invalid-photo-too-large = A foto tem mais de 2 MB. Escolha uma menor.
invalid-photo-not-picture = Este arquivo não é uma imagem PNG, JPEG ou WebP.
invalid-photo-too-many-pixels = Esta imagem é grande demais: o máximo é 4096 × 4096 pixels.
invalid-photo-damaged = Não foi possível ler esta imagem. Ela pode estar corrompida.

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (Brazilian Portuguese).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = Carregando…
home-welcome-back = Olá de novo
home-welcome-back-name = Olá de novo, { $name }
home-signed-in-as-before = Você entrou com o número{ " " }
home-signed-in-as-after = .
home-signed-in-as-after-name = { " " }({ $name }).
home-fact-phone = Número de telefone:{ " " }
home-phone-verified = verificado
home-phone-not-verified = não verificado
home-fact-two-factor = Verificação em duas etapas:{ " " }
home-two-factor-on = ativada
home-two-factor-off = desativada
home-member-since = Membro desde { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }
home-profile = Seu perfil
home-pending-title = Falta pouco
home-pending-before = Confirme o número{ " " }
home-pending-after = { " " }com o código que enviamos para concluir a criação da sua conta.
home-pending-enter-code = Digitar o código
home-title = Entre com seu número de telefone
home-lead = { $app } protege sua conta com o celular que você já carrega: sua conta é o seu número de celular e uma senha, e um código de 6 dígitos enviado a esse número comprova que ele é seu.
home-signup = Criar conta
home-signin = Entrar
home-how-title = Como criar sua conta
home-how-step-1 = Digite seu número de celular e escolha uma senha.
home-how-step-2 = Enviamos um código de 6 dígitos por SMS ou, se preferir, lemos o código para você em uma ligação de voz.
home-how-step-3 = Digite o código em poucos minutos. Seu número fica verificado e você já entra na sua conta.
home-ways-title = Formas de entrar
home-ways-password = Seu número e sua senha.
home-ways-code-before = { "" }
home-ways-code-link = Um código de uso único
home-ways-code-after = { " " }enviado ao seu número, sem precisar de senha.
home-ways-both = Os dois, com a verificação em duas etapas ativada no seu perfil.
home-ways-reset-before = Esqueceu sua senha?{ " " }
home-ways-reset-link = Redefina com um código
home-ways-reset-after = .
home-private-title = Seu número continua privado
home-private-never-say = Nunca informamos se um número tem conta: todas as páginas respondem da mesma forma para qualquer número, então ninguém pode usar este site para descobrir se você tem conta aqui.
home-private-once = Cada código funciona uma única vez, por alguns minutos, e só para a etapa para a qual foi enviado.

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = Criar conta
signup-have-account = Já tem uma conta?{ " " }
signup-signin-link = Entrar
live-auth-password = Senha
live-auth-password-hint = Pelo menos 8 caracteres. Frases longas são uma boa escolha.
live-auth-confirm-password = Confirme a senha
live-auth-name = Seu nome{ " " }
live-auth-optional = (opcional)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = Criar conta
live-auth-signup-busy = Criando conta…
live-auth-signin-submit = Entrar
live-auth-signin-busy = Entrando…

## Code page of a new account (/verify).

verify-title = Digite seu código
verify-nothing-before = Não há nada para verificar.{ " " }
verify-nothing-link = Entrar
verify-nothing-after = .

## Sign-in page (/signin).

signin-title = Entrar
signin-or = ou
signin-code-link = Entrar com um código
signin-reset-link = Esqueceu sua senha?
signin-new-here = Ainda não tem conta?{ " " }
signin-signup-link = Criar conta

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = Entrar com um código
signincode-intro = Enviamos um código de 6 dígitos por SMS para o seu número. Não é preciso senha.
signincode-password-link = Entrar com sua senha
signincode-signup-link = Criar conta
signincode-step-title = Só mais uma etapa
signincode-step-intro = Seu código está certo. A verificação em duas etapas está ativada nesta conta, então digite também sua senha.
signincode-password = Senha
signincode-step-cancel = Cancelar e começar de novo
signincode-step-submit = Entrar
signincode-restart = Usar outro número

## Password reset (/reset-password).

reset-title = Redefinir sua senha
reset-intro = Digite o número da sua conta. Enviaremos um código por SMS para você criar uma nova senha.
reset-back = Voltar para entrar

## Page not found.

notfound-title = Página não encontrada
notfound-heading = Página não encontrada
notfound-before = Não há nada neste endereço.{ " " }
notfound-link = Ir para a página inicial
notfound-after = .

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = Carregando…
guard-continue-to-before = para continuar em{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server.

profile-title = Seu perfil
profile-account = Conta
profile-phone-number = Número de telefone
profile-verified = verificado
profile-not-verified = não verificado
profile-name = Nome
profile-member-since = Membro desde
profile-photo = Foto do perfil
profile-photo-alt = Sua foto do perfil
profile-remove-photo = Remover foto
profile-security = Segurança
profile-password = Senha
profile-password-hint = Ao alterá-la, você sai dos seus outros dispositivos.
profile-your-name = Seu nome
profile-optional = (opcional)
profile-save-name = Salvar nome

profile-apps-title = Apps conectados
profile-apps-hint = Estes apps permitem que você entre com esta conta. Ao desconectar um deles, ele perde o acesso à sua conta e pedirá permissão de novo na próxima vez que você o usar.
profile-app-knows = conhece { $what }
profile-knows-phone-name = seu número de telefone e nome
profile-knows-phone = seu número de telefone
profile-knows-name = seu nome
profile-knows-identity = quem você é
profile-app-allowed-before = autorizado
profile-app-allowed-after = { "" }
profile-app-disconnect = Desconectar

profile-2fa-title = Verificação em duas etapas
profile-2fa-is-before = A verificação em duas etapas está
profile-2fa-on = ativada
profile-2fa-off = desativada
profile-2fa-is-after = .
profile-2fa-on-text = Depois da senha, para entrar também é preciso uma segunda etapa: um código enviado ao seu telefone, um código do seu app autenticador ou um código de recuperação.
profile-2fa-off-text = Ative-a e, para entrar com sua senha, também será preciso um código enviado ao seu telefone.
profile-2fa-off-hint = Ao desativá-la, seu app autenticador e seus códigos de recuperação também são removidos.
profile-2fa-turn-on = Ativar a verificação em duas etapas

profile-app-title = App autenticador
profile-app-none-hint = Um app como Google Authenticator, Microsoft Authenticator ou 1Password gera um novo código a cada 30 segundos, sem precisar de sinal. Configurar um deles ativa a verificação em duas etapas.
profile-app-added-before = Adicionado
profile-app-added-after = { "" }
profile-app-used-before = , usado pela última vez
profile-app-used-after = { "" }
profile-app-end = .
profile-app-scan = Escaneie este QR code com seu app autenticador.
profile-app-qr-label = QR code para seu app autenticador
profile-app-key-before = Não consegue escanear? Digite esta chave no app (baseada em tempo):
profile-app-open-link = abrir em um app autenticador neste dispositivo
profile-app-enter-code = Digite o código de 6 dígitos exibido no app.
profile-app-cancel = Cancelar a configuração

profile-passkeys-title = Chaves de acesso
profile-passkeys-hint = Com uma chave de acesso, você entra usando sua impressão digital, seu rosto ou o bloqueio de tela: sem número nem senha para digitar, e nada que um site falso possa capturar. Com a verificação em duas etapas ativada, ela cumpre as duas etapas de uma vez.
profile-passkey-added-before = adicionada
profile-passkey-added-after = { "" }
profile-passkey-used-before = usada pela última vez
profile-passkey-used-after = { "" }
profile-passkey-unused = ainda não usada
profile-passkey-edit = Renomear ou remover
profile-passkey-rename = Renomear
profile-passkey-remove-password = Senha atual (para removê-la)
profile-passkey-remove = Remover esta chave de acesso
profile-passkey-needs-js = Para adicionar uma chave de acesso, é preciso JavaScript.

profile-recovery-title = Códigos de recuperação
profile-recovery-save = Salve estes códigos agora: eles só são exibidos desta vez.
profile-recovery-save-why = Se você estiver sem o seu telefone, cada um deles permite entrar uma vez, no lugar de um código.
profile-recovery-download = Baixar como arquivo de texto
profile-recovery-file-title = Códigos de recuperação do { $app }
profile-recovery-file-note = Cada código funciona uma única vez.
profile-recovery-none = Você não tem códigos de recuperação. Gere alguns: cada um permite entrar uma vez se você estiver sem o seu telefone.
profile-recovery-used-up = Você usou todos os seus códigos de recuperação. Gere novos.
profile-recovery-left =
    { $n ->
        [one] Resta 1 código de recuperação.
       *[other] Restam { $n } códigos de recuperação.
    }
profile-recovery-replace = Os novos códigos substituem todos os anteriores.

profile-current-password = Senha atual
profile-new-password = Nova senha
profile-new-password-hint = Pelo menos 8 caracteres. Frases longas são uma boa ideia.
profile-confirm-password = Confirme a nova senha
profile-change-password = Alterar senha

profile-phone-change-title = Alterar número de telefone
profile-phone-pending = Seu número muda assim que você digitar o código que enviamos para o novo número.
profile-phone-cancel = Cancelar a alteração
profile-phone-hint = Enviamos um código para o novo número. Seu número antigo é avisado, e você sai dos seus outros dispositivos.

profile-activity-title = Atividade recente
profile-activity-was-you = Foi você?

profile-devices-title = Dispositivos
profile-devices-only-this = Sua sessão está aberta apenas neste dispositivo.
profile-devices-count =
    { $n ->
        [one] Sua sessão está aberta em { $n } dispositivo.
       *[other] Sua sessão está aberta em { $n } dispositivos.
    }
profile-devices-more =
    { $n ->
        [one] e mais { $n }
       *[other] e mais { $n }
    }
profile-this-device = este dispositivo
profile-device-active-before = última atividade
profile-device-active-after = { "" }
profile-devices-review = Revisar seus dispositivos

## Profile page islands.

live-profile-photo-choose = Escolha uma imagem
live-profile-photo-hint = PNG, JPEG ou WebP, até 2 MB. Ela é exibida em no máximo 256 por 256 pixels.
live-profile-photo-upload = Enviar foto
live-profile-photo-uploading = Enviando…
live-profile-new-phone = Novo número de telefone
live-profile-current-password = Senha atual
live-profile-send-code = Enviar um código para o novo número
live-profile-sending = Enviando…

## Passkey island.

live-passkey-add = Adicionar uma chave de acesso
live-passkey-sign-in = Entrar com uma chave de acesso
live-passkey-use = Usar uma chave de acesso
live-passkey-name-it = Dê um nome a ela
live-passkey-optional = (opcional)
live-passkey-name-placeholder = ex.: Notebook do trabalho
live-passkey-current-password = Senha atual
live-passkey-err-options = Não foi possível ler as opções da chave de acesso. Tente de novo.
live-passkey-err-unsupported = Este navegador não consegue usar chaves de acesso.
live-passkey-err-bad-options = Este navegador não consegue usar estas opções de chave de acesso.
live-passkey-err-not-used = Nenhuma chave de acesso foi usada. Tente de novo ou escolha outra forma.
live-passkey-err-exists = Este dispositivo já tem uma chave de acesso para sua conta.
live-passkey-err-failed = A chave de acesso não funcionou. Tente de novo ou escolha outra forma.
live-passkey-err-answer = Não foi possível ler a resposta da chave de acesso.

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = Se houver uma conta com o número{ " " }
live-code-live-account-after = , enviamos um código de 6 dígitos para ele.
live-code-live-account-after-at = , enviamos um código de 6 dígitos para ele às { $time }.
live-code-live-before = Enviamos um código de 6 dígitos para{ " " }
live-code-live-after = .
live-code-live-after-at = { " " }às { $time }.
live-code-expired-before = O código enviado para{ " " }
live-code-expired-after = { " " }expirou. Peça um novo.
live-code-expired-after-at = { " " }às { $time } expirou. Peça um novo.
live-code-spent-before = O código enviado para{ " " }
live-code-spent-after = { " " }foi digitado errado vezes demais e não funciona mais. Peça um novo.
live-code-missing-before = Não há nenhum código ativo para{ " " }
live-code-missing-after = . Peça um novo.
live-code-expires-in-before = Expira em{ " " }
live-code-expires-in-after = { "" }
live-code-expires-at = Expira às { $time }.
live-code-expires-about-one = O código expira em cerca de 1 minuto.
live-code-expires-about = O código expira em cerca de { $minutes } minutos.
live-code-expired-spoken = O código expirou.
live-code-delivered-at = Entregue no seu telefone às { $time }.
live-code-delivered = Entregue no seu telefone.
live-code-undelivered-voice = Sua operadora não conseguiu entregar a mensagem. Tente uma ligação de voz.
live-code-undelivered = Sua operadora não conseguiu entregar a mensagem. Peça um novo código.

## The code form and the resend form.

live-code-label = Código de 6 dígitos
live-code-verify = Verificar
live-code-sign-in = Entrar
live-code-set-password = Definir nova senha
live-code-change-number = Alterar meu número
live-code-new-password = Nova senha
live-code-password-hint = Pelo menos 8 caracteres. Frases longas são uma boa ideia.
live-code-confirm-password = Confirme a nova senha
live-code-checking = Verificando…
live-code-saving = Salvando…
live-code-resend-by = Enviar um novo código por
live-code-by-sms = SMS
live-code-by-voice = ligação de voz
live-code-new-code-in = Novo código em{ " " }
live-code-send-new = Enviar um novo código
live-code-resend-from = Você pode pedir um novo código a partir das { $time }.
live-code-resent = Um novo código está a caminho.
live-code-send-me = Envie-me um código
live-code-sending = Enviando…

## Shared form words (fields.rs).

form-loading = Carregando…
form-session-ended-before = Sua sessão terminou.{ " " }
form-session-ended-link = Entre
form-session-ended-after = { " " }novamente.

## The second factors' forms (factors.rs).

factors-current-password-off = Senha atual (para desativar)
factors-turn-off = Desativar a verificação em duas etapas
factors-current-password = Senha atual
factors-add-app = Configurar um app autenticador
factors-current-password-remove = Senha atual (para remover)
factors-remove-app = Remover o app autenticador
factors-new-recovery-codes = Gerar novos códigos de recuperação
factors-finish-set-up = Concluir configuração
factors-sign-in = Entrar
factors-recovery-code = Código de recuperação
factors-recovery-code-hint = 10 letras e dígitos, como abcde-12345. Cada código funciona uma única vez.
factors-app-code = Código de 6 dígitos do seu app autenticador
factors-app-code-hint = O app mostra um novo código a cada 30 segundos.
factors-trust-browser = Não pedir código neste navegador por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
factors-copy-codes = Copiar os códigos

## The two-factor step (/signin/2fa).

twofa-title = Verificação em duas etapas
twofa-heading = Só mais uma etapa
twofa-none-before = Não há nenhum acesso aguardando uma segunda etapa.{ " " }
twofa-none-link = Entrar
twofa-none-after = .
twofa-cancel = Cancelar e sair
twofa-intro-sms-sent = Sua senha está certa. A verificação em duas etapas está ativada nesta conta, então digite também o código que enviamos para o seu telefone.
twofa-intro-sms = Sua senha está certa. A verificação em duas etapas está ativada nesta conta: podemos enviar um código por SMS para o seu telefone.
twofa-text-me = Envie-me um código por SMS
twofa-intro-app = Sua senha está certa. Digite o código que o seu app autenticador mostra para esta conta.
twofa-intro-passkey = Sua senha está certa. Use uma das suas chaves de acesso para concluir o acesso.
twofa-passkey-needs-scripts = As chaves de acesso precisam de JavaScript neste navegador: escolha outra forma abaixo.
twofa-intro-recovery = Sua senha está certa. Digite um dos códigos de recuperação que você guardou. Cada um funciona uma única vez.
twofa-other-ways = Outras formas de entrar
twofa-use-sms = Receber um código por SMS
twofa-use-app = Usar o app autenticador
twofa-use-passkey = Usar uma chave de acesso
twofa-use-recovery = Usar um código de recuperação

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = Número de telefone
live-phone-country = País
live-phone-placeholder = { $sample } ou +{ $code } …
live-phone-placeholder-none = + e o código do país, depois o número
live-phone-chosen = País: { $country } +{ $code }
live-phone-none-chosen = País: nenhum escolhido
live-phone-search = Buscar países
live-phone-search-placeholder = Buscar país ou +código
live-phone-list = Países
live-phone-no-match = Nenhum país encontrado.

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question.

oidc-error-title = Solicitação de acesso recusada
oidc-error-heading = Não é possível concluir esta solicitação de acesso
oidc-error-home = Ir para a página inicial
oidc-error-damaged = Esta solicitação de acesso foi danificada no caminho. Comece de novo pelo aplicativo.
oidc-error-param-twice = A solicitação informa o parâmetro { $param } duas vezes.
oidc-error-no-client-id = A solicitação não informa qual aplicativo está pedindo (falta client_id).
oidc-error-unknown-client = O aplicativo que trouxe você até aqui não está registrado neste serviço.
oidc-error-no-redirect-uri = A solicitação não informa para onde levar você de volta (falta redirect_uri).
oidc-error-unregistered-redirect = O aplicativo pediu para levar você de volta a um endereço que ele não registrou.
oidc-error-two-clients = A solicitação para sair menciona dois aplicativos diferentes.
oidc-error-unregistered-logout-redirect = O aplicativo pediu para levar você a um endereço que ele não registrou.
oidc-error-foreign-id-token = A solicitação para sair traz um token de identidade que este serviço não emitiu.
oidc-error-session-ended = Sua sessão terminou. Comece de novo pelo aplicativo.
oidc-error-bad-return-address = O endereço para onde levar você de volta não é válido.

oidc-consent-title = Permitir o acesso de { $client }?
oidc-consent-heading = { $client } quer { $knows ->
        [phone-name] saber seu número de telefone e seu nome
        [phone] saber seu número de telefone
        [name] saber seu nome
       *[nothing] saber quem você é
    }
oidc-consent-signed-in-as = Você entrou como { $who }.
oidc-consent-will-know = { $knows ->
        [phone-name] { $client } vai saber seu número de telefone e seu nome.
        [phone] { $client } vai saber seu número de telefone.
        [name] { $client } vai saber seu nome.
       *[nothing] { $client } vai saber quem você é.
    }
oidc-consent-offline = O aplicativo continuará conectado até você desconectá-lo na sua página de perfil.
oidc-consent-allow = Permitir
oidc-consent-deny = Negar
oidc-consent-aside-before = Você pode desconectá-lo a qualquer momento no seu{ " " }
oidc-consent-aside-link = perfil
oidc-consent-aside-after = .

oidc-logout-title = Sair de { $app }?
oidc-logout-client-asks = { $client } pede que você saia de { $app } neste dispositivo.
oidc-logout-app-asks = Um aplicativo pede que você saia de { $app } neste dispositivo.
oidc-logout-confirm = Sair
oidc-logout-stay = Continuar conectado

## Sessions page (/sessions).

sessions-title = Suas sessões
sessions-devices-title = Dispositivos conectados
sessions-devices-hint = Saia de qualquer dispositivo que você não reconheça e depois troque sua senha.
sessions-end-others = Sair de todos os outros dispositivos
sessions-end-all = Sair de todos os dispositivos
sessions-this-device = este dispositivo
sessions-this-browser = este navegador
sessions-ip = Endereço IP
sessions-signed-in = Acesso
sessions-last-active = Última atividade
sessions-sign-out = Sair
sessions-end-session = Encerrar sessão
sessions-sign-out-label = Sair: { $device } ({ $ip })
sessions-end-session-label = Encerrar sessão: { $device } ({ $ip })
sessions-waiting-code = Senha digitada, aguardando o código
sessions-waiting-password = Código digitado, aguardando a senha
sessions-waiting-verify = Verificando o número de telefone
sessions-trusted-title = Navegadores confiáveis
sessions-trusted-hint = A verificação em duas etapas não pede código a estes navegadores até a data indicada. Esqueça os que você não usa mais; trocar sua senha esquece todos eles.
sessions-trusted-at = Confiável desde
sessions-trusted-until = Até
sessions-forget = Esquecer
sessions-forget-label = Esquecer { $device } ({ $ip })

## Devices.

device-on = { $browser } no { $os }
device-unknown-browser = Navegador desconhecido
device-unknown = Dispositivo desconhecido

## Security activity (profile).

activity-unknown-device = um dispositivo desconhecido
activity-sign-up = Conta criada em { $device }
activity-sign-up-existing = Alguém tentou criar uma conta com seu número
activity-phone-verified = Número de telefone verificado
activity-sign-in = Acesso em { $device }
activity-sign-in-code = Acesso com um código em { $device }
activity-sign-in-password-code = Acesso com sua senha e um código em { $device }
activity-sign-in-code-password = Acesso com um código e sua senha em { $device }
activity-sign-in-after-verification = Acesso após verificar seu número em { $device }
activity-sign-in-password-trusted = Acesso com sua senha em um navegador confiável ({ $device })
activity-sign-in-code-trusted = Acesso com um código em um navegador confiável ({ $device })
activity-sign-in-password-app = Acesso com sua senha e seu app autenticador em { $device }
activity-sign-in-password-recovery = Acesso com sua senha e um código de recuperação em { $device }
activity-sign-in-passkey = Acesso com uma chave de acesso em { $device }
activity-sign-in-password-passkey = Acesso com sua senha e uma chave de acesso em { $device }
activity-wrong-code = Um código de acesso incorreto foi digitado
activity-code-without-password = Um acesso só com código foi recusado: a verificação em duas etapas está ativada
activity-wrong-password = Uma senha incorreta foi tentada
activity-sign-in-paused = Acesso pausado após muitas senhas incorretas
activity-password-ok = Senha digitada; segunda etapa solicitada em { $device }
activity-code-ok = Código de acesso digitado; senha solicitada em { $device }
activity-test-code = Um código foi emitido para este número de teste: o código é fixo e nada foi enviado
activity-code-verify-phone = Um código para verificar seu número
activity-code-sign-in = Um código de acesso
activity-code-two-factor = Um código de verificação em duas etapas
activity-code-reset = Um código para redefinir a senha
activity-code-change-phone = Um código para confirmar seu novo número
activity-code = Um código
activity-code-sent-voice = { $what } foi lido em uma ligação de voz
activity-code-sent-sms = { $what } foi enviado por SMS
activity-code-sent = { $what } foi enviado
activity-code-not-sent-refused = Não foi possível enviar um código: o serviço de SMS recusou o número
activity-code-not-sent = Não foi possível enviar um código
activity-signed-out-here = Saiu em { $device }
activity-signed-out-other = { $device } desconectado a partir de outro dispositivo
activity-signed-out-another = Outro dispositivo desconectado
activity-signed-out-others-none = Saiu de todos os outros dispositivos; nenhum estava conectado
activity-signed-out-others = { $n ->
        [one] { $n } outro dispositivo desconectado
       *[other] { $n } outros dispositivos desconectados
    }
activity-signed-out-everywhere = Saiu de todos os dispositivos
activity-signed-out-everywhere-count = Saiu de todos os dispositivos: { $n ->
        [one] { $n } dispositivo
       *[other] { $n } dispositivos
    }
activity-signed-out-by-operator = Um administrador desconectou todos os seus dispositivos
activity-password-changed = Senha alterada
activity-password-changed-none = Senha alterada; nenhum outro dispositivo estava conectado
activity-password-changed-others = Senha alterada; { $n ->
        [one] { $n } outro dispositivo foi desconectado
       *[other] { $n } outros dispositivos foram desconectados
    }
activity-password-reset = Senha redefinida com um código
activity-password-reset-none = Senha redefinida com um código; nenhum dispositivo estava conectado
activity-password-reset-others = Senha redefinida com um código; { $n ->
        [one] { $n } dispositivo foi desconectado
       *[other] { $n } dispositivos foram desconectados
    }
activity-phone-changed = Número de telefone alterado
activity-phone-changed-none = Número de telefone alterado; nenhum outro dispositivo estava conectado
activity-phone-changed-others = Número de telefone alterado; { $n ->
        [one] { $n } outro dispositivo foi desconectado
       *[other] { $n } outros dispositivos foram desconectados
    }
activity-phone-changed-to = Número de telefone alterado para um número terminado em { $last }
activity-phone-changed-to-none = Número de telefone alterado para um número terminado em { $last }; nenhum outro dispositivo estava conectado
activity-phone-changed-to-others = Número de telefone alterado para um número terminado em { $last }; { $n ->
        [one] { $n } outro dispositivo foi desconectado
       *[other] { $n } outros dispositivos foram desconectados
    }
activity-phone-change-cancelled = Alteração do número de telefone cancelada
activity-two-factor-on = Verificação em duas etapas ativada
activity-two-factor-off = Verificação em duas etapas desativada
activity-two-factor-off-by-operator = Um administrador desativou a verificação em duas etapas e removeu o app autenticador e os códigos de recuperação
activity-step-up-failed = Uma senha atual incorreta foi digitada para alterar uma configuração
activity-step-up-paused = Verificações de senha pausadas após muitas tentativas incorretas
activity-name-changed = Nome alterado
activity-photo-changed = Foto alterada
activity-photo-removed = Foto removida
activity-browser-trusted = A verificação em duas etapas deixou de pedir código em { $device }
activity-browser-forgotten = Um navegador deixou de ser confiável: um código será pedido novamente
activity-app-added = App autenticador adicionado em { $device }
activity-app-removed = App autenticador removido em { $device }
activity-passkey-added = Chave de acesso adicionada em { $device }
activity-passkey-removed = Chave de acesso removida em { $device }
activity-recovery-codes = Novos códigos de recuperação criados em { $device }
activity-alert-sent = Enviamos um SMS para seu número sobre esta alteração na sua conta
activity-alert-not-sent = Não foi possível enviar o SMS sobre esta alteração na sua conta
activity-new-device-alerted = Primeiro acesso a partir de { $device }: enviamos um alerta para seu número
activity-new-device-not-alerted = Primeiro acesso a partir de { $device }: não foi possível enviar o alerta para seu número

## Notices.

notice-name-saved = Seu nome foi salvo.
notice-photo-updated = Sua foto foi atualizada.
notice-photo-removed = Sua foto foi removida.
notice-password-changed-none = Sua senha foi alterada. Nenhum outro dispositivo estava conectado.
notice-password-changed = Sua senha foi alterada. { $n ->
        [one] Seu outro dispositivo foi desconectado.
       *[other] Seus { $n } outros dispositivos foram desconectados.
    }
notice-phone-code-sent = Enviamos um código para seu novo número. Digite-o abaixo para concluir a alteração.
notice-phone-change-cancelled = A alteração do número de telefone foi cancelada.
notice-number-changed-told-none = Seu número de telefone foi alterado e seu número antigo foi avisado. Nenhum outro dispositivo estava conectado.
notice-number-changed-told = Seu número de telefone foi alterado e seu número antigo foi avisado. { $n ->
        [one] Seu outro dispositivo foi desconectado.
       *[other] Seus { $n } outros dispositivos foram desconectados.
    }
notice-number-changed-none = Seu número de telefone foi alterado. Nenhum outro dispositivo estava conectado.
notice-number-changed = Seu número de telefone foi alterado. { $n ->
        [one] Seu outro dispositivo foi desconectado.
       *[other] Seus { $n } outros dispositivos foram desconectados.
    }
notice-two-factor-on = A verificação em duas etapas está ativada: para entrar, também será preciso um código enviado ao seu telefone.
notice-two-factor-off = A verificação em duas etapas está desativada.
notice-session-ended = Esse dispositivo foi desconectado.
notice-browser-forgotten = Esse navegador deixou de ser confiável: um código será pedido novamente.
notice-others-ended-none = Nenhum outro dispositivo estava conectado.
notice-others-ended = { $n ->
        [one] { $n } outro dispositivo foi desconectado.
       *[other] { $n } outros dispositivos foram desconectados.
    }
notice-password-reset = Sua senha foi redefinida e todos os dispositivos foram desconectados. Entre com sua nova senha.
notice-signed-out = Você saiu.
notice-welcome = Boas-vindas! Seu número de telefone foi verificado e você já entrou.
notice-app-setup = Escaneie o código QR com seu app autenticador e digite o código que ele mostrar.
notice-app-setup-cancelled = A configuração do app autenticador foi cancelada.
notice-app-added = Seu app autenticador está configurado. A verificação em duas etapas está ativada.
notice-app-removed = Seu app autenticador foi removido.
notice-recovery-codes = Aqui estão seus novos códigos de recuperação. Os anteriores não funcionam mais.
notice-recovery-code-last = Você entrou com seu último código de recuperação. Crie novos agora, logo abaixo.
notice-recovery-code-used = Você entrou com um código de recuperação. { $n ->
        [one] Resta { $n } código de recuperação.
       *[other] Restam { $n } códigos de recuperação.
    }
notice-passkey-added = Sua chave de acesso foi adicionada. Da próxima vez, entre com ela: sem digitar número nem senha.
notice-passkey-renamed = A chave de acesso foi renomeada.
notice-passkey-removed = A chave de acesso foi removida.

## Times on the pages: see en.ftl.

time-just-now = agora mesmo
time-minutes-ago = { $n ->
        [one] há { $n } minuto
       *[other] há { $n } minutos
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } UTC
time-today-at = hoje às { $clock }
time-yesterday-at = ontem às { $clock }
time-weekday-at = { $weekday } às { $clock }
# Earlier this year.
time-day-month-at = { $day } de { $month } às { $clock }
time-date-at = { $day } de { $month } de { $year } às { $clock }
# The whole date (a tooltip).
time-full = { $weekday }, { $day } de { $month } de { $year } às { $clock }
# "Member since March 2026".
time-month-year = { $month } de { $year }
time-month = { $m ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    }
time-weekday = { $d ->
        [1] segunda-feira
        [2] terça-feira
        [3] quarta-feira
        [4] quinta-feira
        [5] sexta-feira
        [6] sábado
       *[7] domingo
    }
