# Les mots du cadre des pages (base.html), des composants partagés (components.html) et des
# pages d’accueil, des partenaires, des objectifs et des jalons.
#
# Terminologie (la même dans tous les fichiers) :
#   partner = partenaire ; objective = objectif ; indicator = indicateur ; milestone = jalon ;
#   success = réussite ; setback = revers ; case study = étude de cas ;
#   contribution = contribution ; pledge, pledged = promesse, promis ; received = reçu ;
#   outstanding = restant dû ; overdue = en retard ; achieved = atteint ; missed = manqué ;
#   cancelled = annulé ; on track = en bonne voie ; off track = hors trajectoire ;
#   the date first agreed = la date convenue au départ ; due date = échéance ;
#   re-plan = replanification ; deliverable = livrable ; baseline = valeur de départ ;
#   target = cible ; scorecard = tableau de bord ; open data = données ouvertes ;
#   severity = gravité ; tags = étiquettes ; commit(ted) = enregistré(e) dans l’historique.
#
# Typographie : espace insécable (U+00A0) avant « : », espace fine insécable (U+202F) avant
# « ; ! ? % » et à l’intérieur des guillemets « ». Une espace en début de message se perd :
# elle s’écrit alors {"\u00A0"}.
#
# Les arguments $count, $days, $total… sont des nombres (écrits à la française ; ils choisissent
# la forme du pluriel : one pour 0 et 1, many pour 1 000 000 « de » jalons). $date est une date
# déjà écrite en toutes lettres, $date_iso la même au format 2026-03-15 (attribut datetime).
# Les messages contenant du balisage (<time>, <a>, <code>, <strong>) sont utilisés avec t_html.

## base.html : en-tête, menu et pied de chaque page.

# Titre de la page d’accueil quand le site a un slogan.
head-title-home = { $name } : { $tagline }
# Titre des autres pages : $page, puis le nom du site.
head-title = { $page } · { $name }
# En haut de chaque page imprimée : le nom du site, puis $page.
head-print-header = { $name } · { $page }
# The printed page's number, at the foot of each page: $page and $pages are the counters.
print-page-number = Page { $page } sur { $pages }
# Noms des flux, tels que les navigateurs les affichent.
head-feed-updates = { $name } : actualités
head-feed-newsletter = { $name } : lettre d’information
skip-link = Aller au contenu
# Nom du menu principal pour les lecteurs d’écran.
menu-label = Principal
# Bouton qui ouvre le menu sur petit écran.
menu-toggle = Menu
# $name : l’alliance ; $date : le jour où le site a été construit.
footer-as-of = { $name }. Chiffres au { $date }.
# $newest : la date la plus récente du contenu.
footer-as-of-newest = { $name }. Chiffres au { $date } ; dernière mise à jour le { $newest }.
footer-feed = Flux des actualités (Atom)
footer-tags = Étiquettes
footer-removed = Entrées retirées
footer-sources = Chaque chiffre de ce site provient d’un fichier texte tenu par l’alliance ; chaque page en indique la source.
footer-built-with = Réalisé avec Candor.
# Un lien, suivi de la licence des données entre parenthèses.
footer-open-data = Données ouvertes

## components.html : listes d’entrées, notes « la suite », étiquettes, sources et historique.

# Avant le titre d’une entrée dans une liste mêlée : $kind, le type d’entrée (« Réussite »).
ref-list-kind = { $kind } :
# Sous une liste écourtée : les $shown premières entrées sur $total.
more-first = { $shown ->
        [one] Le premier sur { $total }.
        [many] Les { $shown } premiers sur { $total }.
       *[other] Les { $shown } premiers sur { $total }.
    }
# Lien vers les données ouvertes, après more-first.
more-open-data = Tous figurent dans les données ouvertes
# Lu avant les étiquettes d’une page.
tags-label = Étiquettes :
# $file : le fichier de contenu dont la page est faite.
source-made-from = Établi à partir du fichier <code>{ $file }</code>
# Idem, avec $url, l’adresse où l’alliance publie le fichier.
source-made-from-link = Établi à partir du fichier <a href="{ $url }"><code>{ $file }</code></a>
source-last-updated = dernière mise à jour le <time datetime="{ $date_iso }">{ $date }</time>
# Signale une page à l’état de brouillon.
source-draft = brouillon
record-history-title = Modifications de cette fiche
record-history-intro = D’après l’historique des versions de l’alliance : chaque modification du fichier, avec la date à laquelle elle a été enregistrée.
# Une modification présente dans les fichiers mais pas encore dans l’historique des versions.
record-not-committed = pas encore enregistrée
# Après une date (et un commit) dans l’historique : $changes, les modifications faites alors.
record-history-changes = {"\u00A0"}: { $changes }
# Entre deux modifications dans $changes.
record-history-changes-join = {"\u202F; "}
# Balisage, utilisé seulement dans d’autres messages : le commit d’une modification, entre
# parenthèses. $commit_shown vaut « link » (le commit $commit, lié à $commit_url), « code »
# (sans lien) ou « none » (pas encore enregistré).
record-commit = { $commit_shown ->
        [link] (<a href="{ $commit_url }"><code>{ $commit }</code></a>)
        [code] (<code>{ $commit }</code>)
       *[none] ({ record-not-committed })
    }

## components.html : la situation d’un indicateur et ses tableaux.

standing-on-track = En bonne voie
standing-behind = En retard sur la trajectoire linéaire vers la cible
# Explique le repère tracé sur une barre de progression ; $percent est un nombre.
standing-mark = Le repère : où en serait aujourd’hui une trajectoire linéaire vers la cible ({ $percent } %).
# $progress : le chemin parcouru par l’indicateur, en toutes lettres.
standing-progress = { $progress }.
# Idem, avec la date à laquelle la cible doit être atteinte.
standing-progress-target = { $progress } ; cible à atteindre pour le { $date }.
standing-last-measured = Dernière mesure il y a { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }.
# Colonnes d’un tableau de mesures.
measurements-date = Date
measurements-value = Valeur
measurements-verified = Mode de vérification
measurements-note = Remarque
# Colonnes d’un tableau des contributions par type.
totals-kind = Type
totals-unit = Unité
totals-pledged = Promis
totals-paid = Versé au titre des promesses
totals-outstanding = Restant dû
totals-unpledged = Reçu sans promesse
totals-received = Reçu au total
# $amount : ce qui a été versé en plus de la promesse.
totals-overpaid = ({ $amount } de plus que promis)
# $amount : la part du restant dû dont l’échéance est passée.
totals-overdue = ({ $amount } en retard)

## components.html : tableaux de jalons.

# Entre parenthèses après un titre : $total entrées en tout, dont $count sur cette page.
count-on-this-page = { $total } ; { $count } sur cette page
# Légende du tableau, lue par les lecteurs d’écran : $group est le titre du groupe (« En retard »).
milestone-group-caption = Jalons : { $group }
milestone-group-milestone = Jalon
milestone-group-status = Statut
milestone-group-first-agreed = Date convenue au départ
milestone-current-due = Échéance actuelle
milestone-completed = Achèvement
# Après une nouvelle échéance : $days après la date convenue au départ, en $replans replanifications.
milestone-group-moved = ({ $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    } après la date convenue au départ, { $replans ->
        [one] { $replans } replanification
        [many] { $replans } de replanifications
       *[other] { $replans } replanifications
    })
# Après une nouvelle échéance qui n’est pas postérieure à la date convenue au départ.
milestone-group-replans = ({ $replans ->
        [one] { $replans } replanification
        [many] { $replans } de replanifications
       *[other] { $replans } replanifications
    })
# L’échéance n’a jamais bougé.
milestone-group-unchanged = inchangée
# Pas achevé, et il ne le sera pas (manqué ou annulé).
milestone-group-not-completed = non achevé
milestone-group-not-yet = pas encore
# Après le statut d’un jalon : son échéance ($date).
due-line-due = échéance le <time datetime="{ $date_iso }">{ $date }</time>
# Pour un jalon dont l’échéance a bougé : la date convenue au départ ($date).
due-line-first-agreed = convenu au départ pour le <time datetime="{ $date_iso }">{ $date }</time>

## components.html : le tableau de bord et ses listes.

scorecard-title = Tableau de bord
# $date : le jour que décrit le tableau de bord.
scorecard-computed = Calculé à partir des fichiers au { $date }, et non déclaré. Chaque nombre renvoie à la liste qu’il compte.
scorecard-on-time = Jalons atteints dans les délais
scorecard-achieved-late = Atteints en retard
scorecard-missed = Manqués
scorecard-overdue = En retard
scorecard-setbacks-open = Revers toujours ouverts
# Combien des revers ouverts sont de gravité élevée, moyenne et faible.
scorecard-open-by-severity = (gravité élevée : { $high }, moyenne : { $medium }, faible : { $low })
scorecard-setbacks-actions = Revers avec des actions
scorecard-setbacks-lessons = Revers avec des enseignements
# $count sur $total revers.
scorecard-of = { $count } sur { $total }
scorecard-on-track = Indicateurs en bonne voie
scorecard-off-track = Indicateurs hors trajectoire
scorecard-pledges-overdue = Promesses en retard
scorecard-newest-update = Dernière mise à jour
# Aucune mise à jour encore.
scorecard-no-update = aucune
scorecard-list-late = Jalons atteints en retard
scorecard-list-missed = Jalons manqués
scorecard-list-overdue = Jalons en retard
scorecard-list-not-judged = Indicateurs impossibles à évaluer (sans dates ou sans mesure)
# Une liste vide.
scorecard-list-none = Aucun.
# Après le titre d’un revers ouvert : $severity en toutes lettres, en minuscules (« élevée ») ;
# $days, depuis combien de jours il est ouvert.
scorecard-open-setback = {"\u00A0"}: gravité { $severity }, ouvert depuis { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }
# Après le nom d’un partenaire : $outstanding sur $pledged (nombres) en $unit (« GBP »,
# « heures ») de $kind (le type de contribution, en minuscules) restent à verser après $date.
scorecard-pledge-overdue = {"\u00A0"}: { $outstanding } sur { $pledged } { $unit } ({ $kind }) non versés, échéance le <time datetime="{ $date_iso }">{ $date }</time>

## components.html : listes réparties sur plusieurs pages.

# Après le titre d’une liste, à partir de sa deuxième page.
list-page-number = (page { $number } sur { $pages })
# Nom des liens de pages pour les lecteurs d’écran.
pagination-label = Pages de cette liste
pagination-showing = Éléments { $first } à { $last } sur { $total }.
pagination-previous = Précédente
pagination-next = Suivante
# Lien vers la page $number ; la partie « visually-hidden » n’est lue que par les lecteurs d’écran.
pagination-page = <span class="visually-hidden">Page </span>{ $number }

## components.html : tableaux des partenaires et ce qu’un partenaire a promis.

partner-table-partner = Partenaire
partner-label-kind = Type
partner-label-joined = Membre depuis
partner-table-pledged = Promis
partner-table-received = Reçu
partner-table-milestones = Jalons
# Après le nom d’un ancien partenaire : le jour de son départ.
partner-table-left = (départ le <time datetime="{ $date_iso }">{ $date }</time>)
# La date d’arrivée n’est pas publiée.
partner-table-not-public = non publiée
# Rien de promis, de reçu, ou aucun jalon.
partner-table-none = aucun
# $count jalons, dont $late en retard ou manqués.
partner-table-milestones-late = { $count }, <strong class="late">{ $late ->
        [one] { $late } en retard ou manqué
        [many] { $late } en retard ou manqués
       *[other] { $late } en retard ou manqués
    }</strong>
promised-title = Promesses et réalisations
# Après un montant reçu.
promised-received = reçus
# Après un montant reçu : $paid versés sur les $pledged promis.
promised-received-pledged = reçus ; { $paid } versés sur { $pledged } promis
# Idem, plus $unpledged donnés sans promesse.
promised-received-pledged-unpledged = reçus ; { $paid } versés sur { $pledged } promis, { $unpledged } donnés sans promesse
promised-overdue = { $amount } en retard
# Un titre, et une rubrique de « Promesses et réalisations ».
partner-milestones = Jalons dont il a la charge
# Après le nombre de jalons d’un partenaire : $achieved d’entre eux atteints.
promised-milestones-achieved = { $achieved ->
        [one] { $achieved } atteint
        [many] { $achieved } atteints
       *[other] { $achieved } atteints
    }
# Idem, avec $late en retard ou manqués.
promised-milestones-late = <span class="muted">{ $achieved ->
        [one] { $achieved } atteint
        [many] { $achieved } atteints
       *[other] { $achieved } atteints
    }, </span><strong class="late">{ $late ->
        [one] { $late } en retard ou manqué
        [many] { $late } en retard ou manqués
       *[other] { $late } en retard ou manqués
    }</strong>
partner-no-contributions = Aucune contribution enregistrée.

## index.html : la page d’accueil.

home-glance-title = Où nous en sommes
# Chacun de ces messages suit un nombre affiché en grand ($count).
home-glance-overdue = { $count ->
        [one] jalon en retard
        [many] de jalons en retard
       *[other] jalons en retard
    }
home-glance-missed = et { $count ->
        [one] { $count } manqué
        [many] { $count } manqués
       *[other] { $count } manqués
    }
home-glance-open = { $count ->
        [one] revers toujours ouvert
        [many] de revers toujours ouverts
       *[other] revers toujours ouverts
    }
home-glance-resolved = ({ $count ->
        [one] { $count } résolu
        [many] { $count } résolus
       *[other] { $count } résolus
    })
home-glance-achieved = { $count ->
        [one] jalon atteint
        [many] de jalons atteints
       *[other] jalons atteints
    }
home-glance-on-time-late = ({ $on_time } dans les délais, { $late } en retard)
home-glance-successes = { $count ->
        [one] réussite
        [many] de réussites
       *[other] réussites
    }
home-glance-partners = { $count ->
        [one] partenaire
        [many] de partenaires
       *[other] partenaires
    }
# Les partenaires partis, et les membres qui ne sont pas nommés.
home-glance-former = ({ $former ->
        [one] { $former } ancien
        [many] { $former } anciens
       *[other] { $former } anciens
    })
home-glance-anonymous = ({ $anonymous ->
        [one] { $anonymous } anonyme
        [many] { $anonymous } anonymes
       *[other] { $anonymous } anonymes
    })
home-glance-former-anonymous = ({ $former ->
        [one] { $former } ancien
        [many] { $former } anciens
       *[other] { $former } anciens
    }, { $anonymous ->
        [one] { $anonymous } anonyme
        [many] { $anonymous } anonymes
       *[other] { $anonymous } anonymes
    })
home-reports-link = Le tableau de bord complet de la transparence et tous les rapports par période
home-late-title = Ce qui est en retard
home-late-all = { $count ->
        [one] Le jalon en retard
        [many] Les { $count } de jalons en retard
       *[other] Les { $count } jalons en retard
    }
# $count : combien d’entre eux la page d’accueil affiche.
home-late-shown = { $count ->
        [one] (le plus ancien retard est affiché)
        [many] (les { $count } plus anciens retards sont affichés)
       *[other] (les { $count } plus anciens retards sont affichés)
    }
home-setbacks-title = Ce qui n’a pas marché
home-setbacks-empty = Aucun revers signalé pour l’instant. Une alliance qui n’en signale aucun ne regarde peut-être pas.
home-setbacks-all = Tous les revers
home-objectives-title = Où en sont nos objectifs
home-objectives-all = { $count ->
        [one] L’objectif
        [many] Les { $count } d’objectifs
       *[other] Les { $count } objectifs
    }
home-successes-title = Ce que nous avons accompli
home-successes-empty = Aucune réussite signalée pour l’instant.
home-successes-all = Toutes les réussites
# $days : jusqu’où la page d’accueil regarde (90 jours).
home-upcoming-title = À échéance { $days ->
        [one] d’ici demain
        [many] dans les { $days } prochains jours
       *[other] dans les { $days } prochains jours
    }
home-upcoming-empty = Rien n’arrive à échéance { $days ->
        [one] d’ici demain
        [many] dans les { $days } prochains jours
       *[other] dans les { $days } prochains jours
    }.
home-upcoming-all = { $count ->
        [one] Le jalon
        [many] Les { $count } de jalons
       *[other] Les { $count } jalons
    } à échéance { $days ->
        [one] d’ici demain
        [many] dans les { $days } prochains jours
       *[other] dans les { $days } prochains jours
    }
home-upcoming-shown = { $count ->
        [one] (le plus proche de son échéance est affiché)
        [many] (les { $count } plus proches de leur échéance sont affichés)
       *[other] (les { $count } plus proches de leur échéance sont affichés)
    }
home-partners-title = Qui en fait partie
home-partners-all = { $count ->
        [one] Le partenaire
        [many] Les { $count } de partenaires
       *[other] Les { $count } partenaires
    }

## partners.html : la liste des partenaires.

# $name : l’alliance.
partners-lede = Les organisations et les personnes qui composent { $name }, ce qu’elles ont pris en charge et ce qu’elles ont apporté.
partners-anonymous = { $count ->
        [one] { $count } membre de l’alliance est anonyme et n’est nommé nulle part sur ce site.
        [many] { $count } de membres de l’alliance sont anonymes et ne sont nommés nulle part sur ce site.
       *[other] { $count } membres de l’alliance sont anonymes et ne sont nommés nulle part sur ce site.
    }
partners-contributions-title = Ce que les partenaires ont apporté
# $url : la page qui montre qui apporte quoi.
partners-resource-map = <a href="{ $url }">Qui apporte quoi</a> : chaque type de contribution avec les partenaires qui l’ont apportée, et les compétences des partenaires.
partners-side-by-side = Les montants promis et reçus sont présentés côte à côte, jamais additionnés.
partners-anonymous-counted = { $count ->
        [one] { $count } membre de l’alliance est anonyme : il n’est nommé nulle part sur ce site, mais ses contributions sont comptées dans ces totaux.
        [many] { $count } de membres de l’alliance sont anonymes : ils ne sont nommés nulle part sur ce site, mais leurs contributions sont comptées dans ces totaux.
       *[other] { $count } membres de l’alliance sont anonymes : ils ne sont nommés nulle part sur ce site, mais leurs contributions sont comptées dans ces totaux.
    }
partners-chart-caption = Contributions par type : les barres hachurées représentent les montants promis, les barres pleines les montants reçus. Le tableau ci-dessous donne les mêmes chiffres.
partners-totals-caption = Contributions de tous les partenaires, par type
partners-empty = Aucun partenaire pour l’instant.
partners-current-title = Partenaires actuels
partners-current-caption = Partenaires actuels : ce que chacun a promis et apporté, et ses jalons
# Un titre, et la légende de son tableau.
partners-former-title = Anciens partenaires

## partner.html : un partenaire.

# $date : le jour de son départ.
partner-former-badge = Ancien partenaire : départ le { $date }
partner-label-left = Départ
partner-label-location = Lieu
partner-label-website = Site web
partner-roles-title = Responsabilités
partner-strengths-title = Ce qu’il apporte
partner-contributions-title = Toutes les contributions
partner-totals-caption = Totaux par type (les montants promis et reçus ne sont jamais additionnés)
partner-contributions-caption = Toutes les contributions enregistrées
partner-contribution-date = Date
partner-contribution-kind = Type
partner-contribution-amount = Montant
partner-contribution-status = Statut
partner-contribution-note = Remarque
# Le statut d’une contribution est fait de ces morceaux : une promesse (« Promis », ou avec son
# nom, $id), puis éventuellement partner-pledged-due, puis restant dû, en retard ou versé.
partner-pledged = Promis
partner-pledged-id = Promis (<code>{ $id }</code>)
partner-pledged-due = , à verser d’ici le <time datetime="{ $date_iso }">{ $date }</time>
# $amount : ce qui reste à verser.
partner-pledged-outstanding = {"\u00A0"}: { $amount } restant dû
partner-pledged-overdue = {"\u00A0"}: { $amount } restant dû, <strong class="late">en retard</strong>
partner-pledged-paid = {"\u00A0"}: versé en totalité
# Une contribution reçue, sans ou avec la promesse qu’elle honore ($pledge, le nom de la promesse).
partner-received = Reçu
partner-received-fulfils = Reçu, au titre de la promesse <code>{ $pledge }</code>
# Titres des listes d’entrées liées au partenaire.
partner-objectives = Objectifs dont il est responsable
partner-successes = Réussites
partner-setbacks = Revers
partner-case-studies = Études de cas
# Entre deux noms de partenaires dans une liste (« A, B, C »).
partner-names-join = {", "}

## objectives.html : la liste des objectifs.

objectives-lede = Ce que l’alliance s’est donné pour but de changer, et où elle en est. L’avancement est calculé à partir des mesures, jamais saisi à la main.
objectives-empty = Aucun objectif pour l’instant.
# Aussi sur la page d’accueil.
objectives-no-indicators = Aucun indicateur pour l’instant.

## objective.html : un objectif.

# Suivi des partenaires qui pilotent l’objectif, puis d’un point.
objective-led-by = Piloté par
objective-corrections-title = Chiffres corrigés
objective-corrections-intro = Ces chiffres ont été publiés, puis modifiés. La page montre la valeur corrigée ; l’historique des versions conserve les deux.
# Un chiffre corrigé : la mesure de l’indicateur $indicator du $measured, d’abord publiée à
# $from, corrigée à $to (nombres) le $date, puis le commit (voir record-commit).
objective-correction = { $indicator }, mesure du <time datetime="{ $measured_iso }">{ $measured }</time> : d’abord publiée à { $from }, corrigée à <strong>{ $to }</strong> le <time datetime="{ $date_iso }">{ $date }</time> { record-commit }
objective-indicators-title = Indicateurs
# $indicator : le nom de l’indicateur, en minuscules.
objective-chart-caption = Mesures de l’indicateur « { $indicator } », avec la valeur de départ et la cible. Le tableau ci-dessous donne les mêmes chiffres.
objective-baseline = Valeur de départ
objective-target = Cible
# Après la cible : la date à laquelle elle doit être atteinte.
objective-target-by = d’ici le <time datetime="{ $date_iso }">{ $date }</time>
# Si une valeur plus haute ou plus basse est meilleure.
objective-better = Sens souhaité
objective-better-direction = { $direction ->
        [decrease] À la baisse
       *[other] À la hausse
    }
# Les $shown dernières des $count mesures de l’indicateur.
objective-latest-measurements = { $shown ->
        [one] La dernière
        [many] Les { $shown } dernières
       *[other] Les { $shown } dernières
    } des { $count } mesures de l’indicateur « { $indicator } »
objective-all-measurements = { $count ->
        [one] La mesure
        [many] Les { $count } de mesures
       *[other] Les { $count } mesures
    } de l’indicateur « { $indicator } »
objective-measurements = Mesures de l’indicateur « { $indicator } »
# $url : le fichier des données ouvertes qui contient toutes les mesures.
objective-measurements-open-data = Toutes les mesures de tous les indicateurs figurent aussi dans les données ouvertes : <a href="{ $url }">measurements.csv</a>.
objective-no-measurement = Aucune mesure pour l’instant.
objective-no-indicators = Cet objectif n’a pas encore d’indicateur : son avancement ne peut donc pas être mesuré.
# Titres des listes d’entrées liées à l’objectif.
objective-milestones = Jalons
objective-successes = Réussites
objective-setbacks = Revers
objective-case-studies = Études de cas

## milestones.html : la liste des jalons.

milestones-lede = Chaque jalon, avec la date convenue au départ. Un jalon dont l’échéance est passée sans qu’il soit atteint est indiqué en retard, quoi qu’en dise son fichier.
milestones-chart-caption = Les jalons sur un axe chronologique, chacun à partir de la date convenue au départ. Les tableaux ci-dessous donnent les dates de chaque jalon.
# Titres des groupes de jalons.
milestones-overdue = En retard
milestones-open = Prévus et en cours
milestones-achieved = Atteints
milestones-missed = Manqués
milestones-cancelled = Annulés
# Aussi sur la page d’accueil.
milestones-none-overdue = Rien n’est en retard.
milestones-none-open = Rien n’est en cours.
milestones-none-achieved = Rien n’a encore été atteint.

## milestone.html : un jalon.

milestone-rewritten-title = La date convenue au départ a été modifiée
# Le $date (puis le commit, voir record-commit), la date convenue au départ a été changée de
# $from à $to dans le fichier.
milestone-rewrite = Le <time datetime="{ $date_iso }">{ $date }</time> { record-commit }, la date convenue au départ a été changée du { $from } au { $to } sans qu’une replanification soit enregistrée.
milestone-rewritten-kept = Cette page garde le <strong>{ $date }</strong>, la première date enregistrée, comme date convenue au départ, et calcule le retard à partir de celle-ci.
milestone-first-agreed-due = Échéance convenue au départ
# Le statut écrit dans le fichier du jalon (les mots sont ceux de milestone-status).
milestone-status-reported = Statut déclaré
# Après la date d’achèvement : $days après la date convenue au départ.
milestone-completed-late = ({ $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    } après la date convenue au départ)
milestone-objective = Objectif
# Suivi des noms des partenaires.
milestone-delivered-by = Réalisé par
milestone-deliverables-title = Livrables
# $done des $count livrables sont réalisés.
milestone-deliverables-done = ({ $done ->
        [one] { $done } réalisé
        [many] { $done } réalisés
       *[other] { $done } réalisés
    } sur { $count })
# Avant un livrable.
milestone-deliverable-done = Fait :
milestone-deliverable-not-done = À faire :
milestone-replans-title = Historique des replanifications
# $date : la date convenue au départ.
milestone-replan-first = <time datetime="{ $date_iso }">{ $date }</time> : échéance convenue au départ.
# Le $date, l’échéance a été reportée de $from à $to, $days plus tard.
milestone-replan = Le <time datetime="{ $date_iso }">{ $date }</time>, reporté du { $from } au <strong>{ $to }</strong> ({ $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }{ $later ->
        [false] {" "}plus tôt
       *[true] {" "}plus tard
    }).
# $reason : le motif donné dans le fichier.
milestone-replan-reason = Motif : { $reason }
milestone-no-replan-rewritten = Aucune replanification n’a été enregistrée : la date a été réécrite dans le fichier (voir ci-dessus).
milestone-never-replanned = Jamais replanifié : l’échéance est celle convenue au départ.
# Titres des listes d’entrées liées au jalon.
milestone-successes = Réussites
milestone-setbacks = Revers

## Sites in several languages.

# Over an entry shown in the site's own language because it has no translation yet.
untranslated-notice = Cette entrée n’est pas encore traduite : elle est présentée dans sa langue d’origine.
# The label of the language switcher.
languages-label = Langues
