package org.modus.schemas.geo;

/**
 * A country or territory of ISO 3166-1 with its UN M49 region, sub-region and (where M49 has one)
 * intermediate region. Regions are empty only for Antarctica, which M49 places directly under
 * World.
 */
public record Country(
    String alpha2,
    String alpha3,
    String numeric,
    String region,
    String subregion,
    String nameEn,
    String nameFr,
    String nameEs,
    String intermediateRegion) {

  /** For callers that predate the intermediate region. */
  public Country(
      String alpha2,
      String alpha3,
      String numeric,
      String region,
      String subregion,
      String nameEn,
      String nameFr,
      String nameEs) {
    this(alpha2, alpha3, numeric, region, subregion, nameEn, nameFr, nameEs, "");
  }

  /** The finest M49 grouping: the intermediate region when there is one, else the sub-region. */
  public String finestRegion() {
    return intermediateRegion.isEmpty() ? subregion : intermediateRegion;
  }
}
