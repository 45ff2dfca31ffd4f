package io.relaypay.interchange.users.web;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.users.AccountKind;
import io.relaypay.interchange.users.NewLinkedAccount;
import io.relaypay.interchange.users.NewLinkedAccount.Reference;
import io.relaypay.interchange.users.NewPostalAddress;
import io.relaypay.interchange.web.JsonFields;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the admin API's request bodies into validated requests; fields of another kind are refused. */
final class AdminUserRequests {

    private static final Set<String> COMMON = Set.of("kind", "label", "verified", "default");
    private static final Map<AccountKind, Set<String>> FIELDS = Map.of(
            AccountKind.CARD, Set.of("number", "exp_month", "exp_year"),
            AccountKind.BANK, Set.of("iban"),
            AccountKind.WALLET, Set.of("provider", "wallet_account"),
            AccountKind.EMAIL, Set.of("email"));
    private static final Set<String> ADDRESS_FIELDS =
            Set.of("name", "line1", "line2", "city", "region", "postal_code", "country", "default");

    private AdminUserRequests() {}

    /** A linked account from {@code {"kind": "card", "number": …, …}}. */
    static NewLinkedAccount account(JsonNode body) {
        Set<String> any = new HashSet<>(COMMON);
        FIELDS.values().forEach(any::addAll);
        String kindName = JsonFields.of(body, any).requiredString("kind");
        AccountKind kind = AccountKind.ofWire(kindName)
                .orElseThrow(() -> ApiException.invalid("kind", "kind is bank, card, wallet or email"));
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(FIELDS.get(kind));
        JsonFields fields = JsonFields.of(body, allowed);
        Reference reference = switch (kind) {
            case CARD ->
                new Reference.Card(
                        fields.requiredString("number"), smallInt(fields, "exp_month"), smallInt(fields, "exp_year"));
            case BANK -> new Reference.Bank(fields.requiredString("iban"));
            case WALLET ->
                new Reference.Wallet(fields.requiredString("provider"), fields.requiredString("wallet_account"));
            case EMAIL -> new Reference.Email(fields.requiredString("email"));
        };
        return new NewLinkedAccount(
                reference,
                fields.optionalString("label"),
                fields.optionalBoolean("verified").orElse(false),
                fields.optionalBoolean("default").orElse(false));
    }

    /** A postal address from its JSON fields. */
    static NewPostalAddress address(JsonNode body) {
        JsonFields fields = JsonFields.of(body, ADDRESS_FIELDS);
        return new NewPostalAddress(
                fields.requiredString("name"),
                fields.requiredString("line1"),
                fields.optionalString("line2"),
                fields.requiredString("city"),
                fields.optionalString("region"),
                fields.optionalString("postal_code"),
                fields.requiredString("country"),
                fields.optionalBoolean("default").orElse(false));
    }

    private static int smallInt(JsonFields fields, String name) {
        long value = fields.requiredLong(name);
        if (value < 0 || value > 9999) {
            throw ApiException.invalid(name, name + " is out of range");
        }
        return (int) value;
    }
}
