package org.modus.ads.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modus.engine.ModusException;

/**
 * A file that is not what its name and encoding say fails at once, with the fix in one printable
 * line.
 */
class InputSniffingTest {
  private static final Configuration CONF = new Configuration();
  private static final AdInputs.TextFormat CSV_UTF8 =
      new AdInputs.TextFormat("csv", null, "UTF-8", 100_000);

  private static String failure(Path file, AdInputs.TextFormat fmt) {
    return assertThrows(
            ModusException.class,
            () -> {
              AdInputs.sniff(file.toString(), fmt, CONF);
              AdInputs.csvHeader(file.toString(), fmt, CONF);
            })
        .getMessage();
  }

  private static void assertPrintable(String message) {
    assertTrue(message.chars().noneMatch(c -> c < 0x20 || c == 0xFFFD), "printable: " + message);
    assertFalse(message.contains("\n"), "one line: " + message);
  }

  @Test
  void aUtf16FileReadAsUtf8IsNamedWithTheEncodingToGive(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ads.csv");
    Files.write(f, "id,text\n1,Cleaners wanted\n".getBytes(StandardCharsets.UTF_16LE));
    String m = failure(f, CSV_UTF8);
    assertTrue(m.contains("UTF-16") && m.contains("--encoding UTF-16"), m);
    assertPrintable(m);
    Path withBom = dir.resolve("bom.csv");
    Files.write(withBom, "id,text\n1,x\n".getBytes(StandardCharsets.UTF_16));
    assertTrue(failure(withBom, CSV_UTF8).contains("byte-order mark"));
    AdInputs.TextFormat utf16 = new AdInputs.TextFormat("csv", null, "UTF-16", 100_000);
    AdInputs.sniff(withBom.toString(), utf16, CONF);
    assertEquals(List.of("id", "text"), AdInputs.csvHeader(withBom.toString(), utf16, CONF));
  }

  @Test
  void aGzipFileNamedCsvIsRefusedAndOneNamedGzIsReadDirectly(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("id,text\n1,Cleaners wanted\n".getBytes(StandardCharsets.UTF_8));
    }
    Path named = dir.resolve("ads.csv");
    Files.write(named, bytes.toByteArray());
    String m = failure(named, CSV_UTF8);
    assertTrue(m.contains("is a gzip file") && m.contains(".csv.gz"), m);
    assertPrintable(m);
    Path gz = dir.resolve("ads.csv.gz");
    Files.write(gz, bytes.toByteArray());
    AdInputs.sniff(gz.toString(), CSV_UTF8, CONF);
    assertEquals(List.of("id", "text"), AdInputs.csvHeader(gz.toString(), CSV_UTF8, CONF));
  }

  @Test
  void aWorkbookGivenAsCsvIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ads.csv");
    Files.write(f, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
    assertTrue(failure(f, CSV_UTF8).contains("ZIP archive"));
  }

  @Test
  void twoColumnsOfOneNameAreAFileLevelErrorNamingBoth(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ads.csv");
    Files.writeString(f, "id,body,title,body\n1,a,b,c\n");
    String m = failure(f, CSV_UTF8);
    assertTrue(m.startsWith("duplicate_column: ") && m.contains("'body' (columns 2 and 4)"), m);
  }
}
