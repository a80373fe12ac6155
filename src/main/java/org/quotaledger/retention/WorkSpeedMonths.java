package org.quotaledger.retention;

import org.quotaledger.law.Retention;
import org.quotaledger.law.StateLaws;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month partitions of {@code work_speed_record} (V22) seen by retention: which months are old enough to be
 * looked at, who holds rows in one, and the drop itself. Plain JDBC on the caller's connection and transaction, so
 * the purge and {@code bench/workspeed-100m.sh} run the same statements.
 *
 * <p>A month goes whole or not at all. It may go only when every row in it is past every period that applies to
 * it (see {@link RetentionService#workSpeedMonths}); the database adds its own floor in {@code work_speed_drop_month}
 * (three years after the month, no row of an employee not separated three years, no open request's window).
 */
public final class WorkSpeedMonths {

    /**
     * The shortest record-keeping period any of the laws sets (each law's own {@code retention()}): no month younger
     * goes. {@code work_speed_drop_month} holds three years whatever the app asks, so a law with a shorter period would
     * keep months longer than it needs, never shorter.
     */
    public static final Period FLOOR = StateLaws.all().stream().flatMap(law -> law.retention().stream())
            .map(Retention::period).min(Comparator.comparingLong(Period::toTotalMonths))
            .orElseThrow();

    // Through the table, not the partition (the serving role has no right on partitions): the planner reads the one
    // partition the dates name, the same as naming it.
    private static final String IN_MONTH = "w.work_date >= ? and w.work_date < ?";

    private static final Pattern PARTITION = Pattern.compile("work_speed_record_(\\d{4})_(\\d{2})");

    /** Rows of one month at one facility (the record's, and the employee's own if it differs), and their employees' latest separation. */
    public record Holder(long recordFacilityId, long employeeFacilityId, long rows, LocalDate lastSeparation) {
    }

    private WorkSpeedMonths() {
    }

    /** The months that have a partition and ended at least {@link #FLOOR} before {@code asOf}, oldest first. */
    public static List<YearMonth> oldEnough(Connection c, LocalDate asOf) throws SQLException {
        List<YearMonth> months = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                     + " where i.inhparent = 'work_speed_record'::regclass order by c.relname")) {
            while (rs.next()) {
                Matcher m = PARTITION.matcher(rs.getString(1));
                if (m.matches()) {
                    YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    if (!month.plusMonths(1).atDay(1).plus(FLOOR).isAfter(asOf)) {
                        months.add(month);
                    }
                }
            }
        }
        return months;
    }

    /**
     * True when a row of the month belongs to an employee still employed: such a month is kept whatever the periods.
     * Stops at the first such row, so a month of current employees costs one index probe, not a scan.
     */
    public static boolean holdsCurrentEmployees(Connection c, YearMonth month) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select exists (select 1 from work_speed_record w join employee e"
                + " on e.id = w.employee_id where " + IN_MONTH + " and e.separation_date is null)")) {
            bind(q, month);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Who holds rows in the month: per facility of the record and of the employee, the count and the latest separation. */
    public static List<Holder> holders(Connection c, YearMonth month) throws SQLException {
        List<Holder> holders = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select w.facility_id, e.facility_id, count(*), max(e.separation_date)"
                + " from work_speed_record w join employee e on e.id = w.employee_id where " + IN_MONTH
                + " group by w.facility_id, e.facility_id")) {
            bind(q, month);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Date separation = rs.getDate(4);
                    holders.add(new Holder(rs.getLong(1), rs.getLong(2), rs.getLong(3), separation == null ? null : separation.toLocalDate()));
                }
            }
        }
        return holders;
    }

    /** True when an open request for work speed data asks for days of the month: its answer needs them. */
    public static boolean inOpenRequestWindow(Connection c, YearMonth month) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select exists (select 1 from employee_request where kind = 'WORK_SPEED_DATA'"
                + " and status = 'OPEN' and window_from <= ? and window_to >= ?)")) {
            q.setObject(1, month.atEndOfMonth());
            q.setObject(2, month.atDay(1));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Drops the month's partition (the database checks its floor again); the rows it held, or -1 if it was gone already. */
    public static long drop(Connection c, YearMonth month) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select work_speed_drop_month(?)")) {
            q.setObject(1, month.atDay(1));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long rows = rs.getLong(1);
                return rs.wasNull() ? -1 : rows;
            }
        }
    }

    private static void bind(PreparedStatement q, YearMonth month) throws SQLException {
        q.setObject(1, month.atDay(1));
        q.setObject(2, month.plusMonths(1).atDay(1));
    }
}
