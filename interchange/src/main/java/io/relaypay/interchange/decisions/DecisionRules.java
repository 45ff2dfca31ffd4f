package io.relaypay.interchange.decisions;

import io.relaypay.routing.decision.RuleBook;
import io.relaypay.routing.decision.RuleSet;
import io.relaypay.routing.decision.RuleSetException;
import io.relaypay.routing.decision.RuleSetParser;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision rules in force on this node: stored as versioned rows, seeded once from
 * configuration, replaced through the admin API (validated first: text that does not parse changes
 * nothing) and picked up by every node when it sees a newer version ({@link #refresh()}). Routing's
 * {@link RuleBook} swaps the compiled rules atomically, so each decision runs on one version.
 */
public final class DecisionRules {

    private static final Logger log = LoggerFactory.getLogger(DecisionRules.class);

    private final RuleStore store;
    private final Clock clock;
    private final RuleBook book;
    private volatile StoredRules current;
    private long unreadable;

    /**
     * Loads the newest stored rules, storing {@code seed} first when none are stored yet.
     *
     * @param store where versions are kept
     * @param seedText the rules to start with on an empty store
     * @param seedSource where the seed came from, for the record
     * @param clock where time comes from
     * @throws RuleSetException when the seed (or the stored newest version) does not parse
     */
    public DecisionRules(RuleStore store, String seedText, String seedSource, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (store.latest().isEmpty()) {
            RuleSet seed = RuleSetParser.parse(seedText);
            // Another node may seed at the same moment; either seed is fine, the newest row wins.
            store.insert(new StoredRules(1, seed.version(), seedText, seedSource, clock.instant()));
        }
        StoredRules newest = store.latest().orElseThrow();
        this.book = new RuleBook(RuleSetParser.parse(newest.text()));
        this.current = newest;
        log.info(
                "decision rules loaded version={} label={} source={}",
                newest.version(),
                newest.label(),
                newest.source());
    }

    /** The rule book decisions run on. */
    public RuleBook book() {
        return book;
    }

    /** The rules in force. */
    public StoredRules current() {
        return current;
    }

    /**
     * Validates {@code text}, stores it as the next version and puts it in force here.
     *
     * @throws RuleSetException naming the line when the text is invalid or its label was used
     *     before; nothing changes then
     * @throws IllegalStateException when another change was stored at the same moment
     */
    public synchronized StoredRules replace(String text, String source) {
        RuleSet parsed = RuleSetParser.parse(text);
        if (store.labelUsed(parsed.version())) {
            throw new RuleSetException("line " + versionLine(text) + ": version " + parsed.version()
                    + " was used before; give the new rules a version of their own");
        }
        long next = Math.max(store.latestVersion(), current.version()) + 1;
        StoredRules stored = new StoredRules(next, parsed.version(), text, source, clock.instant());
        if (!store.insert(stored)) {
            throw new IllegalStateException("the decision rules changed at the same moment; read them and try again");
        }
        book.replace(parsed);
        current = stored;
        log.info("decision rules replaced version={} label={} source={}", next, parsed.version(), source);
        return stored;
    }

    /**
     * Loads a newer version another node stored, if there is one.
     *
     * @return whether the rules in force changed
     */
    public synchronized boolean refresh() {
        long latest = store.latestVersion();
        if (latest <= current.version() || latest == unreadable) {
            return false;
        }
        StoredRules newest = store.latest().orElseThrow();
        try {
            book.replace(RuleSetParser.parse(newest.text()));
        } catch (RuleSetException e) {
            // Stored rules were validated before they were stored; a node on older code may not know a type.
            unreadable = newest.version();
            log.error(
                    "decision rules version={} do not parse here; keeping version={}: {}",
                    newest.version(),
                    current.version(),
                    e.getMessage());
            return false;
        }
        current = newest;
        log.info("decision rules reloaded version={} label={}", newest.version(), newest.label());
        return true;
    }

    private static int versionLine(String text) {
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            String stripped = line.strip();
            if (stripped.startsWith("version")
                    && stripped.substring("version".length()).strip().startsWith("=")) {
                return number;
            }
        }
        return 1;
    }
}
