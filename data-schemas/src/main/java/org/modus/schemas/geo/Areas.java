package org.modus.schemas.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.modus.schemas.AccentFolding;
import org.modus.schemas.ModusResources;

/**
 * The regional and sub-regional aggregates a publisher reports beside its countries (UNODC GLOTIP's
 * {@code SAM}, {@code EEU}, ...), each with the UN M49 area it stands for, from {@code
 * data-schemas/reference/unodc-areas.csv}. A code is never also an ISO 3166-1 alpha-3 code: the
 * loader refuses such a file, so a country code can never be read as an area or the reverse.
 */
public final class Areas {
  /** The levels an aggregate row may have, coarsest last; {@code country} is not in the file. */
  public static final Set<String> LEVELS = Set.of("world", "region", "subregion");

  /**
   * One area. {@code status} is {@code observed} (the code was seen in a published file) or {@code
   * assumed} (following the observed codes' pattern); {@code region} is the M49 region an area
   * below region level belongs to, empty otherwise.
   */
  public record Area(
      String code,
      String name,
      String geoLevel,
      String m49Code,
      String m49Name,
      String m49Tier,
      String region,
      String status,
      List<String> aliases,
      String notes) {

    /**
     * True when {@code published} is this area's name or one of its aliases (case and punctuation
     * ignored).
     */
    public boolean isNamed(String published) {
      String key = AccentFolding.compactKey(published);
      return AccentFolding.compactKey(name).equals(key)
          || aliases.stream().anyMatch(a -> AccentFolding.compactKey(a).equals(key));
    }
  }

  private static final Areas INSTANCE = load("reference/unodc-areas.csv");

  private final Map<String, Area> byCode;

  private Areas(Map<String, Area> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  public static Areas get() {
    return INSTANCE;
  }

  /** Every area, in the order of the file. */
  public List<Area> all() {
    return List.copyOf(byCode.values());
  }

  /** The area with this code, case-insensitive; empty for a country code, blank or unknown code. */
  public Optional<Area> byCode(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The area this published name (or one of its aliases) names, case and punctuation ignored. */
  public Optional<Area> byName(String published) {
    if (published == null || published.isBlank()) {
      return Optional.empty();
    }
    return byCode.values().stream().filter(a -> a.isNamed(published)).findFirst();
  }

  static Areas load(String path) {
    Map<String, Area> byCode = new LinkedHashMap<>();
    try (Reader in = new InputStreamReader(ModusResources.open(path), StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String code = r.get("code").strip().toUpperCase(Locale.ROOT);
        String level = r.get("geo_level");
        if (!LEVELS.contains(level)) {
          throw new IllegalStateException(
              path
                  + " line "
                  + (r.getRecordNumber() + 1)
                  + ": geo_level '"
                  + level
                  + "' is not one of "
                  + LEVELS);
        }
        if (Countries.get().byAlpha3(code).isPresent()) {
          throw new IllegalStateException(
              path
                  + ": area code "
                  + code
                  + " is also the ISO 3166-1 code of "
                  + Countries.get().byAlpha3(code).get().nameEn());
        }
        List<String> aliases = new ArrayList<>();
        for (String a : r.get("aliases").split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.strip());
          }
        }
        Area area =
            new Area(
                code,
                r.get("name"),
                level,
                r.get("m49_code"),
                r.get("m49_name"),
                r.get("m49_tier"),
                r.get("region"),
                r.get("status"),
                List.copyOf(aliases),
                r.get("notes"));
        if (byCode.put(code, area) != null) {
          throw new IllegalStateException(path + ": area code " + code + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read modus/" + path, e);
    }
    return new Areas(byCode);
  }
}
