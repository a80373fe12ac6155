package org.quotaledger.signing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.quotaledger.testing.Fixtures;

import javax.sql.DataSource;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** Hole 4 (the key at rest) and "who signs": generated keys per employer, encrypted with a secret not in the database. */
@QuarkusTest
class SigningKeysTest {

    @Inject
    DataSource dataSource;

    @Inject
    SigningKeys keys;

    private static char[] keyPassword() {
        return ConfigProvider.getConfig().getValue("quotaledger.signing.key-password", String.class).toCharArray();
    }

    @Test
    void generatedKeysAreStoredEncryptedWithASecretThatIsNotInTheDatabase() throws SQLException {
        Fixtures.Facility facility = Fixtures.facility();
        keys.forEmployer(facility.employerId(), "Employer of " + facility.code());

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, pkcs12, password, alias, employer_id from signing_key order by id")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                byte[] p12 = rs.getBytes(2);
                String alias = rs.getString(4);
                assertThat(rs.getString(3)).as("a password stored next to key " + rs.getLong(1)).isNull();
                assertThatThrownBy(() -> SigningIdentity.fromPkcs12(p12, new char[0], alias)).hasMessageContaining("password");
                assertThatThrownBy(() -> SigningIdentity.fromPkcs12(p12, alias.toCharArray(), alias)).hasMessageContaining("password");
                assertThat(SigningIdentity.fromPkcs12(p12, keyPassword(), alias).certificate()).isNotNull();
            }
            assertThat(rows).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aKeyMadeInATransactionThatRollsBackIsNeverServed() {
        long employerId = Fixtures.employer();
        X509Certificate[] madeThenUndone = new X509Certificate[1];
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                madeThenUndone[0] = keys.forEmployer(employerId, "Undone Employer").certificate();
                assertThat(keys.forEmployer(employerId, "Undone Employer").certificate())
                        .as("the same key within the transaction that made it").isEqualTo(madeThenUndone[0]);
                throw new IllegalStateException("the notice failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back, and the key with it
        }

        assertThat(keys.employerKey(employerId)).as("no key is stored for the employer").isEmpty();
        X509Certificate signing = QuarkusTransaction.requiringNew().call(() -> keys.forEmployer(employerId, "Undone Employer").certificate());
        assertThat(signing).isNotEqualTo(madeThenUndone[0]);
        assertThat(keys.isOwn(madeThenUndone[0])).isFalse();
        assertThat(keys.employerKey(employerId).orElseThrow().certificate()).isEqualTo(signing);
    }

    @Test
    void aKeyStoredInCleartextBeforeIsEncryptedWithTheKeyPassword() throws SQLException {
        long employerId = Fixtures.employer();
        SigningIdentity legacy = SelfSignedIdentity.generate("Legacy Employer", "EC", null, java.time.Instant.now());
        try {
            try (Connection c = org.quotaledger.testing.OwnerDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                    "insert into signing_key (employer_id, pkcs12, password, alias, subject) values (?, ?, ?, 'quotaledger', 'CN=legacy')")) {
                insert.setLong(1, employerId);
                insert.setBytes(2, legacy.toPkcs12("stored-next-to-it".toCharArray(), "quotaledger"));
                insert.setString(3, "stored-next-to-it");
                insert.executeUpdate();
            }

            QuarkusTransaction.requiringNew().run(keys::protectCleartextKeys);

            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                    "select pkcs12, password from signing_key where employer_id = ?")) {
                q.setLong(1, employerId);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isNull();
                    byte[] p12 = rs.getBytes(1);
                    assertThatThrownBy(() -> SigningIdentity.fromPkcs12(p12, "stored-next-to-it".toCharArray(), "quotaledger"))
                            .hasMessageContaining("password");
                    assertThat(SigningIdentity.fromPkcs12(p12, keyPassword(), "quotaledger").certificate())
                            .isEqualTo(legacy.certificate());
                }
            }
            assertThat(keys.isOwn(legacy.certificate())).isTrue();
        } finally {
            delete(employerId);
        }
    }

    @Test
    void aKeyRowWrittenBySomeoneWithoutTheKeyPasswordIsNotTrusted() throws SQLException {
        long employerId = Fixtures.employer();
        SigningIdentity planted = SelfSignedIdentity.generate("Planted", "EC", null, java.time.Instant.now());
        try {
            try (Connection c = org.quotaledger.testing.OwnerDatabase.connect(); PreparedStatement insert = c.prepareStatement(
                    "insert into signing_key (employer_id, pkcs12, alias, subject) values (?, ?, 'quotaledger', 'CN=planted')")) {
                insert.setLong(1, employerId);
                insert.setBytes(2, planted.toPkcs12("the attacker's own password".toCharArray(), "quotaledger"));
                insert.executeUpdate();
            }

            assertThat(keys.isOwn(planted.certificate())).isFalse();
            assertThat(keys.ownCertificates()).doesNotContain(planted.certificate());
        } finally {
            delete(employerId);
        }
    }

    @Test
    void withoutTheKeyPasswordNoKeyIsGeneratedOrLoadedAndTheMessageSaysWhatToSet() {
        SigningKeys unconfigured = new SigningKeys();
        unconfigured.config = config(Optional.empty());
        assertThatThrownBy(unconfigured::keyPassword).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUOTALEDGER_SIGNING_KEY_PASSWORD").hasMessageContaining("QUOTALEDGER_SIGNING_KEYSTORE");

        unconfigured.config = config(Optional.of("short"));
        assertThatThrownBy(unconfigured::keyPassword).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter than 16");
    }

    @Test
    void eachEmployersNoticesAreSignedWithACertificateThatNamesTheEmployer() {
        List<String> signers = new java.util.ArrayList<>();
        List<String> employers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Fixtures.Facility facility = Fixtures.facility();
            var role = Fixtures.role(facility);
            var employee = Fixtures.employee(facility, role);
            long description = Fixtures.activeDescription(facility, role);
            long notice = Fixtures.asAdmin().when().post("/api/v1/employees/" + employee.id() + "/notices")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            byte[] pdf = Fixtures.asAdmin().when().get("/api/v1/notices/" + notice + "/pdf").then().statusCode(200)
                    .extract().asByteArray();
            String employer = QuarkusTransaction.requiringNew().call(() -> (String) io.quarkus.hibernate.orm.panache.Panache
                    .getEntityManager().createNativeQuery("select name from employer where id = ?1")
                    .setParameter(1, facility.employerId()).getSingleResult());
            employers.add(employer);
            signers.add(given().contentType("application/pdf").body(pdf).when().post("/api/v1/notices/verify")
                    .then().statusCode(200).body("genuine", equalTo(true)).extract().jsonPath().getString("signer"));
            String certificate = given().when().get("/verify/employers/" + facility.employerId() + "/certificate.pem")
                    .then().statusCode(200).extract().asString();
            assertThat(Pem.readCertificate(certificate).getSubjectX500Principal().getName()).contains("O=" + employer);
        }

        assertThat(signers).isEqualTo(employers);
        given().when().get("/verify").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(employers.get(0)))
                .body(org.hamcrest.Matchers.containsString(employers.get(1)));
        given().when().get("/verify/employers/987654321/certificate.pem").then().statusCode(404);
    }

    private void delete(long employerId) throws SQLException {
        try (Connection c = org.quotaledger.testing.OwnerDatabase.connect(); PreparedStatement delete = c.prepareStatement(
                "delete from signing_key where employer_id = ?")) {
            delete.setLong(1, employerId);
            delete.executeUpdate();
        }
    }

    private static SigningConfig config(Optional<String> keyPassword) {
        return new SigningConfig() {
            public Optional<String> keystore() {
                return Optional.empty();
            }

            public String keystoreType() {
                return "PKCS12";
            }

            public Optional<String> password() {
                return Optional.empty();
            }

            public String alias() {
                return "quotaledger";
            }

            public Optional<String> keyPassword() {
                return keyPassword;
            }

            public String organisation() {
                return "Quota Ledger";
            }

            public String crlUrl() {
                return "http://localhost/verify/signing.crl";
            }

            public String verificationUrl() {
                return "http://localhost/verify";
            }

            public String keyAlgorithm() {
                return "EC";
            }
        };
    }
}
