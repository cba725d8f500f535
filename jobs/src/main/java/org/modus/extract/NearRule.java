package org.modus.extract;

import java.io.Serializable;

/**
 * A proximity rule of the lexicon grammar: a category is present when a phrase of concept {@code
 * first} and a phrase of concept {@code second} stand within {@code window} tokens of each other in
 * one sentence ("flights ... paid", "visa ... arranged"), in either order unless {@code ordered}.
 * It is how a head concept and its modifier are matched without enumerating every phrasing. {@code
 * entry} is the lexicon entry its matches are reported under (id {@code
 * lang.category.near.first+second}).
 */
public record NearRule(
    String lang, String first, String second, int window, boolean ordered, LexiconEntry entry)
    implements Serializable {}
