package org.modus.extract;

import java.io.Serializable;
import java.util.List;

/**
 * A named set of phrases in one language (or {@code *}: every language) that proximity rules
 * combine, such as {@code transport} ("flight", "plane ticket", "billet d'avion", "pasaje") or
 * {@code covered} ("paid", "on us", "pris en charge", "cubierto"). Phrases use the cue pattern
 * syntax.
 */
public record Concept(String name, String lang, List<String> phrases, String source)
    implements Serializable {}
