package io.relaypay.messaging.smpp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the SMPP converter carries a Javadoc comment (as the ledger's test checks
 * for the ledger): a public type declaration must follow a comment, annotations only in between.
 */
class SmppPublicTypesHaveJavadocTest {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:final|abstract|sealed|static)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    @Test
    void everyPublicTypeIsDocumented() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/relaypay/messaging/smpp"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    var match = PUBLIC_TYPE.matcher(lines.get(i));
                    if (match.find() && !documented(lines, i)) {
                        undocumented.add(source.getFileName() + ": " + match.group(1));
                    }
                }
            }
        }
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    private static boolean documented(List<String> lines, int declaration) {
        for (int i = declaration - 1; i >= 0; i--) {
            String line = lines.get(i).trim();
            if (line.startsWith("@") || line.isEmpty() && i == declaration - 1) {
                continue;
            }
            return line.endsWith("*/");
        }
        return false;
    }
}
