package org.modus.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Path, size and SHA-256 of one input file, for the manifest. */
public record InputFingerprint(String path, long bytes, String sha256) {

  /**
   * Fingerprints every file a path, folder or glob names (hidden files skipped), sorted by path.
   */
  public static List<InputFingerprint> of(String pathOrGlob, Configuration conf) {
    try {
      Path p = new Path(pathOrGlob);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new ModusException("Input not found: " + pathOrGlob + " (check the path or glob)");
      }
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          for (FileStatus f : fs.listStatus(m.getPath())) {
            String name = f.getPath().getName();
            if (f.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
              files.add(f);
            }
          }
        } else {
          files.add(m);
        }
      }
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      List<InputFingerprint> out = new ArrayList<>();
      for (FileStatus f : files) {
        out.add(new InputFingerprint(f.getPath().toString(), f.getLen(), sha256(fs, f.getPath())));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pathOrGlob, e);
    }
  }

  private static String sha256(FileSystem fs, Path path) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = fs.open(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
