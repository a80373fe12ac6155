package org.quotaledger.law;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every jurisdiction the product knows, in the order of {@code META-INF/services/org.quotaledger.law.StateLaw}.
 * The state classes live with their rule packs; they are found here through the service file, so this package
 * never depends on them.
 */
public final class StateLaws {

    /** The code of the proposed federal act, whose rules run only for facilities that opt in. */
    public static final String FEDERAL = "US";

    private static final Map<String, StateLaw> LAWS = load();

    private StateLaws() {
    }

    private static Map<String, StateLaw> load() {
        Map<String, StateLaw> laws = new LinkedHashMap<>();
        for (StateLaw law : ServiceLoader.load(StateLaw.class, StateLaw.class.getClassLoader())) {
            if (laws.put(law.code(), law) != null) {
                throw new IllegalStateException("Two laws for jurisdiction " + law.code());
            }
        }
        if (laws.isEmpty()) {
            throw new IllegalStateException("No StateLaw found: META-INF/services/org.quotaledger.law.StateLaw is missing");
        }
        return laws;
    }

    public static List<StateLaw> all() {
        return List.copyOf(LAWS.values());
    }

    public static Optional<StateLaw> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(LAWS.get(code));
    }

    /**
     * The law of a facility's state: its own where the product knows one, else {@link NoQuotaLaw} (no quota law,
     * Eastern time, no holidays), so every state has an answer.
     */
    public static StateLaw of(String code) {
        return find(code).orElseGet(() -> new NoQuotaLaw(code));
    }

    /** The state's zone; UTC when no state is given. */
    public static ZoneId zone(String state) {
        return state == null ? ZoneId.of("UTC") : of(state).zone();
    }
}
