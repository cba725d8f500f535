package org.modus.ads.contacts;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Crypto addresses: Bitcoin (base58check P2PKH/P2SH, bech32/bech32m segwit), Ethereum and EVM
 * chains (hex, EIP-55 checksum when mixed case), TRON, Litecoin, Dogecoin (base58check with their
 * version bytes; Litecoin also bech32 "ltc1"), XRP (base58check in Ripple's alphabet), Monero
 * (block base58 with a Keccak checksum) and Solana (base58 of 32 bytes, no checksum). {@link
 * #classify} says which chain a token is shaped like and whether its checksum holds; encoders let
 * the sample generator and the tests write synthetic addresses whose checksums hold.
 */
public final class CryptoWallets {
  private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String RIPPLE_B58 =
      "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";

  /**
   * Monero: 69 bytes (network byte, two 32-byte keys, 4-byte checksum) in 8-byte blocks of 11
   * chars.
   */
  private static final int MONERO_CHARS = 95;

  private static final int[] MONERO_BLOCK_CHARS = {0, 2, 3, 5, 6, 7, 9, 10, 11};
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;

  private CryptoWallets() {}

  /**
   * What a wallet-shaped token is: its chain, the normalized form that gets pseudonymized (hex and
   * bech32 lower-cased, base58 kept as written since its case carries meaning) and whether its
   * checksum holds. {@code checksumValid} is true for forms that carry no checksum (single-case
   * hex) when the rest of the format holds, and for Solana when the token decodes to exactly 32
   * bytes.
   */
  public record Wallet(String chain, String normalized, boolean checksumValid) {}

  /**
   * The chain a token is shaped like, with its checksum verdict; null if it has no wallet's shape.
   */
  public static Wallet classify(String t) {
    return classify(t, false);
  }

  /**
   * As {@link #classify(String)}, and a whole token with a character or two outside base58 is a
   * wallet of the chain its shape says, checksum failed. Only for a token written whole: pieces
   * joined across spaces would read words as an address.
   */
  public static Wallet classifyAllowingTypos(String t) {
    return classify(t, true);
  }

  private static Wallet classify(String t, boolean typos) {
    int n = t.length();
    if (TON_FRIENDLY.matcher(t).matches()) {
      return new Wallet("ton", t, isValidTon(t));
    }
    if (n == 42 && (t.startsWith("0x") || t.startsWith("0X"))) {
      return new Wallet("evm", "0x" + t.substring(2).toLowerCase(Locale.ROOT), isValidEthereum(t));
    }
    String lower = t.toLowerCase(Locale.ROOT);
    // bech32 is single-case: a mixed-case "TB1tLq..." is a base58 TRON address, not testnet bech32.
    boolean singleCase = t.equals(lower) || t.equals(t.toUpperCase(Locale.ROOT));
    if (singleCase && (lower.startsWith("addr1") || lower.startsWith("stake1"))) {
      return new Wallet("ada", lower, isValidCardano(t));
    }
    if (singleCase
        && (lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("ltc1"))) {
      return new Wallet(lower.startsWith("ltc1") ? "ltc" : "btc", lower, isValidBech32(t));
    }
    if (!isBase58(t, B58) && !(t.charAt(0) == 'r' && isBase58(t, RIPPLE_B58))) {
      return typos && typoed(t) ? shapeOnly(t) : null;
    }
    char c = t.charAt(0);
    Wallet w = null;
    if (n == MONERO_CHARS && (c == '4' || c == '8')) {
      w = new Wallet("xmr", t, isValidMonero(t));
    } else if ((c == '1' || c == '3') && n >= 26 && n <= 35) {
      w = new Wallet("btc", t, isValidBase58Check(t));
    } else if (c == 'T' && n == 34) {
      w = new Wallet("tron", t, hasVersion(t, B58, 0x41));
    } else if ((c == 'L' || c == 'M') && n >= 26 && n <= 34) {
      w = new Wallet("ltc", t, hasVersion(t, B58, c == 'L' ? 0x30 : 0x32));
    } else if (c == 'D' && n == 34) {
      w = new Wallet("doge", t, hasVersion(t, B58, 0x1e));
    } else if (c == 'r' && n >= 25 && n <= 35) {
      w = new Wallet("xrp", t, hasVersion(t, RIPPLE_B58, 0));
    }
    if (w != null && w.checksumValid()) {
      return w;
    }
    // Any base58 string can be a Solana key: its only check is that it decodes to 32 bytes.
    if (n >= 32 && n <= 44 && isBase58(t, B58)) {
      byte[] key = base58Decode(t, B58);
      if (key != null && key.length == 32) {
        return new Wallet("sol", t, true);
      }
    }
    return w != null
        ? w
        : n >= 32 && n <= 44 && isBase58(t, B58) ? new Wallet("sol", t, false) : null;
  }

  /** Most characters outside base58 a wallet with typos may hold: a changed character or two. */
  private static final int MAX_TYPOS = 2;

  /**
   * Whether t is a base58 address with a character or two changed to one base58 leaves out ("0",
   * "O", "I", "l"): a typo or a deliberate change still identifies its owner (the rule: a
   * wallet-shaped token is an identifier even when its checksum fails).
   */
  private static boolean typoed(String t) {
    int outside = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
      if (B58.indexOf(c) < 0 && ++outside > MAX_TYPOS) {
        return false;
      }
    }
    return outside > 0;
  }

  /** The chain a base58 address with typos is shaped like (its checksum cannot hold); or null. */
  private static Wallet shapeOnly(String t) {
    int n = t.length();
    char c = t.charAt(0);
    String chain =
        n == MONERO_CHARS && (c == '4' || c == '8')
            ? "xmr"
            : (c == '1' || c == '3') && n >= 26 && n <= 35
                ? "btc"
                : c == 'T' && n == 34
                    ? "tron"
                    : (c == 'L' || c == 'M') && n >= 26 && n <= 34
                        ? "ltc"
                        : c == 'D' && n == 34
                            ? "doge"
                            : c == 'r' && n >= 25 && n <= 35
                                ? "xrp"
                                : n >= 32 && n <= 44 ? "sol" : null;
    return chain == null ? null : new Wallet(chain, t, false);
  }

  /**
   * A Bitcoin Cash / eCash CashAddr ("bitcoincash:qq..."): a prefix, a colon and 42 characters of
   * the bech32 alphabet (a version byte, a 20-byte hash and a 40-bit BCH checksum over prefix and
   * payload); null if t has no such shape. Normalized with its prefix, lower case. Without a prefix
   * ("qq...") the checksum is read with "bitcoincash".
   */
  public static Wallet classifyCashAddr(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    if (!(lower.equals(t) || t.equals(t.toUpperCase(Locale.ROOT)))) {
      return null;
    }
    int colon = lower.indexOf(':');
    String prefix = colon < 0 ? "bitcoincash" : lower.substring(0, colon);
    String payload = lower.substring(colon + 1);
    if (payload.length() != 42 || (payload.charAt(0) != 'q' && payload.charAt(0) != 'p')) {
      return null;
    }
    long c = 1;
    for (int i = 0; i < prefix.length(); i++) {
      c = cashPolymod(c, prefix.charAt(i) & 0x1f);
    }
    c = cashPolymod(c, 0);
    for (int i = 0; i < payload.length(); i++) {
      int d = BECH32.indexOf(payload.charAt(i));
      if (d < 0) {
        return null;
      }
      c = cashPolymod(c, d);
    }
    return new Wallet("bch", prefix + ":" + payload, (c ^ 1) == 0);
  }

  private static long cashPolymod(long c, int d) {
    long c0 = c >>> 35;
    c = ((c & 0x07ffffffffL) << 5) ^ d;
    if ((c0 & 0x01) != 0) {
      c ^= 0x98f2bc8e61L;
    }
    if ((c0 & 0x02) != 0) {
      c ^= 0x79b76d99e2L;
    }
    if ((c0 & 0x04) != 0) {
      c ^= 0xf33e5fb3c4L;
    }
    if ((c0 & 0x08) != 0) {
      c ^= 0xae2eabe2a8L;
    }
    if ((c0 & 0x10) != 0) {
      c ^= 0x1e4f43e470L;
    }
    return c;
  }

  /**
   * A CashAddr whose checksum holds, for tests and the sample generator: prefix, version byte,
   * 20-byte hash.
   */
  public static String cashAddr(String prefix, int version, byte[] hash) {
    byte[] data = new byte[hash.length + 1];
    data[0] = (byte) version;
    System.arraycopy(hash, 0, data, 1, hash.length);
    // 8-bit bytes to 5-bit groups, padded
    StringBuilder five = new StringBuilder();
    int acc = 0;
    int bits = 0;
    List<Integer> values = new java.util.ArrayList<>();
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        values.add((acc >> bits) & 31);
      }
    }
    if (bits > 0) {
      values.add((acc << (5 - bits)) & 31);
    }
    long c = 1;
    for (int i = 0; i < prefix.length(); i++) {
      c = cashPolymod(c, prefix.charAt(i) & 0x1f);
    }
    c = cashPolymod(c, 0);
    for (int v : values) {
      c = cashPolymod(c, v);
    }
    for (int i = 0; i < 8; i++) {
      c = cashPolymod(c, 0);
    }
    long mod = c ^ 1;
    for (int v : values) {
      five.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 8; i++) {
      five.append(BECH32.charAt((int) ((mod >> (5 * (7 - i))) & 31)));
    }
    return prefix + ":" + five;
  }

  /**
   * True for chains whose addresses need wallet context to be told from random tokens (no
   * checksum).
   */
  public static boolean needsContext(Wallet w) {
    return !w.checksumValid() || w.chain().equals("sol");
  }

  /**
   * A TON address in its user-friendly form: 48 characters of URL-safe base64, a flags byte that
   * makes the first two "UQ", "EQ", "kQ" or "0Q".
   */
  static final Pattern TON_FRIENDLY = Pattern.compile("[UEk0]Q[A-Za-z0-9_\\-]{46}");

  /**
   * A TON user-friendly address's CRC-16/XMODEM over its first 34 bytes (flags, workchain, the
   * 32-byte account) in its last two.
   */
  static boolean isValidTon(String t) {
    byte[] raw;
    try {
      raw = java.util.Base64.getUrlDecoder().decode(t);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (raw.length != 36) {
      return false;
    }
    int crc = 0;
    for (int i = 0; i < 34; i++) {
      crc ^= (raw[i] & 0xff) << 8;
      for (int b = 0; b < 8; b++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xffff;
      }
    }
    return crc == ((raw[34] & 0xff) << 8 | (raw[35] & 0xff));
  }

  private static boolean isBase58(String s, String alphabet) {
    for (int i = 0; i < s.length(); i++) {
      if (alphabet.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Big-endian bytes of a base58 string, leading "zero" characters kept as zero bytes; null if
   * invalid.
   */
  static byte[] base58Decode(String s, String alphabet) {
    BigInteger n = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(58);
    for (int i = 0; i < s.length(); i++) {
      int d = alphabet.indexOf(s.charAt(i));
      if (d < 0) {
        return null;
      }
      n = n.multiply(base).add(BigInteger.valueOf(d));
    }
    byte[] raw = n.signum() == 0 ? new byte[0] : n.toByteArray();
    if (raw.length > 1 && raw[0] == 0) {
      raw = Arrays.copyOfRange(raw, 1, raw.length);
    }
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == alphabet.charAt(0)) {
      zeros++;
    }
    byte[] out = new byte[zeros + raw.length];
    System.arraycopy(raw, 0, out, zeros, raw.length);
    return out;
  }

  /**
   * A 25-byte base58check payload with this version byte and a matching double-SHA-256 checksum.
   */
  static boolean hasVersion(String s, String alphabet, int version) {
    byte[] full = base58Decode(s, alphabet);
    if (full == null || full.length != 25 || (full[0] & 0xff) != version) {
      return false;
    }
    byte[] check = doubleSha256(Arrays.copyOfRange(full, 0, 21));
    return Arrays.equals(Arrays.copyOfRange(check, 0, 4), Arrays.copyOfRange(full, 21, 25));
  }

  /**
   * Monero standard (4...) or subaddress (8...): 95 characters whose last 4 bytes are a Keccak
   * check.
   */
  public static boolean isValidMonero(String s) {
    if (s.length() != MONERO_CHARS) {
      return false;
    }
    byte[] data = new byte[69];
    int at = 0;
    for (int i = 0; i < MONERO_CHARS; i += 11) {
      String block = s.substring(i, Math.min(MONERO_CHARS, i + 11));
      int bytes = 0;
      while (MONERO_BLOCK_CHARS[bytes] != block.length()) {
        bytes++;
      }
      BigInteger v = BigInteger.ZERO;
      for (char c : block.toCharArray()) {
        int d = B58.indexOf(c);
        if (d < 0) {
          return false;
        }
        v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(d));
      }
      if (v.bitLength() > bytes * 8) {
        return false;
      }
      byte[] raw = v.toByteArray();
      for (int k = 0; k < bytes; k++) {
        int src = raw.length - bytes + k;
        data[at + k] = src >= 0 ? raw[src] : 0;
      }
      at += bytes;
    }
    byte[] check = Keccak256.hash(Arrays.copyOfRange(data, 0, 65));
    return Arrays.equals(Arrays.copyOfRange(check, 0, 4), Arrays.copyOfRange(data, 65, 69));
  }

  /** A Monero standard address (network byte 18, "4...") of two 32-byte keys: for the tests. */
  public static String monero(byte[] keys64) {
    byte[] data = new byte[69];
    data[0] = 18;
    System.arraycopy(keys64, 0, data, 1, 64);
    System.arraycopy(Keccak256.hash(Arrays.copyOfRange(data, 0, 65)), 0, data, 65, 4);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 69; i += 8) {
      int bytes = Math.min(8, 69 - i);
      BigInteger v = new BigInteger(1, Arrays.copyOfRange(data, i, i + bytes));
      char[] block = new char[MONERO_BLOCK_CHARS[bytes]];
      for (int k = block.length - 1; k >= 0; k--) {
        BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(58));
        block[k] = B58.charAt(qr[1].intValue());
        v = qr[0];
      }
      out.append(block);
    }
    return out.toString();
  }

  /** A base58check address in Ripple's alphabet (XRP classic address, version 0: "r..."). */
  public static String xrp(byte[] hash20) {
    return translate(base58Check(0, hash20), B58, RIPPLE_B58);
  }

  private static String translate(String s, String from, String to) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(to.charAt(from.indexOf(c)));
    }
    return out.toString();
  }

  /** Normalized form of a valid address (bech32 and Ethereum lower-cased), or null if invalid. */
  public static String normalize(String candidate) {
    if (candidate.startsWith("0x") || candidate.startsWith("0X")) {
      return isValidEthereum(candidate)
          ? "0x" + candidate.substring(2).toLowerCase(Locale.ROOT)
          : null;
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (lower.startsWith("bc1") || lower.startsWith("tb1")) {
      return isValidBech32(candidate) ? lower : null;
    }
    return isValidBase58Check(candidate) ? candidate : null;
  }

  public static boolean isValidBase58Check(String s) {
    if (s.length() < 26 || s.length() > 35 || (s.charAt(0) != '1' && s.charAt(0) != '3')) {
      return false;
    }
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      int d = B58.indexOf(c);
      if (d < 0) {
        return false;
      }
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(d));
    }
    byte[] raw = n.toByteArray();
    if (raw.length > 25 && raw[0] == 0) {
      raw = Arrays.copyOfRange(raw, 1, raw.length);
    }
    if (raw.length > 25) {
      return false;
    }
    byte[] full = new byte[25];
    System.arraycopy(raw, 0, full, 25 - raw.length, raw.length);
    int leadingOnes = 0;
    while (leadingOnes < s.length() && s.charAt(leadingOnes) == '1') {
      leadingOnes++;
    }
    int zeroBytes = 0;
    while (zeroBytes < full.length && full[zeroBytes] == 0) {
      zeroBytes++;
    }
    if (full[0] != 0 && full[0] != 5 || zeroBytes != leadingOnes) {
      return false;
    }
    byte[] check = doubleSha256(Arrays.copyOfRange(full, 0, 21));
    return Arrays.equals(Arrays.copyOfRange(check, 0, 4), Arrays.copyOfRange(full, 21, 25));
  }

  public static boolean isValidBech32(String s) {
    if (!s.equals(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    int sep = lower.lastIndexOf('1');
    if (sep < 1 || sep + 7 > lower.length() || lower.length() > 90) {
      return false;
    }
    String hrp = lower.substring(0, sep);
    int[] data = bech32Values(lower, sep);
    if (data == null) {
      return false;
    }
    int pm = polymod(hrp, data);
    int version = data[0];
    if (version > 16) {
      return false;
    }
    return version == 0 ? pm == BECH32_CONST : pm == BECH32M_CONST;
  }

  /**
   * A Cardano Shelley address ("addr1...", "stake1..."): bech32 with its plain checksum, longer
   * than BIP-173's 90 characters (a base address is 103) and with no segwit version.
   */
  public static boolean isValidCardano(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int sep = lower.lastIndexOf('1');
    if (sep < 1 || sep + 7 > lower.length()) {
      return false;
    }
    int[] data = bech32Values(lower, sep);
    return data != null && polymod(lower.substring(0, sep), data) == BECH32_CONST;
  }

  /** The 5-bit values of the characters after the separator, or null if one is not bech32's. */
  private static int[] bech32Values(String lower, int sep) {
    int[] data = new int[lower.length() - sep - 1];
    for (int i = 0; i < data.length; i++) {
      data[i] = BECH32.indexOf(lower.charAt(sep + 1 + i));
      if (data[i] < 0) {
        return null;
      }
    }
    return data;
  }

  public static boolean isValidEthereum(String s) {
    if (s.length() != 42 || !s.substring(0, 2).equalsIgnoreCase("0x")) {
      return false;
    }
    String hex = s.substring(2);
    if (!hex.matches("[0-9a-fA-F]{40}")) {
      return false;
    }
    if (hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
      return true; // no checksum to verify in single-case form
    }
    return hex.equals(eip55(hex.toLowerCase(Locale.ROOT)));
  }

  /** EIP-55 mixed-case form of 40 lower-case hex digits. */
  public static String eip55(String lowerHex) {
    byte[] h = Keccak256.hash(lowerHex.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      char c = lowerHex.charAt(i);
      int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(Character.isLetter(c) && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  /** A base58check address of a 20-byte hash with version 0 (P2PKH, "1...") or 5 (P2SH, "3..."). */
  public static String base58Check(int version, byte[] hash20) {
    byte[] payload = new byte[21];
    payload[0] = (byte) version;
    System.arraycopy(hash20, 0, payload, 1, 20);
    byte[] check = doubleSha256(payload);
    byte[] full = Arrays.copyOf(payload, 25);
    System.arraycopy(check, 0, full, 21, 4);
    StringBuilder out = new StringBuilder();
    BigInteger n = new BigInteger(1, full);
    BigInteger base = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(base);
      out.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < full.length && full[i] == 0; i++) {
      out.append('1');
    }
    return out.reverse().toString();
  }

  /** A segwit v0 bech32 address ("bc1q...") of a 20-byte program. */
  public static String bech32SegwitV0(byte[] program20) {
    return bech32SegwitV0("bc", program20);
  }

  /** A segwit v0 bech32 address of a 20-byte program under a human-readable part ("bc", "ltc"). */
  public static String bech32SegwitV0(String hrp, byte[] program20) {
    int[] five = convertBits(program20);
    int[] data = new int[five.length + 1];
    data[0] = 0;
    System.arraycopy(five, 0, data, 1, five.length);
    int[] withZeros = Arrays.copyOf(data, data.length + 6);
    int pm = polymod(hrp, withZeros) ^ BECH32_CONST;
    StringBuilder out = new StringBuilder(hrp + "1");
    for (int d : data) {
      out.append(BECH32.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      out.append(BECH32.charAt((pm >> (5 * (5 - i))) & 31));
    }
    return out.toString();
  }

  /** An Ethereum address with EIP-55 checksum from 20 bytes. */
  public static String ethereum(byte[] bytes20) {
    return "0x" + eip55(HexFormat.of().formatHex(bytes20));
  }

  private static int[] convertBits(byte[] data) {
    int acc = 0;
    int bits = 0;
    int[] out = new int[(data.length * 8 + 4) / 5];
    int n = 0;
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out[n++] = (acc >> bits) & 31;
      }
    }
    if (bits > 0) {
      out[n++] = (acc << (5 - bits)) & 31;
    }
    return Arrays.copyOf(out, n);
  }

  private static int polymod(String hrp, int[] data) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    int[] expanded = new int[hrp.length() * 2 + 1 + data.length];
    int k = 0;
    for (char c : hrp.toCharArray()) {
      expanded[k++] = c >> 5;
    }
    expanded[k++] = 0;
    for (char c : hrp.toCharArray()) {
      expanded[k++] = c & 31;
    }
    System.arraycopy(data, 0, expanded, k, data.length);
    for (int v : expanded) {
      int top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((top >> i) & 1) == 1) {
          chk ^= gen[i];
        }
      }
    }
    return chk;
  }

  private static byte[] doubleSha256(byte[] in) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return md.digest(md.digest(in));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
