//! Builds the Ebb app: parses the command line, sets up plugins, state and the
//! main window, and lists the IPC commands. Domain code lives in plain modules;
//! only this file, `reach.rs` (tray, shortcut, window place, check-in) and
//! `commands/` know about Tauri.

pub mod cli;
pub mod terminal;
mod commands;
pub mod content;
pub mod desktop;
pub mod error;
pub mod journal;
pub mod pacer;
mod reach;
pub mod settings;
pub mod state;

use std::ffi::OsString;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, RunEvent, Runtime, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::cli::{Invocation, Launch};
use crate::state::{DataDirs, Ebb};

/// The label of the one window; capabilities are granted to it by this name.
pub const MAIN_WINDOW: &str = "main";

/// Sent to the window when a second launch asks to breathe (`ebb --breathe`).
pub const BREATHE_EVENT: &str = "breathe-now";

/// Sent when the journal locked itself after idle time.
pub const JOURNAL_LOCKED_EVENT: &str = "journal-locked";

/// Sent when the window is about to close: the interface saves any draft, then
/// calls `close_ready`.
pub const CLOSING_EVENT: &str = "app-closing";

/// How long closing waits for the interface to save a draft.
const CLOSE_GRACE: Duration = Duration::from_secs(3);

/// How often the idle lock is checked.
const IDLE_CHECK: Duration = Duration::from_secs(15);

/// When the process started, for the start-up benchmark.
pub struct Started {
    pub at: Instant,
    pub report: bool,
}

/// The entry point of the `ebb` binary.
pub fn run() {
    let started = Instant::now();
    let cwd = std::env::current_dir().unwrap_or_default();
    let parsed = match cli::parse(std::env::args_os().skip(1), std::env::var_os("EBB_DATA_DIR"), &cwd) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("ebb: {message}\n\n{}", cli::USAGE);
            std::process::exit(2);
        }
    };
    for arg in &parsed.ignored {
        eprintln!("ebb: ignoring unknown argument {arg:?} (see ebb --help)");
    }
    match parsed.invocation {
        Invocation::Help => print!("{}", cli::USAGE),
        Invocation::Version => println!("ebb {}", env!("CARGO_PKG_VERSION")),
        // No window for these: they run, say what they did, and exit with a code.
        Invocation::Task { task, data_dir } => std::process::exit(terminal::run(task, data_dir)),
        Invocation::Open(launch) => {
            prefer_software_drawing();
            let report = std::env::var_os("EBB_REPORT_READY").is_some_and(|v| v == "1");
            let builder = tauri::Builder::default()
                // First: a second launch must be caught before anything else is set up.
                .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| on_second_launch(app, argv)))
                // Save and open dialogs, used from Rust only (see commands/data.rs).
                .plugin(tauri_plugin_dialog::init());
            let builder = reach::plugins(builder, launch.data_dir.as_deref());
            configure(builder, launch, Started { at: started, report }, Shell::Desktop)
                .build(context())
                .expect("the app could not start")
                .run(on_run_event);
        }
    }
}

/// On Linux, WebKitGTK's accelerated compositing mode keeps redrawing the whole
/// window through OpenGL; where there is no GPU (software GL, virtual machines,
/// remote desktops) that costs about a quarter of a core even with nothing moving,
/// and ~70 MiB. Ebb's interface needs none of it: drawn without compositing, the
/// pacer breathes at a few percent of a core (see README, "Benchmarks"). A value the
/// person has set themselves is respected.
fn prefer_software_drawing() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // Safe here: called at start-up, before any other thread exists.
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// The app's configuration, compiled in from `tauri.conf.json`.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Where the app runs: on a real desktop (tray, shortcut, check-in notifications)
/// or on Tauri's mock runtime in tests, without them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shell {
    Desktop,
    Headless,
}

/// Everything but the platform plugins, so tests can run it on Tauri's mock runtime.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, launch: Launch, started: Started, shell: Shell) -> tauri::Builder<R> {
    builder
        .setup(move |app| {
            let dirs = match &launch.data_dir {
                Some(root) => DataDirs::portable(root.clone()),
                None => DataDirs { config: app.path().app_config_dir()?, data: app.path().app_data_dir()?, webview: None },
            };
            app.manage(Ebb::open(&dirs, launch.breathe, chrono::Utc::now()));
            app.manage(started);
            app.manage(Closing::default());
            app.manage(desktop::aftercare::Aftercare::default());
            open_main_window(app, &dirs)?;
            if shell == Shell::Desktop {
                reach::setup(app.handle());
            }
            watch_idle(app.handle().clone());
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                if window.label() == MAIN_WINDOW && window.state::<Closing>().begin() {
                    api.prevent_close();
                    let _ = window.emit_to(MAIN_WINDOW, CLOSING_EVENT, ());
                    let app = window.app_handle().clone();
                    std::thread::spawn(move || finish_closing(&app));
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_state,
            commands::ui_ready,
            commands::update_preferences,
            commands::save_custom_pattern,
            commands::delete_custom_pattern,
            commands::record_practice,
            commands::resources,
            commands::save_contacts,
            commands::set_country,
            commands::add_checklist_item,
            commands::create_checklist,
            commands::reset_checklist,
            commands::close_ready,
            commands::reach_status,
            commands::set_shortcut,
            commands::aftercare_schedule,
            commands::aftercare_cancel,
            commands::journal_status,
            commands::journal_create,
            commands::journal_unlock,
            commands::journal_lock,
            commands::journal_touch,
            commands::journal_change_passphrase,
            commands::journal_delete,
            commands::journal_set_aside,
            commands::journal_note,
            commands::journal_notes,
            commands::journal_delete_note,
            commands::journal_observations,
            commands::session_list,
            commands::session_get,
            commands::session_save,
            commands::session_delete,
            commands::session_restore,
            commands::session_form,
            commands::draft_save,
            commands::draft_discard,
            commands::journal_insights,
            commands::journal_export,
            commands::journal_backup,
            commands::import_choose,
            commands::import_unseal,
            commands::import_confirm,
            commands::import_cancel,
        ])
}

/// The journal locks when the app ends, however it ends short of being killed.
fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: RunEvent) {
    if let RunEvent::Exit = event {
        if let Err(e) = app.state::<Ebb>().lock_journal() {
            eprintln!("ebb: closing the journal on exit: {e}");
        }
    }
}

/// Checks now and then whether the journal has been idle long enough to lock.
fn watch_idle<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(IDLE_CHECK);
        if app.state::<Ebb>().lock_if_idle(Instant::now()) {
            let _ = app.emit_to(MAIN_WINDOW, JOURNAL_LOCKED_EVENT, ());
        }
    });
}

/// The close handshake: the window asked to close; the interface gets a moment to
/// save a draft, then the journal locks and the window goes.
#[derive(Default)]
pub struct Closing {
    state: Mutex<(bool, bool)>,
    ready: Condvar,
}

impl Closing {
    /// True for the first close request only.
    fn begin(&self) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let first = !state.0;
        state.0 = true;
        first
    }

    /// The interface has saved what it had.
    pub fn ready(&self) {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).1 = true;
        self.ready.notify_all();
    }

    fn wait(&self, grace: Duration) {
        let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let _ = self.ready.wait_timeout_while(state, grace, |s| !s.1);
    }
}

fn finish_closing<R: Runtime>(app: &AppHandle<R>) {
    app.state::<Closing>().wait(CLOSE_GRACE);
    if let Err(e) = app.state::<Ebb>().lock_journal() {
        eprintln!("ebb: closing the journal: {e}");
    }
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.destroy();
    }
}

fn open_main_window<R: Runtime, M: Manager<R>>(app: &M, dirs: &DataDirs) -> tauri::Result<()> {
    let mut window = WebviewWindowBuilder::new(app, MAIN_WINDOW, WebviewUrl::App("index.html".into()))
        .title("Ebb")
        .inner_size(900.0, 720.0)
        .min_inner_size(420.0, 560.0)
        // The shell paints this colour before the page loads; it matches the light
        // theme's background so there is no white flash.
        .background_color(tauri::webview::Color(0xf4, 0xf1, 0xea, 0xff))
        .focused(true);
    if let Some(dir) = &dirs.webview {
        // Keep WebKit's own storage under --data-dir too, so nothing is written elsewhere.
        window = window.data_directory(dir.clone());
    }
    window.build()?;
    Ok(())
}

/// A second `ebb` was started: bring our window forward instead, and breathe if asked.
fn on_second_launch<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>) {
    let breathe = cli::parse(argv.into_iter().skip(1).map(OsString::from), None, std::path::Path::new("/"))
        .is_ok_and(|p| matches!(p.invocation, Invocation::Open(Launch { breathe: true, .. })));
    if breathe {
        reach::breathe_now(app, None);
    } else {
        reach::bring_forward(app);
    }
}
