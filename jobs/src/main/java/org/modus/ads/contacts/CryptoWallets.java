package org.modus.ads.contacts;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Bitcoin (base58check P2PKH/P2SH, bech32/bech32m segwit) and Ethereum (hex, EIP-55 checksum when mixed
 * case) addresses: validation, so a random-looking token is not taken for a wallet, and encoding, so
 * the sample generator can write synthetic addresses whose checksums hold.
 */
public final class CryptoWallets {
  private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;

  private CryptoWallets() {}

  /** Normalized form of a valid address (bech32 and Ethereum lower-cased), or null if invalid. */
  public static String normalize(String candidate) {
    if (candidate.startsWith("0x") || candidate.startsWith("0X")) {
      return isValidEthereum(candidate) ? "0x" + candidate.substring(2).toLowerCase(Locale.ROOT) : null;
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
    int[] data = new int[lower.length() - sep - 1];
    for (int i = 0; i < data.length; i++) {
      data[i] = BECH32.indexOf(lower.charAt(sep + 1 + i));
      if (data[i] < 0) {
        return false;
      }
    }
    int pm = polymod(hrp, data);
    int version = data[0];
    if (version > 16) {
      return false;
    }
    return version == 0 ? pm == BECH32_CONST : pm == BECH32M_CONST;
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
    int[] five = convertBits(program20);
    int[] data = new int[five.length + 1];
    data[0] = 0;
    System.arraycopy(five, 0, data, 1, five.length);
    int[] withZeros = Arrays.copyOf(data, data.length + 6);
    int pm = polymod("bc", withZeros) ^ BECH32_CONST;
    StringBuilder out = new StringBuilder("bc1");
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
