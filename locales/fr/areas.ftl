# Le niveau administratif et le P-code des zones d'un système du paysage, saisis à la main.
areas-key = zones : le niveau administratif et le P-code des zones de ce système
areas-none = { $name } ne nomme encore aucune zone : écrivez d'abord ses zones dans la fiche du système (Entrée).
areas-form-title = Zones de { $name }
areas-field-level = Niveau de { $area }
areas-field-level-hint = ←/→ pour choisir : 1 pour une région ou un État, 2 pour un district, 3 pour un sous-district.
areas-field-pcode = P-code de { $area }
areas-field-pcode-hint = Le code de lieu du jeu de données opérationnel commun (par exemple SD02), ou vide s'il n'est pas connu.
areas-level-none = non renseigné
areas-level = { $level ->
    [1] 1 (région, État)
    [2] 2 (district)
   *[other] 3 (sous-district)
}
areas-saved = { $count ->
    [one] Une zone de { $name } enregistrée : l'export HXL la balise désormais selon son niveau.
   *[other] { $count } zones de { $name } enregistrées : l'export HXL les balise désormais selon leur niveau.
}
