package io.relaypay.interchange.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Instants to and from {@code TIMESTAMP WITH TIME ZONE} the same way on H2 and PostgreSQL. */
public final class SqlTime {

    private SqlTime() {}

    /** The parameter value for an instant. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A non-null timestamp column. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A nullable timestamp column. */
    public static Optional<Instant> readOptional(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
