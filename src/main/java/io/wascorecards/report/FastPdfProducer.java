package io.wascorecards.report;

import java.io.IOException;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

import com.lowagie.text.Font;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * JasperReports' PDF producer with the fastest deflate level for every stream: the pages,
 * the charts (drawn as shapes, their largest streams) and the embedded font subsets. At
 * the default level deflating took about a third of a scorecard's rendering time; at the
 * fastest the content is the same and the files about a tenth larger.
 */
final class FastPdfProducer extends ClassicPdfProducer {

	private FastPdfProducer(PdfProducerContext context) {
		super(context);
	}

	@Override
	public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
		PdfDocumentWriter writer = super.createWriter(out);
		getPdfWriter().setCompressionLevel(Deflater.BEST_SPEED);
		return writer;
	}

	@Override
	public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
		Font font = super.getFont(attributes, locale);
		// the fonts are shared by every document: the level is set on each the same
		if (font.getBaseFont() != null) {
			font.getBaseFont().setCompressionLevel(Deflater.BEST_SPEED);
		}
		return font;
	}

	/**
	 * The PDF exporter that writes with this producer, and that reads the transparent
	 * pixel JasperReports adds with each image (the charts) once, instead of looking it
	 * up in the jar for every document.
	 */
	static final class Exporter extends JRPdfExporter {

		private static final byte[] PIXEL = pixel();

		@Override
		protected PdfProducer createPdfProducer() {
			return new FastPdfProducer(createPdfProducerContext());
		}

		@Override
		protected PdfImage getPxImage() {
			if (this.pxImage == null) {
				try {
					this.pxImage = this.pdfProducer.createImage(PIXEL, false);
				}
				catch (IOException | JRException ex) {
					throw new JRRuntimeException(ex);
				}
			}
			return this.pxImage;
		}

		private static byte[] pixel() {
			try {
				return JRLoader.loadBytesFromResource("net/sf/jasperreports/engine/images/white-transparent-pixel.png");
			}
			catch (JRException ex) {
				throw new JRRuntimeException(ex);
			}
		}

	}

}
