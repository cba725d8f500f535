package org.modus.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.modus.engine.SourceConfig;
import org.modus.sample.SampleCountries.SampleCountry;

/**
 * Writes synthetic national aggregates (issue 5): a GLOTIP-layout CSV export (title rows above the
 * header, {@code <5} for small values, a few bad rows), a Eurostat-style long CSV for the European
 * countries (flags such as {@code 12 p}, {@code :} and {@code : c}, one EU aggregate row), and a
 * population reference table. Figures are invented, not UNODC's or Eurostat's.
 */
public final class AggregateSampleGenerator {
  static final String FOLDER = "aggregates";
  static final String GLOTIP_FILE = FOLDER + "/glotip-sample.csv";
  static final String EUROSTAT_FILE = FOLDER + "/eurostat-sample.csv";
  public static final String POPULATION_FILE = FOLDER + "/population.csv";
  static final List<String> FORMS =
      List.of("Sexual exploitation", "Forced labour", "Forced criminal activity", "Other purposes");

  private AggregateSampleGenerator() {}

  public static SampleSources write(Path dir, int ads, long seed) {
    try {
      Files.createDirectories(dir.resolve(FOLDER));
      Random rnd = new Random(seed);
      Files.writeString(dir.resolve(GLOTIP_FILE), glotip(rnd), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(EUROSTAT_FILE), eurostat(rnd), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(POPULATION_FILE), population(), StandardCharsets.UTF_8);
      return new SampleSources(
          List.of(
              new SourceConfig(
                  "glotip-sample", GLOTIP_FILE, "glotip", null, null, null, null, null),
              new SourceConfig(
                  "eurostat-sample", EUROSTAT_FILE, "eurostat", null, null, null, null, null)),
          List.of(),
          POPULATION_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String glotip(Random rnd) {
    StringBuilder sb = new StringBuilder();
    String blanks = ",".repeat(12);
    sb.append(
            "\"Global Report on Trafficking in Persons: country data (synthetic sample, not UNODC figures)\"")
        .append(blanks)
        .append('\n');
    sb.append("\"Values below 5 are shown as <5\"").append(blanks).append('\n');
    sb.append(blanks).append('\n');
    sb.append(
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n");
    for (SampleCountry c : SampleCountries.ALL) {
      for (int year : SampleCountries.YEARS) {
        int scale = (int) Math.round(c.weight() * 2500);
        int[] forms = {
          (int) Math.round(scale * (0.45 + rnd.nextDouble() * 0.1)),
          (int) Math.round(scale * (0.30 + rnd.nextDouble() * 0.1)),
          (int) Math.round(scale * 0.04 * rnd.nextDouble()),
          (int) Math.round(scale * 0.05 * rnd.nextDouble())
        };
        int total = 0;
        for (int f : forms) {
          total += f;
        }
        String prefix =
            String.format(
                Locale.ROOT,
                "%s,\"%s\",%s,%s,",
                c.alpha3(),
                c.name(),
                c.alpha3().equals("USA")
                        || c.alpha3().equals("CAN")
                        || c.alpha3().equals("MEX")
                        || c.alpha3().equals("COL")
                    ? "Americas"
                    : "Europe",
                "");
        line(sb, prefix, "Detected trafficking victims", "Total", "Total", year, txt(total));
        for (int i = 0; i < FORMS.size(); i++) {
          line(
              sb,
              prefix,
              "Detected trafficking victims",
              "by form of exploitation",
              FORMS.get(i),
              year,
              txt(forms[i]));
        }
        line(sb, prefix, "Persons convicted", "Total", "Total", year, txt(Math.max(1, total / 12)));
      }
    }
    sb.append(
        "XKS,\"Nowhere\",Europe,,Detected trafficking victims,Total,Total,Total,Total,2023,Counts,12,Synthetic\n");
    sb.append(
        "FRA,\"France\",Europe,,Detected trafficking victims,Total,Total,Total,Total,2023,Counts,-12,Synthetic\n");
    return sb.toString();
  }

  /** GLOTIP's publication rule, reproduced: counts 1 to 4 are published as "<5". */
  private static String txt(int v) {
    return v > 0 && v < 5 ? "<5" : String.valueOf(v);
  }

  private static void line(
      StringBuilder sb,
      String prefix,
      String indicator,
      String dimension,
      String category,
      int year,
      String value) {
    sb.append(prefix)
        .append(indicator)
        .append(',')
        .append(dimension)
        .append(',')
        .append(category)
        .append(",Total,Total,")
        .append(year)
        .append(",Counts,")
        .append(value)
        .append(",Synthetic\n");
  }

  static String eurostat(Random rnd) {
    StringBuilder sb = new StringBuilder("geo,time,unit,sex,age,indicator,exploit,value\n");
    for (SampleCountry c : SampleCountries.ALL) {
      if (!List.of("FRA", "ESP", "BEL").contains(c.alpha3())) {
        continue;
      }
      for (int year : SampleCountries.YEARS) {
        int scale = (int) Math.round(c.weight() * 2300);
        int sex = (int) Math.round(scale * 0.5);
        int lab = (int) Math.round(scale * 0.35);
        int oth = (int) Math.round(scale * 0.05 * rnd.nextDouble());
        String flag = year == 2024 ? " p" : "";
        sb.append(row(c.alpha2(), year, "TOTAL", (sex + lab + oth) + flag));
        sb.append(row(c.alpha2(), year, "SEX_EXP", sex + flag));
        sb.append(row(c.alpha2(), year, "LAB_EXP", lab + flag));
        // Belgium withholds its smallest cell; one year's "other" is not available at all.
        sb.append(
            row(
                c.alpha2(),
                year,
                "OTH",
                c.alpha3().equals("BEL") ? ": c" : year == 2022 ? ":" : oth + flag));
      }
    }
    sb.append(row("EU27_2020", 2023, "TOTAL", "7100"));
    return sb.toString();
  }

  private static String row(String geo, int year, String exploit, String value) {
    return String.join(",", geo, String.valueOf(year), "NR", "T", "TOTAL", "VICT", exploit, value)
        + "\n";
  }

  static String population() {
    StringBuilder sb = new StringBuilder("country,year,population\n");
    for (SampleCountry c : SampleCountries.ALL) {
      for (int year : SampleCountries.YEARS) {
        sb.append(c.alpha3())
            .append(',')
            .append(year)
            .append(',')
            .append(c.population())
            .append('\n');
      }
    }
    return sb.toString();
  }
}
