package org.modus.schemas.geo;

/** A country of ISO 3166-1 with its UN M49 region and subregion. */
public record Country(
    String alpha2, String alpha3, String numeric, String region, String subregion,
    String nameEn, String nameFr, String nameEs) {}
