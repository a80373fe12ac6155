package org.quotaledger.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The quota description document, version 1 ({@code shared/spec/quota-description-v1.md}): the one
 * shape in which a description is filed, checked, rendered and exported.
 *
 * <p>Only the structure is validated here (what a document must have to be understood at all).
 * Whether its content satisfies the law is the rules module's job: a quota without a quantity is a
 * valid document that FAILs {@code CA-2101-CONTENT-QUANTITY}, not a 400.
 *
 * <p>Every value is bounded, so that no document, however hostile, costs more than its size to check, store
 * and show: a quantity is at most a billion with four decimals (a {@code 1e999999999} would print as a gigabyte
 * of digits), durations are positive and no longer than a day (a quota's period: a year), texts and lists have a
 * length. Dates are bounded for every JSON body (see {@code web.StrictJson}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "jurisdiction", "facility", "role", "shift", "onCall", "effectiveDate", "languages",
        "employeeLanguages", "quotas", "timeOffTask", "breaksCountedAsProductive", "adverseActions",
        "incentiveProgram", "incentives", "rightsStatement"})
public record QuotaDocument(
        @NotNull(message = "is required and must be \"quota-description/v1\"")
        @Pattern(regexp = "quota-description/v1", message = "must be \"quota-description/v1\"")
        String schema,
        @NotNull(message = "is required: one of CA, NY, WA, MN, OR, US") Jurisdiction jurisdiction,
        @NotNull(message = "is required") @Valid FacilityBlock facility,
        @NotNull(message = "is required") @Valid RoleRef role,
        @DurationMin(nanos = 1, message = "must be longer than zero")
        @DurationMax(days = 1, message = "must be at most a day (PT24H)") Duration shift,
        Boolean onCall,
        LocalDate effectiveDate,
        @Size(max = MAX_ITEMS) List<@Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag") String> languages,
        @Size(max = MAX_ITEMS) List<@Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag") String> employeeLanguages,
        @NotNull(message = "is required (an empty list is allowed)") @Size(max = MAX_ITEMS) List<@NotNull @Valid Quota> quotas,
        @Valid TimeOffTask timeOffTask,
        Boolean breaksCountedAsProductive,
        @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> adverseActions,
        Boolean incentiveProgram,
        @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> incentives,
        Boolean rightsStatement) {

    public static final String SCHEMA = "quota-description/v1";

    /** Longest free text (a task, how a quota is measured, an adverse action), in characters. */
    public static final int MAX_TEXT = 2000;

    /** Most entries of any list (quotas, languages, adverse actions, incentives). */
    public static final int MAX_ITEMS = 50;

    /** The jurisdictions with a rule pack; {@code US} is the proposed federal act, opt-in only. */
    public enum Jurisdiction { CA, NY, WA, MN, OR, US }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FacilityBlock(
            @NotBlank(message = "is required") @Size(max = 32) String code,
            @Size(max = 200) String name,
            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter USPS state code") String state,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit NAICS code") String naicsCode,
            @PositiveOrZero @Max(10_000_000) Integer siteNonexemptHeadcount,
            @PositiveOrZero @Max(10_000_000) Integer statewideNonexemptHeadcount,
            @Valid CollectiveBargaining collectiveBargaining) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CollectiveBargaining(Boolean covered, Boolean metricsNegotiable, Boolean recordsRightEquivalent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoleRef(@NotBlank(message = "is required") @Size(max = 32) String code,
                          @Size(max = 200) String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "kind", "task", "quantity", "unit", "period", "basis", "howMeasured", "adverseActions"})
    public record Quota(
            @NotBlank(message = "is required") @Size(max = 200) String name,
            @NotNull(message = "is required: one of COUNT, SPEED, TIME_ON_TASK, RELATIVE") Kind kind,
            @Size(max = MAX_TEXT) String task,
            @PositiveOrZero @DecimalMax(value = "1000000000", message = "must be at most 1000000000")
            @Digits(integer = 10, fraction = 4, message = "must have at most 10 digits and 4 decimals") BigDecimal quantity,
            @Size(max = 100) String unit,
            @DurationMin(nanos = 1, message = "must be longer than zero")
            @DurationMax(days = 366, message = "must be at most a year (P366D)") Duration period,
            Basis basis,
            @Size(max = MAX_TEXT) String howMeasured,
            @Size(max = MAX_ITEMS) List<@NotNull @Size(max = MAX_TEXT) String> adverseActions) {
    }

    /** COUNT: tasks or units; SPEED: a rate; TIME_ON_TASK: share of time on task; RELATIVE: ranking against peers. */
    public enum Kind { COUNT, SPEED, TIME_ON_TASK, RELATIVE }

    public enum Basis { INDIVIDUAL, GROUP }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeOffTask(Boolean tracked,
                              @DurationMin(nanos = 0, message = "must not be negative") @DurationMax(days = 1, message = "must be at most a day (PT24H)") Duration limit,
                              @Size(max = MAX_ITEMS) List<@NotNull ProtectedActivity> excluded) {
    }

    /** Activities that never count as time off task (Cal. Lab. Code §2103 and its sister statutes). */
    public enum ProtectedActivity {
        MEAL_PERIOD, REST_PERIOD, MEAL_TRAVEL, REST_TRAVEL, BATHROOM, BATHROOM_TRAVEL, SAFETY_COMPLIANCE, REQUIRED_ACTIVITY
    }
}
