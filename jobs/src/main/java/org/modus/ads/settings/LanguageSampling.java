package org.modus.ads.settings;

import java.io.Serializable;

/**
 * How much of an ad the language is judged on (the {@code language_*} settings of
 * data-schemas/config/ads-ingest.json). Lingua's cost grows with the text (a hash look-up per
 * trigram and language) while its accuracy levels off after a few hundred characters, so the
 * language is first judged on a short leading sample, and only when the runner-up language comes
 * within {@code quickMargin} of the best (Lingua's relative confidence) on the longer one. Before
 * either, the function words of the longer sample vote ({@link
 * org.modus.ads.text.FunctionWordVote}): a clear vote decides without Lingua, which most ads give.
 *
 * @param minChars fewer letters than this: "other"
 * @param quickChars the short sample's length; 0 or not below {@code sampleChars}: one step only
 * @param quickMargin the lead the best language needs on the short sample, in (0, 1]
 * @param sampleChars the longer sample's length; 0: the whole text
 * @param voteMinWords function words a language needs in the longer sample to be decided by vote;
 *     0: no vote, Lingua always
 * @param voteMinLead how many times the runner-up's count the winner's must be (at least 1)
 */
public record LanguageSampling(
    int minChars,
    int quickChars,
    double quickMargin,
    int sampleChars,
    int voteMinWords,
    double voteMinLead)
    implements Serializable {
  public LanguageSampling {
    if (minChars < 0
        || quickChars < 0
        || sampleChars < 0
        || voteMinWords < 0
        || !(voteMinLead >= 1)
        || !(quickMargin > 0 && quickMargin <= 1)) {
      throw new IllegalArgumentException(
          "language sampling: lengths must be >= 0 and the quick margin in "
              + "(0, 1], got "
              + minChars
              + ", "
              + quickChars
              + ", "
              + quickMargin
              + ", "
              + sampleChars
              + ", and the vote's lead at least 1, got "
              + voteMinLead);
    }
  }

  /** Lingua alone, in one step on the first {@code sampleChars} characters (0: the whole text). */
  public static LanguageSampling oneStep(int minChars, int sampleChars) {
    return new LanguageSampling(minChars, 0, 1, sampleChars, 0, 1);
  }

  /** Lingua alone, as configured (quick step and longer sample), without the function-word vote. */
  public LanguageSampling withoutVote() {
    return new LanguageSampling(minChars, quickChars, quickMargin, sampleChars, 0, 1);
  }

  /** The same judgement without the quick first step: the longer sample only. */
  public LanguageSampling withoutQuickStep() {
    return new LanguageSampling(minChars, 0, 1, sampleChars, voteMinWords, voteMinLead);
  }
}
