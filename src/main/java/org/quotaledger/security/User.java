package org.quotaledger.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.CollectionTable;
import org.eclipse.microprofile.config.ConfigProvider;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person who signs in. Passwords are bcrypt hashes; the role decides what they may see (see {@link Access}). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntity {

    @Username
    public String username;

    @Password
    public String password;

    @Roles
    public String role;

    public String displayName;

    /** Where reminders go (managers); optional. */
    public String email;

    /**
     * Set for the employee role only: the one employee record this user is. Held as an id (the foreign key still
     * guards it) so that security, below the roster, names no employee class.
     */
    @Column(name = "employee_id")
    public Long employeeId;

    /**
     * The employee's document language (their record's {@code primary_language}), read in the account's own query so
     * that every page an employee opens knows the language of its words without asking again (see PortalLanguage).
     */
    @org.hibernate.annotations.Formula("(select e.primary_language from employee e where e.id = employee_id)")
    public String employeeLanguage;

    /** Set for the manager role only: the facilities this user manages, by id for the same reason. */
    @ElementCollection
    @CollectionTable(name = "manager_facility", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "facility_id")
    public Set<Long> facilityIds = new HashSet<>();

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    /** When an administrator disabled the account; null while it may sign in (see {@link AccountStanding}). */
    public Instant disabledAt;

    /**
     * An account for a system ("LMS feed at ONT8"), not a person: it acts only through its API tokens. Its password
     * hash is of random bytes nobody was told, and {@link AccountStanding} refuses it on the form and HTTP Basic anyway.
     */
    public boolean serviceAccount;

    /**
     * For an account made by single sign-on ({@link SingleSignOn}): the provider's issuer and the person's subject
     * there. Such an account has no password anyone knows and signs in through the provider only.
     */
    public String oidcIssuer;

    public String oidcSubject;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static User create(String username, String plainPassword, Role role, String displayName) {
        var user = new User();
        user.username = username;
        user.password = hash(plainPassword);
        user.role = role.id();
        user.displayName = displayName;
        return user;
    }

    /** Replaces the password (its bcrypt hash); the plain text is neither kept nor logged. */
    public void changePassword(String plainPassword) {
        password = hash(plainPassword);
    }

    /**
     * bcrypt at the configured cost ({@code quotaledger.security.password-cost}, 10 unless set). The test profile
     * lowers it: the suite signs in with Basic thousands of times, and each check at cost 10 is ~64 ms of CPU.
     * Existing hashes keep the cost they were made with, so changing it affects new and changed passwords only.
     */
    private static String hash(String plainPassword) {
        int cost = ConfigProvider.getConfig().getOptionalValue("quotaledger.security.password-cost", Integer.class).orElse(10);
        return BcryptUtil.bcryptHash(plainPassword, cost);
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    /**
     * For an account read outside a persistence context (a sign-in's stateless session, kept for the request): a
     * manager's facilities loaded, the others' left empty without a query (only managers have facilities).
     */
    void loadFacilities(org.hibernate.StatelessSession session) {
        if (securityRole() == Role.MANAGER) {
            session.fetch(facilityIds);
        } else {
            facilityIds = new HashSet<>();
        }
    }

    /** Enabled administrators: the last one may not be disabled or demoted, or nobody could administer anything. */
    public static long enabledAdmins() {
        return count("role = ?1 and disabledAt is null", Role.ADMIN.id());
    }

    public Role securityRole() {
        return Role.of(role);
    }
}
