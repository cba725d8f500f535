package org.modus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modus.schemas.Taxonomy;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * Finds the modus-operandi features of one document: tokenizes it with its language's CoreNLP
 * tokenizer, matches the lexicon, judges each cue's context (negation or warning scope, ambiguity),
 * adds the platform's channel from the taxonomy, the contact placeholders and spelled-out numbers,
 * and computes the two scores. Pure per-document logic: the Spark job only maps it over partitions.
 */
public final class DocumentExtractor {
  private static final long serialVersionUID = 1L;
  static final int SNIPPET_TOKENS = 6;
  static final int SNIPPET_MAX_CHARS = 160;

  /**
   * A spelled-out phone number: at least this many digits, at least two of them written as words.
   */
  static final int OBSCURED_MIN_DIGITS = 7;

  static final int OBSCURED_MIN_WORDS = 2;
  static final String OBSCURED_RULE = "rule:spelled_out_number";
  static final String SPLIT_DIGITS_RULE = "rule:split_digits";

  /** Characters no phone format uses between its digit groups: "587*327*0874", "604_367_0461". */
  private static final String ODD_SEPARATORS = "*=_+~^|\uff1a";

  /**
   * Families a warning does not negate: where the scam it warns of happens is still where it
   * happens.
   */
  private static final Set<String> NAMED_IN_WARNINGS = Set.of("platform", "recruitment_channel");

  private final Lexicon lexicon;
  private final ScoreWeights weights;
  private final NlpOptions options;
  private final MetadataSignals signals = MetadataSignals.load();
  private final java.util.concurrent.ConcurrentHashMap<String, LanguageMatcher> matchers =
      new java.util.concurrent.ConcurrentHashMap<>();

  public DocumentExtractor(Lexicon lexicon, ScoreWeights weights, NlpOptions options) {
    this.lexicon = lexicon;
    this.weights = weights;
    this.options = options;
  }

  public static DocumentExtractor defaults() {
    return new DocumentExtractor(Lexicon.load(), ScoreWeights.load(), NlpOptions.defaults());
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public ScoreWeights weights() {
    return weights;
  }

  /**
   * Extracts features from {@code text} in {@code lang} (null or unknown: every language's cues).
   */
  public DocumentResult extract(String lang, String text) {
    return extract(lang, text, null);
  }

  /**
   * Extracts features from {@code text} in {@code lang}; {@code country} is the ad's ISO alpha-2
   * country (null when unknown), against which a place named as the job's destination is judged
   * abroad or not.
   */
  public DocumentResult extract(String lang, String text, String country) {
    return extract(lang, text, country, Map.of());
  }

  /**
   * As {@link #extract(String, String, String)}, with the ad's structured fields ({@code
   * ads.metadata}), which give features of their own through {@link MetadataSignals}.
   */
  public DocumentResult extract(
      String lang, String text, String country, Map<String, String> metadata) {
    String language = lang == null || lang.isBlank() ? "other" : lang;
    List<ExtractedFeature> fromMetadata = signals.features(metadata, language, weights);
    if (text == null || text.isBlank()) {
      return score(language, fromMetadata);
    }
    Placeholders.Protected prot = Placeholders.protect(text, lexicon.placeholderTypes());
    LanguageMatcher matcher =
        matchers.computeIfAbsent(language, l -> LanguageMatcher.forLanguage(l, lexicon));
    List<Token> tokens =
        matcher.splitGlued(
            NlpPipelines.tokenize(NlpPipelines.tokenizerLanguage(language), prot.text(), options));
    List<LanguageMatcher.ScopeMatch> scope = matcher.scope(tokens);
    boolean[] breaker = breakers(tokens, scope);
    Country home = country == null ? null : Countries.get().resolve(country).orElse(null);
    Map<String, List<PhraseIndex.Hit<String>>> concepts = matcher.conceptHits(tokens, home);
    List<LanguageMatcher.CueMatch> derived =
        new ArrayList<>(matcher.nearCues(tokens, sentenceBreakers(tokens, breaker), concepts));
    List<LanguageMatcher.CueMatch> exact = matcher.cues(tokens);
    derived.addAll(matcher.payCues(tokens, concepts, home, easyWork(exact, derived)));
    derived.addAll(matcher.ageCues(tokens, concepts));
    List<LanguageMatcher.CueMatch> cues = withNearCues(exact, derived);
    boolean[] cueToken = new boolean[tokens.size()];
    for (LanguageMatcher.CueMatch c : cues) {
      for (int i = c.start(); i < c.end(); i++) {
        cueToken[i] |= c.isCueToken(i);
      }
    }
    List<ExtractedFeature> out = new ArrayList<>();
    LanguageMatcher.CueMatch previous = null;
    boolean previousNegated = false;
    for (LanguageMatcher.CueMatch c : cues) {
      boolean negated =
          negated(c, tokens, scope, breaker, cueToken)
              || continuesNegatedList(previous, previousNegated, c, tokens, breaker);
      previous = c;
      previousNegated = negated;
      LexiconEntry e = c.entry();
      String snippet = snippet(tokens, prot, c.start(), c.end());
      out.add(
          new ExtractedFeature(
              e.family(),
              e.category(),
              negated,
              e.id(),
              language,
              c.start(),
              c.end(),
              snippet,
              weightOf(e.family(), e.category(), e.weight())));
      if (e.family().equals("platform")) {
        // The channel comes from the taxonomy, never a second mapping here.
        Taxonomy.v1()
            .channelOf(e.category())
            .ifPresent(
                ch ->
                    out.add(
                        new ExtractedFeature(
                            "recruitment_channel",
                            ch,
                            negated,
                            e.id() + "#channel",
                            language,
                            c.start(),
                            c.end(),
                            snippet,
                            null)));
      }
    }
    addContacts(tokens, prot, language, out);
    addSpelledOutNumbers(tokens, prot, matcher, language, out);
    addSplitDigits(tokens, prot, language, out);
    out.addAll(fromMetadata);
    return score(language, dedupe(out));
  }

  /**
   * Whether a cue says the work needs no experience or is a trivial remote task (the categories of
   * {@code unrealistic_pay_easy_work_categories}), so that pay above the norm is judged stricter.
   * Negation is not checked: the cues of these categories are themselves negative phrases ("no
   * experience").
   */
  private boolean easyWork(
      List<LanguageMatcher.CueMatch> exact, List<LanguageMatcher.CueMatch> near) {
    java.util.Set<String> easy = lexicon.pay().easyWorkCategories();
    return java.util.stream.Stream.concat(exact.stream(), near.stream())
        .anyMatch(c -> easy.contains(c.entry().family() + "/" + c.entry().category()));
  }

  private Double weightOf(String family, String category, double entryWeight) {
    Double w = weights.weightOf(family, category);
    return w == null ? null : w * entryWeight;
  }

  /**
   * Exact cues plus the proximity matches that add something: a proximity match is dropped where an
   * exact cue or an earlier proximity match of the same category already covers one of its tokens.
   */
  private static List<LanguageMatcher.CueMatch> withNearCues(
      List<LanguageMatcher.CueMatch> exact, List<LanguageMatcher.CueMatch> near) {
    if (near.isEmpty()) {
      return exact;
    }
    List<LanguageMatcher.CueMatch> all = new ArrayList<>(exact);
    for (LanguageMatcher.CueMatch n : near) {
      boolean covered = false;
      for (LanguageMatcher.CueMatch c : all) {
        if (c.entry().category().equals(n.entry().category())
            && c.entry().family().equals(n.entry().family())
            && c.start() < n.end()
            && n.start() < c.end()) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        all.add(n);
      }
    }
    all.sort(java.util.Comparator.comparingInt(LanguageMatcher.CueMatch::start));
    return all;
  }

  /**
   * Breakers for proximity rules: clause ends, but not the commas of a list ("flights, visa,
   * paid").
   */
  private static boolean[] sentenceBreakers(List<Token> tokens, boolean[] breaker) {
    boolean[] b = breaker.clone();
    for (int i = 0; i < b.length; i++) {
      if (tokens.get(i).text().equals(",")) {
        b[i] = false;
      }
    }
    return b;
  }

  private static boolean[] breakers(List<Token> tokens, List<LanguageMatcher.ScopeMatch> scope) {
    boolean[] b = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      b[i] =
          t.equals(".")
              || t.equals(",")
              || t.equals(";")
              || t.equals("!")
              || t.equals("?")
              || t.equals("¡")
              || t.equals("¿")
              || t.equals("\u2022")
              || t.equals("|");
    }
    for (LanguageMatcher.ScopeMatch s : scope) {
      if (s.kind() == ScopeRule.Kind.BREAKER) {
        for (int i = s.start(); i < s.end(); i++) {
          b[i] = true;
        }
      }
    }
    return b;
  }

  /**
   * A cue is negated when a negation phrase precedes it within the window (or follows it closely)
   * in the same clause, or when a warning phrase precedes it in the same sentence. A negation word
   * that is part of a cue ("no experience needed", "sin papeles") negates nothing: the cue already
   * says it.
   */
  private boolean negated(
      LanguageMatcher.CueMatch c,
      List<Token> tokens,
      List<LanguageMatcher.ScopeMatch> scope,
      boolean[] breaker,
      boolean[] cueToken) {
    int sentence = tokens.get(c.start()).sentence();
    for (LanguageMatcher.ScopeMatch s : scope) {
      if (tokens.get(s.start()).sentence() != sentence
          || overlapsCue(s, cueToken)
          || !s.rule().appliesTo(c.entry().family(), c.entry().category())) {
        continue;
      }
      if ((s.kind() == ScopeRule.Kind.NEGATION_BEFORE || s.kind() == ScopeRule.Kind.NEGATION_AFTER)
          && s.start() >= c.gapStart()
          && s.end() <= c.gapEnd()
          && c.gapStart() < c.gapEnd()) {
        return true;
      }
      switch (s.kind()) {
        case WARNING -> {
          // "Beware of recruiters asking for gift cards on WhatsApp": the payment is not offered,
          // but
          // the channel named is the one the scam uses.
          if (s.end() <= c.start() && !NAMED_IN_WARNINGS.contains(c.entry().family())) {
            return true;
          }
        }
        case NEGATION_BEFORE -> {
          if (s.end() <= c.start()
              && c.start() - s.end() <= lexicon.negationWindow()
              && !anyBetween(breaker, s.end(), c.start())) {
            return true;
          }
        }
        case NEGATION_AFTER -> {
          if (s.start() >= c.end()
              && s.start() - c.end() <= 2
              && !anyBetween(breaker, c.end(), s.start())) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * A negation carries along a list: in "no deposit or any upfront fee" the second cue is negated
   * too, when it follows a negated cue closely in the same clause.
   */
  private boolean continuesNegatedList(
      LanguageMatcher.CueMatch previous,
      boolean previousNegated,
      LanguageMatcher.CueMatch c,
      List<Token> tokens,
      boolean[] breaker) {
    return previous != null
        && previousNegated
        && previous.end() <= c.start()
        && c.start() - previous.end() <= lexicon.negationWindow()
        && tokens.get(previous.start()).sentence() == tokens.get(c.start()).sentence()
        && !anyBetween(breaker, previous.end(), c.start());
  }

  private static boolean overlapsCue(LanguageMatcher.ScopeMatch s, boolean[] cueToken) {
    for (int i = s.start(); i < s.end(); i++) {
      if (cueToken[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyBetween(boolean[] flags, int from, int to) {
    for (int i = from; i < to; i++) {
      if (flags[i]) {
        return true;
      }
    }
    return false;
  }

  private void addContacts(
      List<Token> tokens,
      Placeholders.Protected prot,
      String language,
      List<ExtractedFeature> out) {
    if (prot.originals().isEmpty()) {
      return;
    }
    for (int i = 0; i < tokens.size(); i++) {
      int idx = prot.indexOf(tokens.get(i).text());
      if (idx >= 0 && !prot.categories().get(idx).isEmpty()) {
        String category = prot.categories().get(idx);
        out.add(
            new ExtractedFeature(
                "contact",
                category,
                false,
                "placeholder:" + category,
                language,
                i,
                i + 1,
                snippet(tokens, prot, i, i + 1),
                null));
      }
      // A contact that ingest found written to evade filters (digits as words, look-alike letters)
      // is
      // also the ad indicator obscured_contact: its placeholder type says so, the raw form is gone.
      String indicator =
          idx >= 0 ? lexicon.placeholderIndicators().get(prot.types().get(idx)) : null;
      if (indicator != null) {
        String[] fc = indicator.split("/", 2);
        out.add(
            new ExtractedFeature(
                fc[0],
                fc[1],
                false,
                "placeholder:" + prot.types().get(idx),
                language,
                i,
                i + 1,
                snippet(tokens, prot, i, i + 1),
                weightOf(fc[0], fc[1], 1.0)));
      }
    }
  }

  /**
   * Runs of digits written as words or split up ("five 5 five, one two"), a classic filter evasion.
   */
  private void addSpelledOutNumbers(
      List<Token> tokens,
      Placeholders.Protected prot,
      LanguageMatcher matcher,
      String language,
      List<ExtractedFeature> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (!matcher.isNumberWord(tokens.get(i).key()) && !isShortNumber(tokens.get(i).text())) {
        i++;
        continue;
      }
      int digits = 0;
      int words = 0;
      int j = i;
      while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence()) {
        String t = tokens.get(j).text();
        if (matcher.isNumberWord(tokens.get(j).key())) {
          digits++;
          words++;
        } else if (isShortNumber(t)) {
          digits += t.length();
        } else if (!(j > i && (t.equals("-") || t.equals(".") || t.equals("/") || t.equals(",")))) {
          break;
        }
        j++;
      }
      if (digits >= OBSCURED_MIN_DIGITS && words >= OBSCURED_MIN_WORDS) {
        Double w = weightOf("ad_indicator", "obscured_contact", 1.0);
        out.add(
            new ExtractedFeature(
                "ad_indicator",
                "obscured_contact",
                false,
                OBSCURED_RULE,
                language,
                i,
                j,
                snippet(tokens, prot, i, j),
                w));
      }
      i = j > i ? j : i + 1;
    }
  }

  /**
   * A phone number left in the text with its digit groups split by characters no phone format uses
   * ("587*327*0874", "236=881=3867", "647::571::0058", "604,369,8628"), so that filters and ingest
   * miss it: 10 or 11 digits in two to four groups of at most 7, within one run of tokens made only
   * of digits and separators, at least one separator odd (or a comma, or a doubled colon), and not
   * a thousands grouping ("1,000,000,000").
   */
  private void addSplitDigits(
      List<Token> tokens,
      Placeholders.Protected prot,
      String language,
      List<ExtractedFeature> out) {
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      StringBuilder run = new StringBuilder();
      while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence()) {
        // Text scraped without its line breaks glues words to the number ("msg604_367_0461",
        // "0874ladies"):
        // letters may lead the first token and trail the last.
        String t = tokens.get(j).text();
        String core = t.replaceAll("^\\p{L}+", j == i ? "" : "@").replaceAll("\\p{L}+$", "");
        if (!isDigitsOrSeparators(core)) {
          break;
        }
        run.append(core).append(' ');
        j++;
        if (core.length() < t.length() && j - i > 0 && !t.endsWith(core)) {
          break;
        }
      }
      if (j > i && splitPhone(run.toString())) {
        out.add(
            new ExtractedFeature(
                "ad_indicator",
                "obscured_contact",
                false,
                SPLIT_DIGITS_RULE,
                language,
                i,
                j,
                snippet(tokens, prot, i, j),
                weightOf("ad_indicator", "obscured_contact", 1.0)));
      }
      i = j > i ? j : i + 1;
    }
  }

  private static boolean isDigitsOrSeparators(String t) {
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (!Character.isDigit(c) && ODD_SEPARATORS.indexOf(c) < 0 && ",:-.()".indexOf(c) < 0) {
        return false;
      }
    }
    return !t.isEmpty();
  }

  /**
   * Whether a run of digits and separators is a phone number split on purpose (see addSplitDigits).
   */
  static boolean splitPhone(String run) {
    List<Integer> groups = new ArrayList<>();
    boolean odd = false;
    int len = 0;
    for (int k = 0; k < run.length(); k++) {
      char c = run.charAt(k);
      if (Character.isDigit(c)) {
        len++;
        continue;
      }
      if (len > 0) {
        groups.add(len);
        len = 0;
      }
      odd |=
          ODD_SEPARATORS.indexOf(c) >= 0
              || c == ','
              || (c == ':' && k + 1 < run.length() && run.charAt(k + 1) == ':');
    }
    if (len > 0) {
      groups.add(len);
    }
    int digits = groups.stream().mapToInt(Integer::intValue).sum();
    if (!odd || digits < 10 || digits > 11 || groups.size() < 2 || groups.size() > 4) {
      return false;
    }
    boolean thousands = true;
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g) > 7) {
        return false;
      }
      thousands &= g == 0 ? groups.get(g) <= 3 : groups.get(g) == 3;
    }
    return !thousands;
  }

  private static boolean isShortNumber(String t) {
    if (t.isEmpty() || t.length() > 4) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<ExtractedFeature> dedupe(List<ExtractedFeature> features) {
    Map<String, ExtractedFeature> byKey = new java.util.LinkedHashMap<>();
    for (ExtractedFeature f : features) {
      byKey.putIfAbsent(
          f.family() + "/" + f.category() + "@" + f.tokenStart() + ":" + f.tokenEnd(), f);
    }
    return List.copyOf(byKey.values());
  }

  /**
   * The document's result from its features: each score sums, over the categories present, the
   * strongest present cue's weight.
   */
  static DocumentResult score(String language, List<ExtractedFeature> features) {
    Map<String, Double> best = new HashMap<>();
    Set<String> present = new LinkedHashSet<>();
    for (ExtractedFeature f : features) {
      if (!f.present()) {
        continue;
      }
      present.add(f.label());
      if (f.weight() != null) {
        best.merge(f.label(), f.weight(), Math::max);
      }
    }
    double deceptive = 0;
    double indicator = 0;
    for (Map.Entry<String, Double> e : best.entrySet()) {
      if (e.getKey().startsWith(ScoreWeights.DECEPTIVE + "/")) {
        deceptive += e.getValue();
      } else if (e.getKey().startsWith(ScoreWeights.AD_INDICATOR + "/")) {
        indicator += e.getValue();
      }
    }
    return new DocumentResult(
        language, features, round(deceptive), round(indicator), present.size());
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  /** A few tokens either side, placeholders shown as such, person names masked when NER ran. */
  static String snippet(List<Token> tokens, Placeholders.Protected prot, int start, int end) {
    int from = Math.max(0, start - SNIPPET_TOKENS);
    int to = Math.min(tokens.size(), end + SNIPPET_TOKENS);
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      int idx = prot.indexOf(t.text());
      String word =
          idx >= 0 ? prot.originals().get(idx) : "PERSON".equals(t.ner()) ? "[name]" : t.text();
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(word);
    }
    String s = b.toString();
    return s.length() <= SNIPPET_MAX_CHARS ? s : s.substring(0, SNIPPET_MAX_CHARS - 1) + "\u2026";
  }
}
