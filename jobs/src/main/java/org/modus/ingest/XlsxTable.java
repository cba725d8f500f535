package org.modus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.modus.engine.ModusException;
import org.modus.ingest.DelimitedText.Table;
import org.modus.ingest.DelimitedText.TextRow;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The data sheet of an Office Open XML workbook ({@code .xlsx}) as a {@link Table}, read with POI's
 * streaming (SAX) reader so that a sheet of tens of thousands of rows is never held as a workbook
 * object model. The data sheet is the first sheet with a header row within its first {@link
 * DelimitedText#MAX_PREAMBLE_LINES} rows; rows above it (titles, notes) are skipped, blank rows are
 * skipped, and each row keeps its sheet row number so that locations read {@code file!Sheet:row}.
 *
 * <p>Cells are rendered as a CSV export of the sheet shows them: numbers as displayed by their cell
 * format (a General {@code 120} is {@code 120}, never {@code 120.0}), text as typed ({@code <5}
 * stays {@code <5}), formulas by their cached value, dates as ISO dates ({@code 2024-12-01}, or ISO
 * date-time when the cell has a time of day).
 */
public final class XlsxTable {
  private XlsxTable() {}

  /**
   * Renders cells; dates as ISO text whatever their display format, numbers as displayed (en-US).
   */
  static final class CsvLikeFormatter extends DataFormatter {
    CsvLikeFormatter() {
      super(Locale.US);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }
  }

  /**
   * Thrown by the row handler to leave a sheet without a header early; never escapes this class.
   */
  private static final class NotTheDataSheet extends RuntimeException {
    NotTheDataSheet() {
      super(null, null, false, false);
    }
  }

  /** Reads the data sheet of the workbook in {@code bytes}; {@code file} names it in messages. */
  public static Table read(
      String file, byte[] bytes, Predicate<List<String>> isHeader, String expected) {
    List<String> sheets = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          String name = it.getSheetName();
          sheets.add(name);
          Rows rows = new Rows(isHeader);
          try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(
                new XSSFSheetXMLHandler(
                    styles, null, strings, rows, new CsvLikeFormatter(), false));
            xml.parse(new InputSource(sheet));
          } catch (NotTheDataSheet e) {
            continue;
          }
          if (rows.header != null) {
            return new Table(file, name, rows.headerRow, ',', rows.header, rows.rows);
          }
        }
      }
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | javax.xml.parsers.ParserConfigurationException
        | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
      throw new ModusException(
          file + ": cannot read as an .xlsx workbook: " + firstLine(e.getMessage()));
    }
    throw new ModusException(
        file
            + ": no sheet has a header row in its first "
            + DelimitedText.MAX_PREAMBLE_LINES
            + " rows (sheets "
            + sheets
            + "); expected "
            + expected);
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable" : s.split("\\R", 2)[0];
  }

  /** Collects the rows of one sheet: looks for the header first, then keeps every non-blank row. */
  private static final class Rows implements SheetContentsHandler {
    private final Predicate<List<String>> isHeader;
    private final List<TextRow> rows = new ArrayList<>();
    private List<String> header;
    private int headerRow;
    private TreeMap<Integer, String> cells;
    private int nextColumn;

    Rows(Predicate<List<String>> isHeader) {
      this.isHeader = isHeader;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new TreeMap<>();
      nextColumn = 0;
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? nextColumn : new CellReference(ref).getCol();
      nextColumn = col + 1;
      if (value != null && !value.isEmpty()) {
        cells.put(col, value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      int width = cells.isEmpty() ? 0 : cells.lastKey() + 1;
      if (header == null) {
        if (rowNum >= DelimitedText.MAX_PREAMBLE_LINES) {
          throw new NotTheDataSheet();
        }
        List<String> values = values(width);
        if (!cells.isEmpty() && isHeader.test(values)) {
          header = values.stream().map(String::strip).toList();
          headerRow = rowNum + 1;
        }
        return;
      }
      if (cells.isEmpty()) {
        return; // a blank row is not a record, as a blank line of a CSV file is not
      }
      List<String> values = values(Math.max(width, header.size()));
      rows.add(new TextRow(rowNum + 1, values, String.join(",", values)));
    }

    private List<String> values(int width) {
      List<String> values = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        values.add(cells.getOrDefault(c, ""));
      }
      return values;
    }
  }
}
