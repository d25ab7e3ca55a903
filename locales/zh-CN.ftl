# phone-auth 简体中文。键与 en.ftl 相同。

sms-code = { $app }：{ $purpose ->
        [verify-phone] 您的验证码是
        [reset-password] 您的重置密码验证码是
        [change-phone] 确认新手机号的验证码是
       *[sign-in] 您的登录验证码是
    } { $code }，{ $minutes } 分钟内有效。请勿泄露给他人。

voice-intro = { $purpose ->
        [verify-phone] 您在 { $app } 的验证码是
        [reset-password] 您在 { $app } 的重置密码验证码是
        [change-phone] 您在 { $app } 确认新手机号的验证码是
       *[sign-in] 您在 { $app } 的登录验证码是
    }
voice-again = 再说一遍，您的验证码是

alert-new-device = { $app }：您的账户在 { $device } 上有新的登录。不是您本人？请在 { $url } 修改密码
alert-unknown-device = 新设备
alert-factor = { $app }：{ $what ->
        [authenticator-added] 您的账户添加了身份验证器应用
        [authenticator-removed] 您的账户移除了身份验证器应用
        [recovery-codes] 已为您的账户生成新的恢复码
        [passkey-added] 您的账户添加了一个通行密钥
        [passkey-removed] 您的账户移除了一个通行密钥
       *[two-factor-off] 两步登录已关闭，其身份验证器应用和恢复码已移除
    }。不是您本人？请在 { $url } 修改密码
notice-phone-changed = { $app }：您账户的手机号已更改为 { $phone }。如非本人操作，请联系客服。
