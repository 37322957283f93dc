## Mots que Candor tire des faits (états, retards, résumés, graphiques, flux).
## Les arguments $n, $days, $count... sont des nombres : ils choisissent la forme du pluriel
## (français : one pour 0 et 1, many pour les millions, other sinon).
##
## Terminologie (la même que dans layout.ftl et pages.ftl) :
##   partner = partenaire ; objective = objectif ; milestone = jalon (m.) ;
##   success = réussite (f.) ; setback = revers (m., invariable) ; case study = étude de cas ;
##   newsletter = lettre d’information ; page = page ; tag = étiquette ;
##   planned = prévu ; in progress = en cours ; achieved = atteint ; delayed = reporté ;
##   missed = manqué ; cancelled = annulé ; overdue = en retard ; on time = dans les délais ;
##   the date first agreed = la date convenue au départ ; due date = échéance ;
##   re-plan = replanification (replanifier) ; baseline = valeur de départ ; target = cible ;
##   on track = en bonne voie ; severity = gravité (faible, moyenne, élevée) ;
##   reported = signalé ; pledged = promis ; received = reçu ; open data = données ouvertes.
## Typographie (comme layout.ftl et pages.ftl) : espace insécable (U+00A0) avant « : » ; espace
## fine insécable (U+202F) avant ; ! ? % et à l’intérieur des guillemets « ».

## Collections : une entrée en toutes lettres, et le titre de la collection.

collection-one = { $collection ->
        [partners] partenaire
        [objectives] objectif
        [milestones] jalon
        [successes] réussite
        [setbacks] revers
        [case-studies] étude de cas
        [pages] page
       *[newsletters] lettre d’information
    }
collection-title = { $collection ->
        [partners] Partenaires
        [objectives] Objectifs
        [milestones] Jalons
        [successes] Réussites
        [setbacks] Revers
        [case-studies] Études de cas
        [pages] Pages
       *[newsletters] Lettres d’information
    }

## Types et statuts tels qu’écrits dans les fichiers.

partner-kind = { $kind ->
        [nonprofit] Association
        [school] École
        [business] Entreprise
        [government] Administration publique
        [community-group] Collectif local
        [funder] Financeur
        [individual] Particulier
       *[other] Autre
    }
contribution-kind = { $kind ->
        [funds] Fonds
        [volunteer-hours] Heures de bénévolat
        [in-kind] En nature
        [skills] Compétences
       *[venue] Locaux
    }
verification = { $verification ->
        [self-reported] Autodéclaré
        [partner-confirmed] Confirmé par un partenaire
        [independent] Vérifié de façon indépendante
       *[audited] Audité
    }
# La gravité (féminin) : « Gravité : élevée ».
severity = { $severity ->
        [low] Faible
        [medium] Moyenne
       *[high] Élevée
    }
# Le statut d’un revers (masculin).
setback-status = { $status ->
        [open] Ouvert
        [mitigating] En cours d’atténuation
       *[resolved] Résolu
    }
# « Ouvert, gravité élevée ».
setback-state = { $status ->
        [open] Ouvert
        [mitigating] En cours d’atténuation
       *[resolved] Résolu
    }, gravité { $severity ->
        [low] faible
        [medium] moyenne
       *[high] élevée
    }
# Le statut d’un jalon (masculin).
milestone-status = { $status ->
        [planned] Prévu
        [in-progress] En cours
        [achieved] Atteint
        [delayed] Reporté
        [missed] Manqué
       *[cancelled] Annulé
    }

## L’état d’un jalon à la date de génération. $days : jours après l’échéance actuelle ;
## $moved : jours entre la date convenue au départ et l’échéance actuelle ; $late : jours après
## la date convenue au départ ; $due : l’échéance actuelle, en toutes lettres (« 15 janvier 2027 »).

days = { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
milestone-overdue-not-started = { days } de retard, non commencé
milestone-overdue-delayed = { days } de retard, reporté
milestone-overdue-in-progress = { days } de retard, en cours
milestone-past-new-date-not-started = { days } de retard sur sa nouvelle échéance, non commencé
# $total : jours après la date convenue au départ.
milestone-past-new-date = { days } de retard sur sa nouvelle échéance ({ $total ->
        [one] { $total } jour
        [many] { $total } jours
       *[other] { $total } jours
    } de retard sur la date convenue au départ)
milestone-achieved-on-time = Atteint dans les délais
milestone-achieved-late = Atteint { $late ->
        [one] { $late } jour
        [many] { $late } jours
       *[other] { $late } jours
    } après la date convenue au départ
milestone-delayed-to = Reporté au { $due }
milestone-now-due = { milestone-status }, nouvelle échéance le { $due }
# Ajouté après un état quand le jalon a été replanifié.
milestone-moved = { $state } ({ $moved ->
        [one] { $moved } jour
        [many] { $moved } jours
       *[other] { $moved } jours
    } après la date convenue au départ)

## La progression d’un indicateur.

progress-reached = { $percent } % du chemin entre { $baseline } et { $target } (dernière mesure : { $value } le { $date })
progress-none = Aucune mesure pour l’instant

## Évolution d’un chiffre. $amount : l’évolution, déjà écrite ; $n : la même en nombre.

change-none = sans changement
change-up = en hausse de { $amount }
change-down = en baisse de { $amount }
change-points = { $n ->
        [one] { $amount } point
        [many] { $amount } points
       *[other] { $amount } points
    }

## Périodes de rapport.

period-year = { $year }
period-quarter = T{ $quarter } { $year } ({ $quarter ->
        [1] janvier à mars
        [2] avril à juin
        [3] juillet à septembre
       *[4] octobre à décembre
    })
period-quarter-other = T{ $quarter } { $year }

## Le résumé du rapport d’une période : à l’imparfait et au passé composé pour une période
## terminée, avec « jusqu’ici » tant qu’elle est en cours. Les phrases sont mises bout à bout
## (summary-join).

summary-none-due = Aucun jalon n’arrivait à échéance.
summary-none-due-so-far = Aucun jalon n’est encore arrivé à échéance.
summary-due = { $due ->
        [one] { $due } jalon arrivait
        [many] { $due } jalons arrivaient
       *[other] { $due } jalons arrivaient
    } à échéance : { $achieved }.
summary-due-so-far = Jusqu’ici, { $due ->
        [one] { $due } jalon est arrivé
        [many] { $due } jalons sont arrivés
       *[other] { $due } jalons sont arrivés
    } à échéance : { $achieved }.
# Combien des jalons arrivés à échéance ont été atteints ($n), et combien d’entre eux dans les
# délais ($on_time) ; $all : « yes » quand ils l’ont tous été.
summary-achieved-none = aucun n’a été atteint
summary-achieved-none-so-far = aucun n’a encore été atteint
summary-achieved = { $n ->
        [one] { $n } a été atteint, { $on_time ->
            [1] dans les délais
           *[other] en retard
        }
        [many] { $n } ont été atteints, { $on_time ->
            [0] aucun dans les délais
           *[other] { $all ->
                [yes] { $n ->
                    [2] tous deux dans les délais
                   *[other] tous dans les délais
                }
               *[no] dont { $on_time } dans les délais
            }
        }
       *[other] { $n } ont été atteints, { $on_time ->
            [0] aucun dans les délais
           *[other] { $all ->
                [yes] { $n ->
                    [2] tous deux dans les délais
                   *[other] tous dans les délais
                }
               *[no] dont { $on_time } dans les délais
            }
        }
    }
summary-achieved-so-far = { $n ->
        [one] { $n } a été atteint, { $on_time ->
            [1] dans les délais
           *[other] en retard
        }
        [many] { $n } ont été atteints, { $on_time ->
            [0] aucun dans les délais
           *[other] { $all ->
                [yes] { $n ->
                    [2] tous deux dans les délais
                   *[other] tous dans les délais
                }
               *[no] dont { $on_time } dans les délais
            }
        }
       *[other] { $n } ont été atteints, { $on_time ->
            [0] aucun dans les délais
           *[other] { $all ->
                [yes] { $n ->
                    [2] tous deux dans les délais
                   *[other] tous dans les délais
                }
               *[no] dont { $on_time } dans les délais
            }
        }
    }
summary-overdue-now = { $n ->
        [one] { $n } jalon est en retard à ce jour.
        [many] { $n } jalons sont en retard à ce jour.
       *[other] { $n } jalons sont en retard à ce jour.
    }
summary-overdue-at-end = { $n ->
        [one] { $n } jalon était encore en retard à la fin de la période.
        [many] { $n } jalons étaient encore en retard à la fin de la période.
       *[other] { $n } jalons étaient encore en retard à la fin de la période.
    }
summary-no-success = Aucune réussite n’a été signalée.
summary-no-success-so-far = Aucune réussite n’a été signalée jusqu’ici.
summary-successes = { $n ->
        [one] { $n } réussite signalée.
        [many] { $n } réussites signalées.
       *[other] { $n } réussites signalées.
    }
summary-successes-so-far = { $n ->
        [one] { $n } réussite signalée jusqu’ici.
        [many] { $n } réussites signalées jusqu’ici.
       *[other] { $n } réussites signalées jusqu’ici.
    }
summary-no-setback = Aucun revers n’a été signalé.
summary-no-setback-so-far = Aucun revers n’a été signalé jusqu’ici.
# $resolved : combien des $n revers ont été résolus ; $all : « yes » quand tous l’ont été.
summary-setbacks = { $n ->
        [one] { $n } revers signalé
        [many] { $n } revers signalés
       *[other] { $n } revers signalés
    }, { summary-resolved }.
summary-setbacks-so-far = { $n ->
        [one] { $n } revers signalé
        [many] { $n } revers signalés
       *[other] { $n } revers signalés
    } jusqu’ici, { summary-resolved }.
summary-resolved = { $resolved ->
        [0] { $n ->
            [one] non résolu
           *[other] aucun résolu
        }
       *[other] { $all ->
            [yes] { $n ->
                [one] qui a été résolu
                [2] tous deux résolus
               *[other] tous résolus
            }
           *[no] dont { $resolved ->
                [one] { $resolved } résolu
                [many] { $resolved } résolus
               *[other] { $resolved } résolus
            }
        }
    }
# Met bout à bout les phrases du résumé.
summary-join = { $first } { $rest }

## Le chiffre phare d’une réussite : « 120 enfants nourris ». $value est déjà écrit ; $unit
## commence par son espace.

metric = { $value }{ $unit } { $label }

## Entrées du flux : ce qui s’est passé, puis le titre de l’entrée.

feed-success = Réussite : { $title }
feed-setback = Revers (gravité { $severity ->
        [low] faible
        [medium] moyenne
       *[high] élevée
    }, { $status ->
        [open] ouvert
        [mitigating] en cours d’atténuation
       *[resolved] résolu
    }) : { $title }
feed-case-study = Étude de cas : { $title }
# $state : l’état du jalon en toutes lettres, en minuscules (« atteint dans les délais »).
feed-achieved = Jalon { $state } : { $title }
feed-replanned = Jalon replanifié au { $date } : { $title }
feed-missed = Jalon manqué : { $title }
feed-overdue = Jalon en retard ({ $status ->
        [planned] prévu
        [in-progress] en cours
        [achieved] atteint
        [delayed] reporté
        [missed] manqué
       *[cancelled] annulé
    }) : { $title }
feed-overdue-summary = Prévu pour le { $date }, pas encore atteint.

## Titres des pages qui ne sont pas celles d’une entrée.

page-tags = Étiquettes
page-tagged = Étiquette « { $tag } »
page-not-found = Page introuvable
page-open-data = Données ouvertes
page-reports = Rapports
page-report = Rapport { $period }
page-resource-map = Qui apporte quoi
page-removed = Entrées retirées
page-search = Recherche
# Une page suivante d’une liste répartie sur plusieurs pages.
page-numbered = { $title } (page { $number } sur { $pages })
menu-reports = Rapports
menu-search = Recherche

## Graphiques : titres, descriptions lues à la place du dessin, mots écrits dedans.

timeline-today = Aujourd’hui
timeline-end-of-period = Fin de la période
chart-indicator-title = { $name } : évolution
# $baseline et $target sont écrits avec leur unité ; $on et $by sont des morceaux du type
# « au 3 mars 2025 » (avec l’espace devant) ou vides.
chart-baseline-target = Valeur de départ : { $baseline }{ $on } ; cible : { $target }{ $by }.
chart-baseline-on = {" "}au { $date }
chart-target-by = {" "}d’ici le { $date }
chart-no-measurements = Aucune mesure pour l’instant.
chart-measurements = Mesures : { $list }.
chart-measurement = { $value } le { $date }
chart-list-join = { "\u202F; " }
chart-measurements-summary = { $n } mesures du { $first_date } au { $last_date }, comprises entre { $lowest } et { $highest } : la première à { $first }, la plus récente à { $last }.
chart-up-since-first = En hausse de { $amount } depuis la première.
chart-down-since-first = En baisse de { $amount } depuis la première.
chart-progress = La dernière mesure atteint { $percent } % du chemin entre la valeur de départ et la cible{ $on_track ->
        [yes] , en bonne voie (sur la ligne droite menant à la cible, ou en avance sur elle).
        [no] , en retard sur la ligne droite menant à la cible.
       *[unknown] .
    }
chart-baseline = Départ : { $value }
chart-target = Cible : { $value }
chart-legend-measured = Mesures
chart-legend-straight-line = Ligne droite de la valeur de départ à la cible
chart-legend-self-reported = Autodéclaré
chart-legend-checked = Vérifié par un autre partenaire ou un tiers
timeline-title = Chronologie des jalons
timeline-legend-first-agreed = Date convenue au départ
timeline-legend-replanned = Date replanifiée
timeline-legend-achieved = Atteint
timeline-legend-overdue = En retard
timeline-legend-missed = Manqué
timeline-legend-cancelled = Annulé
timeline-mark-overdue = {" "}· en retard
timeline-mark-missed = {" "}· manqué
timeline-mark-cancelled = {" "}· annulé
# $total jalons ; $between est « , convenus au départ entre ... et ... » ou vide ; $parts les
# nombres par état.
timeline-summary = { $total } jalons{ $between } : { $parts }.
timeline-between = , convenus au départ entre le { $first } et le { $last }
timeline-achieved = { $n ->
        [0] aucun atteint
        [one] { $n } atteint ({ $late ->
            [0] dans les délais
           *[other] en retard
        })
        [many] { $n } atteints ({ $late ->
            [0] aucun en retard
           *[other] dont { $late } en retard
        })
       *[other] { $n } atteints ({ $late ->
            [0] aucun en retard
           *[other] dont { $late } en retard
        })
    }
timeline-overdue = { $n } en retard
timeline-open = { $n ->
        [one] { $n } ouvert et pas encore à échéance
        [many] { $n } ouverts et pas encore à échéance
       *[other] { $n } ouverts et pas encore à échéance
    }
timeline-missed = { $n ->
        [one] { $n } manqué
        [many] { $n } manqués
       *[other] { $n } manqués
    }
timeline-cancelled = { $n ->
        [one] { $n } annulé
        [many] { $n } annulés
       *[other] { $n } annulés
    }
timeline-parts-join = ,{" "}
timeline-note = Le graphique montre { $shown } des { $total } jalons : d’abord tous ceux qui sont en retard, puis les prochains à échéance, puis les derniers clos. Les tableaux les donnent tous.
# Abréviations CLDR (format abrégé).
month-short = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
month-tick = { month-short } { $year }
day-tick = { $day } { month-short } { $year }
timeline-item-agreed = { $title } : convenu au départ pour le { $date }
timeline-item-replanned = , replanifié le { $on } au { $to }
timeline-item-completed = , terminé le { $date }
timeline-item-overdue = , en retard depuis le { $date }
# Le mot « État » plutôt que des parenthèses : l’état peut lui-même en contenir.
timeline-item-state = . État : { $state }.{" "}
contributions-title = Contributions par nature, promises et reçues
contribution-kind-unit = { $kind } ({ $unit })
contribution-total = { $kind } : promis { $pledged }, reçu { $received }
contributions-description = { $rows }.
chart-pledged = Promis
chart-received = Reçu

## Recherche : filtres et nature d’un résultat.

search-filter-section = Rubrique
search-filter-status = Statut
search-filter-partner = Partenaire
search-filter-tag = Étiquette
search-filter-year = Année
search-status-former-partner = Ancien partenaire
search-status-current-partner = Partenaire actuel
search-status-achieved = Atteint
search-status-missed = Manqué
search-status-cancelled = Annulé
search-status-overdue = En retard
search-status-planned = Prévu ou en cours
search-status-resolved-setback = Revers résolu
search-status-open-setback = Revers non résolu

## Historique d’une fiche : ce qui a changé dans un commit. $key est le nom du champ dans le
## fichier.

history-created = Création
history-restored = Restauration
history-removed = Suppression
history-text-edited = Texte modifié
history-set = { $key } fixé à { $value }
history-added = { $key } ajouté
history-field-removed = { $key } retiré
history-items-added = { $key } : { $n ->
        [one] { $n } ajouté
        [many] { $n } ajoutés
       *[other] { $n } ajoutés
    }
history-items-removed = { $key } : { $n ->
        [one] { $n } retiré
        [many] { $n } retirés
       *[other] { $n } retirés
    }
history-edited = { $key } : éléments modifiés
history-changed-to = { $key } : { $from } → { $to }
history-changed = { $key } modifié
# Le titre du flux de la lettre d’information.
feed-newsletter-title = { $name } : lettre d’information
# L’étiquette d’une barre du graphique des contributions : « Promis : 1 200 ».
chart-amount = { $name } : { $value }
