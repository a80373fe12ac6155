package org.quotaledger.request;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/** The packet that answered a request, kept as handed to the employee, with its SHA-256 and its contents list. */
@Entity
public class RequestResponse extends PanacheEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    public EmployeeRequest request;

    public Instant createdAt;
    public String createdBy;

    /** JSON list of the files: name, kind, SHA-256 and, for notices, the notice id and version. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String contents;

    public String sha256;
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] packet;

    public static Optional<RequestResponse> findFor(EmployeeRequest request) {
        return find("request", request).firstResultOptional();
    }
}
