# كلمات إطار الصفحات (base.html) والمكوّنات المشتركة (components.html) والصفحة الرئيسية
# وصفحات الشركاء والأهداف والمعالم.
#
# المصطلحات (هي نفسها في كل الملفات):
#   partner = شريك (الشركاء)؛ objective = هدف (الأهداف)؛ indicator = مؤشر (المؤشرات)؛
#   milestone = مَعلم (المعالم)؛ success = نجاح (النجاحات)؛ setback = انتكاسة (الانتكاسات)؛
#   case study = دراسة حالة (دراسات الحالة)؛ contribution = مساهمة؛
#   pledge, pledged = تعهّد، متعهَّد به؛ received = مستلَم؛ outstanding = المتبقي؛
#   overdue = متأخر (تعهّد: متأخر السداد)؛ achieved = مُنجَز؛ missed = فائت؛ cancelled = ملغى؛
#   on track = على المسار الصحيح؛ off track = خارج المسار؛
#   the date first agreed = الموعد المتفق عليه أولًا؛ due date = الموعد المقرر؛
#   re-plan = إعادة تخطيط؛ deliverable = مُخرَج (المُخرَجات)؛ baseline = خط الأساس؛
#   target = القيمة المستهدفة؛ scorecard = بطاقة الأداء؛ open data = البيانات المفتوحة؛
#   severity = الخطورة؛ tags = الوسوم؛ commit(ted) = اعتُمد في سجل الإصدارات.
#
# الوسائط $count و$days و$total… أرقام (تُكتب بالأرقام العربية، وتختار صيغة العدد:
# zero للصفر، one للواحد، two للاثنين، few من 3 إلى 10، many من 11 إلى 99، other لما سواها
# مثل 100). $date تاريخ مكتوب بالكلمات، و$date_iso التاريخ نفسه بصيغة 2026-03-15 (للسمة
# datetime). الرسائل التي فيها وسوم (<time> و<a> و<code> و<strong>) تُستعمل مع t_html.

## base.html: رأس كل صفحة وقائمتها وتذييلها.

# عنوان الصفحة الرئيسية حين يكون للموقع شعار.
head-title-home = { $name }: { $tagline }
# عنوان الصفحات الأخرى: $page ثم اسم الموقع.
head-title = { $page } · { $name }
# أعلى كل صفحة مطبوعة: اسم الموقع ثم $page.
head-print-header = { $name } · { $page }
# The printed page's number, at the foot of each page: $page and $pages are the counters.
print-page-number = الصفحة { $page } من { $pages }
# أسماء الموجزات كما تعرضها المتصفحات.
head-feed-updates = { $name }: المستجدات
head-feed-newsletter = { $name }: النشرة الإخبارية
skip-link = انتقل إلى المحتوى
# اسم القائمة الرئيسية لقارئات الشاشة.
menu-label = القائمة الرئيسية
# الزر الذي يفتح القائمة على الشاشات الصغيرة.
menu-toggle = القائمة
# $name: التحالف؛ $date: يوم بناء الموقع.
footer-as-of = { $name }. الأرقام حتى { $date }.
# $newest: أحدث تاريخ في المحتوى.
footer-as-of-newest = { $name }. الأرقام حتى { $date }؛ آخر تحديث في { $newest }.
footer-feed = موجز المستجدات (Atom)
footer-tags = الوسوم
footer-removed = المدخلات المحذوفة
footer-sources = كل رقم في هذا الموقع مأخوذ من ملف نصي بسيط يحتفظ به التحالف؛ وتذكر كل صفحة مصدرها.
footer-built-with = أُنشئ باستخدام Candor.
# رابط، تليه رخصة البيانات بين قوسين.
footer-open-data = البيانات المفتوحة

## components.html: قوائم المدخلات، وملاحظات «المزيد»، والوسوم، والمصادر، وسجل التغييرات.

# قبل عنوان مدخل في قائمة مختلطة: $kind نوع المدخل («نجاح»).
ref-list-kind = { $kind }:
# تحت قائمة مختصرة: أول $shown من أصل $total.
more-first = أول { $shown } من أصل { $total }.
# رابط إلى البيانات المفتوحة، بعد more-first.
more-open-data = جميعها متاحة في البيانات المفتوحة
# يُقرأ قبل وسوم الصفحة.
tags-label = الوسوم:
# $file: ملف المحتوى الذي أُعدّت منه الصفحة.
source-made-from = أُعدّت هذه الصفحة من الملف <code>{ $file }</code>
# كذلك، مع $url عنوان الملف حيث ينشره التحالف.
source-made-from-link = أُعدّت هذه الصفحة من الملف <a href="{ $url }"><code>{ $file }</code></a>
source-last-updated = آخر تحديث في <time datetime="{ $date_iso }">{ $date }</time>
# يدل على صفحة ما زالت مسودة.
source-draft = مسودة
record-history-title = التغييرات على هذا السجل
record-history-intro = من سجل إصدارات التحالف: كل تغيير طرأ على الملف، مع تاريخ اعتماده.
# تغيير موجود في الملفات لكنه لم يدخل سجل الإصدارات بعد.
record-not-committed = لم يُعتمد بعد
# بعد تاريخ (وإيداع) في سجل التغييرات: $changes التغييرات التي جرت حينها.
record-history-changes = : { $changes }
# بين تغييرين في $changes.
record-history-changes-join = {"؛ "}
# وسوم، تُستعمل داخل رسائل أخرى فقط: الإيداع الذي أجرى تغييرًا، بين قوسين. $commit_shown هو
# «link» (الإيداع $commit مع رابط $commit_url) أو «code» (دون رابط) أو «none» (لم يُعتمد بعد).
record-commit = { $commit_shown ->
        [link] (<a href="{ $commit_url }"><code>{ $commit }</code></a>)
        [code] (<code>{ $commit }</code>)
       *[none] ({ record-not-committed })
    }

## components.html: وضع المؤشر وجداوله.

standing-on-track = على المسار الصحيح
standing-behind = متأخر عن الخط المستقيم نحو القيمة المستهدفة
# تشرح العلامة المرسومة على شريط التقدم؛ $percent رقم.
standing-mark = العلامة: موضع الخط المستقيم نحو القيمة المستهدفة اليوم ({ $percent }٪).
# $progress: مدى تقدم المؤشر، بالكلمات.
standing-progress = { $progress }.
# كذلك، مع الموعد المحدد لبلوغ القيمة المستهدفة.
standing-progress-target = { $progress }؛ الموعد المستهدف { $date }.
standing-last-measured = آخر قياس قبل { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
# أعمدة جدول القياسات.
measurements-date = التاريخ
measurements-value = القيمة
measurements-verified = طريقة التحقق
measurements-note = ملاحظة
# أعمدة جدول المساهمات حسب النوع.
totals-kind = النوع
totals-unit = الوحدة
totals-pledged = المتعهَّد به
totals-paid = المدفوع من التعهدات
totals-outstanding = المتبقي
totals-unpledged = المستلَم دون تعهّد
totals-received = إجمالي المستلَم
# $amount: ما دُفع زيادةً على المتعهَّد به.
totals-overpaid = ({ $amount } زيادةً على المتعهَّد به)
# $amount: ما فات موعد سداده من المتبقي.
totals-overdue = ({ $amount } متأخر السداد)

## components.html: جداول المعالم.

# بين قوسين بعد العنوان: $total مدخلًا إجمالًا، منها $count في هذه الصفحة.
count-on-this-page = { $total }؛ { $count } في هذه الصفحة
# عنوان الجدول الذي تقرؤه قارئات الشاشة: $group عنوان المجموعة («متأخرة»).
milestone-group-caption = المعالم: { $group }
milestone-group-milestone = المَعلم
milestone-group-status = الحالة
milestone-group-first-agreed = الموعد المتفق عليه أولًا
milestone-current-due = الموعد المقرر الحالي
milestone-completed = تاريخ الإنجاز
# بعد موعد مقرر جديد: $days بعد الموعد المتفق عليه أولًا، عبر $replans من إعادات التخطيط.
milestone-group-moved = (بعد الموعد المتفق عليه أولًا { $days ->
        [zero] بـ{ $days } يوم
        [one] بيوم واحد
        [two] بيومين
        [few] بـ{ $days } أيام
        [many] بـ{ $days } يومًا
       *[other] بـ{ $days } يوم
    }، { $replans ->
        [zero] دون إعادة تخطيط
        [one] عبر إعادة تخطيط واحدة
        [two] عبر إعادتي تخطيط
        [few] عبر { $replans } إعادات تخطيط
        [many] عبر { $replans } إعادةَ تخطيط
       *[other] عبر { $replans } إعادة تخطيط
    })
# بعد موعد مقرر جديد ليس لاحقًا للموعد المتفق عليه أولًا.
milestone-group-replans = ({ $replans ->
        [zero] دون إعادة تخطيط
        [one] إعادة تخطيط واحدة
        [two] إعادتا تخطيط
        [few] { $replans } إعادات تخطيط
        [many] { $replans } إعادةَ تخطيط
       *[other] { $replans } إعادة تخطيط
    })
# لم يتغير الموعد المقرر قط.
milestone-group-unchanged = دون تغيير
# لم يُنجز ولن يُنجز (فائت أو ملغى).
milestone-group-not-completed = لم يُنجز
milestone-group-not-yet = ليس بعد
# بعد حالة المَعلم: موعده المقرر ($date).
due-line-due = مقرر في <time datetime="{ $date_iso }">{ $date }</time>
# لمَعلم تغيّر موعده: الموعد المتفق عليه أولًا ($date).
due-line-first-agreed = كان متفقًا عليه أولًا في <time datetime="{ $date_iso }">{ $date }</time>

## components.html: بطاقة الأداء وقوائمها.

scorecard-title = بطاقة الأداء
# $date: اليوم الذي تصفه بطاقة الأداء.
scorecard-computed = محسوبة من الملفات في { $date }، لا مُدّعاة. كل رقم يحيل إلى القائمة التي يعدّها.
scorecard-on-time = معالم أُنجزت في موعدها
scorecard-achieved-late = أُنجزت متأخرة
scorecard-missed = فائتة
scorecard-overdue = متأخرة
scorecard-setbacks-open = انتكاسات لا تزال مفتوحة
# عدد الانتكاسات المفتوحة ذات الخطورة العالية والمتوسطة والمنخفضة.
scorecard-open-by-severity = (خطورة عالية: { $high }، متوسطة: { $medium }، منخفضة: { $low })
scorecard-setbacks-actions = انتكاسات اتُّخذت بشأنها إجراءات
scorecard-setbacks-lessons = انتكاسات استُخلصت منها دروس
# $count من أصل $total انتكاسة.
scorecard-of = { $count } من أصل { $total }
scorecard-on-track = مؤشرات على المسار الصحيح
scorecard-off-track = مؤشرات خارج المسار
scorecard-pledges-overdue = تعهدات متأخرة السداد
scorecard-newest-update = آخر تحديث
# لا تحديث بعد.
scorecard-no-update = لا يوجد
scorecard-list-late = معالم أُنجزت متأخرة
scorecard-list-missed = معالم فائتة
scorecard-list-overdue = معالم متأخرة
scorecard-list-not-judged = مؤشرات يتعذر تقييمها (دون تواريخ أو دون قياس)
# قائمة فارغة.
scorecard-list-none = لا شيء.
# بعد عنوان انتكاسة مفتوحة: $severity الخطورة بالكلمات («عالية»)؛ $days عدد أيام بقائها مفتوحة.
scorecard-open-setback = : خطورة { $severity }، مفتوحة منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
# بعد اسم الشريك: $outstanding من أصل $pledged (أرقام) بوحدة $unit («GBP»، «ساعات») من نوع
# $kind (نوع المساهمة) لم تُدفع بعد موعد $date.
scorecard-pledge-overdue = : { $outstanding } من أصل { $pledged } { $unit } ({ $kind }) لم تُدفع، وكان موعد سدادها <time datetime="{ $date_iso }">{ $date }</time>

## components.html: القوائم الموزعة على عدة صفحات.

# بعد عنوان القائمة، ابتداءً من صفحتها الثانية.
list-page-number = (الصفحة { $number } من { $pages })
# اسم روابط الصفحات لقارئات الشاشة.
pagination-label = صفحات هذه القائمة
pagination-showing = يُعرض من { $first } إلى { $last } من أصل { $total }.
# الجزء «visually-hidden» لا تقرؤه إلا قارئات الشاشة.
pagination-previous = <span class="visually-hidden">الصفحة </span>السابقة
pagination-next = <span class="visually-hidden">الصفحة </span>التالية
# رابط إلى الصفحة $number.
pagination-page = <span class="visually-hidden">الصفحة </span>{ $number }

## components.html: جداول الشركاء وما تعهّد به الشريك.

partner-table-partner = الشريك
partner-label-kind = النوع
partner-label-joined = تاريخ الانضمام
partner-table-pledged = المتعهَّد به
partner-table-received = المستلَم
partner-table-milestones = المعالم
# بعد اسم شريك سابق: يوم مغادرته.
partner-table-left = (غادر في <time datetime="{ $date_iso }">{ $date }</time>)
# تاريخ الانضمام غير منشور.
partner-table-not-public = غير معلن
# لا شيء متعهَّد به أو مستلَم، أو لا معالم.
partner-table-none = لا يوجد
# $count من المعالم، منها $late متأخرة أو فائتة.
partner-table-milestones-late = { $count }، <strong class="late">منها { $late } متأخرة أو فائتة</strong>
promised-title = ما تعهّد به وما قدّمه
# بعد مبلغ مستلَم.
promised-received = مستلَم
# بعد مبلغ مستلَم: دُفع $paid من أصل $pledged متعهَّد به.
promised-received-pledged = مستلَم؛ دُفع { $paid } من أصل { $pledged } متعهَّد به
# كذلك، و$unpledged قُدّمت دون تعهّد.
promised-received-pledged-unpledged = مستلَم؛ دُفع { $paid } من أصل { $pledged } متعهَّد به، و{ $unpledged } قُدّمت دون تعهّد
promised-overdue = { $amount } متأخرة السداد
# عنوان، وبند في «ما تعهّد به وما قدّمه».
partner-milestones = المعالم التي يتولى إنجازها
# بعد عدد معالم الشريك: أُنجز منها $achieved.
promised-milestones-achieved = أُنجز منها { $achieved }
# كذلك، ومنها $late متأخرة أو فائتة.
promised-milestones-late = <span class="muted">أُنجز منها { $achieved }، </span><strong class="late">و{ $late } متأخرة أو فائتة</strong>
partner-no-contributions = لا توجد مساهمات مسجّلة.

## index.html: الصفحة الرئيسية.

home-glance-title = أين نحن الآن
# تأتي كل رسالة من هذه بعد رقم معروض بخط كبير ($count).
home-glance-overdue = { $count ->
        [zero] معالم متأخرة
        [one] مَعلم متأخر
        [two] مَعلمان متأخران
        [few] معالم متأخرة
        [many] مَعلمًا متأخرًا
       *[other] مَعلم متأخر
    }
home-glance-missed = و{ $count } فائتة
home-glance-open = { $count ->
        [zero] انتكاسات لا تزال مفتوحة
        [one] انتكاسة لا تزال مفتوحة
        [two] انتكاستان لا تزالان مفتوحتين
        [few] انتكاسات لا تزال مفتوحة
        [many] انتكاسةً لا تزال مفتوحة
       *[other] انتكاسة لا تزال مفتوحة
    }
home-glance-resolved = (عولج منها { $count })
home-glance-achieved = { $count ->
        [zero] معالم مُنجزة
        [one] مَعلم مُنجز
        [two] مَعلمان مُنجزان
        [few] معالم مُنجزة
        [many] مَعلمًا مُنجزًا
       *[other] مَعلم مُنجز
    }
home-glance-on-time-late = ({ $on_time } في موعدها، { $late } متأخرة)
home-glance-successes = { $count ->
        [zero] نجاحات
        [one] نجاح
        [two] نجاحان
        [few] نجاحات
        [many] نجاحًا
       *[other] نجاح
    }
home-glance-partners = { $count ->
        [zero] شركاء
        [one] شريك
        [two] شريكان
        [few] شركاء
        [many] شريكًا
       *[other] شريك
    }
# الشركاء الذين غادروا، والأعضاء الذين لا تُذكر أسماؤهم.
home-glance-former = (السابقون: { $former })
home-glance-anonymous = (مجهولو الهوية: { $anonymous })
home-glance-former-anonymous = (السابقون: { $former }، مجهولو الهوية: { $anonymous })
home-reports-link = بطاقة الأداء الكاملة للشفافية وجميع تقارير الفترات
home-late-title = ما تأخّر
home-late-all = جميع المعالم المتأخرة ({ $count })
# $count: عدد ما تعرضه الصفحة الرئيسية منها.
home-late-shown = (يُعرض منها أطولها تأخرًا، وعددها { $count })
home-setbacks-title = ما الذي تعثّر
home-setbacks-empty = لم يُبلَّغ عن أي انتكاسة بعد. التحالف الذي لا يبلّغ عن أي انتكاسة ربما لا يبحث جيدًا.
home-setbacks-all = جميع الانتكاسات
home-objectives-title = التقدم نحو أهدافنا
home-objectives-all = جميع الأهداف ({ $count })
home-successes-title = ما أنجزناه
home-successes-empty = لم يُبلَّغ عن أي نجاح بعد.
home-successes-all = جميع النجاحات
# $days: المدة التي تنظر إليها الصفحة الرئيسية مسبقًا (90 يومًا).
home-upcoming-title = المستحق { $days ->
        [zero] اليوم
        [one] خلال اليوم القادم
        [two] خلال اليومين القادمين
        [few] خلال الأيام الـ{ $days } القادمة
        [many] خلال الـ{ $days } يومًا القادمة
       *[other] خلال الـ{ $days } يوم القادمة
    }
home-upcoming-empty = لا شيء مستحق { $days ->
        [zero] اليوم
        [one] خلال اليوم القادم
        [two] خلال اليومين القادمين
        [few] خلال الأيام الـ{ $days } القادمة
        [many] خلال الـ{ $days } يومًا القادمة
       *[other] خلال الـ{ $days } يوم القادمة
    }.
home-upcoming-all = جميع المعالم المستحقة { $days ->
        [zero] اليوم
        [one] خلال اليوم القادم
        [two] خلال اليومين القادمين
        [few] خلال الأيام الـ{ $days } القادمة
        [many] خلال الـ{ $days } يومًا القادمة
       *[other] خلال الـ{ $days } يوم القادمة
    } ({ $count })
home-upcoming-shown = (يُعرض منها أقربها موعدًا، وعددها { $count })
home-partners-title = مَن يشارك فيه
home-partners-all = جميع الشركاء ({ $count })

## partners.html: قائمة الشركاء.

# $name: التحالف.
partners-lede = المنظمات والأشخاص الذين يشكّلون { $name }، وما تولّوه من مهام وما قدّموه.
partners-anonymous = { $count ->
        [zero] لا أعضاء مجهولي الهوية في التحالف.
        [one] عضو واحد في التحالف مجهول الهوية ولا يُذكر اسمه في أي مكان من هذا الموقع.
        [two] عضوان في التحالف مجهولا الهوية ولا يُذكر اسماهما في أي مكان من هذا الموقع.
        [few] { $count } أعضاء في التحالف مجهولو الهوية ولا تُذكر أسماؤهم في أي مكان من هذا الموقع.
        [many] { $count } عضوًا في التحالف مجهولو الهوية ولا تُذكر أسماؤهم في أي مكان من هذا الموقع.
       *[other] { $count } عضو في التحالف مجهولو الهوية ولا تُذكر أسماؤهم في أي مكان من هذا الموقع.
    }
partners-contributions-title = ما قدّمه الشركاء
# $url: الصفحة التي تبيّن مَن يقدّم ماذا.
partners-resource-map = <a href="{ $url }">مَن يقدّم ماذا</a>: كل نوع من المساهمات مع الشركاء الذين قدّموه، والمهارات التي يجلبها الشركاء.
partners-side-by-side = تُعرض المبالغ المتعهَّد بها والمستلَمة جنبًا إلى جنب، ولا تُجمع أبدًا.
partners-anonymous-counted = { $count ->
        [zero] لا أعضاء مجهولي الهوية في التحالف.
        [one] عضو واحد في التحالف مجهول الهوية: لا يُذكر اسمه في أي مكان من هذا الموقع، لكن مساهماته محسوبة ضمن هذه المجاميع.
        [two] عضوان في التحالف مجهولا الهوية: لا يُذكر اسماهما في أي مكان من هذا الموقع، لكن مساهماتهما محسوبة ضمن هذه المجاميع.
        [few] { $count } أعضاء في التحالف مجهولو الهوية: لا تُذكر أسماؤهم في أي مكان من هذا الموقع، لكن مساهماتهم محسوبة ضمن هذه المجاميع.
        [many] { $count } عضوًا في التحالف مجهولو الهوية: لا تُذكر أسماؤهم في أي مكان من هذا الموقع، لكن مساهماتهم محسوبة ضمن هذه المجاميع.
       *[other] { $count } عضو في التحالف مجهولو الهوية: لا تُذكر أسماؤهم في أي مكان من هذا الموقع، لكن مساهماتهم محسوبة ضمن هذه المجاميع.
    }
partners-chart-caption = المساهمات حسب النوع: الأشرطة المخطّطة للمتعهَّد به، والأشرطة المصمتة للمستلَم. يعرض الجدول أدناه الأرقام نفسها.
partners-totals-caption = مساهمات جميع الشركاء، حسب النوع
partners-empty = لا يوجد شركاء بعد.
partners-current-title = الشركاء الحاليون
partners-current-caption = الشركاء الحاليون: ما تعهّد به كلٌّ منهم وما قدّمه، ومعالمه
# عنوان، وعنوان جدوله.
partners-former-title = الشركاء السابقون

## partner.html: شريك واحد.

# $date: يوم مغادرته.
partner-former-badge = شريك سابق: غادر في { $date }
partner-label-left = تاريخ المغادرة
partner-label-location = الموقع
partner-label-website = الموقع الإلكتروني
partner-roles-title = المسؤوليات
partner-strengths-title = ما يقدّمه
partner-contributions-title = جميع المساهمات
partner-totals-caption = المجاميع حسب النوع (لا يُجمع المتعهَّد به والمستلَم أبدًا)
partner-contributions-caption = جميع المساهمات المسجّلة
partner-contribution-date = التاريخ
partner-contribution-kind = النوع
partner-contribution-amount = المبلغ
partner-contribution-status = الحالة
partner-contribution-note = ملاحظة
# تتكوّن حالة المساهمة من هذه الأجزاء: تعهّد («متعهَّد به»، أو مع اسمه $id)، ثم ربما
# partner-pledged-due، ثم المتبقي أو التأخر أو السداد الكامل.
partner-pledged = متعهَّد به
partner-pledged-id = متعهَّد به (<code>{ $id }</code>)
partner-pledged-due = ، يُستحق بحلول <time datetime="{ $date_iso }">{ $date }</time>
# $amount: ما بقي دون سداد.
partner-pledged-outstanding = : المتبقي { $amount }
partner-pledged-overdue = : المتبقي { $amount }، <strong class="late">متأخر السداد</strong>
partner-pledged-paid = : مدفوع بالكامل
# مساهمة مستلَمة، دون التعهّد الذي تسدّده أو معه ($pledge اسم التعهّد).
partner-received = مستلَم
partner-received-fulfils = مستلَم، سدادًا للتعهّد <code>{ $pledge }</code>
# عناوين قوائم المدخلات المرتبطة بالشريك.
partner-objectives = الأهداف التي يتولاها
partner-successes = النجاحات
partner-setbacks = الانتكاسات
partner-case-studies = دراسات الحالة
# بين اسمَي شريكين في قائمة («أ، ب، ج»).
partner-names-join = {"، "}

## objectives.html: قائمة الأهداف.

objectives-lede = ما سعى التحالف إلى تغييره، وإلى أي مدى تقدّم. يُحسب التقدم من القياسات، ولا يُكتب يدويًا أبدًا.
objectives-empty = لا توجد أهداف بعد.
# في الصفحة الرئيسية أيضًا.
objectives-no-indicators = لا توجد مؤشرات بعد.

## objective.html: هدف واحد.

# تليه أسماء الشركاء الذين يقودون الهدف، ثم نقطة.
objective-led-by = بقيادة
objective-corrections-title = أرقام مصحَّحة
objective-corrections-intro = نُشرت هذه الأرقام ثم عُدّلت. تعرض الصفحة القيمة المصحَّحة، ويحتفظ سجل الإصدارات بكلتا القيمتين.
# رقم مصحَّح: قياس المؤشر $indicator في $measured، نُشر أولًا بقيمة $from وصُحّح إلى $to
# (أرقام) في $date، ثم الإيداع (انظر record-commit).
objective-correction = { $indicator }، قياس <time datetime="{ $measured_iso }">{ $measured }</time>: نُشر أولًا بقيمة { $from }، وصُحّح إلى <strong>{ $to }</strong> في <time datetime="{ $date_iso }">{ $date }</time> { record-commit }
objective-indicators-title = المؤشرات
# $indicator: اسم المؤشر.
objective-chart-caption = قياسات «{ $indicator }»، مع خط الأساس والقيمة المستهدفة. يعرض الجدول أدناه الأرقام نفسها.
objective-baseline = خط الأساس
objective-target = القيمة المستهدفة
# بعد القيمة المستهدفة: الموعد المحدد لبلوغها.
objective-target-by = بحلول <time datetime="{ $date_iso }">{ $date }</time>
# هل الأفضل قيمة أعلى أم أدنى.
objective-better = الاتجاه المرغوب
objective-better-direction = { $direction ->
        [decrease] الانخفاض
       *[other] الارتفاع
    }
# آخر $shown من قياسات المؤشر البالغ عددها $count.
objective-latest-measurements = { $shown ->
        [zero] لا قياسات
        [one] آخر قياس
        [two] آخر قياسين
        [few] آخر { $shown } قياسات
        [many] آخر { $shown } قياسًا
       *[other] آخر { $shown } قياس
    } من أصل { $count } لـ«{ $indicator }»
objective-all-measurements = جميع قياسات «{ $indicator }» ({ $count })
objective-measurements = قياسات «{ $indicator }»
# $url: ملف البيانات المفتوحة الذي يضم كل القياسات.
objective-measurements-open-data = كل قياسات كل المؤشرات متاحة أيضًا في البيانات المفتوحة: <a href="{ $url }">measurements.csv</a>.
objective-no-measurement = لا يوجد قياس بعد.
objective-no-indicators = ليس لهذا الهدف مؤشرات بعد، لذا لا يمكن قياس تقدّمه.
# عناوين قوائم المدخلات المرتبطة بالهدف.
objective-milestones = المعالم
objective-successes = النجاحات
objective-setbacks = الانتكاسات
objective-case-studies = دراسات الحالة

## milestones.html: قائمة المعالم.

milestones-lede = كل المعالم مع الموعد المتفق عليه أولًا. المَعلم الذي تجاوز موعده المقرر دون أن يُنجز يُعرض متأخرًا، أيًّا كان ما يقوله ملفه.
milestones-chart-caption = المعالم على محور زمني، كلٌّ منها ابتداءً من الموعد المتفق عليه أولًا. تعرض الجداول أدناه مواعيد كل المعالم.
# عناوين مجموعات المعالم.
milestones-overdue = متأخرة
milestones-open = مخطط لها وقيد التنفيذ
milestones-achieved = مُنجزة
milestones-missed = فائتة
milestones-cancelled = ملغاة
# في الصفحة الرئيسية أيضًا.
milestones-none-overdue = لا شيء متأخر.
milestones-none-open = لا شيء مفتوح.
milestones-none-achieved = لم يُنجز شيء بعد.

## milestone.html: مَعلم واحد.

milestone-rewritten-title = تغيّر الموعد المتفق عليه أولًا
# في $date (ثم الإيداع، انظر record-commit) غُيّر الموعد المتفق عليه أولًا في الملف من $from إلى $to.
milestone-rewrite = في <time datetime="{ $date_iso }">{ $date }</time> { record-commit }، غُيّر الموعد المتفق عليه أولًا من { $from } إلى { $to } دون تسجيل إعادة تخطيط.
milestone-rewritten-kept = تحتفظ هذه الصفحة بتاريخ <strong>{ $date }</strong>، وهو أول تاريخ اعتُمد، بوصفه الموعد المتفق عليه أولًا، وتحسب التأخر ابتداءً منه.
milestone-first-agreed-due = الموعد المقرر المتفق عليه أولًا
# الحالة المكتوبة في ملف المَعلم (كلماتها في milestone-status).
milestone-status-reported = الحالة كما أُبلغ عنها
# بعد تاريخ الإنجاز: $days بعد الموعد المتفق عليه أولًا.
milestone-completed-late = (بعد الموعد المتفق عليه أولًا { $days ->
        [zero] بـ{ $days } يوم
        [one] بيوم واحد
        [two] بيومين
        [few] بـ{ $days } أيام
        [many] بـ{ $days } يومًا
       *[other] بـ{ $days } يوم
    })
milestone-objective = الهدف
# تليه أسماء الشركاء.
milestone-delivered-by = يتولى إنجازه
milestone-deliverables-title = المُخرَجات
# أُنجز $done من أصل $count من المُخرَجات.
milestone-deliverables-done = (أُنجز { $done } من أصل { $count })
# قبل المُخرَج.
milestone-deliverable-done = أُنجز:
milestone-deliverable-not-done = لم يُنجز:
milestone-replans-title = سجل إعادة التخطيط
# $date: الموعد المتفق عليه أولًا.
milestone-replan-first = <time datetime="{ $date_iso }">{ $date }</time>: الموعد المقرر المتفق عليه أولًا.
# في $date نُقل الموعد المقرر من $from إلى $to، أي بتأخير $days.
milestone-replan = في <time datetime="{ $date_iso }">{ $date }</time>، نُقل من { $from } إلى <strong>{ $to }</strong> ({ $later ->
        [false] بتقديم
       *[true] بتأخير
    } { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }).
# $reason: السبب المذكور في الملف.
milestone-replan-reason = السبب: { $reason }
milestone-no-replan-rewritten = لم تُسجَّل أي إعادة تخطيط: أُعيدت كتابة التاريخ في الملف بدلًا من ذلك (انظر أعلاه).
milestone-never-replanned = لم يُعَد تخطيطه قط: الموعد المقرر هو الموعد المتفق عليه أولًا.
# عناوين قوائم المدخلات المرتبطة بالمَعلم.
milestone-successes = النجاحات
milestone-setbacks = الانتكاسات

## Sites in several languages.

# Over an entry shown in the site's own language because it has no translation yet.
untranslated-notice = لم تُترجَم هذه المادة بعد، فهي معروضة بلغتها الأصلية.
# The label of the language switcher.
languages-label = اللغات
