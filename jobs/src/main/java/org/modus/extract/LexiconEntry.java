package org.modus.extract;

import java.io.Serializable;

/**
 * One cue of the lexicon: a phrase in one language (or every language, {@code *}) that signals a
 * taxonomy category. {@code requires} / {@code unless} name context word sets (contexts file) that
 * must / must not stand near the cue, which is how ambiguous words ("line", "zoom", "steam") are
 * kept out of unrelated text.
 */
public record LexiconEntry(
    String id,
    String lang,
    String pattern,
    String family,
    String category,
    double weight,
    String requires,
    String unless,
    String note,
    String source)
    implements Serializable {}
