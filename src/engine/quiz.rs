//! A topic assessment: draws `draw` questions from the pool in a seeded random order, shuffles each
//! question's options, takes one answer per question with no time limit, and scores the attempt
//! against the pass mark. At the end, the wrong answers are listed with their explanations.

use rand::seq::{IndexedRandom, SliceRandom};
use serde::{Deserialize, Serialize};

use super::rng_from_seed;
use crate::pack::{Assessment, Choice, Question};

/// One attempt at an assessment.
#[derive(Debug, Clone)]
pub struct Quiz {
    questions: Vec<Question>,
    orders: Vec<Vec<usize>>,
    answers: Vec<Option<String>>,
    current: usize,
    pass_percent: u32,
}

/// One question answered wrongly, for the review at the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongAnswer {
    /// The question's id.
    pub question: String,
    /// The option the learner chose.
    pub chosen: String,
    /// The right option.
    pub right: String,
}

/// How an attempt went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizResult {
    /// Right answers.
    pub score: u32,
    /// Questions asked.
    pub total: u32,
    /// Whether the score reaches the pass mark.
    pub passed: bool,
    /// The questions answered wrongly.
    pub wrong: Vec<WrongAnswer>,
}

impl QuizResult {
    /// The score in whole percent.
    pub fn percent(&self) -> u32 {
        (self.score * 100).checked_div(self.total).unwrap_or(0)
    }
}

impl Quiz {
    /// Draws an attempt from the pool. The same seed draws the same questions in the same order.
    pub fn new(assessment: &Assessment, seed: u64) -> Self {
        let mut rng = rng_from_seed(seed);
        let count = (assessment.draw as usize).min(assessment.questions.len());
        let mut questions: Vec<Question> = assessment
            .questions
            .sample(&mut rng, count)
            .cloned()
            .collect();
        questions.shuffle(&mut rng);
        let orders = shuffled_orders(&questions, &mut rng);
        let answers = vec![None; questions.len()];
        Quiz {
            questions,
            orders,
            answers,
            current: 0,
            pass_percent: assessment.pass_percent,
        }
    }

    /// The questions of this attempt, in order.
    /// Continues an attempt: the same questions in the same order (by id) with the answers
    /// given so far, at the first question not answered. `None` when a question is no longer
    /// in the pool (the pack changed), or an answer is not one of its options.
    pub fn resume(
        assessment: &Assessment,
        question_ids: &[String],
        answers: &[String],
        seed: u64,
    ) -> Option<Self> {
        let mut rng = rng_from_seed(seed);
        let questions: Vec<Question> = question_ids
            .iter()
            .map(|id| assessment.questions.iter().find(|q| &q.id == id).cloned())
            .collect::<Option<_>>()?;
        if questions.is_empty() || answers.len() >= questions.len() {
            return None;
        }
        for (q, a) in questions.iter().zip(answers) {
            if !q.options.iter().any(|o| &o.id == a) {
                return None;
            }
        }
        let orders = shuffled_orders(&questions, &mut rng);
        let mut given: Vec<Option<String>> = answers.iter().cloned().map(Some).collect();
        given.resize(questions.len(), None);
        Some(Quiz {
            questions,
            orders,
            answers: given,
            current: answers.len(),
            pass_percent: assessment.pass_percent,
        })
    }

    /// The question ids in order and the answers given so far, to keep while the test is
    /// not finished.
    pub fn so_far(&self) -> (Vec<String>, Vec<String>) {
        let ids = self.questions.iter().map(|q| q.id.clone()).collect();
        let answers = self
            .answers
            .iter()
            .take(self.current)
            .map(|a| a.clone().unwrap_or_default())
            .collect();
        (ids, answers)
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// Index of the question being asked; equal to the count once all are answered.
    pub fn current(&self) -> usize {
        self.current
    }

    /// The question being asked, if any is left.
    pub fn question(&self) -> Option<&Question> {
        self.questions.get(self.current)
    }

    /// The current question's options in the order shown.
    pub fn shown_options(&self) -> Vec<&Choice> {
        match (
            self.questions.get(self.current),
            self.orders.get(self.current),
        ) {
            (Some(q), Some(order)) => order.iter().filter_map(|&i| q.options.get(i)).collect(),
            _ => Vec::new(),
        }
    }

    /// Answers the current question with an option id and moves on. Returns false (and changes
    /// nothing) when there is no such option or no question left.
    pub fn answer(&mut self, option_id: &str) -> bool {
        let Some(q) = self.questions.get(self.current) else {
            return false;
        };
        if !q.options.iter().any(|o| o.id == option_id) {
            return false;
        }
        self.answers[self.current] = Some(option_id.to_string());
        self.current += 1;
        true
    }

    /// Goes back one question, to change an answer.
    pub fn back(&mut self) -> bool {
        if self.current == 0 {
            return false;
        }
        self.current -= 1;
        true
    }

    /// The share of right answers needed to pass, in percent.
    pub fn pass_percent(&self) -> u32 {
        self.pass_percent
    }

    /// True once every question has an answer.
    pub fn is_finished(&self) -> bool {
        self.current >= self.questions.len()
    }

    /// The score so far (complete once finished).
    pub fn result(&self) -> QuizResult {
        let mut score = 0;
        let mut wrong = Vec::new();
        for (q, a) in self.questions.iter().zip(&self.answers) {
            let right = q
                .options
                .iter()
                .find(|o| o.correct)
                .map(|o| o.id.clone())
                .unwrap_or_default();
            match a {
                Some(chosen) if *chosen == right => score += 1,
                Some(chosen) => wrong.push(WrongAnswer {
                    question: q.id.clone(),
                    chosen: chosen.clone(),
                    right,
                }),
                None => {}
            }
        }
        let total = self.questions.len() as u32;
        let passed = total > 0 && score * 100 >= self.pass_percent * total;
        QuizResult {
            score,
            total,
            passed,
            wrong,
        }
    }
}

/// For each question, the order its options are shown in.
fn shuffled_orders(questions: &[Question], rng: &mut super::Rng) -> Vec<Vec<usize>> {
    questions
        .iter()
        .map(|q| {
            let mut order: Vec<usize> = (0..q.options.len()).collect();
            order.shuffle(rng);
            order
        })
        .collect()
}
