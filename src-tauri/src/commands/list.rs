// The one list of Ebb's IPC commands, by function name. Included twice with two
// definitions of `commands!`: by build.rs, so Tauri generates an `allow-<command>`
// permission for each (a command not granted in capabilities/ is refused), and by
// commands/mod.rs, which builds the handler from it. A test checks
// capabilities/main.json and ui/js/api.js against this list.
commands! {
    // The app as a whole (shell.rs)
    app_state,
    ui_ready,
    close_ready,
    // The pacer (pacer.rs)
    update_preferences,
    save_custom_pattern,
    delete_custom_pattern,
    record_practice,
    breath_phase,
    voice_check,
    // Grounding, articles, help (support.rs)
    resources,
    save_contacts,
    set_country,
    add_checklist_item,
    create_checklist,
    reset_checklist,
    safety_plan_get,
    safety_plan_save,
    safety_plan_export,
    safety_plan_pdf,
    // On the desktop (desktop.rs)
    reach_status,
    set_shortcut,
    aftercare_schedule,
    aftercare_cancel,
    // The journal (journal.rs)
    journal_status,
    journal_create,
    journal_unlock,
    journal_lock,
    journal_touch,
    journal_change_passphrase,
    journal_delete,
    journal_set_aside,
    journal_note,
    journal_notes,
    journal_delete_note,
    journal_observations,
    session_list,
    session_get,
    session_save,
    session_delete,
    session_restore,
    session_form,
    draft_save,
    draft_discard,
    // Insights and moving data in and out (data.rs)
    journal_insights,
    journal_export,
    journal_backup,
    // Prepare for my next session (summary.rs)
    summary_prepare,
    summary_page,
    summary_save,
    import_choose,
    import_unseal,
    import_confirm,
    import_cancel,
}
