//! The key-binding tables: one per context. They drive the key lookup, the footer hints, the help
//! overlay and the generated `docs/keys.md` — there is no other list of keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
    /// A dot vote.
    Vote,
    /// Who is present, per day.
    Attendance,
    /// The end-of-day summary.
    DaySummary,
}

impl Context {
    /// All contexts, in the order the keys document lists them.
    pub const ALL: [Context; 20] = [
        Context::Global,
        Context::Home,
        Context::Workshop,
        Context::Editor,
        Context::Records,
        Context::Landscape,
        Context::OperationMatrix,
        Context::Outputs,
        Context::Brief,
        Context::Agenda,
        Context::Vote,
        Context::Attendance,
        Context::DaySummary,
        Context::Form,
        Context::LockHeld,
        Context::Review,
        Context::Reference,
        Context::Search,
        Context::Help,
        Context::TooSmall,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Home => "Home screen",
            Context::Help => "Help overlay",
            Context::Reference => "Reference library",
            Context::Review => "Review (read-only)",
            Context::Workshop => "Workshop",
            Context::Editor => "Typing an answer",
            Context::LockHeld => "Session open elsewhere",
            Context::Records => "Decisions, actions, risks, parking lot, coverage",
            Context::Landscape => "Landscape register",
            Context::OperationMatrix => "The operation's Matrix",
            Context::Outputs => "Output picker (scoping, or a system's outputs)",
            Context::Brief => "Scoping brief preview",
            Context::Form => "Forms",
            Context::Search => "Searching (home, reference library, review)",
            Context::TooSmall => "Terminal too small",
            Context::Agenda => "Agenda and timers",
            Context::Vote => "Dot vote",
            Context::Attendance => "Attendance",
            Context::DaySummary => "End-of-day summary",
        }
    }

    /// Whether the global keys apply on top of this context's own.
    pub fn inherits_global(self) -> bool {
        !matches!(
            self,
            Context::Global | Context::Search | Context::TooSmall | Context::Editor | Context::Form
        )
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
        }
    }

    /// Whether a key event is this key. Shift is ignored for characters (it is part of the character).
    pub fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match (self, ev.code) {
            (Key::Char(k), KeyCode::Char(c)) => !ctrl && !alt && k == c,
            (Key::Ctrl(k), KeyCode::Char(c)) => ctrl && k.eq_ignore_ascii_case(&c),
            (Key::Up, KeyCode::Up)
            | (Key::Down, KeyCode::Down)
            | (Key::Left, KeyCode::Left)
            | (Key::Right, KeyCode::Right)
            | (Key::Enter, KeyCode::Enter)
            | (Key::Esc, KeyCode::Esc)
            | (Key::BackTab, KeyCode::BackTab)
            | (Key::PageUp, KeyCode::PageUp)
            | (Key::PageDown, KeyCode::PageDown)
            | (Key::Home, KeyCode::Home)
            | (Key::End, KeyCode::End)
            | (Key::Backspace, KeyCode::Backspace) => true,
            (Key::Tab, KeyCode::Tab) => !ev.modifiers.contains(KeyModifiers::SHIFT),
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
    PrevMatch,
    Export,
    Sort,
    ShowLandscape,
    ShowMatrix,
    ShowOutputs,
    ShowBrief,
    Import,
    Checklist,
    Delete,
    PickOutputs,
    Agenda,
    TimerToggle,
    Presenter,
    ExtendTimer,
    ResetTimer,
    Bell,
    Attendance,
    DaySummary,
    ExportSummary,
    SplitGroups,
    MergeGroups,
    DotVote,
    GiveDot,
    TakeDot,
    CloseVote,
    NextExercise,
    DayStart,
}

/// One row of a table.
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    /// What the key does, in a few words (shown in help and footer).
    pub description: &'static str,
    /// Shown in the footer hints (the help overlay shows every binding).
    pub footer: bool,
}

const fn b(
    keys: &'static [Key],
    command: Command,
    description: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys,
        command,
        description,
        footer,
    }
}

use Command as C;
use Key as K;

#[rustfmt::skip]
static GLOBAL: &[Binding] = &[
    b(
        &[K::Char('?')],
        C::Help,
        "help: all keys of this screen",
        true,
    ),
    b(&[K::Char('d')], C::RecordDecision, "decision: record one for the open session", true),
    b(
        &[K::Char('r')],
        C::Reference,
        "reference: the PIM framework library",
        true,
    ),
    b(&[K::Char('q'), K::Ctrl('c')], C::Quit, "quit", true),
];

#[rustfmt::skip]
static HOME: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "move up", false),
    b(&[K::Down, K::Char('j')], C::Down, "move down", false),
    b(&[K::Home, K::Char('g')], C::First, "first entry", false),
    b(&[K::End, K::Char('G')], C::Last, "last entry", false),
    b(&[K::PageUp], C::PageUp, "page up", false),
    b(&[K::PageDown], C::PageDown, "page down", false),
    b(
        &[K::Enter],
        C::Open,
        "open: the entry, or the session in the workshop",
        true,
    ),
    b(
        &[K::Char('v')],
        C::View,
        "view: review the session read-only",
        true,
    ),
    b(&[K::Char('/')], C::Search, "filter: the sessions, as you type", true),
    b(&[K::Char('s')], C::Sort, "sort: by last change, title or kind", false),
    b(&[K::Esc], C::Back, "clear the filter", false),
];

#[rustfmt::skip]
static WORKSHOP: &[Binding] = &[
    b(
        &[K::Up, K::Char('k')],
        C::Up,
        "previous prompt (or sub-step, principle: in the focused panel)",
        false,
    ),
    b(
        &[K::Down, K::Char('j')],
        C::Down,
        "next prompt (or sub-step, principle: in the focused panel)",
        false,
    ),
    b(
        &[K::Enter, K::Char('e')],
        C::Edit,
        "edit: write the answer to this prompt",
        true,
    ),
    b(
        &[K::Char(']'), K::Char('n')],
        C::NextSubstep,
        "next sub-step",
        true,
    ),
    b(
        &[K::Char('['), K::Char('p')],
        C::PrevSubstep,
        "previous sub-step",
        false,
    ),
    b(
        &[K::Tab],
        C::FocusNext,
        "panel: process map, prompts, guidance",
        true,
    ),
    b(&[K::BackTab], C::PrevTab, "previous panel", false),
    b(
        &[K::Char(' ')],
        C::CycleStatus,
        "guidance: set the principle to addressed, concern, not applicable or open",
        false,
    ),
    b(
        &[K::PageDown],
        C::ScrollDown,
        "scroll the guidance down",
        false,
    ),
    b(&[K::PageUp], C::ScrollUp, "scroll the guidance up", false),
    b(&[K::Char('a')], C::AddAction, "action: add one", true),
    b(&[K::Char('+')], C::AddParking, "parking lot: add a point to come back to", false),
    b(&[K::Char('D')], C::ShowDecisions, "decisions list", false),
    b(&[K::Char('A')], C::ShowActions, "actions list", false),
    b(&[K::Char('R')], C::ShowRisks, "risks and the risk map", false),
    b(&[K::Char('P')], C::ShowParking, "parking lot", false),
    b(&[K::Char('c')], C::ShowCoverage, "coverage: principles × sub-steps, the gaps", false),
    b(&[K::Char('L')], C::ShowLandscape, "landscape register: the systems already running", false),
    b(&[K::Char('M')], C::ShowMatrix, "the operation's Matrix: systems by category, gaps, duplication", false),
    b(&[K::Char('O')], C::ShowOutputs, "outputs needed, and what produces them (scoping)", false),
    b(&[K::Char('B')], C::ShowBrief, "the scoping brief, as it will be exported (scoping)", false),
    b(&[K::Char('m')], C::MarkDone, "mark this sub-step done (again: back to in progress)", false),
    b(&[K::Char('S')], C::Skip, "skip this sub-step, with a reason", false),
    b(&[K::Char('x')], C::Export, "export: Markdown, HTML, CSV or JSON", false),
    b(&[K::Char('t')], C::Agenda, "agenda: modules, timers and the day's plan (training sessions)", false),
    b(&[K::Char('T')], C::TimerToggle, "timer: start or pause the current module's timer", false),
    b(&[K::Char('f')], C::Presenter, "presenter view: projector layout on or off", false),
    b(&[K::Char('G')], C::SplitGroups, "groups: split into breakout group files", false),
    b(&[K::Char('J')], C::MergeGroups, "join: merge the groups' files back into this session", false),
    b(&[K::Char('V')], C::DotVote, "dot vote: on categories, answer lines or the parking lot", false),
    b(&[K::Esc], C::Back, "back: close the session (it is saved)", false),
];

#[rustfmt::skip]
static AGENDA: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous module", false),
    b(&[K::Down, K::Char('j')], C::Down, "next module", false),
    b(&[K::Enter], C::Open, "start: make this module current and start its timer", true),
    b(&[K::Char(' '), K::Char('T')], C::TimerToggle, "timer: start or pause", true),
    b(&[K::Char('+')], C::ExtendTimer, "extend: 5 more minutes", true),
    b(&[K::Char('0')], C::ResetTimer, "reset: the paused timer back to zero", false),
    b(&[K::Char('e')], C::NextExercise, "exercise: time the module's next exercise (after the last: the module again)", true),
    b(&[K::Char('m')], C::MarkDone, "finished: mark the module done (again: reopen it)", true),
    b(&[K::Char('f')], C::Presenter, "presenter view: projector layout on or off", true),
    b(&[K::Char('b')], C::Bell, "bell: ring when time is up, on or off", false),
    b(&[K::Char('s')], C::DayStart, "start time: when the training days begin (the plan's clock)", false),
    b(&[K::Char('a')], C::Attendance, "attendance: who is here, per day", false),
    b(&[K::Char('E')], C::DaySummary, "summary: the end of the day", false),
    b(&[K::Char('V')], C::DotVote, "dot vote: on categories, answer lines or the parking lot", false),
    b(&[K::Char('G')], C::SplitGroups, "groups: split into breakout group files", false),
    b(&[K::Char('J')], C::MergeGroups, "join: merge the groups' files back into this session", false),
    b(&[K::PageDown], C::ScrollDown, "scroll the module details down", false),
    b(&[K::PageUp], C::ScrollUp, "scroll the module details up", false),
    b(&[K::Esc], C::Back, "back to the workshop", true),
];

#[rustfmt::skip]
static VOTE: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous option", false),
    b(&[K::Down, K::Char('j')], C::Down, "next option", false),
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "previous voter", false),
    b(&[K::Right, K::Char('l'), K::Tab], C::ChangeRight, "voter: the next one", true),
    b(&[K::Char('+'), K::Char(' ')], C::GiveDot, "dot: place one of the voter's dots here", true),
    b(&[K::Char('-'), K::Backspace], C::TakeDot, "take back: one of the voter's dots here", true),
    b(&[K::Char('c')], C::CloseVote, "close: record the result in the session", true),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static ATTENDANCE: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous participant", false),
    b(&[K::Down, K::Char('j')], C::Down, "next participant", false),
    b(&[K::Char(' '), K::Enter], C::CycleStatus, "present: mark present or absent", true),
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "previous day", false),
    b(&[K::Right, K::Char('l')], C::ChangeRight, "day: the next one", true),
    b(&[K::Char('n')], C::New, "new: add participants", true),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static DAY_SUMMARY: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::ScrollUp, "scroll up", false),
    b(&[K::Down, K::Char('j')], C::ScrollDown, "scroll down", false),
    b(&[K::PageUp], C::PageUp, "page up", false),
    b(&[K::PageDown, K::Char(' ')], C::PageDown, "page down", false),
    b(&[K::Left, K::Char('h')], C::ChangeLeft, "previous day", false),
    b(&[K::Right, K::Char('l')], C::ChangeRight, "day: the next one", true),
    b(&[K::Char('x')], C::ExportSummary, "export: write it as Markdown", true),
    b(&[K::Char('P')], C::ShowParking, "parking lot: review it (Space resolves a point)", true),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static RECORDS: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous row", false),
    b(&[K::Down, K::Char('j')], C::Down, "next row", false),
    b(&[K::Char('n')], C::New, "new: add one", true),
    b(&[K::Enter], C::Open, "edit: the focused row", true),
    b(&[K::Char(' ')], C::CycleStatus, "status: next status (parking lot: resolved or not)", true),
    b(&[K::Char('s')], C::Supersede, "supersede: a new decision that replaces this one", false),
    b(&[K::PageUp], C::PageUp, "ten rows up", false),
    b(&[K::PageDown], C::PageDown, "ten rows down", false),
    b(&[K::Char('x')], C::Export, "export: Markdown, HTML, CSV or JSON", false),
    b(&[K::Tab], C::FocusNext, "next list", true),
    b(&[K::BackTab], C::PrevTab, "previous list", false),
    b(&[K::Esc], C::Back, "back to the workshop", true),
];

#[rustfmt::skip]
static LANDSCAPE: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous system", false),
    b(&[K::Down, K::Char('j')], C::Down, "next system", false),
    b(&[K::Char('n')], C::New, "new: add a system", true),
    b(&[K::Enter], C::Open, "edit: the focused system", true),
    b(&[K::Char(' ')], C::CycleStatus, "status: active, paused, ended, planned, not known", false),
    b(&[K::Char('o')], C::PickOutputs, "outputs: pick the Matrix outputs the system produces", true),
    b(&[K::Char('c')], C::Checklist, "sharing: the data-sharing solutions in place", false),
    b(&[K::Char('i')], C::Import, "import: a table (CSV, with or without HXL tags)", false),
    b(&[K::Char('X')], C::Delete, "remove the focused system", false),
    b(&[K::PageUp], C::PageUp, "ten systems up", false),
    b(&[K::PageDown], C::PageDown, "ten systems down", false),
    b(&[K::Char('x')], C::Export, "export: the register as CSV with HXL tags, or a report", false),
    b(&[K::Tab], C::FocusNext, "next list", false),
    b(&[K::BackTab], C::PrevTab, "previous list", false),
    b(&[K::Esc], C::Back, "back to the workshop", true),
];

#[rustfmt::skip]
static OPERATION_MATRIX: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "category: the previous one, in detail", true),
    b(&[K::Down, K::Char('j')], C::Down, "next category, in detail", false),
    b(&[K::Char('x')], C::Export, "export: the register as CSV with HXL tags, or a report", false),
    b(&[K::Tab], C::FocusNext, "next list", true),
    b(&[K::BackTab], C::PrevTab, "previous list", false),
    b(&[K::Esc], C::Back, "back to the workshop", true),
];

#[rustfmt::skip]
static OUTPUTS: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous output", false),
    b(&[K::Down, K::Char('j')], C::Down, "next output", false),
    b(&[K::Char(' '), K::Enter], C::CycleStatus, "pick: needed or not (a system's: produced or not)", true),
    b(&[K::PageUp], C::PageUp, "ten outputs up", false),
    b(&[K::PageDown], C::PageDown, "ten outputs down", false),
    b(&[K::Tab], C::FocusNext, "next list", true),
    b(&[K::BackTab], C::PrevTab, "previous list", false),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static BRIEF: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "scroll up a line", false),
    b(&[K::Down, K::Char('j')], C::Down, "scroll down a line", false),
    b(&[K::PageUp], C::PageUp, "scroll up", false),
    b(&[K::PageDown], C::PageDown, "scroll: down a page", true),
    b(&[K::Char('x')], C::Export, "export: the brief as Markdown or a print-ready page", true),
    b(&[K::Tab], C::FocusNext, "next list", true),
    b(&[K::BackTab], C::PrevTab, "previous list", false),
    b(&[K::Esc], C::Back, "back to the workshop", true),
];

#[rustfmt::skip]
static FORM: &[Binding] = &[
    b(&[K::Tab, K::Down], C::FocusNext, "next field", true),
    b(&[K::BackTab, K::Up], C::PrevTab, "previous field", false),
    b(&[K::Left], C::ChangeLeft, "previous option", false),
    b(&[K::Right], C::ChangeRight, "next option", false),
    b(&[K::Enter], C::Save, "save", true),
    b(&[K::Esc], C::Cancel, "cancel: nothing is recorded", true),
];

#[rustfmt::skip]
static EDITOR: &[Binding] = &[
    b(
        &[K::Esc],
        C::FinishEdit,
        "done: stop typing (the answer is saved as you type)",
        true,
    ),
    b(&[K::Ctrl('c')], C::Quit, "quit (the answer is saved)", true),
];

#[rustfmt::skip]
static LOCK_HELD: &[Binding] = &[
    b(&[K::Char('o')], C::OpenReadOnly, "open read-only", true),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static REVIEW: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::ScrollUp, "scroll up", false),
    b(&[K::Down, K::Char('j')], C::ScrollDown, "scroll down", false),
    b(&[K::PageUp], C::PageUp, "page up", false),
    b(&[K::PageDown, K::Char(' ')], C::PageDown, "page down", true),
    b(&[K::Home, K::Char('g')], C::First, "top", false),
    b(&[K::End, K::Char('G')], C::Last, "end", false),
    b(&[K::Tab], C::NextTab, "section: jump to the next one", true),
    b(&[K::BackTab], C::PrevTab, "previous section", false),
    b(&[K::Char('/')], C::Search, "search: find text in the session", true),
    b(&[K::Char('n')], C::NextMatch, "next match", false),
    b(&[K::Char('N')], C::PrevMatch, "previous match", false),
    b(&[K::Char('x')], C::Export, "export: Markdown, HTML, CSV or JSON", true),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static REFERENCE: &[Binding] = &[
    b(&[K::Up, K::Char('k')], C::Up, "previous item", false),
    b(&[K::Down, K::Char('j')], C::Down, "next item", false),
    b(&[K::Home, K::Char('g')], C::First, "first item", false),
    b(&[K::End, K::Char('G')], C::Last, "last item", false),
    b(
        &[K::Tab, K::Right, K::Char('l')],
        C::NextTab,
        "next tab: the next section of the library",
        true,
    ),
    b(
        &[K::BackTab, K::Left, K::Char('h')],
        C::PrevTab,
        "previous tab",
        false,
    ),
    b(
        &[K::Char('m')],
        C::NextMode,
        "matrix view: by category, by criterion, or output first",
        true,
    ),
    b(
        &[K::PageDown, K::Char(' ')],
        C::ScrollDown,
        "scroll: the details down",
        true,
    ),
    b(&[K::PageUp], C::ScrollUp, "scroll the details up", false),
    b(
        &[K::Char('/')],
        C::Search,
        "search: filter the list as you type",
        true,
    ),
    b(&[K::Esc], C::Back, "back", true),
];

#[rustfmt::skip]
static SEARCH: &[Binding] = &[
    b(
        &[K::Enter],
        C::Back,
        "keep the search and go back to the list",
        true,
    ),
    b(&[K::Esc], C::ClearSearch, "clear the search", true),
    b(&[K::Up], C::Up, "previous match", false),
    b(&[K::Down], C::Down, "next match", false),
    b(&[K::Ctrl('c')], C::Quit, "quit", false),
];

#[rustfmt::skip]
static HELP: &[Binding] = &[
    b(&[K::Esc], C::Back, "close help: ? closes it too", true),
    b(&[K::Up, K::Char('k')], C::ScrollUp, "scroll up", false),
    b(
        &[K::Down, K::Char('j')],
        C::ScrollDown,
        "scroll down",
        false,
    ),
];

#[rustfmt::skip]
static TOO_SMALL: &[Binding] = &[b(&[K::Char('q'), K::Ctrl('c')], C::Quit, "quit", true)];

/// The bindings of one context (without the global ones).
pub fn bindings(ctx: Context) -> &'static [Binding] {
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
        Context::Outputs => OUTPUTS,
        Context::Brief => BRIEF,
        Context::Form => FORM,
        Context::Search => SEARCH,
        Context::TooSmall => TOO_SMALL,
        Context::Agenda => AGENDA,
        Context::Vote => VOTE,
        Context::Attendance => ATTENDANCE,
        Context::DaySummary => DAY_SUMMARY,
    }
}

/// The command a key event means in a context: the context's own table first, then the global one.
pub fn lookup(ctx: Context, ev: &KeyEvent) -> Option<Command> {
    let own = bindings(ctx)
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(ev)))
        .map(|b| b.command);
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
    let own = bindings(ctx)
        .iter()
        .filter(|b| b.footer)
        .map(hint)
        .collect();
    let global = if ctx.inherits_global() {
        GLOBAL
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
            Context::Workshop | Context::Records | Context::Landscape | Context::Brief
        ),
        _ => true,
    }
}

/// The part of a description before a colon, for the footer.
fn short(description: &'static str) -> &'static str {
    description.split(':').next().unwrap_or(description)
}

/// The generated keys document (`docs/keys.md`).
pub fn keys_markdown() -> String {
    let mut out = String::from(
        "# Keys\n\n<!-- Generated from src/tui/keys.rs by `cargo test --test keys_doc` \
         (UPDATE_KEYS_DOC=1 rewrites it). Do not edit by hand. -->\n\n\
         Every screen shows its most used keys in the footer; `?` lists all of them.\n",
    );
    for ctx in Context::ALL {
        out.push_str(&format!(
            "\n## {}\n\n| keys | what they do |\n|---|---|\n",
            ctx.title()
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
        if ctx.inherits_global() {
            out.push_str("\nThe keys listed under *Everywhere* work here too.\n");
        }
    }
    out
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
            let mut seen: Vec<Key> = Vec::new();
            let mut all: Vec<&Binding> = bindings(ctx).iter().collect();
            if ctx.inherits_global() {
                all.extend(GLOBAL.iter());
            }
            for binding in all {
                for k in binding.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {ctx:?}");
                    seen.push(*k);
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
}
