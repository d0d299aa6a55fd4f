package cn.deputylink.opinion;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code deputylink.opinion.*} in config/opinion.yml (deadlines are under {@code deputylink.deadlines}). */
@ConfigurationProperties(prefix = "deputylink.opinion")
public class OpinionProperties {

    private int rehandlingRounds = 1;
    private Duration duplicateWindow = Duration.ofDays(30);
    private double duplicateSimilarity = 0.4;
    private int duplicateLimit = 5;
    private final HotlineImportSettings hotlineImport = new HotlineImportSettings();

    public HotlineImportSettings getHotlineImport() {
        return hotlineImport;
    }

    /** {@code deputylink.opinion.hotline-import.*}: limits and threads of the 12345 import. */
    public static class HotlineImportSettings {

        private DataSize maxFileSize = DataSize.ofMegabytes(2);
        private int maxRows = 5000;
        private int threads = 1;
        private int queue = 8;

        public DataSize getMaxFileSize() {
            return maxFileSize;
        }

        public void setMaxFileSize(DataSize maxFileSize) {
            this.maxFileSize = maxFileSize;
        }

        public int getMaxRows() {
            return maxRows;
        }

        public void setMaxRows(int maxRows) {
            this.maxRows = maxRows;
        }

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public int getQueue() {
            return queue;
        }

        public void setQueue(int queue) {
            this.queue = queue;
        }
    }

    public int getRehandlingRounds() {
        return rehandlingRounds;
    }

    public void setRehandlingRounds(int rehandlingRounds) {
        this.rehandlingRounds = rehandlingRounds;
    }

    public Duration getDuplicateWindow() {
        return duplicateWindow;
    }

    public void setDuplicateWindow(Duration duplicateWindow) {
        this.duplicateWindow = duplicateWindow;
    }

    public double getDuplicateSimilarity() {
        return duplicateSimilarity;
    }

    public void setDuplicateSimilarity(double duplicateSimilarity) {
        this.duplicateSimilarity = duplicateSimilarity;
    }

    public int getDuplicateLimit() {
        return duplicateLimit;
    }

    public void setDuplicateLimit(int duplicateLimit) {
        this.duplicateLimit = duplicateLimit;
    }
}
