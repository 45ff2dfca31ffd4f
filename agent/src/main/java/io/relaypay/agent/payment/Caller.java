package io.relaypay.agent.payment;

/** Who asks the agent to pay. */
public sealed interface Caller {

    /**
     * A web page, known by the Origin its browser sent and the merchant key it named.
     *
     * @param origin the admitted Origin header
     * @param merchant the merchant the page named in the request
     * @param kid the merchant key it named
     */
    record Page(String origin, String merchant, String kid) implements Caller {}

    /**
     * A native app that paired with the agent.
     *
     * @param appName the name the user approved
     */
    record App(String appName) implements Caller {}

    /** How the prompt names the caller. */
    default String label() {
        return switch (this) {
            case Page page -> page.origin();
            case App app -> "the app \"" + app.appName() + "\"";
        };
    }
}
