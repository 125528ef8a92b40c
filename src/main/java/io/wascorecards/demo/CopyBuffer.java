package io.wascorecards.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes rows in PostgreSQL's binary COPY format and hands them on in chunks of a few
 * megabytes, each one or more whole rows. Every {@link #STATEMENT} bytes or so the COPY
 * data ends, so that the loader ends the COPY statement and starts another one: the
 * foreign key checks PostgreSQL runs at the end of each statement then run during the
 * load rather than all after it. A {@code jsonb} field is written piece by piece:
 * {@link #jsonb}, then {@link #ascii}, {@link #jsonString}, {@link #json} or
 * {@link #bytes}, then {@link #endField}.
 */
final class CopyBuffer {

	private static final int CHUNK = 2 * 1024 * 1024;

	private static final long STATEMENT = 16 * 1024 * 1024;

	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0,
			0, 0, 0, 0 };

	/** Microseconds from the Unix epoch to PostgreSQL's epoch, 2000-01-01T00:00:00Z. */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private final Sink sink;

	private final short columns;

	private byte[] bytes = new byte[CHUNK + 256 * 1024];

	private int position;

	private boolean rowStarted;

	private int fieldStart = -1;

	private long statementBytes;

	CopyBuffer(Sink sink, int columns) {
		this.sink = sink;
		this.columns = (short) columns;
		header();
	}

	CopyBuffer value(long value) {
		startField(8);
		return int64(value);
	}

	/**
	 * A text field; null for SQL NULL.
	 * @param value the text
	 * @return this buffer
	 */
	CopyBuffer text(String value) {
		if (value == null) {
			startField(-1);
			return this;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		startField(utf8.length);
		return bytes(utf8);
	}

	/**
	 * A timestamptz field.
	 * @param epochMillis the instant
	 * @return this buffer
	 */
	CopyBuffer timestamp(long epochMillis) {
		startField(8);
		return int64(epochMillis * 1000 - POSTGRES_EPOCH_MICROS);
	}

	/**
	 * Starts a jsonb field, to be ended by {@link #endField}.
	 * @return this buffer
	 */
	CopyBuffer jsonb() {
		startField(0);
		this.fieldStart = this.position;
		ensure(1);
		this.bytes[this.position++] = 1;
		return this;
	}

	/**
	 * Ends the field started by {@link #jsonb}.
	 */
	void endField() {
		int length = this.position - this.fieldStart;
		writeInt(this.fieldStart - 4, length);
		this.fieldStart = -1;
	}

	/**
	 * JSON text of ASCII characters only.
	 * @param value the text
	 * @return this buffer
	 */
	CopyBuffer ascii(String value) {
		int length = value.length();
		ensure(length);
		for (int i = 0; i < length; i++) {
			this.bytes[this.position++] = (byte) value.charAt(i);
		}
		return this;
	}

	CopyBuffer number(long value) {
		return ascii(Long.toString(value));
	}

	/**
	 * A JSON string, quoted and escaped.
	 * @param value the string's content
	 * @return this buffer
	 */
	CopyBuffer jsonString(String value) {
		for (int i = 0, length = value.length(); i < length; i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\' || c < 0x20) {
				return json(Json.quote(new StringBuilder(length + 16), value).toString());
			}
		}
		ensure(1);
		this.bytes[this.position++] = '"';
		bytes(value.getBytes(StandardCharsets.UTF_8));
		ensure(1);
		this.bytes[this.position++] = '"';
		return this;
	}

	/**
	 * JSON text that is already valid.
	 * @param json the JSON
	 * @return this buffer
	 */
	CopyBuffer json(String json) {
		return bytes(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Bytes to copy as they are.
	 * @param encoded the bytes
	 * @return this buffer
	 */
	CopyBuffer bytes(byte[] encoded) {
		ensure(encoded.length);
		System.arraycopy(encoded, 0, this.bytes, this.position, encoded.length);
		this.position += encoded.length;
		return this;
	}

	/**
	 * Ends the row, and passes the buffer on when it is full.
	 */
	void endRow() {
		this.rowStarted = false;
		if (this.position >= CHUNK) {
			this.statementBytes += this.position;
			boolean endStatement = this.statementBytes >= STATEMENT;
			pass(endStatement);
			if (endStatement) {
				header();
			}
		}
	}

	/**
	 * Ends the COPY data and passes everything on.
	 */
	void finish() {
		pass(true);
	}

	private void pass(boolean endStatement) {
		if (endStatement) {
			ensure(2);
			this.bytes[this.position++] = (byte) 0xFF;
			this.bytes[this.position++] = (byte) 0xFF;
		}
		this.sink.accept(Arrays.copyOf(this.bytes, this.position), endStatement);
		this.position = 0;
	}

	private void header() {
		ensure(HEADER.length);
		System.arraycopy(HEADER, 0, this.bytes, this.position, HEADER.length);
		this.position += HEADER.length;
		this.statementBytes = 0;
	}

	private void startField(int length) {
		ensure(6);
		if (!this.rowStarted) {
			this.rowStarted = true;
			this.bytes[this.position++] = (byte) (this.columns >> 8);
			this.bytes[this.position++] = (byte) this.columns;
		}
		writeInt(this.position, length);
		this.position += 4;
	}

	private CopyBuffer int64(long value) {
		ensure(8);
		writeInt(this.position, (int) (value >>> 32));
		writeInt(this.position + 4, (int) value);
		this.position += 8;
		return this;
	}

	private void writeInt(int at, int value) {
		this.bytes[at] = (byte) (value >>> 24);
		this.bytes[at + 1] = (byte) (value >>> 16);
		this.bytes[at + 2] = (byte) (value >>> 8);
		this.bytes[at + 3] = (byte) value;
	}

	private void ensure(int extra) {
		if (this.position + extra > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.position + extra));
		}
	}

	/**
	 * Where the chunks go.
	 */
	@FunctionalInterface
	interface Sink {

		/**
		 * Takes a chunk of COPY data.
		 * @param chunk whole rows, starting with the header after the end of a statement
		 * @param endsStatement whether the chunk ends with the end of the COPY data
		 */
		void accept(byte[] chunk, boolean endsStatement);

	}

}
