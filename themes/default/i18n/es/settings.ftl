## Cómo se escribe la lengua (no son palabras que se muestren).

direction = ltr
number-digits = 0123456789
number-decimal-separator = ,
number-group-separator = .
# CLDR: en español no se agrupan los números de cuatro cifras (1000, pero 10.000).
number-grouping-from = 5
number-minus = -

## Fechas: 15 de marzo de 2026.

date = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## A percentage: $value is the number, already written.

percent = { $value } %

## The CSS counter style of printed page numbers (`decimal`, `arabic-indic`...).

counter-style = decimal

## The language's name in itself, for the language switcher.

language-name = Español
