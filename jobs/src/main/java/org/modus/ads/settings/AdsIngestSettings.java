package org.modus.ads.settings;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.modus.schemas.Located;
import org.modus.schemas.Settings;
import org.modus.schemas.SettingsException;

/**
 * The ingest settings of {@code data-schemas/config/ads-ingest.json}: limits, date formats,
 * near-duplicate parameters and contact cue lists. Loaded once; small enough to ship to executors.
 */
public record AdsIngestSettings(
    int maxTextChars,
    int maxRecordChars,
    int quarantineRecordChars,
    int minLanguageChars,
    int languageQuickSampleChars,
    double languageQuickMargin,
    int languageSampleChars,
    int languageVoteMinWords,
    double languageVoteMinLead,
    String earliestDate,
    List<String> dateFormats,
    List<String> exactDuplicateFields,
    NearDup nearDup,
    Contacts contacts)
    implements Serializable {

  public static final String NAME = "ads-ingest";
  public static final String RESOURCE = Settings.resource(NAME);

  /** MinHash-LSH parameters: {@code bands * rowsPerBand} hash functions, seeded for determinism. */
  public record NearDup(
      double threshold,
      int shingleWords,
      int bands,
      int rowsPerBand,
      long seed,
      int maxBucketAllPairs,
      int maxIterations,
      long driverVerifyMaxBytes)
      implements Serializable {
    public NearDup withThreshold(double t) {
      return new NearDup(
          t,
          shingleWords,
          bands,
          rowsPerBand,
          seed,
          maxBucketAllPairs,
          maxIterations,
          driverVerifyMaxBytes);
    }

    public NearDup withDriverVerifyMaxBytes(long bytes) {
      return new NearDup(
          threshold,
          shingleWords,
          bands,
          rowsPerBand,
          seed,
          maxBucketAllPairs,
          maxIterations,
          bytes);
    }

    public NearDup withMaxBucketAllPairs(int n) {
      return new NearDup(
          threshold,
          shingleWords,
          bands,
          rowsPerBand,
          seed,
          n,
          maxIterations,
          driverVerifyMaxBytes);
    }
  }

  /**
   * Cue lists for contact detection. {@code walletCues} within {@code walletContextChars} of a
   * wallet-shaped token make it a wallet even when its checksum fails or its chain has none
   * (Solana).
   */
  public record Contacts(
      List<String> fallbackRegions,
      int minObfuscatedDigits,
      int maxPhoneDigits,
      List<String> handlePrefixes,
      Map<String, String> lookAlikeDigits,
      Map<String, String> cuedLookAlikeDigits,
      Map<String, String> mixedLookAlikeDigits,
      List<String> walletCues,
      int walletContextChars,
      List<String> platformDomains,
      List<String> spelledDomainTlds,
      List<String> sentenceWordTlds,
      List<String> notDomainEndings,
      List<String> paymentLinkHosts,
      List<String> handleFillers,
      List<String> handleVerbs,
      List<String> paymentPrefixes,
      List<String> paymentShortPrefixes,
      List<String> ibanCues,
      List<String> plainAdIds,
      List<String> identifierColumns,
      List<String> bankAccountCues,
      List<String> bankAliasCues,
      Map<String, String> emailProviders,
      List<String> phoneJoinWords,
      List<String> handleNotWords,
      List<String> handleSearchVerbs,
      List<String> handleBeforePlatformWords,
      List<String> spelledUnderscoreWords,
      List<String> versionCues,
      List<String> referenceCues,
      List<String> weakReferenceCues,
      List<String> phoneCues,
      List<String> spelledAtWords,
      List<String> atSignWords,
      List<String> emailRoleLocals,
      List<String> emailRoleAtWords,
      List<String> providerAtWords,
      List<String> mailCueWords,
      List<String> mailSymbols,
      List<String> nameOnsets,
      List<String> handleAccountWords,
      List<String> answerYesWords,
      List<String> answerNamingWords,
      List<String> spelledDotWords,
      Map<String, String> leetLetters,
      List<String> commaDomainTlds,
      List<String> walletNameSuffixes,
      List<String> sortCodeCues,
      List<String> areaCodeWords,
      List<String> phoneFragmentStartWords,
      List<String> phoneFragmentEndWords,
      List<String> emailUserWords,
      List<String> emailDomainWords,
      List<String> phoneUnitWords,
      List<String> reversedNumberCues,
      List<String> qqCues,
      List<String> fileExtensions)
      implements Serializable {
    /** A list setting, empty when the file does not have it. */
    public static List<String> orEmpty(List<String> l) {
      return l == null ? List.of() : l;
    }
  }

  private static final AdsIngestSettings DEFAULTS = load();

  public static AdsIngestSettings defaults() {
    return DEFAULTS;
  }

  public AdsIngestSettings withNearDupThreshold(double t) {
    return new AdsIngestSettings(
        maxTextChars,
        maxRecordChars,
        quarantineRecordChars,
        minLanguageChars,
        languageQuickSampleChars,
        languageQuickMargin,
        languageSampleChars,
        languageVoteMinWords,
        languageVoteMinLead,
        earliestDate,
        dateFormats,
        exactDuplicateFields,
        nearDup.withThreshold(t),
        contacts);
  }

  /** How much of an ad its language is judged on. */
  public LanguageSampling languageSampling() {
    return new LanguageSampling(
        minLanguageChars,
        languageQuickSampleChars,
        languageQuickMargin,
        languageSampleChars,
        languageVoteMinWords,
        languageVoteMinLead);
  }

  private static AdsIngestSettings load() {
    return Settings.load(NAME, Settings.keysOf(AdsIngestSettings.class))
        .as(AdsIngestSettings.class);
  }

  /**
   * The settings with a run config's {@code settings: {ads-ingest: ...}} applied. The {@code
   * contacts} cue lists are refused there: they say what counts as an identifier, and the redaction
   * of case narratives and survey answers reads the shipped lists, so a run-wide change would
   * protect ads and the other texts differently; change them in the file.
   */
  public static AdsIngestSettings load(Located overrides) {
    if (overrides.root().path(NAME).has("contacts")) {
      throw new SettingsException(
          overrides.where(NAME + ".contacts")
              + ": settings."
              + NAME
              + ".contacts cannot "
              + "be overridden from the run config: the contact cue lists decide what is redacted in every stage; "
              + "edit data-schemas/config/"
              + NAME
              + ".json instead");
    }
    return Settings.load(NAME, Settings.keysOf(AdsIngestSettings.class))
        .withOverrides(overrides)
        .as(AdsIngestSettings.class);
  }
}
