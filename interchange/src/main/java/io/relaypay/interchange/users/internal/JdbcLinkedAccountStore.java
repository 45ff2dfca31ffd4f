package io.relaypay.interchange.users.internal;

import io.relaypay.interchange.persistence.SqlTime;
import io.relaypay.interchange.users.AccountKind;
import io.relaypay.interchange.users.LinkedAccount;
import io.relaypay.interchange.users.LinkedAccount.Details;
import io.relaypay.interchange.users.LinkedAccountStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Linked accounts in {@code linked_accounts}, one column group per kind. */
public final class JdbcLinkedAccountStore implements LinkedAccountStore {

    private final JdbcClient jdbc;

    /** A store over {@code jdbc}. */
    public JdbcLinkedAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(LinkedAccount a) {
        Optional<Details.Card> card = a.details() instanceof Details.Card c ? Optional.of(c) : Optional.empty();
        Optional<Details.Bank> bank = a.details() instanceof Details.Bank b ? Optional.of(b) : Optional.empty();
        Optional<Details.Wallet> wallet = a.details() instanceof Details.Wallet w ? Optional.of(w) : Optional.empty();
        Optional<Details.Email> email = a.details() instanceof Details.Email e ? Optional.of(e) : Optional.empty();
        try {
            jdbc.sql("""
                    INSERT INTO linked_accounts (id, user_id, kind, label, fingerprint, card_brand, card_last4,
                        card_exp_month, card_exp_year, card_token, bank_country, bank_masked, bank_last4,
                        bank_iban_sealed, wallet_provider, wallet_account, email, verified, is_default, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            a.id(),
                            a.userId(),
                            a.kind().name(),
                            a.label(),
                            a.fingerprint(),
                            card.map(Details.Card::brand).orElse(null),
                            card.map(Details.Card::last4).orElse(null),
                            card.map(Details.Card::expMonth).orElse(null),
                            card.map(Details.Card::expYear).orElse(null),
                            card.map(Details.Card::token).orElse(null),
                            bank.map(Details.Bank::country).orElse(null),
                            bank.map(Details.Bank::masked).orElse(null),
                            bank.map(Details.Bank::last4).orElse(null),
                            bank.map(Details.Bank::sealedIban).orElse(null),
                            wallet.map(Details.Wallet::provider).orElse(null),
                            wallet.map(Details.Wallet::account).orElse(null),
                            email.map(Details.Email::address).orElse(null),
                            a.verified(),
                            a.isDefault(),
                            SqlTime.of(a.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException linkedBefore) {
            return false;
        }
    }

    @Override
    public List<LinkedAccount> ofUser(String userId) {
        return jdbc.sql("SELECT * FROM linked_accounts WHERE user_id = ? ORDER BY created_at, id")
                .param(userId)
                .query(JdbcLinkedAccountStore::account)
                .list();
    }

    @Override
    public Optional<LinkedAccount> find(String userId, String accountId) {
        return jdbc.sql("SELECT * FROM linked_accounts WHERE user_id = ? AND id = ?")
                .params(userId, accountId)
                .query(JdbcLinkedAccountStore::account)
                .optional();
    }

    @Override
    public void setDefault(String userId, AccountKind kind, Optional<String> accountId) {
        jdbc.sql("UPDATE linked_accounts SET is_default = (id = ?) WHERE user_id = ? AND kind = ?")
                .params(accountId.orElse(""), userId, kind.name())
                .update();
    }

    @Override
    public boolean delete(String userId, String accountId) {
        return jdbc.sql("DELETE FROM linked_accounts WHERE user_id = ? AND id = ?")
                        .params(userId, accountId)
                        .update()
                == 1;
    }

    private static LinkedAccount account(ResultSet rs, int row) throws SQLException {
        return new LinkedAccount(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("label"),
                details(rs),
                rs.getString("fingerprint"),
                rs.getBoolean("verified"),
                rs.getBoolean("is_default"),
                SqlTime.read(rs, "created_at"));
    }

    private static Details details(ResultSet rs) throws SQLException {
        return switch (AccountKind.valueOf(rs.getString("kind"))) {
            case CARD ->
                new Details.Card(
                        rs.getString("card_brand"),
                        rs.getString("card_last4"),
                        rs.getInt("card_exp_month"),
                        rs.getInt("card_exp_year"),
                        rs.getString("card_token"));
            case BANK ->
                new Details.Bank(
                        rs.getString("bank_country"),
                        rs.getString("bank_masked"),
                        rs.getString("bank_last4"),
                        rs.getString("bank_iban_sealed"));
            case WALLET -> new Details.Wallet(rs.getString("wallet_provider"), rs.getString("wallet_account"));
            case EMAIL -> new Details.Email(rs.getString("email"));
        };
    }
}
