## Comment la langue s’écrit (pas des mots affichés).

direction = ltr
number-digits = 0123456789
number-decimal-separator = ,
# Espace fine insécable (U+202F), comme le recommande l’Imprimerie nationale et CLDR.
number-group-separator = { "\u202F" }
number-grouping-from = 4
number-minus = −

## Dates : 1er janvier 2026, 15 mars 2026.

date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## A percentage: $value is the number, already written.

percent = { $value } %

## The CSS counter style of printed page numbers (`decimal`, `arabic-indic`...).

counter-style = decimal

## The language's name in itself, for the language switcher.

language-name = Français
