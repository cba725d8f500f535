package org.modus.ads;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.modus.ads.contacts.Contact;
import org.modus.ads.contacts.ContactDetector;
import org.modus.ads.contacts.Redactor;
import org.modus.ads.contacts.Redactor.Pseudonymous;
import org.modus.ads.read.RawRecord;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.ads.text.AdLanguages;
import org.modus.ads.text.AdPlace;
import org.modus.ads.text.PostedDates;
import org.modus.ads.text.TextCleaner;
import org.modus.engine.Pseudonymizer;

/**
 * Turns one raw record of a source into an accepted, redacted ad or a rejection with a reason code.
 * Pure per-record logic (no Spark); one instance per source and task.
 */
public final class AdRecordProcessor implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String DATE_MISSING = "date_missing";
  public static final String TEXT_REPAIRED = "encoding_repaired";
  public static final String SHORT_TEXT = "short_text";
  public static final String NUMBER_AS_TEXT = ValueTypeRule.NUMBER_AS_TEXT;

  private final String source;
  private final ColumnMapping mapping;
  private final AdsIngestSettings settings;
  private final Redactor redactor;
  private final ContactDetector detector;
  private final Pseudonymizer pseudonymizer;

  /**
   * Source ids kept as written in ad_id (settings contacts.plain_ad_ids); others are pseudonymized.
   */
  private final List<Pattern> plainIds;

  /** Extra column names whose values are accounts (settings contacts.identifier_columns). */
  private final java.util.Set<String> identifierColumns;

  private final String dateFormat;
  private final String defaultSite;
  private final DuplicateKey duplicateKey;
  private transient PostedDates dates;

  /**
   * Short field values redacted lately (site, city, category, a title reposted): corpora repeat
   * them across thousands of records, and their redaction does not depend on the record. One
   * instance serves one task's thread, so the map needs no lock.
   */
  private transient Map<String, Redactor.Redacted> recentShort;

  private static final int SHORT_FIELD_CHARS = 160;
  private static final int RECENT_SHORT_FIELDS = 2048;

  public AdRecordProcessor(
      String source,
      ColumnMapping mapping,
      AdsIngestSettings settings,
      Pseudonymizer pseudonymizer,
      String dateFormat,
      String defaultSite) {
    this(
        source,
        mapping,
        settings,
        pseudonymizer,
        dateFormat,
        defaultSite,
        new DuplicateKey(settings.exactDuplicateFields()));
  }

  public AdRecordProcessor(
      String source,
      ColumnMapping mapping,
      AdsIngestSettings settings,
      Pseudonymizer pseudonymizer,
      String dateFormat,
      String defaultSite,
      DuplicateKey duplicateKey) {
    this.source = source;
    this.mapping = mapping;
    this.settings = settings;
    this.detector = new ContactDetector(settings.contacts());
    this.redactor = new Redactor(detector, pseudonymizer);
    this.pseudonymizer = pseudonymizer;
    List<String> ids =
        settings.contacts().plainAdIds() == null ? List.of() : settings.contacts().plainAdIds();
    this.plainIds = ids.stream().map(Pattern::compile).toList();
    List<String> cols =
        settings.contacts().identifierColumns() == null
            ? List.of()
            : settings.contacts().identifierColumns();
    this.identifierColumns =
        cols.stream()
            .map(c -> c.strip().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.dateFormat = dateFormat;
    this.defaultSite = defaultSite;
    this.duplicateKey = duplicateKey;
  }

  private PostedDates dates() {
    if (dates == null) {
      dates =
          new PostedDates(
              dateFormat,
              settings.dateFormats(),
              LocalDate.parse(settings.earliestDate()),
              LocalDate.now().plusDays(1));
    }
    return dates;
  }

  public AdOutcome process(RawRecord r) {
    if (r.error() != null) {
      return reject(r.error(), r.detail(), r);
    }
    Map<String, String> fields = ValueTypeRule.numbersAsDecimals(r.fields(), r.types());
    ValueTypeRule.Fit fit = ValueTypeRule.fit(mapping, fields, r.types());
    Map<String, String> canonical = mapping.canonical(fields);
    // An object given as country or id is no place or id to read, even for the quarantine row.
    canonical.keySet().removeAll(fit.badFields());
    Map<String, String> attributes = mapping.attributes(fields);
    AdPlace place = AdPlace.of(canonical.get("country"), TextCleaner.clean(canonical.get("city")));
    String region = place.country() == null ? null : place.country().alpha2();
    // The source's own id, as ad_sources and ad_id keep it: known for rejected records too, so a
    // corpus's labels can be followed to the quarantine.
    String id = canonical.get("ad_id");
    String recordId = id == null || id.isBlank() ? null : sourceId(id.strip(), region);
    if (!fit.ok()) {
      return reject(AdOutcome.BAD_TYPE, fit.detail(), r, recordId);
    }
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (TextCleaner.hasInvalidBytes(e.getValue())) {
        return reject(
            AdOutcome.BAD_ENCODING,
            "bytes not valid in the declared encoding in column '"
                + e.getKey()
                + "' (try --encoding windows-1252)",
            r,
            recordId);
      }
    }
    List<String> textParts = mapping.values(ColumnMapping.TEXT, fields);
    String rawText = textParts.isEmpty() ? null : String.join(ColumnMapping.PART_BREAK, textParts);
    String text = cleanParts(textParts);
    if (text == null) {
      return reject(
          AdOutcome.MISSING_TEXT,
          "no ad text (column "
              + mapping.describeText()
              + (mapping.columnsOf(ColumnMapping.TEXT, fields.keySet()).size() > 1
                  ? ", all blank)"
                  : ")"),
          r,
          recordId);
    }
    if (text.length() > settings.maxTextChars()) {
      return reject(
          AdOutcome.OVERSIZED,
          "text of " + text.length() + " characters exceeds " + settings.maxTextChars(),
          r,
          recordId);
    }
    PostedDates.Parsed posted = dates().parse(canonical.get("posted_at"));
    if (posted.problem() != null) {
      return reject(AdOutcome.BAD_DATE, "posted_at: " + posted.problem(), r, recordId);
    }
    List<String> flags = new ArrayList<>();
    if (place.flag() != null) {
      flags.add(place.flag());
    }
    if (fit.numberAsText()) {
      flags.add(NUMBER_AS_TEXT);
    }
    if (posted.date() == null) {
      flags.add(DATE_MISSING);
    }
    if (rawText != null && !TextCleaner.repairMojibake(rawText).equals(rawText)) {
      flags.add(TEXT_REPAIRED);
    }
    String title = TextCleaner.clean(canonical.get("title"));
    List<Pseudonymous> contacts = new ArrayList<>();
    // A phone begun at the end of the title and finished in the text: each part its placeholder.
    ContactDetector.SplitContact split = detector.splitAcross(title, text, region);
    String redactedText = redact(text, region, contacts, split == null ? null : split.inText());
    String redactedTitle = redact(title, region, contacts, split == null ? null : split.inTitle());
    String city = redact(place.city(), region, contacts);
    String category = redact(TextCleaner.clean(canonical.get("category")), region, contacts);
    Map<String, String> attrs = new TreeMap<>();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      String v =
          identifierColumn(e.getKey())
              ? redactAccountValue(TextCleaner.clean(e.getValue()), region, contacts)
              : redactColumn(TextCleaner.clean(e.getValue()), region, contacts, e.getKey());
      if (v != null) {
        attrs.put(e.getKey(), v);
      }
    }
    Map<String, String> metadata = metadata(canonical, region, contacts, flags, attrs);
    String language = AdLanguages.detect(redactedText, settings.languageSampling());
    if (redactedText.codePoints().filter(Character::isLetter).count()
        < settings.minLanguageChars()) {
      flags.add(SHORT_TEXT);
    }
    String site = site(canonical.getOrDefault("site", defaultSite), region, contacts);
    String adId =
        recordId != null
            ? source + ":" + recordId
            : "h"
                + sha256(
                        source,
                        title,
                        text,
                        canonical.get("posted_at"),
                        canonical.get("country"),
                        site)
                    .substring(0, 24);
    String contentKey =
        duplicateKey.contentKey(
            redactedTitle,
            redactedText,
            site,
            category,
            place.country() == null ? null : place.country().alpha3(),
            city,
            posted.date() == null ? null : posted.date().toString());
    AdRecord ad =
        new AdRecord(
            adId,
            source,
            site,
            category,
            place.country() == null ? null : place.country().alpha3(),
            place.country() == null ? null : place.country().region(),
            place.country() == null ? null : place.country().subregion(),
            city,
            posted.date() == null ? null : posted.date().toString(),
            language,
            redactedTitle,
            redactedText,
            List.copyOf(flags),
            attrs,
            metadata,
            distinct(contacts),
            contentKey);
    return AdOutcome.accept(ad, recordId);
  }

  public static final String METADATA_UNREAD = "metadata_unread";
  private static final java.util.Set<String> YES =
      java.util.Set.of("1", "true", "yes", "y", "t", "oui", "si", "sí", "ja");
  private static final java.util.Set<String> NO =
      java.util.Set.of("0", "false", "no", "n", "f", "non", "nein");

  /**
   * The structured fields the record has: flags read as "true"/"false" (a value that is neither,
   * such as "Remote - US only", is never guessed: it stays in {@code attributes} under the field's
   * name and the ad is flagged {@code metadata_unread}); the others cleaned and redacted like any
   * field.
   */
  private Map<String, String> metadata(
      Map<String, String> canonical,
      String region,
      List<Pseudonymous> contacts,
      List<String> flags,
      Map<String, String> attrs) {
    Map<String, String> out = new TreeMap<>();
    for (String f : ColumnMapping.METADATA_FIELDS) {
      String v = TextCleaner.clean(canonical.get(f));
      if (v == null) {
        continue;
      }
      if (ColumnMapping.FLAG_FIELDS.contains(f)) {
        String k = v.toLowerCase(Locale.ROOT);
        if (YES.contains(k) || NO.contains(k)) {
          out.put(f, String.valueOf(YES.contains(k)));
        } else {
          attrs.put(f, redact(v, region, contacts));
          if (!flags.contains(METADATA_UNREAD)) {
            flags.add(METADATA_UNREAD);
          }
        }
      } else {
        out.put(f, redact(v, region, contacts));
      }
    }
    return out;
  }

  /**
   * Each text column cleaned on its own (HTML in one must not swallow the break before the next),
   * then joined.
   */
  private static String cleanParts(List<String> parts) {
    List<String> cleaned = new ArrayList<>(parts.size());
    for (String p : parts) {
      String c = TextCleaner.clean(p);
      if (c != null) {
        cleaned.add(c);
      }
    }
    return cleaned.isEmpty() ? null : String.join(ColumnMapping.PART_BREAK, cleaned);
  }

  /**
   * The record with identifiers masked and cut to the configured length, for the quarantine table.
   */
  public String mask(String raw, String region) {
    if (raw == null) {
      return null;
    }
    int max = settings.quarantineRecordChars();
    // Only the first max characters are kept, and a placeholder is never shorter than what it
    // replaces
    // by more than the identifier's length: masking a 2*max prefix is enough, and bounds the work
    // on
    // huge rejected records.
    String masked =
        redactor.redact(raw.length() > 2 * max ? raw.substring(0, 2 * max) : raw, region).text();
    return masked.length() <= max ? masked : masked.substring(0, max) + "...";
  }

  private AdOutcome reject(String reason, String detail, RawRecord r) {
    return reject(reason, detail, r, null);
  }

  private AdOutcome reject(String reason, String detail, RawRecord r, String recordId) {
    String raw = r.raw();
    if (raw == null && !r.fields().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      r.fields().forEach((k, v) -> sb.append(k).append('=').append(v).append("; "));
      raw = sb.toString();
    }
    return AdOutcome.reject(reason, mask(detail, null), mask(raw, null), recordId);
  }

  private String redact(String s, String region, List<Pseudonymous> contacts) {
    return redact(s, region, contacts, null);
  }

  private String redact(String s, String region, List<Pseudonymous> contacts, Contact extra) {
    if (s == null) {
      return null;
    }
    Redactor.Redacted r =
        extra == null && s.length() <= SHORT_FIELD_CHARS
            ? recentShort()
                .computeIfAbsent(region + '\u0000' + s, k -> redactor.redact(s, region, null))
            : redactor.redact(s, region, extra);
    contacts.addAll(r.contacts());
    return r.text();
  }

  private Map<String, Redactor.Redacted> recentShort() {
    if (recentShort == null) {
      recentShort =
          new LinkedHashMap<>(RECENT_SHORT_FIELDS * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Redactor.Redacted> eldest) {
              return size() > RECENT_SHORT_FIELDS;
            }
          };
    }
    return recentShort;
  }

  /**
   * An extra column's value: its name may be a wallet cue ("payment_info", "btc_address") for what
   * it holds.
   */
  private String redactColumn(String s, String region, List<Pseudonymous> contacts, String column) {
    if (s == null) {
      return null;
    }
    Redactor.Redacted r = redactor.redact(s, region, null, column);
    contacts.addAll(r.contacts());
    return r.text();
  }

  private static List<Pseudonymous> distinct(List<Pseudonymous> contacts) {
    Map<String, Pseudonymous> seen = new LinkedHashMap<>();
    contacts.forEach(c -> seen.putIfAbsent(c.type() + ":" + c.pseudonym(), c));
    return List.copyOf(seen.values());
  }

  /**
   * The source's id as stored in ad_id: kept when it is a plain id (digits, or a slug of letters,
   * digits, '_', '-', '.', ':') in which the detector finds no identifier; otherwise, e.g. a phone
   * number or an e-mail used as id, replaced by {@code id-} and its keyed pseudonym. Equal source
   * ids still give equal ad ids, so duplicate-id detection and joins keep working.
   */
  String sourceId(String id, String region) {
    if (plainId(id)
        && (detector.find(id, region).isEmpty() || SITE_PREFIXED.matcher(id).matches())) {
      return id;
    }
    return "id-" + pseudonymizer.pseudonym("ad_id", id);
  }

  /**
   * A site's own numbering ("mil-494120883", "ad_10422"): its digits may read as a phone of some
   * plan, but the site made them; kept unless the prefix itself says phone. A name, an underscore
   * or dot and two or three digits ("skye_76", "rosa.77") is how accounts are named, not ads.
   */
  private static final Pattern SITE_PREFIXED =
      Pattern.compile(
          "(?i)(?!(?:tel|tlf|tfn|fon|phone|mob|mobile|cel|cell|gsm|wa|whatsapp|handy|num|nr|no)[-_:.])(?![a-z]{1,5}[_.]\\d{1,3}$)[a-z]{1,5}[-_:.]\\d{1,12}(?:[-_:.]\\d{1,12}){0,3}");

  private boolean plainId(String id) {
    for (Pattern p : plainIds) {
      if (p.matcher(id).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Compiled once: column names are read for every extra column of every record. */
  private static final Pattern COLUMN_SEPARATORS = Pattern.compile("[\\s.\\-]+");

  private static final Pattern COLUMN_WORDS = Pattern.compile("[_\\s.\\-]+");

  /**
   * Whether an extra column's name says its value is an account: "wechat", "forum_user", "line_id".
   */
  boolean identifierColumn(String column) {
    if (column == null || identifierColumns.isEmpty()) {
      return false;
    }
    String c = column.strip().toLowerCase(Locale.ROOT);
    if (identifierColumns.contains(c)
        || identifierColumns.contains(COLUMN_SEPARATORS.matcher(c).replaceAll("_"))) {
      return true;
    }
    for (String w : COLUMN_WORDS.split(c)) {
      if (identifierColumns.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "2026-05-01", "12.04.2026 10:30": a date given in such a column ("account_created"), no
   * account.
   */
  private static final Pattern DATE_OR_AMOUNT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?: \\d{2}:\\d{2})?");

  private static final Pattern ACCOUNT_VALUE = Pattern.compile("[\\p{L}\\p{N}_.\\-#@+~]{2,64}");
  private static final java.util.Set<String> NOT_ACCOUNTS =
      java.util.Set.of(
          "true", "false", "none", "null", "yes", "no", "oui", "non", "si", "sí", "ja", "nein",
          "n/a", "na", "nan", "unknown");

  /**
   * The value of a column whose name is the cue ({wechat=lily8899}): what the detector finds is
   * redacted as usual; a single word it does not recognize (no platform name precedes it: the
   * column name is the platform) is a social handle.
   */
  private String redactAccountValue(String v, String region, List<Pseudonymous> contacts) {
    if (v == null) {
      return null;
    }
    String s = v.strip();
    if (ACCOUNT_VALUE.matcher(s).matches()
        && s.codePoints().anyMatch(Character::isLetterOrDigit)
        && !NOT_ACCOUNTS.contains(s.toLowerCase(Locale.ROOT))
        && !detector.commonWord(s)
        && !DATE_OR_AMOUNT.matcher(s).matches()
        && detector.find(s, region).isEmpty()) {
      String normalized = s.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
      String p = pseudonymizer.pseudonym(org.modus.ads.contacts.Contact.HANDLE, normalized);
      contacts.add(new Pseudonymous(org.modus.ads.contacts.Contact.HANDLE, p));
      return "[" + org.modus.ads.contacts.Contact.HANDLE + ":" + p + "]";
    }
    return redact(v, region, contacts);
  }

  /** A bare host: "vivastreet.fr", "jobs.example.com". */
  private static final java.util.regex.Pattern HOST =
      java.util.regex.Pattern.compile(
          "(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,24}");

  /**
   * The site of an ad names a website: a URL becomes its host ("https://www.vivastreet.fr/x" ->
   * "vivastreet.fr"; the path, which may name a person, is dropped) and a public platform's host
   * stays. A personal website, or anything else in which the detector finds an identifier (a
   * handle, phone or e-mail given as site), is redacted to its typed placeholder, and counts as a
   * contact of the ad.
   */
  String site(String raw, String region, List<Pseudonymous> contacts) {
    String s = site(raw);
    if (s == null) {
      return null;
    }
    // A host stays when it is a public platform's; a personal website given as site ("rosa-vip.fr")
    // identifies its owner like an e-mail does, and goes through the detector like any other text.
    return redact(HOST.matcher(s).matches() ? s.toLowerCase(Locale.ROOT) : s, region, contacts);
  }

  /** A site given as a URL becomes its host ("https://www.vivastreet.fr/x" -> "vivastreet.fr"). */
  static String site(String raw) {
    String s = TextCleaner.clean(raw);
    if (s == null) {
      return null;
    }
    if (s.matches("(?i)^(https?://|www\\.).*")) {
      s =
          s.replaceFirst("(?i)^https?://", "")
              .replaceFirst("(?i)^www\\.", "")
              .replaceFirst("[/?#].*$", "");
      return s.toLowerCase(Locale.ROOT);
    }
    return s;
  }

  static String sha256(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update((p == null ? "\u0001" : p).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
