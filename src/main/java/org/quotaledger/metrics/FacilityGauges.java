package org.quotaledger.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Gauges with one row per facility ({@code facility="ONT8"}), read from the database. A feature hands over how to
 * read its figures (facility code to figures: a facility with none open reads 0, a facility the feature has no figure
 * for, such as one never evaluated, has no row) and what each gauge shows of them.
 *
 * <p>Facilities come and go while the app runs, on any instance, so the rows are registered again from every fresh
 * reading; {@code quotaledger_facilities} refreshes every family at each scrape, so a facility created anywhere
 * shows from the scrape after the one that first read it, even if no row existed yet (an empty registry at start).
 */
@ApplicationScoped
public class FacilityGauges {

    private static final Logger LOG = Logger.getLogger(FacilityGauges.class);

    /** What one gauge shows of a facility's figures. */
    public record Figure<T>(String name, String description, ToDoubleFunction<T> value) {
    }

    @Inject
    MetricsConfig config;

    private final List<Family<?>> families = new CopyOnWriteArrayList<>();
    private boolean counted;

    /**
     * Registers the gauges of one family of figures (one reading serves them all), at start-up: the figures are read
     * once at once, so the first scrape already shows every facility.
     */
    public synchronized <T> void register(MeterRegistry registry, Supplier<Map<String, T>> read, List<Figure<T>> figures) {
        Family<T> family = new Family<>(registry, read, figures);
        families.add(family);
        if (!counted) {
            counted = true;
            Gauge.builder("quotaledger.facilities", this, FacilityGauges::facilities)
                    .description("Facilities in the registry (database-wide: take max() across instances)")
                    .register(registry);
        }
        try {
            family.reading.get();
        } catch (RuntimeException e) {
            // The gauges stay; the first scrape reads again (quotaledger_facilities asks every family).
            LOG.warnf("Reading the figures of %s at start failed (%s); the first scrape reads them again",
                    figures.getFirst().name(), e.toString());
        }
    }

    private double facilities() {
        Set<String> codes = new TreeSet<>();
        for (Family<?> family : families) {
            codes.addAll(family.reading.get().keySet());
        }
        return codes.size();
    }

    private final class Family<T> {
        private final List<MultiGauge> gauges;
        private final List<Figure<T>> figures;
        private final CachedReading<Map<String, T>> reading;

        Family(MeterRegistry registry, Supplier<Map<String, T>> read, List<Figure<T>> figures) {
            this.figures = figures;
            this.gauges = figures.stream().map(f -> MultiGauge.builder(f.name()).description(f.description()).register(registry)).toList();
            this.reading = new CachedReading<>(read, config.cache(), this::rows);
        }

        /** A row per facility of the reading; rows of facilities no longer read are removed, the others kept. */
        private void rows(Map<String, T> read) {
            for (int i = 0; i < figures.size(); i++) {
                ToDoubleFunction<T> value = figures.get(i).value();
                gauges.get(i).register(read.keySet().stream()
                        .map(code -> MultiGauge.Row.of(Tags.of("facility", code), this, family -> family.value(code, value)))
                        .toList(), false);
            }
        }

        private double value(String code, ToDoubleFunction<T> value) {
            T figures = reading.get().get(code);
            return figures == null ? Double.NaN : value.applyAsDouble(figures);
        }
    }
}
