/**
 * Least-cost routing over controller paths ({@code graph}), the premium price-point planner
 * ({@code planner}) and the decision engine ({@code decision}). Pure Java: no framework, no I/O;
 * driven by configuration and by live counters and health fed in by messaging and the interchange.
 */
package io.relaypay.routing;
