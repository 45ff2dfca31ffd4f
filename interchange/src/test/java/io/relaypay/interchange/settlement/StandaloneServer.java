package io.relaypay.interchange.settlement;

import io.relaypay.interchange.support.RunningInterchange;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts and stops a {@link RunningInterchange} outside JUnit Jupiter's extension model, for jqwik
 * properties (jqwik runs on its own engine, which does not call Jupiter extensions). The server only
 * asks its context for the test class, to name its database schema.
 */
final class StandaloneServer {

    private StandaloneServer() {}

    static void start(RunningInterchange server, Class<?> testClass) throws Exception {
        server.beforeAll(contextOf(testClass));
    }

    static void stop(RunningInterchange server, Class<?> testClass) throws Exception {
        server.afterAll(contextOf(testClass));
    }

    private static ExtensionContext contextOf(Class<?> testClass) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "getTestClass" -> Optional.of(testClass);
            case "getRequiredTestClass" -> testClass;
            case "getDisplayName", "getUniqueId" -> testClass.getSimpleName();
            case "toString" -> "StandaloneServer[" + testClass.getSimpleName() + "]";
            default -> {
                if (method.isDefault()) {
                    yield InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException("not available outside Jupiter: " + method.getName());
            }
        };
        return (ExtensionContext) Proxy.newProxyInstance(
                StandaloneServer.class.getClassLoader(), new Class<?>[] {ExtensionContext.class}, handler);
    }
}
