package org.modus.ads.contacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modus.ads.settings.AdsIngestSettings;

/**
 * Finds the personal identifiers of a text: e-mails (also "name [at] host [dot] org"), URLs, crypto
 * wallets (checksum-validated), social handles ("@name", "snap: name") and phones. Earlier kinds
 * win where two overlap (an e-mail's digits are not a phone). Holds a lazily built phone finder:
 * one per task; it is cheap.
 */
public final class ContactDetector implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Top-level domains an e-mail written with spaced dots ("name @ host . de") may end with. */
  private static final java.util.Set<String> SPACED_EMAIL_TLDS =
      java.util.Set.of(
          "com", "net", "org", "info", "biz", "io", "eu", "de", "fr", "es", "uk", "ca", "it", "nl",
          "be", "ch", "at", "mx", "ar", "co", "us", "pl", "pt", "br", "au", "ru", "se", "no", "dk",
          "fi", "ie", "cz", "ro", "hu", "gr", "cl", "pe", "ve");

  /**
   * An emoji standing for the dot of an e-mail's host ("rosa@posteo🔹de"): the host must then be
   * under a public suffix.
   */
  private static final String EMOJI_DOT = "[\\p{So}\\p{Cs}][\\uFE0F\\p{Cs}]?";

  private static final Pattern EMOJI = Pattern.compile(EMOJI_DOT);

  /** A URL; "https:\\/\\/x\\/y" as JSON escapes it too. */
  /** Checked per candidate, so compiled once rather than by String.matches on every call. */
  private static final Pattern HOST_CHARS = Pattern.compile("[a-z0-9.-]+");

  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("(?i)\\d+[\\p{L}]{0,3}|[a-z]?\\d+(?:[.,]\\d+)*[a-z]{0,3}");
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:h(?:tt|xx)ps?:(?://|\\\\/\\\\/)|(?:tg|viber|whatsapp|signal|skype)://|www\\.)(?:\\\\/|[^\\s<>\"'\\]\\[{}|\\\\^`]|\\[\\.\\]|\\(\\.\\)){1,2000}");

  /** "www . rosa-vip . fr": a URL with spaced dots. */
  private static final Pattern SPACED_WWW =
      Pattern.compile("(?i)\\bwww\\s+\\.\\s+[a-z0-9-]{1,63}(?:\\s+\\.\\s+[a-z0-9-]{1,63}){1,4}\\b");

  /**
   * Wallet-shaped tokens: hex (EVM), bech32 (bc1, tb1, ltc1) or base58 runs (every other chain).
   */
  private static final Pattern WALLET =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?<![_\\-])[UEk0]Q[A-Za-z0-9_\\-]{46}(?![\\p{L}\\p{N}_\\-])|0[xX][0-9a-fA-F]{40}|(?:bc1|BC1|tb1|ltc1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}"
              // Cardano: "addr1" (58 or 103 characters) and "stake1" (59)
              + "|(?:addr1|stake1)[02-9ac-hj-np-z]{50,110}"
              + "|[0-9A-Za-z]{25,95})(?![\\p{L}\\p{N}])");

  /**
   * "@name"; also right after digits ("07700 900595@rosa_77": two contacts of a scraped page run
   * together), since an e-mail's "@" is taken before handles are looked for.
   */
  /**
   * "insta / snap / tg : @rosa / rosa_77 / @rosa.vip": a name in a slash-separated list right after
   * an @handle, another slash or the list's end after it.
   */
  private static final Pattern SLASH_LISTED =
      Pattern.compile(
          "@[\\p{L}\\p{N}_.]{2,30}[ \\t]*/[ \\t]*(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{1,28}[\\p{L}\\p{N}_]))(?=[ \\t]*(?:/|$|\\n))");

  /** "/rosa_25" glued after a handle: a profile path written after the account's name. */
  private static final Pattern GLUED_PATH =
      Pattern.compile(
          "(?:/[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,40}[\\p{L}\\p{N}_])?)+/?(?![\\p{L}\\p{N}_@])");

  private static final Pattern AT_HANDLE =
      Pattern.compile(
          "(?<![\\p{L}._%+-])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{0,28}[\\p{L}\\p{N}_])?)");

  /**
   * "OF: misschelsea94", "0F : rosa": OnlyFans abbreviated as a label, in capitals and with a colon
   * ("of:" in a sentence stays text).
   */
  private static final Pattern ONLYFANS_LABEL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_])[O0]F[ \\t]*:[ \\t]*"
              + "(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)"
              + "(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])");

  /**
   * "live:rosa_77", "live:.cid.0812ab...": a Skype id (written in lower case, no space after the
   * colon).
   */
  private static final Pattern SKYPE_LIVE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_])live:(?=[\\p{L}\\p{N}_.])([\\p{L}\\p{N}_.\\-]{4,64}[\\p{L}\\p{N}_])");

  /** "u/rosa_77": a Reddit user. */
  private static final Pattern REDDIT_USER =
      Pattern.compile("(?<![\\p{L}\\p{N}_/.])u/([A-Za-z0-9_\\-]{3,20})(?![\\p{L}\\p{N}_/])");

  /** A Session messenger id: 66 hex digits starting "05"; nothing else has that shape. */
  private static final Pattern SESSION_ID =
      Pattern.compile("(?<![0-9a-fA-F])05[0-9a-fA-F]{64}(?![0-9a-zA-Z])");

  /** A Tox messenger id: 76 hex digits (key, nospam, checksum); nothing else has that shape. */
  private static final Pattern TOX_ID =
      Pattern.compile("(?<![0-9a-zA-Z])[0-9a-fA-F]{76}(?![0-9a-zA-Z])");

  /**
   * "-1001887234410": a Telegram channel or supergroup id ("-100" and ten digits); nothing else has
   * that shape.
   */
  private static final Pattern CHANNEL_ID =
      Pattern.compile("(?<![\\p{L}\\p{N}_.\\-])-100\\d{10}(?![\\p{N}]|[.,]\\d)");

  /**
   * A legacy Discord tag "rosa_77#1234" near "discord" / "dc" (without the cue "Room#1234" stays).
   */
  private static final Pattern DISCORD_TAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_.#])([\\p{L}\\p{N}_.]{2,32}#\\d{4})(?![\\p{L}\\p{N}])");

  private static final CueWords DISCORD_CUES = new CueWords(List.of("discord", "dc"));

  /** "discord" written out (not "DC", also Washington's): it may name the server further away. */
  private static final CueWords DISCORD_NAME = new CueWords(List.of("discord"));

  /**
   * How far "discord" may stand from a tag: "join our Discord discord.gg/x to be added. Admin :
   * Kraken#4821" names the server a sentence before the tag.
   */
  private static final int DISCORD_CONTEXT_CHARS = 120;

  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\p{N}");

  /** "14h30", "8pm", "9am": times. */
  private static final Pattern TIME_SHAPED =
      Pattern.compile("(?i)\\d{1,2}(?:h\\d{0,2}|[.:]\\d{2}(?:am|pm|h)?|am|pm|uhr)");

  /** A bech32 address written in groups: "bc1q 50qx zmms ...". */
  private static final Pattern BECH32_GROUPED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:bc1|BC1|tb1|TB1|ltc1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{0,5}"
              + "(?:[ \u00a0\\-][02-9ac-hj-np-zAC-HJ-NP-Z]{1,6}){5,22}(?![\\p{L}\\p{N}])");

  /**
   * A CashAddr (Bitcoin Cash, eCash), with or without its prefix; CryptoWallets checks the rest.
   */
  private static final Pattern CASHADDR =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])(?:(?:bitcoincash|bchtest|bchreg|ecash|ectest):)?[qp][02-9ac-hj-np-z]{41}(?![\\p{L}\\p{N}])");

  /**
   * A line's last or first run of letters and digits: a wallet wrapped over lines is made of them.
   */
  private static final Pattern WRAP_PIECE =
      Pattern.compile("(?<![\\p{L}\\p{N}])[0-9A-Za-z]{4,95}(?![\\p{L}\\p{N}])");

  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");

  /**
   * A chat line: "[22:02] jade: 702 555" (a time or date in brackets, a speaker, a colon). Group
   * "who" is the speaker, "msg" the message.
   */
  private static final Pattern CHAT_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:\\[[^\\]\\n]{1,25}\\][ \\t]*|(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4},?[ \\t]+)?\\d{1,2}:\\d{2}(?::\\d{2})?"
              + "(?:[ \\t]*[ap]\\.?m\\.?)?[ \\t]*[-\\u2013|][ \\t]*)?(?<who>[^:\\n\\[\\]\\d][^:\\n\\[\\]]{0,29}):[ \\t]*"
              + "(?<msg>[^\\n]*?)[ \\t]*$");

  /** Shortest wallet the WALLET pattern accepts without a bech32 or hex prefix (XRP). */
  private static final int MIN_BASE58_WALLET = 25;

  private final AdsIngestSettings.Contacts cues;

  /** Any e-mail: spaced or spelled dots in the local part, "dash" in the host. */
  private final Pattern email;

  /**
   * The common case, without spaced or spelled dots in the local part nor "dash" in the host:
   * cheaper.
   */
  private final Pattern emailPlain;

  /**
   * What every e-mail match must contain: an "@" (also escaped: \\u0040, %40), a bracketed "at" or
   * "@", or a spelled "at" followed by a host label and a dot. The full pattern backtracks at every
   * word start, so it runs only on the texts that have this.
   */
  private final Pattern emailHint;

  /** A text where the full e-mail pattern is needed: " . ", " dash " or a spelled dot. */
  private final Pattern emailUnusual;

  /** What stands for "@" in an e-mail, and for a dot, as normalization reads them. */
  private final Pattern emailAtNorm;

  private final Pattern emailDotNorm;

  /**
   * An "at" in brackets ("(at)", "[ät]", "(a)", "[@]"): written to dodge filters, never by chance.
   */
  private final Pattern bracketAt;

  /** "Gmail: bella.m76": the provider, a colon, the local part. */
  private final Pattern providerColon;

  /** "leroy.dani0863 en outlook": the local part, a word for "at", the provider. */
  private final Pattern providerAfterLocal;

  /** "moc.liamg@41vana": an e-mail written backwards. */
  private static final Pattern AT_TOKEN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{3,64}@[\\p{L}\\p{N}._%+-]{3,64}");

  /** "p e t i t . d a n i @ ...", "k i m . r e y": single characters spaced out. */
  static final Pattern LETTER_SPACED =
      Pattern.compile("(?<!\\S)(?:[\\p{L}\\p{N}_.@\\-] ){4,}[\\p{L}\\p{N}_.@\\-](?!\\S)");

  private final Pattern prefixedHandle;

  /** Where prefixedHandle can begin: its lead words (handle prefixes and verbs). */
  private final LeadStarts prefixedHandleStarts;

  /**
   * Fillers after which a plain word describes the writer ("je suis dispo", "snap perso
   * uniquement", "TikTok en tant que créatrice"): the fill ends with one of them.
   */
  private static final Pattern DESCRIBING_FILL =
      Pattern.compile(
          "(?iu)(?:^|\\s)(?:je\\s+suis|i\\s+am|i['\u2019]m|ich\\s+bin|yo\\s+soy|perso|personal|personnel"
              // "sur TikTok en tant que créatrice": a role, unless the name has a handle's shape
              + "|en\\s+tant\\s+que|sous\\s+le\\s+nom(?:\\s+de)?|under\\s+the\\s+name"
              + "|unter\\s+dem\\s+namen|(?:bajo|con)\\s+el\\s+nombre\\s+de)\\W*$");

  /**
   * Platforms named by a common word ("threads"): a handle after them must have a handle's shape,
   * whatever the mark between.
   */
  private static final java.util.Set<String> WORD_PLATFORMS = java.util.Set.of("threads");

  /**
   * What closes a label's value: the text's end, a line's end, a mark ("-", "|", ".", "/") before a
   * space or the end, or an emoji ("👻 rosa ❤️").
   */
  private static final Pattern LABEL_END =
      Pattern.compile("[ \\t]*(?:$|\\n|[.,;!?|/\\-–—•·)](?:\\s|$)|\\p{So})");

  /** A capital or an opening bracket after a space: a next label or message begins. */
  private static final Pattern NEXT_LABEL = Pattern.compile("[ \\t]+(?:\\p{Lu}|\\[)");

  /** A word after a space: "photo-shoot on Sunday" goes on as a sentence. */
  private static final Pattern WORD_AFTER = Pattern.compile("[ \\t]+\\p{L}");

  /**
   * A platform's name (handle_prefixes) and a separator at the end of a region: what a handle
   * follows.
   */
  private final Pattern platformBefore;

  /**
   * "kim.rey auf Insta", "svenja06 (Snap)", "search theelixo on tiktok": a handle, then its
   * platform.
   */
  private final Pattern handleBeforePlatform;

  /** A join word or bracket, then a platform: what handleBeforePlatform needs after its handle. */
  private final Pattern platformAfterJoin;

  /**
   * "y mi LINE por si acaso: nico.tk.88", "my insta just in case: rosa_77": a platform's name, one
   * to four words, a colon, then a handle-shaped name.
   */
  private final Pattern platformWordsColon;

  /** Spelled underscores inside a handle ("tom guion bajo as777"). */
  private final Pattern spelledUnderscore;

  /**
   * "anjax887x Unterstrich 19": a name with an underscore spelled out and a digit, with or without
   * a platform's name before it (spelled_underscore_words); null without the words.
   */
  private final Pattern spelledUnderscoreHandle;

  /** The first words of spelled_underscore_words: a text without any has no such handle. */
  private final java.util.Set<String> underscoreLeadWords = new java.util.HashSet<>();

  /** A spelled dot inside a handle ("nora dot belle"), spelled_dot_words. */
  private final Pattern spelledDot;

  /** The platform names of handle_prefixes (not the verbs), lower case. */
  private final java.util.Set<String> platformLeads;

  /**
   * Words never read as a handle without a mark or a handle's shape (handle_not_words and the
   * fillers).
   */
  private final java.util.Set<String> notHandles;

  /**
   * First words of the platform names and contact verbs: a text without any has no prefixed handle.
   */
  private final java.util.Set<String> handleLeadWords;

  /** Platform labels that are not ASCII words (emoji, CJK): looked up as substrings. */
  private final List<String> handleLeadSymbols;

  private final CueWords walletCues;

  /** The contact verbs (handle_verbs): before "on snap" they make the next word a handle. */
  private final CueWords verbs;

  /** "QQ: 2503146227": qq_cues, then 5 to 11 digits. */
  private final Pattern qqNumber;

  /** The first words of qq_cues, lower case: a text without one holds no such number. */
  private final CaseFreeNeedles qqLeads;

  /** "number backwards: 5010555317": reversed_number_cues, then the digits within 40 characters. */
  private final Pattern reversedPhone;

  private final java.util.Set<String> reversedLeadWords = new java.util.HashSet<>();

  /**
   * "empieza por 6345 y termina en 38068": phone_fragment_start_words ... phone_fragment_end_words.
   */
  private final Pattern phoneFragments;

  /** Where reversedPhone can begin: its cue words. */
  private final LeadStarts reversedPhoneStarts;

  /** Where emailParts can begin: its user-part words. */
  private final LeadStarts emailPartStarts;

  /** Where phoneFragments can begin: its start words ("empieza por", "starts with"). */
  private final LeadStarts phoneFragmentStarts;

  /** "usuario rosa_77, dominio gmail.com": email_user_words ... email_domain_words. */
  private final Pattern emailParts;

  /** "rosa.sol", "rosa.eth": a name-service name (wallet_name_suffixes). */
  private final Pattern walletName;

  /** A spelled at-sign that is no word of a sentence ("ät", "arobase"): {@code at_sign_words}. */
  private final Pattern atSignWord;

  /**
   * "info(ät)bergwerk-service", "hr at bluefinjobs": an address whose domain has no ending, after a
   * bracketed or unambiguous at-word, or after a role's mailbox (email_role_locals).
   */
  private final Pattern emailWithoutEnding;

  /** email_role_locals, lower case: "info" is a mailbox before an at-sign, however common. */
  private final java.util.Set<String> roleLocals = new java.util.HashSet<>();

  /** {@link #answeredHandles}: a platform's name, "?", then an answer of one name. */
  private final Pattern platformAnswer;

  /** provider_at_words between blanks: what makes any long name before a provider a mailbox. */
  private final Pattern providerAtWord;

  /** {@link #namedHandles}: a naming phrase ("mine is", "meiner ist") and a name after it. */
  private final Pattern namingHandle;

  /** The first words of platforms and payment apps: what a naming phrase must follow. */
  private final java.util.Set<String> namingLeadWords = new java.util.HashSet<>();

  /** How far before a naming phrase the platform or app it answers may be named. */
  private static final int NAMING_REACH = 80;

  /** "New acc kelsiex", "Nouveau compte yasmeenx": a name after handle_account_words. */
  private final Pattern accountWordHandle;

  private final java.util.Set<String> accountWordLeads = new java.util.HashSet<>();

  /**
   * ".eth", ".sol"...: one of these stands in every match of {@link #walletName} (a case-sensitive
   * pattern), so a text with none is not searched; null when a suffix holds a space (the pattern
   * then takes any run of spaces for it).
   */
  private final List<String> walletNameEnds;

  /** "EIN", "VAT", "commande n°": digits after them are a reference, not a phone... */
  private final CueWords referenceCues;

  /** "n°": a reference cue only before a number without a trunk 0 or '+'. */
  private final CueWords weakReferenceCues;

  /** ...unless a phone cue ("tel", "call", "WhatsApp") is near too. */
  private final CueWords phoneCues;

  /** "firmware 9.3.60.124": a version, neither an IP address nor a phone. */
  private final CueWords versionCues;

  private final DomainFinder domains;
  private final AccountFinder accounts;
  private final ObfuscatedPunctuation punctuation;

  /** "cv.pdf": a name joined by dots that ends so is a file (file_extensions). */
  private final java.util.Set<String> fileExtensions;

  private transient PhoneFinder phones;

  /** "mi hotmail es rosa_77": possessive, provider, local part. */
  private final Pattern providerAfter;

  /** "rosa.b (GMX)": local part, provider in brackets. */
  private final Pattern providerBefore;

  /** "(gmx)": what providerBefore needs after its local part. */
  private final Pattern providerInBrackets;

  /** " at gmx", "[at]hotmail": what providerAfterLocal needs after its local part. */
  private final Pattern providerAfterJoin;

  private final java.util.Map<String, String> providers;

  /** "abril_vip⊕gmail.com", "rosa📧gmail.com": a symbol or emoji where the "@" goes. */
  /**
   * Whether the text has a character SYMBOL_AT_EMAIL can take for its '@' (a symbol, an emoji, a
   * lone surrogate): checked first, since the pattern is tried at every position of every text.
   */
  private static boolean hasSymbolForAt(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.OTHER_SYMBOL
          || type == Character.MATH_SYMBOL
          || type == Character.SURROGATE) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static final Pattern SYMBOL_AT_EMAIL =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}._%+@-])(?<local>[a-z0-9][a-z0-9._+\\-]{1,63})"
              + "\\s?(?<sym>[\\p{So}\\p{Sm}\\p{Cs}]{1,2}\uFE0F?|#)\\s?(?<host>[a-z0-9][a-z0-9\\-]{0,62}(?:\\.[a-z0-9\\-]{1,63}){1,3})"
              + "(?![\\p{L}\\p{N}_@\\-]|\\.[\\p{L}\\p{N}])");

  /** "rosa@mail-host\n.fr": an address whose top-level domain went to the next line. */
  private static final Pattern BROKEN_TLD_EMAIL =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}._%+-])[a-z0-9][a-z0-9._%+\\-]{0,63}@"
              + "[a-z0-9][a-z0-9\\-]{0,62}(?:\\.[a-z0-9\\-]{1,63}){0,3}[ \\t]*\\n[ \\t]*(?:\\.[a-z]{2,12}){1,2}(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])");

  /**
   * "personal@bau-montage-kruse", "info arroba firma-ejemplo": an address that lost its top-level
   * domain, "@" written plainly (no space) or as "arroba"/"arobase", which no sentence uses. The
   * host must read as a name (a hyphen, or 4+ characters that are no time or place word).
   */
  private static final String NO_TLD_HOST =
      "(?<host>[a-z][a-z0-9\\-]{2,62}[a-z0-9])(?![\\p{L}\\p{N}_@\\-]|\\s?\\.\\s?[a-z0-9])";

  private static final Pattern NO_TLD_EMAIL =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}._%+@\\-])(?<local>[a-z0-9][a-z0-9._+\\-]{1,63})"
              + "(?:@|\\s(?:arroba|arobase)\\s)"
              + NO_TLD_HOST);

  /** "@home" after a local part: what NO_TLD_EMAIL needs when its at-sign is written. */
  private static final Pattern AT_HOST_NO_TLD = Pattern.compile("(?iu)@" + NO_TLD_HOST);

  /**
   * An emoji, then a lower-case name of 3+ letters with more parts after '.' or '_' ("📷
   * nina.chic"), or of 5+ letters and 2 or 3 digits that make no year ("✈️ tasha499"): a handle
   * under a label.
   */
  private static final Pattern EMOJI_HANDLE =
      Pattern.compile(
          "(?:[\\p{So}\\p{Cs}][\\uFE0F\\p{Cs}]?[ \\t]*){1,3}"
              + "(?<h>\\p{Ll}{3}[\\p{Ll}\\p{N}]*(?:[._][\\p{Ll}\\p{N}]+)+|\\p{Ll}{5,}\\p{N}{2,3})(?![\\p{L}\\p{N}_@\\-]|\\.[\\p{L}\\p{N}])");

  /** Nothing more, or a line break, punctuation or an emoji: the words before it ended there. */
  static final Pattern SENTENCE_END =
      Pattern.compile("[ \\t]*(?:$|[\\n.,;!?)\u2022|\\p{So}\\p{Cs}])");

  /** The word right before a position (the text up to it ends with the word and spaces). */
  private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[ \\t]+$");

  /** A group of digits and the gap after it: what a reference number leads a run with. */
  private static final Pattern LEADING_GROUP = Pattern.compile("\\d+[^\\p{L}\\p{N}]+");

  /** "192 . 0 . 2 . 125": an IPv4 address with spaced dots. */
  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

  /**
   * "198 [dot] 51 [dot] 100 [dot] 98", "203 dot 0 dot 113 dot 7": a dotted quad with spelled dots.
   */
  private static final String SPELLED_DOT =
      "(?:[ \\t]?[\\[(](?:dot|punto|point|punkt)[\\])][ \\t]?|[ \\t](?:dot|punto|point|punkt)[ \\t])";

  private static final Pattern SPELLED_IPV4 =
      Pattern.compile("(?iu)(?<![\\d.])" + OCTET + "(?:" + SPELLED_DOT + OCTET + "){3}(?!\\d)");
  private static final Pattern SPACED_IPV4 =
      Pattern.compile("(?<![\\d.])" + OCTET + "(?: \\. " + OCTET + "){3}(?![\\d]| \\. ?\\d)");

  /**
   * "rosa-agency . com . ar / info": a host written with spaced dots, a path after a spaced slash.
   */
  private static final Pattern SPACED_HOST =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}_.@\\-])(?<host>[a-z0-9][a-z0-9\\-]{1,62}(?: \\. [a-z0-9\\-]{2,63}){1,3})"
              + "(?<path> ?/ ?[a-z0-9_\\-]{1,40})?(?![\\p{L}\\p{N}_\\-]| \\. [a-z0-9])");

  /** "ICQ 1481219", "ICQ#: 20381133": an ICQ number (UIN, 5 to 10 digits). */
  private static final Pattern ICQ_NUMBER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}])icq(?:\\s*(?:uin|number|nr\\.?|id|no\\.?))?\\s*[:=#\\-]{0,2}\\s*([1-9]\\d{4,9})(?![\\p{N}]|[.,]\\d)");

  /** "threema BBLXGCVM", "Threema-ID: *ABC1234": eight capitals and digits after the app's name. */
  private static final Pattern THREEMA_ID =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?i:threema)(?:[\\s\\-_]?(?i:id))?(?<gap>[,;]?(?:\\s+\\p{L}+){1,4}?)?\\s*[:=#\\-]?\\s*(?<id>[A-Z0-9*][A-Z0-9]{7})(?![\\p{L}\\p{N}])");

  /** "wxid_ab12cd34ef56": a WeChat account's internal id; nothing else has that shape. */
  private static final Pattern WXID =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])wxid_[a-z0-9_\\-]{4,30}(?![\\p{L}\\p{N}_])");

  /** "Telegram ID 5829104736", "tg id: 71234567": a numeric Telegram user id, not a phone. */
  private static final Pattern TELEGRAM_ID =
      Pattern.compile(
          "(?iu)(?=t)(?<![\\p{L}\\p{N}])(?:telegram|tg)(?:\\s+user)?\\s*[\\-_]?\\s*id\\s*[:=#\\-]?\\s*([1-9]\\d{5,11})(?![\\p{N}]|[.,]\\d)");

  /**
   * " dot ", "[dot]", "(punto)" and the like somewhere in the text: what a spelled-dot address
   * needs.
   */
  private boolean hasSpelledDotWord(String text) {
    return dotWordNeedles.in(text);
  }

  /** "kenza_77 @ sfr": a local part, an "@", a provider's name and no top-level domain. */
  private final Pattern providerAtNoTld;

  /**
   * "paypal dot me/rosa", "revolut punto me/rosa": a payment link with its host's dot spelled out.
   */
  private final Pattern spelledPaymentLink;

  /** The name before the first dot of each payment link host: spelledPaymentLink needs one. */
  private final CaseFreeNeedles paymentLinkNames;

  public ContactDetector(AdsIngestSettings.Contacts cues) {
    this.cues = cues;
    List<String> atWordList = AdsIngestSettings.Contacts.orEmpty(cues.spelledAtWords());
    List<String> atSigns = AdsIngestSettings.Contacts.orEmpty(cues.atSignWords());
    this.atSignWord =
        atSigns.isEmpty()
            ? null
            : Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternation(atSigns) + ")(?![\\p{L}])");
    List<String> dotWordList = AdsIngestSettings.Contacts.orEmpty(cues.spelledDotWords());
    String atWords = atWordList.isEmpty() ? "(?!)" : alternation(atWordList);
    String dotWords = dotWordList.isEmpty() ? "(?!)" : alternation(dotWordList);
    this.dotWordNeedles = new CaseFreeNeedles(lowerCase(dotWordList));
    this.atWordSet = new java.util.HashSet<>(lowerCase(atWordList));
    // Latin-1 letters only: a Greek or other letter may have a case-folding twin that TextWords'
    // lower case keeps apart (the micro sign and mu)
    this.atWordsAreWords =
        atWordSet.stream()
            .allMatch(
                w ->
                    TextWords.read(w).equals(java.util.Set.of(w))
                        && w.chars().allMatch(c -> c < 0x100 && c != '\u00B5'));
    this.mailCueWords = lowerCase(AdsIngestSettings.Contacts.orEmpty(cues.mailCueWords()));
    this.mailCueNeedles = new CaseFreeNeedles(mailCueWords);
    this.mailSymbols = AdsIngestSettings.Contacts.orEmpty(cues.mailSymbols());
    this.nameOnsets =
        new java.util.HashSet<>(lowerCase(AdsIngestSettings.Contacts.orEmpty(cues.nameOnsets())));
    String mailWords = mailCueWords.isEmpty() ? "(?!)" : alternation(mailCueWords);
    String mailSigns = mailSymbols.isEmpty() ? "(?!)" : alternation(mailSymbols);
    this.titleLocal =
        Pattern.compile(
            "(?iu)(?:(?<![\\p{L}\\p{N}_])(?:"
                + mailWords
                + ")|(?:"
                + mailSigns
                + ")\\uFE0F?)\\s*[:\\-]?\\s*(?<local>[a-z0-9][a-z0-9._+\\-]{1,63})[ \\t]*(?:\\.{2,3}|\u2026)?[ \\t]*$");
    this.mailCueLocal =
        Pattern.compile(
            "(?iu)"
                + firstCharGate(mailCueWords)
                + "(?<![\\p{L}])(?:"
                + mailWords
                + ")(?![\\p{L}])[^:\\n@]{0,30}:[ \\t]*"
                + "(?<local>[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]{1,40}[\\p{L}\\p{N}])(?![\\p{L}\\p{N}_@\\-]|\\.[\\p{L}\\p{N}]|\\s*[\\[(@])");
    List<String> accountWords =
        new ArrayList<>(AdsIngestSettings.Contacts.orEmpty(cues.handleAccountWords()));
    accountWords.sort(Comparator.comparingInt(String::length).reversed());
    accountWords.forEach(w -> accountWordLeads.add(firstWord(w)));
    this.accountWordHandle =
        accountWords.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(accountWords)
                    + "(?<![\\p{L}\\p{N}_])(?:"
                    + alternation(accountWords)
                    + ")\\s*[:\\-–—]?\\s*@?(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{0,28}[\\p{L}\\p{N}_])?)(?![\\p{L}\\p{N}_@])");
    List<String> providerAt = AdsIngestSettings.Contacts.orEmpty(cues.providerAtWords());
    this.providerAtWord =
        providerAt.isEmpty()
            ? null
            : Pattern.compile("(?iu)\\s(?:" + alternation(providerAt) + ")\\s");
    List<String> roles = AdsIngestSettings.Contacts.orEmpty(cues.emailRoleLocals());
    List<String> roleAtWords = new ArrayList<>(atWordList);
    roleAtWords.addAll(AdsIngestSettings.Contacts.orEmpty(cues.emailRoleAtWords()));
    roles.forEach(r -> roleLocals.add(r.strip().toLowerCase(Locale.ROOT)));
    // What each alternative of emailWithoutEnding needs, as it is written there: most texts have
    // brackets, and many a role word ("contact"), but hardly any a bracketed or role-mailbox
    // at-word
    this.bracketedAtWord = Pattern.compile("(?iu)[\\[(]\\s*(?:" + atWords + ")\\s*[\\])]");
    this.roleStarts = roles.isEmpty() ? null : new LeadStarts(roles);
    this.roleAtWord =
        roles.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)(?<![\\p{L}\\p{N}_])(?:"
                    + alternation(roles)
                    + ")\\s+(?:"
                    + (roleAtWords.isEmpty() ? "(?!)" : alternation(roleAtWords))
                    + ")\\s+");
    // a host with no ending: not followed by a dot and a letter, a bracket or a spelled dot
    String endlessDomain =
        "(?<domain>[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}\\-]{2,40}[\\p{Ll}\\p{N}])"
            + "(?![\\p{L}\\p{N}_@\\-]|\\s*[\\[(]|\\.[\\p{L}\\p{N}]|\\s+(?:"
            + dotWords
            + ")\\s)";
    this.emailWithoutEnding =
        Pattern.compile(
            "(?iu)(?<lead>^|[:/|>\\n]\\s*|\\b(?:to|an|à|a|al)\\s+)?(?<![\\p{L}\\p{N}_.@\\-])(?:"
                + "(?<local>[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]{0,40}[\\p{L}\\p{N}]|[\\p{L}\\p{N}])"
                + "\\s*[\\[(]\\s*(?:"
                + atWords
                + ")\\s*[\\])]\\s*"
                + (atSigns.isEmpty()
                    ? ""
                    : "|(?<local2>[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]{0,40}[\\p{L}\\p{N}])\\s+(?:"
                        + alternation(atSigns)
                        + ")\\s+")
                // "info(ät)x" reads "info@x" here (ObfuscatedPunctuation)
                + "|(?<local3>[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]{0,40}[\\p{L}\\p{N}])@"
                + (roles.isEmpty()
                    ? ""
                    : "|(?<role>"
                        + alternation(roles)
                        + ")\\s+(?:"
                        + (roleAtWords.isEmpty() ? "(?!)" : alternation(roleAtWords))
                        + ")\\s+")
                + ")"
                + endlessDomain);
    // "rosa@home": an '@' after a letter or digit, then such a domain (most texts' '@' is in a
    // whole address, whose domain goes on with a dot)
    this.atEndlessDomain = Pattern.compile("(?iu)@(?<=[\\p{L}\\p{N}]@)" + endlessDomain);
    String emailAt =
        "(?:@|\\\\u0040|%40|<@>|[\\[({](?:@|a|" + atWords + ")[\\])}]|\\s(?:" + atWords + ")\\s)";
    String emailDot =
        "(?:\\.|\\s\\.\\s|\\s*[\\[({](?:\\.|"
            + dotWords
            + ")[\\])}]\\s*|\\s(?:"
            + dotWords
            + ")\\s|"
            + EMOJI_DOT
            + ")";
    String plainDot =
        "(?:\\.|\\s*[\\[({](?:\\.|"
            + dotWords
            + ")[\\])}]\\s*|\\s(?:"
            + dotWords
            + ")\\s|"
            + EMOJI_DOT
            + ")";
    String label = "[a-z0-9-]{1,63}(?:\\sdash\\s[a-z0-9-]{1,63}){0,3}";
    this.email =
        Pattern.compile(
            "(?iu)(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}(?:(?:\\s\\.\\s|\\s(?:"
                + dotWords
                + ")\\s)[a-z0-9_%+-][a-z0-9._%+-]{0,63}){0,3}\\s*"
                + emailAt
                + "\\s*"
                + label
                + "(?:"
                + emailDot
                + label
                + "){0,8}"
                + emailDot
                + "[a-z]{2,12}\\b");
    this.emailPlain =
        Pattern.compile(
            "(?iu)(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}\\s*"
                + emailAt
                + "\\s*"
                + "[a-z0-9-]{1,63}(?:"
                + plainDot
                + "[a-z0-9-]{1,63}){0,8}"
                + plainDot
                + "[a-z]{2,12}\\b");
    this.emailHint =
        Pattern.compile(
            // the class: what each alternative begins with, tested once per position
            "(?iu)(?=[@\\\\%\\[({\\s])(?:@|\\\\u0040|%40|[\\[({](?:@|a|"
                + atWords
                + ")[\\])}]|\\s(?:"
                + atWords
                + ")\\s\\s*"
                + label
                + "(?:\\.|\\s*(?:[\\[({](?:\\.|"
                + dotWords
                + ")[\\])}]|\\s(?:"
                + dotWords
                + ")\\s)))");
    this.emailUnusual = Pattern.compile("(?iu) \\. |\\s(?:dash|" + dotWords + ")\\s");
    this.emailAtNorm =
        Pattern.compile(
            "(?iu)\\s*(?:\\\\u0040|%40|<@>|[\\[({](?:@|a|"
                + atWords
                + ")[\\])}]|\\s(?:"
                + atWords
                + ")\\s|@)\\s*");
    this.emailDotNorm =
        Pattern.compile(
            "(?iu)\\s*(?:[\\[({](?:\\.|"
                + dotWords
                + ")[\\])}]|\\s(?:"
                + dotWords
                + ")\\s|\\s\\.\\s|"
                + EMOJI_DOT
                + ")\\s*");
    // "rosa<@>mail.com": an "@" in angle brackets too
    this.bracketAt = Pattern.compile("(?iu)<@>|[\\[({](?:@|a|" + atWords + ")[\\])}]");
    // "nora dot belle", "anais(point)star06": a dot spelled between words or in brackets inside a
    // handle
    this.spelledDot =
        Pattern.compile("(?iu)\\s(?:" + dotWords + ")\\s|\\s?[(\\[](?:" + dotWords + ")[)\\]]\\s?");
    List<String> leads = new ArrayList<>(cues.handlePrefixes());
    leads.addAll(cues.handleVerbs());
    // Longest first: the alternation takes the first that matches ("snapchat" before "snap").
    leads.sort(Comparator.comparingInt(String::length).reversed());
    List<String> fillers =
        new ArrayList<>(AdsIngestSettings.Contacts.orEmpty(cues.handleFillers()));
    fillers.sort(Comparator.comparingInt(String::length).reversed());
    List<String> underscores = AdsIngestSettings.Contacts.orEmpty(cues.spelledUnderscoreWords());
    this.spelledUnderscore =
        underscores.isEmpty()
            ? null
            : Pattern.compile("(?iu)\\s(?:" + alternation(underscores) + ")\\s");
    underscores.forEach(w -> underscoreLeadWords.add(firstWord(w)));
    this.spelledUnderscoreHandle =
        underscores.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)(?<![\\p{L}\\p{N}_.@\\-])[\\p{L}\\p{N}][\\p{L}\\p{N}_.]{0,29}"
                    + "(?:\\s(?:"
                    + alternation(underscores)
                    + ")\\s[\\p{L}\\p{N}][\\p{L}\\p{N}_.]{0,29}){1,3}(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])");
    // any arrow (the Arrows block, dingbat and supplemental arrows: "→", "➜", "⟶", "⤵", "⮕")
    String sep =
        "(?:[:=>~\\-\u2013\u2014\u2190-\u21ff\u2794-\u27bf\u27f5-\u27ff\u2900-\u297f"
            + "\u2b05-\u2b07\u2b95\u00bb\u00b7\u2022\uFE0F]|\uD83D\uDC49)";
    this.prefixedHandleStarts = new LeadStarts(leads);
    this.prefixedHandle =
        Pattern.compile(
            "(?iu)"
                + firstCharGate(leads)
                + "(?<![\\p{L}\\p{N}_])(?<lead>"
                + alternation(leads)
                + ")"
                // "my sc's dani1985": a possessive glued to the platform's name; "snap (no spaces):
                // rosa77": an aside in brackets (words, so no name in brackets: "Signal (rosa.77)")
                // "(IG) rosa_77": a bracketed platform's name, its bracket closed
                + "(?:['\u2019]s|(?<=\\(\\p{L}{1,12})\\))?\uFE0F?(?:\\s*\\((?=[^()\\n]*\\s)[^()\\n]{3,30}\\)(?=\\s*[:=>~\\-\u2013\u2014\u2192\u27a1]))?(?:\\s*(?<mark>"
                + sep
                + "+|//)\\s*"
                // "snap/rosa_77", "Discord, username rosa.77": a slash, or a comma before a filler,
                // joins a platform to a handle-shaped name only
                + "|(?<weak>/(?=[\\p{L}\\p{N}_])|\\s*,\\s*(?=(?:"
                + (fillers.isEmpty() ? "(?!)" : alternation(fillers))
                + ")\\s))"
                + "|\\s+|(?=[\\p{L}\\p{N}_]))"
                + "(?<fill>(?:(?:"
                + (fillers.isEmpty() ? "(?!)" : alternation(fillers))
                + ")(?:\\s*"
                + sep
                + "+\\s*|\\s+)){0,3})"
                + "(?:@ ?)?(?<quote>[\"'\u00ab\u201c\u201e\u2018\u2039]\\s?)?"
                // "Signal (rosa.77)": a name in brackets after the platform, handle-shaped only
                + "(?<paren>\\((?=[\\p{L}\\p{N}_]))?"
                + "(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?"
                + "(?:(?:\\s(?:"
                + dotWords
                + (underscores.isEmpty() ? "" : "|" + alternation(underscores))
                + ")\\s|\\s?[(\\[](?:"
                + dotWords
                + ")[)\\]]\\s?)[\\p{L}\\p{N}_]{1,20}){0,3}(?:#\\d{4})?)(?![\\p{L}\\p{N}_@])");
    List<String> platformsOnly = new ArrayList<>(cues.handlePrefixes());
    platformsOnly.sort(Comparator.comparingInt(String::length).reversed());
    this.platformBefore =
        platformsOnly.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(platformsOnly)
                    + "(?<![\\p{L}\\p{N}_])(?:"
                    + alternation(platformsOnly)
                    + ")\uFE0F?(?:\\s*"
                    + sep
                    + "+\\s*|\\s+)@?$");
    List<String> yes = AdsIngestSettings.Contacts.orEmpty(cues.answerYesWords());
    List<String> naming = AdsIngestSettings.Contacts.orEmpty(cues.answerNamingWords());
    // "es", "c'est" name anything ("el BIC es REVOLT21"); only a phrase of one's own does here
    List<String> ownNaming = naming.stream().filter(w -> w.strip().length() >= 6).toList();
    this.namingHandle =
        ownNaming.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(ownNaming)
                    + "(?<![\\p{L}])(?:"
                    + alternation(ownNaming)
                    + ")[ \\t]*:?[ \\t]+@?(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)"
                    + "(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])");
    platformsOnly.forEach(p -> namingLeadWords.add(firstWord(p)));
    AdsIngestSettings.Contacts.orEmpty(cues.paymentPrefixes()).stream()
        .map(ContactDetector::firstWord)
        .filter(w -> w.length() >= 3)
        .forEach(namingLeadWords::add);
    namingLeadWords.remove("");
    this.platformAnswer =
        platformsOnly.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(platformsOnly)
                    + "(?<![\\p{L}\\p{N}_])(?:"
                    + alternation(platformsOnly)
                    + ")[ \\t]*\\?[ \\t]*(?:\\n(?:[^\\n:]{1,24}:)?)?[ \\t]*"
                    + "(?:(?<yes>"
                    + (yes.isEmpty() ? "(?!)" : alternation(yes))
                    + ")[ \\t,!]+|(?<naming>"
                    + (naming.isEmpty() ? "(?!)" : alternation(naming))
                    + ")[ \\t:]+)?"
                    + "(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)[!.\\p{So}\\uFE0F \\t]*(?:\\n|$)");
    List<String> farPlatforms =
        platformsOnly.stream().filter(p -> !p.strip().equalsIgnoreCase("x")).toList();
    this.platformWordsColon =
        farPlatforms.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(farPlatforms)
                    + "(?<![\\p{L}\\p{N}_@.])(?:"
                    + alternation(farPlatforms)
                    + ")(?:[ \\t]*,?[ \\t]+[\\p{L}'\u2019]{1,15}){1,4}[ \\t]*:[ \\t]*"
                    + "(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)"
                    + "(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])");
    this.platformLeads = new java.util.HashSet<>();
    cues.handlePrefixes()
        .forEach(
            p -> platformLeads.add(p.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    this.notHandles = new java.util.HashSet<>();
    AdsIngestSettings.Contacts.orEmpty(cues.handleNotWords())
        .forEach(w -> notHandles.add(w.strip().toLowerCase(Locale.ROOT)));
    fillers.forEach(w -> notHandles.add(w.strip().toLowerCase(Locale.ROOT)));
    List<String> platformNames = new ArrayList<>(cues.handlePrefixes());
    platformNames.sort(Comparator.comparingInt(String::length).reversed());
    List<String> verbs =
        new ArrayList<>(AdsIngestSettings.Contacts.orEmpty(cues.handleSearchVerbs()));
    verbs.sort(Comparator.comparingInt(String::length).reversed());
    List<String> joins = AdsIngestSettings.Contacts.orEmpty(cues.handleBeforePlatformWords());
    this.platformAfterJoin =
        joins.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)(?:\\s(?:"
                    + alternation(joins)
                    + ")\\s+(?:(?:my|mi|mon|ma|mein|meinem)\\s+)?|\\(\\s*)(?:"
                    + alternation(platformNames)
                    + ")(?![\\p{L}\\p{N}_])");
    this.handleBeforePlatform =
        joins.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)(?<![\\p{L}\\p{N}_@.#/:\\-])"
                    + "(?:(?<verb>"
                    + (verbs.isEmpty() ? "(?!)" : alternation(verbs))
                    + ")\\s+)?"
                    + "(?<h>[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.\\-]{0,28}[\\p{L}\\p{N}_])?)"
                    + "(?:\\s+(?:"
                    + alternation(joins)
                    + ")\\s+(?:(?:my|mi|mon|ma|mein|meinem)\\s+)?|\\s*\\(\\s*)"
                    + "(?:"
                    + alternation(platformNames)
                    + ")(?![\\p{L}\\p{N}_])");
    this.handleLeadWords = new java.util.HashSet<>();
    this.handleLeadSymbols = new ArrayList<>();
    for (String l : leads) {
      String w = firstWord(l);
      char c0 = l.strip().isEmpty() ? 'a' : Character.toLowerCase(l.strip().charAt(0));
      // Emoji (👻 📸) and CJK labels (微信): no ASCII word to look up; found as substrings.
      if (w.isEmpty() || !(c0 >= 'a' && c0 <= 'z' || c0 >= '0' && c0 <= '9')) {
        handleLeadSymbols.add(l.strip());
      } else {
        handleLeadWords.add(w);
      }
    }

    this.providers = new java.util.HashMap<>();
    if (cues.emailProviders() != null) {
      cues.emailProviders()
          .forEach(
              (k, v) ->
                  providers.put(
                      k.strip().toLowerCase(Locale.ROOT), v.strip().toLowerCase(Locale.ROOT)));
    }
    List<String> provNames = new ArrayList<>(providers.keySet());
    provNames.sort(Comparator.comparingInt(String::length).reversed());
    String prov = provNames.isEmpty() ? "(?!)" : alternation(provNames);
    String local = "(?<local>[a-z0-9][a-z0-9._\\-]{0,40}[a-z0-9])";
    this.providerAfter =
        Pattern.compile(
            "(?iu)(?=[mastpv])(?<![\\p{L}\\p{N}_])(?:(?<own>my|mi|mon|ma|meine|mein)|al|an|to|sur|auf|per|via)\\s+(?<prov>"
                + prov
                + ")"
                + "(?:(?<said>\\s*[:=]\\s*|\\s+(?:is|es|est|ist|c'est|c’est)\\s+)|\\s+)"
                + local
                + "(?![\\p{L}\\p{N}_@]|\\.[a-z0-9])");
    // What the two patterns that begin with any word need after it: most texts have a provider's
    // name that is also a word ("free", "web", "orange"), hardly any after an at-word or in
    // brackets
    this.providerInBrackets = Pattern.compile("(?iu)\\((?:" + prov + ")\\)");
    this.providerBefore =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_.@\\-])" + local + "\\s*\\((?<prov>" + prov + ")\\)");
    // "Gmail: rosa_77", "meine gmail-Adresse: rosa_77", "my gmail address = rosa_77"
    this.providerColon =
        Pattern.compile(
            "(?iu)"
                + firstCharGate(provNames)
                + "(?<![\\p{L}\\p{N}_.@\\-])(?<prov>"
                + prov
                + ")"
                + "(?:[\\s\\-]?(?<addr>adresse|address|addy|account|konto|compte|cuenta|direcci[oó]n|id))?(?:\\s*[:=]\\s*|\\s+[\\-–]\\s+)"
                + local
                + "(?![\\p{L}\\p{N}_@]|\\.[a-z0-9])");
    List<String> joinWords = new ArrayList<>(atWordList);
    joinWords.addAll(AdsIngestSettings.Contacts.orEmpty(cues.handleBeforePlatformWords()));
    // "rosa_77 at gmx", "rosa_77 bei aon", "rosa_77[at]hotmail", "rosa_77(arroba)yahoo"
    this.providerAfterJoin =
        Pattern.compile(
            "(?iu)(?:\\s(?:"
                + alternation(joinWords)
                + ")\\s+|[\\[(]\\s*(?:"
                + alternation(atWordList)
                + ")\\s*[\\])]\\s*)(?:"
                + prov
                + ")(?![\\p{L}\\p{N}_@\\-]|\\.[\\p{L}\\p{N}])");
    this.providerAfterLocal =
        Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}_.@\\-])"
                + local
                + "(?:\\s+(?:"
                + alternation(joinWords)
                + ")\\s+|\\s*[\\[(]\\s*(?:"
                + alternation(atWordList)
                + ")\\s*[\\])]\\s*)(?<prov>"
                + prov
                // "a itziar226 en icloud.": a full stop may end the sentence after the provider
                + ")(?![\\p{L}\\p{N}_@\\-]|\\.[\\p{L}\\p{N}])");
    String providerNoTld =
        "(?<prov>"
            + prov
            + ")"
            + "(?![\\p{L}\\p{N}_@\\-]|\\s*\\.\\s*[a-z]|\\s+(?:"
            + dotWords
            + ")\\s)";
    this.providerAtNoTld =
        Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_.@\\-])" + local + "\\s*@\\s*" + providerNoTld);
    this.atProviderNoTld = Pattern.compile("(?iu)@\\s*" + providerNoTld);
    List<String> payHosts =
        AdsIngestSettings.Contacts.orEmpty(cues.paymentLinkHosts()).stream()
            .filter(h -> h.indexOf('.') > 0)
            .toList();
    this.paymentLinkNames =
        new CaseFreeNeedles(
            payHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> h.indexOf('.') > 0)
                .map(h -> h.substring(0, h.indexOf('.')))
                .distinct()
                .toList());
    this.spelledPaymentLink =
        payHosts.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(payHosts)
                    + "(?<![\\p{L}\\p{N}_.])(?<host>"
                    + String.join(
                        "|",
                        payHosts.stream()
                            .map(
                                h ->
                                    Pattern.quote(h.strip().toLowerCase(Locale.ROOT))
                                        .replace(
                                            ".",
                                            "\\E(?:\\s*[\\[(]\\s*(?:\\.|"
                                                + dotWords
                                                + ")\\s*[\\])]\\s*|\\s+(?:"
                                                + dotWords
                                                + ")\\s+)\\Q"))
                            .toList())
                    + ")\\s?/\\s?(?<acct>\\$?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{0,40}[\\p{L}\\p{N}_])");
    this.walletCues = new CueWords(cues.walletCues());
    this.verbs = new CueWords(AdsIngestSettings.Contacts.orEmpty(cues.handleVerbs()));
    List<String> qq = AdsIngestSettings.Contacts.orEmpty(cues.qqCues());
    this.qqLeads =
        new CaseFreeNeedles(
            qq.stream().map(w -> firstWord(w)).filter(w -> !w.isEmpty()).distinct().toList());
    this.qqNumber =
        qq.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(qq)
                    + "(?<![\\p{L}\\p{N}])(?:"
                    + alternation(
                        qq.stream()
                            .sorted(Comparator.comparingInt(String::length).reversed())
                            .toList())
                    + ")\\s*[:=\uff1a#\\-]?\\s*([1-9]\\d{4,10})(?![\\p{N}]|[.,]\\d)");
    List<String> reversed = AdsIngestSettings.Contacts.orEmpty(cues.reversedNumberCues());
    reversed.forEach(w -> reversedLeadWords.add(firstWord(w)));
    this.reversedPhoneStarts = reversed.isEmpty() ? null : new LeadStarts(reversed, true);
    this.reversedPhone =
        reversed.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(reversed)
                    + "(?<![\\p{L}])(?:"
                    + alternation(reversed)
                    + ")(?![\\p{L}])[^\\d\\n]{0,40}?(?<d>\\+?\\d(?:[ .\\-]?\\d){6,16})(?![\\p{N}])");
    List<String> startWords = AdsIngestSettings.Contacts.orEmpty(cues.phoneFragmentStartWords());
    List<String> endWords = AdsIngestSettings.Contacts.orEmpty(cues.phoneFragmentEndWords());
    this.phoneFragmentStarts =
        startWords.isEmpty() || endWords.isEmpty() ? null : new LeadStarts(startWords, true);
    this.phoneFragments =
        startWords.isEmpty() || endWords.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(startWords)
                    + "(?<![\\p{L}])(?:"
                    + alternation(startWords)
                    + ")(?![\\p{L}])[\\s:]*(?:\\p{L}{1,5}[\\s:]+){0,2}"
                    + "(?<first>\\+?\\d(?:[ .\\-]?\\d){1,9})(?!\\d)[^.!?\\n\\d]{0,30}?(?<![\\p{L}])(?:"
                    + alternation(endWords)
                    + ")(?![\\p{L}])[\\s:]*(?:\\p{L}{1,5}[\\s:]+){0,2}(?<last>\\d(?:[ .\\-]?\\d){1,9})(?!\\d)");
    List<String> userWords = AdsIngestSettings.Contacts.orEmpty(cues.emailUserWords());
    List<String> domainWords = AdsIngestSettings.Contacts.orEmpty(cues.emailDomainWords());
    this.emailPartStarts =
        userWords.isEmpty() || domainWords.isEmpty() ? null : new LeadStarts(userWords, true);
    this.emailParts =
        userWords.isEmpty() || domainWords.isEmpty()
            ? null
            : Pattern.compile(
                "(?iu)"
                    + firstCharGate(userWords)
                    + "(?<![\\p{L}])(?:"
                    + alternation(userWords)
                    + ")(?:\\s+(?:es|is|est|ist))?[\\s:]+[\"'«]?(?<local>[a-z0-9][a-z0-9._%+\\-]{0,63})[\"'»]?"
                    + "[\\s,;/|]+(?:(?:y|et|and|und|e)\\s+)?(?:(?:el|le|la|the|der|die)\\s+)?(?:"
                    + alternation(domainWords)
                    + ")(?:\\s+(?:es|is|est|ist))?[\\s:]+[\"'«]?@?(?<host>[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?){1,4})"
                    + "(?![\\p{L}\\p{N}\\-]|\\.[\\p{L}\\p{N}])");
    List<String> nameSuffixes = AdsIngestSettings.Contacts.orEmpty(cues.walletNameSuffixes());
    this.walletNameEnds =
        nameSuffixes.stream().anyMatch(x -> x.strip().contains(" "))
            ? null
            : nameSuffixes.stream().map(x -> "." + x.strip()).toList();
    this.walletName =
        nameSuffixes.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}_.@/\\-])[a-z0-9][a-z0-9_\\-]{0,62}(?:\\.[a-z0-9][a-z0-9_\\-]{0,62}){0,3}\\.(?:"
                    + alternation(nameSuffixes)
                    + ")(?![\\p{L}\\p{N}_\\-@]|\\.[\\p{L}\\p{N}])");
    this.referenceCues = new CueWords(cues.referenceCues());
    this.weakReferenceCues =
        new CueWords(AdsIngestSettings.Contacts.orEmpty(cues.weakReferenceCues()));
    this.phoneCues = new CueWords(cues.phoneCues());
    this.versionCues = new CueWords(cues.versionCues());
    this.domains = new DomainFinder(cues);
    this.accounts = new AccountFinder(cues);
    this.punctuation = new ObfuscatedPunctuation(cues.spelledDomainTlds(), cues.sentenceWordTlds());
    this.fileExtensions =
        AdsIngestSettings.Contacts.orEmpty(cues.fileExtensions()).stream()
            .map(e -> e.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private PhoneFinder phones() {
    if (phones == null) {
      phones = new PhoneFinder(cues);
    }
    return phones;
  }

  /**
   * Non-overlapping identifiers in text order; {@code region} is the ad's ISO alpha-2 country or
   * null.
   */
  public List<Contact> find(String text, String region) {
    if (text == null || text.isEmpty()) {
      return new ArrayList<>();
    }
    // Read as DetectionText reads it (entities decoded, "m²" folded...), placed back in the text as
    // written.
    DetectionText read = DetectionText.of(text);
    List<Contact> found;
    if (read == null) {
      found = find(text, region, true);
    } else {
      found = new ArrayList<>();
      for (Contact c : find(read.text(), region, true)) {
        found.add(read.place(c));
      }
      disguisedHandles(text, read, found);
    }
    // Read again with disguised dots and at-signs as '.' and '@' ("rosa @ proton . me"): the
    // longer of two overlapping finds wins, so a disguise either reading knows whole is taken whole
    DetectionText plain = DetectionText.deobfuscated(text, read, punctuation);
    if (plain != null) {
      List<Contact> more = new ArrayList<>();
      for (Contact c : find(plain.text(), region, true)) {
        more.add(plain.place(c).disguised());
      }
      found = Contact.longestFirst(found, more);
    }
    // "tg : rosa_77 / rosa_77": a value found once is redacted wherever it stands again
    return RepeatedValues.with(text, found);
  }

  /** Where a column's name breaks into words: "payment_info", "btc-address". */
  private static final Pattern COLUMN_WORD_BREAK = Pattern.compile("[_\\s.\\-]+");

  /**
   * As {@link #find(String, String)}, for the value of a scraped column named {@code column}: a
   * wallet cue in the name ("payment_info", "btc_address") stands before the value as a label
   * would, so a random-looking wallet whose checksum fails is still a wallet there.
   */
  public List<Contact> find(String text, String region, String column) {
    List<Contact> found = find(text, region);
    if (column == null || text == null || text.isEmpty() || !mayHoldWallet(text)) {
      return found;
    }
    String label = COLUMN_WORD_BREAK.matcher(column.strip()).replaceAll(" ").strip();
    if (label.isEmpty() || !walletCues.in(label, 0, label.length())) {
      return found;
    }
    String prefix = label + ": ";
    boolean added = false;
    for (Contact c : find(prefix + text, region)) {
      if (Contact.WALLET.equals(c.type()) && c.start() >= prefix.length()) {
        Contact shifted =
            new Contact(
                c.type(),
                c.normalized(),
                c.start() - prefix.length(),
                c.end() - prefix.length(),
                c.placeholder(),
                c.checksumValid());
        if (found.stream().noneMatch(shifted::overlaps)) {
          found.add(shifted);
          added = true;
        }
      }
    }
    if (added) {
      found.sort(Comparator.comparingInt(Contact::start));
    }
    return found;
  }

  /**
   * A phone or e-mail begun at the end of an ad's title and finished in its text: one contact in
   * each field.
   */
  public record SplitContact(Contact inTitle, Contact inText) {}

  /**
   * The end of a title: 2 to 6 digits in groups, perhaps "..." after them ("tel 459...", "– 06
   * 39").
   */
  private static final Pattern TITLE_STUB =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,:/\\-])(?<d>\\+?\\d{2,5}(?:[ .]\\d{2,4}){0,2})[ \\t]*(?:\\.{2,3}|\u2026)?[ \\t]*$");

  /**
   * The end of a title: a mail cue (mail_cue_words or mail_symbols) and a local part ("mail
   * nina64", "✉ amber23").
   */
  private final Pattern titleLocal;

  /** "_at_", "-dot-": a spelled at-sign or dot inside a name, which is a whole address then. */
  private static final Pattern SPELLED_PUNCTUATION_PART =
      Pattern.compile("(?i)(?:^|[._\\-])(?:at|dot|arroba|punto|point|punkt)(?:[._\\-]|$)");

  /**
   * "Email applications only: nadia2001": a mail cue, a few words, a colon, then a handle-shaped
   * name that no host follows: the account's name, written without its provider.
   */
  private final Pattern mailCueLocal;

  /** mail_cue_words, lower case: a text holding none of them has no mail-cued name. */
  private final List<String> mailCueWords;

  /** mail_symbols: glued between a name and a host, one stands for the '@'. */
  private final List<String> mailSymbols;

  /** name_onsets, lower case: see {@link #initialAndName}. */
  private final java.util.Set<String> nameOnsets;

  /** spelled_dot_words, lower case: a text holding none of them has no spelled-dot address. */
  private final CaseFreeNeedles dotWordNeedles;

  private final CaseFreeNeedles mailCueNeedles;

  /**
   * The end of a title: a separator and a handle-shaped name ("Q&A tonight – hannah32"), no mail
   * cue.
   */
  private static final Pattern TITLE_NAME =
      Pattern.compile(
          "(?iu)[\\-\u2013\u2014|:]\\s*(?<local>[a-z][a-z0-9._+\\-]{1,62}[a-z0-9])"
              + "[ \\t]*(?:\\.{2,3}|\u2026)?[ \\t]*$");

  /**
   * "@gmail.com" standing alone in a text: the host of an address whose local part is elsewhere.
   */
  private static final Pattern LONE_HOST =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}._%+\\-])@(?<host>[a-z0-9][a-z0-9\\-]{0,62}(?:\\.[a-z0-9\\-]{1,63}){1,3})(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])");

  /**
   * A run of digit groups in the text that is no quantity, time or date ("...555 0106" may follow
   * dots).
   */
  private static final Pattern TEXT_PART =
      Pattern.compile(
          "(?<![\\p{L}\\p{N},:/+\\-])(?<![\\p{L}\\p{N}]\\.)\\d{2,8}(?:[ .\\-]\\d{2,5}){0,3}"
              + "(?![\\p{L}\\p{N}%\u20ac$\u00a3]|[.,:/\\-]\\d|\\s?(?i:%|\u20ac|h\\b|uhr\\b|hrs?\\b|eur\\b|usd\\b))");

  /**
   * "title: ... mail nina64" + "text: ... @gmail.com": an e-mail whose local part ends the title
   * after a mail cue and whose "@host" stands alone in the text. Else "title: ... tel 459..." +
   * "text: ... and then 555 0176": a number whose first digits end the title (after a phone cue or
   * emoji, or, from a trunk zero or '+', after a dash, bar or colon) and whose rest is the first
   * run of digits in the text that no other contact holds and that makes, with them, a number some
   * region's plan accepts (9 to 13 digits). Null when the title ends otherwise.
   */
  public SplitContact splitAcross(String title, String text, String region) {
    if (title == null || text == null || title.isEmpty() || text.isEmpty()) {
      return null;
    }
    Matcher lt = titleLocal.matcher(title);
    if (!lt.find()) {
      // "the name in the title @icloud.com": the text's lone host says where the local part is
      lt = TITLE_NAME.matcher(title);
      if (!lt.find()) {
        lt = null;
      }
    }
    if (lt != null
        && handleShaped(lt.group("local"))
        && HAS_LETTER.matcher(lt.group("local")).find()) {
      Matcher h = LONE_HOST.matcher(text);
      while (h.find()) {
        String host = h.group("host").toLowerCase(Locale.ROOT);
        if (DomainFinder.isUnderPublicSuffix(host)) {
          String email = lt.group("local").toLowerCase(Locale.ROOT) + "@" + host;
          return new SplitContact(
              new Contact(
                  Contact.EMAIL,
                  email,
                  lt.start("local"),
                  lt.end("local"),
                  Contact.OBSCURED_EMAIL,
                  true),
              new Contact(Contact.EMAIL, email, h.start(), h.end(), Contact.OBSCURED_EMAIL, true));
        }
      }
    }
    Matcher t = TITLE_STUB.matcher(title);
    if (!t.find()) {
      return null;
    }
    String stub = t.group("d").replaceAll("[^\\d+]", "");
    int stubDigits = stub.replace("+", "").length();
    String before = title.substring(0, t.start("d"));
    String lead = before.stripTrailing();
    boolean cue =
        phoneCues.in(title, Math.max(0, t.start("d") - 16), t.start("d"))
            || lead.endsWith("\u260E\uFE0F")
            || lead.endsWith("\u260E")
            || lead.endsWith("\uD83D\uDCDE")
            || lead.endsWith("\uD83D\uDCF1");
    // "– 0175", "– 686…": after a separator, a trunk zero or '+', or digits the title breaks off
    // after
    boolean trailing =
        title.substring(t.end("d")).contains("\u2026")
            || title.substring(t.end("d")).contains("..");
    boolean dashed =
        ((stub.startsWith("0") || stub.startsWith("+")) && stubDigits >= 4 || trailing)
            && !lead.isEmpty()
            && "-\u2013\u2014|:".indexOf(lead.charAt(lead.length() - 1)) >= 0
            && !lead.equals(before);
    int stubStart = t.start("d");
    int stubEnd = t.end("d");
    if (!cue && !dashed
        || stubDigits > 7
        || find(title, region).stream().anyMatch(c -> c.start() < stubEnd && stubStart < c.end())) {
      return null; // a whole number in the title is the title's own contact
    }
    List<Contact> inText = find(text, region);
    Matcher m = TEXT_PART.matcher(text);
    while (m.find()) {
      int from = m.start();
      int to = m.end();
      // Held by another contact, unless it is a phone of just these digits: the rest of the title's
      // number
      // may make a (shorter) number of its own ("letzte Ziffern 22844718")
      if (inText.stream()
          .anyMatch(
              c ->
                  c.start() < to
                      && from < c.end()
                      && !(Contact.PHONE.equals(c.type()) && c.start() == from && c.end() == to))) {
        continue;
      }
      String part = m.group().replaceAll("\\D", "");
      String all = stub + part;
      int n = all.replace("+", "").length();
      if (part.length() < 4 || n < 9 || n > 13) {
        continue;
      }
      String normalized = phones().possible(all, phones().regions(region));
      if (normalized != null) {
        return new SplitContact(
            new Contact(
                Contact.PHONE, normalized, t.start("d"), t.end("d"), Contact.OBSCURED_PHONE, true),
            new Contact(Contact.PHONE, normalized, from, to, Contact.OBSCURED_PHONE, true));
      }
    }
    return null;
  }

  /**
   * "Instagram itsinesoffiсial": a word that mixes Latin letters with Cyrillic or Greek look-alikes
   * is disguised on purpose; right after a platform's name it is a handle even without a handle's
   * shape.
   */
  private void disguisedHandles(String text, DetectionText read, List<Contact> found) {
    if (platformBefore == null) {
      return;
    }
    boolean added = false;
    for (int[] w : Homoglyphs.mixedWords(text)) {
      boolean covered = found.stream().anyMatch(c -> c.start() < w[1] && w[0] < c.end());
      if (!covered && platformBefore.matcher(text).region(Math.max(0, w[0] - 30), w[0]).find()) {
        String h = Homoglyphs.fold(text.substring(w[0], w[1])).toLowerCase(Locale.ROOT);
        found.add(new Contact(Contact.HANDLE, h, w[0], w[1]));
        added = true;
      }
    }
    if (added) {
      found.sort(Comparator.comparingInt(Contact::start));
    }
  }

  /**
   * What emailHint.find() answers, cheaply where it can: an '@' is a hint by itself, and without a
   * symbol an alternative begins with ('\\', '%', a bracket) only an at-word between blanks is
   * left, which needs the word.
   */
  boolean mayHoldEmail(String text) {
    if (text.indexOf('@') >= 0) {
      return true;
    }
    boolean symbol =
        text.indexOf('\\') >= 0
            || text.indexOf('%') >= 0
            || text.indexOf('[') >= 0
            || text.indexOf('(') >= 0
            || text.indexOf('{') >= 0;
    if (!symbol && atWordsAreWords && !hasCaseFoldingOddity(text) && !hasWordIn(text, atWordSet)) {
      return false;
    }
    return emailHint.matcher(text).find();
  }

  /** As emailHint.find(), the long way: the specification mayHoldEmail is tested against. */
  boolean emailHintFinds(String text) {
    return emailHint.matcher(text).find();
  }

  /**
   * The letters the patterns' Unicode case folding reads as ASCII ones, which TextWords' lower case
   * keeps apart: the long s, the Kelvin sign, dotless and dotted i.
   */
  private static boolean hasCaseFoldingOddity(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u017F' || c == '\u212A' || c == '\u0131' || c == '\u0130') {
        return true;
      }
    }
    return false;
  }

  /** {@code spaced}: also read letter-spaced runs (not when reading one). */
  private List<Contact> find(String text, String region, boolean spaced) {
    List<Contact> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    // Each kind is searched only when the text has what every match of it needs: most ads have no
    // contact at all, and the full patterns cost far more than these checks.
    Matcher m;
    if (mayHoldEmail(text)) {
      m = (emailUnusual.matcher(text).find() ? email : emailPlain).matcher(text);
      // A match turned down below is searched again from its next character: "Info at
      // rosa.b+job@host.net" is no address from "Info", but one begins inside it.
      int next = 0;
      while (next < text.length() && m.find(next)) {
        next = m.start() + 1;
        String g = m.group();
        String norm = normalizeEmail(g);
        int at = norm.indexOf('@');
        if (at <= 0 || norm.indexOf('@', at + 1) >= 0) {
          continue;
        }
        // "insta @rosa.vip": a platform's name, a space, then "@handle" is a labelled handle, not
        // an e-mail
        if (platformLeads.contains(norm.substring(0, at))
            && at < g.length()
            && g.substring(0, g.indexOf('@') < 0 ? 0 : g.indexOf('@')).endsWith(" ")) {
          continue;
        }
        boolean spacedDot = g.contains(" . ");
        if (spacedDot && !SPACED_EMAIL_TLDS.contains(norm.substring(norm.lastIndexOf('.') + 1))) {
          continue; // "meet @ 9pm . Call": a sentence, not an address
        }
        if (EMOJI.matcher(g).find() && !DomainFinder.isUnderPublicSuffix(norm.substring(at + 1))) {
          continue; // "rosa@home🌹tonight": an emoji ends the sentence, it is no dot
        }
        boolean symbol = g.contains("@") || g.contains("\\u0040") || g.contains("%40");
        boolean bracketed = bracketAt.matcher(g).find();
        String host = norm.substring(at + 1);
        // "je suis chez Paul point final": a spelled "at" makes an address only of a handle-shaped
        // local part and a host under a public suffix.
        // "vanessahh ät t-online.de": an at-sign spelled with a word that is nothing else takes any
        // local part
        boolean signWord = atSignWord != null && atSignWord.matcher(g).find();
        // "noravela at outlook.de": "at" before a mail provider's own domain makes a name of
        // six letters or more the mailbox ("find us at outlook.com", "je vais chez orange.fr"
        // name no one)
        String local = norm.substring(0, at);
        boolean providerHost =
            host.indexOf('.') > 0
                && providers.containsKey(host.substring(0, host.indexOf('.')))
                && local.length() >= 6
                && providerAtWord != null
                && providerAtWord.matcher(g).find()
                && !notHandles.contains(local);
        if (!symbol
            && !bracketed
            && !((signWord || providerHost || handleShaped(local))
                && DomainFinder.isUnderPublicSuffix(host))) {
          continue;
        }
        // Written with "(at)", "arobase" or spaces around the "@": dodging filters, which readers
        // of the redacted text should still see (ad_indicator/obscured_contact).
        boolean obscured =
            !g.contains("@")
                || bracketed
                || g.chars().anyMatch(Character::isWhitespace)
                || EMOJI.matcher(g).find();
        add(
            found,
            new Contact(
                Contact.EMAIL,
                norm,
                m.start(),
                m.end(),
                obscured ? Contact.OBSCURED_EMAIL : Contact.EMAIL,
                true));
        next = m.end();
      }
    }
    if (text.indexOf('@') >= 0) {
      // "moc.liamg@41vana": an address written backwards
      m = AT_TOKEN.matcher(text);
      while (m.find()) {
        String reversed =
            new StringBuilder(m.group()).reverse().toString().toLowerCase(Locale.ROOT);
        int at = reversed.indexOf('@');
        String host = reversed.substring(at + 1);
        if (host.indexOf('.') > 0
            && HOST_CHARS.matcher(host).matches()
            && DomainFinder.isUnderPublicSuffix(host)
            && !DomainFinder.isUnderPublicSuffix(
                m.group().substring(m.group().indexOf('@') + 1).toLowerCase(Locale.ROOT))) {
          add(
              found,
              new Contact(
                  Contact.EMAIL, reversed, m.start(), m.end(), Contact.OBSCURED_EMAIL, true));
        }
      }
    }
    if (spaced) {
      for (Contact c : letterSpaced(text, region)) {
        add(found, c);
      }
    }
    if (text.contains("://") || text.contains(":\\/\\/") || containsIgnoreCase(text, "www.")) {
      m = URL.matcher(text);
      while (m.find()) {
        String url = m.group().replaceAll("[.,;:!?)]+$", "");
        String normalized =
            normalizeUrl(url.replace("[.]", ".").replace("(.)", ".").replace("\\/", "/"));
        add(
            found,
            new Contact(
                domains.typeOf(normalized), normalized, m.start(), m.start() + url.length()));
      }
    }
    if (!providers.isEmpty() && hasWordIn(text, providers.keySet())) {
      for (Pattern p : List.of(providerAfter, providerBefore, providerColon, providerAfterLocal)) {
        if (p == providerBefore
                && (text.indexOf('(') < 0 || !providerInBrackets.matcher(text).find())
            || p == providerAfterLocal && !providerAfterJoin.matcher(text).find()) {
          continue;
        }
        m = p.matcher(text);
        // "rosa.b (GMX)", "rosa77 en outlook": the provider's name goes with the local part
        boolean withProvider = p == providerBefore || p == providerAfterLocal;
        while (m.find()) {
          String local = m.group("local");
          String prov = m.group("prov").toLowerCase(Locale.ROOT);
          // "meine web-Adresse: rosa77": a provider that is also a word counts with an address word
          boolean addressed =
              p == providerColon
                  && m.group("addr") != null
                  && !m.group("addr").equalsIgnoreCase("id");
          if (p != providerAfterLocal && notHandles.contains(prov) && !addressed) {
            continue; // "Web: rosa-spa punto es", "Skype live:rosa.art": a word first, a provider
            // only after an "at"
          }
          String domain = providers.get(prov);
          // "hr on gmx", "yahoo : maelys-girard": after a word for "at" or a colon, a mail brand
          // that is no word makes any local part that is no common word an address ("write me on
          // gmail", "Gmail: accepted" stay)
          boolean atBrand =
              (p == providerAfterLocal || p == providerColon)
                  && !notHandles.contains(prov)
                  && !notHandles.contains(local.toLowerCase(Locale.ROOT));
          // "mi outlook es mvillarreal", "mein proton kzellweger.": one's own mail brand, then a
          // name said to be it or closing the phrase, is an address whatever its shape
          boolean ownBrand =
              p == providerAfter
                  && m.group("own") != null
                  && !notHandles.contains(prov)
                  && !notHandles.contains(local.toLowerCase(Locale.ROOT))
                  && initialAndName(local)
                  && (m.group("said") != null || closesPhrase(text, m.end("local")));
          // "Mail an gmail jobs", "my gmail is careers": a role's mailbox at a mail brand
          boolean roleAtBrand =
              p == providerAfter
                  && !notHandles.contains(prov)
                  && roleLocals.contains(local.toLowerCase(Locale.ROOT));
          if (domain != null
              && (handleShaped(local) || atBrand || ownBrand || roleAtBrand)
              && HAS_LETTER.matcher(local).find()) {
            add(
                found,
                new Contact(
                    Contact.EMAIL,
                    local.toLowerCase(Locale.ROOT) + "@" + domain,
                    m.start("local"),
                    withProvider ? m.end() : m.end("local"),
                    Contact.OBSCURED_EMAIL,
                    true));
          }
        }
      }
    }
    for (Contact c : emailsInParts(text)) {
      add(found, c);
    }
    for (Contact c : unusualEmails(text)) {
      add(found, c);
    }
    for (Contact c : emailsWithoutEnding(text)) {
      add(found, c);
    }
    if (containsIgnoreCase(text, "www ")) {
      m = SPACED_WWW.matcher(text);
      while (m.find()) {
        String normalized = normalizeUrl(m.group().replaceAll("\\s+", ""));
        add(found, new Contact(domains.typeOf(normalized), normalized, m.start(), m.end()));
      }
    }
    // Payment accounts before handles: "venmo @rosa-77" is a payment handle, not a social one.
    for (Contact c : accounts.paymentHandles(text)) {
      add(found, c);
    }
    for (Contact c : accounts.ibans(text)) {
      add(found, c);
    }
    for (Contact c : accounts.ribs(text)) {
      add(found, c);
    }
    for (Contact c : accounts.bankAccounts(text)) {
      add(found, c);
    }
    for (Contact c : groupedBech32(text)) {
      add(found, c);
    }
    for (Contact c : chunkedWallets(text)) {
      add(found, c);
    }
    for (Contact c : wrappedWallets(text)) {
      add(found, c);
    }
    for (Contact c : cashAddrs(text)) {
      add(found, c);
    }
    for (Contact c : walletNames(text)) {
      add(found, c);
    }
    if (text.contains("-100")) {
      m = CHANNEL_ID.matcher(text);
      while (m.find()) {
        add(found, new Contact(Contact.HANDLE, m.group(), m.start(), m.end()));
      }
    }
    if (mayHoldWallet(text)) {
      m = SESSION_ID.matcher(text);
      while (m.find()) {
        add(
            found,
            new Contact(Contact.HANDLE, m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
      }
      m = TOX_ID.matcher(text);
      while (m.find()) {
        add(
            found,
            new Contact(
                Contact.HANDLE, "tox:" + m.group().toUpperCase(Locale.ROOT), m.start(), m.end()));
      }
      m = WALLET.matcher(text);
      while (m.find()) {
        CryptoWallets.Wallet w = CryptoWallets.classifyAllowingTypos(m.group());
        // A failed checksum needs a wallet cue near a short token; 30 random characters or more in
        // a wallet's shape identify their owner wherever they stand ("try 1BvBMSEYst...", "Refunds
        // are processed to bc1qw508d6...": a typo still names one wallet), unlinked (checksum_valid
        // false). Solana has no checksum: a shorter key of its shape needs a cue.
        String g = m.group();
        if (w != null
            && (!CryptoWallets.needsContext(w)
                || (looksRandom(g) || BECH32_SHAPED.matcher(g).matches())
                    && (g.length()
                            >= (w.chain().equals("sol") ? LONE_SOLANA_CHARS : LONE_WALLET_CHARS)
                        || walletCues.near(text, m.start(), m.end(), cues.walletContextChars())))) {
          add(
              found,
              new Contact(
                  Contact.WALLET,
                  w.normalized(),
                  m.start(),
                  m.end(),
                  Contact.WALLET,
                  w.checksumValid()));
        }
      }
    }
    if (text.indexOf('@') >= 0) {
      m = AT_HANDLE.matcher(text);
      while (m.find()) {
        String h = m.group(1);
        // "@home", "@14h30", "@8pm": a place or a time, not an account
        if (HAS_LETTER.matcher(h).find()
            && !notHandles.contains(h.toLowerCase(Locale.ROOT))
            && !quantityShaped(h)
            && !TIME_SHAPED.matcher(h).matches()) {
          // "@rosa_25/rosa_25": a path glued after the handle is redacted with it (the pseudonym
          // stays the handle's, so the ad still links to the others that name it)
          Matcher path = GLUED_PATH.matcher(text).region(m.end(), text.length());
          int end = path.lookingAt() ? path.end() : m.end();
          add(found, new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start(), end));
        }
      }
    }
    if (text.indexOf('@') >= 0 && text.indexOf('/') >= 0) {
      m = SLASH_LISTED.matcher(text);
      while (m.find()) {
        String h = m.group("h");
        if (accountShaped(h) && !platformLeads.contains(h.toLowerCase(Locale.ROOT))) {
          add(
              found,
              new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
        }
      }
    }
    if (accountWordHandle != null && hasWordIn(text, accountWordLeads)) {
      m = accountWordHandle.matcher(text);
      while (m.find()) {
        String h = m.group("h");
        // "New acc kelsiex (old one got banned)": a name in small letters that closes its phrase
        // or opens a bracket; any handle-shaped one
        if (HAS_LETTER.matcher(h).find()
            && !notHandles.contains(h.toLowerCase(Locale.ROOT))
            && (handleShaped(h)
                || h.length() >= 4
                    && h.chars().allMatch(Character::isLowerCase)
                    && (closesPhrase(text, m.end("h")) || opensBracket(text, m.end("h"))))) {
          add(
              found,
              new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
        }
      }
    }
    for (Contact c : answeredHandles(text)) {
      add(found, c);
    }
    for (Contact c : namedHandles(text)) {
      add(found, c);
    }
    if (text.indexOf(':') >= 0 && mailCueNeedles.in(text)) {
      m = mailCueLocal.matcher(text);
      while (m.find()) {
        String local = m.group("local");
        if (accountShaped(local)
            && !SPELLED_PUNCTUATION_PART.matcher(local).find()) { // "rosa_at_outlook_dot_de"
          add(
              found,
              new Contact(
                  Contact.HANDLE,
                  local.toLowerCase(Locale.ROOT),
                  m.start("local"),
                  m.end("local")));
        }
      }
    }
    if (hasHashAndFourDigits(text)) {
      m = DISCORD_TAG.matcher(text);
      while (m.find()) {
        if (HAS_LETTER.matcher(m.group(1)).find()
            // "ref#2041", "nº#1234": a reference cue names a number, not a Discord user
            && !referenceCues.matchesWhole(
                m.group(1).substring(0, m.group(1).indexOf('#')).toLowerCase(Locale.ROOT))
            && (DISCORD_CUES.near(text, m.start(), m.end(), 40)
                || DISCORD_NAME.near(text, m.start(), m.end(), DISCORD_CONTEXT_CHARS))) {
          add(
              found,
              new Contact(
                  Contact.HANDLE, m.group(1).toLowerCase(Locale.ROOT), m.start(1), m.end(1)));
        }
      }
    }
    if (text.indexOf('F') >= 0 && text.indexOf(':') >= 0) {
      m = ONLYFANS_LABEL.matcher(text);
      while (m.find()) {
        if (HAS_LETTER.matcher(m.group("h")).find()) {
          add(
              found,
              new Contact(
                  Contact.HANDLE, m.group("h").toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
        }
      }
    }
    if (text.contains("live:")) {
      m = SKYPE_LIVE.matcher(text);
      while (m.find()) {
        if (HAS_LETTER.matcher(m.group(1)).find()) {
          add(
              found,
              new Contact(Contact.HANDLE, m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
      }
    }
    if (text.contains("u/")) {
      m = REDDIT_USER.matcher(text);
      while (m.find()) {
        if (HAS_LETTER.matcher(m.group(1)).find()) {
          add(
              found,
              new Contact(
                  Contact.HANDLE, "u/" + m.group(1).toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
      }
    }
    if (hasLeadWord(text)) {
      m = prefixedHandle.matcher(text);
      int from = 0;
      while (from < text.length() && prefixedHandleStarts.find(m, text, from)) {
        // "bella dot rose dot vip": spelled dots inside a handle read as dots, "guion bajo" as '_'
        String h = spelledDot.matcher(m.group("h")).replaceAll(".");
        if (spelledUnderscore != null) {
          h = spelledUnderscore.matcher(h).replaceAll("_");
        }
        // After punctuation ("snap: rosa") or a quote any word with a letter; after a space only a
        // handle-shaped one, so "on Telegram for news" or "add me on" stay text; after a platform
        // name and
        // a filler ("snap me thetommood", "mon snap c'est lilou") a word that is no common one.
        // "dm-Markt", "add-on": a dash glued between a contact verb and a word makes one compound
        boolean compound =
            m.group("mark") != null
                && !platformLeads.contains(
                    m.group("lead").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                && m.group("mark").matches("[\\-\u2013\u2014]")
                && m.start("mark") == m.end("lead")
                && m.end("mark") == m.start("h");
        boolean marked = (m.group("mark") != null && !compound) || m.group("quote") != null;
        // "sur tg je suis dispo", "insta perso uniquement": after a verb of being or "perso" a
        // plain word says how the writer is, not who; only a handle-shaped name is taken
        // "→ line id ryanxo", "add me on line id rosa": a platform's name that ends in "id" says a
        // name follows, as a filler does, where it stands as a label (after a contact verb, a mark
        // or a line's start; "a snap decision, line id missing" is a sentence)
        boolean filled =
            (!m.group("fill").isEmpty() || idLabel(text, m.group("lead"), m.start("lead")))
                && platformLeads.contains(
                    m.group("lead").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                && !DESCRIBING_FILL.matcher(m.group("fill")).find();
        String lead = m.group("lead").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean platform = platformLeads.contains(lead);
        // "Schreib mir — insta: rosa": a platform's name after a contact verb is no handle; it
        // leads the next match
        boolean platformWord =
            platformLeads.contains(h.toLowerCase(Locale.ROOT))
                || handleLeadWords.contains(h.toLowerCase(Locale.ROOT));
        // "KIK xxrosaxx", "agrégame al snap rosita": decorated, or after a contact verb and
        // "on"/"al"
        boolean placed =
            platform
                && plainWordHandle(h)
                && !DESCRIBING_FILL.matcher(m.group("fill")).find()
                && (decorated(h) || verbAndPreposition(text, m.start("lead")));
        // "👻rosa_77": an emoji or CJK label may touch the handle; a word ("snaprosa") may not
        boolean glued =
            m.start("h") == m.end("lead")
                && text.charAt(m.end("lead") - 1) < 128
                && Character.isLetterOrDigit(text.charAt(m.end("lead") - 1));
        // "X" is the platform only with a mark after it ("X: rosa", "X => rosa"), not a dash
        // ("X-Large")
        // "X zoe punto bb punto 08": dots or underscores spelled out inside the name are put there
        // to dodge filters, which no sentence after a bare "X" does
        boolean spelled = !h.equals(m.group("h")) && handleShaped(h);
        // "X : norasweet Kein Anschreiben", "X >> noravelvet [15:54]": after a colon or arrows
        // a lone word in small letters that ends the label (a capital, a bracket or the phrase's
        // end follows) is the name given there; "X: the unknown" goes on as a sentence
        boolean xLabel =
            m.group("mark") != null
                && !m.group("mark").matches("[\\-\u2013\u2014~]+")
                && h.length() >= 5
                && h.chars().allMatch(Character::isLowerCase)
                && !notHandles.contains(h)
                && (LABEL_END.matcher(text).region(m.end("h"), text.length()).lookingAt()
                    || NEXT_LABEL.matcher(text).region(m.end("h"), text.length()).lookingAt());
        // "X xnora61x": a handle's shape with digits among its letters needs no mark after "X"
        boolean xHandle =
            m.group("mark") == null
                && text.charAt(m.start("lead")) == 'X'
                && h.length() >= 5
                && handleShaped(h)
                && HAS_DIGIT.matcher(h).find()
                && !quantityShaped(h)
                && !VERSION.matcher(h).matches();
        boolean bareX =
            lead.equals("x")
                && !(filled && handleShaped(h)) // "find me on X as carla081"
                && !spelled
                && !xLabel
                && !xHandle
                && (m.group("mark") == null
                    || m.group("mark").matches("[\\-\u2013\u2014~]+")
                    || !handleShaped(h)
                        && !decorated(h)); // "X: the unknown": after X only a handle-shaped name
        // "📸 sarah-rose": after an emoji label a hyphenated name is a handle too
        // standing alone as the label's value: no word follows it ("📸 photo-shoot on Sunday" is a
        // sentence)
        boolean emojiLabel =
            !lead.isEmpty()
                && !Character.isLetterOrDigit(lead.codePointAt(0))
                && h.matches("\\p{L}[\\p{L}\\p{N}]*-[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*")
                && !WORD_AFTER.matcher(text).region(m.end("h"), text.length()).lookingAt();
        // "snap/rosa_77", "Discord, username rosa.77", "threads - rosa_77" (a word too): only a
        // handle-shaped name ("Telegram/WhatsApp", "threads: silk" stay text)
        boolean weak =
            m.group("weak") != null || WORD_PLATFORMS.contains(lead) || m.group("paren") != null;
        // "DM: 10am-6pm", "add 2x": after a contact verb a time or quantity is no handle
        boolean verbTime = !platform && (quantityShaped(h) || TIME_SHAPED.matcher(h).lookingAt());
        // "- snap aylinpro - INSTA", "sc 👻 jazbeatz.": a platform's name set as a label (an emoji,
        // or a name after a mark or at a line's start), then a word that closes the phrase (a
        // mark, an emoji, a line's end or the text's end after it), is the name given there.
        // "auf Insta folgen" and "a snap decision," are sentences.
        boolean alone =
            platform
                && labelStart(text, m.start("lead"))
                && !weak
                && m.group("fill").isEmpty()
                && m.group("quote") == null
                && h.chars().allMatch(Character::isLetterOrDigit)
                && plainWordHandle(h)
                && LABEL_END.matcher(text).region(m.end("h"), text.length()).lookingAt();
        // "Instagram es instagram.com/rosa_25": a link after the platform's name is left to the
        // link search, which takes its path too
        boolean link =
            text.startsWith("/", m.end("h"))
                && DomainFinder.isUnderPublicSuffix(h.toLowerCase(Locale.ROOT));
        if (HAS_LETTER.matcher(h).find()
            && !platformWord
            && !link
            && !verbTime
            && !glued
            && !bareX
            && !(weak && (!handleShaped(h) || quantityShaped(h)))
            && (marked
                || handleShaped(h)
                || filled && plainWordHandle(h)
                || placed
                || emojiLabel
                || alone)) {
          add(
              found,
              new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
          from = m.end();
        } else {
          from =
              m.start() + 1; // "add me on snap rosa_77": the platform name may lead a later match
        }
      }
    }
    if (platformWordsColon != null && text.indexOf(':') >= 0 && hasLeadWord(text)) {
      m = platformWordsColon.matcher(text);
      while (m.find()) {
        String h = m.group("h");
        // only a handle's shape: "Telegram group rules: be nice" or "insta hours: 10am" stay
        if (accountShaped(h)) {
          add(
              found,
              new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
        }
      }
    }
    if (spelledUnderscoreHandle != null && hasWordIn(text, underscoreLeadWords)) {
      m = spelledUnderscoreHandle.matcher(text);
      while (m.find()) {
        // "anjax887x Unterstrich 19": no sentence spells an underscore next to a name with a
        // digit ("avec un tiret bas entre" stays text)
        String h = spelledUnderscore.matcher(m.group()).replaceAll("_");
        if (HAS_DIGIT.matcher(h).find() && HAS_LETTER.matcher(h).find()) {
          add(found, new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
      }
    }
    if (EMOJI.matcher(text).find()) {
      m = EMOJI_HANDLE.matcher(text);
      while (m.find()) {
        String h = m.group("h");
        // "👉 📷 nina.chic", "✨ vip_vanessa ✨": an emoji label and a lower-case name joined by '.'
        // or '_'
        // (a domain under a public suffix is left to the domain search, which types it as a link)
        if (!DomainFinder.isUnderPublicSuffix(h) && !quantityShaped(h)) {
          add(found, new Contact(Contact.HANDLE, h, m.start("h"), m.end("h")));
        }
      }
    }
    if (handleBeforePlatform != null
        && hasLeadWord(text)
        && platformAfterJoin.matcher(text).find()) {
      m = handleBeforePlatform.matcher(text);
      while (m.find()) {
        String h = m.group("h");
        boolean searched = m.group("verb") != null;
        if (HAS_LETTER.matcher(h).find()
            && !quantityShaped(h)
            && (handleShaped(h) || searched && plainWordHandle(h))) {
          add(
              found,
              new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
        }
      }
    }
    if (qqNumber != null && qqLeads.in(text)) {
      m = qqNumber.matcher(text);
      while (m.find()) {
        add(found, new Contact(Contact.HANDLE, "qq:" + m.group(1), m.start(1), m.end(1)));
      }
    }
    if (reversedPhone != null && hasWordIn(text, reversedLeadWords)) {
      m = reversedPhone.matcher(text);
      int from = 0;
      while (reversedPhoneStarts.find(m, text, from)) {
        from = m.end();
        String digits = new StringBuilder(m.group("d").replaceAll("\\D", "")).reverse().toString();
        if (digits.length() > cues.maxPhoneDigits()) {
          continue;
        }
        String normalized = phones().possible(digits, phones().regions(region));
        add(
            found,
            new Contact(
                Contact.PHONE,
                normalized != null ? normalized : "digits:" + digits,
                m.start("d"),
                m.end("d"),
                Contact.OBSCURED_PHONE,
                true));
      }
    }
    if (containsIgnoreCase(text, "wxid_")) {
      m = WXID.matcher(text);
      while (m.find()) {
        add(
            found,
            new Contact(Contact.HANDLE, m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
      }
    }
    if (containsIgnoreCase(text, "id")) {
      m = TELEGRAM_ID.matcher(text);
      while (m.find()) {
        add(found, new Contact(Contact.HANDLE, "tg:" + m.group(1), m.start(1), m.end(1)));
      }
    }
    if (containsIgnoreCase(text, "threema")) {
      m = THREEMA_ID.matcher(text);
      while (m.find()) {
        // "por Threema, mi ID es S9HG6UJY": words between the name and the id ask for a digit in it
        String id = m.group("id");
        if (id.chars().anyMatch(Character::isLetter)
            && (m.group("gap") == null || id.chars().anyMatch(Character::isDigit))) {
          add(found, new Contact(Contact.HANDLE, "threema:" + id, m.start("id"), m.end("id")));
        }
      }
    }
    if (containsIgnoreCase(text, "icq")) {
      m = ICQ_NUMBER.matcher(text);
      while (m.find()) {
        add(found, new Contact(Contact.HANDLE, "icq:" + m.group(1), m.start(1), m.end(1)));
      }
    }
    // Before phones: an IPv4 address is digits and dots that a phone plan may accept.
    for (Contact c : accounts.ips(text)) {
      add(found, c);
    }
    if (hasSpelledDotWord(text)) {
      m = SPELLED_IPV4.matcher(text);
      while (m.find()) {
        String ip = m.group().replaceAll("(?iu)" + SPELLED_DOT, ".");
        add(found, new Contact(Contact.IP, ip, m.start(), m.end()));
      }
    }
    if (text.contains(" . ")) {
      m = SPACED_IPV4.matcher(text);
      while (m.find()) {
        // "1 . 2 . 3 . 4": steps of a list; an address has a first octet of 10 or more
        String[] octets = m.group().split(" \\. ");
        if (octets[0].length() < 2
            || java.util.Arrays.stream(octets).mapToInt(String::length).sum() < 6) {
          continue;
        }
        add(found, new Contact(Contact.IP, m.group().replace(" ", ""), m.start(), m.end()));
      }
      m = SPACED_HOST.matcher(text);
      while (m.find()) {
        String host = m.group("host").replace(" ", "").toLowerCase(Locale.ROOT);
        String tld = host.substring(host.lastIndexOf('.') + 1);
        // "end . Com" or "fin . com" in a sentence: the host needs a known top-level domain and a
        // registrable name no word has (a hyphen, a digit among letters: rosa-agency . com, not
        // "18h . de") or a second-level domain (rosa . com . ar).
        // A path after a spaced slash ("ivylounge . co / book") makes a link of a plain name too,
        // unless the
        // word before it is the first part of a platform's name ("only fans . com / x": the
        // platform search's)
        Matcher prev = PREVIOUS_WORD.matcher(text).region(Math.max(0, m.start() - 40), m.start());
        boolean platformTail =
            prev.find() && domains.isPlatform(prev.group(1).toLowerCase(Locale.ROOT) + host);
        // "Gallery: silkstaffing . com" closing the text or sentence: a long name is no word of it
        boolean closes =
            host.indexOf('.') >= 7
                && SENTENCE_END.matcher(text).region(m.end(), text.length()).lookingAt();
        if (SPACED_EMAIL_TLDS.contains(tld)
            && DomainFinder.isUnderPublicSuffix(host)
            && !platformTail
            && (host.chars().filter(c -> c == '.').count() >= 2
                || ObfuscatedPunctuation.nameNoWordHas(host.substring(0, host.indexOf('.')))
                || closes
                || m.group("path") != null && m.group("path").contains("/"))) {
          String path = m.group("path") == null ? "" : m.group("path").replace(" ", "");
          String normalized = normalizeUrl(host + path);
          add(found, new Contact(domains.typeOf(normalized), normalized, m.start(), m.end()));
        }
      }
    }
    // After handles: "IG rosa.vip" is a handle though "rosa.vip" is also a domain.
    for (Contact domain : domains.find(text)) {
      add(found, domain);
    }
    for (Contact phone : phones().find(text, region)) {
      if (!referenceNumber(text, phone)) {
        if (!add(found, phone)) {
          phoneAfterTail(text, region, phone, found);
        }
        continue;
      }
      // "ref. 70506 - siete cincuenta y dos...": the reference's digits led a number written after
      // them
      Matcher lead = LEADING_GROUP.matcher(text).region(phone.start(), phone.end());
      if (lead.lookingAt() && lead.end() < phone.end()) {
        addPhonesIn(text, lead.end(), phone.end(), region, found);
      }
    }
    for (Contact c : chatSplitContacts(text, region)) {
      add(found, c);
    }
    for (Contact c : fragmentPhones(text, region)) {
      add(found, c);
    }
    if (text.indexOf('_') >= 0 || text.indexOf('.') >= 0) {
      for (Contact c : joinedWordHandles(text)) {
        add(found, c);
      }
    }
    found.sort(Comparator.comparingInt(Contact::start));
    return found;
  }

  /**
   * A name standing anywhere, with no cue before it ("et ton snap ? — jules.photo.lyon",
   * "nails.noemie", a column holding "skye_76"): words joined by an underscore with a digit or at
   * an edge, or lower-case words joined by dots with a digit in one of them or five letters or more
   * in all. No sentence is written so: a sentence's next word starts after a space, an abbreviation
   * ("e.g.", "z.B.", "Ste.Catherine") has short or capitalized parts, a number ("1.20.4", "v2.3")
   * has no such word, a file ("cv.pdf", "IMG_7781.jpg") ends in a file's extension, a site ends in
   * a top-level domain (left to the domain search, which keeps a public one: "gov.uk"). Not part of
   * an address, path, tag or mention ("@rosa_77", "#new_in", "/u/rosa_77").
   */
  private List<Contact> joinedWordHandles(String text) {
    List<Contact> out = new ArrayList<>();
    int done = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i < done || c != '_' && c != '.') {
        continue;
      }
      int s = i;
      while (s > 0 && joinedChar(text.charAt(s - 1))) {
        s--;
      }
      int e = i + 1;
      while (e < text.length() && joinedChar(text.charAt(e))) {
        e++;
      }
      done = e;
      // a sentence's full stop or a dash after the name is not part of it
      while (e > s && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
        e--;
      }
      while (s < e && (text.charAt(s) == '.' || text.charAt(s) == '-')) {
        s++;
      }
      if (e - s < 4
          || s > 0 && "@#/:\\".indexOf(text.charAt(s - 1)) >= 0
          || e < text.length() && (text.charAt(e) == '@' || text.charAt(e) == '/')) {
        continue;
      }
      String w = text.substring(s, e);
      if (joinedName(w)) {
        out.add(new Contact(Contact.HANDLE, w.toLowerCase(Locale.ROOT), s, e));
      }
    }
    return out;
  }

  /**
   * A label starts at {@code at}: an emoji or symbol there, or the text's or a line's start, or a
   * mark ("-", "|", "•", "/", ":") before it.
   */
  private static boolean labelStart(String text, int at) {
    if (at < text.length() && !Character.isLetterOrDigit(text.codePointAt(at))) {
      return true;
    }
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || "\n-|/:\u2013\u2014\u2022\u00b7".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean joinedChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  private boolean joinedName(String w) {
    // "part-time", "rosa": a hyphen alone joins words of a sentence
    if (w.indexOf('_') < 0 && w.indexOf('.') < 0) {
      return false;
    }
    String[] parts = w.replaceAll("^_+", "").split("[._\\-]+");
    int letters = 0;
    int longest = 0;
    boolean digitOnlyPart = false;
    for (String p : parts) {
      int l = (int) p.chars().filter(Character::isLetter).count();
      letters += l;
      longest = Math.max(longest, l);
      digitOnlyPart |= l == 0;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    if (letters < 2 || w.length() < 4 || w.indexOf('.') > 0 && fileExtensions.contains(last)) {
      return false;
    }
    // "rosa_77", "_dlx75": an underscore with a digit or at an edge; "ad_id", "posted_at" (column
    // names in messages) and "snake_case" stay
    if (w.indexOf('_') >= 0
        && (HAS_DIGIT.matcher(w).find() || w.startsWith("_") || w.endsWith("_"))) {
      return true;
    }
    return lower.equals(w)
        && !digitOnlyPart
        && longest >= 3
        && (letters >= 5 || HAS_DIGIT.matcher(w).find())
        && !VERSION.matcher(w).matches()
        && !ObfuscatedPunctuation.isTld(last);
  }

  /** "v2.3.1", "ver1.2": a version. */
  private static final Pattern VERSION = Pattern.compile("(?i)v(?:er)?\\d.*");

  private static List<String> lowerCase(List<String> words) {
    return words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
  }

  private static String alternation(List<String> words) {
    return String.join(
        "|", words.stream().map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q")).toList());
  }

  /**
   * A lookahead for the first characters of {@code words}, put before a pattern whose every match
   * begins with one of them (its lead alternation): a position where none can begin is turned down
   * in one character test. Java tries such a pattern at every position and each word in turn, which
   * made these patterns the bulk of contact detection. The pattern's flags fold the class's case as
   * they fold the words'. Empty when some word is blank (it would begin anywhere) or there is none.
   */
  static String firstCharGate(java.util.Collection<String> words) {
    java.util.Set<Integer> firsts = new java.util.TreeSet<>();
    for (String w : words) {
      String s = w.strip();
      if (s.isEmpty()) {
        return "";
      }
      firsts.add(s.codePointAt(0));
    }
    if (firsts.isEmpty()) {
      return "";
    }
    StringBuilder gate = new StringBuilder("(?=[");
    firsts.forEach(cp -> gate.append(String.format(Locale.ROOT, "\\x{%X}", cp)));
    return gate.append("])").toString();
  }

  private static String firstWord(String phrase) {
    String w = phrase.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < w.length() && Character.isLetterOrDigit(w.charAt(cut))) {
      cut++;
    }
    return w.substring(0, cut);
  }

  /**
   * The public platform's host a web address is on, kept visible when the address is redacted
   * ("https://www.onlyfans.com/rosa" -> "onlyfans.com"), or null: for another type, a personal
   * site, or a host that is not a platform's ({@code platform_domains}, the list that keeps a
   * site's host). Only the registrable domain is returned ("rosa.onlyfans.com" -> "onlyfans.com"),
   * so a name put in a sub-domain never shows.
   */
  public String publicPlatformHost(Contact c) {
    if (!Contact.URL.equals(c.type())) {
      return null;
    }
    String n = c.normalized();
    int end = n.length();
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (ch == '/' || ch == '?' || ch == '#') {
        end = i;
        break;
      }
    }
    String host = n.substring(0, end).toLowerCase(Locale.ROOT);
    if (!domains.isPlatform(host)) {
      return null;
    }
    if (domains.isListedPlatform(host)) {
      return host.startsWith("www.") ? host.substring(4) : host;
    }
    return com.google.common.net.InternetDomainName.from(host).topPrivateDomain().toString();
  }

  public boolean commonWord(String w) {
    String l = w.strip().toLowerCase(Locale.ROOT);
    return notHandles.contains(l)
        || handleLeadWords.contains(l)
        || platformLeads.contains(l)
        || phoneCues.matchesWhole(l)
        || walletCues.matchesWhole(l);
  }

  /**
   * A word taken for a handle by its place alone ("snap me thetommood"): 4+ characters, not a
   * platform name or contact word, nor a common word of handle_not_words.
   */
  private boolean plainWordHandle(String h) {
    String l = h.toLowerCase(Locale.ROOT);
    return h.length() >= 4
        && !notHandles.contains(l)
        && !handleLeadWords.contains(l)
        && !platformLeads.contains(l);
  }

  /** The marks a label stands after: "→ line id rosa", "| LINE ID rosa". */
  private static final String LABEL_MARKS = "\n|:-\u2013\u2014\u2192\u27a1\u00bb\u2022\u00b7>";

  /**
   * A platform's name ending in "id" ("line id") set as a label: after a contact verb, a mark or
   * the start of the text.
   */
  private boolean idLabel(String text, String lead, int start) {
    if (!lead.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").endsWith(" id")) {
      return false;
    }
    int i = start - 1;
    while (i >= 0
        && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFE0F')) {
      i--;
    }
    return i < 0
        || LABEL_MARKS.indexOf(text.charAt(i)) >= 0
        || verbs.in(text, Math.max(0, start - 24), start);
  }

  /** "xxrosaxx": a name between "xx"s, which no word of any of the ad languages is. */
  static boolean decorated(String h) {
    String l = h.toLowerCase(Locale.ROOT);
    return l.length() >= 6
        && (l.startsWith("xx") || l.endsWith("xx"))
        && !l.startsWith("xxx")
        && !l.endsWith("xxx");
  }

  /**
   * "add me on ", "agrégame al ", "follow me on ": a contact verb and a preposition right before
   * {@code at}.
   */
  private boolean verbAndPreposition(String text, int at) {
    Matcher p = VERB_PREPOSITION.matcher(text).region(Math.max(0, at - 30), at);
    return p.find() && verbs.in(text, Math.max(0, p.start() - 16), p.start() + 1);
  }

  private static final Pattern VERB_PREPOSITION =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:on|al|en|sur|auf|in|à|a|bei|no|na|por|par|per|via|über)\\s+$");

  /** "24h", "5min", "2x", "v2.0": a number with a unit, not a handle. */
  static boolean quantityShaped(String h) {
    return NUMBER_WITH_UNIT.matcher(h).matches();
  }

  /**
   * A number that a reference cue introduces ("EIN 64-5063122", "VAT reg. GB 359 4803 16",
   * "commande n° 6057-3479") and no phone cue does: a tax, product or order number that a numbering
   * plan accepts.
   */
  private boolean referenceNumber(String text, Contact phone) {
    int s = phone.start();
    // "msg ref. 70506 - siete cincuenta y dos...": a number set apart from the phone by a word or a
    // dash
    // between the cue and the phone is what the cue names
    int from = Math.max(0, s - 24);
    boolean apart = false;
    for (int i = s - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (Character.isDigit(c) && apart) {
        from = i + 1;
        break;
      }
      // "Job ID: 24403977. (312) 555-0172": a full stop after digits ends the number the cue
      // names
      apart |=
          Character.isLetter(c)
              || c == '.'
                  && i > 0
                  && Character.isDigit(text.charAt(i - 1))
                  && i + 1 < text.length()
                  && Character.isWhitespace(text.charAt(i + 1))
              || c == '\u2013'
              || c == '\u2014'
              || c == '|'
              || c == '-'
                  && i > 0
                  && text.charAt(i - 1) == ' '
                  && i + 1 < text.length()
                  && text.charAt(i + 1) == ' ';
    }
    char first = text.charAt(s);
    return (referenceCues.in(text, from, s)
            || versionCues.in(text, Math.max(from, s - 14), s)
            || first != '0' && first != '+' && weakReferenceCues.in(text, from, s))
        && !phoneCues.in(text, Math.max(0, s - 32), s);
  }

  /**
   * A name given as an account's where no '@' says so: a handle's shape with a letter, and no
   * quantity, time or domain ("2x", "10h30", "shop.example" are none).
   */
  static boolean accountShaped(String h) {
    return handleShaped(h)
        && HAS_LETTER.matcher(h).find()
        && !quantityShaped(h)
        && !TIME_SHAPED.matcher(h).matches()
        && !DomainFinder.isUnderPublicSuffix(h.toLowerCase(Locale.ROOT));
  }

  /**
   * A digit, an underscore or an inner dot: what sets "rosa_77" or "rosa.vip" apart from a word.
   */
  static boolean handleShaped(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (Character.isDigit(c) || c == '_' || c == '.') {
        return true;
      }
    }
    return false;
  }

  /** "#" followed by four digits somewhere: what a Discord tag needs ("#hiring" or "#1" do not). */
  static boolean hasHashAndFourDigits(String text) {
    for (int i = text.indexOf('#'); i >= 0 && i + 4 < text.length(); i = text.indexOf('#', i + 1)) {
      if (Character.isDigit(text.charAt(i + 1))
          && Character.isDigit(text.charAt(i + 2))
          && Character.isDigit(text.charAt(i + 3))
          && Character.isDigit(text.charAt(i + 4))) {
        return true;
      }
    }
    return false;
  }

  /** True when some word of the text is the first word of a platform name or contact verb. */
  private boolean hasLeadWord(String text) {
    for (String s : handleLeadSymbols) {
      if (text.contains(s)) {
        return true;
      }
    }
    return hasWordIn(text, handleLeadWords);
  }

  /**
   * True when some word (run of letters and digits) of the text, lower-cased, is in {@code words}.
   * Asked of one text for a dozen cue lists in a row, so the text's words are read once ({@link
   * TextWords}) and each list is then a set intersection.
   */
  static boolean hasWordIn(String text, java.util.Set<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    java.util.Set<String> own = TextWords.of(text);
    java.util.Set<String> small = words.size() <= own.size() ? words : own;
    java.util.Set<String> large = small == words ? own : words;
    for (String w : small) {
      if (large.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Thirty characters: no word and no reference number is so long and random in a wallet's shape.
   */
  private static final int LONE_WALLET_CHARS = 30;

  /**
   * A Solana key (32 to 44 base58 characters, most 43 or 44) stands without a cue from this length:
   * no word or reference of an ad is 40 random base58 characters ("pay here 5QZJ...").
   */
  private static final int LONE_SOLANA_CHARS = 40;

  /**
   * "ltc1qj6jj9...", "bc1q...": a segwit address in small letters, which looksRandom cannot see.
   */
  private static final Pattern BECH32_SHAPED =
      Pattern.compile("(?:bc|ltc|tb)1[02-9ac-hj-np-z]{38,87}");

  /**
   * Whether a token that only context makes a wallet looks machine-made: a digit and, for base58,
   * both cases, or (base58 in Ripple's alphabet often has no digit) case switching back and forth
   * at least 8 times. A long word never has them, so "address" next to a long ordinary word does
   * not make it a wallet.
   */
  static boolean looksRandom(String token) {
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    int switches = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      digit |= c >= '0' && c <= '9';
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      if (i > 0
          && Character.isLetter(c)
          && Character.isLetter(token.charAt(i - 1))
          && Character.isUpperCase(c) != Character.isUpperCase(token.charAt(i - 1))) {
        switches++;
      }
    }
    if (switches >= 8) {
      return true;
    }
    String l = token.toLowerCase(Locale.ROOT);
    boolean singleCaseFormat =
        l.startsWith("0x")
            || l.startsWith("bc1")
            || l.startsWith("tb1")
            || l.startsWith("ltc1")
            || l.startsWith("addr1")
            || l.startsWith("stake1");
    return digit && (singleCaseFormat || upper && lower);
  }

  /**
   * Bech32 addresses split into groups by spaces or dashes: the longest prefix of the groups whose
   * checksum holds, or, near a wallet cue, all of them (checksum_valid false).
   */
  private List<Contact> groupedBech32(String text) {
    List<Contact> out = new ArrayList<>();
    if (!(text.contains("bc1")
        || text.contains("BC1")
        || text.contains("ltc1")
        || text.contains("LTC1")
        || text.contains("tb1")
        || text.contains("TB1"))) {
      return out;
    }
    Matcher m = BECH32_GROUPED.matcher(text);
    while (m.find()) {
      String g = m.group();
      int end = g.length();
      boolean taken = false;
      while (end > 0) {
        String compact = g.substring(0, end).replaceAll("[ \u00a0\\-]", "");
        if (compact.length() < 14) {
          break;
        }
        CryptoWallets.Wallet w = CryptoWallets.classify(compact);
        if (w != null && w.checksumValid()) {
          out.add(
              new Contact(
                  WALLET_TYPE, w.normalized(), m.start(), m.start() + end, WALLET_TYPE, true));
          taken = true;
          break;
        }
        int cut =
            Math.max(
                g.lastIndexOf(' ', end - 1),
                Math.max(g.lastIndexOf('-', end - 1), g.lastIndexOf('\u00a0', end - 1)));
        if (cut <= 0) {
          break;
        }
        end = cut;
      }
      String whole = g.replaceAll("[ \u00a0\\-]", "");
      // 42 or 62 characters from "bc1": a segwit address's own lengths, a wallet with or without a
      // cue
      boolean segwitLength = whole.length() == 42 || whole.length() == 62;
      if (!taken
          && (segwitLength
              || walletCues.near(text, m.start(), m.end(), cues.walletContextChars()))) {
        String compact = whole.toLowerCase(Locale.ROOT);
        out.add(new Contact(WALLET_TYPE, compact, m.start(), m.end(), WALLET_TYPE, false));
      }
    }
    return out;
  }

  private static final String WALLET_TYPE = Contact.WALLET;

  /**
   * "0xb0 07d8 582D ...", "TFDy FGaQ MgUs ...", "rfC8fH-DGFqMU-...": an EVM, base58 or Monero
   * address in groups of 2 to 8 split by spaces or dashes; each group a whole word, so a longer
   * word after it ends the groups ("... 31B3 31 La fianza por transferencia").
   */
  private static final Pattern CHUNKED_WALLET =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-])(?![A-Z]?[a-z]{3,}[ \u00a0\\-])(?:0[xX][0-9a-fA-F]{0,6}|[13LMTDr48][1-9A-HJ-NP-Za-km-z]{1,7})"
              + "(?:[ \u00a0\\-][0-9A-Za-z]{2,8}+(?![\\p{L}\\p{N}])){3,30}+");

  /** Where the groups of a chunked wallet are split. */
  private static int lastChunkBreak(String g, int before) {
    return Math.max(
        g.lastIndexOf(' ', before),
        Math.max(g.lastIndexOf('\u00a0', before), g.lastIndexOf('-', before)));
  }

  /**
   * A wallet written in space-separated groups: the longest run of whole groups from the first that
   * is an address whose checksum holds, or a random-looking one near a wallet cue. Only texts with
   * a wallet cue.
   */
  private List<Contact> chunkedWallets(String text) {
    List<Contact> out = new ArrayList<>();
    if (text.indexOf(' ') < 0 && text.indexOf('-') < 0 || !walletCues.in(text, 0, text.length())) {
      return out;
    }
    Matcher m = CHUNKED_WALLET.matcher(text);
    while (m.find()) {
      Contact c = chunkedWallet(text, m, true);
      if (c == null) {
        c = chunkedWallet(text, m, false);
      }
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Z]?[a-z]{3,}");

  /**
   * The longest run of whole groups of {@code m} from its first that is a wallet: with {@code
   * valid}, one whose checksum holds; else a random-looking one near a wallet cue that does not end
   * in a plain word.
   */
  private Contact chunkedWallet(String text, Matcher m, boolean valid) {
    {
      String g = m.group();
      int end = g.length();
      while (end > 0) {
        String part = g.substring(0, end);
        String compact = part.replaceAll("[ \u00a0\\-]", "");
        if (compact.length() < MIN_BASE58_WALLET) {
          break;
        }
        if (compact.length() <= 95 && lastChunkBreak(part, part.length()) > 0) {
          CryptoWallets.Wallet w = CryptoWallets.classify(compact);
          String last = part.substring(lastChunkBreak(part, part.length()) + 1);
          if (w != null
              && (valid
                  ? w.checksumValid() && !w.chain().equals("sol")
                  : looksRandom(compact)
                      && !PLAIN_WORD.matcher(last).matches()
                      // a long one names a wallet however far its cue stands (a Monero address
                      // in groups runs past the cue's reach)
                      && (compact.length()
                              >= (w.chain().equals("sol") ? LONE_SOLANA_CHARS : LONE_WALLET_CHARS)
                          || walletCues.near(
                              text, m.start(), m.start() + end, cues.walletContextChars())))) {
            return new Contact(
                WALLET_TYPE,
                w.normalized(),
                m.start(),
                m.start() + end,
                WALLET_TYPE,
                w.checksumValid());
          }
        }
        int cut = lastChunkBreak(g, end - 1);
        if (cut <= 0) {
          break;
        }
        end = cut;
      }
    }
    return null;
  }

  /**
   * A phone sent over consecutive chat messages of one speaker ("[22:02] jade: 702 555", "[22:02]
   * jade: 0 1 3 9"): the first may end in its digits after words ("text me 312"), the others are
   * only digit groups or digit words ("9 zero 3 one"); 9 to max_phone_digits digits in all, some
   * region's plan accepting them, and a phone cue in the messages before (within 200 characters) or
   * a trunk "0" or "+" first. Each piece becomes a placeholder of the one number.
   */
  private List<Contact> chatSplitContacts(String text, String region) {
    List<Contact> out = new ArrayList<>();
    if (text.indexOf('\n') < 0 || text.indexOf(':') < 0) {
      return out;
    }
    Matcher m = CHAT_LINE.matcher(text);
    List<int[]> group = new ArrayList<>();
    StringBuilder digits = new StringBuilder();
    String who = null;
    int lastEnd = -2;
    while (m.find()) {
      PhoneFinder.DigitTail tail = phones().digitTail(text, m.start("msg"), m.end("msg"));
      boolean continues =
          tail != null
              && tail.start() == m.start("msg")
              && who != null
              && lastEnd + 1 == m.start()
              && text.charAt(lastEnd) == '\n'
              && m.group("who").strip().equalsIgnoreCase(who);
      if (!continues) {
        splitPhone(text, group, digits.toString(), region, out);
        group.clear();
        digits.setLength(0);
        who = null;
      }
      if (tail != null) {
        group.add(new int[] {tail.start(), m.end("msg")});
        digits.append(tail.digits());
        who = m.group("who").strip();
        lastEnd = m.end();
      }
    }
    splitPhone(text, group, digits.toString(), region, out);
    return out;
  }

  private void splitPhone(
      String text, List<int[]> pieces, String digits, String region, List<Contact> out) {
    if (pieces.size() < 2) {
      return;
    }
    char first = digits.charAt(0);
    int count = digits.length() - (first == '+' ? 1 : 0);
    if (count < 9
        || count > cues.maxPhoneDigits()
        || !(first == '0'
            || first == '+'
            || phoneCues.in(text, Math.max(0, pieces.get(0)[0] - 200), pieces.get(0)[0]))) {
      return;
    }
    String normalized = phones().possible(digits, phones().regions(region));
    if (normalized == null) {
      return;
    }
    for (int[] p : pieces) {
      out.add(new Contact(Contact.PHONE, normalized, p[0], p[1], Contact.OBSCURED_PHONE, true));
    }
  }

  /**
   * "Empieza por 6345 y termina en 38068": a phone given as its first and last digits in one
   * sentence, 7 digits or more in all, a phone cue within 80 characters before or after. Both
   * fragments become placeholders of the digits joined (the number, when the writer left nothing
   * out between).
   */
  private List<Contact> fragmentPhones(String text, String region) {
    List<Contact> out = new ArrayList<>();
    if (phoneFragments == null) {
      return out;
    }
    Matcher m = phoneFragments.matcher(text);
    int from = 0;
    while (phoneFragmentStarts.find(m, text, from)) {
      from = m.end();
      String digits = (m.group("first") + m.group("last")).replaceAll("[^\\d+]", "");
      if (digits.replace("+", "").length() < MIN_PHONE_FRAGMENT_DIGITS
          || YEAR.matcher(m.group("first")).matches() && YEAR.matcher(m.group("last")).matches()
          || digits.replace("+", "").length() < MIN_UNCUED_FRAGMENT_DIGITS
              && !phoneCues.near(text, m.start(), m.end(), 80)) {
        continue;
      }
      String normalized = phones().possible(digits, phones().regions(region));
      String n = normalized != null ? normalized : "digits:" + digits.replace("+", "");
      out.add(
          new Contact(
              Contact.PHONE, n, m.start("first"), m.end("first"), Contact.OBSCURED_PHONE, true));
      out.add(
          new Contact(
              Contact.PHONE, n, m.start("last"), m.end("last"), Contact.OBSCURED_PHONE, true));
    }
    return out;
  }

  private static final int MIN_PHONE_FRAGMENT_DIGITS = 7;

  /** "Empieza por 6906 y termina en 87445" with no cue near: as many digits as a whole phone. */
  private static final int MIN_UNCUED_FRAGMENT_DIGITS = 9;

  /** "from 2019 to 2024": two years are a span of time, not the ends of a number. */
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  /**
   * "correo: usuario rosa_77, dominio gmail.com": an e-mail given as its parts, the host under a
   * public suffix; one obscured e-mail from the local part to the host.
   */
  private List<Contact> emailsInParts(String text) {
    List<Contact> out = new ArrayList<>();
    if (emailParts == null || text.indexOf('.') < 0) {
      return out;
    }
    Matcher m = emailParts.matcher(text);
    int from = 0;
    while (emailPartStarts.find(m, text, from)) {
      from = m.end();
      String host = m.group("host").toLowerCase(Locale.ROOT);
      if (DomainFinder.isUnderPublicSuffix(host) && HAS_LETTER.matcher(m.group("local")).find()) {
        out.add(
            new Contact(
                Contact.EMAIL,
                m.group("local").toLowerCase(Locale.ROOT) + "@" + host,
                m.start("local"),
                m.end("host"),
                Contact.OBSCURED_EMAIL,
                true));
      }
    }
    return out;
  }

  /**
   * What may break a wallet in two or three pieces: a line break, or, in a text with a wallet cue,
   * a dash, a slash, a bar or a space ("DSeHtFsVJQE8viHnK-5MyrUNuryArA7kxZq", "33Rbni4g3ejZDcqeJ
   * SHpoGeaZiG7LSPi2G", "addr (2 parts): TJ3z24mhNBXFGjNXq / 7iPCV2PHEtGjkHkg4").
   */
  private static final Pattern WALLET_BREAK =
      Pattern.compile("[ \\t]*\\n[ \\t]*|[ \\t]?[-\u2010\u2013/|][ \\t]?|[ \\t]");

  /**
   * A wallet wrapped over two or three lines ("TTSBa6iviwSxfESNU\nDGNtsEKfTdXDgiqEJ"), or broken in
   * the middle by a dash or a space near a wallet cue: the pieces joined make an address whose
   * checksum holds, or (a chain without checksum, or a failed one) a random-looking one near a
   * wallet cue.
   */
  private List<Contact> wrappedWallets(String text) {
    List<Contact> out = new ArrayList<>();
    Pattern breaks =
        walletCues.in(text, 0, text.length())
            ? WALLET_BREAK
            : text.indexOf('\n') >= 0 ? LINE_BREAK : null;
    if (breaks == null) {
      return out;
    }
    List<int[]> pieces = new ArrayList<>();
    Matcher m = WRAP_PIECE.matcher(text);
    while (m.find()) {
      pieces.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i + 1 < pieces.size(); i++) {
      if (pieces.get(i)[1] - pieces.get(i)[0] < 8) {
        continue;
      }
      // the longest run of pieces, each on the next line, that reads as a wallet
      int last = i;
      while (last + 1 < pieces.size()
          && last - i < 2
          && joinsWalletPiece(text, breaks, pieces.get(last), pieces.get(last + 1))) {
        last++;
      }
      for (int j = last; j > i; j--) {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k <= j; k++) {
          joined.append(text, pieces.get(k)[0], pieces.get(k)[1]);
        }
        String t = joined.toString();
        if (t.length() < MIN_BASE58_WALLET) {
          break;
        }
        CryptoWallets.Wallet w = CryptoWallets.classify(t);
        int start = pieces.get(i)[0];
        int end = pieces.get(j)[1];
        if (w != null
            && (w.checksumValid() && !w.chain().equals("sol")
                || looksRandom(t)
                    && !PLAIN_WORD.matcher(text.substring(pieces.get(j)[0], end)).matches()
                    && walletCues.near(text, start, end, cues.walletContextChars()))) {
          out.add(
              new Contact(WALLET_TYPE, w.normalized(), start, end, WALLET_TYPE, w.checksumValid()));
          i = j;
          break;
        }
      }
    }
    return out;
  }

  /** Shortest piece of a wallet broken by a dash or a space: half an address is longer. */
  private static final int MIN_BROKEN_WALLET_PIECE = 8;

  /**
   * Whether {@code next} goes on {@code piece} in a wallet: on the next line, or after a dash or a
   * space when it is long enough to be half an address ("DM rosa 8812" joins nothing).
   */
  private static boolean joinsWalletPiece(String text, Pattern breaks, int[] piece, int[] next) {
    return LINE_BREAK.matcher(text).region(piece[1], next[0]).matches()
        || breaks.matcher(text).region(piece[1], next[0]).matches()
            && next[1] - next[0] >= MIN_BROKEN_WALLET_PIECE;
  }

  /**
   * "bitcoincash:qq...": with its prefix a wallet whatever its checksum (recorded); without one,
   * when the checksum holds or, failing, near a wallet cue.
   */
  private List<Contact> cashAddrs(String text) {
    List<Contact> out = new ArrayList<>();
    if (!mayHoldWallet(text)) {
      return out;
    }
    Matcher m = CASHADDR.matcher(text);
    while (m.find()) {
      CryptoWallets.Wallet w = CryptoWallets.classifyCashAddr(m.group());
      if (w != null
          && (m.group().indexOf(':') > 0
              || w.checksumValid()
              || looksRandom(m.group())
                  && walletCues.near(text, m.start(), m.end(), cues.walletContextChars()))) {
        out.add(
            new Contact(
                WALLET_TYPE, w.normalized(), m.start(), m.end(), WALLET_TYPE, w.checksumValid()));
      }
    }
    return out;
  }

  /**
   * "SOL wallet: rosa.sol": a name-service name near a wallet cue. Written in lower case, as the
   * name services normalize them: "Token.sol" (a Solidity source file) stays.
   */
  private List<Contact> walletNames(String text) {
    List<Contact> out = new ArrayList<>();
    if (walletName == null
        || text.indexOf('.') < 0
        || walletNameEnds != null && walletNameEnds.stream().noneMatch(text::contains)) {
      return out;
    }
    Matcher m = walletName.matcher(text);
    while (m.find()) {
      if (walletCues.near(text, m.start(), m.end(), cues.walletContextChars())) {
        out.add(
            new Contact(
                WALLET_TYPE,
                m.group().toLowerCase(Locale.ROOT),
                m.start(),
                m.end(),
                WALLET_TYPE,
                true));
      }
    }
    return out;
  }

  /**
   * True when the text has a bech32 or hex prefix, or a letter-digit run as long as a base58
   * address.
   */
  static boolean mayHoldWallet(String text) {
    if (text.contains("bc1")
        || text.contains("BC1")
        || text.contains("tb1")
        || text.contains("0x")
        || text.contains("0X")
        || text.contains("ltc1")
        || text.contains("LTC1")) {
      return true;
    }
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // '-' and '_' too: a TON address is URL-safe base64
      run = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? run + 1 : 0;
      if (run >= MIN_BASE58_WALLET) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code lowerNeedle} must be lower case; compares the full needle only where its first char is.
   * For a list of needles, {@link CaseFreeNeedles} reads the text once.
   */
  static boolean containsIgnoreCase(String text, String lowerNeedle) {
    char first = lowerNeedle.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    int last = text.length() - lowerNeedle.length();
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == firstUpper)
          && text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * E-mails written in ways the main pattern does not read: a symbol or emoji for the "@" before a
   * mail provider's domain ("abril_vip⊕gmail.com"), a top-level domain on the next line, a provider
   * named after an "@" without its top-level domain ("kenza_77 @ sfr"), and payment links with a
   * spelled dot.
   */
  private List<Contact> unusualEmails(String text) {
    List<Contact> out = new ArrayList<>();
    Matcher m = SYMBOL_AT_EMAIL.matcher(text);
    boolean symbols = hasSymbolForAt(text) || text.indexOf('#') >= 0;
    while (symbols && m.find()) {
      String host = m.group("host").toLowerCase(Locale.ROOT);
      String local = m.group("local").toLowerCase(Locale.ROOT);
      String sym = m.group("sym");
      // '©' is no mail symbol, but one glued where the '@' goes stands for it all the same
      boolean mailSymbol = mailSymbols.stream().anyMatch(sym::contains) || sym.contains("\u00a9");
      // "ximena62⊕hotmail.es": a symbol glued between a handle-shaped name and a host stands for
      // the '@';
      // with spaces around it ("love ❤️ vivastreet.fr") only a mail symbol or a provider's host
      // does.
      boolean glued = m.group().indexOf(' ') < 0;
      // "rosa-vela#proton.me (replace # with @)": a hash glued between a name and a host; with
      // spaces it is a hashtag ("join #proton.me")
      if (sym.equals("#") && !glued) {
        continue;
      }
      String provider = host.substring(0, host.indexOf('.'));
      // A provider's own domain, or a mail emoji before any host under a public suffix.
      if (HAS_LETTER.matcher(local).find()
          && DomainFinder.isUnderPublicSuffix(host)
          && (providers.containsValue(host)
              || providers.containsKey(provider)
              || (mailSymbol || glued) && handleShaped(local))) {
        out.add(
            new Contact(
                Contact.EMAIL,
                local + "@" + host,
                m.start(),
                m.end(),
                Contact.OBSCURED_EMAIL,
                true));
      }
    }
    if (text.indexOf('@') >= 0 && text.indexOf('\n') >= 0) {
      m = BROKEN_TLD_EMAIL.matcher(text);
      while (m.find()) {
        String norm = m.group().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (DomainFinder.isUnderPublicSuffix(norm.substring(norm.indexOf('@') + 1))) {
          out.add(
              new Contact(Contact.EMAIL, norm, m.start(), m.end(), Contact.OBSCURED_EMAIL, true));
        }
      }
    }
    if (!providers.isEmpty() && LeadStarts.matchesAtSome(atProviderNoTld, text, '@')) {
      m = providerAtNoTld.matcher(text);
      while (m.find()) {
        String local = m.group("local");
        String domain = providers.get(m.group("prov").toLowerCase(Locale.ROOT));
        // "yasmine-taylor @ free": with the '@' written, a hyphenated name is an address's local
        // part too
        if (domain != null
            && (handleShaped(local) || local.indexOf('-') > 0)
            && HAS_LETTER.matcher(local).find()) {
          out.add(
              new Contact(
                  Contact.EMAIL,
                  local.toLowerCase(Locale.ROOT) + "@" + domain,
                  m.start("local"),
                  m.end(),
                  Contact.OBSCURED_EMAIL,
                  true));
        }
      }
    }
    if (LeadStarts.matchesAtSome(AT_HOST_NO_TLD, text, '@')
        || containsIgnoreCase(text, "arroba")
        || containsIgnoreCase(text, "arobase")) {
      m = NO_TLD_EMAIL.matcher(text);
      while (m.find()) {
        String local = m.group("local");
        String host = m.group("host").toLowerCase(Locale.ROOT);
        boolean named =
            host.indexOf('-') > 0
                || host.length() >= 4
                    && !notHandles.contains(host)
                    && !TIME_SHAPED.matcher(host).matches();
        if (HAS_LETTER.matcher(local).find() && named) {
          String domain = providers.getOrDefault(host, host);
          out.add(
              new Contact(
                  Contact.EMAIL,
                  local.toLowerCase(Locale.ROOT) + "@" + domain,
                  m.start(),
                  m.end(),
                  Contact.OBSCURED_EMAIL,
                  true));
        }
      }
    }
    if (spelledPaymentLink != null && paymentLinkNames.in(text)) {
      m = spelledPaymentLink.matcher(text);
      while (m.find()) {
        String host =
            m.group("host")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+(?:[a-z]+[^a-z0-9.]+)?", ".")
                .replaceAll("\\.+", ".");
        out.add(
            new Contact(
                Contact.PAYMENT_HANDLE,
                normalizeUrl(host + "/" + m.group("acct")),
                m.start(),
                m.end()));
      }
    }
    return out;
  }

  /**
   * {@link #emailWithoutEnding}: a role's mailbox before a plain word is an address only when the
   * word has a hyphen or a digit ("info at lindner-staffing") or the mailbox opens a message or
   * follows "to" ("Ambre: hr at bluefinjobs", "resume to info at ..."); "contact at reception"
   * stays text.
   */
  private final Pattern bracketedAtWord;

  /** A role mailbox, an at-word: what emailWithoutEnding's role alternative needs. */
  private final Pattern roleAtWord;

  /**
   * The spelled at-words, lower case; when atWordsAreWords, each is one word of TextWords in
   * Latin-1 letters, so a text without one as a word (and without the letters of
   * hasCaseFoldingOddity) has none.
   */
  private final java.util.Set<String> atWordSet;

  private final boolean atWordsAreWords;

  /** "@ free": what providerAtNoTld needs after its local part. */
  private final Pattern atProviderNoTld;

  /** "@home": what emailWithoutEnding's plain at-sign alternative needs. */
  private final Pattern atEndlessDomain;

  private final LeadStarts roleStarts;

  private List<Contact> emailsWithoutEnding(String text) {
    List<Contact> out = new ArrayList<>();
    boolean bracketed =
        (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) && bracketedAtWord.matcher(text).find();
    boolean role = roleAtWord != null && roleStarts.find(roleAtWord.matcher(text), text, 0);
    if (!bracketed
        && !role
        && !LeadStarts.matchesAtSome(atEndlessDomain, text, '@')
        && (atSignWord == null || !atSignWord.matcher(text).find())) {
      return out;
    }
    Matcher m = emailWithoutEnding.matcher(text);
    while (m.find()) {
      String domain = m.group("domain");
      String group =
          m.group("local") != null
              ? "local"
              : m.group("local2") != null
                  ? "local2"
                  : m.group("local3") != null ? "local3" : "role";
      String local = m.group(group);
      if (local == null
          || notHandles.contains(domain.toLowerCase(Locale.ROOT))
          || !group.equals("role")
              && notHandles.contains(local.toLowerCase(Locale.ROOT))
              && !roleLocals.contains(local.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean marked = domain.indexOf('-') > 0 || HAS_DIGIT.matcher(domain).find();
      if (group.equals("role") && !marked && (m.group("lead") == null || domain.length() < 6)
          || group.equals("local3") && !marked && domain.length() < 6) {
        continue; // "contact at reception"; "rosa@home"
      }
      out.add(
          new Contact(
              Contact.EMAIL,
              local.toLowerCase(Locale.ROOT) + "@" + domain.toLowerCase(Locale.ROOT),
              m.start(group),
              m.end("domain"),
              Contact.OBSCURED_EMAIL,
              true));
    }
    return out;
  }

  /**
   * "hast du snap? / ich: ja lenakoch93", "t'as mon snap ? xmiriamx23", "dein snap? meiner ist
   * Xevina": a name given alone as the answer to a question that names a platform (on the same line
   * or the next chat line, after a yes-word or a naming phrase at most) is that platform's handle.
   */
  private List<Contact> answeredHandles(String text) {
    List<Contact> out = new ArrayList<>();
    if (platformAnswer == null || text.indexOf('?') < 0 || !hasLeadWord(text)) {
      return out;
    }
    Matcher m = platformAnswer.matcher(text);
    while (m.find()) {
      String h = m.group("h");
      String l = h.toLowerCase(Locale.ROOT);
      if (HAS_LETTER.matcher(h).find()
          && !quantityShaped(h)
          // after a plain yes only a handle's shape ("Insta? Yes absolutely" stays text)
          && (handleShaped(h)
              || m.group("yes") == null
                  && h.length() >= 5
                  && h.chars().allMatch(Character::isLetter))
          && !notHandles.contains(l)
          && !platformLeads.contains(l)
          && !handleLeadWords.contains(l)) {
        out.add(new Contact(Contact.HANDLE, l, m.start("h"), m.end("h")));
      }
    }
    return out;
  }

  /**
   * "Send your Cash App tag or Venmo. Mine is nora-vela61.": a naming phrase (answer_naming_words)
   * and a handle-shaped name, a platform or payment app named within {@link #NAMING_REACH}
   * characters before it. "Mine is the blue one" is no handle's shape.
   */
  private List<Contact> namedHandles(String text) {
    List<Contact> out = new ArrayList<>();
    if (namingHandle == null || !hasWordIn(text, namingLeadWords)) {
      return out;
    }
    Matcher m = namingHandle.matcher(text);
    while (m.find()) {
      String h = m.group("h");
      if (accountShaped(h)
          && !h.equals(h.toUpperCase(Locale.ROOT)) // "REF2026A": a code
          && !VERSION.matcher(h).matches()) {
        java.util.Set<String> before =
            TextWords.read(text.substring(Math.max(0, m.start() - NAMING_REACH), m.start()));
        before.retainAll(namingLeadWords);
        if (!before.isEmpty()) {
          out.add(
              new Contact(Contact.HANDLE, h.toLowerCase(Locale.ROOT), m.start("h"), m.end("h")));
        }
      }
    }
    return out;
  }

  /** Whether a blank and an opening bracket follow {@code end}. */
  private static boolean opensBracket(String text, int end) {
    return PhraseEnd.blankThen(text, end, '(');
  }

  /**
   * "mvillarreal", "kzellweger": six letters or more, the first two consonants that begin no word
   * (name_onsets), as an initial before a surname does ("mejor", "nuevo", "premium" are words).
   */
  boolean initialAndName(String local) {
    if (local.length() < 6 || !local.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String l = local.toLowerCase(Locale.ROOT);
    return consonant(l.charAt(0))
        && consonant(l.charAt(1))
        && !nameOnsets.contains(l.substring(0, 2));
  }

  private static boolean consonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }

  /** Whether only blanks, then the end, a line break or a closing mark follow {@code end}. */
  private static boolean closesPhrase(String text, int end) {
    return PhraseEnd.closedBy(text, end, "\n\r.,;!?|)");
  }

  /** Adds {@code c} unless it overlaps a contact found before; whether it was added. */
  private static boolean add(List<Contact> found, Contact c) {
    if (found.stream().noneMatch(c::overlaps)) {
      found.add(c);
      return true;
    }
    return false;
  }

  /**
   * "https://rosa.example/u/2827 📞 09O B4S 1273": the phone search read the digits a link (or
   * another contact found before) ends with as the first group of the number after it. The rest of
   * the run, from the end of the last contact it overlaps, is searched again on its own.
   */
  private void phoneAfterTail(String text, String region, Contact phone, List<Contact> found) {
    int rest = -1;
    for (Contact c : found) {
      if (c.overlaps(phone)) {
        if (c.start() > phone.start() || c.end() >= phone.end()) {
          return; // the contact is inside the run or covers its end: no number after it
        }
        rest = Math.max(rest, c.end());
      }
    }
    if (rest < 0) {
      return;
    }
    addPhonesIn(text, rest, phone.end(), region, found);
  }

  /**
   * Searches {@code text[from, to)} for phones on their own and adds those that are no reference
   * number and overlap nothing found before, at their place in the whole text.
   */
  private void addPhonesIn(String text, int from, int to, String region, List<Contact> found) {
    for (Contact c : phones().find(text.substring(from, to), region)) {
      Contact shifted =
          new Contact(
              c.type(),
              c.normalized(),
              from + c.start(),
              from + c.end(),
              c.placeholder(),
              c.checksumValid());
      if (!referenceNumber(text, shifted)) {
        add(found, shifted);
      }
    }
  }

  String normalizeEmail(String raw) {
    String s = emailAtNorm.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("@");
    s = emailDotNorm.matcher(s).replaceAll(".").replaceAll("\\sdash\\s", "-");
    return s.replaceAll("\\s+", "");
  }

  /**
   * Addresses and handles written one character at a time ("p e t i t . d a n i @ o r a n g e . f
   * r", "mein TikTok ist k i m . r e y"): the run read without its spaces, with the 40 characters
   * before it, goes through the e-mail and handle searches; what they find there covers the whole
   * run.
   */
  /**
   * Four characters in a row, each alone between blanks and followed by one space: what every
   * LETTER_SPACED match begins with, found in one pass instead of the pattern's try at each
   * position.
   */
  static boolean mayBeLetterSpaced(String text) {
    int alone = 0;
    int i = 0;
    while (i + 1 < text.length()) {
      if (text.charAt(i + 1) == ' '
          && !Character.isWhitespace(text.charAt(i))
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        if (++alone >= 4) {
          return true;
        }
        i += 2;
      } else {
        alone = 0;
        i++;
      }
    }
    return false;
  }

  private List<Contact> letterSpaced(String text, String region) {
    List<Contact> out = new ArrayList<>();
    if (!mayBeLetterSpaced(text)) {
      return out;
    }
    Matcher m = LETTER_SPACED.matcher(text);
    while (m.find()) {
      String joined = m.group().replace(" ", "");
      if (!HAS_LETTER.matcher(joined).find() || joined.length() < 5) {
        continue;
      }
      int from = Math.max(0, m.start() - 40);
      String before = text.substring(from, m.start());
      String probe = before + joined;
      for (Contact c : find(probe, region, false)) {
        if (c.start() >= before.length() && !c.type().equals(Contact.PHONE)) {
          out.add(
              new Contact(
                  c.type(),
                  c.normalized(),
                  m.start(),
                  m.end(),
                  c.placeholder(),
                  c.checksumValid()));
          break;
        }
      }
    }
    return out;
  }

  /** "tg://resolve?domain=rosa_77": a messaging app's own link scheme. */
  private static final Pattern APP_LINK =
      Pattern.compile("(?i)^(?:tg|viber|whatsapp|signal|skype)://.*");

  static String normalizeUrl(String raw) {
    if (APP_LINK.matcher(raw).matches()) {
      return raw; // "tg://resolve?domain=rosa_77": an app's link, kept whole
    }
    String s = raw.replaceFirst("(?i)^h(?:tt|xx)ps?://", "").replaceFirst("(?i)^www\\.", "");
    int slash = s.indexOf('/');
    String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? "" : s.substring(slash).replaceAll("/+$", "");
    return host + rest;
  }
}
