package io.rectify.complaint.audit;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints a page (XHTML, as the export's template writes it) to PDF with openhtmltopdf. The DejaVu
 * fonts are embedded so Greek and Serbian text prints as written, not as boxes; the page's CSS
 * names them first.
 */
@ApplicationScoped
public class PdfDocuments {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    public byte[] print(String xhtml) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, false);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false);
            font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, true);
            font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, false);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, boolean italic) {
        builder.useFont(() -> {
            InputStream font = PdfDocuments.class.getResourceAsStream(FONTS + file);
            if (font == null) {
                throw new IllegalStateException("font " + file + " is not on the classpath (jasperreports-fonts)");
            }
            return font;
        }, family, weight, italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
    }
}
