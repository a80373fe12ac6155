package org.quotaledger.security;

/**
 * What {@link Access} needs to know about an employee account's record: the roster sits above security, so the
 * employee package implements this instead of security naming its entity.
 */
public interface EmployeeRecords {

    /** The facility whose roster the employee record {@code employeeId} is on. */
    long facilityOf(long employeeId);
}
