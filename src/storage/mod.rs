//! Session files on disk: atomic saves, locks, backups, loading and checking.
