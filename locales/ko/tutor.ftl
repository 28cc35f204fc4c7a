# digitutor: 튜터가 직접 보여 주는 모든 말(수업 내용은 팩에서 와요), 한국어.
# 메시지 id는 코드에서 쓰는 id에서 "."를 "-"로 바꾼 것이에요. 자리표시자는 { $name } 모양이에요.
# 번역할 때 id와 자리표시자는 모두 그대로 두고, 그 주변 말만 자유롭게 바꿔요.


## 머리글과 키 안내 줄.
app-name = digitutor
header-guest = 체험 중 (저장되지 않아요)
header-learner = 배우는 분: { $name } 님
key-arrows = 화살표 키
key-enter = Enter
key-esc = Esc
key-help = ?
key-hint = H
key-quit = Q
key-numbers = 1-{ $n }
key-scan = S
key-photo = P
key-type = 키보드
do-move = 이동
do-choose = 선택
do-open = 열기
do-back = 뒤로
do-help = 도움말
do-hint = 힌트
do-quit = 저장·닫기
do-tap = 누르기
do-next-element = 다음 버튼
do-scan = 코드 스캔
do-photo = 사진 찍기
do-send = 보내기
do-go-on = 계속
do-try-again = 다시 하기
do-type = 답 입력
do-close-help = 닫기

## 창이 너무 작을 때.
small-title = 창을 더 크게 해 주세요.
small-body = digitutor는 가로 { $w }칸, 세로 { $h }줄 이상이 필요해요. 지금 크기: { $cw } x { $ch }. 창 모서리를 끌거나 창 맨 위 제목 줄을 두 번 클릭해서 창을 키워 주세요. 또는 Ctrl 키를 누른 채 빼기(-) 키를 눌러 글자를 줄여 주세요. 창이 충분히 커지면 키가 다시 작동해요. Q 키를 누르면 닫혀요.

## 언어.
language-title = 언어
language-choose = 언어를 골라 주세요.

## 누가 배우시나요?
who-title = 오늘은 누가 배우시나요?
who-intro = 이름을 골라 주세요. 여기서는 아무것도 고장 나지 않아요. 천천히 하셔도 돼요.
who-new = 처음 왔어요
who-guest = 그냥 해 보기 (저장되지 않아요)
who-none-yet = 아직 등록된 이름이 없어요. "처음 왔어요"를 골라서 시작해 주세요.

## 새 이름.
name-title = 어서 오세요! 성함을 알려 주세요.
name-intro = 이름을 쓰고 Enter 키를 눌러 주세요. 이 컴퓨터를 쓰는 다른 분들도 목록에서 이 이름을 보게 돼요.
name-label = 이름
name-empty = 먼저 이름을 써 주세요.
name-too-long = 이름이 조금 길어요. { $max }글자까지만 써 주세요. 짧게 줄여 써도 괜찮아요.
name-unprintable = 이름에 화면에 보일 수 없는 기호가 있어요. 글자, 숫자, 띄어쓰기만 써 주세요.
name-taken = 같은 이름이 이미 있어요. 뒤에 글자나 숫자를 하나 붙여 주세요. 예: "{ $name } 2"

## 처음 화면.
home-title = 무엇을 연습해 볼까요?
topic-resume = 전에 "{ $lesson }" 수업을 하다가 멈추셨어요. 어디서부터 할까요?
topic-resume-continue = 멈춘 곳부터 이어서 하기 ({ $total }단계 중 { $n }단계)
topic-resume-again = 처음부터 다시 하기
home-continue = 멈춘 곳부터 이어서 하기: { $lesson }
home-other-language = [{ $language }] 표시가 있는 주제는 아직 한국어로 없어요. 그래도 그대로 배울 수 있어요.
home-progress = 수업 { $total }개 중 { $done }개 완료
home-passed = 시험 통과
home-missing = 아직 준비 중이에요
home-problems = 수업 파일 문제 ({ $n }개)

## 주제.
topic-status-done = [완료]
topic-status-started = [하는 중]
topic-status-new = [새 수업]
topic-quiz = 시험 보기: { $n }문제, 시간 제한 없어요
topic-quiz-passed = 시험 다시 보기 (통과, 최고 { $best }%)
topic-quiz-tried = 시험 다시 보기 (지금까지 최고 { $best }%)

## 수업 화면.
player-step = { $total }단계 중 { $n }단계
player-answer = 답
player-choose = 하나를 골라 주세요:
player-tap = 화살표 키로 휴대폰 화면의 알맞은 곳에 간 다음, Enter 키를 눌러 주세요.
player-tap-focus = 지금 위치: { $label }
player-scan = 카메라로 코드를 스캔하려면 S 키, 사진을 찍으려면 P 키를 눌러 주세요.
player-type = 여기에 쓰고 Enter 키를 눌러 주세요:
player-typed-hidden = 실제 휴대폰처럼, 쓰는 글자는 가려져서 보이지 않아요.
player-continue = 화면을 읽어 보세요. 다 읽으면 Enter 키를 눌러 주세요.
player-hint = 힌트 ({ $of }개 중 { $n }번째):
player-no-more-hints = 마지막 힌트였어요. 천천히 하셔도 돼요.
player-no-hints = 이 단계에는 힌트가 없어요.
player-choose-first = 먼저 답을 골라 주세요. 번호를 누르거나 화살표 키로 옮기면 돼요.
player-wrong = 아직 정답이 아니에요.
player-try-again = 다시 한번 해 보세요. 틀리면서 배우는 거예요.
player-right = 맞았어요!
player-scan-leads-to = 휴대폰에 이 코드가 여는 주소가 보여요: { $address }
player-next = Enter 키를 누르면 다음으로 넘어가요.
player-consequence = 실제라면 이렇게 돼요
player-only-practice = 연습이었어요. 실제로는 아무 일도 일어나지 않았어요.
player-back-to-step = Enter 키를 누르면 돌아가서 다시 해 볼 수 있어요.
player-mark-right = [OK]
player-mark-wrong = [!]
player-mark-hint = [?]

## 수업을 마쳤을 때.
done-title = 잘하셨어요! "{ $lesson }" 수업을 마쳤어요.
done-first-try = { $total }단계 중 { $n }단계를 한 번에 맞혔어요.
done-all-first-try = 모든 단계를 한 번에 맞혔어요.
done-mistakes = 중간에 틀린 횟수: { $n }번. 틀릴 때마다 하나씩 배우신 거예요.
done-hints = 쓴 힌트: { $n }개.
done-card = 단계 카드: 꼭 기억할 순서
done-next = 다음 수업: { $lesson }
done-again = 이 수업 다시 연습하기
done-topics = 수업 목록으로 돌아가기
done-saved = 진도가 저장됐어요.
done-not-saved = 진도가 아직 저장되지 않았어요. 이 컴퓨터에 잘 보관하고 있고, 계속 저장을 시도하고 있어요. 강사님께 알려 주세요.
done-guest = 체험으로 하셔서 저장되지 않았어요.

## 시험.
quiz-title = 시험: { $topic }
quiz-question = { $total }문제 중 { $n }번째 문제
quiz-before = 모두 { $total }문제예요. { $percent }% 이상 맞히면 통과예요. 시간 제한이 없고, 원하시면 몇 번이든 다시 볼 수 있어요.
quiz-no-limit = 시간 제한이 없어요. 필요한 만큼 천천히 하세요.
quiz-result = { $total }문제 중 { $score }개 맞혔어요 ({ $percent }%).
quiz-passed = 통과했어요! 정말 자랑스러운 일이에요.
quiz-not-yet = 아직 통과는 아니에요. { $pass }% 이상 맞히면 돼요. 연습하고 편할 때 다시 해 보세요.
quiz-review = 다시 볼 문제:
quiz-your-answer = 고른 답: { $answer }
quiz-right-answer = 정답: { $answer }
quiz-all-right = 모두 맞혔어요.
quiz-again = 시험 다시 보기
quiz-back = 수업 목록으로 돌아가기

## 도움말.
help-title = 도움말
help-calm = 여기서는 아무것도 고장 나지 않아요. 시간 제한도 없어요. 틀리면서 배우는 거예요.
help-keys = 이 화면에서 쓰는 키:
help-mouse = 마우스로 이름, 답, 앱을 눌러도 돼요. 마우스 휠을 굴리면 화면이 위아래로 움직여요.
help-esc = Esc 키는 언제나 뒤로 가요. 수업 중에 누르면 하던 곳을 기억하고 나가요. Backspace 키는 앞 단계를 보여 줘요. 글이 더 있으면 PgUp, PgDn 키로 볼 수 있어요.
help-quit = Q 키나 Ctrl+C를 누르면 진도를 저장하고, 닫기 전에 한 번 더 물어봐요.
help-close = Esc 키나 ? 키를 누르면 도움말이 닫혀요.

## 자리를 비웠을 때.
idle-saved = 한동안 자리를 비우셔서 진도를 저장하고 이 화면으로 돌아왔어요.
idle-back = 한동안 자리를 비우셔서 이 화면으로 돌아왔어요.

## 수업 파일 문제.
problems-title = 수업 파일 문제 ({ $n }개)
problems-intro = 이 수업 파일들을 열 수 없었어요. 다른 수업은 평소처럼 할 수 있어요. 강사님께: 파일을 고친 뒤 digitutor를 다시 시작해 주세요.
problems-help = 고치는 방법:
problems-more = {"    "}... { $n }개 더 있어요. 모두 보기: digitutor validate { $file }
do-scroll = 넘겨 보기

## 연습 화면이 수업 글 주위에 덧붙이는 말.
screen-messages = 메시지
screen-email = 이메일
screen-phone = 전화
screen-browser = 인터넷
screen-form = 입력 양식
screen-home = 홈 화면
screen-qr = QR 코드

## 화면의 코드를 실제 휴대폰으로 스캔하면 보이는 말: 32바이트 이하(한글 한 글자는 3바이트)라서

## 코드가 한 변 25모듈로 유지되고, 휴대폰이 열 수 있는 것은 없어요 (`pack::qr_rules`).
screen-qr-practice = 연습 코드. 잘하셨어요!
screen-payment = 결제
screen-you = 나
screen-secure = [lock] 보안 연결
screen-not-secure = [!] 안전하지 않음
screen-from = 보낸 사람:
screen-subject = 제목:
screen-incoming = 걸려 온 전화
screen-ongoing = 통화 중
screen-call = 통화
screen-you-hear = 들리는 말:
screen-to = 받는 사람:
screen-amount = 금액:
screen-account = 계좌:
screen-reference = 메모:
screen-sticker = [다른 코드 위에 덧붙인 스티커]
screen-qr-needs-room = [QR 코드] 코드를 보려면 창을 더 크게 해 주세요.
screen-qr-too-long = [QR 코드] 담긴 글이 너무 길어서 코드를 그릴 수 없어요.

## 시험을 통과한 뒤 받는 수료증.
cert-heading = 수료증
cert-body = { $name } 님은 { $date }에 { $topic } 시험을 { $percent }%로 통과했어요.
cert-print = 강사님께 수료증을 종이로 뽑아 달라고 말씀하세요.
cert-not-saved = 결과가 아직 저장되지 않아서 수료증을 아직 뽑을 수 없어요. 강사님께 알려 주세요.
cert-guest = 잘하셨어요! 체험이라서 결과가 남지 않아요. 다음에는 이름을 고르고 하시면 수료증을 받을 수 있어요.

## 시연.
demo-title = 보여 주는 수업: { $lesson }
demo-header = 시연 중 (저장되지 않아요)
demo-position = { $of }단계 중 { $n }단계
demo-auto = { $s }초마다 저절로 넘어가요.
demo-right-action = 올바른 행동:
demo-why = 이유:
demo-ask-room = 다 같이 생각해 봐요: 어떻게 하시겠어요?
quiz-continued = 다시 오셨네요. 지금까지 고른 답 { $n }개는 저장되어 있어요. 이어서 다음 문제예요. 시간 제한은 없어요.
demo-reveal = 스페이스 키를 누르면 정답이 보여요.
do-show-answer = 정답 보기
demo-wrongs-available = W 키를 누르면 틀린 답에 나오는 말을 볼 수 있어요 (이 단계에 { $n }개).
demo-wrong-heading = 틀린 답 ({ $of }개 중 { $n }번째):
demo-wrong-consequence = 먼저 보이는 화면: { $title }
demo-they-read = 그다음 읽게 되는 말:
demo-last = 수업의 마지막 단계예요. Esc 키를 누르면 돌아가요.
demo-choose = 보여 줄 수업을 골라 주세요
key-space = 스페이스
key-left = 왼쪽 키
do-next-step = 다음
do-previous-step = 이전 단계
do-auto-on = 자동 켜기
do-auto-off = 자동 끄기
do-pace = 속도
do-show-wrong = 오답 보기

## 강사 전용 화면.
who-trainer = 강사 전용 (PIN 번호 필요)
trainer-title = 강사 전용
trainer-menu-intro = 할 일을 골라 주세요. Esc 키를 누르면 "누가 배우시나요?"로 돌아가요.
trainer-choose-pin = 새 강사 PIN 번호 정하기
trainer-choose-pin-intro = 숫자 4~12자리예요. 이 번호가 없으면 학습자는 이곳을 열 수 없어요. 번호는 알아볼 수 없게 바꿔서 보관해요.
trainer-repeat-pin = 같은 PIN 번호를 한 번 더 입력해 주세요
trainer-enter-pin = 강사 PIN 번호를 입력해 주세요
trainer-enter-pin-intro = 강사 전용 화면이에요. 학습자는 Esc 키를 누르면 돌아갈 수 있어요.
trainer-no-pin = 잠겨 있어요: 아직 강사 PIN 번호가 정해지지 않았어요
trainer-settings-broken = 잠겨 있어요: 강사 설정을 읽을 수 없어요
trainer-locked-intro = 강사 전용 화면이에요. 학습자는 Esc 키를 누르면 돌아갈 수 있어요.
trainer-no-pin-explain = 강사가 먼저 프로그램 밖에서 PIN 번호를 정해야 해요. digitutor를 닫고 터미널에 이 명령을 입력하세요: digitutor trainer set-pin
trainer-pin-label = PIN
trainer-pin-too-short = PIN 번호가 너무 짧아요. 숫자 4~12자리여야 해요. 숫자를 더 넣고 Enter 키를 눌러 주세요.
trainer-pin-too-long = PIN 번호가 너무 길어요. 숫자 4~12자리여야 해요. 몇 개 지우고 Enter 키를 눌러 주세요.
trainer-pin-digits = PIN 번호에는 0~9 숫자만 쓸 수 있어요.
trainer-pin-mismatch = 두 번 입력한 PIN 번호가 서로 달라요. 새 PIN 번호를 다시 두 번 입력해 주세요.
trainer-pin-set = 강사 PIN 번호가 정해졌어요.
trainer-pin-error = PIN 번호를 정하지 못했어요: { $why }
trainer-pin-wrong = PIN 번호가 맞지 않아요. { $n }번 더 틀리면 잠시 기다려야 해요.
trainer-pin-wait = 틀린 PIN 번호를 너무 많이 입력했어요. { $s }초 기다린 뒤 다시 해 주세요.
trainer-pin-wait-minute = 틀린 PIN 번호를 너무 많이 입력했어요. 1분 기다린 뒤 다시 해 주세요.
trainer-pin-wait-minutes = 틀린 PIN 번호를 너무 많이 입력했어요. { $n }분 기다린 뒤 다시 해 주세요.
trainer-class = 반 전체 현황
trainer-class-intro = 이 컴퓨터의 학습자별 현황이에요. 모든 컴퓨터를 합쳐 보려면: digitutor report
trainer-class-row = 수업 { $total }개 중 { $done }개 완료. 마지막: { $last }.
trainer-class-passed = 통과한 시험: { $topics }
trainer-class-no-pass = 아직 통과한 시험이 없어요.
trainer-no-learners = 이 컴퓨터에는 아직 등록된 이름이 없어요.
trainer-never = 아직 없음
trainer-demo = 수업을 모두에게 보여 주기
trainer-learners = 학습자: 이름 바꾸기, 처음부터, 목록에서 빼기
trainer-learners-intro = 학습자를 골라 주세요.
trainer-learner-intro = 무엇을 할까요?
trainer-rename = 이름 바꾸기
trainer-reset = 진도를 처음부터 다시 시작하기
trainer-delete = 목록에서 빼기
trainer-rename-title = { $name } 님의 새 이름
trainer-renamed = 이름을 바꿨어요: { $old } 님 → { $new } 님
trainer-reset-ask = { $name } 님의 진도를 처음부터 다시 시작할까요?
trainer-reset-explain = 모든 수업이 새 수업으로 보여요. 예전 진도는 지우지 않고 학습자 폴더에 남겨 둬요.
trainer-delete-ask = { $name } 님을 목록에서 뺄까요?
trainer-delete-explain = 이름이 목록에서 빠져요. 진도는 지우지 않고 삭제 폴더로 옮겨 둬요.
trainer-no-keep = 아니요, 모두 그대로 둘게요
trainer-yes-reset = 네, 처음부터 다시 할게요
trainer-yes-delete = 네, 목록에서 뺄게요
trainer-reset-done = { $name } 님의 진도를 처음부터 다시 시작해요. 예전 진도는 남아 있어요.
trainer-delete-done = { $name } 님을 목록에서 뺐어요. 진도는 남아 있어요.
trainer-centre = 센터 이름
trainer-centre-intro = 수료증에 인쇄돼요.
trainer-centre-label = 센터 이름
trainer-centre-set = 센터 이름을 바꿨어요: { $name }
trainer-timeout = "누가 배우시나요?" 화면으로 돌아가기까지 시간
trainer-timeout-intro = 함께 쓰는 컴퓨터에서는 이 시간(분) 동안 아무 키도 누르지 않으면 진도를 저장하고 이름 목록으로 돌아가요.
trainer-minutes = { $n }분
trainer-timeout-set = 이제 { $n }분 동안 기다렸다가 돌아가요.
trainer-theme = 화면 색
trainer-theme-intro = 이 컴퓨터를 쓰는 모든 분의 화면 모습이에요.
trainer-theme-default = 차분한 색
trainer-theme-high = 고대비: 검은 바탕에 흰색·노란색 글자
trainer-theme-none = 색 없음
trainer-theme-set = 화면 색: { $name }
trainer-language = 이 컴퓨터의 언어
trainer-language-intro = 첫 화면과 아직 언어를 고르지 않은 분은 이 언어로 시작해요. 각자 고른 언어는 그대로 유지돼요.
trainer-language-set = 이제 이 컴퓨터는 다음 언어로 시작해요: { $name }
trainer-kiosk = digitutor를 닫을 수 있는 사람
trainer-kiosk-intro = 함께 쓰는 컴퓨터에서는 학습자가 digitutor를 닫지 못하게 할 수 있어요. 그러면 학습자가 Q 키를 눌렀을 때 "누가 배우시나요?" 화면으로 돌아가요.
trainer-kiosk-no = 누구나 digitutor를 닫을 수 있어요
trainer-kiosk-yes = 강사만 닫을 수 있어요 (학습자의 Q 키는 이름 목록으로 가요)
trainer-kiosk-on = 이제 학습자의 Q 키는 "누가 배우시나요?" 화면으로 가요. digitutor는 여기서 닫으세요.
trainer-kiosk-off = 이제 다시 누구나 digitutor를 닫을 수 있어요.
trainer-close = digitutor 닫기
notice-kiosk = 다음 분을 위해 이 컴퓨터는 켜 둬요. digitutor는 강사님이 닫아요.
trainer-change-pin = 강사 PIN 번호 바꾸기
trainer-leave = 강사 화면에서 나가기
notice-settings-failed = 설정을 바꾸지 못했어요: { $why }

## 만드는 사람의 미리 보기.
preview-header = 미리 보기 (저장되지 않아요)
preview-errors = [!] 저장한 파일에 오류가 있어요 ({ $n }개). 마지막으로 문제없던 버전을 계속 보여 줘요:
preview-more = 모두 보려면: digitutor validate { $file }
preview-no-watch = 여기서는 저장한 것을 저절로 알아챌 수 없어요 ({ $why }). 저장할 때마다 R 키를 눌러 다시 불러오세요.
key-reload = R
key-pages = PgUp/PgDn
key-step-back = Backspace
do-step-back = 앞 단계
do-leave-lesson = 나가기
player-also-on-screen = 휴대폰 화면에 이런 말도 있어요:
menu-more-above = ▲ 위에 { $n }개 더 있어요: ↑ 또는 PgUp 키
menu-more-below = ▼ 아래에 { $n }개 더 있어요: ↓ 또는 PgDn 키
who-looking-for = 찾는 이름: { $typed }
who-not-found = "{ $typed }" 글자로 시작하는 이름이 없어요.
key-letters = 글자 키
do-find-name = 이름 찾기
player-tap-first = 먼저 화살표 키로 버튼까지 가 주세요. 그다음 Enter 키를 누르면 그 버튼이 눌려요.
scroll-below = ▼ 아래에 더 있어요: PgDn 키
scroll-above = ▲ 위에 더 있어요: PgUp 키
scroll-both = ▲▼ 더 있어요: PgUp 또는 PgDn 키
do-reload = 새로고침

## 알림.
notice-title = 알려 드려요
notice-restored = 진도 파일을 읽을 수 없어서, 바로 전에 저장해 둔 사본을 썼어요. 마지막 단계 하나만 다시 하시면 될 수도 있어요. (강사님이 손상된 파일을 확인할 수 있어요: { $file })
notice-afresh = 진도 파일도, 그 사본도 읽을 수 없어서 여기서 처음부터 시작해요. 손상된 파일은 강사님이 볼 수 있게 남겨 뒀어요: { $file }
notice-too-new = 더 새로운 digitutor로 저장된 진도예요. 연습은 할 수 있지만, digitutor를 업데이트하기 전에는 여기서 저장되지 않아요. 강사님께 알려 주세요. ({ $file })
notice-unreadable = 지금은 진도를 읽을 수 없어요 ({ $why }). 연습은 할 수 있지만 저장되지 않아요. 강사님께 알려 주세요. ({ $file })
notice-used-backup = 진도 파일을 읽을 수 없어서 백업 파일을 썼어요: { $file }. 이 학습자가 다음에 digitutor를 열 때 그 파일은 따로 옮겨 둬요.
notice-also-open = 같은 이름이 다른 화면에도 열려 있어요. 괜찮아요. 둘 다 저장되고, 잃어버리는 건 없어요.
notice-save-failed = 지금은 진도를 저장하지 못했어요 ({ $why }). 여기에 잘 보관해 두고, 되도록 빨리 저장할게요. 강사님께 알려 주세요. ({ $file })
notice-saved-now = 다행이에요. 이제 진도가 저장됐어요.
notice-left-unsaved = { $name } 님의 마지막 단계들은 저장하지 못해서 남지 않았어요. 강사님께 알려 주세요. 컴퓨터 저장 공간이 꽉 찼거나 저장이 막혀 있을 수 있어요.
close-title = digitutor를 닫을까요?
close-saved = 진도가 저장됐어요.
close-sure = 지금 digitutor를 닫으시겠어요?
close-keep = 아니요, 계속 배울게요
close-yes = 네, digitutor를 닫을게요
do-keep-learning = 계속하기
close-unsaved = 마지막 단계들이 아직 저장되지 않았어요. 지금 닫으면 사라져요.
close-retry = 다시 저장해 보기
close-anyway = 그래도 닫기
header-not-saved = 아직 저장 안 됐어요
notice-save-refused = 진도를 저장할 수 없었어요: { $why }. 강사님께 알려 주세요.
notice-create-failed = 이름을 저장할 수 없었어요 ({ $why }). 강사님께 알려 주시거나, 우선 "그냥 해 보기"를 골라 주세요.
notice-cannot-open = 이 이름을 열 수 없었어요 ({ $why }). 연습은 할 수 있지만 저장되지 않아요. 강사님께 알려 주세요.

## Dates, written the way each language writes them.
date-long = { $year }년 { $month }월 { $day }일

## The right action and the wrong answers, in a demonstration.
demo-do-read = 화면을 읽고 Enter 키를 눌러요.
demo-do-scan = 사진을 찍지 말고 코드를 스캔해요 (S 키).
demo-do-tap = "{ $label }"을(를) 눌러요.
demo-do-tap-right = 알맞은 버튼을 눌러요.
demo-do-choose = 고를 답: { $answers }
demo-do-type-private-digits = { $n }자리 숫자를 입력해요. 개인 정보라서 화면에는 점만 보이고, 저장되지 않아요.
demo-do-type-private = 입력해요. 개인 정보라서 화면에는 점만 보이고, 저장되지 않아요.
demo-do-type = "{ $text }" 입력 후 Enter 키를 눌러요.
demo-do-type-digits = { $n }자리 숫자를 입력하고 Enter 키를 눌러요.
demo-do-type-between = { $min }부터 { $max }까지의 숫자를 입력하고 Enter 키를 눌러요.
demo-do-type-answer = 답을 입력하고 Enter 키를 눌러요.
demo-wrong-choosing = "{ $text }" 고르기
demo-wrong-tapping = "{ $label }" 누르기
demo-wrong-tapping-else = 다른 곳 누르기
demo-wrong-typing = "{ $text }" 입력하기
demo-wrong-typing-else = 다른 답 입력하기
demo-wrong-photo = 코드 사진 찍기 (P)
demo-if-wrong = 틀린 경우: { $answer }: 읽게 되는 말: { $feedback }
demo-if-wrong-consequence = 틀린 경우: { $answer }: 먼저 "{ $title }" 화면을 보고, 이어서 읽게 되는 말: { $feedback }

## The printed certificate.
certificate-title = 수료증: { $name } 님
certificate-heading = 수료증
certificate-certify = {""}
certificate-passed-in = 님은 아래 주제의 시험을 통과했어요.
certificate-score = 점수: { $percent }% ({ $total }문제 중 { $score }문제 정답)
certificate-date = 통과한 날: { $date }
certificate-signature = 강사

## The class report (digitutor report).
report-none = 아직 배우는 분이 없어요.
report-none-in = 아직 배우는 분이 없어요: { $folders }
report-from-one = 반 진도 보고서 (폴더: { $folder })
report-from-many = 반 진도 보고서 (데이터 폴더 { $n }개: { $folders })
report-col-learner = 이름
report-col-topic = 주제
report-col-lessons = 수업
report-col-assessment = 시험
report-col-passed = 통과
report-col-last = 마지막 날
report-nothing-yet = (아직 없음)
report-lessons-of = { $total }개 중 { $done }개
report-lessons-pack-gone = { $done }개 (여기에 없는 수업 묶음)
report-score = { $percent }% ({ $total }문제 중 { $score }문제)
report-not-taken = 안 봄
report-yes = 예
report-no = 아니요
report-never = 없음
report-learners = 배우는 분 ({ $n }명)
report-note = 수업: 한 번 이상 마친 수업. 시험: 가장 높은 점수. 날짜는 UTC 기준이에요.
report-hardest-none = 가장 어려운 단계: 아직 아무도 틀리지 않았어요.
report-hardest-some = 가장 어려운 단계 (전체 { $total }개 중 많이 틀린 { $shown }개)
report-hardest-all = 가장 어려운 단계 (많은 분이 틀린 단계부터)
report-col-step = 단계 (묶음/수업/단계)
report-col-learners = 인원
report-col-mistakes = 틀린 횟수
report-col-wrong = 가장 많이 고른 오답
report-wrong-times = "{ $text }" ({ $n }번)

## Learners on this computer (digitutor learners, export, import).
learners-row = { $name } (번호 { $id }): 마친 수업 { $done }개, 통과한 시험 { $passed }개
learners-note = 참고: { $note }
learners-unknown = 지금 수업 묶음에 없는 수업이나 단계의 진도 { $n }개를 보관하고 있어요 (지워지지 않아요): { $ids }
learners-renamed = 이름을 바꿨어요: { $old } → { $new }
learners-deleted = { $name } 님을 목록에서 뺐어요. 실수였을 때를 위해 진도는 여기에 남아 있어요: { $folder }
learners-exported = { $name } 님의 진도를 저장했어요: { $file }. 다른 컴퓨터에서: digitutor import { $file }
learners-added = { $name } 님을 진도와 함께 추가했어요.
learners-merged = { $name } 님의 진도를 합쳤어요. 어느 컴퓨터에서든 마친 수업은 마친 것으로 쳐요.
learners-already = 이 파일은 { $name } 님에게 이미 가져왔어요. 바뀐 것은 없어요.
learners-unknown-packs = 파일에 있는 수업 { $n }개는 이 컴퓨터에 없는 수업 묶음이에요. 그대로 보관되고, 그 묶음을 추가하면 다시 계산돼요.

## Setting the trainer PIN (digitutor trainer set-pin) and writing certificates.
pin-forgotten = 예전 PIN 번호를 묻지 않고 바꿔요. 이 컴퓨터 계정을 쓸 수 있는 사람은 누구나 할 수 있어요. PIN 번호는 배우는 분이 강사 메뉴에 들어오지 못하게 막는 것이지, 명령 줄을 쓰는 사람을 막지는 않아요.
pin-ask-old = 지금의 강사 PIN 번호:
pin-ask-new = 새 PIN 번호 (숫자 4~12자리):
pin-ask-again = 같은 PIN 번호를 한 번 더:
pin-none-typed = PIN 번호를 입력하지 않았어요. 바뀐 것은 없어요.
pin-wait = PIN 번호가 여러 번 틀렸어요. { $wait } 기다렸다가 다시 해 주세요. PIN 번호를 잊었다면: digitutor trainer set-pin --forgotten
pin-wrong = PIN 번호가 맞지 않아요. 바뀐 것은 없어요. PIN 번호를 잊었다면: digitutor trainer set-pin --forgotten
pin-nothing-changed = 바뀐 것은 없어요.
pin-mismatch = 두 PIN 번호가 달라요. 바뀐 것은 없어요. 명령을 다시 실행해 주세요.
pin-set = 강사 PIN 번호를 정했어요. 프로그램의 이름 화면에서 "강사 전용"을 고르고 입력하세요. 번호는 암호화된 형태로만 저장돼요: { $file }
pin-too-short = PIN 번호가 너무 짧아요. 숫자 4~12자리예요.
pin-too-long = PIN 번호가 너무 길어요. 숫자 4~12자리예요.
pin-digits = PIN 번호는 숫자 0~9로만 만들어요.
pin-seconds = { $n }초
pin-minutes = { $n }분
certificate-written = { $name } 님의 수료증 { $n }장을 저장했어요 ({ $topics }): { $file }. 웹 브라우저로 열어서 A4 용지에 인쇄하세요.

## When digitutor has to close because of a problem of its own.
crash-told = 죄송해요. digitutor에 문제가 생겨서 닫혔어요. 배우신 내용은 마지막 단계까지 저장됐어요.
    강사님께 드릴 보고서는 여기 있어요: { $file }
    강사님께 보여 드린 뒤 digitutor를 다시 켜 주세요.
crash-told-no-report = 죄송해요. digitutor에 문제가 생겨서 닫혔어요. 배우신 내용은 마지막 단계까지 저장됐어요.
    문제: { $what } ({ $place }). 강사님께 알려 드린 뒤 digitutor를 다시 켜 주세요.

## What the trainer's commands say when they cannot do what was asked.
cli-exists = { $file } 파일이 이미 있어요. 바꾸려면 --force를 붙이거나, 다른 파일 이름을 고르세요
cli-data-dir-not-folder = --data-dir { $dir }은(는) 폴더가 아니에요. 폴더를 주세요(없으면 만들어요)
cli-no-home = 이 컴퓨터에는 진도를 저장할 홈 폴더가 없어요. --data-dir DIR 또는 DIGITUTOR_HOME으로 폴더를 정해 주세요
cli-no-learner = { $folder }에 { $who } 학습자가 없어요. { $what }
cli-no-learner-list = `digitutor learners`로 이 컴퓨터의 학습자 목록을 볼 수 있어요
cli-no-learner-close = { $names } 말씀이세요? 이름 전체나 번호를 주세요
cli-or = 또는
certificate-unreadable = { $name } 님의 진도를 읽을 수 없어서 수료증을 만들지 않았어요: { $why }
certificate-not-passed = { $learner } 님은 아직 { $topic } 평가를 통과하지 않았어요. 수료증은 { $percent }% 이상으로 통과하면 드려요.
certificate-none-passed = { $learner } 님은 아직 통과한 평가가 없어요. 수료증은 한 주제의 평가를 { $percent }% 이상으로 통과하면 드려요.
certificate-unknown-topic = "{ $topic }" 주제가 없어요. 다음 중 하나를 주세요: { $known }
certificate-no-centre = 참고: 수료증에 센터 이름이 빠졌어요: { $why }
certificate-not-written = { $why }. --out FILE.html로 다른 파일을 고르세요
report-hardest-json = --hardest는 표와 CSV용이에요. JSON에는 `learners`와 `hardest_steps`가 늘 함께 있어요. --hardest를 빼 주세요
report-from-not-folder = { $dir }은(는) 폴더가 아니에요. 학습용 컴퓨터에서 복사한 데이터 폴더를 주세요(그 컴퓨터에서 `digitutor paths`를 치면 data 줄에 나와요)
report-from-no-profiles = { $dir }에는 profiles 폴더가 없어서 digitutor 데이터 폴더가 아니에요. profiles/가 들어 있는 폴더를 주세요(학습용 컴퓨터에서 `digitutor paths`를 치면 data 줄에 나와요)
demo-no-pack = "{ $id }" 수업 묶음가 없어요. 수업 묶음 목록: { $packs }
demo-no-lesson = "{ $pack }" 수업 묶음에 "{ $id }" 수업이 없어요. 수업 목록: { $lessons }
demo-needs-pack = --headless에는 수업 묶음가 필요해요: digitutor demo --headless PACK [LESSON]. 수업 묶음 목록: { $packs }
demo-frame-size = 화면 크기는 최소 { $width }x{ $height }이어야 해요

## A disk or progress file problem, said plainly.
io-disk-full = 디스크가 가득 찼어요
io-read-only = 디스크가 읽기 전용이에요
io-permission = 쓸 수 있는 권한이 없어요
io-folder-missing = 폴더가 없거나, 그 자리에 다른 것이 있어요
store-io = { $file }에 쓰지 못했어요: { $why }
store-too-new = { $file }은(는) 더 새 digitutor가 저장한 파일이에요(버전 { $version }, 이 프로그램은 { $known }까지 알아요). digitutor를 업데이트해 주세요. 파일은 그대로 두었어요
store-no-such = { $name } 학습자가 없어요
store-read-only = 이 학습자의 진도는 지금 저장되지 않고 있어요

## Why an export or an import did not happen.
transfer-not-readable = 지금은 { $name } 님의 진도를 읽을 수 없어서 내보내지 않았어요. digitutor를 열어 이유를 확인하세요
transfer-unreadable = { $file }을(를) 읽지 못했어요: { $why }
transfer-not-an-export = { $file }은(는) digitutor에서 내보낸 파일이 아니에요. `digitutor export NAME FILE`로 만들어 주세요
transfer-too-new = { $file }은(는) 더 새 digitutor가 만든 파일이에요(버전 { $version }, 이 프로그램은 { $known }까지 알아요). 먼저 이 컴퓨터의 digitutor를 업데이트해 주세요
transfer-unusable = { $file }의 진도를 쓸 수 없어요: { $why }
transfer-same-id = { $file }에는 { $theirs } 님(번호 { $theirs_id })의 진도가 있지만, 여기서는 그 번호가 { $ours } 님(번호 { $ours_id })의 것이에요. 아무것도 합치지 않았어요. 같은 분이면 --as "{ $ours }"를, 아니면 --new를 붙이세요
transfer-same-name = { $file }에는 { $theirs } 님(번호 { $theirs_id })의 진도가 있지만, 여기서는 그 이름이 { $ours } 님(번호 { $ours_id })의 것이에요. 아무것도 합치지 않았어요. 같은 분이면 --as "{ $ours }"를, 아니면 --new를 붙이세요

## The settings file cannot be read or written.
settings-problem-at = { $file }, { $line }번째 줄, { $col }번째 칸: { $why }. 텍스트 편집기로 고치거나, 파일을 다른 곳으로 옮기고 `digitutor trainer set-pin`으로 PIN 번호를 다시 정하세요. 그때까지 강사 전용 화면은 잠겨 있고, digitutor는 이 파일을 바꾸지 않아요
settings-problem = { $file }: { $why }. 텍스트 편집기로 고치거나, 파일을 다른 곳으로 옮기고 `digitutor trainer set-pin`으로 PIN 번호를 다시 정하세요. 그때까지 강사 전용 화면은 잠겨 있고, digitutor는 이 파일을 바꾸지 않아요

## Reading a step aloud.
key-read = L
do-read-aloud = 소리 내어 읽기
spoken-option = { $n }번: { $text }
spoken-can-tap = 화면에서 누를 수 있는 것: { $things }
spoken-caller-says = 전화한 사람이 말해요:
notice-no-speech = 소리 내어 읽으려면 읽어 주는 프로그램(espeak-ng)이 필요한데, 이 컴퓨터에는 없어요. 강사님이 설치해 드릴 수 있어요.
notice-no-voice = 이 컴퓨터의 읽어 주는 프로그램에는 한국어 목소리가 없어요. 강사님이 추가해 드릴 수 있어요.

## A learner who hears each step read aloud (the trainer's setting).
trainer-reads-aloud-off = 단계마다 소리 내어 읽어 주기: 아니요 (고르면 켜져요)
trainer-reads-aloud-on = 단계마다 소리 내어 읽어 주기: 예 (고르면 꺼져요)
trainer-reads-aloud-now = 이제 { $name } 님에게 단계마다 소리 내어 읽어 드려요.
trainer-reads-aloud-no-more = 이제 { $name } 님에게 단계를 저절로 읽어 드리지 않아요. L 키를 누르면 여전히 읽어 드려요.

## How fast steps are read aloud (the trainer's corner).
trainer-pace = 소리 내어 읽는 빠르기
trainer-pace-intro = 소리 내어 읽기는 이 컴퓨터의 읽어 주는 프로그램을 써요. 학습자가 따라올 수 있는 빠르기를 고르세요.
trainer-pace-slow = 느리게
trainer-pace-calm = 차분하게 (처음 설정)
trainer-pace-usual = 읽어 주는 프로그램의 보통 빠르기
trainer-pace-set = 이제 이 빠르기로 읽어 드려요: { $name }.

## A large-print handout of a pack's lessons.
handout-goal = 배울 내용:
handout-steps = 순서
handout-codes = 휴대폰으로 찍어 볼 연습용 코드
handout-codes-note = 이 코드에는 연습용 메시지만 들어 있어요. 아무것도 열리지 않고 돈도 들지 않아요.
handout-written = { $title } 안내서(수업 { $n }개)를 { $file }에 썼어요. 웹 브라우저로 열어 A4 용지에 인쇄하세요.

## Plain lines: the tutor as text for a screen reader or a braille display (--plain).
plain-welcome = 글자만 나오는 digitutor예요. 화면마다 한 번씩, 한 줄씩 적어 드려요. 답을 입력하고 Enter 키를 눌러 주세요. 언제든 ?를 입력하고 Enter 키를 누르면 무엇을 입력할 수 있는지 알려 드려요.
plain-entry = 글자만 보기 (화면 낭독 프로그램용)
plain-entry-short = 화면 낭독
plain-choose = 고를 번호를 입력하고 Enter 키를 눌러 주세요.
plain-tap = 누를 곳의 번호를 입력하고 Enter 키를 눌러 주세요.
plain-type = 답을 입력하고 Enter 키를 눌러 주세요.
plain-scan = 카메라로 코드를 스캔하려면 s, 코드 사진을 찍으려면 p를 입력하고 Enter 키를 눌러 주세요.
plain-enter-back = Enter 키를 누르면 돌아가요.
plain-commands = 이것도 입력할 수 있어요: { $list }.
plain-not-here = 여기서는 쓸 수 없는 입력이에요: "{ $typed }". ?를 입력하고 Enter 키를 누르면 무엇을 입력할 수 있는지 알려 드려요.
plain-not-here-numbers = 여기에는 없는 답이에요: "{ $typed }". 1부터 { $n }까지 번호 중 하나를 입력하고 Enter 키를 눌러 주세요. ?를 입력하면 다른 것도 알려 드려요.
plain-help = r을 입력하면 화면 전체를 다시 적어 드려요. 화면에서 Enter 키를 누르라고 하면 Enter 키만 누르세요. 여기서 무엇을 입력해도 고장 나지 않아요.
plain-full-screen-only = 이 부분은 전체 화면 digitutor에서만 쓸 수 있어요. --plain 없이 digitutor를 열어 주세요. 0을 입력하고 Enter 키를 누르면 돌아가요.
plain-closed = digitutor를 닫았어요. 다음에 또 만나요.
do-repeat = 화면 전체 다시 보기

## The class, live: who is at work on each computer, and "I need help".
class-guest = 체험 중인 분
class-told = 강사님께 알렸어요. 곧 와 주실 거예요. 기다리는 동안 계속하셔도 돼요.
class-not-told = 이 컴퓨터에서는 강사님께 알리지 못했어요. 손을 들어 주세요.
notice-also-open-elsewhere = 다른 컴퓨터에서도 이름이 열려 있어요. 괜찮아요. 양쪽 모두 저장되고 아무것도 사라지지 않아요.
do-ask-help = 도움 요청
key-ask-help = T
class-title = 지금 배우는 중:
class-nobody = 지금은 배우는 분이 없어요. 학습자가 시작하면 여기에 나와요.
class-asked = { $name } 님이 { $minutes }분 전에 도움을 요청했어요
class-stuck = { $name } 님, 이 단계에서 { $minutes }분째
class-choosing = 수업 고르는 중
class-in-lesson = { $topic } › { $lesson }, { $of }단계 중 { $n }단계
class-in-test = { $topic } 시험, { $of }문제 중 { $n }번
class-line = { $who }: { $place }
class-counts = 이 단계에서 틀림 { $mistakes }번, 힌트 { $hints }번
class-at = ({ $computer } 컴퓨터)
class-watching = 반을 지켜보는 중이에요. 학습자가 할 때마다 바뀌어요. 멈추려면 Ctrl+C를 누르세요.
