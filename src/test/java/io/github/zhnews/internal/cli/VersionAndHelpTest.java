package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VersionAndHelpTest {
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    @Test
    void versionIsThePomVersion() throws Exception {
        String pomVersion =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(Path.of("pom.xml").toFile())
                        .getDocumentElement()
                        .getElementsByTagName("version")
                        .item(0)
                        .getTextContent();
        assertEquals(0, Main.run("--version"));
        assertEquals("zhnews " + pomVersion, console.out().strip());
    }

    @Test
    void helpNamesEveryCommandAndHelpsWithOne() {
        assertEquals(0, Main.run("help"));
        String all = console.out();
        for (String command : new String[] {"analyze", "corpus", "eval", "help"}) {
            assertTrue(all.contains(command), all);
        }
        assertEquals(0, Main.run("help", "analyze"));
        assertTrue(console.out().contains("--published"), console.out());
        assertEquals(2, Main.run("help", "no-such-command"));
    }
}
