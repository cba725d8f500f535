package org.modus.extract;

/**
 * One token of a document as the extractor sees it: the text as written, its match key (folded and
 * stemmed), the sentence it belongs to and, when the optional annotators ran, its lemma and NER
 * tag.
 */
public record Token(String text, String key, int sentence, String lemma, String ner) {}
