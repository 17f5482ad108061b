# content check : provenance (content/provenance.rs, content/validate.rs)
content-source-section-not-listed = la citation nomme la section { $section }, que le document { $doc } ne liste pas dans pack.json : citez une section listée ou ajoutez la section aux « sections » du document
content-quote-project = la définition est une citation du cadre : citez le document du cadre dont elle est tirée, pas « project »
content-quote-language = la citation garde la langue dans laquelle elle a été adoptée ({ $expected }), pas { $found } : gardez les mots exacts et mettez la traduction dans « plain »
content-module-timing = le module dure { $minutes } minutes mais les durées suggérées de ses sous-étapes font { $total } minutes : expliquez dans « timing » comment le module les fait tenir, ou changez les durées

# une citation du cadre, marquée comme telle, avec l'origine des mots
content-quotation = « { $quote } » ({ $origin })

# bibliothèque de référence : la section À propos et les exemples du projet
ref-about = À propos
ref-about-definition = Définition de la GIP
ref-about-statements = Ce que la GIP est et n'est pas
ref-about-vision = Vision de l'Initiative PIM
ref-about-results = Résultats de la stratégie
ref-about-background = Historique de l'Initiative
ref-about-matrix-cover = Utiliser la matrice PIM
ref-about-further-reading = Pour aller plus loin
ref-about-reading-note = Des publications qu'un formateur peut recommander, par titre et par année. Cherchez-les par leur titre : cette liste ne donne pas de liens, faute d'avoir pu les vérifier.
ref-about-reading-by = { $title }, { $by }
ref-example-mark = (exemple)
ref-example-legend = Les éléments marqués { $mark } sont des illustrations propres au projet, comme les listes présentées ainsi ; le reste vient du cadre.
ref-examples-all-project = Tous les exemples ci-dessous sont des illustrations propres au projet.
ref-output-examples = Sous la ligne Produit, le cadre ajoute deux rubriques qu'il laisse ouvertes : les exemples ci-dessous sont ceux du projet, et une opération peut les adapter.

# ordre du jour : un module dont les durées suggérées des sous-étapes font une autre durée
agenda-timing = Minutage (les sous-étapes suggèrent { $total } min)

# content check : d'où viennent les exemples de la matrice
cli-content-provenance = { $pack } : exemples de la matrice : { $framework } citent le cadre, { $project } sont des illustrations propres au projet (présentées comme telles dans la bibliothèque de référence).

# content check : un pack adapté a changé la définition citée
content-quote-changed = la définition citée diffère des mots exacts du cadre : gardez la citation telle qu'adoptée et mettez votre formulation dans « plain »
