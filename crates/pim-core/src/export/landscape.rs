//! The landscape register in the reports: as text (the `show` summary and the review screen), as
//! Markdown and as HTML, where the operation's Matrix is drawn as a picture (categories down, areas
//! across, each cell naming the running systems, gaps shaded, possible duplication outlined).
//! Nothing is written for a session without a register.

use crate::content::Pack;
use crate::display;
use crate::landscape::{OperationMatrix, category_label, operation_matrix};
use crate::session::{LandscapeEntry, Session};

use super::escape::{self, html as escape, html_line as esc1, markdown_inline as escape_inline};

fn one(text: &str) -> String {
    escape::line(text).into_owned()
}

fn facts(pack: &Pack, e: &LandscapeEntry) -> Vec<String> {
    let mut f = vec![category_label(pack, &e.category)];
    if !e.sub_category.is_empty() {
        f.push(e.sub_category.clone());
    }
    f.push(e.status.label().to_string());
    if !e.areas.is_empty() {
        f.push(e.areas.join(", "));
    }
    if !e.frequency.is_empty() {
        f.push(e.frequency.clone());
    }
    if let Some(d) = e.last_update {
        f.push(format!("updated {}", d.format("%Y-%m-%d")));
    }
    f.push(format!("reliability {}", e.reliability.label()));
    f.push(format!("shared: {}", e.shared_with.label()));
    if !e.contact_role.is_empty() {
        f.push(format!("contact: {}", e.contact_role));
    }
    f
}

fn outputs(pack: &Pack, e: &LandscapeEntry) -> Vec<String> {
    e.outputs
        .iter()
        .map(|o| {
            pack.needed_output(o)
                .map_or_else(|| o.clone(), |(_, i)| i.text.clone())
        })
        .collect()
}

fn duplication_lines(pack: &Pack, m: &OperationMatrix<'_>) -> Vec<String> {
    m.duplicates
        .iter()
        .map(|d| {
            let output = pack
                .needed_output(&d.output)
                .map_or_else(|| d.output.clone(), |(_, i)| i.text.clone());
            let names: Vec<String> = d.entries.iter().map(|e| e.name.clone()).collect();
            format!("{} in {}: {}", output, d.area, names.join(", "))
        })
        .collect()
}

fn gap_lines(pack: &Pack, m: &OperationMatrix<'_>) -> Vec<String> {
    m.columns
        .iter()
        .filter_map(|c| {
            let areas = m.gap_areas(&c.category.id);
            if areas.is_empty() {
                None
            } else if areas.iter().all(|a| a.is_empty()) {
                Some(format!(
                    "{}: no running system",
                    category_label(pack, &c.category.id)
                ))
            } else {
                Some(format!("{}: {}", c.category.name, areas.join(", ")))
            }
        })
        .collect()
}

/// The register and the operation's Matrix as plain text (empty without a register).
pub fn text(s: &Session, pack: &Pack) -> String {
    if s.landscape.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    let title = format!("Landscape register ({})", s.landscape.len());
    out.push_str(&format!(
        "\n{title}\n{}\n",
        "-".repeat(display::width(&title))
    ));
    for e in &s.landscape {
        out.push_str(&format!(
            "\n{} {} — {}\n",
            one(&e.id),
            one(&e.name),
            one(&e.organisation)
        ));
        out.push_str(&format!("    {}\n", one(&facts(pack, e).join(" · "))));
        let outs = outputs(pack, e);
        if !outs.is_empty() {
            out.push_str(&format!("    produces: {}\n", one(&outs.join("; "))));
        }
        if !e.outputs_note.is_empty() {
            out.push_str(&format!("    {}\n", one(&e.outputs_note)));
        }
        if !e.shared_what.is_empty() {
            out.push_str(&format!("    shares: {}\n", one(&e.shared_what)));
        }
        if !e.diagnosis.is_empty() {
            out.push_str(&format!("    diagnosis: {}\n", one(&e.diagnosis)));
        }
        if !e.sharing_in_place.is_empty() {
            out.push_str(&format!(
                "    sharing solutions in place: {}\n",
                e.sharing_in_place.len()
            ));
        }
    }
    let m = operation_matrix(pack, &s.landscape);
    out.push_str("\nThe operation's Matrix (running systems per area; - none):\n");
    let label_w = 34;
    let areas = m.area_columns();
    let names: Vec<String> = areas
        .iter()
        .map(|a| one(a.unwrap_or("all areas")))
        .collect();
    let mut head = format!("  {}", display::fit("", label_w));
    for name in &names {
        head.push_str(&format!("  {name}"));
    }
    out.push_str(head.trim_end());
    out.push('\n');
    for col in &m.columns {
        let mut line = format!(
            "  {}",
            display::fit(
                &format!("{} {}", col.category.number, col.category.name),
                label_w
            )
        );
        for (a, name) in areas.iter().zip(&names) {
            let cell = match col.running_in(*a).count() {
                0 => "-".to_string(),
                n => n.to_string(),
            };
            line.push_str(&format!("  {}", display::fit(&cell, display::width(name))));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let gaps = gap_lines(pack, &m);
    if !gaps.is_empty() {
        out.push_str("Gaps (no running system):\n");
        for g in gaps {
            out.push_str(&format!("  ! {}\n", one(&g)));
        }
    }
    let dupes = duplication_lines(pack, &m);
    if !dupes.is_empty() {
        out.push_str("Possible duplication (same output, same area):\n");
        for d in dupes {
            out.push_str(&format!("  ! {}\n", one(&d)));
        }
    }
    out
}

/// The register and the operation's Matrix as Markdown (empty without a register).
pub fn markdown(s: &Session, pack: &Pack) -> String {
    if s.landscape.is_empty() {
        return String::new();
    }
    let e = escape_inline;
    let mut out = format!("\n## Landscape register \\({}\\)\n\n", s.landscape.len());
    out.push_str("| System | Organisation | Category | Areas | Status | Last update | Reliability | Shared with |\n");
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    for x in &s.landscape {
        let cells = [
            format!("{} {}", x.id, x.name),
            x.organisation.clone(),
            category_label(pack, &x.category),
            x.areas.join(", "),
            x.status.label().to_string(),
            x.last_update
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            x.reliability.label().to_string(),
            x.shared_with.label().to_string(),
        ];
        let cells: Vec<String> = cells
            .iter()
            .map(|c| if c.is_empty() { " ".into() } else { e(c) })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    let m = operation_matrix(pack, &s.landscape);
    out.push_str("\n### The operation's Matrix\n\n");
    let areas = m.area_columns();
    let head: Vec<String> = areas.iter().map(|a| e(a.unwrap_or("All areas"))).collect();
    out.push_str(&format!("| Category | {} |\n", head.join(" | ")));
    out.push_str(&format!("|---|{}\n", "---|".repeat(areas.len())));
    for col in &m.columns {
        let mut cells = vec![e(&format!("{} {}", col.category.number, col.category.name))];
        for a in &areas {
            let ids: Vec<String> = col.running_in(*a).map(|x| x.id.clone()).collect();
            cells.push(if ids.is_empty() {
                "gap".into()
            } else {
                e(&ids.join(", "))
            });
        }
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    let dupes = duplication_lines(pack, &m);
    if !dupes.is_empty() {
        out.push_str("\n**Possible duplication** \\(same output, same area\\):\n\n");
        for d in dupes {
            out.push_str(&format!("- {}\n", e(&d)));
        }
    }
    out
}

/// The register and the operation's Matrix as an HTML section (empty without a register).
pub fn html(s: &Session, pack: &Pack) -> String {
    if s.landscape.is_empty() {
        return String::new();
    }
    let mut h = String::new();
    let mut line = |t: &str| {
        h.push_str(t);
        h.push('\n');
    };
    line("<section id=\"landscape\" class=\"major\">");
    line(&format!(
        "<h2>The operation's PIM landscape ({} systems)</h2>",
        s.landscape.len()
    ));
    let m = operation_matrix(pack, &s.landscape);
    let areas = m.area_columns();
    line("<table class=\"opmatrix\">");
    line("<thead><tr><th class=\"cat\">Category</th>");
    for a in &areas {
        line(&format!(
            "<th dir=\"auto\">{}</th>",
            esc1(a.unwrap_or("All areas"))
        ));
    }
    line("</tr></thead><tbody>");
    for col in &m.columns {
        line(&format!(
            "<tr><th class=\"cat\">{} {}</th>",
            col.category.number,
            esc1(&col.category.name)
        ));
        for a in &areas {
            let names: Vec<String> = col
                .running_in(*a)
                .map(|x| {
                    format!(
                        "<span dir=\"auto\">{} {}</span>",
                        esc1(&x.id),
                        esc1(&x.name)
                    )
                })
                .collect();
            if names.is_empty() {
                line("<td class=\"gap\">gap</td>");
            } else {
                let dup = a.is_some_and(|a| m.is_duplicated(&col.category.id, a));
                let (class, mark) = if dup {
                    ("sys dup", "<b>≡</b> ")
                } else {
                    ("sys", "")
                };
                line(&format!(
                    "<td class=\"{class}\">{mark}{}</td>",
                    names.join("<br>")
                ));
            }
        }
        line("</tr>");
    }
    line("</tbody></table>");
    line(
        "<ul class=\"legend\"><li><span class=\"sym gap\">gap</span> no running system in the area</li><li><span class=\"sym dup\">≡</span> possible duplication: several systems give the same output there</li></ul>",
    );
    let dupes = duplication_lines(pack, &m);
    if !dupes.is_empty() {
        line("<h3>Possible duplication</h3><ul>");
        for d in dupes {
            line(&format!("<li dir=\"auto\">{}</li>", esc1(&d)));
        }
        line("</ul>");
    }
    line("<h3>The register</h3>");
    line(
        "<table><thead><tr><th class=\"w15\">System</th><th class=\"w14\">Organisation</th><th class=\"w14\">Category</th><th>Facts</th><th class=\"w25\">Diagnosis</th></tr></thead><tbody>",
    );
    for x in &s.landscape {
        let mut fact = facts(pack, x);
        fact.remove(0);
        let outs = outputs(pack, x);
        if !outs.is_empty() {
            fact.push(format!("produces: {}", outs.join("; ")));
        }
        line(&format!(
            "<tr><td dir=\"auto\"><span class=\"id\">{}</span> {}</td><td dir=\"auto\">{}</td><td>{}</td><td dir=\"auto\">{}</td><td dir=\"auto\" class=\"text\">{}</td></tr>",
            esc1(&x.id),
            esc1(&x.name),
            esc1(&x.organisation),
            esc1(&category_label(pack, &x.category)),
            esc1(&fact.join(" · ")),
            escape(&x.diagnosis)
        ));
    }
    line("</tbody></table>");
    line("</section>");
    h
}
