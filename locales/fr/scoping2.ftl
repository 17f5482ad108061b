# Un cadrage en une réunion : l'ordre du modèle, les questions fusionnées, le parcours de la note et les documents.
content-order-unknown = { $prompt } figure dans l'ordre des questions du modèle mais n'est pas une question de ses sous-étapes, ou y figure deux fois : corrigez l'identifiant ou retirez-le.
content-order-missing = La question propre au modèle { $prompt } ne figure pas dans son ordre des questions et ne serait jamais posée : ajoutez-la à prompt_order.
content-list-from-unknown = { $prompt } reprend les éléments de { $list }, qui n'est pas une question-liste de ce modèle : nommez la question-liste (par exemple les questions clés) ou retirez list_from.
format-docx = Document Word (.docx, le rapport)
format-brief-docx = Note de cadrage (Word, .docx)
format-xlsx = Classeur Excel (.xlsx, une feuille par tableau)
cli-binary-needs-out = { $format } est un fichier, pas du texte : ajoutez --out FICHIER (par exemple --out rapport.{ $ext }).
plain-bad-table = Ce tableau n'existe pas : tapez exporter csv seul pour tous les tableaux, ou exporter csv suivi de l'un de { $names }.
plain-exported-tables = { $count ->
    [one] Le tableau { $names } a été exporté en CSV dans { $dir }.
   *[other] { $count } tableaux exportés en CSV, un fichier chacun ({ $names }), dans { $dir }.
}
key-brief-path = parcours de la note : seulement les questions essentielles, ou de nouveau toutes (cadrage)
key-offer-items = ajouter chaque question clé à la réponse, pour y répondre une à une
workshop-brief-path = Parcours de la note : { $done } sur { $total } pour la note
workshop-brief-path-on = Parcours de la note : les { $total } questions essentielles seulement ; b pour toutes.
workshop-brief-path-off = Toutes les questions sont listées ; b pour le parcours de la note.
workshop-brief-path-none = Le modèle de cette session ne marque aucune question essentielle : il n'y a pas de parcours de la note, toutes les questions sont listées.
workshop-brief-path-empty = Aucune question essentielle dans cette sous-étape : appuyez sur ] pour la suivante, ou sur b pour voir toutes les questions.
workshop-offer-items = { $count ->
    [one] Appuyez sur i pour ajouter la question clé à la réponse et y répondre.
   *[other] Appuyez sur i pour ajouter les { $count } questions clés à la réponse et y répondre une à une.
}
workshop-offer-none = Cette question ne reprend pas de liste, ou cette liste est encore vide : écrivez d'abord les questions clés (une par ligne), puis appuyez sur i ici.
format-sharing-agreement-docx = Ébauche d'accord de partage de données (Word, .docx)
