package org.parceldesk.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain aggregate SQL for the reports (portable between H2 and MySQL/MariaDB): counts and sums are
 * computed by the database over indexed range scans, never by loading entities. Instants are stored
 * as UTC wall-clock {@code datetime} values (hibernate.jdbc.time_zone=UTC) and bound the same way.
 */
@Component
class ReportSql {

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * Its own template on the application's data source (so it joins a running transaction as any
     * other), with the reports' statement limit instead of the application's shorter one.
     */
    @Autowired
    ReportSql(DataSource dataSource, ReportingProperties properties) {
        this(new NamedParameterJdbcTemplate(limited(dataSource, properties.queryTimeout())));
    }

    ReportSql(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static JdbcTemplate limited(DataSource dataSource, Duration timeout) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setQueryTimeout(Math.toIntExact(Math.max(1, timeout.toSeconds())));
        return template;
    }

    /** {@code :from}, {@code :to} of the period and {@code :stations} of the scope. */
    static MapSqlParameterSource params(ReportPeriod period, ReportScope scope) {
        return range(period.from(), period.to()).addValue("stations", scope.stations());
    }

    static MapSqlParameterSource range(Instant from, Instant to) {
        return new MapSqlParameterSource().addValue("from", utc(from)).addValue("to", utc(to));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a datetime: " + value.getClass());
    }

    /** {@code and <column> in (:stations)} when the scope names stations, else nothing. */
    static String stationIn(String column, ReportScope scope) {
        return scope.allStations() ? "" : " and " + column + " in (:stations)";
    }

    long count(String sql, MapSqlParameterSource params) {
        return asLong(jdbc.queryForObject(sql, params, Object.class));
    }

    Map<String, Object> one(String sql, MapSqlParameterSource params) {
        return jdbc.queryForMap(sql, params);
    }

    List<Map<String, Object>> rows(String sql, MapSqlParameterSource params) {
        return jdbc.queryForList(sql, params);
    }

    /** Rows of {@code k} (a key, null read as "") and {@code n} (a count) as a map. */
    Map<String, Long> counts(String sql, MapSqlParameterSource params) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Map<String, Object> row : rows(sql, params)) {
            counts.put(row.get("k") == null ? "" : row.get("k").toString(), asLong(row.get("n")));
        }
        return counts;
    }

    /** Pairs of datetimes, e.g. received and closed, for durations computed in Java (portable, small). */
    List<Instant[]> pairs(String sql, MapSqlParameterSource params) {
        List<Instant[]> pairs = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            pairs.add(new Instant[] {instant(rs.getObject(1, LocalDateTime.class)), instant(rs.getObject(2, LocalDateTime.class))});
        });
        return pairs;
    }

    static long asLong(Object value) {
        if (value == null) {
            return 0;
        }
        return ((Number) value).longValue();
    }

    static BigDecimal money(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    /** A share as a fraction 0..1 with 4 decimals, or null when there is nothing to share out. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
