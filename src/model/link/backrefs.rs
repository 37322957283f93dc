//! Back-references: each entry learns which entries point at it (a partner's milestones,
//! successes and setbacks, an objective's milestones), worked out in parallel.

use super::*;

/// Fills in what each partner, objective and milestone is part of, from the other side.
pub(super) fn fill_back_references(site: &mut Site, index: &Index) {
    type At = rustc_hash::FxHashMap<String, usize>;
    pub(super) fn positions<'s>(metas: impl Iterator<Item = &'s Meta>) -> At {
        metas
            .enumerate()
            .map(|(i, m)| (m.slug.clone(), i))
            .collect()
    }
    let partner_at = positions(site.partners.iter().map(|e| &e.meta));
    let objective_at = positions(site.objectives.iter().map(|e| &e.meta));
    let milestone_at = positions(site.milestones.iter().map(|e| &e.meta));
    let me = |c: Collection, slug: &str| index.get(c, slug).cloned();
    let partner = |r: &Ref| partner_at[&r.slug];
    let objective = |r: &Ref| objective_at[&r.slug];
    let milestone = |r: &Ref| milestone_at[&r.slug];

    // Where each entry's reference goes, worked out in parallel, in the order of one pass.
    type Links = Vec<(Back, usize, Option<Ref>)>;
    pub(super) fn links_from<E: Sync>(
        entries: &[E],
        this: impl Fn(&E) -> Option<Ref> + Sync,
        targets: impl Fn(&E) -> Vec<(Back, usize)> + Sync,
    ) -> Vec<Links> {
        entries
            .par_iter()
            .map(|e| {
                let this = this(e);
                let to = targets(e).into_iter();
                to.map(|(back, at)| (back, at, this.clone())).collect()
            })
            .collect()
    }
    let from_objectives = links_from(
        &site.objectives,
        |o| me(Collection::Objectives, &o.meta.slug),
        |o| {
            let partners = o
                .owners
                .iter()
                .map(|p| (Back::PartnerObjectives, partner(p)));
            partners.collect()
        },
    );
    let from_milestones = links_from(
        &site.milestones,
        |m| me(Collection::Milestones, &m.meta.slug),
        |m| {
            let partners = m
                .partners
                .iter()
                .map(|p| (Back::PartnerMilestones, partner(p)));
            let objectives = m
                .objective
                .iter()
                .map(|o| (Back::ObjectiveMilestones, objective(o)));
            partners.chain(objectives).collect()
        },
    );
    let from_successes = links_from(
        &site.successes,
        |s| me(Collection::Successes, &s.meta.slug),
        |s| {
            let partners = s
                .partners
                .iter()
                .map(|p| (Back::PartnerSuccesses, partner(p)));
            let objectives = s
                .objective
                .iter()
                .map(|o| (Back::ObjectiveSuccesses, objective(o)));
            let milestones = s
                .milestone
                .iter()
                .map(|m| (Back::MilestoneSuccesses, milestone(m)));
            partners.chain(objectives).chain(milestones).collect()
        },
    );
    let from_setbacks = links_from(
        &site.setbacks,
        |s| me(Collection::Setbacks, &s.meta.slug),
        |s| {
            let involved = s
                .partners
                .iter()
                .chain(s.actions.iter().filter_map(|a| a.owner.as_ref()))
                .chain(s.responses.iter().map(|r| &r.partner))
                .map(|p| (Back::PartnerSetbacks, partner(p)));
            let objectives = s
                .objective
                .iter()
                .map(|o| (Back::ObjectiveSetbacks, objective(o)));
            let milestones = s
                .milestone
                .iter()
                .map(|m| (Back::MilestoneSetbacks, milestone(m)));
            involved.chain(objectives).chain(milestones).collect()
        },
    );
    let from_case_studies = links_from(
        &site.case_studies,
        |c| me(Collection::CaseStudies, &c.meta.slug),
        |c| {
            let partners = c
                .partners
                .iter()
                .map(|p| (Back::PartnerCaseStudies, partner(p)));
            let objectives = c
                .objectives
                .iter()
                .map(|o| (Back::ObjectiveCaseStudies, objective(o)));
            partners.chain(objectives).collect()
        },
    );

    let all = [
        from_objectives,
        from_milestones,
        from_successes,
        from_setbacks,
        from_case_studies,
    ];
    for (back, at, r) in all.into_iter().flatten().flatten() {
        let list = match back {
            Back::PartnerObjectives => &mut site.partners[at].objectives,
            Back::PartnerMilestones => &mut site.partners[at].milestones,
            Back::PartnerSuccesses => &mut site.partners[at].successes,
            Back::PartnerSetbacks => &mut site.partners[at].setbacks,
            Back::PartnerCaseStudies => &mut site.partners[at].case_studies,
            Back::ObjectiveMilestones => &mut site.objectives[at].milestones,
            Back::ObjectiveSuccesses => &mut site.objectives[at].successes,
            Back::ObjectiveSetbacks => &mut site.objectives[at].setbacks,
            Back::ObjectiveCaseStudies => &mut site.objectives[at].case_studies,
            Back::MilestoneSuccesses => &mut site.milestones[at].successes,
            Back::MilestoneSetbacks => &mut site.milestones[at].setbacks,
        };
        // Each list takes references from one collection, whose slugs differ, and one
        // entry's links come together: a reference already listed is the list's last (an
        // entry naming a partner twice). Looking only there keeps a partner named by every
        // one of 10,000 successes linear.
        if let Some(r) = r
            && list.last().is_none_or(|x| x.slug != r.slug)
        {
            list.push(r);
        }
    }
}
