# Le choix de la langue. Français.

lang-unknown = pas de langue « { $lang } » ici ; choisissez parmi { $known }

## Le formulaire de nouvelle session
wizard-language = Langue
wizard-language-hint = ←→ ou Espace : la langue de ses écrans et de ses exports
