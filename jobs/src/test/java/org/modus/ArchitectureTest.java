package org.modus;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.net.URL;
import java.util.Set;

/**
 * Dependencies between the jobs module's packages point one way: no package cycle, and the engine
 * knows no stage. ArchUnit reads the class files; no class of the module is loaded, so no Spark
 * starts. Class files hold no trace of a compile-time constant ({@code static final String}) read
 * from another package: javac copies its value. Such imports can close a cycle this test cannot
 * see, one reason stage names are an enum ({@link org.modus.engine.Stage}) and not string
 * constants.
 */
@AnalyzeClasses(
    locations = ArchitectureTest.JobsModule.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] STAGE_PACKAGES = {
    "org.modus.ads..",
    "org.modus.cases..",
    "org.modus.aggregates..",
    "org.modus.survey..",
    "org.modus.extract..",
    "org.modus.trends..",
    "org.modus.compare..",
    "org.modus.report..",
    "org.modus.notebook..",
    "org.modus.pipeline..",
    "org.modus.cli..",
    "org.modus.sample.."
  };

  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycle =
      slices().matching("org.modus.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noTwoPackagesDependOnEachOtherEvenThroughTheirSubpackages =
      slices().matching("org.modus.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theEngineDependsOnNoStage =
      noClasses()
          .that()
          .resideInAPackage("org.modus.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(STAGE_PACKAGES);

  /**
   * Read by ingest, contact detection, near-duplicates and disclosure alike, so it can need none of
   * them.
   */
  @ArchTest
  static final ArchRule theAdsSettingsAreALeaf =
      noClasses()
          .that()
          .resideInAPackage("org.modus.ads.settings..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(STAGE_PACKAGES)
                  .and(not(resideInAPackage("org.modus.ads.settings.."))));

  /**
   * Only this module's main classes: the other Modus modules on the test class path are checked by
   * their own builds, and test code may reach across packages.
   */
  static final class JobsModule implements LocationProvider {
    private static final String PROBE = "org/modus/engine/Stage.class";

    @Override
    public Set<Location> get(Class<?> testClass) {
      URL probe = testClass.getClassLoader().getResource(PROBE);
      String url = probe.toString();
      return Set.of(Location.of(URI.create(url.substring(0, url.length() - PROBE.length()))));
    }
  }
}
