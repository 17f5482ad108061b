//! Drive the real `pim-workshop` binary in a pseudo-terminal and read its screen through vt100.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct PtyApp {
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for checks on raw output.
    pub raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

pub const DEFAULT_WAIT: Duration = Duration::from_secs(15);

impl PtyApp {
    /// Start the binary with `args` in a `cols`×`rows` terminal, with `data_dir` as its data folder.
    pub fn spawn(
        args: &[&str],
        data_dir: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Self {
        let mut cmd = CommandBuilder::new(super::bin::PATH);
        cmd.arg("--data-dir");
        cmd.arg(data_dir);
        for a in args {
            cmd.arg(a);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove(pim_workshop::paths::DATA_DIR_ENV);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Self::launch(cmd, cols, rows)
    }

    /// Start the binary with no arguments at all, the data folder given by its environment variable
    /// (the usual start, which skips the argument parser).
    #[allow(dead_code)]
    pub fn spawn_bare(data_dir: &Path, cols: u16, rows: u16) -> Self {
        let mut cmd = CommandBuilder::new(super::bin::PATH);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env(pim_workshop::paths::DATA_DIR_ENV, data_dir);
        Self::launch(cmd, cols, rows)
    }

    fn launch(cmd: CommandBuilder, cols: u16, rows: u16) -> Self {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let child = pair.slave.spawn_command(cmd).expect("spawn pim-workshop");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let size = |n: u16| NonZeroU16::new(n.max(1)).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        p.lock().unwrap().process(&buf[..n]);
                        r.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        PtyApp {
            parser,
            raw,
            writer,
            child,
            _master: pair.master,
        }
    }

    pub fn screen_text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Wait until the screen shows `text`; panic with the screen if it does not in time.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("screen to show {text:?}"), |s| s.contains(text));
    }

    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let screen = self.screen_text();
            if pred(&screen) {
                return;
            }
            if start.elapsed() > DEFAULT_WAIT {
                panic!("timed out waiting for {what}; screen was:\n{screen}");
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        thread::sleep(Duration::from_millis(60));
    }

    /// Wait for the program to exit; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // let the reader drain the last output
                thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            if start.elapsed() > DEFAULT_WAIT {
                let _ = self.child.kill();
                panic!("program did not exit; screen was:\n{}", self.screen_text());
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
    }

    /// Start the binary on `open PATH` (home folder `home`) and begin typing the answer to the second
    /// prompt of the first sub-step (the scoping template's first written one).
    #[allow(dead_code)]
    pub fn typing_in(path: &Path, data_dir: &Path, home: &Path) -> Self {
        let mut app = PtyApp::spawn(
            &["open", path.to_str().unwrap()],
            data_dir,
            160,
            30,
            &[("HOME", home.to_str().unwrap())],
        );
        app.wait_for("sub-step 1 of");
        app.send("j");
        app.send("\r");
        app.wait_for("typing: Esc when done");
        app
    }

    pub fn alternate_screen(&self) -> bool {
        self.parser.lock().unwrap().screen().alternate_screen()
    }
}

impl Drop for PtyApp {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}
