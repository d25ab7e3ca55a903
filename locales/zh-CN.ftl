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

## 页面：每个页面的框架（页眉、页脚、语言菜单）。

nav-account = 账户
nav-profile = 个人资料
nav-sessions = 会话
nav-sign-in = 登录
nav-sign-up = 注册
nav-sign-out = 退出登录
footer-purpose = { $app } 仅将您的手机号用于登录，以及通知您账户发生的变更。
language-menu = 语言

## 错误提示（AppError）。中文没有复数变化，数字直接填入。

err-bad-credentials = 手机号或密码错误。
err-wrong-code = 验证码不正确。您还可以尝试 { $tries } 次。
err-code-expired = 验证码已过期，请重新获取。
err-too-many-tries = 此验证码的错误尝试次数过多，请重新获取。
err-no-active-code = 当前没有有效的验证码，请重新获取。
err-cooldown = 请等待 { $seconds } 秒后再获取新的验证码。
err-too-many-sends = 发送的验证码过多，请在 { $minutes } 分钟后重试。
err-challenge-needed = 对于此类号码，需要先由您的浏览器完成一项快速验证，我们才能发送验证码。请启用 JavaScript 后重试。
err-sends-paused = 我们目前暂停向此类号码发送验证码，请在 { $minutes } 分钟后重试。
err-too-many-sign-ins = 此号码登录失败次数过多，请在 { $minutes } 分钟后重试。
err-not-signed-in = 您的会话已结束，请重新登录。
err-already-signed-in = 您已登录。
err-session-gone = 该会话已结束。
err-start-over = 此页面已过期，请重新输入您的手机号。
err-internal = 我们这边出了点问题（参考编号 { $reference }），请重试。
err-unavailable = 服务暂时不可用，请在一分钟后重试。
err-busy = 服务繁忙，请稍后重试。
err-delivery-invalid-number = 此手机号无效。
err-delivery-region = 我们无法向此号码所在的地区发送消息。
err-delivery-opted-out = 此号码已退订消息。发送短信 START 即可重新开启。
err-delivery-too-many = 此号码请求的验证码过多，请稍后重试。
err-delivery-too-many-checks = 验证码校验次数过多，请稍后重新获取验证码。
err-delivery-locked = 此号码输错验证码的次数过多。请等待 10 分钟，然后重新获取验证码。
err-delivery-misconfigured = 验证码发送失败，请稍后重试。
err-delivery-no-voice = 此处无法通过语音电话播报验证码，请选择短信。
err-delivery-unavailable = 验证码发送失败，请重试。
err-delivery-check-unavailable = 暂时无法校验验证码，请重试。
live-err-transport = 请求未能完成。请检查网络连接后重试。

## 字段错误（AppError::Invalid）：服务以英文写出，页面以当前语言显示。
## 手机号字段的错误也会在浏览器中检查（live-）。

live-err-phone-empty = 请输入您的手机号。
live-err-phone-no-country = 请选择手机号所属的国家/地区，或输入以 + 和国家/地区代码开头的号码。
live-err-phone-invalid = 这不是有效的手机号。
live-err-phone-not-mobile = 此号码无法接收短信，请使用移动电话号码。
live-err-phone-country-not-allowed = 不接受来自此国家/地区的手机号。
invalid-password-short = 密码至少需要 8 个字符。
invalid-password-long = 密码最多 128 个字符。
invalid-password-common = 此密码过于常见，请选择更难猜到的密码。
invalid-password-mismatch = 两次输入的密码不一致。
invalid-password-wrong = 密码不正确。
invalid-password-empty = 请输入您的密码。
invalid-current-password-wrong = 当前密码不正确。
invalid-code-empty = 请输入 6 位验证码。
invalid-code-digits = 验证码为 6 位数字。
invalid-name-long = 姓名最多 64 个字符。
invalid-name-characters = 姓名包含不允许使用的字符。
invalid-phone-same = 这已经是您的手机号。
invalid-phone-taken = 此号码已被其他账户使用。
invalid-verify-before-2fa = 请先验证您的手机号，再开启两步登录。
invalid-verify-first = 请先验证您的手机号。
invalid-app-exists = 您已有一个身份验证器应用。请先移除它，再添加新的。
invalid-setup-expired = 设置已过期，请重新开始。
invalid-2fa-first = 请先开启两步登录。
invalid-no-app = 此账户没有身份验证器应用，请选择其他方式。
invalid-app-code-used = 该验证码已使用过，请等待应用中显示下一个验证码。
invalid-recovery-wrong = 该恢复码不正确或已被使用。
invalid-app-code-wrong = 该验证码不正确。请输入身份验证器应用当前显示的验证码。
invalid-recovery-format = 恢复码由 10 个字母和数字组成，例如 abcde-12345。
invalid-recovery-empty = 请输入您的一个恢复码。
invalid-passkeys-off = 此网站不支持通行密钥。
invalid-passkey-expired = 操作超时，或页面已被使用过两次。请重试。
invalid-passkey-not-passkey = 浏览器返回的不是通行密钥。请重试。
invalid-passkey-name-long = 通行密钥名称最多 64 个字符。
invalid-passkey-name-control = 通行密钥名称不能包含控制字符。
invalid-passkey-too-many = 每个账户最多可添加 20 个通行密钥。请先移除一个。
invalid-passkey-unchecked = 无法验证该通行密钥。请重试。
invalid-passkey-added-already = 此通行密钥已添加。
invalid-passkey-unknown = 此通行密钥已不属于本网站的任何账户。
invalid-passkey-none = 此账户没有通行密钥，请选择其他方式。
invalid-passkey-removed = 此通行密钥已被移除。
invalid-photo-unreadable-upload = 无法读取上传的文件。请重试。
invalid-photo-empty = 请选择要上传的照片。
invalid-photo-too-large = 照片超过 2 MB，请选择更小的照片。
invalid-photo-not-picture = 此文件不是 PNG、JPEG 或 WebP 图片。
invalid-photo-too-many-pixels = 此图片太大：最大为 4096 × 4096 像素。
invalid-photo-damaged = 无法读取此图片，文件可能已损坏。

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (Simplified Chinese).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = 正在加载…
home-welcome-back = 欢迎回来
home-welcome-back-name = 欢迎回来，{ $name }
home-signed-in-as-before = 您已使用手机号{ " " }
home-signed-in-as-after = { " " }登录。
home-signed-in-as-after-name = （{ $name }）登录。
home-fact-phone = 手机号：
home-phone-verified = 已验证
home-phone-not-verified = 未验证
home-fact-two-factor = 两步登录：
home-two-factor-on = 已开启
home-two-factor-off = 未开启
home-member-since = 注册时间：{ $year } 年 { $month } 月
home-profile = 您的个人资料
home-pending-title = 就差一步了
home-pending-before = 请使用我们发送的验证码确认手机号{ " " }
home-pending-after = ，以完成注册。
home-pending-enter-code = 输入验证码
home-title = 使用手机号登录
home-lead = { $app } 借助您随身携带的手机保护您的账户：您的账户就是您的手机号加一个密码，发送到该号码的 6 位验证码可以证明这个号码属于您。
home-signup = 创建账户
home-signin = 登录
home-how-title = 注册流程
home-how-step-1 = 输入您的手机号并设置密码。
home-how-step-2 = 我们会通过短信向您发送 6 位验证码；如果您愿意，也可以通过语音电话为您播报。
home-how-step-3 = 请在几分钟内输入验证码。您的手机号随即通过验证，您也将完成登录。
home-ways-title = 登录方式
home-ways-password = 手机号加密码。
home-ways-code-before = 发送到您手机号的
home-ways-code-link = 一次性验证码
home-ways-code-after = ，无需密码。
home-ways-both = 两者同时使用：在个人资料中开启两步登录即可。
home-ways-reset-before = 忘记密码？
home-ways-reset-link = 用验证码重置
home-ways-reset-after = 。
home-private-title = 您的手机号保持私密
home-private-never-say = 我们从不透露某个号码是否注册了账户：无论输入哪个号码，每个页面的回应都完全相同，因此没有人能通过本网站查出您是否在这里有账户。
home-private-once = 每个验证码只能使用一次，仅在几分钟内有效，并且只能用于发送它的那一步。

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = 创建账户
signup-have-account = 已有账户？
signup-signin-link = 登录
live-auth-password = 密码
live-auth-password-hint = 至少 8 个字符。建议使用较长的短语。
live-auth-confirm-password = 确认密码
live-auth-name = 您的姓名
live-auth-optional = （选填）

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = 创建账户
live-auth-signup-busy = 正在创建账户…
live-auth-signin-submit = 登录
live-auth-signin-busy = 正在登录…

## Code page of a new account (/verify).

verify-title = 输入验证码
verify-nothing-before = 没有需要验证的内容。请
verify-nothing-link = 登录
verify-nothing-after = 。

## Sign-in page (/signin).

signin-title = 登录
signin-or = 或
signin-code-link = 改用验证码登录
signin-reset-link = 忘记密码？
signin-new-here = 还没有账户？
signin-signup-link = 创建账户

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = 使用验证码登录
signincode-intro = 我们会通过短信向您的手机号发送 6 位验证码，无需密码。
signincode-password-link = 使用密码登录
signincode-signup-link = 创建账户
signincode-step-title = 还差一步
signincode-step-intro = 验证码正确。此账户已开启两步登录，因此还需要输入您的密码。
signincode-password = 密码
signincode-step-cancel = 取消并重新开始
signincode-step-submit = 登录
signincode-restart = 使用其他号码

## Password reset (/reset-password).

reset-title = 重置密码
reset-intro = 请输入您账户的手机号。我们会通过短信向您发送验证码，用于设置新密码。
reset-back = 返回登录

## Page not found.

notfound-title = 页面不存在
notfound-heading = 页面不存在
notfound-before = 此地址没有任何内容。
notfound-link = 返回首页
notfound-after = 。

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = 正在加载…
guard-continue-to-before = 以继续使用{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server.

profile-title = 您的个人资料
profile-account = 账户
profile-phone-number = 手机号
profile-verified = 已验证
profile-not-verified = 未验证
profile-name = 姓名
profile-member-since = 注册时间
profile-photo = 头像
profile-photo-alt = 您的头像
profile-remove-photo = 移除头像
profile-security = 安全
profile-password = 密码
profile-password-hint = 更改密码后，您的其他设备将退出登录。
profile-your-name = 您的姓名
profile-optional = （可选）
profile-save-name = 保存姓名

profile-apps-title = 已关联的应用
profile-apps-hint = 这些应用可通过此账户让您登录。断开某个应用后，它将无法再访问您的账户；下次使用时，它会重新请求您的授权。
profile-app-knows = 可获取{ $what }
profile-knows-phone-name = 您的手机号和姓名
profile-knows-phone = 您的手机号
profile-knows-name = 您的姓名
profile-knows-identity = 您的身份
profile-app-allowed-before = 授权于
profile-app-allowed-after = { "" }
profile-app-disconnect = 断开关联

profile-2fa-title = 两步登录
profile-2fa-is-before = 两步登录已
profile-2fa-on = 开启
profile-2fa-off = 关闭
profile-2fa-is-after = 。
profile-2fa-on-text = 输入密码后，登录还需要第二步：发送到您手机的验证码、身份验证器应用中的验证码，或恢复码。
profile-2fa-off-text = 开启后，使用密码登录时还需要输入发送到您手机的验证码。
profile-2fa-off-hint = 关闭后，您的身份验证器应用和恢复码也会被移除。
profile-2fa-turn-on = 开启两步登录

profile-app-title = 身份验证器应用
profile-app-none-hint = Google Authenticator、Microsoft Authenticator 或 1Password 等应用每 30 秒生成一个新验证码，无需手机信号。设置一个这样的应用即可开启两步登录。
profile-app-added-before = 添加于
profile-app-added-after = { "" }
profile-app-used-before = ，最近使用于
profile-app-used-after = { "" }
profile-app-end = 。
profile-app-scan = 请用您的身份验证器应用扫描此二维码。
profile-app-qr-label = 用于身份验证器应用的二维码
profile-app-key-before = 无法扫描？请改为在应用中输入此密钥（基于时间）：
profile-app-open-link = 在此设备上的身份验证器应用中打开
profile-app-enter-code = 请输入应用显示的 6 位验证码。
profile-app-cancel = 取消设置

profile-passkeys-title = 通行密钥
profile-passkeys-hint = 通行密钥让您使用指纹、面容或屏幕锁登录：无需输入号码或密码，也没有任何可被虚假网站窃取的信息。开启两步登录后，它可一次完成两个步骤。
profile-passkey-added-before = 添加于
profile-passkey-added-after = { "" }
profile-passkey-used-before = 最近使用于
profile-passkey-used-after = { "" }
profile-passkey-unused = 尚未使用
profile-passkey-edit = 重命名或移除
profile-passkey-rename = 重命名
profile-passkey-remove-password = 当前密码（用于移除）
profile-passkey-remove = 移除此通行密钥
profile-passkey-needs-js = 添加通行密钥需要启用 JavaScript。

profile-recovery-title = 恢复码
profile-recovery-save = 请立即保存这些恢复码：它们仅显示这一次。
profile-recovery-save-why = 如果手机不在身边，每个恢复码可代替验证码让您登录一次。
profile-recovery-download = 下载为文本文件
profile-recovery-file-title = { $app } 恢复码
profile-recovery-file-note = 每个恢复码只能使用一次。
profile-recovery-none = 您没有恢复码。请生成一些：手机不在身边时，每个恢复码可让您登录一次。
profile-recovery-used-up = 您已用完所有恢复码。请生成新的恢复码。
profile-recovery-left =
    { $n ->
       *[other] 剩余 { $n } 个恢复码。
    }
profile-recovery-replace = 新的恢复码会替换之前的所有恢复码。

profile-current-password = 当前密码
profile-new-password = 新密码
profile-new-password-hint = 至少 8 个字符。建议使用较长的短语。
profile-confirm-password = 确认新密码
profile-change-password = 更改密码

profile-phone-change-title = 更换手机号
profile-phone-pending = 输入我们发送到新号码的验证码后，您的手机号即会更换。
profile-phone-cancel = 取消更换
profile-phone-hint = 我们会向新号码发送验证码。您的旧号码会收到通知，您的其他设备将退出登录。

profile-activity-title = 最近活动
profile-activity-was-you = 这是您本人的操作吗？

profile-devices-title = 设备
profile-devices-only-this = 您仅在此设备上登录。
profile-devices-count =
    { $n ->
       *[other] 您已在 { $n } 台设备上登录。
    }
profile-devices-more =
    { $n ->
       *[other] 还有 { $n } 台
    }
profile-this-device = 此设备
profile-device-active-before = 最近活动于
profile-device-active-after = { "" }
profile-devices-review = 查看您的设备

## Profile page islands.

live-profile-photo-choose = 选择图片
live-profile-photo-hint = PNG、JPEG 或 WebP 格式，最大 2 MB。显示尺寸最大为 256 × 256 像素。
live-profile-photo-upload = 上传头像
live-profile-photo-uploading = 正在上传…
live-profile-new-phone = 新手机号
live-profile-current-password = 当前密码
live-profile-send-code = 向新号码发送验证码
live-profile-sending = 正在发送…

## Passkey island.

live-passkey-add = 添加通行密钥
live-passkey-sign-in = 使用通行密钥登录
live-passkey-use = 使用通行密钥
live-passkey-name-it = 名称
live-passkey-optional = （可选）
live-passkey-name-placeholder = 例如：工作笔记本电脑
live-passkey-current-password = 当前密码
live-passkey-err-options = 无法读取通行密钥选项。请重试。
live-passkey-err-unsupported = 此浏览器无法使用通行密钥。
live-passkey-err-bad-options = 此浏览器无法使用这些通行密钥选项。
live-passkey-err-not-used = 未使用任何通行密钥。请重试，或选择其他方式。
live-passkey-err-exists = 此设备上已有您账户的通行密钥。
live-passkey-err-failed = 通行密钥未能生效。请重试，或选择其他方式。
live-passkey-err-answer = 无法读取通行密钥的响应。

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = 如果{ " " }
live-code-live-account-after = { " " }已注册账户，我们已向该号码发送 6 位验证码。
live-code-live-account-after-at = { " " }已注册账户，我们已于 { $time } 向该号码发送 6 位验证码。
live-code-live-before = 我们已向{ " " }
live-code-live-after = { " " }发送 6 位验证码。
live-code-live-after-at = { " " }发送 6 位验证码，发送时间：{ $time }。
live-code-expired-before = 发送至{ " " }
live-code-expired-after = { " " }的验证码已过期。请重新获取。
live-code-expired-after-at = { " " }的验证码（发送于 { $time }）已过期。请重新获取。
live-code-spent-before = 发送至{ " " }
live-code-spent-after = { " " }的验证码输错次数过多，已失效。请重新获取。
live-code-missing-before = 目前没有发往{ " " }
live-code-missing-after = { " " }的有效验证码。请重新获取。
live-code-expires-in-before = 验证码将在{ " " }
live-code-expires-in-after = { " " }后过期
live-code-expires-at = 验证码将于 { $time } 过期。
live-code-expires-about-one = 验证码约 1 分钟后过期。
live-code-expires-about = 验证码约 { $minutes } 分钟后过期。
live-code-expired-spoken = 验证码已过期。
live-code-delivered-at = 已于 { $time } 送达您的手机。
live-code-delivered = 已送达您的手机。
live-code-undelivered-voice = 您的运营商未能送达该短信。请尝试语音电话。
live-code-undelivered = 您的运营商未能送达该短信。请重新获取验证码。

## The code form and the resend form.

live-code-label = 6 位验证码
live-code-verify = 验证
live-code-sign-in = 登录
live-code-set-password = 设置新密码
live-code-change-number = 更换我的手机号
live-code-new-password = 新密码
live-code-password-hint = 至少 8 个字符。较长的短语是不错的选择。
live-code-confirm-password = 确认新密码
live-code-checking = 正在验证…
live-code-saving = 正在保存…
live-code-resend-by = 新验证码的发送方式
live-code-by-sms = 短信
live-code-by-voice = 语音电话
live-code-new-code-in = 重新获取倒计时{ " " }
live-code-send-new = 重新发送验证码
live-code-resend-from = 您可以从 { $time } 起重新获取验证码。
live-code-resent = 新验证码正在发送中。
live-code-send-me = 给我发送验证码
live-code-sending = 正在发送…

## Shared form words (fields.rs).

form-loading = 正在加载…
form-session-ended-before = 您的会话已结束。请重新
form-session-ended-link = 登录
form-session-ended-after = 。

## The second factors' forms (factors.rs).

factors-current-password-off = 当前密码（用于关闭）
factors-turn-off = 关闭两步登录
factors-current-password = 当前密码
factors-add-app = 设置身份验证器应用
factors-current-password-remove = 当前密码（用于移除）
factors-remove-app = 移除身份验证器应用
factors-new-recovery-codes = 生成新的恢复码
factors-finish-set-up = 完成设置
factors-sign-in = 登录
factors-recovery-code = 恢复码
factors-recovery-code-hint = 10 位字母和数字，例如 abcde-12345。每个恢复码只能使用一次。
factors-app-code = 身份验证器应用中的 6 位验证码
factors-app-code-hint = 该应用每 30 秒显示一个新验证码。
factors-trust-browser = { $days } 天内在此浏览器上不再要求输入验证码
factors-copy-codes = 复制恢复码

## The two-factor step (/signin/2fa).

twofa-title = 两步登录
twofa-heading = 还差一步
twofa-none-before = 没有等待第二步验证的登录。请重新
twofa-none-link = 登录
twofa-none-after = 。
twofa-cancel = 取消并退出登录
twofa-intro-sms-sent = 密码正确。此账户已开启两步登录，请同时输入我们发送到您手机的验证码。
twofa-intro-sms = 密码正确。此账户已开启两步登录：我们可以通过短信向您的手机发送验证码。
twofa-text-me = 通过短信给我发送验证码
twofa-intro-app = 密码正确。请输入您的身份验证器应用为此账户显示的验证码。
twofa-intro-passkey = 密码正确。请使用您的一个通行密钥完成登录。
twofa-passkey-needs-scripts = 通行密钥需要此浏览器启用 JavaScript：请在下方选择其他方式。
twofa-intro-recovery = 密码正确。请输入您保存的一个恢复码。每个恢复码只能使用一次。
twofa-other-ways = 其他登录方式
twofa-use-sms = 改为通过短信接收验证码
twofa-use-app = 改用身份验证器应用
twofa-use-passkey = 改用通行密钥
twofa-use-recovery = 改用恢复码

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = 手机号
live-phone-country = 国家/地区
live-phone-placeholder = { $sample } 或 +{ $code } …
live-phone-placeholder-none = 输入 + 和国家/地区代码，再输入号码
live-phone-chosen = 国家/地区：{ $country } +{ $code }
live-phone-none-chosen = 国家/地区：未选择
live-phone-search = 搜索国家/地区
live-phone-search-placeholder = 搜索国家/地区或 +区号
live-phone-list = 国家/地区列表
live-phone-no-match = 没有匹配的国家/地区。

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question.

oidc-error-title = 登录请求已被拒绝
oidc-error-heading = 无法完成此登录请求
oidc-error-home = 前往首页
oidc-error-damaged = 此登录请求在传输过程中已损坏。请从应用重新开始。
oidc-error-param-twice = 请求中的 { $param } 参数出现了两次。
oidc-error-no-client-id = 请求未说明是哪个应用发起的（缺少 client_id）。
oidc-error-unknown-client = 将您转到此处的应用未在本服务中注册。
oidc-error-no-redirect-uri = 请求未说明要将您送回哪里（缺少 redirect_uri）。
oidc-error-unregistered-redirect = 该应用要求将您送回一个它未注册的地址。
oidc-error-two-clients = 此退出登录请求指定了两个不同的应用。
oidc-error-unregistered-logout-redirect = 该应用要求将您转到一个它未注册的地址。
oidc-error-foreign-id-token = 此退出登录请求携带的 ID 令牌并非由本服务签发。
oidc-error-session-ended = 您的会话已结束。请从应用重新开始。
oidc-error-bad-return-address = 用于将您送回的地址无效。

oidc-consent-title = 允许 { $client } 访问吗？
oidc-consent-heading = { $client } { $knows ->
        [phone-name] 想要获取您的手机号和姓名
        [phone] 想要获取您的手机号
        [name] 想要获取您的姓名
       *[nothing] 想要知道您是谁
    }
oidc-consent-signed-in-as = 您已以 { $who } 的身份登录。
oidc-consent-will-know = { $client } { $knows ->
        [phone-name] 将获得您的手机号和姓名。
        [phone] 将获得您的手机号。
        [name] 将获得您的姓名。
       *[nothing] 将知道您是谁。
    }
oidc-consent-offline = 该应用将保持连接，直到您在个人资料页面将其断开。
oidc-consent-allow = 允许
oidc-consent-deny = 拒绝
oidc-consent-aside-before = 您可以随时在
oidc-consent-aside-link = 个人资料
oidc-consent-aside-after = 中断开其连接。

oidc-logout-title = 要退出登录 { $app } 吗？
oidc-logout-client-asks = { $client } 请求在此设备上将您从 { $app } 退出登录。
oidc-logout-app-asks = 某个应用请求在此设备上将您从 { $app } 退出登录。
oidc-logout-confirm = 退出登录
oidc-logout-stay = 保持登录

## Sessions page (/sessions).

sessions-title = 您的会话
sessions-devices-title = 已登录的设备
sessions-devices-hint = 如有您不认识的设备，请将其退出登录，然后修改密码。
sessions-end-others = 退出所有其他设备
sessions-end-all = 退出所有设备
sessions-this-device = 本设备
sessions-this-browser = 本浏览器
sessions-ip = IP 地址
sessions-signed-in = 登录时间
sessions-last-active = 最近活动
sessions-sign-out = 退出登录
sessions-end-session = 结束会话
sessions-sign-out-label = 退出登录：{ $device }，IP 地址 { $ip }
sessions-end-session-label = 结束会话：{ $device }，IP 地址 { $ip }
sessions-waiting-code = 已输入密码，等待验证码
sessions-waiting-password = 已输入验证码，等待密码
sessions-waiting-verify = 正在验证手机号
sessions-trusted-title = 受信任的浏览器
sessions-trusted-hint = 在所示日期之前，两步登录不会向这些浏览器索要验证码。不再使用的浏览器请将其忘记；修改密码会忘记所有浏览器。
sessions-trusted-at = 信任时间
sessions-trusted-until = 有效期至
sessions-forget = 忘记
sessions-forget-label = 忘记{ $device }，IP 地址 { $ip }

## Devices.

device-on = { $browser }（{ $os }）
device-unknown-browser = 未知浏览器
device-unknown = 未知设备

## Security activity (profile).

activity-unknown-device = 未知设备
activity-sign-up = 在{ $device }上创建了账户
activity-sign-up-existing = 有人尝试用您的手机号注册账户
activity-phone-verified = 手机号已验证
activity-sign-in = 在{ $device }上登录
activity-sign-in-code = 在{ $device }上使用验证码登录
activity-sign-in-password-code = 在{ $device }上使用密码和验证码登录
activity-sign-in-code-password = 在{ $device }上使用验证码和密码登录
activity-sign-in-after-verification = 在{ $device }上验证手机号后登录
activity-sign-in-password-trusted = 在{ $device }上使用密码登录（受信任的浏览器）
activity-sign-in-code-trusted = 在{ $device }上使用验证码登录（受信任的浏览器）
activity-sign-in-password-app = 在{ $device }上使用密码和身份验证器应用登录
activity-sign-in-password-recovery = 在{ $device }上使用密码和恢复码登录
activity-sign-in-passkey = 在{ $device }上使用通行密钥登录
activity-sign-in-password-passkey = 在{ $device }上使用密码和通行密钥登录
activity-wrong-code = 输入了错误的登录验证码
activity-code-without-password = 仅凭验证码的登录被拒绝：两步登录已开启
activity-wrong-password = 有人尝试了错误的密码
activity-sign-in-paused = 密码错误次数过多，登录已暂停
activity-password-ok = 在{ $device }上输入了密码，已要求进行第二步
activity-code-ok = 在{ $device }上输入了登录验证码，已要求输入密码
activity-test-code = 已为此测试号码生成验证码：该验证码是固定的，未发送任何内容
activity-code-verify-phone = 用于验证您手机号的验证码
activity-code-sign-in = 登录验证码
activity-code-two-factor = 两步登录验证码
activity-code-reset = 重置密码的验证码
activity-code-change-phone = 用于确认新手机号的验证码
activity-code = 验证码
activity-code-sent-voice = 已通过语音电话播报{ $what }
activity-code-sent-sms = 已通过短信发送{ $what }
activity-code-sent = 已发送{ $what }
activity-code-not-sent-refused = 无法发送验证码：短信服务拒绝了该号码
activity-code-not-sent = 无法发送验证码
activity-signed-out-here = 在{ $device }上退出登录
activity-signed-out-other = 从另一台设备将{ $device }退出登录
activity-signed-out-another = 将另一台设备退出登录
activity-signed-out-others-none = 退出所有其他设备；当时没有其他设备登录
activity-signed-out-others = 已将 { $n } 台其他设备退出登录
activity-signed-out-everywhere = 已在所有设备上退出登录
activity-signed-out-everywhere-count = 已在所有设备上退出登录：共 { $n } 台设备
activity-signed-out-by-operator = 管理员将您的所有设备退出了登录
activity-password-changed = 密码已修改
activity-password-changed-none = 密码已修改；当时没有其他设备登录
activity-password-changed-others = 密码已修改；{ $n } 台其他设备已退出登录
activity-password-reset = 已用验证码重置密码
activity-password-reset-none = 已用验证码重置密码；当时没有设备登录
activity-password-reset-others = 已用验证码重置密码；{ $n } 台设备已退出登录
activity-phone-changed = 手机号已更改
activity-phone-changed-none = 手机号已更改；当时没有其他设备登录
activity-phone-changed-others = 手机号已更改；{ $n } 台其他设备已退出登录
activity-phone-changed-to = 手机号已更改为尾号 { $last } 的号码
activity-phone-changed-to-none = 手机号已更改为尾号 { $last } 的号码；当时没有其他设备登录
activity-phone-changed-to-others = 手机号已更改为尾号 { $last } 的号码；{ $n } 台其他设备已退出登录
activity-phone-change-cancelled = 已取消更改手机号
activity-two-factor-on = 已开启两步登录
activity-two-factor-off = 已关闭两步登录
activity-two-factor-off-by-operator = 管理员关闭了两步登录，并移除了相关的身份验证器应用和恢复码
activity-step-up-failed = 为更改设置输入了错误的当前密码
activity-step-up-paused = 错误尝试次数过多，密码验证已暂停
activity-name-changed = 姓名已更改
activity-photo-changed = 照片已更改
activity-photo-removed = 照片已移除
activity-browser-trusted = 两步登录不再在{ $device }上索要验证码
activity-browser-forgotten = 某个浏览器不再受信任：将再次向其索要验证码
activity-app-added = 在{ $device }上添加了身份验证器应用
activity-app-removed = 在{ $device }上移除了身份验证器应用
activity-passkey-added = 在{ $device }上添加了通行密钥
activity-passkey-removed = 在{ $device }上移除了通行密钥
activity-recovery-codes = 在{ $device }上生成了新的恢复码
activity-alert-sent = 我们已向您的手机号发送短信，告知此次账户变更
activity-alert-not-sent = 无法发送有关此次账户变更的短信
activity-new-device-alerted = 首次从{ $device }登录：我们已向您的手机号发送提醒
activity-new-device-not-alerted = 首次从{ $device }登录：无法向您的手机号发送提醒

## Notices.

notice-name-saved = 您的姓名已保存。
notice-photo-updated = 您的照片已更新。
notice-photo-removed = 您的照片已移除。
notice-password-changed-none = 您的密码已修改。没有其他设备处于登录状态。
notice-password-changed = 您的密码已修改。您的 { $n } 台其他设备已退出登录。
notice-phone-code-sent = 我们已向您的新手机号发送验证码。请在下方输入以完成更改。
notice-phone-change-cancelled = 已取消更改手机号。
notice-number-changed-told-none = 您的手机号已更改，并已通知您的旧号码。没有其他设备处于登录状态。
notice-number-changed-told = 您的手机号已更改，并已通知您的旧号码。您的 { $n } 台其他设备已退出登录。
notice-number-changed-none = 您的手机号已更改。没有其他设备处于登录状态。
notice-number-changed = 您的手机号已更改。您的 { $n } 台其他设备已退出登录。
notice-two-factor-on = 两步登录已开启：登录时还需要输入发送到您手机的验证码。
notice-two-factor-off = 两步登录已关闭。
notice-session-ended = 该设备已退出登录。
notice-browser-forgotten = 该浏览器不再受信任：将再次向其索要验证码。
notice-others-ended-none = 没有其他设备处于登录状态。
notice-others-ended = { $n } 台其他设备已退出登录。
notice-password-reset = 您的密码已重置，所有设备均已退出登录。请使用新密码登录。
notice-signed-out = 您已退出登录。
notice-welcome = 欢迎！您的手机号已验证，您已登录。
notice-app-setup = 请用身份验证器应用扫描二维码，然后输入其显示的验证码。
notice-app-setup-cancelled = 已取消设置身份验证器应用。
notice-app-added = 身份验证器应用已设置完成。两步登录已开启。
notice-app-removed = 身份验证器应用已移除。
notice-recovery-codes = 这是您的新恢复码。之前的恢复码已失效。
notice-recovery-code-last = 您使用最后一个恢复码登录了。请立即在下方生成新的恢复码。
notice-recovery-code-used = 您使用恢复码登录了。还剩 { $n } 个恢复码。
notice-passkey-added = 您的通行密钥已添加。下次可直接用它登录，无需输入手机号或密码。
notice-passkey-renamed = 通行密钥已重命名。
notice-passkey-removed = 通行密钥已移除。

## Times on the pages: see en.ftl.

# Chinese dates are numeric (CLDR y年M月d日): the month "names" are 1月 to 12月.

time-just-now = 刚刚
time-minutes-ago = { $n ->
       *[other] { $n }分钟前
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } UTC
time-today-at = 今天 { $clock }
time-yesterday-at = 昨天 { $clock }
time-weekday-at = { $weekday } { $clock }
# Earlier this year.
time-day-month-at = { $month }{ $day }日 { $clock }
time-date-at = { $year }年{ $month }{ $day }日 { $clock }
# The whole date (a tooltip).
time-full = { $year }年{ $month }{ $day }日{ $weekday } { $clock }
# "Member since March 2026".
time-month-year = { $year }年{ $month }
time-month = { $m ->
        [1] 1月
        [2] 2月
        [3] 3月
        [4] 4月
        [5] 5月
        [6] 6月
        [7] 7月
        [8] 8月
        [9] 9月
        [10] 10月
        [11] 11月
       *[12] 12月
    }
time-weekday = { $d ->
        [1] 星期一
        [2] 星期二
        [3] 星期三
        [4] 星期四
        [5] 星期五
        [6] 星期六
       *[7] 星期日
    }
