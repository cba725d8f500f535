package org.modus.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.modus.schemas.geo.Countries;
import org.modus.schemas.geo.Country;

/**
 * The lexicon compiled for one language: cues and scope phrases tokenized by that language's
 * CoreNLP tokenizer (the same one the text goes through) and folded into tries. Built once per JVM
 * and language.
 */
final class LanguageMatcher {
  private static final Map<String, LanguageMatcher> CACHE = new ConcurrentHashMap<>();

  final String lang;
  final Lexicon lexicon;
  private final PhraseIndex<LexiconEntry> cues;
  private final PhraseIndex<ScopeRule> scope;
  private final Set<String> numberWords;
  private final PhraseIndex<String> concepts;
  private final List<NearRule> nearRules;

  /**
   * Place names of the country gazetteer, for the built-in concept {@link Lexicon#PLACE_ABROAD}.
   */
  private final PhraseIndex<Country> places;

  private final Set<String> placeStopwords;
  private final Set<String> placePrepositions;
  private final Map<String, String> currencyWords;
  private final GluedWords glued;

  /**
   * A cue found in the text, before negation and context are judged. A proximity match spans both
   * of its phrases; the tokens between them, [gapStart, gapEnd), belong to no cue (a negation there
   * negates it: "flights are not paid").
   */
  record CueMatch(int start, int end, LexiconEntry entry, int gapStart, int gapEnd) {
    CueMatch(int start, int end, LexiconEntry entry) {
      this(start, end, entry, end, end);
    }

    boolean isCueToken(int i) {
      return i >= start && i < end && (i < gapStart || i >= gapEnd);
    }
  }

  /** A scope phrase found in the text. */
  record ScopeMatch(int start, int end, ScopeRule rule) {
    ScopeRule.Kind kind() {
      return rule.kind();
    }
  }

  private LanguageMatcher(String lang, Lexicon lexicon) {
    this.lang = lang;
    this.lexicon = lexicon;
    String tokLang = NlpPipelines.tokenizerLanguage(lang);
    this.cues = new PhraseIndex<>(tokLang);
    for (LexiconEntry e : lexicon.entriesFor(lang)) {
      for (String phrase : expand(e.pattern())) {
        List<Token> toks = NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults());
        cues.add(
            toks.stream().map(Token::key).toList(),
            toks.stream().map(Token::text).toList(),
            e,
            true);
      }
    }
    Set<String> brands = new HashSet<>();
    Set<String> cueWords = new HashSet<>();
    Set<String> vocabulary = new HashSet<>();
    for (LexiconEntry e : lexicon.entriesFor(lang)) {
      for (String phrase : expand(e.pattern())) {
        List<Token> toks = NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults());
        toks.forEach(t -> vocabulary.add(t.key()));
        if (toks.size() == 1 && e.requires() == null) {
          (e.lang().equals("*") ? brands : cueWords).add(TextFolding.fold(toks.get(0).text()));
        }
      }
    }
    cueWords.addAll(brands);
    for (Concept c : lexicon.conceptsFor(lang)) {
      for (String pattern : c.phrases()) {
        for (String phrase : expand(pattern)) {
          NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults())
              .forEach(t -> vocabulary.add(t.key()));
        }
      }
    }
    lexicon
        .contexts()
        .values()
        .forEach(
            byLang ->
                byLang.forEach(
                    (l, set) -> {
                      if (l.equals("*") || l.equals(lang)) {
                        vocabulary.addAll(set.keys());
                      }
                    }));
    vocabulary.removeIf(k -> k.length() < GluedWords.MIN_WORD);
    this.glued =
        new GluedWords(
            tokLang,
            Set.copyOf(brands),
            Set.copyOf(cueWords),
            Set.copyOf(vocabulary),
            cues::begins);
    this.scope = new PhraseIndex<>(tokLang);
    for (ScopeRule r : lexicon.scopeRules()) {
      if (r.lang().equals("*") || r.lang().equals(lang) || !Lexicon.LANGUAGES.contains(lang)) {
        for (String phrase : expand(r.pattern())) {
          List<Token> toks = NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults());
          scope.add(
              toks.stream().map(Token::key).toList(),
              toks.stream().map(Token::text).toList(),
              r,
              false);
        }
      }
    }
    Set<String> numbers = new HashSet<>();
    lexicon
        .numberWords()
        .forEach(
            (l, words) -> {
              if (l.equals(lang) || l.equals("*") || !Lexicon.LANGUAGES.contains(lang)) {
                numbers.addAll(words);
              }
            });
    this.numberWords = Set.copyOf(numbers);
    this.concepts = new PhraseIndex<>(tokLang);
    for (Concept c : lexicon.conceptsFor(lang)) {
      for (String pattern : c.phrases()) {
        for (String phrase : expand(pattern)) {
          List<Token> toks = NlpPipelines.tokenize(tokLang, phrase, NlpOptions.defaults());
          concepts.add(
              toks.stream().map(Token::key).toList(),
              toks.stream().map(Token::text).toList(),
              c.name(),
              false);
        }
      }
    }
    this.nearRules = lexicon.nearRulesFor(lang);
    this.places = new PhraseIndex<>(tokLang);
    Set<String> stop = new HashSet<>();
    Set<String> preps = new HashSet<>();
    for (Concept c : lexicon.conceptsFor(lang)) {
      if (c.name().equals(Lexicon.PLACE_STOPWORDS) || c.name().equals(Lexicon.PLACE_PREPOSITIONS)) {
        for (String p : c.phrases()) {
          (c.name().equals(Lexicon.PLACE_STOPWORDS) ? stop : preps)
              .add(TextFolding.key(tokLang, p));
        }
      }
    }
    this.placeStopwords = Set.copyOf(stop);
    this.placePrepositions = Set.copyOf(preps);
    this.currencyWords = lexicon.pay().wordKeys(tokLang);
    if (nearRules.stream()
        .anyMatch(
            r ->
                r.second().equals(Lexicon.PLACE_ABROAD)
                    || r.first().equals(Lexicon.PLACE_ABROAD))) {
      for (Map.Entry<String, Country> e : Countries.get().placeNames().entrySet()) {
        List<Token> toks = NlpPipelines.tokenize(tokLang, e.getKey(), NlpOptions.defaults());
        if (!toks.isEmpty()) {
          places.add(
              toks.stream().map(Token::key).toList(),
              toks.stream().map(Token::text).toList(),
              e.getValue(),
              false);
        }
      }
    }
  }

  static LanguageMatcher forLanguage(String lang, Lexicon lexicon) {
    String key =
        (lang == null ? "other" : lang)
            + "@"
            + lexicon.version()
            + "#"
            + System.identityHashCode(lexicon);
    return CACHE.computeIfAbsent(
        key, k -> new LanguageMatcher(lang == null ? "other" : lang, lexicon));
  }

  /**
   * Expands a pattern's alternatives: "nouveau|nouvelle en ville" gives "nouveau en ville" and
   * "nouvelle en ville". Alternatives are per space-separated slot; a slot ending in '?' is
   * optional ("flight|ticket is? paid" also gives "flight paid").
   */
  static List<String> expand(String pattern) {
    List<String> out = new ArrayList<>(List.of(""));
    for (String rawSlot : pattern.trim().split("\\s+")) {
      boolean optional = rawSlot.length() > 1 && rawSlot.endsWith("?");
      String slot = optional ? rawSlot.substring(0, rawSlot.length() - 1) : rawSlot;
      List<String> next = new ArrayList<>();
      if (optional) {
        next.addAll(out);
      }
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
   * Cues in the text, leftmost-longest: a cue inside a longer one is dropped ("cash" inside "cash
   * app"), while several entries on the very same span all stand (one phrase, several categories).
   */
  List<CueMatch> cues(List<Token> tokens) {
    List<PhraseIndex.Hit<LexiconEntry>> hits = new ArrayList<>(cues.find(tokens));
    hits.removeIf(h -> !contextAllows(h.payload(), tokens, h.start(), h.end()));
    hits.sort(
        Comparator.<PhraseIndex.Hit<LexiconEntry>>comparingInt(h -> h.start() - h.end())
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

  /**
   * Every concept phrase of the document, by concept name, including the built-in place_abroad when
   * the document has a country. Computed once and shared by the proximity rules and the pay rule.
   */
  Map<String, List<PhraseIndex.Hit<String>>> conceptHits(List<Token> tokens, Country home) {
    Map<String, List<PhraseIndex.Hit<String>>> byConcept = new java.util.HashMap<>();
    for (PhraseIndex.Hit<String> h : longestPerStart(concepts.find(tokens))) {
      byConcept.computeIfAbsent(h.payload(), k -> new ArrayList<>()).add(h);
    }
    for (int[] span :
        PayStatements.amountsWithCurrency(tokens, byConcept, lexicon.pay(), currencyWords, home)) {
      byConcept
          .computeIfAbsent(Lexicon.MONEY_AMOUNT, k -> new ArrayList<>())
          .add(new PhraseIndex.Hit<>(span[0], span[1], Lexicon.MONEY_AMOUNT));
    }
    for (PhraseIndex.Hit<Country> h : placesAbroad(tokens, home)) {
      byConcept
          .computeIfAbsent(Lexicon.PLACE_ABROAD, k -> new ArrayList<>())
          .add(new PhraseIndex.Hit<>(h.start(), h.end(), Lexicon.PLACE_ABROAD));
    }
    return byConcept;
  }

  /** Stated pay above the reference wage of the document's country, as cue matches. */
  List<CueMatch> payCues(
      List<Token> tokens,
      Map<String, List<PhraseIndex.Hit<String>>> byConcept,
      Country home,
      boolean easyWork) {
    List<CueMatch> out = new ArrayList<>();
    List<PayStatements.Pay> pays =
        PayStatements.find(tokens, byConcept, lexicon.pay(), currencyWords, home, easyWork);
    if (pays.isEmpty()) {
      return out;
    }
    // Pay for work abroad is judged against the destination's wage too, when that is higher: "CAD
    // 17-19 per hour" in Ontario is an ordinary wage there, whatever it is worth where the ad is
    // read. Only named when some pay is above the home reference, so most documents skip it.
    List<Country> abroad = destinations(tokens, home);
    double threshold = abroad.isEmpty() ? 0 : lexicon.pay().thresholdEur(home, abroad, easyWork);
    for (PayStatements.Pay p : pays) {
      if (p.perTask() || p.monthlyEur() >= threshold) {
        out.add(new CueMatch(p.start(), p.end(), PayStatements.ENTRY));
      }
    }
    return out;
  }

  /**
   * Countries of the places the document names in another country than its own (gazetteer names
   * read as places, flags), as for the concept {@link Lexicon#PLACE_ABROAD}.
   */
  private List<Country> destinations(List<Token> tokens, Country home) {
    return placesAbroad(tokens, home).stream().map(PhraseIndex.Hit::payload).toList();
  }

  /**
   * The places the document names (gazetteer names read as places, flags) in another country than
   * its own. With no country of its own (a case narrative, an ad without location) the first place
   * named is where the story starts ("recruited in Craiova ... to work in Lincolnshire").
   */
  private List<PhraseIndex.Hit<Country>> placesAbroad(List<Token> tokens, Country home) {
    Country origin = home;
    List<PhraseIndex.Hit<Country>> named = new ArrayList<>(places.find(tokens));
    named.addAll(flags(tokens));
    named.sort(java.util.Comparator.comparingInt(PhraseIndex.Hit::start));
    List<PhraseIndex.Hit<Country>> out = new ArrayList<>();
    for (PhraseIndex.Hit<Country> h : named) {
      if (!isFlag(tokens.get(h.start()).text()) && !looksLikePlace(tokens, h.start(), h.end())) {
        continue;
      }
      if (origin == null) {
        origin = h.payload();
      } else if (!h.payload().equals(origin)) {
        out.add(h);
      }
    }
    return out;
  }

  /** A young age band asked for ("girls 18-21"), as cue matches. */
  List<CueMatch> ageCues(List<Token> tokens, Map<String, List<PhraseIndex.Hit<String>>> byConcept) {
    List<CueMatch> out = new ArrayList<>();
    for (AgeBands.Band b : AgeBands.find(tokens, byConcept, lexicon.youthAgeBandMax())) {
      out.add(new CueMatch(b.start(), b.end(), AgeBands.ENTRY));
    }
    return out;
  }

  /**
   * Proximity matches: for each rule, a phrase of its first concept and one of its second within
   * the rule's window in one sentence, with no clause breaker between them; the nearest pair wins,
   * one match per rule and first-concept phrase.
   */
  List<CueMatch> nearCues(
      List<Token> tokens, boolean[] breaker, Map<String, List<PhraseIndex.Hit<String>>> byConcept) {
    if (nearRules.isEmpty()) {
      return List.of();
    }
    List<CueMatch> out = new ArrayList<>();
    for (NearRule rule : nearRules) {
      List<PhraseIndex.Hit<String>> firsts = byConcept.get(rule.first());
      List<PhraseIndex.Hit<String>> seconds = byConcept.get(rule.second());
      if (firsts == null || seconds == null) {
        continue;
      }
      for (PhraseIndex.Hit<String> a : firsts) {
        CueMatch best = null;
        for (PhraseIndex.Hit<String> b : seconds) {
          CueMatch m = pair(a, b, rule, tokens, breaker);
          if (m != null
              && (best == null || m.gapEnd() - m.gapStart() < best.gapEnd() - best.gapStart())) {
            best = m;
          }
        }
        if (best != null
            && contextAllows(rule.entry(), tokens, best.start(), best.end())
            && !unlessInGap(rule.entry(), tokens, best)) {
          out.add(best);
        }
      }
    }
    return out;
  }

  /**
   * Of the phrases of one concept starting at one token, only the longest: "ne pouvait jamais" is
   * one phrase, not "ne pouvait" followed by a negation.
   */
  private static List<PhraseIndex.Hit<String>> longestPerStart(List<PhraseIndex.Hit<String>> hits) {
    Map<String, PhraseIndex.Hit<String>> best = new java.util.LinkedHashMap<>();
    for (PhraseIndex.Hit<String> h : hits) {
      best.merge(h.payload() + "@" + h.start(), h, (a, b) -> b.end() > a.end() ? b : a);
    }
    return List.copyOf(best.values());
  }

  /**
   * An {@code unless} word between the two phrases of a proximity match blocks it too ("on garde
   * ton passeport" is an offer, not documents taken): the window around a match excludes the match
   * itself.
   */
  private boolean unlessInGap(LexiconEntry e, List<Token> tokens, CueMatch m) {
    if (e.unless() == null || m.gapStart() >= m.gapEnd()) {
      return false;
    }
    for (String set : e.unless().split("\\|")) {
      for (Map.Entry<String, ContextSet> c : lexicon.contexts().get(set).entrySet()) {
        boolean applies =
            c.getKey().equals("*") || c.getKey().equals(lang) || !Lexicon.LANGUAGES.contains(lang);
        if (applies) {
          for (int i = m.gapStart(); i < m.gapEnd(); i++) {
            if (c.getValue().keys().contains(tokens.get(i).key())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Country flags ("JAPAN 🇯🇵", "trabajo en Chile 🇨🇱"): a pair of regional indicator symbols is
   * the country of that ISO code, in one token or split over two.
   */
  private static List<PhraseIndex.Hit<Country>> flags(List<Token> tokens) {
    List<PhraseIndex.Hit<Country>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (!isFlag(text)) {
        continue;
      }
      int end = i + 1;
      List<String> codes = regionCodes(text);
      if (codes.isEmpty() && i + 1 < tokens.size()) {
        // a flag the tokenizer split into its two symbols
        codes = regionCodes(text + tokens.get(i + 1).text());
        end = codes.isEmpty() ? end : i + 2;
      }
      for (String code : codes) {
        int start = i;
        int stop = end;
        Countries.get()
            .resolve(code)
            .ifPresent(c -> out.add(new PhraseIndex.Hit<>(start, stop, c)));
      }
      i = end - 1;
    }
    return out;
  }

  /**
   * The ISO codes of a text made of whole flags (pairs of regional indicators: "🇫🇷🇮🇹" is FR and
   * IT); empty for anything else.
   */
  private static List<String> regionCodes(String text) {
    int[] cps = text.codePoints().toArray();
    if (cps.length == 0 || cps.length % 2 != 0) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (int k = 0; k < cps.length; k += 2) {
      if (!isRegionalIndicator(cps[k]) || !isRegionalIndicator(cps[k + 1])) {
        return List.of();
      }
      codes.add(
          new String(
              new char[] {(char) ('A' + cps[k] - 0x1F1E6), (char) ('A' + cps[k + 1] - 0x1F1E6)}));
    }
    return codes;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isFlag(String text) {
    return !text.isEmpty() && isRegionalIndicator(text.codePointAt(0));
  }

  /**
   * A gazetteer hit is read as a place when written with a capital ("Doha", "DUBAI") or right after
   * a preposition of destination ("work in doha"), and is not a common word that is also a place
   * name ("nice"), unless that preposition precedes it.
   */
  private boolean looksLikePlace(List<Token> tokens, int start, int end) {
    boolean afterPreposition = start > 0 && placePrepositions.contains(tokens.get(start - 1).key());
    if (afterPreposition) {
      return true;
    }
    String first = tokens.get(start).text();
    boolean capital = !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
    return capital && !(end - start == 1 && placeStopwords.contains(tokens.get(start).key()));
  }

  private static CueMatch pair(
      PhraseIndex.Hit<String> a,
      PhraseIndex.Hit<String> b,
      NearRule rule,
      List<Token> tokens,
      boolean[] breaker) {
    boolean aFirst = a.end() <= b.start();
    if (!aFirst && (rule.ordered() || b.end() > a.start())) {
      return null;
    }
    PhraseIndex.Hit<String> left = aFirst ? a : b;
    PhraseIndex.Hit<String> right = aFirst ? b : a;
    if (right.start() - left.end() > rule.window()
        || tokens.get(left.start()).sentence() != tokens.get(right.start()).sentence()) {
      return null;
    }
    for (int i = left.end(); i < right.start(); i++) {
      if (breaker[i]) {
        return null;
      }
    }
    return new CueMatch(left.start(), right.end(), rule.entry(), left.end(), right.start());
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
      boolean applies =
          c.getKey().equals("*") || c.getKey().equals(lang) || !Lexicon.LANGUAGES.contains(lang);
      if (applies && c.getValue().occursAround(tokens, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens with words glued by scraping split at a cue's boundary (see {@link GluedWords}). */
  List<Token> splitGlued(List<Token> tokens) {
    return glued.split(tokens);
  }

  List<ScopeMatch> scope(List<Token> tokens) {
    List<ScopeMatch> out = new ArrayList<>();
    for (PhraseIndex.Hit<ScopeRule> h : scope.find(tokens)) {
      out.add(new ScopeMatch(h.start(), h.end(), h.payload()));
    }
    return Collections.unmodifiableList(out);
  }

  boolean isNumberWord(String key) {
    return numberWords.contains(key);
  }
}
