## Palabras que Candor forma a partir de los hechos (estados, retrasos, resúmenes, gráficos,
## fuentes). Los argumentos $n, $days, $count... son números: eligen la forma del plural
## (español: one para 1, many para los millones, other en los demás casos).
##
## Terminología (la misma que en layout.ftl y pages.ftl):
##   partner = socio; objective = objetivo; milestone = hito (m.); success = logro (m.);
##   setback = contratiempo (m.); case study = estudio de caso; newsletter = boletín;
##   page = página; tag = etiqueta;
##   planned = previsto; in progress = en curso; achieved = cumplido; delayed = aplazado;
##   missed = incumplido; cancelled = cancelado; overdue = atrasado (de retraso);
##   on time = a tiempo; the date first agreed = la fecha acordada inicialmente;
##   due date = fecha prevista; re-plan = replanificación (replanificar);
##   baseline = línea de base; target = meta; on track = en buen camino;
##   severity = gravedad (baja, media, alta); reported = comunicado;
##   pledged = comprometido; received = recibido; open data = datos abiertos.
## Porcentaje con espacio de no separación (U+00A0) delante de %, como en CLDR.

## Colecciones: una entrada en palabras y el título de la colección.

collection-one = { $collection ->
        [partners] socio
        [objectives] objetivo
        [milestones] hito
        [successes] logro
        [setbacks] contratiempo
        [case-studies] estudio de caso
        [pages] página
       *[newsletters] boletín
    }
collection-title = { $collection ->
        [partners] Socios
        [objectives] Objetivos
        [milestones] Hitos
        [successes] Logros
        [setbacks] Contratiempos
        [case-studies] Estudios de caso
        [pages] Páginas
       *[newsletters] Boletines
    }

## Tipos y estados tal como se escriben en los archivos.

partner-kind = { $kind ->
        [nonprofit] Organización sin fines de lucro
        [school] Centro educativo
        [business] Empresa
        [government] Administración pública
        [community-group] Grupo comunitario
        [funder] Financiador
        [individual] Particular
       *[other] Otro
    }
contribution-kind = { $kind ->
        [funds] Fondos
        [volunteer-hours] Horas de voluntariado
        [in-kind] En especie
        [skills] Conocimientos
       *[venue] Espacios
    }
verification = { $verification ->
        [self-reported] Autodeclarado
        [partner-confirmed] Confirmado por un socio
        [independent] Verificado de forma independiente
       *[audited] Auditado
    }
# La gravedad (femenino): «Gravedad: alta».
severity = { $severity ->
        [low] Baja
        [medium] Media
       *[high] Alta
    }
# El estado de un contratiempo (masculino).
setback-status = { $status ->
        [open] Abierto
        [mitigating] En mitigación
       *[resolved] Resuelto
    }
# «Abierto, gravedad alta».
setback-state = { $status ->
        [open] Abierto
        [mitigating] En mitigación
       *[resolved] Resuelto
    }, gravedad { $severity ->
        [low] baja
        [medium] media
       *[high] alta
    }
# El estado de un hito (masculino).
milestone-status = { $status ->
        [planned] Previsto
        [in-progress] En curso
        [achieved] Cumplido
        [delayed] Aplazado
        [missed] Incumplido
       *[cancelled] Cancelado
    }

## El estado de un hito en la fecha de generación. $days: días después de la fecha prevista
## actual; $moved: días entre la fecha acordada inicialmente y la fecha prevista actual; $late:
## días después de la fecha acordada inicialmente; $due: la fecha prevista actual, en palabras
## («15 de enero de 2027»).

days = { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
milestone-overdue-not-started = { days } de retraso, sin iniciar
milestone-overdue-delayed = { days } de retraso, aplazado
milestone-overdue-in-progress = { days } de retraso, en curso
milestone-past-new-date-not-started = { days } de retraso respecto a su nueva fecha, sin iniciar
# $total: días después de la fecha acordada inicialmente.
milestone-past-new-date = { days } de retraso respecto a su nueva fecha ({ $total ->
        [one] { $total } día
        [many] { $total } días
       *[other] { $total } días
    } de retraso respecto a la fecha acordada inicialmente)
milestone-achieved-on-time = Cumplido a tiempo
milestone-achieved-late = Cumplido { $late ->
        [one] { $late } día
        [many] { $late } días
       *[other] { $late } días
    } después de la fecha acordada inicialmente
milestone-delayed-to = Aplazado al { $due }
milestone-now-due = { milestone-status }, con nueva fecha prevista el { $due }
# Se añade tras un estado cuando el hito se replanificó.
milestone-moved = { $state } ({ $moved ->
        [one] { $moved } día
        [many] { $moved } días
       *[other] { $moved } días
    } después de la fecha acordada inicialmente)

## El avance de un indicador.

progress-reached = { $percent } % del camino de { $baseline } a { $target } (último dato: { $value } el { $date })
progress-none = Aún no hay mediciones

## Cambios de una cifra. $amount es el cambio, ya escrito; $n el cambio como número.

change-none = sin cambios
change-up = sube { $amount }
change-down = baja { $amount }
change-points = { $n ->
        [one] { $amount } punto
        [many] { $amount } puntos
       *[other] { $amount } puntos
    }

## Periodos de los informes.

period-year = { $year }
period-quarter = T{ $quarter } { $year } ({ $quarter ->
        [1] enero a marzo
        [2] abril a junio
        [3] julio a septiembre
       *[4] octubre a diciembre
    })
period-quarter-other = T{ $quarter } { $year }

## El resumen del informe de un periodo: en pretérito para un periodo terminado y con «hasta
## ahora» mientras sigue en curso. Las frases se unen una tras otra (summary-join).

summary-none-due = Ningún hito llegó a su fecha prevista.
summary-none-due-so-far = Hasta ahora, ningún hito ha llegado a su fecha prevista.
summary-due = { $due ->
        [one] { $due } hito llegó
        [many] { $due } hitos llegaron
       *[other] { $due } hitos llegaron
    } a su fecha prevista: { $achieved }.
summary-due-so-far = Hasta ahora, { $due ->
        [one] { $due } hito ha llegado
        [many] { $due } hitos han llegado
       *[other] { $due } hitos han llegado
    } a su fecha prevista: { $achieved }.
# Cuántos de los hitos con fecha prevista se cumplieron ($n) y cuántos de ellos a tiempo
# ($on_time); $all: «yes» cuando todos.
summary-achieved-none = no se cumplió ninguno
summary-achieved-none-so-far = aún no se ha cumplido ninguno
summary-achieved = { $n ->
        [one] { $n } se cumplió, { $on_time ->
            [1] a tiempo
           *[other] con retraso
        }
        [many] { $n } se cumplieron, { $on_time ->
            [0] ninguno a tiempo
           *[other] { $all ->
                [yes] { $n ->
                    [2] ambos a tiempo
                   *[other] todos a tiempo
                }
               *[no] { $on_time } de ellos a tiempo
            }
        }
       *[other] { $n } se cumplieron, { $on_time ->
            [0] ninguno a tiempo
           *[other] { $all ->
                [yes] { $n ->
                    [2] ambos a tiempo
                   *[other] todos a tiempo
                }
               *[no] { $on_time } de ellos a tiempo
            }
        }
    }
summary-achieved-so-far = { $n ->
        [one] { $n } se ha cumplido, { $on_time ->
            [1] a tiempo
           *[other] con retraso
        }
        [many] { $n } se han cumplido, { $on_time ->
            [0] ninguno a tiempo
           *[other] { $all ->
                [yes] { $n ->
                    [2] ambos a tiempo
                   *[other] todos a tiempo
                }
               *[no] { $on_time } de ellos a tiempo
            }
        }
       *[other] { $n } se han cumplido, { $on_time ->
            [0] ninguno a tiempo
           *[other] { $all ->
                [yes] { $n ->
                    [2] ambos a tiempo
                   *[other] todos a tiempo
                }
               *[no] { $on_time } de ellos a tiempo
            }
        }
    }
summary-overdue-now = { $n ->
        [one] Ahora hay { $n } hito atrasado.
        [many] Ahora hay { $n } hitos atrasados.
       *[other] Ahora hay { $n } hitos atrasados.
    }
summary-overdue-at-end = { $n ->
        [one] Al terminar el periodo, { $n } hito seguía atrasado.
        [many] Al terminar el periodo, { $n } hitos seguían atrasados.
       *[other] Al terminar el periodo, { $n } hitos seguían atrasados.
    }
summary-no-success = No se comunicó ningún logro.
summary-no-success-so-far = Hasta ahora no se ha comunicado ningún logro.
summary-successes = { $n ->
        [one] { $n } logro comunicado.
        [many] { $n } logros comunicados.
       *[other] { $n } logros comunicados.
    }
summary-successes-so-far = { $n ->
        [one] { $n } logro comunicado hasta ahora.
        [many] { $n } logros comunicados hasta ahora.
       *[other] { $n } logros comunicados hasta ahora.
    }
summary-no-setback = No se comunicó ningún contratiempo.
summary-no-setback-so-far = Hasta ahora no se ha comunicado ningún contratiempo.
# $resolved: cuántos de los $n contratiempos se resolvieron; $all: «yes» cuando todos.
summary-setbacks = { $n ->
        [one] { $n } contratiempo comunicado
        [many] { $n } contratiempos comunicados
       *[other] { $n } contratiempos comunicados
    }, { summary-resolved }.
summary-setbacks-so-far = { $n ->
        [one] { $n } contratiempo comunicado
        [many] { $n } contratiempos comunicados
       *[other] { $n } contratiempos comunicados
    } hasta ahora, { summary-resolved }.
summary-resolved = { $resolved ->
        [0] { $n ->
            [one] sin resolver
           *[other] ninguno de ellos resuelto
        }
       *[other] { $all ->
            [yes] { $n ->
                [one] ya resuelto
                [2] ambos resueltos
               *[other] todos ellos resueltos
            }
           *[no] { $resolved ->
                [one] { $resolved } de ellos resuelto
                [many] { $resolved } de ellos resueltos
               *[other] { $resolved } de ellos resueltos
            }
        }
    }
# Une las frases del resumen.
summary-join = { $first } { $rest }

## La cifra destacada de un logro: «120 niños alimentados». $value ya está escrito; $unit lleva
## su espacio.

metric = { $value }{ $unit } { $label }

## Entradas de la fuente: qué pasó y después el título de la entrada.

feed-success = Logro: { $title }
feed-setback = Contratiempo (gravedad { $severity ->
        [low] baja
        [medium] media
       *[high] alta
    }, { $status ->
        [open] abierto
        [mitigating] en mitigación
       *[resolved] resuelto
    }): { $title }
feed-case-study = Estudio de caso: { $title }
# $state: el estado del hito en palabras, en minúsculas («cumplido a tiempo»).
feed-achieved = Hito { $state }: { $title }
feed-replanned = Hito replanificado al { $date }: { $title }
feed-missed = Hito incumplido: { $title }
feed-overdue = Hito atrasado ({ $status ->
        [planned] previsto
        [in-progress] en curso
        [achieved] cumplido
        [delayed] aplazado
        [missed] incumplido
       *[cancelled] cancelado
    }): { $title }
feed-overdue-summary = Previsto para el { $date }; aún sin cumplir.

## Títulos de las páginas que no son de una entrada.

page-tags = Etiquetas
page-tagged = Etiqueta «{ $tag }»
page-not-found = Página no encontrada
page-open-data = Datos abiertos
page-reports = Informes
page-report = Informe de { $period }
page-resource-map = Quién aporta qué
page-removed = Entradas eliminadas
page-search = Búsqueda
# Una página posterior de una lista dividida en páginas.
page-numbered = { $title } (página { $number } de { $pages })
menu-reports = Informes
menu-search = Buscar

## Gráficos: títulos, descripciones que se leen en lugar del dibujo y palabras escritas en
## ellos.

timeline-today = Hoy
timeline-end-of-period = Fin del periodo
chart-indicator-title = { $name } a lo largo del tiempo
# $baseline y $target llevan su unidad; $on y $by son partes del tipo « a 3 de marzo de 2025»
# (con el espacio delante) o están vacíos.
chart-baseline-target = Línea de base: { $baseline }{ $on }; meta: { $target }{ $by }.
chart-baseline-on = {" "}a { $date }
chart-target-by = {" "}para el { $date }
chart-no-measurements = Aún no hay mediciones.
chart-measurements = Mediciones: { $list }.
chart-measurement = { $value } el { $date }
chart-list-join = ;{" "}
chart-measurements-summary = { $n } mediciones del { $first_date } al { $last_date }, entre { $lowest } y { $highest }: la primera, { $first }; la más reciente, { $last }.
chart-up-since-first = Sube { $amount } desde la primera.
chart-down-since-first = Baja { $amount } desde la primera.
chart-progress = La más reciente está al { $percent } % del camino entre la línea de base y la meta{ $on_track ->
        [yes] , en buen camino (sobre la línea recta hacia la meta o por delante de ella).
        [no] , por detrás de la línea recta hacia la meta.
       *[unknown] .
    }
chart-baseline = Línea de base: { $value }
chart-target = Meta: { $value }
chart-legend-measured = Mediciones
chart-legend-straight-line = Línea recta de la línea de base a la meta
chart-legend-self-reported = Autodeclarado
chart-legend-checked = Verificado por otro socio o por terceros
timeline-title = Cronología de los hitos
timeline-legend-first-agreed = Fecha acordada inicialmente
timeline-legend-replanned = Fecha replanificada
timeline-legend-achieved = Cumplido
timeline-legend-overdue = Atrasado
timeline-legend-missed = Incumplido
timeline-legend-cancelled = Cancelado
timeline-mark-overdue = {" "}· atrasado
timeline-mark-missed = {" "}· incumplido
timeline-mark-cancelled = {" "}· cancelado
# $total hitos; $between es «, acordados inicialmente entre ... y ...» o vacío; $parts los
# recuentos por estado.
timeline-summary = { $total } hitos{ $between }: { $parts }.
timeline-between = , acordados inicialmente entre el { $first } y el { $last }
timeline-achieved = { $n ->
        [0] ninguno cumplido
        [one] { $n } cumplido ({ $late ->
            [0] a tiempo
           *[other] con retraso
        })
        [many] { $n } cumplidos ({ $late ->
            [0] ninguno con retraso
           *[other] { $late } de ellos con retraso
        })
       *[other] { $n } cumplidos ({ $late ->
            [0] ninguno con retraso
           *[other] { $late } de ellos con retraso
        })
    }
timeline-overdue = { $n ->
        [one] { $n } atrasado
        [many] { $n } atrasados
       *[other] { $n } atrasados
    }
timeline-open = { $n ->
        [one] { $n } abierto y aún en plazo
        [many] { $n } abiertos y aún en plazo
       *[other] { $n } abiertos y aún en plazo
    }
timeline-missed = { $n ->
        [one] { $n } incumplido
        [many] { $n } incumplidos
       *[other] { $n } incumplidos
    }
timeline-cancelled = { $n ->
        [one] { $n } cancelado
        [many] { $n } cancelados
       *[other] { $n } cancelados
    }
timeline-parts-join = ,{" "}
timeline-note = El gráfico muestra { $shown } de los { $total } hitos: primero todos los atrasados, luego los próximos en llegar a su fecha y luego los cerrados más recientemente. Las tablas los recogen todos.
# Abreviaturas de CLDR (formato abreviado).
month-short = { $month ->
        [1] ene.
        [2] feb.
        [3] mar.
        [4] abr.
        [5] may.
        [6] jun.
        [7] jul.
        [8] ago.
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] dic.
    }
month-tick = { month-short } { $year }
day-tick = { $day } { month-short } { $year }
timeline-item-agreed = { $title }: acordado inicialmente para el { $date }
timeline-item-replanned = , replanificado el { $on } al { $to }
timeline-item-completed = , completado el { $date }
timeline-item-overdue = , atrasado desde el { $date }
# «Estado:» en lugar de paréntesis: el estado puede llevar los suyos.
timeline-item-state = . Estado: { $state }.{" "}
contributions-title = Aportes por tipo, comprometidos y recibidos
contribution-kind-unit = { $kind } ({ $unit })
contribution-total = { $kind }: comprometido { $pledged }, recibido { $received }
contributions-description = { $rows }.
chart-pledged = Comprometido
chart-received = Recibido

## Búsqueda: filtros y qué es un resultado.

search-filter-section = Sección
search-filter-status = Estado
search-filter-partner = Socio
search-filter-tag = Etiqueta
search-filter-year = Año
search-status-former-partner = Antiguo socio
search-status-current-partner = Socio actual
search-status-achieved = Cumplido
search-status-missed = Incumplido
search-status-cancelled = Cancelado
search-status-overdue = Atrasado
search-status-planned = Previsto o en curso
search-status-resolved-setback = Contratiempo resuelto
search-status-open-setback = Contratiempo sin resolver

## El historial de cambios de un registro: qué cambió en un commit. $key es el nombre del campo
## en el archivo.

history-created = Creación
history-restored = Restauración
history-removed = Eliminación
history-text-edited = Texto modificado
history-set = { $key } establecido en { $value }
history-added = { $key } añadido
history-field-removed = { $key } eliminado
history-items-added = { $key }: { $n ->
        [one] { $n } añadido
        [many] { $n } añadidos
       *[other] { $n } añadidos
    }
history-items-removed = { $key }: { $n ->
        [one] { $n } eliminado
        [many] { $n } eliminados
       *[other] { $n } eliminados
    }
history-edited = { $key }: elementos modificados
history-changed-to = { $key }: { $from } → { $to }
history-changed = { $key } modificado
# El título de la fuente del boletín.
feed-newsletter-title = { $name }: boletín
# La etiqueta de una barra del gráfico de aportes: «Comprometido: 1200».
chart-amount = { $name }: { $value }
