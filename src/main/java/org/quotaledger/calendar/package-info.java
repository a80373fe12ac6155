/**
 * State business-day calendars for the quota statutes' business-day deadlines: N.Y. Lab. Law §781
 * (updated description within two business days of a change), RCW 49.84.020(2)(b) and 49.84.037(3)
 * (two and seven business days), ORS 653.556(2)(b) (two business days after a change) and the proposed
 * federal Warehouse Worker Protection Act (H.R. 4896 / S. 2613). Holidays are data (fixed date, n-th or
 * last weekday, day after Thanksgiving, Election Day) with each state's own weekend-observance rule, so
 * any year can be computed. Which days are a state's holidays is a fact of its law ({@code law.StateLaw}),
 * which names the public source of every list.
 * It calls nothing in the application; {@code law}, {@code rules} and {@code jurisdiction} call it.
 */
package org.quotaledger.calendar;
