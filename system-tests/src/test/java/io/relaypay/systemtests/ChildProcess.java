package io.relaypay.systemtests;

import io.relaypay.testkit.ChildJvm;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One part of the system (simulator, interchange, shop) as its own JVM, started as {@code
 * ./relaypay} starts it, with its log in {@code system-tests/target/system-logs}.
 */
final class ChildProcess implements AutoCloseable {

    private final ChildJvm jvm;

    private ChildProcess(ChildJvm jvm) {
        this.jvm = jvm;
    }

    /** The repository root, where every module's build output is. */
    static Path root() {
        return Path.of(System.getProperty("relaypay.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** Starts {@code mainClass} of {@code module} with {@code args} and extra environment. */
    static ChildProcess start(
            String name, String module, String mainClass, List<String> args, Map<String, String> env) {
        return start(name, module, mainClass, List.of(), args, env);
    }

    /** As {@link #start(String, String, String, List, Map)}, with {@code jvmFlags} for the JVM. */
    static ChildProcess start(
            String name,
            String module,
            String mainClass,
            List<String> jvmFlags,
            List<String> args,
            Map<String, String> env) {
        List<String> flags = new java.util.ArrayList<>(List.of("-Xmx512m"));
        flags.addAll(jvmFlags);
        return new ChildProcess(ChildJvm.start(new ChildJvm.Spec(
                name,
                root().resolve(module),
                mainClass,
                flags,
                args,
                env,
                root().resolve("system-tests/target/system-logs").resolve(name + ".log"),
                Duration.ofSeconds(20))));
    }

    /** Waits until {@code url} answers 2xx, failing early if the process dies. */
    ChildProcess awaitHttp(URI url, Duration within) {
        jvm.awaitHttp(url, within);
        return this;
    }

    /** The end of the process's log, for failure messages. */
    String tail() {
        return jvm.tail();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
