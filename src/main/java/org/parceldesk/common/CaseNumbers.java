package org.parceldesk.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case numbers {@code TS|LP|WG + yyyyMMdd + 6-digit daily sequence}.
 *
 * <p>The sequence is a counter row per prefix and day, incremented with an UPDATE that holds the
 * row lock until its own short transaction commits; two nodes or threads therefore never read the
 * same value. It runs in a separate transaction so that a long case transaction does not hold the
 * lock: a rolled-back case leaves a gap, never a duplicate.
 */
@Service
public class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_INSERT_RACES = 5;
    private static final long MAX_PER_DAY = 999_999;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final ZoneProperties zone;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, ZoneProperties zone) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = zone;
    }

    public String next(CaseType type) {
        String day = LocalDate.now(clock.withZone(zone.zone())).format(DAY);
        long value = nextValue(type.prefix(), day);
        if (value > MAX_PER_DAY) {
            throw new IllegalStateException("Daily case number range exhausted for " + type.prefix() + day);
        }
        return type.prefix() + day + String.format("%06d", value);
    }

    private long nextValue(String prefix, String day) {
        for (int attempt = 0; attempt < MAX_INSERT_RACES; attempt++) {
            try {
                Long value = newTransaction.execute(status -> incrementOrCreate(prefix, day));
                if (value != null) {
                    return value;
                }
            } catch (DataIntegrityViolationException firstOfTheDayRace) {
                // another node inserted today's row first: increment it on the next attempt
            }
        }
        throw new IllegalStateException("Could not allocate a case number for " + prefix + day);
    }

    private Long incrementOrCreate(String prefix, String day) {
        int updated = jdbc.update(
                "update case_number_counter set last_seq = last_seq + 1 where case_prefix = ? and case_day = ?", prefix, day);
        if (updated == 0) {
            jdbc.update("insert into case_number_counter (case_prefix, case_day, last_seq) values (?, ?, 1)", prefix, day);
            return 1L;
        }
        return jdbc.queryForObject(
                "select last_seq from case_number_counter where case_prefix = ? and case_day = ?", Long.class, prefix, day);
    }
}
