package io.wascorecards.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.FastByteArrayOutputStream;

/**
 * Fills the templates of {@code reports/} and exports them as PDF. Each template is
 * compiled once, on first use, and shared by every thread.
 */
@Component
public class ReportRenderer {

	private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

	/**
	 * Renders a report.
	 * @param template the template's name, e.g. {@code scorecard} for
	 * {@code reports/scorecard.jrxml}
	 * @param parameters the template's parameters
	 * @param data its rows
	 * @param title the document title in the PDF's metadata
	 * @return the PDF
	 */
	public byte[] render(String template, Map<String, Object> parameters, JRDataSource data, String title) {
		try {
			JasperPrint print = JasperFillManager.fillReport(template(template), parameters, data);
			JRPdfExporter exporter = new FastPdfProducer.Exporter();
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setMetadataTitle(title);
			configuration.setMetadataCreator("wa-scorecards");
			configuration.setCompressed(true);
			exporter.setConfiguration(configuration);
			exporter.setExporterInput(new SimpleExporterInput(print));
			FastByteArrayOutputStream pdf = new FastByteArrayOutputStream(64 * 1024);
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
			exporter.exportReport();
			return pdf.toByteArray();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Could not render " + title + " with reports/" + template + ".jrxml", ex);
		}
	}

	/**
	 * Compiles every template in the background, so that rendering does not wait for it
	 * (the job starts this while the database reads the day).
	 */
	public void compileInBackground() {
		Thread compiler = new Thread(() -> {
			try {
				template("scorecard");
				template("portfolio");
			}
			catch (RuntimeException ex) {
				// the step that renders compiles it again and reports why it fails
			}
		}, "report-compiler");
		compiler.setDaemon(true);
		compiler.start();
	}

	/**
	 * The compiled template.
	 * @param name the template's name
	 * @return the template, compiled on first use
	 */
	JasperReport template(String name) {
		return this.templates.computeIfAbsent(name, ReportRenderer::compile);
	}

	private static JasperReport compile(String name) {
		String path = "reports/" + name + ".jrxml";
		try (InputStream jrxml = new ClassPathResource(path).getInputStream()) {
			return JasperCompileManager.compileReport(jrxml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing template " + path, ex);
		}
		catch (JRException ex) {
			throw new IllegalStateException("Template " + path + " does not compile", ex);
		}
	}

}
