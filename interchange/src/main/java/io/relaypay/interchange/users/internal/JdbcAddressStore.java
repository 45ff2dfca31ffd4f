package io.relaypay.interchange.users.internal;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.AddressStore;
import io.relaypay.interchange.users.PostalAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Postal addresses in {@code postal_addresses}. */
public final class JdbcAddressStore implements AddressStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcAddressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(PostalAddress a) {
        jdbc.sql("""
                INSERT INTO postal_addresses (id, user_id, name, line1, line2, city, region, postal_code, country,
                    is_default, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        a.userId(),
                        a.name(),
                        a.line1(),
                        a.line2().orElse(null),
                        a.city(),
                        a.region().orElse(null),
                        a.postalCode().orElse(null),
                        a.country(),
                        a.isDefault(),
                        SqlTime.of(a.createdAt()))
                .update();
    }

    @Override
    public List<PostalAddress> ofUser(String userId) {
        return jdbc.sql("SELECT * FROM postal_addresses WHERE user_id = ? ORDER BY created_at, id")
                .param(userId)
                .query(JdbcAddressStore::address)
                .list();
    }

    @Override
    public void setDefault(String userId, Optional<String> addressId) {
        jdbc.sql("UPDATE postal_addresses SET is_default = (id = ?) WHERE user_id = ?")
                .params(addressId.orElse(""), userId)
                .update();
    }

    @Override
    public boolean delete(String userId, String addressId) {
        return jdbc.sql("DELETE FROM postal_addresses WHERE user_id = ? AND id = ?")
                        .params(userId, addressId)
                        .update()
                == 1;
    }

    private static PostalAddress address(ResultSet rs, int row) throws SQLException {
        return new PostalAddress(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("name"),
                rs.getString("line1"),
                Optional.ofNullable(rs.getString("line2")),
                rs.getString("city"),
                Optional.ofNullable(rs.getString("region")),
                Optional.ofNullable(rs.getString("postal_code")),
                rs.getString("country"),
                rs.getBoolean("is_default"),
                SqlTime.read(rs, "created_at"));
    }
}
