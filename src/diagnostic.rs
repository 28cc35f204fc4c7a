//! One problem found in a file: where it is (file, byte span, line:column), how bad it is, what is
//! wrong and how to fix it. Rendered as rustc-style text (through `annotate-snippets`) or as JSON
//! for editors. Nothing here reads files: the caller hands in the source text.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use serde::Serialize;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The pack still loads; the author should look.
    Warning,
    /// The pack (or the part named) cannot be used until it is fixed.
    Error,
}

/// One problem, with its place in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short stable name for the rule, e.g. `unknown-key`.
    pub code: &'static str,
    /// The file, as the user named it (or `built-in:lessons/en/qr-codes.toml`).
    pub file: String,
    /// 1-based line of the spot; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column (in characters) of the spot; 0 when the problem concerns the whole file.
    pub column: usize,
    /// Byte range of the spot in the file.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem at `span` in `source`; the line and column are computed here.
    pub fn at(
        severity: Severity,
        code: &'static str,
        file: &str,
        source: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let place = line_col(source, span.start);
        Diagnostic::placed(severity, code, file, span, place, message.into())
    }

    /// A problem at `span` in `source`, with its place found through `index` (for callers that
    /// report many problems in one file).
    pub fn at_indexed(
        severity: Severity,
        code: &'static str,
        file: &str,
        (source, index): (&str, &LineIndex),
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let place = index.line_col(source, span.start);
        Diagnostic::placed(severity, code, file, span, place, message.into())
    }

    fn placed(
        severity: Severity,
        code: &'static str,
        file: &str,
        span: Range<usize>,
        (line, column): (usize, usize),
        message: String,
    ) -> Self {
        Diagnostic {
            severity,
            code,
            file: file.to_string(),
            line,
            column,
            span: Some(span),
            message,
            help: None,
        }
    }

    /// A problem with the file as a whole (it cannot be read, it is too big).
    pub fn whole_file(
        severity: Severity,
        code: &'static str,
        file: &str,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            code,
            file: file.to_string(),
            line: 0,
            column: 0,
            span: None,
            message: message.into(),
            help: None,
        }
    }

    /// Adds the "how to fix it" line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// True for errors (not warnings).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col`, or just the file when there is no spot.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}:{}", self.file, self.line, self.column)
        }
    }

    /// The rustc-style text: severity, code, message, `--> file:line:col`, the source line with a
    /// caret under the spot, and the help line. `source` must be the text the span points into.
    pub fn render(&self, source: Option<&str>, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        // Outside text (the file name, quoted pack text) is cleaned before it meets the
        // renderer's own colour codes; the renderer shows control characters in the source as
        // symbols, and what it lets through that is invisible is replaced at the end.
        let message = crate::safe_text::clean_line(&self.message);
        let file = crate::safe_text::clean_line(&self.file);
        let help = self.help.as_deref().map(crate::safe_text::clean);
        let title = level.primary_title(message.as_ref()).id(self.code);
        let mut group = match (source, &self.span) {
            (Some(source), Some(span)) => {
                // Only the line of the spot goes to the renderer, so showing many problems of a
                // big file costs the length of their lines, not the file's length each time.
                let span = clamp_span(source, span.clone());
                let line_start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = source[span.start..]
                    .find('\n')
                    .map_or(source.len(), |i| span.start + i);
                let line = &source[line_start..line_end];
                let local = span.start - line_start..span.end.min(line_end) - line_start;
                title.element(
                    Snippet::source(line)
                        .line_start(self.line.max(1))
                        .path(file.as_ref())
                        .annotation(AnnotationKind::Primary.span(local)),
                )
            }
            _ => title.element(Level::NOTE.message(format!("in {file}"))),
        };
        if let Some(help) = &help {
            group = group.element(Level::HELP.message(help.as_ref()));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        crate::safe_text::clean_invisible(&renderer.render(&[group])).into_owned()
    }
}

/// Where each line of a file starts, found once, so the line and column of many problems in one
/// file cost a binary search each instead of a walk from the top. Columns count characters;
/// on lines that are all ASCII that is a subtraction.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each line's start, and whether the line is all ASCII.
    lines: Vec<(usize, bool)>,
}

impl LineIndex {
    /// The index of `source`.
    pub fn new(source: &str) -> Self {
        let mut lines = Vec::new();
        let mut start = 0;
        for line in source.split_inclusive('\n') {
            lines.push((start, line.is_ascii()));
            start += line.len();
        }
        if lines.is_empty() || source.ends_with('\n') {
            lines.push((source.len(), true));
        }
        LineIndex { lines }
    }

    /// 1-based line and character column of a byte offset in the indexed `source`.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let i = self
            .lines
            .partition_point(|(start, _)| *start <= offset)
            .saturating_sub(1);
        let (start, ascii) = self.lines.get(i).copied().unwrap_or((0, true));
        let column = if ascii {
            offset - start
        } else {
            source[start..offset].chars().count()
        };
        (i + 1, column + 1)
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = source[line_start..offset].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Keeps a span inside the source and on character boundaries, and at most one line long, so the
/// caret sits under the spot rather than underlining a whole table.
fn clamp_span(source: &str, span: Range<usize>) -> Range<usize> {
    let start = floor_char_boundary(source, span.start.min(source.len()));
    let mut end = floor_char_boundary(source, span.end.min(source.len())).max(start);
    if let Some(nl) = source[start..end].find('\n') {
        end = start + nl;
    }
    start..end
}

/// Counts of errors and warnings in a list of problems.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let src = "a = 1\nb = \"Việt\" x\n";
        let offset = src.find('x').unwrap_or(0);
        assert_eq!(line_col(src, offset), (2, 12));
        assert_eq!(line_col(src, 0), (1, 1));
        let index = LineIndex::new(src);
        for offset in 0..=src.len() + 3 {
            assert_eq!(
                index.line_col(src, offset),
                line_col(src, offset),
                "offset {offset}"
            );
        }
        let none = "";
        assert_eq!(LineIndex::new(none).line_col(none, 0), (1, 1));
    }

    #[test]
    fn render_shows_file_line_caret_and_help() {
        let src = "id = \"x\"\nkind = \"mesage\"\n";
        let start = src.find("\"mesage\"").unwrap_or(0);
        let d = Diagnostic::at(
            Severity::Error,
            "unknown-kind",
            "pack.toml",
            src,
            start..start + 8,
            "this screen kind does not exist",
        )
        .with_help("did you mean `message`?");
        let text = d.render(Some(src), false);
        assert!(
            text.contains("error[unknown-kind]: this screen kind does not exist"),
            "{text}"
        );
        assert!(text.contains("pack.toml:2:8"), "{text}");
        assert!(text.contains("^^^^^^^^"), "{text}");
        assert!(text.contains("help: did you mean `message`?"), "{text}");
    }
}
