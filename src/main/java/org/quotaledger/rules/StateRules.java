package org.quotaledger.rules;

import org.quotaledger.law.StateLaw;

/**
 * A jurisdiction's law together with its rule pack: one class per state ({@code rules.packs.California} …)
 * states the facts and the rules that read them, so nothing about a state is written twice.
 */
public interface StateRules extends StateLaw {

    /** The state's rules, as data, in catalogue order. */
    RulePack pack();
}
