# Les mots des pages d’entrées et de listes : réussites, revers, études de cas, pages simples,
# lettres d’information (et leur courriel), étiquettes, rapports, données ouvertes, carte des
# ressources, entrées retirées, recherche et page introuvable.
#
# Terminologie, la même dans tous les fichiers : partner = partenaire, objective = objectif,
# milestone = jalon, indicator = indicateur, target = cible, success = réussite, setback = revers
# (invariable), case study = étude de cas, newsletter = lettre d’information (issue = numéro),
# report = rapport, scorecard = tableau de bord, pledge = promesse (pledged = promis),
# received = reçu, contribution = contribution, open data = données ouvertes, tag = étiquette,
# severity = gravité, re-planned = replanifié, overdue = en retard, entry = entrée,
# baseline = valeur de départ, the date first agreed = la date convenue au départ.
# Typographie : espace insécable (U+00A0) avant « : », espace fine insécable (U+202F) avant
# ; ! ? et à l’intérieur des guillemets « » ; apostrophe typographique (’).
#
# Les messages utilisés avec `t_html` sont du balisage : un `&` s’y écrit `&amp;`.

## Communs à ces pages

# Entre les éléments d’une liste de noms, et entre un nom et une date.
pages-list-separator = {", "}
# Entre un nom (souvent un lien) et ce qui en est dit.
pages-colon = {"\u00A0: "}
# Termine une phrase dont les derniers mots sont des liens faits par le gabarit.
pages-full-stop = .
pages-partners = Partenaires
pages-partner = Partenaire
pages-objective = Objectif
pages-objectives = Objectifs
pages-milestone = Jalon
pages-kind = Type
pages-unit = Unité
pages-pledged = Promis
pages-received = Reçu
pages-change = Évolution

## successes.html et success.html

successes-lede = Ce qui a réussi, du plus récent au plus ancien. Les revers sont rapportés avec le même poids sur la <a href="{ $url }">page des revers</a>.
successes-empty = Aucune réussite n’a encore été signalée.
success-quotes-heading = Dans leurs propres mots
success-consent-expired = Les citations et les photos des personnes concernées ne sont plus affichées : leur consentement courait jusqu’au { $date }.

## setbacks.html

setbacks-lede = Ce qui a mal tourné, ce que nous en avons appris et ce que nous faisons pour y remédier. { $open ->
        [one] { $open } ouvert
        [many] { $open } ouverts
       *[other] { $open } ouverts
    }, { $mitigating } en cours d’atténuation, { $resolved ->
        [one] { $resolved } résolu
        [many] { $resolved } résolus
       *[other] { $resolved } résolus
    }.
setbacks-empty = Aucun revers n’a encore été signalé.
setbacks-card-resolved-after = { $count ->
        [one] résolu au bout de { $count } jour
        [many] résolu au bout de { $count } de jours
       *[other] résolu au bout de { $count } jours
    }
setbacks-card-open-for = { $count ->
        [one] ouvert depuis { $count } jour
        [many] ouvert depuis { $count } de jours
       *[other] ouvert depuis { $count } jours
    }

## setback.html

setback-severity = { $severity ->
        [high] Gravité élevée
        [medium] Gravité moyenne
       *[other] Gravité faible
    }
setback-reported = Signalé le
setback-resolved = Résolu le
setback-resolved-after = { $count ->
        [one] (au bout de { $count } jour)
        [many] (au bout de { $count } de jours)
       *[other] (au bout de { $count } jours)
    }
setback-open-for = Ouvert depuis
setback-days-open = { $count ->
        [one] { $count } jour
        [many] { $count } de jours
       *[other] { $count } jours
    }
setback-partners = Partenaires concernés
setback-objective = Objectif touché
setback-milestone = Jalon touché
setback-updates = Suivi
setback-no-updates = Aucune mise à jour publiée pour l’instant.
setback-actions = Ce qui est fait
setback-actions-caption = Actions engagées face à ce revers
setback-action = Action
setback-action-owner = Responsable
setback-action-due = Échéance
setback-action-state = État
setback-action-unassigned = non attribuée
setback-action-done = Terminée
setback-action-overdue = En retard
setback-action-open = En cours
setback-no-actions = Aucune action enregistrée.
setback-lessons = Ce que nous en avons appris
setback-no-lessons = Aucun enseignement enregistré pour l’instant.
setback-responses = Réponses des partenaires

## case-studies.html et case-study.html

case-studies-lede = Des récits plus longs de ce que le travail de l’alliance a changé, chiffres d’avant et d’après à l’appui.
case-study-outcomes = Avant et après
case-study-measure = Mesure
case-study-before = Avant
case-study-after = Après
case-study-consent-expired = Le récit et les photos de cette étude de cas ne sont plus affichés : le consentement des personnes concernées courait jusqu’au { $date }. Les chiffres ci-dessus et les partenaires impliqués restent affichés.
case-study-toc = Sur cette page

## newsletters.html et newsletter.html (les intertitres servent aussi au courriel)

newsletters-lede = Chaque numéro envoyé, avec ce qui a changé pendant la période qu’il couvre. Suivez les prochains numéros grâce au <a href="{ $url }">flux de la lettre d’information</a>.
newsletter-covers = période du { $since } au { $until }
newsletter-as-sent = Ce numéro est conservé tel qu’il a été envoyé : chaque statut et chaque date ci-dessous sont ceux du { $date }. Chaque élément renvoie à sa page, qui montre où il en est aujourd’hui.
newsletter-nothing-new-since = Rien de nouveau n’a été enregistré entre le { $since } et le { $until }. Nous préférons le dire plutôt que de remplir ce numéro.
newsletter-nothing-new = Rien de nouveau n’a été enregistré entre le début et le { $until }. Nous préférons le dire plutôt que de remplir ce numéro.
newsletter-successes = Réussites
newsletter-achieved = Jalons atteints
newsletter-slipped = Jalons manqués, reportés ou en retard
newsletter-setbacks = Revers
newsletter-setbacks-resolved = Revers résolus
newsletter-indicators = Indicateurs
newsletter-indicator-moved = { $from } → { $to } ({ $percent } du chemin vers la cible)
newsletter-pledges-overdue = Promesses désormais en retard
newsletter-pledge-overdue = <strong>{ $outstanding } sur { $pledged } { $unit }</strong> ({ $kind }) non versés, échéance le <time datetime="{ $due }">{ $date }</time>
newsletter-case-studies = Nouvelles études de cas
newsletter-coming-up = { $count ->
        [one] À venir dans le prochain jour
        [many] À venir dans les { $count } de prochains jours
       *[other] À venir dans les { $count } prochains jours
    }

## newsletter/email.html : le courriel d’un numéro

email-changes-since = ce qui a changé depuis le { $date }
email-view-online = Lire en ligne
email-nothing-new = Rien de nouveau n’a été enregistré pendant cette période. Nous préférons le dire plutôt que de remplir ce numéro.
email-more = { $count ->
        [one] Et { $count } autre dans <a href="{ $url }">la version en ligne de ce numéro</a>.
        [many] Et { $count } d’autres dans <a href="{ $url }">la version en ligne de ce numéro</a>.
       *[other] Et { $count } autres dans <a href="{ $url }">la version en ligne de ce numéro</a>.
    }
email-indicators = L’évolution de nos indicateurs
email-indicator-moved = De { $from } à { $to } : { $percent } du chemin vers la cible.
email-pledge-overdue = { $outstanding } sur { $pledged } { $unit } ({ $kind }) non versés, échéance le { $date }
email-due = Échéance le { $date }

## tags.html et tag.html

tags-empty = Aucune entrée n’est encore étiquetée.
tag-page-number = (page { $number } sur { $total })

## reports.html

reports-lede = { $reporting ->
        [quarterly] Un rapport par trimestre, avec ce qui était prévu, ce qui a été réalisé, ce qui a mal tourné et ce que les partenaires ont apporté. Chacun s’imprime proprement, ou s’enregistre en PDF depuis le navigateur.
       *[other] Un rapport par an, avec ce qui était prévu, ce qui a été réalisé, ce qui a mal tourné et ce que les partenaires ont apporté. Chacun s’imprime proprement, ou s’enregistre en PDF depuis le navigateur.
    }
reports-so-far = (en cours)
reports-no-setbacks = Aucun revers signalé pour cette période
reports-empty = Il ne s’est encore rien passé dont ce site puisse rendre compte.
reports-scorecard = Où nous en sommes aujourd’hui

## report.html : le rapport d’une période

report-title = { $alliance } : rapport { $period }
report-covers = Du <time datetime="{ $start }">{ $start_date }</time> au <time datetime="{ $end }">{ $end_date }</time>.
report-covers-so-far = Du <time datetime="{ $start }">{ $start_date }</time> au <time datetime="{ $end }">{ $end_date }</time>, période en cours : chiffres arrêtés au <time datetime="{ $as_of }">{ $as_of_date }</time>.
report-no-setbacks-notice = { $count ->
        [one] Aucun revers n’a été signalé pour cette période, alors que { $count } réussite l’a été. Les revers font partie de tout rapport honnête ; si quelque chose a mal tourné, c’est ici qu’il faut le dire.
        [many] Aucun revers n’a été signalé pour cette période, alors que { $count } de réussites l’ont été. Les revers font partie de tout rapport honnête ; si quelque chose a mal tourné, c’est ici qu’il faut le dire.
       *[other] Aucun revers n’a été signalé pour cette période, alors que { $count } réussites l’ont été. Les revers font partie de tout rapport honnête ; si quelque chose a mal tourné, c’est ici qu’il faut le dire.
    }
report-scorecard = Tableau de bord de la période
report-milestones = Jalons
report-timeline-caption = Jalons prévus, atteints ou replanifiés pendant cette période. Les tableaux ci-dessous donnent les mêmes dates.
report-achieved = Atteints
report-due = Prévus pendant cette période
report-missed = Manqués
report-delayed = Replanifiés pendant cette période
report-cancelled = Annulés
report-overdue-now = En retard aujourd’hui
report-overdue-at-end = En retard à la fin de la période
report-achieved-late = { $count ->
        [one] atteint le { $date }, <strong>avec { $count } jour de retard</strong> sur la date convenue au départ.
        [many] atteint le { $date }, <strong>avec { $count } de jours de retard</strong> sur la date convenue au départ.
       *[other] atteint le { $date }, <strong>avec { $count } jours de retard</strong> sur la date convenue au départ.
    }
report-achieved-on-time = atteint le { $date }, dans les délais.
report-none-achieved = Aucun jalon n’a été atteint pendant cette période.
report-none = Aucun.
report-no-successes = Aucune réussite n’a été signalée pour cette période.
report-setbacks-count = ({ $reported ->
        [one] { $reported } signalé
        [many] { $reported } signalés
       *[other] { $reported } signalés
    }, { $resolved ->
        [one] { $resolved } résolu
        [many] { $resolved } résolus
       *[other] { $resolved } résolus
    })
report-no-setbacks = Aucun revers n’a été signalé pour cette période.
report-resolved = Résolus pendant cette période
report-indicators = Indicateurs
report-indicators-caption = Évolution de chaque indicateur sur la période { $period }
report-indicator = Indicateur
report-start = Début
report-end = Fin
report-progress = Progression vers la cible
report-not-measured = (non mesuré pendant cette période)
report-no-indicators = Aucun indicateur n’avait été mesuré à la fin de cette période.
report-contributions = Contributions
report-contributions-caption = Contributions enregistrées pendant cette période ; les barres hachurées sont les montants promis, les barres pleines les montants reçus.
report-totals-caption = Tous les partenaires (les montants promis et reçus ne sont jamais additionnés)
report-by-partner = Par partenaire
report-anonymous-members = Membres anonymes <span class="muted">(regroupés)</span>
report-no-contributions = Aucune contribution n’a été enregistrée pendant cette période.
report-pager = Autres rapports
report-previous = Précédent : { $period }
report-next = Suivant : { $period }

## data.html : les données ouvertes

data-lede = Tout ce que contient ce site, sous forme de données à télécharger, vérifier et réutiliser sous licence { $license }.
data-files = Fichiers
data-file = Fichier
data-holds = Contenu
data-file-alliance = Toute l’alliance : chaque entrée avec ses champs, les faits qui en découlent (retards, progression, totaux) et ses liens vers d’autres entrées, ainsi que les rapports et le tableau de bord.
data-file-schema = Le schéma JSON (JSON Schema) que suit alliance.json.
data-file-partners = Une ligne par partenaire : type, dates, rôles.
# « (anonymous) » est écrit ainsi dans le fichier : ne pas le traduire.
data-file-contributions = Une ligne par contribution : partenaire, date, type, montant, unité, promis ou reçu. Les apports des membres anonymes figurent dans des lignes dont le partenaire est (anonymous), regroupés par type, unité et statut, sans date.
data-file-objectives = Une ligne par objectif, avec ses responsables.
data-file-indicators = Une ligne par indicateur : valeur de départ, cible, dernière valeur, progression, en bonne voie ou non.
data-file-measurements = Une ligne par mesure, avec la façon dont elle a été vérifiée.
data-file-milestones = Une ligne par jalon : date convenue au départ et échéance actuelle, statut, retard, jours de retard.
data-file-successes = Une ligne par réussite.
data-file-setbacks = Une ligne par revers : gravité, statut, jours ouverts, actions et enseignements.
data-file-case-studies = Une ligne par étude de cas.
data-csv = Les fichiers CSV ont une ligne d’en-tête, des dates ISO (AAAA-MM-JJ) et des guillemets conformes à la RFC 4180 ; les cellules de texte qui commencent par = + - ou @ sont précédées d’une apostrophe, pour que les tableurs ne les exécutent pas comme des formules.
# « source » est le nom d’un champ des fichiers : ne pas le traduire.
data-licence = Licence : <strong>{ $license }</strong>. Merci de citer { $alliance }. Chiffres au { $date } ; chaque enregistrement indique le fichier dont il provient (<code>source</code>).

## resources.html : la carte des ressources

resources-lede = La carte des ressources de l’alliance : pour chaque type de contribution, qui l’a apportée, du plus grand apport au plus petit, et les compétences et ressources que les partenaires disent apporter. Les montants promis et reçus sont présentés côte à côte et jamais additionnés.
# La variante [0] sert quand rien n’est promis ($pledged) ou quand aucun membre anonyme n’a donné ($anonymous).
resources-kind-summary = { $pledged ->
        [0] Reçu : { $received }
       *[other] Reçu : { $received } ; promis : { $pledged }
    } ; apporté par { $partners ->
        [one] { $partners } partenaire
        [many] { $partners } de partenaires
       *[other] { $partners } partenaires
    }{ $anonymous ->
        [0] {""}
        [one] {" "}et { $anonymous } membre anonyme
        [many] {" "}et { $anonymous } de membres anonymes
       *[other] {" "}et { $anonymous } membres anonymes
    }.
resources-caption = { $kind }, par partenaire
resources-caption-unit = { $kind } ({ $unit }), par partenaire
resources-strengths = Compétences et ressources apportées par les partenaires
resources-and-more = { $count ->
        [one] et { $count } autre
        [many] et { $count } d’autres
       *[other] et { $count } autres
    }

## removed.html : les entrées retirées des fichiers

removed-lede = Les entrées que ce site a publiées un jour et qui ont ensuite été retirées des fichiers de l’alliance, du retrait le plus récent au plus ancien. Un revers ou une promesse ne disparaît pas sans laisser de trace : son dernier titre, et la date de son retrait, restent ici.
removed-caption = { $count ->
        [one] { $count } entrée retirée
        [many] { $count } d’entrées retirées
       *[other] { $count } entrées retirées
    }
removed-entry = Entrée
removed-first-published = Première publication
removed-removed = Retrait
removed-last-file = Son dernier fichier
removed-kind = { $collection ->
        [partners] Partenaire
        [objectives] Objectif
        [milestones] Jalon
        [successes] Réussite
        [setbacks] Revers
        [case-studies] Étude de cas
        [pages] Page
        [newsletters] Lettre d’information
       *[other] Entrée
    }
removed-empty = Aucune entrée publiée n’a été retirée : chaque entrée de l’historique des versions figure toujours sur ce site.

## search.html : search.js remplit { $count }, { $what }, etc. : garder chaque variable.

search-fallback = La recherche fonctionne dans votre navigateur et nécessite JavaScript, qui est désactivé ou ne s’est pas chargé. Chaque entrée figure aussi, avec son statut, sur ces pages :
search-label = Rechercher sur ce site
search-button = Rechercher
search-filters = Affiner les résultats
search-any = Tous
search-searching = Recherche en cours…
search-none = Aucun résultat{ $what }{ $within }. Essayez moins de mots ou d’autres mots, ou moins de filtres.
# Pas des mots : les catégories de pluriel du français (CLDR), chacune avec un nombre qui l’a.
search-plural-forms = one:1 many:1000000 other:100
search-found = { $n ->
        [one] { $count } résultat{ $what }{ $within }.
        [many] { $count } de résultats{ $what }{ $within }.
       *[other] { $count } résultats{ $what }{ $within }.
    }
search-what = {" "}pour « { $term } »
search-within = {" "}dans { $filters }
search-quoted = { $filter } « { $value } »
search-dropped = Filtres qui ne sont plus proposés, donc ignorés : { $filters }.
search-failed = La recherche n’a pas pu aboutir. Rechargez la page pour réessayer, ou parcourez les listes du menu.
search-more = Afficher plus de résultats

## 404.html

notfound-lede = Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.
notfound-try = Essayez la <a href="{ $url }">page d’accueil</a>
