# Scoping in one meeting: the template's order, merged prompts, the brief path and the documents.
content-order-unknown = { $prompt } is in the template's prompt order but is not a prompt of its sub-steps, or is listed twice: correct the id or remove it.
content-order-missing = The template's own prompt { $prompt } is not in its prompt order, so it would never be asked: add it to prompt_order.
content-list-from-unknown = { $prompt } offers the items of { $list }, which is not a list prompt of this template: name the list prompt (for example the key questions) or remove list_from.
format-docx = Word document (.docx, the report)
format-brief-docx = Scoping brief (Word, .docx)
format-xlsx = Excel workbook (.xlsx, one sheet per table)
cli-binary-needs-out = { $format } is a file, not text: add --out FILE (for example --out report.{ $ext }).
plain-bad-table = There is no such table: type export csv alone for every table, or export csv and one of { $names }.
plain-exported-tables = { $count ->
    [one] Exported the { $names } table as CSV to { $dir }.
   *[other] Exported { $count } tables as CSV, one file each ({ $names }), to { $dir }.
}
key-brief-path = brief path: only the essential prompts, or all of them again (scoping)
key-offer-items = add each key question to the answer, to answer them one by one
workshop-brief-path = Brief path: { $done } of { $total } for the brief
workshop-brief-path-on = Brief path: the { $total } essential prompts only; press b for all of them.
workshop-brief-path-off = Every prompt is listed again; press b for the brief path.
workshop-brief-path-none = This session's template marks no essential prompts, so there is no brief path: every prompt is listed.
workshop-brief-path-empty = No essential prompt in this sub-step: press ] for the next one, or b to see every prompt.
workshop-offer-items = { $count ->
    [one] Press i to add the key question to the answer and answer it.
   *[other] Press i to add the { $count } key questions to the answer and answer them one by one.
}
workshop-offer-none = This prompt does not go through a list, or that list is still empty: write the key questions first (one per line), then press i here.
format-sharing-agreement-docx = Data-sharing agreement draft (Word, .docx)
