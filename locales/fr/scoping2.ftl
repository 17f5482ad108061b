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
