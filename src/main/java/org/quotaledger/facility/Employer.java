package org.quotaledger.facility;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.Instant;

/** The company that sets the quotas; its statewide headcount decides coverage under the 1,000-employee tests. */
@Entity
public class Employer extends PanacheEntity {

    public String name;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static Employer named(String name) {
        var employer = new Employer();
        employer.name = name;
        return employer;
    }
}
