package org.quotaledger.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.quotaledger.employee.Employee;
import org.quotaledger.facility.Facility;

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

    /** Set for the employee role only: the one employee record this user is. */
    @ManyToOne
    @JoinColumn(name = "employee_id")
    public Employee employee;

    /** Set for the manager role only: the facilities this user manages. */
    @ManyToMany
    @JoinTable(name = "manager_facility", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    public Set<Facility> facilities = new HashSet<>();

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static User create(String username, String plainPassword, Role role, String displayName) {
        var user = new User();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.role = role.id();
        user.displayName = displayName;
        return user;
    }

    public Role securityRole() {
        return Role.of(role);
    }
}
