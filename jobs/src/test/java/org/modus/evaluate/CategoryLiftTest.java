package org.modus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modus.evaluate.CategoryLift.Labelled;

class CategoryLiftTest {
  @Test
  void liftIsThePositiveRateAmongRecordsWithTheCategoryOverTheOverallRate() {
    // 10 records, 4 positive (base rate .4); upfront_fee on 3 records, 3 positive: rate 1, lift
    // 2.5.
    List<Labelled> data =
        List.of(
            new Labelled(true, Set.of("deceptive_recruitment/upfront_fee")),
            new Labelled(true, Set.of("deceptive_recruitment/upfront_fee", "platform/telegram")),
            new Labelled(true, Set.of("deceptive_recruitment/upfront_fee")),
            new Labelled(true, Set.of()),
            new Labelled(false, Set.of("platform/telegram")),
            new Labelled(false, Set.of()),
            new Labelled(false, Set.of()),
            new Labelled(false, Set.of()),
            new Labelled(false, Set.of()),
            new Labelled(false, Set.of()));
    List<CategoryLift.Row> rows = CategoryLift.of(data);
    assertEquals(
        List.of("deceptive_recruitment/upfront_fee", "platform/telegram"),
        rows.stream().map(CategoryLift.Row::category).toList());
    CategoryLift.Row fee = rows.get(0);
    assertEquals(3, fee.records());
    assertEquals(3, fee.positives());
    assertEquals(2.5, fee.lift(), 1e-12);
    assertEquals(0.75, fee.recall(), 1e-12);
    assertTrue(
        fee.liftLow() < fee.lift() && fee.liftHigh() <= 2.5 + 1e-12,
        "Wilson bounds a rate of 1 at 1");
    assertEquals(1.25, rows.get(1).lift(), 1e-12);
  }

  @Test
  void withoutPositivesNoLiftIsDefined() {
    assertEquals(
        List.of(), CategoryLift.of(List.of(new Labelled(false, Set.of("platform/telegram")))));
  }
}
