package io.wascorecards.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a test reads from a rendered PDF with PDFBox: its text, pages, fonts and title.
 *
 * @param text the text of every page
 * @param pages the page count
 * @param fonts each font used, with whether it is embedded
 * @param title the document title
 */
record PdfDocument(String text, int pages, List<Font> fonts, String title) {

	static PdfDocument read(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<Font> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources(), fonts);
			}
			return new PdfDocument(new PDFTextStripper().getText(document), document.getNumberOfPages(), fonts,
					document.getDocumentInformation().getTitle());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fonts of a page, and of the forms it draws (charts are drawn as forms). */
	private static void collectFonts(PDResources resources, List<Font> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			fonts.add(new Font(font.getName(), font.isEmbedded()));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	/**
	 * A font of the document.
	 *
	 * @param name its name
	 * @param embedded whether its glyphs are in the file
	 */
	record Font(String name, boolean embedded) {
	}

}
