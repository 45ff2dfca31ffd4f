package io.relaypay.agent.interchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The HTTP client to the interchange, made for its URL's scheme. The JDK's client builds the default
 * {@link SSLContext} when it is made, https or not: the TLS stack, the trust store's certificates and
 * more than 200 classes stay in the agent's memory (docs/benchmarks.md). An interchange on plain http
 * (a development or a local one) gets a context that refuses to be used, and HTTP/1.1, so the client
 * does not offer an h2c upgrade either.
 */
final class InterchangeHttp {

    private InterchangeHttp() {}

    static HttpClient.Builder builder(URI base) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        if ("http".equalsIgnoreCase(base.getScheme())) {
            builder.sslContext(new NoTls()).sslParameters(new SSLParameters()).version(HttpClient.Version.HTTP_1_1);
        }
        return builder;
    }

    /** An {@link SSLContext} for a client that only speaks plain http: every use is a bug. */
    private static final class NoTls extends SSLContext {
        NoTls() {
            super(new Refusing(), null, "none");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static IllegalStateException refused() {
            return new IllegalStateException("the interchange URL is http: this client has no TLS");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
                throws KeyManagementException {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
