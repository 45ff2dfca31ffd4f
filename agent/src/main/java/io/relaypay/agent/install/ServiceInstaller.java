package io.relaypay.agent.install;

import io.relaypay.agent.device.PrivateFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes or removes a {@link ServiceFile} and runs its activation commands where the tool exists
 * (on Linux only when {@code systemctl --user} answers; elsewhere the commands are printed for the
 * user when the tool is missing).
 */
public final class ServiceInstaller {

    private final PrintStream out;
    private final boolean runCommands;

    /** Reports to {@code out}; runs the OS commands only when {@code runCommands}. */
    public ServiceInstaller(PrintStream out, boolean runCommands) {
        this.out = out;
        this.runCommands = runCommands;
    }

    /** Writes the file and activates it. */
    public void install(ServiceFile service) throws IOException {
        PrivateFiles.directory(service.path().toAbsolutePath().getParent());
        if (service.content().startsWith("<?xml version=\"1.0\" encoding=\"UTF-16\"?>")) {
            // Task Scheduler reads its XML as the declaration says: UTF-16 little-endian with a BOM.
            Files.writeString(service.path(), "\uFEFF" + service.content(), StandardCharsets.UTF_16LE);
        } else {
            Files.writeString(service.path(), service.content(), StandardCharsets.UTF_8);
        }
        out.println("wrote " + service.path());
        for (List<String> command : service.activate()) {
            run(command);
        }
    }

    /** Deactivates the service and removes the file. */
    public void uninstall(ServiceFile service) throws IOException {
        for (List<String> command : service.deactivate()) {
            run(command);
        }
        if (Files.deleteIfExists(service.path())) {
            out.println("removed " + service.path());
        } else {
            out.println("not installed: no " + service.path());
        }
    }

    /** Whether the file is in place. */
    public boolean installed(ServiceFile service) {
        return Files.isRegularFile(service.path());
    }

    private void run(List<String> command) {
        String shown = String.join(" ", command);
        if (!runCommands || !available(command.getFirst())) {
            out.println("to activate, run: " + shown);
            return;
        }
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                out.println("timed out: " + shown);
            } else if (process.exitValue() != 0) {
                out.println("failed (exit " + process.exitValue() + "): " + shown);
            } else {
                out.println("ran " + shown);
            }
        } catch (IOException e) {
            out.println("could not run " + shown + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code tool} works here; for systemctl, whether the user's manager answers. */
    private static boolean available(String tool) {
        List<String> probe = tool.equals("systemctl")
                ? List.of("systemctl", "--user", "show-environment")
                : List.of(tool.equals("schtasks") ? "where" : "which", tool);
        try {
            Process process = new ProcessBuilder(probe)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
