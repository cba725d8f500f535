package org.modus.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modus.schemas.Located;
import org.modus.schemas.Settings;
import org.modus.schemas.SettingsException;

/**
 * A run's configuration ({@code ./modus run --config FILE}, YAML). The format is documented in
 * {@code docs/config.md}; an example lives in {@code examples/run-config.yaml}. Relative paths are
 * resolved against the config file's folder. Unknown keys are errors, so a typo never silently
 * falls back to a default. {@code settings:} overrides the stages' settings files ({@code settings:
 * {trends: {fdr: 0.1}}}, one block per file of {@code data-schemas/config}); {@link Settings}
 * checks it, with the line of each key.
 */
public record RunConfig(
    String output,
    String keyFile,
    Integer disclosureThreshold,
    String period,
    Double maxQuarantineShare,
    String reportLang,
    List<SourceConfig> ads,
    List<SourceConfig> cases,
    List<SourceConfig> aggregates,
    List<SourceConfig> surveys,
    String population,
    Map<String, String> extract,
    Located settings,
    Map<String, String> spark) {

  public static final int DEFAULT_DISCLOSURE_THRESHOLD = 11;
  public static final String DEFAULT_PERIOD = "quarter";

  /**
   * {@code extract: {classifier: ...}}: the stacked classifier's model file, or one of the two
   * words below (org.modus.extract.StackedClassifier reads it).
   */
  public static final String EXTRACT_CLASSIFIER = "classifier";

  public static final String BUNDLED_CLASSIFIER = "bundled";
  public static final String NO_CLASSIFIER = "none";
  public static final double DEFAULT_MAX_QUARANTINE_SHARE = 0.25;

  public RunConfig {
    disclosureThreshold =
        disclosureThreshold == null ? DEFAULT_DISCLOSURE_THRESHOLD : disclosureThreshold;
    period = period == null ? DEFAULT_PERIOD : period;
    maxQuarantineShare =
        maxQuarantineShare == null ? DEFAULT_MAX_QUARANTINE_SHARE : maxQuarantineShare;
    reportLang = reportLang == null ? "en" : reportLang;
    ads = ads == null ? List.of() : List.copyOf(ads);
    cases = cases == null ? List.of() : List.copyOf(cases);
    aggregates = aggregates == null ? List.of() : List.copyOf(aggregates);
    surveys = surveys == null ? List.of() : List.copyOf(surveys);
    extract = extract == null ? Map.of() : Map.copyOf(extract);
    settings = settings == null ? Located.unlocated("the run config", null) : settings;
    spark = spark == null ? Map.of() : Map.copyOf(spark);
    if (disclosureThreshold < 1) {
      throw new ModusException(
          "disclosure_threshold must be at least 1, got " + disclosureThreshold);
    }
    if (!List.of("month", "quarter", "year").contains(period)) {
      throw new ModusException("period must be month, quarter or year, got '" + period + "'");
    }
    if (!List.of("en", "fr").contains(reportLang)) {
      throw new ModusException("report_lang must be en or fr, got '" + reportLang + "'");
    }
  }

  /** A config with only defaults: what single-stage commands use when no --config is given. */
  public static RunConfig defaults() {
    return new RunConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The config a run recorded in its manifest (paths already resolved), so a stage run alone on
   * that directory keeps the run's threshold, period and sources; empty when the run has none yet.
   */
  public static java.util.Optional<RunConfig> recordedIn(Manifest manifest) {
    com.fasterxml.jackson.databind.JsonNode cfg = manifest.get("config");
    if (cfg.isMissingNode() || !cfg.isObject()) {
      return java.util.Optional.empty();
    }
    if (cfg.path("trends").isObject() && !cfg.has("settings")) {
      // Recorded before the trends: block moved under settings: (docs/config.md).
      com.fasterxml.jackson.databind.node.ObjectNode moved =
          ((com.fasterxml.jackson.databind.node.ObjectNode) cfg).deepCopy();
      moved.putObject("settings").set("trends", moved.remove("trends"));
      cfg = moved;
    }
    try {
      return java.util.Optional.of(
          new ObjectMapper()
              .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .treeToValue(cfg, RunConfig.class));
    } catch (IOException e) {
      throw new ModusException(
          "The config recorded in the manifest cannot be read ("
              + e.getMessage()
              + "); pass --config FILE");
    }
  }

  /**
   * The config as the manifest records it: snake_case keys, without where the key file lives. Map
   * entries (a source's column mapping) are sorted by key: the YAML reader's maps iterate in an
   * order that changes from one JVM to the next, and the manifest is copied into the notebooks,
   * which two runs of the same inputs must write byte for byte alike.
   */
  public com.fasterxml.jackson.databind.node.ObjectNode toManifestJson() {
    com.fasterxml.jackson.databind.node.ObjectNode cfg =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .valueToTree(this);
    cfg.remove("key_file");
    return cfg;
  }

  static ObjectMapper yaml() {
    return new ObjectMapper(new YAMLFactory())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public static RunConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModusException("Config file not found: " + file);
    }
    RunConfig raw;
    try {
      raw = yaml().readValue(file.toFile(), RunConfig.class);
    } catch (UnrecognizedPropertyException e) {
      if ("trends".equals(e.getPropertyName())) {
        throw new ModusException(
            "Config "
                + file
                + ": the trends: block"
                + lineOf(file, "trends")
                + " moved under settings: (settings: {trends: {fdr: 0.1}}); see docs/config.md");
      }
      throw new ModusException(
          "Config "
              + file
              + ": unknown key '"
              + e.getPropertyName()
              + "'"
              + lineOf(file, e.getPropertyName())
              + "; known keys: "
              + e.getKnownPropertyIds());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ModusException(
          "Config "
              + file
              + " is not valid: "
              + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (IOException e) {
      throw new ModusException("Cannot read config " + file + ": " + e.getMessage());
    }
    if (raw == null) {
      throw new ModusException("Config " + file + " is empty");
    }
    return raw.withSettings(locatedSettings(file))
        .resolvedAgainst(file.toAbsolutePath().getParent());
  }

  /** The config's {@code settings:} block with the line of each key, its names checked. */
  private static Located locatedSettings(Path file) {
    try (com.fasterxml.jackson.core.JsonParser p =
        yaml().getFactory().createParser(file.toFile())) {
      Located settings = Located.read("Config " + file, p).sub("settings");
      Settings.checkNames(settings);
      return settings;
    } catch (SettingsException e) {
      throw new ModusException(e.getMessage());
    } catch (IOException e) {
      throw new ModusException("Cannot read config " + file + ": " + e.getMessage());
    }
  }

  /** The same config with another {@code settings:} block. */
  public RunConfig withSettings(Located s) {
    return new RunConfig(
        output,
        keyFile,
        disclosureThreshold,
        period,
        maxQuarantineShare,
        reportLang,
        ads,
        cases,
        aggregates,
        surveys,
        population,
        extract,
        s,
        spark);
  }

  /** The same config with another {@code extract:} block. */
  public RunConfig withExtract(Map<String, String> e) {
    return new RunConfig(
        output,
        keyFile,
        disclosureThreshold,
        period,
        maxQuarantineShare,
        reportLang,
        ads,
        cases,
        aggregates,
        surveys,
        population,
        e,
        settings,
        spark);
  }

  /** Jackson reports record errors at the end of the object, so find the key's line ourselves. */
  private static String lineOf(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith(key + ":")) {
          return " at line " + (i + 1);
        }
      }
    } catch (IOException e) {
      // the message just lacks a line number
    }
    return "";
  }

  /** Resolves relative local paths against {@code base}; URIs with a scheme are left alone. */
  RunConfig resolvedAgainst(Path base) {
    return new RunConfig(
        resolve(base, output),
        resolve(base, keyFile),
        disclosureThreshold,
        period,
        maxQuarantineShare,
        reportLang,
        resolveAll(base, ads),
        resolveAll(base, cases),
        resolveAll(base, aggregates),
        resolveAll(base, surveys),
        resolve(base, population),
        resolveClassifier(base, extract),
        settings,
        spark);
  }

  /**
   * Whether an {@code extract.classifier} value names a model file: neither absent nor one of the
   * words {@code none} and {@code bundled}.
   */
  public static boolean namesModelFile(String choice) {
    return choice != null
        && !choice.isBlank()
        && !choice.strip().equalsIgnoreCase(BUNDLED_CLASSIFIER)
        && !choice.strip().equalsIgnoreCase(NO_CLASSIFIER);
  }

  /** A classifier named by its file is found next to the config, as inputs are. */
  private static Map<String, String> resolveClassifier(Path base, Map<String, String> extract) {
    String model = extract.get(EXTRACT_CLASSIFIER);
    if (!namesModelFile(model)) {
      return extract;
    }
    Map<String, String> out = new java.util.LinkedHashMap<>(extract);
    out.put(EXTRACT_CLASSIFIER, resolve(base, model.strip()));
    return out;
  }

  private static List<SourceConfig> resolveAll(Path base, List<SourceConfig> sources) {
    List<SourceConfig> out = new ArrayList<>();
    for (SourceConfig s : sources) {
      if (s.input() == null) {
        throw new ModusException("Config: source '" + s.name() + "' has no input");
      }
      out.add(
          new SourceConfig(
              s.name(),
              resolve(base, s.input()),
              s.format(),
              s.delimiter(),
              s.encoding(),
              s.map(),
              resolve(base, s.questionnaire()),
              s.options()));
    }
    return out;
  }

  static String resolve(Path base, String path) {
    if (path == null || base == null) {
      return path;
    }
    if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return URI.create(path).toString();
    }
    return base.resolve(path).normalize().toString();
  }
}
