package org.modus.ads.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses posting dates: ISO dates and timestamps, the source's {@code date_format} option if given,
 * then the configured day-first formats (English, French and Spanish month names). A date before
 * the configured earliest date or after {@code today} is out of range.
 */
public final class PostedDates {
  /** Outcome: a date, or a reason it is not one. */
  public record Parsed(LocalDate date, String problem) {}

  private final List<DateTimeFormatter> formats = new ArrayList<>();
  private final LocalDate earliest;
  private final LocalDate latest;

  public PostedDates(
      String sourceFormat, List<String> configured, LocalDate earliest, LocalDate latest) {
    if (sourceFormat != null && !sourceFormat.isBlank()) {
      formats.add(formatter(sourceFormat, Locale.ROOT));
    }
    for (String f : configured) {
      for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")}) {
        formats.add(formatter(f, l));
      }
    }
    this.earliest = earliest;
    this.latest = latest;
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    // STRICT so that 31/02/2023 is an error, not quietly 28/02/2023; STRICT needs 'u' (proleptic
    // year).
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern.replace('y', 'u'))
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Null date and null problem for blank input (a missing date is a quality flag, not an error).
   */
  public Parsed parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new Parsed(null, null);
    }
    String s = raw.strip();
    LocalDate d = iso(s);
    for (int i = 0; d == null && i < formats.size(); i++) {
      try {
        d = LocalDate.parse(s, formats.get(i));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    if (d == null) {
      return new Parsed(null, "unparseable date");
    }
    if (d.isBefore(earliest) || d.isAfter(latest)) {
      return new Parsed(null, "date out of range (" + earliest + " .. " + latest + ")");
    }
    return new Parsed(d, null);
  }

  private static LocalDate iso(String s) {
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      if (s.length() > 10 && s.charAt(10) == 'T' || s.length() > 10 && s.charAt(10) == ' ') {
        String t = s.replace(' ', 'T');
        try {
          return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
          try {
            return ZonedDateTime.parse(t).toLocalDate();
          } catch (DateTimeParseException e2) {
            return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate();
          }
        }
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
