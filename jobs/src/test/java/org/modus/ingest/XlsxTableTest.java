package org.modus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modus.engine.ModusException;
import org.modus.ingest.DelimitedText.Table;

class XlsxTableTest {
  private static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  private static Table read(byte[] xlsx) {
    return new InputFile("in/book.xlsx", xlsx, null)
        .table(null, cells -> cells.contains("a"), "a header with a");
  }

  @Test
  void cellsReadAsTheCsvExportShowsThem() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("data");
    Row h = s.createRow(0);
    List<String> names =
        List.of(
            "a", "general", "thousands", "decimal", "text", "date", "datetime", "flag", "formula");
    for (int i = 0; i < names.size(); i++) {
      h.createCell(i).setCellValue(names.get(i));
    }
    CellStyle thousands = wb.createCellStyle();
    thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("d/m/yy"));
    CellStyle dateTime = wb.createCellStyle();
    dateTime.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm"));
    Row r = s.createRow(1);
    r.createCell(0).setCellValue(2022);
    r.createCell(1).setCellValue(120);
    r.createCell(2).setCellValue(1010);
    r.getCell(2).setCellStyle(thousands);
    r.createCell(3).setCellValue(0.5);
    r.createCell(4).setCellValue("<5");
    r.createCell(5).setCellValue(LocalDate.of(2024, 12, 1));
    r.getCell(5).setCellStyle(date);
    r.createCell(6).setCellValue(LocalDateTime.of(2024, 12, 1, 13, 30));
    r.getCell(6).setCellStyle(dateTime);
    r.createCell(7).setCellValue(true);
    r.createCell(8).setCellFormula("B2+1");
    wb.getCreationHelper()
        .createFormulaEvaluator()
        .evaluateAll(); // a saved workbook holds cached values
    Table t = read(bytes(wb));
    assertEquals(
        List.of(
            "2022", "120", "1,010", "0.5", "<5", "2024-12-01", "2024-12-01T13:30", "TRUE", "121"),
        t.rows().get(0).values());
  }

  @Test
  void theDataSheetIsTheFirstWithAHeaderAndRowsKeepTheirSheetRowNumbers() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Read me").createRow(0).createCell(0).setCellValue("About this dataset");
    Sheet s = wb.createSheet("Data 2024");
    s.createRow(0).createCell(0).setCellValue("Title of the export");
    s.createRow(1).createCell(0).setCellValue("Extracted on 2024-12-01");
    Row h = s.createRow(3); // row 3 (the sheet's row 3) left blank
    h.createCell(0).setCellValue("a");
    h.createCell(1).setCellValue("b");
    h.createCell(2).setCellValue("c");
    Row r1 = s.createRow(4);
    r1.createCell(0).setCellValue("x");
    r1.createCell(1).setCellValue("y"); // trailing cell empty: padded to the header's width
    s.createRow(5); // blank row inside the data: skipped, as a blank CSV line is
    Row r2 = s.createRow(6);
    r2.createCell(2).setCellValue("z");
    Table t = read(bytes(wb));
    assertEquals("Data 2024", t.sheet());
    assertEquals(4, t.headerLine());
    assertEquals(List.of("a", "b", "c"), t.header());
    assertEquals(2, t.rows().size());
    assertEquals(List.of("x", "y", ""), t.rows().get(0).values());
    assertEquals(List.of("", "", "z"), t.rows().get(1).values());
    assertEquals("in/book.xlsx!Data 2024:5", t.location(t.rows().get(0)));
    assertEquals("in/book.xlsx!Data 2024:7", t.location(t.rows().get(1)));
  }

  @Test
  void aWorkbookWithoutAHeaderNamesItsSheets() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Only notes").createRow(0).createCell(0).setCellValue("nothing here");
    ModusException e = assertThrows(ModusException.class, () -> read(bytes(wb)));
    assertTrue(
        e.getMessage().contains("[Only notes]") && e.getMessage().contains("a header with a"),
        e.getMessage());
  }

  @Test
  void anOldBinaryXlsIsRefusedInOneLine() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    wb.createSheet("data").createRow(0).createCell(0).setCellValue("a");
    ModusException e =
        assertThrows(
            ModusException.class,
            () -> new InputFile("in/old.xls", bytes(wb), null).table(null, c -> true, "a"));
    assertTrue(
        e.getMessage().startsWith("in/old.xls: an Excel 97-2003 workbook (.xls) is not read"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void aPasswordProtectedWorkbookIsRefusedInOneLine() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("data").createRow(0).createCell(0).setCellValue("a");
    byte[] plain = bytes(wb);
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      fs.writeFilesystem(encrypted);
    }
    ModusException e =
        assertThrows(
            ModusException.class,
            () ->
                new InputFile("in/locked.xlsx", encrypted.toByteArray(), null)
                    .table(null, c -> true, "a"));
    assertTrue(
        e.getMessage().startsWith("in/locked.xlsx: the workbook is password-protected"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void textLayoutsRefuseAWorkbookAndTextFilesStayText() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("data");
    byte[] xlsx = bytes(wb);
    ModusException e =
        assertThrows(ModusException.class, () -> new InputFile("in/cases.xlsx", xlsx, null).text());
    assertTrue(e.getMessage().contains("save the data sheet as CSV UTF-8"), e.getMessage());
    assertEquals("a,b\n1,2\n", InputFile.ofText("in/x.csv", "a,b\n1,2\n").text());
    assertEquals(InputFile.Kind.TEXT, InputFile.ofText("in/x.csv", "a,b\n").kind());
    assertThrows(
        ModusException.class,
        () -> InputFile.ofText("in/fake.xlsx", "a,b\n").kind(),
        "an .xlsx without the ZIP signature is a broken download, not text");
  }
}
