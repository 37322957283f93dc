# Las palabras del marco de las páginas (base.html), de los componentes compartidos
# (components.html) y de las páginas de inicio, socios, objetivos e hitos.
#
# Terminología (la misma en todos los archivos):
#   partner = socio; objective = objetivo; indicator = indicador; milestone = hito;
#   success = logro; setback = contratiempo; case study = estudio de caso;
#   contribution = aporte; pledge, pledged = compromiso, comprometido; received = recibido;
#   outstanding = pendiente (por pagar); overdue = atrasado (un compromiso: vencido);
#   achieved = cumplido; missed = incumplido; cancelled = cancelado; on track = en buen camino;
#   off track = desviado; the date first agreed = la fecha acordada inicialmente;
#   due date = fecha prevista; re-plan = replanificación; deliverable = entregable;
#   baseline = línea de base; target = meta; scorecard = cuadro de mando;
#   open data = datos abiertos; severity = gravedad; tags = etiquetas;
#   commit(ted) = registrado en el historial.
#
# Los argumentos $count, $days, $total... son números (escritos a la española; eligen la forma
# del plural: one para 1, many para 1.000.000 «de» hitos). $date es una fecha ya escrita en
# palabras; $date_iso, la misma fecha en formato 2026-03-15 (atributo datetime). Los mensajes
# con marcado (<time>, <a>, <code>, <strong>) se usan con t_html.

## base.html: cabecera, menú y pie de cada página.

# Título de la página de inicio cuando el sitio tiene un lema.
head-title-home = { $name }: { $tagline }
# Título de las demás páginas: $page y luego el nombre del sitio.
head-title = { $page } · { $name }
# Arriba de cada página impresa: el nombre del sitio y luego $page.
head-print-header = { $name } · { $page }
# The printed page's number, at the foot of each page: $page and $pages are the counters.
print-page-number = Página { $page } de { $pages }
# Nombres de los canales, tal como los muestran los navegadores.
head-feed-updates = { $name }: novedades
head-feed-newsletter = { $name }: boletín
skip-link = Saltar al contenido
# Nombre del menú principal para los lectores de pantalla.
menu-label = Principal
# Botón que abre el menú en pantallas pequeñas.
menu-toggle = Menú
# $name: la alianza; $date: el día en que se generó el sitio.
footer-as-of = { $name }. Cifras al { $date }.
# $newest: la fecha más reciente del contenido.
footer-as-of-newest = { $name }. Cifras al { $date }; última actualización: { $newest }.
footer-feed = Canal de novedades (Atom)
footer-tags = Etiquetas
footer-removed = Entradas retiradas
footer-sources = Cada cifra de este sitio proviene de un archivo de texto plano que lleva la alianza; cada página indica su fuente.
footer-built-with = Hecho con Candor.
# Un enlace, seguido de la licencia de los datos entre paréntesis.
footer-open-data = Datos abiertos

## components.html: listas de entradas, notas de «hay más», etiquetas, fuentes e historial.

# Antes del título de una entrada en una lista mixta: $kind, el tipo de entrada («Logro»).
ref-list-kind = { $kind }:
# Bajo una lista recortada: las primeras $shown entradas de $total.
more-first = { $shown ->
        [one] El primero de { $total }.
        [many] Los primeros { $shown } de { $total }.
       *[other] Los primeros { $shown } de { $total }.
    }
# Enlace a los datos abiertos, después de more-first.
more-open-data = Todos están en los datos abiertos
# Se lee antes de las etiquetas de una página.
tags-label = Etiquetas:
# $file: el archivo de contenido del que sale la página.
source-made-from = Elaborado a partir del archivo <code>{ $file }</code>
# Lo mismo, con $url, la dirección donde la alianza publica el archivo.
source-made-from-link = Elaborado a partir del archivo <a href="{ $url }"><code>{ $file }</code></a>
source-last-updated = última actualización: <time datetime="{ $date_iso }">{ $date }</time>
# Marca una página que es un borrador.
source-draft = borrador
record-history-title = Cambios en este registro
record-history-intro = Del historial de versiones de la alianza: cada cambio en el archivo, con la fecha en que se registró.
# Un cambio que está en los archivos pero aún no en el historial de versiones.
record-not-committed = aún no registrado
# Después de una fecha (y un commit) en el historial: $changes, los cambios hechos entonces.
record-history-changes = : { $changes }
# Entre dos cambios en $changes.
record-history-changes-join = {"; "}
# Marcado, usado solo dentro de otros mensajes: el commit de un cambio, entre paréntesis.
# $commit_shown es «link» (el commit $commit, enlazado a $commit_url), «code» (sin enlace) o
# «none» (aún no registrado).
record-commit = { $commit_shown ->
        [link] (<a href="{ $commit_url }"><code>{ $commit }</code></a>)
        [code] (<code>{ $commit }</code>)
       *[none] ({ record-not-committed })
    }

## components.html: la situación de un indicador y sus tablas.

standing-on-track = En buen camino
standing-behind = Por debajo de una línea recta hacia la meta
# Explica la marca dibujada en una barra de avance; $percent es un número.
standing-mark = La marca: dónde estaría hoy una línea recta hacia la meta ({ $percent } %).
# $progress: cuánto ha avanzado el indicador, en palabras.
standing-progress = { $progress }.
# Lo mismo, con la fecha para la que se espera alcanzar la meta.
standing-progress-target = { $progress }; fecha de la meta: { $date }.
standing-last-measured = Última medición hace { $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }.
# Columnas de una tabla de mediciones.
measurements-date = Fecha
measurements-value = Valor
measurements-verified = Cómo se verificó
measurements-note = Nota
# Columnas de una tabla de aportes por tipo.
totals-kind = Tipo
totals-unit = Unidad
totals-pledged = Comprometido
totals-paid = Pagado de lo comprometido
totals-outstanding = Pendiente
totals-unpledged = Recibido sin compromiso
totals-received = Recibido en total
# $amount: cuánto se pagó de más sobre lo comprometido.
totals-overpaid = ({ $amount } más de lo comprometido)
# $amount: la parte de lo pendiente cuya fecha ya pasó.
totals-overdue = ({ $amount } vencido)

## components.html: tablas de hitos.

# Entre paréntesis después de un título: $total entradas en total, $count de ellas en esta página.
count-on-this-page = { $total }; { $count } en esta página
# Leyenda de la tabla, leída por los lectores de pantalla: $group es el título del grupo («Atrasados»).
milestone-group-caption = Hitos: { $group }
milestone-group-milestone = Hito
milestone-group-status = Estado
milestone-group-first-agreed = Fecha acordada inicialmente
milestone-current-due = Fecha prevista actual
milestone-completed = Finalización
# Después de una nueva fecha prevista: $days después de la fecha acordada inicialmente, en $replans replanificaciones.
milestone-group-moved = ({ $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    } después de la fecha acordada inicialmente, { $replans ->
        [one] { $replans } replanificación
        [many] { $replans } de replanificaciones
       *[other] { $replans } replanificaciones
    })
# Después de una nueva fecha prevista que no es posterior a la fecha acordada inicialmente.
milestone-group-replans = ({ $replans ->
        [one] { $replans } replanificación
        [many] { $replans } de replanificaciones
       *[other] { $replans } replanificaciones
    })
# La fecha prevista nunca cambió.
milestone-group-unchanged = sin cambios
# No se completó ni se completará (incumplido o cancelado).
milestone-group-not-completed = no completado
milestone-group-not-yet = todavía no
# Después del estado de un hito: su fecha prevista ($date).
due-line-due = fecha prevista: <time datetime="{ $date_iso }">{ $date }</time>
# Para un hito cuya fecha cambió: la fecha acordada inicialmente ($date).
due-line-first-agreed = acordado inicialmente para el <time datetime="{ $date_iso }">{ $date }</time>

## components.html: el cuadro de mando y sus listas.

scorecard-title = Cuadro de mando
# $date: el día que describe el cuadro de mando.
scorecard-computed = Calculado a partir de los archivos al { $date }, no declarado. Cada número enlaza con la lista que cuenta.
scorecard-on-time = Hitos cumplidos a tiempo
scorecard-achieved-late = Cumplidos con retraso
scorecard-missed = Incumplidos
scorecard-overdue = Atrasados
scorecard-setbacks-open = Contratiempos aún abiertos
# Cuántos de los contratiempos abiertos son de gravedad alta, media y baja.
scorecard-open-by-severity = (gravedad alta: { $high }, media: { $medium }, baja: { $low })
scorecard-setbacks-actions = Contratiempos con acciones
scorecard-setbacks-lessons = Contratiempos con lecciones aprendidas
# $count de $total contratiempos.
scorecard-of = { $count } de { $total }
scorecard-on-track = Indicadores en buen camino
scorecard-off-track = Indicadores desviados
scorecard-pledges-overdue = Compromisos vencidos
scorecard-newest-update = Última actualización
# Todavía ninguna actualización.
scorecard-no-update = ninguna
scorecard-list-late = Hitos cumplidos con retraso
scorecard-list-missed = Hitos incumplidos
scorecard-list-overdue = Hitos atrasados
scorecard-list-not-judged = Indicadores que no se pueden evaluar (sin fechas o sin mediciones)
# Una lista vacía.
scorecard-list-none = Ninguno.
# Después del título de un contratiempo abierto: $severity en palabras, en minúsculas
# («alta»); $days, los días que lleva abierto.
scorecard-open-setback = : gravedad { $severity }, abierto desde hace { $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }
# Después del nombre de un socio: quedan $outstanding de $pledged (números) en $unit («GBP»,
# «horas») de $kind (el tipo de aporte, en minúsculas) sin pagar después de $date.
scorecard-pledge-overdue = : { $outstanding } de { $pledged } { $unit } ({ $kind }) sin pagar, vencía el <time datetime="{ $date_iso }">{ $date }</time>

## components.html: listas repartidas en varias páginas.

# Después del título de una lista, a partir de su segunda página.
list-page-number = (página { $number } de { $pages })
# Nombre de los enlaces de páginas para los lectores de pantalla.
pagination-label = Páginas de esta lista
pagination-showing = Se muestran del { $first } al { $last } de { $total }.
pagination-previous = Anterior
pagination-next = Siguiente
# Enlace a la página $number; la parte «visually-hidden» solo la leen los lectores de pantalla.
pagination-page = <span class="visually-hidden">Página </span>{ $number }

## components.html: tablas de socios y lo que un socio comprometió.

partner-table-partner = Socio
partner-label-kind = Tipo
partner-label-joined = Miembro desde
partner-table-pledged = Comprometido
partner-table-received = Recibido
partner-table-milestones = Hitos
# Después del nombre de un antiguo socio: el día en que se retiró.
partner-table-left = (se retiró el <time datetime="{ $date_iso }">{ $date }</time>)
# La fecha de incorporación no se publica.
partner-table-not-public = no publicada
# Nada comprometido, nada recibido o ningún hito.
partner-table-none = ninguno
# $count hitos, $late de ellos atrasados o incumplidos.
partner-table-milestones-late = { $count }, <strong class="late">{ $late ->
        [one] { $late } atrasado o incumplido
        [many] { $late } atrasados o incumplidos
       *[other] { $late } atrasados o incumplidos
    }</strong>
promised-title = Comprometido y entregado
# Después de una cantidad recibida.
promised-received = recibidos
# Después de una cantidad recibida: $paid pagados de los $pledged comprometidos.
promised-received-pledged = recibidos; { $paid } pagados de { $pledged } comprometidos
# Lo mismo, y $unpledged aportados sin compromiso.
promised-received-pledged-unpledged = recibidos; { $paid } pagados de { $pledged } comprometidos, { $unpledged } aportados sin compromiso
promised-overdue = { $amount } vencidos
# Un título, y un rubro de «Comprometido y entregado».
partner-milestones = Hitos a su cargo
# Después del número de hitos de un socio: $achieved de ellos cumplidos.
promised-milestones-achieved = { $achieved ->
        [one] { $achieved } cumplido
        [many] { $achieved } cumplidos
       *[other] { $achieved } cumplidos
    }
# Lo mismo, con $late atrasados o incumplidos.
promised-milestones-late = <span class="muted">{ $achieved ->
        [one] { $achieved } cumplido
        [many] { $achieved } cumplidos
       *[other] { $achieved } cumplidos
    }, </span><strong class="late">{ $late ->
        [one] { $late } atrasado o incumplido
        [many] { $late } atrasados o incumplidos
       *[other] { $late } atrasados o incumplidos
    }</strong>
partner-no-contributions = No hay aportes registrados.

## index.html: la página de inicio.

home-glance-title = Cómo vamos
# Cada uno de estos mensajes sigue a un número mostrado en grande ($count).
home-glance-overdue = { $count ->
        [one] hito atrasado
        [many] de hitos atrasados
       *[other] hitos atrasados
    }
home-glance-missed = y { $count ->
        [one] { $count } incumplido
        [many] { $count } incumplidos
       *[other] { $count } incumplidos
    }
home-glance-open = { $count ->
        [one] contratiempo aún abierto
        [many] de contratiempos aún abiertos
       *[other] contratiempos aún abiertos
    }
home-glance-resolved = ({ $count ->
        [one] { $count } resuelto
        [many] { $count } resueltos
       *[other] { $count } resueltos
    })
home-glance-achieved = { $count ->
        [one] hito cumplido
        [many] de hitos cumplidos
       *[other] hitos cumplidos
    }
home-glance-on-time-late = ({ $on_time } a tiempo, { $late } con retraso)
home-glance-successes = { $count ->
        [one] logro
        [many] de logros
       *[other] logros
    }
home-glance-partners = { $count ->
        [one] socio
        [many] de socios
       *[other] socios
    }
# Los socios que se retiraron, y los miembros que no se nombran.
home-glance-former = ({ $former ->
        [one] { $former } antiguo
        [many] { $former } antiguos
       *[other] { $former } antiguos
    })
home-glance-anonymous = ({ $anonymous ->
        [one] { $anonymous } anónimo
        [many] { $anonymous } anónimos
       *[other] { $anonymous } anónimos
    })
home-glance-former-anonymous = ({ $former ->
        [one] { $former } antiguo
        [many] { $former } antiguos
       *[other] { $former } antiguos
    }, { $anonymous ->
        [one] { $anonymous } anónimo
        [many] { $anonymous } anónimos
       *[other] { $anonymous } anónimos
    })
home-reports-link = El cuadro de mando completo de transparencia y todos los informes por período
home-late-title = Lo que va con retraso
home-late-all = { $count ->
        [one] El hito atrasado
        [many] Los { $count } de hitos atrasados
       *[other] Los { $count } hitos atrasados
    }
# $count: cuántos de ellos muestra la página de inicio.
home-late-shown = { $count ->
        [one] (se muestra el de más retraso)
        [many] (se muestran los { $count } de más retraso)
       *[other] (se muestran los { $count } de más retraso)
    }
home-setbacks-title = Lo que salió mal
home-setbacks-empty = Aún no se han informado contratiempos. Una alianza que no informa ninguno quizá no esté mirando.
home-setbacks-all = Todos los contratiempos
home-objectives-title = Avance de nuestros objetivos
home-objectives-all = { $count ->
        [one] El objetivo
        [many] Los { $count } de objetivos
       *[other] Los { $count } objetivos
    }
home-successes-title = Lo que logramos
home-successes-empty = Aún no se han informado logros.
home-successes-all = Todos los logros
# $days: hasta dónde mira la página de inicio (90 días).
home-upcoming-title = Con vencimiento { $days ->
        [one] en el próximo día
        [many] en los próximos { $days } días
       *[other] en los próximos { $days } días
    }
home-upcoming-empty = Nada vence { $days ->
        [one] en el próximo día
        [many] en los próximos { $days } días
       *[other] en los próximos { $days } días
    }.
home-upcoming-all = { $count ->
        [one] El hito
        [many] Los { $count } de hitos
       *[other] Los { $count } hitos
    } con vencimiento { $days ->
        [one] en el próximo día
        [many] en los próximos { $days } días
       *[other] en los próximos { $days } días
    }
home-upcoming-shown = { $count ->
        [one] (se muestra el más próximo)
        [many] (se muestran los { $count } más próximos)
       *[other] (se muestran los { $count } más próximos)
    }
home-partners-title = Quiénes la integran
home-partners-all = { $count ->
        [one] El socio
        [many] Los { $count } de socios
       *[other] Los { $count } socios
    }

## partners.html: la lista de socios.

# $name: la alianza.
partners-lede = Las organizaciones y personas que forman { $name }, lo que asumieron y lo que aportaron.
partners-anonymous = { $count ->
        [one] { $count } miembro de la alianza es anónimo y no se nombra en ninguna parte de este sitio.
        [many] { $count } de miembros de la alianza son anónimos y no se nombran en ninguna parte de este sitio.
       *[other] { $count } miembros de la alianza son anónimos y no se nombran en ninguna parte de este sitio.
    }
partners-contributions-title = Lo que aportaron los socios
# $url: la página que muestra quién aporta qué.
partners-resource-map = <a href="{ $url }">Quién aporta qué</a>: cada tipo de aporte con los socios que lo hicieron, y las capacidades que aportan los socios.
partners-side-by-side = Los montos comprometidos y recibidos se muestran lado a lado y nunca se suman.
partners-anonymous-counted = { $count ->
        [one] { $count } miembro de la alianza es anónimo: no se nombra en ninguna parte de este sitio, pero sus aportes se cuentan en estos totales.
        [many] { $count } de miembros de la alianza son anónimos: no se nombran en ninguna parte de este sitio, pero sus aportes se cuentan en estos totales.
       *[other] { $count } miembros de la alianza son anónimos: no se nombran en ninguna parte de este sitio, pero sus aportes se cuentan en estos totales.
    }
partners-chart-caption = Aportes por tipo: las barras rayadas son lo comprometido; las sólidas, lo recibido. La tabla siguiente da las mismas cifras.
partners-totals-caption = Aportes de todos los socios, por tipo
partners-empty = Aún no hay socios.
partners-current-title = Socios actuales
partners-current-caption = Socios actuales: lo que cada uno comprometió y entregó, y sus hitos
# Un título, y la leyenda de su tabla.
partners-former-title = Antiguos socios

## partner.html: un socio.

# $date: el día en que se retiró.
partner-former-badge = Antiguo socio: se retiró el { $date }
partner-label-left = Salida
partner-label-location = Ubicación
partner-label-website = Sitio web
partner-roles-title = Responsabilidades
partner-strengths-title = Lo que aporta
partner-contributions-title = Todos los aportes
partner-totals-caption = Totales por tipo (lo comprometido y lo recibido nunca se suman)
partner-contributions-caption = Todos los aportes registrados
partner-contribution-date = Fecha
partner-contribution-kind = Tipo
partner-contribution-amount = Monto
partner-contribution-status = Estado
partner-contribution-note = Nota
# El estado de un aporte se compone de estas piezas: un compromiso («Comprometido», o con su
# nombre, $id), luego quizá partner-pledged-due, luego pendiente, vencido o pagado.
partner-pledged = Comprometido
partner-pledged-id = Comprometido (<code>{ $id }</code>)
partner-pledged-due = , con vencimiento el <time datetime="{ $date_iso }">{ $date }</time>
# $amount: lo que queda por pagar.
partner-pledged-outstanding = : { $amount } por pagar
partner-pledged-overdue = : { $amount } por pagar, <strong class="late">vencido</strong>
partner-pledged-paid = : pagado en su totalidad
# Un aporte recibido, sin o con el compromiso que cumple ($pledge, el nombre del compromiso).
partner-received = Recibido
partner-received-fulfils = Recibido, en pago del compromiso <code>{ $pledge }</code>
# Títulos de las listas de entradas vinculadas al socio.
partner-objectives = Objetivos a su cargo
partner-successes = Logros
partner-setbacks = Contratiempos
partner-case-studies = Estudios de caso
# Entre dos nombres de socios en una lista («A, B, C»).
partner-names-join = {", "}

## objectives.html: la lista de objetivos.

objectives-lede = Lo que la alianza se propuso cambiar y cuánto ha avanzado. El avance se calcula a partir de las mediciones; nunca se escribe a mano.
objectives-empty = Aún no hay objetivos.
# También en la página de inicio.
objectives-no-indicators = Aún no hay indicadores.

## objective.html: un objetivo.

# Seguido de los socios que dirigen el objetivo y de un punto.
objective-led-by = Dirigido por
objective-corrections-title = Cifras corregidas
objective-corrections-intro = Estas cifras se publicaron y luego se cambiaron. La página muestra el valor corregido; el historial de versiones conserva ambos.
# Una cifra corregida: la medición del indicador $indicator del $measured, publicada primero
# como $from, corregida a $to (números) el $date, y luego el commit (véase record-commit).
objective-correction = { $indicator }, medición del <time datetime="{ $measured_iso }">{ $measured }</time>: publicada primero como { $from }, corregida a <strong>{ $to }</strong> el <time datetime="{ $date_iso }">{ $date }</time> { record-commit }
objective-indicators-title = Indicadores
# $indicator: el nombre del indicador, en minúsculas.
objective-chart-caption = Mediciones de «{ $indicator }», con la línea de base y la meta. La tabla siguiente da las mismas cifras.
objective-baseline = Línea de base
objective-target = Meta
# Después de la meta: la fecha para la que debe alcanzarse.
objective-target-by = para el <time datetime="{ $date_iso }">{ $date }</time>
# Si es mejor un valor más alto o más bajo.
objective-better = Sentido deseado
objective-better-direction = { $direction ->
        [decrease] A la baja
       *[other] Al alza
    }
# Las últimas $shown de las $count mediciones del indicador.
objective-latest-measurements = { $shown ->
        [one] La última
        [many] Las últimas { $shown }
       *[other] Las últimas { $shown }
    } de { $count } mediciones de «{ $indicator }»
objective-all-measurements = { $count ->
        [one] La medición
        [many] Las { $count } de mediciones
       *[other] Las { $count } mediciones
    } de «{ $indicator }»
objective-measurements = Mediciones de «{ $indicator }»
# $url: el archivo de datos abiertos con todas las mediciones.
objective-measurements-open-data = Todas las mediciones de todos los indicadores también están en los datos abiertos: <a href="{ $url }">measurements.csv</a>.
objective-no-measurement = Aún no hay mediciones.
objective-no-indicators = Este objetivo aún no tiene indicadores, así que su avance no se puede medir.
# Títulos de las listas de entradas vinculadas al objetivo.
objective-milestones = Hitos
objective-successes = Logros
objective-setbacks = Contratiempos
objective-case-studies = Estudios de caso

## milestones.html: la lista de hitos.

milestones-lede = Cada hito con la fecha acordada inicialmente. Un hito que pasó su fecha prevista sin cumplirse se muestra como atrasado, diga lo que diga su archivo.
milestones-chart-caption = Los hitos en un eje de fechas, cada uno desde la fecha acordada inicialmente. Las tablas siguientes dan las fechas de cada hito.
# Títulos de los grupos de hitos.
milestones-overdue = Atrasados
milestones-open = Planificados y en curso
milestones-achieved = Cumplidos
milestones-missed = Incumplidos
milestones-cancelled = Cancelados
# También en la página de inicio.
milestones-none-overdue = Nada está atrasado.
milestones-none-open = Nada está en curso.
milestones-none-achieved = Aún no se ha cumplido nada.

## milestone.html: un hito.

milestone-rewritten-title = Se cambió la fecha acordada inicialmente
# El $date (y luego el commit, véase record-commit), la fecha acordada inicialmente se cambió
# de $from a $to en el archivo.
milestone-rewrite = El <time datetime="{ $date_iso }">{ $date }</time> { record-commit }, la fecha acordada inicialmente se cambió del { $from } al { $to } sin registrar una replanificación.
milestone-rewritten-kept = Esta página mantiene el <strong>{ $date }</strong>, la primera fecha registrada, como fecha acordada inicialmente, y cuenta el retraso a partir de ella.
milestone-first-agreed-due = Fecha prevista acordada inicialmente
# El estado escrito en el archivo del hito (las palabras son las de milestone-status).
milestone-status-reported = Estado declarado
# Después de la fecha de finalización: $days después de la fecha acordada inicialmente.
milestone-completed-late = ({ $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    } después de la fecha acordada inicialmente)
milestone-objective = Objetivo
# Seguido de los nombres de los socios.
milestone-delivered-by = A cargo de
milestone-deliverables-title = Entregables
# $done de los $count entregables están hechos.
milestone-deliverables-done = ({ $done ->
        [one] { $done } hecho
        [many] { $done } hechos
       *[other] { $done } hechos
    } de { $count })
# Antes de un entregable.
milestone-deliverable-done = Hecho:
milestone-deliverable-not-done = Pendiente:
milestone-replans-title = Historial de replanificaciones
# $date: la fecha acordada inicialmente.
milestone-replan-first = <time datetime="{ $date_iso }">{ $date }</time>: fecha prevista acordada inicialmente.
# El $date, la fecha prevista pasó de $from a $to, $days más tarde.
milestone-replan = El <time datetime="{ $date_iso }">{ $date }</time>, se trasladó del { $from } al <strong>{ $to }</strong> ({ $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }{ $later ->
        [false] {" "}antes
       *[true] {" "}más tarde
    }).
# $reason: el motivo indicado en el archivo.
milestone-replan-reason = Motivo: { $reason }
milestone-no-replan-rewritten = No se registró ninguna replanificación: la fecha se reescribió en el archivo (véase más arriba).
milestone-never-replanned = Nunca se replanificó: la fecha prevista es la acordada inicialmente.
# Títulos de las listas de entradas vinculadas al hito.
milestone-successes = Logros
milestone-setbacks = Contratiempos

## Sites in several languages.

# Over an entry shown in the site's own language because it has no translation yet.
untranslated-notice = Esta entrada aún no está traducida: se muestra en su idioma original.
# The label of the language switcher.
languages-label = Idiomas
