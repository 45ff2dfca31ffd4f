package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    static final FileTime EARLIER = FileTime.from(Instant.parse("2026-12-01T10:00:00Z"));
    static final FileTime LATER = FileTime.from(Instant.parse("2026-12-07T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void archiveOlderThanAJarOnTheClassPathIsRemoved() throws Exception {
        Path archive = file("agent.jsa", EARLIER);
        String classpath = file("sdk.jar", EARLIER) + File.pathSeparator + file("agent.jar", LATER);

        assertThat(ClassDataArchive.removeIfStale(archive, classpath)).isTrue();
        assertThat(archive).doesNotExist();
    }

    @Test
    void archiveMadeAfterEveryJarIsKept() throws Exception {
        Path archive = file("agent.jsa", LATER);
        String classpath = file("agent.jar", EARLIER) + File.pathSeparator + dir.resolve("classes");
        Files.createDirectories(dir.resolve("classes"));

        assertThat(ClassDataArchive.removeIfStale(archive, classpath)).isFalse();
        assertThat(archive).exists();
    }

    @Test
    void missingArchiveIsLeftToTheJvmToMake() throws Exception {
        assertThat(ClassDataArchive.removeIfStale(
                        dir.resolve("agent.jsa"), file("agent.jar", LATER).toString()))
                .isFalse();
    }

    private Path file(String name, FileTime modified) throws Exception {
        Path file = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(file, modified);
        return file;
    }
}
