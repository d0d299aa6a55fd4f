package cn.deputylink.shared.ids;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import java.security.SecureRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers. Internal ones, {@code JY-2026-0042}: a prefix, the year and a
 * per-year counter, drawn in a transaction of their own so that the counter row is locked only for
 * an instant; a rolled-back case leaves a gap, never a duplicate. Codes that anyone may type into
 * a public page ({@link #random}), {@code YJ-2026-K7QM-3XHP}: the year and eight characters from
 * an alphabet without look-alikes, so that one code says nothing about its neighbours.
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

    /** Upper-case letters and digits without 0/O, 1/I/L and U: nothing a citizen can misread. */
    public static final String UNAMBIGUOUS = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A code that cannot be enumerated: {@code prefix-year-XXXX-XXXX}, 8 characters of
     * {@link #UNAMBIGUOUS} (30^8, about 6.6·10^11). The caller keeps it unique (a unique index
     * and a retry on the rare collision).
     */
    public String random(String prefix) {
        int year = calendar.today(ClockUtil.getCurrentTime().toInstant()).getYear();
        return prefix + "-" + year + "-" + randomChars(4) + "-" + randomChars(4);
    }

    /** {@code length} characters of {@link #UNAMBIGUOUS} from a secure random source. */
    public static String randomChars(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(UNAMBIGUOUS.charAt(RANDOM.nextInt(UNAMBIGUOUS.length())));
        }
        return b.toString();
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
