//! Finding where a value sits in a pack file. The rules walk the typed model and name what they
//! look at by a path (`lessons[2].steps[0].options[1].id`); this module turns such a path into the
//! byte span of the value (or of its key) in the parsed document, so every problem has a line and
//! column.

use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// One step in a path: a key in a table or an index in an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    /// A key in a table.
    Key(&'static str),
    /// A position in an array.
    Index(usize),
}

/// The deepest path the pack format has (`lessons[i].steps[j].screen.elements[k].id` is 9).
const MAX_DEPTH: usize = 12;

/// A path from the top of the file to a value. Small and `Copy`: the rules make one for every
/// value they look at, so it must cost nothing until a problem is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Path {
    segs: [Seg; MAX_DEPTH],
    len: usize,
}

impl Default for Path {
    fn default() -> Self {
        Path::root()
    }
}

impl Path {
    /// The top of the file.
    pub fn root() -> Self {
        Path {
            segs: [Seg::Index(0); MAX_DEPTH],
            len: 0,
        }
    }

    fn push(&self, seg: Seg) -> Self {
        let mut next = *self;
        if next.len < MAX_DEPTH {
            next.segs[next.len] = seg;
            next.len += 1;
        }
        next
    }

    /// This path, then a key.
    pub fn key(&self, key: &'static str) -> Self {
        self.push(Seg::Key(key))
    }

    /// This path, then an array index.
    pub fn index(&self, index: usize) -> Self {
        self.push(Seg::Index(index))
    }

    /// This path, then a key and an index: `lessons[3]`.
    pub fn at(&self, key: &'static str, index: usize) -> Self {
        self.key(key).index(index)
    }

    /// The steps of the path.
    pub fn segs(&self) -> &[Seg] {
        &self.segs[..self.len]
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in self.segs() {
            match seg {
                Seg::Key(k) if first => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

/// The parsed document, able to answer "where is this path?".
#[derive(Debug)]
pub struct SpanMap<'a> {
    doc: Doc<'a>,
}

#[derive(Debug)]
enum Doc<'a> {
    Borrowed(&'a Spanned<DeTable<'a>>),
    /// Parsed again from the text only when a problem needs a place: a pack without problems
    /// (the usual case) is parsed once.
    Lazy(&'a str, std::cell::OnceCell<Option<Spanned<DeTable<'a>>>>),
}

impl<'a> SpanMap<'a> {
    /// Wraps a parsed document.
    pub fn new(root: &'a Spanned<DeTable<'a>>) -> Self {
        SpanMap {
            doc: Doc::Borrowed(root),
        }
    }

    /// A map that parses `source` the first time it is asked.
    pub fn lazy(source: &'a str) -> Self {
        SpanMap {
            doc: Doc::Lazy(source, std::cell::OnceCell::new()),
        }
    }

    fn root(&self) -> Option<&Spanned<DeTable<'a>>> {
        match &self.doc {
            Doc::Borrowed(root) => Some(root),
            Doc::Lazy(source, cell) => cell.get_or_init(|| DeTable::parse(source).ok()).as_ref(),
        }
    }

    /// The span of the value at `path`. When the path goes further than the file does (a key
    /// that was left out), the span of the deepest part that exists: for a missing key, the
    /// table where it should be.
    pub fn value(&self, path: &Path) -> Range<usize> {
        self.walk(path).1
    }

    /// The span of the key of the value at `path` (for "unknown key" and the like), or of the
    /// value when the last step is an index.
    pub fn key(&self, path: &Path) -> Range<usize> {
        let (key, value) = self.walk(path);
        key.unwrap_or(value)
    }

    fn walk(&self, path: &Path) -> (Option<Range<usize>>, Range<usize>) {
        let Some(root) = self.root() else {
            return (None, 0..0);
        };
        let mut key_span = None;
        let mut span = header_span(root.span());
        let mut current: Current<'_, 'a> = Current::Table(root.get_ref());
        for seg in path.segs() {
            let next = match (current, seg) {
                (Current::Table(table), Seg::Key(k)) => table
                    .iter()
                    .find(|(key, _)| key.get_ref().as_ref() == *k)
                    .map(|(key, value)| (Some(key.span()), value)),
                (Current::Array(items), Seg::Index(i)) => items.get(*i).map(|v| (None, v)),
                _ => None,
            };
            let Some((k, value)) = next else {
                return (key_span, span);
            };
            key_span = k;
            span = value.span();
            current = match value.get_ref() {
                DeValue::Table(t) => Current::Table(t),
                DeValue::Array(a) => Current::Array(a),
                _ => Current::Leaf,
            };
        }
        (key_span, span)
    }
}

#[derive(Clone, Copy)]
enum Current<'t, 'a> {
    Table(&'t DeTable<'a>),
    Array(&'t [Spanned<DeValue<'a>>]),
    Leaf,
}

/// The whole document's span covers everything; point at its start instead.
fn header_span(span: Range<usize>) -> Range<usize> {
    span.start..span.start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_keys_and_missing_parts() {
        let src =
            "id = \"p\"\n\n[[lessons]]\nid = \"a\"\n\n[[lessons]]\nid = \"b\"\ntitle = \"B\"\n";
        let doc = DeTable::parse(src);
        let Ok(doc) = doc else {
            panic!("test document must parse")
        };
        let map = SpanMap::new(&doc);
        let b_id = Path::root().at("lessons", 1).key("id");
        assert_eq!(&src[map.value(&b_id)], "\"b\"");
        assert_eq!(&src[map.key(&b_id)], "id");
        assert_eq!(b_id.to_string(), "lessons[1].id");
        // A key that is not there: the lesson's `[[lessons]]` header is where it should go.
        let missing = Path::root().at("lessons", 1).key("goal");
        let span = map.value(&missing);
        assert_eq!(crate::diagnostic::line_col(src, span.start), (6, 1));
    }
}
