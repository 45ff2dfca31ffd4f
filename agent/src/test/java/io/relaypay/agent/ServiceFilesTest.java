package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.agent.install.Platform;
import io.relaypay.agent.install.ServiceFile;
import io.relaypay.agent.install.ServiceFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceFilesTest {

    static final List<String> COMMAND = List.of(
            "/opt/jdk 21/bin/java",
            "-cp",
            "/home/ana/relaypay/agent/target/classes",
            "io.relaypay.agent.AgentMain",
            "run",
            "--port",
            "47650");
    static final Path HOME = Path.of("/home/ana");
    static final Path CONFIG = Path.of("/home/ana/.config/relaypay-agent");

    @Test
    void linuxGetsASystemdUserUnitStartedAtLogin() {
        ServiceFile unit = ServiceFiles.of(Platform.LINUX, COMMAND, Map.of(), HOME, CONFIG);

        assertThat(unit.path()).isEqualTo(Path.of("/home/ana/.config/systemd/user/relaypay-agent.service"));
        assertThat(unit.content())
                .contains("ExecStart=\"/opt/jdk 21/bin/java\" -cp /home/ana/relaypay/agent/target/classes"
                        + " io.relaypay.agent.AgentMain run --port 47650\n")
                .contains("Restart=on-failure")
                .contains("WantedBy=default.target")
                .contains("UMask=0077")
                .doesNotContain("User=");
        assertThat(unit.activate())
                .containsExactly(
                        List.of("systemctl", "--user", "daemon-reload"),
                        List.of("systemctl", "--user", "enable", "--now", "relaypay-agent.service"));
        assertThat(unit.deactivate())
                .containsExactly(List.of("systemctl", "--user", "disable", "--now", "relaypay-agent.service"));
    }

    @Test
    void systemdQuotingKeepsSpacesQuotesAndPercentSigns() {
        ServiceFile unit =
                ServiceFiles.of(Platform.LINUX, List.of("/bin/java", "a \"b\" 100%"), Map.of(), HOME, CONFIG);

        assertThat(unit.content()).contains("ExecStart=/bin/java \"a \\\"b\\\" 100%%\"");
    }

    @Test
    void macosGetsALaunchAgentRunAtLoadAndKeptAlive() {
        ServiceFile plist = ServiceFiles.of(Platform.MACOS, COMMAND, Map.of(), Path.of("/Users/ana"), CONFIG);

        assertThat(plist.path()).isEqualTo(Path.of("/Users/ana/Library/LaunchAgents/io.relaypay.agent.plist"));
        assertThat(plist.content())
                .contains("<key>Label</key>\n  <string>io.relaypay.agent</string>")
                .contains("    <string>/opt/jdk 21/bin/java</string>\n    <string>-cp</string>")
                .contains("<key>RunAtLoad</key>\n  <true/>")
                .contains("<key>KeepAlive</key>")
                .contains("/Users/ana/Library/Logs/relaypay-agent.log");
        assertThat(plist.activate().getFirst()).startsWith("launchctl", "load", "-w");
    }

    @Test
    void windowsGetsAScheduledTaskAtLogonWithLeastPrivilege() {
        ServiceFile task = ServiceFiles.of(
                Platform.WINDOWS,
                List.of("C:\\Program Files\\Java\\bin\\java.exe", "-cp", "C:\\relay pay\\classes", "x.Main"),
                Map.of(),
                Path.of("C:\\Users\\ana"),
                CONFIG);

        assertThat(task.content())
                .contains("<LogonTrigger>")
                .contains("<RunLevel>LeastPrivilege</RunLevel>")
                .contains("<Command>C:\\Program Files\\Java\\bin\\java.exe</Command>")
                .contains("<Arguments>-cp &quot;C:\\relay pay\\classes&quot; x.Main</Arguments>");
        assertThat(task.activate().getFirst()).containsSubsequence("schtasks", "/Create", "/XML");
        assertThat(task.deactivate().getFirst()).containsSubsequence("schtasks", "/Delete");
    }

    @Test
    void installerWritesTheUnitAndOnlyPrintsCommandsWhenToldNotToRunThem(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        io.relaypay.agent.install.ServiceInstaller installer =
                new io.relaypay.agent.install.ServiceInstaller(new java.io.PrintStream(out), false);
        ServiceFile unit = ServiceFiles.of(Platform.LINUX, COMMAND, Map.of(), home, CONFIG);

        installer.install(unit);

        assertThat(java.nio.file.Files.readString(unit.path())).isEqualTo(unit.content());
        assertThat(installer.installed(unit)).isTrue();
        assertThat(out.toString()).contains("to activate, run: systemctl --user enable --now relaypay-agent.service");

        installer.uninstall(unit);

        assertThat(installer.installed(unit)).isFalse();
    }

    @Test
    void windowsTaskIsWrittenInUtf16AsItsDeclarationSays(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ServiceFile task = ServiceFiles.of(Platform.WINDOWS, COMMAND, Map.of(), dir, dir);

        new io.relaypay.agent.install.ServiceInstaller(
                        new java.io.PrintStream(new java.io.ByteArrayOutputStream()), false)
                .install(task);

        byte[] bytes = java.nio.file.Files.readAllBytes(task.path());
        assertThat(bytes[0]).isEqualTo((byte) 0xFF);
        assertThat(bytes[1]).isEqualTo((byte) 0xFE);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE).substring(1))
                .isEqualTo(task.content());
    }

    @Test
    void platformIsTakenFromOsName() {
        assertThat(Platform.of("Linux")).isEqualTo(Platform.LINUX);
        assertThat(Platform.of("Mac OS X")).isEqualTo(Platform.MACOS);
        assertThat(Platform.of("Windows 11")).isEqualTo(Platform.WINDOWS);
    }
}
