//! A pact's HTTP interactions as checks (`clientreg-mock verify --pact FILE`): each request made
//! from the pact (its `ProviderState` generators filled from the state's values, its credentials
//! from the verifier's), and each answer judged by the pact's matching rules, as Pact's own
//! verifier judges it. A matcher or generator this module does not know fails the interaction
//! with its name: never passed over.

use serde_json::{Map, Value};

/// The matchers this module applies (V2–V4 spellings).
const MATCHERS: [&str; 16] = [
    "equality",
    "type",
    "regex",
    "number",
    "integer",
    "decimal",
    "include",
    "boolean",
    "date",
    "time",
    "timestamp",
    "datetime",
    "values",
    "eachKey",
    "eachValue",
    "notEmpty",
];

/// A request as a pact asks for it, ready to send.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PactRequest {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) query: Option<String>,
    /// Lower-case names.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Option<Vec<u8>>,
}

/// The HTTP interactions of a pact file (V3 or V4), with the pact's specification version.
pub(crate) fn interactions(pact: &Value) -> Result<Vec<&Value>, String> {
    let interactions = pact
        .get("interactions")
        .and_then(Value::as_array)
        .ok_or("not a pact: no interactions list")?;
    Ok(interactions
        .iter()
        .filter(|i| {
            i.get("type")
                .and_then(Value::as_str)
                .is_none_or(|kind| kind == "Synchronous/HTTP")
        })
        .collect())
}

/// An interaction's provider states, as `(name, params)`.
pub(crate) fn states(interaction: &Value) -> Vec<(String, Map<String, Value>)> {
    if let Some(states) = interaction.get("providerStates").and_then(Value::as_array) {
        return states
            .iter()
            .filter_map(|state| {
                let name = state.get("name")?.as_str()?.to_string();
                let params = state
                    .get("params")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                Some((name, params))
            })
            .collect();
    }
    // V2's single state.
    interaction
        .get("providerState")
        .and_then(Value::as_str)
        .map(|name| vec![(name.to_string(), Map::new())])
        .unwrap_or_default()
}

/// A body as a pact writes it (V4 `{content, contentType, encoded}`, or V3's value), as the
/// bytes to send and, when JSON, its value.
fn body_of(body: &Value) -> Result<(Vec<u8>, Option<Value>), String> {
    if let Some(object) = body.as_object()
        && object.contains_key("content")
    {
        let content = &object["content"];
        let encoded = object.get("encoded");
        let content_type = object
            .get("contentType")
            .and_then(Value::as_str)
            .unwrap_or("application/json");
        return match (encoded, content) {
            (Some(Value::String(encoding)), Value::String(text))
                if encoding.eq_ignore_ascii_case("base64") =>
            {
                use base64::Engine;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .map_err(|e| format!("a base64 body that does not decode: {e}"))?;
                let json = serde_json::from_slice(&bytes).ok();
                Ok((bytes, json))
            }
            (_, Value::String(text)) if !content_type.contains("json") => {
                Ok((text.clone().into_bytes(), None))
            }
            (_, value) => Ok((value.to_string().into_bytes(), Some(value.clone()))),
        };
    }
    Ok((body.to_string().into_bytes(), Some(body.clone())))
}

/// Fills `${name}` in `expression` from the state's `values`.
fn fill(expression: &str, values: &Map<String, Value>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = expression;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find('}')
            .ok_or_else(|| format!("an unclosed ${{ in {expression:?}"))?;
        let name = &after[..end];
        let value = values
            .get(name)
            .ok_or_else(|| format!("no provider state gave {name:?} (for {expression:?})"))?;
        match value {
            Value::String(text) => out.push_str(text),
            other => out.push_str(&other.to_string()),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The request `interaction` asks for, its `ProviderState` generators filled from `values`
/// (any other generator is refused by name).
pub(crate) fn request(
    interaction: &Value,
    values: &Map<String, Value>,
) -> Result<PactRequest, String> {
    let request = interaction
        .get("request")
        .ok_or("the interaction has no request")?;
    let method = request
        .get("method")
        .and_then(Value::as_str)
        .ok_or("the request has no method")?
        .to_ascii_uppercase();
    let mut path = request
        .get("path")
        .and_then(Value::as_str)
        .ok_or("the request has no path")?
        .to_string();
    let mut headers: Vec<(String, String)> = Vec::new();
    if let Some(map) = request.get("headers").and_then(Value::as_object) {
        for (name, value) in map {
            let values: Vec<String> = match value {
                Value::Array(items) => items
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect(),
                Value::String(text) => vec![text.clone()],
                other => vec![other.to_string()],
            };
            headers.push((name.to_ascii_lowercase(), values.join(", ")));
        }
    }
    let query = match request.get("query") {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) => Some(text.clone()),
        Some(Value::Object(map)) => {
            let mut pairs = Vec::new();
            for (name, value) in map {
                for item in value
                    .as_array()
                    .cloned()
                    .unwrap_or_else(|| vec![value.clone()])
                {
                    let text = item
                        .as_str()
                        .map_or_else(|| item.to_string(), str::to_string);
                    pairs.push((name.clone(), text));
                }
            }
            Some(serde_urlencoded::to_string(&pairs).map_err(|e| e.to_string())?)
        }
        Some(other) => return Err(format!("a query of the form {other}")),
    };
    let (mut body, mut json) = match request.get("body") {
        None | Some(Value::Null) => (None, None),
        Some(body) => {
            let (bytes, json) = body_of(body)?;
            (Some(bytes), json)
        }
    };
    if let Some(generators) = request.get("generators").and_then(Value::as_object) {
        for (category, generated) in generators {
            let entries: Vec<(Option<&str>, &Value)> = match category.as_str() {
                "path" => vec![(None, generated)],
                _ => generated
                    .as_object()
                    .ok_or_else(|| format!("a {category} generator that is not a map"))?
                    .iter()
                    .map(|(key, value)| (Some(key.as_str()), value))
                    .collect(),
            };
            for (key, generator) in entries {
                let kind = generator.get("type").and_then(Value::as_str).unwrap_or("?");
                if kind != "ProviderState" {
                    return Err(format!(
                        "the {kind} generator (on the request's {category}) is not supported"
                    ));
                }
                let expression = generator
                    .get("expression")
                    .and_then(Value::as_str)
                    .ok_or("a ProviderState generator without an expression")?;
                let value = fill(expression, values)?;
                match (category.as_str(), key) {
                    ("path", _) => path = value,
                    ("header", Some(name)) => {
                        let name = name.to_ascii_lowercase();
                        headers.retain(|(kept, _)| *kept != name);
                        headers.push((name, value));
                    }
                    ("body", Some(at)) => {
                        let document = json
                            .as_mut()
                            .ok_or("a body generator on a body that is not JSON")?;
                        let target = pointer_mut(document, at)
                            .ok_or_else(|| format!("the body has nothing at {at}"))?;
                        *target = Value::String(value);
                        body = Some(document.to_string().into_bytes());
                    }
                    (other, _) => {
                        return Err(format!(
                            "a ProviderState generator on the request's {other} is not supported"
                        ));
                    }
                }
            }
        }
    }
    Ok(PactRequest {
        method,
        path,
        query,
        headers,
        body,
    })
}

/// The value at a simple rule path (`$.a.b`, `$.a[0]`, `$['a']`) of `document`.
fn pointer_mut<'v>(document: &'v mut Value, at: &str) -> Option<&'v mut Value> {
    let mut value = document;
    for token in parse_path(at)? {
        value = match token {
            Token::Field(name) => value.get_mut(&name)?,
            Token::Index(index) => value.get_mut(index)?,
            Token::Any => return None,
        };
    }
    Some(value)
}

/// One step of a rule path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Field(String),
    Index(usize),
    /// `*` or `[*]`.
    Any,
}

/// `$.a.b[*].c`, `$['a-b'][0]`, `$.*` as steps; `None` for what is not a rule path.
fn parse_path(path: &str) -> Option<Vec<Token>> {
    let mut rest = path.strip_prefix('$')?;
    let mut tokens = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            let name = &after[..end];
            if name.is_empty() {
                return None;
            }
            tokens.push(if name == "*" {
                Token::Any
            } else {
                Token::Field(name.to_string())
            });
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            let inner = &after[..end];
            tokens.push(if inner == "*" {
                Token::Any
            } else if let Some(quoted) = inner.strip_prefix('\'').and_then(|s| s.strip_suffix('\''))
            {
                Token::Field(quoted.to_string())
            } else {
                Token::Index(inner.parse().ok()?)
            });
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(tokens)
}

/// The rules of one category (`body`, `header`), by path; V2's flat `$.body.x` keys read too.
fn rules<'p>(response: &'p Value, category: &str) -> Vec<(Vec<Token>, &'p Value)> {
    let mut found = Vec::new();
    let Some(all) = response.get("matchingRules").and_then(Value::as_object) else {
        return found;
    };
    if let Some(map) = all.get(category).and_then(Value::as_object) {
        for (path, rule) in map {
            let path = if category == "body" {
                path.clone()
            } else {
                format!("$['{path}']")
            };
            if let Some(tokens) = parse_path(&path) {
                found.push((tokens, rule));
            }
        }
    }
    let prefix = format!("$.{category}");
    for (path, rule) in all {
        if let Some(rest) = path.strip_prefix(&prefix)
            && let Some(tokens) = parse_path(&format!("${rest}"))
        {
            found.push((tokens, rule));
        }
    }
    found
}

/// The matchers of the rule whose path fits `at` best: the longest path that matches all of
/// `at` (exactly, or as an ancestor, whose rule then cascades), a named step over `*`.
fn rule_for<'p>(rules: &[(Vec<Token>, &'p Value)], at: &[Token]) -> Option<(&'p Value, bool)> {
    let mut best: Option<(usize, usize, &Value, bool)> = None;
    for (path, rule) in rules {
        if path.len() > at.len() {
            continue;
        }
        let mut named = 0;
        let fits = path
            .iter()
            .zip(at)
            .all(|(step, actual)| match (step, actual) {
                (Token::Any, _) => true,
                (Token::Field(a), Token::Field(b)) if a == b => {
                    named += 1;
                    true
                }
                (Token::Index(a), Token::Index(b)) if a == b => {
                    named += 1;
                    true
                }
                _ => false,
            });
        if fits {
            let exact = path.len() == at.len();
            let score = (path.len(), named);
            if best.is_none_or(|(length, names, _, _)| score > (length, names)) {
                best = Some((score.0, score.1, rule, exact));
            }
        }
    }
    best.map(|(_, _, rule, exact)| (rule, exact))
}

/// A rule's matchers and how they combine (`AND` unless `OR`).
fn matchers(rule: &Value) -> (Vec<&Map<String, Value>>, bool) {
    let or = rule.get("combine").and_then(Value::as_str) == Some("OR");
    let list = match rule.get("matchers").and_then(Value::as_array) {
        Some(list) => list.iter().filter_map(Value::as_object).collect(),
        // V2: the rule is the matcher.
        None => rule.as_object().into_iter().collect(),
    };
    (list, or)
}

/// The verdicts of one rule's matchers combined as the rule says (`OR`: one passing is enough;
/// else all must): passed, or every matcher's failure.
fn combined(outcomes: Vec<Result<(), String>>, or: bool) -> Result<(), Vec<String>> {
    let count = outcomes.len();
    let failed: Vec<String> = outcomes.into_iter().filter_map(Result::err).collect();
    let passed = if or {
        failed.len() < count
    } else {
        failed.is_empty()
    };
    if passed { Ok(()) } else { Err(failed) }
}

/// What differs between `expected` and `actual` under the pact's rules, a line each with the
/// JSON path; an unknown matcher is a difference that names it.
pub(crate) fn compare_body(response: &Value, expected: &Value, actual: &Value) -> Vec<String> {
    let rules = rules(response, "body");
    let mut differences = Vec::new();
    compare(&rules, expected, actual, &mut Vec::new(), &mut differences);
    differences
}

fn display(path: &[Token]) -> String {
    let mut text = String::from("$");
    for token in path {
        match token {
            Token::Field(name) => {
                text.push('.');
                text.push_str(name);
            }
            Token::Index(index) => text.push_str(&format!("[{index}]")),
            Token::Any => text.push_str("[*]"),
        }
    }
    text
}

fn compare(
    rules: &[(Vec<Token>, &Value)],
    expected: &Value,
    actual: &Value,
    path: &mut Vec<Token>,
    differences: &mut Vec<String>,
) {
    let here = display(path);
    if let Some((rule, exact)) = rule_for(rules, path) {
        let (list, or) = matchers(rule);
        let mut outcomes = Vec::new();
        let mut structural = false;
        for matcher in &list {
            let kind = matcher
                .get("match")
                .and_then(Value::as_str)
                .unwrap_or("type");
            if !MATCHERS.contains(&kind) {
                differences.push(format!("{here}: the matcher {kind:?} is not supported"));
                return;
            }
            // A cascaded rule judges a descendant by type (equality, regex and the like only
            // where they are declared).
            let applies = exact || matches!(kind, "type" | "values" | "eachValue" | "eachKey");
            if !applies {
                continue;
            }
            structural |= matches!(kind, "type" | "values" | "eachKey" | "eachValue");
            outcomes.push(apply(kind, matcher, expected, actual, exact));
        }
        if !outcomes.is_empty() {
            if let Err(failed) = combined(outcomes, or) {
                differences.extend(failed.into_iter().map(|why| format!("{here}: {why}")));
                return;
            }
            if !structural {
                return;
            }
            // A type rule passed: go on into the children (their own rules, or by type).
            descend(rules, expected, actual, path, differences, true);
            return;
        }
    }
    descend(rules, expected, actual, path, differences, false);
}

/// Compares the children of two values, or the values themselves when they have none; `by_type`
/// when a type rule covers them.
fn descend(
    rules: &[(Vec<Token>, &Value)],
    expected: &Value,
    actual: &Value,
    path: &mut Vec<Token>,
    differences: &mut Vec<String>,
    by_type: bool,
) {
    let here = display(path);
    match (expected, actual) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, value) in want {
                path.push(Token::Field(key.clone()));
                match got.get(key) {
                    Some(actual) => compare(rules, value, actual, path, differences),
                    None => differences.push(format!("{}: missing", display(path))),
                }
                path.pop();
            }
        }
        (Value::Array(want), Value::Array(got)) => {
            if by_type {
                // Each item like the first expected one.
                if let Some(template) = want.first() {
                    for (index, item) in got.iter().enumerate() {
                        path.push(Token::Index(index));
                        compare(rules, template, item, path, differences);
                        path.pop();
                    }
                }
            } else {
                if want.len() != got.len() {
                    differences.push(format!(
                        "{here}: {} items expected, {} answered",
                        want.len(),
                        got.len()
                    ));
                    return;
                }
                for (index, (want, got)) in want.iter().zip(got).enumerate() {
                    path.push(Token::Index(index));
                    compare(rules, want, got, path, differences);
                    path.pop();
                }
            }
        }
        _ if by_type => {
            if kind_of(expected) != kind_of(actual) {
                differences.push(format!(
                    "{here}: a {} expected, a {} answered",
                    kind_of(expected),
                    kind_of(actual)
                ));
            }
        }
        _ => {
            if expected != actual {
                differences.push(format!("{here}: {expected} expected, {actual} answered"));
            }
        }
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// One matcher on one value.
fn apply(
    kind: &str,
    matcher: &Map<String, Value>,
    expected: &Value,
    actual: &Value,
    exact: bool,
) -> Result<(), String> {
    let text = || {
        actual
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| actual.to_string())
    };
    match kind {
        "equality" => (expected == actual)
            .then_some(())
            .ok_or_else(|| format!("{expected} expected, {actual} answered")),
        "type" | "values" | "eachValue" | "eachKey" => {
            if kind_of(expected) != kind_of(actual) {
                return Err(format!(
                    "a {} expected, a {} answered",
                    kind_of(expected),
                    kind_of(actual)
                ));
            }
            if exact && let Value::Array(items) = actual {
                let bound = |name: &str| matcher.get(name).and_then(Value::as_u64);
                if let Some(min) = bound("min")
                    && (items.len() as u64) < min
                {
                    return Err(format!(
                        "at least {min} items expected, {} answered",
                        items.len()
                    ));
                }
                if let Some(max) = bound("max")
                    && (items.len() as u64) > max
                {
                    return Err(format!(
                        "at most {max} items expected, {} answered",
                        items.len()
                    ));
                }
            }
            if kind == "eachKey"
                && let (Some(rules), Value::Object(map)) = (matcher.get("rules"), actual)
            {
                for key in map.keys() {
                    for rule in rules.as_array().into_iter().flatten() {
                        if let Some(rule) = rule.as_object() {
                            let inner = rule.get("match").and_then(Value::as_str).unwrap_or("type");
                            apply(
                                inner,
                                rule,
                                &Value::String(key.clone()),
                                &Value::String(key.clone()),
                                true,
                            )
                            .map_err(|why| format!("key {key:?}: {why}"))?;
                        }
                    }
                }
            }
            Ok(())
        }
        "regex" => {
            let pattern = matcher
                .get("regex")
                .and_then(Value::as_str)
                .ok_or("a regex matcher without its regex")?;
            // The whole value must match, as Pact's own verifier requires (tried: `o` does not
            // match `ok` there).
            let regex = regex_lite::Regex::new(&format!("^(?:{pattern})$"))
                .map_err(|e| format!("the regex {pattern:?} does not compile: {e}"))?;
            if actual.is_object() || actual.is_array() {
                return Err(format!(
                    "a value for /{pattern}/ expected, {actual} answered"
                ));
            }
            regex
                .is_match(&text())
                .then_some(())
                .ok_or_else(|| format!("{actual} does not match /{pattern}/"))
        }
        "number" => actual
            .is_number()
            .then_some(())
            .ok_or_else(|| format!("a number expected, {actual} answered")),
        "integer" => (actual.is_i64() || actual.is_u64())
            .then_some(())
            .ok_or_else(|| format!("an integer expected, {actual} answered")),
        "decimal" => (actual.is_f64() || actual.as_f64().is_some_and(|f| f.fract() != 0.0))
            .then_some(())
            .ok_or_else(|| format!("a decimal expected, {actual} answered")),
        "boolean" => (actual.is_boolean() || matches!(actual.as_str(), Some("true" | "false")))
            .then_some(())
            .ok_or_else(|| format!("a boolean expected, {actual} answered")),
        "include" => {
            let part = matcher
                .get("value")
                .and_then(Value::as_str)
                .unwrap_or_default();
            text()
                .contains(part)
                .then_some(())
                .ok_or_else(|| format!("{actual} does not include {part:?}"))
        }
        "notEmpty" => {
            let empty = match actual {
                Value::Null => true,
                Value::String(s) => s.is_empty(),
                Value::Array(a) => a.is_empty(),
                Value::Object(o) => o.is_empty(),
                _ => false,
            };
            (!empty)
                .then_some(())
                .ok_or_else(|| format!("a value expected, {actual} answered"))
        }
        "date" | "time" | "timestamp" | "datetime" => {
            let format = matcher
                .get("format")
                .or_else(|| matcher.get(kind))
                .and_then(Value::as_str);
            date_like(kind, format, &text())
        }
        other => Err(format!("the matcher {other:?} is not supported")),
    }
}

/// A date, time or timestamp in a pact's format (Java's `DateTimeFormatter` letters; ISO 8601
/// without one).
fn date_like(kind: &str, format: Option<&str>, text: &str) -> Result<(), String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};
    let Some(format) = format else {
        let ok = match kind {
            "date" => NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
            "time" => {
                NaiveTime::parse_from_str(text, "%H:%M:%S").is_ok()
                    || NaiveTime::parse_from_str(text, "%H:%M:%S%.f").is_ok()
            }
            _ => DateTime::parse_from_rfc3339(text).is_ok(),
        };
        return ok
            .then_some(())
            .ok_or_else(|| format!("{text:?} is not an ISO 8601 {kind}"));
    };
    let chrono_format = java_to_chrono(format)
        .ok_or_else(|| format!("the {kind} format {format:?} is not supported"))?;
    let ok = match kind {
        "date" => NaiveDate::parse_from_str(text, &chrono_format).is_ok(),
        "time" => NaiveTime::parse_from_str(text, &chrono_format).is_ok(),
        _ => {
            NaiveDateTime::parse_from_str(text, &chrono_format).is_ok()
                || DateTime::parse_from_str(text, &chrono_format).is_ok()
        }
    };
    ok.then_some(())
        .ok_or_else(|| format!("{text:?} is not a {kind} of the form {format:?}"))
}

/// A Java `DateTimeFormatter` pattern as chrono's, for the letters pacts use; `None` for one it
/// does not know.
fn java_to_chrono(format: &str) -> Option<String> {
    const LETTERS: [(&str, &str); 14] = [
        ("yyyy", "%Y"),
        ("MM", "%m"),
        ("dd", "%d"),
        ("HH", "%H"),
        ("mm", "%M"),
        ("ss", "%S"),
        ("SSSSSS", "%6f"),
        ("SSS", "%3f"),
        ("XXX", "%:z"),
        ("xxx", "%:z"),
        ("XX", "%z"),
        ("Z", "%z"),
        ("X", "%#z"),
        ("a", "%p"),
    ];
    let mut out = String::new();
    let mut rest = format;
    'outer: while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('\'') {
            let end = after.find('\'')?;
            out.push_str(&after[..end].replace('%', "%%"));
            rest = &after[end + 1..];
            continue;
        }
        for (java, chrono) in LETTERS {
            if let Some(after) = rest.strip_prefix(java) {
                out.push_str(chrono);
                rest = after;
                continue 'outer;
            }
        }
        let c = rest.chars().next()?;
        if c.is_ascii_alphabetic() {
            return None;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Some(out)
}

/// What differs between the answer's headers and the pact's: each expected header present,
/// equal (a media type by its type and the parameters the pact gives) or as its rule says.
pub(crate) fn compare_headers(response: &Value, actual: &[(String, String)]) -> Vec<String> {
    let mut differences = Vec::new();
    let Some(expected) = response.get("headers").and_then(Value::as_object) else {
        return differences;
    };
    let header_rules = rules(response, "header");
    for (name, want) in expected {
        let want = match want {
            Value::Array(items) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        let lower = name.to_ascii_lowercase();
        let Some((_, got)) = actual.iter().find(|(n, _)| *n == lower) else {
            differences.push(format!("header {name}: missing"));
            continue;
        };
        let token = Token::Field(name.clone());
        let rule = header_rules
            .iter()
            .find(|(path, _)| {
                path.first().is_some_and(|t| match (t, &token) {
                    (Token::Field(a), Token::Field(b)) => a.eq_ignore_ascii_case(b),
                    _ => false,
                })
            })
            .map(|(_, rule)| *rule);
        let verdict = match rule {
            Some(rule) => {
                let (list, or) = matchers(rule);
                let outcomes: Vec<Result<(), String>> = list
                    .iter()
                    .map(|m| {
                        let kind = m.get("match").and_then(Value::as_str).unwrap_or("type");
                        apply(
                            kind,
                            m,
                            &Value::String(want.clone()),
                            &Value::String(got.clone()),
                            true,
                        )
                    })
                    .collect();
                combined(outcomes, or).map_err(|failed| failed.join("; "))
            }
            None if lower == "content-type" => same_media_type(&want, got),
            None => (want.split(',').map(str::trim).collect::<Vec<_>>()
                == got.split(',').map(str::trim).collect::<Vec<_>>())
            .then_some(())
            .ok_or_else(|| format!("{want:?} expected, {got:?} answered")),
        };
        if let Err(why) = verdict {
            differences.push(format!("header {name}: {why}"));
        }
    }
    differences
}

/// A media type is the same when its type is, and every parameter the pact gives is answered.
fn same_media_type(want: &str, got: &str) -> Result<(), String> {
    let split = |text: &str| -> (String, Vec<String>) {
        let mut parts = text.split(';').map(|p| p.trim().to_ascii_lowercase());
        let kind = parts.next().unwrap_or_default();
        (kind, parts.filter(|p| !p.is_empty()).collect())
    };
    let (want_type, want_params) = split(want);
    let (got_type, got_params) = split(got);
    (want_type == got_type && want_params.iter().all(|p| got_params.contains(p)))
        .then_some(())
        .ok_or_else(|| format!("{want:?} expected, {got:?} answered"))
}

/// The answer's body as the pact's response says it should read: JSON compared by rules, else
/// text compared as text.
pub(crate) fn compare_response_body(response: &Value, actual: &[u8]) -> Vec<String> {
    let Some(expected) = response.get("body").filter(|b| !b.is_null()) else {
        return Vec::new();
    };
    let (want_bytes, want_json) = match body_of(expected) {
        Ok(body) => body,
        Err(why) => return vec![format!("the pact's body: {why}")],
    };
    match want_json {
        Some(want) => match serde_json::from_slice::<Value>(actual) {
            Ok(got) => compare_body(response, &want, &got),
            Err(_) => vec!["a JSON body expected, the answer's does not parse".to_string()],
        },
        None => (want_bytes == actual)
            .then(Vec::new)
            .unwrap_or_else(|| vec!["the body differs from the pact's".to_string()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rules_of(body: Value) -> Value {
        json!({ "matchingRules": { "body": body } })
    }

    #[test]
    fn rules_judge_what_they_cover_and_equality_the_rest() {
        let response = rules_of(json!({
            "$.id": {"matchers": [{"match": "type"}]},
            "$.items": {"matchers": [{"match": "type", "min": 1}]},
            "$.code": {"matchers": [{"match": "regex", "regex": "[A-Z]{3}"}]},
            "$.n": {"matchers": [{"match": "integer"}]},
            "$.when": {"matchers": [{"match": "timestamp", "timestamp": "yyyy-MM-dd'T'HH:mm:ssXXX"}]},
        }));
        let expected = json!({"id": "a", "name": "x", "items": [{"k": 1}], "code": "ABC", "n": 1, "when": "2026-01-01T00:00:00+00:00"});
        let good = json!({"id": "b", "name": "x", "items": [{"k": 2}, {"k": 3}], "code": "XYZ", "n": 7, "when": "2027-05-06T07:08:09+02:00", "extra": true});
        assert_eq!(
            compare_body(&response, &expected, &good),
            Vec::<String>::new()
        );
        let bad = json!({"id": 1, "name": "y", "items": [], "code": "xyz", "n": 1.5, "when": "yesterday"});
        let found = compare_body(&response, &expected, &bad);
        for path in ["$.id", "$.name", "$.items", "$.code", "$.n", "$.when"] {
            assert!(
                found.iter().any(|d| d.starts_with(&format!("{path}:"))),
                "{path}: {found:?}"
            );
        }
    }

    #[test]
    fn a_regex_must_match_the_whole_value_as_pacts_verifier_requires() {
        let response = rules_of(json!({"$.s": {"matchers": [{"match": "regex", "regex": "o"}]}}));
        assert_eq!(
            compare_body(&response, &json!({"s": "o"}), &json!({"s": "ok"})).len(),
            1
        );
        assert!(compare_body(&response, &json!({"s": "o"}), &json!({"s": "o"})).is_empty());
    }

    #[test]
    fn an_unknown_matcher_fails_by_name() {
        let response = rules_of(json!({"$.v": {"matchers": [{"match": "semver"}]}}));
        let found = compare_body(&response, &json!({"v": "1.0.0"}), &json!({"v": "1.0.0"}));
        assert_eq!(found, ["$.v: the matcher \"semver\" is not supported"]);
    }

    #[test]
    fn provider_state_generators_fill_the_path_and_others_are_refused() {
        let interaction = json!({"request": {"method": "get", "path": "/x/1",
            "generators": {"path": {"type": "ProviderState", "expression": "/x/${id}"}}}});
        let mut values = Map::new();
        values.insert("id".into(), json!("abc"));
        assert_eq!(request(&interaction, &values).unwrap().path, "/x/abc");
        assert!(
            request(&interaction, &Map::new())
                .unwrap_err()
                .contains("\"id\"")
        );
        let random = json!({"request": {"method": "GET", "path": "/",
            "generators": {"body": {"$.n": {"type": "RandomInt"}}}}});
        assert!(request(&random, &values).unwrap_err().contains("RandomInt"));
    }

    #[test]
    fn a_v3_interaction_reads_as_a_v4_one() {
        // V3: bodies are the values themselves, query a map of lists, states a list.
        let interaction = json!({
            "description": "v3",
            "providerStates": [{"name": "a user exists", "params": {"id": "u"}}],
            "request": {"method": "POST", "path": "/x", "query": {"a": ["1", "2"]},
                        "headers": {"Content-Type": "application/json"}, "body": {"n": 1}},
            "response": {"status": 200, "body": {"id": "a", "n": 1},
                         "matchingRules": {"body": {"$.id": {"matchers": [{"match": "type"}]}}}},
        });
        let made = request(&interaction, &Map::new()).unwrap();
        assert_eq!(made.query.as_deref(), Some("a=1&a=2"));
        assert_eq!(made.body.as_deref(), Some(&br#"{"n":1}"#[..]));
        assert_eq!(states(&interaction)[0].0, "a user exists");
        let response = &interaction["response"];
        assert!(compare_response_body(response, br#"{"id":"b","n":1}"#).is_empty());
        assert_eq!(
            compare_response_body(response, br#"{"id":"b","n":2}"#).len(),
            1
        );
        // V2's single state.
        assert_eq!(states(&json!({"providerState": "s"}))[0].0, "s");
    }

    #[test]
    fn a_content_type_is_its_media_type_and_the_pacts_parameters() {
        let response = json!({"headers": {"Content-Type": "application/json"}});
        let answered = |value: &str| vec![("content-type".to_string(), value.to_string())];
        assert!(
            compare_headers(&response, &answered("application/json; charset=utf-8")).is_empty()
        );
        assert_eq!(compare_headers(&response, &answered("text/html")).len(), 1);
        assert_eq!(compare_headers(&response, &[]).len(), 1);
    }
}
