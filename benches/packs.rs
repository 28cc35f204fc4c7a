//! Loading and validating packs: the built-in ones, and generated packs of 10,000 and 20,000
//! steps to show how checking scales. Run with `cargo bench --bench packs`.

use digitutor::pack::Library;
use digitutor::pack::load::check_text;

fn main() {
    divan::main();
}

/// Every built-in pack, read from the binary, parsed, shape-checked, rule-checked and played
/// through the engine.
#[divan::bench]
fn builtin_packs() -> usize {
    let library = Library::builtin();
    divan::black_box(library.files.len())
}

/// A generated pack with `steps` steps in lessons of 50 steps each.
fn generated_pack(steps: usize) -> String {
    let mut s = String::from(
        "format_version = 1\nid = \"big\"\ntopic = \"scams\"\nlanguage = \"en\"\ntitle = \"Big\"\nsummary = \"Generated.\"\n",
    );
    let lessons = steps.div_ceil(50);
    for l in 0..lessons {
        s.push_str(&format!(
            "\n[[lessons]]\nid = \"lesson-{l}\"\ntitle = \"Lesson {l}\"\ngoal = \"Practise.\"\nstep_card = [\"Stop.\", \"Check.\"]\n"
        ));
        for i in 0..50.min(steps - l * 50) {
            s.push_str(&format!(
                "\n[[lessons.steps]]\nid = \"step-{i}\"\ninstruction = \"Is this message safe?\"\ndo = \"choose\"\nhints = [\"Look at the address.\"]\nexplanation = \"The address is not the bank's own.\"\n\
                 [lessons.steps.screen]\nkind = \"message\"\nsender = \"Bank\"\nbubbles = [{{ from = \"them\", text = \"Your account is blocked.\" }}]\n\
                 [[lessons.steps.options]]\nid = \"safe\"\ntext = \"It is safe\"\nfeedback = \"Look at the address again.\"\n\
                 [[lessons.steps.options]]\nid = \"scam\"\ntext = \"It is a scam\"\ncorrect = true\n"
            ));
        }
    }
    s
}

#[divan::bench(args = [10_000, 20_000], sample_count = 10)]
fn generated(bencher: divan::Bencher, steps: usize) {
    let text = generated_pack(steps);
    bencher.bench(|| {
        let (pack, diagnostics) = check_text("generated.toml", divan::black_box(&text));
        assert!(pack.is_some(), "{diagnostics:?}");
        diagnostics.len()
    });
}
