//! Reading a built-in pack's prepared form (its JSON, deflated when the binary was built) a
//! part at a time: its outline (every lesson without its steps, the test without its
//! questions), one lesson whole, or the test whole. The JSON
//! is read as it is inflated and the parts not wanted are passed over, so neither the whole
//! text nor the whole pack is ever in memory at once.

use std::fmt;
use std::io::{BufReader, Read};

use serde::Deserialize;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::load::{Builtin, PREPARED};
use super::model::{Assessment, Lesson, Pack};

/// The pack's JSON, inflated as it is read.
fn reader(builtin: &Builtin) -> impl Read {
    let deflated = PREPARED.get(builtin.prepared.clone()).unwrap_or_default();
    BufReader::with_capacity(8 * 1024, flate2::read::DeflateDecoder::new(deflated))
}

/// A pack with its lessons' steps and consequences passed over.
#[derive(Deserialize)]
struct PackOutline {
    format_version: u32,
    id: String,
    topic: String,
    language: String,
    title: String,
    summary: String,
    lessons: Vec<LessonOutline>,
    #[serde(default)]
    assessment: Option<AssessmentOutline>,
}

/// A test without its questions, only how many there are.
#[derive(Deserialize)]
struct AssessmentOutline {
    #[serde(default = "super::model::default_draw")]
    draw: u32,
    #[serde(default = "super::model::default_pass_percent")]
    pass_percent: u32,
    questions: Counted,
}

/// How many things a list holds, passed over one by one.
struct Counted(usize);

impl<'de> Deserialize<'de> for Counted {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(CountVisitor)
    }
}

struct CountVisitor;

impl<'de> Visitor<'de> for CountVisitor {
    type Value = Counted;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Counted, A::Error> {
        let mut n = 0;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            n += 1;
        }
        Ok(Counted(n))
    }
}

/// A lesson without its steps and consequences.
#[derive(Deserialize)]
struct LessonOutline {
    id: String,
    title: String,
    goal: String,
    step_card: Vec<String>,
}

/// A built-in pack's outline: everything but its lessons' steps and consequences and its
/// test's questions (what the lists and the trainer need), with how many questions the test
/// has. `None` when its prepared form does not read.
pub fn outline(builtin: &Builtin) -> Option<(Pack, usize)> {
    let read: PackOutline = serde_json::from_reader(reader(builtin)).ok()?;
    let mut lessons: Vec<Lesson> = read
        .lessons
        .into_iter()
        .map(|l| Lesson {
            id: l.id,
            title: l.title,
            goal: l.goal,
            step_card: l.step_card,
            steps: Vec::new(),
            consequences: Vec::new(),
        })
        .collect();
    lessons.shrink_to_fit();
    let questions = read.assessment.as_ref().map_or(0, |a| a.questions.0);
    let pack = Pack {
        format_version: read.format_version,
        id: read.id,
        topic: read.topic,
        language: read.language,
        title: read.title,
        summary: read.summary,
        lessons,
        assessment: read.assessment.map(|a| Assessment {
            draw: a.draw,
            pass_percent: a.pass_percent,
            questions: Vec::new(),
        }),
    };
    Some((pack, questions))
}

/// A built-in pack's test, whole. `None` when the pack has none or its prepared form does not
/// read.
pub fn assessment(builtin: &Builtin) -> Option<Assessment> {
    /// The pack with only its test read.
    #[derive(Deserialize)]
    struct TestOnly {
        #[serde(default)]
        assessment: Option<Assessment>,
    }
    let read: TestOnly = serde_json::from_reader(reader(builtin)).ok()?;
    let mut assessment = read.assessment?;
    assessment.questions.shrink_to_fit();
    Some(assessment)
}

/// One lesson of a built-in pack, whole. `None` when the pack has no lesson at that place or
/// its prepared form does not read.
pub fn lesson(builtin: &Builtin, index: usize) -> Option<Lesson> {
    let mut json = serde_json::Deserializer::from_reader(reader(builtin));
    let mut lesson = LessonOf(index).deserialize(&mut json).ok()??;
    lesson.steps.shrink_to_fit();
    lesson.consequences.shrink_to_fit();
    Some(lesson)
}

/// Reads a pack, keeping only the lesson at this place.
struct LessonOf(usize);

impl<'de> DeserializeSeed<'de> for LessonOf {
    type Value = Option<Lesson>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LessonOf {
    type Value = Option<Lesson>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a lesson pack")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "lessons" {
                found = map.next_value_seed(LessonAt(self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Reads a list of lessons, keeping only the one at this place.
struct LessonAt(usize);

impl<'de> DeserializeSeed<'de> for LessonAt {
    type Value = Option<Lesson>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for LessonAt {
    type Value = Option<Lesson>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of lessons")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        let mut at = 0;
        loop {
            if at == self.0 {
                match seq.next_element::<Lesson>()? {
                    Some(lesson) => found = Some(lesson),
                    None => break,
                }
            } else if seq.next_element::<IgnoredAny>()?.is_none() {
                break;
            }
            at += 1;
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::load::{BUILTIN, read_builtin};

    #[test]
    fn every_built_in_pack_reads_as_an_outline_lesson_by_lesson_and_its_test() {
        for builtin in BUILTIN {
            let file = read_builtin(builtin);
            let whole = file.pack.expect("a built-in pack reads");
            let mut expected = (*whole).clone();
            for lesson in &mut expected.lessons {
                lesson.steps.clear();
                lesson.consequences.clear();
            }
            let questions = whole.assessment.as_ref().map_or(0, |a| a.questions.len());
            if let Some(a) = &mut expected.assessment {
                a.questions.clear();
            }
            assert_eq!(
                outline(builtin),
                Some((expected, questions)),
                "{}",
                builtin.path
            );
            assert_eq!(assessment(builtin), whole.assessment, "{}", builtin.path);
            for (index, full) in whole.lessons.iter().enumerate() {
                assert_eq!(
                    lesson(builtin, index).as_ref(),
                    Some(full),
                    "{}",
                    builtin.path
                );
            }
            assert_eq!(lesson(builtin, whole.lessons.len()), None);
        }
    }
}
