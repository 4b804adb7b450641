//! The binary's log line: the timestamp and the fields, written as tracing-subscriber's default
//! format writes them, for less of a request's time (each request writes one line).

use std::cell::RefCell;
use std::fmt;

use chrono::Utc;
use tracing::field::{Field, Visit};
use tracing_subscriber::field::RecordFields;
use tracing_subscriber::fmt::FormatFields;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;

/// The log's timestamps: RFC 3339 UTC with microseconds, as `tracing_subscriber`'s default
/// timer writes them, with the date and time of day formatted once per second per thread rather
/// than once per line.
pub(crate) struct LogTime;

thread_local! {
    /// The second last formatted on this thread, and its text up to the seconds.
    static LOG_SECOND: RefCell<(i64, String)> = const { RefCell::new((i64::MIN, String::new())) };
}

impl FormatTime for LogTime {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        let now = Utc::now();
        LOG_SECOND.with_borrow_mut(|(second, text)| {
            if *second != now.timestamp() {
                *second = now.timestamp();
                *text = now.format("%Y-%m-%dT%H:%M:%S").to_string();
            }
            write!(w, "{text}.{:06}Z", now.timestamp_subsec_micros())
        })
    }
}

/// The log's fields, as tracing-subscriber's default writes them without colours: the message
/// first, then `name=value`, one space apart. Numbers and booleans are written directly; a
/// string field as it is, unless it is empty or holds a space, `"`, `=`, `\` or a control
/// character, which would blur where it ends: then quoted and escaped as Rust's `Debug` writes
/// it. A value given with `%` or `?` is written with its `Display` or `Debug`, as the default
/// writes it.
pub(crate) struct LogFields;

impl<'writer> FormatFields<'writer> for LogFields {
    fn format_fields<R: RecordFields>(&self, writer: Writer<'writer>, fields: R) -> fmt::Result {
        let mut line = FieldWriter {
            writer,
            first: true,
            result: Ok(()),
        };
        fields.record(&mut line);
        line.result
    }
}

struct FieldWriter<'writer> {
    writer: Writer<'writer>,
    first: bool,
    result: fmt::Result,
}

impl FieldWriter<'_> {
    /// Writes the separator and `name=` (nothing but the separator for the message), then the
    /// value with `value`.
    fn field(&mut self, field: &Field, value: impl FnOnce(&mut Writer<'_>) -> fmt::Result) {
        if self.result.is_err() {
            return;
        }
        self.result = (|| {
            if !std::mem::take(&mut self.first) {
                self.writer.write_char(' ')?;
            }
            if field.name() != "message" {
                self.writer.write_str(field.name())?;
                self.writer.write_char('=')?;
            }
            value(&mut self.writer)
        })();
    }
}

/// Whether `text` must be quoted to stay one field of the line.
fn needs_quotes(text: &str) -> bool {
    text.is_empty()
        || text
            .bytes()
            .any(|b| matches!(b, b' ' | b'"' | b'=' | b'\\') || b.is_ascii_control())
}

impl Visit for FieldWriter<'_> {
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.field(field, |w| write!(w, "{value}"));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.field(field, |w| write!(w, "{value}"));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.field(field, |w| w.write_str(if value { "true" } else { "false" }));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.field(field, |w| {
            if needs_quotes(value) {
                write!(w, "{value:?}")
            } else {
                w.write_str(value)
            }
        });
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.field(field, |w| write!(w, "{value:?}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line a `tracing` event writes through [`LogFields`], without the timestamp.
    fn line(event: impl FnOnce()) -> String {
        line_with(LogFields, event)
    }

    /// The line a `tracing` event writes through `fields`, without the timestamp.
    fn line_with<F>(fields: F, event: impl FnOnce()) -> String
    where
        F: for<'w> FormatFields<'w> + Send + Sync + 'static,
    {
        let buffer = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let writer = {
            let buffer = buffer.clone();
            move || Capture(buffer.clone())
        };
        let subscriber = tracing_subscriber::fmt()
            .without_time()
            .with_target(false)
            .fmt_fields(fields)
            .with_writer(writer)
            .finish();
        tracing::subscriber::with_default(subscriber, event);
        String::from_utf8(buffer.lock().unwrap().clone()).unwrap()
    }

    struct Capture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Capture {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_request_line_is_as_the_default_format_writes_it() {
        let written = line(|| {
            tracing::info!(
                method = "POST",
                path = "/internal/oauth/clients",
                status = 201u64,
                latency_us = 17u64,
                "request"
            )
        });
        assert_eq!(
            written,
            " INFO request method=POST path=/internal/oauth/clients status=201 latency_us=17\n"
        );
        // What tracing-subscriber's own fields wrote, from the values displayed.
        let default = line_with(
            tracing_subscriber::fmt::format::DefaultFields::new(),
            || {
                tracing::info!(
                    method = %"POST",
                    path = %"/internal/oauth/clients",
                    status = 201u64,
                    latency_us = 17u64,
                    "request"
                )
            },
        );
        assert_eq!(written, default);
    }

    #[test]
    fn strings_that_would_split_the_line_are_quoted() {
        let written = line(|| {
            tracing::warn!(
                plain = "gropius",
                spaced = "a b",
                quoted = "say \"hi\"",
                equals = "a=b",
                newline = "a\nb",
                empty = "",
                shown = %"as displayed",
                negative = -3i64,
                flag = true,
                "the message: {}",
                7
            )
        });
        assert_eq!(
            written,
            " WARN the message: 7 plain=gropius spaced=\"a b\" quoted=\"say \\\"hi\\\"\" \
             equals=\"a=b\" newline=\"a\\nb\" empty=\"\" shown=as displayed negative=-3 flag=true\n"
        );
    }
}
