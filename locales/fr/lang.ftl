# Le choix de la langue. Français.

cli-arg-lang = La langue des écrans, des messages et des exports (en, fr ; par défaut : selon LC_ALL, LC_MESSAGES, LANG ou la langue du système)
cli-content-untranslated = { $pack } : les mêmes éléments que le pack anglais ; { $untranslated ->
        [one] { $untranslated } texte non traduit
       *[other] { $untranslated } textes non traduits
    } sur { $texts }
lang-unknown = pas de langue « { $lang } » ici ; choisissez parmi { $known }

## Le formulaire de nouvelle session
wizard-language = Langue
wizard-language-hint = ←→ ou Espace : la langue de ses écrans et de ses exports
