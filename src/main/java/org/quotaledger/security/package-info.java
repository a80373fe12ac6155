/**
 * Users (bcrypt passwords in PostgreSQL), the five roles and {@link org.quotaledger.security.Access}, the
 * single place that decides which facilities and employee records a caller may see or change; it answers list
 * queries with a {@link org.quotaledger.security.FacilityScope}, the ids of the facilities the caller may see. Pages
 * sign in with a form (an encrypted cookie, so any instance can serve the next request); the API uses
 * HTTP Basic. Every password check goes through {@link org.quotaledger.security.PasswordSignIn}, which throttles
 * failed sign-ins per account and address ({@link org.quotaledger.security.LoginThrottle}) and audits each one.
 * {@link org.quotaledger.security.Navigation} decides what the page frame's menu offers each role, so templates test
 * its answers instead of role names.
 */
package org.quotaledger.security;
