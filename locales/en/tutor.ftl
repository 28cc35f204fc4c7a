# digitutor: every word the tutor itself shows (lessons come from packs), in English.
# Message ids are the ids the code uses with "." written as "-". Placeholders are { $name }.
# A translation keeps every id and every placeholder; words around them are free.


## Header and key bar.
app-name = digitutor
header-guest = Just trying (nothing is saved)
header-learner = Learning: { $name }
key-arrows = Arrow keys
key-enter = Enter
key-esc = Esc
key-help = ?
key-hint = H
key-quit = Q
key-numbers = 1-{ $n }
key-scan = S
key-photo = P
key-type = Type
do-move = move
do-choose = choose
do-open = open
do-back = back
do-help = help
do-hint = hint
do-quit = save and close
do-tap = tap
do-next-element = next button
do-scan = scan the code
do-photo = take a photo
do-send = send
do-go-on = go on
do-try-again = try again
do-type = your answer
do-close-help = close help

## Too small.
small-title = Please make this window bigger.
small-body = digitutor needs at least { $w } columns and { $h } rows. It has { $cw } x { $ch } now. Make the window bigger (drag its corner, or double-click its title bar), or make the letters smaller (hold Ctrl and press the minus key). Keys wait until the window is big enough; Q closes.

## The languages.
language-title = Language
language-choose = Choose your language.

## Who is learning?
who-title = Who is learning today?
who-intro = Choose your name. Nothing here can break, and nobody is rushing you.
who-new = I'm new here
who-guest = Just try (nothing is saved)
who-none-yet = Nobody has a name here yet. Choose "I'm new here" to start.

## New name.
name-title = Welcome! What is your name?
name-intro = Type your name, then press Enter. Others at this computer will see it in the list.
name-label = Your name
name-empty = Please type a name first.
name-too-long = That name is a little long. Please use at most { $max } letters, for example your first name.
name-unprintable = That name has a sign that cannot be shown. Please use only letters, numbers and spaces.
name-taken = Someone here already has that name. Please add a letter, for example "{ $name } B".

## Home.
home-title = What would you like to practise?
topic-resume = You started "{ $lesson }" before. Where would you like to begin?
topic-resume-continue = Continue where you stopped (step { $n } of { $total })
topic-resume-again = Start the lesson again from the beginning
home-continue = Continue where you stopped: { $lesson }
home-other-language = Topics marked [{ $language }] are not in English yet. You can still learn with them.
home-progress = { $done } of { $total } { $total ->
    [one] lesson
   *[other] lessons
} done
home-passed = test passed
home-missing = Not available yet
home-problems = Problems with lesson files ({ $n })

## Topic.
topic-status-done = [done]
topic-status-started = [started]
topic-status-new = [new]
topic-quiz = Test yourself: { $n } { $n ->
    [one] question
   *[other] questions
}, no time limit
topic-quiz-passed = Test yourself again (passed: best { $best }%)
topic-quiz-tried = Test yourself again (best so far: { $best }%)

## Player.
player-step = Step { $n } of { $total }
player-answer = Your answer
player-choose = Choose one:
player-tap = Move to the right place on the phone, then press Enter to tap it.
player-tap-focus = Now on: { $label }
player-scan = Press S to scan the code with the camera, or P to take a photo of it.
player-type = Type here, then press Enter:
player-typed-hidden = What you type is hidden, like on a real phone.
player-continue = Read the screen. Press Enter when you are ready.
player-hint = Hint { $n } of { $of }:
player-no-more-hints = That was the last hint. Take your time.
player-no-hints = There is no hint for this step.
player-choose-first = Choose an answer first: press its number, or move to it with the arrow keys.
player-wrong = Not quite.
player-try-again = Have another try. Mistakes are how we learn.
player-right = Right!
player-scan-leads-to = The phone shows where the code leads: { $address }
player-next = Press Enter to go on.
player-consequence = This is what would happen
player-only-practice = This was only practice. Nothing really happened.
player-back-to-step = Press Enter to go back and try again.
player-mark-right = [OK]
player-mark-wrong = [!]
player-mark-hint = [?]

## Finished.
done-title = Well done! You finished "{ $lesson }".
done-first-try = You got { $n } of { $total } { $total ->
    [one] step
   *[other] steps
} right the first time.
done-all-first-try = You got every step right the first time.
done-mistakes = Mistakes along the way: { $n }. Each one taught you something.
done-hints = Hints used: { $n }.
done-card = Your step card: the steps to remember
done-next = Next lesson: { $lesson }
done-again = Practise this lesson again
done-topics = Back to the lessons
done-saved = Your progress is saved.
done-not-saved = Your progress is not saved yet. It is kept here, and the tutor keeps trying. Please tell a trainer.
done-guest = You are just trying, so nothing was saved.

## Assessment.
quiz-title = Test yourself: { $topic }
quiz-question = Question { $n } of { $total }
quiz-before = { $total } { $total ->
    [one] question
   *[other] questions
}. You pass with { $percent }% right. There is no time limit, and you may take the test again as often as you like.
quiz-no-limit = There is no time limit. Take all the time you need.
quiz-result = You answered { $score } of { $total } right ({ $percent }%).
quiz-passed = You passed! You can be proud of this.
quiz-not-yet = Not passed yet. You need { $pass }%. Practise and try again when you like.
quiz-review = Questions to look at again:
quiz-your-answer = Your answer: { $answer }
quiz-right-answer = Right answer: { $answer }
quiz-all-right = Every answer was right.
quiz-again = Try the test again
quiz-back = Back to the lessons

## Help.
help-title = Help
help-calm = Nothing here can break. There are no time limits. Mistakes are how we learn.
help-keys = The keys on this screen:
help-mouse = You can also click a name, an answer or an app with the mouse. The wheel scrolls.
help-esc = Esc always goes back. In a lesson, Esc leaves the lesson and keeps your place, and Backspace shows the step before. When there are more words, PgUp and PgDn show them.
help-quit = Q or Ctrl+C saves your progress and asks before closing.
help-close = Press Esc or ? to close this help.

## Idle.
idle-saved = You were away for a while, so your progress was saved and we came back here.
idle-back = You were away for a while, so we came back here.

## Problems with lesson files.
problems-title = Problems with lesson files ({ $n })
problems-intro = These lesson files could not be opened. The other lessons work as usual. For the trainer: fix each file, then start digitutor again.
problems-help = How to fix it:
problems-more = {"    "}... and { $n } more. See them all with: digitutor validate { $file }
do-scroll = scroll

## Words the simulated screens add around lesson text.
screen-messages = Messages
screen-email = Email
screen-phone = Phone
screen-browser = Browser
screen-form = Form
screen-home = Home screen
screen-qr = QR code

## What a real phone shows when a learner scans a code on the screen: at most 32 bytes, so

## the code stays at 25 modules a side, and nothing a phone could open (`pack::qr_rules`).
screen-qr-practice = Practice code. Well done!
screen-payment = Payment
screen-you = You
screen-secure = [lock] secure
screen-not-secure = [!] not secure
screen-from = From:
screen-subject = Subject:
screen-incoming = Incoming call
screen-ongoing = On a call
screen-call = Call
screen-you-hear = You hear:
screen-to = To:
screen-amount = Amount:
screen-account = Account:
screen-reference = Reference:
screen-sticker = [sticker stuck on top of another code]
screen-qr-needs-room = [QR code] Please make this window bigger to see the code.
screen-qr-too-long = [QR code] This code holds too much text to draw.

## The certificate after a passed test.
cert-heading = Certificate
cert-body = { $name } has passed the { $topic } test with { $percent }% on { $date }.
cert-print = Ask your trainer to print your certificate on paper.
cert-not-saved = Your result is not saved yet, so the certificate cannot be printed yet. Please tell a trainer.
cert-guest = Well done! You are just trying, so this is not kept. Choose your name next time to earn a certificate.

## Demonstration.
demo-title = Showing: { $lesson }
demo-header = Demonstration (nothing is saved)
demo-position = Step { $n } of { $of }
demo-auto = Moving on by itself every { $s } { $s ->
    [one] second
   *[other] seconds
}.
demo-right-action = The right action:
demo-why = Why:
demo-ask-room = Ask the room: what would you do?
quiz-continued = Welcome back. { $n ->
    [one] Your answer so far is kept.
   *[other] Your { $n } answers so far are kept.
} Here is the next question. There is no time limit.
demo-reveal = Press Space to show the right answer.
do-show-answer = show the answer
demo-wrongs-available = Press W to see what a wrong answer would say ({ $n } written for this step).
demo-wrong-heading = A wrong answer ({ $n } of { $of }):
demo-wrong-consequence = First the learner would see: { $title }
demo-they-read = Then they would read:
demo-last = This is the last step of the lesson. Esc goes back.
demo-choose = Choose a lesson to show
key-space = Space
key-left = Left
do-next-step = next
do-previous-step = back a step
do-auto-on = auto
do-auto-off = auto off
do-pace = pace
do-show-wrong = wrong answer

## The trainer's corner.
who-trainer = For trainers (PIN needed)
trainer-title = For trainers
trainer-menu-intro = Choose what to do. Esc goes back to "Who is learning?".
trainer-choose-pin = Choose a new trainer PIN
trainer-choose-pin-intro = 4 to 12 digits. Learners cannot open this part without it. It is kept only in a scrambled form.
trainer-repeat-pin = Type the same PIN again
trainer-enter-pin = Type the trainer PIN
trainer-enter-pin-intro = This part is for trainers. A learner can press Esc to go back.
trainer-no-pin = This part is locked: no trainer PIN is set yet
trainer-settings-broken = This part is locked: the trainer's settings cannot be read
trainer-locked-intro = This part is for trainers. A learner can press Esc to go back.
trainer-no-pin-explain = A trainer sets the PIN first, outside the tutor. Close digitutor, then type this command in a terminal: digitutor trainer set-pin
trainer-pin-label = PIN
trainer-pin-too-short = That PIN is too short. A PIN has 4 to 12 digits. Please add digits, then press Enter.
trainer-pin-too-long = That PIN is too long. A PIN has 4 to 12 digits. Please remove some, then press Enter.
trainer-pin-digits = A PIN has only the digits 0 to 9.
trainer-pin-mismatch = The two PINs were not the same. Please type the new PIN again, twice.
trainer-pin-set = The trainer PIN is set.
trainer-pin-error = The PIN could not be set: { $why }
trainer-pin-wrong = That PIN is not right. { $n } more { $n ->
    [one] try
   *[other] tries
} before a short wait.
trainer-pin-wait = Too many wrong PINs. Please wait { $s } { $s ->
    [one] second
   *[other] seconds
}, then try again.
trainer-pin-wait-minute = Too many wrong PINs. Please wait a minute, then try again.
trainer-pin-wait-minutes = Too many wrong PINs. Please wait { $n } minutes, then try again.
trainer-class = The class at a glance
trainer-class-intro = Each learner on this computer. For every computer together: digitutor report.
trainer-class-row = { $done } of { $total } { $total ->
    [one] lesson
   *[other] lessons
} done. Last here: { $last }.
trainer-class-passed = Tests passed: { $topics }
trainer-class-no-pass = No test passed yet.
trainer-no-learners = Nobody has a name on this computer yet.
trainer-never = not yet
trainer-demo = Show a lesson to the room
trainer-learners = Learners: rename, start again, remove
trainer-learners-intro = Choose a learner.
trainer-learner-intro = What would you like to do?
trainer-rename = Change the name
trainer-reset = Start their progress again
trainer-delete = Remove from the list
trainer-rename-title = A new name for { $name }
trainer-renamed = { $old } is now called { $new }.
trainer-reset-ask = Start the progress of { $name } again?
trainer-reset-explain = Their lessons will show as new. The old progress is kept in their folder, not erased.
trainer-delete-ask = Remove { $name } from the list?
trainer-delete-explain = Their name leaves the list. Their progress is moved to the deleted folder, not erased.
trainer-no-keep = No, keep everything as it is
trainer-yes-reset = Yes, start again
trainer-yes-delete = Yes, remove from the list
trainer-reset-done = The progress of { $name } starts again. The old progress is kept.
trainer-delete-done = { $name } was removed from the list. The progress is kept.
trainer-centre = The centre's name
trainer-centre-intro = It is printed on certificates.
trainer-centre-label = Centre's name
trainer-centre-set = The centre's name is now: { $name }
trainer-timeout = Time before the tutor goes back to "Who is learning?"
trainer-timeout-intro = On a shared computer, progress is saved and the tutor goes back to the list of names after this many minutes without a key.
trainer-minutes = { $n } { $n ->
    [one] minute
   *[other] minutes
}
trainer-timeout-set = The tutor now waits { $n } { $n ->
    [one] minute
   *[other] minutes
}.
trainer-theme = Colours
trainer-theme-intro = How the screen looks for everyone on this computer.
trainer-theme-default = Calm colours
trainer-theme-high = High contrast: white and yellow on black
trainer-theme-none = No colours
trainer-theme-set = Colours: { $name }
trainer-language = Language of this computer
trainer-language-intro = The first screen and every learner who has not chosen a language start in this one. Each learner keeps their own.
trainer-language-set = This computer now starts in { $name }.
trainer-kiosk = Who may close digitutor
trainer-kiosk-intro = On a shared computer, learners can be kept from closing digitutor: their Q then goes back to "Who is learning?".
trainer-kiosk-no = Everyone may close digitutor
trainer-kiosk-yes = Only a trainer closes digitutor (learners' Q goes back to the names)
trainer-kiosk-on = Learners' Q now goes back to "Who is learning?". Close digitutor from here.
trainer-kiosk-off = Everyone may close digitutor again.
trainer-close = Close digitutor
notice-kiosk = This computer stays open for the next learner. A trainer closes digitutor.
trainer-change-pin = Change the trainer PIN
trainer-leave = Leave the trainer part
notice-settings-failed = The setting was not changed: { $why }

## An author's preview.
preview-header = Preview (nothing is saved)
preview-errors = [!] The saved file has errors ({ $n }). Still showing the last good version:
preview-more = See them all with: digitutor validate { $file }
preview-no-watch = Saves cannot be noticed by themselves here ({ $why }). Press R after each save to reload.
key-reload = R
key-pages = PgUp/PgDn
key-step-back = Backspace
do-step-back = step before
do-leave-lesson = leave the lesson
player-also-on-screen = The phone screen also says:
menu-more-above = ▲ { $n } more above: press ↑ or PgUp
menu-more-below = ▼ { $n } more below: press ↓ or PgDn
who-looking-for = Looking for: { $typed }
who-not-found = No name starts with "{ $typed }".
key-letters = Letters
do-find-name = find your name
player-tap-first = First move to a button with the arrow keys. Then press Enter to tap it.
scroll-below = ▼ More below: press PgDn
scroll-above = ▲ More above: press PgUp
scroll-both = ▲▼ More: press PgUp or PgDn
do-reload = reload

## Notices.
notice-title = Please note
notice-restored = Your progress file could not be read, so we used the copy saved just before it. Only your very last step may need doing again. (A trainer can look at the damaged file: { $file })
notice-afresh = Your progress file could not be read, and neither could its copy, so you start again here. The damaged file is kept for a trainer: { $file }
notice-too-new = Your progress was saved by a newer digitutor. You can practise, but nothing will be saved here until digitutor is updated. Please tell a trainer. ({ $file })
notice-unreadable = Your progress cannot be read just now ({ $why }). You can practise, but nothing will be saved. Please tell a trainer. ({ $file })
notice-used-backup = The progress file { $file } could not be read, so its backup was used. It is moved aside the next time this learner opens digitutor.
notice-also-open = Your name is also open on another screen. That is fine: both are saved and nothing is lost.
notice-save-failed = Your progress could not be saved just now ({ $why }). It is kept safe here and will be saved as soon as possible. Please tell a trainer. ({ $file })
notice-saved-now = Good news: your progress is saved now.
notice-left-unsaved = The last steps of { $name } could not be saved, so they are not kept. Please tell a trainer: the computer's disk may be full or not writable.
close-title = Close digitutor?
close-saved = Your progress is saved.
close-sure = Do you want to close digitutor now?
close-keep = No, keep learning
close-yes = Yes, close digitutor
do-keep-learning = keep learning
close-unsaved = Your last steps are not saved yet. If you close now, they are lost.
close-retry = Try saving again
close-anyway = Close anyway
header-not-saved = NOT SAVED YET
notice-save-refused = Your progress could not be saved: { $why }. Please tell a trainer.
notice-create-failed = Your name could not be saved ({ $why }). Please tell a trainer, or choose "Just try" for now.
notice-cannot-open = This name could not be opened ({ $why }). You can practise, but nothing will be saved. Please tell a trainer.

## Dates, written the way each language writes them.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## The right action and the wrong answers, in a demonstration.
demo-do-read = Read the screen, then press Enter.
demo-do-scan = Scan the code (press S), rather than taking a photo of it.
demo-do-tap = Tap "{ $label }".
demo-do-tap-right = Tap the right button.
demo-do-choose = Choose { $answers }.
demo-do-type-private-digits = Type the { $n }-digit number. It is private: the screen shows dots, and it is never kept.
demo-do-type-private = Type it in. It is private: the screen shows dots, and it is never kept.
demo-do-type = Type "{ $text }", then press Enter.
demo-do-type-digits = Type the { $n }-digit number, then press Enter.
demo-do-type-between = Type a number from { $min } to { $max }, then press Enter.
demo-do-type-answer = Type the answer, then press Enter.
demo-wrong-choosing = Choosing "{ $text }"
demo-wrong-tapping = Tapping "{ $label }"
demo-wrong-tapping-else = Tapping something else
demo-wrong-typing = Typing "{ $text }"
demo-wrong-typing-else = Typing something else
demo-wrong-photo = Taking a photo of the code (P)
demo-if-wrong = If a learner is wrong: { $answer }: they read: { $feedback }
demo-if-wrong-consequence = If a learner is wrong: { $answer }: first they see "{ $title }", then read: { $feedback }

## The printed certificate.
certificate-title = Certificate for { $name }
certificate-heading = Certificate of achievement
certificate-certify = This is to certify that
certificate-passed-in = has passed the assessment in
certificate-score = with a score of { $percent }% ({ $score } of { $total } questions right)
certificate-date = Passed on { $date }
certificate-signature = Trainer

## The class report (digitutor report).
report-none = No learners yet.
report-none-in = No learners yet in { $folders }.
report-from-one = Class report from { $folder }
report-from-many = Class report from { $n } data folders: { $folders }
report-col-learner = Learner
report-col-topic = Topic
report-col-lessons = Lessons
report-col-assessment = Assessment
report-col-passed = Passed
report-col-last = Last active
report-nothing-yet = (nothing yet)
report-lessons-of = { $done } of { $total }
report-lessons-pack-gone = { $done } (pack not here)
report-score = { $percent }% ({ $score } of { $total })
report-not-taken = not taken
report-yes = yes
report-no = no
report-never = never
report-learners = Learners ({ $n })
report-note = Lessons: lessons finished at least once. Assessment: the best score. Dates are UTC.
report-hardest-none = Hardest steps: nobody has made a mistake yet.
report-hardest-some = Hardest steps (the { $shown } with the most learners making a mistake, of { $total })
report-hardest-all = Hardest steps (where learners made mistakes, most learners first)
report-col-step = Step (pack/lesson/step)
report-col-learners = Learners
report-col-mistakes = Mistakes
report-col-wrong = Most chosen wrong answer
report-wrong-times = "{ $text }" ({ $n ->
    [one] once
   *[other] { $n } times
})

## Learners on this computer (digitutor learners, export, import).
learners-row = { $name }  (id { $id }): { $done } { $done ->
    [one] lesson
   *[other] lessons
} done, { $passed } { $passed ->
    [one] assessment
   *[other] assessments
} passed
learners-note = note: { $note }
learners-unknown = keeps progress for { $n } lessons or steps no longer in the packs (kept, not lost): { $ids }
learners-renamed = { $old } is now called { $new }.
learners-deleted = { $name } was removed from the list. Their progress is kept in { $folder } in case this was a mistake.
learners-exported = Saved the progress of { $name } to { $file }. On the other computer: digitutor import { $file }
learners-added = Added { $name } with their progress.
learners-merged = Merged the progress into { $name }: lessons done on either computer now count as done.
learners-already = This file was already imported for { $name }. Nothing changed.
learners-unknown-packs = { $n ->
    [one] 1 lesson in the file is from packs not on this computer. It is kept, and counts again once those packs are added here.
   *[other] { $n } lessons in the file are from packs not on this computer. They are kept, and count again once those packs are added here.
}

## Setting the trainer PIN (digitutor trainer set-pin) and writing certificates.
pin-forgotten = The old PIN will be replaced without asking for it. Anyone who can use this computer's account can do this; the PIN keeps learners out of the trainer's corner, not people at the command line.
pin-ask-old = The trainer PIN now:
pin-ask-new = The new PIN (4 to 12 digits):
pin-ask-again = The same PIN again:
pin-none-typed = No PIN was typed. Nothing changed.
pin-wait = Too many wrong PINs: wait { $wait } and try again. If the PIN is forgotten: digitutor trainer set-pin --forgotten
pin-wrong = That PIN is not right. Nothing changed. If the PIN is forgotten: digitutor trainer set-pin --forgotten
pin-nothing-changed = Nothing changed.
pin-mismatch = The two PINs were not the same. Nothing changed; please run the command again.
pin-set = The trainer PIN is set. In the tutor, choose "For trainers" on "Who is learning?" and type it. It is kept only as a salted hash in { $file }.
pin-too-short = That PIN is too short: a PIN has 4 to 12 digits.
pin-too-long = That PIN is too long: a PIN has 4 to 12 digits.
pin-digits = A PIN has only the digits 0 to 9.
pin-seconds = { $n } { $n ->
    [one] second
   *[other] seconds
}
pin-minutes = { $n ->
    [one] a minute
   *[other] { $n } minutes
}
certificate-written = Wrote { $n ->
    [one] the certificate
   *[other] { $n } certificates
} of { $name } ({ $topics }) to { $file }. Open it in a web browser and print it on A4 paper.

## When digitutor has to close because of a problem of its own.
crash-told = Sorry: digitutor had a problem and had to close. Your progress was saved up to your last step.
    A report for the trainer is in { $file }
    Please show it to a trainer, then start digitutor again.
crash-told-no-report = Sorry: digitutor had a problem and had to close. Your progress was saved up to your last step.
    What went wrong: { $what } (at { $place }). Please tell a trainer, then start digitutor again.

## What the trainer's commands say when they cannot do what was asked.
cli-exists = { $file } already exists. Add --force to replace it, or choose another file name
cli-data-dir-not-folder = --data-dir { $dir } is not a folder. Give a folder (it is made when missing)
cli-no-home = this computer has no home folder to keep progress in: give one with --data-dir DIR or DIGITUTOR_HOME
cli-no-learner = there is no learner called { $who } in { $folder }. { $what }
cli-no-learner-list = `digitutor learners` lists the learners on this computer
cli-no-learner-close = Did you mean { $names }? Give the whole name or the id
cli-or = or
certificate-unreadable = the progress of { $name } cannot be read, so no certificate was made: { $why }
certificate-not-passed = { $learner } has not passed the { $topic } assessment yet. A certificate is given after a pass ({ $percent }% or more).
certificate-none-passed = { $learner } has not passed any assessment yet. A certificate is given after a pass ({ $percent }% or more) in a topic's assessment.
certificate-unknown-topic = there is no topic "{ $topic }". Give one of: { $known }
certificate-no-centre = note: the centre's name is left off the certificate: { $why }
certificate-not-written = { $why }. Choose another file with --out FILE.html
report-hardest-json = --hardest is for the table and CSV: the JSON always holds both `learners` and `hardest_steps`. Leave out --hardest
report-from-not-folder = { $dir } is not a folder. Give the data folder copied from a terminal (on the terminal, `digitutor paths` shows it as data)
report-from-no-profiles = { $dir } has no profiles folder, so it is not a digitutor data folder. Give the folder that holds profiles/ (on the terminal, `digitutor paths` shows it as data)
demo-no-pack = there is no pack "{ $id }". The packs are: { $packs }
demo-no-lesson = pack "{ $pack }" has no lesson "{ $id }". Its lessons are: { $lessons }
demo-needs-pack = --headless needs a pack: digitutor demo --headless PACK [LESSON]. The packs are: { $packs }
demo-frame-size = frames must be at least { $width }x{ $height }

## A disk or progress file problem, said plainly.
io-disk-full = the disk is full
io-read-only = the disk is read-only
io-permission = permission denied
io-folder-missing = the folder is missing, or something else is in its place
store-io = could not write { $file }: { $why }
store-too-new = { $file } was saved by a newer digitutor (progress version { $version }; this one knows { $known }). Update digitutor; the file is left as it is
store-no-such = there is no learner called { $name }
store-read-only = this learner's progress is not being saved

## Why an export or an import did not happen.
transfer-not-readable = the progress of { $name } cannot be read just now, so it was not exported: open the tutor to see why
transfer-unreadable = could not read { $file }: { $why }
transfer-not-an-export = { $file } is not a digitutor export file. Make one with `digitutor export NAME FILE`
transfer-too-new = { $file } was made by a newer digitutor (export version { $version }; this one knows { $known }). Update digitutor here first
transfer-unusable = the progress in { $file } cannot be used: { $why }
transfer-same-id = { $file } holds the progress of { $theirs } (id { $theirs_id }), but here that id belongs to { $ours } (id { $ours_id }). Nothing was merged. If they are the same person, add --as "{ $ours }"; if not, add --new
transfer-same-name = { $file } holds the progress of { $theirs } (id { $theirs_id }), but here that name belongs to { $ours } (id { $ours_id }). Nothing was merged. If they are the same person, add --as "{ $ours }"; if not, add --new

## The settings file cannot be read or written.
settings-problem-at = { $file }, line { $line }, column { $col }: { $why }. Fix it in a text editor, or move the file away and set the PIN again with `digitutor trainer set-pin`. Until then the trainer's corner stays locked and digitutor does not change this file
settings-problem = { $file }: { $why }. Fix it in a text editor, or move the file away and set the PIN again with `digitutor trainer set-pin`. Until then the trainer's corner stays locked and digitutor does not change this file

## Reading a step aloud.
key-read = L
do-read-aloud = read aloud
spoken-option = { $n }: { $text }
spoken-can-tap = On the screen you can tap: { $things }
spoken-caller-says = The caller says:
notice-no-speech = Reading aloud needs a speech program (espeak-ng), and this computer has none. A trainer can install it.
notice-no-voice = The speech program on this computer has no voice for this language. A trainer can add one.

## A learner who hears each step read aloud (the trainer's setting).
trainer-reads-aloud-off = Read each step aloud to them: no (choose to turn it on)
trainer-reads-aloud-on = Read each step aloud to them: yes (choose to turn it off)
trainer-reads-aloud-now = { $name } now hears each step read aloud.
trainer-reads-aloud-no-more = { $name } no longer hears each step by itself; L still reads a step aloud.

## How fast steps are read aloud (the trainer's corner).
trainer-pace = How fast steps are read aloud
trainer-pace-intro = Reading aloud uses the speech program on this computer. Choose a pace your learners can follow.
trainer-pace-slow = Slow
trainer-pace-calm = Calm (as it starts)
trainer-pace-usual = The speech program's usual pace
trainer-pace-set = Steps are now read aloud at this pace: { $name }.

## A large-print handout of a pack's lessons.
handout-goal = What you will learn:
handout-steps = The steps
handout-codes = Practice codes to scan with your phone
handout-codes-note = These codes hold only a practice message. They open nothing and cost nothing.
handout-written = Wrote the handout of { $title } ({ $n ->
    [one] one lesson
   *[other] { $n } lessons
}) to { $file }. Open it in a web browser and print it on A4 paper.

## Plain lines: the tutor as text for a screen reader or a braille display (--plain).
plain-welcome = digitutor in plain text. Each screen is written once, line by line. Type your answer and press Enter. At any time, type ? and press Enter to learn what you can type.
plain-entry = Plain text, for a screen reader
plain-entry-short = Screen reader
plain-choose = Type the number of your choice, then press Enter.
plain-tap = Type the number of what you want to tap, then press Enter.
plain-type = Type your answer, then press Enter.
plain-scan = Type s and press Enter to scan the code with the camera, or type p to take a photo of it.
plain-enter-back = Press Enter to go back.
plain-commands = You can also type: { $list }.
plain-not-here = "{ $typed }" does not fit here. Type ? and press Enter to learn what you can type.
plain-not-here-numbers = There is no "{ $typed }" here. Type a number from 1 to { $n }, then press Enter. Type ? to learn what else you can type.
plain-help = Type r to have the whole screen written again. Where the screen says to press Enter, press Enter alone. Nothing you type here can break anything.
plain-full-screen-only = This part is only in the full-screen tutor. Open digitutor without --plain to use it. Type 0 and press Enter to go back.
plain-closed = digitutor is closed. See you next time.
do-repeat = the whole screen again

## The class, live: who is at work on each computer, and "I need help".
class-guest = A guest
class-told = Your trainer has been told. They will come to you soon. You can carry on meanwhile.
class-not-told = Your trainer could not be told from this computer. Please raise your hand.
notice-also-open-elsewhere = Your name is also open on another computer just now. That is fine: both are saved and nothing is lost.
do-ask-help = ask for help
key-ask-help = T
class-title = At work now:
class-nobody = Nobody is at work just now. Learners appear here as they start.
class-asked = { $name } asked for help { $minutes } min ago
class-stuck = { $name }, { $minutes } min on this step
class-choosing = choosing a lesson
class-in-lesson = { $topic } › { $lesson }, step { $n } of { $of }
class-in-test = the test of { $topic }, question { $n } of { $of }
class-line = { $who }: { $place }
class-counts = { $mistakes ->
    [one] 1 mistake
   *[other] { $mistakes } mistakes
}, { $hints ->
    [one] 1 hint
   *[other] { $hints } hints
} on this step
class-at = (at { $computer })
class-watching = Watching the class: it changes as learners work. Press Ctrl+C to stop.
