package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The README's consumer {@code pom.xml} and Java program, taken from README.md as printed: the program is
 * compiled with {@code javax.tools} against the library and run, and the pom names this build's coordinates.
 */
class ReadmeJavaExampleTest {
    private static final Path README = Path.of("README.md");

    /** The first fenced block of the given language after the heading. */
    static String block(String heading, String language) throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int at = readme.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "README has no heading " + heading);
        Matcher m =
                Pattern.compile("\n```" + language + "\n(.*?)\n```\n", Pattern.DOTALL)
                        .matcher(readme);
        assertTrue(m.find(at), "no ```" + language + " block after " + heading);
        return m.group(1) + "\n";
    }

    @Test
    void theJavaExampleCompilesAndRunsAsPrinted(@TempDir Path dir) throws Exception {
        String source = block("## The Java API", "java");
        Path file = dir.resolve("Demo.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath =
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok =
                    javac.getTask(
                                    null,
                                    files,
                                    diagnostics,
                                    List.of(
                                            "--release",
                                            "17",
                                            "-encoding",
                                            "UTF-8",
                                            "-Xlint:all",
                                            "-Werror",
                                            "-classpath",
                                            classPath,
                                            "-d",
                                            dir.toString()),
                                    null,
                                    files.getJavaFileObjects(file))
                            .call();
            assertTrue(
                    ok,
                    () -> "the README example does not compile:\n" + diagnostics.getDiagnostics());
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try (URLClassLoader loader =
                new URLClassLoader(
                        new URL[] {dir.toUri().toURL()},
                        ReadmeJavaExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("Demo").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(old);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        for (String line :
                List.of(
                        "organization: 西藏自治区党委组织部 (party, 3×)",
                        "organization: 西藏自治区商务厅",
                        "person: 王建华",
                        "date: 5月5日 = 2023-05-05 (DATE)",
                        "date: 4月24日至29日 = 2023-04-24/2023-04-29 (INTERVAL)",
                        "key phrases: 主题教育, ...",
                        "{\"id\":\"demo\"",
                        "n1: ",
                        "n2: ")) {
            assertTrue(out.contains(line), () -> "missing '" + line + "' in:\n" + out);
        }
        assertTrue(!out.contains("organization: 90家单位") && !out.contains("person: 余人"), out);
    }

    @Test
    void theConsumerPomNamesThisBuild() throws Exception {
        Document pom =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(
                                new java.io.ByteArrayInputStream(
                                        block("## The Java API", "xml")
                                                .getBytes(StandardCharsets.UTF_8)));
        Properties version = new Properties();
        try (InputStream in =
                getClass().getResourceAsStream("/io/github/zhnews/version.properties")) {
            version.load(in);
        }
        org.w3c.dom.Element dependency =
                (org.w3c.dom.Element) pom.getElementsByTagName("dependency").item(0);
        assertEquals(
                "io.github.zhnews",
                dependency.getElementsByTagName("groupId").item(0).getTextContent());
        assertEquals(
                "zhnews", dependency.getElementsByTagName("artifactId").item(0).getTextContent());
        assertEquals(
                version.getProperty("version"),
                dependency.getElementsByTagName("version").item(0).getTextContent());
    }
}
