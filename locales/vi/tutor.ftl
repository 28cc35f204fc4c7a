# digitutor: every word the tutor itself shows (lessons come from packs), in Vietnamese.
# Message ids are the ids the code uses with "." written as "-". Placeholders are { $name }.
# A translation keeps every id and every placeholder; words around them are free.
# Tiếng Việt: luôn gọi người học là "bác"; câu ngắn, từ ngữ thường ngày.


## Header and key bar.
app-name = digitutor
header-guest = Học thử (không lưu lại gì)
header-learner = Đang học: { $name }
key-arrows = Phím mũi tên
key-enter = Enter
key-esc = Esc
key-help = ?
key-hint = H
key-quit = Q
key-numbers = 1-{ $n }
key-scan = S
key-photo = P
key-type = Gõ chữ
do-move = di chuyển
do-choose = chọn
do-open = mở
do-back = quay lại
do-help = trợ giúp
do-hint = gợi ý
do-quit = lưu và đóng
do-tap = chạm
do-next-element = nút tiếp theo
do-scan = quét mã
do-photo = chụp ảnh
do-send = gửi
do-go-on = đi tiếp
do-try-again = thử lại
do-type = gõ câu trả lời
do-close-help = đóng trợ giúp

## Too small.
small-title = Bác phóng to cửa sổ này ra giúp nhé.
small-body = digitutor cần ít nhất { $w } cột và { $h } dòng. Bây giờ mới có { $cw } x { $ch }. Bác phóng to cửa sổ (kéo góc cửa sổ, hoặc bấm đúp vào thanh tên ở trên cùng), hoặc thu nhỏ chữ (giữ Ctrl và bấm phím dấu trừ). Khi cửa sổ đủ lớn, các phím sẽ dùng được; Q để đóng.

## The languages.
language-title = Ngôn ngữ
language-choose = Bác chọn ngôn ngữ muốn dùng.

## Who is learning?
who-title = Hôm nay ai học ạ?
who-intro = Bác chọn tên của mình. Bác cứ yên tâm: không làm hỏng gì được, và không ai hối bác cả.
who-new = Tôi là người mới
who-guest = Học thử (không lưu lại gì)
who-none-yet = Ở đây chưa có tên ai cả. Bác chọn "Tôi là người mới" để bắt đầu.

## New name.
name-title = Chào mừng bác! Bác tên là gì ạ?
name-intro = Bác gõ tên mình, rồi bấm Enter. Người khác dùng máy này sẽ thấy tên bác trong danh sách.
name-label = Tên của bác
name-empty = Bác gõ tên trước đã nhé.
name-too-long = Tên này hơi dài. Bác dùng tối đa { $max } chữ cái thôi, ví dụ chỉ gõ tên gọi.
name-unprintable = Tên này có một ký hiệu máy không hiện được. Bác chỉ dùng chữ cái, chữ số và dấu cách thôi nhé.
name-taken = Ở đây đã có người tên này rồi. Bác thêm một chữ nữa, ví dụ "{ $name } B".

## Home.
home-title = Hôm nay bác muốn tập gì ạ?
topic-resume = Lần trước bác đã học "{ $lesson }". Bác muốn bắt đầu từ đâu?
topic-resume-continue = Học tiếp từ chỗ đã dừng (bước { $n } trên { $total })
topic-resume-again = Học lại bài này từ đầu
home-continue = Học tiếp từ chỗ đã dừng: { $lesson }
home-other-language = Chủ đề có dấu [{ $language }] chưa có bản tiếng Việt. Bác vẫn có thể học các bài đó.
home-progress = Đã xong { $done } trên { $total } bài
home-passed = đã đạt bài kiểm tra
home-missing = Hiện chưa có
home-problems = Có lỗi ở tệp bài học ({ $n })

## Topic.
topic-status-done = [xong]
topic-status-started = [đang học]
topic-status-new = [mới]
topic-quiz = Tự kiểm tra: { $n } câu hỏi, không tính giờ
topic-quiz-passed = Tự kiểm tra lại (đã đạt: cao nhất { $best }%)
topic-quiz-tried = Tự kiểm tra lại (cao nhất đến nay: { $best }%)

## Player.
player-step = Bước { $n } trên { $total }
player-answer = Câu trả lời của bác
player-choose = Bác chọn một câu:
player-tap = Bác đi tới đúng chỗ trên điện thoại, rồi bấm Enter để chạm vào.
player-tap-focus = Đang ở: { $label }
player-scan = Bấm S để quét mã bằng camera, hoặc bấm P để chụp ảnh mã.
player-type = Bác gõ vào đây, rồi bấm Enter:
player-typed-hidden = Chữ bác gõ sẽ không hiện ra, giống như trên điện thoại thật.
player-continue = Bác đọc màn hình. Khi sẵn sàng thì bấm Enter.
player-hint = Gợi ý { $n } trên { $of }:
player-no-more-hints = Đó là gợi ý cuối cùng. Bác cứ từ từ.
player-no-hints = Bước này không có gợi ý.
player-choose-first = Bác chọn một câu trước đã: bấm số của câu đó, hoặc đi tới bằng phím mũi tên.
player-wrong = Chưa đúng bác ạ.
player-try-again = Bác thử lại nhé. Có sai mới có học.
player-right = Đúng rồi!
player-scan-leads-to = Điện thoại cho biết mã này dẫn tới: { $address }
player-next = Bấm Enter để đi tiếp.
player-consequence = Nếu là thật, chuyện này sẽ xảy ra
player-only-practice = Đây chỉ là tập thử thôi. Không có gì xảy ra thật cả.
player-back-to-step = Bấm Enter để quay lại và thử lần nữa.
player-mark-right = [OK]
player-mark-wrong = [!]
player-mark-hint = [?]

## Finished.
done-title = Tuyệt vời! Bác đã học xong "{ $lesson }".
done-first-try = Bác làm đúng ngay lần đầu { $n } trên { $total } bước.
done-all-first-try = Bác làm đúng ngay lần đầu tất cả các bước.
done-mistakes = Số lần làm sai: { $n }. Mỗi lần sai là một lần học thêm.
done-hints = Số lần xem gợi ý: { $n }.
done-card = Thẻ ghi nhớ: các bước cần nhớ
done-next = Bài tiếp theo: { $lesson }
done-again = Tập lại bài này
done-topics = Quay lại danh sách bài học
done-saved = Phần bác đã học được lưu lại rồi.
done-not-saved = Phần bác đã học chưa lưu được. Máy vẫn đang giữ và sẽ tự thử lưu tiếp. Bác nhờ người hướng dẫn xem giúp nhé.
done-guest = Bác đang học thử, nên không có gì được lưu lại.

## Assessment.
quiz-title = Tự kiểm tra: { $topic }
quiz-question = Câu { $n } trên { $total }
quiz-before = Có { $total } { $total ->
   *[other] câu hỏi
}. Đúng { $percent }% là đạt. Không tính giờ, và bác làm lại bao nhiêu lần cũng được.
quiz-no-limit = Không tính giờ. Bác cứ thong thả.
quiz-result = Bác trả lời đúng { $score } trên { $total } câu ({ $percent }%).
quiz-passed = Bác đạt rồi! Thật đáng tự hào.
quiz-not-yet = Lần này chưa đạt. Cần đúng { $pass }%. Bác tập thêm rồi làm lại lúc nào cũng được.
quiz-review = Những câu nên xem lại:
quiz-your-answer = Bác trả lời: { $answer }
quiz-right-answer = Đáp án đúng: { $answer }
quiz-all-right = Bác trả lời đúng hết tất cả.
quiz-again = Làm lại bài kiểm tra
quiz-back = Quay lại danh sách bài học

## Help.
help-title = Trợ giúp
help-calm = Bác cứ yên tâm, ở đây không làm hỏng gì được. Không tính giờ. Có sai mới có học.
help-keys = Các phím dùng ở màn hình này:
help-mouse = Bác cũng có thể bấm chuột vào một tên, một câu trả lời hay một ứng dụng. Lăn bánh xe chuột để xem lên xuống.
help-esc = Esc luôn để quay lại. Khi đang học, Esc ra khỏi bài và nhớ chỗ bác đang học, còn Backspace để xem bước trước. Khi chữ còn dài, bấm PgUp và PgDn để xem thêm.
help-quit = Q hoặc Ctrl+C sẽ lưu phần đã học và hỏi lại trước khi đóng.
help-close = Bấm Esc hoặc ? để đóng phần trợ giúp này.

## Idle.
idle-saved = Một lúc lâu không thấy bác bấm phím, nên máy đã lưu phần đã học và quay về đây.
idle-back = Một lúc lâu không thấy bác bấm phím, nên máy quay về đây.

## Problems with lesson files.
problems-title = Có lỗi ở tệp bài học ({ $n })
problems-intro = Không mở được các tệp bài học này. Các bài khác vẫn học bình thường. Dành cho người hướng dẫn: sửa từng tệp, rồi mở lại digitutor.
problems-help = Cách sửa:
problems-more = {"    "}... và { $n } tệp nữa. Xem hết bằng lệnh: digitutor validate { $file }
do-scroll = xem thêm

## Words the simulated screens add around lesson text.
screen-messages = Tin nhắn
screen-email = Email
screen-phone = Điện thoại
screen-browser = Trang web
screen-form = Tờ khai
screen-home = Màn hình chính
screen-qr = Mã QR

## What a real phone shows when a learner scans a code on the screen: at most 32 bytes, so

## the code stays at 25 modules a side, and nothing a phone could open (`pack::qr_rules`).
screen-qr-practice = Mã tập thử. Tốt lắm!
screen-payment = Thanh toán
screen-you = Bác
screen-secure = [lock] an toàn
screen-not-secure = [!] không an toàn
screen-from = Từ:
screen-subject = Tiêu đề:
screen-incoming = Cuộc gọi đến
screen-ongoing = Đang gọi
screen-call = Gọi
screen-you-hear = Bác nghe thấy:
screen-to = Gửi đến:
screen-amount = Số tiền:
screen-account = Tài khoản:
screen-reference = Nội dung:
screen-sticker = [tem dán đè lên một mã khác]
screen-qr-needs-room = [Mã QR] Bác phóng to cửa sổ thì mới thấy được mã.
screen-qr-too-long = [Mã QR] Mã này chứa quá nhiều chữ, không vẽ ra được.

## The certificate after a passed test.
cert-heading = Giấy chứng nhận
cert-body = { $name } đã đạt bài kiểm tra "{ $topic }" với { $percent }% vào ngày { $date }.
cert-print = Bác nhờ người hướng dẫn in giấy chứng nhận ra giấy nhé.
cert-not-saved = Kết quả của bác chưa lưu được, nên chưa in được giấy chứng nhận. Bác nhờ người hướng dẫn xem giúp nhé.
cert-guest = Tuyệt vời! Bác đang học thử nên kết quả không được giữ lại. Lần sau bác chọn tên mình để nhận giấy chứng nhận nhé.

## Demonstration.
demo-title = Trình bày: { $lesson }
demo-header = Trình bày mẫu (không lưu lại gì)
demo-position = Bước { $n } trên { $of }
demo-auto = Tự chuyển sang bước sau mỗi { $s } giây.
demo-right-action = Cách làm đúng:
demo-why = Vì sao:
demo-ask-room = Hỏi cả lớp: gặp chuyện này, mình sẽ làm gì?
quiz-continued = Chào bác quay lại. { $n } câu bác đã trả lời vẫn được giữ. Đây là câu tiếp theo. Không tính giờ.
demo-reveal = Bấm phím cách (Space) để hiện đáp án đúng.
do-show-answer = xem đáp án
demo-wrongs-available = Bấm W để xem trả lời sai thì máy nói gì (bước này có { $n } câu sai soạn sẵn).
demo-wrong-heading = Một câu trả lời sai ({ $n } trên { $of }):
demo-wrong-consequence = Trước tiên, người học sẽ thấy: { $title }
demo-they-read = Sau đó sẽ đọc:
demo-last = Đây là bước cuối của bài. Bấm Esc để quay lại.
demo-choose = Chọn một bài để trình bày
key-space = Phím cách
key-left = Phím ←
do-next-step = tiếp
do-previous-step = lùi một bước
do-auto-on = tự chạy
do-auto-off = tắt tự chạy
do-pace = tốc độ
do-show-wrong = câu sai

## The trainer's corner.
who-trainer = Dành cho người hướng dẫn (cần mã PIN)
trainer-title = Dành cho người hướng dẫn
trainer-menu-intro = Chọn việc cần làm. Esc để quay về danh sách tên.
trainer-choose-pin = Chọn mã PIN mới cho người hướng dẫn
trainer-choose-pin-intro = Từ 4 đến 12 chữ số. Không có mã này, học viên không mở được phần này. Mã chỉ được cất ở dạng đã mã hóa.
trainer-repeat-pin = Gõ lại đúng mã PIN đó một lần nữa
trainer-enter-pin = Gõ mã PIN của người hướng dẫn
trainer-enter-pin-intro = Phần này dành cho người hướng dẫn. Nếu là học viên, bác bấm Esc để quay lại.
trainer-no-pin = Phần này đang khóa: chưa đặt mã PIN cho người hướng dẫn
trainer-settings-broken = Phần này đang khóa: không đọc được cài đặt của người hướng dẫn
trainer-locked-intro = Phần này dành cho người hướng dẫn. Nếu là học viên, bác bấm Esc để quay lại.
trainer-no-pin-explain = Người hướng dẫn đặt mã PIN trước, bên ngoài chương trình. Đóng digitutor, rồi gõ lệnh này trong terminal: digitutor trainer set-pin
trainer-pin-label = Mã PIN
trainer-pin-too-short = Mã PIN này ngắn quá. Mã PIN có từ 4 đến 12 chữ số. Hãy thêm chữ số, rồi bấm Enter.
trainer-pin-too-long = Mã PIN này dài quá. Mã PIN có từ 4 đến 12 chữ số. Hãy bớt vài số, rồi bấm Enter.
trainer-pin-digits = Mã PIN chỉ gồm các chữ số từ 0 đến 9.
trainer-pin-mismatch = Hai mã PIN không giống nhau. Hãy gõ lại mã PIN mới, hai lần.
trainer-pin-set = Đã đặt mã PIN cho người hướng dẫn.
trainer-pin-error = Không đặt được mã PIN: { $why }
trainer-pin-wrong = Mã PIN không đúng. Còn { $n } lần thử trước khi phải chờ một chút.
trainer-pin-wait = Sai mã PIN quá nhiều lần. Xin chờ { $s } giây rồi thử lại.
trainer-pin-wait-minute = Sai mã PIN quá nhiều lần. Xin chờ một phút rồi thử lại.
trainer-pin-wait-minutes = Sai mã PIN quá nhiều lần. Xin chờ { $n } phút rồi thử lại.
trainer-class = Cả lớp trong nháy mắt
trainer-class-intro = Từng học viên trên máy này. Xem chung tất cả các máy: digitutor report.
trainer-class-row = Đã học xong { $done } trên { $total } { $total ->
   *[other] bài
}. Lần cuối vào học: { $last }.
trainer-class-passed = Đã đạt bài kiểm tra: { $topics }
trainer-class-no-pass = Chưa đạt bài kiểm tra nào.
trainer-no-learners = Chưa có ai đặt tên trên máy này.
trainer-never = chưa có
trainer-demo = Trình bày một bài cho cả lớp xem
trainer-learners = Học viên: đổi tên, học lại từ đầu, xóa tên
trainer-learners-intro = Chọn một học viên.
trainer-learner-intro = Chọn việc cần làm.
trainer-rename = Đổi tên
trainer-reset = Cho học lại từ đầu
trainer-delete = Xóa khỏi danh sách
trainer-rename-title = Tên mới cho { $name }
trainer-renamed = Đã đổi tên { $old } thành { $new }.
trainer-reset-ask = Cho { $name } học lại từ đầu?
trainer-reset-explain = Các bài sẽ hiện là bài mới. Phần đã học cũ vẫn giữ trong thư mục của học viên, không bị xóa.
trainer-delete-ask = Xóa { $name } khỏi danh sách?
trainer-delete-explain = Tên sẽ không còn trong danh sách. Phần đã học được chuyển vào thư mục đã xóa, không bị mất.
trainer-no-keep = Không, giữ nguyên mọi thứ
trainer-yes-reset = Có, học lại từ đầu
trainer-yes-delete = Có, xóa khỏi danh sách
trainer-reset-done = Đã cho { $name } học lại từ đầu. Phần đã học cũ vẫn được giữ.
trainer-delete-done = Đã xóa { $name } khỏi danh sách. Phần đã học vẫn được giữ.
trainer-centre = Tên trung tâm
trainer-centre-intro = Tên này được in trên giấy chứng nhận.
trainer-centre-label = Tên trung tâm
trainer-centre-set = Tên trung tâm bây giờ là: { $name }
trainer-timeout = Thời gian chờ trước khi quay về danh sách tên
trainer-timeout-intro = Trên máy dùng chung, nếu không ai bấm phím trong số phút này, phần đã học được lưu và máy quay về danh sách tên.
trainer-minutes = { $n } phút
trainer-timeout-set = Giờ máy sẽ chờ { $n } phút.
trainer-theme = Màu sắc
trainer-theme-intro = Màn hình hiện ra thế nào cho mọi người dùng máy này.
trainer-theme-default = Màu dịu mắt
trainer-theme-high = Tương phản cao: chữ trắng và vàng trên nền đen
trainer-theme-none = Không màu
trainer-theme-set = Màu sắc: { $name }
trainer-language = Ngôn ngữ của máy này
trainer-language-intro = Màn hình đầu tiên và học viên chưa chọn ngôn ngữ sẽ dùng ngôn ngữ này. Mỗi học viên vẫn giữ ngôn ngữ riêng của mình.
trainer-language-set = Từ giờ máy này bắt đầu bằng { $name }.
trainer-kiosk = Ai được đóng digitutor
trainer-kiosk-intro = Trên máy dùng chung, có thể không cho học viên đóng digitutor: khi đó phím Q của họ quay về danh sách tên.
trainer-kiosk-no = Ai cũng được đóng digitutor
trainer-kiosk-yes = Chỉ người hướng dẫn được đóng digitutor (Q của học viên quay về danh sách tên)
trainer-kiosk-on = Giờ phím Q của học viên quay về danh sách tên. Đóng digitutor ở đây.
trainer-kiosk-off = Ai cũng lại được đóng digitutor.
trainer-close = Đóng digitutor
notice-kiosk = Máy này cứ để mở cho người học sau. Người hướng dẫn sẽ đóng digitutor.
trainer-change-pin = Đổi mã PIN của người hướng dẫn
trainer-leave = Rời phần dành cho người hướng dẫn
notice-settings-failed = Chưa đổi được cài đặt: { $why }

## An author's preview.
preview-header = Xem trước (không lưu lại gì)
preview-errors = [!] Tệp vừa lưu có lỗi ({ $n }). Vẫn đang hiện bản đúng gần nhất:
preview-more = Xem hết bằng lệnh: digitutor validate { $file }
preview-no-watch = Ở đây không tự biết được khi tệp được lưu ({ $why }). Sau mỗi lần lưu, bấm R để tải lại.
key-reload = R
key-pages = PgUp/PgDn
key-step-back = Backspace
do-step-back = bước trước
do-leave-lesson = ra khỏi bài
player-also-on-screen = Màn hình điện thoại còn ghi:
menu-more-above = ▲ Còn { $n } mục ở trên: bấm ↑ hoặc PgUp
menu-more-below = ▼ Còn { $n } mục ở dưới: bấm ↓ hoặc PgDn
who-looking-for = Đang tìm: { $typed }
who-not-found = Không có tên nào bắt đầu bằng "{ $typed }".
key-letters = Chữ cái
do-find-name = tìm tên
player-tap-first = Trước hết, bác dùng phím mũi tên đi tới một nút. Rồi bấm Enter để chạm vào.
scroll-below = ▼ Còn nữa ở dưới: bấm PgDn
scroll-above = ▲ Còn nữa ở trên: bấm PgUp
scroll-both = ▲▼ Còn nữa: bấm PgUp hoặc PgDn
do-reload = tải lại

## Notices.
notice-title = Xin lưu ý
notice-restored = Không đọc được tệp lưu bài của bác, nên máy dùng bản sao lưu ngay trước đó. Có thể bác chỉ cần làm lại bước cuối cùng. (Người hướng dẫn có thể xem tệp bị hỏng: { $file })
notice-afresh = Không đọc được tệp lưu bài của bác, cả bản sao cũng không đọc được, nên bác bắt đầu lại từ đây. Tệp hỏng được giữ cho người hướng dẫn: { $file }
notice-too-new = Phần đã học của bác được lưu bằng một bản digitutor mới hơn. Bác vẫn tập được, nhưng ở đây chưa lưu được gì cho đến khi cập nhật digitutor. Bác nhờ người hướng dẫn xem giúp nhé. ({ $file })
notice-unreadable = Lúc này chưa đọc được phần đã học của bác ({ $why }). Bác vẫn tập được, nhưng sẽ không lưu lại gì. Bác nhờ người hướng dẫn xem giúp nhé. ({ $file })
notice-used-backup = Không đọc được tệp { $file }, nên đã dùng bản sao lưu. Lần tới học viên này mở digitutor, tệp đó sẽ được chuyển sang chỗ khác.
notice-also-open = Tên của bác cũng đang mở ở một màn hình khác. Không sao cả: cả hai đều được lưu, không mất gì.
notice-save-failed = Lúc này chưa lưu được phần đã học của bác ({ $why }). Máy vẫn giữ ở đây và sẽ lưu ngay khi được. Bác nhờ người hướng dẫn xem giúp nhé. ({ $file })
notice-saved-now = Tin vui: phần đã học của bác đã được lưu rồi.
notice-left-unsaved = Mấy bước cuối của { $name } không lưu được, nên không được giữ lại. Xin báo người hướng dẫn: ổ đĩa của máy có thể đã đầy hoặc không ghi được.
close-title = Đóng digitutor?
close-saved = Phần bác đã học được lưu lại rồi.
close-sure = Bác có muốn đóng digitutor bây giờ không?
close-keep = Không, học tiếp
close-yes = Có, đóng digitutor
do-keep-learning = học tiếp
close-unsaved = Mấy bước cuối bác học chưa được lưu. Nếu đóng bây giờ, các bước đó sẽ mất.
close-retry = Thử lưu lại lần nữa
close-anyway = Vẫn đóng
header-not-saved = CHƯA LƯU ĐƯỢC
notice-save-refused = Không lưu được phần đã học của bác: { $why }. Bác nhờ người hướng dẫn xem giúp nhé.
notice-create-failed = Không lưu được tên của bác ({ $why }). Bác nhờ người hướng dẫn xem giúp, hoặc tạm chọn "Học thử" nhé.
notice-cannot-open = Không mở được tên này ({ $why }). Bác vẫn tập được, nhưng sẽ không lưu lại gì. Bác nhờ người hướng dẫn xem giúp nhé.

## Dates, written the way each language writes them.
date-long = { $day } tháng { $month } năm { $year }

## The right action and the wrong answers, in a demonstration.
demo-do-read = Đọc màn hình, rồi bấm Enter.
demo-do-scan = Quét mã (bấm S), chứ không chụp ảnh mã.
demo-do-tap = Chạm vào "{ $label }".
demo-do-tap-right = Chạm vào đúng nút.
demo-do-choose = Chọn { $answers }.
demo-do-type-private-digits = Gõ dãy số { $n } chữ số. Đây là số riêng: màn hình chỉ hiện dấu chấm, và máy không giữ lại.
demo-do-type-private = Gõ vào. Đây là thông tin riêng: màn hình chỉ hiện dấu chấm, và máy không giữ lại.
demo-do-type = Gõ "{ $text }", rồi bấm Enter.
demo-do-type-digits = Gõ dãy số { $n } chữ số, rồi bấm Enter.
demo-do-type-between = Gõ một số từ { $min } đến { $max }, rồi bấm Enter.
demo-do-type-answer = Gõ câu trả lời, rồi bấm Enter.
demo-wrong-choosing = Chọn "{ $text }"
demo-wrong-tapping = Chạm vào "{ $label }"
demo-wrong-tapping-else = Chạm vào chỗ khác
demo-wrong-typing = Gõ "{ $text }"
demo-wrong-typing-else = Gõ thứ khác
demo-wrong-photo = Chụp ảnh mã (P)
demo-if-wrong = Nếu học viên làm sai: { $answer }: sẽ đọc: { $feedback }
demo-if-wrong-consequence = Nếu học viên làm sai: { $answer }: trước tiên thấy "{ $title }", rồi đọc: { $feedback }

## The printed certificate.
certificate-title = Giấy chứng nhận: { $name }
certificate-heading = Giấy chứng nhận
certificate-certify = Chứng nhận học viên
certificate-passed-in = đã đạt bài kiểm tra chủ đề
certificate-score = Điểm: { $percent }% (đúng { $score } trên { $total } câu)
certificate-date = Ngày đạt: { $date }
certificate-signature = Người hướng dẫn

## The class report (digitutor report).
report-none = Chưa có học viên nào.
report-none-in = Chưa có học viên nào trong { $folders }.
report-from-one = Báo cáo của lớp, lấy từ { $folder }
report-from-many = Báo cáo của lớp, lấy từ { $n } thư mục dữ liệu: { $folders }
report-col-learner = Học viên
report-col-topic = Chủ đề
report-col-lessons = Bài đã xong
report-col-assessment = Bài kiểm tra
report-col-passed = Đạt
report-col-last = Lần cuối
report-nothing-yet = (chưa học gì)
report-lessons-of = { $done } / { $total }
report-lessons-pack-gone = { $done } (máy này không có gói bài)
report-score = { $percent }% ({ $score } / { $total })
report-not-taken = chưa làm
report-yes = có
report-no = chưa
report-never = chưa có
report-learners = Học viên ({ $n })
report-note = Bài đã xong: bài đã học xong ít nhất một lần. Bài kiểm tra: điểm cao nhất. Ngày tính theo giờ UTC.
report-hardest-none = Các bước khó nhất: chưa ai làm sai.
report-hardest-some = Các bước khó nhất ({ $shown } bước có nhiều học viên làm sai nhất, trong { $total } bước)
report-hardest-all = Các bước khó nhất (bước có nhiều học viên làm sai nhất ở trên cùng)
report-col-step = Bước (gói/bài/bước)
report-col-learners = Học viên
report-col-mistakes = Lần sai
report-col-wrong = Câu sai hay chọn nhất
report-wrong-times = "{ $text }" ({ $n } lần)

## Learners on this computer (digitutor learners, export, import).
learners-row = { $name }  (mã { $id }): đã xong { $done } bài, đạt { $passed } bài kiểm tra
learners-note = lưu ý: { $note }
learners-unknown = còn giữ phần đã học của { $n } bài hoặc bước không còn trong các gói bài (vẫn giữ, không mất): { $ids }
learners-renamed = { $old } nay có tên là { $new }.
learners-deleted = Đã xóa { $name } khỏi danh sách. Phần đã học vẫn được giữ trong { $folder }, phòng khi xóa nhầm.
learners-exported = Đã lưu phần đã học của { $name } vào { $file }. Ở máy kia, gõ: digitutor import { $file }
learners-added = Đã thêm { $name } cùng phần đã học.
learners-merged = Đã gộp phần đã học vào { $name }: bài nào đã xong ở một trong hai máy đều được tính là xong.
learners-already = Tệp này đã được nhập cho { $name } rồi. Không có gì thay đổi.
learners-unknown-packs = Có { $n } bài trong tệp thuộc gói bài chưa có ở máy này. Các bài đó vẫn được giữ, và sẽ được tính lại khi thêm gói bài vào máy này.

## Setting the trainer PIN (digitutor trainer set-pin) and writing certificates.
pin-forgotten = Mã PIN cũ sẽ được thay mà không cần hỏi mã cũ. Ai dùng được tài khoản máy này cũng làm được việc này; mã PIN chỉ giữ học viên ngoài phần dành cho người hướng dẫn, không giữ người dùng dòng lệnh.
pin-ask-old = Mã PIN hiện tại của người hướng dẫn:
pin-ask-new = Mã PIN mới (từ 4 đến 12 chữ số):
pin-ask-again = Gõ lại mã PIN đó:
pin-none-typed = Chưa gõ mã PIN nào. Không có gì thay đổi.
pin-wait = Sai mã PIN quá nhiều lần: hãy chờ { $wait } rồi thử lại. Nếu quên mã PIN: digitutor trainer set-pin --forgotten
pin-wrong = Mã PIN không đúng. Không có gì thay đổi. Nếu quên mã PIN: digitutor trainer set-pin --forgotten
pin-nothing-changed = Không có gì thay đổi.
pin-mismatch = Hai mã PIN không giống nhau. Không có gì thay đổi; hãy chạy lại lệnh.
pin-set = Đã đặt mã PIN cho người hướng dẫn. Trong chương trình, chọn "Dành cho người hướng dẫn" ở màn hình tên, rồi gõ mã này. Mã chỉ được cất ở dạng đã mã hóa trong { $file }.
pin-too-short = Mã PIN này ngắn quá: mã PIN có từ 4 đến 12 chữ số.
pin-too-long = Mã PIN này dài quá: mã PIN có từ 4 đến 12 chữ số.
pin-digits = Mã PIN chỉ gồm các chữ số từ 0 đến 9.
pin-seconds = { $n } giây
pin-minutes = { $n } phút
certificate-written = Đã ghi { $n } giấy chứng nhận của { $name } ({ $topics }) vào { $file }. Mở tệp bằng trình duyệt web rồi in ra giấy A4.

## When digitutor has to close because of a problem of its own.
crash-told = Xin lỗi bác: digitutor gặp trục trặc nên phải đóng lại. Bài bác đã học được lưu đến bước gần nhất.
    Bản ghi lỗi cho người hướng dẫn nằm ở { $file }
    Bác nhờ người hướng dẫn xem giúp, rồi mở lại digitutor nhé.
crash-told-no-report = Xin lỗi bác: digitutor gặp trục trặc nên phải đóng lại. Bài bác đã học được lưu đến bước gần nhất.
    Lỗi: { $what } (ở { $place }). Bác báo cho người hướng dẫn, rồi mở lại digitutor nhé.

## What the trainer's commands say when they cannot do what was asked.
cli-exists = Tệp { $file } đã có rồi. Thêm --force để thay tệp đó, hoặc chọn một tên tệp khác
cli-data-dir-not-folder = --data-dir { $dir } không phải là thư mục. Hãy cho một thư mục (chưa có thì sẽ được tạo)
cli-no-home = Máy này không có thư mục riêng để lưu bài học: hãy chỉ một thư mục bằng --data-dir DIR hoặc DIGITUTOR_HOME
cli-no-learner = Không có người học nào tên { $who } trong { $folder }. { $what }
cli-no-learner-list = Lệnh `digitutor learners` cho xem danh sách người học trên máy này
cli-no-learner-close = Có phải là { $names } không? Hãy gõ đủ tên hoặc mã số
cli-or = hoặc
certificate-unreadable = Không đọc được bài học của { $name }, nên chưa làm giấy chứng nhận: { $why }
certificate-not-passed = { $learner } chưa đạt bài kiểm tra { $topic }. Giấy chứng nhận được trao khi đạt từ { $percent }% trở lên.
certificate-none-passed = { $learner } chưa đạt bài kiểm tra nào. Giấy chứng nhận được trao khi đạt từ { $percent }% trở lên trong bài kiểm tra của một chủ đề.
certificate-unknown-topic = Không có chủ đề "{ $topic }". Hãy chọn một trong: { $known }
certificate-no-centre = Lưu ý: giấy chứng nhận không ghi tên trung tâm: { $why }
certificate-not-written = { $why }. Hãy chọn tệp khác bằng --out FILE.html
report-hardest-json = --hardest dùng cho bảng và CSV: bản JSON luôn có cả `learners` và `hardest_steps`. Hãy bỏ --hardest
report-from-not-folder = { $dir } không phải là thư mục. Hãy cho thư mục dữ liệu chép từ máy học (trên máy đó, lệnh `digitutor paths` ghi nó ở dòng data)
report-from-no-profiles = { $dir } không có thư mục profiles, nên không phải thư mục dữ liệu của digitutor. Hãy cho thư mục có profiles/ bên trong (trên máy học, lệnh `digitutor paths` ghi nó ở dòng data)
demo-no-pack = Không có gói bài "{ $id }". Các gói bài là: { $packs }
demo-no-lesson = Gói bài "{ $pack }" không có bài "{ $id }". Các bài trong đó là: { $lessons }
demo-needs-pack = --headless cần tên một gói bài: digitutor demo --headless PACK [LESSON]. Các gói bài là: { $packs }
demo-frame-size = Khung hình phải rộng ít nhất { $width }x{ $height }

## A disk or progress file problem, said plainly.
io-disk-full = ổ đĩa đã đầy
io-read-only = ổ đĩa chỉ cho đọc, không cho ghi
io-permission = không được phép ghi vào đó
io-folder-missing = thư mục không có, hoặc có thứ khác nằm ở chỗ đó
store-io = không ghi được { $file }: { $why }
store-too-new = { $file } được lưu bởi một digitutor mới hơn (phiên bản { $version }; bản này chỉ biết đến { $known }). Hãy cập nhật digitutor; tệp vẫn được giữ nguyên
store-no-such = không có người học nào tên { $name }
store-read-only = bài học của người này đang không được lưu

## Why an export or an import did not happen.
transfer-not-readable = Lúc này không đọc được bài học của { $name }, nên chưa xuất ra tệp: hãy mở digitutor để xem vì sao
transfer-unreadable = Không đọc được { $file }: { $why }
transfer-not-an-export = { $file } không phải tệp xuất của digitutor. Hãy tạo tệp bằng `digitutor export NAME FILE`
transfer-too-new = { $file } được tạo bởi một digitutor mới hơn (phiên bản { $version }; bản này chỉ biết đến { $known }). Hãy cập nhật digitutor ở máy này trước
transfer-unusable = Không dùng được bài học trong { $file }: { $why }
transfer-same-id = { $file } chứa bài học của { $theirs } (mã { $theirs_id }), nhưng ở máy này mã đó là của { $ours } (mã { $ours_id }). Chưa gộp gì cả. Nếu là cùng một người, thêm --as "{ $ours }"; nếu không, thêm --new
transfer-same-name = { $file } chứa bài học của { $theirs } (mã { $theirs_id }), nhưng ở máy này tên đó là của { $ours } (mã { $ours_id }). Chưa gộp gì cả. Nếu là cùng một người, thêm --as "{ $ours }"; nếu không, thêm --new

## The settings file cannot be read or written.
settings-problem-at = { $file }, dòng { $line }, cột { $col }: { $why }. Hãy sửa bằng trình soạn thảo văn bản, hoặc chuyển tệp đi chỗ khác rồi đặt lại mã PIN bằng `digitutor trainer set-pin`. Trước khi sửa, phần dành cho người hướng dẫn vẫn khóa và digitutor không đụng vào tệp này
settings-problem = { $file }: { $why }. Hãy sửa bằng trình soạn thảo văn bản, hoặc chuyển tệp đi chỗ khác rồi đặt lại mã PIN bằng `digitutor trainer set-pin`. Trước khi sửa, phần dành cho người hướng dẫn vẫn khóa và digitutor không đụng vào tệp này

## Reading a step aloud.
key-read = L
do-read-aloud = đọc to
spoken-option = Số { $n }: { $text }
spoken-can-tap = Trên màn hình, bác có thể chạm vào: { $things }
spoken-caller-says = Người gọi nói:
notice-no-speech = Muốn đọc to thì cần chương trình đọc (espeak-ng), mà máy này chưa có. Người hướng dẫn có thể cài giúp.
notice-no-voice = Chương trình đọc trên máy này chưa có giọng tiếng Việt. Người hướng dẫn có thể thêm giúp.

## A learner who hears each step read aloud (the trainer's setting).
trainer-reads-aloud-off = Tự đọc to từng bước cho người này: không (chọn để bật)
trainer-reads-aloud-on = Tự đọc to từng bước cho người này: có (chọn để tắt)
trainer-reads-aloud-now = Từ giờ { $name } sẽ được nghe đọc to từng bước.
trainer-reads-aloud-no-more = { $name } không còn tự nghe đọc từng bước nữa; phím L vẫn đọc to một bước.

## How fast steps are read aloud (the trainer's corner).
trainer-pace = Tốc độ đọc to
trainer-pace-intro = Việc đọc to dùng chương trình đọc trên máy này. Hãy chọn tốc độ mà người học theo kịp.
trainer-pace-slow = Chậm
trainer-pace-calm = Vừa phải (như lúc đầu)
trainer-pace-usual = Tốc độ thường của chương trình đọc
trainer-pace-set = Từ giờ các bước được đọc to với tốc độ: { $name }.

## A large-print handout of a pack's lessons.
handout-goal = Bác sẽ học:
handout-steps = Các bước
handout-codes = Mã tập để bác quét bằng điện thoại
handout-codes-note = Các mã này chỉ chứa một lời nhắn để tập. Chúng không mở gì và không mất tiền.
handout-written = Đã ghi tờ hướng dẫn { $title } ({ $n } bài) vào { $file }. Hãy mở bằng trình duyệt web và in trên giấy A4.

## Plain lines: the tutor as text for a screen reader or a braille display (--plain).
plain-welcome = digitutor dạng chữ thường. Mỗi màn hình được viết ra một lần, từng dòng một. Bác gõ câu trả lời rồi bấm Enter. Lúc nào cần, bác gõ ? rồi bấm Enter để biết có thể gõ những gì.
plain-entry = Chỉ chữ, dùng với trình đọc màn hình
plain-entry-short = Trình đọc màn hình
plain-choose = Bác gõ số của lựa chọn, rồi bấm Enter.
plain-tap = Bác gõ số của chỗ muốn chạm, rồi bấm Enter.
plain-type = Bác gõ câu trả lời, rồi bấm Enter.
plain-scan = Bác gõ s rồi bấm Enter để quét mã bằng máy ảnh, hoặc gõ p để chụp ảnh mã.
plain-enter-back = Bác bấm Enter để quay lại.
plain-commands = Bác cũng có thể gõ: { $list }.
plain-not-here = Ở đây không dùng được "{ $typed }". Bác gõ ? rồi bấm Enter để biết có thể gõ những gì.
plain-not-here-numbers = Ở đây không có "{ $typed }". Bác gõ một số từ 1 đến { $n }, rồi bấm Enter. Gõ ? để biết thêm những gì có thể gõ.
plain-help = Bác gõ r để màn hình được viết lại từ đầu. Khi màn hình bảo bấm Enter, bác chỉ cần bấm Enter. Gõ gì ở đây cũng không làm hỏng được.
plain-full-screen-only = Phần này chỉ có khi dùng digitutor toàn màn hình. Hãy mở digitutor không kèm --plain. Bác gõ 0 rồi bấm Enter để quay lại.
plain-closed = digitutor đã đóng. Hẹn gặp lại bác.
do-repeat = viết lại cả màn hình

## The class, live: who is at work on each computer, and "I need help".
class-guest = Một người học thử
class-told = Đã báo cho người hướng dẫn. Họ sẽ đến với bác ngay. Trong lúc chờ, bác cứ làm tiếp.
class-not-told = Máy này chưa báo được cho người hướng dẫn. Bác giơ tay lên nhé.
notice-also-open-elsewhere = Tên của bác cũng đang mở trên một máy khác. Không sao cả: cả hai đều được lưu, không mất gì.
do-ask-help = nhờ giúp đỡ
key-ask-help = T
class-title = Đang học:
class-nobody = Lúc này chưa có ai đang học. Khi học viên bắt đầu, tên sẽ hiện ở đây.
class-asked = { $name } cần giúp, đã { $minutes } phút
class-stuck = { $name }, { $minutes } phút ở bước này
class-choosing = đang chọn bài
class-in-lesson = { $topic } › { $lesson }, bước { $n }/{ $of }
class-in-test = bài kiểm tra { $topic }, câu { $n }/{ $of }
class-line = { $who }: { $place }
class-counts = { $mistakes } lần sai, { $hints } gợi ý ở bước này
class-at = (máy { $computer })
class-watching = Đang theo dõi cả lớp, tự cập nhật khi học viên làm bài. Bấm Ctrl+C để dừng.
