package org.modus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.modus.engine.ModusException;
import org.modus.ingest.DelimitedText.Table;

/**
 * One input file as an ingest parser receives it: its name, its bytes and the configured text
 * encoding. What it is comes from its content (the ZIP or OLE2 signature), checked against its
 * extension: delimited text, an Office Open XML workbook ({@code .xlsx}), or a file Modus refuses
 * with a one-line reason (an Excel 97-2003 {@code .xls}, a password-protected workbook).
 */
public final class InputFile {
  /** What the bytes are. */
  public enum Kind {
    TEXT,
    XLSX
  }

  private final String name;
  private final byte[] bytes;
  private final String encoding;

  public InputFile(String name, byte[] bytes, String encoding) {
    this.name = name;
    this.bytes = bytes;
    this.encoding = encoding;
  }

  /** A text file already in memory (tests, small helpers). */
  public static InputFile ofText(String name, String text) {
    return new InputFile(name, text.getBytes(StandardCharsets.UTF_8), null);
  }

  /** Reads one whole file through Hadoop (local, hdfs://, s3a:// alike). */
  public static InputFile read(String file, String encoding, Configuration conf) {
    Path p = new Path(file);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return new InputFile(file, in.readAllBytes(), encoding);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  public String name() {
    return name;
  }

  public byte[] bytes() {
    return bytes;
  }

  /** The kind of file, or a {@link ModusException} naming why Modus does not read it. */
  public Kind kind() {
    boolean zip =
        bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean ole2 =
        bytes.length >= 8
            && (bytes[0] & 0xFF) == 0xD0
            && (bytes[1] & 0xFF) == 0xCF
            && (bytes[2] & 0xFF) == 0x11
            && (bytes[3] & 0xFF) == 0xE0;
    String ext = extension();
    if (ole2) {
      // Office wraps a password-protected .xlsx in an OLE2 container holding the encrypted package.
      if (encrypted()) {
        throw new ModusException(
            name
                + ": the workbook is password-protected; remove the password in a "
                + "spreadsheet (save a copy without one) and read that copy");
      }
      throw new ModusException(
          name
              + ": an Excel 97-2003 workbook (.xls) is not read; save it as .xlsx or "
              + "as CSV UTF-8 and read that file");
    }
    if (zip) {
      return Kind.XLSX;
    }
    if (ext.equals("xlsx") || ext.equals("xlsm")) {
      throw new ModusException(
          name
              + ": named ."
              + ext
              + " but not a workbook (no ZIP signature); "
              + "check that the download is complete");
    }
    return Kind.TEXT;
  }

  /** The file decoded as text with its encoding (UTF-8 by default); a workbook is refused. */
  public String text() {
    if (kind() != Kind.TEXT) {
      throw new ModusException(
          name
              + ": a spreadsheet, but this format reads text files; save the data "
              + "sheet as CSV UTF-8 and read that file");
    }
    try {
      Charset cs = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new String(bytes, cs);
    } catch (IllegalArgumentException e) {
      throw new ModusException("Unknown encoding '" + encoding + "' for " + name);
    }
  }

  /**
   * The file as a table: delimited text (see {@link DelimitedText#parse}) or, for a workbook, the
   * first sheet holding a header row (see {@link XlsxTable#read}).
   */
  public Table table(Character delimiter, Predicate<List<String>> isHeader, String expected) {
    return kind() == Kind.XLSX
        ? XlsxTable.read(name, bytes, isHeader, expected)
        : DelimitedText.parse(name, text(), delimiter, isHeader, expected);
  }

  private String extension() {
    String base = name.substring(name.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private boolean encrypted() {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
    } catch (IOException | RuntimeException e) {
      return false; // not a readable OLE2 container: reported as a legacy binary file
    }
  }
}
