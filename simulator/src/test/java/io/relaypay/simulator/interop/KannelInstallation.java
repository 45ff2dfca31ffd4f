package io.relaypay.simulator.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds Kannel's {@code bearerbox} and {@code smsbox}, running the project's {@code
 * scripts/install-kannel.sh} (Debian package {@code kannel}) when they are missing. When they still
 * cannot be had (no root, no apt), the calling test class is skipped with the reason, except under
 * {@code CI=true}, where it fails: CI must never pass without the interop test having run.
 */
final class KannelInstallation {

    /** The two Kannel programs the interop test runs. */
    record Binaries(Path bearerbox, Path smsbox) {}

    private static final List<Path> SEARCH_PATH = Stream.concat(
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                    // Debian installs the boxes in /usr/sbin, which a non-root PATH often lacks.
                    Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin"))
            .filter(entry -> !entry.isBlank())
            .map(Path::of)
            .toList();

    /** apt-get update plus the install; generous, because it is the first run on a fresh machine. */
    private static final long INSTALL_TIMEOUT_MINUTES = 10;

    private KannelInstallation() {}

    /**
     * The installed boxes, installing them first when missing; aborts (skip) or fails the test
     * class when that is impossible, as described on the class.
     *
     * @param logDir where the install script's output goes
     */
    static Binaries require(Path logDir) {
        Optional<Binaries> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        String outcome = runInstallScript(logDir);
        return find().orElseGet(() -> unavailable("Kannel (bearerbox, smsbox) is not installed and "
                + "scripts/install-kannel.sh could not install it: "
                + outcome));
    }

    private static Optional<Binaries> find() {
        Optional<Path> bearerbox = onPath("bearerbox");
        Optional<Path> smsbox = onPath("smsbox");
        return bearerbox.isPresent() && smsbox.isPresent()
                ? Optional.of(new Binaries(bearerbox.get(), smsbox.get()))
                : Optional.empty();
    }

    private static Optional<Path> onPath(String program) {
        return SEARCH_PATH.stream()
                .map(dir -> dir.resolve(program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static String runInstallScript(Path logDir) {
        Optional<Path> script = locateScript();
        if (script.isEmpty()) {
            return "scripts/install-kannel.sh not found above " + Path.of("").toAbsolutePath();
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve("install-kannel.log");
            Process install = new ProcessBuilder("bash", script.get().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            install.getOutputStream().close();
            if (!install.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                install.destroyForcibly();
                return "it did not finish within " + INSTALL_TIMEOUT_MINUTES + " minutes (see " + log + ")";
            }
            return install.exitValue() == 0
                    ? "it exited 0 but the boxes are still missing (see " + log + ")"
                    : "it exited " + install.exitValue() + ": " + lastLine(log) + " (see " + log + ")";
        } catch (IOException e) {
            return "it could not be run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while it ran";
        }
    }

    /** Failsafe runs in the module directory; the script lives in the repository root above it. */
    private static Optional<Path> locateScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("scripts").resolve("install-kannel.sh");
            if (Files.isRegularFile(script)) {
                return Optional.of(script);
            }
        }
        return Optional.empty();
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.isEmpty() ? "(no output)" : lines.getLast();
    }

    private static Binaries unavailable(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return Assertions.fail(reason + " (CI=true: the Kannel interop test must run)");
        }
        return Assumptions.abort(reason + " (skipped outside CI; under CI=true this fails)");
    }
}
