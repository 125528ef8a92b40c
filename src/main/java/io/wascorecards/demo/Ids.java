package io.wascorecards.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Deterministic hashing and the identifiers derived from it: random seeds, Meta's message
 * ids ({@code wamid}), conversation ids and media ids.
 */
final class Ids {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

	private Ids() {
	}

	/**
	 * A bijective 64-bit mix (the SplitMix64 finaliser).
	 * @param value any value
	 * @return a well-spread value, distinct for distinct inputs
	 */
	static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static long mix(long a, long b) {
		return mix(mix(a) ^ b);
	}

	static long mix(long a, long b, long c) {
		return mix(mix(mix(a) ^ b) ^ c);
	}

	/**
	 * Meta's message id: base64 of the customer's number and a unique key, as in
	 * {@code wamid.HBgN…}. Unique per (connection index, epoch day, sequence) as long as
	 * the sequence stays below 2^24.
	 * @param connectionIndex the connection's index
	 * @param epochDay the business day
	 * @param sequence the message's sequence within the connection's day
	 * @param customer the customer's number
	 * @param outbound whether the business sent it
	 * @return the wamid
	 */
	static String wamid(int connectionIndex, long epochDay, int sequence, String customer, boolean outbound) {
		long key = ((long) connectionIndex << 44) | ((epochDay & 0xFFFFF) << 24) | (sequence & 0xFFFFFF);
		long unique = mix(key);
		long check = mix(key, 0x5EEDL);
		byte[] bytes = new byte[customer.length() + 30];
		int i = 0;
		bytes[i++] = 0x1C;
		bytes[i++] = 0x18;
		bytes[i++] = (byte) customer.length();
		for (int c = 0; c < customer.length(); c++) {
			bytes[i++] = (byte) customer.charAt(c);
		}
		bytes[i++] = 0x15;
		bytes[i++] = 0x02;
		bytes[i++] = 0x00;
		bytes[i++] = (byte) (outbound ? 0x11 : 0x12);
		bytes[i++] = 0x18;
		bytes[i++] = 0x14;
		for (int shift = 60; shift >= 0; shift -= 4) {
			bytes[i++] = (byte) HEX[(int) (unique >>> shift) & 0xF];
		}
		for (int shift = 60; shift >= 48; shift -= 4) {
			bytes[i++] = (byte) HEX[(int) (check >>> shift) & 0xF];
		}
		bytes[i] = 0x00;
		return "wamid." + Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * Lower-case hex digits of a hash, e.g. for conversation ids.
	 * @param hash the hash
	 * @param second a second hash for more than 16 digits
	 * @param digits how many digits (at most 32)
	 * @return the digits
	 */
	static String hex(long hash, long second, int digits) {
		char[] out = new char[digits];
		for (int i = 0; i < digits; i++) {
			long source = (i < 16) ? hash : second;
			out[i] = LOWER_HEX[(int) (source >>> ((15 - (i % 16)) * 4)) & 0xF];
		}
		return new String(out);
	}

	/**
	 * Decimal digits of a hash, e.g. for media and template ids.
	 * @param hash the hash
	 * @param digits how many digits (at most 18)
	 * @return the digits, never starting with 0
	 */
	static String digits(long hash, int digits) {
		long bound = 1;
		for (int i = 1; i < digits; i++) {
			bound *= 10;
		}
		return Long.toString(bound + Long.remainderUnsigned(hash, bound * 9));
	}

	static String base64(long hash) {
		byte[] bytes = new byte[32];
		long h = hash;
		for (int i = 0; i < bytes.length; i++) {
			if (i % 8 == 0) {
				h = mix(h);
			}
			bytes[i] = (byte) (h >>> ((i % 8) * 8));
		}
		return new String(Base64.getEncoder().encode(bytes), StandardCharsets.US_ASCII);
	}

}
