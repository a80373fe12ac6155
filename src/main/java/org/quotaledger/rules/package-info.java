/**
 * The rules engine: each warehouse quota statute as a {@link org.quotaledger.rules.RulePack} of small pure
 * {@link org.quotaledger.rules.Rule}s, one per catalogue id. California Lab. Code §§2100–2108 (AB 701;
 * §2699(f) penalties), New York Labor Law §§780–789, Washington ch. 49.84 RCW with WAC 296-136, Minnesota
 * Stat. §182.6526, Oregon ORS 653.556–653.557, the proposed federal Warehouse Worker Protection Act
 * (H.R. 4896 / S. 2613, opt-in) and an Illinois status note (HB 2547, vetoed). A document is checked on
 * its own ({@link org.quotaledger.rules.RulesEngine#check}); a facility's records — deliveries, requests,
 * adverse actions — through {@link org.quotaledger.rules.RulesEngine#checkFacility}. Deadlines, windows,
 * languages and penalty schedules come from each state's law ({@code law.StateLaw}, which the state's pack class
 * implements, see {@link org.quotaledger.rules.StateRules}); the penalty exposure
 * ({@link org.quotaledger.rules.PenaltyEstimate}) is computed here. Nothing in this package
 * touches a database, CDI or the clock except through the {@code Clock} given to the engine ({@code RulesService},
 * the CDI door, takes it from {@code time.AppClock}). It calls {@code law}, {@code calendar}, {@code document} and
 * {@code time}.
 */
package org.quotaledger.rules;
