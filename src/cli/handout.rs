//! `digitutor handout`: a pack's lessons on paper, in the computer's language when the pack has
//! it. The page itself is built by `crate::handout`; this reads the packs, picks the lessons and
//! writes the file.

use std::process::ExitCode;

use super::out::outln;
use super::{Cli, dirs, library, packs_in, tutor_library, usable_packs};
use crate::tui::text::tf;

/// `digitutor handout`: a pack's lessons on paper, in the computer's language when the pack
/// has it.
pub(super) fn run(
    cli: &Cli,
    id: &str,
    lesson: Option<&str>,
    out: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    let library = match dirs(cli) {
        Ok(dirs) => tutor_library(&cli.lessons, &dirs),
        Err(_) => library(&cli.lessons),
    };
    let packs = packs_in(&usable_packs(&library), crate::tui::text::language().code());
    let ids = packs
        .iter()
        .map(|p| p.id.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let pack = packs
        .iter()
        .find(|p| p.id == id || p.topic == id)
        .ok_or_else(|| anyhow::anyhow!(tf("demo.no-pack", &[("id", &id), ("packs", &ids)])))?;
    let lessons: Vec<&crate::pack::Lesson> = match lesson {
        None => pack.lessons.iter().collect(),
        Some(wanted) => vec![
            pack.lessons
                .iter()
                .find(|l| l.id == wanted)
                .ok_or_else(|| {
                    let known = pack
                        .lessons
                        .iter()
                        .map(|l| l.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                    anyhow::anyhow!(tf(
                        "demo.no-lesson",
                        &[("pack", &pack.id), ("id", &wanted), ("lessons", &known)],
                    ))
                })?,
        ],
    };
    // The handout's headings are in the pack's own language, like its lessons.
    let told_in = crate::tui::text::language();
    let language = crate::language::Language::from_code(&pack.language).unwrap_or(told_in);
    crate::tui::text::set_language(language);
    let practice = crate::tui::text::t("screen.qr-practice");
    let words = crate::handout::Words {
        lang: language.code(),
        say: &crate::tui::text::tf,
        practice,
    };
    let html = crate::handout::html(pack, &lessons, &words);
    crate::tui::text::set_language(told_in);
    crate::progress::store::write_bytes_atomic(out, html.as_bytes())
        .map_err(|e| anyhow::anyhow!(tf("certificate.not-written", &[("why", &e)])))?;
    outln!(
        "{}",
        tf(
            "handout.written",
            &[
                ("n", &lessons.len()),
                ("title", &pack.title),
                ("file", &out.display()),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}
