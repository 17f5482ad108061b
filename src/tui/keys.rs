//! The key-binding tables: one per context. They drive the key lookup, the footer hints, the help
//! overlay and the generated `docs/keys.md` (and `docs/keys.<lang>.md`) — there is no other list of
//! keys. The keys are the same in every language; what they do is a message of `locales/*/keys.ftl`,
//! shown in the current language.

use std::sync::{LazyLock, OnceLock};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{self, Lang};
use crate::t;

/// Where the user is; each context has its own bindings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Keys that work on every screen (unless a text field has the keyboard).
    Global,
    Home,
    Help,
    Reference,
    /// A session opened read-only from home.
    Review,
    /// The guided workshop on an open session.
    Workshop,
    /// Typing an answer.
    Editor,
    /// The session is open in another instance.
    LockHeld,
    /// Decisions, actions, risks, parking lot, coverage.
    Records,
    /// The landscape register.
    Landscape,
    /// The operation's Matrix (the register read by category and area).
    OperationMatrix,
    /// Classifying imported systems on the Matrix, one at a time.
    Classify,
    /// The output picker of a scoping session (or of a landscape system).
    Outputs,
    /// The scoping brief's preview.
    Brief,
    /// Filling in a form.
    Form,
    /// Typing a search in the reference library.
    Search,
    TooSmall,
    /// A training's agenda: modules, timers, the day's plan.
    Agenda,
    /// Leaving with changes that could not be saved (`save_failure.rs`).
    Unsaved,
    /// A dot vote.
    Vote,
    /// The session's dot votes, open ones first (`present.ftl`).
    Votes,
    /// Who is present, per day.
    Attendance,
    /// The end-of-day summary.
    DaySummary,
    /// Typing in any text field: an answer, a form's field, a search.
    TextField,
    /// A form's field with one option to choose.
    Choice,
    /// A form's field with several options to tick.
    Checklist,
    /// A question that waits for yes or no.
    Confirm,
    /// The risk register (risks have a score, no status).
    Risks,
    /// The coverage grid (read-only; its gap list scrolls).
    Coverage,
    /// The workshop of a training session (agenda, presenter view, groups, votes).
    Training,
    /// The workshop with the guidance panel focused (the Principles in Action, notes, glossary).
    Guidance,
    /// The same panel in a training's workshop (its keys, then the training's).
    TrainingGuidance,
    Find,
}

impl Context {
    /// All contexts, in the order the keys document lists them.
    pub const ALL: [Context; 33] = [
        Context::Global,
        Context::Home,
        Context::Find,
        Context::Workshop,
        Context::Training,
        Context::Guidance,
        Context::TrainingGuidance,
        Context::Editor,
        Context::Records,
        Context::Risks,
        Context::Coverage,
        Context::Landscape,
        Context::OperationMatrix,
        Context::Classify,
        Context::Outputs,
        Context::Brief,
        Context::Agenda,
        Context::Votes,
        Context::Vote,
        Context::Attendance,
        Context::DaySummary,
        Context::Form,
        Context::TextField,
        Context::Choice,
        Context::Checklist,
        Context::Confirm,
        Context::Unsaved,
        Context::LockHeld,
        Context::Review,
        Context::Reference,
        Context::Search,
        Context::Help,
        Context::TooSmall,
    ];

    /// The context's title in the current language (help overlay, keys document).
    pub fn title(self) -> String {
        match self {
            Context::Global => t!("help-everywhere"),
            Context::Home => t!("key-ctx-home"),
            Context::Help => t!("key-ctx-help"),
            Context::Reference => t!("ref-title"),
            Context::Review => t!("key-ctx-review"),
            Context::Workshop => t!("key-ctx-workshop"),
            Context::Editor => t!("key-ctx-editor"),
            Context::LockHeld => t!("lock-held-title"),
            Context::Records => t!("key-ctx-records"),
            Context::Landscape => t!("key-ctx-landscape"),
            Context::OperationMatrix => t!("key-ctx-operation-matrix"),
            Context::Classify => t!("key-ctx-classify"),
            Context::Outputs => t!("key-ctx-outputs"),
            Context::Brief => t!("key-ctx-brief"),
            Context::Form => t!("key-ctx-form"),
            Context::Search => t!("key-ctx-search"),
            Context::TooSmall => t!("key-ctx-too-small"),
            Context::Agenda => t!("key-ctx-agenda"),
            Context::Vote => t!("key-ctx-vote"),
            Context::Votes => t!("present-ctx-votes"),
            Context::Attendance => t!("key-ctx-attendance"),
            Context::DaySummary => t!("key-ctx-day-summary"),
            Context::TextField => t!("edit-ctx-text-field"),
            Context::Choice => t!("edit-ctx-choice"),
            Context::Checklist => t!("edit-ctx-checklist"),
            Context::Confirm => t!("edit-ctx-confirm"),
            Context::Risks => t!("edit-ctx-risks"),
            Context::Coverage => t!("edit-ctx-coverage"),
            Context::Training => t!("edit-ctx-training"),
            Context::Guidance | Context::TrainingGuidance => t!("guidance-ctx"),
            Context::Unsaved => t!("unsaved-title"),
            Context::Find => t!("find-title"),
        }
    }

    /// Whether the global keys apply on top of this context's own.
    pub fn inherits_global(self) -> bool {
        !matches!(
            self,
            Context::Global
                | Context::Search
                | Context::TooSmall
                | Context::Editor
                | Context::Form
                | Context::TextField
                | Context::Choice
                | Context::Checklist
                | Context::Confirm
                | Context::Unsaved
        )
    }

    /// The tables whose keys also work here, in order, after this context's own (the typing keys in
    /// the editor, a form's text field and a search; the form's keys in its option lists; the
    /// workshop's keys under its guidance panel).
    pub fn also(self) -> &'static [Context] {
        match self {
            Context::Editor | Context::Form | Context::Search => &[Context::TextField],
            Context::Choice | Context::Checklist => &[Context::Form],
            Context::Training | Context::Guidance => &[Context::Workshop],
            Context::TrainingGuidance => &[Context::Training, Context::Workshop],
            _ => &[],
        }
    }

    /// Whether the keys document gives the context its own section (the training's guidance panel has
    /// the same keys as the guidance panel's section).
    pub fn documented(self) -> bool {
        self != Context::TrainingGuidance
    }
}

/// A key as the tables name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    Enter,
    Esc,
    Tab,
    BackTab,
    PageUp,
    PageDown,
    Home,
    End,
    Backspace,
    Delete,
    CtrlLeft,
    CtrlRight,
    ShiftLeft,
    ShiftRight,
    ShiftHome,
    ShiftEnd,
    Alt(char),
    AltEnter,
    AltBackspace,
}

impl Key {
    /// The key as shown to people.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift+Tab".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Backspace => "Backspace".into(),
            Key::Delete => "Delete".into(),
            Key::CtrlLeft => "Ctrl+←".into(),
            Key::CtrlRight => "Ctrl+→".into(),
            Key::ShiftLeft => "Shift+←".into(),
            Key::ShiftRight => "Shift+→".into(),
            Key::ShiftHome => "Shift+Home".into(),
            Key::ShiftEnd => "Shift+End".into(),
            Key::Alt(c) => format!("Alt+{}", c.to_ascii_uppercase()),
            Key::AltEnter => "Alt+Enter".into(),
            Key::AltBackspace => "Alt+Backspace".into(),
        }
    }

    /// Whether a key event is this key. Shift is ignored for characters (it is part of the character).
    pub fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        let shift = ev.modifiers.contains(KeyModifiers::SHIFT);
        // A modified arrow, Home, End or Backspace is its own key (Ctrl+←, Shift+Home…).
        let plain = !ctrl && !alt && !shift;
        match (self, ev.code) {
            (Key::Char(k), KeyCode::Char(c)) => !ctrl && !alt && k == c,
            (Key::Ctrl(k), KeyCode::Char(c)) => ctrl && !alt && k.eq_ignore_ascii_case(&c),
            (Key::Alt(k), KeyCode::Char(c)) => alt && !ctrl && k.eq_ignore_ascii_case(&c),
            (Key::Up, KeyCode::Up)
            | (Key::Down, KeyCode::Down)
            | (Key::Left, KeyCode::Left)
            | (Key::Right, KeyCode::Right)
            | (Key::Home, KeyCode::Home)
            | (Key::End, KeyCode::End)
            | (Key::Backspace, KeyCode::Backspace) => plain,
            (Key::CtrlLeft, KeyCode::Left) | (Key::CtrlRight, KeyCode::Right) => ctrl && !shift,
            (Key::ShiftLeft, KeyCode::Left)
            | (Key::ShiftRight, KeyCode::Right)
            | (Key::ShiftHome, KeyCode::Home)
            | (Key::ShiftEnd, KeyCode::End) => shift && !ctrl && !alt,
            (Key::AltBackspace, KeyCode::Backspace) => alt || ctrl,
            // Ctrl+Enter (what some terminals send as a line feed) is Enter; Alt+Enter is its own key.
            (Key::Enter, KeyCode::Enter) => !alt,
            (Key::AltEnter, KeyCode::Enter) => alt,
            (Key::Esc, KeyCode::Esc)
            | (Key::BackTab, KeyCode::BackTab)
            | (Key::PageUp, KeyCode::PageUp)
            | (Key::PageDown, KeyCode::PageDown)
            | (Key::Delete, KeyCode::Delete) => true,
            (Key::Tab, KeyCode::Tab) => !shift,
            _ => false,
        }
    }
}

/// What a key asks for. `update` gives each its meaning in the current screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    Quit,
    Help,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    NextTab,
    PrevTab,
    NextMode,
    FocusNext,
    Search,
    ClearSearch,
    Reference,
    ScrollUp,
    ScrollDown,
    NextSubstep,
    PrevSubstep,
    Edit,
    FinishEdit,
    OpenReadOnly,
    CycleStatus,
    View,
    New,
    Supersede,
    RecordDecision,
    AddAction,
    ShowDecisions,
    ShowActions,
    ShowRisks,
    ShowCoverage,
    ShowParking,
    AddParking,
    MarkDone,
    Skip,
    Save,
    Cancel,
    ChangeLeft,
    ChangeRight,
    NextMatch,
    FindInSessions,
    PrevMatch,
    Export,
    Sort,
    ShowLandscape,
    ShowMatrix,
    ShowOutputs,
    ShowBrief,
    /// Only the essential prompts (the brief path), or all of them again.
    BriefPath,
    /// Add the items of the list a prompt refers to (the key questions) to its answer.
    OfferItems,
    Import,
    Checklist,
    /// The administrative level and P-code of a landscape system's areas.
    Areas,
    Delete,
    PickOutputs,
    /// Classify the systems without a PIM category, one at a time.
    Classify,
    Agenda,
    TimerToggle,
    Presenter,
    ExtendTimer,
    ResetTimer,
    Bell,
    Attendance,
    /// Attendance: everyone present on the day shown; the one highlighted late, or leaving early.
    MarkAllPresent,
    ToggleLate,
    ToggleLeftEarly,
    DaySummary,
    ExportSummary,
    SplitGroups,
    /// Archive the merged group file under the cursor (home).
    ArchiveGroup,
    MergeGroups,
    DotVote,
    /// Set, change or stop the free timer (any session).
    FreeTimer,
    /// Type the dots counted on a flipchart for the option under the cursor.
    CountDots,
    GiveDot,
    TakeDot,
    CloseVote,
    NextExercise,
    DayStart,
    /// The highlighted agenda item one place earlier / later, or to the day before / after.
    ItemEarlier,
    ItemLater,
    DayEarlier,
    DayLater,
    // Typing in a text field (`text_field.rs` carries them out).
    CursorLeft,
    CursorRight,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    SelectLeft,
    SelectRight,
    SelectLineStart,
    SelectLineEnd,
    SelectAll,
    DeleteBack,
    DeleteForward,
    DeleteWord,
    DeleteToEnd,
    Undo,
    Redo,
    Cut,
    PasteCut,
    NewLine,
    /// Tick (or untick) the option under the cursor.
    Tick,
    /// Enter on an option field: the next field, or save on the last one.
    NextOrSave,
    Yes,
    No,
    /// Leaving with unsaved changes: try the save again, save a copy elsewhere, or lose them.
    RetrySave,
    SaveCopyElsewhere,
    QuitLosing,
}

/// One row of a table, in the current language ([`bindings`]).
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    /// What the key does, in a few words (shown in help and footer), in the current language.
    pub description: &'static str,
    /// Shown in the footer hints (the help overlay shows every binding).
    pub footer: bool,
}

/// One row of a table as written: what the key does is the id of a message of `locales/*/keys.ftl`.
struct Row {
    keys: &'static [Key],
    command: Command,
    message: &'static str,
    footer: bool,
}

const fn b(keys: &'static [Key], command: Command, message: &'static str, footer: bool) -> Row {
    Row {
        keys,
        command,
        message,
        footer,
    }
}

use Command as C;
use Key as K;

#[rustfmt::skip]
static GLOBAL: &[Row] = &[
    b(
        &[K::Char('?')],
        C::Help,
        "key-help",
        true,
    ),
    b(&[K::Char('d')], C::RecordDecision, "key-record-decision", true),
    b(
        &[K::Char('r')],
        C::Reference,
        "key-reference",
        true,
    ),
    b(&[K::Char('q'), K::Ctrl('c')], C::Quit, "key-quit", true),
];

#[rustfmt::skip]
static HOME: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-move-up", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-move-down", false),
    b(&[K::Home, K::Char('g')], C::First, "key-first-entry", false),
    b(&[K::End, K::Char('G')], C::Last, "key-last-entry", false),
    b(&[K::PageUp], C::PageUp, "key-page-up", false),
    b(&[K::PageDown], C::PageDown, "key-page-down", false),
    b(
        &[K::Enter],
        C::Open,
        "key-open-entry",
        true,
    ),
    b(
        &[K::Char('v')],
        C::View,
        "key-view-session",
        true,
    ),
    b(&[K::Char('/')], C::Search, "key-filter-sessions", true),
    b(&[K::Char('f')], C::FindInSessions, "key-find-in-sessions", true),
    b(&[K::Char('s')], C::Sort, "key-sort-sessions", false),
    b(&[K::Char('A')], C::ArchiveGroup, "groups-key-archive", false),
    b(&[K::Esc], C::Back, "key-clear-filter", false),
];

#[rustfmt::skip]
static WORKSHOP: &[Row] = &[
    // Shown in a training's footer (its table says so); in the others' help.
    b(&[K::Char('f')], C::Presenter, "key-presenter", false),
    b(&[K::Char('w')], C::FreeTimer, "present-key-free-timer", false),
    b(
        &[K::Up, K::Char('k')],
        C::Up,
        "key-prev-prompt",
        false,
    ),
    b(
        &[K::Down, K::Char('j')],
        C::Down,
        "key-next-prompt",
        false,
    ),
    b(
        &[K::Enter, K::Char('e')],
        C::Edit,
        "key-edit-answer",
        true,
    ),
    b(
        &[K::Char(']'), K::Char('n')],
        C::NextSubstep,
        "key-next-substep",
        true,
    ),
    b(
        &[K::Char('['), K::Char('p')],
        C::PrevSubstep,
        "key-prev-substep",
        false,
    ),
    b(
        &[K::Tab],
        C::FocusNext,
        "key-focus-panel",
        true,
    ),
    b(&[K::BackTab], C::PrevTab, "key-prev-panel", false),
    b(
        &[K::Char(' ')],
        C::CycleStatus,
        "key-cycle-principle",
        false,
    ),
    b(
        &[K::PageDown],
        C::ScrollDown,
        "key-scroll-guidance-down",
        false,
    ),
    b(&[K::PageUp], C::ScrollUp, "key-scroll-guidance-up", false),
    b(&[K::Char('a')], C::AddAction, "key-add-action", true),
    b(&[K::Char('+')], C::AddParking, "key-add-parking", false),
    b(&[K::Char('D')], C::ShowDecisions, "key-show-decisions", false),
    b(&[K::Char('A')], C::ShowActions, "key-show-actions", false),
    b(&[K::Char('R')], C::ShowRisks, "key-show-risks", false),
    b(&[K::Char('P')], C::ShowParking, "key-show-parking", false),
    b(&[K::Char('c')], C::ShowCoverage, "key-show-coverage", false),
    b(&[K::Char('L')], C::ShowLandscape, "key-show-landscape", false),
    b(&[K::Char('M')], C::ShowMatrix, "key-show-matrix", false),
    b(&[K::Char('O')], C::ShowOutputs, "key-show-outputs", false),
    b(&[K::Char('B')], C::ShowBrief, "key-show-brief", false),
    b(&[K::Char('b')], C::BriefPath, "key-brief-path", false),
    b(&[K::Char('i')], C::OfferItems, "key-offer-items", false),
    b(&[K::Char('m')], C::MarkDone, "key-mark-substep-done", false),
    b(&[K::Char('S')], C::Skip, "key-skip-substep", false),
    b(&[K::Char('x')], C::Export, "key-export-session", false),
    b(&[K::Esc], C::Back, "key-close-session", false),
];

/// The workshop of a training (a template with an agenda): its own keys, then the workshop's.
#[rustfmt::skip]
static TRAINING: &[Row] = &[
    b(&[K::Char('t')], C::Agenda, "key-agenda", true),
    b(&[K::Char('f')], C::Presenter, "key-presenter", true),
    b(&[K::Char('T')], C::TimerToggle, "key-timer-module", false),
    b(&[K::Char('G')], C::SplitGroups, "key-split-groups", false),
    b(&[K::Char('J')], C::MergeGroups, "key-merge-groups", false),
    b(&[K::Char('V')], C::DotVote, "key-dot-vote", false),
];

/// The guidance panel's own keys: the principles it lists, their status and note, its scrolling.
#[rustfmt::skip]
static GUIDANCE: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "guidance-key-prev-principle", false),
    b(&[K::Down, K::Char('j')], C::Down, "guidance-key-next-principle", false),
    b(&[K::Char(' ')], C::CycleStatus, "guidance-key-status", true),
    b(&[K::Enter, K::Char('e')], C::Edit, "guidance-key-note", true),
    b(&[K::PageDown], C::ScrollDown, "guidance-key-scroll", true),
    b(&[K::PageUp], C::ScrollUp, "key-scroll-guidance-up", false),
    b(&[K::Tab], C::FocusNext, "key-focus-panel", true),
];

#[rustfmt::skip]
static AGENDA: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-module", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-module", false),
    b(&[K::Char(' '), K::Char('T')], C::TimerToggle, "agenda-key-timer", true),
    b(&[K::Enter], C::Open, "agenda-key-start", false),
    b(&[K::Char('+')], C::ExtendTimer, "agenda-key-extend", true),
    b(&[K::Char('0')], C::ResetTimer, "agenda-key-reset", false),
    b(&[K::Char('e')], C::NextExercise, "agenda-key-exercise", false),
    b(&[K::Char('m')], C::MarkDone, "agenda-key-finish", true),
    b(&[K::Char('n')], C::New, "agenda-key-add", true),
    b(&[K::Char('c')], C::Edit, "agenda-key-change", true),
    b(&[K::Char('X')], C::Delete, "agenda-key-remove", false),
    b(&[K::Char('[')], C::ItemEarlier, "agenda-key-earlier", false),
    b(&[K::Char(']')], C::ItemLater, "agenda-key-later", false),
    b(&[K::Char('<')], C::DayEarlier, "agenda-key-day-before", false),
    b(&[K::Char('>')], C::DayLater, "agenda-key-day-after", false),
    b(&[K::Char('s')], C::DayStart, "agenda-key-day", false),
    b(&[K::Char('f')], C::Presenter, "key-presenter", true),
    b(&[K::Char('b')], C::Bell, "key-bell", false),
    b(&[K::Char('w')], C::FreeTimer, "present-key-free-timer", false),
    b(&[K::Char('a')], C::Attendance, "key-attendance", false),
    b(&[K::Char('E')], C::DaySummary, "key-day-summary", false),
    b(&[K::Char('V')], C::DotVote, "key-dot-vote", false),
    b(&[K::Char('G')], C::SplitGroups, "key-split-groups", false),
    b(&[K::Char('J')], C::MergeGroups, "key-merge-groups", false),
    b(&[K::PageDown], C::ScrollDown, "key-scroll-module-down", false),
    b(&[K::PageUp], C::ScrollUp, "key-scroll-module-up", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static VOTE: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-option", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-option", false),
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "key-prev-voter", false),
    b(&[K::Right, K::Char('l'), K::Tab], C::ChangeRight, "key-next-voter", true),
    b(&[K::Char('+'), K::Char(' ')], C::GiveDot, "key-give-dot", true),
    b(&[K::Char('-'), K::Backspace], C::TakeDot, "key-take-dot", true),
    b(&[K::Char('c')], C::CloseVote, "key-close-vote", true),
    b(&[K::Char('=')], C::CountDots, "present-key-count-dots", true),
    b(&[K::Char('f')], C::Presenter, "present-key-presenter-vote", false),
    b(&[K::PageDown], C::ScrollDown, "present-key-scroll-projected-down", false),
    b(&[K::PageUp], C::ScrollUp, "present-key-scroll-projected-up", false),
    b(&[K::Esc], C::Back, "key-back", true),
];

/// The session's votes: resume an open one, read a closed one, start another.
#[rustfmt::skip]
static VOTES: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "present-key-prev-vote", false),
    b(&[K::Down, K::Char('j')], C::Down, "present-key-next-vote", false),
    b(&[K::Enter], C::Open, "present-key-open-vote", true),
    b(&[K::Char('n')], C::New, "present-key-new-vote", true),
    b(&[K::Char('c')], C::CloseVote, "present-key-close-listed-vote", true),
    b(&[K::Char('f')], C::Presenter, "present-key-presenter-vote", false),
    b(&[K::PageDown], C::ScrollDown, "present-key-scroll-projected-down", false),
    b(&[K::PageUp], C::ScrollUp, "present-key-scroll-projected-up", false),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static ATTENDANCE: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-participant", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-participant", false),
    b(&[K::Char(' '), K::Enter], C::CycleStatus, "key-toggle-present", true),
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "key-prev-day", false),
    b(&[K::Right, K::Char('l')], C::ChangeRight, "key-next-day", true),
    b(&[K::Char('n')], C::New, "key-add-participants", true),
    b(&[K::Char('a')], C::MarkAllPresent, "attendance-key-all-present", true),
    b(&[K::Char('x')], C::Export, "attendance-key-export", true),
    b(&[K::Char('L')], C::ToggleLate, "attendance-key-late", true),
    b(&[K::Char('E')], C::ToggleLeftEarly, "attendance-key-left-early", true),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static DAY_SUMMARY: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::ScrollUp, "key-scroll-up", false),
    b(&[K::Down, K::Char('j')], C::ScrollDown, "key-scroll-down", false),
    b(&[K::PageUp], C::PageUp, "key-page-up", false),
    b(&[K::PageDown, K::Char(' ')], C::PageDown, "key-page-down", false),
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "key-prev-day", false),
    b(&[K::Right, K::Char('l')], C::ChangeRight, "key-next-day", true),
    b(&[K::Char('x')], C::ExportSummary, "key-export-summary", true),
    b(&[K::Char('P')], C::ShowParking, "key-review-parking", true),
    b(&[K::Char('R')], C::Export, "attendance-key-training-report", true),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static RECORDS: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-row", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-row", false),
    b(&[K::Char('n')], C::New, "key-new-record", true),
    b(&[K::Enter], C::Open, "key-edit-row", true),
    b(&[K::Char(' ')], C::CycleStatus, "key-cycle-record-status", true),
    b(&[K::Char('s')], C::Supersede, "key-supersede", false),
    b(&[K::Char('X')], C::Delete, "edit-key-remove-record", false),
    b(&[K::PageUp], C::PageUp, "key-ten-rows-up", false),
    b(&[K::PageDown], C::PageDown, "key-ten-rows-down", false),
    b(&[K::Char('x')], C::Export, "key-export-session", false),
    b(&[K::Tab], C::FocusNext, "key-next-list", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static RISKS: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-row", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-row", false),
    b(&[K::Char('n')], C::New, "key-new-record", true),
    b(&[K::Enter], C::Open, "key-edit-row", true),
    b(&[K::Char('X')], C::Delete, "edit-key-remove-record", false),
    b(&[K::PageUp], C::PageUp, "key-ten-rows-up", false),
    b(&[K::PageDown], C::PageDown, "key-ten-rows-down", false),
    b(&[K::Char('x')], C::Export, "key-export-session", false),
    b(&[K::Tab], C::FocusNext, "key-next-list", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static COVERAGE: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-scroll-line-up", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-scroll-line-down", false),
    b(&[K::PageUp], C::PageUp, "key-scroll-up", false),
    b(&[K::PageDown, K::Char(' ')], C::PageDown, "key-scroll-page-down", true),
    b(&[K::Char('x')], C::Export, "key-export-session", false),
    b(&[K::Tab], C::FocusNext, "key-next-list", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static LANDSCAPE: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-system", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-system", false),
    b(&[K::Char('n')], C::New, "key-new-system", true),
    b(&[K::Enter], C::Open, "key-edit-system", true),
    b(&[K::Char(' ')], C::CycleStatus, "key-cycle-system-status", false),
    b(&[K::Char('o')], C::PickOutputs, "key-pick-outputs", true),
    b(&[K::Char('c')], C::Checklist, "key-sharing-checklist", false),
    b(&[K::Char('a')], C::Areas, "areas-key", false),
    b(&[K::Char('C')], C::Classify, "key-classify-systems", false),
    b(&[K::Char('i')], C::Import, "key-import-table", false),
    b(&[K::Char('X')], C::Delete, "key-remove-system", false),
    b(&[K::PageUp], C::PageUp, "key-ten-systems-up", false),
    b(&[K::PageDown], C::PageDown, "key-ten-systems-down", false),
    b(&[K::Char('x')], C::Export, "key-export-register", false),
    b(&[K::Tab], C::FocusNext, "key-next-list", false),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static CLASSIFY: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-category", true),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-category", false),
    b(&[K::Enter], C::Open, "key-classify-assign", true),
    b(&[K::Char('s')], C::Skip, "key-classify-skip", true),
    b(&[K::Esc], C::Back, "key-classify-back", true),
];

#[rustfmt::skip]
static OPERATION_MATRIX: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-category", true),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-category", false),
    b(&[K::Char('x')], C::Export, "key-export-register", false),
    b(&[K::Tab], C::FocusNext, "key-next-list", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static OUTPUTS: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-output", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-output", false),
    b(&[K::Char(' '), K::Enter], C::CycleStatus, "key-pick-output", true),
    b(&[K::Char(']')], C::ScrollDown, "edit-key-side-down", true),
    b(&[K::Char('[')], C::ScrollUp, "edit-key-side-up", false),
    b(&[K::PageUp], C::PageUp, "key-ten-outputs-up", false),
    b(&[K::PageDown], C::PageDown, "key-ten-outputs-down", false),
    b(&[K::Tab], C::FocusNext, "key-next-list", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static BRIEF: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-scroll-line-up", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-scroll-line-down", false),
    b(&[K::PageUp], C::PageUp, "key-scroll-up", false),
    // The footer drops hints from the end when the line is full: the verdict and the export come first.
    b(&[K::Enter], C::Open, "key-brief-approve", true),
    b(&[K::Char('x')], C::Export, "key-export-brief", true),
    b(&[K::PageDown], C::PageDown, "key-scroll-page-down", true),
    b(&[K::Tab], C::FocusNext, "key-next-list", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-list", false),
    b(&[K::Esc], C::Back, "key-back-to-workshop", true),
];

#[rustfmt::skip]
static FORM: &[Row] = &[
    b(&[K::Tab], C::FocusNext, "key-next-field", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-field", false),
    b(&[K::Up], C::Up, "edit-key-field-up", false),
    b(&[K::Down], C::Down, "edit-key-field-down", false),
    b(&[K::Ctrl('s')], C::Save, "key-save", true),
    b(&[K::Esc], C::Cancel, "edit-key-cancel-form", true),
    b(&[K::Ctrl('c')], C::Quit, "edit-key-quit-form", false),
];

#[rustfmt::skip]
static CHOICE: &[Row] = &[
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "key-prev-option", false),
    b(&[K::Right, K::Char('l'), K::Char(' ')], C::ChangeRight, "key-next-option", true),
    b(&[K::Enter], C::NextOrSave, "edit-key-next-or-save", false),
];

#[rustfmt::skip]
static CHECKLIST: &[Row] = &[
    b(&[K::Char(' ')], C::Tick, "edit-key-tick", true),
    b(&[K::Char('k')], C::ChangeLeft, "edit-key-option-up", false),
    b(&[K::Char('j')], C::ChangeRight, "edit-key-option-down", false),
    b(&[K::PageUp], C::PageUp, "edit-key-options-page-up", false),
    b(&[K::PageDown], C::PageDown, "edit-key-options-page-down", false),
    b(&[K::Enter], C::NextOrSave, "edit-key-next-or-save", false),
];

#[rustfmt::skip]
static EDITOR: &[Row] = &[
    b(&[K::Esc], C::FinishEdit, "key-finish-edit", true),
    b(&[K::Enter, K::Ctrl('j'), K::AltEnter], C::NewLine, "edit-key-editor-new-line", true),
    b(&[K::Ctrl('c')], C::Quit, "key-quit-saved", true),
];

#[rustfmt::skip]
static TEXT_FIELD: &[Row] = &[
    b(&[K::Enter, K::Ctrl('j'), K::AltEnter], C::NewLine, "edit-key-new-line", true),
    b(&[K::Ctrl('z'), K::Ctrl('u')], C::Undo, "edit-key-undo", true),
    b(&[K::Ctrl('y'), K::Ctrl('r')], C::Redo, "edit-key-redo", false),
    b(&[K::Left, K::Ctrl('b')], C::CursorLeft, "edit-key-char-left", false),
    b(&[K::Right, K::Ctrl('f')], C::CursorRight, "edit-key-char-right", false),
    b(&[K::CtrlLeft, K::Alt('b')], C::WordLeft, "edit-key-word-left", false),
    b(&[K::CtrlRight, K::Alt('f')], C::WordRight, "edit-key-word-right", false),
    b(&[K::Home, K::Ctrl('a')], C::LineStart, "edit-key-line-start", false),
    b(&[K::End, K::Ctrl('e')], C::LineEnd, "edit-key-line-end", false),
    b(&[K::Up], C::Up, "edit-key-line-up", false),
    b(&[K::Down], C::Down, "edit-key-line-down", false),
    b(&[K::ShiftLeft], C::SelectLeft, "edit-key-select-left", false),
    b(&[K::ShiftRight], C::SelectRight, "edit-key-select-right", false),
    b(&[K::ShiftHome], C::SelectLineStart, "edit-key-select-start", false),
    b(&[K::ShiftEnd], C::SelectLineEnd, "edit-key-select-end", false),
    b(&[K::Alt('a')], C::SelectAll, "edit-key-select-all", false),
    b(&[K::Backspace, K::Ctrl('h')], C::DeleteBack, "edit-key-delete-back", false),
    b(&[K::Delete, K::Ctrl('d')], C::DeleteForward, "edit-key-delete-forward", false),
    b(&[K::Ctrl('w'), K::AltBackspace], C::DeleteWord, "edit-key-delete-word", false),
    b(&[K::Ctrl('k')], C::DeleteToEnd, "edit-key-delete-to-end", false),
    b(&[K::Ctrl('x')], C::Cut, "edit-key-cut", false),
    b(&[K::Ctrl('v')], C::PasteCut, "edit-key-paste-cut", false),
];

#[rustfmt::skip]
static CONFIRM: &[Row] = &[
    b(&[K::Char('y'), K::Char('Y')], C::Yes, "edit-key-yes", true),
    b(&[K::Char('n'), K::Char('N'), K::Esc], C::No, "edit-key-no", true),
    b(&[K::Ctrl('c')], C::Quit, "edit-key-quit-confirm", false),
];

#[rustfmt::skip]
static UNSAVED: &[Row] = &[
    b(&[K::Char('r')], C::RetrySave, "key-unsaved-retry", true),
    b(&[K::Char('c')], C::SaveCopyElsewhere, "key-unsaved-copy", true),
    b(&[K::Char('l')], C::QuitLosing, "key-unsaved-lose", true),
    b(&[K::Enter], C::Save, "key-unsaved-save-copy", false),
    b(&[K::Esc], C::Back, "key-unsaved-back", true),
];

#[rustfmt::skip]
static LOCK_HELD: &[Row] = &[
    b(&[K::Char('o')], C::OpenReadOnly, "key-open-read-only", true),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static REVIEW: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::ScrollUp, "key-scroll-up", false),
    b(&[K::Down, K::Char('j')], C::ScrollDown, "key-scroll-down", false),
    b(&[K::PageUp], C::PageUp, "key-page-up", false),
    b(&[K::PageDown, K::Char(' ')], C::PageDown, "key-page-down", true),
    b(&[K::Home, K::Char('g')], C::First, "key-top", false),
    b(&[K::End, K::Char('G')], C::Last, "key-end", false),
    b(&[K::Tab], C::NextTab, "key-next-section", true),
    b(&[K::BackTab], C::PrevTab, "key-prev-section", false),
    b(&[K::Char('/')], C::Search, "key-search-session", true),
    b(&[K::Char('n')], C::NextMatch, "key-next-match", false),
    b(&[K::Char('N')], C::PrevMatch, "key-prev-match", false),
    b(&[K::Char('x')], C::Export, "key-export-session", true),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static REFERENCE: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-item", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-item", false),
    b(&[K::Home, K::Char('g')], C::First, "key-first-item", false),
    b(&[K::End, K::Char('G')], C::Last, "key-last-item", false),
    b(
        &[K::Tab, K::Right, K::Char('l')],
        C::NextTab,
        "key-next-tab",
        true,
    ),
    b(
        &[K::BackTab, K::Left, K::Char('h')],
        C::PrevTab,
        "key-prev-tab",
        false,
    ),
    b(
        &[K::Char('m')],
        C::NextMode,
        "key-matrix-view",
        true,
    ),
    b(
        &[K::PageDown, K::Char(' ')],
        C::ScrollDown,
        "key-scroll-details-down",
        true,
    ),
    b(&[K::PageUp], C::ScrollUp, "key-scroll-details-up", false),
    b(&[K::Char('f')], C::Presenter, "present-key-presenter-reference", false),
    b(
        &[K::Char('/')],
        C::Search,
        "key-search-list",
        true,
    ),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static SEARCH: &[Row] = &[
    b(
        &[K::Enter],
        C::Back,
        "key-keep-search",
        true,
    ),
    b(&[K::Esc], C::ClearSearch, "key-clear-search", true),
    b(&[K::Up], C::Up, "key-prev-match", false),
    b(&[K::Down], C::Down, "key-next-match", false),
    b(&[K::Ctrl('c')], C::Quit, "key-quit", false),
];

#[rustfmt::skip]
static FIND: &[Row] = &[
    b(&[K::Up, K::Char('k')], C::Up, "key-prev-match", false),
    b(&[K::Down, K::Char('j')], C::Down, "key-next-match", false),
    b(&[K::PageUp], C::PageUp, "key-page-up", false),
    b(&[K::PageDown], C::PageDown, "key-page-down", false),
    b(&[K::Home, K::Char('g')], C::First, "key-first-entry", false),
    b(&[K::End, K::Char('G')], C::Last, "key-last-entry", false),
    b(&[K::Enter], C::Open, "key-find-open", true),
    b(&[K::Char('/')], C::Search, "key-find-again", true),
    b(&[K::Esc], C::Back, "key-back", true),
];

#[rustfmt::skip]
static HELP: &[Row] = &[
    b(&[K::Esc], C::Back, "key-close-help", true),
    b(&[K::Up, K::Char('k')], C::ScrollUp, "key-scroll-up", false),
    b(
        &[K::Down, K::Char('j')],
        C::ScrollDown,
        "key-scroll-down",
        false,
    ),
    b(&[K::PageUp], C::PageUp, "key-page-up", false),
    b(&[K::PageDown, K::Char(' ')], C::PageDown, "key-page-down", false),
];

#[rustfmt::skip]
static TOO_SMALL: &[Row] = &[b(&[K::Char('q'), K::Ctrl('c')], C::Quit, "key-quit", true)];

/// The rows of one context's table, as written (without the global ones).
fn rows(ctx: Context) -> &'static [Row] {
    match ctx {
        Context::Global => GLOBAL,
        Context::Home => HOME,
        Context::Help => HELP,
        Context::Reference => REFERENCE,
        Context::Review => REVIEW,
        Context::Workshop => WORKSHOP,
        Context::Editor => EDITOR,
        Context::LockHeld => LOCK_HELD,
        Context::Records => RECORDS,
        Context::Landscape => LANDSCAPE,
        Context::OperationMatrix => OPERATION_MATRIX,
        Context::Classify => CLASSIFY,
        Context::Outputs => OUTPUTS,
        Context::Brief => BRIEF,
        Context::Form => FORM,
        Context::Search => SEARCH,
        Context::Find => FIND,
        Context::TooSmall => TOO_SMALL,
        Context::Agenda => AGENDA,
        Context::Vote => VOTE,
        Context::Votes => VOTES,
        Context::Attendance => ATTENDANCE,
        Context::DaySummary => DAY_SUMMARY,
        Context::TextField => TEXT_FIELD,
        Context::Choice => CHOICE,
        Context::Checklist => CHECKLIST,
        Context::Confirm => CONFIRM,
        Context::Risks => RISKS,
        Context::Coverage => COVERAGE,
        Context::Training => TRAINING,
        Context::Guidance | Context::TrainingGuidance => GUIDANCE,
        Context::Unsaved => UNSAVED,
    }
}

/// The tables in the languages they are shown in: for each language (the catalogues', then the
/// pseudo-locale) and context, the descriptions and the bindings that borrow them. A table is
/// translated when first shown (the home screen's first frame reads only its own two).
struct Slots {
    descriptions: Vec<OnceLock<Vec<String>>>,
    bindings: Vec<OnceLock<Vec<Binding>>>,
}

static SLOTS: LazyLock<Slots> = LazyLock::new(|| {
    let n = (Lang::all().count() + 1) * Context::ALL.len();
    Slots {
        descriptions: (0..n).map(|_| OnceLock::new()).collect(),
        bindings: (0..n).map(|_| OnceLock::new()).collect(),
    }
});

fn slot(lang: Lang, ctx: Context) -> Option<usize> {
    let lang = if lang == Lang::PSEUDO {
        Lang::all().count()
    } else {
        Lang::all().position(|l| l == lang)?
    };
    let ctx = Context::ALL.iter().position(|c| *c == ctx)?;
    Some(lang * Context::ALL.len() + ctx)
}

/// A context's table in a language (None for a language the program does not have).
fn table(lang: Lang, ctx: Context) -> Option<&'static [Binding]> {
    let slots: &'static Slots = &SLOTS;
    let i = slot(lang, ctx)?;
    let descriptions = slots.descriptions.get(i)?.get_or_init(|| {
        i18n::with_lang(lang, || {
            rows(ctx).iter().map(|r| i18n::tr(r.message)).collect()
        })
    });
    let bindings = slots.bindings.get(i)?.get_or_init(|| {
        rows(ctx)
            .iter()
            .zip(descriptions)
            .map(|(row, description)| Binding {
                keys: row.keys,
                command: row.command,
                description,
                footer: row.footer,
            })
            .collect()
    });
    Some(bindings)
}

/// The bindings of one context (without the global ones), in the current language.
pub fn bindings(ctx: Context) -> &'static [Binding] {
    table(i18n::current(), ctx)
        .or_else(|| table(Lang::EN, ctx))
        .unwrap_or(&[])
}

/// The command a key event means in a context: the context's own table first, then the global one.
pub fn lookup(ctx: Context, ev: &KeyEvent) -> Option<Command> {
    let find = |c: Context| {
        rows(c)
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(ev)))
            .map(|b| b.command)
    };
    // The context's own table, then the tables whose keys also work there.
    let own = find(ctx).or_else(|| ctx.also().iter().find_map(|c| find(*c)));
    own.or_else(|| {
        if ctx.inherits_global() {
            lookup(Context::Global, ev)
        } else {
            None
        }
    })
}

/// The keys of a binding as one label, e.g. "↑/k".
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
}

/// A footer hint: the first key of a binding and the short form of its description.
pub type Hint = (String, &'static str);

/// Footer hints for a context: its own footer bindings, then the global ones (without the reference key
/// inside the reference library, where it does nothing).
pub fn footer_hints(ctx: Context) -> (Vec<Hint>, Vec<Hint>) {
    let hint = |b: &Binding| (b.keys[0].label(), short(b.description));
    let mut own: Vec<Hint> = Vec::new();
    // A form's own keys (next field, save, cancel) come before its field's; elsewhere the context's
    // own keys come first. A key is shown once, with the meaning the context gives it.
    let order: Vec<Context> = match ctx.also() {
        [Context::Form] => vec![Context::Form, ctx],
        also => std::iter::once(ctx).chain(also.iter().copied()).collect(),
    };
    for b in order
        .into_iter()
        .flat_map(|c| bindings(c).iter().filter(|b| b.footer))
    {
        let h = hint(b);
        if !own.iter().any(|(k, _)| *k == h.0) {
            own.push(h);
        }
    }
    let global = if ctx.inherits_global() {
        bindings(Context::Global)
            .iter()
            .filter(|b| b.footer && shown_in_footer(ctx, b.command))
            .map(hint)
            .collect()
    } else {
        Vec::new()
    };
    (own, global)
}

/// Global keys that only make sense on some screens stay out of the others' footers.
fn shown_in_footer(ctx: Context, command: Command) -> bool {
    match command {
        Command::Reference => ctx != Context::Reference,
        Command::RecordDecision => matches!(
            ctx,
            Context::Workshop
                | Context::Training
                | Context::Records
                | Context::Risks
                | Context::Coverage
                | Context::Landscape
                | Context::Brief
        ),
        _ => true,
    }
}

/// The part of a description before a colon, for the footer (without the space French puts before
/// a colon).
fn short(description: &'static str) -> &'static str {
    description
        .split(':')
        .next()
        .unwrap_or(description)
        .trim_end()
}

/// The generated keys document in a language: `docs/keys.md` in English, `docs/keys.<lang>.md` in
/// the others (the same tables, the same keys; the descriptions and headings in the language).
pub fn keys_markdown(lang: Lang) -> String {
    i18n::with_lang(lang, || {
        let mut out = format!(
            "# {}\n\n<!-- Generated from src/tui/keys.rs and locales/{}/keys.ftl by `cargo test --test \
             keys_doc` (UPDATE_KEYS_DOC=1 rewrites it). Do not edit by hand. -->\n\n",
            t!("key-doc-title"),
            lang.code()
        );
        if lang != Lang::EN {
            out.push_str(&format!("{}\n\n", t!("key-doc-same-keys")));
        }
        out.push_str(&format!("{}\n", t!("key-doc-intro")));
        let everywhere = t!("key-doc-global-too", everywhere = Context::Global.title());
        for ctx in Context::ALL.into_iter().filter(|c| c.documented()) {
            out.push_str(&format!(
                "\n## {}\n\n| {} | {} |\n|---|---|\n",
                ctx.title(),
                t!("key-doc-col-keys"),
                t!("key-doc-col-action")
            ));
            for binding in bindings(ctx) {
                let keys = binding
                    .keys
                    .iter()
                    .map(|k| format!("`{}`", k.label().replace('|', "\\|")))
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push_str(&format!("| {keys} | {} |\n", binding.description));
            }
            for also in ctx.also() {
                out.push_str(&format!("\n{}\n", t!("edit-doc-also", keys = also.title())));
            }
            if ctx.inherits_global() {
                out.push_str(&format!("\n{everywhere}\n"));
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEventKind, KeyEventState};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn vim_and_arrow_keys_both_move() {
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        let down = key(KeyCode::Down, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Home, &j), Some(Command::Down));
        assert_eq!(lookup(Context::Home, &down), Some(Command::Down));
    }

    #[test]
    fn global_keys_apply_in_screens_but_not_in_search() {
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Home, &q), Some(Command::Quit));
        assert_eq!(lookup(Context::Search, &q), None);
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Context::Search, &ctrl_c), Some(Command::Quit));
    }

    #[test]
    fn shifted_g_is_last() {
        let g = key(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Home, &g), Some(Command::Last));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for ctx in Context::ALL {
            let mut seen: Vec<(Key, Command)> = Vec::new();
            let mut all: Vec<&Row> = rows(ctx).iter().collect();
            if ctx == Context::Training {
                // A training may repeat a workshop key with the same meaning, to show it in its
                // footer (`f`, the presenter view); never with another meaning.
                all.extend(WORKSHOP.iter().filter(|w| {
                    !rows(ctx)
                        .iter()
                        .any(|t| t.command == w.command && t.keys == w.keys)
                }));
            }
            if ctx.inherits_global() {
                all.extend(GLOBAL.iter());
            }
            for binding in all {
                for k in binding.keys {
                    assert!(
                        !seen.iter().any(|(s, _)| s == k),
                        "{k:?} bound twice in {ctx:?}"
                    );
                    seen.push((*k, binding.command));
                }
            }
        }
    }

    #[test]
    fn footer_lists_help_and_quit() {
        let (own, global) = footer_hints(Context::Home);
        assert!(own.iter().any(|(k, _)| k == "Enter"));
        assert!(global.iter().any(|(k, _)| k == "?"));
        assert!(global.iter().any(|(k, d)| k == "q" && *d == "quit"));
    }

    #[test]
    fn every_description_is_in_the_english_catalogue() {
        let missing: Vec<&str> = Context::ALL
            .into_iter()
            .flat_map(rows)
            .map(|r| r.message)
            .filter(|id| !i18n::has_message(Lang::EN, id))
            .collect();
        assert!(
            missing.is_empty(),
            "not in locales/en/keys.ftl: {missing:?}"
        );
    }

    #[test]
    fn french_describes_the_same_keys() {
        let fr = Lang::parse("fr").expect("French is embedded");
        let english: Vec<(String, &str)> = bindings(Context::Home)
            .iter()
            .map(|b| (keys_label(b), b.description))
            .collect();
        let french: Vec<(String, &str)> = i18n::with_lang(fr, || {
            bindings(Context::Home)
                .iter()
                .map(|b| (keys_label(b), b.description))
                .collect()
        });
        assert_eq!(english.len(), french.len());
        for ((ek, ed), (fk, fd)) in english.iter().zip(&french) {
            assert_eq!(ek, fk);
            assert_ne!(ed, fd, "{ek} is not translated");
        }
        // The footer's short form stops before the colon and the no-break space before it.
        let (_, global) = i18n::with_lang(fr, || footer_hints(Context::Home));
        assert!(
            global.iter().any(|(k, d)| k == "?" && *d == "aide"),
            "{global:?}"
        );
        assert_eq!(
            i18n::with_lang(fr, || Context::Home.title()),
            "Écran d'accueil"
        );
    }
}
