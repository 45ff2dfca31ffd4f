package io.relaypay.interchange.webhooks.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code cap} bytes of a response body, then cancels the rest: a merchant endpoint
 * answering with megabytes (or forever) costs us nothing. A body cut short by an error still
 * yields what arrived, since only the status decides the outcome.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<String> {

    private final int cap;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(int cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), cap - received.size());
            byte[] bytes = new byte[take];
            buffer.get(bytes);
            received.write(bytes, 0, take);
        }
        if (received.size() >= cap) {
            subscription.cancel();
            finish();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        result.complete(received.toString(StandardCharsets.UTF_8));
    }
}
