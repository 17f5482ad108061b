//! Lines in and lines out: every word the plain front says goes through [`Io::say`] (made safe by
//! `display::sanitize`, so no escape byte is ever written), and every question ends with what can be
//! typed. Reading stops cleanly at the end of the input (Ctrl+D, or the end of a piped script).

use std::io::{BufRead, Write};

use crate::display;
use crate::t;

/// A line read, or the end of the input.
pub type Line = Option<String>;

/// The size of the terminal a page must fit: its rows and columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSize {
    pub rows: usize,
    pub cols: usize,
}

/// The person's side of the conversation: where lines come from and go, and the page to fit
/// (`None`: never paged, as through a pipe).
pub struct Io<'a> {
    input: Box<dyn BufRead + 'a>,
    out: Box<dyn Write + 'a>,
    page: Option<PageSize>,
    /// A line typed at "more?" that was not Enter or q: read again as the next answer.
    pending: Option<String>,
    /// The input has ended: nothing more will be read.
    pub ended: bool,
}

/// What a multi-line answer came to: its text, and whether the input ended before the closing ".".
pub struct Typed {
    pub text: String,
    pub ended: bool,
}

/// The answer to a numbered choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The item at this index (from 0).
    Picked(usize),
    /// Enter: keep what is there.
    Keep,
    /// The input ended.
    Ended,
}

impl<'a> Io<'a> {
    pub fn new(input: impl BufRead + 'a, out: impl Write + 'a, page: Option<PageSize>) -> Self {
        Io {
            input: Box::new(input),
            out: Box::new(out),
            page,
            pending: None,
            ended: false,
        }
    }

    /// Write text as lines, made safe for any terminal (controls and escapes become visible marks).
    pub fn say(&mut self, text: &str) {
        let clean = display::sanitize(text, true);
        // A terminal that went away is noticed when the next line is read (it ends the input).
        let _ = writeln!(self.out, "{clean}");
        let _ = self.out.flush();
    }

    /// Read one line (without its line ending); None at the end of the input.
    pub fn line(&mut self) -> Line {
        if let Some(line) = self.pending.take() {
            return Some(line);
        }
        if self.ended {
            return None;
        }
        // Bytes that are not UTF-8 are read as replacement marks, never as the end of the input.
        let mut buf = Vec::new();
        match self.input.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => {
                self.ended = true;
                None
            }
            Ok(_) => {
                let text = String::from_utf8_lossy(&buf);
                Some(text.trim_end_matches(['\n', '\r']).to_string())
            }
        }
    }

    /// Say a question (which ends with what can be typed) and read the answer.
    pub fn ask(&mut self, question: &str) -> Line {
        self.say(question);
        self.line()
    }

    /// Read a multi-line answer: lines until one holding only ".", or the end of the input (what was
    /// typed is kept either way).
    pub fn typed(&mut self, question: &str) -> Typed {
        self.typed_with(question, |_| {})
    }

    /// [`Io::typed`], handing the text so far to `each` after every line (to keep it as it grows).
    pub fn typed_with(&mut self, question: &str, mut each: impl FnMut(&str)) -> Typed {
        self.say(question);
        let mut lines: Vec<String> = Vec::new();
        loop {
            match self.line() {
                None => {
                    return Typed {
                        text: lines.join("\n"),
                        ended: true,
                    };
                }
                Some(l) if l.trim() == "." => {
                    return Typed {
                        text: lines.join("\n"),
                        ended: false,
                    };
                }
                Some(l) => {
                    lines.push(l);
                    each(&lines.join("\n"));
                }
            }
        }
    }

    /// A numbered list ("3 of 8: Do no harm — open."), then the question; asked again with one
    /// sentence until a number in range, Enter or the end of the input comes.
    pub fn choose(&mut self, items: &[String], question: &str) -> Choice {
        let n = items.len();
        self.page(&numbered(items));
        loop {
            let Some(answer) = self.ask(question) else {
                return Choice::Ended;
            };
            match pick(&answer, n) {
                Number::At(i) => return Choice::Picked(i),
                Number::Enter => return Choice::Keep,
                Number::Bad => self.say(&t!("plain-bad-number", total = n)),
            }
        }
    }

    /// Numbers typed on one line ("1 3 4"), each in 1..=n; Enter gives none. Asked again with one
    /// sentence while a word is not such a number.
    pub fn numbers(&mut self, question: &str, n: usize) -> Option<Vec<usize>> {
        loop {
            let answer = self.ask(question)?;
            match numbers(&answer, n) {
                Some(list) => return Some(list),
                None => self.say(&t!("plain-bad-numbers", total = n)),
            }
        }
    }

    /// Long text, a page at a time ("more? Enter / q") when paging; all of it through a pipe.
    pub fn page(&mut self, text: &str) {
        let text = text.trim_end_matches('\n');
        let Some(size) = self.page else {
            self.say(text);
            return;
        };
        let pages = pages(text, size);
        let last = pages.len().saturating_sub(1);
        for (i, page) in pages.iter().enumerate() {
            self.say(page);
            if i < last {
                match self.ask(&t!("plain-more")) {
                    Some(a) if a.trim().is_empty() => {}
                    // Anything but q stops the reading and is taken as what comes next.
                    Some(a) if !a.trim().eq_ignore_ascii_case("q") => {
                        self.pending = Some(a);
                        return;
                    }
                    _ => return,
                }
            }
        }
    }
}

/// Text cut into pages that fit the terminal with a row left for the question: a line takes as many
/// rows as its width needs at the terminal's width.
pub fn pages(text: &str, size: PageSize) -> Vec<String> {
    let room = size.rows.saturating_sub(2).max(1);
    let cols = size.cols.max(1);
    let mut pages = vec![String::new()];
    let mut used = 0;
    for line in text.lines() {
        let rows = display::width(line).div_ceil(cols).max(1);
        if used > 0 && used + rows > room {
            pages.push(String::new());
            used = 0;
        }
        let page = pages.last_mut().expect("there is always a page");
        if used > 0 {
            page.push('\n');
        }
        page.push_str(line);
        used += rows;
    }
    pages
}

/// Items as a numbered list, a line each: "3 of 8: Do no harm — open".
pub fn numbered(items: &[String]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            t!(
                "plain-list-item",
                n = i + 1,
                total = items.len(),
                item = item.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a typed number came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// A number in range, as an index (from 0).
    At(usize),
    /// Nothing typed: Enter.
    Enter,
    /// Not a number from 1 to n.
    Bad,
}

/// A number in 1..=n (as an index), or Enter; anything else is refused.
pub fn pick(answer: &str, n: usize) -> Number {
    let a = answer.trim();
    if a.is_empty() {
        return Number::Enter;
    }
    match a.parse::<usize>() {
        Ok(k) if (1..=n).contains(&k) => Number::At(k - 1),
        _ => Number::Bad,
    }
}

/// Numbers separated by spaces or commas, each in 1..=n, as indexes; None when one is not.
pub fn numbers(answer: &str, n: usize) -> Option<Vec<usize>> {
    answer
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| match pick(w, n) {
            Number::At(i) => Some(i),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_range_are_read_and_others_refused() {
        assert_eq!(pick("3", 8), Number::At(2));
        assert_eq!(pick("", 8), Number::Enter);
        assert_eq!(pick("9", 8), Number::Bad);
        assert_eq!(pick("0", 8), Number::Bad);
        assert_eq!(pick("two", 8), Number::Bad);
        assert_eq!(numbers("1, 3 4", 4), Some(vec![0, 2, 3]));
        assert_eq!(numbers("1 5", 4), None);
        assert_eq!(numbers("", 4), Some(vec![]));
    }

    #[test]
    fn pages_fit_the_terminal_rows_counting_wrapped_lines() {
        let size = PageSize { rows: 6, cols: 10 };
        let text = "one\ntwo\n12345678901234567890\nthree\nfour\nfive";
        // Four rows a page: one, two and the long line (two rows) fill the first.
        assert_eq!(
            pages(text, size),
            ["one\ntwo\n12345678901234567890", "three\nfour\nfive"]
        );
        assert_eq!(pages("a", size), ["a"]);
    }

    #[test]
    fn a_multi_line_answer_ends_at_a_dot_or_the_end_of_input() {
        let mut out = Vec::new();
        let mut io = Io::new("one\ntwo\n.\nthree\n".as_bytes(), &mut out, None);
        let t = io.typed("Type.");
        assert_eq!((t.text.as_str(), t.ended), ("one\ntwo", false));
        let t = io.typed("Type.");
        assert_eq!((t.text.as_str(), t.ended), ("three", true));
    }

    #[test]
    fn a_command_typed_at_more_stops_the_reading_and_is_read_next() {
        let mut out = Vec::new();
        let size = PageSize { rows: 3, cols: 80 };
        let mut io = Io::new("next\n".as_bytes(), &mut out, Some(size));
        io.page("one\ntwo\nthree");
        assert_eq!(io.line().as_deref(), Some("next"));
        assert_eq!(io.line(), None);
        drop(io);
        let said = String::from_utf8(out).unwrap();
        assert!(said.starts_with("one\n") && !said.contains("two"), "{said}");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_a_line_not_the_end() {
        let mut out = Vec::new();
        let mut io = Io::new(&b"caf\xe9\r\nnext\n"[..], &mut out, None);
        assert_eq!(io.line().as_deref(), Some("caf\u{fffd}"));
        assert_eq!(io.line().as_deref(), Some("next"));
    }

    #[test]
    fn escapes_are_never_written() {
        let mut out = Vec::new();
        Io::new("".as_bytes(), &mut out, None).say("a\u{1b}[2Jb");
        assert!(!out.contains(&0x1b));
        assert!(String::from_utf8(out).unwrap().contains('b'));
    }
}
