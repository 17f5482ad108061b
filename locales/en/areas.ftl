# Setting the administrative level and P-code of a landscape system's areas by hand.
areas-key = areas: the administrative level and P-code of this system's areas
areas-none = { $name } names no area yet: write its areas in the system's form (Enter) first.
areas-form-title = Areas of { $name }
areas-field-level = Level of { $area }
areas-field-level-hint = ←/→ to choose: 1 for a region or state, 2 for a district, 3 for a sub-district.
areas-field-pcode = P-code of { $area }
areas-field-pcode-hint = The place code of the common operational dataset (for example SD02), or empty when not known.
areas-level-none = not recorded
areas-level = { $level ->
    [1] 1 (region, state)
    [2] 2 (district)
   *[other] 3 (sub-district)
}
areas-saved = { $count ->
    [one] One area of { $name } saved: the HXL export now tags it by its level.
   *[other] { $count } areas of { $name } saved: the HXL export now tags them by their level.
}
