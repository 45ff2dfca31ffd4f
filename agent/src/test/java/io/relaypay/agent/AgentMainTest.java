package io.relaypay.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
