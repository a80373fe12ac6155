/**
 * The roster: employees of each facility with their role, hire and separation dates, exempt status and
 * primary language, maintained by hand or by CSV upload keyed on the employee number. Exempt employees
 * are outside the quota laws (Cal. Lab. Code §2100(d)); the primary language drives notice language
 * where a state requires it (N.Y. Labor Law §781). {@code EmployeeService} answers {@code EmployeeViews} records;
 * the employee's portal ({@code MyPages}) composes them with the quota, notice, delivery and request services' records.
 */
package org.quotaledger.employee;
