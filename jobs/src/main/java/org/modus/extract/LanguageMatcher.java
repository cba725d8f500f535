package org.modus.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lexicon compiled for one language: cues and scope phrases tokenized by that language's CoreNLP
 * tokenizer (the same one the text goes through) and folded into tries. Built once per JVM and language.
 */
final class LanguageMatcher {
  private static final Map<String, LanguageMatcher> CACHE = new ConcurrentHashMap<>();

  final String lang;
  final Lexicon lexicon;
  private final PhraseIndex<LexiconEntry> cues;
  private final PhraseIndex<ScopeRule> scope;
  private final Set<String> numberWords;

  /** A cue found in the text, before negation and context are judged. */
  record CueMatch(int start, int end, LexiconEntry entry) {}

  /** A scope phrase found in the text. */
  record ScopeMatch(int start, int end, ScopeRule.Kind kind) {}

  private LanguageMatcher(String lang, Lexicon lexicon) {
    this.lang = lang;
    this.lexicon = lexicon;
    String tokLang = NlpPipelines.tokenizerLanguage(lang);
    this.cues = new PhraseIndex<>(tokLang);
    for (LexiconEntry e : lexicon.entriesFor(lang)) {
      for (String phrase : expand(e.pattern())) {
        List<Token> toks = NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults());
        cues.add(toks.stream().map(Token::key).toList(), toks.stream().map(Token::text).toList(), e, true);
      }
    }
    this.scope = new PhraseIndex<>(tokLang);
    for (ScopeRule r : lexicon.scopeRules()) {
      if (r.lang().equals("*") || r.lang().equals(lang) || !Lexicon.LANGUAGES.contains(lang)) {
        for (String phrase : expand(r.pattern())) {
          List<Token> toks = NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults());
          scope.add(toks.stream().map(Token::key).toList(), toks.stream().map(Token::text).toList(), r, false);
        }
      }
    }
    Set<String> numbers = new HashSet<>();
    lexicon.numberWords().forEach((l, words) -> {
      if (l.equals(lang) || l.equals("*") || !Lexicon.LANGUAGES.contains(lang)) {
        numbers.addAll(words);
      }
    });
    this.numberWords = Set.copyOf(numbers);
  }

  static LanguageMatcher forLanguage(String lang, Lexicon lexicon) {
    String key = (lang == null ? "other" : lang) + "@" + lexicon.version() + "#" + System.identityHashCode(lexicon);
    return CACHE.computeIfAbsent(key, k -> new LanguageMatcher(lang == null ? "other" : lang, lexicon));
  }

  /**
   * Expands a pattern's alternatives: "nouveau|nouvelle en ville" gives "nouveau en ville" and
   * "nouvelle en ville". Alternatives are per space-separated slot.
   */
  static List<String> expand(String pattern) {
    List<String> out = new ArrayList<>(List.of(""));
    for (String slot : pattern.trim().split("\\s+")) {
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String alt : slot.split("\\|")) {
          if (!alt.isEmpty()) {
            next.add(prefix.isEmpty() ? alt : prefix + " " + alt);
          }
        }
      }
      out = next;
    }
    return out;
  }

  /**
   * Cues in the text, leftmost-longest: a cue inside a longer one is dropped ("cash" inside "cash app"),
   * while several entries on the very same span all stand (one phrase, several categories).
   */
  List<CueMatch> cues(List<Token> tokens) {
    List<PhraseIndex.Hit<LexiconEntry>> hits = new ArrayList<>(cues.find(tokens));
    hits.removeIf(h -> !contextAllows(h.payload(), tokens, h.start(), h.end()));
    hits.sort(Comparator.<PhraseIndex.Hit<LexiconEntry>>comparingInt(h -> h.start() - h.end())
        .thenComparingInt(PhraseIndex.Hit::start));
    boolean[] taken = new boolean[tokens.size()];
    List<CueMatch> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PhraseIndex.Hit<LexiconEntry> h : hits) {
      String span = h.start() + ":" + h.end();
      boolean free = true;
      for (int i = h.start(); i < h.end(); i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      boolean sameSpanAsKept = seen.contains(span);
      if (!free && !sameSpanAsKept) {
        continue;
      }
      if (!seen.add(span + "|" + h.payload().id())) {
        continue;
      }
      seen.add(span);
      for (int i = h.start(); i < h.end(); i++) {
        taken[i] = true;
      }
      out.add(new CueMatch(h.start(), h.end(), h.payload()));
    }
    out.sort(Comparator.comparingInt(CueMatch::start));
    return out;
  }

  private boolean contextAllows(LexiconEntry e, List<Token> tokens, int start, int end) {
    if (e.requires() != null && !contextOccurs(e.requires(), tokens, start, end)) {
      return false;
    }
    return e.unless() == null || !contextOccurs(e.unless(), tokens, start, end);
  }

  /** {@code sets} may name several sets joined by '|': any of them is enough. */
  private boolean contextOccurs(String sets, List<Token> tokens, int start, int end) {
    for (String set : sets.split("\\|")) {
      if (contextSetOccurs(set, tokens, start, end)) {
        return true;
      }
    }
    return false;
  }

  private boolean contextSetOccurs(String set, List<Token> tokens, int start, int end) {
    Map<String, ContextSet> byLang = lexicon.contexts().get(set);
    for (Map.Entry<String, ContextSet> c : byLang.entrySet()) {
      boolean applies = c.getKey().equals("*") || c.getKey().equals(lang) || !Lexicon.LANGUAGES.contains(lang);
      if (applies && c.getValue().occursAround(tokens, start, end)) {
        return true;
      }
    }
    return false;
  }

  List<ScopeMatch> scope(List<Token> tokens) {
    List<ScopeMatch> out = new ArrayList<>();
    for (PhraseIndex.Hit<ScopeRule> h : scope.find(tokens)) {
      out.add(new ScopeMatch(h.start(), h.end(), h.payload().kind()));
    }
    return Collections.unmodifiableList(out);
  }

  boolean isNumberWord(String key) {
    return numberWords.contains(key);
  }
}
