//! `digitutor paths`, `learners`, `export` and `import`: the folders in use, the learners on this
//! computer (list, rename, delete), and moving a learner's progress to another computer.

use std::path::Path;
use std::process::ExitCode;

use super::out::outln;
use crate::pack::Library;
use crate::progress::transfer::{self, Imported};
use crate::progress::{DataDirs, Store};

/// `digitutor paths`: the folders in use.
pub fn paths(dirs: &DataDirs) -> ExitCode {
    outln!("data:     {}", dirs.data.display());
    outln!("profiles: {}", dirs.profiles().display());
    outln!("lessons:  {}", dirs.lessons().display());
    outln!("config:   {}", dirs.config_file().display());
    outln!("crashes:  {}", dirs.crash_reports().display());
    ExitCode::SUCCESS
}

/// `digitutor learners`: each learner with what they have done, and any progress kept for
/// lessons no longer in the packs.
pub fn list(store: &Store, library: &Library) -> anyhow::Result<ExitCode> {
    let learners = store.list();
    if learners.is_empty() {
        outln!("No learners yet in {}.", store.dirs().profiles().display());
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
            "{}  (id {}): {done} lessons done, {passed} assessments passed",
            info.name,
            info.id
        );
        for notice in &loaded.notices {
            outln!("    note: {}", crate::tui::profiles::notice_text(notice));
        }
        let unknown = progress.unknown_ids(&packs);
        if !unknown.is_empty() {
            outln!(
                "    keeps progress for {} lessons or steps no longer in the packs (kept, not lost): {}",
                unknown.len(),
                unknown.join(", ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `digitutor learners rename WHO NAME`.
pub fn rename(store: &Store, who: &str, name: &str) -> anyhow::Result<ExitCode> {
    let info = store.find(who).ok_or_else(|| store.missing(who))?;
    let p = store.rename(&info.id, name)?;
    outln!("{} is now called {}.", info.name, p.profile.name);
    Ok(ExitCode::SUCCESS)
}

/// `digitutor learners delete WHO`: moves the learner's folder aside, never erases it.
pub fn delete(store: &Store, who: &str) -> anyhow::Result<ExitCode> {
    let info = store.find(who).ok_or_else(|| store.missing(who))?;
    let to = store.delete(&info.id)?;
    outln!(
        "{} was removed from the list. Their progress is kept in {} in case this was a mistake.",
        info.name,
        to.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `digitutor export WHO FILE`.
pub fn export(store: &Store, who: &str, file: &Path) -> anyhow::Result<ExitCode> {
    let name = transfer::export(store, who, file)?;
    outln!(
        "Saved the progress of {name} to {}. On the other computer: digitutor import {}",
        file.display(),
        file.display()
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
        Imported::Added { name } => outln!("Added {name} with their progress."),
        Imported::Merged { name } => outln!(
            "Merged the progress into {name}: lessons done on either computer now count as done."
        ),
        Imported::AlreadyImported { name } => {
            outln!("This file was already imported for {name}. Nothing changed.")
        }
    }
    if unknown > 0 {
        outln!(
            "{unknown} lesson{} in the file {} from packs not on this computer. {} kept, and count again once those packs are added here.",
            if unknown == 1 { "" } else { "s" },
            if unknown == 1 { "is" } else { "are" },
            if unknown == 1 { "It is" } else { "They are" }
        );
    }
    Ok(ExitCode::SUCCESS)
}
