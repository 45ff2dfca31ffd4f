package io.relaypay.ledger.model;

import io.relaypay.testkit.PostgresSchema;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik container when PostgreSQL is unreachable, as {@link PostgresSchema} does for JUnit
 * classes; under {@code CI=true} it never skips, so the container fails instead.
 */
public class RequiresPostgres implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return PostgresSchema.skipReason().map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
    }
}
