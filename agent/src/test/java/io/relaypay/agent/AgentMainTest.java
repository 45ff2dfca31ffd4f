package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.relaypay.agent.install.Platform;
import io.relaypay.agent.install.ServiceFile;
import io.relaypay.agent.prompt.ScriptedPrompt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMainTest {

    @Test
    void helpListsTheCommandsAndOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = AgentMain.run(
                new String[] {"--help"},
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out),
                System.err);

        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("enroll --phone")
                .contains("install")
                .contains("uninstall")
                .contains("status")
                .contains("--port N")
                .contains("--interchange-url URL");
    }

    @Test
    void unknownCommandIsABadUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AgentMain.run(
                new String[] {"fly"},
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                System.out,
                new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command fly");
    }

    @Test
    void enrollNeedsAPhoneNumber() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AgentMain.run(
                new String[] {"enroll"},
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                System.out,
                new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--phone");
    }

    @Test
    void scriptedPromptIsRefusedWithoutTheTestSwitch(@TempDir Path dir) {
        assertThat(System.getProperty(ScriptedPrompt.TEST_SWITCH))
                .as("this JVM runs as production does")
                .isNull();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AgentMain.run(
                new String[] {
                    "run",
                    "--prompt",
                    "scripted",
                    "--prompt-script",
                    dir.resolve("s").toString()
                },
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                System.out,
                new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--prompt scripted").contains("tests only");
    }

    @Test
    void scriptedPromptFromTheEnvironmentIsRefusedWithoutTheTestSwitch(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AgentMain.run(
                new String[0],
                Map.of(
                        "RELAYPAY_AGENT_PROMPT",
                        "scripted",
                        "RELAYPAY_AGENT_PROMPT_SCRIPT",
                        dir.resolve("s").toString()),
                new ByteArrayInputStream(new byte[0]),
                System.out,
                new PrintStream(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("tests only");
    }

    @Test
    void scriptedPromptIsTakenWithTheTestSwitch(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AgentMain.run(
                new String[] {
                    "status",
                    "--prompt",
                    "scripted",
                    "--prompt-script",
                    dir.resolve("s").toString(),
                    "--config-dir",
                    dir.toString(),
                    "--port",
                    "1"
                },
                Map.of(),
                true,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));

        assertThat(status).isEqualTo(3);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void agentProcessAskedForTheScriptedPromptExitsWithAnError(@TempDir Path dir) throws Exception {
        Process refused = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AgentMain.class.getName(),
                        "run",
                        "--port",
                        "0",
                        "--config-dir",
                        dir.toString(),
                        "--prompt",
                        "scripted",
                        "--prompt-script",
                        dir.resolve("s").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("tests only");
    }

    @Test
    void installedServiceStartsTheAgentWithTheLaunchersJvm() {
        AgentConfig config = AgentConfig.parse(List.of("--config-dir", "/home/ana/.config/relaypay-agent"), Map.of());

        ServiceFile unit = AgentMain.serviceFile(
                config,
                Platform.LINUX,
                Path.of("/opt/jdk"),
                "/opt/relaypay/agent.jar:/opt/relaypay/lib/sdk.jar",
                Path.of("/home/ana"));

        assertThat(unit.content())
                .contains("\nEnvironment=MALLOC_ARENA_MAX=2\n")
                .contains("\nExecStart=/opt/jdk/bin/java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
                        + " -Xss256k -Xms8m -Xmx16m -Xmn2m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"
                        + " -XX:ReservedCodeCacheSize=8m -XX:MaxMetaspaceSize=48m -XX:TrimNativeHeapInterval=1000"
                        + " -XX:+AutoCreateSharedArchive"
                        + " -XX:SharedArchiveFile=/home/ana/.config/relaypay-agent/agent.jsa"
                        + " -Drelaypay.agent.cds-archive=/home/ana/.config/relaypay-agent/agent.jsa \"-Xlog:cds*=off\""
                        + " -cp /opt/relaypay/agent.jar:/opt/relaypay/lib/sdk.jar io.relaypay.agent.AgentMain run"
                        + " --port 47650 --interchange-url http://127.0.0.1:8080"
                        + " --config-dir /home/ana/.config/relaypay-agent\n")
                .doesNotContain("scripted")
                .doesNotContain(ScriptedPrompt.TEST_SWITCH);
    }

    @Test
    void installedServiceNamesItsClassPathAbsolutely() {
        AgentConfig config = AgentConfig.parse(List.of("--config-dir", "/home/ana/agent"), Map.of());

        ServiceFile unit = AgentMain.serviceFile(
                config,
                Platform.LINUX,
                Path.of("/opt/jdk"),
                "agent/target/agent.jar:/m2/sdk.jar",
                Path.of("/home/ana"));

        assertThat(unit.content())
                .contains(" -cp " + Path.of("agent/target/agent.jar").toAbsolutePath() + ":/m2/sdk.jar ");
    }

    @Test
    void installedLaunchAgentGetsTheSameEnvironment() {
        AgentConfig config = AgentConfig.parse(List.of("--config-dir", "/Users/ana/agent"), Map.of());

        ServiceFile plist = AgentMain.serviceFile(
                config, Platform.MACOS, Path.of("/opt/jdk"), "/opt/agent.jar", Path.of("/Users/ana"));

        assertThat(plist.content())
                .contains("<key>EnvironmentVariables</key>\n  <dict>\n    <key>MALLOC_ARENA_MAX</key>\n"
                        + "    <string>2</string>\n  </dict>")
                .contains("<string>-XX:MaxMetaspaceSize=48m</string>")
                .contains("<string>-XX:SharedArchiveFile=/Users/ana/agent/agent.jsa</string>");
    }

    @Test
    void launcherAndBenchmarkReadTheSameJvmOptionsAsTheService() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String options = "agent/src/main/resources/io/relaypay/agent/install/agent.jvm-options";

        assertThat(root.resolve(options)).exists();
        assertThat(Files.readString(root.resolve("relaypay"))).contains(options).doesNotContain("-Xmx");
        assertThat(Files.readString(root.resolve("bench/src/main/java/io/relaypay/bench/AgentBench.java")))
                .contains(options)
                .doesNotContain("-Xmx");
    }
}
