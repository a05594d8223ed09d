//! Regions and windows: zones, opening hours, overlaps, and times a daylight-saving change skips.

use super::*;
use chrono::FixedOffset;

impl<'a> Checker<'a> {
    /// A region's zone and its weekly windows.
    pub(super) fn region(&mut self, file: usize, region: &Region) {
        let name = region.zone.get_ref();
        let zone = match name.parse::<Tz>() {
            Ok(zone) => Some(zone),
            Err(_) if name == LOCAL_ZONE => None,
            Err(_) => {
                let candidates = std::iter::once(LOCAL_ZONE)
                    .chain(chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()));
                let hint = ids::Suggestion::aside(ids::suggest(name, candidates));
                let message = format!(
                    "unknown time zone `{name}`{hint}: expected an IANA zone such as `Europe/Paris`, or `{LOCAL_ZONE}`"
                );
                self.report(file, Some(region.zone.span()), message);
                None
            }
        };
        let id = region.id.span().start;
        let window_path = |w: usize| [Key(Region::KEY), Id(id), Key("window"), At(w)];
        // The windows worth checking further: with days, and open for some time.
        let mut sound: Vec<&Window> = Vec::new();
        for (w, window) in region.window.iter().enumerate() {
            let days_path = [&window_path(w)[..], &[Key("days")]].concat();
            if window.days.is_empty() {
                let span = self.span(file, &days_path).unwrap_or(window.open.span());
                self.report(file, Some(span), "a window needs `days`".into());
            }
            for (d, day) in window.days.iter().enumerate() {
                if window.days[..d].contains(day) {
                    let day_path = [&days_path[..], &[At(d)]].concat();
                    let span = self.span(file, &day_path).unwrap_or(window.open.span());
                    self.report(
                        file,
                        Some(span),
                        format!(
                            "`{}` is listed twice in this window's `days`, so its hours would count twice",
                            day.short_name().to_lowercase()
                        ),
                    );
                }
            }
            let open = *window.open.get_ref();
            if open == ClockTime::END_OF_DAY {
                self.report(
                    file,
                    Some(window.open.span()),
                    "a window cannot open at 24:00".into(),
                );
            } else if window.end() == open {
                self.report(
                    file,
                    Some(window.close.span()),
                    format!("window opens and closes at {open}, so it is never open"),
                );
            } else if window.end() < open {
                self.report(
                    file,
                    Some(window.close.span()),
                    format!(
                        "window closes at {} before it opens at {open}; a window cannot run past midnight: split it into one that closes at 24:00 and one that opens at 00:00",
                        window.close.get_ref()
                    ),
                );
            } else if !window.days.is_empty() {
                sound.push(window);
            }
        }
        if sound.is_empty() {
            let why = if region.window.is_empty() {
                "it needs at least one `window`"
            } else {
                "none of its windows has any open time"
            };
            self.report(
                file,
                Some(region.id.span()),
                format!("region `{}` is never open: {why}", region.id.get_ref()),
            );
        }
        self.overlaps(file, &sound);
        if let Some(zone) = zone {
            for window in &sound {
                self.daylight_saving(file, zone, window);
            }
        }
    }

    /// Windows of one region that overlap on a weekday (they would count twice).
    pub(super) fn overlaps(&mut self, file: usize, windows: &[&Window]) {
        for (j, later) in windows.iter().enumerate() {
            for earlier in &windows[..j] {
                let (open, end) = (*later.open.get_ref(), later.end());
                if !(*earlier.open.get_ref() < end && open < earlier.end()) {
                    continue;
                }
                let mut common: Vec<Weekday> = later
                    .days
                    .iter()
                    .copied()
                    .filter(|d| earlier.days.contains(d))
                    .collect();
                common.sort_unstable();
                common.dedup();
                if common.is_empty() {
                    continue;
                }
                let days = common
                    .iter()
                    .map(|d| d.short_name())
                    .collect::<Vec<_>>()
                    .join(", ");
                let first = earlier.open.span().start..earlier.close.span().end;
                let line = self.line_of(file, first.start);
                self.report(
                    file,
                    Some(later.open.span()),
                    format!(
                        "window {open}-{} overlaps the window {}-{} of line {line} on {days}; a region's windows must not overlap, or their common hours would count twice",
                        later.close.get_ref(),
                        earlier.open.get_ref(),
                        earlier.close.get_ref()
                    ),
                );
                self.relate(file, first, "the window it overlaps");
            }
        }
    }

    /// Warns of a window that opens or closes at a local time its zone skips on some day,
    /// or repeats (counted at its first occurrence). An open at 00:00 and a close at 24:00
    /// are the day's own bounds, which always exist once.
    pub(super) fn daylight_saving(&mut self, file: usize, zone: Tz, window: &Window) {
        let zone_gaps = self.gaps.entry(zone.name()).or_insert_with(|| gaps(zone));
        let mut found = Vec::new();
        let open = *window.open.get_ref();
        if open != ClockTime::MIDNIGHT {
            found.push((
                "opens",
                open,
                window.open.span(),
                gap_days(zone_gaps, &window.days, open),
            ));
        }
        let close = window.end();
        if close != ClockTime::END_OF_DAY {
            found.push((
                "closes",
                close,
                window.close.span(),
                gap_days(zone_gaps, &window.days, close),
            ));
        }
        let mut repeated = Vec::new();
        if open != ClockTime::MIDNIGHT {
            let days = fold_days(zone_gaps, &window.days, open);
            repeated.push(("opens", open, window.open.span(), days));
        }
        if close != ClockTime::END_OF_DAY {
            let days = fold_days(zone_gaps, &window.days, close);
            repeated.push(("closes", close, window.close.span(), days));
        }
        let likewise = |message: &mut String, count: usize, last: NaiveDate| match count {
            0 | 1 => {}
            2 => *message += &format!(", and likewise on {last}"),
            n => *message += &format!(", and likewise on {} more days up to {last}", n - 1),
        };
        for (what, time, span, days) in found {
            let (Some(&(day, resolved)), Some(&(last, _))) = (days.first(), days.last()) else {
                continue;
            };
            let at = format!("{:02}:{:02}", resolved.hour(), resolved.minute());
            let when = if resolved.date() == day {
                format!("{at} that day")
            } else {
                format!("{at} on {}", resolved.date())
            };
            let mut message = format!(
                "window {what} at {time}, which does not exist in {} on {day} (the clocks go forward); it {what} at {when}",
                zone.name()
            );
            likewise(&mut message, days.len(), last);
            self.warn(file, Some(span), message);
        }
        // A time that occurs twice (the clocks go back) is counted at its first occurrence,
        // as RFC 5545 reads a repeated local time: said, as a gap is.
        for (what, time, span, days) in repeated {
            let (Some(&(day, offset)), Some(&(last, _))) = (days.first(), days.last()) else {
                continue;
            };
            let mut message = format!(
                "window {what} at {time}, which occurs twice in {} on {day} (the clocks go back); it {what} at the first {time}, {offset} (RFC 5545's reading of a repeated local time)",
                zone.name()
            );
            likewise(&mut message, days.len(), last);
            self.warn(file, Some(span), message);
        }
    }
}

/// Local times a zone skips when its clocks go forward, or repeats when they go back:
/// `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Gap {
    start: NaiveDateTime,
    end: NaiveDateTime,
    /// Repeated (a fold), not skipped; the offset of the first occurrence, in seconds.
    repeated: Option<i32>,
}

/// The daylight-saving gaps and folds of `zone` in [`DST_YEARS`] (and a day either side).
pub(super) fn gaps(zone: Tz) -> Vec<Gap> {
    const DAY: i64 = 24 * 60 * 60;
    let utc = |seconds: i64| {
        DateTime::from_timestamp(seconds, 0)
            .unwrap_or_default()
            .naive_utc()
    };
    let offset = |seconds: i64| -> i64 {
        zone.offset_from_utc_datetime(&utc(seconds))
            .fix()
            .local_minus_utc()
            .into()
    };
    let seconds = |year: i32, month: u32, day: u32| {
        NaiveDate::from_ymd_opt(year, month, day)
            .unwrap_or_default()
            .and_time(NaiveTime::MIN)
            .and_utc()
            .timestamp()
    };
    let last = seconds(DST_YEARS.end() + 1, 1, 2);
    let mut t = seconds(DST_YEARS.start() - 1, 12, 30);
    let mut before = offset(t);
    let mut gaps = Vec::new();
    while t < last {
        let next = t + DAY;
        let after = offset(next);
        if after != before {
            // The first second with the new offset.
            let (mut old, mut new) = (t, next);
            while new - old > 1 {
                let mid = old + (new - old) / 2;
                if offset(mid) == before {
                    old = mid;
                } else {
                    new = mid;
                }
            }
            if after > before {
                gaps.push(Gap {
                    start: utc(new + before),
                    end: utc(new + after),
                    repeated: None,
                });
            } else {
                gaps.push(Gap {
                    start: utc(new + after),
                    end: utc(new + before),
                    repeated: i32::try_from(before).ok(),
                });
            }
        }
        t = next;
        before = after;
    }
    gaps
}

/// The days of [`DST_YEARS`] that are among `days` and on which `time` falls in one of
/// `gaps`, each with the local time it resolves to: the first minute after the gap, as
/// the calendar reads a time that does not exist.
pub(super) fn gap_days(
    gaps: &[Gap],
    days: &[Weekday],
    time: ClockTime,
) -> Vec<(NaiveDate, NaiveDateTime)> {
    let minutes = u32::from(time.minutes());
    let Some(clock) = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for gap in gaps.iter().filter(|g| g.repeated.is_none()) {
        let resolved = match gap.end.second() {
            0 => gap.end,
            s => gap.end + chrono::TimeDelta::seconds(i64::from(60 - s)),
        };
        for day in gap
            .start
            .date()
            .iter_days()
            .take_while(|d| *d <= gap.end.date())
        {
            let local = day.and_time(clock);
            if gap.start <= local
                && local < gap.end
                && DST_YEARS.contains(&day.year())
                && days.contains(&Weekday::from_chrono(day.weekday()))
            {
                found.push((day, resolved));
            }
        }
    }
    found
}

/// The days of [`DST_YEARS`] that are among `days` and on which `time` occurs twice (the
/// clocks go back), each with the offset of its first occurrence, which the calendar
/// counts.
pub(super) fn fold_days(
    folds: &[Gap],
    days: &[Weekday],
    time: ClockTime,
) -> Vec<(NaiveDate, FixedOffset)> {
    let minutes = u32::from(time.minutes());
    let Some(clock) = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for fold in folds {
        let Some(offset) = fold.repeated.and_then(FixedOffset::east_opt) else {
            continue;
        };
        for day in fold
            .start
            .date()
            .iter_days()
            .take_while(|d| *d <= fold.end.date())
        {
            let local = day.and_time(clock);
            if fold.start <= local
                && local < fold.end
                && DST_YEARS.contains(&day.year())
                && days.contains(&Weekday::from_chrono(day.weekday()))
            {
                found.push((day, offset));
            }
        }
    }
    found
}
