//! Who goes in which breakout group: by hand, at random (the seed comes in as data, so the same seed
//! gives the same groups on every machine), or balanced by organisation; and the groups' names,
//! rapporteurs and the round's label. Pure: [`super::breakout::split_plan`] turns a plan into files.

use super::model::Participant;

/// One group of a plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupSpec {
    /// "Group 1", or the name the facilitator gave ("Water and sanitation").
    pub name: String,
    /// Who is in it (they become the group file's participants).
    pub members: Vec<Participant>,
    /// Who reports back; empty for nobody named.
    pub rapporteur: String,
}

/// A breakout round as the facilitator sets it up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupPlan {
    /// The round's label ("Data review"); empty for none.
    pub round_label: String,
    pub groups: Vec<GroupSpec>,
    /// The sub-steps' names as people read them ("1.1 Define purpose and information needs"), for
    /// the group files' timeline; set with [`GroupPlan::named`] (the ids are said without it).
    pub substep_names: Vec<String>,
}

impl GroupPlan {
    /// The plan with the names of the sub-steps it carries, from the content pack.
    pub fn named(mut self, pack: &crate::content::Pack, substeps: &[String]) -> Self {
        self.substep_names = pack.substep_names(substeps);
        self
    }
}

/// How participants are put in groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignment {
    /// Nobody is assigned (the groups sort themselves out in the room).
    None,
    /// Shuffled with this seed, then dealt out.
    Random(u64),
    /// Each organisation spread over the groups as evenly as it goes.
    ByOrganisation,
}

/// A small, stable pseudo-random generator (splitmix64): the same seed gives the same sequence on
/// every machine and version, which a shuffle the room can re-run needs.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Deal people out one by one over `groups` groups: sizes differ by at most one.
fn deal(people: Vec<Participant>, groups: usize) -> Vec<Vec<Participant>> {
    let mut out = vec![Vec::new(); groups.max(1)];
    let n = out.len();
    for (i, p) in people.into_iter().enumerate() {
        out[i % n].push(p);
    }
    out
}

/// `people` in `groups` groups at random: a Fisher–Yates shuffle from `seed`, then dealt out.
pub fn assign_random(people: &[Participant], groups: usize, seed: u64) -> Vec<Vec<Participant>> {
    let mut shuffled = people.to_vec();
    let mut rng = SplitMix(seed);
    for i in (1..shuffled.len()).rev() {
        let j = rng.below(i + 1);
        shuffled.swap(i, j);
    }
    deal(shuffled, groups)
}

/// `people` in `groups` groups so that each organisation is spread out: the largest organisations
/// are dealt first, each one's people over consecutive groups. Every group's size, and every
/// organisation's count in each group, differ by at most one. People with no organisation count as
/// one organisation of their own kind.
pub fn assign_by_organisation(people: &[Participant], groups: usize) -> Vec<Vec<Participant>> {
    let mut orgs: Vec<(String, Vec<Participant>)> = Vec::new();
    for p in people {
        let key = p.organisation.trim().to_lowercase();
        match orgs.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(p.clone()),
            None => orgs.push((key, vec![p.clone()])),
        }
    }
    // Largest first, then by name, so the result does not depend on the order people were typed.
    orgs.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    deal(
        orgs.into_iter().flat_map(|(_, list)| list).collect(),
        groups,
    )
}

/// The members of `groups` groups by the chosen way.
pub fn assign(people: &[Participant], groups: usize, how: Assignment) -> Vec<Vec<Participant>> {
    match how {
        Assignment::None => vec![Vec::new(); groups],
        Assignment::Random(seed) => assign_random(people, groups, seed),
        Assignment::ByOrganisation => assign_by_organisation(people, groups),
    }
}

/// Names typed in a list, `;` or a new line between them, trimmed; an empty place keeps its position
/// (`; Dana` names the second group's rapporteur only). Empty places at the end are dropped.
pub fn name_list(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split([';', '\n'])
        .map(|s| s.trim().to_string())
        .collect();
    while names.last().is_some_and(String::is_empty) {
        names.pop();
    }
    names
}

/// The `i`-th name of a list, when it is there and not empty.
fn nth(names: &[String], i: usize) -> Option<String> {
    names.get(i).filter(|n| !n.is_empty()).cloned()
}

/// Groups written by hand, one per `|` (or line): `Water: Amina, *José, Rania` — an optional name
/// before `:`, members by name between commas, the rapporteur marked with `*`. A name that matches a
/// participant (any case) brings their organisation; others come in as names alone.
pub fn parse_by_hand(text: &str, participants: &[Participant]) -> Vec<GroupSpec> {
    text.split(['|', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|entry| {
            let (name, people) = match entry.split_once(':') {
                Some((name, people)) => (name.trim().to_string(), people),
                None => (String::new(), entry),
            };
            let mut spec = GroupSpec {
                name,
                ..GroupSpec::default()
            };
            for raw in people.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let (is_rapporteur, who) = match raw.strip_prefix('*') {
                    Some(rest) => (true, rest.trim()),
                    None => (false, raw),
                };
                if who.is_empty() {
                    continue;
                }
                let member = participants
                    .iter()
                    .find(|p| p.name.trim().to_lowercase() == who.to_lowercase())
                    .cloned()
                    .unwrap_or_else(|| Participant::named(who));
                if is_rapporteur {
                    spec.rapporteur = member.name.clone();
                }
                spec.members.push(member);
            }
            spec
        })
        .collect()
}

/// A plan of `count` groups: names from `names` (else "Group 1"…), members from `members` (by
/// position), rapporteurs from `rapporteurs` (by position; else one written by hand).
pub fn plan(
    count: usize,
    names: &[String],
    members: Vec<Vec<Participant>>,
    rapporteurs: &[String],
    round_label: &str,
) -> GroupPlan {
    let mut members = members.into_iter();
    let groups = (0..count)
        .map(|i| GroupSpec {
            name: nth(names, i).unwrap_or_else(|| crate::t!("session-group-name", number = i + 1)),
            members: members.next().unwrap_or_default(),
            rapporteur: nth(rapporteurs, i).unwrap_or_default(),
        })
        .collect();
    GroupPlan {
        round_label: round_label.trim().to_string(),
        groups,
        substep_names: Vec::new(),
    }
}

/// A plan from groups written by hand: unnamed ones get "Group N"; extra `names` and `rapporteurs`
/// fill what the hand-written text left empty.
pub fn plan_by_hand(
    specs: Vec<GroupSpec>,
    names: &[String],
    rapporteurs: &[String],
    round_label: &str,
) -> GroupPlan {
    let groups = specs
        .into_iter()
        .enumerate()
        .map(|(i, mut g)| {
            if g.name.is_empty() {
                g.name = nth(names, i)
                    .unwrap_or_else(|| crate::t!("session-group-name", number = i + 1));
            }
            if g.rapporteur.is_empty() {
                g.rapporteur = nth(rapporteurs, i).unwrap_or_default();
            }
            g
        })
        .collect();
    GroupPlan {
        round_label: round_label.trim().to_string(),
        groups,
        substep_names: Vec::new(),
    }
}

/// What to say about a group besides its name: its members and its rapporteur, when it has them.
pub fn describe(spec: &GroupSpec) -> Vec<String> {
    let mut parts = Vec::new();
    if !spec.members.is_empty() {
        let names: Vec<&str> = spec.members.iter().map(|m| m.name.as_str()).collect();
        parts.push(crate::t!(
            "groups-members",
            count = names.len(),
            names = names.join(", ")
        ));
    }
    if !spec.rapporteur.is_empty() {
        parts.push(crate::t!(
            "groups-rapporteur",
            name = spec.rapporteur.as_str()
        ));
    }
    parts
}

/// A breakout round as typed (in the split form or on the command line).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanInput {
    /// How many groups; `None` for as many as written by hand.
    pub count: Option<usize>,
    /// Groups written by hand (see [`parse_by_hand`]); empty for none.
    pub by_hand: String,
    /// How the session's participants are assigned when no group is written by hand.
    pub how: Option<Assignment>,
    /// Group names, `;` between them.
    pub names: String,
    /// Rapporteurs, `;` between them, in group order.
    pub rapporteurs: String,
    pub round_label: String,
}

/// Why a typed round cannot be split.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{}", crate::t!("groups-plan-count", max = *max))]
    Count { max: usize },
    #[error("{}", crate::t!("groups-plan-hand-count", written = *written, count = *count))]
    HandCount { written: usize, count: usize },
    #[error("{}", crate::t!("groups-plan-no-participants"))]
    NoParticipants,
}

/// The plan a typed round describes, for a session with these participants; at most `max` groups.
pub fn plan_from(
    input: &PlanInput,
    participants: &[Participant],
    max: usize,
) -> Result<GroupPlan, PlanError> {
    let names = name_list(&input.names);
    let rapporteurs = name_list(&input.rapporteurs);
    let hand = parse_by_hand(&input.by_hand, participants);
    let count = input.count.unwrap_or(hand.len());
    if count == 0 || count > max {
        return Err(PlanError::Count { max });
    }
    if !hand.is_empty() {
        if hand.len() != count {
            return Err(PlanError::HandCount {
                written: hand.len(),
                count,
            });
        }
        return Ok(plan_by_hand(hand, &names, &rapporteurs, &input.round_label));
    }
    let how = input.how.unwrap_or(Assignment::None);
    if how != Assignment::None && participants.is_empty() {
        return Err(PlanError::NoParticipants);
    }
    let members = assign(participants, count, how);
    Ok(plan(
        count,
        &names,
        members,
        &rapporteurs,
        &input.round_label,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<Participant> {
        crate::session::participants::parse_list(
            "Amina (NRC); Ben (NRC); Chen (NRC); Dana (UNHCR); Eli (UNHCR); Fatou (IRC); Gita",
        )
    }

    #[test]
    fn the_generator_is_pinned() {
        // A seed typed today must give the same groups tomorrow, on any machine.
        let mut r = SplitMix(42);
        assert_eq!(r.next(), 0xbdd7_3226_2feb_6e95);
    }

    #[test]
    fn hand_written_groups_find_participants_and_rapporteurs() {
        let specs = parse_by_hand("Water: amina, *Zoe | Dana", &people());
        assert_eq!(specs.len(), 2);
        assert_eq!(specs[0].name, "Water");
        assert_eq!(specs[0].members[0].organisation, "NRC");
        assert_eq!(specs[0].rapporteur, "Zoe");
        assert_eq!(specs[1].name, "");
        let plan = plan_by_hand(specs, &[], &name_list("Ben; Dana;;"), " Round A ");
        assert_eq!(
            plan.groups[0].rapporteur, "Zoe",
            "the one written by hand stays"
        );
        assert_eq!(plan.groups[1].name, "Group 2");
        assert_eq!(plan.groups[1].rapporteur, "Dana");
        assert_eq!(plan.round_label, "Round A");
    }
}
