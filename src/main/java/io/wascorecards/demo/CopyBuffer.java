package io.wascorecards.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Encodes rows in PostgreSQL's COPY text format, straight into UTF-8 bytes, and hands
 * them on in chunks of a few megabytes. JSON is written into a field piece by piece
 * ({@link #field}, {@link #ascii}, {@link #jsonString}).
 */
final class CopyBuffer {

	private static final int CHUNK = 2 * 1024 * 1024;

	private final Consumer<byte[]> sink;

	private byte[] bytes = new byte[CHUNK + 256 * 1024];

	private int position;

	private boolean firstField = true;

	private long cachedDay = Long.MIN_VALUE;

	private final byte[] cachedDate = new byte[10];

	CopyBuffer(Consumer<byte[]> sink) {
		this.sink = sink;
	}

	/**
	 * Starts a field to be written piece by piece.
	 * @return this buffer
	 */
	CopyBuffer field() {
		if (!this.firstField) {
			ensure(1);
			this.bytes[this.position++] = '\t';
		}
		this.firstField = false;
		return this;
	}

	CopyBuffer value(long value) {
		return field().number(value);
	}

	/**
	 * A text field, escaped; null for SQL NULL.
	 * @param value the text
	 * @return this buffer
	 */
	CopyBuffer text(String value) {
		field();
		if (value == null) {
			return ascii("\\N");
		}
		ensure(value.length() * 4 + 8);
		for (int i = 0, length = value.length(); i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7F && c != '\\') {
				this.bytes[this.position++] = (byte) c;
				continue;
			}
			switch (c) {
				case '\\' -> put('\\', '\\');
				case '\n' -> put('\\', 'n');
				case '\r' -> put('\\', 'r');
				case '\t' -> put('\\', 't');
				default -> i = utf8(value, i, c);
			}
		}
		return this;
	}

	/**
	 * A timestamptz field in UTC with milliseconds.
	 * @param epochMillis the instant
	 * @return this buffer
	 */
	CopyBuffer timestamp(long epochMillis) {
		field();
		long day = Math.floorDiv(epochMillis, 86_400_000L);
		if (day != this.cachedDay) {
			this.cachedDay = day;
			System.arraycopy(LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII), 0,
					this.cachedDate, 0, 10);
		}
		ensure(32);
		System.arraycopy(this.cachedDate, 0, this.bytes, this.position, 10);
		this.position += 10;
		int millis = (int) Math.floorMod(epochMillis, 86_400_000L);
		this.bytes[this.position++] = ' ';
		two(millis / 3_600_000);
		this.bytes[this.position++] = ':';
		two(millis / 60_000 % 60);
		this.bytes[this.position++] = ':';
		two(millis / 1000 % 60);
		this.bytes[this.position++] = '.';
		int fraction = millis % 1000;
		this.bytes[this.position++] = (byte) ('0' + fraction / 100);
		two(fraction % 100);
		return ascii("+00");
	}

	/**
	 * Text that needs no escaping at all (ASCII letters, digits and JSON punctuation
	 * without backslashes).
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

	/**
	 * Bytes already in COPY text format.
	 * @param encoded the bytes
	 * @return this buffer
	 */
	CopyBuffer bytes(byte[] encoded) {
		ensure(encoded.length);
		System.arraycopy(encoded, 0, this.bytes, this.position, encoded.length);
		this.position += encoded.length;
		return this;
	}

	CopyBuffer number(long value) {
		return ascii(Long.toString(value));
	}

	/**
	 * A JSON string, quoted and escaped for JSON and then for COPY.
	 * @param value the string's content
	 * @return this buffer
	 */
	CopyBuffer jsonString(String value) {
		ensure(value.length() * 7 + 8);
		this.bytes[this.position++] = '"';
		for (int i = 0, length = value.length(); i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
				this.bytes[this.position++] = (byte) c;
			}
			else if (c == '"') {
				put('\\', '\\');
				put('\\', '"');
			}
			else if (c == '\\') {
				put('\\', '\\');
				put('\\', '\\');
			}
			else if (c < 0x20) {
				put('\\', '\\');
				put('u', '0');
				put('0', (char) ('0' + (c >> 4)));
				this.bytes[this.position++] = (byte) Character.forDigit(c & 0xF, 16);
			}
			else {
				i = utf8(value, i, c);
			}
		}
		this.bytes[this.position++] = '"';
		return this;
	}

	/**
	 * JSON text that is already valid, escaped for COPY.
	 * @param json the JSON
	 * @return this buffer
	 */
	CopyBuffer json(String json) {
		ensure(json.length() * 4 + 8);
		for (int i = 0, length = json.length(); i < length; i++) {
			char c = json.charAt(i);
			if (c >= 0x20 && c < 0x7F && c != '\\') {
				this.bytes[this.position++] = (byte) c;
				continue;
			}
			switch (c) {
				case '\\' -> put('\\', '\\');
				case '\n' -> put('\\', 'n');
				case '\r' -> put('\\', 'r');
				case '\t' -> put('\\', 't');
				default -> i = utf8(json, i, c);
			}
		}
		return this;
	}

	/**
	 * Ends the row, and passes the buffer on when it is full.
	 */
	void endRow() {
		ensure(1);
		this.bytes[this.position++] = '\n';
		this.firstField = true;
		if (this.position >= CHUNK) {
			flush();
		}
	}

	/**
	 * JSON text encoded for a COPY field, to be written many times with {@link #bytes}.
	 * @param json valid JSON
	 * @return its bytes
	 */
	static byte[] encodeJson(String json) {
		byte[][] result = new byte[1][];
		CopyBuffer buffer = new CopyBuffer((chunk) -> result[0] = chunk);
		buffer.json(json).flush();
		return (result[0] != null) ? result[0] : new byte[0];
	}

	void flush() {
		if (this.position > 0) {
			this.sink.accept(Arrays.copyOf(this.bytes, this.position));
			this.position = 0;
		}
	}

	private int utf8(String value, int index, char c) {
		byte[] out = this.bytes;
		if (c < 0x80) {
			out[this.position++] = (byte) c;
		}
		else if (c < 0x800) {
			out[this.position++] = (byte) (0xC0 | (c >> 6));
			out[this.position++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c) && index + 1 < value.length()
				&& Character.isLowSurrogate(value.charAt(index + 1))) {
			int code = Character.toCodePoint(c, value.charAt(index + 1));
			out[this.position++] = (byte) (0xF0 | (code >> 18));
			out[this.position++] = (byte) (0x80 | ((code >> 12) & 0x3F));
			out[this.position++] = (byte) (0x80 | ((code >> 6) & 0x3F));
			out[this.position++] = (byte) (0x80 | (code & 0x3F));
			return index + 1;
		}
		else if (Character.isSurrogate(c)) {
			out[this.position++] = '?';
		}
		else {
			out[this.position++] = (byte) (0xE0 | (c >> 12));
			out[this.position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			out[this.position++] = (byte) (0x80 | (c & 0x3F));
		}
		return index;
	}

	private void put(char first, char second) {
		this.bytes[this.position++] = (byte) first;
		this.bytes[this.position++] = (byte) second;
	}

	private void two(int value) {
		this.bytes[this.position++] = (byte) ('0' + value / 10);
		this.bytes[this.position++] = (byte) ('0' + value % 10);
	}

	private void ensure(int extra) {
		if (this.position + extra > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.position + extra));
		}
	}

}
