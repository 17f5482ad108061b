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
