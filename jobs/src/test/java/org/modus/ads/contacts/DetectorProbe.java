package org.modus.ads.contacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modus.ads.AdRecordProcessor;
import org.modus.ads.ColumnMapping;
import org.modus.ads.settings.AdsIngestSettings;
import org.modus.engine.Pseudonymizer;

/**
 * A development probe, not a test (its name matches no surefire pattern): masks each line of the
 * file named by -Dprobe (default /tmp/me-probe.txt; "FR|text" sets the region; a backslash and n
 * make a line break) as ingest masks a text, and prints it. Run with -Dtest=DetectorProbe.
 */
class DetectorProbe {
  @Test
  void probe() throws Exception {
    AdRecordProcessor p =
        new AdRecordProcessor(
            "probe",
            new ColumnMapping(java.util.Map.of("text", "text")),
            AdsIngestSettings.defaults(),
            new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes()),
            null,
            null);
    for (String line :
        Files.readAllLines(
            Path.of(System.getProperty("probe", "/tmp/me-probe.txt")), StandardCharsets.UTF_8)) {
      String region = null;
      String text = line;
      if (line.length() > 3 && line.charAt(2) == '|') {
        region = line.substring(0, 2);
        text = line.substring(3);
      }
      text = text.replace("\\n", "\n"); // a backslash and n in the file: a line break
      System.out.println("PROBE " + text + "\n   => " + p.mask(text, region));
    }
  }
}
