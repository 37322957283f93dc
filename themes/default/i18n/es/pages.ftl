# Las palabras de las páginas de entradas y de listas: logros, contratiempos, estudios de caso,
# páginas simples, boletines (y su correo), etiquetas, informes, datos abiertos, mapa de
# recursos, entradas eliminadas, búsqueda y página no encontrada.
#
# Terminología, la misma en todos los archivos: partner = socio, objective = objetivo,
# milestone = hito, indicator = indicador, target = meta, baseline = línea de base,
# success = logro, setback = contratiempo, case study = estudio de caso, newsletter = boletín
# (issue = número), report = informe, scorecard = cuadro de mando, pledge = compromiso
# (pledged = comprometido), received = recibido, contribution = aporte, amount = monto,
# open data = datos abiertos, tag = etiqueta, severity = gravedad, re-plan = replanificación
# (replanificado), overdue = atrasado (un compromiso: vencido), achieved = cumplido,
# missed = incumplido, due date = fecha prevista, the date first agreed = la fecha acordada
# inicialmente, on track = en buen camino, entry = entrada, period = periodo.
# Se trata al lector de usted.
#
# Los mensajes que se usan con `t_html` son marcado: un `&` se escribe `&amp;`.

## Comunes a estas páginas

# Entre los elementos de una lista de nombres, y entre un nombre y una fecha.
pages-list-separator = {", "}
# Entre un nombre (a menudo un enlace) y lo que se dice de él.
pages-colon = {": "}
# Termina una oración cuyas últimas palabras son enlaces que pone la plantilla.
pages-full-stop = .
pages-partners = Socios
pages-partner = Socio
pages-objective = Objetivo
pages-objectives = Objetivos
pages-milestone = Hito
pages-kind = Tipo
pages-unit = Unidad
pages-pledged = Comprometido
pages-received = Recibido
pages-change = Variación

## successes.html y success.html

successes-lede = Lo que salió bien, de lo más reciente a lo más antiguo. Los contratiempos se informan con el mismo peso en la <a href="{ $url }">página de contratiempos</a>.
successes-empty = Todavía no se ha informado ningún logro.
success-quotes-heading = En sus propias palabras
success-consent-expired = Ya no se muestran las citas ni las fotos de las personas involucradas: su consentimiento estuvo vigente hasta el { $date }.

## setbacks.html

setbacks-lede = Lo que salió mal, lo que aprendimos y lo que estamos haciendo al respecto. { $open ->
        [one] { $open } abierto
        [many] { $open } abiertos
       *[other] { $open } abiertos
    }, { $mitigating } en mitigación, { $resolved ->
        [one] { $resolved } resuelto
        [many] { $resolved } resueltos
       *[other] { $resolved } resueltos
    }.
setbacks-empty = Todavía no se ha informado ningún contratiempo.
setbacks-card-resolved-after = { $count ->
        [one] resuelto tras { $count } día
        [many] resuelto tras { $count } de días
       *[other] resuelto tras { $count } días
    }
setbacks-card-open-for = { $count ->
        [one] abierto desde hace { $count } día
        [many] abierto desde hace { $count } de días
       *[other] abierto desde hace { $count } días
    }

## setback.html

setback-severity = { $severity ->
        [high] Gravedad alta
        [medium] Gravedad media
       *[other] Gravedad baja
    }
setback-reported = Informado el
setback-resolved = Resuelto el
setback-resolved-after = { $count ->
        [one] (tras { $count } día)
        [many] (tras { $count } de días)
       *[other] (tras { $count } días)
    }
setback-open-for = Abierto desde hace
setback-days-open = { $count ->
        [one] { $count } día
        [many] { $count } de días
       *[other] { $count } días
    }
setback-partners = Socios involucrados
setback-objective = Objetivo afectado
setback-milestone = Hito afectado
setback-updates = Novedades
setback-no-updates = Todavía no se han publicado novedades.
setback-actions = Qué se está haciendo
setback-actions-caption = Acciones ante este contratiempo
setback-action = Acción
setback-action-owner = Responsable
setback-action-due = Fecha prevista
setback-action-state = Estado
setback-action-unassigned = sin asignar
setback-action-done = Hecha
setback-action-overdue = Atrasada
setback-action-open = Abierta
setback-no-actions = No hay acciones registradas.
setback-lessons = Qué aprendimos
setback-no-lessons = Todavía no hay aprendizajes registrados.
setback-responses = Respuestas de los socios

## case-studies.html y case-study.html

case-studies-lede = Historias más extensas de lo que cambió gracias al trabajo de la alianza, con cifras de antes y después.
case-study-outcomes = Antes y después
case-study-measure = Medida
case-study-before = Antes
case-study-after = Después
case-study-consent-expired = Ya no se muestran el relato ni las fotos de este estudio de caso: el consentimiento de las personas que aparecen en él estuvo vigente hasta el { $date }. Se mantienen las cifras de arriba y los socios involucrados.
case-study-toc = En esta página

## newsletters.html y newsletter.html (los títulos también son los del correo)

newsletters-lede = Todos los números que enviamos, con lo que cambió en el periodo que abarca cada uno. Siga los nuevos números con el <a href="{ $url }">canal del boletín</a>.
newsletter-covers = abarca del { $since } al { $until }
newsletter-as-sent = Este número se conserva tal como se envió: cada estado y cada fecha que aparecen abajo son los del { $date }. Cada elemento enlaza a su página, que muestra cómo está hoy.
newsletter-nothing-new-since = No se registró nada nuevo entre el { $since } y el { $until }. Preferimos decirlo antes que rellenar este número.
newsletter-nothing-new = No se registró nada nuevo entre el inicio y el { $until }. Preferimos decirlo antes que rellenar este número.
newsletter-successes = Logros
newsletter-achieved = Hitos cumplidos
newsletter-slipped = Hitos incumplidos, aplazados o atrasados
newsletter-setbacks = Contratiempos
newsletter-setbacks-resolved = Contratiempos resueltos
newsletter-indicators = Indicadores
newsletter-indicator-moved = { $from } → { $to } ({ $percent } del camino hacia la meta)
newsletter-pledges-overdue = Compromisos ya vencidos
newsletter-pledge-overdue = <strong>{ $outstanding } de { $pledged } { $unit }</strong> ({ $kind }) sin pagar, vencía el <time datetime="{ $due }">{ $date }</time>
newsletter-case-studies = Nuevos estudios de caso
newsletter-coming-up = { $count ->
        [one] Lo que viene en el próximo día
        [many] Lo que viene en los próximos { $count } de días
       *[other] Lo que viene en los próximos { $count } días
    }

## newsletter/email.html: el correo de un número

email-changes-since = lo que cambió desde el { $date }
email-view-online = Leer en la web
email-nothing-new = No se registró nada nuevo en este periodo. Preferimos decirlo antes que rellenar este número.
email-more = { $count ->
        [one] Y { $count } más en <a href="{ $url }">este número en la web</a>.
        [many] Y { $count } más en <a href="{ $url }">este número en la web</a>.
       *[other] Y { $count } más en <a href="{ $url }">este número en la web</a>.
    }
email-indicators = Cómo evolucionaron nuestros indicadores
email-indicator-moved = De { $from } a { $to }: { $percent } del camino hacia la meta.
email-pledge-overdue = { $outstanding } de { $pledged } { $unit } ({ $kind }) sin pagar, vencía el { $date }
email-due = Previsto para el { $date }

## tags.html y tag.html

tags-empty = Todavía no hay entradas etiquetadas.
tag-page-number = (página { $number } de { $total })

## reports.html

reports-lede = { $reporting ->
        [quarterly] Un informe por trimestre con lo que estaba previsto, lo que se entregó, lo que salió mal y lo que aportaron los socios. Cada uno se imprime bien o se guarda como PDF desde el navegador.
       *[other] Un informe por año con lo que estaba previsto, lo que se entregó, lo que salió mal y lo que aportaron los socios. Cada uno se imprime bien o se guarda como PDF desde el navegador.
    }
reports-so-far = (hasta ahora)
reports-no-setbacks = No se informaron contratiempos en este periodo
reports-empty = Todavía no ha pasado nada sobre lo que informar.
reports-scorecard = Dónde estamos hoy

## report.html: el informe de un periodo

report-title = { $alliance }: informe de { $period }
report-covers = Abarca del <time datetime="{ $start }">{ $start_date }</time> al <time datetime="{ $end }">{ $end_date }</time>.
report-covers-so-far = Abarca del <time datetime="{ $start }">{ $start_date }</time> al <time datetime="{ $end }">{ $end_date }</time>; periodo en curso: cifras al <time datetime="{ $as_of }">{ $as_of_date }</time>.
report-no-setbacks-notice = { $count ->
        [one] No se informó ningún contratiempo en este periodo, aunque sí { $count } logro. Los contratiempos forman parte de todo informe honesto; si algo salió mal, debe figurar aquí.
        [many] No se informó ningún contratiempo en este periodo, aunque sí { $count } de logros. Los contratiempos forman parte de todo informe honesto; si algo salió mal, debe figurar aquí.
       *[other] No se informó ningún contratiempo en este periodo, aunque sí { $count } logros. Los contratiempos forman parte de todo informe honesto; si algo salió mal, debe figurar aquí.
    }
report-scorecard = Cuadro de mando del periodo
report-milestones = Hitos
report-timeline-caption = Hitos previstos, cumplidos o replanificados en este periodo. Las tablas de abajo dan las mismas fechas.
report-achieved = Cumplidos
report-due = Previstos para este periodo
report-missed = Incumplidos
report-delayed = Replanificados en este periodo
report-cancelled = Cancelados
report-overdue-now = Atrasados hoy
report-overdue-at-end = Atrasados al final del periodo
report-achieved-late = { $count ->
        [one] cumplido el { $date }, <strong>con { $count } día de retraso</strong> respecto de la fecha acordada inicialmente.
        [many] cumplido el { $date }, <strong>con { $count } de días de retraso</strong> respecto de la fecha acordada inicialmente.
       *[other] cumplido el { $date }, <strong>con { $count } días de retraso</strong> respecto de la fecha acordada inicialmente.
    }
report-achieved-on-time = cumplido el { $date }, a tiempo.
report-none-achieved = No se cumplió ningún hito en este periodo.
report-none = Ninguno.
report-no-successes = No se informaron logros en este periodo.
report-setbacks-count = ({ $reported ->
        [one] { $reported } informado
        [many] { $reported } informados
       *[other] { $reported } informados
    }, { $resolved ->
        [one] { $resolved } resuelto
        [many] { $resolved } resueltos
       *[other] { $resolved } resueltos
    })
report-no-setbacks = No se informaron contratiempos en este periodo.
report-resolved = Resueltos en este periodo
report-indicators = Indicadores
report-indicators-caption = Cómo evolucionó cada indicador en { $period }
report-indicator = Indicador
report-start = Inicio
report-end = Fin
report-progress = Avance hacia la meta
report-not-measured = (no se midió en este periodo)
report-no-indicators = Ningún indicador se había medido al final de este periodo.
report-contributions = Aportes
report-contributions-caption = Aportes registrados en este periodo; las barras rayadas son lo comprometido y las barras llenas, lo recibido.
report-totals-caption = Todos los socios (lo comprometido y lo recibido nunca se suman)
report-by-partner = Por socio
report-anonymous-members = Miembros anónimos <span class="muted">(agrupados)</span>
report-no-contributions = No se registraron aportes en este periodo.
report-pager = Otros informes
report-previous = Anterior: { $period }
report-next = Siguiente: { $period }

## data.html: los datos abiertos

data-lede = Todo lo que hay en este sitio, en forma de datos que puede descargar, verificar y reutilizar bajo la licencia { $license }.
data-files = Archivos
data-file = Archivo
data-holds = Qué contiene
data-file-alliance = Toda la alianza: cada entrada con sus campos, los datos que se derivan de ella (atrasos, avance, totales) y sus vínculos con otras entradas, además de los informes y el cuadro de mando.
data-file-schema = El esquema JSON (JSON Schema) que sigue alliance.json.
data-file-partners = Una fila por socio: tipo, fechas, funciones.
# «(anonymous)» está escrito así en el archivo: no se traduce.
data-file-contributions = Una fila por aporte: socio, fecha, tipo, monto, unidad, comprometido o recibido. Lo que aportaron los miembros anónimos está en filas cuyo socio es (anonymous), agrupadas por tipo, unidad y estado, sin fecha.
data-file-objectives = Una fila por objetivo, con sus responsables.
data-file-indicators = Una fila por indicador: línea de base, meta, último valor, avance, en buen camino o no.
data-file-measurements = Una fila por medición, con cómo se verificó.
data-file-milestones = Una fila por hito: fecha acordada inicialmente y fecha prevista actual, estado, atrasado o no, días de retraso.
data-file-successes = Una fila por logro.
data-file-setbacks = Una fila por contratiempo: gravedad, estado, días abierto, acciones y aprendizajes.
data-file-case-studies = Una fila por estudio de caso.
data-csv = Los archivos CSV tienen una fila de encabezado, fechas ISO (AAAA-MM-DD) y entrecomillado según la RFC 4180; las celdas de texto que empiezan por = + - o @ llevan delante un apóstrofo para que las hojas de cálculo no las ejecuten como fórmulas.
# «source» es el nombre de un campo de los archivos: no se traduce.
data-licence = Licencia: <strong>{ $license }</strong>. Por favor, cite a { $alliance }. Cifras al { $date }; cada registro indica el archivo del que proviene (<code>source</code>).

## resources.html: el mapa de recursos

resources-lede = El mapa de recursos de la alianza: para cada tipo de aporte, quién lo hizo, de mayor a menor, y las habilidades y recursos que los socios dicen aportar. Los montos comprometidos y recibidos se muestran lado a lado y nunca se suman.
# La variante [0] se usa cuando no hay nada comprometido ($pledged) o ningún miembro anónimo aportó ($anonymous).
resources-kind-summary = { $pledged ->
        [0] Recibido: { $received }
       *[other] Recibido: { $received }; comprometido: { $pledged }
    }; aportado por { $partners ->
        [one] { $partners } socio
        [many] { $partners } de socios
       *[other] { $partners } socios
    }{ $anonymous ->
        [0] {""}
        [one] {" "}y { $anonymous } miembro anónimo
        [many] {" "}y { $anonymous } de miembros anónimos
       *[other] {" "}y { $anonymous } miembros anónimos
    }.
resources-caption = { $kind }, por socio
resources-caption-unit = { $kind } ({ $unit }), por socio
resources-strengths = Habilidades y recursos que aportan los socios
resources-and-more = { $count ->
        [one] y { $count } más
        [many] y { $count } más
       *[other] y { $count } más
    }

## removed.html: las entradas eliminadas de los archivos

removed-lede = Entradas que este sitio publicó alguna vez y que luego se eliminaron de los archivos de la alianza, de la eliminación más reciente a la más antigua. Un contratiempo o una promesa no desaparece sin dejar rastro: su último título, y cuándo se eliminó, quedan aquí.
removed-caption = { $count ->
        [one] { $count } entrada eliminada
        [many] { $count } de entradas eliminadas
       *[other] { $count } entradas eliminadas
    }
removed-entry = Entrada
removed-first-published = Primera publicación
removed-removed = Eliminación
removed-last-file = Su último archivo
removed-kind = { $collection ->
        [partners] Socio
        [objectives] Objetivo
        [milestones] Hito
        [successes] Logro
        [setbacks] Contratiempo
        [case-studies] Estudio de caso
        [pages] Página
        [newsletters] Boletín
       *[other] Entrada
    }
removed-empty = No se ha eliminado ninguna entrada publicada: todas las entradas del historial de versiones siguen en este sitio.

## search.html: search.js completa { $count }, { $what }, etc.: conserve cada variable.

search-fallback = La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado o no se ha cargado. Todas las entradas también aparecen, con su estado, en estas páginas:
search-label = Buscar en este sitio
search-button = Buscar
search-filters = Acotar los resultados
search-any = Cualquiera
search-searching = Buscando…
search-none = No hay resultados{ $what }{ $within }. Pruebe con menos palabras o con otras, o con menos filtros.
# No son palabras: las categorías de plural del español (CLDR), cada una con un número que la tiene.
search-plural-forms = one:1 many:1000000 other:100
search-found = { $n ->
        [one] { $count } resultado{ $what }{ $within }.
        [many] { $count } de resultados{ $what }{ $within }.
       *[other] { $count } resultados{ $what }{ $within }.
    }
search-what = {" "}para “{ $term }”
search-within = {" "}en { $filters }
search-quoted = { $filter } “{ $value }”
search-dropped = Ya no se ofrece, así que se omitió: { $filters }.
search-failed = No se pudo completar la búsqueda. Recargue la página para intentarlo de nuevo, o recorra las listas del menú.
search-more = Mostrar más resultados

## 404.html

notfound-lede = No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.
notfound-try = Pruebe con la <a href="{ $url }">página de inicio</a>
