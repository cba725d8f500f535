package org.modus.disclosure;

/** Why a published cell is hidden. */
public enum Suppression {
  /** Published as is. */
  NONE,
  /** Below the threshold k. */
  PRIMARY,
  /** Hidden so that a published total minus the other cells cannot reveal a primary cell. */
  SECONDARY,
  /** The group total itself is below k: the whole group is hidden. */
  TOTAL
}
