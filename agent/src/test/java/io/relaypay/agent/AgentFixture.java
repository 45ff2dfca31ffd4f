package io.relaypay.agent;

import io.relaypay.agent.device.DeviceStore;
import io.relaypay.agent.interchange.AgentMessage;
import io.relaypay.agent.payment.SealedBoxPinSealer;
import io.relaypay.agent.prompt.ScriptedPrompt;
import io.relaypay.agent.token.JwsSignatureCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** An enrolled agent on a free loopback port, a canned interchange, a merchant and a scripted prompt. */
final class AgentFixture implements AutoCloseable {

    final TestMerchant merchant = new TestMerchant();
    final CannedInterchange interchange;
    final Path dir;
    /** The texts the agent showed the person. */
    final List<AgentMessage> shown = new CopyOnWriteArrayList<>();

    final Path script;
    final ScriptedPrompt prompt;
    final Agent agent;

    AgentFixture(int ratePerSecond) throws IOException {
        this(ratePerSecond, Duration.ofSeconds(5));
    }

    /** An agent whose prompts wait {@code promptTimeout} for an answer. */
    AgentFixture(int ratePerSecond, Duration promptTimeout) throws IOException {
        interchange = new CannedInterchange(merchant);
        dir = Files.createTempDirectory("relaypay-agent-test");
        script = dir.resolve("prompt-script");
        answer("pin 1234");
        prompt = new ScriptedPrompt(script);
        Path config = dir.resolve("config");
        new DeviceStore(config, Clock.systemUTC())
                .save("dev_test", "+4915112345678", interchange.url(), DeviceStore.newKeyPair());
        AgentConfig settings = new AgentConfig(
                0, interchange.url(), config, "scripted", Optional.of(script), promptTimeout, ratePerSecond);
        agent = Agent.start(
                settings, Clock.systemUTC(), prompt, new JwsSignatureCheck(), new SealedBoxPinSealer(), shown::add);
    }

    /** What the prompt answers from now on; replaced in one move, so a held prompt never reads half of it. */
    void answer(String line) throws IOException {
        Path next = Files.writeString(script.resolveSibling("prompt-script.next"), line + "\n");
        Files.move(next, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    int port() {
        return agent.port();
    }

    TestMerchant.Token token() {
        return merchant.token(Instant.now());
    }

    RawHttp http() {
        return RawHttp.to(port());
    }

    /** A page's payment request from {@code origin}, naming the merchant key in the query. */
    RawHttp pagePays(String origin, String token) {
        return http().request("POST", "/v1/payments?merchant=" + TestMerchant.ID + "&kid=" + TestMerchant.KID)
                .header("Origin", origin)
                .json("{\"token\":\"" + token + "\"}");
    }

    @Override
    public void close() {
        agent.close();
        interchange.close();
    }
}
