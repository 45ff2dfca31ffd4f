package io.relaypay.agent;

import io.relaypay.agent.device.DeviceStore;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A merchant with a token key, making payment tokens the way the SDK's PaymentTokens does. */
final class TestMerchant {

    /** Jackson, not the agent's codec: the other side of the wire is written independently. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String ID = "acct_shop";
    static final String KID = "akey_shop1";
    static final String NAME = "Test Shop";
    static final String ORIGIN = "http://shop.test:8082";
    static final String OTHER_ALLOWED_ORIGIN = "https://shop.example";

    final KeyPair keys = DeviceStore.newKeyPair();

    /** A builder of one token's claims, valid by default. */
    final class Token {
        String merchant = ID;
        String kid = KID;
        long amount = 1250;
        String currency = "EUR";
        String origin = ORIGIN;
        String nonce = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(UUID.randomUUID().toString().getBytes());
        long iat;
        long exp;
        String typ = "relaypay-payment-token+jwt";
        String alg = "ES256";
        /** Edits the claims' JSON text before it is signed, to sign what no JSON library writes. */
        UnaryOperator<String> claimsText = UnaryOperator.identity();

        Token(Instant now) {
            iat = now.getEpochSecond();
            exp = iat + 300;
        }

        String sign() throws Exception {
            ObjectNode header = JSON.createObjectNode();
            header.put("alg", alg);
            header.put("typ", typ);
            header.put("kid", kid);
            ObjectNode claims = JSON.createObjectNode();
            claims.put("merchant", merchant);
            claims.put("amount", amount);
            claims.put("currency", currency);
            claims.put("reference", "order-1");
            claims.put("description", "A mug");
            claims.put("origin", origin);
            claims.put("nonce", nonce);
            claims.put("iat", iat);
            claims.put("exp", exp);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String input = b64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + b64.encodeToString(
                            claimsText.apply(JSON.writeValueAsString(claims)).getBytes(StandardCharsets.UTF_8));
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(keys.getPrivate());
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64.encodeToString(signer.sign());
        }
    }

    Token token(Instant now) {
        return new Token(now);
    }
}
