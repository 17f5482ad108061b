//! Sample data for benchmarks and demonstrations: one very large but realistic session, and folders of
//! ordinary sessions for the library.
//!
//! Everything is deterministic (a fixed-seed xorshift, fixed dates), so two runs produce the same bytes
//! and benchmark figures stay comparable. The text is workshop prose in English, French, Arabic,
//! Ukrainian and Spanish, with some CJK and emoji — what teams actually type, so wrapping, width and
//! escaping are exercised as they are in the field.
//!
//! ```no_run
//! # use pim_core::content;
//! # use pim_sample as sample;
//! let pack = content::load_embedded().unwrap();
//! let session = sample::large_session(&pack);
//! assert_eq!(session.decisions.len(), sample::LARGE_DECISIONS);
//! ```

// No `unwrap()` outside tests: a failure is a sentence for the user, or an `expect` saying why it
// cannot happen.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use pim_core::content::Pack;
use pim_core::session::{
    ActionItem, ActionStatus, Answer, Context, Decision, DecisionStatus, Extra, LandscapeEntry,
    ParkingItem, Participant, Position, PrincipleCheck, PrincipleStatus, Reliability, Risk,
    Session, SharedWith, StatusChange, SubstepRecord, SubstepStatus, SystemStatus, TimelineEvent,
    TimelineKind,
};

/// The template of the large session: the whole process.
pub const LARGE_TEMPLATE: &str = "full-process";
/// Decisions in the large session.
pub const LARGE_DECISIONS: usize = 2_000;
/// Action items in the large session.
pub const LARGE_ACTIONS: usize = 500;
/// Risks in the large session.
pub const LARGE_RISKS: usize = 60;
/// Parking-lot points in the large session.
pub const LARGE_PARKING: usize = 100;
/// Entries of the landscape register in the large session.
pub const LARGE_LANDSCAPE: usize = 300;
/// Participants in the large session.
pub const LARGE_PARTICIPANTS: usize = 40;
/// Timeline events in the large session (the `created` event included).
pub const LARGE_TIMELINE: usize = 5_000;

/// A small deterministic generator (xorshift64*): no `rand` crate, same sequence on every machine.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced by a fixed non-zero value).
    pub fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

// ------------------------------------------------------------------------------------------ text

const PEOPLE: &[&str] = &[
    "Amina Haddad",
    "Jean-Baptiste Mukendi",
    "Olena Kovalenko",
    "María Fernanda López",
    "Yusuf Al-Khatib",
    "Chloé Martin",
    "Dmytro Shevchenko",
    "Fatima Zahra Benali",
    "Carlos Ramírez",
    "Grace Achieng",
    "Hiroshi Tanaka",
    "Nour El-Din Saleh",
    "Sofía Herrera",
    "Oksana Melnyk",
    "Ibrahim Diallo",
    "Léa Dubois",
    "Rania Mansour",
    "Andriy Bondarenko",
    "Lucía Torres",
    "Samuel Okoro",
    "Mei Lin 林美",
    "Aïcha Traoré",
    "Pablo Gómez",
    "Iryna Tkachenko",
];

const ORGS: &[&str] = &[
    "Protection Cluster",
    "UNHCR",
    "OCHA",
    "Danish Refugee Council",
    "Norwegian Refugee Council",
    "ICRC",
    "Croix-Rouge française",
    "Media Luna Roja",
    "Ministry of Social Policy",
    "Comité local des déplacés",
    "جمعية الهلال الأحمر",
    "Благодійний фонд «Право на захист»",
    "IOM DTM",
    "UNICEF Child Protection AoR",
    "GBV AoR",
    "Consejo Noruego para Refugiados",
];

const ROLES: &[&str] = &[
    "Protection Cluster coordinator",
    "Information management officer",
    "Protection monitoring lead",
    "Data protection focal point",
    "Case management supervisor",
    "Chargée de protection",
    "Responsable gestion de l'information",
    "منسق الحماية",
    "Фахівець з моніторингу захисту",
    "Oficial de gestión de información",
    "GBV sub-cluster co-lead",
    "Community liaison",
];

const PLACES: &[&str] = &[
    "Kalma camp",
    "Goma",
    "Kharkiv oblast",
    "Dnipro",
    "Cúcuta",
    "Maiduguri",
    "Cox's Bazar",
    "Idlib",
    "Bangui",
    "Tillabéri",
    "Zaporizhzhia",
    "Arauca",
    "الحسكة",
    "Bunia",
];

const DATASETS: &[&str] = &[
    "protection monitoring reports",
    "the displacement tracking matrix",
    "case management records",
    "the 5W of partners",
    "community feedback logs",
    "GBV incident data",
    "the multi-sector needs assessment",
    "hotline call logs",
    "school attendance figures",
    "civil documentation requests",
];

const EN: &[&str] = &[
    "The team agreed that the rapid assessment will not collect names: household identifiers stay inside the case management system and never leave it.",
    "Partners said they already collect much of this through protection monitoring, so the first task is to map what exists before designing anything new.",
    "Three organisations raised the risk that sharing site-level figures with the authorities could expose returnees to reprisals in the northern districts.",
    "We will start from the decision the cluster has to take in March — where to deploy mobile teams — and only collect what informs that decision.",
    "Consent forms are available in four languages, but the room noted that oral consent must be recorded consistently and explained in plain words.",
    "The information management working group will check the DTM baseline against the municipal registry before anyone builds a new questionnaire.",
    "Participants were clear that community representatives must see the results first, before the report goes to donors or the coordination meeting.",
    "Data older than eighteen months is of limited use because of the secondary displacement after the floods; the team will flag it rather than discard it.",
    "Nobody in the room owns the analysis yet: the cluster lead will ask partners for a named analyst with time set aside, not a volunteer on top of their job.",
    "The data sharing protocol needs a clause on aggregated figures below five individuals, which must be suppressed in every product that leaves the cluster.",
    "Mobile phone surveys would reach younger men far more than older women; the team will weight the sample and say so in the methodology note.",
    "The group recalled that the purpose defined in step one still holds: inform the targeting of legal aid, not build a general database of the displaced.",
    "Several partners store lists on personal laptops; a minimum of encryption and a retention date will be agreed before any data moves between them.",
    "Translation of the questionnaire back into English revealed two questions that were understood as asking about ethnicity; both were reworded.",
    "The authorities asked for raw data; the cluster will offer a dashboard of aggregated indicators instead and explain why in a short written note.",
];

const FR: &[&str] = &[
    "L'équipe a convenu que les données nominatives ne seront pas partagées avec les autorités locales sans le consentement éclairé des personnes concernées.",
    "Les partenaires rappellent que le monitoring de protection couvre déjà les sites de Kalma et de Goma ; il faut d'abord cartographier l'existant.",
    "La question de la conservation des données reste ouverte : le groupe propose une durée de douze mois, puis une anonymisation complète.",
    "Le comité des déplacés demande à recevoir les résultats avant leur diffusion, dans une forme lisible par tous, y compris à l'oral.",
    "Les enquêteurs devront être formés aux principes de ne pas nuire et à l'orientation vers les services, avant toute collecte sur le terrain.",
    "Il est décidé de ne pas collecter d'informations sur l'appartenance ethnique, jugées trop sensibles dans le contexte actuel.",
];

const AR: &[&str] = &[
    "اتفق الفريق على عدم جمع أسماء الأشخاص في التقييم السريع، وتبقى البيانات الشخصية داخل نظام إدارة الحالات.",
    "أشار الشركاء إلى أن رصد الحماية يغطي معظم المواقع، لذلك يجب أولاً رسم خريطة للبيانات الموجودة قبل تصميم أداة جديدة.",
    "طلب ممثلو المجتمع الاطلاع على النتائج قبل نشرها، وبلغة مفهومة للجميع.",
    "يجب إخفاء الأرقام التي تقل عن خمسة أشخاص في جميع التقارير التي تخرج من المجموعة.",
    "ستتولى مجموعة عمل إدارة المعلومات مراجعة بروتوكول تبادل البيانات قبل نهاية الشهر.",
];

const UK: &[&str] = &[
    "Команда погодилася, що дані про внутрішньо переміщених осіб зберігатимуться лише в агрегованому вигляді.",
    "Партнери нагадали, що моніторинг захисту вже охоплює більшість громад області, тож спершу треба з'ясувати, які дані вже є.",
    "Місцева влада просить первинні дані; кластер запропонує панель агрегованих показників і письмово пояснить чому.",
    "Анкету перекладено українською та російською мовами; два питання переформульовано після пілотування.",
    "Згоду на участь буде записано усно, з поясненням простими словами, для чого збираються дані.",
];

const ES: &[&str] = &[
    "El equipo acordó que los datos de monitoreo de protección se compartirán solo en forma agregada con el clúster.",
    "Las organizaciones señalaron el riesgo de exponer a las personas retornadas si se publican cifras por barrio en Cúcuta.",
    "Se revisará la matriz de desplazamiento con el registro municipal antes de diseñar un nuevo cuestionario.",
    "Los líderes comunitarios pidieron conocer los resultados antes que los donantes, en reuniones abiertas y en lenguaje sencillo.",
    "La retención de datos será de doce meses; después se anonimizarán por completo las bases de los socios.",
];

const OTHER: &[&str] = &[
    "✅ Agreed in plenary, no objection.",
    "⚠️ To confirm with the data protection focal point.",
    "📍 Applies to all sites in the district.",
    "東京事務所が報告書の日本語版を確認する。",
    "数据共享协议需在月底前签署。",
    "👉 See the protocol annex, section 4.",
];

const DECISION_VERBS: &[&str] = &[
    "Collect",
    "Do not collect",
    "Share",
    "Suppress",
    "Publish",
    "Reuse",
    "Archive",
    "Translate",
    "Pilot",
    "Validate",
    "Aggregate",
    "Review",
];

const DECISION_OBJECTS: &[&str] = &[
    "names of individuals in the rapid assessment",
    "site-level figures with the authorities",
    "cells below five individuals in every product",
    "the dashboard of aggregated indicators monthly",
    "existing protection monitoring data before any new survey",
    "case records older than eighteen months",
    "the questionnaire into Arabic and Ukrainian",
    "the tool with two partners for a month",
    "figures with community representatives first",
    "by district, never by household",
    "the data sharing protocol with the legal aid partners",
    "hotline data only with explicit consent",
];

const ACTION_TEXTS: &[&str] = &[
    "Map the datasets partners already hold for",
    "Draft the data sharing protocol annex for",
    "Train enumerators on do no harm and referral pathways in",
    "Translate and back-translate the questionnaire for",
    "Set up encrypted storage and a retention date for",
    "Present the preliminary findings to the community committee of",
    "Write the methodology note, with the sampling limits, for",
    "Check the DTM baseline against the municipal registry of",
    "Name an analyst with protected time for",
    "Agree the suppression rule for small numbers with partners in",
];

const SYSTEMS: &[&str] = &[
    "Protection monitoring",
    "Rapid protection assessment",
    "Case management database",
    "GBVIMS",
    "CPIMS+",
    "Displacement tracking matrix",
    "Return intention survey",
    "Community feedback mechanism",
    "Legal aid hotline",
    "Border monitoring",
    "Monitoreo de protección",
    "Suivi de protection",
    "Моніторинг захисту",
    "رصد الحماية",
    "Multi-sector needs assessment",
    "Incident tracking (security)",
];

const METHODS: &[&str] = &[
    "key informant interviews",
    "household survey (sample)",
    "focus group discussions",
    "individual case files",
    "phone survey",
    "direct observation and site visits",
    "entretiens individuels",
    "encuesta de hogares",
];

const FREQUENCIES: &[&str] = &["monthly", "weekly", "quarterly", "one-off", "continuous"];

const RISK_TEXTS: &[&str] = &[
    "Site-level figures could expose returnees to reprisals",
    "Lists kept on personal laptops could be lost or seized",
    "Phone surveys under-represent older women",
    "Authorities may demand raw data and threaten access",
    "Enumerators without training could cause harm during interviews",
    "Duplicate collection exhausts communities and partners",
    "Translation errors change the meaning of sensitive questions",
    "The analysis has no owner and will not be used",
];

const PARKING_TEXTS: &[&str] = &[
    "Who pays for the encrypted laptops?",
    "Can the hotline data be linked to case management at all?",
    "Ask OCHA whether the 5W can carry a protection flag.",
    "Does the national data protection law apply to NGOs here?",
    "¿Quién valida la traducción al wayuunaiki?",
    "Qui garde les fiches papier après la saisie ?",
    "Хто відповідає за зберігання паперових анкет?",
    "من يحتفظ بالاستمارات الورقية بعد الإدخال؟",
];

/// The sentences of one language of the room: mostly English, then French, Arabic, Ukrainian, Spanish.
fn pick_language(rng: &mut Rng) -> &'static [&'static str] {
    match rng.below(20) {
        0..=9 => EN,
        10..=11 => FR,
        12..=13 => AR,
        14..=15 => UK,
        16..=17 => ES,
        _ => OTHER,
    }
}

/// One sentence of workshop prose, mostly English, sometimes in another language of the room.
fn sentence(rng: &mut Rng) -> String {
    let pool = pick_language(rng);
    let base = rng.pick(pool);
    // Some sentences carry a concrete figure and place, as notes from a room do.
    if rng.chance(20) {
        format!(
            "{base} ({} households, {}; source: {}, {})",
            rng.range(40, 9_000),
            rng.pick(PLACES),
            rng.pick(DATASETS),
            rng.pick(ORGS)
        )
    } else {
        (*base).to_string()
    }
}

/// `sentences` sentences of prose in paragraphs of two to five.
fn prose(rng: &mut Rng, sentences: usize) -> String {
    let mut out = String::new();
    let mut in_paragraph = 0;
    let mut paragraph_len = rng.range(2, 5);
    for i in 0..sentences {
        if i > 0 {
            if in_paragraph >= paragraph_len {
                out.push_str("\n\n");
                in_paragraph = 0;
                paragraph_len = rng.range(2, 5);
            } else {
                out.push(' ');
            }
        }
        if rng.chance(8) {
            out.push_str("- ");
        }
        out.push_str(&sentence(rng));
        in_paragraph += 1;
    }
    out
}

fn base_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T08:30:00+02:00").expect("a valid date")
}

fn at(minutes: usize) -> DateTime<FixedOffset> {
    base_time() + Duration::minutes(minutes as i64)
}

// ------------------------------------------------------------------------------------------ sessions

/// The sub-steps of `template` and, for each, its step and prompt ids.
fn walk(pack: &Pack, template: &str) -> Vec<(String, String, Vec<String>)> {
    pack.template_substeps(template)
        .into_iter()
        .map(|sub| {
            let step = pack
                .substep(sub)
                .map(|(step, _)| step.id.clone())
                .unwrap_or_default();
            let prompts = pack
                .prompts_for(template, sub)
                .iter()
                .map(|p| p.id.to_string())
                .collect();
            (sub.to_string(), step, prompts)
        })
        .collect()
}

fn principle_ids(pack: &Pack) -> Vec<String> {
    pack.principles
        .principles
        .iter()
        .map(|p| p.id.clone())
        .collect()
}

fn participants(rng: &mut Rng, n: usize) -> Vec<Participant> {
    (0..n)
        .map(|i| Participant {
            name: if i < PEOPLE.len() {
                PEOPLE[i].to_string()
            } else {
                format!("{} ({})", rng.pick(PEOPLE), i + 1)
            },
            organisation: rng.pick(ORGS).to_string(),
            role: rng.pick(ROLES).to_string(),
            extra: Extra::new(),
        })
        .collect()
}

/// Parameters of a generated session.
struct Shape {
    template: &'static str,
    title: String,
    /// Share of sub-steps with answers, in percent.
    answered: usize,
    /// Sentences per answer (min, max).
    answer_sentences: (usize, usize),
    decisions: usize,
    actions: usize,
    landscape: usize,
    risks: usize,
    parking: usize,
    participants: usize,
    timeline: usize,
}

fn build(pack: &Pack, rng: &mut Rng, shape: Shape) -> Session {
    let walk = walk(pack, shape.template);
    let principles = principle_ids(pack);
    let people = participants(rng, shape.participants);
    let who = |rng: &mut Rng| people[rng.below(people.len())].name.clone();
    let facilitator = people[0].name.clone();

    let mut session = Session::new(
        &shape.title,
        shape.template,
        pack.content_ref(),
        &facilitator,
        base_time(),
    );
    // A fixed id keeps the output identical from run to run.
    session.id = format!("18{:014x}-1a2b-{:x}", rng.next_u64() >> 8, rng.below(64));
    session.participants = people.clone();
    let place = rng.pick(PLACES).to_string();
    session.context = Context {
        operation: format!("{place} protection response 2026"),
        location: format!("{place}, {}", rng.pick(PLACES)),
        dates: "2–6 March 2026".into(),
        requested_by: format!("{} ({})", rng.pick(PEOPLE), rng.pick(ORGS)),
        requested_tool: "A needs assessment questionnaire — « une enquête ménage »".into(),
        notes: prose(rng, 3),
        extra: Extra::new(),
    };

    // Answers, statuses and principle checks.
    let mut minute = 10;
    for (i, (sub, _, prompts)) in walk.iter().enumerate() {
        if rng.below(100) >= shape.answered {
            continue;
        }
        let mut record = SubstepRecord::default();
        for prompt in prompts {
            minute += rng.range(1, 6);
            let (lo, hi) = shape.answer_sentences;
            let n = rng.range(lo, hi);
            record.answers.insert(
                prompt.clone(),
                Answer {
                    text: prose(rng, n),
                    picks: Vec::new(),
                    at: at(minute),
                    by: who(rng),
                    extra: Extra::new(),
                },
            );
        }
        for p in &principles {
            if rng.chance(70) {
                record.principles.insert(
                    p.clone(),
                    PrincipleCheck {
                        status: match rng.below(4) {
                            0 => PrincipleStatus::Open,
                            1 | 2 => PrincipleStatus::Addressed,
                            _ => PrincipleStatus::Concern,
                        },
                        note: {
                            let n = rng.range(1, 2);
                            prose(rng, n)
                        },
                        at: at(minute),
                        by: who(rng),
                        extra: Extra::new(),
                    },
                );
            }
        }
        record.status = if i + 2 < walk.len() || rng.chance(50) {
            SubstepStatus::Done
        } else {
            SubstepStatus::InProgress
        };
        session.substeps.insert(sub.clone(), record);
    }
    if let Some((sub, _, prompts)) = walk.first() {
        session.position = Some(Position {
            substep: sub.clone(),
            prompt: prompts.first().cloned(),
            extra: Extra::new(),
        });
    }

    // Decisions: mostly agreed, some proposed or rejected, and supersession chains.
    for n in 1..=shape.decisions {
        let (sub, step, _) = rng.pick(&walk).clone();
        let when = at(minute + n * 2);
        let by = who(rng);
        let mut history = vec![StatusChange {
            at: when,
            by: by.clone(),
            status: DecisionStatus::Proposed,
            extra: Extra::new(),
        }];
        // A long session leaves some proposals open.
        let status = match rng.below(20) {
            0..=4 => DecisionStatus::Proposed,
            5..=6 => DecisionStatus::Rejected,
            _ => DecisionStatus::Agreed,
        };
        if status != DecisionStatus::Proposed {
            history.push(StatusChange {
                at: when + Duration::minutes(1),
                by: who(rng),
                status: status.clone(),
                extra: Extra::new(),
            });
        }
        let mut rests_on = Vec::new();
        for _ in 0..rng.range(0, 2) {
            let p = rng.pick(&principles).clone();
            if !rests_on.contains(&p) {
                rests_on.push(p);
            }
        }
        session.decisions.push(Decision {
            id: format!("D-{n}"),
            step,
            // Some decisions are about a whole step.
            substep: rng.chance(80).then_some(sub),
            title: if rng.chance(50) {
                format!(
                    "{} {} in {}",
                    rng.pick(DECISION_VERBS),
                    rng.pick(DECISION_OBJECTS),
                    rng.pick(PLACES)
                )
            } else {
                format!(
                    "{} {}",
                    rng.pick(DECISION_VERBS),
                    rng.pick(DECISION_OBJECTS)
                )
            },
            // Decisions taken quickly in plenary often carry no written reason.
            rationale: if rng.chance(65) {
                String::new()
            } else {
                let pool = pick_language(rng);
                rng.pick(pool).to_string()
            },
            principles: rests_on,
            status,
            supersedes: None,
            at: when,
            by,
            history,
            extra: Extra::new(),
        });
    }
    // One decision in twenty replaces an earlier one.
    for n in (20..=shape.decisions).step_by(20) {
        let old = n - rng.range(1, 15);
        let (new_id, old_id) = (format!("D-{n}"), format!("D-{old}"));
        let when = session.decisions[n - 1].at;
        let by = session.decisions[n - 1].by.clone();
        let old_decision = &mut session.decisions[old - 1];
        if matches!(old_decision.status, DecisionStatus::Superseded { .. }) {
            continue;
        }
        old_decision.status = DecisionStatus::Superseded { by: new_id };
        old_decision.history.push(StatusChange {
            at: when,
            by,
            status: old_decision.status.clone(),
            extra: Extra::new(),
        });
        session.decisions[n - 1].supersedes = Some(old_id);
    }

    let due_base = NaiveDate::from_ymd_opt(2026, 3, 9).expect("a valid date");
    for n in 1..=shape.actions {
        let mut decisions = Vec::new();
        if shape.decisions > 0 {
            for _ in 0..rng.range(0, 2) {
                decisions.push(format!("D-{}", rng.range(1, shape.decisions)));
            }
        }
        session.actions.push(ActionItem {
            id: format!("A-{n}"),
            text: if rng.chance(30) {
                format!(
                    "{} {}. {}",
                    rng.pick(ACTION_TEXTS),
                    rng.pick(PLACES),
                    sentence(rng)
                )
            } else {
                format!("{} {}.", rng.pick(ACTION_TEXTS), rng.pick(PLACES))
            },
            owner: format!("{} ({})", rng.pick(PEOPLE), rng.pick(ORGS)),
            due: rng
                .chance(85)
                .then(|| due_base + Duration::days(rng.range(0, 120) as i64)),
            status: match rng.below(10) {
                0..=3 => ActionStatus::Open,
                4..=6 => ActionStatus::InProgress,
                7..=8 => ActionStatus::Done,
                _ => ActionStatus::Dropped,
            },
            decisions,
            created: at(minute + n * 3),
            extra: Extra::new(),
        });
    }

    for n in 1..=shape.risks {
        session.risks.push(Risk {
            id: format!("R-{n}"),
            description: format!("{} in {}", rng.pick(RISK_TEXTS), rng.pick(PLACES)),
            likelihood: rng.range(1, 4) as u8,
            impact: rng.range(1, 4) as u8,
            mitigation: sentence(rng),
            owner: rng.pick(PEOPLE).to_string(),
            extra: Extra::new(),
        });
    }

    for n in 1..=shape.parking {
        session.parking_lot.push(ParkingItem {
            id: format!("P-{n}"),
            text: format!("{} {}", rng.pick(PARKING_TEXTS), rng.pick(OTHER)),
            at: at(minute + n * 5),
            by: who(rng),
            resolved: rng.chance(40),
            extra: Extra::new(),
        });
    }

    // The landscape register: systems already running, placed on the Matrix, with outputs and sharing.
    let categories: Vec<(&str, Vec<&str>)> = pack
        .matrix
        .categories
        .iter()
        .map(|c| {
            let items = c.output.items.iter().map(|i| i.id.as_str()).collect();
            (c.id.as_str(), items)
        })
        .collect();
    let checklist: Vec<&str> = pack
        .data_sharing
        .groups
        .iter()
        .flat_map(|g| g.items.iter().map(|i| i.id.as_str()))
        .collect();
    for n in 1..=shape.landscape {
        let (category, items) = rng.pick(&categories).clone();
        let mut outputs = Vec::new();
        for _ in 0..rng.range(1, 2) {
            if let Some(item) = items.get(rng.below(items.len())) {
                let item = item.to_string();
                if !outputs.contains(&item) {
                    outputs.push(item);
                }
            }
        }
        let mut sharing_in_place = Vec::new();
        for _ in 0..rng.range(0, 4) {
            if let Some(item) = checklist.get(rng.below(checklist.len())) {
                let item = item.to_string();
                if !sharing_in_place.contains(&item) {
                    sharing_in_place.push(item);
                }
            }
        }
        session.landscape.push(LandscapeEntry {
            id: format!("L-{n}"),
            name: format!("{} — {}", rng.pick(SYSTEMS), rng.pick(PLACES)),
            organisation: rng.pick(ORGS).to_string(),
            category: if rng.chance(95) {
                category.to_string()
            } else {
                String::new()
            },
            sector: String::new(),
            sub_category: String::new(),
            methods: rng.pick(METHODS).to_string(),
            areas: (0..rng.range(1, 3))
                .map(|_| rng.pick(PLACES).to_string())
                .collect(),
            frequency: rng.pick(FREQUENCIES).to_string(),
            last_update: rng
                .chance(80)
                .then(|| due_base - Duration::days(rng.range(0, 400) as i64)),
            outputs,
            outputs_note: String::new(),
            shared_with: *rng.pick(SharedWith::ALL),
            shared_what: if rng.chance(40) {
                "Aggregated figures by district".into()
            } else {
                String::new()
            },
            contact_role: rng.pick(ROLES).to_string(),
            status: *rng.pick(SystemStatus::ALL),
            reliability: *rng.pick(Reliability::ALL),
            diagnosis: if rng.chance(30) {
                sentence(rng)
            } else {
                String::new()
            },
            sharing_in_place,
            extra: Extra::new(),
        });
    }

    // The timeline: the `created` event is already there; the rest tell the story of the session.
    let mut t = 0;
    while session.timeline.len() < shape.timeline {
        t += rng.range(1, 3);
        let (sub, _, prompts) = rng.pick(&walk).clone();
        let (kind, summary, target) = match rng.below(8) {
            0..=2 if !prompts.is_empty() => {
                let prompt = rng.pick(&prompts).clone();
                (
                    TimelineKind::Answer,
                    format!("Answered {prompt}"),
                    Some(format!("{sub}/{prompt}")),
                )
            }
            3 if shape.decisions > 0 => {
                let id = format!("D-{}", rng.range(1, shape.decisions));
                (
                    TimelineKind::Decision,
                    format!("Recorded decision {id}"),
                    Some(id),
                )
            }
            4 if shape.actions > 0 => {
                let id = format!("A-{}", rng.range(1, shape.actions));
                (TimelineKind::Action, format!("Added action {id}"), Some(id))
            }
            5 => (
                TimelineKind::Status,
                format!("Marked {sub} done"),
                Some(sub.clone()),
            ),
            6 => {
                let p = rng.pick(&principles).clone();
                (
                    TimelineKind::Principle,
                    format!("Principle {p} addressed in {sub}"),
                    Some(sub.clone()),
                )
            }
            _ if shape.parking > 0 => {
                let id = format!("P-{}", rng.range(1, shape.parking));
                (TimelineKind::Parking, format!("Parked {id}"), Some(id))
            }
            _ => (
                TimelineKind::Status,
                format!("Started {sub}"),
                Some(sub.clone()),
            ),
        };
        session.timeline.push(TimelineEvent {
            at: at(t),
            kind,
            summary,
            by: who(rng),
            target,
            extra: Extra::new(),
        });
    }
    session.timeline.sort_by_key(|e| e.at);
    session.updated = session
        .timeline
        .last()
        .map_or(session.created, |e| e.at)
        .max(at(minute + shape.decisions * 2 + shape.actions * 3));
    session
}

/// The largest realistic session: every sub-step of the full process answered at length, 2,000
/// decisions, 500 actions, 300 landscape entries, 60 risks, 100 parking-lot points, 40 participants and
/// 5,000 timeline events, in several languages. Under 3 MB as saved.
pub fn large_session(pack: &Pack) -> Session {
    let mut rng = Rng::new(0x5EED_0001);
    build(
        pack,
        &mut rng,
        Shape {
            template: LARGE_TEMPLATE,
            title: "Kalma & Goma — full PIM process, 2026 (بيانات الحماية / дані захисту)".into(),
            answered: 100,
            answer_sentences: (4, 8),
            decisions: LARGE_DECISIONS,
            actions: LARGE_ACTIONS,
            landscape: LARGE_LANDSCAPE,
            risks: LARGE_RISKS,
            parking: LARGE_PARKING,
            participants: LARGE_PARTICIPANTS,
            timeline: LARGE_TIMELINE,
        },
    )
}

/// An ordinary session, number `i` of a library: a template, a few answered sub-steps, up to 40
/// decisions and 20 actions. Between a few and some tens of kilobytes.
pub fn library_session(pack: &Pack, i: usize) -> Session {
    let mut rng = Rng::new(0x11B0_0000 + i as u64);
    let templates = [
        "needs-assessment-scoping",
        "pim-training",
        "full-process",
        "impact-review",
    ];
    let template = templates[rng.below(templates.len())];
    let place = rng.pick(PLACES).to_string();
    let shape = Shape {
        template,
        title: format!("{place} — session {}", i + 1),
        answered: 40,
        answer_sentences: (1, 4),
        decisions: rng.range(0, 40),
        actions: rng.range(0, 20),
        landscape: rng.range(0, 12),
        risks: rng.range(0, 6),
        parking: rng.range(0, 8),
        participants: rng.range(3, 12),
        timeline: rng.range(10, 120),
    };
    let mut session = build(pack, &mut rng, shape);
    // Spread the sessions over a year, so sorting by last change has work to do.
    session.updated = base_time() + Duration::hours((i * 37 % 8_760) as i64);
    session
}

/// Writes `n` library sessions as `session-0001.json`… into `dir` (created if needed), as a save
/// would write them (pretty JSON; without fsync, since this is test data). Returns the paths.
pub fn write_library(pack: &Pack, dir: &Path, n: usize) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    (0..n)
        .map(|i| {
            let path = dir.join(format!("session-{:04}.json", i + 1));
            std::fs::write(
                &path,
                pim_core::storage::save::to_json_bytes(&library_session(pack, i)),
            )?;
            Ok(path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_session_is_two_to_three_megabytes_with_the_promised_counts() {
        let pack = pim_core::content::load_embedded().unwrap();
        let s = large_session(&pack);
        let bytes = pim_core::storage::save::to_json_bytes(&s);
        let mb = bytes.len() as f64 / 1_000_000.0;
        assert!((2.0..=3.0).contains(&mb), "{mb:.2} MB");
        assert_eq!(s.decisions.len(), LARGE_DECISIONS);
        assert_eq!(s.actions.len(), LARGE_ACTIONS);
        assert_eq!(s.landscape.len(), LARGE_LANDSCAPE);
        assert!(
            s.landscape
                .iter()
                .all(|e| e.category.is_empty() || pack.category(&e.category).is_some())
        );
        assert_eq!(s.risks.len(), LARGE_RISKS);
        assert_eq!(s.parking_lot.len(), LARGE_PARKING);
        assert_eq!(s.participants.len(), LARGE_PARTICIPANTS);
        assert_eq!(s.timeline.len(), LARGE_TIMELINE);
        // Every prompt of every sub-step of the template is answered.
        for sub in pack.template_substeps(LARGE_TEMPLATE) {
            for prompt in pack.prompts_for(LARGE_TEMPLATE, sub) {
                assert!(!s.answer_text(sub, prompt.id).is_empty(), "{}", prompt.id);
            }
        }
        // Several languages and scripts are in there.
        let text = String::from_utf8(bytes).unwrap();
        for probe in [
            "consentement",
            "الحماية",
            "переміщених",
            "retornadas",
            "東京",
        ] {
            assert!(text.contains(probe), "{probe}");
        }
        // Deterministic: the same bytes every time.
        assert_eq!(large_session(&pack), s);
    }

    #[test]
    fn the_large_session_is_a_valid_session_file() {
        let pack = pim_core::content::load_embedded().unwrap();
        let bytes = pim_core::storage::save::to_json_bytes(&large_session(&pack));
        let now = chrono::Local::now().fixed_offset();
        let parsed =
            pim_core::storage::parse_session(Path::new("large.json"), &bytes, now).expect("parses");
        assert_eq!(parsed.session.decisions.len(), LARGE_DECISIONS);
    }

    #[test]
    fn a_library_is_written_and_scanned() {
        let pack = pim_core::content::load_embedded().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let paths = write_library(&pack, dir.path(), 12).unwrap();
        assert_eq!(paths.len(), 12);
        let entries = pim_core::storage::scan_dir(dir.path());
        assert_eq!(entries.len(), 12);
        assert!(
            entries
                .iter()
                .all(|e| matches!(e, pim_core::storage::LibraryEntry::Ok(_)))
        );
    }
}
