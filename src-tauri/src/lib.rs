//! Builds the Ebb app: parses the command line, sets up plugins, the state of
//! each area and the main window, and registers the IPC commands (listed once, in
//! `commands/list.rs`). Domain code lives in plain modules; only this file,
//! `desktop_shell/` (tray, shortcut, window place, check-in) and `commands/` know
//! about Tauri.

pub mod cli;
pub mod commands;
pub mod content;
pub mod desktop;
mod desktop_shell;
pub mod error;
pub mod events;
pub mod i18n;
pub mod journal;
pub mod pacer;
pub mod private_file;
pub mod safety_plan;
pub mod settings;
pub mod state;
pub mod summary;
pub mod transfer;
pub mod voice;

use std::ffi::OsString;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, RunEvent, Runtime, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::cli::{Invocation, Launch};
use crate::journal::JournalFiles;
use crate::state::{DataDirs, JournalState, LaunchState, LibraryState};
use crate::transfer::ImportFlow;

/// The label of the one window; capabilities are granted to it by this name.
pub const MAIN_WINDOW: &str = "main";

/// The window's title (while breathing, on Linux, the phase: see `commands::breath_phase`).
pub const WINDOW_TITLE: &str = "Ebb";

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
            eprintln!("ebb: {message}\n\n{}", cli::usage());
            std::process::exit(2);
        }
    };
    for arg in &parsed.ignored {
        eprintln!("ebb: {}", cli::say("cli-ignoring", &[("argument", format!("{arg:?}").into())]));
    }
    match parsed.invocation {
        Invocation::Help => println!("{}", cli::usage()),
        Invocation::Version => println!("ebb {}", env!("CARGO_PKG_VERSION")),
        // No window for these: they run, say what they did, and exit with a code.
        Invocation::Task { task, data_dir } => std::process::exit(cli::run(task, data_dir)),
        Invocation::Open(launch) => {
            prefer_software_drawing();
            let report = std::env::var_os("EBB_REPORT_READY").is_some_and(|v| v == "1");
            let builder = tauri::Builder::default()
                // First: a second launch must be caught before anything else is set up.
                .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| on_second_launch(app, argv)))
                // Save and open dialogs, used from Rust only (see commands/data.rs).
                .plugin(tauri_plugin_dialog::init());
            let builder = desktop_shell::platform_plugins(builder, launch.data_dir.as_deref());
            configure(builder, launch, Started { at: started, report })
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

/// Everything but the platform plugins, so tests can run it on Tauri's mock runtime.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, launch: Launch, started: Started) -> tauri::Builder<R> {
    builder
        .plugin(desktop_shell::init())
        .setup(move |app| {
            let dirs = match &launch.data_dir {
                Some(root) => DataDirs::portable(root.clone()),
                None => DataDirs { config: app.path().app_config_dir()?, data: app.path().app_data_dir()?, webview: None },
            };
            // Ebb's own folders are private before anything is written there, WebKit's
            // storage included (it lives in the data folder unless --data-dir gives it
            // one). A folder chosen with --data-dir is made if missing, never changed.
            let ours: Vec<&std::path::Path> = match &dirs.webview {
                Some(webview) => {
                    let _ = private_file::create_private_dir(&dirs.data);
                    vec![webview]
                }
                None => vec![&dirs.config, &dirs.data],
            };
            for dir in ours {
                if let Err(e) = private_file::keep_dir_private(dir) {
                    eprintln!("ebb: could not keep {} private: {e}", dir.display());
                }
            }
            let now = chrono::Utc::now();
            let help = safety_plan::state_for(&dirs.data);
            let (library, notice) = LibraryState::open(&dirs.config, help.clone(), now);
            app.manage(library);
            let region = state::region_from_locale(|name| std::env::var(name).ok());
            app.manage(LaunchState::new(notice.into_iter().collect(), launch.breathe, region));
            app.manage(JournalState::new(JournalFiles::under(&dirs.data), now));
            app.manage(ImportFlow::default());
            app.manage(voice::Voice::default());
            app.manage(help);
            app.manage(started);
            app.manage(Closing::default());
            open_main_window(app, &dirs)?;
            watch_idle(app.handle().clone());
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                if window.label() == MAIN_WINDOW && window.state::<Closing>().begin() {
                    api.prevent_close();
                    let _ = window.emit_to(MAIN_WINDOW, events::CLOSING, ());
                    let app = window.app_handle().clone();
                    std::thread::spawn(move || finish_closing(&app));
                }
            }
        })
        .invoke_handler(commands::handler())
}

/// The journal locks when the app ends, however it ends short of being killed.
fn on_run_event<R: Runtime>(app: &AppHandle<R>, event: RunEvent) {
    if let RunEvent::Exit = event {
        if let Err(e) = lock_journal(app) {
            eprintln!("ebb: closing the journal on exit: {e}");
        }
    }
}

/// Locks the journal and forgets what was open with it (a file waiting to be
/// imported, and its passphrase). Every way the journal locks comes here; says
/// whether it was open.
pub(crate) fn lock_journal<R: Runtime, M: Manager<R>>(app: &M) -> error::Result<bool> {
    app.state::<ImportFlow>().cancel();
    app.state::<JournalState>().lock()
}

/// Checks now and then whether the journal has been idle long enough to lock: a
/// task on Tauri's runtime. Idle time is measured on the wall clock, which keeps
/// counting while the computer sleeps.
fn watch_idle<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut every = tokio::time::interval(IDLE_CHECK);
        loop {
            every.tick().await;
            let limit = chrono::TimeDelta::minutes(i64::from(app.state::<LibraryState>().preferences().lock_after_minutes));
            if app.state::<JournalState>().idle_for(limit, chrono::Utc::now()) {
                locked_without_asking(&app, "after idle time");
            }
        }
    });
}

/// The journal locked without the interface asking (idle time, sleep, a locked
/// screen): lock it, and tell the window so every screen forgets what it showed.
pub(crate) fn locked_without_asking<R: Runtime>(app: &AppHandle<R>, why: &str) {
    match lock_journal(app) {
        Ok(false) => return,
        Ok(true) => {}
        // The connection is dropped (and the keys wiped) even when closing reports a problem.
        Err(e) => eprintln!("ebb: the journal locked {why}, with a problem: {e}"),
    }
    let _ = app.emit_to(MAIN_WINDOW, events::JOURNAL_LOCKED, ());
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
    if let Err(e) = lock_journal(app) {
        eprintln!("ebb: closing the journal: {e}");
    }
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.destroy();
    }
}

fn open_main_window<R: Runtime, M: Manager<R>>(app: &M, dirs: &DataDirs) -> tauri::Result<()> {
    let mut window = WebviewWindowBuilder::new(app, MAIN_WINDOW, WebviewUrl::App("index.html".into()))
        .title(WINDOW_TITLE)
        .inner_size(900.0, 720.0)
        .min_inner_size(420.0, 560.0)
        // The shell paints this colour before the page loads; it matches the light
        // theme's background so there is no white flash.
        .background_color(tauri::webview::Color(0xf4, 0xf1, 0xea, 0xff))
        .focused(true)
        // Nothing leaves: the CSP blocks requests, but not the page going elsewhere.
        // The window stays on Ebb's own page, and opens no other window.
        .on_navigation(is_own_page)
        .on_new_window(|url, _features| {
            eprintln!("ebb: refused to open a window for {url}");
            tauri::webview::NewWindowResponse::Deny
        });
    if let Some(dir) = &dirs.webview {
        // Keep WebKit's own storage under --data-dir too, so nothing is written elsewhere.
        window = window.data_directory(dir.clone());
    }
    window.build()?;
    Ok(())
}

/// Whether `url` is Ebb's own page: `tauri://localhost` (Linux, macOS) or
/// `http(s)://tauri.localhost` (Windows), where the app's files are served from.
fn is_own_page(url: &tauri::Url) -> bool {
    let own = match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost") && url.port().is_none(),
        _ => false,
    };
    if !own {
        eprintln!("ebb: refused to leave the app for {url}");
    }
    own
}

/// A second `ebb` was started: bring our window forward instead, and breathe if asked.
fn on_second_launch<R: Runtime>(app: &AppHandle<R>, argv: Vec<String>) {
    let breathe = cli::parse(argv.into_iter().skip(1).map(OsString::from), None, std::path::Path::new("/"))
        .is_ok_and(|p| matches!(p.invocation, Invocation::Open(Launch { breathe: true, .. })));
    if breathe {
        desktop_shell::breathe_now(app, None);
    } else {
        desktop_shell::bring_forward(app);
    }
}

#[cfg(test)]
mod tests {
    use super::is_own_page;

    #[test]
    fn only_the_apps_own_page_may_be_shown() {
        let url = |u: &str| tauri::Url::parse(u).expect("url");
        assert!(is_own_page(&url("tauri://localhost/index.html")));
        assert!(is_own_page(&url("tauri://localhost/index.html#journal")));
        assert!(is_own_page(&url("http://tauri.localhost/index.html")));
        for outside in [
            "http://127.0.0.1:8080/",
            "https://example.com/",
            "http://tauri.localhost.example.com/",
            "http://tauri.localhost:8080/",
            "tauri://localhost.example.com/",
            "file:///etc/passwd",
            "data:text/html,hi",
            "javascript:alert(1)",
            "about:blank",
        ] {
            assert!(!is_own_page(&url(outside)), "{outside} must be refused");
        }
    }
}
