/**
 * Users ({@link org.quotaledger.security.User}: bcrypt passwords in PostgreSQL; an employee account's record and a
 * manager's facilities held by id), the five roles and {@link org.quotaledger.security.Access}, the single place that
 * decides which facilities and employee records a caller may see or change. {@code Access} answers with ids: a
 * {@link org.quotaledger.security.FacilityScope}, the facilities the caller may see, which every list query takes;
 * the caller's own employee record id; whether an employee record of a facility is within reach. The entities turn
 * those answers into records ({@code facility.Facility.seenBy}, {@code changeableBy}, {@code employee.Employee.seenBy},
 * {@code selfOf}), with the same 404 for what the caller may not see and 403 for what it may only read. Pages
 * sign in with a form (an encrypted cookie, so any instance can serve the next request); the API takes API tokens
 * ({@link org.quotaledger.security.BearerTokens}, {@link org.quotaledger.security.ApiTokenSignIn}: one indexed query by
 * the token's SHA-256 reads the token and its account; {@link org.quotaledger.security.Access} applies the token's role
 * and facilities) or HTTP Basic (bcrypt on every call, the slow path). Every password check goes through {@link org.quotaledger.security.PasswordSignIn}, which throttles
 * failed sign-ins per account and address ({@link org.quotaledger.security.LoginThrottle}) and audits each one.
 * {@link org.quotaledger.security.AccountStanding} refuses a disabled account on every request, the stateless
 * sign-in cookie included, with one indexed lookup by username.
 * With single sign-on configured, an OpenID Connect provider signs people in too (quarkus-oidc: the pages' button and
 * the provider's bearer tokens on the API); {@link org.quotaledger.security.SingleSignOn} turns its identities into
 * accounts linked by issuer and subject, with the role and facilities its token claims
 * ({@link org.quotaledger.security.SingleSignOnService}; facility codes through
 * {@link org.quotaledger.security.FacilityCodes}, which {@code facility} implements).
 * {@link org.quotaledger.security.Navigation} decides what the page frame's menu offers each role, so templates test
 * its answers instead of role names.
 *
 * <p>It calls {@code audit}, {@code time} and {@code web} only, and every feature calls it. Where it needs an
 * answer from above it declares an interface: an employee's facility comes through
 * {@link org.quotaledger.security.EmployeeRecords}, which {@code employee} implements. Creating accounts is
 * {@code account}'s, above {@code facility} and {@code employee}.
 */
package org.quotaledger.security;
