package io.relaypay.routing.decision;

import static io.relaypay.routing.decision.Contexts.context;
import static io.relaypay.routing.decision.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MerchantRestrictionRuleTest {

    private static final MerchantRestrictionRule NO_GAMBLING_IN_DE =
            new MerchantRestrictionRule("de-merchants", Scope.country("DE"), Set.of("gambling"), Set.of("KP"));

    @Test
    void deniedCategoryIsDenied() {
        Decision decision = Decide.with(NO_GAMBLING_IN_DE, request().category("gambling"), context());

        assertThat(decision.hasReason("merchant.category_not_allowed")).isTrue();
    }

    @Test
    void merchantFromADeniedCountryIsDenied() {
        Decision decision = Decide.with(NO_GAMBLING_IN_DE, request().merchantCountry("KP"), context());

        assertThat(decision.hasReason("merchant.country_not_allowed")).isTrue();
    }

    @Test
    void restrictionAppliesOnlyToPayersInItsCountry() {
        Decision decision =
                Decide.with(NO_GAMBLING_IN_DE, request().country("GB").category("gambling"), context());

        assertThat(decision.allowed()).isTrue();
    }
}
