/**
 * Account administration: admins create accounts on the users page ({@code UserPages}, {@code /users}), change,
 * disable, enable them and set new passwords on {@code /users/{id}} (never their own disabling or demotion, so the
 * last administrator always remains), find employers, facilities and users from {@code SetupPages} ({@code /setup}),
 * or do the same through
 * {@code UserResource} ({@code /api/v1/users} and {@code /api/v1/users/{id}}; {@code /api/v1/me} answers the caller's own account), and
 * {@code UserService} links each to what its role needs, an employee account to its employee record and a manager
 * to the facilities it manages, after checking both exist (an employee record by id, or as people know it, by
 * facility and employee number); {@code AdminBootstrap} creates the first administrator
 * from {@code QUOTALEDGER_ADMIN_USERNAME} ({@code AdminConfig}). {@code ApiTokenService} makes, lists and revokes API
 * tokens ({@code ApiTokenResource}, {@code /api/v1/tokens}; the page {@code /tokens} is {@code portal.ApiTokenPages},
 * in the portal because it speaks the employee's language) within their account's reach, and service accounts, which act only through their tokens. The account itself, sign-in, roles and
 * {@code Access} are {@code security}'s.
 *
 * <p>It sits above {@code facility} and {@code employee} so that {@code security}, below them, names neither: it
 * calls {@code security}, {@code facility}, {@code employee}, {@code audit} and {@code web}, and nothing calls it.
 * Its template stays in {@code templates/security/} ({@code @CheckedTemplate(basePath = "security")}).
 */
package org.quotaledger.account;
