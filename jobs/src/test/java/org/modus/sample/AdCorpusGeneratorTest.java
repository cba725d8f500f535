package org.modus.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.SourceConfig;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

class AdCorpusGeneratorTest {
  private static final Pattern CRYPTO = Pattern.compile("(?i)bitcoin|crypto|usdt|btc");
  private static final Pattern VIVASTREET = Pattern.compile("(?i)vivastreet");

  /** text, ISO country (null when unresolved by the shared resolver), quarter index 0..11. */
  record Parsed(String text, String country, int quarter, boolean job) {}

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
    AdCorpusGenerator.write(dir.resolve("a"), 600, 7);
    AdCorpusGenerator.write(dir.resolve("b"), 600, 7);
    AdCorpusGenerator.write(dir.resolve("c"), 600, 8);
    for (String f : List.of("ads/jobboard.csv", "ads/classifieds.jsonl")) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("a").resolve(f)),
          Files.readAllBytes(dir.resolve("b").resolve(f)));
      assertFalse(
          java.util.Arrays.equals(
              Files.readAllBytes(dir.resolve("a").resolve(f)),
              Files.readAllBytes(dir.resolve("c").resolve(f))));
    }
  }

  @Test
  void declaresTwoCorporaInDifferentFormatsAndTheFourPlantedTrends(@TempDir Path dir) {
    SampleSources s = AdCorpusGenerator.write(dir, 200, 1);
    assertEquals(List.of("csv", "jsonl"), s.sources().stream().map(SourceConfig::format).toList());
    for (SourceConfig c : s.sources()) {
      assertFalse(Path.of(c.input()).isAbsolute());
      assertTrue(Files.exists(dir.resolve(c.input())));
      assertTrue(c.map().containsKey("text"));
    }
    assertEquals(4, s.planted().size());
  }

  @Test
  void plantedSharesShowInTheGeneratedText(@TempDir Path dir) throws Exception {
    AdCorpusGenerator.write(dir, 6000, 20240917L);
    List<Parsed> ads = parse(dir);
    assertTrue(ads.size() > 5800, "rows " + ads.size());
    // (1) crypto in France: low in the first three quarters, high in the last three; flat
    // elsewhere.
    double fraEarly = share(ads, a -> "FRA".equals(a.country()) && a.quarter() < 3, CRYPTO);
    double fraLate = share(ads, a -> "FRA".equals(a.country()) && a.quarter() >= 9, CRYPTO);
    double gbrEarly = share(ads, a -> "GBR".equals(a.country()) && a.quarter() < 3, CRYPTO);
    double gbrLate = share(ads, a -> "GBR".equals(a.country()) && a.quarter() >= 9, CRYPTO);
    assertTrue(fraEarly < 0.12 && fraLate > 0.2, fraEarly + " -> " + fraLate);
    assertTrue(Math.abs(gbrLate - gbrEarly) < 0.06, gbrEarly + " -> " + gbrLate);
    // (2) Vivastreet among classified ads fades.
    double vivaEarly = share(ads, a -> !a.job() && a.quarter() < 2, VIVASTREET);
    double vivaLate = share(ads, a -> !a.job() && a.quarter() >= 10, VIVASTREET);
    assertTrue(vivaEarly > 0.1 && vivaLate < 0.05, vivaEarly + " -> " + vivaLate);
  }

  private static double share(
      List<Parsed> ads, java.util.function.Predicate<Parsed> in, Pattern cue) {
    List<Parsed> sel = ads.stream().filter(in).toList();
    return sel.stream().filter(a -> cue.matcher(a.text()).find()).count() / (double) sel.size();
  }

  private static int quarter(LocalDate d) {
    return (d.getYear() - 2022) * 4 + (d.getMonthValue() - 1) / 3;
  }

  private static String country(String location) {
    return Countries.get().resolveLocation(location).map(Country::alpha3).orElse(null);
  }

  static List<Parsed> parse(Path dir) throws Exception {
    List<Parsed> out = new ArrayList<>();
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    try (Reader r = Files.newBufferedReader(dir.resolve("ads/jobboard.csv"))) {
      for (CSVRecord rec :
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(';')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(r)) {
        if (!rec.isConsistent()) {
          continue;
        }
        try {
          out.add(
              new Parsed(
                  rec.get("description"),
                  country(rec.get("location")),
                  quarter(LocalDate.parse(rec.get("date_posted"), dmy)),
                  true));
        } catch (java.time.DateTimeException e) {
          // a deliberately broken date
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("ads/classifieds.jsonl"))) {
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (Exception e) {
        continue;
      }
      if (n.hasNonNull("body") && n.get("published").asText().matches("\\d{4}-.*")) {
        out.add(
            new Parsed(
                n.get("body").asText(),
                country(n.get("loc").asText()),
                quarter(LocalDate.parse(n.get("published").asText().substring(0, 10))),
                false));
      }
    }
    return out;
  }
}
