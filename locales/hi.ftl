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
