# Scoping in one meeting: the template's order, merged prompts, the brief path and the documents.
content-order-unknown = { $prompt } is in the template's prompt order but is not a prompt of its sub-steps, or is listed twice: correct the id or remove it.
content-order-missing = The template's own prompt { $prompt } is not in its prompt order, so it would never be asked: add it to prompt_order.
content-list-from-unknown = { $prompt } offers the items of { $list }, which is not a list prompt of this template: name the list prompt (for example the key questions) or remove list_from.
