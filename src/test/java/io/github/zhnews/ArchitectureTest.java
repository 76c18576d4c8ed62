package io.github.zhnews;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, as rules that fail when it breaks: see "How it works" in the README.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.zhnews";
    /** The stages: each may use the document, the text tools, the model and the shared resources, no other. */
    private static final String[] STAGES = {"segment", "entity", "time", "keyphrase", "summary"};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void packagesFormNoCycles() {
        // the root package is a slice of its own ("$root"), so a cycle through the front door counts too
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(ROOT)) {
                    return SliceIdentifier.of("$root");
                }
                if (!p.startsWith(ROOT + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = p.substring(ROOT.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(
                        dot < 0 ? rest : rest.substring(0, dot));
            }

            @Override
            public String getDescription() {
                return "top-level packages of " + ROOT + ", the root package included";
            }
        }).should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void stagesDependOnNoOtherStage() {
        for (String stage : STAGES) {
            for (String other : STAGES) {
                if (!other.equals(stage)) {
                    noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                            .should().dependOnClassesThat().resideInAPackage(ROOT + "." + other + "..")
                            .check(classes);
                }
            }
            noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(ROOT, ROOT + ".cli..", ROOT + ".eval..")
                    .check(classes);
        }
    }

    @Test
    void onlyTheSegmentPackageUsesHanlp() {
        // the evaluation's bare-HanLP baseline is the one other user: it measures HanLP itself
        noClasses().that().resideOutsideOfPackages(ROOT + ".segment..", ROOT + ".eval..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(classes);
    }

    @Test
    void theCommandLineUsesOnlyThePublicApi() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".segment..", ROOT + ".entity..", ROOT + ".time..", ROOT + ".keyphrase..",
                        ROOT + ".summary..", ROOT + ".document..", ROOT + ".text..")
                .check(classes);
    }

    @Test
    void thePublicApiNeverShowsHanlpOrInternalTypes() {
        noClasses().that().resideInAnyPackage(ROOT, ROOT + ".model").and().arePublic()
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(classes);
    }
}
