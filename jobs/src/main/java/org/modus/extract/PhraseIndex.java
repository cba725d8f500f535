package org.modus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys plus a map of "compact" keys (a phrase with its spaces removed), so a cue
 * is found in one pass over the tokens whatever the number of cues: per token a few hash look-ups,
 * never a regular expression per cue. The compact map catches phrases split or glued to evade
 * filters ("tele gram", "whats @ pp", "westernunion").
 */
final class PhraseIndex<T> {
  /**
   * Shortest compact key tried for a join of tokens, so short pieces do not glue into false words.
   */
  static final int MIN_JOIN_LENGTH = 5;

  static final int MAX_JOIN_TOKENS = 3;

  /** A pattern slot that matches any token holding a digit ("earn qqnumqq" finds "earn 3000"). */
  static final String NUMBER_SLOT = "qqnumqq";

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    final List<T> payloads = new ArrayList<>(1);
  }

  /** A phrase found at tokens [start, end). */
  record Hit<T>(int start, int end, T payload) {}

  private final Node<T> root = new Node<>();
  private final Map<String, List<T>> compact = new HashMap<>();

  /**
   * Every prefix of every compact key. Joining tokens costs a string and a hash look-up per try,
   * and most tokens start no glued phrase: a join is tried only from a token whose key could begin
   * one (see {@link #mayStartJoin}).
   */
  private final java.util.Set<String> compactPrefixes = new java.util.HashSet<>();

  /**
   * Hashes of the first {@link #MIN_JOIN_LENGTH} characters of every compact key, see {@link
   * #headHash}.
   */
  private final java.util.BitSet compactHeads = new java.util.BitSet(HEAD_HASH_BITS);

  private static final int HEAD_HASH_BITS = 1 << 16;
  private int longestCompact;
  private final String lang;

  PhraseIndex(String lang) {
    this.lang = lang;
  }

  /** Adds a phrase given as its tokens' keys and its raw tokens (for the compact form). */
  void add(List<String> keys, List<String> rawTokens, T payload, boolean allowCompact) {
    Node<T> node = root;
    for (String k : keys) {
      node = node.next.computeIfAbsent(k, x -> new Node<>());
    }
    node.payloads.add(payload);
    if (allowCompact) {
      String c = compactKey(rawTokens);
      if (c.length() >= MIN_JOIN_LENGTH) {
        compact.computeIfAbsent(c, x -> new ArrayList<>()).add(payload);
        compactHeads.set(headHash(c));
        for (int len = 1; len <= c.length(); len++) {
          compactPrefixes.add(c.substring(0, len));
        }
        longestCompact = Math.max(longestCompact, c.length() + 2);
      }
    }
  }

  private String compactKey(List<String> rawTokens) {
    return TextFolding.stem(lang, TextFolding.fold(String.join("", rawTokens)));
  }

  /** Whether a phrase begins with this key, or a glued form is this key. */
  boolean begins(String key) {
    return root.next.containsKey(key) || compact.containsKey(key);
  }

  List<Hit<T>> find(List<Token> tokens) {
    List<Hit<T>> hits = new ArrayList<>();
    int n = tokens.size();
    // Facts of a token used at every trie step and join attempt: computed once per token here.
    boolean[] digit = new boolean[n];
    boolean[] joinable = new boolean[n];
    for (int i = 0; i < n; i++) {
      String text = tokens.get(i).text();
      digit[i] = hasDigit(text);
      joinable[i] = joinable(text);
    }
    KeyCache joinKeys = compact.isEmpty() ? null : KeyCache.forJoins(lang);
    for (int i = 0; i < n; i++) {
      walk(root, tokens, digit, i, i, hits);
      if (compact.isEmpty()) {
        continue;
      }
      Token firstToken = tokens.get(i);
      String first = firstToken.key();
      List<T> single = compact.get(first);
      if (single != null) {
        for (T p : single) {
          hits.add(new Hit<>(i, i + 1, p));
        }
      }
      if (first.length() >= longestCompact || !joinable[i] || !mayStartJoin(first)) {
        continue;
      }
      StringBuilder joined = new StringBuilder(firstToken.text());
      for (int m = 2; m <= MAX_JOIN_TOKENS && i + m <= n; m++) {
        Token t = tokens.get(i + m - 1);
        if (t.sentence() != firstToken.sentence() || !joinable[i + m - 1]) {
          break;
        }
        joined.append(t.text());
        if (joined.length() > longestCompact) {
          break;
        }
        // The key of the joined text, memoized: folding a join is not joining the tokens' keys.
        String key = joinKeys.key(joined.toString());
        List<T> ps = key.length() < MIN_JOIN_LENGTH ? null : compact.get(key);
        if (ps != null) {
          for (T p : ps) {
            hits.add(new Hit<>(i, i + m, p));
          }
        }
        if (!mayStartJoin(key)) {
          // A longer join folds to this key plus more: it cannot become a compact key either.
          break;
        }
      }
    }
    return hits;
  }

  /** A hash of the first MIN_JOIN_LENGTH characters, without making a substring of them. */
  private static int headHash(String s) {
    int h = 0;
    for (int i = 0; i < MIN_JOIN_LENGTH; i++) {
      h = 31 * h + s.charAt(i);
    }
    return (h ^ (h >>> 16)) & (HEAD_HASH_BITS - 1);
  }

  private void walk(
      Node<T> node, List<Token> tokens, boolean[] digit, int start, int j, List<Hit<T>> hits) {
    if (j >= tokens.size()) {
      return;
    }
    Node<T> exact = node.next.get(tokens.get(j).key());
    if (exact != null) {
      for (T p : exact.payloads) {
        hits.add(new Hit<>(start, j + 1, p));
      }
      walk(exact, tokens, digit, start, j + 1, hits);
    }
    Node<T> number = digit[j] ? node.next.get(NUMBER_SLOT) : null;
    if (number != null) {
      for (T p : number.payloads) {
        hits.add(new Hit<>(start, j + 1, p));
      }
      walk(number, tokens, digit, start, j + 1, hits);
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a join starting at a token with this key can fold to a compact key. The join's key is
   * {@code stem(fold(joined text))}, which begins with the first token's fold, of which the token's
   * key is a prefix (stems only cut a suffix). So the token's key is either a prefix of a compact
   * key or a compact key followed by fewer than {@link TextFolding#MAX_STEM_CUT} characters the
   * stem cut from the join. Leet and joiner undoing are decided on the whole join ("wh47" alone
   * stays as written, "wh47sapp" becomes "whatsapp"), so a key holding such characters is also
   * tried with them undone.
   */
  boolean mayStartJoin(String key) {
    if (startsCompact(key)) {
      return true;
    }
    String loose = TextFolding.undoLeetAndJoiners(key);
    return !loose.equals(key) && startsCompact(loose);
  }

  private boolean startsCompact(String key) {
    if (compactPrefixes.contains(key)) {
      return true;
    }
    if (key.length() <= MIN_JOIN_LENGTH || !compactHeads.get(headHash(key))) {
      return false;
    }
    for (int cut = 1;
        cut < TextFolding.MAX_STEM_CUT && key.length() - cut >= MIN_JOIN_LENGTH;
        cut++) {
      if (compact.containsKey(key.substring(0, key.length() - cut))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A piece may be glued to its neighbours if it is a word or a filter-evading symbol, not
   * punctuation.
   */
  static boolean joinable(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '|') {
        return true;
      }
    }
    return false;
  }
}
