package io.relaypay.interchange.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the in-process server logs while open (messages and exception texts), for tests that
 * check what must never be logged. Relaypay's loggers are opened down to INFO meanwhile (the
 * classpath's logback.xml sets WARN), so the lines that name accounts and payments are seen too.
 */
public final class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger relaypay = (Logger) LoggerFactory.getLogger("io.relaypay");
    private final Level level = relaypay.getLevel();

    private CapturedLogs() {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        relaypay.setLevel(Level.INFO);
    }

    /** Starts capturing. */
    public static CapturedLogs open() {
        return new CapturedLogs();
    }

    /** All captured lines, with any exception messages, one per line. */
    public String text() {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = new ArrayList<>(appender.list);
        }
        StringBuilder out = new StringBuilder();
        for (ILoggingEvent event : events) {
            out.append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        relaypay.setLevel(level);
        root.detachAppender(appender);
        appender.stop();
    }
}
