# Choosing the language. English.

lang-unknown = no language “{ $lang }” here; choose one of { $known }

## The new-session form
wizard-language = Language
wizard-language-hint = ←→ or Space: the language of its screens and exports
