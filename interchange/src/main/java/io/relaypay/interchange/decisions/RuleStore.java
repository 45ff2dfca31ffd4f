package io.relaypay.interchange.decisions;

import java.util.Optional;

/** Where the versions of the decision rules are kept. */
public interface RuleStore {

    /** The newest version, if any was stored. */
    Optional<StoredRules> latest();

    /** The newest version number, 0 when none was stored; cheap, for polling. */
    long latestVersion();

    /**
     * Stores {@code rules} if its version is still free.
     *
     * @return false when another change took that version (or the label) first
     */
    boolean insert(StoredRules rules);

    /** Whether some stored version already carries {@code label}. */
    boolean labelUsed(String label);
}
