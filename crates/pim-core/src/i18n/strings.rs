//! The strings one language provides: a [`Texts`] value per language (see `en`).

/// The strings of one language.
pub struct Texts {
    pub app_name: &'static str,
    pub tagline: &'static str,

    // Home screen
    pub home_title: &'static str,
    pub home_start: &'static str,
    pub home_sessions: &'static str,
    pub home_no_sessions: &'static str,
    pub home_col_title: &'static str,
    pub home_col_kind: &'static str,
    pub home_col_changed: &'static str,
    pub home_entry_new: &'static str,
    pub home_entry_new_hint: &'static str,
    pub home_entry_reference: &'static str,
    pub home_entry_reference_hint: &'static str,
    pub home_data_dir: &'static str,
    pub home_broken_file: &'static str,

    // Help overlay
    pub help_title: &'static str,
    pub help_intro: &'static str,
    pub help_everywhere: &'static str,
    pub help_close: &'static str,

    // Too small
    pub too_small: &'static str,
    pub too_small_hint: &'static str,

    // Reference library
    pub ref_title: &'static str,
    pub ref_process: &'static str,
    pub ref_principles: &'static str,
    pub ref_matrix: &'static str,
    pub ref_glossary: &'static str,
    pub ref_data_sharing: &'static str,
    pub ref_competencies: &'static str,
    pub ref_matrix_by_category: &'static str,
    pub ref_matrix_by_criterion: &'static str,
    pub ref_matrix_output_first: &'static str,
    pub ref_search: &'static str,
    pub ref_no_match: &'static str,
    pub ref_source: &'static str,
    pub ref_purpose: &'static str,
    pub ref_prompts: &'static str,
    pub ref_outputs: &'static str,
    pub ref_facilitator: &'static str,
    pub ref_related_matrix: &'static str,
    pub ref_guiding_questions: &'static str,
    pub ref_in_action: &'static str,
    pub ref_fixed_row: &'static str,
    pub ref_adaptable_row: &'static str,
    pub ref_produced_by: &'static str,
    pub ref_decision_data: &'static str,
    pub ref_unit_of_analysis: &'static str,
    pub ref_shared_broadly: &'static str,
    pub ref_shared_restricted: &'static str,
    pub ref_minutes: &'static str,

    // Session overview (read-only)
    pub overview_title: &'static str,
    pub overview_read_only: &'static str,

    // Workshop
    pub workshop_position: &'static str,
    pub workshop_saved: &'static str,
    pub workshop_saving: &'static str,
    pub workshop_not_saved: &'static str,
    pub workshop_on_disk: &'static str,
    pub workshop_read_only: &'static str,
    pub workshop_process: &'static str,
    pub workshop_guidance: &'static str,
    pub workshop_answer: &'static str,
    pub workshop_answer_hint: &'static str,
    pub workshop_editing: &'static str,
    pub workshop_no_answer: &'static str,
    pub workshop_prompt_of: &'static str,
    pub workshop_pia: &'static str,
    pub workshop_principle_open: &'static str,
    pub workshop_principle_addressed: &'static str,
    pub workshop_principle_concern: &'static str,
    pub workshop_principle_na: &'static str,
    pub workshop_set_status: &'static str,
    pub lock_held_title: &'static str,

    // Errors and notices
    pub panic_intro: &'static str,
    pub panic_last_saved: &'static str,
    pub panic_nothing_saved: &'static str,
}
