# phone-auth हिन्दी में। वही कुंजियाँ जो en.ftl में हैं।

sms-code = { $app }: { $purpose ->
        [verify-phone] आपका सत्यापन कोड
        [reset-password] आपका पासवर्ड रीसेट कोड
        [change-phone] नए नंबर की पुष्टि का कोड
       *[sign-in] आपका साइन-इन कोड
    } { $code } है। यह { $minutes } मिनट में समाप्त होगा। इसे किसी को न बताएं।

voice-intro = { $purpose ->
        [verify-phone] { $app } के लिए आपका सत्यापन कोड है
        [reset-password] { $app } के लिए आपका पासवर्ड रीसेट कोड है
        [change-phone] { $app } पर नए नंबर की पुष्टि के लिए आपका कोड है
       *[sign-in] { $app } के लिए आपका साइन-इन कोड है
    }
voice-again = फिर से, आपका कोड है

alert-new-device = { $app }: आपके खाते में { $device } से नया साइन-इन हुआ। यह आप नहीं थे? अपना पासवर्ड यहाँ बदलें: { $url }
alert-unknown-device = एक नए डिवाइस
alert-factor = { $app }: { $what ->
        [authenticator-added] आपके खाते में एक ऑथेंटिकेटर ऐप जोड़ा गया
        [authenticator-removed] आपके खाते से ऑथेंटिकेटर ऐप हटाया गया
        [recovery-codes] आपके खाते के लिए नए रिकवरी कोड बनाए गए
        [passkey-added] आपके खाते में एक पासकी जोड़ी गई
        [passkey-removed] आपके खाते से एक पासकी हटाई गई
       *[two-factor-off] दो-चरणीय साइन-इन बंद किया गया और उसका ऑथेंटिकेटर ऐप और रिकवरी कोड हटाए गए
    }। यह आप नहीं थे? अपना पासवर्ड यहाँ बदलें: { $url }
notice-phone-changed = { $app }: आपके खाते का फ़ोन नंबर बदलकर { $phone } कर दिया गया। अगर यह आपने नहीं किया, तो सहायता टीम से संपर्क करें।

## पेज: हर पेज का ढाँचा (हेडर, फ़ुटर, भाषा मेन्यू)।

nav-account = खाता
nav-profile = प्रोफ़ाइल
nav-sessions = सत्र
nav-sign-in = साइन इन करें
nav-sign-up = साइन अप करें
nav-sign-out = साइन आउट करें
footer-purpose = { $app } आपके फ़ोन नंबर का इस्तेमाल सिर्फ़ आपको साइन इन कराने और आपके खाते में हुए बदलावों की जानकारी देने के लिए करता है।
language-menu = भाषा

## गड़बड़ी के वाक्य (AppError)। संख्याएँ एकवचन/बहुवचन के हिसाब से (सेकंड और मिनट दोनों में एक जैसे रहते हैं)।

err-bad-credentials = फ़ोन नंबर या पासवर्ड गलत है।
err-wrong-code = यह कोड सही नहीं है। { $tries ->
        [one] अब { $tries } प्रयास बाकी है
       *[other] अब { $tries } प्रयास बाकी हैं
    }।
err-code-expired = कोड की समय-सीमा समाप्त हो गई है। नया कोड मांगें।
err-too-many-tries = इस कोड के लिए बहुत ज़्यादा गलत प्रयास हो चुके हैं। नया कोड मांगें।
err-no-active-code = कोई सक्रिय कोड नहीं है। नया कोड मांगें।
err-cooldown = दूसरा कोड मांगने से पहले कृपया { $seconds } सेकंड रुकें।
err-too-many-sends = बहुत ज़्यादा कोड भेजे जा चुके हैं। { $minutes } मिनट बाद फिर से कोशिश करें।
err-challenge-needed = इस तरह के नंबरों पर कोड भेजने से पहले आपके ब्राउज़र को एक छोटी-सी जाँच करनी होती है। JavaScript चालू करें और फिर से कोशिश करें।
err-sends-paused = अभी हम इस तरह के नंबरों पर कोड नहीं भेज रहे हैं। { $minutes } मिनट बाद फिर से कोशिश करें।
err-too-many-sign-ins = इस नंबर से साइन इन करने के बहुत ज़्यादा प्रयास विफल हुए हैं। { $minutes } मिनट बाद फिर से कोशिश करें।
err-not-signed-in = आपका सत्र समाप्त हो गया है। कृपया फिर से साइन इन करें।
err-already-signed-in = आप पहले से साइन इन हैं।
err-session-gone = वह सत्र पहले ही समाप्त हो चुका है।
err-start-over = इस पेज की समय-सीमा समाप्त हो गई है। अपना फ़ोन नंबर फिर से डालें।
err-internal = हमारी ओर से कुछ गड़बड़ हो गई (संदर्भ { $reference })। कृपया फिर से कोशिश करें।
err-unavailable = यह सेवा अभी उपलब्ध नहीं है। कृपया एक मिनट बाद फिर से कोशिश करें।
err-busy = यह सेवा अभी व्यस्त है। कृपया थोड़ी देर में फिर से कोशिश करें।
err-delivery-invalid-number = यह फ़ोन नंबर मान्य नहीं है।
err-delivery-region = हम इस नंबर के क्षेत्र में मैसेज नहीं भेज सकते।
err-delivery-opted-out = इस नंबर पर मैसेज पाना बंद किया गया है। इन्हें फिर से चालू करने के लिए START लिखकर SMS भेजें।
err-delivery-too-many = इस नंबर के लिए बहुत ज़्यादा कोड मांगे गए हैं। बाद में फिर से कोशिश करें।
err-delivery-too-many-checks = कोड की बहुत ज़्यादा बार जाँच हो चुकी है। कुछ देर बाद नया कोड मांगें।
err-delivery-locked = इस नंबर के लिए बहुत ज़्यादा गलत कोड डाले गए हैं। 10 मिनट रुकें, फिर नया कोड मांगें।
err-delivery-misconfigured = कोड नहीं भेजा जा सका, बाद में फिर से कोशिश करें।
err-delivery-no-voice = यहाँ वॉइस कॉल पर कोड पढ़कर नहीं सुनाया जा सकता। SMS चुनें।
err-delivery-unavailable = कोड नहीं भेजा जा सका, फिर से कोशिश करें।
err-delivery-check-unavailable = अभी कोड की जाँच नहीं हो सकी, फिर से कोशिश करें।
live-err-transport = अनुरोध पूरा नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।

## किसी फ़ील्ड में क्या गलत है (AppError::Invalid): सेवाएँ इन्हें अंग्रेज़ी में लिखती हैं;
## पेज इन्हें अपनी भाषा में दिखाता है। फ़ोन फ़ील्ड वाले ब्राउज़र में भी जाँचे जाते हैं (live-)।

live-err-phone-empty = अपना फ़ोन नंबर डालें।
live-err-phone-no-country = अपने फ़ोन नंबर का देश चुनें, या नंबर को + और देश कोड के साथ लिखें।
live-err-phone-invalid = यह मान्य फ़ोन नंबर नहीं है।
live-err-phone-not-mobile = इस नंबर पर SMS नहीं आ सकते। मोबाइल नंबर इस्तेमाल करें।
live-err-phone-country-not-allowed = इस देश के फ़ोन नंबर स्वीकार नहीं किए जाते।
invalid-password-short = अपने पासवर्ड में कम से कम 8 वर्ण रखें।
invalid-password-long = अपने पासवर्ड में ज़्यादा से ज़्यादा 128 वर्ण रखें।
invalid-password-common = यह पासवर्ड बहुत आम है, ऐसा पासवर्ड चुनें जिसका अंदाज़ा लगाना मुश्किल हो।
invalid-password-mismatch = दोनों पासवर्ड मेल नहीं खाते।
invalid-password-wrong = वह पासवर्ड सही नहीं है।
invalid-password-empty = अपना पासवर्ड डालें।
invalid-current-password-wrong = आपका मौजूदा पासवर्ड सही नहीं है।
invalid-code-empty = 6 अंकों का कोड डालें।
invalid-code-digits = कोड 6 अंकों का होता है।
invalid-name-long = आपका नाम ज़्यादा से ज़्यादा 64 वर्णों का हो सकता है।
invalid-name-characters = आपके नाम में ऐसे वर्ण हैं जिनकी अनुमति नहीं है।
invalid-phone-same = यह पहले से आपका नंबर है।
invalid-phone-taken = यह नंबर किसी दूसरे खाते से जुड़ा है।
invalid-verify-before-2fa = दो-चरणीय साइन-इन चालू करने से पहले अपना फ़ोन नंबर सत्यापित करें।
invalid-verify-first = पहले अपना फ़ोन नंबर सत्यापित करें।
invalid-app-exists = आपके पास पहले से एक ऑथेंटिकेटर ऐप है। दूसरा जोड़ने के लिए पहले उसे हटाएँ।
invalid-setup-expired = सेटअप की समय-सीमा समाप्त हो गई है। फिर से शुरू करें।
invalid-2fa-first = पहले दो-चरणीय साइन-इन चालू करें।
invalid-no-app = इस खाते में कोई ऑथेंटिकेटर ऐप नहीं है। कोई दूसरा तरीका चुनें।
invalid-app-code-used = वह कोड पहले ही इस्तेमाल हो चुका है। अपने ऐप में अगले कोड का इंतज़ार करें।
invalid-recovery-wrong = वह रिकवरी कोड सही नहीं है, या पहले ही इस्तेमाल हो चुका है।
invalid-app-code-wrong = वह कोड सही नहीं है। आपका ऑथेंटिकेटर ऐप अभी जो कोड दिखा रहा है, वह डालें।
invalid-recovery-format = रिकवरी कोड में 10 अक्षर और अंक होते हैं, जैसे abcde-12345।
invalid-recovery-empty = अपने रिकवरी कोड में से कोई एक डालें।
invalid-passkeys-off = इस साइट पर पासकी उपलब्ध नहीं हैं।
invalid-passkey-expired = इसमें बहुत ज़्यादा समय लग गया, या पेज दो बार इस्तेमाल हुआ। फिर से कोशिश करें।
invalid-passkey-not-passkey = ब्राउज़र का जवाब पासकी नहीं था। फिर से कोशिश करें।
invalid-passkey-name-long = पासकी का नाम ज़्यादा से ज़्यादा 64 वर्णों का हो सकता है।
invalid-passkey-name-control = पासकी के नाम में कंट्रोल वर्ण नहीं हो सकते।
invalid-passkey-too-many = एक खाते में ज़्यादा से ज़्यादा 20 पासकी हो सकती हैं। पहले एक हटाएँ।
invalid-passkey-unchecked = पासकी की जाँच नहीं हो सकी। फिर से कोशिश करें।
invalid-passkey-added-already = यह पासकी पहले से जोड़ी हुई है।
invalid-passkey-unknown = यह पासकी अब इस साइट के किसी भी खाते से जुड़ी नहीं है।
invalid-passkey-none = इस खाते में कोई पासकी नहीं है। कोई दूसरा तरीका चुनें।
invalid-passkey-removed = यह पासकी हटा दी गई है।
invalid-photo-unreadable-upload = अपलोड की गई फ़ाइल पढ़ी नहीं जा सकी। फिर से कोशिश करें।
invalid-photo-empty = अपलोड करने के लिए कोई फ़ोटो चुनें।
invalid-photo-too-large = फ़ोटो 2 MB से बड़ी है। कोई छोटी फ़ोटो चुनें।
invalid-photo-not-picture = यह फ़ाइल PNG, JPEG या WebP तस्वीर नहीं है।
invalid-photo-too-many-pixels = यह तस्वीर बहुत बड़ी है: ज़्यादा से ज़्यादा 4096 × 4096 पिक्सेल।
invalid-photo-damaged = यह तस्वीर पढ़ी नहीं जा सकी। हो सकता है कि फ़ाइल खराब हो।

# auth: home, sign-up, verify, sign-in, code sign-in, reset, not found, guards (Hindi).

## Home page (/): the signed-in summary, the pending account, and the welcome of a visitor.

home-loading = लोड हो रहा है…
home-welcome-back = आपका फिर से स्वागत है
home-welcome-back-name = { $name }, आपका फिर से स्वागत है
home-signed-in-as-before = आप इस नंबर से साइन इन हैं:{ " " }
home-signed-in-as-after = ।
home-signed-in-as-after-name = { " " }({ $name })।
home-fact-phone = फ़ोन नंबर:{ " " }
home-phone-verified = सत्यापित
home-phone-not-verified = सत्यापित नहीं
home-fact-two-factor = दो-चरणीय साइन-इन:{ " " }
home-two-factor-on = चालू
home-two-factor-off = बंद
home-member-since = { $month ->
        [1] जनवरी
        [2] फ़रवरी
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुलाई
        [8] अगस्त
        [9] सितंबर
        [10] अक्टूबर
        [11] नवंबर
       *[12] दिसंबर
    } { $year } से सदस्य
home-profile = आपकी प्रोफ़ाइल
home-pending-title = बस थोड़ा और
home-pending-before = साइन अप पूरा करने के लिए, हमारे भेजे गए कोड से{ " " }
home-pending-after = { " " }की पुष्टि करें।
home-pending-enter-code = कोड डालें
home-title = अपने फ़ोन नंबर से साइन इन करें
home-lead = { $app } आपके खाते को उसी फ़ोन से सुरक्षित रखता है जो आप पहले से साथ रखते हैं: आपका खाता आपका मोबाइल नंबर और एक पासवर्ड है, और उस नंबर पर भेजा गया 6 अंकों का कोड साबित करता है कि नंबर आपका ही है।
home-signup = खाता बनाएँ
home-signin = साइन इन करें
home-how-title = साइन अप कैसे होता है
home-how-step-1 = अपना मोबाइल नंबर डालें और एक पासवर्ड चुनें।
home-how-step-2 = हम SMS से 6 अंकों का कोड भेजते हैं, या आप चाहें तो वॉइस कॉल में उसे पढ़कर सुनाते हैं।
home-how-step-3 = कुछ ही मिनटों के भीतर कोड टाइप करें। आपका नंबर सत्यापित हो जाएगा और आप साइन इन हो जाएँगे।
home-ways-title = साइन इन करने के तरीके
home-ways-password = आपका नंबर और आपका पासवर्ड।
home-ways-code-before = आपके नंबर पर भेजा गया{ " " }
home-ways-code-link = एक बार इस्तेमाल होने वाला कोड
home-ways-code-after = , पासवर्ड की ज़रूरत नहीं।
home-ways-both = दोनों, जब आपकी प्रोफ़ाइल में दो-चरणीय साइन-इन चालू हो।
home-ways-reset-before = पासवर्ड भूल गए?{ " " }
home-ways-reset-link = कोड से उसे रीसेट करें
home-ways-reset-after = ।
home-private-title = आपका नंबर निजी रहता है
home-private-never-say = हम कभी नहीं बताते कि किसी नंबर का खाता है या नहीं: हर पेज किसी भी नंबर के लिए एक जैसा जवाब देता है, इसलिए कोई भी इस साइट से यह पता नहीं लगा सकता कि आपका यहाँ खाता है या नहीं।
home-private-once = हर कोड सिर्फ़ एक बार, कुछ ही मिनटों के लिए, और सिर्फ़ उसी चरण के लिए काम करता है जिसके लिए वह भेजा गया था।

## Sign-up page (/signup). The live- words are drawn by the sign-up and sign-in forms (islands).

signup-title = खाता बनाएँ
signup-have-account = क्या आपका खाता पहले से है?{ " " }
signup-signin-link = साइन इन करें
live-auth-password = पासवर्ड
live-auth-password-hint = कम से कम 8 अक्षर। लंबे वाक्यांश अच्छे रहते हैं।
live-auth-confirm-password = पासवर्ड की पुष्टि करें
live-auth-name = आपका नाम{ " " }
live-auth-optional = (वैकल्पिक)

## Submit buttons of the sign-up and sign-in forms (label, and while the request runs).

live-auth-signup-submit = खाता बनाएँ
live-auth-signup-busy = खाता बनाया जा रहा है…
live-auth-signin-submit = साइन इन करें
live-auth-signin-busy = साइन इन हो रहा है…

## Code page of a new account (/verify).

verify-title = अपना कोड डालें
verify-nothing-before = सत्यापित करने के लिए कुछ नहीं है।{ " " }
verify-nothing-link = साइन इन करें
verify-nothing-after = ।

## Sign-in page (/signin).

signin-title = साइन इन करें
signin-or = या
signin-code-link = इसके बजाय कोड से साइन इन करें
signin-reset-link = पासवर्ड भूल गए?
signin-new-here = यहाँ नए हैं?{ " " }
signin-signup-link = खाता बनाएँ

## Passwordless sign-in (/signin/code) and its password step.

signincode-title = कोड से साइन इन करें
signincode-intro = हम आपके नंबर पर SMS से 6 अंकों का कोड भेजते हैं। पासवर्ड की ज़रूरत नहीं।
signincode-password-link = अपने पासवर्ड से साइन इन करें
signincode-signup-link = खाता बनाएँ
signincode-step-title = बस एक और चरण
signincode-step-intro = आपका कोड सही था। इस खाते के लिए दो-चरणीय साइन-इन चालू है, इसलिए अपना पासवर्ड भी डालें।
signincode-password = पासवर्ड
signincode-step-cancel = रद्द करें और फिर से शुरू करें
signincode-step-submit = साइन इन करें
signincode-restart = दूसरा नंबर इस्तेमाल करें

## Password reset (/reset-password).

reset-title = अपना पासवर्ड रीसेट करें
reset-intro = अपने खाते का नंबर डालें। नया पासवर्ड सेट करने के लिए हम आपको SMS से एक कोड भेजेंगे।
reset-back = साइन इन पर वापस जाएँ

## Page not found.

notfound-title = पेज नहीं मिला
notfound-heading = पेज नहीं मिला
notfound-before = इस पते पर कुछ नहीं है।{ " " }
notfound-link = होम पेज पर जाएँ
notfound-after = ।

## Guards: waiting for the session, and the app an OIDC sign-in continues to (in <strong>).

guard-loading = लोड हो रहा है…
guard-continue-to-before = { "" }
guard-continue-to-after = { " " }पर जारी रखने के लिए

## Profile page (/profile), drawn on the server.

profile-title = आपकी प्रोफ़ाइल
profile-account = खाता
profile-phone-number = फ़ोन नंबर
profile-verified = सत्यापित
profile-not-verified = सत्यापित नहीं
profile-name = नाम
profile-member-since = सदस्य कब से
profile-photo = प्रोफ़ाइल फ़ोटो
profile-photo-alt = आपकी प्रोफ़ाइल फ़ोटो
profile-remove-photo = फ़ोटो हटाएँ
profile-security = सुरक्षा
profile-password = पासवर्ड
profile-password-hint = इसे बदलने पर आप अपने दूसरे डिवाइस से साइन आउट हो जाएँगे।
profile-your-name = आपका नाम
profile-optional = (वैकल्पिक)
profile-save-name = नाम सहेजें

profile-apps-title = कनेक्ट किए गए ऐप
profile-apps-hint = ये ऐप आपको इस खाते से साइन इन कराते हैं। किसी ऐप को डिस्कनेक्ट करने पर आपके खाते तक उसकी पहुँच खत्म हो जाती है; अगली बार इस्तेमाल करने पर वह फिर से अनुमति माँगेगा।
profile-app-knows = { $what } जानता है
profile-knows-phone-name = आपका फ़ोन नंबर और नाम
profile-knows-phone = आपका फ़ोन नंबर
profile-knows-name = आपका नाम
profile-knows-identity = आपकी पहचान
profile-app-allowed-before = { "" }
profile-app-allowed-after = अनुमति दी गई
profile-app-disconnect = डिस्कनेक्ट करें

profile-2fa-title = दो-चरणीय साइन-इन
profile-2fa-is-before = दो-चरणीय साइन-इन
profile-2fa-on = चालू
profile-2fa-off = बंद
profile-2fa-is-after = है।
profile-2fa-on-text = पासवर्ड के बाद, साइन इन करने के लिए एक दूसरा चरण भी ज़रूरी है: आपके फ़ोन पर भेजा गया कोड, आपके ऑथेंटिकेटर ऐप का कोड, या कोई रिकवरी कोड।
profile-2fa-off-text = इसे चालू करने पर, पासवर्ड से साइन इन करने के लिए आपके फ़ोन पर भेजा गया कोड भी ज़रूरी होगा।
profile-2fa-off-hint = इसे बंद करने से आपका ऑथेंटिकेटर ऐप और रिकवरी कोड भी हट जाते हैं।
profile-2fa-turn-on = दो-चरणीय साइन-इन चालू करें

profile-app-title = ऑथेंटिकेटर ऐप
profile-app-none-hint = Google Authenticator, Microsoft Authenticator या 1Password जैसा ऐप हर 30 सेकंड में एक नया कोड बनाता है, बिना नेटवर्क सिग्नल के। ऐसा ऐप सेट अप करने से दो-चरणीय साइन-इन चालू हो जाता है।
profile-app-added-before = { "" }
profile-app-added-after = जोड़ा गया
profile-app-used-before = ,
profile-app-used-after = आख़िरी बार इस्तेमाल किया गया
profile-app-end = ।
profile-app-scan = इस QR कोड को अपने ऑथेंटिकेटर ऐप से स्कैन करें।
profile-app-qr-label = आपके ऑथेंटिकेटर ऐप के लिए QR कोड
profile-app-key-before = स्कैन नहीं हो रहा? इसकी जगह ऐप में यह कुंजी डालें (समय-आधारित):
profile-app-open-link = इस डिवाइस पर किसी ऑथेंटिकेटर ऐप में खोलें
profile-app-enter-code = ऐप में दिख रहा 6 अंकों का कोड डालें।
profile-app-cancel = सेट-अप रद्द करें

profile-passkeys-title = पासकी
profile-passkeys-hint = पासकी से आप अपने फ़िंगरप्रिंट, चेहरे या स्क्रीन लॉक से साइन इन करते हैं: न कोई नंबर या पासवर्ड टाइप करना पड़ता है, न ही कुछ ऐसा होता है जिसे कोई नकली साइट चुरा सके। दो-चरणीय साइन-इन चालू होने पर, यह दोनों चरण एक साथ पूरे कर देती है।
profile-passkey-added-before = { "" }
profile-passkey-added-after = जोड़ी गई
profile-passkey-used-before = { "" }
profile-passkey-used-after = आख़िरी बार इस्तेमाल की गई
profile-passkey-unused = अभी तक इस्तेमाल नहीं की गई
profile-passkey-edit = नाम बदलें या हटाएँ
profile-passkey-rename = नाम बदलें
profile-passkey-remove-password = मौजूदा पासवर्ड (इसे हटाने के लिए)
profile-passkey-remove = यह पासकी हटाएँ
profile-passkey-needs-js = पासकी जोड़ने के लिए JavaScript ज़रूरी है।

profile-recovery-title = रिकवरी कोड
profile-recovery-save = ये कोड अभी सहेज लें: ये सिर्फ़ इसी बार दिखाए जाएँगे।
profile-recovery-save-why = अगर आपका फ़ोन पास न हो, तो हर कोड से आप भेजे गए कोड की जगह एक बार साइन इन कर सकते हैं।
profile-recovery-download = टेक्स्ट फ़ाइल के रूप में डाउनलोड करें
profile-recovery-file-title = { $app } रिकवरी कोड
profile-recovery-file-note = हर कोड सिर्फ़ एक बार काम करता है।
profile-recovery-none = आपके पास कोई रिकवरी कोड नहीं है। कुछ कोड बनाएँ: अगर आपका फ़ोन पास न हो, तो हर कोड से आप एक बार साइन इन कर सकते हैं।
profile-recovery-used-up = आपने अपने सभी रिकवरी कोड इस्तेमाल कर लिए हैं। नए कोड बनाएँ।
profile-recovery-left =
    { $n ->
        [one] 1 रिकवरी कोड बचा है।
       *[other] { $n } रिकवरी कोड बचे हैं।
    }
profile-recovery-replace = नए कोड पहले के सभी कोड की जगह ले लेते हैं।

profile-current-password = मौजूदा पासवर्ड
profile-new-password = नया पासवर्ड
profile-new-password-hint = कम से कम 8 अक्षर। लंबे वाक्यांश अच्छे रहते हैं।
profile-confirm-password = नए पासवर्ड की पुष्टि करें
profile-change-password = पासवर्ड बदलें

profile-phone-change-title = फ़ोन नंबर बदलें
profile-phone-pending = नए नंबर पर भेजा गया कोड डालते ही आपका नंबर बदल जाएगा।
profile-phone-cancel = बदलाव रद्द करें
profile-phone-hint = हम नए नंबर पर एक कोड भेजते हैं। आपके पुराने नंबर को इसकी सूचना दी जाती है, और आप अपने दूसरे डिवाइस से साइन आउट हो जाते हैं।

profile-activity-title = हाल की गतिविधि
profile-activity-was-you = क्या यह आप थे?

profile-devices-title = डिवाइस
profile-devices-only-this = आप सिर्फ़ इसी डिवाइस पर साइन इन हैं।
profile-devices-count =
    { $n ->
        [one] आप { $n } डिवाइस पर साइन इन हैं।
       *[other] आप { $n } डिवाइस पर साइन इन हैं।
    }
profile-devices-more =
    { $n ->
        [one] और { $n } डिवाइस
       *[other] और { $n } डिवाइस
    }
profile-this-device = यह डिवाइस
profile-device-active-before = { "" }
profile-device-active-after = आख़िरी बार सक्रिय
profile-devices-review = अपने डिवाइस देखें

## Profile page islands.

live-profile-photo-choose = कोई तस्वीर चुनें
live-profile-photo-hint = PNG, JPEG या WebP, 2 MB तक। यह ज़्यादा से ज़्यादा 256 × 256 पिक्सेल में दिखाई जाती है।
live-profile-photo-upload = फ़ोटो अपलोड करें
live-profile-photo-uploading = अपलोड हो रही है…
live-profile-new-phone = नया फ़ोन नंबर
live-profile-current-password = मौजूदा पासवर्ड
live-profile-send-code = नए नंबर पर कोड भेजें
live-profile-sending = भेजा जा रहा है…

## Passkey island.

live-passkey-add = पासकी जोड़ें
live-passkey-sign-in = पासकी से साइन इन करें
live-passkey-use = पासकी इस्तेमाल करें
live-passkey-name-it = इसे नाम दें
live-passkey-optional = (वैकल्पिक)
live-passkey-name-placeholder = जैसे, ऑफ़िस का लैपटॉप
live-passkey-current-password = मौजूदा पासवर्ड
live-passkey-err-options = पासकी के विकल्प पढ़े नहीं जा सके। फिर से कोशिश करें।
live-passkey-err-unsupported = यह ब्राउज़र पासकी इस्तेमाल नहीं कर सकता।
live-passkey-err-bad-options = यह ब्राउज़र इन पासकी विकल्पों का इस्तेमाल नहीं कर सकता।
live-passkey-err-not-used = किसी पासकी का इस्तेमाल नहीं हुआ। फिर से कोशिश करें, या कोई दूसरा तरीका चुनें।
live-passkey-err-exists = इस डिवाइस पर आपके खाते के लिए पहले से एक पासकी है।
live-passkey-err-failed = पासकी काम नहीं कर सकी। फिर से कोशिश करें, या कोई दूसरा तरीका चुनें।
live-passkey-err-answer = पासकी का जवाब पढ़ा नहीं जा सका।

## The code step (islands: live- words, no plural forms), the two-factor step, the
## second factors' forms, and the forms' shared words.

## The code's status block (code.rs).

live-code-live-account-before = अगर{ " " }
live-code-live-account-after = { " " }से कोई खाता जुड़ा है, तो हमने उस पर 6 अंकों का कोड भेजा है।
live-code-live-account-after-at = { " " }से कोई खाता जुड़ा है, तो हमने उस पर 6 अंकों का कोड भेजा है (समय: { $time })।
live-code-live-before = हमने{ " " }
live-code-live-after = { " " }पर 6 अंकों का कोड भेजा है।
live-code-live-after-at = { " " }पर 6 अंकों का कोड भेजा है (समय: { $time })।
live-code-expired-before = { "" }
live-code-expired-after = { " " }को भेजे गए कोड की समय-सीमा समाप्त हो गई है। नया कोड माँगें।
live-code-expired-after-at = { " " }को { $time } पर भेजे गए कोड की समय-सीमा समाप्त हो गई है। नया कोड माँगें।
live-code-spent-before = { "" }
live-code-spent-after = { " " }को भेजा गया कोड बहुत बार गलत डाला गया और अब काम नहीं करता। नया कोड माँगें।
live-code-missing-before = { "" }
live-code-missing-after = { " " }के लिए कोई कोड प्रतीक्षा में नहीं है। नया कोड माँगें।
live-code-expires-in-before = यह{ " " }
live-code-expires-in-after = { " " }में समाप्त होगा
live-code-expires-at = यह { $time } पर समाप्त होगा।
live-code-expires-about-one = कोड लगभग 1 मिनट में समाप्त होगा।
live-code-expires-about = कोड लगभग { $minutes } मिनट में समाप्त होगा।
live-code-expired-spoken = कोड की समय-सीमा समाप्त हो गई है।
live-code-delivered-at = { $time } पर आपके फ़ोन पर पहुँच गया।
live-code-delivered = आपके फ़ोन पर पहुँच गया।
live-code-undelivered-voice = आपका मोबाइल ऑपरेटर संदेश नहीं पहुँचा सका। वॉइस कॉल आज़माएँ।
live-code-undelivered = आपका मोबाइल ऑपरेटर संदेश नहीं पहुँचा सका। नया कोड माँगें।

## The code form and the resend form.

live-code-label = 6 अंकों का कोड
live-code-verify = सत्यापित करें
live-code-sign-in = साइन इन करें
live-code-set-password = नया पासवर्ड सेट करें
live-code-change-number = मेरा नंबर बदलें
live-code-new-password = नया पासवर्ड
live-code-password-hint = कम से कम 8 अक्षर। लंबे वाक्यांश अच्छे रहते हैं।
live-code-confirm-password = नए पासवर्ड की पुष्टि करें
live-code-checking = जाँच हो रही है…
live-code-saving = सहेजा जा रहा है…
live-code-resend-by = नया कोड इससे भेजें:
live-code-by-sms = SMS
live-code-by-voice = वॉइस कॉल
live-code-new-code-in = नए कोड के लिए प्रतीक्षा करें:{ " " }
live-code-send-new = नया कोड भेजें
live-code-resend-from = आप { $time } से नया कोड माँग सकते हैं।
live-code-resent = नया कोड भेजा जा रहा है।
live-code-send-me = मुझे कोड भेजें
live-code-sending = भेजा जा रहा है…

## Shared form words (fields.rs).

form-loading = लोड हो रहा है…
form-session-ended-before = आपका सत्र समाप्त हो गया है। फिर से{ " " }
form-session-ended-link = साइन इन करें
form-session-ended-after = ।

## The second factors' forms (factors.rs).

factors-current-password-off = मौजूदा पासवर्ड (इसे बंद करने के लिए)
factors-turn-off = दो-चरणीय साइन-इन बंद करें
factors-current-password = मौजूदा पासवर्ड
factors-add-app = ऑथेंटिकेटर ऐप सेट अप करें
factors-current-password-remove = मौजूदा पासवर्ड (इसे हटाने के लिए)
factors-remove-app = ऑथेंटिकेटर ऐप हटाएँ
factors-new-recovery-codes = नए रिकवरी कोड बनाएँ
factors-finish-set-up = सेट अप पूरा करें
factors-sign-in = साइन इन करें
factors-recovery-code = रिकवरी कोड
factors-recovery-code-hint = 10 अक्षर और अंक, जैसे abcde-12345। हर कोड सिर्फ़ एक बार काम करता है।
factors-app-code = आपके ऑथेंटिकेटर ऐप का 6 अंकों का कोड
factors-app-code-hint = ऐप हर 30 सेकंड में नया कोड दिखाता है।
factors-trust-browser = इस ब्राउज़र पर { $days } दिन तक कोड न माँगें
factors-copy-codes = कोड कॉपी करें

## The two-factor step (/signin/2fa).

twofa-title = दो-चरणीय साइन-इन
twofa-heading = बस एक और चरण
twofa-none-before = दूसरे चरण की प्रतीक्षा में कोई साइन-इन नहीं है।{ " " }
twofa-none-link = साइन इन करें
twofa-none-after = ।
twofa-cancel = रद्द करें और साइन आउट करें
twofa-intro-sms-sent = आपका पासवर्ड सही था। इस खाते के लिए दो-चरणीय साइन-इन चालू है, इसलिए हमने आपके फ़ोन पर जो कोड भेजा है, वह भी डालें।
twofa-intro-sms = आपका पासवर्ड सही था। इस खाते के लिए दो-चरणीय साइन-इन चालू है: हम आपके फ़ोन पर SMS से कोड भेज सकते हैं।
twofa-text-me = मुझे SMS से कोड भेजें
twofa-intro-app = आपका पासवर्ड सही था। इस खाते के लिए आपका ऑथेंटिकेटर ऐप जो कोड दिखा रहा है, उसे डालें।
twofa-intro-passkey = आपका पासवर्ड सही था। साइन इन पूरा करने के लिए अपनी किसी पासकी का इस्तेमाल करें।
twofa-passkey-needs-scripts = पासकी के लिए इस ब्राउज़र में JavaScript ज़रूरी है: नीचे कोई दूसरा तरीका चुनें।
twofa-intro-recovery = आपका पासवर्ड सही था। सहेजे गए रिकवरी कोड में से कोई एक डालें। हर कोड सिर्फ़ एक बार काम करता है।
twofa-other-ways = साइन इन करने के दूसरे तरीके
twofa-use-sms = इसके बजाय मुझे SMS से कोड भेजें
twofa-use-app = इसके बजाय अपने ऑथेंटिकेटर ऐप का इस्तेमाल करें
twofa-use-passkey = इसके बजाय पासकी का इस्तेमाल करें
twofa-use-recovery = इसके बजाय रिकवरी कोड का इस्तेमाल करें

## The phone number fields (an island: every message is live-). The country list's
## names are CLDR's (locales/countries.tsv), not messages.

live-phone-label = फ़ोन नंबर
live-phone-country = देश
live-phone-placeholder = { $sample } या +{ $code } …
live-phone-placeholder-none = + और देश का कोड, फिर नंबर
live-phone-chosen = देश: { $country } +{ $code }
live-phone-none-chosen = देश: कोई नहीं चुना गया
live-phone-search = देश खोजें
live-phone-search-placeholder = देश या +कोड खोजें
live-phone-list = देशों की सूची
live-phone-no-match = कोई देश मेल नहीं खाता।

## OpenID pages (src/server/routes/oidc.rs): the error page, the consent question and the
## sign-out question.

oidc-error-title = साइन-इन अनुरोध अस्वीकार किया गया
oidc-error-heading = यह साइन-इन अनुरोध पूरा नहीं किया जा सकता
oidc-error-home = होम पेज पर जाएँ
oidc-error-damaged = यह साइन-इन अनुरोध रास्ते में खराब हो गया। ऐप्लिकेशन से फिर से शुरू करें।
oidc-error-param-twice = अनुरोध में { $param } पैरामीटर दो बार दिया गया है।
oidc-error-no-client-id = अनुरोध में यह नहीं बताया गया है कि कौन-सा ऐप्लिकेशन पूछ रहा है (client_id नहीं है)।
oidc-error-unknown-client = जिस ऐप्लिकेशन ने आपको यहाँ भेजा है, वह इस सेवा में पंजीकृत नहीं है।
oidc-error-no-redirect-uri = अनुरोध में यह नहीं बताया गया है कि आपको वापस कहाँ भेजना है (redirect_uri नहीं है)।
oidc-error-unregistered-redirect = ऐप्लिकेशन ने आपको ऐसे पते पर वापस भेजने को कहा है जो उसने पंजीकृत नहीं किया है।
oidc-error-two-clients = साइन आउट अनुरोध में दो अलग-अलग ऐप्लिकेशन के नाम हैं।
oidc-error-unregistered-logout-redirect = ऐप्लिकेशन ने आपको ऐसे पते पर भेजने को कहा है जो उसने पंजीकृत नहीं किया है।
oidc-error-foreign-id-token = साइन आउट अनुरोध में ऐसा ID टोकन है जो इस सेवा ने जारी नहीं किया है।
oidc-error-session-ended = आपका सत्र समाप्त हो गया है। ऐप्लिकेशन से फिर से शुरू करें।
oidc-error-bad-return-address = आपको वापस भेजने का पता मान्य नहीं है।

oidc-consent-title = { $client } को अनुमति दें?
oidc-consent-heading = { $knows ->
        [phone-name] { $client } आपका फ़ोन नंबर और नाम जानना चाहता है
        [phone] { $client } आपका फ़ोन नंबर जानना चाहता है
        [name] { $client } आपका नाम जानना चाहता है
       *[nothing] { $client } जानना चाहता है कि आप कौन हैं
    }
oidc-consent-signed-in-as = आप { $who } के रूप में साइन इन हैं।
oidc-consent-will-know = { $knows ->
        [phone-name] { $client } को आपका फ़ोन नंबर और नाम पता चलेगा।
        [phone] { $client } को आपका फ़ोन नंबर पता चलेगा।
        [name] { $client } को आपका नाम पता चलेगा।
       *[nothing] { $client } को पता चलेगा कि आप कौन हैं।
    }
oidc-consent-offline = यह ऐप्लिकेशन तब तक जुड़ा रहेगा जब तक आप इसे अपने प्रोफ़ाइल पेज पर डिस्कनेक्ट नहीं करते।
oidc-consent-allow = अनुमति दें
oidc-consent-deny = अस्वीकार करें
oidc-consent-aside-before = आप इसे कभी भी अपनी{ " " }
oidc-consent-aside-link = प्रोफ़ाइल
oidc-consent-aside-after = { " " }पर डिस्कनेक्ट कर सकते हैं।

oidc-logout-title = { $app } से साइन आउट करें?
oidc-logout-client-asks = { $client } इस डिवाइस पर आपको { $app } से साइन आउट करने का अनुरोध कर रहा है।
oidc-logout-app-asks = एक ऐप्लिकेशन इस डिवाइस पर आपको { $app } से साइन आउट करने का अनुरोध कर रहा है।
oidc-logout-confirm = साइन आउट करें
oidc-logout-stay = साइन इन रहें

## Sessions page (/sessions).

sessions-title = आपके सत्र
sessions-devices-title = साइन-इन किए हुए डिवाइस
sessions-devices-hint = जिस डिवाइस को आप नहीं पहचानते, उससे साइन आउट करें, फिर अपना पासवर्ड बदलें।
sessions-end-others = बाकी सभी डिवाइस से साइन आउट करें
sessions-end-all = हर जगह से साइन आउट करें
sessions-this-device = यह डिवाइस
sessions-this-browser = यह ब्राउज़र
sessions-ip = IP पता
sessions-signed-in = साइन इन किया
sessions-last-active = पिछली बार सक्रिय
sessions-sign-out = साइन आउट करें
sessions-end-session = सत्र समाप्त करें
sessions-sign-out-label = साइन आउट करें: { $device }, IP { $ip }
sessions-end-session-label = सत्र समाप्त करें: { $device }, IP { $ip }
sessions-waiting-code = पासवर्ड डाला गया, कोड की प्रतीक्षा है
sessions-waiting-password = कोड डाला गया, पासवर्ड की प्रतीक्षा है
sessions-waiting-verify = फ़ोन नंबर सत्यापित किया जा रहा है
sessions-trusted-title = भरोसेमंद ब्राउज़र
sessions-trusted-hint = दिखाई गई तारीख तक दो-चरणीय साइन-इन इन ब्राउज़र से कोई कोड नहीं माँगता। जिसे अब आप इस्तेमाल नहीं करते, उसे भूल जाएँ; पासवर्ड बदलने पर ये सभी भुला दिए जाते हैं।
sessions-trusted-at = भरोसेमंद बनाया गया
sessions-trusted-until = कब तक
sessions-forget = भूल जाएँ
sessions-forget-label = { $device }, IP { $ip }, को भूल जाएँ

## Devices.

device-on = { $browser } ({ $os })
device-unknown-browser = अज्ञात ब्राउज़र
device-unknown = अज्ञात डिवाइस

## Security activity (profile). $device is followed by पर or से: activity-unknown-device
## is in the oblique form.

activity-unknown-device = किसी अज्ञात डिवाइस
activity-sign-up = { $device } पर खाता बनाया गया
activity-sign-up-existing = किसी ने आपके नंबर से खाता बनाने की कोशिश की
activity-phone-verified = फ़ोन नंबर सत्यापित किया गया
activity-sign-in = { $device } पर साइन इन किया गया
activity-sign-in-code = { $device } पर कोड से साइन इन किया गया
activity-sign-in-password-code = { $device } पर आपके पासवर्ड और एक कोड से साइन इन किया गया
activity-sign-in-code-password = { $device } पर एक कोड और आपके पासवर्ड से साइन इन किया गया
activity-sign-in-after-verification = { $device } पर आपका नंबर सत्यापित करने के बाद साइन इन किया गया
activity-sign-in-password-trusted = { $device } पर आपके पासवर्ड से साइन इन किया गया (भरोसेमंद ब्राउज़र)
activity-sign-in-code-trusted = { $device } पर कोड से साइन इन किया गया (भरोसेमंद ब्राउज़र)
activity-sign-in-password-app = { $device } पर आपके पासवर्ड और ऑथेंटिकेटर ऐप से साइन इन किया गया
activity-sign-in-password-recovery = { $device } पर आपके पासवर्ड और एक रिकवरी कोड से साइन इन किया गया
activity-sign-in-passkey = { $device } पर पासकी से साइन इन किया गया
activity-sign-in-password-passkey = { $device } पर आपके पासवर्ड और एक पासकी से साइन इन किया गया
activity-wrong-code = गलत साइन-इन कोड डाला गया
activity-code-without-password = केवल कोड से किया गया साइन-इन अस्वीकार किया गया: दो-चरणीय साइन-इन चालू है
activity-wrong-password = गलत पासवर्ड आज़माया गया
activity-sign-in-paused = बहुत सारे गलत पासवर्ड के बाद साइन-इन रोका गया
activity-password-ok = { $device } पर पासवर्ड डाला गया, दूसरा चरण माँगा गया
activity-code-ok = { $device } पर साइन-इन कोड डाला गया, पासवर्ड माँगा गया
activity-test-code = इस टेस्ट नंबर के लिए कोड जारी किया गया: इसका कोड तय है, कुछ नहीं भेजा गया
activity-code-verify-phone = आपका नंबर सत्यापित करने का कोड
activity-code-sign-in = साइन-इन कोड
activity-code-two-factor = दो-चरणीय साइन-इन कोड
activity-code-reset = पासवर्ड रीसेट कोड
activity-code-change-phone = आपके नए नंबर की पुष्टि का कोड
activity-code = एक कोड
activity-code-sent-voice = { $what } वॉइस कॉल पर पढ़कर सुनाया गया
activity-code-sent-sms = { $what } SMS से भेजा गया
activity-code-sent = { $what } भेजा गया
activity-code-not-sent-refused = कोड नहीं भेजा जा सका: SMS सेवा ने नंबर अस्वीकार कर दिया
activity-code-not-sent = कोड नहीं भेजा जा सका
activity-signed-out-here = { $device } पर साइन आउट किया गया
activity-signed-out-other = दूसरे डिवाइस से { $device } को साइन आउट किया गया
activity-signed-out-another = किसी दूसरे डिवाइस को साइन आउट किया गया
activity-signed-out-others-none = बाकी सभी डिवाइस से साइन आउट किया गया; कोई साइन इन नहीं था
activity-signed-out-others = { $n ->
        [one] { $n } दूसरा डिवाइस साइन आउट किया गया
       *[other] { $n } दूसरे डिवाइस साइन आउट किए गए
    }
activity-signed-out-everywhere = हर जगह से साइन आउट किया गया
activity-signed-out-everywhere-count = हर जगह से साइन आउट किया गया: { $n ->
        [one] { $n } डिवाइस
       *[other] { $n } डिवाइस
    }
activity-signed-out-by-operator = एक व्यवस्थापक ने आपके सभी डिवाइस साइन आउट कर दिए
activity-password-changed = पासवर्ड बदला गया
activity-password-changed-none = पासवर्ड बदला गया; कोई दूसरा डिवाइस साइन इन नहीं था
activity-password-changed-others = पासवर्ड बदला गया; { $n ->
        [one] { $n } दूसरा डिवाइस साइन आउट किया गया
       *[other] { $n } दूसरे डिवाइस साइन आउट किए गए
    }
activity-password-reset = कोड से पासवर्ड रीसेट किया गया
activity-password-reset-none = कोड से पासवर्ड रीसेट किया गया; कोई डिवाइस साइन इन नहीं था
activity-password-reset-others = कोड से पासवर्ड रीसेट किया गया; { $n ->
        [one] { $n } डिवाइस साइन आउट किया गया
       *[other] { $n } डिवाइस साइन आउट किए गए
    }
activity-phone-changed = फ़ोन नंबर बदला गया
activity-phone-changed-none = फ़ोन नंबर बदला गया; कोई दूसरा डिवाइस साइन इन नहीं था
activity-phone-changed-others = फ़ोन नंबर बदला गया; { $n ->
        [one] { $n } दूसरा डिवाइस साइन आउट किया गया
       *[other] { $n } दूसरे डिवाइस साइन आउट किए गए
    }
activity-phone-changed-to = फ़ोन नंबर बदलकर { $last } पर खत्म होने वाला नंबर किया गया
activity-phone-changed-to-none = फ़ोन नंबर बदलकर { $last } पर खत्म होने वाला नंबर किया गया; कोई दूसरा डिवाइस साइन इन नहीं था
activity-phone-changed-to-others = फ़ोन नंबर बदलकर { $last } पर खत्म होने वाला नंबर किया गया; { $n ->
        [one] { $n } दूसरा डिवाइस साइन आउट किया गया
       *[other] { $n } दूसरे डिवाइस साइन आउट किए गए
    }
activity-phone-change-cancelled = फ़ोन नंबर बदलना रद्द किया गया
activity-two-factor-on = दो-चरणीय साइन-इन चालू किया गया
activity-two-factor-off = दो-चरणीय साइन-इन बंद किया गया
activity-two-factor-off-by-operator = एक व्यवस्थापक ने दो-चरणीय साइन-इन बंद किया और उसका ऑथेंटिकेटर ऐप और रिकवरी कोड हटा दिए
activity-step-up-failed = कोई सेटिंग बदलने के लिए गलत मौजूदा पासवर्ड डाला गया
activity-step-up-paused = बहुत सारी गलत कोशिशों के बाद पासवर्ड जाँच रोकी गई
activity-name-changed = नाम बदला गया
activity-photo-changed = फ़ोटो बदली गई
activity-photo-removed = फ़ोटो हटाई गई
activity-browser-trusted = { $device } पर दो-चरणीय साइन-इन ने कोड माँगना बंद किया
activity-browser-forgotten = एक ब्राउज़र अब भरोसेमंद नहीं है: उससे फिर से कोड माँगा जाएगा
activity-app-added = { $device } पर ऑथेंटिकेटर ऐप जोड़ा गया
activity-app-removed = { $device } पर ऑथेंटिकेटर ऐप हटाया गया
activity-passkey-added = { $device } पर पासकी जोड़ी गई
activity-passkey-removed = { $device } पर पासकी हटाई गई
activity-recovery-codes = { $device } पर नए रिकवरी कोड बनाए गए
activity-alert-sent = हमने आपके खाते में हुए इस बदलाव के बारे में आपके नंबर पर SMS भेजा
activity-alert-not-sent = आपके खाते में हुए इस बदलाव के बारे में SMS नहीं भेजा जा सका
activity-new-device-alerted = { $device } से पहला साइन-इन: हमने आपके नंबर पर अलर्ट भेजा
activity-new-device-not-alerted = { $device } से पहला साइन-इन: आपके नंबर पर अलर्ट नहीं भेजा जा सका

## Notices.

notice-name-saved = आपका नाम सहेज लिया गया।
notice-photo-updated = आपकी फ़ोटो अपडेट कर दी गई।
notice-photo-removed = आपकी फ़ोटो हटा दी गई।
notice-password-changed-none = आपका पासवर्ड बदल दिया गया। कोई दूसरा डिवाइस साइन इन नहीं था।
notice-password-changed = आपका पासवर्ड बदल दिया गया। { $n ->
        [one] आपका { $n } दूसरा डिवाइस साइन आउट कर दिया गया।
       *[other] आपके { $n } दूसरे डिवाइस साइन आउट कर दिए गए।
    }
notice-phone-code-sent = हमने आपके नए नंबर पर एक कोड भेजा है। बदलाव पूरा करने के लिए उसे नीचे डालें।
notice-phone-change-cancelled = फ़ोन नंबर बदलना रद्द कर दिया गया।
notice-number-changed-told-none = आपका फ़ोन नंबर बदल दिया गया और आपके पुराने नंबर को सूचित कर दिया गया। कोई दूसरा डिवाइस साइन इन नहीं था।
notice-number-changed-told = आपका फ़ोन नंबर बदल दिया गया और आपके पुराने नंबर को सूचित कर दिया गया। { $n ->
        [one] आपका { $n } दूसरा डिवाइस साइन आउट कर दिया गया।
       *[other] आपके { $n } दूसरे डिवाइस साइन आउट कर दिए गए।
    }
notice-number-changed-none = आपका फ़ोन नंबर बदल दिया गया। कोई दूसरा डिवाइस साइन इन नहीं था।
notice-number-changed = आपका फ़ोन नंबर बदल दिया गया। { $n ->
        [one] आपका { $n } दूसरा डिवाइस साइन आउट कर दिया गया।
       *[other] आपके { $n } दूसरे डिवाइस साइन आउट कर दिए गए।
    }
notice-two-factor-on = दो-चरणीय साइन-इन चालू है: साइन इन करने के लिए आपके फ़ोन पर भेजे गए कोड की भी ज़रूरत होगी।
notice-two-factor-off = दो-चरणीय साइन-इन बंद है।
notice-session-ended = उस डिवाइस को साइन आउट कर दिया गया।
notice-browser-forgotten = वह ब्राउज़र अब भरोसेमंद नहीं है: उससे फिर से कोड माँगा जाएगा।
notice-others-ended-none = कोई दूसरा डिवाइस साइन इन नहीं था।
notice-others-ended = { $n ->
        [one] { $n } दूसरा डिवाइस साइन आउट कर दिया गया।
       *[other] { $n } दूसरे डिवाइस साइन आउट कर दिए गए।
    }
notice-password-reset = आपका पासवर्ड रीसेट कर दिया गया और हर डिवाइस साइन आउट कर दिया गया। अपने नए पासवर्ड से साइन इन करें।
notice-signed-out = आप साइन आउट हो गए हैं।
notice-welcome = स्वागत है! आपका फ़ोन नंबर सत्यापित है और आप साइन इन हैं।
notice-app-setup = अपने ऑथेंटिकेटर ऐप से QR कोड स्कैन करें, फिर उसमें दिखने वाला कोड डालें।
notice-app-setup-cancelled = ऑथेंटिकेटर ऐप का सेटअप रद्द कर दिया गया।
notice-app-added = आपका ऑथेंटिकेटर ऐप सेट हो गया है। दो-चरणीय साइन-इन चालू है।
notice-app-removed = आपका ऑथेंटिकेटर ऐप हटा दिया गया।
notice-recovery-codes = ये रहे आपके नए रिकवरी कोड। पहले वाले कोड अब काम नहीं करते।
notice-recovery-code-last = आपने अपने आखिरी रिकवरी कोड से साइन इन किया। अभी नीचे नए कोड बनाएँ।
notice-recovery-code-used = आपने एक रिकवरी कोड से साइन इन किया। { $n ->
        [one] { $n } रिकवरी कोड बचा है।
       *[other] { $n } रिकवरी कोड बचे हैं।
    }
notice-passkey-added = आपकी पासकी जोड़ दी गई। अगली बार इससे साइन इन करें: न नंबर टाइप करना होगा, न पासवर्ड।
notice-passkey-renamed = पासकी का नाम बदल दिया गया।
notice-passkey-removed = पासकी हटा दी गई।

## Times on the pages: see en.ftl.

# Hindi: CLDR's "{date} को {time} बजे"; बजे goes with the clock (time-clock), so that "UTC" can come before it.

time-just-now = अभी-अभी
time-minutes-ago = { $n ->
        [one] { $n } मिनट पहले
       *[other] { $n } मिनट पहले
    }
# A clock time ("14:05"), and one in UTC when the person's zone is not known.
time-clock = { $clock } बजे
time-clock-utc = UTC के अनुसार { $clock } बजे
time-today-at = आज { $clock }
time-yesterday-at = कल { $clock }
time-weekday-at = { $weekday } को { $clock }
# Earlier this year.
time-day-month-at = { $day } { $month } को { $clock }
time-date-at = { $day } { $month } { $year } को { $clock }
# The whole date (a tooltip).
time-full = { $weekday }, { $day } { $month } { $year } को { $clock }
# "Member since March 2026".
time-month-year = { $month } { $year }
time-month = { $m ->
        [1] जनवरी
        [2] फ़रवरी
        [3] मार्च
        [4] अप्रैल
        [5] मई
        [6] जून
        [7] जुलाई
        [8] अगस्त
        [9] सितंबर
        [10] अक्टूबर
        [11] नवंबर
       *[12] दिसंबर
    }
time-weekday = { $d ->
        [1] सोमवार
        [2] मंगलवार
        [3] बुधवार
        [4] गुरुवार
        [5] शुक्रवार
        [6] शनिवार
       *[7] रविवार
    }
