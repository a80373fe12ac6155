/**
 * The roster: employees of each facility with their role, hire and separation dates, exempt status and
 * primary language, maintained by hand or by CSV upload keyed on the employee number. Exempt employees
 * are outside the quota laws (Cal. Lab. Code §2100(d)); the primary language drives notice language
 * where a state requires it (N.Y. Labor Law §781). {@code EmployeeService} answers {@code EmployeeViews} records;
 * the employee's own pages, which compose them with the quota, notice, delivery and request services' records, are
 * in {@code portal}.
 *
 * <p>It calls {@code facility}, {@code security}, {@code audit}, {@code time}, {@code web} and
 * {@code audit.packet.spi}. {@code Employee.seenBy} and {@code Employee.selfOf} turn {@code security.Access}'s ids
 * into the record the caller may see, and {@code EmployeeService} implements {@code security.EmployeeRecords}, so
 * {@code Access} learns an employee's facility without naming the roster.
 */
package org.quotaledger.employee;
