package io.relaypay.agent.install;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The per-user service definitions that start {@code command} (the agent's full command line) at
 * login and restart it if it fails. They run as the user, never as root: the agent's keystore is
 * the user's, and its prompt appears on the user's desktop.
 */
public final class ServiceFiles {

    /** The service's name on every platform. */
    public static final String NAME = "relaypay-agent";

    static final String LAUNCHD_LABEL = "io.relaypay.agent";
    static final String WINDOWS_TASK = "Relaypay Agent";

    private ServiceFiles() {}

    /**
     * The definition for {@code platform} that runs {@code command} with {@code environment}, with
     * paths under {@code home} and {@code configDir}. A scheduled task has no environment of its own;
     * what the agent's takes ({@code MALLOC_ARENA_MAX}) tunes glibc, which Windows does not have.
     */
    public static ServiceFile of(
            Platform platform, List<String> command, Map<String, String> environment, Path home, Path configDir) {
        return switch (platform) {
            case LINUX -> systemd(command, environment, home);
            case MACOS -> launchd(command, environment, home);
            case WINDOWS -> scheduledTask(command, configDir);
        };
    }

    static ServiceFile systemd(List<String> command, Map<String, String> environment, Path home) {
        String exec = command.stream().map(ServiceFiles::systemdQuote).collect(Collectors.joining(" "));
        String env = environment.entrySet().stream()
                .map(e -> "Environment=" + systemdQuote(e.getKey() + "=" + e.getValue()) + "\n")
                .collect(Collectors.joining());
        String unit = """
                [Unit]
                Description=Relaypay local payment agent (127.0.0.1 only)
                After=network-online.target

                [Service]
                Type=simple
                %sExecStart=%s
                Restart=on-failure
                RestartSec=5
                NoNewPrivileges=true
                PrivateTmp=true
                UMask=0077

                [Install]
                WantedBy=default.target
                """.formatted(env, exec);
        return new ServiceFile(
                home.resolve(".config/systemd/user/" + NAME + ".service"),
                unit,
                List.of(
                        List.of("systemctl", "--user", "daemon-reload"),
                        List.of("systemctl", "--user", "enable", "--now", NAME + ".service")),
                List.of(List.of("systemctl", "--user", "disable", "--now", NAME + ".service")));
    }

    static ServiceFile launchd(List<String> command, Map<String, String> environment, Path home) {
        String arguments =
                command.stream().map(a -> "    <string>" + xml(a) + "</string>").collect(Collectors.joining("\n"));
        String env = environment.entrySet().stream()
                .map(e -> "    <key>" + xml(e.getKey()) + "</key>\n    <string>" + xml(e.getValue()) + "</string>\n")
                .collect(Collectors.joining());
        Path log = home.resolve("Library/Logs/" + NAME + ".log");
        String plist = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key>
                  <string>%s</string>
                  <key>ProgramArguments</key>
                  <array>
                %s
                  </array>
                  <key>EnvironmentVariables</key>
                  <dict>
                %s  </dict>
                  <key>RunAtLoad</key>
                  <true/>
                  <key>KeepAlive</key>
                  <dict>
                    <key>SuccessfulExit</key>
                    <false/>
                  </dict>
                  <key>ProcessType</key>
                  <string>Interactive</string>
                  <key>StandardOutPath</key>
                  <string>%s</string>
                  <key>StandardErrorPath</key>
                  <string>%s</string>
                </dict>
                </plist>
                """.formatted(LAUNCHD_LABEL, arguments, env, xml(log.toString()), xml(log.toString()));
        Path file = home.resolve("Library/LaunchAgents/" + LAUNCHD_LABEL + ".plist");
        return new ServiceFile(
                file,
                plist,
                List.of(List.of("launchctl", "load", "-w", file.toString())),
                List.of(List.of("launchctl", "unload", "-w", file.toString())));
    }

    static ServiceFile scheduledTask(List<String> command, Path configDir) {
        String arguments = command.subList(1, command.size()).stream()
                .map(ServiceFiles::windowsQuote)
                .collect(Collectors.joining(" "));
        String task = """
                <?xml version="1.0" encoding="UTF-16"?>
                <Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
                  <RegistrationInfo>
                    <Description>Relaypay local payment agent (127.0.0.1 only)</Description>
                  </RegistrationInfo>
                  <Triggers>
                    <LogonTrigger>
                      <Enabled>true</Enabled>
                    </LogonTrigger>
                  </Triggers>
                  <Principals>
                    <Principal id="Author">
                      <LogonType>InteractiveToken</LogonType>
                      <RunLevel>LeastPrivilege</RunLevel>
                    </Principal>
                  </Principals>
                  <Settings>
                    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
                    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
                    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
                    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
                    <RestartOnFailure>
                      <Interval>PT1M</Interval>
                      <Count>3</Count>
                    </RestartOnFailure>
                  </Settings>
                  <Actions Context="Author">
                    <Exec>
                      <Command>%s</Command>
                      <Arguments>%s</Arguments>
                    </Exec>
                  </Actions>
                </Task>
                """.formatted(xml(command.getFirst()), xml(arguments));
        Path file = configDir.resolve(NAME + "-task.xml");
        return new ServiceFile(
                file,
                task,
                List.of(List.of("schtasks", "/Create", "/F", "/TN", WINDOWS_TASK, "/XML", file.toString())),
                List.of(List.of("schtasks", "/Delete", "/F", "/TN", WINDOWS_TASK)));
    }

    /** systemd splits ExecStart on spaces; double quotes keep an argument whole, backslash escapes. */
    static String systemdQuote(String argument) {
        if (!argument.isEmpty() && argument.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return argument.replace("%", "%%");
        }
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%") + "\"";
    }

    private static String windowsQuote(String argument) {
        if (!argument.isEmpty() && !argument.matches(".*[\\s\"].*")) {
            return argument;
        }
        return "\"" + argument.replace("\"", "\\\"") + "\"";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
