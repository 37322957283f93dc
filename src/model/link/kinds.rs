//! The rules of each kind of entry, and the facts derived from one entry alone: a
//! milestone's state on the build date, a setback's status, an indicator's progress.

use super::*;

impl EntryLinker<'_, '_> {
    pub(super) fn page(&mut self, e: &Entry<PageFile>) -> Page {
        if self.alliance.search && SEARCH_PAGE_SLUGS.contains(&e.slug.as_str()) {
            self.diagnostics.push(
                Diagnostic::error(
                    file_location(e.path()),
                    format!(
                        "a page cannot be called `{}`: the site's search uses /{}/",
                        e.slug, e.slug
                    ),
                )
                .with_hint(format!(
                    "rename content/pages/{}.md, or turn the site's search off with `[search] enabled = false` in alliance.toml",
                    e.slug
                )),
            );
        }
        if RESERVED_PAGE_SLUGS.contains(&e.slug.as_str()) {
            self.diagnostics.push(
                Diagnostic::error(
                    file_location(e.path()),
                    format!(
                        "a page cannot be called `{}`: the site already uses /{}/",
                        e.slug, e.slug
                    ),
                )
                .with_hint(format!(
                    "rename content/pages/{}.md, for example to `about-{}`",
                    e.slug, e.slug
                )),
            );
        }
        Page {
            meta: self.meta(Collection::Pages, e, &e.front.title, false),
            menu: e.front.menu,
            weight: e.front.weight,
        }
    }

    pub(super) fn newsletter(&mut self, e: &Entry<NewsletterFile>) -> Newsletter {
        let meta = self.meta(Collection::Newsletters, e, &e.front.title, false);
        if let Some(since) = e.front.since
            && since > e.front.date
        {
            self.error_at_key(
                e,
                "since",
                format!(
                    "`since` ({since}) is after the issue's date ({})",
                    e.front.date
                ),
                "an issue covers what changed between `since` and its `date`",
            );
        }
        Newsletter {
            meta,
            date: e.front.date,
            since: e.front.since,
            changes: Default::default(),
        }
    }

    pub(super) fn partner(&mut self, e: &Entry<PartnerFile>) -> Partner {
        let f = &e.front;
        let meta = self.meta(Collection::Partners, e, &f.name, false);
        if let (Some(left), Some(joined)) = (f.left, f.joined)
            && left < joined
        {
            self.error_at_key(
                e,
                "left",
                format!("`left` ({left}) is before `joined` ({joined})"),
                "check both dates",
            );
        }
        if let Some(site) = &f.website
            && !(site.starts_with("https://") || site.starts_with("http://"))
        {
            self.diagnostics.push(
                Diagnostic::warning(
                    e.key_location("website"),
                    format!("`{site}` is not a web address, so it is shown as text, not linked"),
                )
                .with_hint("write the full address, starting with https://"),
            );
        }
        let mut contributions: Vec<Contribution> = Vec::new();
        for c in &f.contributions {
            if !c.amount.is_finite() || c.amount < 0.0 {
                self.error_at_key(
                    e,
                    "amount",
                    format!("a contribution's amount must be zero or more, found {}", c.amount),
                    "record money returned or hours withdrawn in a `note` rather than as a negative amount",
                );
            }
            contributions.push(Contribution {
                date: c.date,
                kind: c.kind,
                kind_name: Says::ContributionKind { kind: c.kind }.into(),
                amount: c.amount,
                unit: contribution_unit(c, &self.alliance.currency),
                status: c.status,
                note: c.note.clone(),
                id: c.id.as_ref().map(|i| i.get_ref().clone()),
                due: c.due.as_ref().map(|d| *d.get_ref()),
                fulfils: c.fulfils.as_ref().map(|i| i.get_ref().clone()),
                paid: 0.0,
                outstanding: 0.0,
                overdue: false,
            });
        }
        self.link_pledges(e, &mut contributions);
        contributions.sort_by_key(|c| c.date);
        let totals = super::facts::totals(contributions.iter());
        Partner {
            meta,
            kind: f.kind,
            kind_name: Says::PartnerKind { kind: f.kind }.into(),
            joined: f.joined,
            left: f.left,
            former: f.left.is_some_and(|d| d <= self.today),
            website: f.website.clone(),
            website_url: f
                .website
                .as_ref()
                .filter(|w| w.starts_with("https://") || w.starts_with("http://"))
                .cloned(),
            location: f.location.clone(),
            roles: f.roles.clone(),
            strengths: f.strengths.clone(),
            contributions,
            totals,
            objectives: Vec::new(),
            milestones: Vec::new(),
            successes: Vec::new(),
            setbacks: Vec::new(),
            case_studies: Vec::new(),
        }
    }

    pub(super) fn objective(&mut self, e: &Entry<ObjectiveFile>) -> Objective {
        let f = &e.front;
        let meta = self.meta(Collection::Objectives, e, &f.title, false);
        let owners = self.resolve_all(Collection::Partners, &f.owners, e);
        let mut indicators = Vec::new();
        let mut ids: Vec<String> = Vec::new();
        for spanned in &f.indicators {
            let i = spanned.get_ref();
            let location = || e.location(spanned.span());
            // Compared as published (two decimals): a target 0.001 from its baseline reads as
            // the same figure, and progress towards it would be a division by almost nothing.
            let (baseline, target) = (
                crate::format::format_number(i.baseline),
                crate::format::format_number(i.target),
            );
            if baseline == target {
                self.diagnostics.push(
                    Diagnostic::error(
                        location(),
                        format!(
                            "the indicator `{}` has the same baseline and target ({baseline})",
                            i.name
                        ),
                    )
                    .with_hint("progress is measured from baseline to target, so they must differ (figures are published with at most two decimals)"),
                );
            } else if (i.direction == Direction::Increase) != (i.target > i.baseline) {
                let (wanted, hint) = match i.direction {
                    Direction::Increase => {
                        ("above", "set `direction = \"decrease\"` if lower is better")
                    }
                    Direction::Decrease => (
                        "below",
                        "remove `direction = \"decrease\"` if higher is better",
                    ),
                };
                self.diagnostics.push(
                    Diagnostic::error(location(), format!("the indicator `{}` should go {} but its target ({}) is not {wanted} its baseline ({})",
                        i.name, if i.direction == Direction::Increase { "up" } else { "down" }, i.target, i.baseline))
                        .with_hint(hint),
                );
            }
            let mut id = format!("indicator-{}", crate::slug::slugify(&i.name));
            while ids.contains(&id) {
                id.push_str("-2");
            }
            ids.push(id.clone());
            self.check_measurement_dates(e, i, spanned.span());
            indicators.push(indicator(i, id, self.today));
        }
        Objective {
            meta,
            owners,
            corrections: self
                .file_history(e)
                .map(|h| h.corrections())
                .unwrap_or_default(),
            indicators,
            milestones: Vec::new(),
            successes: Vec::new(),
            setbacks: Vec::new(),
            case_studies: Vec::new(),
        }
    }

    /// Two measurements of one indicator on one date would leave it to the order of the file
    /// which counts as the latest: an error naming both.
    pub(super) fn check_measurement_dates<T>(
        &mut self,
        e: &Entry<T>,
        i: &IndicatorFile,
        span: std::ops::Range<usize>,
    ) {
        let mut seen: std::collections::HashMap<Date, f64> = std::collections::HashMap::new();
        for m in &i.measurements {
            if let Some(first) = seen.insert(m.date, m.value) {
                let date = m.date.to_string();
                // The second time the date is written from the indicator's table on (its span
                // may cover only the `[[indicators]]` header).
                let table = e
                    .source
                    .text()
                    .get(e.front_offset + span.start..)
                    .unwrap_or("");
                let location = match table.match_indices(&date).nth(1) {
                    Some((at, _)) => {
                        let start = e.front_offset + span.start + at;
                        e.source.location(start, start + date.len())
                    }
                    None => e.location(span.clone()),
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        location,
                        format!(
                            "the indicator `{}` has two measurements on {date} ({} and {})",
                            i.name,
                            crate::format::format_number(first),
                            crate::format::format_number(m.value)
                        ),
                    )
                    .with_hint("keep the one that is right, or give the other its own date"),
                );
            }
        }
    }

    pub(super) fn milestone(&mut self, e: &Entry<MilestoneFile>) -> Milestone {
        let f = &e.front;
        let meta = self.meta(Collection::Milestones, e, &f.title, false);
        let status = *f.status.get_ref();
        // Worked out only for a problem: a location reads the whole file.
        let status_location = || e.location(f.status.span());
        if status == MilestoneStatus::Achieved && f.completed.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    status_location(),
                    "an achieved milestone needs a `completed` date",
                )
                .with_hint("add `completed = YYYY-MM-DD`, the day it was achieved"),
            );
        }
        if status != MilestoneStatus::Achieved && f.completed.is_some() {
            self.diagnostics.push(
                Diagnostic::warning(
                    e.key_location("completed"),
                    format!(
                        "`completed` is set but the status is `{}`",
                        crate::words::name_of(status)
                    ),
                )
                .with_hint("set `status = \"achieved\"`, or remove `completed`"),
            );
        }
        if status == MilestoneStatus::Delayed && f.replans.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(status_location(), "a delayed milestone needs at least one [[replans]] entry")
                    .with_hint("add [[replans]] with `date` (when it was re-planned), `due` (the new date) and `reason`; never edit `due`, the date first agreed"),
            );
        }
        let due = self.first_agreed(&e.slug, f.due);
        let due_rewrites = self
            .rewritten_due
            .get(&e.slug)
            .map(|(_, r)| r.clone())
            .unwrap_or_default();
        for r in &due_rewrites {
            let when = if r.commit.is_empty() {
                "since the last commit".to_string()
            } else {
                format!("on {} (commit {})", r.date, r.commit)
            };
            self.diagnostics.push(
                Diagnostic::warning(
                    e.key_location("due"),
                    format!(
                        "`due` was changed from {} to {} {when} without a re-plan: the site keeps {} as the date first agreed and says that it was changed",
                        r.from, r.to, due
                    ),
                )
                .with_hint(format!(
                    "`due` is the date first agreed: put it back to {due} and record the new date as a [[replans]] entry (date, due, reason)"
                )),
            );
        }
        let facts = milestone_facts(f, due, self.today);
        let mut sorted = f.replans.clone();
        sorted.sort_by_key(|r| r.date);
        let mut previous = due;
        let replans = sorted
            .iter()
            .map(|r| {
                let replan = Replan {
                    date: r.date,
                    from: previous,
                    due: r.due,
                    days_moved: previous.days_until(r.due),
                    reason: r.reason.clone(),
                };
                previous = r.due;
                replan
            })
            .collect();
        let objective = self.resolve_opt(Collection::Objectives, &f.objective, e);
        let partners = self.resolve_all(Collection::Partners, &f.partners, e);
        let deliverables: Vec<Deliverable> = f
            .deliverables
            .iter()
            .map(|d| Deliverable {
                title: d.title.clone(),
                done: d.done,
            })
            .collect();
        Milestone {
            meta,
            due,
            due_rewrites,
            current_due: facts.current_due,
            days_moved: due.days_until(facts.current_due),
            status,
            status_text: facts.status_text,
            tone: facts.tone,
            overdue: facts.overdue,
            days_overdue: facts.days_overdue,
            upcoming: facts.upcoming,
            completed: f.completed,
            days_late: facts.days_late,
            replans,
            objective,
            partners,
            deliverables_done: deliverables.iter().filter(|d| d.done).count(),
            deliverables,
            successes: Vec::new(),
            setbacks: Vec::new(),
        }
    }

    pub(super) fn consent_expired(&self, until: Option<Date>) -> bool {
        until.is_some_and(|d| d < self.today)
    }

    pub(super) fn success(&mut self, e: &Entry<SuccessFile>) -> Success {
        let f = &e.front;
        let expired = self.consent_expired(f.consent_until);
        let meta = self.meta(Collection::Successes, e, &f.title, expired);
        Success {
            meta,
            date: f.date,
            partners: self.resolve_all(Collection::Partners, &f.partners, e),
            objective: self.resolve_opt(Collection::Objectives, &f.objective, e),
            milestone: self.resolve_opt(Collection::Milestones, &f.milestone, e),
            metrics: f
                .metrics
                .iter()
                .map(|m| Metric {
                    label: m.label.clone(),
                    value: m.value.clone(),
                    unit: m.unit.clone(),
                })
                .collect(),
            quotes: if expired {
                Vec::new()
            } else {
                f.quotes.clone()
            },
            consent_until: f.consent_until,
            consent_expired: expired && (!f.quotes.is_empty() || f.image.is_some()),
        }
    }

    pub(super) fn setback(&mut self, e: &Entry<SetbackFile>) -> Setback {
        let f = &e.front;
        let meta = self.meta(Collection::Setbacks, e, &f.title, false);
        let status = *f.status.get_ref();
        if status == SetbackStatus::Resolved && f.resolved.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    e.location(f.status.span()),
                    "a resolved setback needs a `resolved` date",
                )
                .with_hint("add `resolved = YYYY-MM-DD`, the day it was resolved"),
            );
        }
        if let Some(resolved) = f.resolved
            && resolved < f.date
        {
            self.error_at_key(
                e,
                "resolved",
                format!(
                    "`resolved` ({resolved}) is before the setback's `date` ({})",
                    f.date
                ),
                "check both dates",
            );
        }
        let end = match (status, f.resolved) {
            (SetbackStatus::Resolved, Some(d)) => d,
            _ => self.today,
        };
        let mut actions = Vec::new();
        for a in &f.actions {
            let owner = self.resolve_opt(Collection::Partners, &a.owner, e);
            actions.push(Action {
                title: a.title.clone(),
                owner,
                due: a.due,
                done: a.done,
                overdue: !a.done && a.due.is_some_and(|d| d < self.today),
            });
        }
        let mut updates: Vec<Update> = f
            .updates
            .iter()
            .map(|u| Update {
                date: u.date,
                text: u.text.clone(),
            })
            .collect();
        updates.sort_by_key(|u| std::cmp::Reverse(u.date));
        let mut responses = Vec::new();
        for r in &f.responses {
            if let Some(partner) = self.resolve(Collection::Partners, &r.partner, e) {
                responses.push(Response {
                    partner,
                    date: r.date,
                    text: r.text.clone(),
                });
            }
        }
        responses.sort_by_key(|r| r.date);
        Setback {
            meta,
            date: f.date,
            severity: f.severity,
            severity_name: Says::Severity {
                severity: f.severity,
            }
            .into(),
            status,
            status_name: Says::SetbackStatus { status }.into(),
            status_text: facts::setback_state(status, f.severity),
            tone: facts::setback_tone(status),
            severity_tone: match f.severity {
                Severity::High => "bad",
                Severity::Medium => "warn",
                Severity::Low => "neutral",
            },
            resolved: f.resolved,
            days_open: f.date.days_until(end).max(0),
            partners: self.resolve_all(Collection::Partners, &f.partners, e),
            objective: self.resolve_opt(Collection::Objectives, &f.objective, e),
            milestone: self.resolve_opt(Collection::Milestones, &f.milestone, e),
            lessons: f.lessons.clone(),
            actions,
            updates,
            responses,
        }
    }

    pub(super) fn case_study(&mut self, e: &Entry<CaseStudyFile>) -> CaseStudy {
        let f = &e.front;
        let expired = self.consent_expired(f.consent_until);
        let mut meta = self.meta(Collection::CaseStudies, e, &f.title, expired);
        if expired {
            meta.body.clear();
        }
        CaseStudy {
            meta,
            date: f.date,
            partners: self.resolve_all(Collection::Partners, &f.partners, e),
            objectives: self.resolve_all(Collection::Objectives, &f.objectives, e),
            outcomes: f
                .outcomes
                .iter()
                .map(|o| Outcome {
                    label: o.label.clone(),
                    before: o.before,
                    after: o.after,
                    change: o.after - o.before,
                    unit: o.unit.clone(),
                })
                .collect(),
            consent_until: f.consent_until,
            consent_expired: expired,
        }
    }
}

impl EntryLinker<'_, '_> {
    /// Connects each receipt to the pledge it names in `fulfils` (a pledge of the same partner,
    /// kind and unit), and works out what each pledge has been paid, what is outstanding and
    /// whether it is overdue on the build date. Mistakes are reported where they were written.
    fn link_pledges(&mut self, e: &Entry<PartnerFile>, contributions: &mut [Contribution]) {
        let written = &e.front.contributions;
        let mut pledges: BTreeMap<String, usize> = BTreeMap::new();
        for (i, c) in written.iter().enumerate() {
            if let Some(id) = &c.id {
                if c.status != PledgeStatus::Pledged {
                    self.error_at(
                        e,
                        id.span(),
                        format!(
                            "`id` names a pledge, and this contribution is {}",
                            pledge_word(c.status)
                        ),
                        "remove the `id`, or make it `status = \"pledged\"`",
                    );
                } else if pledges.insert(id.get_ref().clone(), i).is_some() {
                    self.error_at(
                        e,
                        id.span(),
                        format!("two pledges of this partner are named `{}`", id.get_ref()),
                        "give each pledge its own `id`",
                    );
                }
            }
            if let Some(due) = &c.due
                && c.status != PledgeStatus::Pledged
            {
                self.error_at(e, due.span(), "`due` is the date a pledge is due by, and this contribution was received".to_string(), "remove `due` here; to say which pledge it pays, write `fulfils = \"<the pledge's id>\"`");
            }
        }
        for (i, c) in written.iter().enumerate() {
            let Some(names) = &c.fulfils else { continue };
            if c.status != PledgeStatus::Received {
                self.error_at(e, names.span(), "`fulfils` says which pledge a received contribution pays, and this one is a pledge".to_string(), "remove `fulfils`, or make it `status = \"received\"`");
                continue;
            }
            let Some(&p) = pledges.get(names.get_ref()) else {
                let close = crate::diagnostics::did_you_mean(
                    names.get_ref(),
                    pledges.keys().map(String::as_str),
                );
                let hint = match (close, pledges.is_empty()) {
                    (Some(close), _) => format!("did you mean `{close}`?"),
                    (None, true) => {
                        "give the pledge an `id = \"...\"` and name it here".to_string()
                    }
                    (None, false) => format!(
                        "this partner's pledges are named: {}",
                        pledges.keys().cloned().collect::<Vec<_>>().join(", ")
                    ),
                };
                self.error_at(
                    e,
                    names.span(),
                    format!("this partner has no pledge named `{}`", names.get_ref()),
                    &hint,
                );
                continue;
            };
            if (contributions[p].kind, &contributions[p].unit)
                != (contributions[i].kind, &contributions[i].unit)
            {
                self.error_at(e, names.span(), format!("the pledge `{}` is of {} ({}), and this receipt of {} ({}): a pledge is paid in what was promised", names.get_ref(), kind_word(contributions[p].kind), contributions[p].unit, kind_word(contributions[i].kind), contributions[i].unit), "record it without `fulfils`, as received without a pledge");
                contributions[i].fulfils = None;
                continue;
            }
            contributions[p].paid += contributions[i].amount;
        }
        for c in contributions
            .iter_mut()
            .filter(|c| c.status == PledgeStatus::Pledged)
        {
            c.outstanding = (c.amount - c.paid).max(0.0);
            c.overdue = c.outstanding > 0.0 && c.due.is_some_and(|d| d < self.today);
        }
    }

    fn error_at<T>(
        &mut self,
        e: &Entry<T>,
        span: std::ops::Range<usize>,
        message: String,
        hint: &str,
    ) {
        self.diagnostics
            .push(Diagnostic::error(e.location(span), message).with_hint(hint));
    }
}

fn pledge_word(status: PledgeStatus) -> &'static str {
    match status {
        PledgeStatus::Pledged => "pledged",
        PledgeStatus::Received => "received",
    }
}

/// A contribution kind as the messages for the people who write the content say it.
fn kind_word(kind: ContributionKind) -> &'static str {
    match kind {
        ContributionKind::Funds => "funds",
        ContributionKind::VolunteerHours => "volunteer hours",
        ContributionKind::InKind => "in kind",
        ContributionKind::Skills => "skills",
        ContributionKind::Venue => "venue",
    }
}

/// Derived state of a milestone on the build date.
pub(super) struct MilestoneFacts {
    pub(super) current_due: Date,
    pub(super) overdue: bool,
    pub(super) days_overdue: Option<i64>,
    pub(super) upcoming: bool,
    pub(super) days_late: Option<i64>,
    pub(super) status_text: Text,
    pub(super) tone: &'static str,
}

pub(super) fn milestone_facts(m: &MilestoneFile, due: Date, today: Date) -> MilestoneFacts {
    let status = *m.status.get_ref();
    let current_due = m
        .replans
        .iter()
        .max_by_key(|r| r.date)
        .map_or(due, |r| r.due);
    let state = facts::milestone_state(status, due, current_due, m.completed, today);
    let upcoming = facts::is_open(status)
        && state.days_overdue.is_none()
        && today.days_until(current_due) <= UPCOMING_DAYS;
    MilestoneFacts {
        current_due,
        overdue: state.days_overdue.is_some(),
        days_overdue: state.days_overdue,
        upcoming,
        days_late: state.days_late,
        status_text: state.text,
        tone: state.tone,
    }
}

pub(super) fn contribution_unit(c: &ContributionFile, currency: &str) -> String {
    match (&c.unit, c.kind) {
        (Some(u), _) => u.clone(),
        (None, ContributionKind::Funds) => currency.to_string(),
        (None, ContributionKind::VolunteerHours) => "hours".to_string(),
        (None, _) => String::new(),
    }
}

pub(super) fn indicator(i: &IndicatorFile, id: String, today: Date) -> Indicator {
    let mut measurements: Vec<Measurement> = i
        .measurements
        .iter()
        .map(|m| Measurement {
            date: m.date,
            value: m.value,
            note: m.note.clone(),
            verification: m.verification,
            verification_name: Says::Verification {
                verification: m.verification,
            }
            .into(),
        })
        .collect();
    measurements.sort_by_key(|m| m.date);
    let latest = measurements.last().cloned();
    let span = i.target - i.baseline;
    let progress = latest
        .as_ref()
        .filter(|_| span != 0.0)
        .map(|m| (m.value - i.baseline) / span);
    let progress_bar = progress.map_or(0, |p| (p * 100.0).round().clamp(0.0, 100.0) as u8);
    let progress_text = Says::Progress {
        reached: latest.as_ref().zip(progress).map(|(m, p)| Reached {
            percent: (p * 100.0).round(),
            value: m.value,
            date: m.date,
        }),
        baseline: i.baseline,
        target: i.target,
        unit: i.unit.clone(),
    }
    .into();
    let expected_bar = i
        .baseline_date
        .zip(i.target_date)
        .and_then(|(base, target)| {
            let total = base.days_until(target);
            (total > 0).then(|| {
                let share = base.days_until(today) as f64 / total as f64;
                (share * 100.0).round().clamp(0.0, 100.0) as u8
            })
        });
    let days_since_measured = latest.as_ref().map(|m| m.date.days_until(today));
    let mut indicator = Indicator {
        on_track: None,
        expected_bar,
        days_since_measured,
        stale: days_since_measured.is_some_and(|d| d > crate::model::review::INDICATOR_STALE_DAYS),
        id,
        name: i.name.clone(),
        unit: i.unit.clone(),
        baseline: i.baseline,
        baseline_date: i.baseline_date,
        target: i.target,
        target_date: i.target_date,
        direction: i.direction,
        measurements,
        latest,
        progress,
        progress_bar,
        progress_text,
    };
    indicator.on_track = reports::on_track(&indicator);
    indicator
}

#[cfg(test)]
mod tests {
    use super::*;

    fn milestone(status: MilestoneStatus, due: &str, completed: Option<&str>) -> MilestoneFile {
        let toml = format!(
            "title = \"M\"\ndue = {due}\nstatus = \"{}\"\n{}",
            serde_json::to_value(status).unwrap().as_str().unwrap(),
            completed
                .map(|c| format!("completed = {c}\n"))
                .unwrap_or_default()
        );
        toml::from_str(&toml).unwrap()
    }

    #[test]
    fn overdue_is_derived_from_the_build_date() {
        let today: Date = "2025-06-01".parse().unwrap();
        let m = milestone(MilestoneStatus::InProgress, "2025-05-20", None);
        let f = milestone_facts(&m, m.due, today);
        assert!(f.overdue);
        assert_eq!(
            f.status_text.in_words(&crate::words::Catalogue::english()),
            "12 days overdue, in progress"
        );
        let f = milestone_facts(&m, m.due, "2025-05-20".parse().unwrap());
        assert!(!f.overdue && f.upcoming);
    }

    #[test]
    fn days_late_count_from_the_first_agreed_date() {
        let today: Date = "2025-06-01".parse().unwrap();
        let m = milestone(MilestoneStatus::Achieved, "2025-03-01", Some("2025-03-15"));
        let f = milestone_facts(&m, m.due, today);
        assert_eq!(f.days_late, Some(14));
        assert_eq!(
            f.status_text.in_words(&crate::words::Catalogue::english()),
            "Achieved 14 days after the date first agreed"
        );
        let m = milestone(MilestoneStatus::Achieved, "2025-03-01", Some("2025-02-15"));
        assert_eq!(
            milestone_facts(&m, m.due, today)
                .status_text
                .in_words(&crate::words::Catalogue::english()),
            "Achieved on time"
        );
    }
}
