//! The languages the tutor speaks, by code (`en`, `vi`, `mn`, `ko`) and by their own names,
//! and which one a computer starts in: the centre's setting, else `--language`, else the
//! system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Pure: the caller reads the
//! environment and passes it in.

use std::fmt;

/// A language the tutor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Vietnamese.
    Vi,
    /// Mongolian (Cyrillic).
    Mn,
    /// Korean.
    Ko,
}

impl Language {
    /// Every language with a whole catalog, in the order they are offered.
    pub const ALL: [Language; 4] = [Language::Vi, Language::Mn, Language::Ko, Language::En];

    /// The language's code, as in `config.toml`, `--language`, a profile and a pack.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Vi => "vi",
            Language::Mn => "mn",
            Language::Ko => "ko",
        }
    }

    /// The language's name in itself, as the first screen offers it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Vi => "Tiếng Việt",
            Language::Mn => "Монгол",
            Language::Ko => "한국어",
        }
    }

    /// The language with this code, or a longer tag or locale that starts with it (`en-GB`,
    /// `vi_VN.UTF-8`), if the tutor speaks it.
    pub fn from_code(code: &str) -> Option<Language> {
        let base = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == base)
    }

    /// The codes the tutor speaks, for messages: "en, vi, mn, ko".
    pub fn codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A message of a catalog by id, its placeholders filled: how modules below the tutor (the
/// certificate, the report) get their words without depending on where the catalog lives.
pub type Say = dyn Fn(&str, &[(&str, &dyn fmt::Display)]) -> String;

/// The language a computer starts in: the centre's setting (`config.toml`), else the one asked
/// for with `--language`, else the first of the system's locale variables the tutor speaks,
/// else English.
pub fn starting(centre: Option<&str>, asked: Option<&str>, locale: &[Option<String>]) -> Language {
    centre
        .and_then(Language::from_code)
        .or_else(|| asked.and_then(Language::from_code))
        .or_else(|| {
            locale
                .iter()
                .flatten()
                .find_map(|value| Language::from_code(value))
        })
        .unwrap_or_default()
}

/// The system's locale variables, most specific first.
pub fn system_locale() -> Vec<Option<String>> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_locales_are_read_by_their_first_part() {
        assert_eq!(Language::from_code("en"), Some(Language::En));
        assert_eq!(Language::from_code("EN-gb"), Some(Language::En));
        assert_eq!(Language::from_code("en_US.UTF-8"), Some(Language::En));
        assert_eq!(Language::from_code("vi_VN.UTF-8"), Some(Language::Vi));
        assert_eq!(Language::from_code("xx"), None);
        assert_eq!(Language::from_code(""), None);
    }

    #[test]
    fn the_centre_comes_first_then_the_option_then_the_system() {
        let locale = vec![None, None, Some("vi_VN.UTF-8".to_string())];
        assert_eq!(starting(Some("en"), Some("vi"), &locale), Language::En);
        assert_eq!(starting(None, Some("en"), &locale), Language::En);
        assert_eq!(starting(None, None, &locale), Language::Vi);
        assert_eq!(
            starting(Some("xx"), None, &[Some("C".into())]),
            Language::En
        );
    }
}
