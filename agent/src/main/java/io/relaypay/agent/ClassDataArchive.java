package io.relaypay.agent;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The agent's class-data archive ({@code -XX:SharedArchiveFile}, made by {@code
 * -XX:+AutoCreateSharedArchive}). The JVM refuses an archive older than a jar on the class path (an
 * updated agent) and, on JDK 25, does not make a new one in its place: the agent would then run
 * without it for good, with a slower start and about 12 MB more resident memory (docs/benchmarks.md).
 * So the agent removes such an archive; the next start runs without one and makes it anew when it
 * exits.
 */
final class ClassDataArchive {

    /** The system property {@code agent.jvm-options} sets to the archive's path. */
    static final String PROPERTY = "relaypay.agent.cds-archive";

    private static final Logger log = Logger.getLogger(ClassDataArchive.class.getName());

    private ClassDataArchive() {}

    /** Removes the archive this JVM was started with if it is stale; see {@link #removeIfStale}. */
    static void removeIfStale() {
        String archive = System.getProperty(PROPERTY);
        if (archive != null && !archive.isBlank()) {
            removeIfStale(Path.of(archive), System.getProperty("java.class.path", ""));
        }
    }

    /** Removes {@code archive} if a jar of {@code classpath} changed after it was made; true if it did. */
    static boolean removeIfStale(Path archive, String classpath) {
        try {
            if (!Files.isRegularFile(archive)) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(archive);
            Optional<Path> newer = Arrays.stream(classpath.split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(Path::of)
                    .filter(Files::isRegularFile)
                    .filter(jar -> modified(jar).compareTo(made) > 0)
                    .findFirst();
            if (newer.isEmpty()) {
                return false;
            }
            Files.delete(archive);
            log.info(() -> "class-data archive " + archive + " is older than " + newer.get()
                    + ": removed, the next start makes a new one");
            return true;
        } catch (IOException e) {
            // Windows keeps a mapped file; the archive is only a speed-up, so the agent runs on.
            log.warning(() -> "class-data archive " + archive + " could not be checked or removed: " + e);
            return false;
        }
    }

    private static FileTime modified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
