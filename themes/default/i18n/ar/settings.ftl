## كيف تُكتب اللغة (ليست كلمات تُعرض).

direction = rtl
# الأرقام العربية المشرقية، كما في CLDR للعربية.
number-digits = ٠١٢٣٤٥٦٧٨٩
number-decimal-separator = ٫
number-group-separator = ٬
number-grouping-from = 4
number-minus = { "\u061C" }-

## التواريخ: ١٥ مارس ٢٠٢٦

date = { $day } { $month ->
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
    } { $year }

## A percentage: $value is the number, already written.

percent = { $value }٪

## The CSS counter style of printed page numbers (`decimal`, `arabic-indic`...).

counter-style = arabic-indic

## The language's name in itself, for the language switcher.

language-name = العربية
