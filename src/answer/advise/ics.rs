//! `advise --ics`: the response's due instant as an iCalendar event (RFC 5545) with a
//! reminder, for Outlook, Thunderbird or Google Calendar to import; written with the
//! `icalendar` crate that also reads holiday files.

use chrono::{DateTime, TimeDelta, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property, Trigger};

use super::Advice;

/// How long before the due instant the reminder goes off: a quarter of the time from
/// submission to due, at least 5 minutes and at most an hour (an hour's target reminds
/// at 15 minutes, a day's at an hour).
pub fn reminder_before(submitted: DateTime<Utc>, due: DateTime<Utc>) -> TimeDelta {
    // Whole minutes, as the reminder's text says it.
    let quarter = TimeDelta::minutes(((due - submitted) / 4).num_minutes());
    quarter.clamp(TimeDelta::minutes(5), TimeDelta::hours(1))
}

/// The calendar text (CRLF line ends, folded by the crate): one `VEVENT` at the due instant
/// (`DTSTART` in UTC and no `DTEND`: an instant, which RFC 5545 §3.6.1 lets end where it
/// starts), `SUMMARY` naming product, plan and severity,
/// `DESCRIPTION` with where to file and the target, a display `VALARM` before it. `DTSTAMP`
/// is `now` and `UID` is derived from the question, so the same question gives the same
/// event (a second import updates rather than duplicates it).
///
/// Errors: when there is no due instant (no target, best effort, a preview feature).
pub fn event(advice: &Advice, now: DateTime<Utc>) -> Result<String, crate::answer::Error> {
    let Some(due) = advice.response.due() else {
        crate::answer::error::fail!(
            NotAnswered,
            "--ics needs a due instant, and this advice has none: {}",
            advice.response.no_due_reason().unwrap_or_default()
        );
    };
    let plan = advice.plan.as_deref().unwrap_or("no plan");
    // Power BI's due instant is counted on another document's calendar: never shown as the
    // Power BI document's own promise (decided reading 14).
    let label = if advice.response.cross_reference() {
        "Initial response due (cross-reference)"
    } else {
        "Initial response due"
    };
    let summary = format!(
        "{label}: {} / {plan} / severity {}",
        advice.product_name, advice.severity
    );
    let channel = advice
        .route
        .routes
        .first()
        .map_or(String::new(), |r| r.channel.clone());
    // Only what stays true once saved: not whether a desk is open at this moment.
    let mut description = format!(
        "Submitted {}; initial response due {}.\nFile at: {channel}\nFrom support-advisor advise (the vendor documents' targets).",
        crate::render::text::utc(advice.at),
        crate::render::text::utc(due)
    );
    if let Some(cross) = advice
        .response
        .clock()
        .and_then(|c| c.cross_reference.as_ref())
    {
        description.push('\n');
        description.push_str(cross);
    }
    let uid = format!(
        "{}-{}-{}-{}@support-advisor",
        advice.product,
        plan,
        advice.severity.to_lowercase(),
        advice.at.format("%Y%m%dT%H%M%SZ")
    );
    let before = reminder_before(advice.at, due);
    let event = Event::new()
        .uid(&uid)
        .timestamp(now)
        .summary(&summary)
        .description(&description)
        .starts(due)
        .alarm(
            Alarm::display(
                &format!(
                    "{summary} in {}",
                    crate::render::text::duration(before.num_minutes())
                ),
                Trigger::before_start(before),
            )
            .uid(&format!("alarm-{uid}"))
            .timestamp(now)
            .done(),
        )
        .done();
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//support-advisor//advise//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .push(event);
    Ok(calendar.to_string())
}
