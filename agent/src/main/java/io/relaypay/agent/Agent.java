package io.relaypay.agent;

import io.relaypay.agent.device.DeviceStore;
import io.relaypay.agent.http.AgentServer;
import io.relaypay.agent.interchange.InterchangeClient;
import io.relaypay.agent.interchange.MerchantKeys;
import io.relaypay.agent.messages.MessageDisplay;
import io.relaypay.agent.messages.MessagePoller;
import io.relaypay.agent.pairing.PairingStore;
import io.relaypay.agent.payment.PaymentFlow;
import io.relaypay.agent.payment.PinSealer;
import io.relaypay.agent.prompt.Prompt;
import io.relaypay.agent.prompt.PromptDesk;
import io.relaypay.agent.prompt.ScreenOrConsoleDisplay;
import io.relaypay.agent.token.NonceLedger;
import io.relaypay.agent.token.TokenChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;

/** A running agent: the parts wired together and the loopback server listening. */
public final class Agent implements AutoCloseable {

    /** The agent's version, as {@code /v1/status} reports it. */
    public static final String VERSION = "0.1.0";

    private static final Duration MERCHANT_KEY_TTL = Duration.ofSeconds(60);

    private final AgentServer server;
    private final MessagePoller messages;

    private Agent(AgentServer server, MessagePoller messages) {
        this.server = server;
        this.messages = messages;
    }

    /**
     * Starts the agent of {@code config}, asking the person through {@code prompt} and showing the
     * texts it receives in a window of its own, or on the console when there is no screen.
     */
    public static Agent start(
            AgentConfig config, Clock clock, Prompt prompt, TokenChecker.SignatureCheck signatures, PinSealer sealer)
            throws IOException {
        return start(config, clock, prompt, signatures, sealer, new ScreenOrConsoleDisplay(System.out));
    }

    /** As above, showing the texts it receives on {@code display}. */
    public static Agent start(
            AgentConfig config,
            Clock clock,
            Prompt prompt,
            TokenChecker.SignatureCheck signatures,
            PinSealer sealer,
            MessageDisplay display)
            throws IOException {
        DeviceStore devices = new DeviceStore(config.configDir(), clock);
        InterchangeClient interchange = new InterchangeClient(config.interchangeUrl(), clock);
        MerchantKeys keys = new MerchantKeys(interchange, clock, MERCHANT_KEY_TTL);
        PromptDesk desk = new PromptDesk(prompt, config.promptTimeout());
        PaymentFlow payments = new PaymentFlow(
                new TokenChecker(keys, signatures, clock), new NonceLedger(clock), desk, devices, interchange, sealer);
        AgentServer server = AgentServer.start(
                config.port(),
                clock,
                config.ratePerSecond(),
                keys,
                payments,
                new PairingStore(config.configDir(), clock),
                desk,
                () -> Files.isRegularFile(config.configDir().resolve("device.json")),
                VERSION);
        // The server first: a fetch tells the interchange this agent is a route to its phone.
        MessagePoller messages = MessagePoller.start(interchange, devices::load, display);
        return new Agent(server, messages);
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        messages.close();
        server.close();
    }
}
