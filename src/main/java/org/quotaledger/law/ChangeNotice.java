package org.quotaledger.law;

/**
 * When an updated written description is due after a quota changes: {@code businessDays} business days after
 * the change, or before it when negative (the federal bill's "at least two business days before").
 */
public record ChangeNotice(int businessDays, String citation) {

    public boolean before() {
        return businessDays < 0;
    }

    /** The number of business days, whichever side of the change. */
    public int days() {
        return Math.abs(businessDays);
    }
}
