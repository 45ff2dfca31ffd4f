/**
 * The small piece of JOSE Relaypay needs, on the plain JDK: compact JWS with {@code ES256} only
 * ({@link io.relaypay.sdk.jose.Jws}), P-256 key encoding ({@link io.relaypay.sdk.jose.EcKeys}) and a
 * sealed box for PINs ({@link io.relaypay.sdk.jose.SealedBox}). No algorithm negotiation: a token that
 * names any other algorithm is refused, which closes {@code none} and HMAC/ECDSA confusion by design.
 */
package io.relaypay.sdk.jose;
