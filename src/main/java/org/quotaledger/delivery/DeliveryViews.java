package org.quotaledger.delivery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

public final class DeliveryViews {

    private DeliveryViews() {
    }

    public record DeliveryView(long id, long employeeId, String employeeNumber, long descriptionId, String roleCode,
                               int version, Instant deliveredAt, Delivery.Channel channel, String language,
                               Instant acknowledgedAt, String recordedBy) {
        public static DeliveryView from(Delivery d) {
            return new DeliveryView(d.id, d.employee.id, d.employee.employeeNumber, d.description.id, d.description.role.code,
                    d.description.version, d.deliveredAt, d.channel, d.language, d.acknowledgedAt, d.recordedBy);
        }
    }

    /** One delivery to one employee. {@code deliveredAt} defaults to now, {@code language} to the employee's own. */
    public record NewDelivery(
            @NotNull(message = "is required") Long descriptionId,
            Instant deliveredAt,
            @NotNull(message = "is required: PAPER, EMAIL, PORTAL or VERBAL") Delivery.Channel channel,
            @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag") String language) {
    }

    /** The same version handed to many employees of its role; all current ones when no numbers are given. */
    public record BulkDelivery(
            Instant deliveredAt,
            @NotNull(message = "is required: PAPER, EMAIL, PORTAL or VERBAL") Delivery.Channel channel,
            @Size(max = 100_000) List<@NotNull String> employeeNumbers) {
    }

    public record BulkResult(int recorded, List<String> unknownEmployeeNumbers) {
    }
}
