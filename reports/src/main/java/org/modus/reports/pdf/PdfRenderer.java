package org.modus.reports.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders the report's HTML to PDF with openhtmltopdf, so both say exactly the same thing. The HTML
 * is parsed by jsoup into a DOM first (openhtmltopdf wants XHTML). The font is Liberation Sans,
 * which PDFBox ships in its jar: the 14 standard PDF fonts lack characters such as the French
 * quotes and typographic apostrophe, which would come out as '#'.
 */
public final class PdfRenderer {
  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  static {
    // openhtmltopdf logs every font load and stylesheet parse at INFO; keep warnings and errors
    // only.
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private PdfRenderer() {}

  /**
   * Writes {@code out} from {@code html}, resolving relative image paths against {@code baseDir}.
   */
  public static void render(String html, Path baseDir, Path out) {
    org.w3c.dom.Document dom =
        new W3CDom().fromJsoup(Jsoup.parse(html, baseDir.toUri().toString()));
    try (OutputStream os = Files.newOutputStream(out)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // One face only: bold and italic text fall back to it (headings differ by size), which saves
      // parsing the font file once per variant.
      builder.useFont(PdfRenderer::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.withW3cDocument(dom, baseDir.toUri().toString());
      builder.toStream(os);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + out, e);
    }
  }

  private static InputStream font() {
    InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "PDFBox no longer ships " + FONT_RESOURCE + "; embed another TTF");
    }
    return in;
  }
}
