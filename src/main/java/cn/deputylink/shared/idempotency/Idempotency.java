package cn.deputylink.shared.idempotency;

import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a create request safe to retry: the first request with a given {@code Idempotency-Key}
 * runs and its result (a tracking code) is remembered; a retry with the same key and the same
 * body gets that result back and creates nothing; the same key with another body is refused.
 *
 * <p>The key is claimed before the action runs, in the action's own transaction, so a concurrent
 * twin waits on the unique index and then replays the committed result.
 */
@Service
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{8,100}$");

    private final IdempotencyRecordRepository records;
    private final TransactionTemplate transaction;
    private final ObjectMapper canonicalJson;

    public Idempotency(IdempotencyRecordRepository records, PlatformTransactionManager transactionManager,
                       ObjectMapper json) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactionManager);
        this.canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Runs {@code action} once per (scope, key) and returns its result; {@code key} may be null,
     * then the action simply runs in a transaction.
     */
    public String run(String scope, String key, Object request, Supplier<String> action) {
        if (key == null) {
            return transaction.execute(status -> action.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "幂等键应为 8 至 100 位字母、数字或 . _ : - 组成");
        }
        String hash = fingerprint(request);
        try {
            return transaction.execute(status -> {
                IdempotencyRecord existing = records.findByScopeAndKey(scope, key).orElse(null);
                if (existing != null) {
                    return replay(existing, hash);
                }
                IdempotencyRecord claim = records.saveAndFlush(new IdempotencyRecord(scope, key, hash, Instant.now()));
                String result = action.get();
                claim.setResult(result);
                return result;
            });
        } catch (DataIntegrityViolationException raced) {
            IdempotencyRecord winner = transaction.execute(status ->
                    records.findByScopeAndKey(scope, key).orElse(null));
            if (winner == null) {
                throw raced;
            }
            return replay(winner, hash);
        }
    }

    private static String replay(IdempotencyRecord record, String hash) {
        if (!record.getRequestHash().equals(hash)) {
            throw new ConflictException("该幂等键（Idempotency-Key）已用于内容不同的请求");
        }
        if (record.getResult() == null) {
            throw new ConflictException("相同的请求正在处理中，请稍后再试");
        }
        return record.getResult();
    }

    String fingerprint(Object request) {
        try {
            byte[] body = canonicalJson.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }

    /** Keys are kept for a week; a client retries within minutes, not months. */
    @Scheduled(cron = "0 17 3 * * *")
    public void forgetOldKeys() {
        transaction.executeWithoutResult(status ->
                records.deleteOlderThan(Instant.now().minus(Duration.ofDays(7))));
    }

}
