package cn.deputylink.shared.ids;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers, {@code YJ-2026-000123}: a prefix, the year and a per-year counter.
 * They are the Camunda business key and the citizen's tracking code. Numbers are drawn in a
 * transaction of their own so that the counter row is locked only for an instant; a rolled-back
 * case leaves a gap, never a duplicate.
 */
@Component
public class BusinessKeys {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final WorkingDayCalendar calendar;

    public BusinessKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next key for the current year (engine clock, local zone), e.g. {@code next("YJ", 6)}. */
    public String next(String prefix, int digits) {
        int year = calendar.today(ClockUtil.getCurrentTime().toInstant()).getYear();
        return next(prefix, year, digits);
    }

    public String next(String prefix, int year, int digits) {
        long value = nextValue(prefix + "-" + year);
        return prefix + "-" + year + "-" + String.format("%0" + digits + "d", value);
    }

    /** The next value of a named counter, starting at 1. */
    public long nextValue(String counter) {
        Long value = newTransaction.execute(status -> {
            int updated = jdbc.update("UPDATE business_key_sequence SET last_value = last_value + 1 WHERE name = ?",
                    counter);
            if (updated == 0) {
                try {
                    jdbc.update("INSERT INTO business_key_sequence (name, last_value) VALUES (?, 1)", counter);
                    return 1L;
                } catch (DuplicateKeyException raced) {
                    jdbc.update("UPDATE business_key_sequence SET last_value = last_value + 1 WHERE name = ?",
                            counter);
                }
            }
            return jdbc.queryForObject("SELECT last_value FROM business_key_sequence WHERE name = ?", Long.class,
                    counter);
        });
        if (value == null) {
            throw new IllegalStateException("no value drawn for counter " + counter);
        }
        return value;
    }
}
