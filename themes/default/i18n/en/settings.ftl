## How the language is written. Every catalogue has these; they are not shown as words.

# `ltr` or `rtl`: the direction of the pages.
direction = ltr
# The ten digits, zero first.
number-digits = 0123456789
number-decimal-separator = .
number-group-separator = ,
# How many digits a whole number needs before it is grouped ("1,000": 4; "1000" but "10 000": 5).
number-grouping-from = 4
number-minus = -

## Dates. $day and $year are numbers, $month is the month's number (1 to 12).

date = { $day } { $month ->
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

## A percentage: $value is the number, already written.

percent = { $value }%

## The CSS counter style of printed page numbers (`decimal`, `arabic-indic`...).

counter-style = decimal

## The language's name in itself, for the language switcher.

language-name = English
