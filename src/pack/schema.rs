//! The JSON Schema of the pack format, generated from the model's types, for `digitutor schema`
//! and for TOML editors (taplo, Even Better TOML) through the `#:schema` line.

use serde_json::Value;

use super::model::Pack;

/// The schema as a JSON value.
pub fn json_schema() -> Value {
    let mut schema = schemars::schema_for!(Pack).to_value();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "title".into(),
            Value::String("digitutor lesson pack, format version 1".into()),
        );
    }
    schema
}

/// The schema as pretty-printed JSON text, ending with a newline.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}
