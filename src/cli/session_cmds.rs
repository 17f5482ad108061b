//! `check` and `restore`: session-file commands on the command line.
