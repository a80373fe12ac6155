package org.quotaledger.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.quotaledger.quota.QuotaDescription;

import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities stay behind the services: the web layer (classes named {@code *Resource} or {@code *Pages}, and their
 * nested records and templates) works with view records that services build inside their own transaction. A page
 * that holds an entity reads lazy fields after the session closed (the employee-portal 500 of an uninitialised
 * proxy), and a resource that opens a transaction to avoid that has taken over the service's job.
 *
 * <ul>
 *   <li>(a) no web class depends on an entity (a class assignable to {@link PanacheEntityBase});</li>
 *   <li>(b) no web class or method is {@code @Transactional} or calls {@link QuarkusTransaction};</li>
 *   <li>(c) only services and the entities themselves call the static methods entities declare (finders, counts);</li>
 *   <li>(d) no {@code @CheckedTemplate} method takes an entity: templates render view records.</li>
 * </ul>
 *
 * <p>Rule (d) knows {@code io.quarkus.qute.CheckedTemplate} by its simple name, see {@link CheckedTemplate}.
 *
 * <p>Shown to fail: {@link #eachRuleSeesItsViolation} runs every rule on {@link ViolatingPages}, which breaks each
 * once ({@code @Transactional}, a {@code QuotaDescription.findById} call, a template taking a {@code QuotaDescription}),
 * and asserts each reports it. On the code before issue #17 (commit "WebLayerTest (#17)", with an empty exemption set)
 * all four failed: (a) 175 dependencies from sixteen web classes, (b) 7 ({@code @Transactional} on
 * {@code QuotaDescriptionResource}, {@code NoticeResource}, {@code MyPages}), (c) 14 finder calls from pages
 * ({@code FacilityPages}' JPQL, {@code MyPages}, {@code UserPages}...), (d) 10 template methods taking entities.
 */
class WebLayerTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quotaledger");

    /**
     * Classes not yet converted, by top-level name, each with a comment "left: ..." saying what is left; the set only
     * shrinks. Every web class is converted.
     */
    static final Set<String> LEFT = Set.of();

    /**
     * Who may call entity statics besides services ({@code *Service}), scheduled work ({@code *Job}, {@code *Worker}),
     * packet sections and record checks ({@code *Section}, {@code *Checks}) and the entities: classes that are services
     * in all but name.
     */
    static final Set<String> SERVICES_BY_ROLE = Set.of(
            "org.quotaledger.security.Access",         // reads the signed-in user's account to answer their scope
            "org.quotaledger.compliance.FactsGatherer", // reads a facility's records for the rules engine
            "org.quotaledger.compliance.RegistryFacts", // the registry half of those facts
            "org.quotaledger.notice.RegulatorRoles",    // the roles a regulator notice lists
            "org.quotaledger.demo.DemoData");           // seeds the demo database at start-up
    static final Set<String> SERVICE_SUFFIXES = Set.of("Service", "Job", "Worker", "Section", "Checks");

    static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }

    static boolean isEntity(JavaClass c) {
        return c.isAssignableTo(PanacheEntityBase.class) && !c.isEquivalentTo(PanacheEntityBase.class);
    }

    static final DescribedPredicate<JavaClass> WEB = new DescribedPredicate<>("are *Resource or *Pages classes (or nested in one)") {
        @Override
        public boolean test(JavaClass c) {
            for (Optional<JavaClass> o = Optional.of(c); o.isPresent(); o = o.get().getEnclosingClass()) {
                String name = o.get().getSimpleName();
                if (name.endsWith("Resource") || name.endsWith("Pages")) {
                    return !LEFT.contains(outermost(c).getName());
                }
            }
            return false;
        }
    };

    static final DescribedPredicate<JavaClass> ENTITY = new DescribedPredicate<>("are entities (assignable to PanacheEntityBase)") {
        @Override
        public boolean test(JavaClass c) {
            return isEntity(c);
        }
    };

    static final DescribedPredicate<JavaClass> SERVICE_OR_ENTITY = new DescribedPredicate<>("are services or entities") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass o = outermost(c);
            return isEntity(o) || SERVICES_BY_ROLE.contains(o.getName())
                    || SERVICE_SUFFIXES.stream().anyMatch(s -> o.getSimpleName().endsWith(s));
        }
    };

    static final ArchRule A_NO_ENTITIES_IN_THE_WEB_LAYER = noClasses().that(WEB)
            .should().dependOnClassesThat(ENTITY)
            .because("services return view records built inside their transaction (issue #17)");

    static final ArchCondition<JavaClass> OPEN_NO_TRANSACTION = new ArchCondition<>("open no transaction") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            if (item.isAnnotatedWith(Transactional.class)) {
                events.add(SimpleConditionEvent.violated(item, item.getName() + " is @Transactional"));
            }
            for (JavaMethod m : item.getMethods()) {
                if (m.isAnnotatedWith(Transactional.class)) {
                    events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is @Transactional"));
                }
            }
            for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isAssignableTo(QuarkusTransaction.class)) {
                    events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                }
            }
        }
    };

    static final ArchRule B_NO_TRANSACTIONS_IN_THE_WEB_LAYER = classes().that(WEB).should(OPEN_NO_TRANSACTION)
            .because("a transaction belongs to the service call that needs it");

    static final ArchCondition<JavaClass> CALL_NO_ENTITY_STATICS = new ArchCondition<>("call no static method of an entity") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                boolean onEntity = isEntity(call.getTargetOwner()) || call.getTargetOwner().isEquivalentTo(PanacheEntityBase.class);
                boolean isStatic = call.getTarget().resolveMember()
                        .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
                if (onEntity && isStatic) {
                    events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                }
            }
        }
    };

    static final ArchRule C_ONLY_SERVICES_QUERY = classes().that(DescribedPredicate.not(SERVICE_OR_ENTITY))
            .and(DescribedPredicate.not(DescribedPredicate.describe("are left", (JavaClass c) -> LEFT.contains(outermost(c).getName()))))
            .should(CALL_NO_ENTITY_STATICS)
            .because("services are the only callers of Panache finders");

    static final ArchRule D_TEMPLATES_TAKE_VIEWS = methods()
            .that().areDeclaredInClassesThat(DescribedPredicate.describe("are @CheckedTemplate classes",
                    (JavaClass c) -> c.getAnnotations().stream().anyMatch(a -> a.getRawType().getSimpleName().equals("CheckedTemplate"))))
            .and().haveModifier(JavaModifier.NATIVE)
            .and().areDeclaredInClassesThat(DescribedPredicate.describe("are not left", (JavaClass c) -> !LEFT.contains(outermost(c).getName())))
            .should(new ArchCondition<>("take no entity") {
                @Override
                public void check(JavaMethod item, ConditionEvents events) {
                    item.getRawParameterTypes().stream().filter(WebLayerTest::isEntity).forEach(p -> events.add(
                            SimpleConditionEvent.violated(item, item.getFullName() + " takes entity " + p.getName())));
                }
            })
            .because("templates render view records and decide nothing");

    @Test
    void noEntitiesInTheWebLayer() {
        A_NO_ENTITIES_IN_THE_WEB_LAYER.check(APPLICATION);
    }

    @Test
    void noTransactionsInTheWebLayer() {
        B_NO_TRANSACTIONS_IN_THE_WEB_LAYER.check(APPLICATION);
    }

    @Test
    void onlyServicesCallEntityStatics() {
        C_ONLY_SERVICES_QUERY.check(APPLICATION);
    }

    @Test
    void templatesTakeViews() {
        D_TEMPLATES_TAKE_VIEWS.check(APPLICATION);
    }

    /** The rules are not vacuous: each reports its violation in {@link ViolatingPages}. */
    @Test
    void eachRuleSeesItsViolation() {
        JavaClasses sample = new ClassFileImporter().importClasses(ViolatingPages.class, ViolatingPages.Templates.class,
                QuotaDescription.class);
        assertThat(A_NO_ENTITIES_IN_THE_WEB_LAYER.evaluate(sample).hasViolation()).isTrue();
        assertThat(B_NO_TRANSACTIONS_IN_THE_WEB_LAYER.evaluate(sample).hasViolation()).isTrue();
        assertThat(C_ONLY_SERVICES_QUERY.evaluate(sample).hasViolation()).isTrue();
        assertThat(D_TEMPLATES_TAKE_VIEWS.evaluate(sample).hasViolation()).isTrue();
    }

    /**
     * Stands in for Qute's annotation in {@link ViolatingPages}: with the real one Quarkus would look for the sample's
     * template at build time. Rule (d) recognises checked templates by the annotation's name, so it sees both.
     */
    @interface CheckedTemplate {
    }

    static final class ViolatingPages {
        @CheckedTemplate
        static final class Templates {
            static native TemplateInstance show(QuotaDescription description);
        }

        @Transactional
        Object show(long id) {
            return QuotaDescription.findById(id);
        }
    }
}
