package io.relaypay.agent.install;

import java.util.Locale;

/** The operating systems the agent installs itself on, each with its own service manager. */
public enum Platform {
    /** systemd user units. */
    LINUX,
    /** launchd per-user agents. */
    MACOS,
    /** Task Scheduler, at logon. */
    WINDOWS;

    /** The platform of an {@code os.name}. */
    public static Platform of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return MACOS;
        }
        return LINUX;
    }
}
