/**
 * The cost of accessing the funds: when the interchange must fund a purchase, which of the user's
 * available methods (balance, operator billing, premium SMS, card) costs it least, with a quote per
 * method and an explanation.
 *
 * <p>All amounts are {@code long} minor units of the request's currency; only premium messages'
 * routing costs come in micro-units (as the router prices them) and are converted. Integer
 * arithmetic only, and the rounding is fixed and visible in every quote's breakdown:
 *
 * <ul>
 *   <li>A fee in basis points is rounded <em>up</em> to the minor unit, computed exactly (no
 *       intermediate overflow): 300 bps of 12.50 is 0.375, quoted as 0.38. A fixed fee is added
 *       after rounding.
 *   <li>A premium message's carrier share is rounded up per message, as the carrier settles each
 *       message on its own.
 *   <li>Premium messages' routing cost is summed in micro-units over the plan, then rounded up to
 *       the minor unit once.
 *   <li>What the user is credited is never rounded: it is the gross charged, in full.
 * </ul>
 *
 * Every rounding therefore goes against the interchange: a quote never looks cheaper than the
 * method will be. The user is credited the whole gross; the fees are the interchange's cost.
 */
package io.relaypay.routing.funding;
