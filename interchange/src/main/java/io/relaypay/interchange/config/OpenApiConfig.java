package io.relaypay.interchange.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: the merchant API, authenticated with a secret key. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI relaypayOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Relaypay merchant API")
                        .version("v1")
                        .description("Payments by phone number. Wire contract: docs/api.md."))
                .schemaRequirement(
                        "secretKey",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("sk_test_… or sk_live_…"))
                .addSecurityItem(new SecurityRequirement().addList("secretKey"));
    }
}
