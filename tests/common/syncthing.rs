//! Real Syncthing instances on 127.0.0.1 for integration tests.
//!
//! [`Cluster::start`] runs one `syncthing serve` per folder it is given. Every instance gets its
//! own home under a temporary directory, a REST/GUI address and a sync listen address on
//! 127.0.0.1 with free ports, a known API key, and one shared folder with the id
//! [`FOLDER_ID`]. The devices reach each other at static `tcp://127.0.0.1:<port>` addresses
//! (each pair has one dialler, the later instance; see `config_xml` for why); global and local
//! discovery, relays, NAT traversal, usage and crash reporting, upgrade checks and the browser
//! are all off, so nothing leaves the machine.
//!
//! The folder is send-receive, watched for changes (one second delay) and rescanned every two
//! seconds; Syncthing honours a `.stignore` file in its root. Syncthing needs a `.stfolder`
//! directory in the root of a folder; the harness creates it, so tests that list a folder
//! will see it.
//!
//! The REST API is spoken with a tiny HTTP/1.0 client over `std::net::TcpStream`, and its JSON
//! is read with plain string searches: no HTTP or JSON crate is needed. Every wait is bounded;
//! a wait that runs out panics with the end of every instance's log. The instances are killed
//! when the [`Cluster`] is dropped, also when a test panics, and their homes are removed.
//!
//! The `syncthing` binary is taken from `PATH`, or from the `SYNCTHING` environment variable
//! if that is set; [`available`] tells whether it can be run, so a test can skip itself on a
//! machine without Syncthing. Tested with Syncthing v1.19.2.

#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::collections::hash_map::RandomState;
use std::fmt::Write as _;
use std::fs::{self, File};
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, PoisonError};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The id (and label) of the one folder every instance shares.
pub const FOLDER_ID: &str = "digitutor";

/// How long [`Cluster::start`] waits for the instances to answer and to connect.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long [`Cluster::separate`] and [`Cluster::join`] wait for connections to drop or return.
const LINK_TIMEOUT: Duration = Duration::from_secs(60);
/// Longest time one REST request may take (a scan request lasts until the scan is done).
const HTTP_TIMEOUT: Duration = Duration::from_secs(30);
/// Pause between two looks at something that is awaited.
const POLL: Duration = Duration::from_millis(100);
/// How often [`Cluster::wait_until`] asks for a rescan.
const RESCAN_EVERY: Duration = Duration::from_secs(1);
/// Lines of each log shown when something fails.
const LOG_TAIL_LINES: usize = 80;

/// One running Syncthing instance of a [`Cluster`].
#[derive(Debug)]
pub struct Node {
    /// Syncthing's home: `config.xml`, keys and database.
    pub home: PathBuf,
    /// The root of the shared folder, as given to [`Cluster::start`] (made absolute).
    pub folder: PathBuf,
    /// The instance's device ID, such as `MIZFA5T-ADJDRPJ-…-VCBS3QU`.
    pub device_id: String,
    /// The file that receives the instance's stdout and stderr.
    pub log: PathBuf,
    /// Port of the REST API (and GUI) on 127.0.0.1.
    gui_port: u16,
    /// Port Syncthing listens on for other devices, on 127.0.0.1.
    sync_port: u16,
    /// The key sent as `X-API-Key` with every REST request.
    api_key: String,
    /// The `syncthing serve` process (in a mutex so `&self` methods can look whether it ended).
    child: Mutex<Child>,
}

/// Several Syncthing instances that share one folder; they are killed when this is dropped.
#[derive(Debug)]
pub struct Cluster {
    /// The instances, in the order of the folders given to [`Cluster::start`].
    nodes: Vec<Node>,
    /// Holds the homes and logs; removed after the instances are killed.
    dir: tempfile::TempDir,
}

/// True when the Syncthing binary can be run (`syncthing --version` succeeds), so a test can
/// skip itself instead of failing on a machine without Syncthing.
pub fn available() -> bool {
    Command::new(binary())
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The Syncthing binary: `$SYNCTHING` if set, else `syncthing` from `PATH`.
fn binary() -> PathBuf {
    std::env::var_os("SYNCTHING").map_or_else(|| PathBuf::from("syncthing"), PathBuf::from)
}

impl Cluster {
    /// Starts one Syncthing instance per entry of `folders` on 127.0.0.1 (distinct ports and
    /// homes); instance `i` shares `folders[i]` (created if missing) as the folder
    /// [`FOLDER_ID`]. The instances reach each other at static 127.0.0.1 addresses, with no
    /// discovery, relays, NAT traversal, usage or crash reporting, upgrade checks or browser.
    ///
    /// Returns once every pair of instances is connected. Panics, showing the instances' logs,
    /// if that takes longer than a minute or an instance cannot be set up or exits.
    pub fn start(folders: &[PathBuf]) -> Cluster {
        assert!(!folders.is_empty(), "a cluster needs at least one folder");
        let dir = tempfile::Builder::new()
            .prefix("syncthing-test-")
            .tempdir()
            .expect("cannot create a temporary directory for Syncthing homes");
        let mut cluster = Cluster {
            nodes: Vec::new(),
            dir,
        };

        // Hold every listener until all ports are known, so the ports are distinct.
        let listeners: Vec<TcpListener> = (0..2 * folders.len())
            .map(|_| TcpListener::bind("127.0.0.1:0").expect("cannot bind a free port"))
            .collect();
        let ports: Vec<u16> = listeners
            .iter()
            .map(|l| l.local_addr().expect("a bound port").port())
            .collect();
        drop(listeners);

        let mut planned = Vec::new();
        for (i, folder) in folders.iter().enumerate() {
            let home = cluster.dir.path().join(format!("node{i}"));
            let (device_id, version) = generate(&home);
            let folder = std::path::absolute(folder).expect("cannot make the folder path absolute");
            fs::create_dir_all(folder.join(".stfolder")).expect("cannot create the folder");
            let api_key = random_key();
            planned.push((home, folder, device_id, version, api_key));
        }
        let devices: Vec<(String, u16)> = planned
            .iter()
            .enumerate()
            .map(|(i, p)| (p.2.clone(), ports[2 * i + 1]))
            .collect();

        for (i, (home, folder, device_id, version, api_key)) in planned.into_iter().enumerate() {
            let (gui_port, sync_port) = (ports[2 * i], ports[2 * i + 1]);
            let config = config_xml(&version, &folder, gui_port, &api_key, &devices, i);
            fs::write(home.join("config.xml"), config).expect("cannot write config.xml");
            let log = cluster.dir.path().join(format!("node{i}.log"));
            let child = spawn(&home, &log);
            cluster.nodes.push(Node {
                home,
                folder,
                device_id,
                log,
                gui_port,
                sync_port,
                api_key,
                child: Mutex::new(child),
            });
        }

        let deadline = Instant::now() + START_TIMEOUT;
        for i in 0..cluster.nodes.len() {
            cluster.poll_until(deadline, &format!("instance {i} answers"), |c| {
                c.nodes[i].answers_as_itself()
            });
        }
        // Every instance listens now; let each one dial the instances before it.
        for i in 0..cluster.nodes.len() {
            for j in 0..i {
                let path = format!("/rest/system/resume?device={}", cluster.nodes[j].device_id);
                if let Err(e) = cluster.nodes[i].request("POST", &path, HTTP_TIMEOUT) {
                    cluster.fail(&format!("instance {i} cannot resume instance {j}: {e}"));
                }
            }
        }
        cluster.poll_until(deadline, "every pair of instances is connected", |c| {
            c.all_connected()
        });
        cluster
    }

    /// Instance `i`, in the order of the folders given to [`Cluster::start`].
    pub fn node(&self, i: usize) -> &Node {
        &self.nodes[i]
    }

    /// All instances, in the order of the folders given to [`Cluster::start`].
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Cuts instance `i` off from all others, both ways, by pausing every other device on it
    /// and it on every other device (`POST /rest/system/pause`). Returns once none of those
    /// connections is up; panics with the logs if that takes longer than a minute. Each
    /// instance keeps scanning its own folder meanwhile.
    pub fn separate(&self, i: usize) {
        self.set_paused(i, true);
        let deadline = Instant::now() + LINK_TIMEOUT;
        self.poll_until(deadline, &format!("instance {i} is disconnected"), |c| {
            c.others(i).all(|j| {
                c.nodes[i].connected_to(&c.nodes[j].device_id) == Some(false)
                    && c.nodes[j].connected_to(&c.nodes[i].device_id) == Some(false)
            })
        });
    }

    /// Undoes [`Cluster::separate`]: resumes the devices paused for instance `i` and returns
    /// once it is connected to every other instance again (panics with the logs after a
    /// minute). Changes made meanwhile then start to flow; use [`Cluster::wait_until`] to
    /// await them.
    pub fn join(&self, i: usize) {
        self.set_paused(i, false);
        let deadline = Instant::now() + LINK_TIMEOUT;
        self.poll_until(deadline, &format!("instance {i} is connected again"), |c| {
            c.others(i).all(|j| {
                c.nodes[i].connected_to(&c.nodes[j].device_id) == Some(true)
                    && c.nodes[j].connected_to(&c.nodes[i].device_id) == Some(true)
            })
        });
    }

    /// Asks every instance to rescan the folder now (`POST /rest/db/scan`) and returns when
    /// they all have; panics with the logs if one of them fails.
    pub fn rescan(&self) {
        for (i, node) in self.nodes.iter().enumerate() {
            if let Err(e) = node.request("POST", &scan_path(), HTTP_TIMEOUT) {
                self.fail(&format!("rescan on instance {i} failed: {e}"));
            }
        }
    }

    /// Polls `check` about every 100 ms until it returns true, asking every instance for a
    /// rescan about once a second meanwhile. Panics with `what`, the time waited and the
    /// instances' logs once `timeout` has passed, or as soon as an instance has exited.
    pub fn wait_until(&self, what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
        let start = Instant::now();
        let deadline = start + timeout;
        let mut last_rescan = start;
        loop {
            if check() {
                return;
            }
            self.check_alive();
            let now = Instant::now();
            if now >= deadline {
                self.fail(&format!("timed out after {timeout:?} waiting until {what}"));
            }
            if now.duration_since(last_rescan) >= RESCAN_EVERY {
                let left = deadline.saturating_duration_since(now).max(POLL);
                for node in &self.nodes {
                    // A failed rescan is not fatal here: the check decides, and the deadline.
                    let _ = node.request("POST", &scan_path(), left.min(HTTP_TIMEOUT));
                }
                last_rescan = Instant::now();
            }
            sleep(POLL.min(deadline.saturating_duration_since(Instant::now())));
        }
    }

    /// True when all instances agree the folder is in sync: every pair is connected; on every
    /// instance the folder is `idle` with nothing needed (`GET /rest/db/status`) and every
    /// other device is 100 % complete with nothing to fetch or delete
    /// (`GET /rest/db/completion`); and all instances count the same global files,
    /// directories, deletions and bytes. False while any instance is separated, or when the
    /// REST API does not answer.
    ///
    /// Syncthing only knows about changes it has scanned: call this after [`Cluster::rescan`],
    /// or inside [`Cluster::wait_until`], which rescans.
    pub fn in_sync(&self) -> bool {
        if !self.all_connected() {
            return false;
        }
        let mut first_globals: Option<Vec<String>> = None;
        for (i, node) in self.nodes.iter().enumerate() {
            let Ok(status) = node.get(&format!("/rest/db/status?folder={FOLDER_ID}")) else {
                return false;
            };
            if json_value(&status, "state") != Some("idle")
                || json_value(&status, "needTotalItems") != Some("0")
            {
                return false;
            }
            let globals: Vec<String> = [
                "globalFiles",
                "globalDirectories",
                "globalSymlinks",
                "globalDeleted",
                "globalBytes",
            ]
            .iter()
            .map(|key| json_value(&status, key).unwrap_or("?").to_string())
            .collect();
            match &first_globals {
                None => first_globals = Some(globals),
                Some(first) if *first != globals => return false,
                Some(_) => {}
            }
            for j in self.others(i) {
                let path = format!(
                    "/rest/db/completion?folder={FOLDER_ID}&device={}",
                    self.nodes[j].device_id
                );
                let Ok(completion) = node.get(&path) else {
                    return false;
                };
                if json_value(&completion, "completion") != Some("100")
                    || json_value(&completion, "needItems") != Some("0")
                    || json_value(&completion, "needDeletes") != Some("0")
                {
                    return false;
                }
            }
        }
        true
    }

    /// The last lines of every instance's log, each headed by its index, device ID and ports;
    /// this is what the panics of this module show.
    pub fn logs(&self) -> String {
        let mut out = String::new();
        for (i, node) in self.nodes.iter().enumerate() {
            let text = fs::read_to_string(&node.log).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            let tail = &lines[lines.len().saturating_sub(LOG_TAIL_LINES)..];
            let _ = writeln!(
                out,
                "----- instance {i}: {} (REST 127.0.0.1:{}, sync 127.0.0.1:{}), last {} lines of {}",
                node.device_id,
                node.gui_port,
                node.sync_port,
                tail.len(),
                node.log.display()
            );
            for line in tail {
                let _ = writeln!(out, "{line}");
            }
        }
        out
    }

    /// Panics with `message` and the logs.
    fn fail(&self, message: &str) -> ! {
        panic!("Syncthing harness: {message}\n{}", self.logs());
    }

    /// Panics with the logs if an instance has exited.
    fn check_alive(&self) {
        for (i, node) in self.nodes.iter().enumerate() {
            let mut child = node.child.lock().unwrap_or_else(PoisonError::into_inner);
            if let Ok(Some(status)) = child.try_wait() {
                drop(child);
                self.fail(&format!("instance {i} has exited ({status})"));
            }
        }
    }

    /// Polls `check` until it holds; panics with `what` and the logs at `deadline` or when an
    /// instance exits.
    fn poll_until(&self, deadline: Instant, what: &str, mut check: impl FnMut(&Cluster) -> bool) {
        loop {
            if check(self) {
                return;
            }
            self.check_alive();
            if Instant::now() >= deadline {
                self.fail(&format!("timed out waiting until {what}"));
            }
            sleep(POLL);
        }
    }

    /// The indexes of all instances but `i`.
    fn others(&self, i: usize) -> impl Iterator<Item = usize> + use<> {
        (0..self.nodes.len()).filter(move |&j| j != i)
    }

    /// True when every instance reports every other one as connected.
    fn all_connected(&self) -> bool {
        (0..self.nodes.len()).all(|i| {
            self.others(i)
                .all(|j| self.nodes[i].connected_to(&self.nodes[j].device_id) == Some(true))
        })
    }

    /// Pauses (or resumes) every other device on instance `i`, and `i` on every other one.
    fn set_paused(&self, i: usize, paused: bool) {
        let verb = if paused { "pause" } else { "resume" };
        for j in self.others(i) {
            // The later instance of a pair dials the earlier one (see `config_xml`); resuming
            // the earlier one first means the dial that follows the second resume is accepted.
            let (first, second) = (i.min(j), i.max(j));
            for (on, of) in [(first, second), (second, first)] {
                let path = format!("/rest/system/{verb}?device={}", self.nodes[of].device_id);
                if let Err(e) = self.nodes[on].request("POST", &path, HTTP_TIMEOUT) {
                    self.fail(&format!(
                        "{verb} of instance {of} on instance {on} failed: {e}"
                    ));
                }
            }
        }
    }
}

impl Drop for Cluster {
    /// Kills every instance and waits for it to end; the homes are removed afterwards.
    fn drop(&mut self) {
        for node in &mut self.nodes {
            let child = node.child.get_mut().unwrap_or_else(PoisonError::into_inner);
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Node {
    /// `GET path` on this instance's REST API; the body, or why there is none.
    fn get(&self, path: &str) -> Result<String, String> {
        self.request("GET", path, HTTP_TIMEOUT)
    }

    /// Sends `method path` with the API key to this instance's REST API over HTTP/1.0 and
    /// returns the body of a `200` answer, or an error, within `timeout`.
    fn request(&self, method: &str, path: &str, timeout: Duration) -> Result<String, String> {
        let deadline = Instant::now() + timeout;
        let fail = |e: &dyn std::fmt::Display| format!("{method} {path}: {e}");
        let addr = SocketAddr::from(([127, 0, 0, 1], self.gui_port));
        let mut stream = TcpStream::connect_timeout(&addr, timeout).map_err(|e| fail(&e))?;
        stream
            .set_write_timeout(Some(timeout))
            .map_err(|e| fail(&e))?;
        let head = format!(
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nX-API-Key: {}\r\n\
             Content-Length: 0\r\n\r\n",
            self.gui_port, self.api_key
        );
        stream.write_all(head.as_bytes()).map_err(|e| fail(&e))?;
        let mut raw = Vec::new();
        let mut buf = [0_u8; 8192];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(fail(&"no complete answer in time"));
            }
            stream.set_read_timeout(Some(left)).map_err(|e| fail(&e))?;
            match stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => raw.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(fail(&e)),
            }
        }
        let text = String::from_utf8_lossy(&raw);
        let (head, body) = text
            .split_once("\r\n\r\n")
            .ok_or_else(|| fail(&"answer without HTTP header"))?;
        let status_line = head.lines().next().unwrap_or_default();
        if status_line.split_whitespace().nth(1) != Some("200") {
            return Err(fail(&format!("{status_line}: {}", body.trim())));
        }
        Ok(body.to_string())
    }

    /// True when the REST API answers with this node's own device ID (and not, say, another
    /// program that took the port).
    fn answers_as_itself(&self) -> bool {
        self.get("/rest/system/status")
            .is_ok_and(|status| json_value(&status, "myID") == Some(self.device_id.as_str()))
    }

    /// Whether this instance reports a live connection to `device_id`; `None` if the REST API
    /// does not answer or does not know the device.
    fn connected_to(&self, device_id: &str) -> Option<bool> {
        let body = self.get("/rest/system/connections").ok()?;
        let start = body.find(&format!("\"{device_id}\""))?;
        let entry = &body[start..];
        let entry = &entry[..entry.find('}').unwrap_or(entry.len())];
        match json_value(entry, "connected")? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }
}

/// A fresh, unguessable API key (128 bits from the standard library's randomly seeded hasher).
fn random_key() -> String {
    let half = || RandomState::new().build_hasher().finish();
    format!("{:016x}{:016x}", half(), half())
}

/// `POST` path that asks for a scan of the shared folder.
fn scan_path() -> String {
    format!("/rest/db/scan?folder={FOLDER_ID}")
}

/// Makes keys and a first `config.xml` in `home` with `syncthing generate`; returns the
/// device ID and the config version that Syncthing wrote.
fn generate(home: &Path) -> (String, String) {
    let log = home.with_extension("generate.log");
    run_bounded(
        "syncthing generate",
        Command::new(binary())
            .args([
                "generate",
                "--no-default-folder",
                "--skip-port-probing",
                "--home",
            ])
            .arg(home),
        &log,
    );
    let device_id = run_bounded(
        "syncthing serve --device-id",
        Command::new(binary())
            .args(["serve", "--device-id", "--home"])
            .arg(home),
        &log,
    )
    .trim()
    .to_string();
    let groups: Vec<&str> = device_id.split('-').collect();
    assert!(
        groups.len() == 8
            && groups
                .iter()
                .all(|g| g.len() == 7 && g.chars().all(|c| c.is_ascii_alphanumeric())),
        "syncthing printed no device ID, but {device_id:?}"
    );
    let config = fs::read_to_string(home.join("config.xml")).expect("no generated config.xml");
    let version = config
        .split_once("<configuration version=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(version, _)| version.to_string())
        .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
        .expect("no version in the generated config.xml");
    (device_id, version)
}

/// Runs a short Syncthing command with the environment of [`spawn`]; stdout is returned,
/// stderr goes to `log`. Panics if it fails or takes longer than 30 seconds.
fn run_bounded(what: &str, command: &mut Command, log: &Path) -> String {
    let out_path = log.with_extension("stdout");
    let stdout = File::create(&out_path).expect("cannot create a file for stdout");
    let stderr = File::options()
        .create(true)
        .append(true)
        .open(log)
        .expect("cannot open a log file");
    let mut child = quiet_env(command)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {what} ({}): {e}", binary().display()));
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().expect("cannot wait for syncthing") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} took longer than 30 s");
        }
        sleep(Duration::from_millis(10));
    };
    let stdout = fs::read_to_string(&out_path).unwrap_or_default();
    assert!(
        status.success(),
        "{what} failed ({status}): {stdout}{}",
        fs::read_to_string(log).unwrap_or_default()
    );
    stdout
}

/// Sets the environment every Syncthing process of the harness runs with: no default folder,
/// no upgrades or restarts, no monitor process (so the child is Syncthing itself and killing
/// it ends it), no proxy, and none of the variables that would move its home or GUI.
fn quiet_env(command: &mut Command) -> &mut Command {
    command
        .env("STNODEFAULTFOLDER", "1")
        .env("STNOUPGRADE", "1")
        .env("STNORESTART", "1")
        .env("STMONITORED", "1")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("STHOMEDIR")
        .env_remove("STCONFDIR")
        .env_remove("STDATADIR")
        .env_remove("STGUIADDRESS")
        .env_remove("STGUIAPIKEY")
        .env_remove("STTRACE")
}

/// Starts `syncthing serve` on `home`, with stdout and stderr going to `log`.
fn spawn(home: &Path, log: &Path) -> Child {
    let out = File::create(log).expect("cannot create a log file");
    let err = out.try_clone().expect("cannot share the log file");
    quiet_env(&mut Command::new(binary()))
        .arg("serve")
        .arg("--home")
        .arg(home)
        // Time with microseconds in every log line.
        .args([
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
            "--logflags=6",
        ])
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary().display()))
}

/// The whole `config.xml` of instance `me`. `devices` lists every instance's device ID and
/// sync port, this one included.
///
/// Each pair of instances has one dialler: an instance knows the static address
/// `tcp://127.0.0.1:<port>` of every instance before it and `dynamic` (which, with discovery
/// off, resolves to nothing) for those after it, so instance `i` dials instances `0..i` and
/// is dialled by the rest. When two Syncthing v1.19 instances dial each other at the same
/// moment, each handles its own outgoing connection first and waits for a Hello the other
/// never sends on it; both give up only after 20 s. That happened at start-up and after
/// [`Cluster::join`] when both sides had addresses.
///
/// The devices it dials start paused, and [`Cluster::start`] resumes them once every instance
/// answers (and so listens): Syncthing dials as soon as it starts, and after a refused dial it
/// tries again only after at least 5 s, but a resume makes it dial at once.
///
/// The instance listens on `tcp4://` while it dials `tcp://` addresses: with matching schemes
/// Syncthing v1.19 dials out from its own listen port, which can turn two crossing dials into
/// a TCP "simultaneous open" (one connection where both sides act as TLS client). With
/// different schemes it dials from an ordinary ephemeral port.
fn config_xml(
    version: &str,
    folder: &Path,
    gui_port: u16,
    api_key: &str,
    devices: &[(String, u16)],
    me: usize,
) -> String {
    let sync_port = devices[me].1;
    let folder = folder.to_str().expect("the folder path must be UTF-8");
    let mut xml = format!("<configuration version=\"{version}\">\n");
    let _ = writeln!(
        xml,
        "    <folder id=\"{FOLDER_ID}\" label=\"{FOLDER_ID}\" path=\"{}\" type=\"sendreceive\" \
         rescanIntervalS=\"2\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\" \
         ignorePerms=\"false\" autoNormalize=\"true\">",
        digitutor::certificate::escape(folder)
    );
    xml.push_str("        <filesystemType>basic</filesystemType>\n");
    for (id, _) in devices {
        let _ = writeln!(
            xml,
            "        <device id=\"{id}\" introducedBy=\"\"></device>"
        );
    }
    xml.push_str(
        "        <minDiskFree unit=\"%\">0</minDiskFree>\n\
         \x20       <markerName>.stfolder</markerName>\n\
         \x20       <maxConflicts>10</maxConflicts>\n\
         \x20       <paused>false</paused>\n\
         \x20   </folder>\n",
    );
    for (i, (id, port)) in devices.iter().enumerate() {
        let (address, paused) = if i < me {
            (format!("tcp://127.0.0.1:{port}"), true)
        } else {
            ("dynamic".to_string(), false)
        };
        let _ = writeln!(
            xml,
            "    <device id=\"{id}\" name=\"node{i}\" compression=\"metadata\" \
             introducer=\"false\">\n\
             \x20       <address>{address}</address>\n\
             \x20       <paused>{paused}</paused>\n\
             \x20       <autoAcceptFolders>false</autoAcceptFolders>\n\
             \x20   </device>"
        );
    }
    let _ = write!(
        xml,
        "    <gui enabled=\"true\" tls=\"false\" debugging=\"false\">\n\
         \x20       <address>127.0.0.1:{gui_port}</address>\n\
         \x20       <apikey>{}</apikey>\n\
         \x20   </gui>\n\
         \x20   <options>\n\
         \x20       <listenAddress>tcp4://127.0.0.1:{sync_port}</listenAddress>\n\
         \x20       <globalAnnounceEnabled>false</globalAnnounceEnabled>\n\
         \x20       <localAnnounceEnabled>false</localAnnounceEnabled>\n\
         \x20       <relaysEnabled>false</relaysEnabled>\n\
         \x20       <natEnabled>false</natEnabled>\n\
         \x20       <announceLANAddresses>false</announceLANAddresses>\n\
         \x20       <reconnectionIntervalS>2</reconnectionIntervalS>\n\
         \x20       <startBrowser>false</startBrowser>\n\
         \x20       <urAccepted>-1</urAccepted>\n\
         \x20       <urSeen>3</urSeen>\n\
         \x20       <crashReportingEnabled>false</crashReportingEnabled>\n\
         \x20       <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\n\
         \x20       <restartOnWakeup>false</restartOnWakeup>\n\
         \x20       <setLowPriority>false</setLowPriority>\n\
         \x20       <minHomeDiskFree unit=\"%\">0</minHomeDiskFree>\n\
         \x20   </options>\n\
         </configuration>\n",
        digitutor::certificate::escape(api_key)
    );
    xml
}

/// The value after the first `"key":` in `json`: a string's text without its quotes (escapes
/// are not decoded), or a number, `true`, `false` or `null` as written. Enough for the flat
/// answers of Syncthing's REST API; `None` if the key is absent.
fn json_value<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let pattern = format!("\"{key}\":");
    let start = json.find(&pattern)? + pattern.len();
    let rest = json[start..].trim_start();
    if let Some(string) = rest.strip_prefix('"') {
        return string.find('"').map(|end| &string[..end]);
    }
    let end = rest
        .find(|c: char| c == ',' || c == '}' || c == ']' || c.is_whitespace())
        .unwrap_or(rest.len());
    Some(&rest[..end])
}
