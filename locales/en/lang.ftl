# Choosing the language. English.

cli-arg-lang = The language of the screens, messages and exports (en, fr; default: from LC_ALL, LC_MESSAGES, LANG or the system's language)
cli-content-untranslated = { $pack }: the same items as the English pack; { $untranslated ->
        [one] { $untranslated } of { $texts } texts untranslated
       *[other] { $untranslated } of { $texts } texts untranslated
    }
lang-unknown = no language “{ $lang }” here; choose one of { $known }

## The new-session form
wizard-language = Language
wizard-language-hint = ←→ or Space: the language of its screens and exports
