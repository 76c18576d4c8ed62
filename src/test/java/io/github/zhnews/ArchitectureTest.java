package io.github.zhnews;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as rules that fail when it breaks: see "How it works" in the README. The API is the
 * root package and {@code model}; everything else lives under {@code internal}.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.zhnews";
    private static final String INTERNAL = ROOT + ".internal";

    /** The stages: each may use the document, the text tools, the model and the shared resources, no other. */
    private static final String[] STAGES = {"segment", "entity", "time", "keyphrase", "summary"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT);
    }

    private static String internal(String pkg) {
        return INTERNAL + "." + pkg + "..";
    }

    @Test
    void packagesFormNoCycles() {
        // the root package is a slice of its own, so a cycle through the front door counts too;
        // each package
        // under internal is a slice
        slices().assignedFrom(
                        new SliceAssignment() {
                            @Override
                            public SliceIdentifier getIdentifierOf(JavaClass c) {
                                String p = c.getPackageName();
                                if (p.equals(ROOT)) {
                                    return SliceIdentifier.of("$root");
                                }
                                String base = p.startsWith(INTERNAL + ".") ? INTERNAL : ROOT;
                                if (!p.startsWith(base + ".")) {
                                    return SliceIdentifier.ignore();
                                }
                                String rest = p.substring(base.length() + 1);
                                int dot = rest.indexOf('.');
                                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
                            }

                            @Override
                            public String getDescription() {
                                return "the packages of "
                                        + ROOT
                                        + " and "
                                        + INTERNAL
                                        + ", the root package included";
                            }
                        })
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void stagesDependOnNoOtherStage() {
        for (String stage : STAGES) {
            for (String other : STAGES) {
                if (!other.equals(stage)) {
                    noClasses()
                            .that()
                            .resideInAPackage(internal(stage))
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(internal(other))
                            .check(classes);
                }
            }
            noClasses()
                    .that()
                    .resideInAPackage(internal(stage))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(ROOT, internal("cli"), internal("eval"))
                    .check(classes);
        }
    }

    @Test
    void onlyTheSegmentPackageUsesHanlp() {
        // the evaluation's bare-HanLP baseline is the one other user: it measures HanLP itself
        noClasses()
                .that()
                .resideOutsideOfPackages(internal("segment"), internal("eval"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.hankcs..")
                .check(classes);
    }

    @Test
    void theCommandLineUsesOnlyThePublicApi() {
        noClasses()
                .that()
                .resideInAPackage(internal("cli"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        internal("segment"),
                        internal("entity"),
                        internal("time"),
                        internal("keyphrase"),
                        internal("summary"),
                        internal("document"),
                        internal("text"),
                        internal("resources"))
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".model")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT, INTERNAL + "..")
                .check(classes);
    }

    @Test
    void thePublicApiNeverShowsHanlp() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT, ROOT + ".model")
                .and()
                .arePublic()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.hankcs..")
                .check(classes);
    }
}
