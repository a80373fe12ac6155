/**
 * The law of each jurisdiction as facts: one {@link org.quotaledger.law.StateLaw} per state (California
 * Lab. Code §§2100–2112, N.Y. Lab. Law §§780–789, ch. 49.84 RCW, Minn. Stat. §182.6526, ORS 653.556–557, the
 * proposed federal act and Illinois' status) says when requests are due and how days are counted, which
 * window of data they cover, what former employees may ask, when change notices are due, which languages,
 * how long records are kept, the penalty schedule, the retaliation presumption, the time zone, the
 * holiday calendar and the agency to turn to, each with its citation. Every feature reads these facts from
 * here ({@link org.quotaledger.law.StateLaws}); nothing else defines them.
 *
 * <p>This package depends on nothing feature-specific (the business-day calendar only). The state classes
 * themselves live with their rule packs in {@code rules.packs}, so a state's facts and its rules are one
 * class; {@link org.quotaledger.law.StateLaws} finds them through {@code META-INF/services}, which keeps the
 * dependency one way: rule packs depend on the law, never the other way round.
 */
package org.quotaledger.law;
