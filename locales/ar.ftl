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
