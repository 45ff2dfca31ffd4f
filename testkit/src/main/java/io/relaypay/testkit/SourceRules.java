package io.relaypay.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rules every module's sources follow that bytecode cannot show. Javadoc is not in class files, so
 * these read the sources: a public type declaration must follow a comment, with only annotations
 * in between.
 */
public final class SourceRules {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    private SourceRules() {}

    /** The public types under {@code sourceRoot} that have no Javadoc comment, as "File.java: Type". */
    public static List<String> undocumentedPublicTypes(Path sourceRoot) {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(sourceRoot)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return undocumented;
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
