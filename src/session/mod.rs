//! The session model: one workshop session, as stored in its JSON file.
