package cn.deputylink.shared.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.privacy.*} in config/privacy.yml. */
@ConfigurationProperties(prefix = "deputylink.privacy")
public class PrivacyProperties {

    private final Anonymisation anonymisation = new Anonymisation();

    public Anonymisation getAnonymisation() {
        return anonymisation;
    }

    public static class Anonymisation {

        /** How long after closing a case keeps the citizen's name, phone and unmasked texts. */
        private Period retention = Period.ofYears(3);
        /** Cases per transaction. */
        private int batchSize = 200;
        /** At most this many batches per run; the next run continues where this one stopped. */
        private int maxBatches = 50;

        public Period getRetention() {
            return retention;
        }

        public void setRetention(Period retention) {
            this.retention = retention;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public int getMaxBatches() {
            return maxBatches;
        }

        public void setMaxBatches(int maxBatches) {
            this.maxBatches = maxBatches;
        }
    }
}
