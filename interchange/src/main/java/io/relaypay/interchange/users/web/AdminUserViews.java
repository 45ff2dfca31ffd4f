package io.relaypay.interchange.users.web;

import io.relaypay.interchange.users.LinkedAccount;
import io.relaypay.interchange.users.LinkedAccount.Details;
import io.relaypay.interchange.users.PostalAddress;
import io.relaypay.interchange.users.User;
import io.relaypay.interchange.users.UserProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin API's JSON for users, linked accounts and addresses. A card shows brand, last four,
 * expiry and token; a bank account its masked IBAN: the sealed IBAN and fingerprints never leave.
 */
final class AdminUserViews {

    private AdminUserViews() {}

    static Map<String, Object> user(UserProfile profile, Instant now) {
        User user = profile.user();
        Map<String, Object> pin = new LinkedHashMap<>();
        pin.put("set", user.hasPin());
        pin.put("locked", user.pinLocked(now));
        pin.put(
                "locked_until",
                user.pinLocked(now)
                        ? user.pinLockedUntil().map(Instant::getEpochSecond).orElse(null)
                        : null);
        pin.put("failures", user.pinFailures());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.id());
        view.put("object", "user");
        view.put("phone_number", user.phoneNumber());
        view.put("created", user.createdAt().getEpochSecond());
        view.put("pin", pin);
        view.put(
                "linked_accounts",
                profile.linkedAccounts().stream().map(AdminUserViews::account).toList());
        view.put(
                "addresses",
                profile.addresses().stream().map(AdminUserViews::address).toList());
        return view;
    }

    static Map<String, Object> account(LinkedAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id());
        view.put("object", "linked_account");
        view.put("kind", account.kind().wire());
        view.put("label", account.label());
        view.put("verified", account.verified());
        view.put("default", account.isDefault());
        view.put("created", account.createdAt().getEpochSecond());
        view.put(account.kind().wire(), details(account.details()));
        return view;
    }

    private static Map<String, Object> details(Details details) {
        Map<String, Object> view = new LinkedHashMap<>();
        switch (details) {
            case Details.Card card -> {
                view.put("brand", card.brand());
                view.put("last4", card.last4());
                view.put("exp_month", card.expMonth());
                view.put("exp_year", card.expYear());
                view.put("token", card.token());
            }
            case Details.Bank bank -> {
                view.put("country", bank.country());
                view.put("iban", bank.masked());
                view.put("last4", bank.last4());
            }
            case Details.Wallet wallet -> {
                view.put("provider", wallet.provider());
                view.put("account", wallet.account());
            }
            case Details.Email email -> view.put("address", email.address());
        }
        return view;
    }

    static Map<String, Object> address(PostalAddress a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("object", "address");
        view.put("name", a.name());
        view.put("line1", a.line1());
        view.put("line2", a.line2().orElse(null));
        view.put("city", a.city());
        view.put("region", a.region().orElse(null));
        view.put("postal_code", a.postalCode().orElse(null));
        view.put("country", a.country());
        view.put("default", a.isDefault());
        view.put("created", a.createdAt().getEpochSecond());
        return view;
    }

    static Map<String, Object> deleted(String id, String object) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("object", object);
        view.put("deleted", true);
        return view;
    }
}
