# كلمات صفحات المُدخلات والقوائم: النجاحات، والانتكاسات، ودراسات الحالة، والصفحات العادية،
# والنشرات الإخبارية (وبريدها الإلكتروني)، والوسوم، والتقارير، والبيانات المفتوحة، وخريطة
# الموارد، والمُدخلات المحذوفة، والبحث، وصفحة «الصفحة غير موجودة».
#
# المصطلحات، وهي نفسها في كل الملفات: partner = شريك، objective = هدف،
# milestone = مَعلم (المعالم)، indicator = مؤشر، target = القيمة المستهدفة، baseline = خط الأساس،
# success = نجاح، setback = انتكاسة، case study = دراسة حالة، newsletter = نشرة إخبارية
# (issue = عدد)، report = تقرير، scorecard = بطاقة الأداء، pledge = تعهّد
# (pledged = المتعهَّد به)، received = المستلَم، contribution = مساهمة، open data = البيانات
# المفتوحة، tag = وسم، severity = الخطورة، re-planned = مُعاد تخطيطه، overdue = متأخر،
# entry = مُدخل، the date first agreed = الموعد المتفق عليه أولًا، due date = الموعد المقرر،
# outstanding = المتبقي، achieved = مُنجَز، missed = فائت، cancelled = ملغى.
# صيغ الجمع في العربية ست (CLDR): zero وone وtwo وfew (٣–١٠) وmany (١١–٩٩) وother (١٠٠…).
# وحيث يكفي أسلوب «التسمية: العدد» استُعمل تجنبًا لتعقيد المطابقة بين العدد والمعدود.
#
# الرسائل المستعملة مع `t_html` ترميز HTML: تُكتب فيها `&` هكذا `&amp;`.

## مشتركة بين هذه الصفحات

# بين عناصر قائمة أسماء، وبين اسم وتاريخ.
pages-list-separator = {"، "}
# بين اسم (رابط في الغالب) وما يقال عنه.
pages-colon = {": "}
# تُختم بها جملة آخر كلماتها روابط يضعها القالب.
pages-full-stop = .
pages-partners = الشركاء
pages-partner = الشريك
pages-objective = الهدف
pages-objectives = الأهداف
pages-milestone = المَعلم
pages-kind = النوع
pages-unit = الوحدة
pages-pledged = المتعهَّد به
pages-received = المستلَم
pages-change = التغيّر

## successes.html وsuccess.html

successes-lede = ما سار على ما يرام، من الأحدث إلى الأقدم. ونعرض الانتكاسات بالقدر نفسه من الاهتمام في <a href="{ $url }">صفحة الانتكاسات</a>.
successes-empty = لم يُبلَّغ عن أي نجاح بعد.
success-quotes-heading = بكلماتهم
success-consent-expired = لم تعد الاقتباسات وصور الأشخاص المعنيين معروضة: فقد كانت موافقتهم سارية حتى { $date }.

## setbacks.html

setbacks-lede = ما سار على نحو خاطئ، وما تعلّمناه، وما نفعله حياله. مفتوحة: { $open }، قيد المعالجة: { $mitigating }، محلولة: { $resolved }.
setbacks-empty = لم يُبلَّغ عن أي انتكاسة بعد.
setbacks-card-resolved-after = { $count ->
        [zero] حُلّت في اليوم نفسه
        [one] حُلّت بعد يوم واحد
        [two] حُلّت بعد يومين
        [few] حُلّت بعد { $count } أيام
        [many] حُلّت بعد { $count } يومًا
       *[other] حُلّت بعد { $count } يوم
    }
setbacks-card-open-for = { $count ->
        [zero] مفتوحة منذ اليوم
        [one] مفتوحة منذ يوم واحد
        [two] مفتوحة منذ يومين
        [few] مفتوحة منذ { $count } أيام
        [many] مفتوحة منذ { $count } يومًا
       *[other] مفتوحة منذ { $count } يوم
    }

## setback.html

setback-severity = { $severity ->
        [high] خطورة عالية
        [medium] خطورة متوسطة
       *[other] خطورة منخفضة
    }
setback-reported = تاريخ الإبلاغ
setback-resolved = تاريخ الحل
setback-resolved-after = { $count ->
        [zero] (في اليوم نفسه)
        [one] (بعد يوم واحد)
        [two] (بعد يومين)
        [few] (بعد { $count } أيام)
        [many] (بعد { $count } يومًا)
       *[other] (بعد { $count } يوم)
    }
setback-open-for = مفتوحة منذ
setback-days-open = { $count ->
        [zero] أقل من يوم
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
setback-partners = الشركاء المعنيون
setback-objective = الهدف المتأثر
setback-milestone = المَعلم المتأثر
setback-updates = المستجدات
setback-no-updates = لم تُنشر أي مستجدات بعد.
setback-actions = ما يجري فعله
setback-actions-caption = الإجراءات المتخذة بشأن هذه الانتكاسة
setback-action = الإجراء
setback-action-owner = المسؤول
setback-action-due = الموعد المقرر
setback-action-state = الحالة
setback-action-unassigned = غير مُسند
setback-action-done = مُنجز
setback-action-overdue = متأخر
setback-action-open = مفتوح
setback-no-actions = لم تُسجَّل أي إجراءات.
setback-lessons = ما تعلّمناه
setback-no-lessons = لم تُسجَّل أي دروس بعد.
setback-responses = ردود الشركاء

## case-studies.html وcase-study.html

case-studies-lede = قصص أطول عمّا غيّره عمل التحالف، مع أرقام من قبل التغيير وبعده.
case-study-outcomes = قبل وبعد
case-study-measure = المقياس
case-study-before = قبل
case-study-after = بعد
case-study-consent-expired = لم تعد قصة دراسة الحالة هذه وصورها معروضة: فقد كانت موافقة الأشخاص الواردين فيها سارية حتى { $date }. أما الأرقام أعلاه والشركاء المعنيون فما زالوا معروضين.
case-study-toc = في هذه الصفحة

## newsletters.html وnewsletter.html (العناوين نفسها في البريد الإلكتروني)

newsletters-lede = كل عدد أرسلناه، مع ما تغيّر في الفترة التي يغطيها. تابع الأعداد الجديدة عبر <a href="{ $url }">موجز النشرة الإخبارية</a>.
newsletter-covers = يغطي الفترة من { $since } إلى { $until }
newsletter-as-sent = يُحفظ هذا العدد كما أُرسل: كل حالة وكل تاريخ أدناه على ما كان عليه في { $date }. ويحيل كل بند إلى صفحته التي تبيّن وضعه اليوم.
newsletter-nothing-new-since = لم يُسجَّل أي جديد بين { $since } و{ $until }. نقول ذلك صراحةً بدلًا من حشو هذا العدد.
newsletter-nothing-new = لم يُسجَّل أي جديد منذ البداية حتى { $until }. نقول ذلك صراحةً بدلًا من حشو هذا العدد.
newsletter-successes = النجاحات
newsletter-achieved = المعالم المُنجزة
newsletter-slipped = المعالم الفائتة أو المؤجلة أو المتأخرة
newsletter-setbacks = الانتكاسات
newsletter-setbacks-resolved = الانتكاسات التي حُلّت
newsletter-indicators = المؤشرات
# السهم يشير إلى اليسار لأن الجملة تُقرأ من اليمين إلى اليسار.
newsletter-indicator-moved = { $from } ← { $to } ({ $percent } من الطريق إلى القيمة المستهدفة)
newsletter-pledges-overdue = تعهدات باتت متأخرة
newsletter-pledge-overdue = <strong>{ $outstanding } من أصل { $pledged } { $unit }</strong> ({ $kind }) لم تُدفع، وكان موعد سدادها <time datetime="{ $due }">{ $date }</time>
newsletter-case-studies = دراسات حالة جديدة
newsletter-coming-up = { $count ->
        [zero] ما هو قادم اليوم
        [one] ما هو قادم خلال اليوم المقبل
        [two] ما هو قادم خلال اليومين المقبلين
        [few] ما هو قادم خلال الأيام الـ{ $count } المقبلة
        [many] ما هو قادم خلال الـ{ $count } يومًا المقبلة
       *[other] ما هو قادم خلال الـ{ $count } يوم المقبلة
    }

## newsletter/email.html: البريد الإلكتروني لعدد من النشرة

email-changes-since = ما تغيّر منذ { $date }
email-view-online = اقرأه على الموقع
email-nothing-new = لم يُسجَّل أي جديد في هذه الفترة. نفضّل أن نقول ذلك صراحةً على أن نحشو هذا العدد.
email-more = { $count ->
        [zero] وما تبقّى في <a href="{ $url }">هذا العدد على الموقع</a>.
        [one] وبند آخر في <a href="{ $url }">هذا العدد على الموقع</a>.
        [two] وبندان آخران في <a href="{ $url }">هذا العدد على الموقع</a>.
        [few] و{ $count } بنود أخرى في <a href="{ $url }">هذا العدد على الموقع</a>.
        [many] و{ $count } بندًا آخر في <a href="{ $url }">هذا العدد على الموقع</a>.
       *[other] و{ $count } بند آخر في <a href="{ $url }">هذا العدد على الموقع</a>.
    }
email-indicators = كيف تحركت مؤشراتنا
email-indicator-moved = من { $from } إلى { $to }: { $percent } من الطريق إلى القيمة المستهدفة.
email-pledge-overdue = { $outstanding } من أصل { $pledged } { $unit } ({ $kind }) لم تُدفع، وكان موعد سدادها { $date }
email-due = الموعد المقرر { $date }

## tags.html وtag.html

tags-empty = لا توجد مُدخلات موسومة بعد.
tag-page-number = (الصفحة { $number } من { $total })

## reports.html

reports-lede = { $reporting ->
        [quarterly] تقرير لكل ربع سنة يبيّن ما كان مقررًا، وما أُنجز، وما سار على نحو خاطئ، وما قدّمه الشركاء. ويمكن طباعة كل تقرير بسهولة، أو حفظه بصيغة PDF من المتصفح.
       *[other] تقرير لكل سنة يبيّن ما كان مقررًا، وما أُنجز، وما سار على نحو خاطئ، وما قدّمه الشركاء. ويمكن طباعة كل تقرير بسهولة، أو حفظه بصيغة PDF من المتصفح.
    }
reports-so-far = (حتى الآن)
reports-no-setbacks = لم يُبلَّغ عن أي انتكاسة في هذه الفترة
reports-empty = لم يحدث بعد ما يمكن تقديم تقرير عنه.
reports-scorecard = أين نقف اليوم

## report.html: تقرير فترة واحدة

report-title = { $alliance }: تقرير { $period }
report-covers = يغطي الفترة من <time datetime="{ $start }">{ $start_date }</time> إلى <time datetime="{ $end }">{ $end_date }</time>.
report-covers-so-far = يغطي الفترة من <time datetime="{ $start }">{ $start_date }</time> إلى <time datetime="{ $end }">{ $end_date }</time>، وهي لم تنتهِ بعد: الأرقام كما في <time datetime="{ $as_of }">{ $as_of_date }</time>.
report-no-setbacks-notice = { $count ->
        [zero] لم يُبلَّغ عن أي انتكاسة في هذه الفترة، ولا عن أي نجاح. الانتكاسات جزء من كل تقرير صادق؛ فإن سار شيء على نحو خاطئ، فمكانه هنا.
        [one] لم يُبلَّغ عن أي انتكاسة في هذه الفترة، مع أنه أُبلغ عن نجاح واحد. الانتكاسات جزء من كل تقرير صادق؛ فإن سار شيء على نحو خاطئ، فمكانه هنا.
        [two] لم يُبلَّغ عن أي انتكاسة في هذه الفترة، مع أنه أُبلغ عن نجاحين. الانتكاسات جزء من كل تقرير صادق؛ فإن سار شيء على نحو خاطئ، فمكانه هنا.
        [few] لم يُبلَّغ عن أي انتكاسة في هذه الفترة، مع أنه أُبلغ عن { $count } نجاحات. الانتكاسات جزء من كل تقرير صادق؛ فإن سار شيء على نحو خاطئ، فمكانه هنا.
        [many] لم يُبلَّغ عن أي انتكاسة في هذه الفترة، مع أنه أُبلغ عن { $count } نجاحًا. الانتكاسات جزء من كل تقرير صادق؛ فإن سار شيء على نحو خاطئ، فمكانه هنا.
       *[other] لم يُبلَّغ عن أي انتكاسة في هذه الفترة، مع أنه أُبلغ عن { $count } نجاح. الانتكاسات جزء من كل تقرير صادق؛ فإن سار شيء على نحو خاطئ، فمكانه هنا.
    }
report-scorecard = بطاقة الأداء لهذه الفترة
report-milestones = المعالم
report-timeline-caption = المعالم المقررة أو المُنجزة أو المُعاد تخطيطها في هذه الفترة. وتعرض الجداول أدناه التواريخ نفسها.
report-achieved = المُنجزة
report-due = المقررة في هذه الفترة
report-missed = الفائتة
report-delayed = المُعاد تخطيطها في هذه الفترة
report-cancelled = الملغاة
report-overdue-now = المتأخرة حاليًا
report-overdue-at-end = المتأخرة في نهاية الفترة
report-achieved-late = { $count ->
        [zero] أُنجز في { $date }، <strong>في الموعد المتفق عليه أولًا</strong>.
        [one] أُنجز في { $date }، <strong>متأخرًا يومًا واحدًا</strong> عن الموعد المتفق عليه أولًا.
        [two] أُنجز في { $date }، <strong>متأخرًا يومين</strong> عن الموعد المتفق عليه أولًا.
        [few] أُنجز في { $date }، <strong>متأخرًا { $count } أيام</strong> عن الموعد المتفق عليه أولًا.
        [many] أُنجز في { $date }، <strong>متأخرًا { $count } يومًا</strong> عن الموعد المتفق عليه أولًا.
       *[other] أُنجز في { $date }، <strong>متأخرًا { $count } يوم</strong> عن الموعد المتفق عليه أولًا.
    }
report-achieved-on-time = أُنجز في { $date }، في موعده.
report-none-achieved = لم يُنجز أي مَعلم في هذه الفترة.
report-none = لا شيء.
report-no-successes = لم يُبلَّغ عن أي نجاح في هذه الفترة.
report-setbacks-count = (المُبلَّغ عنها: { $reported }، المحلولة: { $resolved })
report-no-setbacks = لم يُبلَّغ عن أي انتكاسة في هذه الفترة.
report-resolved = ما حُلّ في هذه الفترة
report-indicators = المؤشرات
report-indicators-caption = كيف تحرّك كل مؤشر في { $period }
report-indicator = المؤشر
report-start = البداية
report-end = النهاية
report-progress = التقدم نحو القيمة المستهدفة
report-not-measured = (لم يُقَس في هذه الفترة)
report-no-indicators = لم يكن أي مؤشر قد قيس بحلول نهاية هذه الفترة.
report-contributions = المساهمات
report-contributions-caption = المساهمات المسجلة في هذه الفترة؛ الأعمدة المخططة هي المتعهَّد به، والأعمدة المصمتة هي المستلَم.
report-totals-caption = جميع الشركاء (لا يُجمع المتعهَّد به والمستلَم أبدًا)
report-by-partner = حسب الشريك
report-anonymous-members = أعضاء مجهولو الهوية <span class="muted">(مجمَّعون)</span>
report-no-contributions = لم تُسجَّل أي مساهمات في هذه الفترة.
report-pager = تقارير أخرى
report-previous = السابق: { $period }
report-next = التالي: { $period }

## data.html: البيانات المفتوحة

data-lede = كل ما في هذا الموقع، في صورة بيانات يمكنك تنزيلها والتحقق منها وإعادة استخدامها بموجب الترخيص { $license }.
data-files = الملفات
data-file = الملف
data-holds = ما يحتويه
data-file-alliance = التحالف بأكمله: كل مُدخل بحقوله، والحقائق المستخلصة منه (التأخر، والتقدم، والمجاميع)، وروابطه بالمُدخلات الأخرى، إضافةً إلى التقارير وبطاقة الأداء.
data-file-schema = مخطط JSON ‏(JSON Schema) الذي يتبعه الملف alliance.json.
data-file-partners = صف لكل شريك: النوع، والتواريخ، والأدوار.
# ‏(anonymous) مكتوبة هكذا في الملف: لا تُترجم.
data-file-contributions = صف لكل مساهمة: الشريك، والتاريخ، والنوع، والمبلغ، والوحدة، ومتعهَّد به أو مستلَم. أما ما قدّمه الأعضاء مجهولو الهوية ففي صفوف يكون الشريك فيها (anonymous)، مجمّعةً حسب النوع والوحدة والحالة، دون تاريخ.
data-file-objectives = صف لكل هدف، مع الجهات المسؤولة عنه.
data-file-indicators = صف لكل مؤشر: خط الأساس، والقيمة المستهدفة، وآخر قيمة، والتقدم، وهل هو على المسار الصحيح أم لا.
data-file-measurements = صف لكل قياس، مع طريقة التحقق منه.
data-file-milestones = صف لكل مَعلم: الموعد المتفق عليه أولًا والموعد المقرر الحالي، والحالة، وهل هو متأخر، وعدد أيام التأخير.
data-file-successes = صف لكل نجاح.
data-file-setbacks = صف لكل انتكاسة: الخطورة، والحالة، وعدد الأيام التي ظلت فيها مفتوحة، والإجراءات والدروس.
data-file-case-studies = صف لكل دراسة حالة.
data-csv = تتضمن ملفات CSV صف عناوين، وتواريخ بصيغة ISO ‏(YYYY-MM-DD)، وعلامات اقتباس وفق RFC 4180؛ وتبدأ خلايا النص التي أولها = أو + أو - أو @ بفاصلة عليا حتى لا تنفّذها برامج الجداول الحسابية على أنها صيغ.
# ‏source اسم حقل في الملفات: لا يُترجم.
data-licence = الترخيص: <strong>{ $license }</strong>. يُرجى نسبة العمل إلى { $alliance }. الأرقام كما في { $date }؛ ويذكر كل سجل الملف الذي جاء منه (<code>source</code>).

## resources.html: خريطة الموارد

resources-lede = خريطة موارد التحالف: لكل نوع من المساهمات، من قدّمها، من الأكبر إلى الأصغر، والمهارات والموارد التي يقول الشركاء إنهم يقدّمونها. تُعرض المبالغ المتعهَّد بها والمستلَمة جنبًا إلى جنب ولا تُجمع أبدًا.
# يُستعمل المتغير [0] حين لا يكون هناك شيء متعهَّد به ($pledged) أو لم يساهم أي عضو مجهول الهوية ($anonymous).
resources-kind-summary = { $pledged ->
        [0] المستلَم: { $received }
       *[other] المستلَم: { $received }، المتعهَّد به: { $pledged }
    }؛ عدد الشركاء المساهمين: { $partners }{ $anonymous ->
        [0] {""}
       *[other] ، وعدد الأعضاء مجهولي الهوية: { $anonymous }
    }.
resources-caption = { $kind }، حسب الشريك
resources-caption-unit = { $kind } ({ $unit })، حسب الشريك
resources-strengths = المهارات والموارد التي يقدّمها الشركاء
resources-and-more = { $count ->
        [zero] وآخرون
        [one] وشريك آخر
        [two] وشريكان آخران
        [few] و{ $count } شركاء آخرين
        [many] و{ $count } شريكًا آخر
       *[other] و{ $count } شريك آخر
    }

## removed.html: المُدخلات المحذوفة من الملفات

removed-lede = مُدخلات نشرها هذا الموقع يومًا ثم حُذفت لاحقًا من ملفات التحالف، بدءًا بأحدثها حذفًا. فالانتكاسة أو الوعد لا يختفيان دون أثر: يبقى هنا آخر عنوان لهما وتاريخ حذفهما.
removed-caption = { $count ->
        [zero] لا مُدخلات محذوفة
        [one] مُدخل واحد محذوف
        [two] مُدخلان محذوفان
        [few] { $count } مُدخلات محذوفة
        [many] { $count } مُدخلًا محذوفًا
       *[other] { $count } مُدخل محذوف
    }
removed-entry = المُدخل
removed-first-published = أول نشر
removed-removed = تاريخ الحذف
removed-last-file = آخر ملف له
removed-kind = { $collection ->
        [partners] شريك
        [objectives] هدف
        [milestones] مَعلم
        [successes] نجاح
        [setbacks] انتكاسة
        [case-studies] دراسة حالة
        [pages] صفحة
        [newsletters] نشرة إخبارية
       *[other] مُدخل
    }
removed-empty = لم يُحذف أي مُدخل منشور: كل مُدخلات سجل الإصدارات ما زالت على هذا الموقع.

## search.html: يملأ search.js المتغيرات { $count } و{ $what } وغيرها: أبقِ كل متغير.

search-fallback = يعمل البحث في متصفحك ويحتاج إلى JavaScript، وهي معطّلة أو لم تُحمَّل. وكل مُدخل مُدرج أيضًا، مع حالته، في هذه الصفحات:
search-label = ابحث في هذا الموقع
search-button = بحث
search-filters = تضييق النتائج
search-any = الكل
search-searching = جارٍ البحث…
search-none = لا توجد نتائج{ $what }{ $within }. جرّب كلمات أقل أو مختلفة، أو عوامل تصفية أقل.
# ليست كلمات: فئات الجمع في العربية (CLDR)، ولكل فئة عدد ينتمي إليها.
search-plural-forms = zero:0 one:1 two:2 few:3 many:11 other:100
search-found = { $n ->
        [zero] لا توجد نتائج{ $what }{ $within }.
        [one] نتيجة واحدة{ $what }{ $within }.
        [two] نتيجتان{ $what }{ $within }.
        [few] { $count } نتائج{ $what }{ $within }.
        [many] { $count } نتيجة{ $what }{ $within }.
       *[other] { $count } نتيجة{ $what }{ $within }.
    }
search-what = {" "}عن «{ $term }»
search-within = {" "}في { $filters }
search-quoted = { $filter } «{ $value }»
search-dropped = لم تعد متاحة، لذا أُهملت: { $filters }.
search-failed = تعذّر إكمال البحث. أعد تحميل الصفحة للمحاولة مجددًا، أو تصفّح القوائم الموجودة في القائمة الرئيسية.
search-more = عرض مزيد من النتائج

## 404.html

notfound-lede = لا توجد صفحة في هذا العنوان. ربما نُقلت، أو ربما في الرابط خطأ مطبعي.
notfound-try = جرّب <a href="{ $url }">الصفحة الرئيسية</a>
