//! Windows: closing the console window (or logging off, shutting down, Ctrl+Break) ends the process a
//! moment after the system tells it. This handler saves the open session first, the way the signal
//! thread does on Unix (`run.rs`, `watch_signals`). It holds the project's only `unsafe` code: one
//! registration call into the console API.
#![allow(unsafe_code)]

use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
use windows_sys::core::BOOL;

/// Runs on a thread the system starts for the event. Everything typed up to the last frame was handed
/// to the saver already (see `run::hand_over`), so flushing it puts it on disk.
unsafe extern "system" fn on_console_event(_kind: u32) -> BOOL {
    super::session_io::flush_active();
    super::terminal::restore();
    // Not handled here: the system's own handler runs next and ends the process.
    0
}

/// Register the handler; false when Windows refused (the program then runs without it).
pub fn watch() -> bool {
    // SAFETY: the handler is a plain `extern "system"` function with the signature the API requires
    // and lives as long as the process; registering it has no other precondition.
    unsafe { SetConsoleCtrlHandler(Some(on_console_event), 1) != 0 }
}
