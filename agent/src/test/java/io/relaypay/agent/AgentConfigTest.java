package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentConfigTest {

    @Test
    void defaultsListenOnTheAgentPortAndPayThroughTheLocalInterchange() {
        AgentConfig config = AgentConfig.parse(List.of(), Map.of("XDG_CONFIG_HOME", "/tmp/xdg"));

        assertThat(config.port()).isEqualTo(47650);
        assertThat(config.interchangeUrl()).hasToString("http://127.0.0.1:8080");
        assertThat(config.prompt()).isEqualTo("auto");
    }

    @Test
    void optionsWinOverEnvironment() {
        AgentConfig config = AgentConfig.parse(
                List.of("--port", "5000", "--interchange-url=https://pay.example/"),
                Map.of("RELAYPAY_AGENT_PORT", "6000", "RELAYPAY_AGENT_DIR", "/tmp/a"));

        assertThat(config.port()).isEqualTo(5000);
        assertThat(config.interchangeUrl()).hasToString("https://pay.example");
        assertThat(config.configDir()).isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void thereIsNoOptionForTheAddress() {
        assertThatThrownBy(() -> AgentConfig.parse(List.of("--host", "0.0.0.0"), Map.of()))
                .hasMessageContaining("unknown option --host");
    }

    @Test
    void scriptedPromptNeedsItsScript() {
        assertThatThrownBy(() -> AgentConfig.parse(List.of("--prompt", "scripted"), Map.of()))
                .hasMessageContaining("--prompt-script");
    }

    @Test
    void configDirFollowsEachPlatformsConvention() {
        assertThat(AgentConfig.defaultConfigDir("Linux", Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.config/relaypay-agent"));
        assertThat(AgentConfig.defaultConfigDir("Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/ana"))
                .isEqualTo(Path.of("/x/relaypay-agent"));
        assertThat(AgentConfig.defaultConfigDir("Mac OS X", Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Relaypay Agent"));
    }
}
