## الكلمات التي يصوغها Candor من الوقائع (الحالات، والتأخر، والملخصات، والمخططات، والموجزات).
## الوسائط $n و$days و$count... أعداد تختار صيغة المعدود وفق قواعد CLDR للعربية:
## zero للصفر، وone للواحد، وtwo للاثنين، وfew من ٣ إلى ١٠، وmany من ١١ إلى ٩٩، وother لـ١٠٠ فما فوق.
## صيغ المعدود: يوم واحد، يومان، ٣ أيام، ١١ يومًا، ١٠٠ يوم (مع مراعاة الإعراب في كل رسالة).
##
## المصطلحات (هي نفسها في layout.ftl وpages.ftl):
##   partner = شريك (الشركاء)؛ objective = هدف (الأهداف)؛ milestone = مَعلَم (المعالم)؛
##   success = نجاح (النجاحات)؛ setback = انتكاسة (الانتكاسات)؛ case study = دراسة حالة (دراسات الحالة)؛
##   newsletter = النشرة الإخبارية (النشرات الإخبارية)؛ page = صفحة؛ tag = وسم (الوسوم)؛
##   planned = مخطط له؛ in progress = قيد التنفيذ؛ achieved = مُنجَز؛ delayed = مؤجَّل؛
##   missed = فائت؛ cancelled = ملغى؛ overdue = متأخر؛ on time = في الموعد؛
##   the date first agreed = الموعد المتفق عليه أولًا؛ due date = الموعد المقرر؛
##   re-plan = إعادة تخطيط؛ baseline = خط الأساس؛ target = القيمة المستهدفة؛
##   on track = على المسار الصحيح؛ severity = الخطورة (منخفضة، متوسطة، عالية)؛
##   reported = أُبلغ عنه؛ pledged = المتعهَّد به؛ received = المستلَم؛ open data = البيانات المفتوحة.
## علامة النسبة المئوية العربية «٪» بعد الأرقام العربية المشرقية، كما في CLDR.

## المجموعات: مُدخل واحد منها بالكلمات، وعنوان المجموعة.

collection-one = { $collection ->
        [partners] شريك
        [objectives] هدف
        [milestones] مَعلَم
        [successes] نجاح
        [setbacks] انتكاسة
        [case-studies] دراسة حالة
        [pages] صفحة
       *[newsletters] نشرة إخبارية
    }
collection-title = { $collection ->
        [partners] الشركاء
        [objectives] الأهداف
        [milestones] المعالم
        [successes] النجاحات
        [setbacks] الانتكاسات
        [case-studies] دراسات الحالة
        [pages] الصفحات
       *[newsletters] النشرات الإخبارية
    }

## الأنواع والحالات كما تُكتب في الملفات.

partner-kind = { $kind ->
        [nonprofit] منظمة غير ربحية
        [school] مدرسة
        [business] شركة
        [government] جهة حكومية
        [community-group] مجموعة مجتمعية
        [funder] جهة مانحة
        [individual] فرد
       *[other] غير ذلك
    }
contribution-kind = { $kind ->
        [funds] أموال
        [volunteer-hours] ساعات تطوع
        [in-kind] دعم عيني
        [skills] مهارات
       *[venue] أماكن
    }
verification = { $verification ->
        [self-reported] مُبلَّغ عنه ذاتيًا
        [partner-confirmed] مؤكَّد من شريك
        [independent] متحقَّق منه بشكل مستقل
       *[audited] مُدقَّق
    }
# الخطورة (مؤنثة).
severity = { $severity ->
        [low] منخفضة
        [medium] متوسطة
       *[high] عالية
    }
# حالة الانتكاسة (مؤنثة).
setback-status = { $status ->
        [open] مفتوحة
        [mitigating] قيد التخفيف
       *[resolved] محلولة
    }
# «مفتوحة، خطورة عالية».
setback-state = { $status ->
        [open] مفتوحة
        [mitigating] قيد التخفيف
       *[resolved] محلولة
    }، خطورة { $severity ->
        [low] منخفضة
        [medium] متوسطة
       *[high] عالية
    }
# حالة المَعلَم (مذكر).
milestone-status = { $status ->
        [planned] مخطط له
        [in-progress] قيد التنفيذ
        [achieved] مُنجَز
        [delayed] مؤجَّل
        [missed] فائت
       *[cancelled] ملغى
    }

## حالة المَعلَم في تاريخ البناء. $days: الأيام بعد الموعد المقرر الحالي؛ $moved: الأيام بين
## الموعد المتفق عليه أولًا والموعد المقرر الحالي؛ $late: الأيام بعد الموعد المتفق عليه أولًا؛
## $due: الموعد المقرر الحالي بالكلمات («١٥ يناير ٢٠٢٧»).

# منصوب: «متأخر ١٢ يومًا».
days = { $days ->
        [zero] { $days } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
milestone-overdue-not-started = متأخر { days }، ولم يبدأ العمل عليه
milestone-overdue-delayed = متأخر { days }، مؤجَّل
milestone-overdue-in-progress = متأخر { days }، قيد التنفيذ
milestone-past-new-date-not-started = متأخر { days } عن موعده الجديد، ولم يبدأ العمل عليه
# $total: الأيام بعد الموعد المتفق عليه أولًا.
milestone-past-new-date = متأخر { days } عن موعده الجديد (أي { $total ->
        [zero] { $total } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $total } أيام
        [many] { $total } يومًا
       *[other] { $total } يوم
    } عن الموعد المتفق عليه أولًا)
milestone-achieved-on-time = مُنجَز في موعده
milestone-achieved-late = مُنجَز متأخرًا { $late ->
        [zero] { $late } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $late } أيام
        [many] { $late } يومًا
       *[other] { $late } يوم
    } عن الموعد المتفق عليه أولًا
milestone-delayed-to = مؤجَّل إلى { $due }
milestone-now-due = { milestone-status }، وموعده المقرر الآن { $due }
# يُضاف بعد الحالة حين أُعيد تخطيط المَعلَم.
milestone-moved = { $state } (بعد { $moved ->
        [zero] { $moved } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $moved } أيام
        [many] { $moved } يومًا
       *[other] { $moved } يوم
    } من الموعد المتفق عليه أولًا)

## تقدّم المؤشر.

progress-reached = { $percent }٪ من المسافة بين { $baseline } و{ $target } (آخر قياس: { $value } في { $date })
progress-none = لا توجد قياسات بعد

## تغيّر رقم. $amount التغيّر مكتوبًا؛ $n التغيّر عددًا.

change-none = دون تغيير
change-up = ارتفاع بمقدار { $amount }
change-down = انخفاض بمقدار { $amount }
# مجرور بعد «بمقدار».
change-points = { $n ->
        [zero] { $amount } نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] { $amount } نقاط
        [many] { $amount } نقطةً
       *[other] { $amount } نقطة
    }

## فترات التقارير.

period-year = { $year }
period-quarter = الربع { $quarter ->
        [1] الأول
        [2] الثاني
        [3] الثالث
       *[4] الرابع
    } من عام { $year } ({ $quarter ->
        [1] من يناير إلى مارس
        [2] من أبريل إلى يونيو
        [3] من يوليو إلى سبتمبر
       *[4] من أكتوبر إلى ديسمبر
    })
period-quarter-other = الربع { $quarter } من عام { $year }

## ملخص تقرير الفترة: بالماضي لفترة انتهت، ومع «حتى الآن» ما دامت جارية. تُضم الجمل بعضها إلى
## بعض (summary-join).

summary-none-due = لم يحن موعد أي مَعلَم.
summary-none-due-so-far = لم يحن موعد أي مَعلَم حتى الآن.
# المعدود مجرور بعد «موعد».
summary-due = حان موعد { $due ->
        [zero] { $due } مَعلَم
        [one] مَعلَم واحد
        [two] مَعلَمين
        [few] { $due } معالم
        [many] { $due } مَعلَمًا
       *[other] { $due } مَعلَم
    }: { $achieved }.
summary-due-so-far = حان حتى الآن موعد { $due ->
        [zero] { $due } مَعلَم
        [one] مَعلَم واحد
        [two] مَعلَمين
        [few] { $due } معالم
        [many] { $due } مَعلَمًا
       *[other] { $due } مَعلَم
    }: { $achieved }.
# كم أُنجز من المعالم التي حان موعدها ($n)، وكم منها في الموعد ($on_time)؛ $all: «yes» إن كانت كلها.
summary-achieved-none = لم يُنجَز أي مَعلَم
summary-achieved-none-so-far = لم يُنجَز أي مَعلَم بعد
summary-achieved = { $n ->
        [zero] لم يُنجَز أيٌّ منها
        [one] أُنجز مَعلَم واحد { $on_time ->
            [1] في الموعد
           *[other] بعد الموعد
        }
        [two] أُنجز مَعلَمان، { $on_time ->
            [0] وليس أيٌّ منهما في الموعد
            [1] أحدهما في الموعد
           *[other] كلاهما في الموعد
        }
        [few] أُنجز { $n } منها، { $on_time ->
            [0] وليس أيٌّ منها في الموعد
           *[other] { $all ->
                [yes] كلها في الموعد
               *[no] { $on_time ->
                    [1] واحد منها في الموعد
                    [2] اثنان منها في الموعد
                   *[other] { $on_time } منها في الموعد
                }
            }
        }
        [many] أُنجز { $n } منها، { $on_time ->
            [0] وليس أيٌّ منها في الموعد
           *[other] { $all ->
                [yes] كلها في الموعد
               *[no] { $on_time ->
                    [1] واحد منها في الموعد
                    [2] اثنان منها في الموعد
                   *[other] { $on_time } منها في الموعد
                }
            }
        }
       *[other] أُنجز { $n } منها، { $on_time ->
            [0] وليس أيٌّ منها في الموعد
           *[other] { $all ->
                [yes] كلها في الموعد
               *[no] { $on_time ->
                    [1] واحد منها في الموعد
                    [2] اثنان منها في الموعد
                   *[other] { $on_time } منها في الموعد
                }
            }
        }
    }
summary-achieved-so-far = { $n ->
        [zero] لم يُنجَز أيٌّ منها بعد
        [one] أُنجز مَعلَم واحد { $on_time ->
            [1] في الموعد
           *[other] بعد الموعد
        }
        [two] أُنجز مَعلَمان، { $on_time ->
            [0] وليس أيٌّ منهما في الموعد
            [1] أحدهما في الموعد
           *[other] كلاهما في الموعد
        }
        [few] أُنجز { $n } منها، { $on_time ->
            [0] وليس أيٌّ منها في الموعد
           *[other] { $all ->
                [yes] كلها في الموعد
               *[no] { $on_time ->
                    [1] واحد منها في الموعد
                    [2] اثنان منها في الموعد
                   *[other] { $on_time } منها في الموعد
                }
            }
        }
        [many] أُنجز { $n } منها، { $on_time ->
            [0] وليس أيٌّ منها في الموعد
           *[other] { $all ->
                [yes] كلها في الموعد
               *[no] { $on_time ->
                    [1] واحد منها في الموعد
                    [2] اثنان منها في الموعد
                   *[other] { $on_time } منها في الموعد
                }
            }
        }
       *[other] أُنجز { $n } منها، { $on_time ->
            [0] وليس أيٌّ منها في الموعد
           *[other] { $all ->
                [yes] كلها في الموعد
               *[no] { $on_time ->
                    [1] واحد منها في الموعد
                    [2] اثنان منها في الموعد
                   *[other] { $on_time } منها في الموعد
                }
            }
        }
    }
summary-overdue-now = يوجد الآن { $n ->
        [zero] { $n } مَعلَم متأخر
        [one] مَعلَم واحد متأخر
        [two] مَعلَمان متأخران
        [few] { $n } معالم متأخرة
        [many] { $n } مَعلَمًا متأخرًا
       *[other] { $n } مَعلَم متأخر
    }.
summary-overdue-at-end = عند انتهاء الفترة، كان لا يزال هناك { $n ->
        [zero] { $n } مَعلَم متأخر
        [one] مَعلَم واحد متأخر
        [two] مَعلَمان متأخران
        [few] { $n } معالم متأخرة
        [many] { $n } مَعلَمًا متأخرًا
       *[other] { $n } مَعلَم متأخر
    }.
summary-no-success = لم يُبلَّغ عن أي نجاح.
summary-no-success-so-far = لم يُبلَّغ عن أي نجاح حتى الآن.
# المعدود مجرور بعد «عن».
summary-successes = أُبلغ عن { $n ->
        [zero] { $n } نجاح
        [one] نجاح واحد
        [two] نجاحين
        [few] { $n } نجاحات
        [many] { $n } نجاحًا
       *[other] { $n } نجاح
    }.
summary-successes-so-far = أُبلغ حتى الآن عن { $n ->
        [zero] { $n } نجاح
        [one] نجاح واحد
        [two] نجاحين
        [few] { $n } نجاحات
        [many] { $n } نجاحًا
       *[other] { $n } نجاح
    }.
summary-no-setback = لم يُبلَّغ عن أي انتكاسة.
summary-no-setback-so-far = لم يُبلَّغ عن أي انتكاسة حتى الآن.
# $resolved: كم حُلّ من الانتكاسات $n؛ $all: «yes» إن حُلّت كلها.
summary-setbacks = أُبلغ عن { $n ->
        [zero] { $n } انتكاسة
        [one] انتكاسة واحدة
        [two] انتكاستين
        [few] { $n } انتكاسات
        [many] { $n } انتكاسةً
       *[other] { $n } انتكاسة
    }، { summary-resolved }.
summary-setbacks-so-far = أُبلغ حتى الآن عن { $n ->
        [zero] { $n } انتكاسة
        [one] انتكاسة واحدة
        [two] انتكاستين
        [few] { $n } انتكاسات
        [many] { $n } انتكاسةً
       *[other] { $n } انتكاسة
    }، { summary-resolved }.
summary-resolved = { $resolved ->
        [0] { $n ->
            [one] ولم تُحَلّ
            [two] ولم تُحَلّ أيٌّ منهما
           *[other] ولم تُحَلّ أيٌّ منها
        }
       *[other] { $all ->
            [yes] { $n ->
                [one] وقد حُلَّت
                [two] وحُلَّت كلتاهما
               *[other] وحُلَّت كلها
            }
           *[no] { $resolved ->
                [1] { $n ->
                    [two] حُلَّت إحداهما
                   *[other] حُلَّت واحدة منها
                }
                [2] حُلَّت اثنتان منها
               *[other] حُلَّت { $resolved } منها
            }
        }
    }
# تضم جمل الملخص.
summary-join = { $first } { $rest }

## الرقم الأبرز لنجاح: «١٢٠ طفلًا حصلوا على وجبات». $value مكتوب مسبقًا؛ $unit يبدأ بمسافته.

metric = { $value }{ $unit } { $label }

## مُدخلات الموجز: ما حدث، ثم عنوان المُدخل.

feed-success = نجاح: { $title }
feed-setback = انتكاسة (خطورة { $severity ->
        [low] منخفضة
        [medium] متوسطة
       *[high] عالية
    }، { $status ->
        [open] مفتوحة
        [mitigating] قيد التخفيف
       *[resolved] محلولة
    }): { $title }
feed-case-study = دراسة حالة: { $title }
# $state: حالة المَعلَم بالكلمات («مُنجَز في موعده»).
feed-achieved = مَعلَم { $state }: { $title }
feed-replanned = مَعلَم أُعيد تخطيطه إلى { $date }: { $title }
feed-missed = مَعلَم فائت: { $title }
feed-overdue = مَعلَم متأخر ({ $status ->
        [planned] مخطط له
        [in-progress] قيد التنفيذ
        [achieved] مُنجَز
        [delayed] مؤجَّل
        [missed] فائت
       *[cancelled] ملغى
    }): { $title }
feed-overdue-summary = موعده المقرر { $date }، ولم يُنجَز بعد.

## عناوين الصفحات التي ليست صفحة مُدخل.

page-tags = الوسوم
page-tagged = الوسم «{ $tag }»
page-not-found = الصفحة غير موجودة
page-open-data = البيانات المفتوحة
page-reports = التقارير
page-report = تقرير { $period }
page-resource-map = من يقدّم ماذا
page-removed = المُدخلات المحذوفة
page-search = البحث
# صفحة لاحقة من قائمة مقسّمة على صفحات.
page-numbered = { $title } (الصفحة { $number } من { $pages })
menu-reports = التقارير
menu-search = البحث

## المخططات: العناوين، والأوصاف التي تُقرأ بدل الرسم، والكلمات المرسومة فيها.

timeline-today = اليوم
timeline-end-of-period = نهاية الفترة
chart-indicator-title = تطوّر { $name } عبر الزمن
# $baseline و$target مكتوبان بوحدتهما؛ $on و$by من نوع « في ٣ مارس ٢٠٢٥» (بمسافة قبلها) أو فارغان.
chart-baseline-target = خط الأساس: { $baseline }{ $on }، والقيمة المستهدفة: { $target }{ $by }.
chart-baseline-on = {" "}في { $date }
chart-target-by = {" "}بحلول { $date }
chart-no-measurements = لا توجد قياسات بعد.
chart-measurements = القياسات: { $list }.
chart-measurement = { $value } في { $date }
chart-list-join = ؛{" "}
# $n أكثر من ستة دائمًا.
chart-measurements-summary = { $n ->
        [zero] أُجري { $n } قياس
        [one] أُجري قياس واحد
        [two] أُجري قياسان
        [few] أُجريت { $n } قياسات
        [many] أُجري { $n } قياسًا
       *[other] أُجري { $n } قياس
    } بين { $first_date } و{ $last_date }، وتراوحت قيمها بين { $lowest } و{ $highest }: كان أولها { $first } وآخرها { $last }.
chart-up-since-first = ارتفاع بمقدار { $amount } منذ القياس الأول.
chart-down-since-first = انخفاض بمقدار { $amount } منذ القياس الأول.
chart-progress = بلغ آخر قياس { $percent }٪ من المسافة بين خط الأساس والقيمة المستهدفة{ $on_track ->
        [yes] ، وهو على المسار الصحيح (على الخط المستقيم نحو القيمة المستهدفة أو متقدم عليه).
        [no] ، وهو متأخر عن الخط المستقيم نحو القيمة المستهدفة.
       *[unknown] .
    }
chart-baseline = خط الأساس: { $value }
chart-target = القيمة المستهدفة: { $value }
chart-legend-measured = القياسات
chart-legend-straight-line = خط مستقيم من خط الأساس إلى القيمة المستهدفة
chart-legend-self-reported = مُبلَّغ عنه ذاتيًا
chart-legend-checked = تحقق منه شريك آخر أو جهة خارجية
timeline-title = الجدول الزمني للمعالم
timeline-legend-first-agreed = الموعد المتفق عليه أولًا
timeline-legend-replanned = الموعد بعد إعادة التخطيط
timeline-legend-achieved = مُنجَز
timeline-legend-overdue = متأخر
timeline-legend-missed = فائت
timeline-legend-cancelled = ملغى
timeline-mark-overdue = {" "}· متأخر
timeline-mark-missed = {" "}· فائت
timeline-mark-cancelled = {" "}· ملغى
# $total مَعلَمًا (أكثر من ستة دائمًا)؛ $between «، اتُّفق على مواعيدها أولًا بين ... و...» أو فارغ؛
# $parts الأعداد حسب الحالة.
timeline-summary = { $total ->
        [zero] { $total } مَعلَم
        [one] مَعلَم واحد
        [two] مَعلَمان
        [few] { $total } معالم
        [many] { $total } مَعلَمًا
       *[other] { $total } مَعلَم
    }{ $between }: { $parts }.
timeline-between = ، اتُّفق على مواعيدها أولًا بين { $first } و{ $last }
# الجزء الأول من $parts: كم أُنجز منها، وكم من هذه بعد الموعد ($late).
timeline-achieved = { $n ->
        [zero] لم يُنجَز أيٌّ منها
        [one] أُنجز واحد منها ({ $late ->
            [0] في الموعد
           *[other] بعد الموعد
        })
        [two] أُنجز اثنان منها ({ $late ->
            [0] كلاهما في الموعد
            [1] أحدهما بعد الموعد
           *[other] كلاهما بعد الموعد
        })
        [few] أُنجز { $n } منها ({ $late ->
            [0] كلها في الموعد
            [1] واحد منها بعد الموعد
            [2] اثنان منها بعد الموعد
           *[other] { $late } منها بعد الموعد
        })
        [many] أُنجز { $n } منها ({ $late ->
            [0] كلها في الموعد
            [1] واحد منها بعد الموعد
            [2] اثنان منها بعد الموعد
           *[other] { $late } منها بعد الموعد
        })
       *[other] أُنجز { $n } منها ({ $late ->
            [0] كلها في الموعد
            [1] واحد منها بعد الموعد
            [2] اثنان منها بعد الموعد
           *[other] { $late } منها بعد الموعد
        })
    }
timeline-overdue = { $n ->
        [zero] ولا يتأخر أيٌّ منها
        [one] وواحد متأخر
        [two] واثنان متأخران
        [few] و{ $n } متأخرة
        [many] و{ $n } متأخرة
       *[other] و{ $n } متأخرة
    }
timeline-open = { $n ->
        [zero] ولا يوجد أيٌّ منها مفتوحًا قبل موعده
        [one] وواحد مفتوح لم يحن موعده
        [two] واثنان مفتوحان لم يحن موعدهما
        [few] و{ $n } مفتوحة لم يحن موعدها
        [many] و{ $n } مفتوحة لم يحن موعدها
       *[other] و{ $n } مفتوحة لم يحن موعدها
    }
timeline-missed = { $n ->
        [zero] ولا يوجد أيٌّ منها فائتًا
        [one] وواحد فائت
        [two] واثنان فائتان
        [few] و{ $n } فائتة
        [many] و{ $n } فائتة
       *[other] و{ $n } فائتة
    }
timeline-cancelled = { $n ->
        [zero] ولا يوجد أيٌّ منها ملغى
        [one] وواحد ملغى
        [two] واثنان ملغيان
        [few] و{ $n } ملغاة
        [many] و{ $n } ملغاة
       *[other] و{ $n } ملغاة
    }
timeline-parts-join = ،{" "}
timeline-note = يعرض المخطط { $shown } من أصل { $total ->
        [zero] { $total } مَعلَم
        [one] مَعلَم واحد
        [two] مَعلَمين
        [few] { $total } معالم
        [many] { $total } مَعلَمًا
       *[other] { $total } مَعلَم
    }: المتأخرة كلها أولًا، ثم التي يحين موعدها تاليًا، ثم التي أُغلقت مؤخرًا. وتسرد الجداول المعالم كلها.
# أسماء الأشهر كاملة، كما في CLDR للعربية.
month-short = { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
month-tick = { month-short } { $year }
day-tick = { $day } { month-short } { $year }
timeline-item-agreed = { $title }: الموعد المتفق عليه أولًا { $date }
timeline-item-replanned = ، وأُعيد تخطيطه في { $on } إلى { $to }
timeline-item-completed = ، واكتمل في { $date }
timeline-item-overdue = ، ومتأخر منذ { $date }
# «الحالة:» بدل القوسين، لأن الحالة قد تحتوي على قوسين.
timeline-item-state = . الحالة: { $state }.{" "}
contributions-title = المساهمات حسب النوع، المتعهَّد بها والمستلَمة
contribution-kind-unit = { $kind } ({ $unit })
contribution-total = { $kind }: المتعهَّد به { $pledged }، والمستلَم { $received }
contributions-description = { $rows }.
chart-pledged = المتعهَّد به
chart-received = المستلَم

## البحث: المرشحات وما هو كل نتيجة.

search-filter-section = القسم
search-filter-status = الحالة
search-filter-partner = الشريك
search-filter-tag = الوسم
search-filter-year = السنة
search-status-former-partner = شريك سابق
search-status-current-partner = شريك حالي
search-status-achieved = مُنجَز
search-status-missed = فائت
search-status-cancelled = ملغى
search-status-overdue = متأخر
search-status-planned = مخطط له أو قيد التنفيذ
search-status-resolved-setback = انتكاسة محلولة
search-status-open-setback = انتكاسة غير محلولة

## سجل تغييرات السجل: ما تغيّر في إيداع (commit). $key اسم الحقل في الملف.

history-created = الإنشاء
history-restored = الاستعادة
history-removed = الحذف
history-text-edited = تعديل النص
history-set = عُيِّن { $key } إلى { $value }
history-added = أُضيف { $key }
history-field-removed = حُذف { $key }
history-items-added = { $key }: أُضيف { $n ->
        [zero] { $n } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $n } عناصر
        [many] { $n } عنصرًا
       *[other] { $n } عنصر
    }
history-items-removed = { $key }: حُذف { $n ->
        [zero] { $n } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $n } عناصر
        [many] { $n } عنصرًا
       *[other] { $n } عنصر
    }
history-edited = { $key }: عُدِّلت العناصر
# السهم يشير من القيمة السابقة إلى الجديدة في سطر يُقرأ من اليمين إلى اليسار.
history-changed-to = { $key }: { $from } ← { $to }
history-changed = غُيِّر { $key }
# عنوان موجز النشرة الإخبارية.
feed-newsletter-title = { $name }: النشرة الإخبارية
# تسمية عمود في مخطط المساهمات: «المتعهَّد به: ١٢٠٠».
chart-amount = { $name }: { $value }
