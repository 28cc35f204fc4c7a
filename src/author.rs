//! Tools for lesson authors: `new` writes a pack that already validates, with one commented
//! example of every screen kind and answer kind; `preview` (in `author::watch` and the TUI) shows
//! one pack as a learner sees it and reloads it on every save.

pub mod watch;

use std::path::{Path, PathBuf};

use crate::pack::TOPICS;
use crate::progress::store::write_bytes_atomic;

/// The scaffold's text, with `{id}`, `{topic}`, `{language}`, `{title}` and `{file}` to fill.
const SCAFFOLD: &str = include_str!("author/scaffold.toml");

/// The text of a new pack.
pub fn scaffold(id: &str, topic: &str, language: &str, file_name: &str) -> String {
    let title = id
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    SCAFFOLD
        .replace("{id}", id)
        .replace("{topic}", topic)
        .replace("{language}", language)
        .replace("{title}", &title)
        .replace("{file}", file_name)
}

/// Writes `DIR/ID.toml` and, when missing, the JSON Schema beside it for editors. Refuses to
/// write over a file that exists. Returns the pack's path.
pub fn new_pack(dir: &Path, id: &str, topic: &str, language: &str) -> anyhow::Result<PathBuf> {
    let id_ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        anyhow::bail!(
            "\"{id}\" cannot be a pack id: use lowercase letters, digits and dashes, e.g. parcel-scams"
        );
    }
    if !TOPICS.contains(&topic) {
        anyhow::bail!(
            "\"{topic}\" is not a topic. The topics are: {}",
            TOPICS.join(", ")
        );
    }
    let file = dir.join(format!("{id}.toml"));
    if file.exists() {
        anyhow::bail!(
            "{} already exists; it was left as it is. Choose another id, or another folder with --dir",
            file.display()
        );
    }
    let name = file.display().to_string();
    let text = scaffold(id, topic, language, &name);
    write_bytes_atomic(&file, text.as_bytes())?;
    let schema = dir.join("digitutor-pack.schema.json");
    if !schema.exists() {
        write_bytes_atomic(&schema, crate::pack::schema::json_schema_text().as_bytes())?;
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::check_source;

    #[test]
    fn the_scaffold_validates_with_no_warnings() {
        let text = scaffold("my-pack", "scams", "vi", "my-pack.toml");
        let (pack, diagnostics) = check_source("my-pack.toml", &text);
        assert!(diagnostics.is_empty(), "{diagnostics:#?}");
        let pack = pack.unwrap();
        assert_eq!(pack.id, "my-pack");
        assert_eq!(pack.language, "vi");
        assert_eq!(pack.title, "My Pack");
    }

    #[test]
    fn the_scaffold_shows_every_screen_kind_and_every_answer_kind() {
        use crate::pack::{Do, ScreenKind};
        let text = scaffold("x", "scams", "en", "x.toml");
        let pack = check_source("x.toml", &text).0.unwrap();
        let steps = &pack.lessons[0].steps;
        let mut kinds: Vec<ScreenKind> = steps.iter().map(|s| s.screen.kind).collect();
        kinds.extend(pack.lessons[0].consequences.iter().map(|c| c.screen.kind));
        for kind in [
            ScreenKind::Message,
            ScreenKind::Email,
            ScreenKind::Call,
            ScreenKind::Web,
            ScreenKind::Form,
            ScreenKind::Home,
            ScreenKind::Qr,
            ScreenKind::Payment,
            ScreenKind::Notification,
            ScreenKind::Info,
        ] {
            assert!(kinds.contains(&kind), "no {kind:?} screen");
        }
        for action in [Do::Choose, Do::Type, Do::Tap, Do::Scan, Do::Continue] {
            assert!(
                steps.iter().any(|s| s.action == action),
                "no {action:?} step"
            );
        }
        assert!(steps.iter().any(|s| s.sensitive));
        assert!(pack.assessment.is_some());
    }

    #[test]
    fn new_refuses_a_bad_id_an_unknown_topic_and_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        assert!(new_pack(dir.path(), "My Pack", "scams", "en").is_err());
        let err = new_pack(dir.path(), "ok", "banking", "en")
            .unwrap_err()
            .to_string();
        assert!(err.contains("digital-payments"), "{err}");
        let file = new_pack(dir.path(), "ok", "scams", "en").unwrap();
        assert!(dir.path().join("digitutor-pack.schema.json").exists());
        let err = new_pack(dir.path(), "ok", "scams", "en")
            .unwrap_err()
            .to_string();
        assert!(err.contains("already exists"), "{err}");
        assert!(
            std::fs::read_to_string(file)
                .unwrap()
                .contains("id = \"ok\"")
        );
    }
}
