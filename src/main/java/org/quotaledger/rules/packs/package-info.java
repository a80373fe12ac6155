/**
 * One class per jurisdiction building its rule pack as data, in catalogue order: {@code California}
 * (Cal. Lab. Code §§2100–2108, §2699(f)), {@code NewYork} (N.Y. Lab. Law §§780–789), {@code Washington}
 * (RCW 49.84.010–.037, WAC 296-136), {@code Minnesota} (Minn. Stat. §182.6526), {@code Oregon}
 * (ORS 653.556–653.557, 653.256), {@code Federal} (H.R. 4896 / S. 2613, proposed) and {@code Illinois}
 * (HB 2547, vetoed). The shared checks hold what the statutes copy from one another, so a sister-state rule
 * reuses California's check rather than repeating it: {@code DocumentChecks} on the description itself,
 * {@code CoverageChecks} on who the law covers, and the record checks by subject, {@code DeliveryChecks},
 * {@code RequestChecks}, {@code AdverseActionChecks} and {@code FacilityRecordChecks}, with the verdict-list
 * helpers they share in {@code CheckSupport}. The packs call only {@code rules}, {@code law},
 * {@code calendar} and {@code document.QuotaDocument}: no database, no Quarkus.
 */
package org.quotaledger.rules.packs;
