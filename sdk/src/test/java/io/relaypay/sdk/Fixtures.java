package io.relaypay.sdk;

/** Wire JSON for tests, shaped as docs/api.md shows it. */
final class Fixtures {

    private Fixtures() {}

    static String payment(String id, String status) {
        return """
                {"id":"%s","object":"payment","status":"%s","amount":499,"currency":"EUR",
                 "amount_refunded":0,"reference":"order-1042","description":"Sword of dawn",
                 "phone_number":null,"checkout_url":"http://127.0.0.1:8080/checkout/%s",
                 "success_url":"https://shop.example/ok","cancel_url":"https://shop.example/cancel",
                 "failure_reason":null,"livemode":false,"created":1795420800,"expires_at":1795421700,
                 "some_future_field":{"nested":true}}
                """.formatted(id, status, id);
    }

    static String refund(String id, String status) {
        return """
                {"id":"%s","object":"refund","payment":"pay_1","amount":200,"currency":"EUR",
                 "status":"%s","created":1795421000}
                """.formatted(id, status);
    }
}
