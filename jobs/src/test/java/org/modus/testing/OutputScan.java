package org.modus.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Every value a user could read from a run directory: each Parquet value decoded (DuckDB, a second
 * reader), PDFs as their text, every other file as text, file names too. A privacy scan searches
 * these.
 */
public final class OutputScan {
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s.()\\-/]*\\d)+");

  /**
   * A number as a program prints it (a share, a score: "0.1101578162464486", "1.2E-4"): its digits
   * are arithmetic, not typed, and any eight of them match some identifier's by chance. Twelve or
   * more digits after a point: longer than any national phone number, so "+1.5555551234" still
   * counts.
   */
  private static final Pattern COMPUTED_NUMBER =
      Pattern.compile("(?<![\\d.+])\\d+\\.\\d{12,}(?:[eE][-+]?\\d+)?(?![\\d.])");

  /**
   * A keyed pseudonym (hex of {@link org.modus.engine.Pseudonymizer#LENGTH} characters, at least
   * one a letter): a hash, so any short run of its digits matches some planted fragment by chance
   * ("6345" in "cb2dead515463452cfb3"), which made the scan flaky with the run's random key. A
   * longer hex run (an Ethereum address) or an all-digit one (an account number) is not masked and
   * is still searched.
   */
  private static final Pattern PSEUDONYM =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])[0-9a-f]{"
              + org.modus.engine.Pseudonymizer.LENGTH
              + "}(?![0-9A-Za-z])");

  /** Same length as a pseudonym, so snippets cut from the original value stay aligned. */
  private static final String PSEUDONYM_MASK =
      "," + " ".repeat(org.modus.engine.Pseudonymizer.LENGTH - 1);

  /**
   * A number standing alone: not part of a longer run of digits or letters, not joined by a point.
   */
  private static final Pattern WHOLE_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z.])\\d+(?![0-9A-Za-z]|\\.\\d)");

  /**
   * Below this many digits a telltale is a fragment of a split phone ("... termina en 87445"):
   * searched as a run of digits with separators, four or five digits turn up by chance in any
   * chart's coordinates ("517.92") or another set's ad id ("canary_v3:77472"), so a fragment counts
   * only as a number of its own, which is how a fragment leaks.
   */
  private static final int FRAGMENT_DIGITS = 7;

  /** Joins the values in one text each for one search: no telltale holds it. */
  private static final char SEPARATOR = '\u0001';

  private final List<String> values;
  private final List<String> lower;

  /**
   * The searched forms of all values joined, with where each value starts: a run's output holds
   * some hundred thousand values and a canary some thousand telltales, so each telltale is one
   * String.indexOf over one text rather than a loop over the values.
   */
  private final String joinedLower;

  private final int[] lowerStarts;
  private final String joinedRuns;
  private final int[] runStarts;
  private final int[] runOwners;
  private final Map<String, List<Integer>> wholeNumberOwners = new HashMap<>();

  private OutputScan(List<String> values) {
    this.values = values;
    List<String> searched =
        values.stream().map(v -> PSEUDONYM.matcher(v).replaceAll(PSEUDONYM_MASK)).toList();
    this.lower = searched.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    StringBuilder joined = new StringBuilder();
    this.lowerStarts = new int[lower.size()];
    for (int i = 0; i < lower.size(); i++) {
      lowerStarts[i] = joined.length();
      joined.append(lower.get(i)).append(SEPARATOR);
    }
    this.joinedLower = joined.toString();
    StringBuilder runs = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < searched.size(); i++) {
      String digits = asciiDigits(searched.get(i));
      for (String run : digitRuns(digits)) {
        starts.add(runs.length());
        owners.add(i);
        runs.append(run).append(SEPARATOR);
      }
      for (String n : wholeNumbers(digits)) {
        wholeNumberOwners.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
      }
    }
    this.joinedRuns = runs.toString();
    this.runStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    this.runOwners = owners.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The values (by index, in order, once each) whose searched form holds {@code needle}. */
  private static java.util.SortedSet<Integer> owners(
      String joined, int[] starts, int[] owners, String needle) {
    java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
    for (int at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1)) {
      int k = java.util.Arrays.binarySearch(starts, at);
      int slot = k >= 0 ? k : -k - 2;
      out.add(owners == null ? slot : owners[slot]);
    }
    return out;
  }

  /** Reads every file under {@code dir}, plus any extra text (what a command printed). */
  public static OutputScan of(Path dir, String... extra) throws Exception {
    List<String> values = new ArrayList<>(List.of(extra));
    try (Stream<Path> files = Files.walk(dir);
        Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        values.add(f.toString());
        if (name.endsWith(".parquet")) {
          values.addAll(parquetValues(db, f));
        } else if (name.endsWith(".pdf")) {
          try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            values.add(new PDFTextStripper().getText(doc));
          }
        } else if (!name.endsWith(".crc")) {
          values.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      }
    }
    return new OutputScan(values);
  }

  /**
   * Scans the given values only (what went in, to check that the scan can see every planted form).
   */
  public static OutputScan ofValues(List<String> values) {
    return new OutputScan(List.copyOf(values));
  }

  public int size() {
    return values.size();
  }

  /**
   * Where a telltale occurs: case-insensitively as written, or, for a telltale of digits only, as
   * the digits of a run of digits and separators ("06 12 34" holds "061234").
   */
  public List<String> occurrences(String telltale) {
    List<String> out = new ArrayList<>();
    boolean digits = !telltale.isEmpty() && telltale.chars().allMatch(Character::isDigit);
    String t = telltale.toLowerCase(Locale.ROOT);
    String n = asciiDigits(telltale);
    java.util.Collection<Integer> hits =
        telltale.isEmpty()
            ? List.of()
            : !digits
                ? owners(joinedLower, lowerStarts, null, t)
                : telltale.length() < FRAGMENT_DIGITS
                    ? new java.util.TreeSet<>(wholeNumberOwners.getOrDefault(n, List.of()))
                    : owners(joinedRuns, runStarts, runOwners, n);
    for (int i : hits) {
      String v = values.get(i);
      int at = digits ? 0 : lower.get(i).indexOf(t);
      out.add(
          v.substring(Math.max(0, at - 60), Math.min(v.length(), at + t.length() + 60))
              .replace('\n', ' '));
    }
    return out;
  }

  private static List<String> parquetValues(Connection db, Path file) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        for (int c = 1; c <= md.getColumnCount(); c++) {
          Object v = rs.getObject(c);
          if (v != null) {
            out.add(v.toString());
          }
        }
      }
    }
    return out;
  }

  static Set<String> wholeNumbers(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WHOLE_NUMBER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Set<String> digitRuns(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = DIGIT_RUN.matcher(COMPUTED_NUMBER.matcher(s).replaceAll(" , "));
    while (m.find()) {
      out.add(m.group().replaceAll("\\D", ""));
    }
    return out;
  }

  /**
   * An identifier must not appear as written (any case) nor as its digits when it holds seven or
   * more (a phone written "06 12 34 56 78" in the input must not come out as "0612345678" either).
   */
  public static List<String> telltales(String value) {
    List<String> out = new ArrayList<>(List.of(value.strip()));
    String digits = asciiDigits(value).replaceAll("\\D", "");
    if (digits.length() >= 7 && !digits.equals(value.strip())) {
      out.add(digits);
    }
    return out;
  }

  /**
   * Every decimal digit as its ASCII digit, one char for one char so that offsets stay aligned: a
   * phone planted in Arabic-Indic or full-width digits ("٠٦١٢…", "０６１２…") leaks just as much when
   * it comes out in ASCII digits, and Java's \\d matches ASCII digits only.
   */
  static String asciiDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c > 127 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
    }
    return out.toString();
  }
}
