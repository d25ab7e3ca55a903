# phone-auth بالعربية. المفاتيح نفسها الموجودة في en.ftl.
# الدقائق بصيغ الجمع الست في CLDR.

sms-code = { $app }: { $purpose ->
        [verify-phone] رمز التحقق الخاص بك هو
        [reset-password] رمز إعادة تعيين كلمة المرور الخاص بك هو
        [change-phone] رمز تأكيد رقمك الجديد هو
       *[sign-in] رمز تسجيل الدخول الخاص بك هو
    } { $code }. تنتهي صلاحيته خلال { $minutes ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. لا تشاركه مع أحد.

voice-intro = { $purpose ->
        [verify-phone] رمز التحقق الخاص بك في { $app } هو
        [reset-password] رمز إعادة تعيين كلمة المرور الخاص بك في { $app } هو
        [change-phone] رمز تأكيد رقمك الجديد في { $app } هو
       *[sign-in] رمز تسجيل الدخول الخاص بك في { $app } هو
    }
voice-again = مرة أخرى، رمزك هو

alert-new-device = { $app }: تسجيل دخول جديد إلى حسابك من { $device }. لست أنت؟ غيّر كلمة المرور من { $url }
alert-unknown-device = جهاز جديد
alert-factor = { $app }: { $what ->
        [authenticator-added] تمت إضافة تطبيق مصادقة إلى حسابك
        [authenticator-removed] تمت إزالة تطبيق المصادقة من حسابك
        [recovery-codes] تم إنشاء رموز استرداد جديدة لحسابك
        [passkey-added] تمت إضافة مفتاح مرور إلى حسابك
        [passkey-removed] تمت إزالة مفتاح مرور من حسابك
       *[two-factor-off] تم إيقاف تسجيل الدخول بخطوتين وإزالة تطبيق المصادقة ورموز الاسترداد
    }. لست أنت؟ غيّر كلمة المرور من { $url }
notice-phone-changed = { $app }: تم تغيير رقم هاتف حسابك إلى { $phone }. إذا لم تقم بذلك، فتواصل مع الدعم.

## الصفحات: إطار كل صفحة (الرأس والتذييل وقائمة اللغات).

nav-account = الحساب
nav-profile = الملف الشخصي
nav-sessions = الجلسات
nav-sign-in = تسجيل الدخول
nav-sign-up = إنشاء حساب
nav-sign-out = تسجيل الخروج
footer-purpose = يستخدم { $app } رقم هاتفك فقط لتسجيل دخولك ولإبلاغك بالتغييرات التي تطرأ على حسابك.
language-menu = اللغة

## رسائل الخطأ (AppError). الأعداد بصيغ الجمع الست في CLDR.

err-bad-credentials = رقم الهاتف أو كلمة المرور غير صحيحة.
err-wrong-code = هذا الرمز غير صحيح. { $tries ->
        [zero] لم تتبقَّ لديك أي محاولة
        [one] تبقّت لديك محاولة واحدة
        [two] تبقّت لديك محاولتان
        [few] تبقّت لديك { $tries } محاولات
        [many] تبقّت لديك { $tries } محاولة
       *[other] تبقّت لديك { $tries } محاولة
    }.
err-code-expired = انتهت صلاحية الرمز. اطلب رمزًا جديدًا.
err-too-many-tries = أُدخل هذا الرمز بشكل خاطئ مرات كثيرة جدًا. اطلب رمزًا جديدًا.
err-no-active-code = لا يوجد رمز صالح حاليًا. اطلب رمزًا جديدًا.
err-cooldown = يُرجى الانتظار { $seconds ->
        [zero] قليلًا
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } قبل طلب رمز آخر.
err-too-many-sends = أُرسل عدد كبير جدًا من الرموز. حاول مرة أخرى بعد { $minutes ->
        [zero] قليل
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
err-challenge-needed = تحتاج الأرقام المشابهة لهذا الرقم إلى فحص سريع من متصفحك قبل أن نرسل رمزًا. فعّل JavaScript وحاول مرة أخرى.
err-sends-paused = لا نرسل حاليًا رموزًا إلى الأرقام المشابهة لهذا الرقم. حاول مرة أخرى بعد { $minutes ->
        [zero] قليل
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
err-too-many-sign-ins = فشلت محاولات كثيرة جدًا لتسجيل الدخول بهذا الرقم. حاول مرة أخرى بعد { $minutes ->
        [zero] قليل
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
err-not-signed-in = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
err-already-signed-in = لقد سجّلت الدخول بالفعل.
err-session-gone = انتهت هذه الجلسة بالفعل.
err-start-over = انتهت صلاحية هذه الصفحة. أدخل رقم هاتفك مرة أخرى.
err-internal = حدث خطأ من جانبنا (المرجع { $reference }). يُرجى المحاولة مرة أخرى.
err-unavailable = الخدمة غير متاحة حاليًا. يُرجى المحاولة مرة أخرى بعد دقيقة.
err-busy = الخدمة مشغولة حاليًا. يُرجى المحاولة مرة أخرى بعد لحظات.
err-delivery-invalid-number = رقم الهاتف هذا غير صالح.
err-delivery-region = لا يمكننا إرسال رسائل إلى منطقة هذا الرقم.
err-delivery-opted-out = ألغى هذا الرقم الاشتراك في تلقي الرسائل. أرسل START في رسالة نصية لإعادة تفعيلها.
err-delivery-too-many = طُلب عدد كبير جدًا من الرموز لهذا الرقم. حاول مرة أخرى لاحقًا.
err-delivery-too-many-checks = عدد كبير جدًا من محاولات التحقق من الرمز. اطلب رمزًا جديدًا لاحقًا.
err-delivery-locked = جُرّب عدد كبير جدًا من الرموز الخاطئة لهذا الرقم. انتظر 10 دقائق، ثم اطلب رمزًا جديدًا.
err-delivery-misconfigured = تعذّر إرسال الرمز، حاول مرة أخرى لاحقًا.
err-delivery-no-voice = لا يمكن قراءة الرموز عبر مكالمة صوتية هنا. اختر رسالة نصية.
err-delivery-unavailable = تعذّر إرسال الرمز، حاول مرة أخرى.
err-delivery-check-unavailable = تعذّر التحقق من الرمز حاليًا، حاول مرة أخرى.
live-err-transport = تعذّر إكمال الطلب. تحقّق من اتصالك وحاول مرة أخرى.

## ما الخطأ في حقل ما (AppError::Invalid): تكتبها الخدمات بالإنجليزية، وتعرضها الصفحة
## بلغتها. ويُتحقَّق من رسائل حقل الهاتف في المتصفح أيضًا (live-).

live-err-phone-empty = أدخل رقم هاتفك.
live-err-phone-no-country = اختر دولة رقم هاتفك، أو اكتبه مع + ورمز الدولة.
live-err-phone-invalid = هذا ليس رقم هاتف صالحًا.
live-err-phone-not-mobile = لا يمكن لهذا الرقم تلقي الرسائل النصية. استخدم رقم هاتف محمول.
live-err-phone-country-not-allowed = لا تُقبل أرقام الهواتف من هذه الدولة.
invalid-password-short = استخدم 8 أحرف على الأقل لكلمة المرور.
invalid-password-long = استخدم 128 حرفًا على الأكثر لكلمة المرور.
invalid-password-common = كلمة المرور هذه شائعة جدًا، اختر كلمة مرور يصعب تخمينها.
invalid-password-mismatch = كلمتا المرور غير متطابقتين.
invalid-password-wrong = كلمة المرور هذه غير صحيحة.
invalid-password-empty = أدخل كلمة المرور.
invalid-current-password-wrong = كلمة المرور الحالية غير صحيحة.
invalid-code-empty = أدخل الرمز المكوّن من 6 أرقام.
invalid-code-digits = يتكوّن الرمز من 6 أرقام.
invalid-name-long = يجب ألا يزيد اسمك على 64 حرفًا.
invalid-name-characters = يحتوي اسمك على أحرف غير مسموح بها.
invalid-phone-same = هذا هو رقمك بالفعل.
invalid-phone-taken = هذا الرقم مرتبط بحساب آخر.
invalid-verify-before-2fa = تحقّق من رقم هاتفك قبل تفعيل تسجيل الدخول بخطوتين.
invalid-verify-first = تحقّق من رقم هاتفك أولًا.
invalid-app-exists = لديك تطبيق مصادقة بالفعل. أزِله أولًا لإضافة تطبيق آخر.
invalid-setup-expired = انتهت صلاحية الإعداد. ابدأ من جديد.
invalid-2fa-first = فعّل تسجيل الدخول بخطوتين أولًا.
invalid-no-app = لا يوجد تطبيق مصادقة في هذا الحساب. اختر طريقة أخرى.
invalid-app-code-used = سبق استخدام هذا الرمز. انتظر الرمز التالي في تطبيقك.
invalid-recovery-wrong = رمز الاسترداد هذا غير صحيح، أو سبق استخدامه.
invalid-app-code-wrong = هذا الرمز غير صحيح. أدخل الرمز الذي يعرضه تطبيق المصادقة الآن.
invalid-recovery-format = يتكوّن رمز الاسترداد من 10 أحرف وأرقام، مثل abcde-12345.
invalid-recovery-empty = أدخل أحد رموز الاسترداد الخاصة بك.
invalid-passkeys-off = مفاتيح المرور غير متاحة على هذا الموقع.
invalid-passkey-expired = استغرق ذلك وقتًا طويلًا، أو استُخدمت الصفحة مرتين. حاول مرة أخرى.
invalid-passkey-not-passkey = لم تكن استجابة المتصفح مفتاح مرور. حاول مرة أخرى.
invalid-passkey-name-long = يجب ألا يزيد اسم مفتاح المرور على 64 حرفًا.
invalid-passkey-name-control = لا يمكن أن يحتوي اسم مفتاح المرور على أحرف تحكّم.
invalid-passkey-too-many = يمكن أن يضم الحساب 20 مفتاح مرور كحد أقصى. أزِل أحدها أولًا.
invalid-passkey-unchecked = تعذّر التحقق من مفتاح المرور. حاول مرة أخرى.
invalid-passkey-added-already = مفتاح المرور هذا مُضاف بالفعل.
invalid-passkey-unknown = لم يعد مفتاح المرور هذا مرتبطًا بأي حساب على هذا الموقع.
invalid-passkey-none = لا يوجد مفتاح مرور في هذا الحساب. اختر طريقة أخرى.
invalid-passkey-removed = تمت إزالة مفتاح المرور هذا.
invalid-photo-unreadable-upload = تعذّرت قراءة الملف المرفوع. حاول مرة أخرى.
invalid-photo-empty = اختر صورة لرفعها.
invalid-photo-too-large = حجم الصورة أكبر من 2 ميغابايت. اختر صورة أصغر.
invalid-photo-not-picture = هذا الملف ليس صورة بتنسيق PNG أو JPEG أو WebP.
invalid-photo-too-many-pixels = هذه الصورة كبيرة جدًا: الحد الأقصى 4096 × 4096 بكسل.
invalid-photo-damaged = تعذّرت قراءة هذه الصورة. ربما تكون تالفة.

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (Arabic).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = جارٍ التحميل…
home-welcome-back = مرحبًا بعودتك
home-welcome-back-name = مرحبًا بعودتك، { $name }
home-signed-in-as-before = لقد سجّلت الدخول بالرقم{ " " }
home-signed-in-as-after = .
home-signed-in-as-after-name = { " " }({ $name }).
home-fact-phone = رقم الهاتف:{ " " }
home-phone-verified = تم التحقق منه
home-phone-not-verified = لم يتم التحقق منه
home-fact-two-factor = تسجيل الدخول بخطوتين:{ " " }
home-two-factor-on = مفعّل
home-two-factor-off = غير مفعّل
home-member-since = عضو منذ { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
home-profile = ملفك الشخصي
home-pending-title = أوشكت على الانتهاء
home-pending-before = أكّد الرقم{ " " }
home-pending-after = { " " }بالرمز الذي أرسلناه إليك لإكمال إنشاء حسابك.
home-pending-enter-code = أدخل الرمز
home-title = سجّل الدخول برقم هاتفك
home-lead = يحمي { $app } حسابك بالهاتف الذي تحمله معك: حسابك هو رقم هاتفك المحمول وكلمة مرور، ورمز من 6 أرقام يُرسل إلى هذا الرقم يثبت أنه رقمك.
home-signup = إنشاء حساب
home-signin = تسجيل الدخول
home-how-title = كيف يتم إنشاء الحساب
home-how-step-1 = أدخل رقم هاتفك المحمول واختر كلمة مرور.
home-how-step-2 = نرسل إليك رمزًا من 6 أرقام في رسالة نصية، أو نقرؤه لك في مكالمة صوتية إن كنت تفضّل ذلك.
home-how-step-3 = اكتب الرمز خلال بضع دقائق. عندها يتم التحقق من رقمك وتسجيل دخولك.
home-ways-title = طرق تسجيل الدخول
home-ways-password = رقمك وكلمة المرور.
home-ways-code-before = { "" }
home-ways-code-link = رمز لمرة واحدة
home-ways-code-after = { " " }يُرسل إلى رقمك، دون الحاجة إلى كلمة مرور.
home-ways-both = كلاهما معًا، عند تفعيل تسجيل الدخول بخطوتين في ملفك الشخصي.
home-ways-reset-before = هل نسيت كلمة المرور؟{ " " }
home-ways-reset-link = أعد تعيينها برمز
home-ways-reset-after = .
home-private-title = رقمك يبقى خاصًا
home-private-never-say = لا نكشف أبدًا ما إذا كان لرقمٍ ما حساب: كل صفحة تجيب بالطريقة نفسها لأي رقم، فلا يستطيع أحد استخدام هذا الموقع لمعرفة ما إذا كان لديك حساب فيه.
home-private-once = يعمل كل رمز مرة واحدة فقط، لبضع دقائق، وللخطوة التي أُرسل من أجلها فقط.

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = إنشاء حساب
signup-have-account = لديك حساب بالفعل؟{ " " }
signup-signin-link = تسجيل الدخول
live-auth-password = كلمة المرور
live-auth-password-hint = 8 أحرف على الأقل. العبارات الطويلة خيار جيد.
live-auth-confirm-password = تأكيد كلمة المرور
live-auth-name = اسمك{ " " }
live-auth-optional = (اختياري)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = إنشاء الحساب
live-auth-signup-busy = جارٍ إنشاء الحساب…
live-auth-signin-submit = تسجيل الدخول
live-auth-signin-busy = جارٍ تسجيل الدخول…

## Code page of a new account (/verify).

verify-title = أدخل الرمز
verify-nothing-before = لا يوجد ما يتطلب التحقق.{ " " }
verify-nothing-link = تسجيل الدخول
verify-nothing-after = .

## Sign-in page (/signin).

signin-title = تسجيل الدخول
signin-or = أو
signin-code-link = سجّل الدخول برمز بدلًا من ذلك
signin-reset-link = هل نسيت كلمة المرور؟
signin-new-here = ليس لديك حساب؟{ " " }
signin-signup-link = إنشاء حساب

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = تسجيل الدخول برمز
signincode-intro = نرسل رمزًا من 6 أرقام في رسالة نصية إلى رقمك. لا حاجة إلى كلمة مرور.
signincode-password-link = سجّل الدخول بكلمة المرور
signincode-signup-link = إنشاء حساب
signincode-step-title = خطوة أخيرة
signincode-step-intro = الرمز صحيح. تسجيل الدخول بخطوتين مفعّل لهذا الحساب، لذا أدخل كلمة المرور أيضًا.
signincode-password = كلمة المرور
signincode-step-cancel = إلغاء والبدء من جديد
signincode-step-submit = تسجيل الدخول
signincode-restart = استخدام رقم آخر

## Password reset (/reset-password).

reset-title = إعادة تعيين كلمة المرور
reset-intro = أدخل رقم حسابك. سنرسل إليك رمزًا في رسالة نصية لتعيين كلمة مرور جديدة.
reset-back = العودة إلى تسجيل الدخول

## Page not found.

notfound-title = الصفحة غير موجودة
notfound-heading = الصفحة غير موجودة
notfound-before = لا يوجد شيء على هذا العنوان.{ " " }
notfound-link = الانتقال إلى الصفحة الرئيسية
notfound-after = .

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = جارٍ التحميل…
guard-continue-to-before = للمتابعة إلى{ " " }
guard-continue-to-after = { "" }

## Profile page (/profile), drawn on the server.

profile-title = ملفك الشخصي
profile-account = الحساب
profile-phone-number = رقم الهاتف
profile-verified = تم التحقق
profile-not-verified = لم يتم التحقق
profile-name = الاسم
profile-member-since = عضو منذ
profile-photo = صورة الملف الشخصي
profile-photo-alt = صورة ملفك الشخصي
profile-remove-photo = إزالة الصورة
profile-security = الأمان
profile-password = كلمة المرور
profile-password-hint = يؤدي تغييرها إلى تسجيل خروجك من أجهزتك الأخرى.
profile-your-name = اسمك
profile-optional = (اختياري)
profile-save-name = حفظ الاسم

profile-apps-title = التطبيقات المتصلة
profile-apps-hint = تتيح لك هذه التطبيقات تسجيل الدخول باستخدام هذا الحساب. يؤدي فصل أحدها إلى إنهاء وصوله إلى حسابك، وسيطلب الإذن مجددًا في المرة القادمة التي تستخدمه فيها.
profile-app-knows = يعرف { $what }
profile-knows-phone-name = رقم هاتفك واسمك
profile-knows-phone = رقم هاتفك
profile-knows-name = اسمك
profile-knows-identity = هويتك
profile-app-allowed-before = تم السماح له
profile-app-allowed-after = { "" }
profile-app-disconnect = فصل

profile-2fa-title = تسجيل الدخول بخطوتين
profile-2fa-is-before = تسجيل الدخول بخطوتين
profile-2fa-on = مفعّل
profile-2fa-off = غير مفعّل
profile-2fa-is-after = .
profile-2fa-on-text = بعد كلمة المرور، يتطلب تسجيل الدخول أيضًا خطوة ثانية: رمزًا يُرسل إلى هاتفك، أو رمزًا من تطبيق المصادقة، أو رمز استرداد.
profile-2fa-off-text = فعّله، وسيتطلب تسجيل الدخول بكلمة المرور أيضًا رمزًا يُرسل إلى هاتفك.
profile-2fa-off-hint = يؤدي إيقافه أيضًا إلى إزالة تطبيق المصادقة ورموز الاسترداد.
profile-2fa-turn-on = تفعيل تسجيل الدخول بخطوتين

profile-app-title = تطبيق المصادقة
profile-app-none-hint = ينشئ تطبيق مثل Google Authenticator أو Microsoft Authenticator أو 1Password رمزًا جديدًا كل 30 ثانية، دون الحاجة إلى تغطية شبكة. يؤدي إعداد أحدها إلى تفعيل تسجيل الدخول بخطوتين.
profile-app-added-before = أُضيف
profile-app-added-after = { "" }
profile-app-used-before = ، وآخر استخدام له
profile-app-used-after = { "" }
profile-app-end = .
profile-app-scan = امسح رمز QR هذا باستخدام تطبيق المصادقة.
profile-app-qr-label = رمز QR لتطبيق المصادقة
profile-app-key-before = لا يمكنك مسحه؟ أدخل هذا المفتاح في التطبيق بدلًا من ذلك (مستند إلى الوقت):
profile-app-open-link = افتحه في تطبيق مصادقة على هذا الجهاز
profile-app-enter-code = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.
profile-app-cancel = إلغاء الإعداد

profile-passkeys-title = مفاتيح المرور
profile-passkeys-hint = يتيح لك مفتاح المرور تسجيل الدخول ببصمة إصبعك أو وجهك أو قفل الشاشة: لا رقم ولا كلمة مرور لكتابتها، ولا شيء يمكن لموقع مزيّف التقاطه. وعند تفعيل تسجيل الدخول بخطوتين، يجمع الخطوتين في خطوة واحدة.
profile-passkey-added-before = أُضيف
profile-passkey-added-after = { "" }
profile-passkey-used-before = آخر استخدام
profile-passkey-used-after = { "" }
profile-passkey-unused = لم يُستخدم بعد
profile-passkey-edit = إعادة التسمية أو الإزالة
profile-passkey-rename = إعادة التسمية
profile-passkey-remove-password = كلمة المرور الحالية (لإزالته)
profile-passkey-remove = إزالة مفتاح المرور هذا
profile-passkey-needs-js = تتطلب إضافة مفتاح مرور تفعيل JavaScript.

profile-recovery-title = رموز الاسترداد
profile-recovery-save = احفظ هذه الرموز الآن: لن تُعرض إلا هذه المرة فقط.
profile-recovery-save-why = إذا لم يكن هاتفك في متناولك، فكل رمز منها يتيح لك تسجيل الدخول مرة واحدة بدلًا من الرمز المُرسل.
profile-recovery-download = تنزيل كملف نصي
profile-recovery-file-title = رموز الاسترداد لـ { $app }
profile-recovery-file-note = كل رمز يعمل مرة واحدة فقط.
profile-recovery-none = ليست لديك رموز استرداد. أنشئ بعضها: كل رمز يتيح لك تسجيل الدخول مرة واحدة إذا لم يكن هاتفك في متناولك.
profile-recovery-used-up = لقد استخدمت جميع رموز الاسترداد. أنشئ رموزًا جديدة.
profile-recovery-left =
    { $n ->
        [zero] لم يتبقَّ أي رمز استرداد.
        [one] تبقّى رمز استرداد واحد.
        [two] تبقّى رمزا استرداد.
        [few] تبقّت { $n } رموز استرداد.
        [many] تبقّى { $n } رمزًا للاسترداد.
       *[other] تبقّى { $n } رمز استرداد.
    }
profile-recovery-replace = تحل الرموز الجديدة محل جميع الرموز السابقة.

profile-current-password = كلمة المرور الحالية
profile-new-password = كلمة المرور الجديدة
profile-new-password-hint = 8 أحرف على الأقل. العبارات الطويلة خيار جيد.
profile-confirm-password = تأكيد كلمة المرور الجديدة
profile-change-password = تغيير كلمة المرور

profile-phone-change-title = تغيير رقم الهاتف
profile-phone-pending = يتغير رقمك بمجرد إدخال الرمز الذي أرسلناه إلى الرقم الجديد.
profile-phone-cancel = إلغاء التغيير
profile-phone-hint = نرسل رمزًا إلى الرقم الجديد. سيتم إبلاغ رقمك القديم، وتسجيل خروجك من أجهزتك الأخرى.

profile-activity-title = النشاط الأخير
profile-activity-was-you = هل كان هذا أنت؟

profile-devices-title = الأجهزة
profile-devices-only-this = أنت مسجّل الدخول على هذا الجهاز فقط.
profile-devices-count =
    { $n ->
        [zero] لست مسجّل الدخول على أي جهاز.
        [one] أنت مسجّل الدخول على جهاز واحد.
        [two] أنت مسجّل الدخول على جهازين.
        [few] أنت مسجّل الدخول على { $n } أجهزة.
        [many] أنت مسجّل الدخول على { $n } جهازًا.
       *[other] أنت مسجّل الدخول على { $n } جهاز.
    }
profile-devices-more =
    { $n ->
        [zero] ولا أجهزة أخرى
        [one] وجهاز آخر
        [two] وجهازان آخران
        [few] و{ $n } أجهزة أخرى
        [many] و{ $n } جهازًا آخر
       *[other] و{ $n } جهاز آخر
    }
profile-this-device = هذا الجهاز
profile-device-active-before = آخر نشاط
profile-device-active-after = { "" }
profile-devices-review = مراجعة أجهزتك

## Profile page islands.

live-profile-photo-choose = اختر صورة
live-profile-photo-hint = PNG أو JPEG أو WebP، بحجم أقصاه 2 ميغابايت. تُعرض بحجم 256 × 256 بكسل على الأكثر.
live-profile-photo-upload = رفع الصورة
live-profile-photo-uploading = جارٍ الرفع…
live-profile-new-phone = رقم الهاتف الجديد
live-profile-current-password = كلمة المرور الحالية
live-profile-send-code = إرسال رمز إلى الرقم الجديد
live-profile-sending = جارٍ الإرسال…

## Passkey island.

live-passkey-add = إضافة مفتاح مرور
live-passkey-sign-in = تسجيل الدخول باستخدام مفتاح مرور
live-passkey-use = استخدام مفتاح مرور
live-passkey-name-it = سمِّه
live-passkey-optional = (اختياري)
live-passkey-name-placeholder = مثلًا: حاسوب العمل المحمول
live-passkey-current-password = كلمة المرور الحالية
live-passkey-err-options = تعذّرت قراءة خيارات مفتاح المرور. حاول مرة أخرى.
live-passkey-err-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور.
live-passkey-err-bad-options = لا يمكن لهذا المتصفح استخدام خيارات مفتاح المرور هذه.
live-passkey-err-not-used = لم يُستخدم أي مفتاح مرور. حاول مرة أخرى، أو اختر طريقة أخرى.
live-passkey-err-exists = يحتوي هذا الجهاز بالفعل على مفتاح مرور لحسابك.
live-passkey-err-failed = لم يعمل مفتاح المرور. حاول مرة أخرى، أو اختر طريقة أخرى.
live-passkey-err-answer = تعذّرت قراءة استجابة مفتاح المرور.

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = إذا كان للرقم{ " " }
live-code-live-account-after = { " " }حساب، فقد أرسلنا إليه رمزًا من 6 أرقام.
live-code-live-account-after-at = { " " }حساب، فقد أرسلنا إليه رمزًا من 6 أرقام في الساعة { $time }.
live-code-live-before = أرسلنا رمزًا من 6 أرقام إلى{ " " }
live-code-live-after = .
live-code-live-after-at = { " " }في الساعة { $time }.
live-code-expired-before = انتهت صلاحية الرمز المرسل إلى{ " " }
live-code-expired-after = . اطلب رمزًا جديدًا.
live-code-expired-after-at = { " " }في الساعة { $time }. اطلب رمزًا جديدًا.
live-code-spent-before = أُدخل الرمز المرسل إلى{ " " }
live-code-spent-after = { " " }بشكل خاطئ مرات كثيرة جدًا ولم يعد صالحًا. اطلب رمزًا جديدًا.
live-code-missing-before = لا يوجد رمز بانتظار الرقم{ " " }
live-code-missing-after = . اطلب رمزًا جديدًا.
live-code-expires-in-before = تنتهي صلاحيته خلال{ " " }
live-code-expires-in-after = { "" }
live-code-expires-at = تنتهي صلاحيته في الساعة { $time }.
live-code-expires-about-one = تنتهي صلاحية الرمز خلال دقيقة واحدة تقريبًا.
# Any number of minutes (2 or more): a phrasing that needs no plural form.
live-code-expires-about = الدقائق المتبقية قبل انتهاء صلاحية الرمز: { $minutes } تقريبًا.
live-code-expired-spoken = انتهت صلاحية الرمز.
live-code-delivered-at = وصلت الرسالة إلى هاتفك في الساعة { $time }.
live-code-delivered = وصلت الرسالة إلى هاتفك.
live-code-undelivered-voice = تعذّر على مشغّل شبكتك توصيل الرسالة. جرّب مكالمة صوتية.
live-code-undelivered = تعذّر على مشغّل شبكتك توصيل الرسالة. اطلب رمزًا جديدًا.

## The code form and the resend form.

live-code-label = رمز من 6 أرقام
live-code-verify = تحقّق
live-code-sign-in = تسجيل الدخول
live-code-set-password = تعيين كلمة المرور الجديدة
live-code-change-number = تغيير رقمي
live-code-new-password = كلمة المرور الجديدة
live-code-password-hint = 8 أحرف على الأقل. العبارات الطويلة خيار جيد.
live-code-confirm-password = تأكيد كلمة المرور الجديدة
live-code-checking = جارٍ التحقق…
live-code-saving = جارٍ الحفظ…
live-code-resend-by = إرسال رمز جديد عبر
live-code-by-sms = رسالة نصية
live-code-by-voice = مكالمة صوتية
live-code-new-code-in = رمز جديد خلال{ " " }
live-code-send-new = إرسال رمز جديد
live-code-resend-from = يمكنك طلب رمز جديد بدءًا من الساعة { $time }.
live-code-resent = رمز جديد في الطريق إليك.
live-code-send-me = أرسل لي رمزًا
live-code-sending = جارٍ الإرسال…

## Shared form words (fields.rs).

form-loading = جارٍ التحميل…
form-session-ended-before = انتهت جلستك. يُرجى{ " " }
form-session-ended-link = تسجيل الدخول
form-session-ended-after = { " " }مرة أخرى.

## The second factors' forms (factors.rs).

factors-current-password-off = كلمة المرور الحالية (لإيقافه)
factors-turn-off = إيقاف تسجيل الدخول بخطوتين
factors-current-password = كلمة المرور الحالية
factors-add-app = إعداد تطبيق المصادقة
factors-current-password-remove = كلمة المرور الحالية (لإزالته)
factors-remove-app = إزالة تطبيق المصادقة
factors-new-recovery-codes = إنشاء رموز استرداد جديدة
factors-finish-set-up = إنهاء الإعداد
factors-sign-in = تسجيل الدخول
factors-recovery-code = رمز الاسترداد
factors-recovery-code-hint = 10 أحرف وأرقام، مثل abcde-12345. يعمل كل رمز مرة واحدة فقط.
factors-app-code = الرمز المكوّن من 6 أرقام من تطبيق المصادقة
factors-app-code-hint = يعرض التطبيق رمزًا جديدًا كل 30 ثانية.
factors-trust-browser = عدم طلب رمز على هذا المتصفح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
factors-copy-codes = نسخ الرموز

## The two-factor step (/signin/2fa).

twofa-title = تسجيل الدخول بخطوتين
twofa-heading = خطوة أخرى
twofa-none-before = لا يوجد تسجيل دخول بانتظار خطوة ثانية.{ " " }
twofa-none-link = سجّل الدخول
twofa-none-after = .
twofa-cancel = الإلغاء وتسجيل الخروج
twofa-intro-sms-sent = كلمة المرور صحيحة. تسجيل الدخول بخطوتين مفعّل لهذا الحساب، لذا أدخل أيضًا الرمز الذي أرسلناه إلى هاتفك.
twofa-intro-sms = كلمة المرور صحيحة. تسجيل الدخول بخطوتين مفعّل لهذا الحساب: يمكننا إرسال رمز إلى هاتفك في رسالة نصية.
twofa-text-me = أرسل لي رمزًا في رسالة نصية
twofa-intro-app = كلمة المرور صحيحة. أدخل الرمز الذي يعرضه تطبيق المصادقة لهذا الحساب.
twofa-intro-passkey = كلمة المرور صحيحة. استخدم أحد مفاتيح المرور الخاصة بك لإكمال تسجيل الدخول.
twofa-passkey-needs-scripts = تحتاج مفاتيح المرور إلى JavaScript في هذا المتصفح: اختر طريقة أخرى أدناه.
twofa-intro-recovery = كلمة المرور صحيحة. أدخل أحد رموز الاسترداد التي حفظتها. يعمل كل رمز مرة واحدة فقط.
twofa-other-ways = طرق أخرى لتسجيل الدخول
twofa-use-sms = أرسل لي رمزًا في رسالة نصية بدلًا من ذلك
twofa-use-app = استخدم تطبيق المصادقة بدلًا من ذلك
twofa-use-passkey = استخدم مفتاح مرور بدلًا من ذلك
twofa-use-recovery = استخدم رمز استرداد بدلًا من ذلك

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = رقم الهاتف
live-phone-country = البلد
live-phone-placeholder = { $sample } أو +{ $code } …
live-phone-placeholder-none = + ورمز البلد، ثم الرقم
live-phone-chosen = البلد: { $country } +{ $code }
live-phone-none-chosen = البلد: لم يتم الاختيار
live-phone-search = البحث عن بلد
live-phone-search-placeholder = ابحث باسم البلد أو رمز الاتصال
live-phone-list = البلدان
live-phone-no-match = لا يوجد بلد مطابق.

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question.

oidc-error-title = رُفض طلب تسجيل الدخول
oidc-error-heading = لا يمكن إتمام طلب تسجيل الدخول هذا
oidc-error-home = الانتقال إلى الصفحة الرئيسية
oidc-error-damaged = تعرّض طلب تسجيل الدخول هذا للتلف في أثناء إرساله. ابدأ من جديد من التطبيق.
oidc-error-param-twice = يذكر الطلب المُعامل { $param } مرتين.
oidc-error-no-client-id = لا يحدد الطلب التطبيق الذي أرسله (client_id غير موجود).
oidc-error-unknown-client = التطبيق الذي أرسلك إلى هنا غير مسجَّل في هذه الخدمة.
oidc-error-no-redirect-uri = لا يحدد الطلب المكان الذي تجب إعادتك إليه (redirect_uri غير موجود).
oidc-error-unregistered-redirect = طلب التطبيق إعادتك إلى عنوان لم يسجّله.
oidc-error-two-clients = يذكر طلب تسجيل الخروج تطبيقين مختلفين.
oidc-error-unregistered-logout-redirect = طلب التطبيق إرسالك إلى عنوان لم يسجّله.
oidc-error-foreign-id-token = يحمل طلب تسجيل الخروج رمز هوية لم تُصدره هذه الخدمة.
oidc-error-session-ended = انتهت جلستك. ابدأ من جديد من التطبيق.
oidc-error-bad-return-address = العنوان الذي تجب إعادتك إليه غير صالح.

oidc-consent-title = هل تسمح للتطبيق { $client }؟
oidc-consent-heading = { $knows ->
        [phone-name] يريد { $client } معرفة رقم هاتفك واسمك
        [phone] يريد { $client } معرفة رقم هاتفك
        [name] يريد { $client } معرفة اسمك
       *[nothing] يريد { $client } معرفة هويتك
    }
oidc-consent-signed-in-as = تم تسجيل الدخول باسم { $who }.
oidc-consent-will-know = { $knows ->
        [phone-name] سيعرف { $client } رقم هاتفك واسمك.
        [phone] سيعرف { $client } رقم هاتفك.
        [name] سيعرف { $client } اسمك.
       *[nothing] سيعرف { $client } هويتك.
    }
oidc-consent-offline = سيبقى التطبيق متصلاً إلى أن تفصله من صفحة ملفك الشخصي.
oidc-consent-allow = سماح
oidc-consent-deny = رفض
oidc-consent-aside-before = يمكنك فصله في أي وقت من{ " " }
oidc-consent-aside-link = ملفك الشخصي
oidc-consent-aside-after = .

oidc-logout-title = هل تريد تسجيل الخروج من { $app }؟
oidc-logout-client-asks = يطلب { $client } تسجيل خروجك من { $app } على هذا الجهاز.
oidc-logout-app-asks = يطلب أحد التطبيقات تسجيل خروجك من { $app } على هذا الجهاز.
oidc-logout-confirm = تسجيل الخروج
oidc-logout-stay = البقاء مسجَّلاً الدخول

## Sessions page (/sessions).

sessions-title = جلساتك
sessions-devices-title = الأجهزة المسجَّل الدخول منها
sessions-devices-hint = سجّل الخروج من أي جهاز لا تعرفه، ثم غيّر كلمة المرور.
sessions-end-others = تسجيل الخروج من كل الأجهزة الأخرى
sessions-end-all = تسجيل الخروج من كل الأجهزة
sessions-this-device = هذا الجهاز
sessions-this-browser = هذا المتصفح
sessions-ip = عنوان IP
sessions-signed-in = تسجيل الدخول
sessions-last-active = آخر نشاط
sessions-sign-out = تسجيل الخروج
sessions-end-session = إنهاء الجلسة
sessions-sign-out-label = تسجيل الخروج: { $device } ({ $ip })
sessions-end-session-label = إنهاء الجلسة: { $device } ({ $ip })
sessions-waiting-code = أُدخلت كلمة المرور، بانتظار الرمز
sessions-waiting-password = أُدخل الرمز، بانتظار كلمة المرور
sessions-waiting-verify = جارٍ التحقق من رقم الهاتف
sessions-trusted-title = المتصفحات الموثوقة
sessions-trusted-hint = لا يطلب تسجيل الدخول بخطوتين أي رمز من هذه المتصفحات حتى التاريخ المعروض. انسَ أي متصفح لم تعد تستخدمه؛ وعند تغيير كلمة المرور تُنسى كلها.
sessions-trusted-at = موثوق منذ
sessions-trusted-until = حتى
sessions-forget = نسيان
sessions-forget-label = نسيان { $device } ({ $ip })

## Devices.

device-on = { $browser } على { $os }
device-unknown-browser = متصفح غير معروف
device-unknown = جهاز غير معروف

## Security activity (profile).

activity-unknown-device = جهاز غير معروف
activity-sign-up = أُنشئ الحساب من { $device }
activity-sign-up-existing = حاول شخص ما إنشاء حساب برقمك
activity-phone-verified = تم التحقق من رقم الهاتف
activity-sign-in = تسجيل الدخول من { $device }
activity-sign-in-code = تسجيل الدخول برمز من { $device }
activity-sign-in-password-code = تسجيل الدخول بكلمة المرور ورمز من { $device }
activity-sign-in-code-password = تسجيل الدخول برمز وكلمة المرور من { $device }
activity-sign-in-after-verification = تسجيل الدخول بعد التحقق من رقمك من { $device }
activity-sign-in-password-trusted = تسجيل الدخول بكلمة المرور من متصفح موثوق ({ $device })
activity-sign-in-code-trusted = تسجيل الدخول برمز من متصفح موثوق ({ $device })
activity-sign-in-password-app = تسجيل الدخول بكلمة المرور وتطبيق المصادقة من { $device }
activity-sign-in-password-recovery = تسجيل الدخول بكلمة المرور ورمز استرداد من { $device }
activity-sign-in-passkey = تسجيل الدخول بمفتاح مرور من { $device }
activity-sign-in-password-passkey = تسجيل الدخول بكلمة المرور ومفتاح مرور من { $device }
activity-wrong-code = أُدخل رمز تسجيل دخول خاطئ
activity-code-without-password = رُفضت محاولة تسجيل دخول بالرمز وحده: تسجيل الدخول بخطوتين مفعّل
activity-wrong-password = جُرّبت كلمة مرور خاطئة
activity-sign-in-paused = أُوقف تسجيل الدخول مؤقتًا بعد إدخال كلمات مرور خاطئة كثيرة
activity-password-ok = أُدخلت كلمة المرور وطُلبت الخطوة الثانية من { $device }
activity-code-ok = أُدخل رمز تسجيل الدخول وطُلبت كلمة المرور من { $device }
activity-test-code = صدر رمز لرقم الاختبار هذا: رمزه ثابت ولم يُرسل أي شيء
activity-code-verify-phone = رمز للتحقق من رقمك
activity-code-sign-in = رمز تسجيل دخول
activity-code-two-factor = رمز لتسجيل الدخول بخطوتين
activity-code-reset = رمز لإعادة تعيين كلمة المرور
activity-code-change-phone = رمز لتأكيد رقمك الجديد
activity-code = رمز
activity-code-sent-voice = قُرئ { $what } في مكالمة صوتية
activity-code-sent-sms = أُرسل { $what } في رسالة نصية
activity-code-sent = أُرسل { $what }
activity-code-not-sent-refused = تعذّر إرسال رمز: رفضت خدمة الرسائل النصية الرقم
activity-code-not-sent = تعذّر إرسال رمز
activity-signed-out-here = تسجيل الخروج من { $device }
activity-signed-out-other = سُجّل خروج { $device } من جهاز آخر
activity-signed-out-another = سُجّل خروج جهاز آخر
activity-signed-out-others-none = تسجيل الخروج من كل الأجهزة الأخرى؛ لم يكن أي منها مسجّل الدخول
activity-signed-out-others = { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر
        [one] سُجّل خروج جهاز آخر واحد
        [two] سُجّل خروج جهازين آخرين
        [few] سُجّل خروج { $n } أجهزة أخرى
        [many] سُجّل خروج { $n } جهازًا آخر
       *[other] سُجّل خروج { $n } جهاز آخر
    }
activity-signed-out-everywhere = تسجيل الخروج من كل الأجهزة
activity-signed-out-everywhere-count = تسجيل الخروج من كل الأجهزة: { $n ->
        [zero] لا أجهزة
        [one] جهاز واحد
        [two] جهازان
        [few] { $n } أجهزة
        [many] { $n } جهازًا
       *[other] { $n } جهاز
    }
activity-signed-out-by-operator = سجّل أحد المسؤولين خروج كل أجهزتك
activity-password-changed = تم تغيير كلمة المرور
activity-password-changed-none = تم تغيير كلمة المرور؛ لم يكن أي جهاز آخر مسجّل الدخول
activity-password-changed-others = تم تغيير كلمة المرور؛ { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر
        [one] سُجّل خروج جهاز آخر واحد
        [two] سُجّل خروج جهازين آخرين
        [few] سُجّل خروج { $n } أجهزة أخرى
        [many] سُجّل خروج { $n } جهازًا آخر
       *[other] سُجّل خروج { $n } جهاز آخر
    }
activity-password-reset = أُعيد تعيين كلمة المرور برمز
activity-password-reset-none = أُعيد تعيين كلمة المرور برمز؛ لم يكن أي جهاز مسجّل الدخول
activity-password-reset-others = أُعيد تعيين كلمة المرور برمز؛ { $n ->
        [zero] لم يُسجَّل خروج أي جهاز
        [one] سُجّل خروج جهاز واحد
        [two] سُجّل خروج جهازين
        [few] سُجّل خروج { $n } أجهزة
        [many] سُجّل خروج { $n } جهازًا
       *[other] سُجّل خروج { $n } جهاز
    }
activity-phone-changed = تم تغيير رقم الهاتف
activity-phone-changed-none = تم تغيير رقم الهاتف؛ لم يكن أي جهاز آخر مسجّل الدخول
activity-phone-changed-others = تم تغيير رقم الهاتف؛ { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر
        [one] سُجّل خروج جهاز آخر واحد
        [two] سُجّل خروج جهازين آخرين
        [few] سُجّل خروج { $n } أجهزة أخرى
        [many] سُجّل خروج { $n } جهازًا آخر
       *[other] سُجّل خروج { $n } جهاز آخر
    }
activity-phone-changed-to = تم تغيير رقم الهاتف إلى رقم ينتهي بـ { $last }
activity-phone-changed-to-none = تم تغيير رقم الهاتف إلى رقم ينتهي بـ { $last }؛ لم يكن أي جهاز آخر مسجّل الدخول
activity-phone-changed-to-others = تم تغيير رقم الهاتف إلى رقم ينتهي بـ { $last }؛ { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر
        [one] سُجّل خروج جهاز آخر واحد
        [two] سُجّل خروج جهازين آخرين
        [few] سُجّل خروج { $n } أجهزة أخرى
        [many] سُجّل خروج { $n } جهازًا آخر
       *[other] سُجّل خروج { $n } جهاز آخر
    }
activity-phone-change-cancelled = أُلغي تغيير رقم الهاتف
activity-two-factor-on = فُعّل تسجيل الدخول بخطوتين
activity-two-factor-off = أُوقف تسجيل الدخول بخطوتين
activity-two-factor-off-by-operator = أوقف أحد المسؤولين تسجيل الدخول بخطوتين وأزال تطبيق المصادقة ورموز الاسترداد المرتبطة به
activity-step-up-failed = أُدخلت كلمة مرور حالية خاطئة لتغيير أحد الإعدادات
activity-step-up-paused = أُوقف التحقق من كلمة المرور مؤقتًا بعد محاولات خاطئة كثيرة
activity-name-changed = تم تغيير الاسم
activity-photo-changed = تم تغيير الصورة
activity-photo-removed = أُزيلت الصورة
activity-browser-trusted = توقف تسجيل الدخول بخطوتين عن طلب رمز في { $device }
activity-browser-forgotten = لم يعد أحد المتصفحات موثوقًا: سيُطلب منه رمز مرة أخرى
activity-app-added = أُضيف تطبيق المصادقة من { $device }
activity-app-removed = أُزيل تطبيق المصادقة من { $device }
activity-passkey-added = أُضيف مفتاح مرور من { $device }
activity-passkey-removed = أُزيل مفتاح مرور من { $device }
activity-recovery-codes = أُنشئت رموز استرداد جديدة من { $device }
activity-alert-sent = أرسلنا رسالة نصية إلى رقمك بشأن هذا التغيير في حسابك
activity-alert-not-sent = تعذّر إرسال الرسالة النصية بشأن هذا التغيير في حسابك
activity-new-device-alerted = أول تسجيل دخول من { $device }: أرسلنا تنبيهًا إلى رقمك
activity-new-device-not-alerted = أول تسجيل دخول من { $device }: تعذّر إرسال التنبيه إلى رقمك

## Notices.

notice-name-saved = تم حفظ اسمك.
notice-photo-updated = تم تحديث صورتك.
notice-photo-removed = تمت إزالة صورتك.
notice-password-changed-none = تم تغيير كلمة المرور. لم يكن أي جهاز آخر مسجّل الدخول.
notice-password-changed = تم تغيير كلمة المرور. { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر لك.
        [one] سُجّل خروج جهازك الآخر.
        [two] سُجّل خروج جهازيك الآخرين.
        [few] سُجّل خروج { $n } أجهزة أخرى لك.
        [many] سُجّل خروج { $n } جهازًا آخر لك.
       *[other] سُجّل خروج { $n } جهاز آخر لك.
    }
notice-phone-code-sent = أرسلنا رمزًا إلى رقمك الجديد. أدخله أدناه لإكمال التغيير.
notice-phone-change-cancelled = أُلغي تغيير رقم الهاتف.
notice-number-changed-told-none = تم تغيير رقم هاتفك وإبلاغ رقمك القديم. لم يكن أي جهاز آخر مسجّل الدخول.
notice-number-changed-told = تم تغيير رقم هاتفك وإبلاغ رقمك القديم. { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر لك.
        [one] سُجّل خروج جهازك الآخر.
        [two] سُجّل خروج جهازيك الآخرين.
        [few] سُجّل خروج { $n } أجهزة أخرى لك.
        [many] سُجّل خروج { $n } جهازًا آخر لك.
       *[other] سُجّل خروج { $n } جهاز آخر لك.
    }
notice-number-changed-none = تم تغيير رقم هاتفك. لم يكن أي جهاز آخر مسجّل الدخول.
notice-number-changed = تم تغيير رقم هاتفك. { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر لك.
        [one] سُجّل خروج جهازك الآخر.
        [two] سُجّل خروج جهازيك الآخرين.
        [few] سُجّل خروج { $n } أجهزة أخرى لك.
        [many] سُجّل خروج { $n } جهازًا آخر لك.
       *[other] سُجّل خروج { $n } جهاز آخر لك.
    }
notice-two-factor-on = تسجيل الدخول بخطوتين مفعّل: سيتطلب تسجيل الدخول أيضًا رمزًا يُرسل إلى هاتفك.
notice-two-factor-off = تسجيل الدخول بخطوتين متوقف.
notice-session-ended = سُجّل خروج ذلك الجهاز.
notice-browser-forgotten = لم يعد ذلك المتصفح موثوقًا: سيُطلب منه رمز مرة أخرى.
notice-others-ended-none = لم يكن أي جهاز آخر مسجّل الدخول.
notice-others-ended = { $n ->
        [zero] لم يُسجَّل خروج أي جهاز آخر.
        [one] سُجّل خروج جهاز آخر واحد.
        [two] سُجّل خروج جهازين آخرين.
        [few] سُجّل خروج { $n } أجهزة أخرى.
        [many] سُجّل خروج { $n } جهازًا آخر.
       *[other] سُجّل خروج { $n } جهاز آخر.
    }
notice-password-reset = أُعيد تعيين كلمة المرور وسُجّل الخروج من كل الأجهزة. سجّل الدخول بكلمة المرور الجديدة.
notice-signed-out = لقد سجّلت الخروج.
notice-welcome = مرحبًا بك! تم التحقق من رقم هاتفك وأنت الآن مسجّل الدخول.
notice-app-setup = امسح رمز QR بتطبيق المصادقة، ثم أدخل الرمز الذي يعرضه.
notice-app-setup-cancelled = أُلغي إعداد تطبيق المصادقة.
notice-app-added = تم إعداد تطبيق المصادقة. تسجيل الدخول بخطوتين مفعّل.
notice-app-removed = أُزيل تطبيق المصادقة.
notice-recovery-codes = إليك رموز الاسترداد الجديدة. لم تعد الرموز السابقة صالحة.
notice-recovery-code-last = سجّلت الدخول بآخر رمز استرداد لديك. أنشئ رموزًا جديدة الآن، أدناه.
notice-recovery-code-used = سجّلت الدخول برمز استرداد. { $n ->
        [zero] لم يتبقَّ أي رمز استرداد.
        [one] يتبقى رمز استرداد واحد.
        [two] يتبقى رمزا استرداد.
        [few] تتبقى { $n } رموز استرداد.
        [many] يتبقى { $n } رمزًا للاسترداد.
       *[other] يتبقى { $n } رمز استرداد.
    }
notice-passkey-added = أُضيف مفتاح المرور. في المرة القادمة، سجّل الدخول به دون كتابة رقم أو كلمة مرور.
notice-passkey-renamed = أُعيدت تسمية مفتاح المرور.
notice-passkey-removed = أُزيل مفتاح المرور.

## Times on the pages: see en.ftl.

time-just-now = الآن
time-minutes-ago = { $n ->
        [zero] قبل { $n } دقيقة
        [one] قبل دقيقة واحدة
        [two] قبل دقيقتين
        [few] قبل { $n } دقائق
        [many] قبل { $n } دقيقة
       *[other] قبل { $n } دقيقة
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock }
time-clock-utc = { $clock } بتوقيت UTC
time-today-at = اليوم في { $clock }
time-yesterday-at = أمس في { $clock }
time-weekday-at = { $weekday } في { $clock }
# Earlier this year.
time-day-month-at = { $day } { $month } في { $clock }
time-date-at = { $day } { $month } { $year } في { $clock }
# The whole date (a tooltip).
time-full = { $weekday }، { $day } { $month } { $year } في { $clock }
# "Member since March 2026".
time-month-year = { $month } { $year }
time-month = { $m ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
time-weekday = { $d ->
        [1] الاثنين
        [2] الثلاثاء
        [3] الأربعاء
        [4] الخميس
        [5] الجمعة
        [6] السبت
       *[7] الأحد
    }
