/**
 * A small, strict JSON codec on the plain JDK, for the JSON that tokens, receipts and sealed boxes carry
 * and for the local agent, which must stay small: Jackson alone is more than 500 loaded classes there
 * (docs/benchmarks.md). Strict RFC 8259: one value, no comments, no trailing commas or content, no
 * duplicate member names, nesting at most {@value io.relaypay.sdk.json.JsonParser#MAX_DEPTH} deep. Any
 * input that is not such JSON is a {@link io.relaypay.sdk.json.JsonException}, never another exception.
 * The merchant API client keeps Jackson.
 */
package io.relaypay.sdk.json;
