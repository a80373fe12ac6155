package org.quotaledger.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void shouldMakeShortUniqueCodesWithoutAmbiguousLetters() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = VerificationCodes.newCode();
            assertThat(code).matches("QL-[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContainPattern("QL-.*[ILOU]");
            assertThat(VerificationCodes.isWellFormed(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(20_000);
    }

    @Test
    void shouldForgiveCaseSpacesAndTheUsualMisreadings() {
        assertThat(VerificationCodes.normalize("ql 7k3m 9xq2")).isEqualTo("QL-7K3M-9XQ2");
        assertThat(VerificationCodes.normalize("QL-7K3M-9XQ2")).isEqualTo("QL-7K3M-9XQ2");
        assertThat(VerificationCodes.normalize("7K3M9XQ2")).isEqualTo("QL-7K3M-9XQ2");
        assertThat(VerificationCodes.normalize("QL-O1LI-0000")).isEqualTo("QL-0111-0000");
        assertThat(VerificationCodes.normalize("QL-7K3M-9XQ")).isNull();
        assertThat(VerificationCodes.normalize("QL-7K3M-9XQU")).isNull();
        assertThat(VerificationCodes.normalize(null)).isNull();
    }
}
