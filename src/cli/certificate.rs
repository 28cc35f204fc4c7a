//! `digitutor certificate`: writes a learner's printable certificates (one A4 page per topic
//! passed) to an HTML file. Reading, writing and messages only; the pages are built in
//! `crate::certificate`.

use std::path::Path;
use std::process::ExitCode;

use super::Cli;
use super::out::{errln, outln};
use crate::certificate::{self, NoCertificate};
use crate::config::Config;
use crate::progress::Store;
use crate::progress::store::write_bytes_atomic;
use crate::tui::text::{t, tf};

/// Writes the certificates of `who` (for `topic`, or every topic passed) to `out`. Exit status 1,
/// and no file, when there is nothing passed to certify.
pub fn run(cli: &Cli, who: &str, topic: Option<&str>, out: &Path) -> anyhow::Result<ExitCode> {
    let dirs = super::dirs(cli)?;
    let store = Store::new(dirs.clone());
    let Some(info) = store.find(who) else {
        // A part of a name ("lan" for "Nguyen Thi Lan") is not enough to choose; say who is close.
        let part = crate::safe_text::fold(who);
        let close: Vec<String> = store
            .list()
            .into_iter()
            .filter(|p| {
                let name = crate::safe_text::fold(&p.name);
                name.contains(&part)
                    || p.id.starts_with(&part)
                    || strsim::jaro_winkler(&name, &part) > 0.8
            })
            .map(|p| format!("\"{}\" (id {})", p.name, p.id))
            .collect();
        let what_to_do = if close.is_empty() {
            t("cli.no-learner-list").to_string()
        } else {
            let or = format!(" {} ", t("cli.or"));
            tf("cli.no-learner-close", &[("names", &close.join(&or))])
        };
        anyhow::bail!(tf(
            "cli.no-learner",
            &[
                ("who", &who),
                ("folder", &dirs.profiles().display()),
                ("what", &what_to_do),
            ],
        ));
    };
    let loaded = store.read(&info.id)?;
    if loaded.read_only {
        let why: Vec<String> = loaded
            .notices
            .iter()
            .map(crate::tui::profiles::notice_text)
            .collect();
        anyhow::bail!(tf(
            "certificate.unreadable",
            &[("name", &info.name), ("why", &why.join(" "))],
        ));
    }
    let library = super::tutor_library(&cli.lessons, &dirs);
    let packs = super::usable_packs(&library);
    let packs: Vec<&crate::pack::Pack> = packs.iter().map(|p| p.as_ref()).collect();
    // In the learner's own language; else the computer's, spoken since the command started.
    let language = loaded
        .memory
        .language()
        .and_then(crate::language::Language::from_code)
        .unwrap_or_else(crate::tui::text::language);
    // One certificate per topic, from the pack in the learner's language when there is one.
    let packs: Vec<&crate::pack::Pack> = crate::pack::one_per_id(&packs, language.code())
        .into_iter()
        .map(|i| packs[i])
        .collect();

    let certificates = match certificate::for_learner(loaded.memory.progress(), &packs, topic) {
        Ok(certificates) => certificates,
        Err(e @ NoCertificate::UnknownTopic { .. }) => return Err(anyhow::anyhow!(said(&e))),
        Err(e) => {
            errln!("{}", said(&e));
            return Ok(ExitCode::from(1));
        }
    };
    let config = match Config::load(&dirs.config_file()) {
        Ok(config) => config,
        Err(e) => {
            let why = crate::tui::views::settings_problem(&e);
            errln!("{}", tf("certificate.no-centre", &[("why", &why)]));
            Config::default()
        }
    };
    crate::tui::text::set_language(language);
    let words = certificate::Words {
        lang: language.code(),
        say: &crate::tui::text::tf,
        date: &crate::tui::text::long_date,
    };
    let html = certificate::html(&certificates, &config.centre_name, &words);
    write_bytes_atomic(out, html.as_bytes())
        .map_err(|e| anyhow::anyhow!(tf("certificate.not-written", &[("why", &e)])))?;
    let topics: Vec<&str> = certificates.iter().map(|c| c.topic.as_str()).collect();
    outln!(
        "{}",
        crate::tui::text::tf(
            "certificate.written",
            &[
                ("n", &certificates.len()),
                ("name", &info.name),
                ("topics", &topics.join(", ")),
                ("file", &out.display()),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Why no certificate was made, in the language the command speaks.
fn said(why: &NoCertificate) -> String {
    match why {
        NoCertificate::NotPassed {
            learner,
            topic,
            pass_percent,
        } => tf(
            "certificate.not-passed",
            &[
                ("learner", learner),
                ("topic", topic),
                ("percent", pass_percent),
            ],
        ),
        NoCertificate::NonePassed { learner } => tf(
            "certificate.none-passed",
            &[
                ("learner", learner),
                ("percent", &crate::certificate::DEFAULT_PASS_PERCENT),
            ],
        ),
        NoCertificate::UnknownTopic { topic, known } => tf(
            "certificate.unknown-topic",
            &[("topic", topic), ("known", &known.join(", "))],
        ),
    }
}
