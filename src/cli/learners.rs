//! `digitutor paths`, `learners`, `export` and `import`: the folders in use, the learners on this
//! computer (list, rename, delete), and moving a learner's progress to another computer.

use std::path::Path;
use std::process::ExitCode;

use super::out::outln;
use crate::pack::Library;
use crate::progress::transfer::{self, Imported};
use crate::progress::{DataDirs, Store};
use crate::tui::text::tf;

/// `digitutor paths`: the folders in use.
pub fn paths(dirs: &DataDirs) -> ExitCode {
    outln!("data:     {}", dirs.data.display());
    outln!("profiles: {}", dirs.profiles().display());
    outln!("lessons:  {}", dirs.lessons().display());
    outln!("config:   {}", dirs.config_file().display());
    outln!("crashes:  {}", dirs.crash_reports().display());
    // The folder a centre shares between its computers (its .stignore keeps each computer's
    // own files at home).
    outln!("share:    {}", dirs.data.display());
    ExitCode::SUCCESS
}

/// `digitutor learners`: each learner with what they have done, and any progress kept for
/// lessons no longer in the packs.
pub fn list(store: &Store, library: &Library) -> anyhow::Result<ExitCode> {
    let learners = store.list();
    if learners.is_empty() {
        outln!(
            "{}",
            tf(
                "report.none-in",
                &[("folders", &store.dirs().profiles().display())]
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    let packs: Vec<_> = library.packs().map(|p| p.as_ref()).collect();
    for info in learners {
        let loaded = store.read(&info.id)?;
        let progress = loaded.memory.progress();
        let done: usize = progress
            .lessons
            .values()
            .flat_map(|l| l.values())
            .filter(|l| l.status == crate::progress::LessonStatus::Done)
            .count();
        let passed = progress.assessments.values().filter(|a| a.passed).count();
        outln!(
            "{}",
            tf(
                "learners.row",
                &[
                    ("name", &info.name),
                    ("id", &info.id),
                    ("done", &done),
                    ("passed", &passed)
                ]
            )
        );
        for notice in &loaded.notices {
            outln!(
                "    {}",
                tf(
                    "learners.note",
                    &[("note", &crate::tui::profiles::notice_text(notice))]
                )
            );
        }
        let unknown = progress.unknown_ids(&packs);
        if !unknown.is_empty() {
            outln!(
                "    {}",
                tf(
                    "learners.unknown",
                    &[("n", &unknown.len()), ("ids", &unknown.join(", "))]
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `digitutor learners rename WHO NAME`.
pub fn rename(store: &Store, who: &str, name: &str) -> anyhow::Result<ExitCode> {
    let info = store.find(who).ok_or_else(|| store.missing(who))?;
    let p = store.rename(&info.id, name)?;
    outln!(
        "{}",
        tf(
            "learners.renamed",
            &[("old", &info.name), ("new", &p.profile.name)]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `digitutor learners delete WHO`: moves the learner's folder aside, never erases it.
pub fn delete(store: &Store, who: &str) -> anyhow::Result<ExitCode> {
    let info = store.find(who).ok_or_else(|| store.missing(who))?;
    let to = store.delete(&info.id)?;
    outln!(
        "{}",
        tf(
            "learners.deleted",
            &[("name", &info.name), ("folder", &to.display())]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `digitutor export WHO FILE`.
pub fn export(store: &Store, who: &str, file: &Path) -> anyhow::Result<ExitCode> {
    let name = transfer::export(store, who, file)?;
    outln!(
        "{}",
        tf(
            "learners.exported",
            &[("name", &name), ("file", &file.display())]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `digitutor import FILE [--as WHO | --new]`. Lessons from packs this computer does not have
/// are kept (they count again once the pack is here) and said.
pub fn import(
    store: &Store,
    file: &Path,
    into: &transfer::ImportInto,
    library: &Library,
) -> anyhow::Result<ExitCode> {
    let (theirs, _) = transfer::read(file)?;
    let unknown = theirs
        .lessons
        .iter()
        .flat_map(|(pack, lessons)| lessons.keys().map(move |lesson| (pack, lesson)))
        .filter(|(pack, lesson)| {
            library
                .pack(pack)
                .is_none_or(|p| !p.lessons.iter().any(|l| &l.id == *lesson))
        })
        .count();
    match transfer::import(store, file, into)? {
        Imported::Added { name } => outln!("{}", tf("learners.added", &[("name", &name)])),
        Imported::Merged { name } => outln!("{}", tf("learners.merged", &[("name", &name)])),
        Imported::AlreadyImported { name } => {
            outln!("{}", tf("learners.already", &[("name", &name)]))
        }
    }
    if unknown > 0 {
        outln!("{}", tf("learners.unknown-packs", &[("n", &unknown)]));
    }
    Ok(ExitCode::SUCCESS)
}

/// Why an export or an import did not happen, in the computer's language.
pub(super) fn transfer_problem(problem: &crate::progress::transfer::TransferProblem) -> String {
    use crate::progress::transfer::TransferProblem as P;
    match problem {
        P::NotReadable { name } => tf("transfer.not-readable", &[("name", name)]),
        P::Unreadable { file, source } => tf(
            "transfer.unreadable",
            &[
                ("file", &file.display()),
                ("why", &crate::tui::profiles::io_words(source)),
            ],
        ),
        P::NotAnExport { file } => tf("transfer.not-an-export", &[("file", &file.display())]),
        P::TooNew { file, version } => tf(
            "transfer.too-new",
            &[
                ("file", &file.display()),
                ("version", version),
                ("known", &crate::progress::transfer::EXPORT_VERSION),
            ],
        ),
        P::Unusable { file, why } => tf(
            "transfer.unusable",
            &[("file", &file.display()), ("why", why)],
        ),
        P::BelongsToOther {
            file,
            theirs,
            ours,
            same_id,
        } => tf(
            if *same_id {
                "transfer.same-id"
            } else {
                "transfer.same-name"
            },
            &[
                ("file", &file.display()),
                ("theirs", &theirs.0),
                ("theirs_id", &theirs.1),
                ("ours", &ours.0),
                ("ours_id", &ours.1),
            ],
        ),
    }
}
