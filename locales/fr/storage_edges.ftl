## Enregistrements qui échouent, copies, noms et droits aux limites (storage/problem.rs,
## tui/save_failure.rs, view/unsaved.rs, cli)

# La raison d'un échec d'enregistrement, dans l'en-tête.
save-problem-disk-full = disque plein, { $free } octets libres sur { $place }
save-problem-disk-full-unknown = disque plein sur { $place }
save-problem-permission = permission refusée dans { $place }
save-problem-other = le système a refusé l'enregistrement

unsaved-title = Modifications non enregistrées
unsaved-question = Les dernières modifications n'ont pas pu être enregistrées ({ $why }). Elles sont encore là, en mémoire : que faut-il en faire ?
unsaved-rescue-at = Une copie de secours se trouve dans { $path }.
unsaved-prompt = Enregistrer une copie dans ce dossier (ou sous ce nom de fichier), puis quitter :
unsaved-prompt-keys = Entrée enregistre la copie, Échap revient aux choix.
unsaved-retrying = Nouvel essai d'enregistrement… le programme se ferme dès qu'il réussit.
unsaved-copy-failed = La copie n'a pas pu être enregistrée non plus : { $error } Indiquez un autre dossier, par exemple sur une clé USB.
unsaved-kept-both = Quelqu'un d'autre a enregistré { $theirs } pendant que cette session était ouverte. Sa version est restée telle quelle, et la vôtre est enregistrée dans { $ours } : comparez les deux avant de les fusionner.
unsaved-rescued = Le fichier de session ne peut pas être enregistré : une copie de secours de votre travail est gardée dans { $path }.
unsaved-rescue-failed = Aucune copie de secours n'a pu être écrite non plus : { $error } Libérez de l'espace disque ou enregistrez une copie ailleurs en quittant.
unsaved-no-rescue-folder = aucun dossier n'a été trouvé pour une copie de secours
unsaved-footer-quit = quitter (modifications NON enregistrées)
unsaved-exit-copy = Les dernières modifications ne sont pas dans { $file } ; elles ont été enregistrées dans la copie { $path }. Ouvrez cette copie pour continuer.
unsaved-exit-lost = Les dernières modifications de { $file } n'ont pas été enregistrées et sont perdues, comme demandé.
unsaved-exit-lost-rescued = Les dernières modifications de { $file } n'ont pas été enregistrées ; la copie de secours { $path } les contient jusqu'au dernier essai.
unsaved-exit-failed = Les dernières modifications de { $file } n'ont pas pu être enregistrées ({ $why }) et sont perdues. Libérez de l'espace ou corrigez le dossier, puis rouvrez la session.
unsaved-exit-failed-rescued = Les dernières modifications de { $file } n'ont pas pu être enregistrées ({ $why }) ; elles sont gardées dans la copie de secours { $path }. Ouvrez cette copie pour continuer.

key-unsaved-retry = réessayer l'enregistrement, puis quitter
key-unsaved-copy = enregistrer une copie ailleurs, puis quitter
key-unsaved-lose = quitter en perdant les modifications non enregistrées
key-unsaved-save-copy = enregistrer la copie dans le dossier indiqué
key-unsaved-back = retour à la session

export-refused-exists = { $path } existe déjà : rien n'a été écrit. Indiquez un autre --out, ou ajoutez --force pour le remplacer.
export-refused-protected = { $path } est un fichier de session, une sauvegarde ou un verrou : un export ne le remplace jamais, rien n'a donc été écrit. Indiquez un autre --out.
cli-arg-force = Remplacer le fichier --out s'il existe (jamais un fichier de session, sa sauvegarde ou son verrou)

title-invisible = Le titre n'a aucune lettre visible (seulement des caractères invisibles, comme une marque d'ordre des octets ou des espaces sans chasse) : tapez un titre lisible.
cli-new-title-invisible = le titre n'a aucune lettre visible (seulement des caractères invisibles, comme une marque d'ordre des octets ou des espaces sans chasse). Donnez un titre lisible, par exemple --title "Évaluation Kalma".

# $example : l'un des fichiers.
perms-loose-files = { $count ->
    [one] Un fichier de session peut être lu par d'autres utilisateurs de cet ordinateur ({ $example }) : lancez `chmod 600` sur ce fichier pour le rendre privé.
   *[other] { $count } fichiers de session peuvent être lus par d'autres utilisateurs de cet ordinateur (par exemple { $example }) : lancez `chmod 600` sur ces fichiers pour les rendre privés.
}
unsaved-closed-rescued = Les dernières modifications n'ont pas pu être enregistrées dans le fichier de session ({ $why }) ; elles sont gardées dans la copie de secours { $path }. Ouvrez cette copie pour continuer.
