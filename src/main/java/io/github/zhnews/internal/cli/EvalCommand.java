package io.github.zhnews.internal.cli;

import io.github.zhnews.internal.eval.Evaluation;
import io.github.zhnews.internal.eval.Floors;
import io.github.zhnews.internal.eval.Readers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhnews eval}: accuracy and speed on the shared evaluation data, optionally next to bare HanLP. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures zhnews on public data sets and prints a table (task, dataset, metric, zhnews, hanlp).",
            "TASK: segment, entities, time, keyphrases, speed or all. PATH is the evaldata root "
                    + "(e.g. ../shared/evaldata)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (and every figure at or above its floor with --check)",
            "1:some figure is below its floor (--check)",
            "2:the command line was wrong, or data or floors could not be read"
        })
final class EvalCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "TASK",
            description = "segment, entities, time, keyphrases, speed or all")
    Evaluation.Task task;

    @Option(
            names = "--data",
            paramLabel = "PATH",
            required = true,
            description = "the evaldata root")
    Path data;

    @Option(
            names = "--baseline",
            paramLabel = "NAME",
            description = "also run this baseline: hanlp")
    String baseline;

    @Option(
            names = "--report",
            paramLabel = "FILE.json",
            description = "write the JSON report here")
    Path reportFile;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "use only the first N items of each data set")
    int limit;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "timed rounds for speed (default 5, at least 3)")
    int rounds = 5;

    @Option(
            names = "--check",
            paramLabel = "FLOORS.tsv",
            description = "fail (exit 1) naming every figure below its floor in this file")
    Path check;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (baseline != null && !baseline.equalsIgnoreCase("hanlp")) {
            err.println("zhnews eval: unknown baseline '" + baseline + "' (only 'hanlp')");
            return 2;
        }
        if (limit < 0) {
            err.println("zhnews eval: --limit must not be negative");
            return 2;
        }
        if (!Files.isDirectory(data)) {
            err.println("zhnews eval: --data " + data + " is not a directory");
            return 2;
        }
        List<Floors.Floor> floors = null;
        if (check != null) {
            try {
                floors = Floors.parse(Readers.lines(check));
            } catch (RuntimeException e) {
                err.println("zhnews eval: --check: " + e.getMessage());
                return 2;
            }
        }
        Evaluation.Report report;
        try {
            report =
                    Evaluation.run(
                            EnumSet.of(task),
                            new Evaluation.Options(data, baseline != null, limit, rounds),
                            err);
        } catch (IllegalArgumentException
                | IllegalStateException
                | java.io.UncheckedIOException e) {
            err.println("zhnews eval: " + e.getMessage());
            return 2;
        }
        out.print(report.table());
        out.printf("(%.1f s)%n", report.seconds());
        if (reportFile != null) {
            report.writeJson(reportFile);
            err.println("[eval] report written to " + reportFile);
        }
        if (floors != null) {
            List<String> failures = Floors.check(report.rows(), floors, report.tasks());
            if (!failures.isEmpty()) {
                err.println("zhnews eval: " + failures.size() + " figure(s) below their floor:");
                failures.forEach(f -> err.println("  " + f));
                return 1;
            }
            err.println("[eval] all " + floors.size() + " floors met");
        }
        return 0;
    }
}
