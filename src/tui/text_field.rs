//! One text field for every editable text (answers, form fields, search boxes): a `ratatui-textarea`
//! with the program's own keys. What a key does comes from the key table (`keys::Context::TextField`);
//! this file only carries the commands out, so the footer, `?` and `docs/keys.md` list exactly these.
//!
//! Enter, Ctrl+J and Alt+Enter are one command ([`Command::NewLine`]): a new line in a multi-line field,
//! and in a one-line field nothing here (the form moves to the next field). Nothing ever deletes text
//! on a line feed.

use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::keys::Command;
use crate::display;

/// What a key did to the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor or the selection moved.
    Moved,
    /// Enter (or Ctrl+J, Alt+Enter) in a one-line field: the caller moves on.
    LineEnd,
    /// Not a key for the field.
    Ignored,
}

/// An editable text with a cursor, a selection and an undo history.
#[derive(Clone, Debug)]
pub struct TextField {
    area: TextArea<'static>,
    multi_line: bool,
    max_chars: usize,
}

impl PartialEq for TextField {
    fn eq(&self, other: &Self) -> bool {
        self.multi_line == other.multi_line && self.area.lines() == other.area.lines()
    }
}

impl Eq for TextField {}

impl TextField {
    /// A field holding `text`, the cursor at its end. Control characters are shown as marks, so
    /// untrusted text never reaches the terminal raw; a one-line field keeps its text on one line.
    pub fn new(text: &str, multi_line: bool, max_chars: usize) -> Self {
        let shown = display::sanitize(&normalise(text, multi_line), multi_line).into_owned();
        let lines: Vec<String> = shown.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextField {
            area,
            multi_line,
            max_chars,
        }
    }

    /// A one-line field (search boxes, names, dates).
    pub fn line(text: &str) -> Self {
        TextField::new(text, false, usize::MAX)
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn lines(&self) -> &[String] {
        self.area.lines()
    }

    pub fn is_multi_line(&self) -> bool {
        self.multi_line
    }

    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(String::is_empty)
    }

    /// The cursor as (line, character in the line).
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    /// The selected range as ((line, char), (line, char)), start first.
    pub fn selection(&self) -> Option<((usize, usize), (usize, usize))> {
        self.area.selection_range()
    }

    /// The textarea, for drawing.
    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    pub fn area_mut(&mut self) -> &mut TextArea<'static> {
        &mut self.area
    }

    fn chars(&self) -> usize {
        self.area
            .lines()
            .iter()
            .map(|l| l.chars().count())
            .sum::<usize>()
            + self.area.lines().len().saturating_sub(1)
    }

    /// Type one character at the cursor (replacing the selection).
    pub fn insert_char(&mut self, c: char) -> Edit {
        if c == '\n' || c == '\r' {
            return self.command(Command::NewLine);
        }
        if c.is_control() || self.chars() >= self.max_chars {
            return Edit::Ignored;
        }
        self.area.insert_char(c);
        Edit::Changed
    }

    /// Pasted text at the cursor: line ends kept in a multi-line field and made spaces in a one-line
    /// one; control characters shown as marks; cut at the field's limit.
    pub fn paste(&mut self, text: &str) -> Edit {
        let text = normalise(text, self.multi_line);
        let clean = display::sanitize(&text, self.multi_line);
        let room = self.max_chars.saturating_sub(self.chars());
        let taken: String = clean.chars().take(room).collect();
        if taken.is_empty() {
            return Edit::Ignored;
        }
        self.area.insert_str(taken);
        Edit::Changed
    }

    /// A command of the text-field key table.
    pub fn command(&mut self, command: Command) -> Edit {
        use Command as C;
        let moved = |area: &mut TextArea<'static>, m: CursorMove, select: bool| {
            if select && !area.is_selecting() {
                area.start_selection();
            } else if !select {
                area.cancel_selection();
            }
            area.move_cursor(m);
            Edit::Moved
        };
        let changed = |yes: bool| if yes { Edit::Changed } else { Edit::Ignored };
        match command {
            C::CursorLeft => moved(&mut self.area, CursorMove::Back, false),
            C::CursorRight => moved(&mut self.area, CursorMove::Forward, false),
            C::WordLeft => moved(&mut self.area, CursorMove::WordBack, false),
            C::WordRight => moved(&mut self.area, CursorMove::WordForward, false),
            C::LineStart => moved(&mut self.area, CursorMove::Head, false),
            C::LineEnd => moved(&mut self.area, CursorMove::End, false),
            C::SelectLeft => moved(&mut self.area, CursorMove::Back, true),
            C::SelectRight => moved(&mut self.area, CursorMove::Forward, true),
            C::SelectLineStart => moved(&mut self.area, CursorMove::Head, true),
            C::SelectLineEnd => moved(&mut self.area, CursorMove::End, true),
            C::SelectAll => {
                self.area.select_all();
                Edit::Moved
            }
            C::Up if self.multi_line => moved(&mut self.area, CursorMove::Up, false),
            C::Down if self.multi_line => moved(&mut self.area, CursorMove::Down, false),
            C::DeleteBack => changed(self.area.delete_char()),
            C::DeleteForward => changed(self.area.delete_next_char()),
            C::DeleteWord => changed(self.area.delete_word()),
            C::DeleteToEnd => changed(self.area.delete_line_by_end()),
            C::Undo => changed(self.area.undo()),
            C::Redo => changed(self.area.redo()),
            C::Cut => changed(self.area.cut()),
            C::PasteCut => {
                let text = self.area.yank_text();
                self.paste(&text)
            }
            C::NewLine if self.multi_line => {
                if self.chars() >= self.max_chars {
                    return Edit::Ignored;
                }
                self.area.insert_newline();
                Edit::Changed
            }
            C::NewLine => Edit::LineEnd,
            _ => Edit::Ignored,
        }
    }

    /// Whether the cursor is on the first (or, going down, the last) line: ↑/↓ leave the field there.
    pub fn at_edge(&self, down: bool) -> bool {
        let (row, _) = self.cursor();
        if down {
            row + 1 >= self.area.lines().len()
        } else {
            row == 0
        }
    }
}

/// Whether a command is one of the typing commands a text field carries out.
pub fn is_typing(command: Command) -> bool {
    use Command as C;
    matches!(
        command,
        C::CursorLeft
            | C::CursorRight
            | C::WordLeft
            | C::WordRight
            | C::LineStart
            | C::LineEnd
            | C::SelectLeft
            | C::SelectRight
            | C::SelectLineStart
            | C::SelectLineEnd
            | C::SelectAll
            | C::DeleteBack
            | C::DeleteForward
            | C::DeleteWord
            | C::DeleteToEnd
            | C::Undo
            | C::Redo
            | C::Cut
            | C::PasteCut
            | C::NewLine
    )
}

/// Line ends as `\n`; in a one-line field they become spaces.
fn normalise(text: &str, multi_line: bool) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if multi_line {
        text
    } else {
        text.replace('\n', " ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Command as C;

    fn typed(field: &mut TextField, text: &str) {
        for c in text.chars() {
            field.insert_char(c);
        }
    }

    #[test]
    fn the_cursor_moves_by_character_word_and_line() {
        let mut f = TextField::new("one two\nthree", true, 100);
        assert_eq!(f.cursor(), (1, 5));
        f.command(C::LineStart);
        assert_eq!(f.cursor(), (1, 0));
        f.command(C::Up);
        assert_eq!(f.cursor(), (0, 0));
        f.command(C::WordRight);
        assert_eq!(f.cursor(), (0, 4));
        f.command(C::CursorRight);
        assert_eq!(f.cursor(), (0, 5));
        f.command(C::WordLeft);
        assert_eq!(f.cursor(), (0, 4));
        f.command(C::LineEnd);
        assert_eq!(f.cursor(), (0, 7));
        f.command(C::Down);
        assert_eq!(f.cursor(), (1, 5));
        assert!(f.at_edge(true) && !f.at_edge(false));
    }

    #[test]
    fn typing_in_the_middle_inserts_there() {
        let mut f = TextField::new("Use exsting data", false, 100);
        f.command(C::LineStart);
        for _ in 0..6 {
            f.command(C::CursorRight);
        }
        f.insert_char('i');
        assert_eq!(f.text(), "Use existing data");
        f.command(C::DeleteForward);
        assert_eq!(f.text(), "Use exiting data");
    }

    #[test]
    fn undo_and_redo_walk_the_history() {
        let mut f = TextField::new("", true, 100);
        typed(&mut f, "abc");
        f.command(C::DeleteBack);
        assert_eq!(f.text(), "ab");
        assert_eq!(f.command(C::Undo), Edit::Changed);
        assert_eq!(f.text(), "abc");
        f.command(C::Undo);
        assert_eq!(f.text(), "ab");
        f.command(C::Redo);
        assert_eq!(f.text(), "abc");
        f.command(C::Redo);
        assert_eq!(f.text(), "ab");
        assert_eq!(f.command(C::Redo), Edit::Ignored, "nothing left to redo");
    }

    #[test]
    fn a_line_feed_is_a_new_line_and_never_deletes() {
        let mut f = TextField::new("", true, 100);
        typed(&mut f, "abc");
        assert_eq!(f.command(C::NewLine), Edit::Changed);
        typed(&mut f, "def");
        assert_eq!(f.text(), "abc\ndef");
        typed(&mut f, "\nghi");
        assert_eq!(f.text(), "abc\ndef\nghi");

        let mut one = TextField::new("abc", false, 100);
        assert_eq!(one.command(C::NewLine), Edit::LineEnd);
        assert_eq!(one.text(), "abc", "a one-line field keeps its text");
        one.paste("x\ny\r\nz");
        assert_eq!(one.text(), "abcx y z");
    }

    #[test]
    fn selection_cut_and_paste_move_text() {
        let mut f = TextField::new("hello world", false, 100);
        f.command(C::LineStart);
        for _ in 0..5 {
            f.command(C::SelectRight);
        }
        assert_eq!(f.selection(), Some(((0, 0), (0, 5))));
        f.command(C::Cut);
        assert_eq!(f.text(), " world");
        f.command(C::LineEnd);
        f.command(C::PasteCut);
        assert_eq!(f.text(), " worldhello");
        typed(&mut f, "!");
        f.command(C::SelectAll);
        f.insert_char('x');
        assert_eq!(f.text(), "x", "typing replaces the selection");
    }

    #[test]
    fn the_limit_and_control_characters_hold() {
        let mut f = TextField::new("", false, 3);
        typed(&mut f, "abcd");
        assert_eq!(f.text(), "abc");
        let mut g = TextField::new("a\u{1b}[2J", false, 100);
        g.insert_char('\u{7}');
        assert_eq!(g.text(), "a␛[2J");
    }
}
