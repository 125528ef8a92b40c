package io.wascorecards.report;

import io.wascorecards.scoring.Status;

/**
 * The colours of a status, the same in the PDFs (the templates' elements read them
 * through {@code net.sf.jasperreports.style.*} property expressions) and in the e-mail.
 *
 * @param fill the solid colour: tiles, bars, dots, the e-mail's label
 * @param tint its light tint, behind a status label
 * @param ink the colour of a status label on white or on the tint (amber darkened for
 * contrast)
 * @param onFill the colour of text drawn on the fill: white, dark on amber
 */
public record StatusColours(String fill, String tint, String ink, String onFill) {

	private static final StatusColours GREEN = new StatusColours("#1E8E3E", "#E6F4EA", "#137333", "#FFFFFF");

	private static final StatusColours YELLOW = new StatusColours("#F29900", "#FEF3D6", "#A35200", "#202124");

	private static final StatusColours RED = new StatusColours("#D93025", "#FCE8E6", "#C5221F", "#FFFFFF");

	private static final StatusColours NO_DATA = new StatusColours("#9AA0A6", "#F1F3F4", "#5F6368", "#FFFFFF");

	/**
	 * The colours of a status as templates and digests carry it.
	 * @param status a {@link Status} name, {@code null} as {@code NO_DATA}
	 * @return its colours
	 */
	public static StatusColours of(String status) {
		return switch ((status != null) ? Status.valueOf(status) : Status.NO_DATA) {
			case GREEN -> GREEN;
			case YELLOW -> YELLOW;
			case RED -> RED;
			case NO_DATA -> NO_DATA;
		};
	}

}
