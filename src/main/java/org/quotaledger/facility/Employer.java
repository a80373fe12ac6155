package org.quotaledger.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.Instant;

/**
 * The company that sets the quotas; its statewide headcount decides coverage under the 1,000-employee tests.
 * Employers with the same {@code controlledGroup} count their employees together (Cal. Lab. Code §2100 with
 * Rev. & Tax. Code §25105, N.Y. Lab. Law §780(4), RCW 49.84.010, Minn. Stat. §182.6526 subd. 1).
 */
@Entity
public class Employer extends PanacheEntity {

    public String name;
    /** Null when the employer counts alone. */
    public String controlledGroup;
    /**
     * Whether a quota description version needs a second person: who filed or last revised it cannot activate it.
     * On unless the employer switches it off (a site with one manager and no admin at hand).
     */
    public boolean fourEyesApproval = true;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Employer named(String name) {
        var employer = new Employer();
        employer.name = name;
        return employer;
    }
}
