// zhnews in JShell: analyse the example article and print its tables.
// Run from the repository root, after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/zhnews-cli.jar notebooks/analyze.jsh
import io.github.zhnews.*;
import io.github.zhnews.model.*;
import java.nio.file.*;
import java.time.*;

var analyzer = NewsAnalyzer.builder().keyPhrases(8).summarySentences(2).build();
var text = Files.readString(Path.of("src/test/resources/articles/campaign-xizang.txt"));
var a = analyzer.analyze(Article.of(text).id("campaign-xizang"));

System.out.println(a);

System.out.printf("%n%-28s %-12s %s%n", "organisation", "kind", "mentions");
for (Entity e : a.organizations()) System.out.printf("%-28s %-12s %d%n", e.name(), e.kind().id(), e.mentions().size());

System.out.printf("%n%-16s %-26s %s%n", "date", "value", "type");
for (DateMention d : a.dates()) System.out.printf("%-16s %-26s %s%n", d.text(), d.value(), d.type().id());

System.out.printf("%n%-12s %8s %s%n", "key phrase", "score", "count");
for (KeyPhrase k : a.keyPhrases()) System.out.printf("%-12s %8.3f %d%n", k.text(), k.score(), k.count());

System.out.println("\npublished " + a.summary().publishedAt() + " (zone " + a.zone() + ")");
System.out.println("jshell script: done");
/exit
