/**
 * Account administration: admins create accounts on the users page ({@code UserPages}, {@code /users}) or through
 * {@code UserResource} ({@code /api/v1/users}; {@code /api/v1/me} answers the caller's own account), and
 * {@code UserService} links each to what its role needs, an employee account to its employee record and a manager
 * to the facilities it manages, after checking both exist; {@code AdminBootstrap} creates the first administrator
 * from {@code QUOTALEDGER_ADMIN_USERNAME} ({@code AdminConfig}). The account itself, sign-in, roles and
 * {@code Access} are {@code security}'s.
 *
 * <p>It sits above {@code facility} and {@code employee} so that {@code security}, below them, names neither: it
 * calls {@code security}, {@code facility}, {@code employee}, {@code audit} and {@code web}, and nothing calls it.
 * Its template stays in {@code templates/security/} ({@code @CheckedTemplate(basePath = "security")}).
 */
package org.quotaledger.account;
