package org.modus.notebooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Cell ids derived from what a cell shows (a figure id and the cell's role), never random, so two
 * exports of the same report diff cell by cell. nbformat 4.5 allows {@code ^[a-zA-Z0-9-_]+$}, 1 to
 * 64 characters; a longer or unusual name is shortened and made unique again with a hash of the
 * original.
 */
public final class CellIds {
  public static final int MAX_LENGTH = 64;
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-zA-Z0-9_-]");

  private CellIds() {}

  public static String of(String name, String role) {
    String full = name + "-" + role;
    String clean = NOT_ALLOWED.matcher(full).replaceAll("-");
    if (clean.equals(full) && clean.length() <= MAX_LENGTH) {
      return clean;
    }
    String hash = hash(full);
    String suffix = "-" + role + "-" + hash;
    String head = NOT_ALLOWED.matcher(name).replaceAll("-");
    int room = MAX_LENGTH - suffix.length();
    if (room < 1) {
      return hash;
    }
    return (head.length() > room ? head.substring(0, room) : head) + suffix;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
