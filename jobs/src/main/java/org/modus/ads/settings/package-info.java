/**
 * The ads ingest settings ({@code data-schemas/config/ads-ingest.json}). Ingest, contact detection,
 * near-duplicate grouping, disclosure and extraction evaluation all read them, so this package
 * depends on none of those: a leaf, checked by {@code org.modus.ArchitectureTest}.
 */
package org.modus.ads.settings;
