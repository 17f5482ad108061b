## Saves that fail, copies, names and permissions at the edges (storage/problem.rs, tui/save_failure.rs,
## view/unsaved.rs, cli)

# The header's reason for a failed save.
save-problem-disk-full = disk full, { $free } bytes free on { $place }
save-problem-disk-full-unknown = disk full on { $place }
save-problem-permission = permission denied in { $place }
save-problem-other = the system refused the save

unsaved-title = Changes not saved
unsaved-question = The last changes could not be saved ({ $why }). They are still here, in memory: what should happen to them?
unsaved-rescue-at = A rescue copy is in { $path }.
unsaved-prompt = Save a copy in this folder (or under this file name), then leave:
unsaved-prompt-keys = Enter saves the copy, Esc goes back to the choices.
unsaved-retrying = Trying the save again… the program leaves as soon as it works.
unsaved-copy-failed = The copy could not be saved either: { $error } Type another folder, for example on a USB stick.
unsaved-kept-both = Someone else saved { $theirs } while this session was open. Their version was left as it is, and yours is saved in { $ours }: compare the two before merging them.
unsaved-rescued = The session file cannot be saved, so a rescue copy of your work is kept in { $path }.
unsaved-rescue-failed = No rescue copy could be written either: { $error } Free some disk space or save a copy elsewhere when you leave.
unsaved-no-rescue-folder = no folder for a rescue copy was found
unsaved-footer-quit = quit (changes NOT saved)
unsaved-exit-copy = The last changes are not in { $file }; they were saved in the copy { $path }. Open that copy to go on.
unsaved-exit-lost = The last changes to { $file } were not saved and are lost, as chosen.
unsaved-exit-lost-rescued = The last changes to { $file } were not saved; the rescue copy { $path } has them up to the last try.
unsaved-exit-failed = The last changes to { $file } could not be saved ({ $why }) and are lost. Free some space or fix the folder, then open the session again.
unsaved-exit-failed-rescued = The last changes to { $file } could not be saved ({ $why }); they are kept in the rescue copy { $path }. Open that copy to go on.

key-unsaved-retry = try the save again, then leave
key-unsaved-copy = save a copy elsewhere, then leave
key-unsaved-lose = leave and lose the unsaved changes
key-unsaved-save-copy = save the copy to the folder typed
key-unsaved-back = back to the session

export-refused-exists = { $path } already exists, so nothing was written. Give another --out, or add --force to replace it.
export-refused-protected = { $path } is a session file, a backup or a lock: an export never replaces it, so nothing was written. Give another --out.
cli-arg-force = Replace the --out file if it exists (never a session file, its backup or its lock)

title-invisible = The title has no visible letter (only invisible characters such as a byte-order mark or zero-width spaces): type a title people can read.
cli-new-title-invisible = the title has no visible letter (only invisible characters such as a byte-order mark or zero-width spaces). Give a title people can read, for example --title "Kalma scoping".

# $example: one of the files.
perms-loose-files = { $count ->
    [one] A session file can be read by other users of this computer ({ $example }): run `chmod 600` on it to make it private.
   *[other] { $count } session files can be read by other users of this computer (for example { $example }): run `chmod 600` on them to make them private.
}
unsaved-closed-rescued = The last changes could not be saved in the session file ({ $why }); they are kept in the rescue copy { $path }. Open that copy to go on.
