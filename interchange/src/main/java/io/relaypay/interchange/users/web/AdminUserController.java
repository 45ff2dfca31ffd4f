package io.relaypay.interchange.users.web;

import io.relaypay.interchange.users.AddressService;
import io.relaypay.interchange.users.LinkedAccountService;
import io.relaypay.interchange.users.UserProfiles;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin API for users by phone number (docs/admin.md): {@code GET /admin/v1/users/{phone}} with
 * linked accounts (masked), addresses and PIN state; linking and unlinking accounts; adding and
 * removing addresses. Linking or adding to an unknown number creates its user, as a top-up does.
 */
@RestController
@RequestMapping(path = "/admin/v1/users/{phone}", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminUserController {

    private final UserProfiles profiles;
    private final LinkedAccountService accounts;
    private final AddressService addresses;
    private final Clock clock;

    AdminUserController(UserProfiles profiles, LinkedAccountService accounts, AddressService addresses, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** The user with linked accounts, addresses and PIN state. */
    @GetMapping
    public Map<String, Object> user(@PathVariable String phone) {
        return AdminUserViews.user(profiles.of(phone), clock.instant());
    }

    /** Links an account. */
    @PostMapping(path = "/linked-accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> link(@PathVariable String phone, @RequestBody(required = false) JsonNode body) {
        return AdminUserViews.account(accounts.link(phone, AdminUserRequests.account(body)));
    }

    /** Unlinks an account. */
    @DeleteMapping("/linked-accounts/{id}")
    public Map<String, Object> unlink(@PathVariable String phone, @PathVariable String id) {
        accounts.unlink(phone, id);
        return AdminUserViews.deleted(id, "linked_account");
    }

    /** Adds a postal address. */
    @PostMapping(path = "/addresses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> addAddress(@PathVariable String phone, @RequestBody(required = false) JsonNode body) {
        return AdminUserViews.address(addresses.add(phone, AdminUserRequests.address(body)));
    }

    /** Removes a postal address. */
    @DeleteMapping("/addresses/{id}")
    public Map<String, Object> removeAddress(@PathVariable String phone, @PathVariable String id) {
        addresses.remove(phone, id);
        return AdminUserViews.deleted(id, "address");
    }
}
