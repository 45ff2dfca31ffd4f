package io.relaypay.agent;

import io.relaypay.agent.device.DeviceStore;
import io.relaypay.agent.install.AgentJvm;
import io.relaypay.agent.install.Platform;
import io.relaypay.agent.install.ServiceFile;
import io.relaypay.agent.install.ServiceFiles;
import io.relaypay.agent.install.ServiceInstaller;
import io.relaypay.agent.interchange.InterchangeClient;
import io.relaypay.agent.interchange.InterchangeProblem;
import io.relaypay.agent.payment.SealedBoxPinSealer;
import io.relaypay.agent.prompt.ConsolePrompt;
import io.relaypay.agent.prompt.DeferredPrompt;
import io.relaypay.agent.prompt.Prompt;
import io.relaypay.agent.prompt.ScriptedPrompt;
import io.relaypay.agent.prompt.SwingPrompt;
import io.relaypay.agent.prompt.UnavailablePrompt;
import io.relaypay.agent.token.JwsSignatureCheck;
import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** {@code relaypay agent [run|enroll|unenroll|install|uninstall|status] [options]}; {@code --help}. */
public final class AgentMain {

    /** What {@code --help} prints. */
    public static final String USAGE = """
            Usage: relaypay agent [COMMAND] [options]

            The Relaypay local payment agent: listens on 127.0.0.1 only, checks a merchant's
            payment token, asks you for your PIN in its own prompt and pays through the interchange.

            Commands:
              run (default)     start the agent in the foreground
              enroll --phone +49...  enroll this machine for a phone number (asks for the SMS code)
              unenroll          revoke this machine's device key and forget it
              install           start the agent at login (systemd user unit, launchd agent, or a
                                scheduled task on Windows)
              uninstall         stop starting it at login
              status            is it installed, running, enrolled?

            Options:
            """ + AgentConfig.OPTIONS + """
              --help                  show this help
            """;

    /** The exit status {@link #run} returns when the agent keeps running. */
    static final int RUNNING = -1;

    private AgentMain() {}

    /** Runs a command; {@code run} keeps the agent serving until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s %5$s%6$s%n");
        ClassDataArchive.removeIfStale();
        int status = run(args, System.getenv(), System.in, System.out, System.err);
        if (status != RUNNING) {
            System.exit(status);
        }
        new CountDownLatch(1).await();
    }

    static int run(String[] argv, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        return run(argv, env, Boolean.getBoolean(ScriptedPrompt.TEST_SWITCH), in, out, err);
    }

    /**
     * As {@link #run(String[], Map, InputStream, PrintStream, PrintStream)}; {@code scriptedAllowed}
     * is whether this JVM was started with the test-only switch that lets {@code --prompt scripted}
     * answer PINs from a file.
     */
    static int run(
            String[] argv,
            Map<String, String> env,
            boolean scriptedAllowed,
            InputStream in,
            PrintStream out,
            PrintStream err) {
        List<String> args = new ArrayList<>(List.of(argv));
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        String command = !args.isEmpty() && !args.getFirst().startsWith("-") ? args.removeFirst() : "run";
        try {
            String phone = command.equals("enroll") ? take(args, "--phone") : null;
            AgentConfig config = AgentConfig.parse(args, env);
            if (config.prompt().equals("scripted") && !scriptedAllowed) {
                throw new IllegalArgumentException("--prompt scripted (RELAYPAY_AGENT_PROMPT=scripted) answers every"
                        + " PIN prompt from a file and exists for tests only; it is off in this agent. Use --prompt"
                        + " auto, swing or console.");
            }
            return switch (command) {
                case "run" -> serve(config, out);
                case "enroll" -> enroll(config, phone, in, out);
                case "unenroll" -> unenroll(config, out);
                case "install" -> install(config, out, true);
                case "uninstall" -> install(config, out, false);
                case "status" -> status(config, out);
                default -> throw new IllegalArgumentException("unknown command " + command + " (see --help)");
            };
        } catch (IllegalArgumentException e) {
            err.println("agent: " + e.getMessage());
            return 2;
        } catch (InterchangeProblem e) {
            err.println("agent: the interchange refused: " + e.title()
                    + e.detail().map(d -> ": " + d).orElse(""));
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("agent: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(AgentConfig config, PrintStream out) throws IOException {
        long started = System.nanoTime();
        Agent agent = Agent.start(
                config, Clock.systemUTC(), prompt(config), new JwsSignatureCheck(), new SealedBoxPinSealer());
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "agent-shutdown"));
        out.println("Relaypay agent listening on http://127.0.0.1:" + agent.port() + " (interchange "
                + config.interchangeUrl() + ", started in " + (System.nanoTime() - started) / 1_000_000 + " ms)");
        return RUNNING;
    }

    static Prompt prompt(AgentConfig config) {
        return switch (config.prompt()) {
            case "scripted" -> new ScriptedPrompt(config.promptScript().orElseThrow());
            case "swing" -> new DeferredPrompt(SwingPrompt::new);
            case "console" -> new ConsolePrompt(System.console());
            default -> new DeferredPrompt(AgentMain::promptForThisSession);
        };
    }

    /** Swing where there is a display, else the terminal, else nobody to ask. */
    private static Prompt promptForThisSession() {
        if (!GraphicsEnvironment.isHeadless()) {
            return new SwingPrompt();
        }
        return System.console() != null ? new ConsolePrompt(System.console()) : new UnavailablePrompt();
    }

    private static int enroll(AgentConfig config, String phone, InputStream in, PrintStream out) throws IOException {
        if (phone == null) {
            throw new IllegalArgumentException("enroll needs --phone +<country><number>");
        }
        DeviceStore devices = new DeviceStore(config.configDir(), Clock.systemUTC());
        InterchangeClient interchange = new InterchangeClient(config.interchangeUrl(), Clock.systemUTC());
        new Enroller(interchange, devices, out)
                .enroll(phone, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        return 0;
    }

    private static int unenroll(AgentConfig config, PrintStream out) {
        DeviceStore devices = new DeviceStore(config.configDir(), Clock.systemUTC());
        var device = devices.load();
        if (device.isEmpty()) {
            out.println("not enrolled");
            return 0;
        }
        new InterchangeClient(device.get().interchange(), Clock.systemUTC()).revoke(device.get());
        devices.delete();
        out.println("device " + device.get().id() + " revoked and forgotten");
        return 0;
    }

    private static int install(AgentConfig config, PrintStream out, boolean install) throws IOException {
        ServiceInstaller installer = new ServiceInstaller(out, true);
        ServiceFile service = serviceFile(config);
        if (install) {
            installer.install(service);
        } else {
            installer.uninstall(service);
        }
        return 0;
    }

    static ServiceFile serviceFile(AgentConfig config) {
        return serviceFile(
                config,
                Platform.of(System.getProperty("os.name", "")),
                Path.of(System.getProperty("java.home")),
                System.getProperty("java.class.path"),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The service that starts this agent at login: the JVM of {@link AgentJvm} (the flags and
     * environment the launcher and the benchmark use), its class-data archive in the config dir.
     */
    static ServiceFile serviceFile(AgentConfig config, Platform platform, Path javaHome, String classpath, Path home) {
        Path configDir = config.configDir().toAbsolutePath();
        AgentJvm jvm = AgentJvm.withArchive(configDir.resolve("agent.jsa"));
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin")
                .resolve(platform == Platform.WINDOWS ? "java.exe" : "java")
                .toString());
        command.addAll(jvm.flags());
        command.addAll(List.of(
                "-cp",
                // The launcher's class path starts with a relative jar; a service starts in another directory.
                Arrays.stream(classpath.split(File.pathSeparator))
                        .map(entry -> Path.of(entry).toAbsolutePath().toString())
                        .collect(Collectors.joining(File.pathSeparator)),
                AgentMain.class.getName(),
                "run",
                "--port",
                "" + config.port(),
                "--interchange-url",
                config.interchangeUrl().toString(),
                "--config-dir",
                configDir.toString()));
        return ServiceFiles.of(platform, command, jvm.environment(), home, configDir);
    }

    private static int status(AgentConfig config, PrintStream out) {
        ServiceFile service = serviceFile(config);
        out.println("service:  "
                + (new ServiceInstaller(out, false).installed(service)
                        ? "installed (" + service.path() + ")"
                        : "not installed"));
        out.println("enrolled: "
                + new DeviceStore(config.configDir(), Clock.systemUTC())
                        .load()
                        .map(d -> "yes, device " + d.id() + " for " + d.phoneNumber())
                        .orElse("no"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.port() + "/v1/status"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            out.println("running:  "
                    + (answer.statusCode() == 200 ? "yes, " + answer.body() : "answers " + answer.statusCode()));
            return 0;
        } catch (IOException e) {
            out.println("running:  no (nothing on 127.0.0.1:" + config.port() + ")");
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Removes {@code option} and its value from {@code args}; null when absent. */
    private static String take(List<String> args, String option) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(option) && i + 1 < args.size()) {
                args.remove(i);
                return args.remove(i);
            }
            if (args.get(i).startsWith(option + "=")) {
                return args.remove(i).substring(option.length() + 1);
            }
        }
        return null;
    }
}
