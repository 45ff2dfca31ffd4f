package io.relaypay.interchange.users.internal;

import io.relaypay.interchange.users.UserLocks;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Locks the user's row ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL alike). */
public final class JdbcUserLocks implements UserLocks {

    private final JdbcClient jdbc;

    /** Locks over {@code jdbc}. */
    public JdbcUserLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(String userId) {
        jdbc.sql("SELECT id FROM users WHERE id = ? FOR UPDATE")
                .param(userId)
                .query(String.class)
                .list();
    }
}
