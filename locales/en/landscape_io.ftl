# Landscape tables in and out: HXL reading, 3W/4W shapes, spreadsheets, sharing levels. English.

## Reading the file (these follow "could not read FILE: ")
landscape-csv-unterminated = line { $line } opens a quoted cell that is never closed; add the closing quote (") and import again
landscape-csv-stray-quote = line { $line } has a quote (") inside a cell that does not start with one; quote the whole cell or remove the quote, then import again
landscape-table-empty = the file is empty; export the table again from its spreadsheet and import that file
landscape-sheet-unreadable = it cannot be opened as a spreadsheet ({ $error }); save it again as .xlsx or as CSV and import that file
landscape-sheet-missing = the workbook has no sheet “{ $sheet }”; choose one of { $sheets } with --sheet
landscape-read-latin1 = The file is not UTF-8 text, so it was read as Latin-1 (Western European); check the accented letters, or save the table as "CSV UTF-8" and import again.
landscape-read-sheet = The sheet “{ $sheet }” was read, the first of { $count }; choose another with --sheet NAME.

## The import report
landscape-import-not-csv = Nothing was imported: { $problem }.
landscape-import-to-classify = { $count ->
        [one] One system has no PIM category yet: classify it on the classification screen (key C on the landscape).
       *[other] { $count } systems have no PIM category yet: classify them on the classification screen (key C on the landscape).
    }
landscape-import-ragged = { $found ->
        [one] the row has one cell where the header has { $expected }; give every row the header's columns
       *[other] the row has { $found } cells where the header has { $expected }; give every row the header's columns
    }
landscape-import-tag-row = The HXL hashtag row was found on line { $line }, under the header rows.
landscape-import-several = Several columns match { $pattern } ({ $columns }); the first, { $first }, was read.
landscape-import-personal-columns = Personal contact columns were left out and not stored: { $columns }. Record a role to contact instead.
landscape-import-unknown-columns = These columns were not read: { $columns }.
landscape-import-personal-value = Line { $line }: a phone number or e-mail address in { $column } was left out and not stored.
landscape-import-merged = Lines { $lines } are one activity of { $system } and became one system covering { $areas ->
        [one] one area
       *[other] { $areas } areas
    }.
landscape-import-area-conflict = The table gives { $area } another level or P-code than the register holds; the register's was kept: check it on the landscape.

## Sharing levels of an export
landscape-include-public = Public systems only (for a data platform)
landscape-include-protection-actors = Also systems shared with protection actors
landscape-include-all = Every system, with diagnoses (the team's own copy)
landscape-include-no-system = no other system
landscape-include-warning = Warning: this export also holds { $count ->
        [one] one system that is not public
       *[other] { $count } systems that are not public
    } ({ $systems }); share it only with those its owners agreed to.
landscape-include-warning-diagnoses = Warning: this export also holds { $count ->
        [one] one system that is not public
       *[other] { $count } systems that are not public
    } ({ $systems }) and the team's internal diagnoses; keep it inside the team.

## Export formats
format-landscape-long = Landscape register, long (one area per row, CSV with HXL tags)

## Command-line arguments
cli-arg-import-sheet = The sheet to read from a spreadsheet (.xlsx, .xls, .ods), by name or number (default: the first)
cli-arg-export-include = For a landscape table: which systems it holds (default public; protection-actors or all widen it, with a warning)

## Content check of the agreement draft
content-agreement-missing-section = the agreement draft has no section “{ $id }”; add it (every draft needs it)
content-agreement-unknown-section = the program fills no section “{ $id }”; use one of { $known }

## The data-sharing agreement draft
format-sharing-agreement = Data-sharing agreement draft (Markdown)
format-sharing-agreement-html = Data-sharing agreement draft (HTML)
agreement-title = Data-sharing agreement (draft): { $systems }
agreement-to-fill = [to fill in]
agreement-source = Sections drawn from: { $document }, { $section }.
agreement-providing = Providing organisations
agreement-receiving = Receiving organisation
agreement-focal-role = Focal-point role for { $system }
agreement-operation = Operation
agreement-purpose = Purpose of the sharing
agreement-use = Use the receiving party may make of the data
agreement-data = Data shared from { $system }
agreement-aggregation = Level of aggregation for { $system }
agreement-sensitivity = Sensitivity of { $system }
agreement-sensitivity-public = already published for anyone
agreement-sensitivity-protection-actors = shared with protection actors only
agreement-sensitivity-internal = kept inside its organisation today: sharing needs its owner's consent
agreement-updated = last updated { $date }
agreement-rhythm = Update rhythm of { $system }
agreement-period = Period covered by the agreement
agreement-review-date = Review date
agreement-channels = Agreed channels
agreement-encryption = Encryption of files and access to encrypted data
agreement-access = Who may open the data in each organisation
agreement-retention = How long the data is kept
agreement-disposal = How it is destroyed or returned, and who confirms it
agreement-breach-notice = How and how fast a breach is reported, and to whom
agreement-breach-subjects = How the people concerned are told
agreement-breach-consequence = Consequence of a breach
agreement-pia-required = Whether an impact assessment is required
agreement-pia-by = Who carries it out, and where its findings are kept
agreement-in-place = In place for { $system }
cli-arg-export-system = For the sharing-agreement draft: a system to cover, by id, name or organisation (repeat for several; default: every system)
cli-agreement-no-system = No system of the register matches { $systems }; name a system by its id (L-1), its name or its organisation, as `show` lists them.

## The export form
export-form-include = Systems shared
export-form-include-hint = ←→ or Space: for a landscape table, which systems it holds (public only for a data platform)

## The quick classification screen
key-ctx-classify = Classifying systems on the Matrix
key-classify-systems = classify: give the systems without a PIM category one, one at a time
key-classify-assign = give: this category to the system, then the next
key-classify-skip = skip: leave this system for later
key-classify-back = back to the landscape register
classify-title = Classify the systems
classify-left = { $count ->
        [one] One system has no PIM category yet.
       *[other] { $count } systems have no PIM category yet.
    }
classify-organisation = Organisation
classify-sector = Sector
classify-methods = Methods
classify-outputs = Produces
classify-shared = Shares
classify-areas = Areas
classify-choose = Choose the PIM Matrix category this system belongs to (↑↓), then Enter:
classify-all-done = Every system of the register has a PIM category now.
classify-only-one = This is the last system left to classify: give it a category, or press Esc to leave it for later.
classify-none = Every system already has a PIM category; change one with Enter on it.
