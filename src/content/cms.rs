//! The content format as an editor in a browser: a [Decap CMS](https://decapcms.org/)
//! configuration made from the same types that read the files ([`super::schema`]), through
//! their JSON Schema (`schemars`). Every kind becomes a collection, every field a form field:
//! required fields required, enums as selects, references to other entries as relation
//! widgets, dates as date pickers, tables such as re-plans, measurements and contributions as
//! lists, Markdown as the Markdown editor. `candor init --cms` writes it with the admin page.
//!
//! What the schema cannot say (which string is Markdown, an image, a colour or another entry's
//! slug) is written on the fields themselves with `#[schemars(extend(...))]`:
//! `contentMediaType`, `x-image`, `x-widget` and `x-entry` (on the content files' own types;
//! the types the open data shares keep only `contentMediaType`, a standard keyword).

use super::Collection;
use super::schema::*;
use schemars::JsonSchema;
use serde_json::{Map, Value, json};

/// The Decap CMS release the admin page loads, and the Subresource Integrity hash of its
/// `dist/decap-cms.js` (the same file in the npm package and on unpkg), so that a changed file
/// on the CDN is refused by the browser rather than run with the editor's access.
pub const DECAP_VERSION: &str = "3.16.3";
/// See [`DECAP_VERSION`].
pub const DECAP_INTEGRITY: &str =
    "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

/// Where the site is kept, for the configuration's paths and backend.
#[derive(Debug, Clone, Default)]
pub struct CmsSite {
    /// The site's folder from the repository's top (`""`, or `"site/"` when the site is a
    /// folder of a larger repository), ending with `/` when not empty.
    pub folder: String,
    /// The web address of the repository (`repository` in alliance.toml), when known: a
    /// GitHub or GitLab address picks that backend.
    pub repository: Option<String>,
    /// The branch the CMS commits to.
    pub branch: String,
    /// The site's address (`base_url`).
    pub site_url: String,
}

/// One kind of entry: its collection and the type its files are read as.
struct Kind {
    collection: Collection,
    schema: schemars::Schema,
    /// Field order: the type's own fields as declared, the fields every entry has after them.
    fields: &'static [&'static str],
    /// The field that names an entry (`name` for partners, `title` for the rest).
    identifier: &'static str,
    /// What a line of the collection's list shows.
    summary: &'static str,
}

fn kinds() -> Vec<Kind> {
    fn kind<T: JsonSchema + for<'de> serde::Deserialize<'de>>(
        collection: Collection,
        identifier: &'static str,
        summary: &'static str,
    ) -> Kind {
        Kind {
            collection,
            schema: schema_for::<T>(),
            fields: super::schema::fields_of::<T>(),
            identifier,
            summary,
        }
    }
    vec![
        kind::<PartnerFile>(Collection::Partners, "name", "{{name}} ({{kind}})"),
        kind::<ObjectiveFile>(Collection::Objectives, "title", "{{title}}"),
        kind::<MilestoneFile>(
            Collection::Milestones,
            "title",
            "{{title}} · due {{due | date('YYYY-MM-DD')}} · {{status}}",
        ),
        kind::<SuccessFile>(
            Collection::Successes,
            "title",
            "{{date | date('YYYY-MM-DD')}} · {{title}}",
        ),
        kind::<SetbackFile>(
            Collection::Setbacks,
            "title",
            "{{date | date('YYYY-MM-DD')}} · {{title}} · {{status}}",
        ),
        kind::<CaseStudyFile>(
            Collection::CaseStudies,
            "title",
            "{{date | date('YYYY-MM-DD')}} · {{title}}",
        ),
        kind::<PageFile>(Collection::Pages, "title", "{{title}}"),
        kind::<NewsletterFile>(
            Collection::Newsletters,
            "title",
            "{{date | date('YYYY-MM-DD')}} · {{title}}",
        ),
    ]
}

/// The JSON Schema of one file type (draft 2020-12, nested types under `$defs`).
fn schema_for<T: JsonSchema>() -> schemars::Schema {
    schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The fields every entry may have, which [`kinds`] lists after the kind's own.
const COMMON: [&str; 6] = ["summary", "tags", "image", "image_alt", "updated", "draft"];

/// The field order of a nested type, by its name in `$defs`: as declared.
fn fields_of_def(name: &str) -> &'static [&'static str] {
    use super::schema::fields_of as f;
    match name {
        "ContributionFile" => f::<ContributionFile>(),
        "IndicatorFile" => f::<IndicatorFile>(),
        "MeasurementFile" => f::<MeasurementFile>(),
        "ReplanFile" => f::<ReplanFile>(),
        "DeliverableFile" => f::<DeliverableFile>(),
        "MetricFile" => f::<MetricFile>(),
        "QuoteFile" => f::<QuoteFile>(),
        "ActionFile" => f::<ActionFile>(),
        "UpdateFile" => f::<UpdateFile>(),
        "ResponseFile" => f::<ResponseFile>(),
        "OutcomeFile" => f::<OutcomeFile>(),
        "NewsletterSettings" => f::<NewsletterSettings>(),
        "ReviewSettings" => f::<ReviewSettings>(),
        "BrandSettings" => f::<BrandSettings>(),
        "ListSettings" => f::<ListSettings>(),
        "SearchSettings" => f::<SearchSettings>(),
        _ => &[],
    }
}

/// Fields of alliance.toml a form cannot hold, with why: they are kept as written.
pub const NOT_IN_FORMS: &[(&str, &str)] = &[(
    "extra",
    "the theme's own settings, whatever the theme asks for: edit them in alliance.toml",
)];

/// The Decap CMS configuration for `site`, as a JSON value (written as YAML by [`to_yaml`]).
pub fn decap_config(site: &CmsSite) -> Value {
    let mut collections: Vec<Value> = kinds()
        .iter()
        .map(|kind| entry_collection(kind, site))
        .collect();
    collections.push(settings_collection(site));
    let mut config = Map::new();
    config.insert("backend".into(), backend(site));
    config.insert("local_backend".into(), json!(true));
    // New entries' file names in the letters Candor's slugs use: "Ōtautahi Food Hub" is
    // written otautahi-food-hub.md.
    config.insert(
        "slug".into(),
        json!({"encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-"}),
    );
    config.insert(
        "media_folder".into(),
        json!(format!("{}static/images/uploads", site.folder)),
    );
    config.insert("public_folder".into(), json!("/images/uploads"));
    if !site.site_url.is_empty() {
        config.insert("site_url".into(), json!(site.site_url));
        config.insert("display_url".into(), json!(site.site_url));
    }
    config.insert("collections".into(), Value::Array(collections));
    Value::Object(config)
}

/// GitHub or GitLab when the repository's address says so; otherwise Git Gateway (Netlify
/// Identity), which any host's login can stand in for.
fn backend(site: &CmsSite) -> Value {
    let repo = site.repository.as_deref().and_then(|url| {
        let url = url.trim_end_matches('/').trim_end_matches(".git");
        let (host, path) = url.strip_prefix("https://")?.split_once('/')?;
        Some((host.to_ascii_lowercase(), path.to_string()))
    });
    match repo {
        Some((host, path)) if host == "github.com" => {
            json!({"name": "github", "repo": path, "branch": site.branch})
        }
        Some((host, path)) if host == "gitlab.com" => {
            json!({"name": "gitlab", "repo": path, "branch": site.branch})
        }
        _ => json!({"name": "git-gateway", "branch": site.branch}),
    }
}

/// alliance.toml, as a file collection.
fn settings_collection(site: &CmsSite) -> Value {
    let schema = schema_for::<AllianceFile>();
    let skipped: Vec<&str> = NOT_IN_FORMS.iter().map(|(name, _)| *name).collect();
    let order: Vec<&str> = fields_of::<AllianceFile>()
        .iter()
        .copied()
        .filter(|f| !skipped.contains(f))
        .collect();
    let fields = object_fields(&schema, schema.as_value(), &order);
    json!({
        "name": "settings",
        "label": "Alliance settings",
        "description": "content/alliance.toml: who the alliance is and the site's settings. Saving here rewrites the file without its comments.",
        "format": "toml",
        "extension": "toml",
        "editor": {"preview": false},
        "files": [{
            "name": "alliance",
            "label": "Alliance",
            "file": format!("{}content/alliance.toml", site.folder),
            "fields": fields,
        }],
    })
}

/// One kind of entry, as a folder collection of TOML-front-matter Markdown files.
fn entry_collection(kind: &Kind, site: &CmsSite) -> Value {
    let own = kind.fields.iter().filter(|f| !COMMON.contains(f));
    let (first, rest): (Vec<&str>, Vec<&str>) = own.partition(|f| **f == kind.identifier);
    let order: Vec<&str> = first
        .into_iter()
        .chain(["summary"])
        .chain(rest)
        .chain(COMMON.into_iter().filter(|f| *f != "summary"))
        .collect();
    let mut fields = object_fields(&kind.schema, kind.schema.as_value(), &order);
    fields.push(json!({
        "label": "Text",
        "name": "body",
        "widget": "markdown",
        "required": false,
        "hint": "The entry's Markdown text, shown on its page.",
    }));
    let collection = kind.collection;
    json!({
        "name": collection.dir(),
        "label": collection.title(),
        "label_singular": capitalised(collection.singular()),
        "folder": format!("{}content/{}", site.folder, collection.dir()),
        "create": true,
        "extension": "md",
        "format": "toml-frontmatter",
        "slug": "{{slug}}",
        "identifier_field": kind.identifier,
        "summary": kind.summary,
        "editor": {"preview": false},
        "fields": fields,
    })
}

/// The form fields of the object schema `object`, in `order`.
fn object_fields(root: &schemars::Schema, object: &Value, order: &[&str]) -> Vec<Value> {
    let properties = object.get("properties").and_then(Value::as_object);
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    order
        .iter()
        .filter_map(|name| {
            let schema = properties?.get(*name)?;
            Some(field(root, name, schema, required.contains(name)))
        })
        .collect()
}

/// One form field for the property `name` with `schema`.
fn field(root: &schemars::Schema, name: &str, schema: &Value, required: bool) -> Value {
    let mut f = Map::new();
    f.insert("label".into(), json!(label_of(name)));
    f.insert("name".into(), json!(name));
    if let Some(hint) = schema.get("description").and_then(Value::as_str) {
        f.insert("hint".into(), json!(hint.replace('\n', " ")));
    }
    let (target, _) = resolved(root, schema);
    let mut widget = widget_for(root, name, schema, &target);
    f.append(&mut widget);
    if !required {
        f.insert("required".into(), json!(false));
    }
    // Defaults of plain values only: a table's default is its fields' own.
    if let Some(default) = schema
        .get("default")
        .filter(|d| d.is_string() || d.is_number() || d.is_boolean())
    {
        f.insert("default".into(), default.clone());
    }
    Value::Object(f)
}

/// The widget settings for a property: `schema` as written, `target` with its `$ref` and
/// nullability taken away.
fn widget_for(
    root: &schemars::Schema,
    name: &str,
    schema: &Value,
    target: &Value,
) -> Map<String, Value> {
    let mut w = Map::new();
    let entry = schema.get("x-entry").and_then(Value::as_str);
    let is_array = type_is(target, "array");
    if let Some(collection) = entry {
        let shown = if collection == "partners" {
            "name"
        } else {
            "title"
        };
        w.insert("widget".into(), json!("relation"));
        w.insert("collection".into(), json!(collection));
        w.insert("value_field".into(), json!("{{slug}}"));
        w.insert("search_fields".into(), json!([shown]));
        w.insert("display_fields".into(), json!([shown]));
        if is_array {
            w.insert("multiple".into(), json!(true));
        }
        return w;
    }
    if schema.get("x-image").is_some() {
        w.insert("widget".into(), json!("image"));
        return w;
    }
    if let Some(widget) = schema.get("x-widget").and_then(Value::as_str) {
        w.insert("widget".into(), json!(widget));
        return w;
    }
    if schema.get("contentMediaType").and_then(Value::as_str) == Some("text/markdown") {
        w.insert("widget".into(), json!("markdown"));
        return w;
    }
    if let Some(options) = choices(target) {
        w.insert("widget".into(), json!("select"));
        w.insert("options".into(), Value::Array(options));
        return w;
    }
    if target.get("format").and_then(Value::as_str) == Some("date") {
        w.insert("widget".into(), json!("datetime"));
        w.insert("format".into(), json!("YYYY-MM-DD"));
        w.insert("date_format".into(), json!("YYYY-MM-DD"));
        w.insert("time_format".into(), json!(false));
        w.insert("picker_utc".into(), json!(true));
        return w;
    }
    if type_is(target, "boolean") {
        w.insert("widget".into(), json!("boolean"));
    } else if type_is(target, "integer") {
        w.insert("widget".into(), json!("number"));
        w.insert("value_type".into(), json!("int"));
    } else if type_is(target, "number") {
        w.insert("widget".into(), json!("number"));
        w.insert("value_type".into(), json!("float"));
    } else if is_array {
        let items = target.get("items").cloned().unwrap_or(Value::Null);
        let (item, _) = resolved(root, &items);
        w.insert("widget".into(), json!("list"));
        if type_is(&item, "object") {
            let order = items
                .get("$ref")
                .and_then(Value::as_str)
                .map(|r| fields_of_def(r.rsplit('/').next().unwrap_or_default()))
                .unwrap_or_default();
            w.insert(
                "fields".into(),
                Value::Array(object_fields(root, &item, order)),
            );
            // What an item's collapsed line shows: its words, else its first field.
            let shown = ["title", "label", "name", "reason", "text"]
                .into_iter()
                .find(|f| order.contains(f))
                .or(order.first().copied());
            if let Some(shown) = shown {
                w.insert("summary".into(), json!(format!("{{{{fields.{shown}}}}}")));
            }
        } else {
            let mut one = widget_for(root, name, &items, &item);
            one.insert("label".into(), json!(label_of(singular(name))));
            one.insert("name".into(), json!(singular(name)));
            w.insert("field".into(), Value::Object(one));
        }
    } else if type_is(target, "object") {
        let order = schema
            .get("$ref")
            .or_else(|| nullable_ref(schema))
            .and_then(Value::as_str)
            .map(|r| fields_of_def(r.rsplit('/').next().unwrap_or_default()))
            .unwrap_or_default();
        w.insert("widget".into(), json!("object"));
        w.insert("collapsed".into(), json!(true));
        w.insert(
            "fields".into(),
            Value::Array(object_fields(root, target, order)),
        );
    } else if target.get("anyOf").is_some() {
        // A metric's value: a number or a short text. The form writes text.
        w.insert("widget".into(), json!("string"));
    } else if name == "text" {
        // A quote: several lines of words (the other `text` fields are Markdown).
        w.insert("widget".into(), json!("text"));
    } else {
        w.insert("widget".into(), json!("string"));
    }
    w
}

/// The choices of an enum, as select options (`value` and a label in words).
fn choices(schema: &Value) -> Option<Vec<Value>> {
    let values: Vec<&str> = if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        values.iter().filter_map(Value::as_str).collect()
    } else {
        let variants = schema.get("oneOf")?.as_array()?;
        variants
            .iter()
            .map(|v| v.get("const").and_then(Value::as_str))
            .collect::<Option<Vec<&str>>>()?
    };
    (!values.is_empty()).then(|| {
        values
            .into_iter()
            .map(|v| json!({"label": capitalised(&v.replace('-', " ")), "value": v}))
            .collect()
    })
}

/// The schema `schema` stands for: its `$ref` followed, `null` taken out of a nullable type.
/// The boolean is true when it was nullable.
fn resolved(root: &schemars::Schema, schema: &Value) -> (Value, bool) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.rsplit('/').next().unwrap_or_default();
        let def = root
            .as_value()
            .pointer(&format!("/$defs/{name}"))
            .cloned()
            .unwrap_or(Value::Null);
        return (def, false);
    }
    if let Some(reference) = nullable_ref(schema) {
        let (def, _) = resolved(root, &json!({ "$ref": reference }));
        return (def, true);
    }
    if let Some(types) = schema.get("type").and_then(Value::as_array) {
        let rest: Vec<&Value> = types.iter().filter(|t| *t != "null").collect();
        if rest.len() == 1 {
            let mut one = schema.clone();
            one["type"] = rest[0].clone();
            return (one, true);
        }
    }
    (schema.clone(), false)
}

/// The `$ref` of `anyOf: [{$ref}, {type: null}]`, the form of an optional named type.
fn nullable_ref(schema: &Value) -> Option<&Value> {
    let any = schema.get("anyOf")?.as_array()?;
    if any.len() != 2 || !any.iter().any(|s| s.get("type") == Some(&json!("null"))) {
        return None;
    }
    any.iter().find_map(|s| s.get("$ref"))
}

fn type_is(schema: &Value, name: &str) -> bool {
    schema.get("type").and_then(Value::as_str) == Some(name)
}

/// "consent_until" → "Consent until", "base_url" → "Base URL".
fn label_of(name: &str) -> String {
    let words: Vec<String> = name
        .split('_')
        .map(|w| match w {
            "url" | "html" | "id" => w.to_ascii_uppercase(),
            _ => w.to_string(),
        })
        .collect();
    capitalised(&words.join(" "))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One item of a list field's name: "roles" → "role", "lessons" → "lesson".
fn singular(name: &str) -> &str {
    name.strip_suffix('s').unwrap_or(name)
}

/// `value` as YAML (block style, every string double-quoted as JSON writes it, which YAML
/// reads the same), with `comment` lines on top.
pub fn to_yaml(value: &Value, comment: &str) -> String {
    let mut out = String::new();
    for line in comment.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    write_yaml(value, 0, &mut out);
    out
}

fn write_yaml(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (key, v) in in_reading_order(map) {
                out.push_str(&pad);
                out.push_str(key);
                out.push(':');
                write_yaml_after_key(v, indent, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                out.push_str(&pad);
                out.push('-');
                match item {
                    Value::Object(map) if !map.is_empty() => {
                        // The first key on the dash's line, the others under it.
                        let mut first = true;
                        for (key, v) in in_reading_order(map) {
                            if first {
                                out.push(' ');
                                first = false;
                            } else {
                                out.push_str(&pad);
                                out.push_str("  ");
                            }
                            out.push_str(key);
                            out.push(':');
                            write_yaml_after_key(v, indent + 2, out);
                        }
                    }
                    _ => {
                        out.push(' ');
                        out.push_str(&scalar(item));
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            out.push_str(&pad);
            out.push_str(&scalar(value));
            out.push('\n');
        }
    }
}

fn write_yaml_after_key(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            write_yaml(value, indent + 2, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            write_yaml(value, indent + 2, out);
        }
        _ => {
            out.push(' ');
            out.push_str(&scalar(value));
            out.push('\n');
        }
    }
}

/// A map's entries with what names a thing first (`name`, `label`, `file`, `widget`...), the rest in
/// alphabetical order.
fn in_reading_order(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    const FIRST: [&str; 8] = [
        "name",
        "label",
        "label_singular",
        "file",
        "folder",
        "format",
        "extension",
        "widget",
    ];
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by_key(|(key, _)| {
        (
            FIRST.iter().position(|f| f == key).unwrap_or(FIRST.len()),
            key.as_str(),
        )
    });
    entries
}

/// A scalar (or an empty list or map) in YAML's JSON-compatible flow style.
fn scalar(value: &Value) -> String {
    value.to_string()
}

/// The admin page: loads Decap CMS (pinned, with its integrity hash) and the configuration
/// beside it. Before each save, empty values are taken out of the entry (Decap writes `""`
/// for a date, number, picker or image a writer cleared, which Candor would refuse), so a
/// cleared optional field is left out of the file as if it had never been written. With the
/// Git Gateway backend (`netlify_identity`), Netlify's Identity widget is loaded too, for
/// the invitation and password e-mails.
pub fn admin_page(alliance: &str, netlify_identity: bool) -> String {
    let title = crate::escape::markup(alliance);
    let identity = if netlify_identity {
        "<script src=\"https://identity.netlify.com/v1/netlify-identity-widget.js\"></script>\n"
    } else {
        ""
    };
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Edit {title}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
{identity}</head>
<body>
<!-- Decap CMS {DECAP_VERSION}, written by `candor init --cms`. The form is made from config.yml
     beside this page; `candor init . --cms --force` writes both again for a newer Candor. -->
<script src="https://unpkg.com/decap-cms@{DECAP_VERSION}/dist/decap-cms.js" integrity="{DECAP_INTEGRITY}" crossorigin="anonymous"></script>
<script>
// A field a writer cleared is left out of the file, not written as "" (which Candor refuses
// for a date, a number or another entry's slug).
function withoutEmpty(value) {{
  if (value && typeof value.toJS === "function" && typeof value.filter === "function") {{
    return value.map(withoutEmpty).filter(function (v) {{ return v !== "" && v !== null && v !== undefined; }});
  }}
  return value;
}}
CMS.registerEventListener({{ name: "preSave", handler: function (event) {{ return withoutEmpty(event.entry.get("data")); }} }});
</script>
</body>
</html>
"#
    )
}

/// The JSON Schema of every kind of content file and of alliance.toml, by file pattern
/// (`content/partners/*.md` front matter): what editors and other tools can check a file with.
pub fn content_schemas() -> Vec<(String, schemars::Schema)> {
    let mut all = vec![(
        "content/alliance.toml".to_string(),
        schema_for::<AllianceFile>(),
    )];
    all.extend(
        kinds()
            .into_iter()
            .map(|k| (format!("content/{}/*.md", k.collection.dir()), k.schema)),
    );
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Value {
        decap_config(&CmsSite {
            folder: String::new(),
            repository: Some("https://github.com/example/site".into()),
            branch: "main".into(),
            site_url: "https://example.org/".into(),
        })
    }

    fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
        config["collections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no collection {name}"))
    }

    fn field<'a>(fields: &'a Value, name: &str) -> &'a Value {
        fields
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("no field {name} in {fields}"))
    }

    fn names(fields: &Value) -> Vec<&str> {
        fields
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect()
    }

    /// Every field serde reads from each kind of file (the list serde's derive hands to the
    /// format: a different source from the JSON Schema the form is made from) has a form
    /// field, nested tables' fields included.
    #[test]
    fn every_field_of_the_content_format_has_a_form_field() {
        let config = config();
        let nested: &[(&str, &str, &[&str])] = &[
            ("partners", "contributions", fields_of::<ContributionFile>()),
            ("objectives", "indicators", fields_of::<IndicatorFile>()),
            ("milestones", "replans", fields_of::<ReplanFile>()),
            ("milestones", "deliverables", fields_of::<DeliverableFile>()),
            ("successes", "metrics", fields_of::<MetricFile>()),
            ("successes", "quotes", fields_of::<QuoteFile>()),
            ("setbacks", "actions", fields_of::<ActionFile>()),
            ("setbacks", "updates", fields_of::<UpdateFile>()),
            ("setbacks", "responses", fields_of::<ResponseFile>()),
            ("case-studies", "outcomes", fields_of::<OutcomeFile>()),
        ];
        for kind in kinds() {
            let c = collection(&config, kind.collection.dir());
            let mut expected: Vec<&str> = kind.fields.to_vec();
            expected.push("body");
            let mut got = names(&c["fields"]);
            got.sort_unstable();
            expected.sort_unstable();
            assert_eq!(got, expected, "{}", kind.collection.dir());
        }
        for (kind, table, fields) in nested {
            let list = field(&collection(&config, kind)["fields"], table);
            assert_eq!(list["widget"], "list", "{kind}.{table}");
            let mut got = names(&list["fields"]);
            let mut expected = fields.to_vec();
            got.sort_unstable();
            expected.sort_unstable();
            assert_eq!(got, expected, "{kind}.{table}");
        }
        let measurements = field(
            &field(&collection(&config, "objectives")["fields"], "indicators")["fields"],
            "measurements",
        );
        let mut got = names(&measurements["fields"]);
        got.sort_unstable();
        let mut expected = fields_of::<MeasurementFile>().to_vec();
        expected.sort_unstable();
        assert_eq!(got, expected);

        let settings = &collection(&config, "settings")["files"][0]["fields"];
        for name in fields_of::<AllianceFile>() {
            let skipped = NOT_IN_FORMS.iter().any(|(n, _)| n == name);
            assert_eq!(
                names(settings).contains(name),
                !skipped,
                "alliance.toml field {name}"
            );
        }
        for (table, fields) in [
            ("newsletter", fields_of::<NewsletterSettings>()),
            ("review", fields_of::<ReviewSettings>()),
            ("brand", fields_of::<BrandSettings>()),
            ("lists", fields_of::<ListSettings>()),
            ("search", fields_of::<SearchSettings>()),
        ] {
            let mut got = names(&field(settings, table)["fields"]);
            got.sort_unstable();
            let mut expected = fields.to_vec();
            expected.sort_unstable();
            assert_eq!(got, expected, "[{table}]");
        }
    }

    #[test]
    fn fields_get_the_widget_their_type_asks_for() {
        let config = config();
        let milestones = &collection(&config, "milestones")["fields"];
        assert_eq!(names(milestones)[..3], ["title", "summary", "due"]);
        let title = field(milestones, "title");
        assert_eq!(title["widget"], "string");
        assert!(title.get("required").is_none(), "required by default");
        let due = field(milestones, "due");
        assert_eq!(
            (&due["widget"], &due["format"], &due["time_format"]),
            (&json!("datetime"), &json!("YYYY-MM-DD"), &json!(false))
        );
        let status = field(milestones, "status");
        assert_eq!(status["widget"], "select");
        assert_eq!(
            status["options"][1],
            json!({"label": "In progress", "value": "in-progress"})
        );
        let completed = field(milestones, "completed");
        assert_eq!(
            (&completed["widget"], &completed["required"]),
            (&json!("datetime"), &json!(false))
        );
        let objective = field(milestones, "objective");
        assert_eq!(
            (
                &objective["widget"],
                &objective["collection"],
                objective.get("multiple")
            ),
            (&json!("relation"), &json!("objectives"), None)
        );
        let partners = field(milestones, "partners");
        assert_eq!(
            (&partners["widget"], &partners["multiple"]),
            (&json!("relation"), &json!(true))
        );
        let replans = field(milestones, "replans");
        assert_eq!(field(&replans["fields"], "reason")["widget"], "string");
        assert_eq!(field(&replans["fields"], "due")["widget"], "datetime");
        assert_eq!(field(milestones, "draft")["widget"], "boolean");
        assert_eq!(field(milestones, "image")["widget"], "image");
        assert_eq!(field(milestones, "tags")["widget"], "list");
        assert_eq!(field(milestones, "tags")["field"]["widget"], "string");
        assert_eq!(field(milestones, "body")["widget"], "markdown");

        let setbacks = &collection(&config, "setbacks")["fields"];
        assert_eq!(
            field(&field(setbacks, "updates")["fields"], "text")["widget"],
            "markdown"
        );
        assert_eq!(
            field(&field(setbacks, "responses")["fields"], "partner")["collection"],
            "partners"
        );
        let partners = &collection(&config, "partners")["fields"];
        let contributions = &field(partners, "contributions")["fields"];
        assert_eq!(field(contributions, "amount")["value_type"], "float");
        assert_eq!(field(contributions, "status")["default"], "received");
        assert_eq!(field(partners, "roles")["field"]["widget"], "string");
        let pages = &collection(&config, "pages")["fields"];
        assert_eq!(field(pages, "weight")["value_type"], "int");
        let settings = &collection(&config, "settings")["files"][0]["fields"];
        assert_eq!(field(settings, "mission")["widget"], "markdown");
        assert_eq!(field(settings, "reporting")["widget"], "select");
        assert_eq!(field(settings, "base_url")["widget"], "string");
    }

    #[test]
    fn the_backend_follows_the_repository() {
        let mut site = CmsSite {
            branch: "main".into(),
            ..CmsSite::default()
        };
        assert_eq!(backend(&site)["name"], "git-gateway");
        site.repository = Some("https://github.com/Org/Site.git".into());
        assert_eq!(
            backend(&site),
            json!({"name": "github", "repo": "Org/Site", "branch": "main"})
        );
        site.repository = Some("https://gitlab.com/group/sub/site/".into());
        assert_eq!(backend(&site)["repo"], "group/sub/site");
        site.repository = Some("https://codeberg.org/a/b".into());
        assert_eq!(backend(&site)["name"], "git-gateway");
    }

    #[test]
    fn yaml_is_block_style_with_json_strings() {
        let value = json!({"a": "x: \"y\"\n", "list": [{"b": 1, "c": [true]}, "s"], "empty": []});
        assert_eq!(
            to_yaml(&value, "top"),
            "# top\na: \"x: \\\"y\\\"\\n\"\nempty: []\nlist:\n  - b: 1\n    c:\n      - true\n  - \"s\"\n"
        );
    }
}
