package org.quotaledger.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the page frame offers the signed-in user, decided here from the role so that {@code layout/base.html} only
 * tests answers: the same table as the {@code @RolesAllowed} of the pages it links to.
 */
@RequestScoped
@Named("nav")
public class Navigation {

    /**
     * The signed-in user's menu.
     *
     * @param role               the role's id, shown as a badge
     * @param users              an admin: the accounts, found under Set-up
     * @param setup              an admin: the set-up pages (employers, facilities, users)
     * @param seesSetupWarnings  an admin, who is told when the installation is not set up for production
     */
    public record Menu(String name, String role, boolean facilities, boolean requests, boolean ownPages, boolean auditTrail,
                       boolean users, boolean setup, boolean api, boolean seesSetupWarnings) {
    }

    @Inject
    Access access;

    private Menu menu;

    /** The menu, or null on public pages (nobody is signed in). */
    public Menu menu() {
        if (menu == null) {
            User user = access.signedIn();
            if (user == null) {
                return null;
            }
            Role role = user.securityRole();
            menu = new Menu(user.displayName != null ? user.displayName : user.username, role.id(),
                    role != Role.EMPLOYEE,
                    role == Role.ADMIN || role == Role.MANAGER || role == Role.COMPLIANCE,
                    role == Role.EMPLOYEE,
                    role == Role.ADMIN || role == Role.COMPLIANCE || role == Role.REGULATOR,
                    role == Role.ADMIN,
                    role == Role.ADMIN,
                    // The API serves integrations and staff tools; an employee's own records are on their pages.
                    role != Role.EMPLOYEE,
                    role == Role.ADMIN);
        }
        return menu;
    }
}
