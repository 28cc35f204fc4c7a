# digitutor: программын өөрөө харуулдаг бүх үг (хичээлүүд багцаас ирнэ), монгол хэлээр (кирилл).
# Message ids are the ids the code uses with "." written as "-". Placeholders are { $name }.
# A translation keeps every id and every placeholder; words around them are free.


## Толгой хэсэг ба товчны мөр.
app-name = digitutor
header-guest = Туршилт (юу ч хадгалагдахгүй)
header-learner = Суралцагч: { $name }
key-arrows = Сум товч
key-enter = Enter
key-esc = Esc
key-help = ?
key-hint = H
key-quit = Q
key-numbers = 1-{ $n }
key-scan = S
key-photo = P
key-type = Бичих
do-move = шилжих
do-choose = сонгох
do-open = нээх
do-back = буцах
do-help = тусламж
do-hint = сануулга
do-quit = хадгалаад хаах
do-tap = товших
do-next-element = дараагийн товч
do-scan = код уншуулах
do-photo = зураг авах
do-send = илгээх
do-go-on = цааш
do-try-again = дахин оролдох
do-type = таны хариулт
do-close-help = тусламж хаах

## Цонх хэт жижиг.
small-title = Энэ цонхыг томруулна уу.
small-body = digitutor ажиллахад дор хаяж { $w } багана, { $h } мөр хэрэгтэй. Одоо { $cw } x { $ch } байна. Цонхыг томруулна уу (булангаас нь чирэх, эсвэл гарчгийн мөрийг хоёр удаа дарах), эсвэл үсгийг жижигрүүлнэ үү (Ctrl дарж байгаад хасах товч дарах). Цонх томортол бусад товч ажиллахгүй; Q дарвал хаана.

## Хэл.
language-title = Хэл
language-choose = Хэлээ сонгоно уу.

## Хэн суралцаж байна вэ?
who-title = Өнөөдөр хэн суралцах вэ?
who-intro = Нэрээ сонгоно уу. Энд юу ч эвдрэхгүй, хэн ч таныг яаруулахгүй.
who-new = Би шинээр ирсэн
who-guest = Туршиж үзэх (хадгалагдахгүй)
who-none-yet = Энд одоогоор нэг ч нэр алга. Эхлэхдээ "Би шинээр ирсэн" гэснийг сонгоно уу.

## Шинэ нэр.
name-title = Тавтай морилно уу! Таны нэр хэн бэ?
name-intro = Нэрээ бичээд Enter дарна уу. Энэ компьютерийг ашигладаг бусад хүн жагсаалтаас үүнийг харна.
name-label = Таны нэр
name-empty = Эхлээд нэрээ бичнэ үү.
name-too-long = Энэ нэр жаахан урт байна. Ихдээ { $max } үсэг бичнэ үү, жишээлбэл зөвхөн нэрээ.
name-unprintable = Энэ нэрэнд харуулж болохгүй тэмдэг байна. Зөвхөн үсэг, тоо, зай ашиглана уу.
name-taken = Энд ийм нэртэй хүн аль хэдийн байна. Нэг үсэг нэмнэ үү, жишээлбэл "{ $name } Б".

## Нүүр хуудас.
home-title = Та юу сурмаар байна вэ?
topic-resume = Та "{ $lesson }" хичээлийг өмнө нь эхэлсэн. Хаанаас эхлэх вэ?
topic-resume-continue = Зогссон газраасаа үргэлжлүүлэх (алхам { $n } / { $total })
topic-resume-again = Хичээлийг эхнээс нь дахин эхлэх
home-continue = Зогссон газраасаа үргэлжлүүлэх: { $lesson }
home-other-language = [{ $language }] тэмдэгтэй сэдвүүд одоохондоо монгол хэлээр алга. Гэхдээ та тэдгээрийг үзэж болно.
home-progress = Дууссан хичээл: { $done } / { $total }
home-passed = шалгалтад тэнцсэн
home-missing = Одоохондоо байхгүй
home-problems = Хичээлийн файлын алдаа ({ $n })

## Сэдэв.
topic-status-done = [дууссан]
topic-status-started = [эхэлсэн]
topic-status-new = [шинэ]
topic-quiz = Өөрийгөө шалгах: { $n } асуулт, цагийн хязгааргүй
topic-quiz-passed = Өөрийгөө дахин шалгах (тэнцсэн: хамгийн сайн нь { $best }%)
topic-quiz-tried = Өөрийгөө дахин шалгах (одоогийн хамгийн сайн нь { $best }%)

## Хичээл.
player-step = Алхам { $n } / { $total }
player-answer = Таны хариулт
player-choose = Нэгийг сонгоно уу:
player-tap = Утасны зөв газар руу шилжээд, Enter дарж товшино уу.
player-tap-focus = Одоо энд: { $label }
player-scan = Кодыг камераар уншуулах бол S, зураг авах бол P дарна уу.
player-type = Энд бичээд Enter дарна уу:
player-typed-hidden = Жинхэнэ утас шиг, таны бичсэн зүйл харагдахгүй.
player-continue = Дэлгэцийг уншина уу. Бэлэн болсон үедээ Enter дарна уу.
player-hint = Сануулга { $n } / { $of }:
player-no-more-hints = Энэ сүүлийн сануулга байлаа. Яарах хэрэггүй.
player-no-hints = Энэ алхамд сануулга байхгүй.
player-choose-first = Эхлээд хариулт сонгоно уу: дугаарыг нь дарах эсвэл сум товчоор очно уу.
player-wrong = Яг зөв биш байна.
player-try-again = Дахиад оролдоод үзнэ үү. Алдаанаас бид суралцдаг.
player-right = Зөв!
player-scan-leads-to = Утас энэ кодын хаягийг харуулж байна: { $address }
player-next = Enter дарж цааш явна уу.
player-consequence = Ингэсэн бол ийм зүйл болох байсан
player-only-practice = Энэ зүгээр л дадлага. Үнэндээ юу ч болоогүй.
player-back-to-step = Буцаж дахин оролдох бол Enter дарна уу.
player-mark-right = [OK]
player-mark-wrong = [!]
player-mark-hint = [?]

## Хичээл дууслаа.
done-title = Баяр хүргэе! Та "{ $lesson }" хичээлийг дуусгалаа.
done-first-try = Анхны оролдлогоор зөв хийсэн алхам: { $n } / { $total }.
done-all-first-try = Та бүх алхмыг анхны оролдлогоор зөв хийлээ.
done-mistakes = Замдаа гаргасан алдаа: { $n }. Алдаа бүр танд нэг юм заасан.
done-hints = Ашигласан сануулга: { $n }.
done-card = Таны санамж: санаж үлдэх алхмууд
done-next = Дараагийн хичээл: { $lesson }
done-again = Энэ хичээлийг дахин давтах
done-topics = Хичээлүүд рүү буцах
done-saved = Таны ахиц хадгалагдлаа.
done-not-saved = Таны ахиц хараахан хадгалагдаагүй байна. Энд түр байгаа, digitutor хадгалахыг оролдсоор байна. Багшид хэлнэ үү.
done-guest = Та туршиж байгаа тул юу ч хадгалагдаагүй.

## Шалгалт.
quiz-title = Өөрийгөө шалгах: { $topic }
quiz-question = Асуулт { $n } / { $total }
quiz-before = { $total } { $total ->
   *[other] асуулт
}. { $percent }% зөв хариулбал тэнцэнэ. Цагийн хязгаар байхгүй, шалгалтыг хүссэн үедээ хэдэн ч удаа өгч болно.
quiz-no-limit = Цагийн хязгаар байхгүй. Яаралгүй, тайван хариулаарай.
quiz-result = Зөв хариулт: { $score } / { $total } ({ $percent }%).
quiz-passed = Та тэнцлээ! Үүгээрээ бахархаж болно.
quiz-not-yet = Одоохондоо тэнцээгүй. Тэнцэхэд { $pass }% хэрэгтэй. Дадлага хийгээд, хүссэн үедээ дахин оролдоорой.
quiz-review = Дахин харах асуултууд:
quiz-your-answer = Таны хариулт: { $answer }
quiz-right-answer = Зөв хариулт: { $answer }
quiz-all-right = Бүх хариулт зөв байлаа.
quiz-again = Шалгалтыг дахин өгөх
quiz-back = Хичээлүүд рүү буцах

## Тусламж.
help-title = Тусламж
help-calm = Энд юу ч эвдрэхгүй. Цагийн хязгаар байхгүй. Алдаанаас бид суралцдаг.
help-keys = Энэ дэлгэцийн товчнууд:
help-mouse = Нэр, хариулт, апп дээр хулганаар дарж бас болно. Хулганы дугуй гүйлгэнэ.
help-esc = Esc үргэлж буцаана. Хичээлийн үеэр Esc дарвал хичээлээс гарч, хаана байснаа хадгална. Backspace өмнөх алхмыг харуулна. Бичиг үргэлжилбэл PgUp, PgDn товчоор харна уу.
help-quit = Q эсвэл Ctrl+C дарвал ахицыг хадгалаад, хаахаасаа өмнө асууна.
help-close = Тусламжийг хаах бол Esc эсвэл ? дарна уу.

## Хэсэг хугацаанд товч дараагүй.
idle-saved = Та хэсэг хугацаанд байхгүй байсан тул ахицыг тань хадгалаад энд буцаж ирлээ.
idle-back = Та хэсэг хугацаанд байхгүй байсан тул энд буцаж ирлээ.

## Хичээлийн файлын алдаа.
problems-title = Хичээлийн файлын алдаа ({ $n })
problems-intro = Эдгээр хичээлийн файлыг нээж чадсангүй. Бусад хичээл хэвийн ажиллана. Багшид: файл бүрийг засаад digitutor дахин эхлүүлнэ үү.
problems-help = Хэрхэн засах вэ:
problems-more = {"    "}... бас { $n } байна. Бүгдийг харах: digitutor validate { $file }
do-scroll = гүйлгэх

## Хичээлийн бичвэрийн хажууд дуураймал дэлгэцийн нэмдэг үгс.
screen-messages = Мессеж
screen-email = И-мэйл
screen-phone = Утас
screen-browser = Интернэт хөтөч
screen-form = Маягт
screen-home = Нүүр дэлгэц
screen-qr = QR код

## What a real phone shows when a learner scans a code on the screen: at most 32 bytes, so

## the code stays at 25 modules a side, and nothing a phone could open (`pack::qr_rules`).
screen-qr-practice = Зөв! Дадлагын код.
screen-payment = Төлбөр
screen-you = Та
screen-secure = [lock] аюулгүй
screen-not-secure = [!] аюулгүй биш
screen-from = Хэнээс:
screen-subject = Сэдэв:
screen-incoming = Ирж буй дуудлага
screen-ongoing = Ярьж байна
screen-call = Дуудлага
screen-you-hear = Та сонсож байна:
screen-to = Хэнд:
screen-amount = Дүн:
screen-account = Данс:
screen-reference = Гүйлгээний утга:
screen-sticker = [өөр кодын дээр наасан наалт]
screen-qr-needs-room = [QR код] Кодыг харахын тулд цонхыг томруулна уу.
screen-qr-too-long = [QR код] Энэ кодод хэт их бичиг байгаа тул зурж чадахгүй.

## Шалгалтад тэнцсэний дараах сертификат.
cert-heading = Сертификат
cert-body = { $name } нь "{ $topic }" шалгалтад { $percent }% зөв хариулж тэнцсэн. Огноо: { $date }.
cert-print = Сертификатаа цаасан дээр хэвлүүлэхийг багшаасаа хүснэ үү.
cert-not-saved = Таны дүн хараахан хадгалагдаагүй тул сертификатыг одоохондоо хэвлэх боломжгүй. Багшид хэлнэ үү.
cert-guest = Баяр хүргэе! Та туршиж байгаа тул үүнийг хадгалахгүй. Дараагийн удаа нэрээ сонговол сертификат авна.

## Үзүүлэн.
demo-title = Үзүүлж байна: { $lesson }
demo-header = Үзүүлэн (юу ч хадгалагдахгүй)
demo-position = Алхам { $n } / { $of }
demo-auto = { $s } секунд тутамд өөрөө урагшилна.
demo-right-action = Зөв үйлдэл:
demo-why = Яагаад:
demo-ask-room = Хүмүүсээс асуугаарай: Та нар юу хийх байсан бэ?
quiz-continued = Дахин тавтай морилно уу. Таны өмнө өгсөн хариулт ({ $n }) хадгалагдсан. Дараагийн асуулт энд байна. Цагийн хязгаар байхгүй.
demo-reveal = Зөв хариултыг харуулах бол Space дарна уу.
do-show-answer = хариулт харах
demo-wrongs-available = Буруу хариултад юу гэж хэлэхийг харах бол W дарна уу (энэ алхамд { $n } бий).
demo-wrong-heading = Буруу хариулт ({ $n } / { $of }):
demo-wrong-consequence = Суралцагч эхлээд үүнийг харна: { $title }
demo-they-read = Дараа нь үүнийг уншина:
demo-last = Энэ бол хичээлийн сүүлийн алхам. Esc дарвал буцна.
demo-choose = Үзүүлэх хичээлээ сонгоно уу
key-space = Space
key-left = Зүүн сум
do-next-step = дараах
do-previous-step = өмнөх алхам
do-auto-on = автомат
do-auto-off = автомат зогсоох
do-pace = хурд
do-show-wrong = буруу хариулт

## Багшийн хэсэг.
who-trainer = Багшид (ПИН код хэрэгтэй)
trainer-title = Багшийн хэсэг
trainer-menu-intro = Юу хийхээ сонгоно уу. Esc дарвал "Хэн суралцах вэ?" руу буцна.
trainer-choose-pin = Багшийн шинэ ПИН код сонгох
trainer-choose-pin-intro = 4-12 оронтой тоо. Үүнгүйгээр суралцагч энэ хэсгийг нээж чадахгүй. Зөвхөн нууцалсан хэлбэрээр хадгална.
trainer-repeat-pin = Ижил ПИН кодыг дахин бичнэ үү
trainer-enter-pin = Багшийн ПИН кодыг бичнэ үү
trainer-enter-pin-intro = Энэ хэсэг багшид зориулагдсан. Суралцагч Esc дарж буцаж болно.
trainer-no-pin = Энэ хэсэг түгжээтэй: багшийн ПИН код хараахан тохируулаагүй
trainer-settings-broken = Энэ хэсэг түгжээтэй: багшийн тохиргоог уншиж чадсангүй
trainer-locked-intro = Энэ хэсэг багшид зориулагдсан. Суралцагч Esc дарж буцаж болно.
trainer-no-pin-explain = ПИН кодыг багш эхлээд программын гаднаас тохируулна. digitutor хаагаад, терминалд энэ тушаалыг бичнэ үү: digitutor trainer set-pin
trainer-pin-label = ПИН код
trainer-pin-too-short = Энэ ПИН код хэт богино байна. ПИН код 4-12 оронтой. Орон нэмээд Enter дарна уу.
trainer-pin-too-long = Энэ ПИН код хэт урт байна. ПИН код 4-12 оронтой. Заримыг нь устгаад Enter дарна уу.
trainer-pin-digits = ПИН код зөвхөн 0-9 цифртэй байна.
trainer-pin-mismatch = Хоёр ПИН код ижил биш байна. Шинэ ПИН кодоо дахин хоёр удаа бичнэ үү.
trainer-pin-set = Багшийн ПИН код тохирууллаа.
trainer-pin-error = ПИН кодыг тохируулж чадсангүй: { $why }
trainer-pin-wrong = ПИН код буруу байна. Түр хүлээхээс өмнө дахиад { $n } удаа оролдож болно.
trainer-pin-wait = Буруу ПИН код олон удаа оруулсан. { $s } секунд хүлээгээд дахин оролдоно уу.
trainer-pin-wait-minute = Буруу ПИН код олон удаа оруулсан. Нэг минут хүлээгээд дахин оролдоно уу.
trainer-pin-wait-minutes = Буруу ПИН код олон удаа оруулсан. { $n } минут хүлээгээд дахин оролдоно уу.
trainer-class = Ангийн тойм
trainer-class-intro = Энэ компьютерийн суралцагч бүр. Бүх компьютерийг хамтад нь: digitutor report.
trainer-class-row = Дууссан хичээл: { $done } / { $total ->
   *[other] { $total }
}. Сүүлд орсон: { $last }.
trainer-class-passed = Тэнцсэн шалгалт: { $topics }
trainer-class-no-pass = Шалгалтад хараахан тэнцээгүй.
trainer-no-learners = Энэ компьютерт одоохондоо нэг ч нэр алга.
trainer-never = хараахан үгүй
trainer-demo = Хичээлийг танхимд үзүүлэх
trainer-learners = Суралцагчид: нэр солих, дахин эхлүүлэх, хасах
trainer-learners-intro = Суралцагчаа сонгоно уу.
trainer-learner-intro = Юу хийх вэ?
trainer-rename = Нэрийг солих
trainer-reset = Ахицыг нь дахин эхлүүлэх
trainer-delete = Жагсаалтаас хасах
trainer-rename-title = Шинэ нэр өгөх: { $name }
trainer-renamed = Нэр солигдлоо: { $old } → { $new }.
trainer-reset-ask = Ахицыг нь дахин эхлүүлэх үү? Нэр: { $name }
trainer-reset-explain = Хичээлүүд нь шинэ мэт харагдана. Хуучин ахиц нь хавтсанд нь үлдэнэ, устахгүй.
trainer-delete-ask = Жагсаалтаас хасах уу? Нэр: { $name }
trainer-delete-explain = Нэр нь жагсаалтаас гарна. Ахиц нь устгасан хавтас руу шилжинэ, устахгүй.
trainer-no-keep = Үгүй, бүгдийг хэвээр нь үлдээх
trainer-yes-reset = Тийм, дахин эхлүүлэх
trainer-yes-delete = Тийм, жагсаалтаас хасах
trainer-reset-done = Ахиц дахин эхэллээ: { $name }. Хуучин ахиц хадгалагдсан.
trainer-delete-done = Жагсаалтаас хасагдлаа: { $name }. Ахиц нь хадгалагдсан.
trainer-centre = Төвийн нэр
trainer-centre-intro = Сертификат дээр хэвлэгдэнэ.
trainer-centre-label = Төвийн нэр
trainer-centre-set = Төвийн нэр одоо: { $name }
trainer-timeout = "Хэн суралцах вэ?" руу буцах хүртэлх хугацаа
trainer-timeout-intro = Нийтийн компьютер дээр энэ олон минут ямар ч товч дарахгүй бол ахиц хадгалагдаж, нэрсийн жагсаалт руу буцна.
trainer-minutes = { $n } минут
trainer-timeout-set = Одоо { $n } минут хүлээнэ.
trainer-theme = Өнгө
trainer-theme-intro = Энэ компьютерийн дэлгэц бүх хүнд ямар харагдах вэ.
trainer-theme-default = Тайван өнгө
trainer-theme-high = Тод ялгаатай: хар дээр цагаан, шар
trainer-theme-none = Өнгөгүй
trainer-theme-set = Өнгө: { $name }
trainer-language = Энэ компьютерийн хэл
trainer-language-intro = Эхний дэлгэц болон хэлээ сонгоогүй суралцагч энэ хэлээр эхэлнэ. Суралцагч бүр өөрийн сонгосон хэлээ хадгална.
trainer-language-set = Энэ компьютер одоо ийм хэлээр эхэлнэ: { $name }.
trainer-kiosk = digitutor хэн хааж болох вэ
trainer-kiosk-intro = Нийтийн компьютер дээр суралцагч digitutor хааж чадахгүй болгож болно: тэгвэл Q дарахад "Хэн суралцах вэ?" руу буцна.
trainer-kiosk-no = Хүн бүр digitutor хааж болно
trainer-kiosk-yes = Зөвхөн багш digitutor хаана (суралцагчийн Q нэрс рүү буцна)
trainer-kiosk-on = Суралцагчийн Q одоо "Хэн суралцах вэ?" руу буцна. digitutor эндээс хаана уу.
trainer-kiosk-off = Хүн бүр digitutor дахин хааж болно.
trainer-close = digitutor хаах
notice-kiosk = Энэ компьютер дараагийн суралцагчид нээлттэй үлдэнэ. Багш digitutor хаана.
trainer-change-pin = Багшийн ПИН код солих
trainer-leave = Багшийн хэсгээс гарах
notice-settings-failed = Тохиргоо өөрчлөгдсөнгүй: { $why }

## Хичээл бэлтгэгчийн урьдчилан харах.
preview-header = Урьдчилан харах (хадгалагдахгүй)
preview-errors = [!] Хадгалсан файлд алдаа байна ({ $n }). Сүүлийн зөв хувилбарыг харуулсаар байна:
preview-more = Бүгдийг харах: digitutor validate { $file }
preview-no-watch = Энд хадгалалтыг өөрөө мэдэж чадахгүй ({ $why }). Хадгалах бүрийн дараа R дарж дахин ачаална уу.
key-reload = R
key-pages = PgUp/PgDn
key-step-back = Backspace
do-step-back = өмнөх алхам
do-leave-lesson = хичээлээс гарах
player-also-on-screen = Утасны дэлгэцэнд бас ийм бичиг байна:
menu-more-above = ▲ Дээр дахиад { $n }: ↑ эсвэл PgUp дарна уу
menu-more-below = ▼ Доор дахиад { $n }: ↓ эсвэл PgDn дарна уу
who-looking-for = Хайж байна: { $typed }
who-not-found = "{ $typed }" гэж эхэлсэн нэр алга.
key-letters = Үсэг
do-find-name = нэрээ хайх
player-tap-first = Эхлээд сум товчоор товч дээр очно уу. Дараа нь Enter дарж товшино уу.
scroll-below = ▼ Доор үргэлжилнэ: PgDn дарна уу
scroll-above = ▲ Дээр үргэлжилнэ: PgUp дарна уу
scroll-both = ▲▼ Үргэлжилнэ: PgUp эсвэл PgDn дарна уу
do-reload = шинэчлэх

## Мэдэгдэл.
notice-title = Анхаарна уу
notice-restored = Таны ахицын файлыг уншиж чадсангүй, тиймээс түүний өмнөх хуулбарыг ашиглалаа. Зөвхөн хамгийн сүүлийн алхмаа дахин хийх хэрэгтэй байж магадгүй. (Гэмтсэн файлыг багш харж болно: { $file })
notice-afresh = Таны ахицын файл болон түүний хуулбарыг уншиж чадсангүй, тиймээс та эндээс шинээр эхэлнэ. Гэмтсэн файлыг багшид зориулж хадгалсан: { $file }
notice-too-new = Таны ахицыг илүү шинэ digitutor хадгалсан байна. Дадлага хийж болно, гэхдээ digitutor шинэчлэгдэх хүртэл энд юу ч хадгалагдахгүй. Багшид хэлнэ үү. ({ $file })
notice-unreadable = Таны ахицыг яг одоо уншиж чадахгүй байна ({ $why }). Дадлага хийж болно, гэхдээ юу ч хадгалагдахгүй. Багшид хэлнэ үү. ({ $file })
notice-used-backup = Ахицын файлыг ({ $file }) уншиж чадсангүй, тиймээс нөөц хуулбарыг ашиглалаа. Энэ суралцагч дараа нь digitutor нээхэд файлыг тусад нь зайлуулна.
notice-also-open = Таны нэр өөр дэлгэц дээр бас нээлттэй байна. Зүгээр ээ: хоёулаа хадгалагдана, юу ч алга болохгүй.
notice-save-failed = Таны ахицыг яг одоо хадгалж чадсангүй ({ $why }). Энд аюулгүй байгаа, боломжтой болмогц хадгалагдана. Багшид хэлнэ үү. ({ $file })
notice-saved-now = Сайн мэдээ: таны ахиц одоо хадгалагдлаа.
notice-left-unsaved = Сүүлийн алхмуудыг хадгалж чадаагүй тул тэдгээр нь үлдсэнгүй. Нэр: { $name }. Багшид хэлнэ үү: компьютерийн диск дүүрсэн эсвэл бичих боломжгүй байж магадгүй.
close-title = digitutor хаах уу?
close-saved = Таны ахиц хадгалагдсан.
close-sure = digitutor одоо хаах уу?
close-keep = Үгүй, үргэлжлүүлэн сурах
close-yes = Тийм, digitutor хаах
do-keep-learning = үргэлжлүүлэх
close-unsaved = Таны сүүлийн алхмууд хараахан хадгалагдаагүй. Одоо хаавал тэдгээр нь алга болно.
close-retry = Дахин хадгалж үзэх
close-anyway = Ямар ч байсан хаах
header-not-saved = ХАРААХАН ХАДГАЛААГҮЙ
notice-save-refused = Таны ахицыг хадгалж чадсангүй: { $why }. Багшид хэлнэ үү.
notice-create-failed = Таны нэрийг хадгалж чадсангүй ({ $why }). Багшид хэлнэ үү, эсвэл одоохондоо "Туршиж үзэх" гэснийг сонгоно уу.
notice-cannot-open = Энэ нэрийг нээж чадсангүй ({ $why }). Дадлага хийж болно, гэхдээ юу ч хадгалагдахгүй. Багшид хэлнэ үү.

## Dates, written the way each language writes them.
date-long = { $year } оны { $month } сарын { $day }

## The right action and the wrong answers, in a demonstration.
demo-do-read = Дэлгэцийг уншаад Enter дарна.
demo-do-scan = Кодыг зураг авалгүйгээр уншуулна (S дарна).
demo-do-tap = "{ $label }" дээр товшино.
demo-do-tap-right = Зөв товчин дээр товшино.
demo-do-choose = Сонголт: { $answers }.
demo-do-type-private-digits = { $n } оронтой тоог бичнэ. Энэ нууц: дэлгэц дээр цэг харагдах бөгөөд хадгалагдахгүй.
demo-do-type-private = Бичиж оруулна. Энэ нууц: дэлгэц дээр цэг харагдах бөгөөд хадгалагдахгүй.
demo-do-type = "{ $text }" гэж бичээд Enter дарна.
demo-do-type-digits = { $n } оронтой тоог бичээд Enter дарна.
demo-do-type-between = { $min } – { $max } хооронд тоо бичээд Enter дарна.
demo-do-type-answer = Хариултаа бичээд Enter дарна.
demo-wrong-choosing = "{ $text }" гэснийг сонгох
demo-wrong-tapping = "{ $label }" дээр товших
demo-wrong-tapping-else = Өөр зүйл дээр товших
demo-wrong-typing = "{ $text }" гэж бичих
demo-wrong-typing-else = Өөр зүйл бичих
demo-wrong-photo = Кодын зургийг авах (P)
demo-if-wrong = Суралцагч буруу хариулбал: { $answer }: уншина: { $feedback }
demo-if-wrong-consequence = Суралцагч буруу хариулбал: { $answer }: эхлээд "{ $title }" харна, дараа нь уншина: { $feedback }

## The printed certificate.
certificate-title = Гэрчилгээ: { $name }
certificate-heading = Амжилтын гэрчилгээ
certificate-certify = Энэхүү гэрчилгээгээр
certificate-passed-in = дараах сэдвийн шалгалтад амжилттай тэнцсэнийг гэрчилнэ:
certificate-score = Оноо: { $percent }% (зөв хариулт: { $score } / { $total })
certificate-date = Тэнцсэн огноо: { $date }
certificate-signature = Багш

## The class report (digitutor report).
report-none = Одоогоор суралцагч алга.
report-none-in = Одоогоор суралцагч алга: { $folders }
report-from-one = Ангийн тайлан. Хавтас: { $folder }
report-from-many = Ангийн тайлан. Өгөгдлийн хавтас ({ $n }): { $folders }
report-col-learner = Суралцагч
report-col-topic = Сэдэв
report-col-lessons = Хичээл
report-col-assessment = Шалгалт
report-col-passed = Тэнцсэн
report-col-last = Сүүлд ирсэн
report-nothing-yet = (одоохондоо юу ч үгүй)
report-lessons-of = { $done } / { $total }
report-lessons-pack-gone = { $done } (багц энд алга)
report-score = { $percent }% ({ $score } / { $total })
report-not-taken = өгөөгүй
report-yes = тийм
report-no = үгүй
report-never = хэзээ ч үгүй
report-learners = Суралцагчид ({ $n })
report-note = Хичээл: дор хаяж нэг удаа дуусгасан хичээл. Шалгалт: хамгийн сайн оноо. Огноо UTC цагаар.
report-hardest-none = Хамгийн хэцүү алхмууд: одоогоор хэн ч алдаагүй.
report-hardest-some = Хамгийн хэцүү алхмууд (хамгийн олон суралцагч алдсан { $shown } алхам, нийт: { $total })
report-hardest-all = Хамгийн хэцүү алхмууд (олон суралцагч алдсанаас нь эхлэв)
report-col-step = Алхам (багц/хичээл/алхам)
report-col-learners = Суралцагч
report-col-mistakes = Алдаа
report-col-wrong = Хамгийн олон сонгосон буруу хариулт
report-wrong-times = "{ $text }" ({ $n } удаа)

## Learners on this computer (digitutor learners, export, import).
learners-row = { $name }  (дугаар { $id }): дууссан хичээл { $done }, тэнцсэн шалгалт { $passed }
learners-note = анхааруулга: { $note }
learners-unknown = багцад байхгүй болсон хичээл, алхмын ахиц ({ $n }) хадгалагдсан, устаагүй: { $ids }
learners-renamed = { $old } одоо ийм нэртэй: { $new }.
learners-deleted = { $name } жагсаалтаас хасагдлаа. Андуурсан тохиолдолд ахиц нь энд хадгалагдсан: { $folder }
learners-exported = Ахицыг хадгаллаа. Суралцагч: { $name }. Файл: { $file }. Нөгөө компьютер дээр: digitutor import { $file }
learners-added = { $name } ахицынхаа хамт нэмэгдлээ.
learners-merged = Ахицыг нэгтгэлээ ({ $name }): аль нэг компьютер дээр дууссан хичээл дууссанд тооцогдоно.
learners-already = Энэ файл аль хэдийн оруулагдсан (суралцагч: { $name }). Юу ч өөрчлөгдөөгүй.
learners-unknown-packs = Файл дахь { $n } хичээл энэ компьютерт байхгүй багцынх. Тэдгээр нь хадгалагдсан бөгөөд багцыг нь нэмэхэд дахин тооцогдоно.

## Setting the trainer PIN (digitutor trainer set-pin) and writing certificates.
pin-forgotten = Хуучин ПИН кодыг асуухгүйгээр солино. Энэ компьютерийн бүртгэлийг ашиглаж чадах хэн ч үүнийг хийж болно; ПИН код нь суралцагчдыг багшийн хэсгээс хамгаалдаг, тушаалын мөр ашигладаг хүнээс биш.
pin-ask-old = Одоогийн багшийн ПИН код:
pin-ask-new = Шинэ ПИН код (4-12 оронтой тоо):
pin-ask-again = Ижил ПИН кодоо дахин:
pin-none-typed = ПИН код бичээгүй байна. Юу ч өөрчлөгдөөгүй.
pin-wait = Буруу ПИН код хэт олон удаа орууллаа. Хүлээх хугацаа: { $wait }. Дараа нь дахин оролдоно уу. ПИН кодоо мартсан бол: digitutor trainer set-pin --forgotten
pin-wrong = ПИН код буруу байна. Юу ч өөрчлөгдөөгүй. ПИН кодоо мартсан бол: digitutor trainer set-pin --forgotten
pin-nothing-changed = Юу ч өөрчлөгдөөгүй.
pin-mismatch = Хоёр ПИН код таарахгүй байна. Юу ч өөрчлөгдөөгүй; тушаалыг дахин ажиллуулна уу.
pin-set = Багшийн ПИН код тохируулагдлаа. Хөтөлбөр дотор нэрсийн дэлгэц дээр "Багшид" гэснийг сонгоод кодоо бичнэ үү. Код зөвхөн шифрлэгдсэн хэлбэрээр хадгалагдана: { $file }
pin-too-short = Энэ ПИН код хэт богино: ПИН код 4-12 оронтой тоо байна.
pin-too-long = Энэ ПИН код хэт урт: ПИН код 4-12 оронтой тоо байна.
pin-digits = ПИН код зөвхөн 0-9 хүртэлх тооноос бүрдэнэ.
pin-seconds = { $n } секунд
pin-minutes = { $n } минут
certificate-written = Гэрчилгээ ({ $n }) бичигдлээ. Суралцагч: { $name } ({ $topics }). Файл: { $file }. Вэб хөтчөөр нээж, A4 цаасан дээр хэвлэнэ үү.

## When digitutor has to close because of a problem of its own.
crash-told = Уучлаарай: digitutor-т алдаа гарч хаагдлаа. Таны ахиц сүүлийн алхам хүртэл хадгалагдсан.
    Багшид зориулсан тайлан энд байна: { $file }
    Үүнийг багшид үзүүлээд digitutor-ыг дахин нээнэ үү.
crash-told-no-report = Уучлаарай: digitutor-т алдаа гарч хаагдлаа. Таны ахиц сүүлийн алхам хүртэл хадгалагдсан.
    Алдаа: { $what } ({ $place }). Багшид хэлээд digitutor-ыг дахин нээнэ үү.

## What the trainer's commands say when they cannot do what was asked.
cli-exists = { $file } файл аль хэдийн байна. Солих бол --force нэмнэ үү, эсвэл өөр нэр сонгоно уу
cli-data-dir-not-folder = --data-dir { $dir } хавтас биш байна. Хавтас өгнө үү (байхгүй бол үүсгэнэ)
cli-no-home = Энэ компьютерт ахицыг хадгалах гэрийн хавтас алга: --data-dir DIR эсвэл DIGITUTOR_HOME-оор нэгийг өгнө үү
cli-no-learner = { $folder } дотор { $who } нэртэй суралцагч алга. { $what }
cli-no-learner-list = `digitutor learners` тушаал энэ компьютерийн суралцагчдыг жагсаана
cli-no-learner-close = Та { $names } гэж хэлэх гэсэн үү? Бүтэн нэр эсвэл дугаарыг өгнө үү
cli-or = эсвэл
certificate-unreadable = { $name }-ийн ахицыг уншиж чадсангүй, тиймээс гэрчилгээ гараагүй: { $why }
certificate-not-passed = { $learner } «{ $topic }» сэдвийн шалгалтыг хараахан давж амжаагүй байна. Гэрчилгээг { $percent }% ба түүнээс дээш оноотой давсны дараа олгоно.
certificate-none-passed = { $learner } ямар ч шалгалт хараахан давж амжаагүй байна. Гэрчилгээг аль нэг сэдвийн шалгалтыг { $percent }% ба түүнээс дээш оноотой давсны дараа олгоно.
certificate-unknown-topic = "{ $topic }" гэсэн сэдэв алга. Эдгээрээс нэгийг өгнө үү: { $known }
certificate-no-centre = Анхаар: гэрчилгээнд төвийн нэр бичигдээгүй: { $why }
certificate-not-written = { $why }. --out FILE.html-ээр өөр файл сонгоно уу
report-hardest-json = --hardest нь хүснэгт болон CSV-д зориулагдсан: JSON-д `learners` ба `hardest_steps` хоёулаа үргэлж байдаг. --hardest-ийг хасна уу
report-from-not-folder = { $dir } хавтас биш байна. Суралцах компьютерээс хуулсан өгөгдлийн хавтсыг өгнө үү (тэр компьютер дээр `digitutor paths` үүнийг data мөрөнд харуулна)
report-from-no-profiles = { $dir } дотор profiles хавтас алга, тиймээс энэ нь digitutor-ийн өгөгдлийн хавтас биш. profiles/ агуулсан хавтсыг өгнө үү (суралцах компьютер дээр `digitutor paths` үүнийг data мөрөнд харуулна)
demo-no-pack = "{ $id }" гэсэн багц алга. Багцууд: { $packs }
demo-no-lesson = "{ $pack }" багцад "{ $id }" хичээл алга. Түүний хичээлүүд: { $lessons }
demo-needs-pack = --headless-д багц хэрэгтэй: digitutor demo --headless PACK [LESSON]. Багцууд: { $packs }
demo-frame-size = Хүрээ хамгийн багадаа { $width }x{ $height } байх ёстой

## A disk or progress file problem, said plainly.
io-disk-full = диск дүүрсэн байна
io-read-only = дискэнд зөвхөн унших боломжтой
io-permission = бичих зөвшөөрөл алга
io-folder-missing = хавтас алга, эсвэл оронд нь өөр зүйл байна
store-io = { $file }-д бичиж чадсангүй: { $why }
store-too-new = { $file }-ийг илүү шинэ digitutor хадгалсан байна (хувилбар { $version }; энэ нь { $known } хүртэлхийг мэднэ). digitutor-оо шинэчилнэ үү; файл хэвээрээ үлдэнэ
store-no-such = { $name } нэртэй суралцагч алга
store-read-only = энэ суралцагчийн ахиц хадгалагдахгүй байна

## Why an export or an import did not happen.
transfer-not-readable = { $name }-ийн ахицыг одоо уншиж чадахгүй байгаа тул экспортлоогүй: шалтгааныг digitutor-ыг нээж харна уу
transfer-unreadable = { $file }-ийг уншиж чадсангүй: { $why }
transfer-not-an-export = { $file } нь digitutor-ийн экспорт файл биш. `digitutor export NAME FILE`-ээр үүсгэнэ үү
transfer-too-new = { $file }-ийг илүү шинэ digitutor үүсгэсэн байна (хувилбар { $version }; энэ нь { $known } хүртэлхийг мэднэ). Эхлээд энд digitutor-оо шинэчилнэ үү
transfer-unusable = { $file } доторх ахицыг ашиглах боломжгүй: { $why }
transfer-same-id = { $file } дотор { $theirs }-ийн ахиц байна (дугаар { $theirs_id }), гэвч энд тэр дугаар { $ours }-д хамаарна (дугаар { $ours_id }). Юу ч нэгтгээгүй. Нэг хүн бол --as "{ $ours }" нэмнэ үү; үгүй бол --new нэмнэ үү
transfer-same-name = { $file } дотор { $theirs }-ийн ахиц байна (дугаар { $theirs_id }), гэвч энд тэр нэр { $ours }-д хамаарна (дугаар { $ours_id }). Юу ч нэгтгээгүй. Нэг хүн бол --as "{ $ours }" нэмнэ үү; үгүй бол --new нэмнэ үү

## The settings file cannot be read or written.
settings-problem-at = { $file }, { $line }-р мөр, { $col }-р багана: { $why }. Текст засварлагчаар засна уу, эсвэл файлыг өөр газар зөөгөөд `digitutor trainer set-pin`-ээр ПИН кодоо дахин тохируулна уу. Тэр болтол багшийн хэсэг түгжээтэй, digitutor энэ файлыг өөрчлөхгүй
settings-problem = { $file }: { $why }. Текст засварлагчаар засна уу, эсвэл файлыг өөр газар зөөгөөд `digitutor trainer set-pin`-ээр ПИН кодоо дахин тохируулна уу. Тэр болтол багшийн хэсэг түгжээтэй, digitutor энэ файлыг өөрчлөхгүй

## Reading a step aloud.
key-read = L
do-read-aloud = чангаар унших
spoken-option = { $n }: { $text }
spoken-can-tap = Дэлгэц дээр та эдгээрийг товшиж болно: { $things }
spoken-caller-says = Залгасан хүн хэлж байна:
notice-no-speech = Чангаар уншуулахад унших программ (espeak-ng) хэрэгтэй, энэ компьютерт алга. Багш суулгаж өгч болно.
notice-no-voice = Энэ компьютерийн унших программд монгол хоолой алга. Багш нэмж өгч болно.

## A learner who hears each step read aloud (the trainer's setting).
trainer-reads-aloud-off = Алхам бүрийг түүнд чангаар уншиж өгөх: үгүй (асаах бол сонгоно уу)
trainer-reads-aloud-on = Алхам бүрийг түүнд чангаар уншиж өгөх: тийм (унтраах бол сонгоно уу)
trainer-reads-aloud-now = { $name } одоо алхам бүрийг чангаар сонсоно.
trainer-reads-aloud-no-more = { $name } алхам бүрийг өөрөө сонсохоо больсон; L товч алхмыг чангаар уншсаар байна.

## How fast steps are read aloud (the trainer's corner).
trainer-pace = Чангаар унших хурд
trainer-pace-intro = Чангаар уншихад энэ компьютерийн унших программыг ашиглана. Суралцагчид дагаж чадах хурдыг сонгоно уу.
trainer-pace-slow = Удаан
trainer-pace-calm = Тайван (анхных)
trainer-pace-usual = Унших программын ердийн хурд
trainer-pace-set = Одоо алхмуудыг ийм хурдаар уншина: { $name }.

## A large-print handout of a pack's lessons.
handout-goal = Та юу сурах вэ:
handout-steps = Алхмууд
handout-codes = Утсаараа уншуулж дадлага хийх кодууд
handout-codes-note = Эдгээр кодод зөвхөн дадлагын мессеж бий. Юу ч нээхгүй, мөнгө ч авахгүй.
handout-written = { $title }-ийн гарын авлагыг ({ $n } хичээл) { $file }-д бичлээ. Вэб хөтчөөр нээгээд A4 цаасан дээр хэвлэнэ үү.

## Plain lines: the tutor as text for a screen reader or a braille display (--plain).
plain-welcome = Энгийн текст хэлбэрийн digitutor. Дэлгэц бүрийг нэг удаа, мөр мөрөөр бичнэ. Хариултаа бичээд Enter дарна уу. Хэзээ ч ? бичээд Enter дарвал юу бичиж болохыг хэлж өгнө.
plain-entry = Зөвхөн текст (дэлгэц уншигчид зориулсан)
plain-entry-short = Дэлгэц уншигч
plain-choose = Сонгох дугаараа бичээд Enter дарна уу.
plain-tap = Дарах газрынхаа дугаарыг бичээд Enter дарна уу.
plain-type = Хариултаа бичээд Enter дарна уу.
plain-scan = Кодыг камераар уншуулах бол s, кодны зураг авах бол p бичээд Enter дарна уу.
plain-enter-back = Буцах бол Enter дарна уу.
plain-commands = Мөн үүнийг бичиж болно: { $list }.
plain-not-here = Энд "{ $typed }" тохирохгүй байна. ? бичээд Enter дарвал юу бичиж болохыг хэлж өгнө.
plain-not-here-numbers = Энд "{ $typed }" гэсэн сонголт алга. 1-ээс { $n } хүртэлх дугаарын нэгийг бичээд Enter дарна уу. ? бичвэл өөр юу бичиж болохыг хэлж өгнө.
plain-help = r бичвэл дэлгэцийг бүтнээр нь дахин бичнэ. Дэлгэц дээр Enter дар гэж байвал зөвхөн Enter дарна уу. Энд юу ч бичсэн эвдрэхгүй.
plain-full-screen-only = Энэ хэсэг зөвхөн бүтэн дэлгэцтэй digitutor-т байдаг. digitutor-ийг --plain-гүйгээр нээнэ үү. Буцах бол 0 бичээд Enter дарна уу.
plain-closed = digitutor хаагдлаа. Дараа уулзъя.
do-repeat = дэлгэцийг дахин бичих

## The class, live: who is at work on each computer, and "I need help".
class-guest = Туршиж буй хүн
class-told = Багшид тань мэдэгдлээ. Удахгүй ирнэ. Хүлээх зуураа үргэлжлүүлж болно.
class-not-told = Энэ компьютерээс багшид мэдэгдэж чадсангүй. Гараа өргөнө үү.
notice-also-open-elsewhere = Таны нэр өөр компьютер дээр бас нээлттэй байна. Зүгээр ээ: хоёулаа хадгалагдана, юу ч алдагдахгүй.
do-ask-help = тусламж хүсэх
key-ask-help = T
class-title = Одоо суралцаж буй:
class-nobody = Одоогоор хэн ч суралцаагүй байна. Суралцагчид эхлэхэд энд гарч ирнэ.
class-asked = { $name } { $minutes } минутын өмнө тусламж хүссэн
class-stuck = { $name }, энэ алхам дээр { $minutes } минут
class-choosing = хичээл сонгож байна
class-in-lesson = { $topic } › { $lesson }, { $of } алхмын { $n }-р алхам
class-in-test = { $topic } сэдвийн шалгалт, { $of } асуултын { $n }-р асуулт
class-line = { $who }: { $place }
class-counts = энэ алхам дээр { $mistakes } алдаа, { $hints } сануулга
class-at = ({ $computer } компьютер)
class-watching = Ангийг ажиглаж байна: суралцагчид ажиллах тусам шинэчлэгдэнэ. Зогсоохдоо Ctrl+C дарна уу.
