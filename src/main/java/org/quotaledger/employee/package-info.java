/**
 * The roster: employees of each facility with their role, hire and separation dates, exempt status and
 * primary language, maintained by hand or by CSV upload keyed on the employee number. Exempt employees
 * are outside the quota laws (Cal. Lab. Code §2100(d)); the primary language drives notice language
 * where a state requires it (N.Y. Labor Law §781). {@code EmployeeService} answers {@code EmployeeViews} records;
 * the employee's own pages, which compose them with the quota, notice, delivery and request services' records, are
 * in {@code portal}.
 */
package org.quotaledger.employee;
