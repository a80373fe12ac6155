package org.quotaledger.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages form no cycle: each can be read, tested and changed knowing only the packages below it. A
 * slice is a top-level package under {@code org.quotaledger} with its sub-packages ({@code rules.packs} is
 * {@code rules}), except the audit packet: {@code audit.packet} gathers every feature's records into a packet, so it
 * sits above them like {@code portal}, while the extension point they implement ({@code audit.packet.spi}) sits
 * below them.
 *
 * <p>Shown to fail: with {@code quota.QuotaDescription} referenced again from {@code rules.RulesService},
 * {@link #featurePackagesAreFreeOfCycles} reports the cycle {@code quota -> rules -> quota}; and
 * {@link #theRulesSeeTheSampleViolations} proves all three rules fire on the deliberate violations in
 * {@code architecture.samples}, which the application import leaves out.
 */
class PackageCyclesTest {

    private static final String ROOT = "org.quotaledger";

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Top-level packages, but the packet service is its own slice and its extension point another. */
    static SliceAssignment featuresUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String relative = name.substring(root.length() + 1);
                if (relative.equals("audit.packet") || relative.startsWith("audit.packet.")) {
                    return SliceIdentifier.of(relative.startsWith("audit.packet.spi") ? "audit.packet.spi" : "audit.packet");
                }
                int dot = relative.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? relative : relative.substring(0, dot));
            }

            @Override
            public String getDescription() {
                return "packages under " + root;
            }
        };
    }

    static SliceRule noCyclesUnder(String root) {
        return slices().assignedFrom(featuresUnder(root)).should().beFreeOfCycles();
    }

    static ArchRule noFeatureDependsOnThePortalUnder(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".portal..")
                .should().dependOnClassesThat().resideInAPackage(root + ".portal..")
                .because("portal composes features; a feature that needs another feature's page content asks that feature")
                .allowEmptyShould(true);
    }

    static ArchRule theDocumentDependsOnNoFeatureUnder(String root) {
        DescribedPredicate<JavaClass> outsideTheApplication = resideOutsideOfPackage(root + "..");
        return noClasses().that().resideInAPackage(root + ".document..")
                .should().dependOnClassesThat(DescribedPredicate.not(outsideTheApplication)
                        .and(resideOutsideOfPackage(root + ".document..")).as("reside in a feature package"))
                .because("the v1 document is the shape quota, rules and notice share; it must not pull any of them in")
                .allowEmptyShould(true);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        noCyclesUnder(ROOT).check(APPLICATION);
    }

    @Test
    void noFeatureDependsOnThePortal() {
        noFeatureDependsOnThePortalUnder(ROOT).check(APPLICATION);
    }

    @Test
    void theDocumentDependsOnNoFeature() {
        theDocumentDependsOnNoFeatureUnder(ROOT).check(APPLICATION);
    }

    /** The rules are not vacuous: each reports the deliberate violation among the samples (test classes only). */
    @Test
    void theRulesSeeTheSampleViolations() {
        String samples = "org.quotaledger.architecture.samples";
        JavaClasses sample = new ClassFileImporter().importPackages(samples);
        assertThat(String.join("\n", noCyclesUnder(samples).evaluate(sample).getFailureReport().getDetails()))
                .contains("Cycle detected").contains("SampleQuota").contains("SampleRule");
        assertThat(String.join("\n", noFeatureDependsOnThePortalUnder(samples).evaluate(sample).getFailureReport().getDetails()))
                .contains("SampleFacility").contains("SamplePortal");
        assertThat(String.join("\n", theDocumentDependsOnNoFeatureUnder(samples).evaluate(sample).getFailureReport().getDetails()))
                .contains("SampleDocument").contains("SampleQuota");
    }
}
