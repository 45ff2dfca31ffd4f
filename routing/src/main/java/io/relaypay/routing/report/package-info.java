/**
 * What sent messages cost: the path each took ({@link io.relaypay.routing.report.SentRoute}) and
 * reports per controller and per carrier over time ({@link io.relaypay.routing.report.CostReport}).
 * Storage of the records belongs to the interchange; this package only shapes and totals them.
 */
package io.relaypay.routing.report;
